"""Thirty-fifth blind corpus, ``tests/blind_corpus35/`` (regenerate: ``python scripts/make_corpus.py blind_corpus35``).

Twenty courses in situations no earlier corpus lists: functional and benign cranial targets (tremor
thalamotomy, mesial temporal epilepsy, a paediatric craniopharyngioma under general anaesthesia, a pituitary
adenoma beside the chiasm, a glomus jugulare, a juxtapapillary choroidal melanoma, a cavernous-sinus
meningioma on protons), a cranial lesion and a spinal level in one course, bone SBRT outside the spine beside
a vertebral level with three fraction counts, a kidney primary, a neck re-irradiation, a carbon-ion liver
course, doses in rad and centigray written out, fractions as a date range or a calendar grid; layouts with
labels above values, narrow wrapped cells, tables continued on the next page without headers, footnote
markers explained under the table, boxed call-outs and side bars, a page printed twice, numbered lists that
restart. Every clinic and system is invented. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (printouts are deliberately one long line per record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, Paragraph, RuledTable, Spacer, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINA", "BARTHOLOMEW", "CELESTINE", "DEMETRIUS", "EULALIA", "FLORIAN", "GRISELDA", "HILARION",
         "IMOGEN", "JOACHIM", "KLEMENTINE", "LUCIAN", "MELISANDE", "NORBERT", "OLYMPIA", "PANCRAS", "QUIRINA",
         "RUFINUS", "SERAPHINA", "THADDEUS"]


def patient(n: int) -> str:
    return f"THIRTYFIVEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-350{n:02d}"


def banner(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


def form(pairs: list[tuple[str, str]]) -> list[Paragraph]:
    """A form with each label printed above its value (label line bold, value line indented)."""
    out: list[Paragraph] = []
    for label, value in pairs:
        out.append(Paragraph(label.upper(), bold=True))
        out.append(Paragraph(value, indent=14))
    return out


def box(*lines: str) -> RuledTable:
    """A boxed call-out: a one-column ruled table without a header row."""
    return RuledTable([(line,) for line in lines], widths=[500], header=False)


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial: functional, benign and unusual targets
# ==================================================================================================

# c35_01 -- pdf: cobalt tremor thalamotomy (left VIM) 130 Gy max, frame; label-above-value form ----------------
_c = "HALVERSTON MOVEMENT DISORDERS & RADIOSURGERY PROGRAM"
add(name="c35_01", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left ventral intermediate nucleus (VIM) of the thalamus", "cranial", C, 130, 1)],
    categories=cats(),
    notes="Functional radiosurgery (complex): left VIM thalamotomy for medication-refractory essential tremor of "
          "the right hand, 130 Gy maximum dose at the 100% isodose with one 4 mm shot on a multi-source cobalt "
          "unit under a head frame. Form printed with every label ABOVE its value (no label: value on one line). "
          "Hazards: 65 Gy at the 50% isodose, internal capsule 14 Gy, tremor rating scores and propranolol "
          "240 mg, a 2019 deep-brain-stimulation consult never carried out.",
    docs=[Doc("c35_01.pdf", [[
        H1("FUNCTIONAL RADIOSURGERY RECORD - THALAMOTOMY"),
        *form([("Indication", "Essential tremor, right upper limb dominant, refractory to propranolol 240 mg daily and "
                              "primidone 250 mg daily; tremor rating scale 62 (part A+B). Deep brain stimulation "
                              "discussed 2019, declined (anticoagulation). ICD-10 G25.0."),
               ("Treatment unit", "Multi-source cobalt-60 radiosurgery unit, 192 sources, collimator 4 mm"),
               ("Planning workstation", "PALLAS-GP 6.1 (functional module)"),
               ("Head fixation", "Stereotactic head frame applied 05/12/2026 07:05 under local anaesthetic, four pins; "
                                 "removed 11:40"),
               ("Stereotactic imaging", "MRI 05/12/2026 07:50: T1 MPRAGE 1 mm, FGATIR 1 mm, T2 0.6 mm (frame "
                                        "fiducial box); CT 08:20, 1 mm, co-registered to MRI"),
               ("Target", "LEFT ventral intermediate nucleus (VIM), indirect co-ordinates: 2.5 mm above the AC-PC "
                          "plane, 11 mm lateral to the wall of the third ventricle, one quarter of AC-PC length "
                          "anterior to PC"),
               ("Shots", "1 shot, 4 mm collimator, all eight sectors open, no plugging"),
               ("Prescription", "130 Gy maximum dose (100% isodose), single session"),
               ("50% isodose", "65 Gy (for reference; not the prescription)"),
               ("Critical structures", "Internal capsule (posterior limb) Dmax 14.0 Gy; optic tract 2.1 Gy"),
               ("Frame co-ordinate verification", "On the couch before irradiation: X/Y/Z within 0.2 mm, pass")]),
    ], [
        *form([("Delivery", "05/12/2026, one session, beam-on 58.6 min, no interruption"),
               ("Delivered dose", "Left VIM: 130 Gy maximum, 1 fraction. Treatment complete."),
               ("Plan check", "Independent treatment-time calculation agreed within 0.5%; D. Vasquez-Lind, PhD"),
               ("Follow-up", "MRI at 6 and 12 months; tremor rating at 3, 6, 12 months. Right VIM not planned.")]),
        sig("Marisol Oyelaran-Pike, MD (Neurosurgery) 05/12/2026 12:05"),
        sig("Casimir Wendt-Achebe, MD (Radiation Oncology) 05/12/2026 12:20"),
        sig("D. Vasquez-Lind, PhD (Medical Physics) 05/12/2026 12:31"),
    ]], opts=dict(header=banner(_c, 1, "01/19/1947")))])

# c35_02 -- bundle: paediatric craniopharyngioma under general anaesthesia, cobalt, frame ---------------------
_c = "ST. WENDRA CHILDREN'S HOSPITAL - PAEDIATRIC RADIOSURGERY"
add(name="c35_02", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("residual craniopharyngioma, suprasellar, 1.5 mm from the optic chiasm", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Paediatric case (9 years, 28 kg) under general anaesthesia: residual solid suprasellar "
          "craniopharyngioma 1.5 mm below the optic chiasm (complex by tumour type and location), 12 Gy at the "
          "50% isodose in one session on a cobalt unit, frame applied under anaesthesia. Four documents: "
          "anaesthesia record full of drug doses in mg and mg/kg and times, frame/plan sheet, console log, "
          "letter to the referring oncologist. Hazards: chiasm max 7.8 Gy, 24 Gy maximum dose, the cyst "
          "aspirated in 2025, propofol 3 mg/kg, weight 28 kg, age 9.",
    docs=[
        Doc("1_anaesthesia_record.pdf", [[
            H1("ANAESTHESIA RECORD - OFF-SITE (RADIOSURGERY SUITE)"),
            KeyValue([("Procedure", "Stereotactic frame placement, imaging and cobalt radiosurgery"),
                      ("Date", "03/17/2026"), ("Age / weight", "9 years / 28 kg"), ("ASA", "II"),
                      ("Airway", "Laryngeal mask size 2.5, spontaneous ventilation"),
                      ("Induction", "Sevoflurane inhalational 07:02; IV 22G left hand"),
                      ("Maintenance", "Propofol infusion 150-200 microgram/kg/min (total 3 mg/kg bolus equivalent)"),
                      ("Other drugs", "Dexamethasone 4 mg IV 07:10; ondansetron 0.1 mg/kg (2.8 mg) IV; paracetamol 15 mg/kg"),
                      ("Transfers", "Frame placement 07:15 - MRI 07:45 - CT 08:25 - treatment room 09:40"),
                      ("Emergence", "12:05 in recovery, LMA removed, frame already removed 11:55")]),
            RuledTable([("Time", "HR", "BP", "SpO2", "Event"),
                        ("07:15", "98", "96/54", "99", "frame pins, local 1% lidocaine 2 ml per pin"),
                        ("07:45", "92", "94/52", "99", "MRI"),
                        ("09:40", "90", "92/50", "100", "radiosurgery start"),
                        ("11:47", "95", "98/56", "100", "radiosurgery complete")]),
            sig("Ines Carrow-Padmore, MD (Paediatric Anaesthesia) 03/17/2026 12:20"),
        ]], opts=dict(header=banner(_c, 2, "06/02/2016"))),
        Doc("2_frame_and_plan.pdf", [[
            H1("FRAME PLACEMENT AND RADIOSURGERY PLAN"),
            P("Under general anaesthesia the stereotactic head frame was applied with four pins at 07:15 (neurosurgery). "
              "Stereotactic MRI (T1 post-contrast 1 mm, CISS 0.7 mm) and stereotactic CT (1 mm) were acquired and fused."),
            RuledTable([("Target", "Volume [cc]", "Marginal dose", "Isodose", "Max dose", "Shots"),
                        ("Residual solid craniopharyngioma, suprasellar (below chiasm, 1.5 mm)", "1.46", "12 Gy", "50%", "24 Gy", "11 (4 mm x 8, 8 mm x 3)")]),
            RuledTable([("Organ at risk", "Dmax", "Limit"),
                        ("Optic chiasm", "7.8 Gy", "< 8 Gy"), ("Optic nerve L / R", "6.1 / 5.4 Gy", "< 8 Gy"),
                        ("Pituitary stalk", "11.0 Gy", "record"), ("Hypothalamus", "9.2 Gy", "record")]),
            P("History: subtotal resection 2024; cystic component aspirated via Ommaya 2025 (not irradiated). "
              "Plan approved 09:30; independent time calculation 0.7% agreement."),
            sig("Bertrand Oduya-Lachance, MD (Paediatric Neurosurgery) 03/17/2026 09:31"),
            sig("Harriet Nkemelu-Fosse, MD (Radiation Oncology) 03/17/2026 09:33"),
        ]], opts=dict(header=banner(_c, 2, "06/02/2016"))),
        Doc("3_console_log.txt", text=f"""
