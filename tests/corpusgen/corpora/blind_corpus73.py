"""Seventy-third blind corpus, ``tests/blind_corpus73/`` (regenerate: ``python scripts/make_corpus.py blind_corpus73``).

Twenty courses as the hard half of a coding office's in-tray on an ordinary week: faxed and scanned pages (fax
cover sheets and fax header lines, fine and standard resolution, skewed sheets, a photocopied form with the
handwritten entries typed in), a landscape page stored rotated, long bundles of four to five files (.pdf and
.txt) whose lesion list, doses and plan change between consult, simulation, plan, on-treatment notes and
summary (a lesion dropped after simulation, a mid-course re-plan, a course stopped early, a regimen changed
at planning), dictated notes with numbers in words, and five hard negatives of different kinds (a consult that
only recommends, a payer's prior-authorisation letter, a tumour-board minute, a referral letter recounting
radiosurgery given elsewhere, a plan that was never delivered). Voices: US (Midwest, Texas, New England,
Puerto Rico), Canada (Quebec, Alberta), UK, Scotland, Switzerland, India, Singapore, South Africa, New
Zealand, the Netherlands, Norway. Every clinic, clinician and system is invented.
Two charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (letters, dictations and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINE", "BARNABY", "CLEMENTINE", "DESMOND", "EULALIA", "FITZGERALD", "GWENDOLYN", "HORATIO",
         "IMOGEN", "JETHRO", "KESTREL", "LEOPOLD", "MARGUERITE", "NATHANIEL", "OTTILIE", "PERCIVAL", "QUENTIN",
         "ROSALIND", "SEPTIMUS", "THEODORA"]


def patient(n: int) -> str:
    return f"SEVENTYTHREEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-730{n:02d}"


def fax_line(sender: str, number: str, when: str, page: str) -> str:
    return f"{when}   FROM: {sender}   FAX {number}   {page}"


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# t73_01 -- bundle (4 files): consult 4 lesions, sim note drops one (vessel), plan 3 PTVs, summary in cGy ------------
_c = "LAKE WINNEMAC UNIVERSITY HOSPITAL - RADIATION ONCOLOGY"
add(name="t73_01", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right parietal metastasis", "cranial", S, 20, 1),
             L("right cerebellar metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="US academic four-file bundle: consult recommends SRS to four metastases (one a 3 mm left occipital "
          "focus); the simulation note's physician addendum drops that focus after the thin-slice SRS MRI shows "
          "it is a cortical vein; the plan printout has three PTVs (20/20/18 Gy, 80% IDL, single isocenter) and the "
          "treatment summary gives 2000/2000/1800 cGy in one fraction, frameless mask, CBCT + surface guidance. "
          "Three lesions.",
    docs=[
        Doc("1_consult.txt", text=f"""
LAKE WINNEMAC UNIVERSITY HOSPITAL
Department of Radiation Oncology - NEW PATIENT CONSULTATION

Patient: {patient(1)}            MRN: {mrn(1)}            DOB: 03/17/1958
Date of service: 10/28/2026
Referring: Jonah Pettibone, MD (Medical Oncology)
Attending: Marisol Vandekamp, MD

REASON FOR CONSULTATION: Brain metastases, ER+/HER2- breast cancer.

HISTORY OF PRESENT ILLNESS: 68-year-old woman with metastatic breast cancer to bone and liver, on CDK4/6 inhibitor plus
letrozole, who developed word-finding pauses. MRI brain with and without contrast 10/22/2026 shows four enhancing lesions:
  1. Left frontal, 1.2 cm, mild vasogenic edema
  2. Right parietal, 0.9 cm
  3. Right cerebellar hemisphere, 1.6 cm, no mass effect on the fourth ventricle
  4. Left occipital, 3 mm punctate focus (equivocal)
No hemorrhage. KPS 80.

ASSESSMENT AND PLAN: Four brain metastases, largest 1.6 cm. We discussed stereotactic radiosurgery versus whole brain
radiotherapy; she prefers SRS. Recommend single-fraction SRS to all four lesions, anticipated 20 Gy to the smaller lesions
and 18 Gy to the cerebellar lesion. Will obtain SRS-protocol MRI (1 mm) and CT simulation with a frameless mask.
Dexamethasone 4 mg BID with taper after SRS. Consent signed today.

Marisol Vandekamp, MD - electronically signed 10/28/2026 17:02
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
LAKE WINNEMAC UNIVERSITY HOSPITAL - RADIATION ONCOLOGY
SIMULATION NOTE                                       {patient(1)}   MRN {mrn(1)}

Date: 11/04/2026
Procedure: CT simulation for intracranial SRS. Patient supine, head in a custom three-point frameless thermoplastic SRS mask
with mouth bite. CT head 1.0 mm slices, no contrast, acquired without difficulty. SRS-protocol MRI (3D T1 post-contrast,
1 mm) was obtained 11/03/2026 and sent to the planning system (WINNEMAC-PLAN 5, invented) for fusion.
Targets per consult: 4. Dosimetry to contour.
Therapists: K. Obermeyer, RTT; D. Lusk, RTT

