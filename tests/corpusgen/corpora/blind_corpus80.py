"""Eightieth blind corpus, ``tests/blind_corpus80/`` (regenerate: ``python scripts/make_corpus.py blind_corpus80``).

TUNING corpus: written blind (without reading the reader's code) by a forty-third hand; after its first scored
run it may be used to improve the reader, so it is not a held-out set.

Twenty outside records a US coding office receives from clinics abroad, all in English but written with other
countries' and other systems' conventions (Germany, the UK, Ireland, Norway, Sweden, the Netherlands, Canada,
Australia, India, South Africa; every clinic, clinician and system invented): translated German irradiation
protocols with single-dose / total-dose (ED/GD) columns and re./li. legends, decimal commas and dot thousands
separators, dd.mm.yyyy, dd/mm/yyyy and dd-mm-yyyy dates with 24-hour times, "Gray" in words, cGy with comma
thousands separators and "#" for fractions, "SD 8 Gy x 5", "5 x 7 Gy", "9 Gy ad 27 Gy", "Fx 3/5", "fraction 2 of
3", ICRU 91 prescriptions (D98%, D50%, D2%, "encompassing 80% isodose"), BED / EQD2 / alpha-beta figures and
maximum doses that are not delivered doses, British spelling and NHS-style letters, Latin dx./sin. lesion names.

Mix: cranial (8: cobalt-60 frame and mask, gantry linac, robotic-arm linac; 1-6 lesions, complex by size,
tumour type, optic / brainstem location and a functional target; one plan never delivered), spine (4: one
interrupted course, one conventional 10-fraction course), body (8: lung, liver, prostate, adrenal,
oligometastases; one 8-fraction SABR course; one consult only). Nine single printouts (two of them scanned
pages), five typed or dictated notes and letters, six bundles of 2-3 files (.pdf and .txt). Three charts
contradict themselves (``contradiction``); one course stops after 3 of 5 fractions.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind.
"""

# ruff: noqa: E501  (letters and notes are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import KeyValue, Paragraph, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PATIENTS = ["QUARRINGTON, Heike", "QUENBY, Margaret", "QUILTER, Siobhan", "QUAYLE, Ingrid", "QUADRI, Ramesh",
            "QWABE, Thandiwe", "QUAST, Gerhard", "QUESNEL, Amelie", "QUANDT, Wolfgang", "QUINLAN, Bronwyn",
            "QUAEDVLIEG, Anton", "QUIST, Jan", "QUIBELL, Derek", "QURESHI, Farhan", "QVIST, Lars",
            "QUARTERMAINE, Sharon", "QUINTON, Pieter", "QUIGLEY, Fiona", "QUADFLIEG, Ursula", "QUAK, Willem"]


def patient(n: int) -> str:
    return PATIENTS[n - 1]


def mrn(n: int) -> str:
    return f"SYN-800{n:02d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# x80_01 -- printout (PDF): German translated irradiation protocol, linac SRS of three metastases, ED/GD columns ----