ST. WENDRA CHILDREN'S - COBALT UNIT CONSOLE LOG            {patient(2)}  {mrn(2)}
03/17/2026  unit: multi-source Co-60 (192 sources)   plan: CRANIO_RES_v2

09:41  frame docked; co-ordinate check against plan: 0.3 mm - PASS (physicist A. Rautenberg)
09:44  run 1 start   shots 1-6
10:52  run 1 end     (planned 68.0 min / delivered 68.0 min)
10:55  run 2 start   shots 7-11
11:46  run 2 end     (planned 51.2 min / delivered 51.2 min)
11:47  treatment complete: target CRANIO_RES 12 Gy @ 50%, 1 session
11:55  frame removed, pin sites clean
{FOOT}
"""),
        Doc("4_letter.txt", text=f"""
Dear Dr Lindqvist-Amaro,

Re: {patient(2)} ({mrn(2)}), age 9

Thank you for referring this young patient with a residual suprasellar craniopharyngioma. On 17 March 2026, under general anaesthesia, we treated the residual solid tumour sitting 1.5 mm below the optic chiasm with single-session cobalt radiosurgery using a head frame: 12 Gy to the 50% isodose line. The chiasm received a maximum of 7.8 Gy. The cyst you aspirated last year was not part of the target. She woke well and went home the same afternoon.

We will repeat the MRI in 6 months, with visual fields and endocrine review.