ADDENDUM - 11/06/2026 (M. Vandekamp, MD): Reviewed fused MRI with neuroradiology (Dr. Halvorsen). The 3 mm left occipital
focus on the diagnostic MRI is a cortical vein on the 1 mm post-contrast sequence and does not persist on the delayed
series. It is NOT a target and has been removed from the structure set. Final targets: left frontal, right parietal,
right cerebellar (3). Prescription unchanged for these.
{FOOT}
"""),
        Doc("3_plan_printout.pdf", [[
            H1("SRS Plan Report - Approved"),
            KeyValue([("Patient", f"{patient(1)}   MRN {mrn(1)}"), ("Plan", "SRS_MULTI_v1 (approved 11/08/2026 by M. Vandekamp, MD)"),
                      ("Treatment unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"), ("Technique", "Single isocenter, 5 non-coplanar VMAT arcs"),
                      ("Planning system", "WINNEMAC-PLAN 5 (invented)"), ("Image registration", "CT 11/04/2026 + MRI T1 post-contrast 11/03/2026, rigid")]),
            RuledTable([("Structure", "Vol (cc)", "Rx dose", "Fx", "Rx IDL", "Coverage", "Max dose"),
                        ("PTV_LFrontal", "1.21", "20.00 Gy", "1", "80%", "99.1%", "24.9 Gy"),
                        ("PTV_RParietal", "0.58", "20.00 Gy", "1", "80%", "98.8%", "25.0 Gy"),
                        ("PTV_RCereb", "2.64", "18.00 Gy", "1", "80%", "99.4%", "22.4 Gy")]),
            H2("Organs at risk"),
            RuledTable([("OAR", "Constraint", "Achieved"), ("Brainstem", "Dmax < 15 Gy", "6.8 Gy"), ("Optic chiasm", "Dmax < 8 Gy", "1.2 Gy"),
                        ("Brain - PTVs", "V12Gy < 10 cc", "6.1 cc")]),
            P("Physics: independent MU calculation agrees within 1.8%; patient-specific QA (portal dosimetry) 98.6% gamma 2%/1 mm, passed 11/09/2026."),
            sig("Ingrid Solheim-Baker, MS, DABR, Medical Physicist 11/09/2026"),
        ]], opts=dict(header=[_c, f"{patient(1)}   MRN {mrn(1)}   Plan report"])),
        Doc("4_treatment_summary.pdf", [[
            H1("Radiation Treatment Summary - Stereotactic Radiosurgery"),
            KeyValue([("Patient", patient(1)), ("MRN", mrn(1)), ("Diagnosis", "C79.31 Secondary malignant neoplasm of brain; C50.911 breast"),
                      ("Treatment date", "11/10/2026 (single fraction)"), ("Immobilization", "Frameless thermoplastic SRS mask"),
                      ("Image guidance", "CBCT with 6DoF correction; intrafraction surface monitoring (threshold 1 mm)")]),
            RuledTable([("Site", "Dose/fx (cGy)", "Fx", "Total (cGy)", "Start", "End"),
                        ("Left frontal", "2000", "1", "2000", "11/10/2026", "11/10/2026"),
                        ("Right parietal", "2000", "1", "2000", "11/10/2026", "11/10/2026"),
                        ("Right cerebellum", "1800", "1", "1800", "11/10/2026", "11/10/2026")]),
            P("The left occipital punctate focus on the 10/22 MRI was determined to be vascular and was not treated. Treatment was "
              "well tolerated. Dexamethasone taper over 10 days. Follow-up MRI brain in 8 weeks with clinic visit."),
            sig("Marisol Vandekamp, MD, Radiation Oncology 11/10/2026 16:44"),
        ]], opts=dict(header=[_c, f"{patient(1)}   MRN {mrn(1)}   DOB 03/17/1958"])),
    ])

# t73_02 -- scan (fax, 2 pages): Quebec cover sheet + cobalt-60 frame radiosurgery for trigeminal neuralgia ----------
_c = "CLINIQUE DE RADIOCHIRURGIE DU VIEUX-PORT"
_fx = "514 555 0173"
add(name="t73_02", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (functional target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Faxed (fine resolution, 200 dpi, slightly skewed, speckle) two pages from a Montreal clinic to a US billing "
          "service: a bilingual fax cover sheet, then the radiosurgery summary for right trigeminal neuralgia: 80 Gy "
          "maximum dose to the 100% isodose with one 4 mm shot at the right trigeminal root entry zone, under a "
          "stereotactic head frame, stereotactic MRI + CT, frame co-ordinate check. Functional target: complex.",
    docs=[Doc("t73_02.pdf", [
        [
            H1("TÉLÉCOPIE / FAX TRANSMITTAL"),
            KeyValue([("À / To", "Heartland Revenue Partners - SRS coding desk"), ("Télécopieur / Fax", "+1 312 555 0190"),
                      ("De / From", "Mme Sylvie Brassard-Oyelaran, archives médicales"), ("Date", "2026-11-30"),
                      ("Pages (incl. cover)", "2"),
                      ("Objet / Re", f"{patient(2)} - dossier {mrn(2)} - radiochirurgie du 2026-11-19")]),
            P("Veuillez trouver ci-joint le résumé de traitement demandé. Please find attached the treatment summary you requested for "
              "the claim. The operative note of the neurosurgeon will follow under separate cover."),
            P("CONFIDENTIALITÉ: Ce message est destiné uniquement au destinataire. If you received this fax in error please call "
              "514 555 0170 and destroy all copies."),
        ],
        [
            H1("Résumé de radiochirurgie / Radiosurgery summary"),
            KeyValue([("Patient", f"{patient(2)}    Dossier/MRN: {mrn(2)}    DDN/DOB: 1949-06-02"),
                      ("Diagnostic", "Névralgie du trijumeau droite (V2-V3), réfractaire / right trigeminal neuralgia, medically refractory (carbamazepine, baclofen), BNI IV"),
                      ("Date", "2026-11-19"), ("Appareil / Unit", "multi-source cobalt-60 radiosurgery unit (192 sources)"),
                      ("Cadre / Frame", "stereotactic head frame applied 07:20 under local anaesthesia (4 pins), removed 11:05"),
                      ("Imagerie", "IRM stéréotaxique 3D T1 + CISS 0,5 mm and CT stéréotaxique 1 mm the same morning, fused"),
                      ("Planification", "VIEUX-PORT GP 11 (invented); one isocentre, 4 mm collimator, 1 shot"),
                      ("Cible / Target", "right trigeminal nerve, root entry zone, 7,5 mm anterior to the pons"),
                      ("Dose", "80 Gy dose maximale à l'isodose 100% (1 fraction); brainstem 15 Gy isodose tangential to pons"),
                      ("Vérification", "frame co-ordinates checked on the couch (deviation 0,2 mm) before the shot"),
                      ("Temps de traitement", "52,4 min")]),
            P("Traitement complété sans complication. Delivered: 80 Gy maximum, single session, right trigeminal nerve. Follow-up at "
              "3 months; continue carbamazepine until pain relief, then taper."),
            sig("Dr Étienne Rousseau-Mbeki, neurochirurgien 2026-11-19"),
            sig("Dre Hélène Tremblay-Yoon, radio-oncologue 2026-11-19"),
            sig("M. Karim Delacroix-Pham, physicien médical 2026-11-19"),
        ],
    ], opts=dict(header=[fax_line(_c, _fx, "NOV-30-2026 14:22", "P.1-2"), f"{_c}, Montréal"],
                 scan=True, scan_dpi=200, scan_skew=1.2, scan_noise=6))])

# t73_03 -- pdf (two-column page): Swiss fractionated cobalt-60 mask, 3.8 cm petroclival meningioma, 3 x 7 Gy ---------
_c = "SPITAL LIMMATGRUND - RADIOCHIRURGIE"
add(name="t73_03", kind="pdf", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left petroclival meningioma", "cranial", C, 21, 3)],
    categories=cats(),
    notes="Swiss two-column report (German-influenced English, 'Dr. med.', dd.mm.yyyy, decimal commas): a 3,8 cm "
          "left petroclival meningioma (complex by size and location) treated 3 x 7,0 Gy = 21 Gy to the 50% isodose "
          "on a mask-capable multi-source cobalt-60 unit with CBCT and infrared motion monitoring; MRI + planning "
          "CT. Single-session codes 77371/77432 claimed for a 3-fraction course: wrong.",
    docs=[Doc("t73_03.pdf", [[
        H1("Bericht / Report: fraktionierte Radiochirurgie (hypofractionated SRS)"),
        H2("Indikation"),
        P(f"{patient(3)}, geb. 11.09.1961, Fall-Nr. {mrn(3)}. Left petroclival meningioma, WHO grade 1 presumed (no histology), "
          "3,8 x 2,9 x 2,6 cm, slowly progressive since 2023 with left facial hypaesthesia. Interdisciplinary neuro-oncology board "
          "29.10.2026: fractionated radiosurgery (size over 3 cm, proximity to brainstem) rather than resection."),
        H2("Planung"),
        P("Thermoplastische Maske with nasal reference marker, made 04.11.2026. Planning MRI (T1 KM 1 mm, T2) 04.11.2026 and "
          "planning CT 1 mm 04.11.2026, co-registered; reference CBCT on the unit. Planning system ALPENPLAN 3 (invented), "
          "31 shots, 4/8/16 mm. Verschreibung: 3 x 7,0 Gy auf die 50%-Isodose; coverage 97,2%, PIV 14,9 ccm."),
        P("OAR: brainstem D0,1ccm 17,4 Gy (3 Fr.), cochlea left Dmean 4,1 Gy, optic apparatus far (> 2 cm)."),
        ColumnBreak(),
        H2("Durchführung / Delivery"),
        RuledTable([("Fr.", "Datum", "CBCT (mm)", "Dosis (Gy)", "kumulativ (Gy)"),
                    ("1", "09.11.2026", "0,4", "7,0", "7,0"),
                    ("2", "10.11.2026", "0,6", "7,0", "14,0"),
                    ("3", "11.11.2026", "0,3", "7,0", "21,0")], widths=(24, 66, 50, 50, 60)),
        P("Unit: multi-source cobalt-60 radiosurgery unit (mask capable), infrared motion monitoring, threshold 1,5 mm; no "
          "pause above threshold."),
        H2("Beurteilung"),
        P("Gut vertragen. 21 Gy in 3 Fraktionen to the left petroclival meningioma, completed 11.11.2026. MRI in 6 months."),
        sig("Dr. med. Lukas Brändli-Okonkwo, Oberarzt Radio-Onkologie 11.11.2026"),
        sig("PD Dr. med. Vreni Aebischer, Leitende Ärztin 12.11.2026"),
    ]], opts=dict(header=[_c, f"{patient(3)}   Fall-Nr. {mrn(3)}"], two_columns=True))])

# t73_04 -- dictated text (Texas): robotic linac single session, six metastases, one pontine; numbers in words --------
add(name="t73_04", kind="ehr_text", codes=["G0339", "77432", "61798", "61797", "61799"],
    facts=F("robotic_linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right frontal", "cranial", S, 20, 1),
             L("left parietal", "cranial", S, 18, 1), L("right temporal", "cranial", S, 18, 1),
             L("left cerebellar", "cranial", S, 18, 1), L("pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Transcribed dictation from a Texas robotic-radiosurgery centre with numbers in words ('twenty gray', "
          "'fifteen hundred centigray'): six melanoma metastases in one session on a robotic-arm linac, one in the "
          "pons (brainstem: complex) at 15 Gy, five simple at 20/20/18/18/18 Gy; mask, CT + MRI, skull tracking. "
          "61799 claimed with only one complex lesion: wrong.",
    docs=[Doc("t73_04.txt", text=f"""
BLUEBONNET ROBOTIC RADIOSURGERY CENTER, SAN MARCOS TX
PROCEDURE NOTE - DICTATED
Patient: {patient(4)}     MRN: {mrn(4)}     DOB: 08/30/1966
Date of procedure: 11/18/2026
Attending: Travis Oduya-Whitfield, MD (Radiation Oncology); Co-surgeon: Beau Lindqvist, MD (Neurosurgery)

PROCEDURE: Stereotactic radiosurgery, single fraction, six intracranial targets, robotic-arm mounted 6 MV linac.

INDICATION: This is a sixty-year-old gentleman with BRAF-mutant melanoma on dabrafenib and trametinib whose restaging MRI of
the brain on the ninth of November showed six new enhancing metastases, the largest one point four centimeters in the left
frontal lobe, and one small lesion in the left pons measuring about six millimeters. He is neurologically intact with a KPS of
ninety. We talked at length about whole brain and he wanted radiosurgery.