_c = "KLINIKUM ALTMARKSTADT (invented) - Department of Radiation Oncology / Klinik fuer Strahlentherapie"
add(name="x80_01", kind="printout", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("PTV-Met-re-frontal", "cranial", S, 18, 1), L("PTV-Met-li-occipital", "cranial", S, 20, 1),
             L("PTV-Met-re-cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Translated German record-system export: single-fraction linac SRS of three NSCLC metastases in a "
          "frameless thermoplastic mask, planning CT fused with contrast MRI; target table with single dose (ED) and "
          "total dose (GD) columns in decimal commas (18,0 / 20,0 Gy), a Dmax column (22,6 / 25,3 Gy) that is not "
          "the prescription, structure names PTV-Met-re-frontal etc. with a re./li. legend, dd.mm.yyyy dates, "
          "24-hour times and '4.312 MU' (dot thousands separator). The right frontal lesion is 34,5 mm: just "
          "under 3.5 cm, so simple.",
    docs=[Doc("x80_01.pdf", [
        [H1("Irradiation Protocol - Stereotactic Radiosurgery (translated export)"),
         P("Export from ORBIS-RT 9 (invented record-and-verify system), English translation generated 12.03.2026 "
           "for the receiving insurer. Original German terms in brackets."),
         KeyValue([("Patient", patient(1)), ("Patient ID", mrn(1)), ("Date of birth", "14.02.1961"),
                   ("Diagnosis", "C79.3 Brain metastases (3) of NSCLC, adenocarcinoma of the left upper lobe, PD-L1 80 %"),
                   ("Indication", "Interdisciplinary tumour board 24.02.2026: SRS, no whole-brain RT; KPS 90 %"),
                   ("Technique", "Stereotactic radiosurgery (SRS), single fraction (Einzeitbestrahlung)"),
                   ("Treatment unit", "Linac 2 (gantry linac, 6 MV FFF, 2,5 mm MLC, 6DoF couch)"),
                   ("Immobilisation", "Thermoplastic open-face stereotactic mask (frameless), fitted 02.03.2026"),
                   ("Planning imaging", "Planning CT 1 mm 02.03.2026; MRI T1 3D with contrast (KM) 01.03.2026, rigid fusion, checked by physician"),
                   ("Planning system", "KRANIO-PLAN 4.2 (invented), single isocentre, 4 non-coplanar VMAT arcs")]),
         H2("Legend"),
         P("re. = right (rechts); li. = left (links); ED = single dose (Einzeldosis); GD = total dose "
           "(Gesamtdosis); Fx = number of fractions; IDL = prescription isodose; Dmax = maximum point dose in the PTV."),
         H2("Target volumes and prescription"),
         RuledTable([("Target", "Location", "Size", "ED", "GD", "Fx", "IDL", "Dmax"),
                     ("PTV-Met-re-frontal", "re. frontal lobe", "34,5 mm", "18,0 Gy", "18,0 Gy", "1", "80 %", "22,6 Gy"),
                     ("PTV-Met-li-occipital", "li. occipital lobe", "9,5 mm", "20,0 Gy", "20,0 Gy", "1", "80 %", "25,3 Gy"),
                     ("PTV-Met-re-cerebellar", "re. cerebellar hemisph.", "12,0 mm", "20,0 Gy", "20,0 Gy", "1", "80 %", "25,1 Gy")],
                    widths=(110, 96, 56, 54, 54, 22, 40, 60)),
         P("PTV = GTV + 1 mm. Brainstem Dmax 8,7 Gy; chiasm Dmax 2,1 Gy; healthy brain V12Gy 7,9 cm3. Plan approved "
           "06.03.2026 (physician and physicist)."),
         ],
        [H1("Irradiation log (Bestrahlungsprotokoll)"),
         RuledTable([("Date", "Time", "Fx", "Image guidance", "Correction", "MU", "Targets treated"),
                     ("09.03.2026", "14:05 - 14:41", "1/1", "CBCT + surface guidance", "0,8 mm / 0,4 deg", "4.312", "3 of 3")]),
         P("All three targets irradiated in one session as planned. GD reached: re. frontal 18,0 Gy, li. occipital "
           "20,0 Gy, re. cerebellar 20,0 Gy. Intrafraction surface monitoring within 1,0 mm throughout."),
         H2("Physics"),
         P("Independent MU verification (second calculation) within 1,6 %. Patient-specific QA 05.03.2026: gamma "
           "(2 %/1 mm) 98,7 % passed."),
         sig("Dr. med. Katrin Oberstein, senior consultant (Oberaerztin), Radiation Oncology, 09.03.2026 15:02"),
         sig("Dipl.-Phys. Lorenz Wiegand, medical physics expert, 09.03.2026 15:10"),
         ]], opts=dict(header=head(_c, 1, "14.02.1961")))])

# x80_02 -- dictation (text): UK clinic letter, cobalt-60 frame SRS of a vestibular schwannoma, 03/04/2026 = 3 April -
add(name="x80_02", kind="dictation", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(delivery_verification=False),
    notes="Dictated NHS-style letter to the GP from a consultant neurosurgeon (British spelling, 'Mr', registrar, "
          "dd/mm/yyyy: treated 03/04/2026 = 3 April): left vestibular schwannoma, frame-based radiosurgery on the "
          "cobalt-60 unit, stereotactic MRI and CT with the frame on, 'twelve Gray to the 50 per cent isodose', maximum "
          "24 Gray and cochlear mean 4.1 Gray (not prescriptions). Complex by tumour type. No coordinate check, "
          "physics check or other verification is documented.",
    docs=[Doc("x80_02.txt", text=f"""
QUEEN ELEANOR NEUROSCIENCES CENTRE (invented)
Department of Clinical Neurosciences - Regional Radiosurgery Service
Ashcombe Road, Westhaven

Consultant: Mr Alistair Penhaligon FRCS (SN)
Our ref: AP/rs/{mrn(2)}        NHS number: 000 000 0002 (synthetic)
Dictated: 06/04/2026  Typed: 08/04/2026  (dictated but not read)

Dr Helen Marchbanks
Elmtree Surgery, Westhaven

Dear Dr Marchbanks

Re: Mrs {patient(2)}   D.O.B. 21/09/1957   Hospital no. {mrn(2)}

Diagnosis: Left vestibular schwannoma, Koos grade II, 14 x 11 x 10 mm
Procedure: Stereotactic radiosurgery on the cobalt-60 multi-source unit, single session, under stereotactic frame, 03/04/2026

I am writing to let you know that Mrs Quenby underwent radiosurgery for her left vestibular schwannoma on Friday 3rd April. As you will recall, the tumour had grown from 9 mm to 14 mm across the interval between her surveillance scans of 2024 and February this year, and after discussion at the skull base multidisciplinary meeting she chose radiosurgery over microsurgery.

She was admitted to the day unit at 07:15. My registrar, Dr Oyelowo, applied the stereotactic head frame under local anaesthetic at 07:45 with four pins; she tolerated this well. With the frame on she then had a stereotactic MRI (thin-slice contrast-enhanced T1 and a high-resolution T2 sequence) and a stereotactic CT, which were co-registered. I outlined the tumour together with Dr Farrant, our consultant clinical oncologist, and the plan was built with 11 isocentres. She received a marginal dose of twelve Gray to the 50 per cent isodose, the maximum dose within the tumour being 24 Gray. The mean dose to the left cochlea was 4.1 Gray and the brainstem surface received under 12 Gray. Treatment ran from 10:32 to 11:20 hrs without interruption and the frame was removed at 11:35.

She went home the same afternoon with paracetamol for the pin sites. Her hearing is unchanged at present (Gardner-Robertson class II). I have asked for an MRI scan and audiogram in six months' time and we will see her in clinic with the results. There is a small risk of transient facial numbness or imbalance in the coming months; I would be grateful if you would let us know of any new facial weakness.

Yours sincerely

Mr Alistair Penhaligon
Consultant Neurosurgeon

cc: Mrs {patient(2)} (patient); Dr R. Farrant, Consultant Clinical Oncologist
{FOOT}
""")])

# x80_03 -- bundle (3 files): Irish MDT "SRS or hypofractionated SRT in 3 or 5 fractions"; robotic-arm linac 30 Gy/5 --
_c = "ST BRENDAN'S UNIVERSITY HOSPITAL (invented) - Department of Radiation Oncology"
add(name="x80_03", kind="bundle", codes=["77373", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("GTV_1 left frontal resection cavity", "cranial", C, 30, 5), L("GTV_2 right parietal", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Three-file Irish bundle: neuro-oncology MDT outcome (resection cavity 3.7 cm and a new 6 mm right parietal "
          "metastasis; 'SRS or hypofractionated SRT in 3 or 5 fractions, to be decided at planning'), a robotic-arm "
          "linac planning summary with ICRU 91 reporting (D98% >= 28.5 Gy, D50%, D2% 37.1 Gy), GTV_1 / GTV_2 naming "
          "and an EQD2 figure, and a typed completion note ('fraction 5 of 5'). Both targets 30 Gy in 5 fractions; the "
          "3.7 cm cavity is complex by size.",
    docs=[
        Doc("1_mdt_outcome.txt", text=f"""
ST BRENDAN'S UNIVERSITY HOSPITAL (invented)
NEURO-ONCOLOGY MULTIDISCIPLINARY TEAM MEETING - OUTCOME FORM
Meeting date: 12/05/2026        Chair: Prof. Declan Ui Bhriain, Consultant Neurosurgeon
Patient: {patient(3)}    MRN: {mrn(3)}    DOB: 30/01/1969
Presenting clinician: Dr Aoife Kinsella, Specialist Registrar, Radiation Oncology

Background: 57-year-old woman, NSCLC (adenocarcinoma, ALK negative), solitary left frontal brain metastasis resected 20/04/2026 (Mr Ui Bhriain), histology confirms metastatic adenocarcinoma. Post-operative MRI 08/05/2026: left frontal resection cavity 3.7 x 3.1 x 2.9 cm with thin rim enhancement, no residual nodular tumour; NEW 6 mm enhancing lesion right parietal lobe, not seen pre-operatively. Extracranial disease controlled on pembrolizumab. ECOG 1.

MDT discussion: Cavity too large for single-fraction SRS. New right parietal lesion suitable for SRS. To avoid two separate courses the MDT would accept treating both in one course.

OUTCOME: For stereotactic radiotherapy on the robotic-arm linac: SRS or hypofractionated SRT in 3 or 5 fractions, to be decided at planning by the consultant radiation oncologist (Dr Moira Hennessy). Thermoplastic mask. Planning CT and volumetric MRI for fusion. Continue pembrolizumab.

Form completed by: Dr A. Kinsella, SpR    Confirmed: Dr M. Hennessy, Consultant Radiation Oncologist
{FOOT}
"""),
        Doc("2_planning_summary.pdf", [[
            H1("Stereotactic Radiotherapy - Plan Summary"),
            KeyValue([("Patient / MRN", f"{patient(3)} / {mrn(3)}"),
                      ("Treatment unit", "Robotic-arm mounted 6 MV linac, variable-aperture collimator, 6D skull tracking"),
                      ("Immobilisation", "Thermoplastic head mask, fitted 18/05/2026"),
                      ("Planning CT", "19/05/2026, 1 mm slices, with contrast"),
                      ("MRI", "18/05/2026, 3D T1 post-gadolinium 1 mm, MR fusion to planning CT (rigid, approved)"),
                      ("Planning system", "CORRIB-PLAN 3.1 (invented), sequential optimisation"),
                      ("Decision", "Both targets hypofractionated SRT, 30 Gy in 5 fractions (6 Gy per fraction), daily")]),
            RuledTable([("Structure", "Description", "Vol (cc)", "Rx", "D98%", "D50%", "D2%", "Rx isodose"),
                        ("PTV_1 (GTV_1 + 2 mm)", "Left frontal resection cavity", "17.42", "30 Gy / 5 fx", "28.6 Gy", "33.1 Gy", "37.1 Gy", "78%"),
                        ("PTV_2 (GTV_2 + 1 mm)", "Right parietal metastasis, 6 mm", "0.31", "30 Gy / 5 fx", "30.4 Gy", "34.9 Gy", "38.2 Gy", "76%")]),
            P("ICRU 91 reporting: prescription aim D98% >= 28.5 Gy for PTV_1 and >= 30 Gy for PTV_2, met. For "
              "reference, 30 Gy in 5 fractions is EQD2 40.0 Gy (alpha/beta 10). Brain minus PTVs V24Gy 14.8 cc; "
              "brainstem D0.1cc 12.2 Gy; optic chiasm D0.1cc 6.4 Gy. 211 non-isocentric beams, 2 paths."),
            P("Physics: plan check and independent dose calculation agreed within 2%; delivery QA (film) passed. "
              "Plan approved 22/05/2026."),
            sig("Dr Moira Hennessy, Consultant Radiation Oncologist, 22/05/2026"),
            sig("Ciaran Dunleavy, Senior Medical Physicist, 22/05/2026"),
        ]], opts=dict(header=head(_c, 3, "30/01/1969"))),
        Doc("3_completion_note.txt", text=f"""
ST BRENDAN'S UNIVERSITY HOSPITAL - RADIATION ONCOLOGY - TREATMENT COMPLETION NOTE
{patient(3)}   MRN {mrn(3)}   Date: 29/05/2026

Fraction 5 of 5 delivered today 29/05/2026 at 09:40 on the robotic-arm linac. Course ran daily 25/05/2026 to 29/05/2026 with no gaps. 6D skull tracking throughout every fraction, translations within 0.5 mm and rotations within 0.5 deg after correction.

Delivered: PTV_1 left frontal resection cavity 30 Gy in 5 fractions; PTV_2 right parietal metastasis 30 Gy in 5 fractions.

Tolerated well; mild fatigue, no headache, no seizures. Dexamethasone not required. MRI brain in 8 weeks and review in the SRT clinic.

Dr Aoife Kinsella, SpR, for Dr Moira Hennessy, Consultant Radiation Oncologist
{FOOT}
"""),
    ])

# x80_04 -- printout (PDF): Norwegian cobalt-60 mask course in 3 fractions, dx./sin. names; 77371/61796 claimed ------
_c = "NORDFJELL UNIVERSITY HOSPITAL (invented) - Department of Oncology, Radiosurgery Unit"
add(name="x80_04", kind="printout", codes=["77371", "77432", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 2, 3, ["MRI"], ["mask"]),
    lesions=[L("Met 1 lobus temporalis sin.", "cranial", C, 24, 3), L("Met 2 lobus frontalis dx.", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Norwegian treatment report of a fractionated course on a cobalt-60 multi-source unit with a thermoplastic "
          "mask and cone-beam CT / nose-marker motion monitoring: two melanoma metastases named in Latin ('lobus "
          "temporalis sin.', 'lobus frontalis dx.', with a legend), 3 x 8 Gy and 3 x 9 Gy at the 50 % isodose, decimal "
          "commas, dd.mm.yyyy, 'Fx 2/3'. Met 1 is 3,6 cm (complex by size). Planning imaging is MRI only: the unit's "
          "CBCT defines the stereotactic space and is not planning CT. Three fractions, so the claimed single-session "
          "77371/77432 are wrong (77373/77435), and 61796 is wrong because one lesion is complex.",
    docs=[Doc("x80_04.pdf", [
        [H1("Radiosurgery Treatment Report - fractionated (3 Fx)"),
         KeyValue([("Patient", patient(4)), ("Hospital no.", mrn(4)), ("Born", "17.11.1972"),
                   ("Diagnosis", "Malignant melanoma, brain metastases x 2 (C79.3), BRAF wild type"),
                   ("Treatment unit", "Cobalt-60 multi-source radiosurgery unit with integrated cone-beam CT and infrared nose-marker motion monitoring"),
                   ("Fixation", "Thermoplastic mask with nose marker (frameless)"),
                   ("Planning imaging", "MR caput 02.06.2026: 3D T1 with contrast 1 mm, T2 FLAIR; registered to the reference CBCT of 08.06.2026"),
                   ("Planning system", "FJORDPLAN 3.4 (invented), inverse optimisation"),
                   ("Responsible", "Overlege (consultant) Dr. Sigrid Haugland; physicist Eirik Lunde")]),
         P("Legend: dx. = right (dexter); sin. = left (sinister); Fx = fraction; Rx = prescription; cm3 = cubic "
           "centimetres. Decimal comma used throughout."),
         H2("Targets"),
         RuledTable([("Target", "Diam.", "Volume", "Rx/Fx", "Fx", "Total Rx", "IDL", "Cover.", "Shots"),
                     ("Met 1 lobus temporalis sin.", "3,6 cm", "14,82 cm3", "8,0 Gy", "3", "24,0 Gy", "50 %", "97,9 %", "23"),
                     ("Met 2 lobus frontalis dx.", "0,8 cm", "0,21 cm3", "9,0 Gy", "3", "27,0 Gy", "50 %", "99,6 %", "2")],
                    widths=(118, 52, 62, 50, 24, 56, 46, 52, 38)),
         P("Collimators 4/8/16 mm. Maximum dose Met 1 48,0 Gy, Met 2 54,0 Gy (= Rx / 0,5; not prescription doses). "
           "Brainstem D0,1cm3 13,9 Gy (3 Fx); chiasm 4,2 Gy. Plan approved 05.06.2026."),
         ],
        [H1("Fraction record"),
         RuledTable([("Fx", "Date", "Time", "Shift mm", "Motion threshold", "Met 1 Gy", "Met 2 Gy", "Sign."),
                     ("Fx 1/3", "08.06.2026", "09:12 - 10:05", "0,6", "1,5 mm, 0 stops", "8,0", "9,0", "SH / EL"),
                     ("Fx 2/3", "10.06.2026", "09:20 - 10:09", "0,9", "1,5 mm, 1 stop (re-CBCT)", "8,0", "9,0", "SH / EL"),
                     ("Fx 3/3", "12.06.2026", "08:58 - 09:47", "0,4", "1,5 mm, 0 stops", "8,0", "9,0", "SH / EL"),
                     ("Sum", "", "", "", "", "24,0", "27,0", "")],
                    widths=(44, 66, 82, 50, 112, 48, 48, 50)),
         P("CBCT before each fraction registered to the planning MR, treatment positions adapted by the system and "
           "approved by the physician. Course completed 12.06.2026: Met 1 24,0 Gy in 3 fractions, Met 2 27,0 Gy in 3 "
           "fractions. MR control in 8 weeks."),
         sig("Sigrid Haugland, overlege, 12.06.2026"),
         sig("Eirik Lunde, medical physicist, 12.06.2026"),
         ]], opts=dict(header=head(_c, 4, "17.11.1972")))])

# x80_05 -- ehr_text: Indian discharge summary, six lesions in cGy; 'five lesions' in the narrative; 61799 claimed ---
add(name="x80_05", kind="ehr_text", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("Rt frontal", "cranial", S, 18, 1), L("Lt parietal", "cranial", S, 20, 1),
             L("Rt occipital", "cranial", S, 20, 1), L("Lt cerebellar", "cranial", S, 20, 1),
             L("Lt paramedian pons", "cranial", C, 14, 1), L("Rt temporal", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The course-in-hospital paragraph says SRS was given to five brain lesions, while the dose table lists six treated lesions.",
    notes="Indian hospital discharge summary (typed EHR text): DOA/DOD, 'k/c/o', 'Tab. Dexona', dd/mm/yyyy; single-"
          "fraction linac SRS to six metastases with doses in cGy (1800, 2000, 1400 cGy), contrast CT (CECT) fused "
          "with MRI, mask. The narrative says 'five brain lesions' but the table lists six (gold: six). The 6 mm pontine "
          "lesion is within the brainstem: complex; claimed 61799 needs a second complex lesion.",
    docs=[Doc("x80_05.txt", text=f"""
SHREE KAVERI MULTISPECIALITY HOSPITAL (invented), HOSAPURA
DEPARTMENT OF RADIATION ONCOLOGY
DISCHARGE SUMMARY

Patient Name : Mr. {patient(5)}          Age/Sex : 58 Y / M
UHID         : {mrn(5)}                   IP No.  : IP/26/04417
DOA          : 11/05/2026                 DOD     : 13/05/2026
Consultant   : Dr. Meenakshi Raghunathan, MD, DNB (Radiation Oncology)
Ward         : Oncology Ward 3B

DIAGNOSIS:
Ca Lung (Adenocarcinoma Rt upper lobe, EGFR exon 19 +ve) with multiple brain metastases - on Tab. Osimertinib 80 mg OD.

PRESENTING COMPLAINTS:
c/o headache x 3 weeks, unsteadiness of gait x 1 week. k/c/o T2DM, HTN. No h/o seizures.

INVESTIGATIONS:
MRI Brain (contrast) 3D T1 1 mm dated 05/05/2026 - multiple enhancing lesions, details below. CECT Brain 1 mm (planning, in thermoplastic mask) dated 11/05/2026. Hb 12.4 g/dl, RBS 168 mg/dl, RFT within normal limits.

COURSE IN HOSPITAL:
Pt was admitted for SRS. Planning CECT was done on 11/05/2026 in a thermoplastic mask (frameless) and fused with the MRI of 05/05/2026. Contouring and planning done by the treating consultant and physicist; single isocentre, 5 non-coplanar VMAT arcs, 6 MV FFF, prescribed to the 80% isodose line (IDL). Patient-specific QA (portal dosimetry) passed 12/05/2026, gamma 99.1%. Pt underwent single fraction SRS to five brain lesions on 12/05/2026 on the linear accelerator (Linac-2); CBCT with 6D couch correction was done before treatment and repeated between arcs. Procedure uneventful. Pt was haemodynamically stable throughout.

SRS DETAILS (12/05/2026, single fraction):
S.No  Lesion                  Size    Dose          Remarks
1     Rt frontal              18 mm   1800 cGy      80% IDL
2     Lt parietal             12 mm   2000 cGy      80% IDL
3     Rt occipital             9 mm   2000 cGy      80% IDL
4     Lt cerebellar           15 mm   2000 cGy      80% IDL
5     Lt paramedian pons       6 mm   1400 cGy      80% IDL, brainstem lesion, dose reduced
6     Rt temporal              7 mm   2000 cGy      80% IDL
Brainstem (excluding lesion 5) Dmax 1120 cGy. Optic chiasm Dmax 310 cGy.

CONDITION AT DISCHARGE: Conscious, oriented, vitals stable, ambulant.

ADVICE ON DISCHARGE:
1. Tab. Dexona 4 mg BD x 5 days, then 2 mg BD x 5 days, then stop.
2. Tab. Pantop 40 mg OD before breakfast.
3. Continue Tab. Osimertinib 80 mg OD.
4. MRI brain (contrast) after 6 weeks and review in RT OPD with reports.
5. SOS: headache, vomiting, seizures, weakness - report to casualty.

Dr. Meenakshi Raghunathan (Consultant)        Dr. Harish Nayak (Resident)
Medical Physicist: Mr. Suresh Balakrishnan, MSc, DipRP
{FOOT}
""")])

# x80_06 -- scan (PDF image): South African trigeminal neuralgia radiosurgery, cobalt-60 frame, decimal commas ---------
_c = "GROOTRIVIER NEUROSURGICAL AND RADIOSURGERY CENTRE (invented)"
add(name="x80_06", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Scanned (image-only) South African radiosurgery record: refractory right trigeminal neuralgia, one 4 mm "
          "isocentre on the cobalt-60 unit under a stereotactic frame, 80,0 Gy maximum (100 % isodose) in decimal "
          "commas, brainstem surface '16,0 Gy (20 % isodose)' (not a target dose), stereotactic MRI + CT, coordinate "
          "check. Functional target: complex.",
    docs=[Doc("x80_06.pdf", [[
        Paragraph("GROOTRIVIER NEUROSURGICAL AND RADIOSURGERY CENTRE (invented)", bold=True),
        Paragraph("Radiosurgery Treatment Record - functional", bold=True),
        KeyValue([("Patient", patient(6)), ("Folder no.", mrn(6)), ("Date of birth", "05/08/1951"),
                  ("Medical aid", "synthetic scheme, auth. no. RS-26-0714"),
                  ("Treatment date", "14/07/2026"),
                  ("Diagnosis", "Right trigeminal neuralgia, V2/V3, refractory to carbamazepine 1 200 mg/day and pregabalin; BNI pain score V"),
                  ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                  ("Fixation", "Stereotactic head frame, 4 pins, local anaesthetic, applied 07:20"),
                  ("Imaging", "Stereotactic MRI (3D T1 + contrast, CISS 0,6 mm) and stereotactic CT 1 mm, fused"),
                  ("Target", "Right trigeminal nerve, cisternal segment, 7,5 mm anterior to the root entry zone"),
                  ("Plan", "1 isocentre, 4 mm collimator, plugging none; planning system DRAKENSPLAN 2 (invented)"),
                  ("Dose", "80,0 Gy maximum dose (100 % isodose), single session"),
                  ("Brainstem", "surface dose 16,0 Gy (20 % isodose line); 0,01 cm3 above 12 Gy")]),
        P("Frame co-ordinates (X 131,2 / Y 104,8 / Z 97,6) verified independently by the physicist against the plan "
          "before delivery. Treatment time 52,4 min, 09:46 - 10:39, no interruption. Frame removed 10:50, pin sites "
          "clean. Carbamazepine to continue unchanged until review at 6 weeks."),
        sig("Dr. Nomvula Khumalo, neurosurgeon, 14/07/2026"),
        sig("Dr. Hendrik van der Walt, radiation oncologist, 14/07/2026"),
        sig("Ms. Ayesha Parker, medical physicist, 14/07/2026"),
    ]], opts=dict(header=head(_c, 6, "05/08/1951"), page_numbers=None, scan=True, scan_dpi=200, scan_noise=8.0))])

# x80_07 -- bundle (2 files): German letter '5 x 6 Gy ad 30 Gy' vs protocol ED 5,0 / GD 25,0; robotic-arm SRT -------
_c = "STRAHLENZENTRUM WESERAUE (invented)"
add(name="x80_07", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("meningioma left anterior clinoid process", "cranial", C, 25, 5)],
    categories=cats(),
    contradiction="The physician's letter says 5 x 6 Gy ad 30 Gy, while the irradiation protocol records 5 fractions of ED 5,0 Gy to a GD of 25,0 Gy.",
    notes="Two-file German bundle (translated): physician's letter to the referring ophthalmologist stating '5 x 6 Gy "
          "ad 30 Gy' and the irradiation protocol with ED/GD columns showing 5 x 5,0 Gy = 25,0 Gy (gold follows the "
          "protocol). Meningioma of the left anterior clinoid 2 mm from the left optic nerve: complex by location. "
          "Robotic-arm linac, thermoplastic mask, 6D skull tracking, CT + MRI; 'N. opticus li. Dmax 24,1 Gy' and "
          "'Dmax 31,3 Gy' are not target doses.",
    docs=[
        Doc("1_arztbrief_translated.txt", text=f"""
STRAHLENZENTRUM WESERAUE (invented) - Radiation Oncology Practice
Dr. med. Friederike Albers, Dr. med. Jonas Terhorst - specialists in radiotherapy
[Translation of the physician's letter (Arztbrief), prepared for the patient's insurer]

To: Dr. med. Ilse Vogelsang, ophthalmologist, Wesertal
Date: 19.05.2026

Re: Mr {patient(7)}, born 02.07.1955, our patient no. {mrn(7)}

Dear colleague,

we report on the above-named patient, who was treated in our practice from 11.05.2026 to 15.05.2026.

Diagnosis:
Meningioma (radiologically diagnosed, WHO grade 1 presumed) of the left anterior clinoid process, 2,4 x 1,9 x 1,7 cm, distance to the left optic nerve (N. opticus li.) 2 mm; progressive on MRI 03/2025 -> 02/2026; visual field li. with new upper temporal defect.

Therapy:
Fractionated stereotactic radiotherapy (SRT) of the meningioma on the robotic-arm linac, 5 x 6 Gy ad 30 Gy on the 80 % isodose, 11.05.-15.05.2026, in a thermoplastic mask with skull tracking.

Course:
The irradiation was tolerated without complications. No headache, no new visual symptoms. Dexamethasone was not required.

Procedure:
MRI control in 6 months, ophthalmological control including visual field in 3 months (we would be grateful if you could take this over). Re-presentation in our practice with the MRI.

With kind regards

Dr. med. Friederike Albers, specialist in radiotherapy
(letter dictated; electronically approved 19.05.2026)
{FOOT}
"""),
        Doc("2_bestrahlungsprotokoll.pdf", [[
            H1("Irradiation Protocol (Bestrahlungsprotokoll) - translated"),
            KeyValue([("Patient", f"{patient(7)}, born 02.07.1955, no. {mrn(7)}"),
                      ("Target", "PTV_Meningeom_li (GTV meningioma left anterior clinoid + 1 mm)"),
                      ("Unit", "Robotic-arm mounted 6 MV linac, 6D skull tracking, fixed cones 7,5-30 mm"),
                      ("Immobilisation", "Thermoplastic head mask, made 04.05.2026"),
                      ("Planning imaging", "Planning CT 1 mm (04.05.2026) + MRI T1 KM 3D and T2 (04.05.2026), fused"),
                      ("Planning system", "WESER-CK 5 (invented), 164 beams, 1 path"),
                      ("Prescription", "ED 5,0 Gy, GD 25,0 Gy, 5 Fx, daily; D95% >= 25,0 Gy (80 % isodose), Dmax 31,3 Gy")]),
            RuledTable([("Fx", "Date", "Time", "ED (Gy)", "GD cum. (Gy)", "Tracking", "Sign."),
                        ("1", "11.05.2026", "08:12", "5,0", "5,0", "skull 6D, 0,4 mm", "FA / MT"),
                        ("2", "12.05.2026", "08:05", "5,0", "10,0", "skull 6D, 0,3 mm", "FA / MT"),
                        ("3", "13.05.2026", "08:20", "5,0", "15,0", "skull 6D, 0,5 mm", "JT / MT"),
                        ("4", "14.05.2026", "08:09", "5,0", "20,0", "skull 6D, 0,3 mm", "JT / MT"),
                        ("5", "15.05.2026", "08:11", "5,0", "25,0", "skull 6D, 0,4 mm", "FA / MT")]),
            P("Organs at risk (5 Fx): N. opticus li. Dmax 24,1 Gy; chiasm Dmax 19,8 Gy; brainstem Dmax 14,2 Gy. "
              "Physics plan check and DQA (ion chamber + film) 07.05.2026 passed."),
            P("Status: irradiation completed as planned, GD 25,0 Gy reached on 15.05.2026."),
            sig("Dr. med. Friederike Albers 15.05.2026"),
            sig("M. Sc. Martin Tiedemann, medical physics expert 15.05.2026"),
        ]], opts=dict(header=head(_c, 7, "02.07.1955"))),
    ])

# x80_08 -- bundle (2 files): Canadian plan report, SRS cancelled before delivery (hard negative) ------------------------
_c = "SAINTE-ODILE REGIONAL CANCER CENTRE / CENTRE REGIONAL D'ONCOLOGIE (invented)"
add(name="x80_08", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative, two-file Canadian bundle (bilingual headings, yyyy-mm-dd dates): an approved single-fraction "
          "SRS plan report for two metastases (20 Gy each, mask, CT + MRI, QA passed) and a cancellation note: the "
          "patient was admitted with seizures before the treatment date, repeat MRI showed leptomeningeal disease and "
          "many new lesions, and the SRS plan was retired without any fraction delivered. Nothing delivered.",
    docs=[
        Doc("1_plan_report.pdf", [[
            H1("SRS Plan Report / Rapport de planification"),
            KeyValue([("Patient", patient(8)), ("MRN / No de dossier", mrn(8)), ("DOB / Date de naissance", "1964-03-27"),
                      ("Plan", "SRS_BRAIN_2L  (status: APPROVED 2026-08-18 14:22)"),
                      ("Scheduled treatment date", "2026-08-24"),
                      ("Unit", "Gantry linac LA3, 6 MV FFF"),
                      ("Immobilization", "Frameless thermoplastic SRS mask (sim 2026-08-12)"),
                      ("Imaging", "Planning CT 2026-08-12, 1 mm; MRI T1 Gd 2026-08-11 fused"),
                      ("Technique", "Single isocentre, 4 non-coplanar dynamic conformal arcs")]),
            RuledTable([("Target", "Diameter", "Rx", "Isodose", "Coverage"),
                        ("PTV_L_parietal", "1.3 cm", "20 Gy x 1", "80%", "99.2%"),
                        ("PTV_R_cerebellum", "0.9 cm", "20 Gy x 1", "80%", "99.6%")]),
            P("Brain V12Gy 3.1 cc; brainstem Dmax 6.2 Gy. Second calculation agreed within 1.4%; patient-specific QA "
              "2026-08-19 passed (gamma 3%/1 mm 99.0%)."),
            sig("Dr. Etienne Beaulieu-Ngata, radiation oncologist / radio-oncologue 2026-08-18"),
            sig("Camille Tremblay-Osei, MSc, FCCPM 2026-08-19"),
        ]], opts=dict(header=head(_c, 8, "1964-03-27"))),
        Doc("2_cancellation_note.txt", text=f"""
SAINTE-ODILE REGIONAL CANCER CENTRE (invented) - RADIATION ONCOLOGY
PROGRESS NOTE / NOTE D'EVOLUTION
Date: 2026-08-24 11:05    Author: Dr. Etienne Beaulieu-Ngata
Patient: {patient(8)}    MRN: {mrn(8)}

Ms. Quesnel was due for single-fraction SRS today (plan SRS_BRAIN_2L, 2 lesions, 20 Gy each). On 2026-08-21 she was admitted to the neurology service after two generalized seizures. A repeat MRI on 2026-08-22 showed diffuse leptomeningeal enhancement along the cerebellar folia and more than fifteen new punctate lesions.

SRS is no longer appropriate. I met with her and her daughter on the ward this morning. The SRS treatment has been CANCELLED; no fraction was delivered, the plan has been retired in the record-and-verify system and the machine booking released. We discussed whole brain radiotherapy versus best supportive care; she would like time to think and to speak with Dr. Lamontagne (medical oncology). I will see her again on 2026-08-26.

Dexamethasone 4 mg BID and levetiracetam 500 mg BID per neurology.

E. Beaulieu-Ngata, MD, FRCPC
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# x80_09 -- bundle (2 files): German spine SBRT, BWK 11 '9 Gy ad 27 Gy' and LWK 2 '8 Gy ad 24 Gy', BED trap ------------
_c = "KLINIKUM SANKT ANSGAR MUEHLBACH (invented) - Department of Radiotherapy"
add(name="x80_09", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("BWK 11 (T11)", "spinal", None, 27, 3), L("LWK 2 (L2)", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Two-file German bundle (translated): discharge letter with abbreviations explained (BWK = thoracic vertebral "
          "body, LWK = lumbar vertebral body), 'SBRT BWK 11: 9 Gy ad 27 Gy; LWK 2: 8 Gy ad 24 Gy', and a per-target "
          "irradiation protocol with ED/GD columns, decimal commas, dd.mm.yyyy and 24-hour times, vacuum mattress, "
          "planning CT + MRI fusion, CBCT each fraction. 'BED (alpha/beta 10) 51,3 Gy' and 'Myelon Dmax 13,2 Gy' are not "
          "delivered doses.",
    docs=[
        Doc("1_entlassbrief_translated.txt", text=f"""
KLINIKUM SANKT ANSGAR MUEHLBACH (invented) - Department of Radiotherapy and Radiation Oncology
Head of department: Prof. Dr. med. Reinhild Osterkamp
[English translation of the discharge letter / Entlassungsbrief]

Muehlbach, 29.06.2026

Re: Mr {patient(9)}, born 11.10.1959, case no. {mrn(9)}
Outpatient radiotherapy 22.06.2026 - 26.06.2026

Abbreviations: BWK = thoracic vertebral body (Brustwirbelkoerper), LWK = lumbar vertebral body (Lendenwirbelkoerper), ED = single dose, GD = total dose, Z.n. = status post.

Diagnoses:
- Clear-cell renal cell carcinoma li., Z.n. nephrectomy li. 2023 (pT3a pN0)
- Osseous oligometastases BWK 11 and LWK 2, no epidural compression (ESCC grade 1a), SINS 7 (stable), MRI 09.06.2026
- Arterial hypertension

Therapy:
Stereotactic body radiotherapy (SBRT) of both vertebral metastases in 3 fractions every other day on the linear accelerator:
BWK 11: ED 9 Gy ad 27 Gy
LWK 2: ED 8 Gy ad 24 Gy
each prescribed to the 80 % isodose enclosing the PTV. Positioning in a vacuum mattress; planning CT with 2 mm slices, MRI fused; cone-beam CT with 6D correction before every fraction.

Course:
The treatment was tolerated well. Transient pain flare after the first fraction, treated with ibuprofen 400 mg. No neurological deficits.

Recommendation:
MRI of the thoracic and lumbar spine in 3 months. Continuation of cabozantinib per the treating oncologist.

Prof. Dr. med. R. Osterkamp          Dr. med. Tarek Haddad, resident
{FOOT}
"""),
        Doc("2_protocol.pdf", [[
            H1("Irradiation Protocol - Spine SBRT (translated)"),
            KeyValue([("Patient", f"{patient(9)}, born 11.10.1959, {mrn(9)}"),
                      ("Unit", "Linac 3, 6 MV FFF, 5 mm MLC, 6D couch"),
                      ("Positioning", "Vacuum mattress (full body), arms on chest, knee roll"),
                      ("Planning imaging", "Planning CT 2 mm 15.06.2026; MRI T1/T2 thoracolumbar spine 09.06.2026, fused (bone registration)"),
                      ("Planning", "SAXOPLAN 7 (invented), 2 VMAT arcs per isocentre, 2 isocentres"),
                      ("Legend", "ED = single dose, GD = total dose, BWK = thoracic, LWK = lumbar vertebral body")]),
            RuledTable([("Target", "ED", "GD planned", "Isodose", "BED (alpha/beta 10)", "Myelon / cauda Dmax"),
                        ("PTV_BWK11", "9,0 Gy", "27,0 Gy", "80 %", "51,3 Gy", "Myelon 13,2 Gy"),
                        ("PTV_LWK2", "8,0 Gy", "24,0 Gy", "80 %", "43,2 Gy", "Cauda 16,8 Gy")]),
            RuledTable([("Date", "Time", "Fx", "CBCT / 6D shift", "PTV_BWK11 ED / GD", "PTV_LWK2 ED / GD"),
                        ("22.06.2026", "07:48", "1/3", "1,2 mm / 0,8 deg", "9,0 / 9,0 Gy", "8,0 / 8,0 Gy"),
                        ("24.06.2026", "07:51", "2/3", "0,9 mm / 0,5 deg", "9,0 / 18,0 Gy", "8,0 / 16,0 Gy"),
                        ("26.06.2026", "07:45", "3/3", "1,0 mm / 0,6 deg", "9,0 / 27,0 Gy", "8,0 / 24,0 Gy")]),
            P("Physics: independent MU check and patient-specific QA (array, gamma 2 %/2 mm 99,3 %) passed 18.06.2026. "
              "Irradiation completed as planned, GD reached: BWK 11 27,0 Gy, LWK 2 24,0 Gy."),
            sig("Dr. med. Tarek Haddad 26.06.2026"),
            sig("Prof. Dr. med. Reinhild Osterkamp 26.06.2026"),
            sig("Dipl.-Ing. Sabine Kruempel, medical physics expert 26.06.2026"),
        ]], opts=dict(header=head(_c, 9, "11.10.1959"))),
    ])

# x80_10 -- printout (PDF): Australian spine SABR, C5 16 Gy in 1 fraction, thermoplastic shell, ICRU 91 reporting -----
_c = "WATTLE BAY RADIATION ONCOLOGY (invented)"
add(name="x80_10", kind="printout", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C5 vertebral body", "spinal", None, 16, 1)],
    categories=cats(),
    notes="Australian spine SABR treatment summary: C5 breast-cancer metastasis, 16 Gy in a single fraction on a "
          "gantry linac, head-neck-shoulder thermoplastic shell (mask), planning CT with MR fusion, ICRU 91 figures "
          "(PTV D90% >= 16 Gy, GTV D98% 16.9 Gy, D2% 19.6 Gy) and spinal cord PRV D0.035cc; dd/mm/yyyy (03/08/2026 = "
          "3 August). A single-fraction spinal course is 77373 x1, not single-session cranial.",
    docs=[Doc("x80_10.pdf", [[
        H1("Stereotactic Ablative Body Radiotherapy (SABR) - Spine: Treatment Summary"),
        KeyValue([("Patient", patient(10)), ("UR number", mrn(10)), ("DOB", "22/12/1966"),
                  ("Radiation oncologist", "Dr Kirsten Bellamy-Achebe, FRANZCR"),
                  ("Diagnosis", "Metastatic breast cancer (ER+/HER2-), solitary C5 vertebral body metastasis, Bilsky 1a, SINS 6; neck pain"),
                  ("Treatment", "SABR C5, 16 Gy in 1 fraction, treated 03/08/2026 14:10-14:48"),
                  ("Linac", "LA4, 6 MV FFF, HD-MLC, 6DoF couch"),
                  ("Immobilisation", "Head-neck-shoulder thermoplastic shell, custom head rest"),
                  ("Planning imaging", "Planning CT 1 mm 24/07/2026; MRI C-spine (T1, T2, T1 fat-sat post-gad) 23/07/2026, MR fusion reviewed by RO"),
                  ("Planning system", "EUCALYPT TPS 6 (invented), 2 full VMAT arcs")]),
        H2("Dose report (ICRU 91)"),
        RuledTable([("Structure", "Aim / constraint", "Achieved"),
                    ("PTV_C5 (CTV + 2 mm)", "D90% >= 16 Gy", "D90% 16.0 Gy; D2% 19.6 Gy"),
                    ("GTV_C5", "D98% >= 16 Gy", "D98% 16.9 Gy; Dmean 18.1 Gy"),
                    ("SpinalCord_PRV", "D0.035cc < 14 Gy", "11.9 Gy"),
                    ("Oesophagus", "D0.035cc < 16 Gy", "12.7 Gy")]),
        H2("Treatment delivery"),
        P("Pre-treatment CBCT matched to vertebral anatomy, 6DoF corrections applied and approved by the radiation "
          "oncologist at the console; mid-treatment CBCT after arc 1, residual < 1 mm. Physics: independent "
          "monitor-unit check and patient-specific QA (gamma 2%/2 mm 99.4%) passed 30/07/2026."),
        P("Completed as planned: C5 vertebral body 16 Gy in 1 fraction on 03/08/2026. Mild dysphagia expected for a "
          "week. Follow-up MRI in 3 months."),
        sig("Dr Kirsten Bellamy-Achebe, Radiation Oncologist, 03/08/2026"),
        sig("Mr Tobias Fairweather, Radiation Oncology Medical Physicist, 03/08/2026"),
    ]], opts=dict(header=head(_c, 10, "22/12/1966")))])

# x80_11 -- scan (PDF image, skewed): Dutch spine course '5 x 7 Gy', stopped after Fx 3/5 (21 Gy delivered) -----------
_c = "RADIOTHERAPIEGROEP ZUIDERVELD (invented)"
add(name="x80_11", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L4 vertebra", "spinal", None, 21, 3)],
    categories=cats(),
    notes="Scanned, slightly skewed Dutch course overview export: L4 metastasis with epidural extension, prescription "
          "'5 x 7 Gy (35 Gy)', fraction table 'Fx 1/5'..'Fx 3/5' with decimal commas and dd-mm-yyyy dates, Fx 4/5 not "
          "given (admission with urosepsis) and the course stopped: 21 Gy in 3 fractions delivered. Vacuum mattress, "
          "CT + MRI, CBCT each fraction. The stop is documented, not a self-contradiction (no review flag labelled).",
    docs=[Doc("x80_11.pdf", [[
        Paragraph("RADIOTHERAPIEGROEP ZUIDERVELD (invented)  -  Course overview (export, English)", bold=True),
        KeyValue([("Patient", patient(11)), ("Patient no.", mrn(11)), ("Date of birth", "09-04-1948"),
                  ("Radiotherapist-oncologist", "drs. Maarten Vlasblom"),
                  ("Diagnosis", "Prostate cancer, castration-resistant; L4 vertebra metastasis with epidural extension (Bilsky 1b)"),
                  ("Technique", "Stereotactic body radiotherapy (SBRT), VMAT, 6 MV FFF, linac VERSA-3"),
                  ("Positioning", "Vacuum mattress (vacuumatras), arms on chest"),
                  ("Planning imaging", "Planning CT 2 mm 07-09-2026; MRI lumbar spine 03-09-2026, fused"),
                  ("Prescription", "5 x 7 Gy (35 Gy), 3 x per week, PTV D95% >= 7,00 Gy per fraction; cauda Dmax < 6,00 Gy/fx")]),
        RuledTable([("Fraction", "Date", "Time", "Imaging", "Dose (Gy)", "Cumulative (Gy)", "Status"),
                    ("Fx 1/5", "14-09-2026", "10:22", "CBCT, match approved", "7,00", "7,00", "given"),
                    ("Fx 2/5", "16-09-2026", "10:31", "CBCT, match approved", "7,00", "14,00", "given"),
                    ("Fx 3/5", "18-09-2026", "10:18", "CBCT, match approved", "7,00", "21,00", "given"),
                    ("Fx 4/5", "21-09-2026", "-", "-", "0,00", "21,00", "NOT GIVEN - admitted (urosepsis)"),
                    ("Fx 5/5", "23-09-2026", "-", "-", "0,00", "21,00", "CANCELLED")],
                   widths=(52, 70, 40, 104, 44, 62, 128)),
        P("Course status: STOPPED after Fx 3/5. Decision 23-09-2026 (drs. Vlasblom, after discussion with the patient "
          "and urology): the course will not be resumed; the dose given is considered sufficient for pain palliation. "
          "Delivered: L4 21,00 Gy in 3 fractions of 7,00 Gy (planned 35 Gy in 5)."),
        P("Physics: plan check and patient QA (gamma 3 %/2 mm 99,6 %) approved 10-09-2026."),
        sig("drs. M. Vlasblom, radiotherapist-oncologist, 23-09-2026"),
    ]], opts=dict(header=head(_c, 11, "09-04-1948"), page_numbers=None, scan=True, scan_dpi=200,
                  scan_skew=1.8, scan_noise=6.0))])


# ==================================================================================================
# Body
# ==================================================================================================

# x80_12 -- printout (PDF): Dutch peripheral lung SABR 3 x 18 Gy encompassing 80 % isodose; BED / EQD2 traps ---------
_c = "NOORDWAARD ZIEKENHUIS (invented) - Radiotherapy"
add(name="x80_12", kind="printout", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="Dutch lung SABR plan-and-treatment overview: peripheral NSCLC RUL, '3 x 18 Gy (54 Gy) prescribed to the 80 % "
          "isodose encompassing the PTV', GTV D50% 62,8 Gy, Dmax 67,5 Gy, BED10 151,2 Gy and EQD2 126,0 Gy (none of them "
          "delivered doses), 4D-CT with FDG-PET-CT fused for delineation, vacuum cushion, 'fraction 2 of 3' wording, "
          "dd-mm-yyyy.",
    docs=[Doc("x80_12.pdf", [
        [H1("Stereotactic Radiotherapy (SBRT / SABR) Lung - Plan and Treatment Overview"),
         KeyValue([("Patient", patient(12)), ("Patient no.", mrn(12)), ("Date of birth", "30-06-1944"),
                   ("Diagnosis", "NSCLC right upper lobe, peripheral, cT1cN0M0 (2,6 cm), medically inoperable (COPD GOLD 3)"),
                   ("Radiotherapist-oncologist", "dr. Femke Oudeman"),
                   ("Planning imaging", "4D-CT 2 mm 28-09-2026 (ITV from all phases); FDG-PET-CT 21-09-2026 registered for GTV delineation"),
                   ("Positioning", "Vacuum cushion (vacuumkussen) with arms above the head on an arm support"),
                   ("Linac / technique", "Gantry linac 6 MV FFF, 2 VMAT arcs (partial, 200 deg)"),
                   ("Prescription", "3 x 18 Gy (54 Gy), prescribed to the 80 % isodose encompassing the PTV, 2 x per week")]),
         RuledTable([("Structure", "Volume", "Parameter", "Value"),
                     ("GTV", "6,9 cm3", "D50%", "62,8 Gy"),
                     ("PTV (ITV + 5 mm)", "24,3 cm3", "V54Gy / Dmax", "95,4 % / 67,5 Gy"),
                     ("Chest wall", "", "D30cc", "28,4 Gy"),
                     ("Lungs - GTV", "", "V20Gy / MLD", "4,1 % / 3,2 Gy")]),
         P("Radiobiology (reference only): BED10 151,2 Gy; EQD2 (alpha/beta 10) 126,0 Gy. Plan approved 01-10-2026; "
           "independent dose check and patient QA passed 02-10-2026."),
         ],
        [H1("Treatment record"),
         TextTable([("Session", "Date", "Imaging", "Dose", "Remarks"),
                    ("fraction 1 of 3", "05-10-2026", "CBCT (4D) pre + post", "18,0 Gy", "match on tumour, 1,9 mm shift"),
                    ("fraction 2 of 3", "08-10-2026", "CBCT (4D) pre + post", "18,0 Gy", "no remarks"),
                    ("fraction 3 of 3", "12-10-2026", "CBCT (4D) pre + post", "18,0 Gy", "mild chest wall ache")],
                   columns=(0, 90, 170, 300, 360)),
         P("Treatment completed 12-10-2026: 54 Gy in 3 fractions of 18 Gy to the right upper lobe tumour. Follow-up CT "
           "thorax at 3 months with the pulmonologist (dr. Brouwer)."),
         sig("dr. F. Oudeman, radiotherapist-oncologist, 12-10-2026"),
         sig("ir. Koen Verhulst, clinical physicist, 12-10-2026"),
         ]], opts=dict(header=head(_c, 12, "30-06-1944")))])

# x80_13 -- bundle (2 files): UK oligometastatic SABR, liver + adrenal, robotic-arm; front sheet '5 fractions' vs 3 ----
_c = "WESTMERE HOSPITALS NHS TRUST (invented) - Oncology Centre"
add(name="x80_13", kind="bundle", codes=["77373", "77435"],
    facts=F("robotic_linac", ["body"], 2, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII", "body", None, 45, 3), L("left adrenal", "body", None, 36, 3)],
    categories=cats(),
    contradiction="The treatment summary front sheet says 5 fractions delivered, while the prescription, the daily record and the consultant's letter give 3 fractions.",
    notes="Two-file UK bundle: SABR treatment summary (front sheet with 'Fractions delivered: 5', a prescription of "
          "45 Gy and 36 Gy in 3 fractions, and a daily record of three dd/mm/yyyy sessions) and a consultant clinical "
          "oncologist's letter ('three fractions'). Oligometastatic colorectal cancer, liver segment VII and left "
          "adrenal, robotic-arm linac, gold fiducials with respiratory tracking, vacuum bag, 4D-CT + liver MRI.",
    docs=[
        Doc("1_sabr_treatment_summary.pdf", [
            [H1("SABR Treatment Summary"),
             P("Commissioning through Evaluation style summary - Oncology Centre"),
             KeyValue([("Patient", patient(13)), ("Hospital no.", mrn(13)), ("NHS no.", "000 000 0013 (synthetic)"),
                       ("DOB", "14/03/1960"), ("Consultant", "Dr Gwen Attwater, Consultant Clinical Oncologist"),
                       ("Diagnosis", "Metachronous oligometastatic colorectal adenocarcinoma: liver segment VII and left adrenal"),
                       ("Technique", "SABR, robotic-arm mounted 6 MV linac, fiducial + respiratory motion tracking"),
                       ("Fiducials", "3 gold seeds implanted around the liver lesion 13/10/2026 (IR)"),
                       ("Immobilisation", "Full-length vacuum bag, arms by sides"),
                       ("Planning imaging", "4D-CT with contrast 20/10/2026; liver MRI (hepatobiliary contrast) 19/10/2026, MR fusion"),
                       ("Fractions delivered", "5"),
                       ("Start / end", "02/11/2026 - 06/11/2026")]),
             RuledTable([("Target", "Prescription", "Dose/fraction", "Coverage", "Key OAR"),
                         ("PTV_Liver_S7", "45 Gy in 3 fractions", "15 Gy", "D95% 45.0 Gy", "Liver D700cc 9.8 Gy"),
                         ("PTV_L_Adrenal", "36 Gy in 3 fractions", "12 Gy", "D95% 36.0 Gy", "Stomach D0.5cc 21.6 Gy")],
                        widths=(88, 118, 76, 84, 134)),
             P("Plan approved 27/10/2026; independent check and delivery QA passed 28/10/2026."),
             sig("Dr Gwen Attwater 27/10/2026"), sig("Nadia Ferreira-Holt, Clinical Scientist (Medical Physics) 28/10/2026")],
            [H1("Daily treatment record"),
             RuledTable([("Date", "Time", "Fraction", "Tracking", "Liver S7", "L adrenal", "RTT"),
                         ("02/11/2026", "13:40", "1 of 3", "fiducial + respiratory model, 3/3 seeds", "15 Gy", "12 Gy", "JB / SK"),
                         ("04/11/2026", "13:55", "2 of 3", "fiducial + respiratory model, 3/3 seeds", "15 Gy", "12 Gy", "JB / LM"),
                         ("06/11/2026", "14:05", "3 of 3", "fiducial + respiratory model, 3/3 seeds", "15 Gy", "12 Gy", "SK / LM")]),
             P("Course complete 06/11/2026. Totals: liver segment VII 45 Gy, left adrenal 36 Gy."),
             sig("Therapeutic radiographer team leader, J. Blackwood, 06/11/2026")],
        ], opts=dict(header=head(_c, 13, "14/03/1960"))),
        Doc("2_consultant_letter.txt", text=f"""
WESTMERE HOSPITALS NHS TRUST (invented)
Oncology Centre - Clinical Oncology
Tel 0100 000 0000

Dr Gwen Attwater, Consultant Clinical Oncologist
Clinic date: 10/11/2026   Typed: 11/11/2026

Mr Stephen Harcourt, Consultant Colorectal Surgeon
Westmere General Hospital

Dear Mr Harcourt

Re: Mr {patient(13)}, DOB 14/03/1960, Hosp no. {mrn(13)}

Diagnosis: oligometastatic colorectal cancer - liver segment VII and left adrenal metastases
Treatment: SABR, liver 45 Gy in 3 fractions, left adrenal 36 Gy in 3 fractions, 02/11/2026 to 06/11/2026

Thank you for referring Mr Quibell. I am pleased to say he completed his stereotactic ablative radiotherapy on 6th November. Both metastases were treated in the same three fractions on alternate days on the robotic-arm linac, tracking the three gold fiducials in the liver. He had some nausea after the second fraction, settled with ondansetron, and mild fatigue. Liver function tests this week are unchanged.

I have arranged a CT of the chest, abdomen and pelvis with liver MRI in three months and will see him with the results, and he remains under your team for CEA surveillance.

Yours sincerely

Dr Gwen Attwater
Consultant Clinical Oncologist
{FOOT}
"""),
    ])

# x80_14 -- printout (PDF): Indian prostate SBRT '3,625 cGy' (thousands separator), '725 cGy/#', fiducials ------------
_c = "ANANTAPURA CANCER INSTITUTE (invented) - Department of Radiation Oncology"
add(name="x80_14", kind="printout", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Indian prostate SBRT treatment summary: dose written '3,625 cGy / 5#' with a comma thousands separator "
          "(= 36.25 Gy, not 3.6 Gy) and '725 cGy/#' (# = fraction), dd/mm/yyyy, alternate days; CT simulation with "
          "MRI pelvis fusion, three gold fiducials, vacuum bag and knee-rest, CBCT with fiducial match every #.",
    docs=[Doc("x80_14.pdf", [[
        H1("SBRT Prostate - Treatment Summary"),
        KeyValue([("Name", f"Mr. {patient(14)}"), ("Reg. No.", mrn(14)), ("Age / Sex", "67 Y / M"),
                  ("Diagnosis", "Adenocarcinoma prostate, Gleason 3+4=7 (GG2), iPSA 8.4 ng/ml, cT2a N0 M0 (bone scan negative) - NCCN favourable intermediate risk"),
                  ("Consultant", "Dr. Vikram Seshadri, MD (RT)"),
                  ("Fiducials", "3 gold fiducial markers, transrectal USG guided, 02/09/2026"),
                  ("Immobilisation", "Vacuum bag + knee-rest and foot-lock; bladder filling protocol"),
                  ("Simulation", "CT simulation 1.5 mm, 09/09/2026; MRI pelvis T2 3 mm 08/09/2026 fused for CTV"),
                  ("Planning", "Inverse-planned VMAT, 2 arcs, 10 MV FFF, NILGIRI-TPS 2 (invented)"),
                  ("Prescription", "3,625 cGy / 5# @ 725 cGy/#, alternate days, PTV D95% >= 3,625 cGy")]),
        RuledTable([("OAR", "Constraint", "Achieved"),
                    ("Rectum", "V36Gy < 1 cc", "0.4 cc"),
                    ("Bladder", "V37Gy < 10 cc", "3.2 cc"),
                    ("Urethra PRV", "D0.1cc < 3,800 cGy", "3,742 cGy")]),
        H2("Treatment details"),
        RuledTable([("#", "Date", "Dose (cGy)", "Cumulative (cGy)", "IGRT"),
                    ("1", "14/09/2026", "725", "725", "CBCT + fiducial match"),
                    ("2", "16/09/2026", "725", "1,450", "CBCT + fiducial match"),
                    ("3", "18/09/2026", "725", "2,175", "CBCT + fiducial match"),
                    ("4", "21/09/2026", "725", "2,900", "CBCT + fiducial match"),
                    ("5", "23/09/2026", "725", "3,625", "CBCT + fiducial match")]),
        P("Total dose delivered: 3,625 cGy / 5# to the prostate (23/09/2026). Physics: plan verified (portal "
          "dosimetry, gamma 99.0%) on 11/09/2026. Tolerated well; grade 1 urinary frequency. Continue Tab. Tamsulosin "
          "0.4 mg HS. PSA after 3 months."),
        sig("Dr. Vikram Seshadri, Consultant Radiation Oncologist, 23/09/2026"),
        sig("Ms. Lakshmi Narayan, Medical Physicist (RSO), 23/09/2026"),
    ]], opts=dict(header=head(_c, 14, "02/01/1959")))])

# x80_15 -- ehr_text: Swedish adrenal SBRT on an MR-linac, 'SD 8 Gy x 5', ISO dates, no immobilisation device ---------
add(name="x80_15", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], []),
    lesions=[L("left adrenal", "body", None, 40, 5)],
    categories=cats(positioning=False),
    notes="Swedish epicrisis (typed EHR text, ISO dates, 'kl.' 24-hour times): left adrenal oligoprogression of NSCLC "
          "treated on a 1.5 T MR-linac with daily adaptation and gating, 'SD 8 Gy x 5' (single dose) and 'TD 40 Gray' "
          "(total dose), planning CT and MRI. Explicitly no immobilisation device (knee support only), so positioning is "
          "empty.",
    docs=[Doc("x80_15.txt", text=f"""
SJOEVIKS UNIVERSITETSSJUKHUS (invented) - Department of Oncology, Radiotherapy Section
EPICRISIS / TREATMENT SUMMARY (English version for the patient's insurer)
Printed 2026-10-23 kl. 10:14 from record system JOURNAL-NORD (invented)

Patient: {patient(15)}    Personal ID: 19530418-XXXX (masked)    Hospital ID: {mrn(15)}
Responsible physician: Dr Annika Lindqvist, senior consultant (overlakare), oncology
Physicist: Johan Ekdahl, hospital physicist

Diagnosis: Non-small cell lung cancer (adenocarcinoma) stage IV, on osimertinib since 2024 with controlled disease apart from a growing left adrenal metastasis (oligoprogression), 2,8 cm on the restaging CT of 2026-09-15, with no progression elsewhere. WHO performance status 1.

Decision (lung cancer conference 2026-09-24): stereotactic body radiotherapy of the left adrenal metastasis, SD 8 Gy x 5, TD 40 Gray, on the MR-linac with daily plan adaptation. Osimertinib continued.

Preparation: planning CT 2026-10-05 kl. 08:30 and planning MRI on the MR simulator 2026-10-05 kl. 09:15 (T2 and 3D T1, exhale breath-hold), registered. Patient positioned supine with arms on the chest and a knee support; no immobilisation device was used (MR-guided gating instead). GTV delineated on MRI, PTV = GTV + 3 mm. Reference plan: step-and-shoot IMRT, 11 beams, planning system ODIN-MR 2 (invented); D95% PTV >= 40 Gy with the stomach and small bowel D0,5cm3 < 33 Gy and the left kidney Dmean 6,1 Gy. Plan approved 2026-10-09; independent dose calculation within 1,8 %.

Treatment: 1,5 T MR-linac, daily MR, online adaptation (adapt-to-shape, physician approved), gating on the adrenal in exhale breath-hold.
Fx 1  2026-10-12  kl. 13:40  8 Gy  adapted, gating duty cycle 71 %
Fx 2  2026-10-14  kl. 13:55  8 Gy  adapted
Fx 3  2026-10-16  kl. 14:10  8 Gy  adapted
Fx 4  2026-10-19  kl. 13:35  8 Gy  adapted
Fx 5  2026-10-21  kl. 13:50  8 Gy  adapted, online QA passed each session

Summary: left adrenal metastasis treated with SBRT 40 Gray in 5 fractions (SD 8 Gy), 2026-10-12 to 2026-10-21, completed as planned. Mild nausea grade 1. Control CT in 3 months at the lung oncology clinic.

Annika Lindqvist, overlakare - signed 2026-10-23
{FOOT}
""")])

# x80_16 -- letter (text): Australian single-fraction lung SABR 28 Gy; single-session cranial codes claimed -------------
add(name="x80_16", kind="letter", codes=["77372", "77432"],
    facts=F("linac", ["body"], 1, 1, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 28, 1)],
    categories=cats(),
    notes="Australian radiation oncologist's letter to the GP: T1b NSCLC left lower lobe, SABR 28 Gy in a single "
          "fraction (17/11/2026 = 17 November) on a gantry linac, 4D-CT with PET fused, vacuum bag and abdominal "
          "compression, CBCT before and midway. A single-fraction body course: the claimed single-session cranial codes "
          "77372/77432 are inconsistent (77373/77435 apply).",
    docs=[Doc("x80_16.txt", text=f"""
SOUTHERN CROSS COAST CANCER CARE (invented)
Radiation Oncology - Bellarine Heads campus
Provider no. 0000000X (synthetic)

23 November 2026

Dr Priya Ramanathan
Seaview Family Practice

Dear Priya,

Re: Mrs {patient(16)}   DOB 08/05/1946   UR {mrn(16)}

Diagnosis: T1bN0M0 non-small cell lung cancer (adenocarcinoma), left lower lobe, 1.8 cm; not fit for lobectomy (FEV1 42% predicted)
Treatment: Stereotactic ablative body radiotherapy (SABR), 28 Gy in a single fraction, 17/11/2026

Thank you for referring Sharon. I am writing to let you know that she completed her SABR last Tuesday, 17 November.

For planning she had a 4D-CT on 05/11/2026 lying in a vacuum bag with an abdominal compression plate to limit breathing movement, and her staging FDG-PET from 28/10/2026 was fused to the planning scan so that the tumour could be outlined accurately. We built an internal target volume from all breathing phases, with a 5 mm margin to the PTV, and planned two partial VMAT arcs (6 MV FFF) so that 95% of the PTV received 28 Gy. Chest wall and rib doses were well inside tolerance (chest wall D30cc 21.2 Gy); the mean lung dose was 2.4 Gy. Our physics team completed the independent check and QA before treatment.

On the day, a cone-beam CT was matched to the tumour before treatment and repeated between the two arcs, and the whole treatment took about 35 minutes. She tolerated it very well. She may notice some tiredness and a mild cough over the next couple of weeks, and rarely chest wall discomfort months later; paracetamol is fine.

I will see her with a CT chest in three months. Please do not hesitate to contact me if you have any concerns.

Kind regards,

Dr Callum Rutherford-Ng
Radiation Oncologist, FRANZCR

cc: Dr Lindsay Oakes, Respiratory Physician
{FOOT}
""")])

# x80_17 -- bundle (2 files): South African HCC liver SBRT '5 x 8,0 Gy = 40,0 Gy encompassing 80 % isodose' --------
_c = "KAROO VALLEY ONCOLOGY CENTRE (invented)"
add(name="x80_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VI HCC", "body", None, 40, 5)],
    categories=cats(),
    notes="Two-file South African bundle: a prescription and plan form in decimal commas ('5 x 8,0 Gy = 40,0 Gy "
          "prescribed to the encompassing 80 % isodose', BED10 72,0 Gy, EQD2 60,0 Gy, Dmax 50,0 Gy) and a typed "
          "completion summary with 24-hour times and dd/mm/yyyy dates. HCC segment VI after failed TACE, triple-phase "
          "CT + MRI fused to a 4D-CT, vacuum bag and abdominal compression, CBCT every fraction.",
    docs=[
        Doc("1_prescription_plan.pdf", [[
            H1("SBRT Prescription and Plan Approval"),
            KeyValue([("Patient", patient(17)), ("Hospital no.", mrn(17)), ("DOB", "19/09/1955"),
                      ("Diagnosis", "Hepatocellular carcinoma segment VI, 3,4 cm, Child-Pugh A6, BCLC A; residual after TACE 08/2026"),
                      ("Oncologist", "Dr. Marlize Coetzee, radiation oncologist"),
                      ("Imaging", "4D-CT 2 mm 20/11/2026 (planning); triple-phase CT liver 12/11/2026 and MRI liver 13/11/2026 fused"),
                      ("Positioning", "Vacuum bag, arms up, abdominal compression belt"),
                      ("Unit / technique", "Gantry linac 6 MV FFF, 2 VMAT arcs, SPRINGBOK-PLAN 4 (invented)"),
                      ("Prescription", "5 x 8,0 Gy = 40,0 Gy, prescribed to the encompassing 80 % isodose, every second weekday")]),
            RuledTable([("Parameter", "Value", "Comment"),
                        ("PTV (ITV + 5 mm)", "61,7 cm3", "V40Gy 95,8 %"),
                        ("Dmax PTV", "50,0 Gy", "= 40,0 / 0,8"),
                        ("BED10 / EQD2 (alpha/beta 10)", "72,0 Gy / 60,0 Gy", "reference only"),
                        ("Normal liver (liver - GTV)", "Dmean 11,4 Gy", "700 cm3 < 15 Gy: yes"),
                        ("Duodenum", "D0,5cm3 22,3 Gy", "< 30 Gy"),
                        ("Stomach", "D0,5cm3 17,9 Gy", "")]),
            P("Approved 25/11/2026 09:40. Independent MU check and patient-specific QA passed 26/11/2026."),
            sig("Dr. Marlize Coetzee 25/11/2026"),
            sig("Mr. Sibusiso Dlamini, medical physicist 26/11/2026"),
        ]], opts=dict(header=head(_c, 17, "19/09/1955"))),
        Doc("2_completion_summary.txt", text=f"""
KAROO VALLEY ONCOLOGY CENTRE (invented) - RADIATION ONCOLOGY
TREATMENT COMPLETION SUMMARY
Patient: {patient(17)}    Hospital no.: {mrn(17)}    Date: 09/12/2026

Treatment: SBRT liver segment VI (HCC), gantry linac, 5 x 8,0 Gy.

Fractions delivered (CBCT before every fraction, matched to liver and lipiodol, abdominal compression in place):
1  30/11/2026  10:15  8,0 Gy
2  02/12/2026  10:05  8,0 Gy
3  04/12/2026  11:20  8,0 Gy
4  07/12/2026  10:10  8,0 Gy
5  09/12/2026  10:00  8,0 Gy

Total delivered: 40,0 Gy in 5 fractions to the segment VI HCC, completed 09/12/2026. Tolerated well; grade 1 fatigue, no abdominal pain. LFTs before fraction 3 unchanged (bilirubin 14 umol/l, albumin 38 g/l). Follow-up triple-phase CT and AFP in 3 months at the hepatology clinic (Dr. Naidoo).

Dr. Marlize Coetzee, radiation oncologist
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives and a course of more than five fractions
# ==================================================================================================

# x80_18 -- letter (text): Scottish consultant clinic letter, lung SABR recommended, patient undecided ------------------
add(name="x80_18", kind="letter", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: Scottish consultant clinical oncologist's new-patient clinic letter recommending lung SABR "
          "(55 Gy in 5 fractions, or 54 Gy in 3 if peripheral enough), describing the planning 4D-CT that would be "
          "booked; the patient wishes to think it over and nothing is booked. Staging PET-CT is diagnostic history. "
          "Consult only: facts empty.",
    docs=[Doc("x80_18.txt", text=f"""
ABERLOCHY ROYAL INFIRMARY (invented)
Department of Clinical Oncology - Lung Cancer Service

Dr Euan MacLachlan, Consultant Clinical Oncologist
Clinic: 02/12/2026    Dictated: 02/12/2026    Typed: 04/12/2026

Dr Morag Dunbar
Kirkton Medical Practice

Dear Dr Dunbar

Re: Mrs {patient(18)}   DOB 27/06/1950   CHI 0000000018 (synthetic)   Hosp no. {mrn(18)}

Diagnosis: Probable early-stage lung cancer, right lower lobe, 2.2 cm spiculated nodule, PET-avid (SUVmax 7.4), cT1cN0M0; biopsy not advised by the MDT because of emphysema (risk of pneumothorax)
Plan: Stereotactic ablative radiotherapy (SABR) offered; patient considering

I saw Mrs Quigley in clinic today with her husband. As you know, the nodule was picked up on a CT for her COPD and has grown from 1.5 cm to 2.2 cm over six months; her PET-CT on 10/11/2026 showed it to be avid with no nodal or distant disease. The lung MDT on 19/11/2026 recommended treatment as a presumed lung cancer without biopsy, and surgery is not an option with her lung function.

I explained stereotactic ablative radiotherapy. If she goes ahead she would first have a planning 4D-CT scan lying in a vacuum bag, and treatment would most likely be 55 Gy in 5 fractions on alternate days, or possibly 54 Gy in 3 fractions if the tumour is far enough from the chest wall; I would decide that at planning. We talked about the side effects: tiredness, cough, a small risk of pneumonitis and of rib fracture or chest wall pain. Local control is around 90% at three years.

Mrs Quigley would like some time to think about this and to discuss it with her daughter, who is a nurse. She will phone my secretary in the next two weeks. Nothing has been booked yet and she has not signed a consent form. If she decides against treatment, I would suggest CT surveillance every three months.

Yours sincerely

Dr Euan MacLachlan
Consultant Clinical Oncologist
{FOOT}
""")])

# x80_19 -- printout (PDF): German conventional palliative course L3 '10 x 3,0 Gy ad 30,0 Gy', ED/GD columns ------------
_c = "STRAHLENTHERAPIE AM STADTPARK HELMSTEDE (invented)"
add(name="x80_19", kind="printout", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], []),
    lesions=[L("LWK 3 (L3)", "spinal", None, 30, 10)],
    categories=cats(positioning=False),
    notes="Near-miss negative: translated German irradiation protocol of a conventional palliative 3D course to LWK 3 "
          "(L3), '10 x 3,0 Gy ad 30,0 Gy' in ED/GD columns, ten rows with dd.mm.yyyy dates; SBRT was discussed at "
          "the tumour board and rejected. Ten fractions: the claimed SBRT / spine SRS codes are inconsistent. Planning "
          "CT only; positioned on a knee roll with no immobilisation device; kV imaging day 1 and weekly.",
    docs=[Doc("x80_19.pdf", [
        [H1("Irradiation Protocol - conventional palliative radiotherapy (translated)"),
         KeyValue([("Patient", patient(19)), ("Patient no.", mrn(19)), ("Born", "03.03.1943"),
                   ("Diagnosis", "Multiple myeloma IgG kappa; painful osteolysis LWK 3 (L3) without fracture or epidural component"),
                   ("Tumour board", "18.11.2026: conventional palliative RT; SBRT not indicated (diffuse disease, palliative aim)"),
                   ("Technique", "3D conformal, 2 opposed fields (AP/PA), 15 MV, linac 1"),
                   ("Positioning", "Supine on standard head rest and knee roll; no immobilisation aids"),
                   ("Planning imaging", "Planning CT 3 mm 20.11.2026"),
                   ("Target", "PTV LWK 2-4 (LWK 3 with one vertebra above and below)"),
                   ("Prescription", "ED 3,0 Gy, GD 30,0 Gy, 10 Fx, 5 x per week, ICRU reference point")]),
         P("Legend: ED = single dose, GD = total dose, LWK = lumbar vertebral body."),
         ],
        [H1("Daily record"),
         RuledTable([("Fx", "Date", "ED (Gy)", "GD (Gy)", "Imaging"),
                     ("1", "23.11.2026", "3,0", "3,0", "kV pair, approved"),
                     ("2", "24.11.2026", "3,0", "6,0", "-"),
                     ("3", "25.11.2026", "3,0", "9,0", "-"),
                     ("4", "26.11.2026", "3,0", "12,0", "-"),
                     ("5", "27.11.2026", "3,0", "15,0", "-"),
                     ("6", "30.11.2026", "3,0", "18,0", "kV pair, approved"),
                     ("7", "01.12.2026", "3,0", "21,0", "-"),
                     ("8", "02.12.2026", "3,0", "24,0", "-"),
                     ("9", "03.12.2026", "3,0", "27,0", "-"),
                     ("10", "04.12.2026", "3,0", "30,0", "-")]),
         P("Irradiation completed 04.12.2026, GD 30,0 Gy to LWK 2-4 reached. Pain NRS 7 -> 3. Continuation of "
           "daratumumab-based therapy per haematology."),
         sig("Dr. med. Henrike Brandstaetter, specialist in radiotherapy, 04.12.2026"),
         ]], opts=dict(header=head(_c, 19, "03.03.1943")))])

# x80_20 -- printout (PDF): Dutch central lung SABR 8 x 7,5 Gy = 60 Gy (eight fractions); SBRT codes claimed -----------
_c = "ZIEKENHUIS DE LINDEHOF (invented) - Radiotherapy Department"
add(name="x80_20", kind="printout", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 8, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe, central", "body", None, 60, 8)],
    categories=cats(),
    notes="Dutch risk-adapted central lung SABR: '8 x 7,5 Gy = 60 Gy' to a tumour within 2 cm of the proximal bronchial "
          "tree, called 'stereotactic' throughout, with 4D-CT + PET-CT, vacuum cushion and CBCT every fraction; eight "
          "fraction rows. More than five fractions: the claimed 77373/77435 are inconsistent and there is no delivery "
          "code, although facts and documentation are complete.",
    docs=[Doc("x80_20.pdf", [
        [H1("Stereotactic Radiotherapy Lung (central) - Course Report"),
         KeyValue([("Patient", patient(20)), ("Patient no.", mrn(20)), ("Date of birth", "12-12-1949"),
                   ("Diagnosis", "NSCLC (squamous) left lower lobe, central, 3,1 cm, 1,4 cm from the left main bronchus (PBT), cT2aN0M0"),
                   ("Radiotherapist-oncologist", "dr. Sanne Hoogeveen"),
                   ("Scheme", "Risk-adapted SBRT for a central tumour: 8 x 7,5 Gy = 60 Gy, 3 x per week"),
                   ("Planning imaging", "4D-CT 2 mm 02-11-2026 with mid-ventilation reconstruction; FDG-PET-CT 26-10-2026 registered to the 4D-CT for GTV delineation"),
                   ("Positioning", "Vacuum cushion, arms above the head, knee support"),
                   ("Linac / technique", "Gantry linac 6 MV FFF, 2 VMAT arcs; planning system LINDE-TPS 12 (invented)"),
                   ("Prescription", "PTV D95% >= 60 Gy; Dmax 78,0 Gy; PBT Dmax 49,6 Gy; oesophagus Dmax 38,2 Gy")]),
         P("Plan approved 06-11-2026; independent dose calculation and patient QA passed."),
         ],
        [H1("Treatment record"),
         RuledTable([("Fx", "Date", "CBCT match", "Dose (Gy)", "Cumulative (Gy)"),
                     ("1/8", "09-11-2026", "tumour, approved", "7,5", "7,5"),
                     ("2/8", "11-11-2026", "tumour, approved", "7,5", "15,0"),
                     ("3/8", "13-11-2026", "tumour, approved", "7,5", "22,5"),
                     ("4/8", "16-11-2026", "tumour, approved", "7,5", "30,0"),
                     ("5/8", "18-11-2026", "tumour, approved", "7,5", "37,5"),
                     ("6/8", "20-11-2026", "tumour, approved", "7,5", "45,0"),
                     ("7/8", "23-11-2026", "tumour, approved", "7,5", "52,5"),
                     ("8/8", "25-11-2026", "tumour, approved", "7,5", "60,0")]),
         P("Completed 25-11-2026: 60 Gy in 8 fractions of 7,5 Gy to the central left lower lobe tumour. Mild "
           "oesophagitis (grade 1). Follow-up with CT thorax at 3 months."),
         sig("dr. S. Hoogeveen, radiotherapist-oncologist, 25-11-2026"),
         sig("ir. Pieter Langeveld, clinical physicist, 25-11-2026"),
         ]], opts=dict(header=head(_c, 20, "12-12-1949")))])


CORPUS = Corpus("blind_corpus80", "tests/blind_corpus80", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