Yours sincerely,
Harriet Nkemelu-Fosse, MD, Radiation Oncology   (signed 03/18/2026)
{FOOT}
"""),
    ])

# c35_03 -- pdf: pituitary adenoma next to the chiasm, linac 25 Gy / 5, narrow wrapped cells + footnotes -----
_c = "CORRANVALE PITUITARY & SKULL BASE CENTRE"
add(name="c35_03", kind="pdf", codes=["77372", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual non-functioning pituitary macroadenoma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Fractionated stereotactic radiotherapy on a gantry linac (mask, cone-beam CT daily) for a residual "
          "non-functioning pituitary macroadenoma 2 mm from the optic chiasm (complex), 5 Gy x 5 = 25 Gy. The "
          "target table has narrow columns that wrap the lesion name over three lines, and footnote markers "
          "(*, dagger, double dagger) in its cells explained under the table: '25.0*' = prescribed to the 80% "
          "isodose, 'chiasm 24.1 Gy dagger' = Dmax 0.03 cc over five fractions. Claimed 77372 is wrong (5 "
          "fractions).",
    docs=[Doc("c35_03.pdf", [[
        H1("STEREOTACTIC RADIOTHERAPY - PLAN AND COURSE SUMMARY"),
        KeyValue([("Diagnosis", "D35.2 - non-functioning pituitary macroadenoma, residual after transsphenoidal resection (2024), slow growth on serial MRI"),
                  ("Unit", "6 MV FFF gantry linear accelerator, 2.5 mm leaf MLC, 6-DoF couch"),
                  ("Planning", "ORRERY-TPS 4.2, 4 non-coplanar VMAT arcs, one isocentre"),
                  ("Immobilisation", "Thermoplastic open-face mask with bite block"),
                  ("Imaging for planning", "CT 1 mm (02/02/2026); MRI T1+Gd 1 mm coronal and axial (02/03/2026), fused")]),
        RuledTable([("Target", "Vol. (cc)", "Rx (Gy)", "Fx", "Dist. to chiasm", "Chiasm Dmax", "Arcs"),
                    ("PTV_PIT residual non-functioning pituitary macroadenoma, sellar with right cavernous sinus extension", "2.31", "25.0*", "5", "2 mm‡", "24.1 Gy†", "4")],
                   widths=[96, 52, 52, 30, 72, 80, 40]),
        P("* Prescribed to the 80% isodose covering 98.6% of the PTV; 5.0 Gy per fraction."),
        P("† Dmax to 0.03 cc, sum of five fractions; limit 25 Gy / 5."),
        P("‡ Measured on the fused coronal MRI from the superior edge of the GTV to the inferior surface of the chiasm."),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "CBCT match (mm)", "Dose (Gy)", "Cum. (Gy)"),
                    ("1", "02/16/2026", "0.8 / 0.3 / 0.5", "5.0", "5.0"),
                    ("2", "02/18/2026", "0.4 / 0.2 / 0.6", "5.0", "10.0"),
                    ("3", "02/20/2026", "0.5 / 0.5 / 0.1", "5.0", "15.0"),
                    ("4", "02/23/2026", "0.3 / 0.4 / 0.2", "5.0", "20.0"),
                    ("5", "02/25/2026", "0.6 / 0.1 / 0.3", "5.0", "25.0")]),
        P("Patient-specific QA: diode array gamma 3%/1 mm 99.1%. Course completed 02/25/2026: residual pituitary "
          "adenoma 25 Gy in 5 fractions. Visual fields and endocrine panel in 3 months."),
        sig("Aurelio Ferncastle-Mbeki, MD 02/25/2026"),
        sig("Ludmila Straithe, MS, DABR 02/25/2026"),
    ]], opts=dict(header=banner(_c, 3, "09/30/1961")))])

# c35_04 -- pdf: robotic glomus jugulare 25 Gy / 5; fraction table continues on page 2 WITHOUT headers ---------
_c = "BRISTOWE HEAD & NECK RADIOSURGERY  |  ARCHWAY-R treatment history"
_rows1 = [("Fx", "Date", "Node set", "Beams", "MU", "Tracking", "Corrections (mm / deg)", "Dose (cGy)")]
_rows1 += [("1", "04/06/2026", "full head", "148", "9 611", "6D skull", "0.6 / 0.4", "500"),
           ("2", "04/07/2026", "full head", "148", "9 604", "6D skull", "0.5 / 0.3", "500"),
           ("3", "04/08/2026", "full head", "148", "9 622", "6D skull", "0.7 / 0.5", "500")]
_w4 = [28, 70, 64, 44, 48, 62, 120, 60]
_rows2 = [("4", "04/09/2026", "full head", "148", "9 598", "6D skull", "0.4 / 0.2", "500"),
          ("5", "04/10/2026", "full head", "148", "9 607", "6D skull", "0.5 / 0.4", "500")]
add(name="c35_04", kind="pdf", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left glomus jugulare paraganglioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Robotic-arm linac, left glomus jugulare paraganglioma (complex: glomus tumour), 25 Gy in 5 fractions "
          "of 500 cGy with 6D skull tracking and a mask. The fraction table starts on page 1 (fractions 1-3) and "
          "continues on page 2 WITHOUT its header row (fractions 4-5), after the page banner; MU written with a "
          "thin space ('9 611'). Hazards: the cochlea max 1820 cGy, 148 beams, a 2019 embolisation.",
    docs=[Doc("c35_04.pdf", [[
        H1("ROBOTIC RADIOSURGERY - COURSE REPORT"),
        KeyValue([("Diagnosis", "D44.7 left glomus jugulare paraganglioma (Fisch C2), pulsatile tinnitus; embolised 2019, not resected"),
                  ("System", "robotic-arm mounted 6 MV linac, variable circular collimator"),
                  ("Immobilisation", "thermoplastic head mask"),
                  ("Imaging", "planning CT with contrast 1 mm (03/23/2026); MRI T1+Gd and CISS (03/24/2026) fused"),
                  ("Prescription", "2500 cGy in 5 fractions to the 78% isodose; 500 cGy per fraction"),
                  ("OAR", "left cochlea Dmax 1820 cGy; brainstem D0.03cc 1410 cGy; facial nerve canal 2210 cGy"),
                  ("Physics", "independent MU check within 1.2%; end-to-end test of the tracking chain passed 04/01/2026")]),
        H2("Treatment history"),
        RuledTable(_rows1, widths=_w4),
        Spacer(300),
    ], [
        RuledTable(_rows2, widths=_w4, header=False),
        P("Course complete 04/10/2026: left glomus jugulare, 2500 cGy in 5 fractions (5 of 5 delivered)."),
        sig("Philippa Danquah-Rourke, MD 04/10/2026"),
        sig("Emeric Salgado-Vance, PhD 04/10/2026"),
    ]], opts=dict(header=banner(_c, 4, "12/12/1958")))])

# c35_05 -- scan: mesial temporal epilepsy, cobalt mask single session; 61800 claimed without a frame ---------
_c = "OSTERLEY EPILEPSY SURGERY PROGRAMME"
add(name="c35_05", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["mask"]),
    lesions=[L("left mesial temporal target (amygdala, hippocampal head, parahippocampal gyrus)", "cranial", C, 24, 1)],
    categories=cats(),
    notes="Scanned (175 dpi, Courier) radiosurgery note for drug-resistant left mesial temporal lobe epilepsy: "
          "one functional target (amygdala + anterior hippocampus + parahippocampal gyrus), 24 Gy at the 50% "
          "isodose in one session on a mask-capable cobalt unit with a thermoplastic mask and infrared motion "
          "monitoring; stereotactic reference from the on-unit cone-beam CT, 'planning CT not performed'. No "
          "frame: the claimed 61800 is wrong. Hazards: seizure counts, levetiracetam 1500 mg, 48 Gy maximum, "
          "brainstem 9 Gy, a WADA test and intracranial EEG from 2025.",
    docs=[Doc("c35_05.pdf", [[
        H1("RADIOSURGERY PROCEDURE NOTE - EPILEPSY"),
        P("DATE OF PROCEDURE: 10/08/2026"),
        P("INDICATION: Drug-resistant left mesial temporal lobe epilepsy with hippocampal sclerosis; 6-8 focal "
          "impaired-awareness seizures per month despite levetiracetam 1500 mg bid and lacosamide 200 mg bid. "
          "Video-EEG and intracranial EEG (2025) lateralised to the left; WADA 2025 left language dominant. "
          "Open surgery declined. ICD-10 G40.219."),
        P("UNIT AND FIXATION: Multi-source cobalt-60 unit, mask-capable model. Thermoplastic mask with head "
          "cushion, infrared nose-marker motion monitoring (threshold 1.5 mm). No head frame. Stereotactic "
          "reference from on-unit cone-beam CT; planning CT not performed."),
        P("IMAGING: MRI 10/01/2026, T1 MPRAGE 1 mm, T2 coronal 2 mm, FLAIR; registered to the CBCT."),
        P("TARGET AND DOSE: Left amygdala, hippocampal head and anterior parahippocampal gyrus as one target, "
          "6.9 cc. 24 Gy to the 50% isodose, maximum 48 Gy. 22 shots (4 and 8 mm). Brainstem Dmax 9.0 Gy; optic "
          "tract 6.2 Gy."),
        P("DELIVERY: Single session 10/08/2026, 94 min, motion monitor paused the beam twice (1.6 mm, 1.7 mm), "
          "re-imaged with CBCT and resumed. Independent time check 0.8%."),
        P("SUMMARY: Left mesial temporal target treated with 24 Gy at 50% in one session. Continue both drugs "
          "unchanged for at least 24 months; MRI at 12 months."),
        sig("Kasimir Oduro-Bellweather, MD (Neurosurgery) 10/08/2026"),
        sig("Renata Halvorsen-Ude, MD (Radiation Oncology) 10/08/2026"),
    ]], opts=dict(header=banner(_c, 5, "04/22/1989"), scan=True, scan_dpi=175, font="Courier"))])

# c35_06 -- pdf: juxtapapillary choroidal melanoma, linac 50 Gy / 5; doses in centigray written out ---------
_c = "MARROWGATE OCULAR ONCOLOGY SERVICE"
add(name="c35_06", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left juxtapapillary choroidal melanoma", "cranial", C, 50, 5)],
    categories=cats(),
    notes="Cranial stereotactic radiotherapy of an ocular target: left juxtapapillary choroidal (uveal) "
          "melanoma, posterior margin 1.2 mm from the optic disc (within 5 mm of the optic nerve: complex), "
          "five fractions on a gantry linac with a mask and camera-based eye-position gating. Doses written in "
          "words and centigray: 'one thousand centigray per fraction', 'five thousand centigray'. Plaque "
          "brachytherapy considered and rejected (not delivered). Hazards: tumour height 4.1 mm, visual acuity "
          "20/40, optic nerve 4 300 cGy.",
    docs=[Doc("c35_06.pdf", [[
        H1("CRANIAL STEREOTACTIC RADIOTHERAPY - OCULAR TARGET"),
        P("Diagnosis: C69.32 left choroidal melanoma, juxtapapillary, basal diameter 8.5 mm, height 4.1 mm "
          "(ultrasound 05/04/2026). The posterior margin lies 1.2 mm from the optic disc, so iodine-125 plaque "
          "brachytherapy was considered and rejected by the ocular oncology board; no plaque was placed."),
        P("Setup: thermoplastic mask; the patient fixes a light-emitting diode with the left eye while an in-room "
          "camera monitors eye position and holds the beam if the eye moves more than 0.5 mm. Retrobulbar block "
          "not used."),
        P("Imaging for planning: CT 1 mm (05/11/2026) and orbital MRI with contrast, 1 mm (05/12/2026), fused."),
        P("Plan: 6 MV flattening-filter-free gantry linac, five coplanar and two non-coplanar arcs, single "
          "isocentre; PTV_EYE_L 0.62 cc; prescription five thousand centigray (50 Gy) in five fractions of one "
          "thousand centigray, to the 80% isodose. Optic nerve (left) D0.03cc 4 300 cGy, accepted by the "
          "patient after counselling; lens 410 cGy; lacrimal gland 1 900 cGy."),
        RuledTable([("Fraction", "Date", "Cone-beam CT", "Gating holds", "Delivered"),
                    ("1 of 5", "05/18/2026", "approved, 0.6 mm", "3", "1 000 cGy"),
                    ("2 of 5", "05/19/2026", "approved, 0.4 mm", "1", "1 000 cGy"),
                    ("3 of 5", "05/20/2026", "approved, 0.5 mm", "2", "1 000 cGy"),
                    ("4 of 5", "05/21/2026", "approved, 0.3 mm", "0", "1 000 cGy"),
                    ("5 of 5", "05/22/2026", "approved, 0.5 mm", "1", "1 000 cGy")]),
        P("Completed 05/22/2026: left juxtapapillary choroidal melanoma, five thousand centigray in five fractions. "
          "Physics second check of MU 0.9%. Ophthalmology review at 6 weeks."),
        sig("Teodora Blackwood-Eze, MD (Radiation Oncology) 05/22/2026"),
        sig("Guthrie Anand-Sorley, MS (Medical Physics) 05/22/2026"),
    ]], opts=dict(header=banner(_c, 6, "07/07/1955")))])

# c35_07 -- pdf: proton stereotactic, cavernous-sinus meningioma 25 Gy(RBE) / 5; side-bar call-out ------------
_c = "KESTREL BAY PROTON CENTRE  -  ION-TRAK course summary"
add(name="c35_07", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("particle", ["cranial"], 1, 5, ["CT", "MRI", "PET"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Proton (pencil-beam scanning) fractionated stereotactic radiotherapy of a right cavernous-sinus "
          "meningioma (complex by location), 25 Gy(RBE) in 5 fractions of 5 Gy(RBE), mask, daily orthogonal kV "
          "and CBCT. Particle: 77373 does not fit. A boxed call-out beside the plan ('Dose is reported in "
          "Gy(RBE), RBE 1.1') and a side-bar box with the physician's cautions. DOTATATE PET fused for "
          "contouring. Hazards: physical dose 22.7 Gy, optic nerve 18.9 Gy(RBE), range uncertainty 3.5%.",
    docs=[Doc("c35_07.pdf", [[
        H1("PROTON STEREOTACTIC RADIOTHERAPY - COURSE SUMMARY"),
        TextTable([("", ""),
                   ("Diagnosis: D32.0 meningioma, right cavernous sinus, WHO 1 presumed (imaging), 2.9 cm, "
                    "6 mm from the right optic nerve; diplopia (CN VI).", "SIDE BAR - MD CAUTIONS"),
                   ("Beam: pencil-beam scanning protons, 3 fields (right lateral, vertex, right anterior oblique), "
                    "robust optimisation 3 mm / 3.5%.", "Range uncertainty 3.5%."),
                   ("Immobilisation: thermoplastic mask with mouthpiece, 6-DoF robotic couch.", "Keep ON below 20 Gy(RBE)."),
                   ("Imaging: planning CT 1 mm (08/03/2026), MRI T1+Gd (08/04/2026), Ga-68 DOTATATE PET/CT "
                    "(07/28/2026) fused for target definition.", "Re-scan CT if weight changes > 3 kg.")],
                  columns=(0, 360), header=False),
        box("DOSE IS REPORTED IN Gy(RBE) WITH A CONSTANT RBE OF 1.1.",
            "Prescription: 25 Gy(RBE) in 5 fractions (5 Gy(RBE) per fraction) to PTV_CS_R, D95 >= 99%.",
            "Physical dose equivalent: 22.7 Gy."),
        RuledTable([("Structure", "Metric", "Value", "Constraint"),
                    ("Optic nerve R", "D0.03cc", "18.9 Gy(RBE)", "< 25 Gy(RBE)"),
                    ("Optic chiasm", "D0.03cc", "12.0 Gy(RBE)", "< 25 Gy(RBE)"),
                    ("Brainstem", "D0.03cc", "16.4 Gy(RBE)", "< 31 Gy(RBE)")]),
        H2("Fractions"),
        RuledTable([("#", "Date", "Imaging", "Dose"),
                    ("1", "08/17/2026", "kV pair + CBCT, 6-DoF correction", "5 Gy(RBE)"),
                    ("2", "08/18/2026", "kV pair + CBCT", "5 Gy(RBE)"),
                    ("3", "08/19/2026", "kV pair + CBCT", "5 Gy(RBE)"),
                    ("4", "08/20/2026", "kV pair + CBCT", "5 Gy(RBE)"),
                    ("5", "08/21/2026", "kV pair + CBCT", "5 Gy(RBE)")]),
        P("Patient-specific QA: measured in water phantom, gamma 3%/2 mm 99.6% for all fields. Course completed: "
          "right cavernous sinus meningioma 25 Gy(RBE) in 5 fractions."),
        sig("Octavia Rennell-Mbatha, MD 08/21/2026"),
        sig("Jurgis Palomar-Keats, PhD (Proton Physics) 08/21/2026"),
    ]], opts=dict(header=banner(_c, 7, "03/03/1966")))])

# c35_08 -- pdf (two columns): linac four metastases one session, doses in rad and cGy, lists that restart ----
_c = "PENHALLOW CANCER INSTITUTE - RADIOSURGERY"
add(name="c35_08", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("left parietal", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 18, 1), L("right temporal", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The impression says three metastases were treated, but both target lists, the plan table and the "
                  "delivery record give four (left frontal, left parietal, right cerebellar, right temporal).",
    notes="Two-column page: single-isocentre multi-target radiosurgery on a gantry linac with a frameless mask, "
          "surface guidance and CBCT. Targets in two numbered lists that each restart at 1 ('Left hemisphere' 1-2, "
          "'Right hemisphere' 1-2), so the numbers do not count lesions. Doses in old units: '2000 rad' (= 20 Gy) "
          "and '1800 rad', and 'eighteen hundred centigray' in the record. Contradiction: the impression says "
          "'three metastases' (gold four). Hazards: brain V12 6.8 cc, 2 cm margin.",
    docs=[Doc("c35_08.pdf", [[
        H1("RADIOSURGERY - SINGLE ISOCENTRE, FOUR TARGETS"),
        P("Patient with metastatic lung adenocarcinoma (EGFR exon 19), KPS 80, extracranial disease controlled "
          "on osimertinib. MRI 01/05/2026 shows four enhancing brain metastases."),
        P("Unit: 6 MV FFF gantry linac with 2.5 mm leaf MLC; one isocentre, five non-coplanar arcs; planning in "
          "MERIDIAN-SRS 3. Frameless open-face thermoplastic mask; surface guidance during delivery and CBCT with "
          "6-DoF correction before the first arc."),
        P("Planning imaging: CT 1 mm 01/08/2026 with mask; MRI T1+Gd 1 mm 01/07/2026, fused."),
        H2("Left hemisphere"),
        BulletList(["left frontal, 1.1 cm - 2000 rad to the 80% isodose",
                    "left parietal, 0.6 cm - 2000 rad to the 80% isodose"], numbered=True),
        H2("Right hemisphere"),
        BulletList(["right cerebellar, 1.9 cm - 1800 rad to the 80% isodose",
                    "right temporal, 2.4 cm - 1800 rad to the 80% isodose"], numbered=True),
        P("Normal brain V12 Gy 6.8 cc; brainstem Dmax 7.1 Gy."),
        ColumnBreak(),
        H2("Plan table"),
        RuledTable([("Target", "Size", "Rx", "IDL"),
                    ("L frontal", "1.1 cm", "2000 rad", "80%"), ("L parietal", "0.6 cm", "2000 rad", "80%"),
                    ("R cerebellar", "1.9 cm", "1800 rad", "80%"), ("R temporal", "2.4 cm", "1800 rad", "80%")]),
        H2("Delivery record 01/12/2026"),
        P("CBCT approved (0.7 mm, 0.4 deg); surface guidance within 1 mm throughout. All five arcs delivered in one "
          "session. Left frontal and left parietal two thousand centigray each; right cerebellar and right "
          "temporal eighteen hundred centigray each."),
        P("Physics: patient-specific QA with film, gamma 3%/1 mm 97.8%; independent MU check 1.1%."),
        H2("Impression"),
        P("Three metastases were treated today in a single session. MRI in 8 weeks."),
        sig("Wendeline Achterberg-Osei, MD 01/12/2026"),
        sig("Rasmus Ilori-Pennant, PhD 01/12/2026"),
    ]], opts=dict(header=banner(_c, 8, "11/14/1957"), two_columns=True))])

# c35_09 -- bundle: one course with a cranial metastasis (1 fx) and L2 (2 fx); calendar grid ----------------
_c = "THORNBURY REGIONAL ONCOLOGY - STEREOTACTIC SERVICE"
add(name="c35_09", kind="bundle", codes=["77373", "77435", "61796", "63620"],
    facts=F("linac", ["cranial", "spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization", "mask"]),
    lesions=[L("right occipital metastasis", "cranial", S, 20, 1), L("L2 vertebral body metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="One course, two sites: a right occipital brain metastasis 20 Gy x 1 (session 1 only, mask) and an L2 "
          "vertebral body metastasis with epidural extension 12 Gy x 2 = 24 Gy (sessions 1 and 2, vacuum cushion), "
          "on a gantry linac. The sessions are shown only in a month CALENDAR GRID (cells 'SBRT 1 brain + L2', "
          "'SBRT 2 L2', 'sim', 'MRI', 'follow-up'); an IGRT log and a short completion note. Two sessions in all: "
          "not single-session cranial, so 77373/77435. Hazards: the follow-up visit and simulation cells in the "
          "grid, cord 14.2 Gy, 'Session 1' on the grid holds two targets.",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("STEREOTACTIC PRESCRIPTION - TWO SITES, ONE COURSE"),
            KeyValue([("Diagnosis", "C79.31 brain metastasis; C79.51 L2 vertebral metastasis; primary breast cancer (ER+)"),
                      ("Unit", "6 MV FFF gantry linear accelerator, 6-DoF couch"),
                      ("Simulation", "06/01/2026: CT 1 mm head (open-face mask) and CT 2 mm abdomen (vacuum cushion); "
                                     "MRI brain T1+Gd and MRI L-spine T1/T2 fused")]),
            RuledTable([("Target", "Dose per fraction", "Fractions", "Total", "Sessions", "Immobilisation"),
                        ("PTV_ROcc right occipital metastasis 1.3 cm", "20 Gy", "1", "20 Gy", "1", "mask"),
                        ("PTV_L2 vertebral body + left epidural component", "12 Gy", "2", "24 Gy", "1 and 2", "vacuum cushion")]),
            P("Constraints: brainstem < 15 Gy; cord (conus) D0.03cc < 14.5 Gy / 2 fx (planned 14.2 Gy); cauda equina < 18 Gy."),
            sig("Fenella Korhonen-Ajayi, MD 06/03/2026"),
        ]], opts=dict(header=banner(_c, 9, "02/27/1964"))),
        Doc("2_calendar.pdf", [[
            H1("TREATMENT CALENDAR - JUNE 2026"),
            RuledTable([("Mon", "Tue", "Wed", "Thu", "Fri"),
                        ("1  sim (CT + MRI)", "2", "3  plan approved", "4  QA", "5"),
                        ("8  SBRT 1: brain + L2", "9", "10  SBRT 2: L2", "11", "12"),
                        ("15", "16", "17", "18", "19"),
                        ("22", "23", "24", "25", "26  follow-up visit")],
                       widths=[100, 100, 100, 100, 100]),
            P("Key: SBRT n = stereotactic treatment session n. Course complete after SBRT 2."),
        ]], opts=dict(header=banner(_c, 9, "02/27/1964"))),
        Doc("3_igrt_log.txt", text=f"""