DESCRIPTION: The patient was brought to the vault and positioned supine in his custom thermoplastic mask that was made at
simulation on the twelfth. Planning imaging was a thin-cut contrast CT on the twelfth fused to a volumetric post-gadolinium MRI
from the eleventh, and I contoured all six lesions with neuroradiology input. The plan was built in the LONGHORN-MP 7 system,
invented, using the fixed cones, two hundred and four beams in total, prescribed to the seventy-eight to eighty-two percent
isodose lines depending on the target. Physics did the second check and the DQA before the patient arrived.

Doses were as follows. Left frontal, twenty gray. Right frontal, twenty gray. Left parietal, eighteen gray. Right temporal,
eighteen gray. Left cerebellar, eighteen gray. The pontine lesion, because it sits within the brainstem, got fifteen hundred
centigray in the one fraction, and the brainstem max point dose outside the target was held to fifteen gray.

Six-D skull tracking was used throughout with orthogonal kilovoltage images roughly every sixty seconds; corrections never
exceeded zero point six millimeters and zero point four degrees. Total beam-on time was about seventy-one minutes. All six
targets were treated in the one session. He tolerated it fine and went home with his wife. No new steroids.

IMPRESSION: Single-session radiosurgery to six brain metastases, five simple and one brainstem lesion, completed without
complication. MRI in six to eight weeks.

Dictated by Travis Oduya-Whitfield, MD.  D: 11/18/2026 15:40  T: 11/19/2026 08:12 (jrm)
Electronically signed by Travis Oduya-Whitfield, MD on 11/19/2026 11:03
{FOOT}
""")])

# t73_05 -- bundle (3 files): UK cavity + intact metastasis FSRT 5#, re-plan after fraction 2, scanned on-treatment form
_c = "WESTMARCH CANCER CENTRE - STEREOTACTIC SERVICE"
add(name="t73_05", kind="bundle", codes=["77373", "77435", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", S, 30, 5), L("right frontal metastasis", "cranial", S, 25, 5)],
    categories=cats(),
    notes="UK three-file bundle: the consultant's planning letter (cavity 30 Gy/5#, intact right frontal metastasis "
          "25 Gy/5#), a photocopied and scanned on-treatment form (skewed 3 degrees, speckle, handwritten entries "
          "typed in square brackets) recording a re-plan (v2) after fraction 2 because the cavity shrank on CBCT, same "
          "dose per fraction, and the typed completion summary. One course of five fractions, two lesions, both simple "
          "(cavity 3,2 cm).",
    docs=[
        Doc("1_planning_letter.pdf", [[
            P("WESTMARCH CANCER CENTRE - Department of Clinical Oncology, Stereotactic Service"),
            P("Clinic date: 22 October 2026      Typed: 23 October 2026"),
            P("Mr D. Ashworth-Nnamdi, Consultant Neurosurgeon, Westmarch General"),
            P(f"Re: {patient(5)}, DOB 19/04/1972, Hosp No {mrn(5)}"),
            P("Diagnosis: Metastatic renal cell carcinoma; resected left parietal metastasis (30/09/2026); new 11 mm right frontal metastasis."),
            P("Dear Mr Ashworth-Nnamdi,"),
            P("Thank you for referring this gentleman after your resection. The post-operative MRI shows a clean cavity of 3,2 cm and "
              "a small new right frontal metastasis. I have recommended fractionated stereotactic radiotherapy to both in the same "
              "five-fraction course: 30 Gy in 5# to the cavity and 25 Gy in 5# to the right frontal lesion, on our 6 MV FFF gantry "
              "linac in a thermoplastic mask. He has had his planning CT and a contrast MRI today and we will aim to start on 2 November."),
            P("Yours sincerely,"),
            sig("Dr Harriet Quennell-Obi, Consultant Clinical Oncologist"),
        ]]),
        Doc("2_on_treatment_form_scan.pdf", [[
            H1("STEREOTACTIC RT - ON-TREATMENT RECORD (form ST-07 rev 3)"),
            P(f"Name: [{patient(5)}]     Hosp No: [{mrn(5)}]     Consultant: [Dr Quennell-Obi]"),
            P("Immobilisation:  (x) thermoplastic mask   ( ) frame   ( ) vac bag        Unit: [LA3 - 6 MV FFF]"),
            P("Rx:  PTV_Cavity [30 Gy / 5#]     PTV_RFrontal [25 Gy / 5#]      Plan: [v1]"),
            RuledTable([("#", "Date", "CBCT ok?", "Shift (mm)", "Cavity Gy", "R front Gy", "Init."),
                        ("1", "[02/11]", "[✓]", "[1.1]", "[6]", "[5]", "[JP/KT]"),
                        ("2", "[04/11]", "[✓ cavity smaller]", "[0.8]", "[6]", "[5]", "[JP/AR]"),
                        ("3", "[09/11]  PLAN v2", "[✓]", "[0.6]", "[6]", "[5]", "[KT/AR]"),
                        ("4", "[11/11]", "[✓]", "[0.9]", "[6]", "[5]", "[JP/KT]"),
                        ("5", "[13/11]", "[✓]", "[0.5]", "[6]", "[5]", "[JP/AR]")]),
            P("Comments: [#2: cavity visibly smaller on CBCT, Dr Q-O informed. Re-scan CT + MRI 05/11, re-contoured, PLAN v2 "
              "approved 06/11 - same dose per # (6 Gy / 5 Gy). #3 onwards on v2. Physics check v2 done 06/11 (MU 1,4%).]"),
            P("Course complete: (x) yes ( ) no    Signed RTT: [K. Tolliver-Mensah]   Checked: [Dr H Q-O]"),
        ]], opts=dict(header=["WESTMARCH CANCER CENTRE - PHOTOCOPY - FILED COPY"], scan=True, scan_dpi=150,
                      scan_skew=3.0, scan_noise=12)),
        Doc("3_completion_summary.txt", text=f"""
WESTMARCH CANCER CENTRE - STEREOTACTIC SERVICE
RADIOTHERAPY COMPLETION SUMMARY                         printed 16/11/2026

Patient:      {patient(5)}       Hosp No: {mrn(5)}
Intent:       Radical (oligometastatic RCC)
Technique:    Fractionated stereotactic radiotherapy (FSRT), 6 MV FFF gantry linac, VMAT, planning system ASHDOWN-TPS 9 (invented)
Immobilisation: thermoplastic SRS mask
Imaging:      planning CT 22/10/2026 and MRI T1+Gd 22/10/2026; re-planning CT + MRI 05/11/2026 (cavity shrinkage)
Plans:        v1 (fractions 1-2), v2 (fractions 3-5), both to the 80% isodose, D95% = Rx
IGRT:         CBCT before every fraction, 6DoF couch

Target                      Dose/#   #     Total     Dates
PTV_Cavity (L parietal)     6 Gy     5     30 Gy     02/11/2026 - 13/11/2026
PTV_RFrontal                5 Gy     5     25 Gy     02/11/2026 - 13/11/2026

