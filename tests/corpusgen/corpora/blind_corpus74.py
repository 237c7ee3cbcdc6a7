"""Seventy-fourth blind corpus, ``tests/blind_corpus74/`` (regenerate: ``python scripts/make_corpus.py blind_corpus74``).

Twenty courses on one theme, cranial radiosurgery and its lesions, as twenty different (invented) US clinics
document them: fourteen cranial courses (one to ten lesions; cobalt-60 unit under a frame or a mask, gantry linac,
robotic-arm linac; single session, three and five fractions and one dose-staged two-session course; a resection
cavity, a re-treated lesion beside new ones, a focus seen at simulation and left alone, a lesion found on the
morning's frame MRI and added, two lesions under one isocentre, one lesion planned with two isocentres), two
spine courses, one lung course and three hard negatives (a follow-up MRI report, a consult offering SRS or
whole-brain RT, a plan the patient declined). Ten charts are bundles of two to five documents (consult, MRI or
angiography report, plan printout, procedure note, treatment record, completion letter) in which each lesion is
named differently per document (anatomy in the dictation, "Met 3" / "Lesion C" / PTV_ structures in the plan,
numbers in the record). Sizes in mm, cm, three dimensions or cc; doses in Gy and cGy, in words in dictation.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without reading
the reader's code). Per-code consistency and the delivery code are computed from the labels (corpusgen.kit).
"""

# ruff: noqa: E501  (dictations and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINE", "BARNABY", "CASPIAN", "DESMOND", "EVERETT", "FLETCHER", "GWENDOLYN", "HORATIO", "IMOGEN",
         "JASPER", "KATRINA", "LAVINIA", "MONTGOMERY", "NATHANIEL", "OPHELIA", "PERCIVAL", "QUEENIE", "ROSALIND",
         "SEBASTIAN", "THEODORA"]


def patient(n: int) -> str:
    return f"SEVENTYFOURPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-740{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic} - {what}", f"{patient(n)}    MRN {mrn(n)}    DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# k74_01 -- bundle (3): neurosurgery consult, cobalt-60 frame plan printout, dictated procedure note; 4th lesion on day MRI