THORNBURY - IGRT LOG   {patient(9)}  {mrn(9)}
DATE        SESSION  TARGET    IMAGING           SHIFT (mm)        APPROVED
2026-06-08  1        PTV_ROcc  CBCT + 6DoF        0.5 0.2 0.4      FK-A
2026-06-08  1        PTV_L2    CBCT + 6DoF        1.1 0.6 0.3      FK-A
2026-06-10  2        PTV_L2    CBCT + 6DoF        0.8 0.4 0.2      FK-A
Independent MU check both plans: within 1.5% (physicist O. Castellane)
{FOOT}
"""),
        Doc("4_completion.txt", text=f"""
COMPLETION NOTE - {patient(9)} ({mrn(9)})
Stereotactic course finished 06/10/2026 in two sessions. Right occipital metastasis: 20 Gy in 1 fraction (06/08). L2 vertebral metastasis: 24 Gy in 2 fractions (06/08, 06/10). No acute toxicity. MRI brain and spine in 2 months.
Electronically signed: Fenella Korhonen-Ajayi, MD 06/10/2026
{FOOT}
"""),
    ])

# c35_10 -- pdf: oligoprogression, T9 + right 9th rib + left acetabulum at three fraction counts; date range --
_c = "GLENMOIRA ONCOLOGY - OLIGOMETASTASIS CLINIC"
add(name="c35_10", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 3, 5, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("T9 vertebral body", "spinal", None, 24, 2), L("right 9th rib", "body", None, 27, 3),
             L("left acetabulum", "body", None, 35, 5)],
    categories=cats(),
    notes="Oligoprogressive renal cell carcinoma on immunotherapy: three bone sites at three fraction counts in one "
          "course: T9 12 Gy x 2 = 24 Gy, right 9th rib 9 Gy x 3 = 27 Gy, left acetabulum (bone outside the spine, "
          "body) 7 Gy x 5 = 35 Gy. Sessions given only as a date range ('09/14/2026 - 09/18/2026, five consecutive "
          "weekdays') and per-target session ranges; superscript-letter footnotes in cells (a, b, c). Hazards: the "
          "nivolumab dose 480 mg, a 2025 left femur 8 Gy x 1 (other course), cord 13.1 Gy.",
    docs=[Doc("c35_10.pdf", [[
        H1("SBRT FOR OLIGOPROGRESSION - PLAN AND DELIVERY"),
        P("Clear-cell renal cell carcinoma, on nivolumab 480 mg every 4 weeks; three progressing bone sites on FDG "
          "PET/CT 08/20/2026 with all other disease stable. Performance status ECOG 1. Earlier palliative course: "
          "left femur 8 Gy x 1 in 2025 (not part of this course)."),
        P("Simulation 09/02/2026: full-body vacuum cushion, arms up; CT 2 mm; MRI thoracic spine T1/T2 1 mm fused "
          "for T9; FDG PET/CT fused for the rib and acetabulum."),
        RuledTable([("Target", "Dose / fx", "Fx", "Total", "Sessions"),
                    ("PTV_T9 (vertebral body, pedicle)ᵃ", "12 Gy", "2", "24 Gy", "09/14 - 09/15"),
                    ("PTV_Rib9_R", "9 Gy", "3", "27 Gy", "09/14 - 09/16ᵇ"),
                    ("PTV_Acet_L (left acetabulum)", "7 Gy", "5ᶜ", "35 Gy", "09/14 - 09/18")]),
        P("ᵃ Spinal cord PRV D0.035cc 13.1 Gy (limit 14.5 Gy / 2 fx); thecal sac not involved."),
        P("ᵇ Rib treated on the first three sessions only."),
        P("ᶜ Daily on five consecutive weekdays, Monday 09/14/2026 to Friday 09/18/2026."),
        P("Unit: 6 MV FFF gantry linac, VMAT; planning TRILLIUM-TPS 2. Each session: CBCT per target with 6-DoF "
          "correction, approved by the physician before beam-on. Independent dose calculation 1.3% (T9), 0.8% (rib), "
          "1.0% (acetabulum)."),
        H2("Course delivered"),
        P("Treatment window 09/14/2026 - 09/18/2026, five sessions. Delivered as prescribed: T9 24 Gy in 2, right 9th "
          "rib 27 Gy in 3, left acetabulum 35 Gy in 5. Continue nivolumab."),
        sig("Cormac Adeyemi-Holt, MD 09/18/2026"),
        sig("Saskia Venn-Oyelowo, PhD 09/18/2026"),
    ]], opts=dict(header=banner(_c, 10, "05/05/1960")))])

# c35_11 -- pdf: kidney primary on a robotic linac, fiducials + tracking, boxed call-outs; 63620 wrong -------
_c = "ASHCOMBE UROLOGIC ONCOLOGY  -  STRATOS-CK record"
add(name="c35_11", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("right kidney primary renal cell carcinoma (lower pole)", "body", None, 42, 3)],
    categories=cats(),
    notes="Primary renal cell carcinoma, right lower pole 4.2 cm, medically inoperable: robotic-arm linac 14 Gy x 3 "
          "= 42 Gy with three percutaneous gold fiducials and respiratory tracking, vacuum cushion. Boxed "
          "call-outs (an alert box about the solitary-function kidney and a box for the fiducial count) sit between "
          "the sections. The claimed 63620 is wrong (no spinal lesion). Hazards: eGFR 38, split function 58%, "
          "duodenum 16.8 Gy, 'L1 level' as a landmark only.",
    docs=[Doc("c35_11.pdf", [[
        H1("SBRT - PRIMARY KIDNEY TUMOUR"),
        P("Right renal mass 4.2 cm (lower pole, biopsy clear-cell RCC 03/2026), declined by urology for surgery: "
          "coronary disease and CKD stage 3b (eGFR 38). Right kidney contributes 58% of function on renogram."),
        box("ALERT: single functioning-kidney risk - keep the uninvolved right renal cortex V10 Gy < 33%.",
            "Target lies at the level of L1 (landmark only, vertebra not treated)."),
        P("Fiducials: three gold markers placed percutaneously under CT on 04/14/2026 (interventional radiology)."),
        box("FIDUCIALS TRACKED: 3 of 3 each fraction (rigid-body error < 1.5 mm)."),
        P("Simulation 04/21/2026: vacuum cushion, arms on chest; contrast CT 1.25 mm in exhale; MRI abdomen T1/T2 "
          "fused. Planning on STRATOS planning 3.1, 171 beams, 2 fixed collimators."),
        P("Delivery on a robotic-arm mounted 6 MV linac with fiducial tracking and respiratory motion modelling "
          "(external LED markers correlated with live x-ray pairs)."),
        RuledTable([("Fraction", "Date", "Tracking", "Model error (mm)", "Dose (Gy)"),
                    ("1", "04/28/2026", "fiducial + respiratory", "1.1", "14"),
                    ("2", "04/30/2026", "fiducial + respiratory", "0.9", "14"),
                    ("3", "05/02/2026", "fiducial + respiratory", "1.3", "14")]),
        P("Dose constraints met: duodenum D5cc 16.8 Gy, bowel D0.03cc 22.1 Gy, renal cortex V10 29%."),
        P("Physics second calculation: 1.4% difference, acceptable. Completed 05/02/2026: right kidney RCC 42 Gy in 3 "
          "fractions."),
        sig("Imelda Sandoval-Krause, MD 05/02/2026"),
        sig("Thorvald Mensah-Quayle, MS 05/02/2026"),
    ]], opts=dict(header=banner(_c, 11, "10/10/1943")))])

# c35_12 -- bundle: neck re-irradiation SBRT 40 Gy / 5 every other day after 70 Gy / 35 in 2023 -------------
_c = "FAIRLIGHT HEAD & NECK UNIT"
add(name="c35_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI", "PET"], ["mask"]),
    lesions=[L("left level II cervical nodal recurrence", "body", None, 40, 5)],
    categories=cats(),
    notes="Head-and-neck re-irradiation: a left level II nodal recurrence of oropharyngeal carcinoma, 2.6 cm, "
          "unresectable (encases the internal carotid < 180 degrees), 8 Gy x 5 = 40 Gy every other weekday on a "
          "gantry linac with a five-point head-neck-shoulder thermoplastic mask. Extracranial: site body. Four "
          "documents: dictated consult (the 2023 chemoradiation 70 Gy / 35 with cisplatin 100 mg/m2, an earlier "
          "45 Gy / 3 idea that was dropped), simulation and plan sheet, treatment record given as a date range with "
          "a list of five dates, completion letter. Hazards: cumulative carotid 112 Gy EQD2, cord 12 Gy, the 2023 "
          "doses.",
    docs=[
        Doc("1_consult.txt", text=f"""