Course completed as prescribed; no missed fractions. Mild fatigue, no seizures. MRI brain at 8 weeks.
Dr Harriet Quennell-Obi, Consultant Clinical Oncologist (electronically approved 16/11/2026)
{FOOT}
"""),
    ])

# t73_06 -- pdf with a rotated landscape page: Indian cobalt-60 frame SRS of a right thalamic AVM, angiography -------
_c = "KAVERI INSTITUTE OF NEUROSCIENCES, TIRUCHIRAPPALLI"
add(name="t73_06", kind="pdf", codes=["77372", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right thalamic AVM", "cranial", C, 22, 1)],
    categories=cats(),
    notes="Indian two-page cobalt-60 radiosurgery export; page 2 (the shot table and dose-volume figures) was printed "
          "landscape and is stored rotated. Right thalamic AVM (complex by type) 22 Gy marginal to the 50% isodose "
          "under a stereotactic frame, stereotactic DSA + MRI + CT. 77372 (linac) claimed for a cobalt-60 unit: wrong.",
    docs=[Doc("t73_06.pdf", [
        [
            H1("COBALT-60 RADIOSURGERY - TREATMENT REPORT"),
            KeyValue([("UHID", mrn(6)), ("Patient", f"{patient(6)}   28 Y / M"), ("Diagnosis", "Right thalamic arteriovenous malformation, Spetzler-Martin III, "
                      "bled 2025 (conservatively managed); nidus 2,4 x 2,0 x 1,8 cm"),
                      ("Date of procedure", "26-Nov-2026"), ("Unit", "multi-source cobalt-60 radiosurgery unit (201 sources)"),
                      ("Frame", "Stereotactic frame fixed under LA with 4 pins at 07:05 (Dr V. Raghunathan)"),
                      ("Imaging (stereotactic)", "DSA biplane 08:10; MRI 3D T1 + TOF 08:50; CT 1 mm 09:20; co-registered"),
                      ("Planning", "KAVERI-GP 2.4 (invented) - see page 2 for shot table"),
                      ("Prescription", "Marginal dose 22 Gy to the 50% isodose, single session; max 44 Gy"),
                      ("Verification", "Frame co-ordinates and skull-shape measurements verified before delivery; treatment "
                       "completed 10:42-11:49 without interruption")]),
            P("Post procedure: frame removed, pin sites clean, no deficit. Discharged next morning on levetiracetam 500 mg BD x 2 weeks. "
              "MRI at 6 months, angiography at 3 years to document obliteration."),
            sig("Dr Vaidehi Raghunathan, MCh, Consultant Neurosurgeon 26-Nov-2026"),
            sig("Dr Arun Selvakumar, MD, Radiation Oncologist 26-Nov-2026"),
        ],
        [
            H1("Annexure: shot table and dose-volume (landscape)"),
            RuledTable([("Shot", "X", "Y", "Z", "Collimator (mm)", "Weight", "Gamma angle"),
                        ("1", "112,4", "96,8", "104,1", "8", "1,00", "90"), ("2", "114,0", "98,2", "101,9", "8", "0,86", "90"),
                        ("3", "110,9", "94,1", "106,3", "4", "0,62", "70"), ("4", "115,7", "97,5", "108,0", "4", "0,55", "70"),
                        ("5", "109,8", "99,6", "102,2", "16", "0,41", "110"), ("6", "113,3", "93,7", "99,4", "8", "0,74", "90")]),
            P("Target volume 4,62 cc; PIV 4,71 cc; coverage 97%; selectivity 0,95; GI 2,7. V12Gy (brain) 9,8 cc. Optic tract 4,1 Gy. "
              "Internal capsule max 19,5 Gy (accepted after discussion)."),
            sig("Mr S. Karthikeyan, Medical Physicist 26-Nov-2026"),
        ],
    ], opts=dict(header=[_c, f"UHID {mrn(6)}   {patient(6)}"], rotate={2: 90}))])


# ==================================================================================================
# Spine
# ==================================================================================================

# t73_07 -- scan (fax, standard resolution, skewed): Puerto Rico bilingual T9 SBRT 18 Gy x 1, no IGRT/QA documented ----
_c = "CENTRO DE RADIOCIRUGÍA DEL ATLÁNTICO, PONCE PR"
add(name="t73_07", kind="scan", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 vertebral body metastasis", "spinal", None, 18, 1)],
    categories=cats(delivery_verification=False),
    notes="Low-resolution fax (120 dpi, skewed 2 degrees, heavy speckle) of a bilingual Spanish/English treatment "
          "summary from Puerto Rico: single-fraction spine SBRT 1800 cGy to T9 (epidural disease abutting the "
          "dura) on a gantry linac, vacuum cushion, CT simulation + MRI fusion. The one page says nothing about "
          "image guidance or physics QA: delivery verification unmet.",
    docs=[Doc("t73_07.pdf", [[
        H1("RESUMEN DE TRATAMIENTO / TREATMENT SUMMARY"),
        KeyValue([("Paciente / Patient", patient(7)), ("Expediente / MRN", mrn(7)), ("Fecha nac. / DOB", "02/14/1955"),
                  ("Diagnóstico / Dx", "Metástasis de carcinoma de pulmón a T9 / NSCLC metastatic to T9, Bilsky 1b, SINS 7"),
                  ("Técnica / Technique", "SBRT columna / spine SBRT, VMAT 2 arcos, 6 MV FFF gantry linac"),
                  ("Inmovilización", "Colchón de vacío / vacuum cushion, brazos arriba"),
                  ("Imágenes de planificación", "CT simulación 11/05/2026 (1.25 mm) + MRI columna T1/T2 11/03/2026, fusión"),
                  ("Volumen", "GTV T9 cuerpo + pedículo izq.; CTV según consenso; PTV = CTV + 2 mm"),
                  ("Prescripción / Rx", "1800 cGy x 1 fracción al 80% isodosis; médula (PRV) Dmax 1240 cGy"),
                  ("Fecha de tratamiento", "11/13/2026"),
                  ("Dosis entregada / Delivered", "1800 cGy en 1 fracción a T9")]),
        P("Comentarios: Toleró bien el tratamiento. Dolor 7/10 → 3/10 a la semana. Seguimiento con MRI en 3 meses. "
          "Tolerated well; follow-up MRI in 3 months."),
        sig("Dra. Marisela Quiñones-Harrow, Oncóloga Radioterapeuta 11/13/2026"),
    ]], opts=dict(header=[fax_line("CRA PONCE", "787 555 0107", "12/01/2026 09:47", "P.01"), _c],
                  scan=True, scan_dpi=120, scan_skew=2.0, scan_noise=14))])

# t73_08 -- bundle (4 files): New England T12 + L2 SBRT 27 Gy/3 planned, stopped after 2 fractions (pneumonia) ---------
_c = "MERRIMACK VALLEY REGIONAL CANCER CENTER"
add(name="t73_08", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12 metastasis", "spinal", None, 18, 2), L("L2 metastasis", "spinal", None, 18, 2)],
    categories=cats(),
    notes="New England four-file bundle: consult (T12 and L2 renal-cell metastases, 27 Gy in 3 fractions each "
          "recommended), simulation note (vac-lok, CT + MRI fusion), plan printout (two PTVs, 900 cGy x 3, 80% IDL) "
          "and an end-of-treatment note: admitted with pneumonia after fraction 2, course discontinued, 1800 cGy in "
          "2 fractions delivered to each level. Stopped course: fractions 2, doses 18 Gy.",
    docs=[
        Doc("1_consult.txt", text=f"""
MERRIMACK VALLEY REGIONAL CANCER CENTER - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(8)}    MRN: {mrn(8)}    DOB: 05/05/1951    Date: 10/26/2026
Attending: Prudence Caldwell-Asante, MD

HPI: 75M with clear cell RCC s/p nephrectomy 2021, on cabozantinib, with mid-back and upper lumbar pain. MRI T and L spine
10/19/2026: enhancing lesions of the T12 and L2 vertebral bodies with minimal epidural extension at T12 (Bilsky 1a), no cord
compression; L2 confined to the body. SINS 6 and 5. No prior radiation.

IMPRESSION/PLAN: Two radioresistant spinal metastases. Recommend SBRT to T12 and L2, 27 Gy in 3 fractions each, same
sessions, non-consecutive days. CT simulation with vac-lok next week; will fuse the 10/19 MRI. Discussed pain flare, fracture
risk (~10%), esophagitis unlikely. He wishes to proceed.
Prudence Caldwell-Asante, MD
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
MERRIMACK VALLEY RCC - SIMULATION NOTE            {patient(8)}   {mrn(8)}
11/02/2026  CT simulation, spine SBRT. Supine, arms on chest, full-length vac-lok bag, knee sponge. CT 1.25 mm from T8 to L5.
MRI spine 10/19/2026 (T1 post, T2) registered to CT for T12 and L2. Isocenter marked at T12/L1 junction. Tattoos x3.
Plan: one isocenter, two targets. Target prescription per consult. - P. Caldwell-Asante, MD / R. Devlin, CMD
{FOOT}
"""),
        Doc("3_plan_printout.pdf", [[
            H1("Plan Summary - SPINE_SBRT_T12_L2"),
            KeyValue([("Patient", f"{patient(8)}  ({mrn(8)})"), ("Machine", "6 MV FFF gantry linac, HD MLC"),
                      ("Planning system", "NASHUA-TPS 16 (invented)"), ("Technique", "VMAT, 3 full arcs, single isocenter"),
                      ("Approved", "11/06/2026 P. Caldwell-Asante, MD; physics check 11/06/2026 R. Devlin, CMD / S. Albrecht-Oyo, PhD")]),
            RuledTable([("Target", "Dose/fx (cGy)", "Fx", "Total (cGy)", "IDL", "V100%", "Cord PRV Dmax (cGy)"),
                        ("PTV_T12", "900", "3", "2700", "80%", "92.1%", "2010"),
                        ("PTV_L2", "900", "3", "2700", "80%", "95.6%", "n/a (cauda 1690)")]),
            P("Pre-treatment QA: cylindrical diode array (DIODEX, invented), 97.9% at 2%/2 mm. IGRT: CBCT before each fraction, "
              "6DoF couch, re-CBCT if shift > 1 mm."),
        ]], opts=dict(header=[_c, "Treatment Planning"])),
        Doc("4_end_of_treatment.pdf", [[
            H1("End of Treatment Note - course DISCONTINUED"),
            KeyValue([("Patient", f"{patient(8)}   MRN {mrn(8)}"), ("Course", "Spine SBRT, T12 and L2, planned 2700 cGy / 3 fx each"),
                      ("Start", "11/09/2026"), ("Last treatment", "11/11/2026"), ("Status", "Stopped after fraction 2 of 3")]),
            RuledTable([("Fx", "Date", "CBCT", "T12 (cGy)", "L2 (cGy)"),
                        ("1", "11/09/2026", "approved, 0.7 mm", "900", "900"),
                        ("2", "11/11/2026", "approved, 0.5 mm", "900", "900"),
                        ("3", "11/13/2026", "-", "not given", "not given")]),
            P("The patient was admitted on 11/12/2026 with right lower lobe pneumonia and sepsis. After discussion with him and his "
              "daughter, the third fraction will not be given; he will not return to complete the course. Delivered: T12 1800 cGy in "
              "2 fractions, L2 1800 cGy in 2 fractions. Pain improved at discharge."),
            sig("Prudence Caldwell-Asante, MD 11/20/2026"),
        ]], opts=dict(header=[_c, f"{patient(8)}   MRN {mrn(8)}"])),
    ])

# t73_09 -- dictated text (Scotland): robotic linac C2 and T3, 24 Gy in 2 fractions; numbers in words --------------------
add(name="t73_09", kind="ehr_text", codes=["G0339", "G0340", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2 metastasis", "spinal", None, 24, 2), L("T3 metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Scottish dictated clinic letter with numbers in words: breast cancer metastases at C2 and T3, "
          "each 'twenty-four gray in two fractions' on a robotic-arm linac with spine tracking, head-neck-shoulder mask, "
          "planning CT fused with a whole-spine MRI. Two spinal lesions, all codes consistent.",
    docs=[Doc("t73_09.txt", text=f"""
