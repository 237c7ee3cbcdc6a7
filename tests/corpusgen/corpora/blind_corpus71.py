"""Seventy-first blind corpus, ``tests/blind_corpus71/`` (regenerate: ``python scripts/make_corpus.py blind_corpus71``).

HELD OUT. Twenty courses as a coding office's in-tray holds them on an ordinary week: other clinics' system
printouts and exports (plan reports, prescriptions, session records, physics checks, CSV and key-value
exports), dictated notes (numbers in words, speech-recognition slips, spoken corrections), five multi-document
bundles in which names, doses or the lesion list change between documents, three scanned pages (one faxed,
one skewed), one two-column page, two charts that contradict themselves, and four hard negatives of different
kinds. Clinics in the United States, Scotland, Wales, the Netherlands, Germany, South Africa, Singapore, New
Zealand, Brazil, Japan, Sweden, Canada and Spain; every clinic, clinician and planning or record system is
invented, and units are described generically.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code). The corpus is scored once per session with the final tool and never tuned to.
"""

# ruff: noqa: E501  (letters, dictations and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ABIGAIL", "BARTHOLOMEW", "CATRIONA", "DIEDERIK", "EBERHARD", "NOMVULA", "WEI LING", "HECTOR", "ISLA",
         "JEROME", "JOAQUIM", "KEIKO", "LUCIUS", "MARGARETA", "NORBERT", "PILAR", "QUENTIN", "RHIANNON",
         "SYLVESTER", "TALLULAH"]


def patient(n: int) -> str:
    return f"SEVENTYONEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-710{n:02d}"


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# l71_01 -- pdf: US community hospital, cobalt-60 functional radiosurgery for trigeminal neuralgia, frame -----------
add(name="l71_01", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (functional target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="US community-hospital treatment report printed from an invented planning system: functional "
          "radiosurgery for right trigeminal neuralgia, one 4 mm shot, 80 Gy maximum dose at the 100% isodose, "
          "brainstem surface dose reported; stereotactic head frame under local anesthesia, stereotactic MRI (CISS) "
          "and CT, frame coordinate check, physicist second check. Functional target: complex.",
    docs=[Doc("l71_01.pdf", [[
        H1("Radiosurgery Treatment Report"),
        P("LAKESHORE VALLEY MEDICAL CENTER - Gamma Radiosurgery Suite, Sandusky Bay, OH (synthetic)"),
        KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("DOB", "09/14/1948"), ("Date of procedure", "03/10/2026"),
                  ("Referring", "Dr. Colm Vettraino, Neurology"),
                  ("Diagnosis", "Right trigeminal neuralgia, V2/V3, type 1 (G50.0); refractory to carbamazepine and oxcarbazepine; declined microvascular decompression"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources)"),
                  ("Planning system", "CAIRNPLAN 11.2 (invented)")], bold_labels=True),
        H2("Frame and imaging"),
        P("Stereotactic head frame applied at 06:55 under local anesthesia (1% lidocaine with bicarbonate, 4 pins) by Dr. Rasmussen-Oyelaran. "
          "Stereotactic MRI 07:40: 3D CISS 0.5 mm and T1 post-contrast 1 mm. Stereotactic CT 08:05 (1 mm) for distortion check; fused."),
        H2("Target and dose"),
        RuledTable([("Target", "Location", "Collimator", "Shots", "Isodose", "Dose"),
                    ("R CN V", "cisternal segment, 7.5 mm anterior to the root entry zone", "4 mm", "1", "100%", "80 Gy maximum"),
                    ("Brainstem", "pontine surface", "-", "-", "20% line", "16 Gy touches surface; D0.01cc 14.2 Gy")]),
        P("Plugging: none. Gamma angle 110 degrees. Calculated beam-on time 58.6 min at 2.731 Gy/min."),
        H2("Delivery"),
        P("Frame coordinate verification on the couch (bench check and docking) 09:12: pass, maximum deviation 0.2 mm. "
          "Treatment 09:20-10:19, single session, completed without interruption. Frame removed 10:32; pin sites dressed. "
          "Discharged 12:15 in stable condition."),
        P("Independent second check of shot coordinates and treatment time by physics: agrees within 0.8%."),
        sig("Maren Rasmussen-Oyelaran, MD, Neurosurgery  03/10/2026 10:41"),
        sig("Theodore Achterberg, MD, Radiation Oncology  03/10/2026 10:44"),
        sig("Priya Castellanos-Wu, MS, DABR, Medical Physicist  03/10/2026 10:50"),
    ]], opts=dict(header=["LAKESHORE VALLEY MEDICAL CENTER", f"{patient(1)}   MRN {mrn(1)}   Acct 00331827"]))])

# l71_02 -- ehr_text: US academic dictation, linac SRS 3 metastases; speech-recognition slips and a spoken correction
add(name="l71_02", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis", "cranial", S, 18, 1), L("left occipital metastasis", "cranial", S, 20, 1),
             L("right cerebellar metastasis", "cranial", S, 20, 1)],
    categories=cats(),
    notes="US academic radiation-oncology procedure note dictated into speech recognition and signed: three "
          "melanoma metastases treated in one linac session with a frameless mask, doses spoken in words "
          "(eighteen, twenty, twenty gray), the right cerebellar dose corrected aloud from eighteen to twenty, "
          "a location corrected from 'left parietal' to 'left occipital'; recognition slips ('ISO dose', "
          "'Kohn beam CT', 'great' for gray). CT + MRI, single isocenter, five arcs, CBCT, patient-specific QA.",
    docs=[Doc("l71_02.txt", text=f"""
UNIVERSITY OF THE NORTHERN PLAINS HEALTH - DEPARTMENT OF RADIATION ONCOLOGY
PROCEDURE NOTE: STEREOTACTIC RADIOSURGERY
Patient: {patient(2)}     MRN: {mrn(2)}     DOB: 11/02/1966
Date of service: 04/21/2026
Attending: Renata Okonkwo-Lindgren, MD
Dictated: 04/21/2026 15:02   Transcribed (speech recognition): 04/21/2026 15:09   Signed: 04/22/2026 08:17

DIAGNOSIS: Metastatic melanoma to brain (C79.31), BRAF wild type, on nivolumab/ipilimumab.

INDICATION: Mr. Seventyonepatient is a 59 year old man with three new brain metastases on surveillance MRI of April 9th. He is
neurologically intact, KPS ninety. After discussion at tumor board we recommended radiosurgery to all three lesions rather than whole
brain radiation.

PROCEDURE: The patient was positioned supine in his custom frameless thermoplastic mask made at simulation on April 16th. Planning CT
with one millimeter slices was fused to a volumetric contrast enhanced MRI obtained the same day. Targets were contoured on the fused
MRI with a one millimeter PTV margin. A single isocenter plan with five noncoplanar VMAT arcs on the six MV flattening filter free gantry
linac was generated in our planning system, BLUESTEM-TPS (invented), and reviewed with physics. Patient specific QA was measured before
treatment and passed, gamma ninety nine point one percent at two percent two millimeter.

Doses, all in a single fraction prescribed to the eighty percent ISO dose line:
The right frontal lesion, two point one centimeters, received eighteen gray.
The left parietal, correction, left occipital lesion, zero point nine centimeters, received twenty gray.
The right cerebellar lesion, one point four centimeters, received eighteen, correction, twenty great. Twenty gray.

Before treatment a Kohn beam CT was obtained and matched to the planning CT with six degree of freedom couch correction, translations
under one millimeter and rotations under one degree. Intrafraction surface monitoring remained within tolerance. All five arcs were
delivered. Brainstem maximum point dose was nine point two gray and normal brain V12 was four point eight cc.

The patient tolerated the procedure well without complications. He was given dexamethasone four milligrams times one. MRI brain in
eight weeks with follow up in clinic.

I was present for the entire procedure, reviewed the images and approved the shifts before beam on.

Renata Okonkwo-Lindgren, MD
Electronically signed 04/22/2026 08:17
cc: Dr. Halvorsen (Medical Oncology)
{FOOT}
""")])