FAIRLIGHT HEAD & NECK UNIT - RADIATION ONCOLOGY CONSULTATION (dictated 09/08/2026, transcribed 09/09/2026)
{patient(12)}   {mrn(12)}   DOB 08/08/1959

HISTORY: p16-positive squamous cell carcinoma of the left tonsil, T2N2 (AJCC 7), treated in 2023 with chemoradiation, 70 Gy in 35 fractions with cisplatin 100 mg/m2 times three. Now a biopsy-proven recurrence in left level II, 2.6 cm on CT, FDG avid (SUV 11.2). Neck dissection judged not feasible by head and neck surgery (encasement of the internal carotid artery, less than 180 degrees). Performance status ECOG 1.

PLAN: Stereotactic re-irradiation. I had first thought of 45 Gy in 3 fractions; after the carotid review we will give 40 Gy in 5 fractions every other day instead. Carotid blowout risk discussed in detail. Simulation next week with a five-point mask, contrast CT, PET/CT and MRI neck fusion.

Dictated by: Anselm Quartey-Lindholm, MD
{FOOT}
"""),
        Doc("2_simulation_plan.pdf", [[
            H1("SIMULATION AND PLAN - REIRRADIATION SBRT"),
            KeyValue([("Simulation date", "09/15/2026"),
                      ("Immobilisation", "Five-point thermoplastic head-neck-shoulder mask, custom head rest"),
                      ("Imaging", "CT with IV contrast 1.5 mm; FDG PET/CT 09/11/2026 and MRI neck T1+Gd 09/14/2026 fused"),
                      ("Target", "GTV left level II node; CTV = GTV + 3 mm; PTV = CTV + 2 mm"),
                      ("Prescription", "40 Gy in 5 fractions of 8 Gy, every other weekday, to the 85% isodose"),
                      ("Technique", "6 MV FFF gantry linac, 2 VMAT arcs, planning KINGFISHER-TPS 8"),
                      ("Cumulative (2023 + now)", "left ICA Dmax 112 Gy EQD2; cord Dmax this course 12 Gy"),
                      ("Physics", "patient-specific QA gamma 3%/2 mm 99.0%; plan approved 09/21/2026")]),
            sig("Anselm Quartey-Lindholm, MD 09/21/2026"),
            sig("Maren Obuya-Stallworth, MS, DABR 09/21/2026"),
        ]], opts=dict(header=banner(_c, 12, "08/08/1959"))),
        Doc("3_treatment_record.pdf", [[
            H1("TREATMENT RECORD"),
            P("Treatment period: 09/23/2026 to 10/01/2026, every other weekday (Mon / Wed / Fri)."),
            RuledTable([("Date", "Session", "Image guidance", "Delivered"),
                        ("Wed 09/23", "1", "CBCT, 6-DoF, approved by MD", "8 Gy"),
                        ("Fri 09/25", "2", "CBCT, 6-DoF, approved by MD", "8 Gy"),
                        ("Mon 09/28", "3", "CBCT, 6-DoF, approved by MD", "8 Gy"),
                        ("Wed 09/30", "4", "CBCT, 6-DoF, approved by MD", "8 Gy"),
                        ("Thu 10/01", "5", "CBCT, 6-DoF, approved by MD (moved from Fri, machine service)", "8 Gy")]),
            P("Total 40 Gy to the left level II recurrence."),
        ]], opts=dict(header=banner(_c, 12, "08/08/1959"))),
        Doc("4_completion.txt", text=f"""