_c = "HARROWGATE NEUROSURGICAL ASSOCIATES"
add(name="k74_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["MRI"], ["frame"]),
    lesions=[L("right frontal metastasis (Target 1)", "cranial", S, 20, 1),
             L("left temporal metastasis (Target 2)", "cranial", S, 20, 1),
             L("right occipital metastasis (Target 3)", "cranial", S, 18, 1),
             L("left cerebellar metastasis, new on the frame MRI (Target 4)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Three documents of one cobalt-60 frame session: the neurosurgery consult (three metastases on the "
          "outside MRI, sizes in mm and cm, 'any additional lesion on the day's MRI will be treated'), the plan "
          "printout (Target 1-4 with coordinates, cc, 50% isodose, shots; Target 4 flagged new on the stereotactic "
          "MRI) and the dictated procedure note (anatomical names, doses in words, a fourth 5 mm left cerebellar "
          "lesion found that morning and treated). MRI only ('CT not acquired'). Four simple lesions.",
    docs=[
        Doc("1_consult.txt", text=f"""
HARROWGATE NEUROSURGICAL ASSOCIATES
Neurosurgery - New Patient Consultation                      Date of service: 08/31/2026
Patient: {patient(1)}      MRN: {mrn(1)}      DOB: 03/17/1958
Referring: Dr. Wendell Oakhurst, Medical Oncology
Attending: Marcus T. Quillen, MD, Neurosurgery

HISTORY OF PRESENT ILLNESS:
Ms. Seventyfourpatient is a 68-year-old right-handed woman with metastatic HER2-positive breast cancer who presented with two weeks of
word-finding difficulty. MRI brain with and without contrast at an outside facility on 08/24/2026 shows three enhancing lesions:
a right frontal lesion measuring about 12 mm, a left temporal lesion of 9 mm with moderate vasogenic edema, and a right occipital
lesion of 2.1 cm. She was started on dexamethasone 4 mg twice daily with improvement in her speech. Extracranial disease is stable
on trastuzumab/pertuzumab. KPS 80.

ASSESSMENT AND PLAN:
Three brain metastases, all under 3 cm, none in eloquent or brainstem locations. Surgery is not needed. I recommended stereotactic
radiosurgery on the cobalt-60 unit in a single session under a stereotactic head frame, and she agrees. We will obtain a
thin-slice stereotactic MRI the morning of the procedure with the frame in place; if additional small lesions are identified they
will be treated at the same sitting. Risks reviewed including radiation necrosis, seizure and frame-site discomfort.
Taper dexamethasone to 2 mg twice daily.

Marcus T. Quillen, MD
Dictated 08/31/2026, transcribed 09/01/2026
{FOOT}
"""),
        Doc("2_plan_printout.pdf", [[
            H1("Cobalt-60 radiosurgery - treatment plan report"),
            KeyValue([("Patient", f"{patient(1)}   MRN {mrn(1)}"), ("Treatment date", "09/10/2026"),
                      ("Unit", "Multi-source cobalt-60 radiosurgery unit (192 sources)"),
                      ("Planning system", "ORRERY-GK Planner 11.2 (invented)"),
                      ("Fixation", "Stereotactic head frame, 4 pins; fiducial registration mean error 0.4 mm"),
                      ("Imaging", "Stereotactic MRI 09/10/2026 07:55, T1 post-contrast 1.0 mm axial; CT not acquired"),
                      ("Approved", "M. Quillen MD (neurosurgery), R. Abernathy-Sloane MD (radiation oncology), 09/10/2026 10:41")]),
            RuledTable([("Target", "X (mm)", "Y (mm)", "Z (mm)", "Volume (cc)", "Rx dose (Gy)", "Isodose", "Max (Gy)", "Shots", "Coverage"),
                        ("Target 1", "128.4", "71.2", "104.6", "0.82", "20.0", "50%", "40.0", "4", "99%"),
                        ("Target 2", "72.9", "108.3", "121.7", "0.31", "20.0", "50%", "40.0", "2", "100%"),
                        ("Target 3", "121.6", "148.8", "96.3", "3.94", "18.0", "50%", "36.0", "9", "98%"),
                        ("Target 4 *", "84.0", "141.5", "142.9", "0.06", "20.0", "50%", "40.0", "1", "100%")]),
            P("* Target 4: new 5 mm lesion on the day-of-treatment stereotactic MRI, added to the plan with the attending's approval."),
            RuledTable([("Organ at risk", "Max dose (Gy)"), ("Brainstem", "6.2"), ("Optic chiasm", "1.4"), ("Cochlea L / R", "2.1 / 1.8")]),
            P("Total beam-on time 71.4 min. Collimators 4/8/16 mm. Frame co-ordinates verified at the unit (frame adapter check) before "
              "shot 1; physics second check of the plan completed."),
            sig("Ruth Abernathy-Sloane, MD, Radiation Oncology 09/10/2026"),
            sig("Colin Ferraby, MS, DABR, Medical Physicist 09/10/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery Center", 1, "03/17/1958"))),
        Doc("3_procedure_note.txt", text=f"""
HARROWGATE NEUROSURGICAL ASSOCIATES - RADIOSURGERY CENTER
PROCEDURE NOTE

PATIENT: {patient(1)}    MRN: {mrn(1)}    DATE OF PROCEDURE: 09/10/2026
SURGEON: Marcus T. Quillen, MD       RADIATION ONCOLOGIST: Ruth Abernathy-Sloane, MD       PHYSICIST: Colin Ferraby, MS

PROCEDURE: Stereotactic head frame placement; stereotactic radiosurgery of four brain metastases, cobalt-60 unit, single session.

DESCRIPTION: The patient was brought to the radiosurgery suite and, after local anesthetic infiltration at four pin sites, the
stereotactic frame was applied without difficulty. She then underwent stereotactic MRI with contrast. In addition to the three
known lesions, this showed a fourth, five-millimeter enhancing lesion in the left cerebellar hemisphere that was not visible on the
outside study; after discussion with Dr. Abernathy-Sloane we elected to include it. A plan was generated and approved by both of us
and by physics.

The right frontal and left temporal lesions each received twenty gray to the fifty percent isodose line, the right occipital lesion
eighteen gray to the fifty percent isodose line because of its size, and the new left cerebellar lesion twenty gray to the fifty
percent isodose line. Treatment was delivered in a single session without interruption. The frame was removed and the pin sites
dressed; there was minimal bleeding. She received dexamethasone 4 mg IV at the end of treatment and was discharged home with her
husband in stable condition.

FOLLOW-UP: MRI brain in 8 weeks. Continue dexamethasone 2 mg twice daily for 5 days, then 1 mg for 5 days, then stop.

Marcus T. Quillen, MD    Electronically signed 09/10/2026 16:22
{FOOT}
"""),
    ])

# k74_02 -- pdf printout: single-isocentre gantry-linac SRS, ten metastases, one in the pons (complex), doses in cGy --------
_c = "LAKESHORE RADIATION ONCOLOGY"
add(name="k74_02", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 10, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Met 1 L frontal", "cranial", S, 24, 1), L("Met 2 R frontal", "cranial", S, 24, 1),
             L("Met 3 L parietal", "cranial", S, 22, 1), L("Met 4 R parietal", "cranial", S, 24, 1),
             L("Met 5 R temporal", "cranial", S, 20, 1), L("Met 6 dorsal pons", "cranial", C, 15, 1),
             L("Met 7 L occipital", "cranial", S, 24, 1), L("Met 8 R cerebellum", "cranial", S, 22, 1),
             L("Met 9 L cerebellum", "cranial", S, 18, 1), L("Met 10 R thalamus", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Single-isocentre multi-metastasis linac SRS printout: ten metastases (Met 1-10) in one fraction, "
          "doses in cGy (2400/2400/2200/2400/2000/1500/2400/2200/1800/2000) with diameters in mm, volumes in cc; "
          "Met 6 lies in the dorsal pons (within the brainstem: complex), the rest simple (Met 9 2.6 cm). Mask, "
          "CT + MRI, CBCT and surface guidance, physics QA. 'Isocenter 1' is not a lesion.",
    docs=[Doc("k74_02.pdf", [[
        H1("SRS Plan and Treatment Summary - Multiple Brain Metastases"),
        KeyValue([("Patient", patient(2)), ("MRN", mrn(2)), ("DOB", "11/02/1949"),
                  ("Diagnosis", "C79.31 Secondary malignant neoplasm of brain; primary NSCLC (EGFR exon 19)"),
                  ("Treatment machine", "6 MV FFF gantry linac, 2.5 mm leaf MLC, 6DoF couch"),
                  ("Technique", "Single isocenter (Isocenter 1), 5 non-coplanar VMAT arcs, couch 0/45/90/315/270"),
                  ("Planning system", "CORMORANT Cranial 3.0 (invented)"),
                  ("Simulation", "CT 1.0 mm 10/05/2026 (frameless open-face mask); MRI T1 MPRAGE post-gad 10/04/2026, rigid fusion"),
                  ("Margins", "GTV to PTV 1 mm"),
                  ("Fractions", "1")]),
        RuledTable([("Target", "Location", "Diam (mm)", "PTV (cc)", "Rx (cGy)", "Rx IDL", "PTV V100", "CI", "GI"),
                    ("Met 1", "L frontal", "7", "0.29", "2400", "70%", "99.1%", "1.14", "4.2"),
                    ("Met 2", "R frontal", "5", "0.12", "2400", "70%", "99.6%", "1.22", "4.9"),
                    ("Met 3", "L parietal", "14", "1.62", "2200", "72%", "98.8%", "1.09", "3.6"),
                    ("Met 4", "R parietal", "6", "0.20", "2400", "70%", "99.3%", "1.18", "4.5"),
                    ("Met 5", "R temporal", "19", "3.88", "2000", "75%", "98.2%", "1.07", "3.3"),
                    ("Met 6", "Dorsal pons", "6", "0.21", "1500", "80%", "98.0%", "1.20", "4.0"),
                    ("Met 7", "L occipital", "4", "0.08", "2400", "70%", "100%", "1.31", "5.6"),
                    ("Met 8", "R cerebellum", "11", "0.94", "2200", "72%", "99.0%", "1.10", "3.8"),
                    ("Met 9", "L cerebellum", "26", "8.35", "1800", "78%", "97.9%", "1.06", "3.1"),
                    ("Met 10", "R thalamus", "8", "0.37", "2000", "75%", "98.7%", "1.15", "4.1")]),
        P("Brainstem (excluding Met 6 PTV) D0.03cc 1390 cGy. Optic chiasm D0.03cc 420 cGy. Brain minus PTVs V12Gy 9.6 cc. Total MU 9,842."),
        H2("Delivery"),
        KeyValue([("Date", "10/12/2026"), ("Fraction", "1 of 1"),
                  ("Image guidance", "CBCT before arc 1 and after arc 3; surface guidance throughout, 1 mm / 1 degree tolerance"),
                  ("Shifts applied", "Lat -0.6 mm, Lng +0.4 mm, Vrt -0.2 mm, pitch 0.3 deg"),
                  ("Patient-specific QA", "Film + diode array, gamma 2%/1 mm 98.6% pass (10/09/2026)"),
                  ("Status", "All 5 arcs delivered. All 10 targets treated as planned.")]),
        sig("Naomi Castellane-Rivas, MD, Radiation Oncology 10/12/2026 14:05"),
        sig("Peter Voskuijlen, PhD, DABR 10/12/2026 14:20"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 2, "11/02/1949")))])

# k74_03 -- bundle (2): dictated post-op consult, then treatment record (cGy); 3.9 cm cavity FSRT 30 Gy / 5 fx ------------
_c = "CEDAR POINT CANCER INSTITUTE"
add(name="k74_03", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity (PTV_Cav_LPar)", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Post-operative cavity: dictated radiation oncology consult (cavity 'three point nine by two point eight by "
          "three point one centimeters', thirty gray in five fractions recommended, whole-brain RT declined) and the "
          "treatment record printout (PTV_Cav_LPar, 600 cGy x 5 with a cumulative column, 80% IDL, CBCT each fraction). "
          "Largest dimension 3.9 cm: complex by size. Consult before, record after.",
    docs=[
        Doc("1_consult_dictation.txt", text=f"""
CEDAR POINT CANCER INSTITUTE - DEPARTMENT OF RADIATION ONCOLOGY
CONSULTATION
Patient: {patient(3)}   MRN: {mrn(3)}   DOB: 06/22/1966   Date: 09/14/2026
Referring physician: Harlan Pruett-Vance, MD, Neurosurgery

This is a sixty-year-old man with a history of stage three lung adenocarcinoma treated with chemoradiation in two thousand twenty-four
who presented in August with right-sided weakness and was found to have a solitary left parietal mass with surrounding edema.
He underwent craniotomy and gross total resection by Dr. Pruett-Vance on August twenty-sixth; pathology confirmed metastatic
adenocarcinoma of lung origin. His weakness has largely resolved.

Post-operative MRI from September tenth shows an expected resection cavity in the left parietal lobe measuring three point nine by
two point eight by three point one centimeters with thin rim enhancement and no nodular residual disease. There are no other
lesions. The cavity abuts the dura posteriorly. It is well away from the brainstem and optic apparatus.

Impression and plan: Given the cavity size, I have recommended fractionated stereotactic radiotherapy to the surgical cavity,
thirty gray in five fractions, rather than single-fraction radiosurgery. We talked about whole-brain radiotherapy as an
alternative and he does not want it because of the cognitive effects, which I think is reasonable. He will be simulated with a
thermoplastic mask and a planning CT next week and we will fuse his post-operative MRI. Treatment on the linear accelerator with
cone-beam CT guidance daily. He understands the risks of radiation necrosis, seizure and fatigue and wishes to proceed.

Dictated by Imani Throckmorton-Bell, MD.   D: 09/14/2026  T: 09/15/2026
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("Radiation Treatment Record"),
            KeyValue([("Patient", f"{patient(3)}   {mrn(3)}"), ("Course", "C1 Brain SRT (post-op)"),
                      ("Plan", "LPar_Cav_SRT, 2 VMAT arcs 6 MV FFF, TPS MERIDIAN-TPS 17 (invented)"),
                      ("Target", "PTV_Cav_LPar = cavity + 2 mm, 31.4 cc"),
                      ("Prescription", "3000 cGy in 5 fractions of 600 cGy to the 80% isodose, PTV V100 96.4%"),
                      ("Simulation", "CT 1 mm with thermoplastic SRS mask 09/21/2026; MRI T1 post-gad 09/10/2026 fused"),
                      ("Plan check", "Physics chart check 09/24/2026; independent MU calculation within 1.8%")]),
            RuledTable([("Fx", "Date", "Field(s)", "Dose (cGy)", "Cumulative (cGy)", "IGRT", "Therapists"),
                        ("1", "09/28/2026", "Arc1, Arc2", "600", "600", "CBCT, approved", "JL / MP"),
                        ("2", "09/30/2026", "Arc1, Arc2", "600", "1200", "CBCT, approved", "JL / DS"),
                        ("3", "10/02/2026", "Arc1, Arc2", "600", "1800", "CBCT, approved", "MP / DS"),
                        ("4", "10/05/2026", "Arc1, Arc2", "600", "2400", "CBCT, approved", "JL / MP"),
                        ("5", "10/07/2026", "Arc1, Arc2", "600", "3000", "CBCT, approved", "JL / DS")]),
            P("Course completed 10/07/2026: PTV_Cav_LPar 3000 cGy / 5 fx. No treatment breaks."),
            sig("Imani Throckmorton-Bell, MD 10/07/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 3, "06/22/1966"))),
    ])

# k74_04 -- scan: cobalt-60 frame procedure record, right trigeminal neuralgia, 80 Gy max, one 4 mm shot --------------------
_c = "ST. ADALBERT MEDICAL CENTER"
add(name="k74_04", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (functional target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Scanned (150 dpi, slight skew and speckle) procedure form: radiosurgery for refractory right trigeminal "
          "neuralgia on a cobalt-60 unit, one 4 mm shot, 80 Gy maximum dose at the 100% isodose to the nerve's "
          "cisternal segment, brainstem surface 20% isodose (16 Gy); frame, stereotactic MRI + CT. Functional "
          "target: complex.",
    docs=[Doc("k74_04.pdf", [[
        H1("GAMMA RADIOSURGERY PROCEDURE RECORD"),
        KeyValue([("Patient", patient(4)), ("MRN", mrn(4)), ("Date", "07/21/2026"),
                  ("Diagnosis", "Right trigeminal neuralgia (G50.0), V2-V3, refractory to carbamazepine and baclofen; not a candidate for MVD"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources)"),
                  ("Neurosurgeon", "Ezra Lindqvist-Moyo, MD"), ("Radiation oncologist", "Beatrix Ashworth, MD"),
                  ("Physicist", "Tomasz Wierzbicki, MS, DABR")]),
        H2("Frame and imaging"),
        KeyValue([("Frame", "Stereotactic head frame applied 07:10, 4 pins, local anesthetic"),
                  ("MRI", "Stereotactic MRI: CISS 0.6 mm and T1 post-contrast 1 mm"),
                  ("CT", "Stereotactic CT 1 mm (for fusion, MRI distortion check)")]),
        H2("Target and dose"),
        KeyValue([("Target", "Right trigeminal nerve, cisternal segment, 7 mm anterior to the root entry zone"),
                  ("Shots", "1 shot, 4 mm collimator"),
                  ("Dose", "80 Gy maximum dose (100% isodose)"),
                  ("Brainstem", "20% isodose (16 Gy) tangential to the pontine surface; brainstem Dmax 0.01cc 15.8 Gy"),
                  ("Planning system", "TERNPLAN 9 (invented)"),
                  ("Beam-on time", "62.8 min")]),
        H2("Checks"),
        BulletList(["Frame coordinates checked with the frame adapter before treatment - within tolerance",
                    "Plan reviewed by neurosurgery, radiation oncology and physics; time-out done 10:02",
                    "Treatment delivered 10:05 - 11:08, no interruption",
                    "Frame removed 11:20, pin sites clean"], numbered=False, marker="[x]"),
        P("Pain BNI score before: V. Plan: continue carbamazepine unchanged until pain relief; clinic in 6 weeks."),
        sig("E. Lindqvist-Moyo MD 07/21/2026      B. Ashworth MD 07/21/2026      T. Wierzbicki MS 07/21/2026"),
    ]], opts=dict(header=banner(_c, "Gamma Radiosurgery", 4, "01/30/1951"), scan=True, scan_dpi=150,
                  scan_skew=0.7, scan_noise=6.0))])

# k74_05 -- bundle (4): MRI report, dictated consult, robotic plan (Lesion A-C), record (Target 1-3, cGy); one re-treated ----
_c = "SIERRA VISTA RADIOSURGERY CENTER"
add(name="k74_05", kind="bundle", codes=["G0339", "G0340", "77435", "61796", "61797"],
    facts=F("robotic_linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left occipital lesion, re-treatment (Lesion A / Target 1)", "cranial", S, 24, 3),
             L("right frontal lesion, new (Lesion B / Target 2)", "cranial", S, 27, 3),
             L("right cerebellar lesion, new (Lesion C / Target 3)", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Four documents: MRI report (recurrent left occipital lesion after SRS in 05/2025, now 1.6 x 1.4 x 1.5 cm "
          "with raised rCBV, and two new lesions in three dimensions), dictated consult (prior twenty gray in one "
          "fraction; re-treat plus two new, three fractions on the robotic-arm linac), plan printout (Lesion A-C, "
          "isodose, beams, skull tracking) and treatment record (Target 1-3, 800/900/900 cGy per fraction). "
          "The 2025 dose is another course. Re-treatment alone does not make a lesion complex: all simple.",
    docs=[
        Doc("1_mri_report.txt", text=f"""
SIERRA VISTA IMAGING ASSOCIATES
MRI BRAIN WITH AND WITHOUT CONTRAST, WITH PERFUSION
Patient: {patient(5)}   MRN: {mrn(5)}   Exam date: 10/19/2026   Accession: SV-26-558102
Ordering: Lionel Dufresne-Akers, MD

CLINICAL HISTORY: Melanoma. Prior stereotactic radiosurgery to a left occipital metastasis 05/2025. Surveillance.
COMPARISON: MRI brain 07/13/2026 and 04/27/2026.

FINDINGS:
1. Treated left occipital lesion: enlarged, now 1.6 x 1.4 x 1.5 cm (AP x TR x CC), previously 0.9 x 0.8 x 0.9 cm on 07/13/2026, with a
   nodular enhancing component and elevated relative cerebral blood volume (rCBV 2.9). Surrounding FLAIR signal increased.
2. New enhancing lesion, right frontal (superior frontal gyrus), 0.8 x 0.7 x 0.7 cm, minimal edema.
3. New enhancing lesion, right cerebellar hemisphere, 1.1 x 1.0 x 1.2 cm, no mass effect on the fourth ventricle.
No hemorrhage. No hydrocephalus. No leptomeningeal enhancement.

IMPRESSION:
1. Enlarging treated left occipital lesion with elevated perfusion, favoring recurrent tumor over radiation necrosis.
2. Two new metastases, right frontal and right cerebellar.

Electronically signed: Gideon Farrow-Mbeki, MD, Neuroradiology 10/19/2026 18:44
{FOOT}
"""),
        Doc("2_consult.txt", text=f"""
SIERRA VISTA RADIOSURGERY CENTER - RADIATION ONCOLOGY FOLLOW-UP / RETREATMENT CONSULT
{patient(5)}   MRN {mrn(5)}   DOS 10/22/2026

Mr. Seventyfourpatient is a fifty-four-year-old man with BRAF-mutant melanoma on dabrafenib and trametinib. I treated a left occipital
metastasis with radiosurgery in May of last year, twenty gray in a single fraction. His MRI this week shows that lesion has grown
with increased perfusion, which the neuroradiologist and I both read as recurrence rather than necrosis, and there are two new
lesions, right frontal at about eight millimeters and right cerebellar at about a centimeter. He is neurologically intact, KPS
ninety.

We discussed options including resection of the occipital lesion, whole-brain radiotherapy, and repeat radiosurgery. My
recommendation is stereotactic radiotherapy to all three lesions in three fractions on the robotic radiosurgery system: the
previously treated occipital lesion to twenty-four gray in three fractions, because it has already received a full radiosurgical
dose, and the two new lesions to twenty-seven gray in three fractions each. He will have a new thermoplastic mask and a thin-cut
planning CT fused to this week's MRI. He agrees to proceed.

Lionel Dufresne-Akers, MD, Radiation Oncology   (dictated, electronically signed 10/22/2026)
{FOOT}
"""),
        Doc("3_plan_printout.pdf", [[
            H1("Robotic Radiosurgery Treatment Plan"),
            KeyValue([("Patient", f"{patient(5)}   MRN {mrn(5)}"), ("Plan name", "Brain_3Les_3fx v1 (approved 10/29/2026)"),
                      ("System", "Robotic-arm mounted 6 MV linac, variable aperture collimator"),
                      ("Planning system", "PALOMAR-Plan 5.1 (invented)"),
                      ("Tracking", "Skull tracking with orthogonal kV image pairs"),
                      ("Immobilization", "Thermoplastic head mask"),
                      ("Image sets", "Planning CT 1.0 mm contrast 10/26/2026 (primary); MRI 10/19/2026 T1 post-gad fused")]),
            RuledTable([("Lesion", "Description", "Vol (cc)", "Rx", "Isodose", "Coverage", "nCI"),
                        ("Lesion A", "L occ (re-tx)", "1.87", "24 Gy / 3 fx", "76%", "96.8%", "1.18"),
                        ("Lesion B", "R front", "0.25", "27 Gy / 3 fx", "80%", "98.5%", "1.24"),
                        ("Lesion C", "R cbll", "0.78", "27 Gy / 3 fx", "78%", "97.9%", "1.20")]),
            P("Prior dose: Lesion A received 20 Gy x 1 in 05/2025 (previous course, summed for the composite review only). Brainstem D0.5cc "
              "11.6 Gy; optic chiasm Dmax 3.2 Gy; brain V20Gy (3 fx) 11.9 cc. Total 204 beams, 38,912 MU; estimated time 52 min per fraction."),
            sig("Lionel Dufresne-Akers, MD 10/29/2026"),
            sig("Hana Okonkwo-Reyes, MS, DABR 10/29/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Planning", 5, "02/08/1972"))),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment Delivery Record"),
            P(f"{patient(5)}   MRN {mrn(5)}   Course: CNS re-SRS 2026   Plan: Brain_3Les_3fx v1"),
            RuledTable([("Fx", "Date", "Target 1 (cGy)", "Target 2 (cGy)", "Target 3 (cGy)", "Tracking", "Beams", "RTT"),
                        ("1", "11/02/2026", "800", "900", "900", "Skull, 118 image pairs, max corr 0.7 mm", "204/204", "AK / TS"),
                        ("2", "11/04/2026", "800", "900", "900", "Skull, 121 image pairs, max corr 0.5 mm", "204/204", "AK / JB"),
                        ("3", "11/06/2026", "800", "900", "900", "Skull, 116 image pairs, max corr 0.6 mm", "204/204", "TS / JB"),
                        ("Total", "", "2400", "2700", "2700", "", "", "")]),
            P("Patient-specific QA (ion chamber + film) passed 10/30/2026. Course complete."),
            sig("Lionel Dufresne-Akers, MD 11/06/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Delivery", 5, "02/08/1972"))),
    ])

# k74_06 -- pdf, two-column page: two right-hemisphere metastases under one isocenter, gantry linac, single fraction ------
_c = "RIDGEFIELD ONCOLOGY ASSOCIATES"
add(name="k74_06", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis (PTV_RFront)", "cranial", S, 22, 1),
             L("right precentral metastasis (PTV_RPrecent)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Two-column summary page: two right-hemisphere metastases 11 mm apart treated from ONE isocenter with "
          "one VMAT plan (22 Gy and 20 Gy in one fraction); 'one isocenter, one plan, two targets'. Frameless mask, "
          "CT + MRI, CBCT, surface guidance. Two simple lesions.",
    docs=[Doc("k74_06.pdf", [[
        H1("Stereotactic Radiosurgery - Treatment Summary"),
        H2("Patient and course"),
        KeyValue([("Name", patient(6)), ("MRN", mrn(6)), ("DOB", "09/09/1963"), ("Physician", "Anselm Briggs-Odum, MD"),
                  ("Diagnosis", "Renal cell carcinoma metastatic to brain"), ("Course", "Cranial SRS, 1 fraction"),
                  ("Treated", "08/18/2026")], value_x=70),
        H2("Imaging and setup"),
        P("Simulation CT (1 mm) in a frameless thermoplastic SRS mask on 08/11/2026. Volumetric MRI with gadolinium 08/10/2026 "
          "registered to the CT; fusion reviewed by the attending."),
        P("Treatment unit: 6 MV FFF gantry linac with HD MLC and 6DoF couch. CBCT before treatment, surface monitoring during "
          "delivery, couch shifts approved by MD at the console."),
        H2("Plan"),
        P("One plan, one isocenter, two targets. The isocenter was placed between the two lesions, which lie 11 mm apart in "
          "the right frontal lobe, and both were treated with the same 4 VMAT arcs. Planning system: SPRUCE-Plan 6 (invented)."),
        ColumnBreak(),
        H2("Targets"),
        RuledTable([("Structure", "Site", "mm", "Gy"),
                    ("PTV_RFront", "R mid frontal", "13", "22"),
                    ("PTV_RPrecent", "R precentral", "9", "20")], widths=(82, 96, 28, 32)),
        P("Size = largest diameter; Gy = single-fraction prescription. Both prescribed to the 80% isodose. Lower dose to the precentral lesion because of its motor-strip location. "
          "PTV = GTV + 1 mm."),
        H2("Dosimetry"),
        KeyValue([("V12Gy brain", "6.1 cc"), ("Brainstem max", "2.3 Gy"), ("Chiasm max", "0.9 Gy"), ("MU", "6,417")], value_x=90),
        H2("QA"),
        P("Independent dose calculation agreed within 2.1%. Portal dosimetry gamma 3%/1 mm 99.2%."),
        H2("Outcome"),
        P("Both targets treated in full on 08/18/2026. Tolerated without incident. MRI in 2 months; continue cabozantinib."),
        sig("Anselm Briggs-Odum, MD 08/18/2026"),
        sig("Daria Kowalczyk-Haines, MS, DABR 08/18/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 6, "09/09/1963"), two_columns=True))])

# k74_07 -- bundle (2): plan printout with two isocenters for one falcine meningioma; narrative completion summary --------
_c = "NORTHBRIDGE UNIVERSITY HOSPITAL"
add(name="k74_07", kind="bundle", codes=["77373", "77435", "61798", "61799"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parafalcine meningioma (PTV_Falx_Men)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Linac FSRT of one elongated left parafalcine meningioma 4.4 x 2.1 x 1.9 cm (complex by size) planned with "
          "TWO isocenters (Iso_Ant, Iso_Post rows with coordinates and arcs) to cover one PTV, 25 Gy in 5 fractions "
          "(500 cGy x 5); narrative completion summary. One lesion: 61799 (a second complex lesion) is wrong.",
    docs=[
        Doc("1_plan_printout.pdf", [[
            H1("External Beam Plan Report"),
            KeyValue([("Patient", f"{patient(7)}   MRN {mrn(7)}"), ("Course / Plan", "C1 / FSRT_Falx_2iso"),
                      ("Machine", "6 MV FFF gantry linac, 5 mm central MLC leaves"), ("Planning system", "GRANITE TPS 4.2 (invented)"),
                      ("Dose prescription", "PTV_Falx_Men: 2500 cGy in 5 fractions (500 cGy/fx), 95% of PTV receives 100%"),
                      ("Target volumes", "GTV_Men 14.9 cc (4.4 x 2.1 x 1.9 cm, contoured on T1 post-gad MRI); PTV_Falx_Men = GTV + 2 mm, 22.7 cc"),
                      ("Image registration", "CT sim 1.0 mm 07/06/2026 (frameless mask) + MRI 07/02/2026, deformable check, rigid used")]),
            H2("Isocenters"),
            RuledTable([("Isocenter", "X (cm)", "Y (cm)", "Z (cm)", "Arcs", "Couch", "MU"),
                        ("Iso_Ant", "-0.62", "4.18", "-1.05", "3 VMAT", "0 / 30 / 330", "1,622"),
                        ("Iso_Post", "-0.48", "1.44", "-1.21", "3 VMAT", "0 / 30 / 330", "1,508")]),
            P("Two isocenters are used for the single PTV because of its length along the falx (44 mm); the plans are summed as one "
              "composite for the prescription."),
            RuledTable([("Structure", "Objective", "Achieved"),
                        ("PTV_Falx_Men", "V2500cGy >= 95%", "96.1%"),
                        ("Superior sagittal sinus", "record", "Dmax 2612 cGy"),
                        ("Brain - GTV", "V2000cGy < 20 cc", "14.3 cc"),
                        ("Optic chiasm", "Dmax < 2500 cGy", "312 cGy")]),
            sig("Priya Vandermolen-Shah, MD 07/09/2026"),
            sig("Oskar Lindgren, PhD, DABR 07/09/2026 (second check and portal dosimetry QA passed)"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 7, "12/12/1959"))),
        Doc("2_completion_summary.txt", text=f"""
NORTHBRIDGE UNIVERSITY HOSPITAL - RADIATION ONCOLOGY
TREATMENT COMPLETION SUMMARY

{patient(7)}        MRN {mrn(7)}        DOB 12/12/1959
Physician: Priya Vandermolen-Shah, MD

Diagnosis: Left parafalcine meningioma, WHO grade 1 by imaging criteria, growing on serial MRI (2.9 cm in 2024, now 4.4 cm).
Course: Fractionated stereotactic radiotherapy, 07/13/2026 to 07/17/2026.

Ms. Seventyfourpatient was immobilized in a thermoplastic SRS mask and planned on a thin-slice CT registered to her gadolinium MRI. Because
the tumor is long and narrow along the falx, physics planned it with two isocenters, but it is one target. She received 25 Gy in 5
daily fractions of 5 Gy to the meningioma. Each fraction was preceded by a cone-beam CT at each isocenter with 6-degree couch
correction (largest shift 1.1 mm). She had a mild headache after fraction two, which resolved with acetaminophen, and no seizures.

Follow-up: MRI brain in 6 months, then yearly. No steroids needed.

Electronically signed by Priya Vandermolen-Shah, MD on 07/17/2026 17:30
{FOOT}
"""),
    ])

# k74_08 -- text, dictated: cobalt-60 unit with mask, 5 fractions, residual pituitary adenoma; 77371/77432 claimed ------
add(name="k74_08", kind="ehr_text", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma, right cavernous sinus", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Dictated completion note (numbers in words): residual non-functioning pituitary adenoma in the right "
          "cavernous sinus, 2.5 mm from the chiasm (complex: pituitary tumour, cavernous sinus, optic proximity), "
          "twenty-five gray in five fractions to the fifty-two percent isodose on a cobalt-60 unit with a "
          "thermoplastic mask, infrared nose-marker monitoring and cone-beam CT each day; planning MRI only (the "
          "cone-beam CT is the stereotactic reference). Claimed 77371/77432 are wrong for five fractions.",
    docs=[Doc("k74_08.txt", text=f"""
FOREST GLEN NEUROSCIENCE INSTITUTE
RADIATION ONCOLOGY - END OF TREATMENT NOTE (DICTATED)

PATIENT: {patient(8)}
MRN: {mrn(8)}
DOB: 05/05/1968
DATE OF DICTATION: 06/26/2026
ATTENDING: Cornelius Achterberg, MD
NEUROSURGERY: Felicity Osei-Trammell, MD

DIAGNOSIS: Residual non-functioning pituitary macroadenoma, right cavernous sinus, status post transsphenoidal resection 11/2025.

TREATMENT: Fractionated stereotactic radiosurgery on the cobalt-60 radiosurgery unit using the mask system, five fractions,
06/22/2026 through 06/26/2026.

HISTORY: Mr. Seventyfourpatient is a fifty-eight-year-old gentleman whose macroadenoma was debulked transsphenoidally last November. The
residual tumor in the right cavernous sinus measured one point eight by one point two by one point four centimeters on his
post-operative MRI and has grown about two millimeters since. Its superior margin sits two and a half millimeters from the
optic chiasm, which is why we chose to fractionate rather than treat in a single session.

PLANNING: A thermoplastic mask was made on June fifteenth and a reference cone-beam CT obtained on the unit for stereotactic
definition. Thin-cut MRI with contrast, T1 and CISS sequences, was obtained the same day and co-registered to the cone-beam
reference. No separate planning CT was needed. I contoured the residual tumor with Dr. Osei-Trammell and the plan used twenty-
six shots with the four and eight millimeter collimators in the planning system QUARRY-GP version seven (invented).
The prescription was twenty-five gray in five fractions of five gray to the fifty-two percent isodose line, with ninety-seven
percent coverage. The chiasm received a maximum of nineteen point eight gray over five fractions and the right optic nerve
eighteen point one gray.

TREATMENT: Each day the mask was placed, the nose marker attached, and a cone-beam CT acquired and registered to the reference
before the first shot; the infrared system monitored motion throughout with a one point five millimeter threshold, and treatment
paused once on day three for a cough and resumed after re-imaging. All five fractions were delivered as planned, for a total of
twenty-five gray.

Tolerance was excellent; he had mild fatigue only. Endocrinology will recheck his pituitary function in three months and I
will see him with an MRI and formal visual fields in six months.

Cornelius Achterberg, MD
Dictated but not read. D: 06/26/2026 15:12  T: 06/27/2026 08:40
{FOOT}
""")])

# k74_09 -- bundle (3): dictated simulation note (insula focus not treated), plan (PTV_1..3), record (Target 1..3) -------
_c = "BAYSIDE REGIONAL CANCER CENTER"
add(name="k74_09", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left superior frontal metastasis (PTV_1_LFront / Target 1)", "cranial", S, 24, 1),
             L("right parietal metastasis (PTV_2_RPar / Target 2)", "cranial", S, 22, 1),
             L("left cerebellar metastasis (PTV_3_LCbm / Target 3)", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Dictated simulation note (three known lesions and a 2 mm right insular focus seen on the simulation MRI, "
          "'likely vascular, not treated, re-image'), plan printout (PTV_1_LFront, PTV_2_RPar, PTV_3_LCbm in cGy) "
          "and treatment record (Target 1-3). Single fraction on a gantry linac: claimed 77373/77435 are wrong "
          "(77372/77432). Three simple lesions; the insular focus is not a lesion of this course.",
    docs=[
        Doc("1_simulation_note.txt", text=f"""
BAYSIDE REGIONAL CANCER CENTER
Radiation Oncology - SIMULATION / PLANNING NOTE
{patient(9)}   MRN {mrn(9)}   DOB 10/10/1955   Date: 05/04/2026

Ms. Seventyfourpatient came in today for stereotactic radiosurgery simulation for three brain metastases from small-volume ovarian
carcinoma, previously seen on her diagnostic MRI of April twentieth: left superior frontal gyrus, about one centimeter; right
parietal, one point four centimeters; and left cerebellar hemisphere, two point three centimeters.

A frameless thermoplastic SRS mask was fabricated and a one millimeter planning CT obtained. A same-day volumetric MRI with
gadolinium was obtained for fusion. On the simulation MRI the three known lesions are unchanged. There is also a two millimeter
punctate focus of enhancement in the right insula which was not seen on the April study. It is too small to characterize and is
most likely vascular. I do not plan to treat it; we will re-image in six weeks and treat it then if it has grown.

Plan: single-fraction SRS to the three lesions, roughly twenty-four, twenty-two and eighteen gray depending on size, on the
linear accelerator with a single isocenter. Physics to plan. Treatment targeted for next week.

Rosamund Fairweather-Nkemelu, MD  (dictated 05/04/2026, signed 05/05/2026)
{FOOT}
"""),
        Doc("2_plan_printout.pdf", [[
            H1("Cranial SRS Plan Approval"),
            KeyValue([("Patient", f"{patient(9)}  /  {mrn(9)}"), ("Plan", "SRS_3mets_1iso"),
                      ("Machine", "6 MV FFF gantry linac"), ("Planning system", "TIDEWATER Cranial 2.4 (invented)"),
                      ("Technique", "1 isocenter, 4 non-coplanar dynamic conformal arcs + 1 VMAT arc"),
                      ("Images", "CT 05/04/2026 1 mm (mask); MRI 05/04/2026 T1 3D post-gad, fused")]),
            RuledTable([("Structure", "Volume", "Rx dose", "Fx", "Prescribed to", "Coverage", "PIV/TV"),
                        ("PTV_1_LFront", "0.62 cc", "2400 cGy", "1", "78% IDL", "99.0%", "1.16"),
                        ("PTV_2_RPar", "1.71 cc", "2200 cGy", "1", "80% IDL", "98.6%", "1.12"),
                        ("PTV_3_LCbm", "6.84 cc", "1800 cGy", "1", "80% IDL", "98.1%", "1.09")]),
            P("Brainstem D0.03cc 811 cGy. Optic chiasm D0.03cc 96 cGy. Normal brain V12Gy 8.2 cc. Patient-specific QA: ion chamber "
              "-1.2%, array gamma 2%/2 mm 99.4%."),
            sig("Rosamund Fairweather-Nkemelu, MD 05/10/2026"),
            sig("Marcel Dupont-Agyeman, MS, DABR 05/10/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Planning", 9, "10/10/1955"))),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Record - Fraction Detail"),
            TextTable([("Date", "Site", "Fx", "Dose (cGy)", "Total (cGy)", "Imaging"),
                       ("05/11/2026", "Target 1", "1/1", "2400", "2400", "CBCT + kV pair, shifts approved"),
                       ("05/11/2026", "Target 2", "1/1", "2200", "2200", "(same setup)"),
                       ("05/11/2026", "Target 3", "1/1", "1800", "1800", "(same setup)")],
                      columns=(0, 70, 140, 175, 245, 315)),
            P(f"{patient(9)} tolerated treatment well. Mask removed; discharged ambulatory. Course closed 05/11/2026."),
            sig("Rosamund Fairweather-Nkemelu, MD 05/11/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Delivery", 9, "10/10/1955"))),
    ])

# k74_10 -- bundle (3): dose-staged two-session cobalt-60 frame SRS of a 4.1 cm metastasis, 15 Gy + 15 Gy ---------------------
_c = "MERIDIAN HEIGHTS GAMMA CENTER"
add(name="k74_10", kind="bundle", codes=["77373", "77435", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 2, ["CT", "MRI"], ["frame"]),
    lesions=[L("left temporal metastasis, staged (4.1 cm)", "cranial", C, 30, 2)],
    categories=cats(),
    notes="Dose-staged radiosurgery of one 4.1 cm left temporal metastasis (complex by size): dictated stage-1 "
          "procedure note (frame, MRI + CT, 15 Gy at the 50% isodose, 'stage one of two'), stage-2 plan printout "
          "four weeks later (frame again, 15 Gy, volume 24.6 -> 18.3 cc, cumulative 30 Gy) and a completion letter. "
          "Two sessions of one course: 2 fractions, 30 Gy; 77373/77435 fit, 61800 fits (frame).",
    docs=[
        Doc("1_stage1_procedure_note.txt", text=f"""
MERIDIAN HEIGHTS GAMMA CENTER
OPERATIVE / PROCEDURE NOTE - RADIOSURGERY, STAGE 1 OF 2

Patient: {patient(10)}      MRN: {mrn(10)}      Date: 07/06/2026
Neurosurgeon: Augustin Pemberton-Ilori, MD     Radiation Oncologist: Soledad Haverkamp, MD

Indication: Sixty-one-year-old man with metastatic colorectal adenocarcinoma and a single left temporal metastasis measuring 4.1 x
3.6 x 3.2 cm, deemed high risk for resection because of dominant-hemisphere language cortex. Given its size, a dose-staged
approach was chosen: two radiosurgery sessions about four weeks apart, each treating the whole lesion.

Procedure: A stereotactic frame was applied under local anesthesia with four pins. Stereotactic MRI with contrast and a stereotactic
CT were obtained and fused. The lesion was contoured (24.6 cc) and a plan of 21 shots was produced. Fifteen gray was prescribed to the
fifty percent isodose line. Frame coordinates were checked on the unit before treatment. The session was completed without
interruption and the frame removed.

Plan: Stage two in four weeks with new frame and imaging. Dexamethasone 2 mg daily in between.

Augustin Pemberton-Ilori, MD / Soledad Haverkamp, MD     signed 07/06/2026
{FOOT}
"""),
        Doc("2_stage2_plan_printout.pdf", [[
            H1("Radiosurgery Plan Summary - Staged Treatment, Session 2 of 2"),
            KeyValue([("Patient", f"{patient(10)}   MRN {mrn(10)}"), ("Date", "08/03/2026"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"), ("Planning", "HALCYONE-GP 3 (invented)"),
                      ("Frame", "Stereotactic head frame applied 07:25 (4 pins)"),
                      ("Imaging", "Stereotactic MRI T1+C 1 mm and stereotactic CT 1 mm, co-registered")]),
            RuledTable([("Target", "Session", "Volume (cc)", "Prescription", "Isodose", "Coverage", "Shots", "Cumulative"),
                        ("L temporal met", "1 (07/06/2026)", "24.6", "15 Gy", "50%", "98%", "21", "15 Gy"),
                        ("L temporal met", "2 (08/03/2026)", "18.3", "15 Gy", "50%", "98%", "17", "30 Gy")]),
            P("Session 2 plan registered to session 1 dose; composite V12Gy (per-session) 14.1 cc. Brainstem max session 2: 7.9 Gy. "
              "Frame adapter coordinate check passed; delivery 09:58-11:14."),
            sig("Soledad Haverkamp, MD 08/03/2026"),
            sig("Julian Terhorst, MS, DABR 08/03/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 10, "04/14/1965"))),
        Doc("3_completion_letter.pdf", [[
            P("MERIDIAN HEIGHTS GAMMA CENTER"),
            P("August 10, 2026"),
            P("Yvette Carrow-Delacroix, MD, Medical Oncology"),
            P(f"RE: {patient(10)}   MRN {mrn(10)}"),
            P("Dear Dr. Carrow-Delacroix,"),
            P("Your patient has completed dose-staged radiosurgery for his large left temporal metastasis. He was treated on the "
              "cobalt-60 unit under a stereotactic frame on July 6 and again on August 3, 2026, receiving fifteen gray at each session "
              "for a total of thirty gray in two stages. The lesion had already shrunk from 24.6 cc to 18.3 cc by the second session. "
              "His speech is intact and he has no new deficits."),
            P("He may resume his chemotherapy one week after the second session. We will obtain an MRI in six weeks."),
            P("Sincerely,"),
            sig("Soledad Haverkamp, MD, Radiation Oncology"),
        ]]),
    ])

# k74_11 -- bundle (2): stereotactic angiography report + cobalt-60 frame AVM procedure printout -------------------------------
_c = "WESTBROOK CEREBROVASCULAR PROGRAM"
add(name="k74_11", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal AVM nidus", "cranial", C, 18, 1)],
    categories=cats(),
    notes="AVM: stereotactic biplane angiography report done under the frame the same morning (nidus 2.3 x 1.9 x 2.0 cm, "
          "Spetzler-Martin II) and the cobalt-60 procedure printout (target AVM_nidus, 18 Gy at 50%, 14 shots, "
          "stereotactic MRI + MRA + DSA, frame coordinate check). AVM: complex. No CT.",
    docs=[
        Doc("1_angiography_report.txt", text=f"""
WESTBROOK CEREBROVASCULAR PROGRAM - NEUROINTERVENTIONAL RADIOLOGY
PROCEDURE: Stereotactic cerebral angiogram (frame in place) for radiosurgery planning
Patient: {patient(11)}   MRN: {mrn(11)}   Date: 03/09/2026
Operator: Wilhelmina Osterhout, MD

Technique: Right common femoral access, 5F catheter. Selective injections of the right ICA, left ICA and left vertebral artery in
biplane with the stereotactic localizer box attached to the head frame. 62 mL contrast. No complications; hemostasis by manual
compression.

Findings: Right parietal arteriovenous malformation. Compact nidus measuring 2.3 x 1.9 x 2.0 cm, fed by parietal branches of the right
MCA and a small posterior parietal branch of the right PCA. Superficial venous drainage to the superior sagittal sinus. No nidal or
flow-related aneurysm. Spetzler-Martin grade II.

Impression: Right parietal AVM suitable for radiosurgery. Images transferred to the planning system.

Wilhelmina Osterhout, MD   signed 03/09/2026 09:47
{FOOT}
"""),
        Doc("2_procedure_printout.pdf", [[
            H1("Radiosurgery Treatment Summary"),
            KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Date", "03/09/2026"),
                      ("Indication", "Right parietal AVM, unruptured, seizures (Q28.2)"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"), ("Frame", "Stereotactic head frame, 4 pins, 06:50"),
                      ("Imaging", "Stereotactic MRI T1+C and TOF MRA 1 mm; stereotactic biplane DSA (frame), co-registered"),
                      ("Planning system", "LODESTAR-GP 2.7 (invented)")]),
            RuledTable([("Target", "Volume (cc)", "Prescription", "Isodose", "Max dose", "Coverage", "Shots", "Collimators"),
                        ("AVM_nidus", "4.61", "18.0 Gy", "50%", "36.0 Gy", "97%", "14", "4, 8, 16 mm")]),
            P("12 Gy volume (incl. nidus) 10.8 cc. Optic apparatus max 1.1 Gy. Brainstem max 3.0 Gy."),
            P("Frame coordinate verification at the unit: pass. Delivery 12:40-13:52, no interruptions. Frame removed 14:05."),
            sig("Rufus Adeyemi-Hartwell, MD, Neurosurgery 03/09/2026"),
            sig("Margit Solberg, MD, Radiation Oncology 03/09/2026"),
            sig("Ivo Petrakis, PhD, Medical Physics 03/09/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 11, "08/27/1988"))),
    ])

# k74_12 -- text, dictated: robotic-arm linac, 3 fractions, two lesions (one 4 mm from the optic nerve); no plan parameters --
add(name="k74_12", kind="ehr_text", codes=["77373", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal base (gyrus rectus) metastasis, 4 mm from the left optic nerve", "cranial", C, 24, 3),
             L("right cerebellar metastasis", "cranial", S, 27, 3)],
    categories=cats(plan=False),
    notes="Dictated completion note, numbers in words: two metastases on a robotic-arm linac in three fractions with "
          "skull tracking; the left gyrus rectus lesion is four millimeters from the left optic nerve (complex, twenty-"
          "four gray) and the right cerebellar one simple (twenty-seven gray). Targets and doses are stated but no "
          "isodose line, beams or planning system: plan unmet.",
    docs=[Doc("k74_12.txt", text=f"""
PACIFIC CREST RADIOSURGERY
Radiation Oncology Completion Note

Patient: {patient(12)}          MRN: {mrn(12)}          DOB: 07/19/1970
Date of service: 04/17/2026        Provider: Ottilie Brandvold-Sesay, MD

This is a fifty-five-year-old woman with triple-negative breast cancer who finished stereotactic radiotherapy today for two brain
metastases. She was seen in consultation on March thirtieth. A thermoplastic mask was made and she had a contrast planning CT with
one millimeter slices, fused to a volumetric MRI with gadolinium from March twenty-seventh.

The first lesion is in the left gyrus rectus at the frontal base, one point one centimeters, and its posterior edge lies four
millimeters from the left optic nerve. For that reason it was treated in three fractions to twenty-four gray, eight gray per
fraction, with the optic nerve held under a maximum of seventeen gray. The second lesion is in the right cerebellar hemisphere,
one point three centimeters, and received twenty-seven gray in three fractions of nine gray. Gross tumor volumes were contoured
on the fused MRI with a one millimeter margin to the planning target volumes.

Treatment was given on the robotic radiosurgery system on April thirteenth, fifteenth and seventeenth, with skull tracking by
paired kilovoltage images throughout each fraction; corrections stayed under one millimeter. She completed all three fractions
without interruption. The only side effect was mild fatigue.

She will have an MRI brain in eight weeks and see me afterwards. She continues sacituzumab with Dr. Halloran-Yusuf.

Ottilie Brandvold-Sesay, MD
Electronically signed 04/17/2026 18:02
{FOOT}
""")])

# k74_13 -- bundle (5): consult, MRI report, cobalt-60 mask plan, procedure note, completion letter; 5 lesions; letter disagrees
_c = "GRANDVIEW COMPREHENSIVE CANCER CENTER"
add(name="k74_13", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["MRI"], ["mask"]),
    lesions=[L("left frontal metastasis (Met 1)", "cranial", S, 22, 1),
             L("right temporal metastasis (Met 2)", "cranial", S, 20, 1),
             L("right occipital metastasis (Met 3)", "cranial", S, 22, 1),
             L("left hypothalamic metastasis, 12 mm from the chiasm (Met 4)", "cranial", S, 18, 1),
             L("left cerebellar metastasis (Met 5)", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The completion letter gives the right temporal lesion 18 Gy, while the plan printout and the procedure note give it 20 Gy.",
    notes="Five-document bundle for one single-session cobalt-60 course with a thermoplastic mask (no frame): consult, "
          "MRI report (lesions numbered 1-5 in a different order from the plan), plan printout (Met 1-5, 50% isodose, "
          "cc), dictated procedure note (anatomical names, doses in words, cone-beam CT and infrared monitoring) and "
          "completion letter (says 18 Gy for the right temporal lesion: contradiction, gold follows the plan and "
          "procedure note). Met 4 is 12 mm from the chiasm: simple. 61800 claimed without a frame: wrong.",
    docs=[
        Doc("1_consult.txt", text=f"""
GRANDVIEW COMPREHENSIVE CANCER CENTER - RADIATION ONCOLOGY CONSULTATION
{patient(13)}      MRN {mrn(13)}      DOB 02/28/1960      Visit 01/12/2026
Attending: Lucius Ferreira-Blackwood, MD

Reason for consultation: multiple brain metastases from small cell... correction, from large cell neuroendocrine carcinoma of the lung.

HPI: Sixty-five-year-old man with newly diagnosed large cell neuroendocrine carcinoma of the right lung found to have five small brain
metastases on staging MRI 01/06/2026, the largest 1.8 cm in the right occipital lobe. He is asymptomatic. ECOG 1.

Assessment/Plan: Five brain metastases, all under 2 cm. We discussed whole-brain radiotherapy with memantine versus radiosurgery,
and he prefers radiosurgery. I recommend single-session radiosurgery on the cobalt-60 unit using the frameless mask system rather
than a frame, which he prefers. A lesion near the hypothalamus sits about a centimeter from the optic chiasm; we will confirm the
distance on the planning MRI. Planning MRI ordered.
Lucius Ferreira-Blackwood, MD
{FOOT}
"""),
        Doc("2_mri_report.txt", text=f"""
GRANDVIEW IMAGING - MRI BRAIN WITH AND WITHOUT CONTRAST (STEREOTACTIC PROTOCOL)
{patient(13)}   MRN {mrn(13)}   Exam: 01/19/2026
History: Brain metastases, radiosurgery planning.

Findings (lesions numbered by size):
Lesion 1: right occipital, 18 x 15 x 16 mm.
Lesion 2: left cerebellar, 12 x 11 x 10 mm.
Lesion 3: left frontal, 9 x 8 x 8 mm.
Lesion 4: right temporal, 7 x 6 x 6 mm.
Lesion 5: left hypothalamic region adjacent to the third ventricle, 6 x 5 x 5 mm; its anterior margin is 12 mm from the optic chiasm.
No new lesions compared with 01/06/2026. No hemorrhage.

Impression: Five enhancing metastases, unchanged. Thin-section volumetric series acquired for planning.
Signed: Bettina Larkspur-Oyelaran, MD 01/19/2026
{FOOT}
"""),
        Doc("3_plan_printout.pdf", [[
            H1("Radiosurgery Plan - Treatment Parameters"),
            KeyValue([("Patient", f"{patient(13)}   {mrn(13)}"), ("Unit", "Cobalt-60 multi-source unit, mask workflow"),
                      ("Planning system", "ORIEL-GP 5.4 (invented)"),
                      ("Stereotactic reference", "Cone-beam CT at mask fitting 01/19/2026"),
                      ("Planning MRI", "01/19/2026 T1 post-gad 1 mm, registered to the CBCT reference"),
                      ("Fractionation", "Single fraction, 01/21/2026")]),
            RuledTable([("Met", "Location", "Vol (cc)", "Rx (Gy)", "IDL", "Cov.", "Shots", "Nearest OAR"),
                        ("Met 1", "L frontal", "0.31", "22", "50%", "99%", "2", "-"),
                        ("Met 2", "R temporal", "0.14", "20", "50%", "100%", "1", "-"),
                        ("Met 3", "R occipital", "2.12", "22", "50%", "98%", "8", "-"),
                        ("Met 4", "L hypothalamic", "0.07", "18", "50%", "99%", "1", "chiasm 12 mm"),
                        ("Met 5", "L cerebellar", "0.62", "20", "50%", "99%", "4", "brainstem 9 mm")]),
            P("Chiasm max 4.6 Gy; brainstem max 9.8 Gy; V12Gy 6.7 cc. Total treatment time 88 min. Second check by physics done."),
            sig("Lucius Ferreira-Blackwood, MD 01/21/2026"),
            sig("Anneliese Okafor-Brandt, MS, DABR 01/21/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 13, "02/28/1960"))),
        Doc("4_procedure_note.txt", text=f"""
GRANDVIEW COMPREHENSIVE CANCER CENTER - RADIOSURGERY PROCEDURE NOTE
{patient(13)}   MRN {mrn(13)}   Date of procedure: 01/21/2026

Mr. Seventyfourpatient was treated today with single-session radiosurgery on the cobalt-60 unit using his thermoplastic mask and
the infrared nose-marker motion system. A cone-beam CT was taken before treatment and matched to the reference; the plan was
adapted to the new position. Five lesions were treated: the left frontal lesion to twenty-two gray, the right temporal lesion to
twenty gray, the right occipital lesion to twenty-two gray, the small left hypothalamic lesion to eighteen gray and the left
cerebellar lesion to twenty gray, all at the fifty percent isodose. There were two brief motion pauses that resolved without
re-imaging. He tolerated it well and went home with his daughter.
Lucius Ferreira-Blackwood, MD   signed 01/21/2026
{FOOT}
"""),
        Doc("5_completion_letter.pdf", [[
            P("Grandview Comprehensive Cancer Center - Radiation Oncology"),
            P("January 26, 2026"),
            P("Dr. Harriet Ng-Castellano, Thoracic Oncology"),
            P(f"Re: {patient(13)}, MRN {mrn(13)}"),
            P("Dear Harriet,"),
            P("Thank you for allowing me to treat Mr. Seventyfourpatient. On January 21 he received single-session radiosurgery to five "
              "brain metastases on our cobalt-60 unit with a mask: left frontal 22 Gy, right temporal 18 Gy, right occipital 22 Gy, "
              "left hypothalamic 18 Gy and left cerebellar 20 Gy. He may start chemo-immunotherapy whenever you are ready."),
            P("Follow-up MRI in two months."),
            sig("Lucius Ferreira-Blackwood, MD"),
        ]]),
    ])

# k74_14 -- pdf printout: gantry linac single-fraction SRS of a vestibular schwannoma; no IGRT or QA recorded; 61796 claimed --
_c = "FOXHOLLOW MEDICAL GROUP"
add(name="k74_14", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12.5, 1)],
    categories=cats(delivery_verification=False),
    notes="Plan-approval printout with a 'treatment delivered 1/1' line: right vestibular schwannoma (complex by tumour "
          "type) 12.5 Gy (1250 cGy) to the 80% isodose in one fraction on a gantry linac, mask, CT + MRI, cochlea and "
          "brainstem doses. No image guidance, tracking or QA recorded: delivery verification unmet. 61796 (simple) "
          "claimed for a complex lesion: wrong.",
    docs=[Doc("k74_14.pdf", [[
        H1("Plan Approval / Prescription"),
        TextTable([("Patient:", patient(14), "MRN:", mrn(14)),
                   ("DOB:", "08/03/1947", "Physician:", "Gideon Marchetti-Oduya, MD"),
                   ("Course:", "C1 R VS SRS", "Plan:", "RVS_SRS_v2")], columns=(0, 60, 270, 320), header=False),
        H2("Diagnosis"),
        P("Right vestibular schwannoma (D33.3), Koos II, 1.6 x 1.2 x 1.1 cm, intracanalicular with 6 mm cisternal component; "
          "serviceable hearing (AAO-HNS class B)."),
        H2("Prescription"),
        RuledTable([("Target", "Dose/fx", "Fractions", "Total", "Prescribed to", "Technique", "Energy"),
                    ("PTV_RVS", "1250 cGy", "1", "1250 cGy", "80% isodose", "5 dynamic conformal arcs", "6 MV FFF")]),
        H2("Planning data"),
        KeyValue([("Simulation CT", "1 mm, thermoplastic SRS mask, 09/08/2026"),
                  ("MRI", "3D T1 post-gad and T2 CISS 0.5 mm, 09/02/2026, fused to CT"),
                  ("Planning system", "ASHGROVE-TPS 12 (invented)"), ("PTV", "GTV + 0 mm, 1.12 cc"),
                  ("Cochlea R", "Dmean 3.6 Gy"), ("Brainstem", "D0.03cc 11.4 Gy"), ("Facial nerve", "not contoured")], value_x=120),
        H2("Approval"),
        P("Plan reviewed and approved by the attending physician 09/11/2026."),
        P("Treatment delivered 1/1 on 09/15/2026. Patient discharged home."),
        sig("Gideon Marchetti-Oduya, MD 09/15/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 14, "08/03/1947")))])


# ==================================================================================================
# Spine and body
# ==================================================================================================

# k74_15 -- scan: single-fraction L2 spine SRS 1800 cGy, gantry linac, vacuum cushion ----------------------------------------
_c = "TRINITY VALLEY ONCOLOGY"
add(name="k74_15", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 vertebral body metastasis", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Scanned (200 dpi) spine SRS summary: L2 vertebral body metastasis (renal cell) 1800 cGy in 1 fraction on a "
          "gantry linac, vacuum cushion, CT myelogram not needed (MRI fused), CBCT twice with 6DoF correction. "
          "Single-fraction spine is 77373/77435 with 63620.",
    docs=[Doc("k74_15.pdf", [[
        H1("SPINE STEREOTACTIC RADIOSURGERY - SUMMARY"),
        KeyValue([("Patient", patient(15)), ("MRN", mrn(15)), ("Physician", "Bartholomew Ikeda-Strand, MD"),
                  ("Diagnosis", "Metastatic clear cell renal carcinoma, L2 vertebral body (C79.51), Bilsky 0, SINS 6"),
                  ("Immobilization", "Full-length vacuum cushion, arms on chest"),
                  ("Planning imaging", "CT simulation 1.25 mm 02/02/2026; MRI L-spine T1/T2 1 mm 02/02/2026 fused (no CT myelogram needed)"),
                  ("Planning system", "BRISTLECONE Spine 3 (invented)"),
                  ("Target", "PTV_L2 (vertebral body + right pedicle), 28.3 cc"),
                  ("Prescription", "1800 cGy x 1 fraction, to cover 90% of PTV; 2 VMAT arcs, 6 MV FFF"),
                  ("Cord", "Cord (L1 conus) Dmax 0.03cc 1010 cGy; cauda D5cc 1190 cGy")]),
        H2("Delivery"),
        KeyValue([("Date", "02/09/2026"), ("Machine", "6 MV FFF gantry linac"),
                  ("IGRT", "CBCT before arc 1 and between arcs, 6DoF couch, shifts approved by MD"),
                  ("QA", "Patient-specific QA passed 02/06/2026 (gamma 2%/2 mm 99.1%)"),
                  ("Delivered", "1800 cGy to PTV_L2, fraction 1 of 1")]),
        P("Tolerated well. Pain flare precautions given (dexamethasone 4 mg x 3 days). MRI in 3 months."),
        sig("Bartholomew Ikeda-Strand, MD 02/09/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 15, "05/19/1958"), scan=True, scan_dpi=200,
                  scan_skew=-0.5, scan_noise=4.0))])

# k74_16 -- bundle (2): dictated spine consult + robotic plan/record, T4 and T10 at 27 Gy / 3 fx ------------------------------
_c = "ALDER CREEK RADIOSURGERY"
add(name="k74_16", kind="bundle", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4 vertebral body (PTV_T4 / Target 1)", "spinal", None, 27, 3),
             L("T10 vertebral body and left pedicle (PTV_T10 / Target 2)", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Dictated spine consult (two non-contiguous thoracic metastases, twenty-seven gray in three fractions each) "
          "and a robotic-arm linac plan/record printout (PTV_T4, PTV_T10 with per-fraction rows as Target 1/2, 900 cGy, "
          "spine tracking, vacuum cushion, CT + MRI). The same patient's brain SRS in 2025 is history.",
    docs=[
        Doc("1_consult.txt", text=f"""
ALDER CREEK RADIOSURGERY - CONSULTATION
Patient: {patient(16)}   MRN: {mrn(16)}   DOB: 10/01/1961   Date: 03/02/2026
Physician: Cassius Wentworth-Abara, MD

Mr. Seventyfourpatient is a sixty-four-year-old man with metastatic melanoma whom we treated with radiosurgery to a single brain metastasis
in 2025, with no recurrence since. He now has mid-back pain, and a bone scan and thoracic MRI show two osseous metastases, at T4 in the
vertebral body and at T10 in the body and left pedicle, both without epidural disease. They are not contiguous. His pain is four
out of ten on ibuprofen.

I recommended stereotactic body radiotherapy to both levels, twenty-seven gray in three fractions to each, on the robotic system with
spine tracking, which he accepts. He will be simulated in a vacuum cushion with a thin-slice CT fused to his MRI.
Cassius Wentworth-Abara, MD   (dictated 03/02/2026)
{FOOT}
"""),
        Doc("2_plan_and_record.pdf", [[
            H1("Spine SBRT - Plan and Treatment Record"),
            KeyValue([("Patient", f"{patient(16)}   MRN {mrn(16)}"), ("System", "Robotic-arm mounted 6 MV linac, spine tracking (kV image pairs)"),
                      ("Immobilization", "Vacuum cushion"), ("Images", "CT 1 mm 03/09/2026 + MRI T-spine 02/24/2026 (fused)"),
                      ("Planning system", "PALISADE-Plan 8 (invented)")]),
            RuledTable([("PTV", "Volume", "Rx", "Isodose", "Coverage", "Cord Dmax (3 fx)"),
                        ("PTV_T4", "21.6 cc", "2700 cGy / 3 fx", "78%", "93.2%", "1790 cGy"),
                        ("PTV_T10", "33.9 cc", "2700 cGy / 3 fx", "80%", "91.8%", "1840 cGy")]),
            RuledTable([("Fx", "Date", "Target 1 (cGy)", "Target 2 (cGy)", "Tracking", "Signed"),
                        ("1", "03/16/2026", "900", "900", "spine, 94 image pairs", "CWA"),
                        ("2", "03/18/2026", "900", "900", "spine, 101 image pairs", "CWA"),
                        ("3", "03/20/2026", "900", "900", "spine, 97 image pairs", "CWA"),
                        ("Total", "", "2700", "2700", "", "")]),
            P("Physics plan check and delivery QA (film) passed 03/12/2026."),
            sig("Cassius Wentworth-Abara, MD 03/20/2026"),
            sig("Lorelei Brandt-Ochieng, MS, DABR 03/12/2026"),
        ]], opts=dict(header=banner(_c, "Treatment Record", 16, "10/01/1961"))),
    ])

# k74_17 -- text export: RLL lung SBRT 4800 cGy / 4 fx after earlier brain SRS ------------------------------------------------
add(name="k74_17", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right lower lobe NSCLC (PTV_RLL)", "body", None, 48, 4)],
    categories=cats(),
    notes="Record-and-verify text export: RLL lung SBRT 4800 cGy in 4 fractions (1200 cGy each) on a gantry linac with "
          "4DCT, PET-CT and a vacuum cushion, CBCT before each fraction. The patient's 2025 brain SRS (21 Gy) appears "
          "in the history and is another course.",
    docs=[Doc("k74_17.txt", text=f"""
=====================================================================================
 OSPREY OIS (invented) -- COURSE SUMMARY REPORT           Run: 11/20/2026 07:32
 Facility: BRIARWOOD CANCER CARE, Department of Radiation Oncology
=====================================================================================
 Patient ........ {patient(17)}
 MRN ............ {mrn(17)}          DOB 12/24/1952        Sex F
 Attending ...... Evander Pascoe-Nakamura, MD
 Diagnosis ...... C34.31 NSCLC adenocarcinoma RLL, cT1c N0 M0 (new primary); hx brain met (other primary) s/p SRS 2025
 Prior RT ....... 2025-06-03 Brain SRS L frontal 2100 cGy x 1 (different course, outside records)
-------------------------------------------------------------------------------------
 COURSE: C2 LUNG SBRT       Intent: curative        Status: COMPLETED
 Simulation ..... 10/27/2026  4DCT 2 mm, free breathing, ITV from 10 phases
 Immobilization . Vacuum cushion, arms above head, wing board
 Fusion ......... PET-CT 10/14/2026 (staging), registered for GTV review
 Plan ........... RLL_SBRT_v1   2 VMAT arcs   6 MV FFF   TPS: HERON-TPS 9 (invented)
 Prescription ... PTV_RLL  4800 cGy / 4 fx  (1200 cGy/fx)  to 80% IDL, PTV D95 >= Rx
 Constraints .... Chest wall V30Gy 12.1 cc | Lung V20 4.9% | Cord Dmax 980 cGy | Bronchus Dmax 1830 cGy
-------------------------------------------------------------------------------------
 TREATMENT HISTORY
 Fx  Date         Field     Dose(cGy)  Cum(cGy)  Image     Approved
 1   11/10/2026   Arc1+2    1200       1200      CBCT      EPN
 2   11/12/2026   Arc1+2    1200       2400      CBCT      EPN
 3   11/17/2026   Arc1+2    1200       3600      CBCT      EPN
 4   11/19/2026   Arc1+2    1200       4800      CBCT      EPN
-------------------------------------------------------------------------------------
 Total delivered PTV_RLL: 4800 cGy in 4 fractions.  Treatment days 4/4.
 Physics weekly check: 11/12/2026 D.Reinholt MS  |  Final check: 11/19/2026 D.Reinholt MS
 Electronically approved: Evander Pascoe-Nakamura, MD 11/19/2026 16:10
{FOOT}
""")])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# k74_18 -- text: follow-up MRI report listing lesions treated months earlier; nothing given in this record -------------------
add(name="k74_18", kind="ehr_text", codes=["77371", "77432"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: surveillance MRI report that lists four lesions treated with cobalt-60 radiosurgery in "
          "03/2026 (with their sizes then and now, and the radiosurgery doses quoted in the history) and finds no new "
          "lesion. No course is given or planned in this document: facts empty, categories unmet.",
    docs=[Doc("k74_18.txt", text=f"""
HIGHMOOR RADIOLOGY GROUP
EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST
PATIENT: {patient(18)}        MRN: {mrn(18)}        DOB: 04/11/1956
EXAM DATE: 09/28/2026         ORDERING: Fenella Duquesne-Abiodun, MD (Radiation Oncology)

CLINICAL INDICATION: Breast cancer with brain metastases, status post Gamma radiosurgery 03/2026 to four lesions
(per referral: left frontal 20 Gy, right parietal 20 Gy, left occipital 18 Gy, right cerebellar 20 Gy). Six-month follow-up.

TECHNIQUE: Multiplanar multisequence MRI of the brain before and after 7 mL gadobutrol, including volumetric T1 post-contrast.

COMPARISON: 06/22/2026, 03/09/2026 (radiosurgery planning MRI).

FINDINGS:
Treated lesions:
  - Left frontal: 3 mm residual enhancement (was 11 mm at radiosurgery, 5 mm in June).
  - Right parietal: no residual enhancement (was 8 mm).
  - Left occipital: 9 x 7 mm ring enhancement with mildly increased surrounding FLAIR signal (was 16 mm; 10 mm in June); low
    rCBV, favoring treatment effect.
  - Right cerebellar: 2 mm residual enhancement (was 9 mm).
No new enhancing lesions. No hemorrhage, hydrocephalus or leptomeningeal disease.

IMPRESSION:
1. Continued response of the four treated metastases; treatment-related change at the left occipital site.
2. No new metastases. Recommend continued surveillance MRI in 3 months.

Electronically signed: Thaddeus Vreeland-Asante, MD 09/28/2026 16:51
{FOOT}
""")])

# k74_19 -- pdf dictated consult: SRS versus whole-brain radiotherapy offered, decision pending ------------------------------
_c = "CORALWOOD HEALTH - RADIATION ONCOLOGY"
add(name="k74_19", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated consult for six brain metastases offering linac radiosurgery (doses proposed "
          "'twenty to twenty-four gray') or whole-brain radiotherapy (thirty gray in ten fractions); the patient "
          "wants to talk with family; mask and planning MRI only proposed. Nothing simulated or delivered.",
    docs=[Doc("k74_19.pdf", [[
        P("CORALWOOD HEALTH - RADIATION ONCOLOGY"),
        H1("Consultation"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("DOB", "01/07/1954"), ("Date", "10/27/2026"),
                  ("Consulting physician", "Juniper Okonjo-Villiers, MD"), ("Referred by", "Lazarus Penhaligon, MD, Medical Oncology")],
                 value_x=130),
        H2("History of present illness"),
        P("This is a seventy-two-year-old man with metastatic esophageal adenocarcinoma on second-line therapy, referred after a restaging "
          "MRI brain on October twentieth showed six enhancing lesions: right frontal eight millimeters, left frontal six millimeters, "
          "left parietal one point two centimeters, right occipital one point five centimeters, left cerebellar nine millimeters and a "
          "four millimeter lesion in the right caudate. He has mild imbalance. KPS seventy."),
        H2("Discussion"),
        P("We reviewed two approaches. The first is stereotactic radiosurgery to all six lesions in a single session on our linear "
          "accelerator, with a thermoplastic mask and a planning MRI and CT, at doses of about twenty to twenty-four gray depending on "
          "size. The second is whole-brain radiotherapy, thirty gray in ten fractions, with memantine and hippocampal avoidance if "
          "feasible. We also discussed continuing systemic therapy alone with close MRI surveillance. I explained that with six "
          "lesions and a limited prognosis either approach is reasonable, with radiosurgery sparing cognition and whole-brain "
          "radiotherapy reducing new lesions."),
        H2("Plan"),
        P("He would like to discuss this with his wife and daughter and will call us by the end of the week. If he chooses "
          "radiosurgery we will book mask fabrication and planning imaging; no simulation has been scheduled today. Dexamethasone "
          "not needed at present."),
        sig("Juniper Okonjo-Villiers, MD 10/27/2026 (dictated)"),
    ]], opts=dict(header=banner(_c, "Consult", 19, "01/07/1954")))])

# k74_20 -- bundle (2): approved plan printout for a course the patient then declined; nursing/physician note ----------------
_c = "EASTWATER REGIONAL MEDICAL CENTER"
add(name="k74_20", kind="bundle", codes=["77373", "77435", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an approved five-fraction plan printout for a 3.0 cm right frontal cavity (25 Gy / 5 fx, "
          "mask, CT + MRI) and a physician note the next week: the patient declined radiotherapy on the first "
          "scheduled day and the course was cancelled before any fraction. Nothing delivered: facts empty, "
          "categories unmet.",
    docs=[
        Doc("1_plan_printout.pdf", [[
            H1("Treatment Plan Report (APPROVED - NOT DELIVERED)"),
            KeyValue([("Patient", f"{patient(20)}   MRN {mrn(20)}"), ("Plan", "RFront_Cav_FSRT"),
                      ("Machine", "6 MV FFF gantry linac"), ("Planning system", "WILLOWMERE TPS 6 (invented)"),
                      ("Simulation", "CT 1 mm in thermoplastic mask 12/01/2026; MRI T1+C 11/28/2026 fused"),
                      ("Target", "PTV_Cav_RFront (3.0 cm cavity + 2 mm), 19.8 cc")]),
            RuledTable([("Structure", "Dose / fx", "Fx", "Total", "Prescribed to", "Arcs"),
                        ("PTV_Cav_RFront", "500 cGy", "5", "2500 cGy", "80% IDL", "3 VMAT")]),
            P("Scheduled fractions: 12/08, 12/09, 12/10, 12/11, 12/14/2026. Plan approved 12/04/2026."),
            sig("Gwendolyn Ashcombe-Nwosu, MD 12/04/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 20, "06/30/1949"))),
        Doc("2_physician_note.txt", text=f"""
EASTWATER REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY
Progress note     {patient(20)}     MRN {mrn(20)}     12/08/2026

Ms. Seventyfourpatient came in this morning for her first fraction of stereotactic radiotherapy to the right frontal resection
cavity. Before setup she told the therapists she no longer wished to have radiation. I met with her and her son. She understands
the higher risk of local recurrence without treatment and has decided instead on MRI surveillance every two to three months.
She has decision-making capacity. No treatment was given; the mask was not placed on the machine. All five fractions have been
cancelled and the course closed as "not treated". Her neurosurgeon, Dr. Ambrose Kettering-Lowe, has been informed.

Gwendolyn Ashcombe-Nwosu, MD     signed 12/08/2026 10:15
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus74", "tests/blind_corpus74", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