INVERBRAE ROYAL INFIRMARY - WEST OF SCOTLAND REGIONAL ONCOLOGY UNIT (invented)
Clinic letter - dictated 20/11/2026, typed 24/11/2026

Dr Morag Fairbairn-Adeyinka
Kelvinhaugh Medical Practice

Dear Dr Fairbairn-Adeyinka,

Re: {patient(9)}   CHI-style No. {mrn(9)}   DOB 07/07/1967

Diagnosis: Oestrogen receptor positive breast cancer with two spinal metastases, C2 and T3; no other sites on staging CT of the chest, abdomen and pelvis.
Treatment: Stereotactic ablative radiotherapy, C2 and T3, twenty-four gray in two fractions to each, completed 19/11/2026.

I am writing to let you know that Mrs Seventythreepatient has now completed her stereotactic treatment. She was made a
thermoplastic head, neck and shoulder mask at her planning appointment on the fifth of November, when she had a planning CT
with contrast; this was fused to her MRI of the whole spine done on the third. We outlined the C2 body and dens and the T3
body and left pedicle as two separate targets, and the plan was produced on the TAYSIDE-MP 3 system, invented, with one
hundred and sixty-two non-coplanar beams on the robotic-arm linac, prescribed to the seventy-five percent isodose.

She was treated on the seventeenth and the nineteenth of November, each session giving twelve gray to both C2 and T3, so
each level has had twenty-four gray in two fractions. Spine tracking with paired X-ray images confirmed her position every
few beams. The physics team checked the plan independently beforehand. The spinal cord maximum was twelve point eight gray
over the course, well inside our limit.

She had a sore throat for a few days after the first session but is otherwise well and her neck pain is already easing. I
would be grateful if you could reduce her dexamethasone from two milligrams to nothing over a week. I will see her in
eight weeks with an MRI.

Yours sincerely,

Dr Callum Strachan-Osei
Consultant Clinical Oncologist
cc: patient; Mr N. Grieve, Consultant Spinal Surgeon
{FOOT}
""")])

# t73_10 -- scan (photocopied form, handwritten entries typed in): US L1 post-op SBRT 600 cGy x 5, 63621 claimed -------
_c = "SAGUARO FOOTHILLS ONCOLOGY - SBRT SPINE FORM"
add(name="t73_10", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L1 post-operative spine metastasis", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Scanned photocopy (150 dpi, skewed -2.5 degrees, speckle) of a US fill-in SBRT spine prescription and "
          "treatment form, handwritten entries typed in brackets with tick boxes: post-operative L1 (one segment, "
          "after separation surgery with T12-L2 hardware) 600 cGy x 5 = 3000 cGy, vac-lok, CT + MRI fused, CBCT each "
          "fraction, physics QA. Instrumentation levels are not targets. 63621 claimed with one lesion: wrong.",
    docs=[Doc("t73_10.pdf", [[
        H1("SBRT - SPINE: PRESCRIPTION & TREATMENT RECORD"),
        P(f"Patient: [{patient(10)}]    MRN: [{mrn(10)}]    DOB: [12/01/1963]    Physician: [R. Vasquez-Lindgren MD]"),
        P("Diagnosis / ICD-10: [C79.51 - sarcoma met L1, s/p separation surgery 10/14/26, T12-L2 pedicle screws]"),
        P("Target level(s): [L1]   ( ) intact  (x) post-op   Epidural: (x) yes ( ) no     Prior RT to site: ( ) yes (x) no"),
        P("Immobilization: ( ) mask  (x) Vac-Lok  ( ) other ____     Sim CT date: [10/29/26]   MRI fused: (x) yes  date [10/27/26]"),
        P("Rx: [600] cGy/fx  x  [5] fx  =  [3000] cGy   to  [80] % IDL     Cord/cauda constraint: [cauda Dmax < 3200 cGy]"),
        P("Planning: TPS [SONORAN-PLAN 4 (invented)]  arcs [2 VMAT]  Physics 2nd check (x) [A. Whitehorse 11/2]  Pt QA (x) [pass 98.1%]"),
        RuledTable([("Fx", "Date", "CBCT approved by", "Dose (cGy)", "Cum (cGy)", "RTT"),
                    ("1", "[11/3]", "[RVL]", "[600]", "[600]", "[mh]"),
                    ("2", "[11/5]", "[RVL]", "[600]", "[1200]", "[mh]"),
                    ("3", "[11/7]", "[RVL]", "[600]", "[1800]", "[dt]"),
                    ("4", "[11/10]", "[RVL]", "[600]", "[2400]", "[dt]"),
                    ("5", "[11/12]", "[RVL]", "[600]", "[3000]", "[mh]")]),
        P("Completed: (x) yes  ( ) no     Summary: [L1 3000 cGy / 5 fx complete 11/12/26, no breaks]"),
        P("MD signature: [R Vasquez-Lindgren]  Date: [11/12/26]      Physicist: [A Whitehorse]  Date: [11/12/26]"),
    ]], opts=dict(header=["**COPY**  " + _c], scan=True, scan_dpi=150, scan_skew=-2.5, scan_noise=10))])


# ==================================================================================================
# Body
# ==================================================================================================

# t73_11 -- bundle (5 files): Alberta lung; consult 54 Gy/3, plan 50 Gy/5 (chest wall), summary header copies 54/3 ----
_c = "CHINOOK PRAIRIE CANCER CENTRE"
add(name="t73_11", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe NSCLC", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The treatment summary's regimen field still reads 54 Gy / 3 fr from the consult, while the plan, the on-treatment notes and the summary's own dose table give 50 Gy in 5 fractions.",
    notes="Alberta five-file bundle: consult recommending 54 Gy/3 fr for a peripheral RUL NSCLC, simulation note (4DCT, "
          "vacuum bag, wing board), plan printout changing the regimen to 50 Gy/5 fr because the PTV abuts the chest "
          "wall, on-treatment notes for fractions 1-5 (CBCT each day), and a completion summary whose regimen field "
          "still says 54 Gy / 3 fr (copied forward) while its table gives 50 Gy in 5. Staging PET-CT before the consult.",
    docs=[
        Doc("1_consult.txt", text=f"""
CHINOOK PRAIRIE CANCER CENTRE - Radiation Oncology Consultation
Patient: {patient(11)}   ULI/MRN: {mrn(11)}   DOB: 1947-01-23   Date: 2026-10-14
Referred by: Dr Anneke Vos-Running Bear (Thoracic Surgery)

79-year-old man, ex-smoker 50 pack-years, COPD (FEV1 38%), with a 2.3 cm spiculated RUL nodule; CT-guided biopsy
2026-09-30 adenocarcinoma. Staging FDG PET-CT 2026-10-02: SUVmax 7.1 in the nodule, no nodal or distant uptake. cT1c N0 M0.
Not a surgical candidate per thoracic surgery.

Recommendation: SABR, 54 Gy in 3 fractions if the planning target volume stays clear of the chest wall; otherwise 50 Gy in
5 fractions. 4DCT simulation booked 2026-10-20.
Dr Oluwaseun Bergstrom-Achebe, Radiation Oncologist
{FOOT}
"""),
        Doc("2_simulation_note.txt", text=f"""