Dear Dr Bellweather-Nakamura,

{patient(12)} ({mrn(12)}) finished stereotactic re-irradiation of the left level II nodal recurrence on 1 October 2026: 40 Gy in five fractions of 8 Gy, every other weekday (the last one moved a day earlier for machine service). Mild dysphagia only. PET/CT in 12 weeks.

With best wishes,
Anselm Quartey-Lindholm, MD   (signed 10/02/2026)
{FOOT}
"""),
    ])

# c35_13 -- pdf: carbon-ion liver 60 Gy(RBE) / 4; record table broken by the page banner; summary box says 3 --
_c = "NORTHMARSH ION BEAM FACILITY  -  HELION-RV"
_rec = [("Fx", "Date", "Port", "Gating", "X-ray match (fiducials)", "Dose Gy(RBE)")]
for _i, _d in enumerate(["11/02/2026", "11/03/2026", "11/05/2026", "11/06/2026"], start=1):
    _rec += [(str(_i), _d, "A (right lateral)", "exhale, 30%", "2 of 2 markers, 0.9 mm", "7.5"),
             (str(_i), _d, "B (posterior oblique)", "exhale, 30%", "2 of 2 markers, 0.7 mm", "7.5")]
add(name="c35_13", kind="pdf", codes=["77373", "77435"],
    facts=F("particle", ["body"], 1, 4, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("hepatocellular carcinoma, liver segment VI", "body", None, 60, 4)],
    categories=cats(),
    contradiction="The course-summary box says 3 fractions delivered, but the record lists four treatment dates "
                  "(11/02, 11/03, 11/05, 11/06) with both ports each and the text gives 60 Gy(RBE) in 4 fractions.",
    notes="Carbon-ion hypofractionated liver course: hepatocellular carcinoma in segment VI, 3.1 cm, 60 Gy(RBE) in "
          "4 fractions of 15 Gy(RBE) (two ports of 7.5 Gy(RBE) per fraction), custom vacuum cushion, respiratory "
          "gating, two gold fiducials matched with orthogonal x-rays. Particle: 77373 does not fit, 77435 does. "
          "The record table (one row per port, eight rows) is broken across pages by the page banner and footer. "
          "Contradiction: a summary box says 'Fractions delivered: 3'. Hazards: per-port 7.5, 'Port A/B', Child-Pugh "
          "A6, a 2025 TACE.",
    docs=[Doc("c35_13.pdf", [[
        H1("CARBON-ION RADIOTHERAPY - HYPOFRACTIONATED LIVER COURSE"),
        KeyValue([("Diagnosis", "C22.0 hepatocellular carcinoma, segment VI, 3.1 cm, Child-Pugh A6; TACE 2025 with residual "
                                "arterial enhancement; ablation not feasible (subcapsular, next to colon)"),
                  ("Beam", "carbon ions, raster scanning, two fixed ports (A right lateral, B posterior oblique)"),
                  ("Dose unit", "Gy(RBE) from the facility's biological model"),
                  ("Immobilisation", "custom vacuum cushion, arms up; abdominal belt for gating"),
                  ("Fiducials", "two gold markers placed 10/12/2026 next to the tumour, used for x-ray positioning"),
                  ("Planning imaging", "4D CT 2 mm (10/19/2026) and gadoxetate MRI (10/20/2026), fused"),
                  ("Prescription", "60 Gy(RBE) in 4 fractions (15 Gy(RBE) per fraction), D95 to the PTV"),
                  ("Constraints", "liver minus GTV V20 Gy(RBE) 21%; colon Dmax 33.0 Gy(RBE); right kidney V15 4%")]),
        box("COURSE SUMMARY", "Target: HCC segment VI", "Fractions delivered: 3", "Status: complete"),
        P("Motion management: gated delivery at end-exhale within a 30% window; daily orthogonal x-ray match on the "
          "two fiducials with couch correction. Physics: range verification in water phantom and independent dose "
          "check, 1.6%."),
        Spacer(150),
        H2("Fraction and port record"),
        RuledTable(_rec, widths=[30, 70, 110, 75, 140, 70]),
        P("Course completed 11/06/2026: liver segment VI HCC, 60 Gy(RBE) in 4 fractions."),
        sig("Elspeth Nwachukwu-Farrow, MD 11/06/2026"),
        sig("Caspian Holt-Ibekwe, PhD (Ion Physics) 11/06/2026"),
    ]], opts=dict(header=banner(_c, 13, "01/01/1950")))])

# c35_14 -- scan: C7-T1 spine SBRT 24 Gy / 2, delivery page printed twice; 63621 wrong -----------------------
_c = "LINDENHURST SPINE RADIOSURGERY"
_c14_record = [
    H1("DELIVERY RECORD - PTV_C7T1"),
    RuledTable([("Session", "Date", "CBCT (mm / deg)", "Approved", "Dose"),
                ("1 of 2", "07/20/2026", "0.6 / 0.5", "MD + physicist", "12 Gy"),
                ("2 of 2", "07/22/2026", "0.4 / 0.3", "MD + physicist", "12 Gy")]),
    P("Total delivered to the C7-T1 target: 24 Gy in 2 fractions. Course complete 07/22/2026."),
    sig("Bartholomew Ikeda-Strand, MD 07/22/2026"),
]
add(name="c35_14", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("C7-T1 (one target spanning both levels)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Scanned (150 dpi) spine SBRT record: one target spanning C7 and T1 (contiguous, contoured as a single "
          "PTV), 12 Gy x 2 = 24 Gy on a gantry linac with a head-neck-shoulder mask. The delivery-record page was "
          "printed twice (pages 2 and 3 identical apart from the page number): still two fractions, one lesion. "
          "The claimed 63621 is wrong (one spinal lesion). Hazards: cord 12.4 Gy, two levels named, 'Session 1 of "
          "2' twice over.",
    docs=[Doc("c35_14.pdf", [[
        H1("SPINE SBRT - PLAN SUMMARY"),
        P("Metastatic thyroid carcinoma (radioiodine refractory) with a painful lesion involving the C7 and T1 "
          "vertebral bodies contiguously, with epidural extension (Bilsky 1b). Contoured as ONE target (PTV_C7T1) "
          "spanning both levels."),
        P("Immobilisation: long thermoplastic head-neck-shoulder mask. Imaging: simulation CT 1 mm 07/10/2026; MRI "
          "cervicothoracic spine T1/T2 1 mm fused. Prescription 24 Gy in 2 fractions to the 90% isodose; cord "
          "D0.035cc 12.4 Gy (limit 17 Gy / 2). 6 MV FFF linac, 9-field IMRT, planning ALDER-TPS 5. Patient-specific "
          "QA 98.9%."),
        sig("Bartholomew Ikeda-Strand, MD 07/14/2026"),
    ], _c14_record, _c14_record], opts=dict(header=banner(_c, 14, "06/19/1971"), scan=True, scan_dpi=150))])

# c35_15 -- pdf: peripheral lung single fraction 3400 rad; no image guidance documented (delivery unmet) -----
_c = "HOLLINSHEAD CHEST RADIOTHERAPY"
add(name="c35_15", kind="pdf", codes=["77373", "77435", "77372"],
    facts=F("linac", ["body"], 1, 1, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe peripheral nodule", "body", None, 34, 1)],
    categories=cats(delivery_verification=False),
    notes="Single-fraction lung SBRT written in old units: '3400 rad in one fraction' for a peripheral left upper "
          "lobe NSCLC 1.6 cm on a gantry linac, vacuum bag + wing board, slow free-breathing CT and PET. One fraction but not "
          "cranial: 77373/77435 fit, the claimed 77372 is wrong. A side-bar column beside the text holds "
          "reminders. No image guidance, tracking or QA is documented at all, so delivery verification is unmet. "
          "Hazards: chest wall 3020 rad, rib 2710 rad, 'PTV = GTV + 7 mm'.",
    docs=[Doc("c35_15.pdf", [[
        H1("TREATMENT SUMMARY - STEREOTACTIC LUNG"),
        TextTable([("", ""),
                   ("Left upper lobe adenocarcinoma, peripheral, 1.6 cm, cT1bN0M0; inoperable (FEV1 38%).", "REMINDERS"),
                   ("Simulation 03/02/2026: vacuum bag with wing board, arms up; slow free-breathing CT 2 mm; PTV = GTV "
                    "+ 7 mm. FDG PET/CT 02/20/2026 fused.", "Smoking cessation referral"),
                   ("Plan: 6 MV FFF gantry linac, two partial VMAT arcs, planning HERON-TPS. Prescription 3400 rad in "
                    "one fraction to the 80% isodose. Chest wall Dmax 3020 rad; rib 2710 rad.", "PFTs in 6 months"),
                   ("Treated 03/09/2026: 3400 rad in 1 fraction to the left upper lobe nodule. Tolerated well.", "CT chest 3 months")],
                  columns=(0, 380), header=False),
        sig("Gideon Farquharson-Uzo, MD 03/09/2026"),
    ]], opts=dict(header=banner(_c, 15, "12/24/1940")))])

# c35_16 -- pdf: linac vestibular schwannoma with a head frame, 1200 cGy in words; isocentres across --------
_c = "ELDERBROOK NEUROSCIENCES - CONE RADIOSURGERY"
add(name="c35_16", kind="pdf", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Cone-based radiosurgery on a gantry linac with a stereotactic head frame: right vestibular schwannoma "
          "(complex by tumour type) 1.8 cm, 'twelve hundred centigray' to the 80% isodose in one session. The "
          "isocentre table has the five isocentres as columns (Iso 1-5 are not lesions), with cones 7.5-12.5 mm. "
          "Target-positioner check under the frame. Hazards: cochlea 4.2 Gy, 'five isocentres', hearing class "
          "B, 15 Gy maximum.",
    docs=[Doc("c35_16.pdf", [[
        H1("LINAC RADIOSURGERY - VESTIBULAR SCHWANNOMA"),
        P("Right vestibular schwannoma (D33.3), Koos II, 1.8 cm, growing 3 mm in 1 year; serviceable hearing (class "
          "B). Microsurgery declined."),
        P("Frame: stereotactic head frame applied 02/24/2026 07:20 under local anaesthetic (four pins), with CT "
          "localiser. Stereotactic CT 1 mm; MRI T1+Gd and CISS 0.6 mm from 02/23/2026 fused."),
        RuledTable([("", "Iso 1", "Iso 2", "Iso 3", "Iso 4", "Iso 5"),
                    ("Cone (mm)", "12.5", "10.0", "10.0", "7.5", "7.5"),
                    ("Arcs", "4", "4", "3", "3", "3"),
                    ("Weight", "1.00", "0.82", "0.74", "0.51", "0.47"),
                    ("MU", "1 412", "1 180", "1 021", "744", "702")]),
        P("Prescription: twelve hundred centigray to the 80% isodose at the tumour margin; maximum 15 Gy. Cochlea "
          "(right) mean 4.2 Gy; brainstem surface 10.8 Gy; facial nerve 12.3 Gy."),
        P("Verification: target positioner films of each isocentre against the frame co-ordinates, deviation "
          "< 0.5 mm, before treatment; independent MU calculation 0.8%."),
        P("Delivered 02/24/2026 in one session: right vestibular schwannoma, twelve hundred centigray (12 Gy). "
          "Frame removed 12:15."),
        sig("Solveig Amankwah-Prior, MD (Neurosurgery) 02/24/2026"),
        sig("Leopold Chikwanha-Ross, MD (Radiation Oncology) 02/24/2026"),
        sig("Annika Torvalds-Mensah, MS (Physics) 02/24/2026"),
    ]], opts=dict(header=banner(_c, 16, "04/30/1969")))])

# c35_20 -- ehr_text: robotic cranial, pontine + frontal (3 fx) and cerebellar (1 fx); lists restart per target
add(name="c35_20", kind="ehr_text", codes=["G0339", "G0340", "77435", "61798", "61797", "61799"],
    facts=F("robotic_linac", ["cranial"], 3, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("pontine metastasis", "cranial", C, 24, 3), L("right frontal metastasis", "cranial", S, 27, 3),
             L("left cerebellar metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Plain-text export of a robotic-arm linac course for three brain metastases of melanoma: a 0.9 cm pontine "
          "metastasis (within the brainstem: complex) 8 Gy x 3 = 24 Gy, a 2.1 cm right frontal metastasis 9 Gy x 3 "
          "= 27 Gy, and a 0.7 cm left cerebellar metastasis 20 Gy x 1 on session 1 only; mask, 6D skull tracking. "
          "The delivery section is a numbered list per target, each list restarting at 1, so the '1.' items do not "
          "count sessions or lesions; an ASCII call-out box. Three sessions. 61799 is wrong (one complex lesion). "
          "Hazards: ipilimumab 3 mg/kg, brainstem D0.03cc 23.1 Gy, 2000 cGy beside 800 cGy per-fraction lines.",
    docs=[Doc("c35_20.txt", text=f"""