# l71_03 -- bundle (3 files): Scottish cobalt-60 frame SRS; consult lists 3 lesions, stereotactic MRI finds 5 ---------
_c = "FORTH VALLEY INSTITUTE OF NEUROSCIENCES - RADIOSURGERY"
add(name="l71_03", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["MRI"], ["frame"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right temporal metastasis", "cranial", S, 20, 1),
             L("left cerebellar metastasis", "cranial", S, 18, 1), L("pontine metastasis (new)", "cranial", C, 14, 1),
             L("right occipital metastasis (new)", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Scottish three-file bundle: the consultant's clinic letter listing three metastases for frame-based "
          "radiosurgery; the two-page plan report from the day (stereotactic MRI under the frame found two new "
          "lesions, one 5 mm in the pons; five targets treated); and the day-case discharge note naming all five. "
          "MRI only (no CT). The pontine lesion is within the brainstem: complex, so the claimed 61796 is wrong.",
    docs=[
        Doc("1_clinic_letter.txt", text=f"""
FORTH VALLEY INSTITUTE OF NEUROSCIENCES
Department of Clinical Oncology - Radiosurgery Service

Date dictated: 2 June 2026     Date typed: 4 June 2026

Dr Morag Drummond-Achebe
Castlebrae Medical Practice

Dear Dr Drummond-Achebe,

Re: {patient(3)}   DOB 30/01/1972   CHI-style No. {mrn(3)}

Diagnosis: Metastatic breast cancer (ER+, HER2-), three brain metastases on MRI of 21/05/2026
   - left frontal 16 mm
   - right temporal 8 mm
   - left cerebellar 12 mm

I met Mrs Seventyonepatient and her husband in the radiosurgery clinic today. She is fully active (WHO PS 0) and her extracranial
disease is stable on CDK4/6 therapy. I have recommended radiosurgery to the three lesions in a single treatment on our cobalt unit
using a stereotactic head frame, and she is keen to go ahead. I explained that the MRI taken on the day of treatment is more detailed
and may show further small deposits; if so, we would normally treat these at the same sitting.

She is booked for 16 June. She should bring her medication and a list of allergies and should have nothing to eat from midnight.

Yours sincerely

Dr Alasdair Kincaid-Mbeki
Consultant Clinical Oncologist
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("Stereotactic radiosurgery - treatment plan report"),
            KeyValue([("Patient", f"{patient(3)}   ({mrn(3)})"), ("Treatment date", "16/06/2026"),
                      ("Unit", "Multi-source cobalt-60 radiosurgery unit"),
                      ("Fixation", "Stereotactic head frame, applied 07:50 under local anaesthetic (4 pins, posts anterior low)"),
                      ("Imaging", "Stereotactic MRI 08:30 - T1 3D post-gadolinium (1 mm) and T2. CT not required."),
                      ("Planning system", "STRATHPLAN 5.0 (invented)"),
                      ("Findings", "5 targets: the 3 known lesions plus 2 NEW - pons 5 mm, right occipital 3 mm (discussed with Dr Kincaid-Mbeki, both to be treated)")]),
            RuledTable([("No.", "Target", "Size (mm)", "Vol (cc)", "Dose (Gy)", "Isodose", "Shots", "Cov."),
                        ("1", "L frontal", "16", "1.42", "20", "50%", "9", "98%"),
                        ("2", "R temporal", "8", "0.21", "20", "50%", "2", "99%"),
                        ("3", "L cerebellar", "12", "0.66", "18", "50%", "5", "98%"),
                        ("4", "Pons (new)", "5", "0.05", "14", "50%", "1", "97%"),
                        ("5", "R occipital (new)", "3", "0.02", "20", "50%", "1", "99%")]),
            P("Pontine target dose reduced to 14 Gy (brainstem); all others per protocol for size."),
        ], [
            H2("Organs at risk"),
            RuledTable([("Structure", "Dmax (Gy)", "Limit"), ("Brainstem (excluding PTV 4)", "12.1", "< 15"),
                        ("Optic chiasm", "2.4", "< 8"), ("Brain V10Gy", "6.1 cc", "-")]),
            H2("Delivery"),
            P("Frame coordinate check (docking and measured co-ordinates) before treatment: within 0.3 mm. Treatment start 11:06, finish "
              "13:22, 18 shots delivered, no interruptions. Frame removed 13:40."),
            sig("Dr Eilidh Baird-Osei, Clinical Scientist (Medical Physics) 16/06/2026"),
            sig("Dr Alasdair Kincaid-Mbeki, Consultant Clinical Oncologist 16/06/2026"),
            sig("Mr Ruaridh Sandilands, Consultant Neurosurgeon 16/06/2026"),
        ]], opts=dict(header=[_c, f"{patient(3)}   {mrn(3)}"])),
        Doc("3_day_case_discharge.txt", text=f"""
FORTH VALLEY INSTITUTE OF NEUROSCIENCES - WARD 4 DAY CASE UNIT
IMMEDIATE DISCHARGE LETTER

Patient: {patient(3)}    Hosp No: {mrn(3)}    Admitted: 16/06/2026 07:15    Discharged: 16/06/2026 15:30
Procedure: Frame-based radiosurgery (cobalt unit) - 5 brain metastases
   L frontal 20 Gy, R temporal 20 Gy, L cerebellar 18 Gy, pontine 14 Gy, R occipital 20 Gy (single treatment)

Frame on 07:50, off 13:40. Pin sites clean, no bleeding. Mild headache post frame removal - paracetamol given.
Medication on discharge: dexamethasone 4 mg once daily for 3 days then stop; lansoprazole 30 mg od for 3 days.
Follow-up: MRI head in 8 weeks; radiosurgery clinic thereafter. Community nurse not required.

Completed by: Staff Nurse K. Ferrier-Adjei, for Dr A. Kincaid-Mbeki
{FOOT}
"""),
    ])

# l71_04 -- pdf two-column page: Dutch academic single-isocentre linac SRS of 7 metastases, one 3.6 cm ------------
_c = "UNIVERSITAIR RADIOTHERAPEUTISCH CENTRUM DE HOGE VELUWE"
add(name="l71_04", kind="pdf", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 7, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV1 L frontaal", "cranial", S, 24, 1), L("PTV2 R frontaal", "cranial", S, 24, 1),
             L("PTV3 L pariëtaal", "cranial", S, 22, 1), L("PTV4 R occipitaal", "cranial", S, 22, 1),
             L("PTV5 L cerebellum", "cranial", S, 20, 1), L("PTV6 R temporaal", "cranial", S, 18, 1),
             L("PTV7 R pariëtaal (3,6 cm)", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Dutch academic treatment report (Dutch labels, English text for an international referrer) on one "
          "two-column page: indication, imaging, mask and technique on the left; per-PTV table and delivery on "
          "the right. Seven metastases in one fraction on a gantry linac (single isocentre, 5 arcs), decimal "
          "commas. PTV7 is 3,6 cm: complex by size (15 Gy); the rest simple.",
    docs=[Doc("l71_04.pdf", [[
        H1("Behandelverslag stereotactische radiotherapie / SRS treatment report"),
        H2("Patiënt"),
        P(f"{patient(4)}, patiëntnummer {mrn(4)}, geb. 03-08-1958. Non-small-cell lung cancer (adenocarcinoom, ALK-positief) on "
          "alectinib, intracranial progression with seven metastases on MRI 12-01-2026. WHO 1."),
        H2("Indicatie"),
        P("Multidisciplinair overleg neuro-oncologie 15-01-2026: SRS to all seven lesions, single fraction; total GTV volume 19,8 cc "
          "(acceptable for SRS, WBRT not preferred)."),
        H2("Beeldvorming"),
        P("Planning-CT 1 mm and MRI T1 3D post-gadolinium 1 mm, both 21-01-2026, rigid registration checked by the RT technologist and "
          "the radiation oncologist."),
        H2("Fixatie"),
        P("Three-point thermoplastic SRS mask with open face; surface-guided monitoring."),
        H2("Techniek"),
        P("6 MV FFF gantry linac, HD-MLC 2,5 mm. One isocentre, 5 non-coplanar VMAT arcs (couch 0, 45, 315, 90, 270). Planning system "
          "DELTAPLAN 7 (invented). Dose prescribed to the PTV (GTV + 1 mm) so that 99% receives the prescription; isodose 70-80%."),
        ColumnBreak(),
        H2("Doelvolumes en dosis"),
        RuledTable([("PTV", "Locatie", "Ø (cm)", "Dosis"),
                    ("1", "L frontaal", "1,8", "24,0 Gy"),
                    ("2", "R frontaal", "0,7", "24,0 Gy"),
                    ("3", "L pariëtaal", "1,2", "22,0 Gy"),
                    ("4", "R occipitaal", "1,4", "22,0 Gy"),
                    ("5", "L cerebellum", "2,2", "20,0 Gy"),
                    ("6", "R temporaal", "2,6", "18,0 Gy"),
                    ("7", "R pariëtaal", "3,6", "15,0 Gy")]),
        P("Hersenen-GTV V12Gy 14,1 cc; hersenstam Dmax 6,3 Gy; chiasma Dmax 1,9 Gy."),
        H2("Bestraling"),
        P("Gegeven 27-01-2026, 1 fractie. CBCT before the first arc and after arc 3; 6DoF table correction 0,6 mm / 0,4°. "
          "All 7 PTVs treated as planned. Dosimetric verification of the plan (portal dosimetry) approved by physics 26-01-2026."),
        sig("dr. Sanne Verhoeven-Adomako, radiotherapeut-oncoloog, 27-01-2026"),
        sig("ir. Joost Lammerts-Ndiaye, klinisch fysicus, 26-01-2026"),
    ]], opts=dict(header=[_c, f"{patient(4)}   {mrn(4)}   Afdeling Radiotherapie"], two_columns=True))])

# l71_05 -- ehr_text: German key-value export, fractionated linac SRT of 2 metastases in cGy; header says 3 lesions --
add(name="l71_05", kind="ehr_text", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV_1 rechts frontal", "cranial", S, 27, 3), L("PTV_2 links parietal", "cranial", S, 24, 3)],
    categories=cats(),
    contradiction="The export header gives 3 treated lesions (Anzahl behandelter Läsionen: 3), but the target table and the fraction record list only two targets, PTV_1 and PTV_2.",
    notes="German record-and-verify key-value export (German labels, some English, cGy): fractionated "
          "stereotactic RT of two metastases on a gantry linac in three fractions, 3 x 900 cGy to a 3,2 cm right "
          "frontal lesion and 3 x 800 cGy to a 1,1 cm left parietal lesion, mask, CT + MRI, daily CBCT and "
          "physics check. The header's lesion count (3) disagrees with the two targets treated; the 3,2 cm "
          "lesion is under 3,5 cm (simple).",
    docs=[Doc("l71_05.txt", text=f"""
KLINIKUM AM WESTHAFEN - Klinik für Strahlentherapie und Radioonkologie
Export aus KRONOS-RV 9.4 (invented) / Behandlungsübersicht          Druckdatum: 19.03.2026 14:27

Patient ............................ {patient(5)}
Patienten-ID ....................... {mrn(5)}
Geburtsdatum ....................... 22.11.1955
Diagnose ........................... Hirnmetastasen bei Nierenzellkarzinom (C79.3)
Therapieart ........................ Fraktionierte stereotaktische Radiotherapie (FSRT)
Anzahl behandelter Läsionen ........ 3
Gerät .............................. 6 MV FFF Linearbeschleuniger (Gantry), Raum 3
Lagerung / Immobilisation .......... Thermoplastische Maske (stereotaktisch, offenes Gesicht)
Planungs-CT ........................ 05.03.2026, 1 mm
MRT (Fusion) ....................... 04.03.2026, T1 3D KM, 1 mm
Planungssystem ..................... ELBE-PLAN 3.2 (invented), VMAT, 1 Isozentrum, 4 Bögen
Verordnung ......................... Dosis auf die umschließende 80%-Isodose, PTV = GTV + 2 mm

Zielvolumen  Lage                Durchm.  ED (cGy)  Fx  GD (cGy)  Status
PTV_1        rechts frontal      3,2 cm   900       3   2700      abgeschlossen
PTV_2        links parietal      1,1 cm   800       3   2400      abgeschlossen

Fraktion  Datum        Bildgebung     Korrektur (mm/°)   PTV_1 (cGy)  PTV_2 (cGy)  MTRA
1         11.03.2026   CBCT, 6D       0,8 / 0,5          900          800          JW / SK
2         13.03.2026   CBCT, 6D       0,5 / 0,3          900          800          JW / SK
3         16.03.2026   CBCT, 6D       0,6 / 0,4          900          800          LB / SK

Summe applizierte Dosis: PTV_1 2700 cGy / PTV_2 2400 cGy in 3 Fraktionen
Physikalische Planprüfung (unabhängige MU-Berechnung, Messung): bestanden, 09.03.2026, Dipl.-Phys. H. Wendtland-Asante
Ärztliche Freigabe: Dr. med. Katrin Obermaier-Nwosu, Oberärztin, 09.03.2026
Abschluss: Dr. med. Katrin Obermaier-Nwosu, 16.03.2026
{FOOT}
""")])

# l71_06 -- bundle (3 files): South African robotic-linac cavity SRT; v1 27 Gy/3 superseded by v2 30 Gy/5 ---------
_c = "CAPE FLATS ONCOLOGY CENTRE - STEREOTACTIC UNIT"
add(name="l71_06", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="South African bundle: prescription v1 (27 Gy in 3 fractions, marked superseded), prescription v2 over "
          "two pages (30 Gy in 5 fractions to the 79% isodose, reason for the change, DVH and approvals), and a "
          "plain-text fraction record in cGy (5 x 600 cGy). Post-operative 3,8 cm left parietal cavity on a "
          "robotic-arm linac with skull tracking, mask, CT + MRI. 3,8 cm: complex by size.",
    docs=[
        Doc("1_prescription_v1.pdf", [[
            H1("Radiation prescription - STEREOTACTIC (version 1)"),
            P("STATUS: SUPERSEDED 12/05/2026 - see version 2. Not for treatment."),
            KeyValue([("Patient", f"{patient(6)}   Folder no. {mrn(6)}"), ("Site", "Left parietal resection cavity (post-op, breast primary)"),
                      ("Dose", "27 Gy in 3 fractions (9 Gy per fraction)"), ("Prescribed to", "80% isodose"),
                      ("Written", "08/05/2026, Dr Thandeka Mokoena-Fairbairn")]),
        ]], opts=dict(header=[_c, f"{patient(6)}  {mrn(6)}"])),
        Doc("2_prescription_v2.pdf", [[
            H1("Radiation prescription - STEREOTACTIC (version 2)"),
            KeyValue([("Patient", f"{patient(6)}   Folder no. {mrn(6)}   DOB 17/07/1969"),
                      ("Diagnosis", "Breast cancer (triple negative), solitary left parietal metastasis, resected 14/04/2026"),
                      ("Target", "Left parietal resection cavity, 3,8 cm maximum dimension; CTV = cavity + 2 mm along the meninges; PTV = CTV + 1 mm"),
                      ("Dose", "30 Gy in 5 fractions (6 Gy per fraction), daily"),
                      ("Prescribed to", "79% isodose, PTV coverage 96,4%"),
                      ("Reason for change", "Cavity 3,8 cm adjacent to the motor strip; 5 fractions preferred over 3 (v1) to limit V24 of brain"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, 6D skull tracking"),
                      ("Immobilisation", "Thermoplastic head mask (made 06/05/2026)"),
                      ("Imaging", "Planning CT 1 mm 06/05/2026 + MRI T1 3D post-gadolinium 05/05/2026, fused"),
                      ("Plan", "PROTEA-PLAN 4 (invented), 143 non-isocentric beams, variable-aperture collimator 10-25 mm")]),
        ], [
            H2("Dose-volume and organs at risk"),
            RuledTable([("Structure", "Metric", "Value", "Objective"),
                        ("PTV", "D95%", "30,1 Gy", ">= 30 Gy"), ("PTV", "Dmax", "38,0 Gy", "< 40 Gy"),
                        ("Brain - PTV", "V24Gy", "14,8 cc", "< 20 cc"), ("Brainstem", "D0.03cc", "4,1 Gy", "< 23 Gy")]),
            P("Patient-specific QA (film in phantom) 13/05/2026: gamma pass 98,2% (2%/1 mm). Physics approval attached."),
            sig("Dr Thandeka Mokoena-Fairbairn, Radiation Oncologist 12/05/2026"),
            sig("Mr Pieter van Heerden-Dlamini, Medical Physicist 13/05/2026"),
        ]], opts=dict(header=[_c, f"{patient(6)}  {mrn(6)}"])),
        Doc("3_fraction_record.txt", text=f"""
CAPE FLATS ONCOLOGY CENTRE - ROBOTIC UNIT - TREATMENT RECORD
Patient: {patient(6)}        Folder: {mrn(6)}
Plan: LP_CAVITY_v2   Rx 3000 cGy / 5 fx (600 cGy/fx)

Fx   Date         Beams  Tracking (skull 6D) mean corr.  Dose (cGy)  Cum (cGy)  RTT
1    18/05/2026   143    0,5 mm / 0,3 deg                600         600        NS / LvW
2    19/05/2026   143    0,4 mm / 0,2 deg                600         1200       NS / LvW
3    20/05/2026   143    0,6 mm / 0,4 deg                600         1800       AB / LvW
4    21/05/2026   143    0,3 mm / 0,2 deg                600         2400       AB / NS
5    22/05/2026   143    0,5 mm / 0,3 deg                600         3000       AB / NS

Course completed 22/05/2026. Total 3000 cGy in 5 fractions to the left parietal cavity. No interruptions.
Reviewed: Dr T. Mokoena-Fairbairn
{FOOT}
"""),
    ])

# l71_07 -- scan (skewed): Singapore cobalt-60 mask FSRT of a pituitary macroadenoma residual, 25 Gy/5 fr ----------
_c = "STRAITS GENERAL HOSPITAL - NATIONAL NEURO-RADIOSURGERY UNIT"
add(name="l71_07", kind="scan", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("residual pituitary macroadenoma (left cavernous sinus)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Scanned per-fraction treatment chart (150 dpi, sheet lying crooked on the glass) from Singapore: "
          "residual non-functioning pituitary macroadenoma in the left cavernous sinus, 2 mm from the chiasm, "
          "25 Gy in 5 fractions at the 50% isodose on a mask-capable cobalt-60 unit, CBCT and infrared nose "
          "marker each day, MRI + CT. Complex (pituitary). Single-session 77371/77432 claimed for a 5-fraction "
          "course: wrong.",
    docs=[Doc("l71_07.pdf", [[
        H1("FRACTIONATED RADIOSURGERY TREATMENT CHART"),
        KeyValue([("Name", patient(7)), ("NRIC/MRN", mrn(7)), ("Sex/Age", "F / 47"),
                  ("Diagnosis", "Non-functioning pituitary macroadenoma, residual after TSS (2024), left cavernous sinus, 1,9 x 1,4 cm"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit, mask configuration, on-board CBCT"),
                  ("Immobilisation", "Thermoplastic mask + infrared nose marker (motion threshold 1,5 mm)"),
                  ("Planning imaging", "MRI T1 post-gad 1 mm + thin coronal sella, 02/02/2026; CT 1 mm 02/02/2026"),
                  ("Prescription", "25 Gy / 5 fractions (5 Gy per fraction) to the 50% isodose"),
                  ("Plan", "MERLION-GP 3 (invented), 14 shots, 4/8 mm; chiasm 2 mm from target, chiasm Dmax 19,8 Gy / 5 fr (limit 25 Gy)")]),
        RuledTable([("Fx", "Date", "CBCT (mm)", "Dose (Gy)", "Cum. (Gy)", "IR max (mm)", "RT / Phys"),
                    ("1", "09/02/2026", "0,4", "5", "5", "0,7", "SL / MK"),
                    ("2", "10/02/2026", "0,6", "5", "10", "0,9", "SL / MK"),
                    ("3", "11/02/2026", "0,3", "5", "15", "0,6", "HT / MK"),
                    ("4", "12/02/2026", "0,5", "5", "20", "1,1", "HT / MK"),
                    ("5", "13/02/2026", "0,4", "5", "25", "0,8", "SL / JC")]),
        P("Course completed 13/02/2026: 25 Gy in 5 fractions delivered to the residual adenoma. Visual fields to be repeated at 3 months. "
          "Endocrine review with Dr Chua."),
        sig("Dr Lim Boon Keat, Senior Consultant, Radiation Oncology 13/02/2026"),
        sig("Ms Melissa Koh Pei Shan, Principal Physicist 13/02/2026"),
    ]], opts=dict(header=[_c, f"{patient(7)}   {mrn(7)}"], scan=True, scan_dpi=150, scan_skew=2.2,
                  scan_noise=5.0))])


# ==================================================================================================
# Spine
# ==================================================================================================

# l71_08 -- pdf: US (Texas) spine SBRT physics plan review, T12 single fraction 1600 cGy; 77372/77432 claimed -----
_c = "GULF PRAIRIE CANCER INSTITUTE - MEDICAL PHYSICS"
add(name="l71_08", kind="pdf", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12 vertebral body metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="US physics plan-review checklist for single-fraction spine SBRT: T12 metastasis (prostate), 1600 cGy x 1 "
          "to D90 of the PTV, 9-field IMRT, full-body vacuum bag, CT sim fused with MRI (CT myelogram not done), "
          "second calculation, patient-specific QA, CBCT + 6DoF on the treatment day and the delivered fraction. "
          "The coder claimed cranial single-session codes 77372/77432 for a spinal course: wrong (77373/77435).",
    docs=[Doc("l71_08.pdf", [[
        H1("SBRT Physics Plan Review & Treatment Verification"),
        KeyValue([("Patient", f"{patient(8)}"), ("MRN", mrn(8)), ("Plan ID", "T12_SBRT_1fx"),
                  ("Physician", "Dr. Imogen Batiste-Kowalczyk"), ("Physicist", "Dr. Raúl Ferreira-Nakamura, PhD, DABR"),
                  ("Treatment unit", "6 MV FFF gantry linac (Bay 2), 6DoF couch, CBCT"),
                  ("Planning system", "MESQUITE-TPS 16.1 (invented)")]),
        RuledTable([("Item", "Result", "Initials"),
                    ("Simulation", "CT 1.25 mm 02/09/2026, supine, full-body vacuum bag with arms on chest", "RFN"),
                    ("Image registration", "MRI T-spine T1/T2 axial 2 mm (02/06/2026) fused to CT; CT myelogram not performed (cord well seen on MRI)", "RFN"),
                    ("Target", "GTV T12 vertebral body + L pedicle; CTV per consensus; PTV = CTV + 2 mm, cropped at cord PRV", "IBK"),
                    ("Prescription", "1600 cGy x 1 fraction; D90% of PTV >= 1600 cGy", "IBK"),
                    ("Plan", "9 coplanar IMRT fields, 2410 MU; PTV D90 1604 cGy, coverage 91.2%; hot spot 2011 cGy", "RFN"),
                    ("Cord PRV (1.5 mm)", "Dmax 1180 cGy (limit 1400); D0.35cc 925 cGy (limit 1000)", "RFN"),
                    ("Esophagus", "D5cc 1270 cGy (limit 1450)", "RFN"),
                    ("Second calculation", "Independent MU check 1.4% (tolerance 5%)", "RFN"),
                    ("Patient-specific QA", "Diode array 02/11/2026: gamma 98.7% at 2%/2 mm", "RFN"),
                    ("Day of treatment", "02/12/2026: CBCT x2 (pre and mid), 6DoF shifts 1.1 mm / 0.6 deg approved by MD before beam-on", "IBK"),
                    ("Delivered", "Fraction 1 of 1, 1600 cGy, 02/12/2026 10:42, all 9 fields", "therapist CD")]),
        P("Plan approved for treatment. No deviations."),
        sig("Raúl Ferreira-Nakamura, PhD, DABR, 02/11/2026 16:05"),
        sig("Imogen Batiste-Kowalczyk, MD, Radiation Oncology, 02/12/2026 11:10"),
    ]], opts=dict(header=[_c, f"{patient(8)}  |  {mrn(8)}  |  DOB 05/30/1951"]))])

# l71_09 -- ehr_text: New Zealand dictated completion letter, C6 and T4 SABR 24 Gy in two each; no plan parameters --
add(name="l71_09", kind="ehr_text", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("C6 vertebral metastasis", "spinal", None, 24, 2), L("T4 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(plan=False),
    notes="New Zealand dictated completion letter to the GP and medical oncologist (numbers in words, 'Tēnā "
          "koe'): spine SABR to C6 and T4, twenty-four gray in two fractions each, same two days, long "
          "head-neck-shoulder mask, CT + MRI, cone-beam CT each day. No isodose, arcs, beams or planning "
          "system: plan unmet.",
    docs=[Doc("l71_09.txt", text=f"""
TE MOANA REGIONAL CANCER CENTRE - RADIATION ONCOLOGY
Dictated 14/07/2026 by Dr Aroha Whitfield-Tane; typed 15/07/2026 (voice recognition, not proofread)

To: Dr Hemi Paraone, Kōwhai Street Medical Centre
cc: Dr L. Sutherland-Iqbal, Medical Oncology; the patient

RE: {patient(9)}   NHI-style No {mrn(9)}   DOB 08/10/1963

Tēnā koe Hemi,

Isla has now finished her stereotactic radiation treatment to the spine. As you know she has metastatic breast cancer with two
painful spinal deposits, at C6 and at T4, and the rest of her disease is well controlled on letrozole and ribociclib.

She was made a long thermoplastic mask covering her head, neck and shoulders at her planning visit on the seventh of July, when she
had a planning CT scan; this was fused with her recent MRI of the cervical and thoracic spine to outline the two tumours and the
spinal cord.

We gave twenty-four gray in two fractions to C6 and the same, twenty-four gray in two fractions, to T4, both levels treated on the
same days, the thirteenth and fourteenth of July. She had a cone-beam CT before each treatment to check her position. Apart from a
sore throat for a couple of days she managed very well and her neck pain is already a bit better.

She will have an MRI of the spine in three months and I will see her after that. Please keep an eye out for any new weakness or
numbness, and if that happens she should be seen urgently.

Ngā mihi,

Dr Aroha Whitfield-Tane
Radiation Oncologist
{FOOT}
""")])

# l71_10 -- bundle (3 files): US robotic-linac spine SBRT; referral asks for T10 + L2, only L2 treated ---------------
_c = "CASCADE FOOTHILLS RADIOSURGERY CENTER"
add(name="l71_10", kind="bundle", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 vertebral metastasis", "spinal", None, 24, 3)],
    categories=cats(),
    notes="US bundle: medical oncology referral asking for SBRT to 'painful T10 and L2 metastases'; the radiation "
          "oncologist's two-page consult addendum and plan summary (planning MRI shows the T10 lesion is a typical "
          "hemangioma: not treated; L2 renal-cell metastasis 24 Gy in 3 fractions to the 76% isodose on a "
          "robotic-arm linac with spine tracking, vacuum cushion); a text fraction log. One spinal lesion, so "
          "the claimed 63621 is wrong.",
    docs=[
        Doc("1_referral.txt", text=f"""
CASCADE FOOTHILLS ONCOLOGY ASSOCIATES - HEMATOLOGY/ONCOLOGY
REFERRAL / ORDER FOR CONSULTATION                         Date: 08/03/2026

Patient: {patient(10)}     MRN: {mrn(10)}     DOB: 12/19/1957
Referring: Gabriela Stoyanova-Reed, MD (Medical Oncology)
Referred to: Radiation Oncology - Radiosurgery (Dr. Okafor-Haldane)

Reason: Clear cell RCC, metastatic, on cabozantinib. Back pain. CT A/P 07/28/2026 shows lytic lesions at T10 and L2. Please evaluate
for SBRT to both T10 and L2 (painful metastases). Radioresistant histology. No cord compression on exam.
Insurance: commercial PPO, pre-auth to be obtained by your office.

Gabriela Stoyanova-Reed, MD (signed 08/03/2026)
{FOOT}
"""),
        Doc("2_consult_addendum_and_plan.pdf", [[
            H1("Radiation Oncology - Consult Addendum and SBRT Plan Summary"),
            KeyValue([("Patient", f"{patient(10)}   MRN {mrn(10)}"), ("Date", "08/14/2026"),
                      ("Physician", "Chidi Okafor-Haldane, MD")]),
            P("Seen 08/06/2026 for the referral above. Dedicated MRI of the thoracolumbar spine (08/10/2026, T1, T2, STIR, post-contrast) "
              "was obtained for planning. The T10 lesion has classic features of a vertebral hemangioma (T1 and T2 hyperintense, corduroy "
              "trabeculae on CT) and is NOT a metastasis; it will not be treated. L2 shows an enhancing lytic metastasis of the body and "
              "right pedicle with no epidural extension (Bilsky 1a). SINS 7."),
            P("Plan: SBRT to L2 only, 24 Gy in 3 fractions. Patient agrees."),
            H2("Simulation and planning"),
            P("CT simulation 08/11/2026, 1.25 mm, supine in a full-length vacuum cushion, fused to the 08/10/2026 MRI. Fiducial-free spine "
              "tracking. Plan in SEQUOIA-PLAN 3.4 (invented): 168 non-isocentric beams, multileaf collimator, prescription 24 Gy / 3 fractions "
              "to the 76% isodose line, PTV coverage 93.6%; cauda equina Dmax 19.1 Gy, D5cc 14.8 Gy; kidneys V12 < 1%."),
        ], [
            H2("Physics"),
            P("Second MU calculation within 2.1%; delivery QA in phantom with film 08/17/2026, gamma 97.9% (3%/1 mm)."),
            H2("Treatment unit"),
            P("Robotic-arm mounted 6 MV linac with stereoscopic kV imaging, tracking every 30-60 s."),
            sig("Chidi Okafor-Haldane, MD 08/14/2026"),
            sig("Wendell Ahmadi-Prosser, MS, DABR 08/17/2026"),
        ]], opts=dict(header=[_c, f"{patient(10)}   {mrn(10)}"])),
        Doc("3_fraction_log.txt", text=f"""
CASCADE FOOTHILLS RADIOSURGERY CENTER - TREATMENT DELIVERY LOG (export)
{patient(10)} | {mrn(10)} | Plan L2_SBRT_24Gy3fx | Rx 800 cGy x 3

Fx | Date       | Beams | Tracking        | Mean corr (mm/deg) | Dose cGy | Cum cGy | Therapists
1  | 08/19/2026 | 168   | spine, 6D       | 0.6 / 0.4          | 800      | 800     | MV / TR
2  | 08/21/2026 | 168   | spine, 6D       | 0.5 / 0.3          | 800      | 1600    | MV / TR
3  | 08/24/2026 | 168   | spine, 6D       | 0.7 / 0.5          | 800      | 2400    | TR / KD

Course complete: L2 2400 cGy / 3 fx. Pain 3/10 at completion (was 7/10). MD review each fraction: C. Okafor-Haldane
{FOOT}
"""),
    ])

# l71_11 -- scan: Brazilian spine SBRT record (English translation), S1 30 Gy/5 planned, stopped after 4 (2400 cGy) ---
_c = "HOSPITAL SÃO LUCAS DO LITORAL - SERVIÇO DE RADIOTERAPIA"
add(name="l71_11", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 4, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("S1 sacral metastasis", "spinal", None, 24, 4)],
    categories=cats(),
    notes="Scanned (150 dpi) Brazilian treatment record with an English translation of the labels: S1 sacral "
          "metastasis of lung adenocarcinoma, planned 3000 cGy in 5 fractions (600 cGy per fraction); fraction 5 "
          "cancelled after admission for febrile neutropenia, so 2400 cGy in 4 fractions delivered. Vacuum "
          "cushion, CT + MRI, CBCT daily. An interrupted course, not a contradiction.",
    docs=[Doc("l71_11.pdf", [[
        H1("FICHA DE TRATAMENTO - SBRT / TREATMENT RECORD - SBRT"),
        KeyValue([("Paciente / Patient", patient(11)), ("Prontuário / Record", mrn(11)),
                  ("Diagnóstico / Diagnosis", "Adenocarcinoma de pulmão, metástase em S1 / lung adenocarcinoma, S1 metastasis"),
                  ("Acelerador / Unit", "Linac 6 MV FFF (gantry), sala 2"),
                  ("Imobilização / Immobilisation", "Colchão a vácuo / vacuum cushion, supine, knee support"),
                  ("Imagens / Imaging", "TC de planejamento 1 mm (03/03/2026) + RM sacral T1/T2 (27/02/2026), fusão"),
                  ("Prescrição / Prescription", "3000 cGy em 5 frações (600 cGy/fração), 2 arcos VMAT, isodose 85%, sistema GUARANÁ-TPS 2 (invented)"),
                  ("Cauda / cauda equina", "Dmax planned 2480 cGy / 5 fx")]),
        RuledTable([("Fração", "Data", "CBCT", "Dose (cGy)", "Acumulada (cGy)", "Téc."),
                    ("1", "09/03/2026", "sim / yes", "600", "600", "RS"),
                    ("2", "10/03/2026", "sim / yes", "600", "1200", "RS"),
                    ("3", "11/03/2026", "sim / yes", "600", "1800", "AP"),
                    ("4", "12/03/2026", "sim / yes", "600", "2400", "AP"),
                    ("5", "13/03/2026", "-", "NÃO REALIZADA / NOT GIVEN", "-", "-")]),
        P("13/03/2026: paciente internada (neutropenia febril). Tratamento encerrado com 4 de 5 frações - 2400 cGy. Não será completado. / "
          "Patient admitted (febrile neutropenia). Course closed after 4 of 5 fractions, 2400 cGy delivered; will not be completed."),
        sig("Dra. Beatriz Albuquerque-Tanaka, Radio-oncologista, CRM-SP 000000 (synthetic) 16/03/2026"),
        sig("Físico: Me. Otávio Bernardes-Sato 16/03/2026"),
    ]], opts=dict(header=[_c, f"{patient(11)}   {mrn(11)}"], scan=True, scan_dpi=150, scan_noise=4.0))])


# ==================================================================================================
# Body SBRT
# ==================================================================================================

# l71_12 -- ehr_text: Japanese R&V CSV export, two lung lesions 48 Gy/4 fr each; no immobilisation recorded --------
add(name="l71_12", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 4, ["CT"], []),
    lesions=[L("right upper lobe nodule (PTV_RUL)", "body", None, 48, 4),
             L("left lower lobe nodule (PTV_LLL)", "body", None, 48, 4)],
    categories=cats(positioning=False),
    notes="Japanese record-and-verify CSV export (English column names, cGy, dates YYYY/MM/DD): two primary lung "
          "nodules, RUL and LLL, each 48 Gy in 4 fractions prescribed at the isocenter (Japanese convention), "
          "treated on the same four days, 4DCT planning, non-coplanar static beams, CBCT each fraction. No "
          "immobilisation device is recorded: positioning unmet.",
    docs=[Doc("l71_12.txt", text=f"""
# KITAKAZE MEDICAL UNIVERSITY HOSPITAL, Department of Radiation Oncology
# Export: HIKARI-RV 6.0 (invented) treatment history, CSV, exported 2026/06/12 09:31 JST
# PatientID={mrn(12)}; PatientName={patient(12)}; Sex=F; BirthDate=1941/04/02
# Diagnosis=Synchronous primary lung cancers: RUL adenocarcinoma cT1b, LLL adenocarcinoma cT1a (multiple primary); operable=no (IP, %DLCO 41)
# PlanningCT=4DCT 2.0 mm, 2026/05/20, ITV from 10 phases
# TPS=SAKURA-TPS 5.2 (invented); Technique=7 non-coplanar static beams per target, 6 MV FFF gantry linac
# Prescription=PTV_RUL 48 Gy/4 fr at isocenter (D95 >= 40 Gy); PTV_LLL 48 Gy/4 fr at isocenter (D95 >= 40 Gy)
# Physics=independent MU check pass (RUL -1.1%, LLL +0.8%), 2026/05/28
Date,Fraction,Plan,Target,Dose_cGy,Cumulative_cGy,IGRT,Shift_Vrt_mm,Shift_Lng_mm,Shift_Lat_mm,Status,Operator
2026/06/01,1/4,RUL_48Gy4,PTV_RUL,1200,1200,CBCT,1.2,-0.8,0.4,Treated,TY/MS
2026/06/01,1/4,LLL_48Gy4,PTV_LLL,1200,1200,CBCT,0.6,1.4,-0.2,Treated,TY/MS
2026/06/03,2/4,RUL_48Gy4,PTV_RUL,1200,2400,CBCT,0.9,-1.1,0.3,Treated,TY/KN
2026/06/03,2/4,LLL_48Gy4,PTV_LLL,1200,2400,CBCT,0.4,1.0,0.1,Treated,TY/KN
2026/06/05,3/4,RUL_48Gy4,PTV_RUL,1200,3600,CBCT,1.0,-0.6,0.5,Treated,MS/KN
2026/06/05,3/4,LLL_48Gy4,PTV_LLL,1200,3600,CBCT,0.7,0.9,-0.3,Treated,MS/KN
2026/06/08,4/4,RUL_48Gy4,PTV_RUL,1200,4800,CBCT,1.1,-0.9,0.2,Treated,TY/MS
2026/06/08,4/4,LLL_48Gy4,PTV_LLL,1200,4800,CBCT,0.5,1.2,0.0,Treated,TY/MS
# Summary: PTV_RUL 4800 cGy/4 fr completed; PTV_LLL 4800 cGy/4 fr completed; course status COMPLETED 2026/06/08
# Approved: Dr. Haruto Inagaki-Mensah (radiation oncologist) 2026/06/08; Medical physicist: Ms. Aiko Brandt-Shimizu
# {FOOT}
""")])

# l71_13 -- ehr_text: US (Georgia) dictated prostate SBRT on a robotic linac, numbers in words, recognition slips ---
add(name="l71_13", kind="ehr_text", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="US (Georgia) dictated end-of-treatment summary, speech recognition: favorable intermediate-risk prostate "
          "cancer, thirty-six point two five gray in five fractions of seven point two five, four gold fiducials "
          "('fiduciary markers' slip) and a hydrogel rectal spacer, MRI + CT, fiducial tracking on a robotic-arm "
          "linac, 'fraction for' slip for 'fraction four'. Alternate-day schedule.",
    docs=[Doc("l71_13.txt", text=f"""
PIEDMONT RIDGE CANCER CARE - RADIATION ONCOLOGY
END OF TREATMENT SUMMARY
Patient: {patient(13)}          MRN: {mrn(13)}          DOB: 06/23/1952
Physician: Beauregard Nwachukwu-Ellis, MD
Dictated 10/16/2026, transcribed by speech recognition 10/16/2026, signed 10/19/2026

DIAGNOSIS: Adenocarcinoma of the prostate, Gleason three plus four equals seven, grade group two, PSA six point eight, clinical stage
T1c, favorable intermediate risk. No androgen deprivation.

TREATMENT: Stereotactic body radiation therapy to the prostate, thirty-six point two five gray in five fractions of seven point two
five gray, delivered every other day from October sixth through October fourteenth, twenty twenty-six, on our robotic arm mounted
linear accelerator.

PREPARATION: On September fifteenth Dr. Abernathy-Osei placed four gold fiduciary markers in the prostate under transrectal ultrasound
guidance together with a hydrogel rectal spacer. Planning CT with one point five millimeter slices and a prostate MRI were obtained
on September twenty-second and fused on the fiducials. The prostate was contoured as the CTV with a PTV expansion of five millimeters,
three millimeters posteriorly. The plan was generated in MAGNOLIA-PLAN (invented), one hundred fifty-eight beams, prescribed to the
eighty-three percent isodose line with ninety-five point six percent PTV coverage. Rectum V thirty-six gray was zero point two cc.
Physics performed an independent check and delivery quality assurance before the first fraction.

DELIVERY: All five fractions were delivered as planned with fiducial tracking during each treatment, corrections approved by the
therapists within tolerance and reviewed by me. Fraction for was delayed by one hour for bladder filling but was completed. He
received the full thirty-six point two five gray.

TOLERANCE: Grade one urinary frequency and nocturia, managed with tamsulosin. No bowel toxicity.

FOLLOW UP: PSA in three months with me, and with Dr. Abernathy-Osei in urology at six months.

Beauregard Nwachukwu-Ellis, MD
Electronically signed 10/19/2026 07:58
{FOOT}
""")])

# l71_14 -- bundle (4 files): Swedish liver SBRT; the patient's first name is spelled three ways -------------------
_c = "NORRSUNDA UNIVERSITETSSJUKHUS - STRÅLBEHANDLING"
add(name="l71_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VIII metastasis", "body", None, 45, 3)],
    categories=cats(),
    notes="Swedish four-file bundle with Swedish headings: surgeon's referral (name 'Margareta'), prescription "
          "in cGy ('Margaretha', 4500 cGy in 3 fractions to the 67% isodose, 4DCT + MRI, vacuum cushion with "
          "abdominal compression), physics plan check, and a text delivery log ('M. Seventyonepatient'). One "
          "colorectal liver metastasis in segment VIII, 45 Gy in 3 fractions, CBCT each fraction.",
    docs=[
        Doc("1_remiss.txt", text=f"""
NORRSUNDA UNIVERSITETSSJUKHUS - Kirurgkliniken, Övre GI / Upper GI surgery
REMISS / REFERRAL to Strålbehandling (Radiotherapy)                    2026-08-24

Patient: {patient(14)}     Personnummer-style ID: {mrn(14)}     Född/DOB: 1950-02-11

Frågeställning / Question: SBRT of a single colorectal liver metastasis, segment VIII, 2,4 cm, high under the diaphragm beside the
right hepatic vein. Not suitable for resection or ablation (cardiac comorbidity, location). Discussed at the MDK (MDT) 2026-08-20:
SBRT recommended. Primary: sigmoid cancer, resected 2025. No other metastases on CT thorax-abdomen 2026-08-12.

Remitterande / Referring: Dr Gustav Lindqvist-Amadi, överläkare, kirurgi
{FOOT}
"""),
        Doc("2_ordination.pdf", [[
            H1("Ordination - stereotaktisk strålbehandling (SBRT) / Prescription"),
            KeyValue([("Patient", "SEVENTYONEPATIENT, MARGARETHA"), ("ID", mrn(14)),
                      ("Target", "Levermetastas segment VIII / liver metastasis, segment VIII (GTV 7,9 cm3; ITV 12,4 cm3; PTV 26,0 cm3)"),
                      ("Dose", "4500 cGy in 3 fraktioner (1500 cGy/fr), varannan dag / every other day"),
                      ("Normering / Prescribed to", "67% isodose enclosing the PTV; D98% PTV >= 4300 cGy"),
                      ("Fixation", "Vakuumkudde + bukkompression / vacuum cushion with abdominal compression plate"),
                      ("Bilder / Imaging", "4D-CT 2 mm 2026-09-01 (contrast) + MR lever (hepatobiliary phase) 2026-08-31, fused"),
                      ("Technique", "VMAT 2 partial arcs, 10 MV FFF gantry linac, planning system LINNEA-TPS 4 (invented)"),
                      ("OAR", "Liver - GTV: 700 cm3 < 1500 cGy; oesophagus Dmax 1620 cGy; heart Dmax 1840 cGy; stomach D0.5cm3 1210 cGy"),
                      ("Ordinerande läkare", "Dr Sofia Eriksdotter-Boateng, överläkare, 2026-09-04")]),
        ]], opts=dict(header=[_c, "SEVENTYONEPATIENT, MARGARETHA   " + mrn(14)])),
        Doc("3_fysikkontroll.pdf", [[
            H1("Fysikalisk plankontroll / Physics plan check"),
            KeyValue([("Patient", f"{patient(14)}  ({mrn(14)})"), ("Plan", "LEVER_S8_45Gy3fr, version 1 (approved)")]),
            RuledTable([("Check", "Result"), ("Independent dose calculation (isocentre)", "+1,2% (tolerance 3%)"),
                        ("Measurement in phantom (2D array)", "gamma 99,0% (2%/2 mm)"),
                        ("Prescription vs plan", "4500 cGy / 3 fr - agrees"),
                        ("Motion management", "Abdominal compression: 4D-CT amplitude 6 mm with plate (14 mm without)")]),
            sig("Sjukhusfysiker / medical physicist Johan Ahlström-Okeke, 2026-09-07"),
        ]], opts=dict(header=[_c, f"{patient(14)}   {mrn(14)}"])),
        Doc("4_behandlingslogg.txt", text=f"""
NORRSUNDA UNIVERSITETSSJUKHUS - Strålbehandling, Linac 5 - BEHANDLINGSLOGG / DELIVERY LOG
Patient: M. SEVENTYONEPATIENT   ID {mrn(14)}   Plan LEVER_S8_45Gy3fr

Fr  Datum        Bildkontroll / IGRT              Dos (cGy)   Ack. dos (cGy)   Sign
1   2026-09-09   CBCT, match lever + diafragma    1500        1500             EL/KP
2   2026-09-11   CBCT, match lever + diafragma    1500        3000             EL/KP
3   2026-09-14   CBCT, match lever + diafragma    1500        4500             KP/AN

Behandlingen avslutad 2026-09-14 / Course completed: 4500 cGy i 3 fraktioner, levermetastas segment VIII.
Kontrollerad av / checked by: Dr S. Eriksdotter-Boateng
{FOOT}
"""),
    ])

# l71_15 -- pdf: Canadian (Alberta) MR-linac kidney SABR 42 Gy/3; the summary line says 36 Gy (contradiction) ------
_c = "CHINOOK PRAIRIES CANCER CENTRE - MR-GUIDED RADIOTHERAPY"
add(name="l71_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("left kidney primary renal cell carcinoma", "body", None, 42, 3)],
    categories=cats(),
    contradiction="The completion summary line gives a total of 36 Gy, while the prescription and the three fraction rows (14 Gy each) give 42 Gy in 3 fractions.",
    notes="Canadian MR-linac session printout: inoperable left renal cell carcinoma primary, 42 Gy in 3 "
          "fractions (14 Gy per fraction), daily adaptive plans, gated on cine MRI, CT + MRI simulation, vacuum "
          "cushion. The completion line at the end says 'Total 36 Gy' (an older template); prescription and "
          "the three fraction rows give 42 Gy.",
    docs=[Doc("l71_15.pdf", [[
        H1("MR-Linac SABR - Session Summary"),
        KeyValue([("Patient", patient(15)), ("ULI/MRN", mrn(15)), ("DOB", "1944-12-01"),
                  ("Diagnosis", "Left renal cell carcinoma (clear cell on biopsy), 4.1 cm, lower pole; not a surgical candidate (cardiac)"),
                  ("Unit", "1.5 T MR-linac (7 MV FFF, gantry)"), ("Simulation", "CT 2 mm + MRI 3D T2 and bSSFP, 2026-04-07"),
                  ("Immobilisation", "Vacuum cushion, arms over chest"),
                  ("Prescription", "42 Gy in 3 fractions (14 Gy/fx), weekly; 95% of PTV to receive 42 Gy; GTV D50 >= 48 Gy"),
                  ("Planning", "BOWRIVER-ADAPT 2 (invented), step-and-shoot IMRT, 11 beams; adapt-to-shape each session"),
                  ("Motion", "Exhale-gated on sagittal cine MRI, 3 mm boundary, 5% pixel tolerance")]),
        RuledTable([("Fx", "Date", "Workflow", "PTV V42 (%)", "Bowel D0.5cc (Gy)", "Beam-on (min)", "Delivered (Gy)"),
                    ("1", "2026-04-14", "adapt to shape", "95.3", "17.8", "21", "14"),
                    ("2", "2026-04-21", "adapt to shape", "95.1", "18.6", "23", "14"),
                    ("3", "2026-04-28", "adapt to position", "95.6", "17.2", "19", "14")]),
        P("Each adapted plan: recontoured by the RO on the session MRI, independent MU check by physics (within 3%) before delivery."),
        P("COMPLETION: SABR left kidney completed 2026-04-28. Total 36 Gy. Tolerated well; eGFR 48 (baseline 52). Follow-up CT/renal scan at 3 months."),
        sig("Dr Wren Blackwater-Singh, Radiation Oncologist 2026-04-28"),
        sig("Dr Emeka Halloran, Medical Physicist 2026-04-28"),
    ]], opts=dict(header=[_c, f"{patient(15)}   {mrn(15)}"]))])

# l71_16 -- bundle (3 files): Spanish oligometastatic SBRT; the tumour board lists 3 targets, the rib is dropped ------
_c = "HOSPITAL UNIVERSITARI DEL BAIX LLOBREGAT - ONCOLOGIA RADIOTERÀPICA"
add(name="l71_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5), L("right lower lobe metastasis", "body", None, 50, 5)],
    categories=cats(),
    notes="Spanish bundle (Spanish/Catalan headings, English text): tumour-board note proposing SBRT to three "
          "sites (left adrenal, RLL nodule, right 7th rib); a two-page plan and treatment record where the "
          "planning PET-CT shows the rib lesion with complete metabolic response, so it is not treated; adrenal "
          "40 Gy/5 fx and RLL 50 Gy/5 fx on the same five days, 4DCT + planning PET-CT fused, vacuum cushion, "
          "CBCT each fraction; and a discharge report naming the two treated sites.",
    docs=[
        Doc("1_comite_tumores.txt", text=f"""
HOSPITAL UNIVERSITARI DEL BAIX LLOBREGAT
COMITÉ DE TUMORES TORÁCICOS / THORACIC TUMOUR BOARD - ACTA                 Fecha: 03/02/2026

Paciente: {patient(16)}     NHC: {mrn(16)}     F. nac.: 14/09/1960
Diagnóstico: Adenocarcinoma de pulmón LSI (left upper lobe) resected 2024; now oligoprogression on osimertinib.
PET-TC 26/01/2026: left adrenal 2,9 cm (SUV 9,2); RLL nodule 1,6 cm (SUV 6,0); right 7th rib lesion (SUV 4,1).

Acuerdo / Decision: SBRT to the 3 oligoprogressive sites (adrenal, RLL, rib 7R); continue osimertinib.
Responsable: Dra. Núria Puigdomènech-Osei (Oncología Radioterápica)
{FOOT}
"""),
        Doc("2_plan_y_registro.pdf", [[
            H1("SBRT - planificación y registro de tratamiento / plan and treatment record"),
            KeyValue([("Paciente", f"{patient(16)}   NHC {mrn(16)}"),
                      ("Simulación", "4D-CT 2 mm 12/02/2026, colchón de vacío / vacuum cushion, arms up"),
                      ("PET-TC de planificación", "12/02/2026 in treatment position, fused for GTV delineation"),
                      ("Hallazgo / finding", "Rib 7R: complete metabolic response on the planning PET-CT (SUV 1,8, background) - NOT a target. "
                       "Only adrenal and RLL planned (agreed with the tumour board chair 13/02/2026)."),
                      ("Técnica", "VMAT, 6 MV FFF gantry linac, one plan per target, planning system MEDITERRÀNIA-TPS 3 (invented)")]),
            RuledTable([("PTV", "Dosis / fx", "Normalización", "D98% (Gy)", "Dmax (Gy)", "OAR clave / key OAR"),
                        ("PTV_SUPRARRENAL_I", "40 Gy / 5 fx", "D95% = Rx (isodosis ~80%)", "38,9", "49,6", "estómago D0.5cc 29,7 Gy"),
                        ("PTV_LID (RLL)", "50 Gy / 5 fx", "D95% = Rx (isodosis ~78%)", "48,6", "63,8", "pared torácica D30cc 28,2 Gy")]),
        ], [
            H2("Registro / delivery record"),
            RuledTable([("Fx", "Fecha", "Suprarrenal (Gy)", "RLL (Gy)", "CBCT", "TER"),
                        ("1", "23/02/2026", "8", "10", "both targets, approved", "MG/JR"),
                        ("2", "25/02/2026", "8", "10", "both targets, approved", "MG/JR"),
                        ("3", "27/02/2026", "8", "10", "both targets, approved", "LC/JR"),
                        ("4", "02/03/2026", "8", "10", "both targets, approved", "LC/JR"),
                        ("5", "04/03/2026", "8", "10", "both targets, approved", "MG/LC"),
                        ("Total", "", "40", "50", "", "")]),
            P("Control de calidad / QA: independent MU calculation and phantom measurement for both plans, passed 19/02/2026 (physicist)."),
            sig("Dra. Núria Puigdomènech-Osei, Oncología Radioterápica 04/03/2026"),
            sig("Sr. Jordi Vilaseca-Amankwah, Radiofísico 19/02/2026"),
        ]], opts=dict(header=[_c, f"{patient(16)}   NHC {mrn(16)}"])),
        Doc("3_informe_alta.txt", text=f"""
HOSPITAL UNIVERSITARI DEL BAIX LLOBREGAT - Oncología Radioterápica
INFORME DE ALTA DE TRATAMIENTO / END-OF-TREATMENT REPORT                 04/03/2026

{patient(16)}   NHC {mrn(16)}

Tratamiento realizado / Treatment given: SBRT, 23/02/2026 - 04/03/2026
   - Left adrenal metastasis: 40 Gy in 5 fractions
   - Right lower lobe metastasis: 50 Gy in 5 fractions
The right 7th rib was not irradiated (complete metabolic response on planning PET-CT).

Tolerance: grade 1 nausea (fractions 2-3), resolved. Continue osimertinib. PET-TC in 3 months.
Dra. Núria Puigdomènech-Osei
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# l71_17 -- pdf letter: US prior-authorization request for lung SBRT; nothing simulated or delivered ----------------
add(name="l71_17", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a US prior-authorization request letter to a health plan for lung SBRT (planned 54 Gy in "
          "3 fractions, CPT codes listed with units, PET-CT from staging, simulation 'to be scheduled upon "
          "approval'). Nothing simulated, planned or delivered in this document set.",
    docs=[Doc("l71_17.pdf", [[
        P("MAGNOLIA BEND RADIATION ONCOLOGY, 4410 Riverside Parkway, Suite 200 (synthetic)"),
        P("Phone (555) 010-4410   Fax (555) 010-4411"),
        P("May 4, 2026"),
        P("Utilization Management Department, Keystone Meridian Health Plan (invented)"),
        P(f"RE: Request for prior authorization - Stereotactic body radiation therapy (SBRT)\nMember: {patient(17)}   DOB 02/17/1946   "
          f"Member ID KMH-0000000 (synthetic)   Practice MRN {mrn(17)}"),
        P("To whom it may concern:"),
        P("I am requesting authorization for SBRT for Mr. Seventyonepatient, an 80-year-old man with a 2.3 cm biopsy-proven squamous cell "
          "carcinoma of the right lower lobe, cT1c N0 M0 on FDG PET-CT of 04/22/2026. He is medically inoperable (FEV1 42% predicted, "
          "DLCO 38%, home oxygen) per thoracic surgery (Dr. Yoon-Gallagher, 04/28/2026). SBRT is the standard of care for inoperable "
          "early-stage NSCLC and is consistent with NCCN guidance."),
        P("Proposed treatment: 54 Gy in 3 fractions to a peripheral right lower lobe tumor, 4D CT simulation with a vacuum immobilization "
          "device, cone-beam CT guidance at each fraction. Simulation will be scheduled upon approval; no treatment has been started."),
        RuledTable([("CPT / HCPCS", "Description (summary)", "Units requested"),
                    ("77263", "Treatment planning, complex", "1"), ("77290", "Simulation, complex", "1"),
                    ("77295", "3-D simulation-aided planning", "1"), ("77373", "SBRT delivery, per fraction", "3"),
                    ("77435", "SBRT treatment management", "1")]),
        P("Please contact our office with any questions. Clinical notes and the PET-CT report are enclosed."),
        P("Sincerely,"),
        sig("Celestine Boudreaux-Amoah, MD, Radiation Oncology 05/04/2026"),
    ]], opts=dict(footer=[FOOT, "Confidential - contains protected health information (synthetic)"]))])

# l71_18 -- ehr_text: Welsh dictated follow-up letter two years after cobalt-60 SRS; no new treatment ------------------
add(name="l71_18", kind="ehr_text", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: Welsh dictated follow-up letter (numbers in words) two years after frame-based cobalt-60 "
          "radiosurgery in 2024 (a 2.2 cm meningioma, twelve gray at the fifty percent isodose): stable MRI, "
          "annual surveillance. No treatment in this record.",
    docs=[Doc("l71_18.txt", text=f"""
YSBYTY ATHROFAOL TAF A THAWE / TAFF AND TAWE UNIVERSITY HOSPITAL (synthetic)
Neuro-oncology Follow-up Clinic
Dictated: 9 September 2026    Typed: 11 September 2026    (digital dictation)

Dr Gethin Pryce-Adebayo
Heol y Bont Surgery

Dear Dr Pryce-Adebayo,

{patient(18)}   DOB 25/05/1959   Hosp No {mrn(18)}

Diagnosis: Right parasagittal meningioma (imaging diagnosis), treated with radiosurgery in August 2024.

I saw Mrs Seventyonepatient in clinic today for her two-year review. As you will remember she had single-session radiosurgery on the
cobalt unit in Cardiff Road on the twentieth of August twenty twenty-four, under a stereotactic frame, twelve gray to the fifty
percent isodose to a two point two centimetre right parasagittal meningioma.

Her MRI of the second of September shows the meningioma slightly smaller at one point nine centimetres, with no oedema. She has had no
seizures and is back to walking the coast path. There is nothing further to treat and no radiotherapy is planned.

I have arranged a further MRI in twelve months and will see her with the result. She knows to get in touch sooner if she has any new
headaches, weakness or seizures.

Yours sincerely,

Dr Cerys Llewellyn-Oduya
Consultant Clinical Oncologist
cc: Mrs Seventyonepatient
{FOOT}
""")])

# l71_19 -- pdf form: US charge-capture / cancellation form, spine SBRT cancelled before simulation ------------------
add(name="l71_19", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: US treatment cancellation and charge-void form. Spine SBRT to L4 was ordered (27 Gy in 3 "
          "fractions) but simulation was cancelled when the patient chose hospice; no CT acquired, no plan, no "
          "fraction; the pre-entered charges are voided.",
    docs=[Doc("l71_19.pdf", [[
        H1("Course Cancellation / Charge Void Request"),
        KeyValue([("Facility", "ST. ISIDORE REGIONAL HOSPITAL - RADIATION ONCOLOGY (synthetic)"),
                  ("Patient", patient(19)), ("MRN", mrn(19)), ("DOB", "07/07/1949"),
                  ("Ordering physician", "Dr. Lorna Kwarteng-Whitaker"),
                  ("Course ordered", "SBRT L4, 27 Gy in 3 fractions (order dated 09/28/2026)"),
                  ("Simulation", "Scheduled 10/02/2026 - CANCELLED (no CT acquired)"),
                  ("Planning", "Not started"), ("Fractions delivered", "0"),
                  ("Reason", "Patient elected hospice care after family meeting 09/30/2026; comfort-focused care, oral analgesia")]),
        H2("Charges pre-entered in error - void"),
        TextTable([("Code", "Desc", "Units", "Action"), ("77373", "SBRT delivery", "3", "VOID"),
                   ("77435", "SBRT management", "1", "VOID"), ("63620", "Spinal SRS, first lesion", "1", "VOID")],
                  columns=(0, 70, 260, 330)),
        P("Comments: no radiation delivered. Notify scheduling to release machine slots 10/07-10/11. Referral to hospice liaison sent."),
        sig("Lorna Kwarteng-Whitaker, MD 10/01/2026"),
        sig("Charge reviewed: D. Fairweather, CPC, Coding 10/02/2026"),
    ]], opts=dict(header=["ST. ISIDORE REGIONAL HOSPITAL", f"{patient(19)}   {mrn(19)}"]))])

# l71_20 -- scan (fax): outside MRI brain report recommending radiosurgery consultation ------------------------------
add(name="l71_20", kind="scan", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a faxed outside imaging-centre MRI brain report (100 dpi, speckled, fax banner) describing "
          "four enhancing metastases and recommending radiosurgery consultation. A diagnostic report only: no "
          "course in this document set.",
    docs=[Doc("l71_20.pdf", [[
        P("FROM: BRIARWOOD OPEN MRI & IMAGING   FAX (555) 013-2290   11/03/2026 16:52   P.001/001"),
        H1("MRI BRAIN WITH AND WITHOUT CONTRAST"),
        KeyValue([("Patient", patient(20)), ("DOB", "04/11/1967"), ("Ref. MRN", mrn(20)), ("Exam date", "11/03/2026"),
                  ("Ordering", "Dr. Anselm Whitcombe-Rao (Medical Oncology)"),
                  ("Clinical history", "Breast cancer, HER2+, headaches. Evaluate for metastases.")]),
        P("TECHNIQUE: Multiplanar multisequence MRI of the brain before and after 0.1 mmol/kg gadolinium, including 3D T1 post-contrast "
          "1 mm. Comparison: none."),
        P("FINDINGS: Four enhancing lesions: left frontal 1.3 cm with mild vasogenic edema; right parietal 0.8 cm; right cerebellar "
          "1.1 cm; left occipital 0.4 cm. No hemorrhage, hydrocephalus or midline shift. Normal flow voids."),
        P("IMPRESSION: Four intracranial metastases. Recommend neurosurgical / radiation oncology consultation for consideration of "
          "stereotactic radiosurgery."),
        P("Dictated and electronically signed by Harlan Mbeki-Sorensen, MD, Radiology 11/03/2026 16:31"),
        P("CONFIDENTIALITY NOTICE: This facsimile contains privileged information intended only for the named recipient."),
    ]], opts=dict(header=["BRIARWOOD OPEN MRI & IMAGING (synthetic)", "Outside report - faxed to Radiation Oncology intake"],
                  scan=True, scan_dpi=100, scan_noise=14.0, page_numbers=None))])


CORPUS = Corpus("blind_corpus71", "tests/blind_corpus71", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