CHINOOK PRAIRIE CC - CT SIMULATION RECORD        {patient(11)}  {mrn(11)}
2026-10-20  4DCT thorax (10 phases, 2 mm), free breathing; MIP and average reconstructions sent to planning.
Set-up: supine, arms up on wing board, vacuum bag (CHINOOK-VAC, invented), knee wedge. Tumour motion 7 mm SI.
RTT: L. Marchetti-Cardinal / P. Okonjo.   MD review: ITV to be drawn on MIP.
{FOOT}
"""),
        Doc("3_plan_printout.pdf", [[
            H1("SABR Plan - RUL (approved)"),
            KeyValue([("Patient", f"{patient(11)}  {mrn(11)}"), ("Plan", "RUL_SABR_5fx (RUL_SABR_3fx draft rejected)"),
                      ("Reason", "PTV overlaps chest wall by 4 mm; 3-fraction chest wall V30Gy not met, changed to 50 Gy / 5 fr per consult"),
                      ("Machine", "6 MV FFF gantry linac"), ("Planning system", "BOW-RIVER TPS 12 (invented)"),
                      ("Technique", "2 partial VMAT arcs; ITV from 4DCT MIP, PTV = ITV + 5 mm"),
                      ("Prescription", "50 Gy in 5 fractions (10 Gy/fr), to the 80% isodose covering 95% of PTV")]),
            RuledTable([("Structure", "Metric", "Goal", "Plan"),
                        ("PTV_RUL", "V100%", ">= 95%", "96.3%"), ("PTV_RUL", "Dmax", "< 140%", "124%"),
                        ("Chest wall", "V30Gy", "< 30 cc", "22.6 cc"), ("Lungs-ITV", "V20Gy", "< 10%", "4.9%"),
                        ("Brachial plexus", "D0.03cc", "< 32 Gy", "11.2 Gy")]),
            P("Physics second check passed 2026-10-27 (MU difference 0.9%)."),
            sig("Dr Oluwaseun Bergstrom-Achebe, Radiation Oncologist 2026-10-27"),
        ]], opts=dict(header=[_c, "Treatment Planning"])),
        Doc("4_on_treatment_notes.txt", text=f"""
CHINOOK PRAIRIE CC - ON-TREATMENT NOTES ({patient(11)}, {mrn(11)})

2026-10-29  Fx 1/5. CBCT matched to ITV, shifts 2/1/3 mm applied, MD approved before beam-on. 10 Gy. Tolerated. -OBA
2026-10-31  Fx 2/5. CBCT ok. 10 Gy (cum 20 Gy). Mild cough, baseline. -OBA
2026-11-03  Fx 3/5. CBCT ok. 10 Gy (cum 30 Gy). -MK (covering)
2026-11-05  Fx 4/5. CBCT ok. 10 Gy (cum 40 Gy). -OBA
2026-11-07  Fx 5/5. CBCT ok. 10 Gy (cum 50 Gy). Course complete. -OBA
{FOOT}
"""),
        Doc("5_treatment_summary.pdf", [[
            H1("Radiation Therapy Completion Summary"),
            KeyValue([("Patient", f"{patient(11)}"), ("MRN", mrn(11)), ("Diagnosis", "Adenocarcinoma RUL, cT1c N0 M0"),
                      ("Regimen", "SABR 54 Gy / 3 fr"), ("Dates", "2026-10-29 to 2026-11-07"),
                      ("Immobilization", "Vacuum bag, wing board"), ("IGRT", "Daily CBCT")]),
            RuledTable([("Target", "Dose per fraction", "Fractions", "Total dose"),
                        ("PTV_RUL", "10 Gy", "5", "50 Gy")]),
            P("Completed without interruption. Follow-up CT chest in 3 months; PFTs at 6 months."),
            sig("Dr Oluwaseun Bergstrom-Achebe, Radiation Oncologist 2026-11-09"),
        ]], opts=dict(header=[_c, f"{patient(11)}   {mrn(11)}"])),
    ])

# t73_12 -- scan (fax, fine, 2 pages): Singapore robotic liver HCC 45 Gy/3, fiducials, vacuum cushion ------------------
_c = "MERLION HEPATOBILIARY & RADIOSURGERY CENTRE, SINGAPORE"
add(name="t73_12", kind="scan", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VI hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    notes="Fax (fine, 200 dpi, skewed 1 degree, speckle) from Singapore, cover sheet plus course summary: HCC in "
          "segment VI after incomplete TACE, 45 Gy in 3 fractions on a robotic-arm linac with three gold fiducials and "
          "respiratory tracking, vacuum cushion, triphasic planning CT + MRI. The earlier TACE and its CT are history.",
    docs=[Doc("t73_12.pdf", [
        [
            H1("FACSIMILE"),
            KeyValue([("To", "Overseas Patient Billing - Claims Reviewer"), ("Fax", "+1 415 555 0188"),
                      ("From", "Ms Tan Wei Ling, Medical Records, MHRC"), ("Date", "01 Dec 2026"), ("No. of pages", "2 (incl. this page)"),
                      ("Subject", f"Course summary {patient(12)} {mrn(12)}")]),
            P("As requested for the insurance claim. Please call +65 6555 0112 if any page is illegible."),
        ],
        [
            H1("SBRT COURSE SUMMARY - LIVER"),
            KeyValue([("Patient", f"{patient(12)}   NRIC-style ID: {mrn(12)} (synthetic)"), ("Diagnosis", "HCC segment VI, 3.4 cm, residual after TACE (Aug 2026), Child-Pugh A6"),
                      ("Fiducials", "3 gold seeds, percutaneous, 28 Oct 2026"), ("Immobilisation", "Vacuum cushion, arms up"),
                      ("Planning imaging", "Triphasic CT 1.5 mm 04 Nov 2026 (exhale) + MRI liver (hepatobiliary contrast) 04 Nov 2026, fused"),
                      ("Unit", "robotic-arm mounted 6 MV linac, fiducial + respiratory-motion tracking"),
                      ("Plan", "SINGA-MP 2.2 (invented); 188 non-isocentric beams; Rx to 70% isodose; GTV-PTV 3 mm"),
                      ("Prescription", "45 Gy in 3 fractions (15 Gy/fr); normal liver (liver minus GTV) 700 cc < 15 Gy: achieved"),
                      ("QA", "Patient-specific QA passed 06 Nov 2026 (gamma 97.4%)")]),
            RuledTable([("Fx", "Date", "Tracking error (mm)", "Dose (Gy)"),
                        ("1", "09 Nov 2026", "1.2", "15"), ("2", "11 Nov 2026", "1.0", "15"), ("3", "13 Nov 2026", "1.4", "15")]),
            P("Total 45 Gy / 3 fr delivered to segment VI HCC. No GI toxicity. Triphasic CT in 3 months; AFP monthly."),
            sig("Dr Lim Kai Xiang, Senior Consultant, Radiation Oncology 13 Nov 2026"),
        ],
    ], opts=dict(header=[fax_line("MHRC MED REC", "+65 6555 0119", "01/12/2026 10:03", "P. 1"), _c],
                 scan=True, scan_dpi=200, scan_skew=1.0, scan_noise=8))])

# t73_13 -- pdf export (South Africa): prostate SABR on a 1.5 T MR-linac 36,25 Gy / 5 fr; 77432 claimed -------------
_c = "KAROO-CAPE ONCOLOGY NETWORK - MR-LINAC UNIT"
add(name="t73_13", kind="pdf", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="South African record-and-verify export for prostate SABR on a 1.5 T MR-linac: 36,25 Gy in 5 fractions "
          "(7,25 Gy each), daily adapt-to-position / adapt-to-shape with cine-MRI monitoring, knee and foot "
          "immobilisation, planning CT + MRI. 77432 (single-session cranial management) claimed: wrong.",
    docs=[Doc("t73_13.pdf", [[
        H1("Treatment Course Export - MR-guided SABR"),
        KeyValue([("Patient", f"{patient(13)}"), ("Folder No.", mrn(13)), ("Medical aid", "Synthetic scheme 0000"),
                  ("Diagnosis", "Adenocarcinoma prostate, ISUP grade group 2, PSA 7,9, cT2b N0 M0 (favourable intermediate)"),
                  ("Unit", "1.5 T MR-linac (gantry linac, 7 MV FFF)"), ("Immobilisation", "Knee and foot fixation, comfortably full bladder"),
                  ("Reference imaging", "Planning CT 2 mm (electron density) and MRI T2 3D, both 27/10/2026"),
                  ("Prescription", "36,25 Gy / 5 # to PTV (7,25 Gy / #); CTV 40 Gy not used"),
                  ("Planning system", "FYNBOS-TPS 5 (invented), IMRT 9 beams, daily re-optimisation")]),
        RuledTable([("#", "Date", "Workflow", "PTV D95% (Gy)", "Rectum V36Gy (cc)", "Delivered (Gy)", "Cum. (Gy)"),
                    ("1", "02/11/2026", "ATS", "7,26", "0,3", "7,25", "7,25"),
                    ("2", "04/11/2026", "ATP", "7,25", "0,4", "7,25", "14,50"),
                    ("3", "06/11/2026", "ATS", "7,27", "0,2", "7,25", "21,75"),
                    ("4", "09/11/2026", "ATS", "7,25", "0,5", "7,25", "29,00"),
                    ("5", "11/11/2026", "ATP", "7,26", "0,3", "7,25", "36,25")]),
        P("Cine-MRI gating on prostate boundary (3 mm, 5% ROI) each fraction; adapted plans checked by independent MU calculation "
          "before delivery. Status: COMPLETED 11/11/2026."),
        sig("Dr Thandeka Botha-Vermeulen, Radiation Oncologist 11/11/2026"),
        sig("Mr Pieter Nkosi-Hendricks, Medical Physicist 11/11/2026"),
    ]], opts=dict(header=[_c, f"Folder {mrn(13)}   {patient(13)}   Printed 12/11/2026 07:58"]))])

# t73_14 -- dictated text (New Zealand): left kidney RCC single-fraction SABR; narrative says twenty-five, record 2600 cGy
add(name="t73_14", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney renal cell carcinoma", "body", None, 26, 1)],
    categories=cats(plan=False),
    contradiction="The dictated narrative says the kidney received twenty-five gray, while the treatment-record line at the end gives 2600 cGy in 1 fraction.",
    notes="New Zealand dictated treatment note with numbers in words: single-fraction SABR to a 3.9 cm left renal "
          "cell carcinoma (inoperable, solitary-kidney-sparing), 4DCT with contrast, abdominal compression plate and "
          "vacuum bag, CBCT; the narrative says 'twenty-five gray', the appended record line says 2600 cGy x 1 (gold "
          "26 Gy). No isodose, beams or planning system: plan unmet.",
    docs=[Doc("t73_14.txt", text=f"""