WYCHWOOD NEURO-ONCOLOGY  ::  CASCADE-R course export  ::  page 1/1
{patient(20)}  |  {mrn(20)}  |  DOB 10/21/1962

Dx: C79.31 brain metastases, cutaneous melanoma (BRAF wild type); on nivolumab + ipilimumab 3 mg/kg (cycle 2).
Unit: robotic-arm mounted 6 MV linac, variable aperture collimator. Tracking: 6D skull (x-ray pairs every 30-60 s).
Immobilisation: thermoplastic mask. Planning imaging: CT 1 mm (02/23/2026); MRI T1+Gd 1 mm (02/22/2026), fused.

+------------------------------------------------------------------+
| ONE COURSE, THREE TARGETS, THREE SESSIONS (03/02, 03/04, 03/06)  |
| Left cerebellar target is treated at session 1 only.             |
+------------------------------------------------------------------+

TARGETS
  PTV_PONS    pons, 0.9 cm       800 cGy x 3 = 2400 cGy   70% isodose
  PTV_RFRONT  R frontal, 2.1 cm  900 cGy x 3 = 2700 cGy   75% isodose
  PTV_LCBL    L cerebell., 0.7 cm 2000 cGy x 1            80% isodose
OAR: brainstem (minus PTV_PONS) D0.03cc 23.1 Gy over 3 fx; optic chiasm 3.2 Gy.
Physics: independent MU check 1.0%; end-to-end test 02/20/2026 passed.