TE AWAMUTU REGIONAL CANCER SERVICE (invented) - RADIATION ONCOLOGY
Treatment note (dictated)                                    NHI-style No: {mrn(14)}
Patient: {patient(14)}          DOB 22/03/1940

Kia ora. This is a treatment note for Mr Seventythreepatient, eighty-six, who has a three point nine centimetre
biopsy-proven clear cell renal cell carcinoma in the lower pole of the left kidney. He isn't fit for a nephrectomy or
ablation, and the urology MDM on the eighth of October supported stereotactic ablative radiotherapy, single fraction.

He was planned on the twentieth of October with a four-D CT with IV contrast, in a vacuum bag with an abdominal compression
plate to cut the kidney motion down to about five millimetres. No MRI was done because of his pacemaker.

Today, the third of November, he had his single treatment of twenty-five gray to the left kidney on the gantry linac, after a
cone-beam CT match to the kidney with the compression plate in place and a second cone beam halfway through. He was on the bed
for about thirty-five minutes and was comfortable. Creatinine before treatment was one hundred and four.

Plan: renal function and CT at three months, then six-monthly. I've let his GP in Te Awamutu know.

Dr Aroha Ngata-Pemberton, Radiation Oncologist. Dictated 03/11/2026, transcribed 04/11/2026.

TREATMENT RECORD: L kidney SABR  2600 cGy x 1 fraction  delivered 03/11/2026  complete.
{FOOT}
""")])

# t73_15 -- pdf (Netherlands): right adrenal SBRT 40 Gy/5, fraction moved for machine breakdown; 63620 claimed -------
_c = "IJSSELDELTA RADIOTHERAPIE INSTITUUT"
add(name="t73_15", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right adrenal metastasis", "body", None, 40, 5)],
    categories=cats(),
    notes="Dutch SBRT treatment report in plain English with day-first dates: oligometastatic right adrenal "
          "metastasis (NSCLC) 40 Gy in 5 fractions of 8 Gy, 4DCT with PET-CT fused for delineation, vacuum mattress, "
          "CBCT each fraction; fraction 3 moved one day for a machine breakdown (still five). The adrenal sits next to "
          "T12-L1 but is not a spinal lesion: 63620 claimed is wrong.",
    docs=[Doc("t73_15.pdf", [[
        H1("SBRT treatment report"),
        KeyValue([("Patient", f"{patient(15)}   (pat.nr. {mrn(15)})"), ("Date of birth", "30-04-1959"),
                  ("Indication", "Metachronous solitary right adrenal metastasis of NSCLC, 2,8 cm, after chemo-immunotherapy; MDO 06-10-2026"),
                  ("Simulation", "4D-CT 2 mm with iv contrast on 14-10-2026, PET-CT (FDG) of 09-10-2026 registered for GTV"),
                  ("Positioning", "Vacuum mattress, arms above head, knee support"),
                  ("Planning", "DELTAPLAN 7 (invented), 2 VMAT arcs 10 MV FFF, ITV + 5 mm = PTV, 40 Gy to the 80% isodose enclosing the PTV"),
                  ("Constraints", "Duodenum D0.5cc 28,1 Gy; right kidney Dmean 6,3 Gy; spinal canal Dmax 14,0 Gy (adjacent T12-L1)")]),
        RuledTable([("Fraction", "Planned", "Delivered", "CBCT registration", "Dose (Gy)"),
                    ("1", "19-10-2026", "19-10-2026", "soft tissue, approved", "8"),
                    ("2", "21-10-2026", "21-10-2026", "soft tissue, approved", "8"),
                    ("3", "23-10-2026", "24-10-2026 (machine breakdown 23-10)", "soft tissue, approved", "8"),
                    ("4", "26-10-2026", "26-10-2026", "soft tissue, approved", "8"),
                    ("5", "28-10-2026", "28-10-2026", "soft tissue, approved", "8")]),
        P("Total delivered: 40 Gy in 5 fractions to the right adrenal metastasis. Treatment completed 28-10-2026. No acute toxicity > "
          "grade 1 (nausea fraction 2). Follow-up PET-CT in 3 months at the referring hospital (longarts drs. Bakker)."),
        sig("Dr. M.J. (Maartje) van Oosterhout-Reddy, radiotherapeut-oncoloog 28-10-2026"),
        sig("ir. S. de Wit-Adebayo, klinisch fysicus 28-10-2026"),
    ]], opts=dict(header=[_c, f"pat.nr. {mrn(15)}   {patient(15)}"]))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# t73_16 -- text: Midwest consult that only recommends SRS to three metastases ------------------------------------------
add(name="t73_16", kind="ehr_text", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: US consultation note recommending single-fraction SRS to three metastases (doses "
          "proposed, SRS MRI and CT simulation to be scheduled); the MRI is the diagnostic one. Nothing simulated, "
          "planned or delivered in this document: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("t73_16.txt", text=f"""
PRAIRIE LANTERN HEALTH - CANCER INSTITUTE
Radiation Oncology Consult Note

Name: {patient(16)}    MRN: {mrn(16)}    DOB: 12/12/1970    Visit: 12/02/2026
Provider: Hollis Abernathy-Kwame, MD

CC: Brain metastases found on staging MRI.

HPI: 55 y/o F with newly diagnosed small-volume stage IV lung adenocarcinoma (EGFR exon 19 del), started osimertinib 11/20/26.
Staging MRI brain w/wo 11/24/2026: three enhancing lesions - R frontal 8 mm, L temporal 11 mm, L cerebellar 6 mm. Asymptomatic.
ECOG 0.

A/P:
# Brain mets x3, EGFR+. Options reviewed: osimertinib alone with close MRI, vs upfront SRS. Given the temporal lesion near
  the speech area she favors SRS. Recommend SRS 20-22 Gy x 1 to each of the three lesions on the linac with a frameless mask.
# Orders placed: SRS-protocol MRI and CT sim (to be scheduled after insurance authorization). Consent to be signed at sim.
# RTC for simulation. No treatment today.

Hollis Abernathy-Kwame, MD   (signed 12/02/2026 16:20)
{FOOT}
""")])

# t73_17 -- scan (fax): payer prior-authorisation approval for lung SBRT 50 Gy/5 -------------------------------------
_c = "SUMMIT CREST HEALTH PLAN - UTILIZATION MANAGEMENT (synthetic)"
add(name="t73_17", kind="scan", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: faxed (standard-ish 110 dpi, skewed, speckle) payer prior-authorisation approval letter "
          "with a fax cover line: SBRT 50 Gy in 5 fractions to a left lower lobe nodule approved, with authorised CPT "
          "units and a validity window. An authorisation is not a delivered course: facts empty, categories unmet.",
    docs=[Doc("t73_17.pdf", [[
        H1("NOTICE OF PRIOR AUTHORIZATION - APPROVED"),
        KeyValue([("Member", f"{patient(17)}"), ("Member ID", "SYN-MBR-0017"), ("Provider record no.", mrn(17)),
                  ("Requesting provider", "Cascade Ridge Radiation Oncology (synthetic), Dr Imani Featherstone-Ruiz"),
                  ("Authorization no.", "PA-2026-73-0417"), ("Decision date", "11/25/2026"),
                  ("Valid", "11/25/2026 through 02/23/2027")]),
        P("Requested service: Stereotactic body radiation therapy, left lower lobe lung nodule, 50 Gy in 5 fractions, ICD-10 C34.32."),
        RuledTable([("Code", "Description (summary)", "Units approved"),
                    ("77290", "Simulation, complex", "1"), ("77301", "IMRT planning", "1"),
                    ("77373", "SBRT delivery, per fraction", "5"), ("77435", "SBRT management, per course", "1")]),
        P("This approval is based on the clinical information submitted and is not a guarantee of payment. Benefits are subject to "
          "eligibility on the date of service. If the treatment plan changes (number of fractions, site or technique), a new request "
          "is required."),
        P("Reviewed by: Gideon Marchetti-Oyo, MD, Physician Reviewer (radiation oncology)."),
    ]], opts=dict(header=[fax_line("SCHP UM", "800 555 0177", "11/25/2026 16:51", "PAGE 001 OF 001"), _c],
                  scan=True, scan_dpi=110, scan_skew=1.5, scan_noise=10))])

# t73_18 -- pdf: Norwegian tumour-board minute recommending spine SBRT, SRS history from 2023 --------------------------
_c = "FJORDVIK UNIVERSITETSSYKEHUS - TUMOUR BOARD (SPINE/BONE)"
add(name="t73_18", kind="pdf", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: Norwegian tumour-board minute (English, day-first dates) discussing an L3 metastasis: "
          "recommends SBRT 24 Gy in 2 fractions, with the alternative of 8 Gy x 1; mentions radiosurgery to a brain "
          "metastasis in 2023 (history). Decision only, nothing planned or given in this record.",
    docs=[Doc("t73_18.pdf", [[
        H1("Tumour board minute - spine and bone metastases"),
        KeyValue([("Meeting", "Wednesday 25.11.2026, 14:00, room B3 / video"), ("Chair", "Dr Solveig Haugland-Mensah, oncologist"),
                  ("Present", "spine surgery, oncology, radiology, nuclear medicine, physics, nurse coordinator")]),
        H2(f"Case 4 of 9 - {patient(18)}, pat.id {mrn(18)}, born 14.08.1964"),
        P("Melanoma stage IV, on nivolumab since 2023. Brain metastasis (right frontal) treated with single-fraction radiosurgery "
          "20 Gy at another hospital in 03.2023, stable since. New back pain; MRI lumbar spine 18.11.2026: solitary L3 vertebral body "
          "metastasis, no epidural component, SINS 4 (stable). PET-CT 20.11.2026: no other new lesions."),
        P("Discussion: oligoprogression in a radioresistant histology; no surgical indication."),
        BulletList(["Recommendation: stereotactic body radiotherapy L3, 24 Gy in 2 fractions (first choice), or 8 Gy x 1 if SBRT "
                    "cannot be scheduled within 3 weeks.",
                    "Responsible: Dr Erlend Thorsrud-Addo, radiation oncology; CT simulation with vacuum pillow to be booked.",
                    "Continue nivolumab. Patient to be informed by the oncologist on 27.11.2026."], numbered=True),
        P("Minute written by: nurse coordinator K. Aasen. Approved: Dr S. Haugland-Mensah 25.11.2026."),
    ]], opts=dict(header=[_c, "Minute - internal"]))])

# t73_19 -- bundle (2 files): fax cover text + scanned referral letter recounting GK SRS elsewhere in 2025 ------------
_c = "ST ANSELM'S NEUROLOGY & HEADACHE CLINIC, DUBLIN"
add(name="t73_19", kind="bundle", codes=["77371", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a fax cover (.txt, as the fax server logged it) and a scanned referral letter from an Irish "
          "neurologist recounting cobalt-60 frame radiosurgery for a meningioma given at another centre in 2025 (13 Gy, "
          "50% isodose) and a follow-up MRI now showing peritumoural oedema; referral for an opinion. Nothing treated "
          "in this document set.",
    docs=[
        Doc("0_fax_cover.txt", text=f"""
*** FAX RECEIVED 03/12/2026 11:38 *** from +353 1 555 0173 (ST ANSELMS NEURO) *** 2 pages ***
To: Radiosurgery Intake, Liffeyside Neurosciences (synthetic)
Re: referral - {patient(19)} - our ref {mrn(19)}
Urgent: no. Please acknowledge receipt by return fax.
"""),
        Doc("1_referral_letter_scan.pdf", [[
            P("St Anselm's Neurology & Headache Clinic - Consultant Neurologist: Dr Clodagh Mac Giolla Rua-Benson"),
            P("3rd December 2026"),
            P("Dr Fergal Ó Súilleabháin, Consultant Neurosurgeon, Liffeyside Neurosciences"),
            P(f"Re: {patient(19)}, DOB 01/02/1956, our ref {mrn(19)}"),
            P("Dear Fergal,"),
            P("I would be grateful if you would see this 70-year-old woman whom I follow for focal seizures. As you may know, she had "
              "cobalt-60 ('gamma') radiosurgery for a 2,2 cm left convexity meningioma at the Northern Radiosurgery Centre on 12 "
              "May 2025, under a stereotactic frame, 13 Gy to the 50% isodose in a single session. Her seizures settled for a year."),
            P("She has had two breakthrough seizures in October. Her follow-up MRI of 25/11/2026 shows the meningioma slightly smaller "
              "(1,9 cm) but new peritumoural oedema. I have increased levetiracetam to 1 g BD and started dexamethasone 2 mg. I would "
              "value your view on whether this is treatment effect, and whether anything further, surgical or otherwise, is needed."),
            P("With kind regards,"),
            sig("Dr Clodagh Mac Giolla Rua-Benson, MD FRCPI"),
            P("cc: GP, Dr A. Brennock; patient"),
        ]], opts=dict(header=[fax_line("ST ANSELMS NEURO", "+353 1 555 0173", "03/12/2026 11:37", "P.2/2"), _c],
                      scan=True, scan_dpi=150, scan_skew=-1.5, scan_noise=9)),
    ])

# t73_20 -- pdf: pancreas SBRT plan approved, never delivered (cholangitis, hospice) ---------------------------------
_c = "OSAGE BEND CANCER CENTER"
add(name="t73_20", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a US pancreas SBRT plan summary (33 Gy in 5 fractions, approved, physics QA passed, "
          "simulation done) with a cancellation addendum: the patient was admitted with cholangitis before fraction 1 "
          "and enrolled in hospice; 0 of 5 fractions delivered. No course given.",
    docs=[Doc("t73_20.pdf", [[
        H1("SBRT Plan Summary - Pancreas"),
        KeyValue([("Patient", f"{patient(20)}   MRN {mrn(20)}   DOB 09/09/1948"), ("Diagnosis", "Locally advanced pancreatic head adenocarcinoma after FOLFIRINOX x 6"),
                  ("Simulation", "11/10/2026 4DCT with oral/IV contrast, custom foam body mold, 3 fiducials placed EUS 11/03/2026"),
                  ("MRI", "Planned MRI abdomen 11/11/2026 not obtained (claustrophobia)"),
                  ("Prescription", "33 Gy in 5 fractions to PTV (6.6 Gy/fx), 25 Gy to PTV-vessel-sparing; 80% IDL"),
                  ("Planning", "OSAGE-TPS 3 (invented), 2 VMAT arcs 10 MV FFF; approved 11/16/2026; PSQA 97.2% passed 11/17/2026"),
                  ("Scheduled", "11/19, 11/21, 11/24, 11/26, 12/01/2026")]),
        RuledTable([("OAR", "Constraint", "Plan"), ("Duodenum", "D0.5cc < 35 Gy", "32.1 Gy"), ("Stomach", "D0.5cc < 35 Gy", "29.8 Gy"),
                    ("Bowel", "D0.5cc < 35 Gy", "30.6 Gy")]),
        H2("ADDENDUM 11/25/2026 - treatment cancelled"),
        P("Patient admitted 11/18/2026 with ascending cholangitis and stent occlusion; after a goals-of-care meeting on 11/23 he chose "
          "hospice. SBRT course cancelled before the first fraction. Fractions delivered: 0 of 5. No charges for delivery or "
          "management should be submitted."),
        sig("Cordelia Whitlow-Banerjee, MD, Radiation Oncology 11/25/2026"),
    ]], opts=dict(header=[_c, "Radiation Oncology - Treatment Planning"]))])


CORPUS = Corpus("blind_corpus73", "tests/blind_corpus73", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