DELIVERY - PTV_PONS
  1. 03/02/2026  800 cGy  tracking OK
  2. 03/04/2026  800 cGy  tracking OK
  3. 03/06/2026  800 cGy  tracking OK
DELIVERY - PTV_RFRONT
  1. 03/02/2026  900 cGy  tracking OK
  2. 03/04/2026  900 cGy  tracking OK
  3. 03/06/2026  900 cGy  tracking OK
DELIVERY - PTV_LCBL
  1. 03/02/2026  2000 cGy  tracking OK

COMPLETED 03/06/2026. Pons 2400 cGy/3, right frontal 2700 cGy/3, left cerebellar 2000 cGy/1.
Signed: Leontine Abernathy-Osei, MD 03/06/2026   |   Physics: Miro Castellanos-Whyte, MS 03/06/2026
{FOOT}
""")])

# ==================================================================================================
# Hard negatives (each a kind no earlier corpus lists)
# ==================================================================================================

# c35_17 -- pdf: clinical-trial randomisation notice, allocated to the no-SABR arm ------------------------------
_c = "NORTHERN OLIGOMETASTASIS TRIALS UNIT  -  TRIAL OFFICE"
add(name="c35_17", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a clinical-trial randomisation notice. The patient (three sites: left adrenal, T7, right "
          "6th rib) was randomised to Arm A, standard systemic therapy WITHOUT stereotactic radiotherapy. The "
          "protocol's Arm B doses (35 Gy / 5, 24 Gy / 2, 27 Gy / 3), the screening PET-CT and MRI and a unit "
          "description are quoted, but nothing was planned or delivered. Facts empty, categories unmet.",
    docs=[Doc("c35_17.pdf", [[
        H1("RANDOMISATION NOTIFICATION - TRIAL NOMT-07 (SABR IN OLIGOMETASTATIC DISEASE)"),
        KeyValue([("Trial participant", f"{patient(17)}  ({mrn(17)})  study ID 07-0412"),
                  ("Date randomised", "04/29/2026"),
                  ("Sites at screening", "left adrenal 2.8 cm; T7 vertebral body; right 6th rib (3 sites)"),
                  ("Screening imaging", "FDG PET-CT 04/15/2026 and MRI brain 04/16/2026 (eligibility only)"),
                  ("ALLOCATION", "ARM A - standard of care systemic therapy. NO stereotactic radiotherapy.")]),
        P("For information, Arm B (not allocated) would have delivered SABR on a gantry linac with CBCT guidance: "
          "adrenal 35 Gy in 5 fractions, vertebral sites 24 Gy in 2 fractions, rib 27 Gy in 3 fractions."),
        P("Please do not book simulation. The participant continues carboplatin / pemetrexed with the medical "
          "oncology team; trial follow-up imaging every 12 weeks."),
        sig("Trial coordinator: Gwendolen Ashworth-Nnadi, RN, 04/29/2026"),
        sig("Chief investigator: Rowan Delacroix-Mbeki, MD, 04/29/2026"),
    ]], opts=dict(header=banner(_c, 17, "02/14/1956")))])

# c35_18 -- pdf: paediatric anaesthesia pre-assessment; planned frame radiosurgery postponed (fever) --------
_c = "ST. WENDRA CHILDREN'S HOSPITAL - PRE-ANAESTHESIA CLINIC"
add(name="c35_18", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a paediatric pre-anaesthesia assessment for frame-based cobalt radiosurgery of a left "
          "thalamic AVM (12-year-old, under general anaesthesia). On the morning of the procedure the child had "
          "a fever and upper respiratory infection: 'procedure POSTPONED, frame not applied, new date to be "
          "arranged'. The diagnostic angiography and MRI are from 2025. Nothing delivered: facts empty, categories "
          "unmet. Checkbox form with the boxes for frame / imaging / treatment unticked.",
    docs=[Doc("c35_18.pdf", [[
        H1("PRE-ANAESTHESIA ASSESSMENT - RADIOSURGERY UNDER GENERAL ANAESTHESIA"),
        *form([("Planned procedure", "Stereotactic head frame, stereotactic angiography + MRI + CT, and cobalt "
                                     "radiosurgery of a left thalamic arteriovenous malformation (Spetzler-Martin III, "
                                     "bled 2025)"),
               ("Planned date", "11/12/2026, first on the list"),
               ("Age / weight", "12 years / 41 kg; ASA II; airway Mallampati 1; no previous anaesthetic problems"),
               ("Background", "Diagnostic catheter angiography 08/2025 and MRI 09/2025 (diagnosis only); "
                              "levetiracetam 250 mg bid since the haemorrhage"),
               ("Day-of-procedure assessment (11/12/2026 06:40)", "Temperature 38.6 C, rhinorrhoea, cough, "
                              "crackles left base. Upper respiratory tract infection.")]),
        RuledTable([("Step", "Done"),
                    ("General anaesthesia induced", "☐ no"),
                    ("Stereotactic frame applied", "☐ no"),
                    ("Stereotactic imaging", "☐ no"),
                    ("Radiosurgery delivered", "☐ no")]),
        P("DECISION: procedure POSTPONED. Frame not applied, no anaesthetic given. Family informed; radiosurgery "
          "team to arrange a new date in 3-4 weeks after recovery."),
        sig("Ines Carrow-Padmore, MD (Paediatric Anaesthesia) 11/12/2026 07:05"),
    ]], opts=dict(header=banner(_c, 18, "03/09/2014")))])

# c35_19 -- pdf: weekly chart-rounds (peer review) list; the patient is a new start not yet treated ---------
_c = "WESTHOLME RADIATION ONCOLOGY - WEEKLY CHART ROUNDS (PEER REVIEW)"
add(name="c35_19", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a peer-review chart-rounds list for the week (six patients, the others by initials). "
          "This patient's row is a NEW START: T11 spine SBRT 27 Gy / 3 planned, simulated 11/30/2026 (CT + MRI, "
          "vacuum cushion), contours approved at rounds, plan 'in progress', first fraction scheduled 12/09/2026. "
          "Other rows describe on-treatment and completed courses of other patients (doses, fraction numbers). "
          "Nothing delivered to this patient yet: facts empty, categories unmet.",
    docs=[Doc("c35_19.pdf", [[
        H1("CHART ROUNDS - WEEK OF 12/02/2026"),
        P("Attendance: 5 radiation oncologists, 2 physicists, dosimetry. Each new start and each on-treatment "
          "SBRT course is reviewed. Patients other than the subject of this printout are shown by initials."),
        RuledTable([("Patient", "Category", "Site / regimen", "Status", "Peer review"),
                    ("K.R. SYN-35091", "on treatment", "R lung SBRT 54 Gy / 3", "fx 2 of 3 given", "agree"),
                    ("D.M. SYN-35092", "completed", "prostate 36.25 Gy / 5", "5 of 5 given 11/27", "agree"),
                    (f"{patient(19)} {mrn(19)}", "NEW START", "T11 spine SBRT 27 Gy / 3 (planned)",
                     "simulated 11/30 (CT 1 mm + MRI T-spine fused; vacuum cushion); plan in progress; first "
                     "fraction scheduled 12/09", "contours approved; cord PRV to be 1.5 mm"),
                    ("A.B. SYN-35093", "on treatment", "brain SRS 27 Gy / 3, mask", "fx 1 of 3 given", "agree"),
                    ("P.O. SYN-35094", "new start", "L adrenal 40 Gy / 5", "plan approved", "change to 35 Gy / 5"),
                    ("T.L. SYN-35095", "completed", "whole brain 30 Gy / 10", "10 of 10", "agree")],
                   widths=[92, 64, 110, 140, 94]),
        P("Action items: physics to add cord PRV for the T11 plan before approval; re-present at next week's rounds."),
        sig("Chair: Amadeus Kowalczyk-Ennis, MD 12/02/2026"),
    ]], opts=dict(header=banner(_c, 19, "07/17/1952")))])

CORPUS = Corpus("blind_corpus35", "tests/blind_corpus35", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
