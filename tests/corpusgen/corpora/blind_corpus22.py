"""Twenty-second blind corpus, ``tests/blind_corpus22/`` (regenerate: ``python scripts/make_corpus.py blind_corpus22``).

Twenty whole courses as a coder receives them: each chart is a bundle of 3-6 documents (4-8 pages) following
the path of a course -- dictated consultation (history, prior treatments and a plan that may change later),
simulation note, prescription or treatment plan, treatment record or session notes, completion summary, and
sometimes a follow-up, a telephone note or an outside report. The plan changes between consultation and
delivery in several charts (dose, fractions, a lesion added or dropped after a new MRI); the labels are what
was DELIVERED in this course. Dictations are written as spoken (numbers and dates in words, run-on
sentences, "correction, ..." and "period / new paragraph" residue); PDFs carry repeated page headers, fax
banners and "Page n of N" footers, and several are scanned (150-200 dpi, some Courier) or hold a page
stored rotated. Hard negatives: a course stopped after simulation, a consultation plus an outside MRI
report only, and a conventional 10-fraction spine course whose notes discuss SBRT. Three charts contradict
themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ANSELMA", "BARNABY", "CORDELIA", "DORIAN", "EULALIA", "FENWICK", "GWENDA", "HORATIO", "ISOLDE", "JASPER",
         "KATHARINE", "LEOPOLD", "MAGDALENA", "NATHANIEL", "OTTILIE", "PERCIVAL", "QUENTIN", "ROSALIND", "SEBASTIAN",
         "THEODORA"]


def patient(n: int) -> str:
    return f"TWENTYTWOPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-220{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


def faxhdr(clinic: str, n: int, when: str, number: str) -> list[str]:
    return [f"{when}   FROM: {number}   {clinic.upper()}", clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}"]


def pdf(file: str, pages: list, header: list[str], **opts) -> Doc:
    return Doc(file, pages, opts=dict(header=header, **opts))


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Gamma Knife
# ==================================================================================================

# b22_01 -- GK Perfexion, frame; consult planned two metastases, the stereotactic MRI on the day found a third
_c = "MARROWFIELD NEUROSCIENCE INSTITUTE - GAMMA KNIFE CENTER"
add(name="b22_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["MRI"], ["frame"]),
    lesions=[L("right frontal", "cranial", S, 18, 1), L("left parietal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Consult (dictated .txt) plans GK to two metastases (right frontal eighteen, left parietal twenty, with a "
          "spoken laterality correction); the day-of-treatment stereotactic MRI shows a third 4 mm left cerebellar "
          "lesion, added and treated: three lesions, 18/20/20 Gy at the 50% IDL in one session under a Leksell frame. "
          "MRI only ('a stereotactic CT was not required'). Faxed procedure note (Times), scanned GammaPlan "
          "printout (Courier, 200 dpi), discharge note. Max doses 36/40/40 Gy, brainstem 7.9 Gy.",
    docs=[
        Doc("1_consultation_dictated.txt", text=f"""
MARROWFIELD NEUROSCIENCE INSTITUTE - GAMMA KNIFE CENTER
CONSULTATION - DICTATED, NOT PROOFREAD
Patient: {patient(1)}    MRN: {mrn(1)}
Date of service: 10/06/2026    Dictated by: Ines Halloran-Pike, MD, Radiation Oncology

This is a pleasant fifty-eight year old woman with HER2 positive breast cancer first treated in twenty twenty-two with lumpectomy and adjuvant whole breast radiation fifty gray in twenty-five fractions who presents with two weeks of word finding trouble period an MRI of the brain on the twenty-eighth of September showed two enhancing lesions comma a right frontal lesion measuring two point one centimeters and a left parietal lesion of one point four centimeters with mild surrounding edema and no other lesions seen on that study which was a one point five tesla scan with five millimeter slices period new paragraph

She has had no prior brain radiation period she is on trastuzumab and her body disease is stable on the last PET in August period KPS is ninety period new paragraph

We talked about surgery, whole brain radiation and radiosurgery and she would like radiosurgery period my plan is Gamma Knife with the Leksell frame in a single session comma eighteen gray to the right parietal lesion -- correction, that should be the right frontal lesion -- and twenty gray to the left parietal lesion comma both to the fifty percent isodose line period we will get a thin slice stereotactic MRI on the day of the procedure with the frame on and if that shows anything new we will deal with it on the day period she understands the risk of radiation necrosis which I quoted at around five to ten percent at one year period she signed consent period

Plan colon one, Gamma Knife radiosurgery with Dr. Osterholm from neurosurgery for frame placement, tentatively the fifteenth of October period two, dexamethasone two milligrams twice daily until then period three, follow up MRI two months after treatment.

I. Halloran-Pike, MD   D: 10/06/2026 16:41   T: 10/07/2026 08:02
{FOOT}
"""),
        pdf("2_procedure_note.pdf", [[
            H1("GAMMA KNIFE RADIOSURGERY PROCEDURE NOTE"),
            KeyValue([("Date of procedure", "10/15/2026"), ("Neurosurgeon", "Lennart Osterholm, MD"),
                      ("Radiation oncologist", "Ines Halloran-Pike, MD"), ("Physicist", "Corrigan Ashdale, PhD"),
                      ("Unit", "Leksell Gamma Knife Perfexion")]),
            H2("Frame application"),
            P("After oral lorazepam and local anesthetic (lidocaine 1% with bicarbonate) at four pin sites, a Leksell G frame was applied with the frame shifted anteriorly and to the left to keep the cerebellar hemisphere reachable. The pins were tightened in a diagonal sequence. No complications. The patient then went to MRI."),
            H2("Imaging and targeting"),
            P("Stereotactic MRI with the MR indicator box: 1 mm axial T1 post gadolinium (double dose) and T2. A stereotactic CT was not required. The frame-to-image registration in GammaPlan had a mean fiducial error of 0.3 mm. The study confirmed the right frontal (2.1 cm) and left parietal (1.4 cm) metastases and showed a NEW 4 mm enhancing lesion in the left cerebellar hemisphere, not seen on the 09/28/2026 outside study (5 mm slices). After discussion with the patient in the holding area (she was awake and agreed), the left cerebellar lesion was added to the plan."),
            H2("Treatment"),
            P("Three targets were treated in a single session: right frontal 18 Gy to the 50% isodose line, left parietal 20 Gy to the 50% isodose line, left cerebellar 20 Gy to the 50% isodose line. Maximum doses 36, 40 and 40 Gy. Brainstem maximum 7.9 Gy; V12 of brain 4.1 cc. The shot coordinates were checked independently by physics against the GammaPlan printout before treatment, and the frame adapter clearance check was done on the couch. Total beam-on time 41 minutes, no interruption."),
            P("The frame was removed at 14:20. Pin sites dressed. Observed for one hour, discharged with her husband."),
            P("Summary: Gamma Knife radiosurgery, one session, three brain metastases (right frontal 18 Gy, left parietal 20 Gy, left cerebellar 20 Gy)."),
            sig("Lennart Osterholm, MD (Neurosurgery) 10/15/2026 15:02"),
            sig("Ines Halloran-Pike, MD (Radiation Oncology) 10/15/2026 15:40"),
        ]], faxhdr(_c, 1, "OCT-16-2026 09:14", "(555) 014-2200"), font="Times-Roman"),
        pdf("3_gammaplan_printout.pdf", [[
            H1("LEKSELL GAMMAPLAN - TREATMENT PLAN SUMMARY"),
            KeyValue([("Plan", "BRAIN_MULTI_1015"), ("Plan status", "Approved / Treated"), ("Date", "10/15/2026"),
                      ("Frame", "Leksell G, fiducials MR box"), ("Imaging", "MR 1.0 mm T1+C (stereotactic)")]),
            RuledTable([("Target", "Vol (cc)", "Rx dose (Gy)", "Isodose", "Max (Gy)", "Shots", "Coverage"),
                        ("R_FRONTAL", "3.02", "18.0", "50%", "36.0", "11", "98%"),
                        ("L_PARIETAL", "0.98", "20.0", "50%", "40.0", "5", "99%"),
                        ("L_CEREB_NEW", "0.04", "20.0", "50%", "40.0", "1", "100%")]),
            RuledTable([("Structure", "Max dose (Gy)", "Constraint"),
                        ("Brainstem", "7.9", "< 12"), ("Optic chiasm", "2.1", "< 8"), ("Brain V12", "4.1 cc", "< 10 cc")]),
            P("Physics independent check: shot positions, weights and times verified against the treatment console, agree. Frame coordinates verified. C. Ashdale, PhD 10/15/2026 11:48"),
        ]], hdr(_c, 1), scan=True, scan_dpi=200, font="Courier"),
        Doc("4_discharge_note.txt", text=f"""
MARROWFIELD NEUROSCIENCE INSTITUTE - SHORT STAY DISCHARGE NOTE
Patient: {patient(1)}   MRN: {mrn(1)}   Date: 10/15/2026

Patient tolerated single-session Gamma Knife radiosurgery to three brain metastases (the two planned lesions and the new left cerebellar lesion found on the stereotactic MRI today). Frame off, pin sites clean and dry, mild headache relieved with acetaminophen. Vitals stable. Discharged home with written instructions. Dexamethasone taper over one week. MRI brain in 8 weeks then clinic.

Rowena Tillbrook, RN / I. Halloran-Pike, MD
{FOOT}
"""),
    ])

# b22_02 -- GK Icon with a mask: 3.8 cm right temporal metastasis, 9 Gy x 3 ------------------------------------
_c = "QUILLON BAY CANCER CENTRE - RADIOSURGERY SERVICE"
add(name="b22_02", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("right temporal", "cranial", C, 27, 3)],
    categories=cats(),
    notes="Dictated consult (options: resection, 27 Gy in three fractions on the Icon, or a single 15 Gy); mask "
          "simulation note with the planning MRI ('no planning CT'; Icon CBCT is the stereotactic reference = "
          "image guidance), prescription 9 Gy x 3 = 27 Gy at the 50% IDL, scanned treatment record (150 dpi) with "
          "three dated fractions, CBCT and IFMM, and a completion summary. 3.8 cm: complex by size. Melanoma "
          "excision and prior nivolumab are history.",
    docs=[
        Doc("1_consult_dictation.txt", text=f"""
QUILLON BAY CANCER CENTRE - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(2)}   MRN: {mrn(2)}   Seen: 09/21/2026
Referring: Dr. Amaryllis Forthcote (Medical Oncology)
[Dictated by Thaddeus Morecambe-Ndiaye, MD]

History of present illness: Mister {FIRST[1].title()} is a sixty-six year old man with stage three B melanoma of the left upper back excised in twenty twenty-four who completed a year of adjuvant nivolumab and now presents after a focal seizure on the ninth of September, new paragraph, MRI showed a single right temporal metastasis measuring three point eight centimeters in greatest dimension with vasogenic edema and mild effacement of the temporal horn, no other lesions, period. He is on levetiracetam five hundred twice a day with no further seizures. He takes apixaban for atrial fibrillation and neurosurgery, Dr. Kettleby, feels the risk of resection is higher than usual and did not recommend surgery, period.

Assessment and plan: Given the size, a single fraction would have to be de-escalated to about fifteen gray, which I don't favor, so my recommendation is fractionated radiosurgery on the Gamma Knife Icon with a thermoplastic mask, twenty-seven gray in three fractions, nine gray each, to the fifty percent isodose line, period. We will make a mask and get a thin slice planning MRI next week. He agreed. All questions answered. Time spent sixty minutes.

T. Morecambe-Ndiaye, MD
{FOOT}
"""),
        pdf("2_mask_and_planning_note.pdf", [[
            H1("MASK FABRICATION AND PLANNING IMAGING"),
            P("Date: 09/29/2026. The patient was fitted with a Leksell Icon thermoplastic mask over the Icon head cushion; the nose marker for the infrared intrafraction motion management (IFMM) system was positioned. Planning MRI the same morning on the 3T unit: 1 mm axial T1 post-contrast (MPRAGE) and T2 FLAIR, imported into GammaPlan. No planning CT was obtained; the stereotactic reference for each fraction is the Icon cone-beam CT registered to this MRI."),
            H2("Prescription"),
            KeyValue([("Target", "Right temporal metastasis (GTV = PTV), 3.8 x 3.1 x 2.9 cm, 15.2 cc"),
                      ("Dose", "9 Gy per fraction x 3 fractions = 27 Gy"), ("Isodose", "50%"),
                      ("Shots", "27 (4 and 8 mm sectors)"), ("Planning system", "Leksell GammaPlan 11.3"),
                      ("Schedule", "every other day, start 10/01/2026")]),
            P("Organs at risk (3 fractions): brainstem maximum 13.6 Gy, optic chiasm maximum 4.4 Gy, right cochlea 9.2 Gy. Brain V18 (minus GTV) 12.1 cc. Plan reviewed and approved by the physician and by physics after independent second calculation."),
            sig("Thaddeus Morecambe-Ndiaye, MD 09/30/2026; physics: Ysolde Brannagh, MS 09/30/2026"),
        ]], hdr(_c, 2)),
        pdf("3_treatment_record.pdf", [[
            H1("ICON TREATMENT RECORD"),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cumulative (Gy)", "CBCT reg. (mm)", "IFMM max (mm)", "Initials"),
                        ("1", "10/01/2026", "9.0", "9.0", "0.4", "0.8", "YB / TMN"),
                        ("2", "10/03/2026", "9.0", "18.0", "0.6", "1.1", "YB / TMN"),
                        ("3", "10/06/2026", "9.0", "27.0", "0.3", "0.7", "YB / TMN")]),
            P("Each fraction: pre-treatment CBCT co-registered to the planning MRI, shot positions recalculated and approved by the physicist and physician; IFMM threshold 1.5 mm, no pauses."),
        ]], hdr(_c, 2), scan=True, scan_dpi=150),
        pdf("4_completion_summary.pdf", [[
            H1("RADIOSURGERY COMPLETION SUMMARY"),
            P("Diagnosis: metastatic melanoma, single right temporal brain metastasis, 3.8 cm."),
            P("Treatment: Gamma Knife Icon, mask-based, 27 Gy in 3 fractions (9 Gy x 3) to the right temporal metastasis at the 50% isodose line, 10/01/2026 - 10/06/2026. Course completed as planned."),
            P("Tolerance: grade 1 fatigue and a mild headache after fraction 2; no seizures. Dexamethasone 2 mg daily during treatment, tapered off over 5 days."),
            P("Follow-up: MRI brain 6 weeks, clinic afterwards; neuro-oncology board review."),
            sig("Thaddeus Morecambe-Ndiaye, MD 10/07/2026"),
        ]], hdr(_c, 2)),
    ])

# b22_03 -- GK frame, right trigeminal neuralgia, CT cisternography (pacemaker, no MRI); no verification documented
_c = "ASHBURY FENWICK UNIVERSITY HOSPITAL - NEUROSURGERY"
add(name="b22_03", kind="bundle", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT"], ["frame"]),
    lesions=[L("right trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(delivery_verification=False),
    notes="Neurosurgery consult (dictated), procedure note (Times, two pages) and a two-week telephone follow-up. "
          "Right trigeminal neuralgia (functional target: complex, so the claimed 61796 is inconsistent), Leksell "
          "frame, 80 Gy maximum with one 4 mm shot. MRI contraindicated (non-conditional pacemaker): stereotactic "
          "CT cisternography only. No physics check, coordinate check or other verification is documented "
          "(delivery_verification unmet). Prior microvascular decompression 2019 and glycerol rhizotomy are history.",
    docs=[
        Doc("1_neurosurgery_consult.txt", text=f"""
ASHBURY FENWICK UNIVERSITY HOSPITAL - DEPARTMENT OF NEUROSURGERY
OUTPATIENT CONSULTATION (dictated)
Patient: {patient(3)}    MRN: {mrn(3)}    Date: 10/19/2026
Attending: Bertrand Achterberg, MD

Reason for visit colon right trigeminal neuralgia, V2 and V3, refractory period

History colon Mrs {FIRST[2].title()} is a seventy-four year old woman with classic right sided trigeminal neuralgia for eleven years comma she underwent microvascular decompression in twenty nineteen with about two years of relief and then a percutaneous glycerol rhizotomy in twenty twenty-three which helped for about eight months period she has failed carbamazepine because of hyponatremia and oxcarbazepine because of dizziness and is currently on gabapentin nine hundred milligrams three times a day with breakthrough pain, BNI pain score four, period she has a dual chamber pacemaker placed in twenty twenty which is NOT MRI conditional per the device clinic, so MRI is contraindicated period

Plan colon we discussed repeat open surgery versus Gamma Knife radiosurgery and she prefers radiosurgery period because she cannot have an MRI we will plan on a stereotactic CT cisternogram with the Leksell frame on the day of treatment, with intrathecal contrast by neuroradiology, period, target the right trigeminal nerve root a few millimeters anterior to the root entry zone with a single four millimeter shot, eighty gray maximum dose, period. Risks of facial numbness about ten to fifteen percent were discussed. She will be scheduled for Monday the second of November.

B. Achterberg, MD
{FOOT}
"""),
        pdf("2_procedure_note.pdf", [[
            H1("PROCEDURE NOTE - GAMMA KNIFE RADIOSURGERY"),
            P("DATE OF PROCEDURE: 11/02/2026.   SURGEON: Bertrand Achterberg, MD.   RADIATION ONCOLOGY: Philippa Dunleavy-Sato, MD."),
            P("PREOPERATIVE DIAGNOSIS: Right trigeminal neuralgia, medically refractory, status post microvascular decompression (2019) and glycerol rhizotomy (2023)."),
            P("PROCEDURE: 1. Application of Leksell stereotactic head frame. 2. Stereotactic CT cisternography. 3. Gamma Knife radiosurgery, right trigeminal nerve."),
            P("DESCRIPTION: After conscious sedation the Leksell G frame was applied with four pins under local anesthesia, positioned low and to the right. Neuroradiology (Dr. Vasquez-Imrie) performed a lumbar puncture and instilled 10 mL of iohexol 180; after Trendelenburg positioning a stereotactic CT with the CT indicator box was obtained with 0.6 mm slices through the posterior fossa. MRI was not performed because of the pacemaker. The right trigeminal nerve was clearly outlined by the intrathecal contrast in the prepontine cistern. In GammaPlan one 4 mm shot was placed on the cisternal segment of the right trigeminal nerve about 7 mm anterior to the root entry zone, with the 20% isodose line tangential to the pontine surface; maximum dose 80 Gy (100% isodose line)."),
        ], [
            H2("Description of procedure (continued)"),
            P("The patient was moved to the Gamma Knife Perfexion and the frame was docked. Treatment time 58.4 minutes. The frame was removed and the pin sites dressed. She was observed for two hours in the recovery unit and was discharged in the care of her daughter."),
            P("IMPRESSION: Single-session Gamma Knife radiosurgery, right trigeminal nerve, 80 Gy maximum dose, one 4 mm shot."),
            P("PLAN: Continue gabapentin unchanged for now; taper to be discussed when pain relief starts, usually within 2 to 8 weeks. Telephone check in two weeks, clinic at 3 months."),
            sig("Bertrand Achterberg, MD 11/02/2026 16:05; co-signed Philippa Dunleavy-Sato, MD 11/03/2026"),
        ]], hdr(_c, 3), font="Times-Roman"),
        Doc("3_telephone_followup.txt", text=f"""
ASHBURY FENWICK UNIVERSITY HOSPITAL - NEUROSURGERY TELEPHONE NOTE
Patient: {patient(3)}   MRN: {mrn(3)}   Date: 11/16/2026

Spoke with patient two weeks after right trigeminal Gamma Knife (eighty gray maximum, the second of November). Pain improved, now BNI three, using gabapentin three hundred three times a day. No facial numbness. No headache. Pin sites healed. Keep 3-month visit.

Hollis Brenner, NP for B. Achterberg, MD
{FOOT}
"""),
    ])

# b22_04 -- GK Esprit frame, four metastases (one 3.6 cm); the completion summary misstates one dose --------------
_c = "SAINT VERONICA GAMMA KNIFE CENTER"
add(name="b22_04", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right cerebellar", "cranial", C, 14, 1), L("left occipital", "cranial", S, 20, 1),
             L("right frontal", "cranial", S, 20, 1), L("left insular", "cranial", S, 18, 1)],
    categories=cats(),
    contradiction="The scanned completion summary gives the left occipital lesion twenty-two gray, while the "
                  "procedure note and the GammaPlan printout give 20 Gy (gold: 20 Gy).",
    notes="Dictated consult (four lesions, doses 'to be set on the day'), procedure note, GammaPlan printout with "
          "physics check, scanned completion summary (175 dpi, Courier). Four metastases in one session under a "
          "Leksell frame: right cerebellar 3.6 cm (complex by size) 14 Gy, left occipital 20 Gy, right frontal "
          "20 Gy, left insular 18 Gy, all at 50%. CT + MRI. The summary says 22 Gy for the left occipital lesion.",
    docs=[
        Doc("1_consult.txt", text=f"""
SAINT VERONICA GAMMA KNIFE CENTER
NEW PATIENT CONSULTATION -- transcribed from dictation
Patient: {patient(4)}  MRN: {mrn(4)}  Date: 11/02/2026
Physician: Marguerite Oyelaran-Fisk, MD

Sixty-one year old man, non small cell lung cancer, adenocarcinoma, ALK negative, PD-L1 eighty percent, on pembrolizumab since March, comes in after his restaging brain MRI on the twenty-sixth of October showed four brain metastases, colon, a three point six centimeter right cerebellar mass with mild fourth ventricular effacement but no hydrocephalus, a one point one centimeter left occipital lesion, an eight millimeter right frontal lesion and a one point five centimeter left insular lesion. No prior brain treatment. Neurosurgery saw him and felt the cerebellar mass could be treated with radiosurgery rather than resected since he is minimally symptomatic. KPS eighty.

I recommended Gamma Knife radiosurgery to all four lesions in one session with a Leksell frame, doses to be set on the day, probably twelve to fifteen gray for the large cerebellar lesion and eighteen to twenty for the others. He agrees. Dexamethasone four milligrams twice a day started. Scheduled for the ninth of November.

M. Oyelaran-Fisk, MD
{FOOT}
"""),
        pdf("2_procedure_note.pdf", [[
            H1("STEREOTACTIC RADIOSURGERY PROCEDURE NOTE"),
            P("Date: 11/09/2026. Neurosurgery: Casimir Ludgate, MD. Radiation oncology: Marguerite Oyelaran-Fisk, MD. Physics: Niamh Pettigrew, PhD. Unit: Leksell Gamma Knife Esprit."),
            P("The Leksell Vantage frame was applied under local anesthesia without difficulty. Stereotactic MRI (1 mm T1 post-contrast, T2) and stereotactic CT (1 mm, skull definition and fiducial check) were obtained and co-registered in GammaPlan. No new lesions compared with 10/26/2026."),
            P("Targets and prescriptions, all at the 50% isodose line, single session: 1) right cerebellar, 3.6 cm, 14 Gy; 2) left occipital, 1.1 cm, 20 Gy; 3) right frontal, 0.8 cm, 20 Gy; 4) left insular, 1.5 cm, 18 Gy. Brainstem maximum 11.2 Gy (adjacent to target 1), V12 brain 9.4 cc."),
            P("Before treatment physics verified the frame coordinates, the shot matrix and the collision check with the patient on the couch. Treatment time 96 minutes with one planned break for hydration. The frame was removed; pin sites hemostatic. Discharged at 16:30."),
            P("IMPRESSION: Single-session Gamma Knife radiosurgery to four brain metastases as above."),
            sig("Casimir Ludgate, MD 11/09/2026"),
            sig("Marguerite Oyelaran-Fisk, MD 11/09/2026"),
        ]], hdr(_c, 4)),
        pdf("3_gammaplan_printout.pdf", [[
            H1("GAMMAPLAN TREATMENT SUMMARY"),
            KeyValue([("Date", "11/09/2026"), ("Frame", "Leksell Vantage"), ("Images", "MR T1+C 1 mm; CT 1 mm (stereotactic)")]),
            RuledTable([("#", "Target", "Rx (Gy)", "IDL", "Max (Gy)", "Vol (cc)", "Shots"),
                        ("1", "R cerebellar", "14", "50%", "28", "18.6", "24"),
                        ("2", "L occipital", "20", "50%", "40", "0.61", "4"),
                        ("3", "R frontal", "20", "50%", "40", "0.22", "2"),
                        ("4", "L insular", "18", "50%", "36", "1.40", "6")]),
            P("Independent check of shot times (second calculation): within 1.2%. N. Pettigrew, PhD"),
        ]], hdr(_c, 4), font="Courier"),
        pdf("4_completion_summary.pdf", [[
            H1("COMPLETION SUMMARY"),
            P("Patient treated on 11/09/2026 with Gamma Knife radiosurgery (Esprit, Leksell frame) in one session to four brain metastases: right cerebellar 14 Gy, left occipital twenty-two gray, right frontal 20 Gy and left insular 18 Gy, all prescribed to the 50% isodose line. He tolerated the procedure well."),
            P("Plan: taper dexamethasone over 10 days; MRI in 8 weeks; continue pembrolizumab."),
            sig("Marguerite Oyelaran-Fisk, MD 11/10/2026"),
        ]], hdr(_c, 4), scan=True, scan_dpi=175, font="Courier"),
    ])

# b22_05 -- GK Icon, petroclival meningioma: consult proposed a frame and 13 Gy x 1, delivered 5 Gy x 5 in a mask --
_c = "HOLLOWAY REACH RADIOSURGERY"
add(name="b22_05", kind="bundle", codes=["77373", "77435", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right petroclival meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Consult with an addendum: single-fraction 13 Gy with a Leksell frame proposed, then changed to Icon "
          "5 Gy x 5 = 25 Gy in a mask because of brainstem compression. Petroclival: complex by location. "
          "Simulation/plan note (two pages), treatment record stored on a page with /Rotate 90 (landscape), "
          "completion summary (.txt). No frame applied: the claimed 61800 is inconsistent. Brainstem max 24.1 Gy "
          "near the Rx.",
    docs=[
        Doc("1_consult_and_addendum.txt", text=f"""
HOLLOWAY REACH RADIOSURGERY -- CONSULTATION
Patient: {patient(5)}   MRN: {mrn(5)}   Date of visit: 09/14/2026
Dictating: Sorcha Vanderlinde, MD

Fifty-seven year old woman referred by Doctor Pemberton for a right petroclival meningioma found during work up of right facial numbness period. The MRI of the twentieth of August shows a three point one centimeter enhancing extra axial mass along the right petrous apex and clivus with a dural tail, indenting the right side of the pons without edema period. Neurosurgery advised against resection because of the location period. She had no prior radiation period.

Plan: single fraction Gamma Knife radiosurgery with the Leksell frame, thirteen gray to the fifty percent isodose line, comma, to be scheduled after the planning MRI period.

ADDENDUM 09/24/2026: After reviewing the thin slice MRI with physics and neurosurgery, the tumor compresses the pons over about one point eight centimeters and a single fraction would put too much dose on the brainstem. Plan changed to fractionated treatment on the Icon with a thermoplastic mask: twenty-five gray in five fractions of five gray, fifty percent isodose line. No frame will be used. Patient agrees. S. Vanderlinde, MD
{FOOT}
"""),
        pdf("2_simulation_and_plan.pdf", [[
            H1("SIMULATION AND TREATMENT PLAN"),
            P("Mask fabrication 10/05/2026: Icon thermoplastic mask with head cushion, nose marker for IFMM. Planning CT 1 mm (skull and density) and planning MRI 1 mm T1 post-contrast + CISS obtained the same day and registered in GammaPlan; stereotactic reference from the Icon CBCT."),
            P("Target: right petroclival meningioma including the enhancing dural tail, GTV 9.6 cc, PTV = GTV + 1 mm, 11.4 cc."),
            KeyValue([("Prescription", "5 Gy x 5 fractions = 25 Gy"), ("Isodose", "50%"), ("Shots", "31"),
                      ("Planning", "Leksell GammaPlan"), ("Coverage", "97.8%"), ("Start", "10/12/2026")]),
            P("Organs at risk, 5 fractions: brainstem maximum 24.1 Gy (where the tumour indents the pons), brainstem D0.5cc 21.6 Gy; right cochlea 12.8 Gy; right trigeminal nerve within target. Plan approved by physician and physicist; second check of the shot times passed."),
            sig("S. Vanderlinde, MD 10/08/2026; Oisin Farraday, MS, DABR 10/08/2026"),
        ], [
            H2("Plan approval checklist (continued)"),
            TextTable([("Item", "Result"), ("CT-MR registration reviewed", "yes"), ("Contours peer reviewed", "yes"),
                       ("Independent calculation", "0.9% difference"), ("Icon CBCT reference protocol", "set")],
                      columns=(0, 260)),
        ]], hdr(_c, 5)),
        pdf("3_treatment_record.pdf", [[
            H1("ICON FRACTION LOG"),
            RuledTable([("Fx", "Date", "Dose Gy", "Total Gy", "CBCT shift mm", "IFMM max mm", "Physicist", "MD"),
                        ("1", "10/12/2026", "5", "5", "0.5", "0.6", "OF", "SV"),
                        ("2", "10/13/2026", "5", "10", "0.4", "0.9", "OF", "SV"),
                        ("3", "10/14/2026", "5", "15", "0.7", "0.5", "OF", "SV"),
                        ("4", "10/15/2026", "5", "20", "0.3", "1.0", "OF", "SV"),
                        ("5", "10/16/2026", "5", "25", "0.6", "0.7", "OF", "SV")]),
            P("CBCT registered to the planning images before each fraction and approved before beam-on."),
        ]], hdr(_c, 5), rotate={1: 90}),
        Doc("4_completion_summary.txt", text=f"""
HOLLOWAY REACH RADIOSURGERY - END OF TREATMENT SUMMARY
Patient: {patient(5)}   MRN: {mrn(5)}   Date: 10/19/2026

Right petroclival meningioma treated with Gamma Knife Icon, mask immobilization, 25 Gy in 5 fractions (5 Gy per fraction, 50% isodose), 10/12/2026 to 10/16/2026. All fractions delivered with CBCT set-up. No acute toxicity apart from mild fatigue; facial numbness unchanged. MRI in 6 months.

S. Vanderlinde, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# Linac cranial
# ==================================================================================================

# b22_06 -- TrueBeam HyperArc: consult recommended 18 Gy x 1, plan changed to 9 Gy x 3 (3.1 cm) ------------------
_c = "TAMSWORTH VALLEY RADIATION ONCOLOGY"
add(name="b22_06", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Full path: dictated consult recommending eighteen gray in one fraction; simulation note (Encompass "
          "mask, CT + MRI); physician planning note changing to 27 Gy in 3 fractions because the single-fraction "
          "V12 was 14.2 cc; scanned Courier treatment record (175 dpi) with three fractions, CBCT + SGRT; "
          "completion summary. 3.1 cm, no complex trigger: simple. Renal cell nephrectomy 2021 is history.",
    docs=[
        Doc("1_consult_dictation.txt", text=f"""
TAMSWORTH VALLEY RADIATION ONCOLOGY
Consultation -- Dictated 10/12/2026 -- Nathaniel Sowerby-Kahn, MD
Patient: {patient(6)}   MRN: {mrn(6)}

HISTORY: Mr. {FIRST[5].title()} is a seventy-year-old gentleman with clear cell renal carcinoma, left nephrectomy twenty twenty-one, lung metastases on cabozantinib, who developed left hand clumsiness in late September. MRI brain on the thirtieth of September, correction, the first of October, shows a single right parietal metastasis three point one centimeters, not involving the motor strip on the functional review, with moderate edema. No other intracranial disease. No prior brain radiation. ECOG one.

IMPRESSION AND PLAN: Single brain metastasis, radioresistant histology. I recommended stereotactic radiosurgery, eighteen gray in a single fraction on the TrueBeam, and told him that if the plan shows too much normal brain dose we would go to three fractions instead. We will simulate this week with a mask and a fresh thin-cut MRI. Cabozantinib to be held from five days before through five days after.

N. Sowerby-Kahn, MD
{FOOT}
"""),
        pdf("2_simulation_note.pdf", [[
            H1("CT SIMULATION NOTE - CRANIAL SRS"),
            P("Date: 10/16/2026. The patient was positioned supine on the Encompass SRS board and a three-piece Encompass thermoplastic mask with bite block was formed. CT simulation with 1 mm slices, IV contrast, vertex to C3. Planning MRI (3T, 1 mm MPRAGE post-gadolinium and FLAIR) obtained 10/15/2026 and fused to the simulation CT in Eclipse; registration reviewed and approved."),
            P("Reference marks placed on the mask. Surface-guidance (AlignRT) reference captured."),
            sig("Nathaniel Sowerby-Kahn, MD 10/16/2026"),
        ]], hdr(_c, 6)),
        pdf("3_planning_note_prescription.pdf", [[
            H1("PHYSICIAN PLANNING NOTE AND PRESCRIPTION"),
            P("Date: 10/20/2026. GTV right parietal metastasis 3.1 x 2.6 x 2.4 cm (10.8 cc), PTV = GTV + 1 mm. A single-fraction plan at 18 Gy was generated first: brain V12 minus GTV 14.2 cc, above our 10 cc limit. Per the consult discussion I have changed the course to fractionated SRS."),
            KeyValue([("Site", "Right parietal metastasis"), ("Dose", "9 Gy x 3 fractions = 27 Gy"),
                      ("Prescribed to", "80% isodose line, PTV D95 >= 100%"), ("Technique", "HyperArc, 4 non-coplanar arcs, 6 MV FFF"),
                      ("Planning system", "Eclipse 16.1"), ("Schedule", "every other weekday")]),
            P("Constraints (3 fx): brain V18 < 30 cc (achieved 21.7 cc); brainstem maximum 6.2 Gy; optic apparatus < 3 Gy. Patient-specific QA (portal dosimetry) passed, 99.1% at 3%/1 mm."),
            sig("Nathaniel Sowerby-Kahn, MD 10/20/2026; physics: Rhiannon Clewes, MS 10/21/2026"),
        ]], hdr(_c, 6)),
        pdf("4_treatment_record.pdf", [[
            H1("TREATMENT RECORD - SRS"),
            RuledTable([("Fx", "Date", "Dose (cGy)", "Cum (cGy)", "CBCT 6DoF shift", "SGRT", "Therapists / MD"),
                        ("1", "10/22/2026", "900", "900", "1.2 mm / 0.4 deg", "in tol", "AB KL / NSK"),
                        ("2", "10/24/2026", "900", "1800", "0.8 mm / 0.3 deg", "in tol", "AB KL / NSK"),
                        ("3", "10/27/2026", "900", "2700", "0.6 mm / 0.2 deg", "in tol", "AB KL / NSK")]),
            P("Physician approved the CBCT match before beam on each day. Weekly physics chart check 10/23/2026: R. Clewes."),
        ]], hdr(_c, 6), scan=True, scan_dpi=175, font="Courier"),
        pdf("5_completion_summary.pdf", [[
            H1("RADIATION TREATMENT SUMMARY"),
            P("Right parietal brain metastasis (renal cell carcinoma) treated with fractionated stereotactic radiosurgery on the TrueBeam, 27 Gy in 3 fractions of 9 Gy, 10/22/2026 - 10/27/2026, HyperArc, mask immobilization with daily CBCT. The single 18 Gy fraction originally recommended was not used because of the normal-brain dose."),
            P("Acute effects: mild fatigue. Left hand function improving. Cabozantinib resumes 11/01/2026. MRI in 8 weeks."),
            sig("Nathaniel Sowerby-Kahn, MD 10/28/2026"),
        ]], hdr(_c, 6)),
    ])

# b22_07 -- Edge single fraction, two metastases, one 4 mm from the chiasm; outside MRI report faxed; 61796 claimed --
_c = "KESTREL POINT CANCER INSTITUTE"
add(name="b22_07", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right gyrus rectus", "cranial", C, 16, 1)],
    categories=cats(),
    notes="Faxed outside MRI report (diagnostic, not planning), dictated consult, simulation + plan (the plan "
          "printout page is stored rotated, /Rotate 90), treatment record and summary. Edge single-fraction SRS: "
          "left frontal 0.9 cm 20 Gy (simple) and right gyrus rectus 0.8 cm 4 mm from the optic chiasm 16 Gy "
          "(complex by location). The claimed 61796 is inconsistent (a complex lesion is present); 61797 fits. "
          "Chiasm max 7.8 Gy.",
    docs=[
        pdf("1_outside_mri_report.pdf", [[
            H1("MRI BRAIN WITH AND WITHOUT CONTRAST"),
            P("Lindqvist Imaging Associates. Exam date 10/28/2026. Ordering: Dr. Hartsfield (Medical Oncology)."),
            P("FINDINGS: Two enhancing lesions: left superior frontal gyrus 9 mm; right gyrus rectus 8 mm, whose posterior margin lies approximately 4 mm from the optic chiasm. Mild edema around the frontal lesion. No hydrocephalus. No leptomeningeal enhancement."),
            P("IMPRESSION: Two brain metastases as described."),
            P("Electronically signed: Viggo Ranstrom, MD, Neuroradiology 10/28/2026"),
        ]], faxhdr("Lindqvist Imaging Associates", 7, "10/29/2026 07:55", "(555) 310-7781")),
        Doc("2_consult.txt", text=f"""
KESTREL POINT CANCER INSTITUTE -- RADIATION ONCOLOGY CONSULT
Patient: {patient(7)}   MRN: {mrn(7)}   Date: 11/02/2026
Dictated by Cosima Parr-Adeyemi, MD

Forty-nine year old woman, triple negative breast cancer, on sacituzumab, sent over for two brain metastases on the outside MRI from the twenty-eighth of October, comma, a nine millimeter left frontal lesion and an eight millimeter right gyrus rectus lesion that sits about four millimeters from the chiasm, period. Asymptomatic. No prior cranial radiation. KPS ninety.

Plan: single fraction linac radiosurgery on the Edge, twenty gray to the frontal lesion and a reduced dose of sixteen gray to the gyrus rectus lesion because of the chiasm, period. Mask, planning CT and thin slice MRI. She agrees.

C. Parr-Adeyemi, MD
{FOOT}
"""),
        pdf("3_simulation_and_plan.pdf", [[
            H1("SIMULATION AND SRS PLAN"),
            P("Simulation 11/05/2026: open-face SRS thermoplastic mask (Qfix), CT 1 mm with contrast; planning MRI 11/05/2026 3D T1 post-gadolinium 1 mm, fused in Brainlab Elements Multiple Brain Mets."),
            P("Targets (PTV = GTV + 1 mm), one fraction, single isocenter, 5 dynamic conformal arcs with couch rotations, 6 MV FFF."),
        ], [
            H2("Plan printout (landscape)"),
            RuledTable([("Target", "Size", "Dose", "IDL", "Distance to chiasm", "Chiasm max"),
                        ("L frontal", "0.9 cm", "20 Gy x 1", "80%", "52 mm", "-"),
                        ("R gyrus rectus", "0.8 cm", "16 Gy x 1", "80%", "4 mm", "7.8 Gy")]),
            P("Brainstem max 2.4 Gy; V12 brain 2.9 cc. Independent MU check passed; ExacTrac isocentre check planned at every couch angle."),
            sig("C. Parr-Adeyemi, MD 11/06/2026; physicist Edwin Sallow-Mbeki, MS 11/06/2026"),
        ]], hdr(_c, 7), rotate={2: 90}),
        pdf("4_treatment_record_and_summary.pdf", [[
            H1("SRS TREATMENT RECORD"),
            KeyValue([("Date", "11/09/2026"), ("Unit", "Varian Edge"), ("Fractions", "1 of 1"),
                      ("IGRT", "CBCT, then ExacTrac before each couch angle, max residual 0.6 mm")]),
            H1("COMPLETION SUMMARY"),
            P("Single-fraction stereotactic radiosurgery completed 11/09/2026: left frontal metastasis 20 Gy and right gyrus rectus metastasis 16 Gy (near the optic chiasm), both to the 80% isodose line. No acute effects. MRI brain in 2 months; ophthalmology not needed unless visual symptoms."),
            sig("C. Parr-Adeyemi, MD 11/09/2026"),
        ]], hdr(_c, 7)),
    ])

# b22_08 -- Versa HD single fraction: outside MRI 'six lesions', planning MRI five (one is a venous anomaly) --------
_c = "NORBURY LAKES REGIONAL HOSPITAL - RADIATION ONCOLOGY"
add(name="b22_08", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 5, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal", "cranial", S, 20, 1), L("left frontal", "cranial", S, 20, 1),
             L("right parietal", "cranial", S, 18, 1), L("left occipital", "cranial", S, 20, 1),
             L("right cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Dictated consult counting six lesions on the outside MRI; scanned planning-MRI report (150 dpi) calling "
          "the sixth (left temporal) a developmental venous anomaly, not a metastasis; plan with five targets; "
          "treatment record + completion summary (.txt). Five simple lesions 20/20/18/20/20 Gy in one fraction on "
          "a Versa HD, mask, CT + MRI, CBCT + HexaPOD. Lesion dropped after the new MRI.",
    docs=[
        Doc("1_consult.txt", text=f"""
NORBURY LAKES REGIONAL HOSPITAL, RADIATION ONCOLOGY -- CONSULTATION
Patient: {patient(8)}   MRN: {mrn(8)}   DOS: 09/08/2026
Physician: Ambrose Kettlewell-Ito, MD (dictated)

Sixty-three year old man with metastatic melanoma, BRAF wild type, on ipilimumab and nivolumab, whose screening MRI at an outside hospital on the first of September reported six enhancing lesions, quote, right frontal, left frontal, right parietal, left occipital, right cerebellar and a small left temporal focus, unquote. He is neurologically intact. No prior brain radiation.

We talked about whole brain radiation versus radiosurgery and he prefers radiosurgery to all lesions. Plan: single fraction SRS on the Versa HD with mask immobilization, new thin slice planning MRI, doses of about twenty gray, eighteen for anything over two centimeters. Six lesions planned pending the planning MRI.

A. Kettlewell-Ito, MD
{FOOT}
"""),
        pdf("2_planning_mri_report.pdf", [[
            H1("MRI BRAIN - STEREOTACTIC PLANNING PROTOCOL"),
            P("Date 09/14/2026. 3T, 1 mm isotropic T1 post-gadolinium, SWI, FLAIR."),
            P("FINDINGS: Enhancing metastases: right frontal 1.0 cm; left frontal 0.7 cm; right parietal 2.2 cm; left occipital 0.6 cm; right cerebellar 1.2 cm. The previously described small left temporal focus corresponds to a linear enhancing structure draining into the vein of Labbe, consistent with a developmental venous anomaly; not a metastasis. No other lesions."),
            P("IMPRESSION: Five brain metastases. Left temporal developmental venous anomaly."),
            P("Signed: Ludmila Farquharson, MD 09/14/2026"),
        ]], hdr(_c, 8), scan=True, scan_dpi=150),
        pdf("3_srs_plan.pdf", [[
            H1("SRS PLAN AND PRESCRIPTION"),
            P("CT simulation 09/14/2026 in an Orfit SRS mask, 1 mm slices, fused with the planning MRI of the same date in Monaco. The left temporal developmental venous anomaly is not a target; five targets were planned."),
            RuledTable([("Target", "Size (cm)", "Rx (Gy) x 1", "IDL", "PTV margin"),
                        ("PTV_R_frontal", "1.0", "20", "80%", "1 mm"),
                        ("PTV_L_frontal", "0.7", "20", "80%", "1 mm"),
                        ("PTV_R_parietal", "2.2", "18", "80%", "1 mm"),
                        ("PTV_L_occipital", "0.6", "20", "80%", "1 mm"),
                        ("PTV_R_cerebellar", "1.2", "20", "80%", "1 mm")]),
            P("Single isocentre, 4 VMAT arcs, 6 MV FFF (Agility MLC). Brainstem max 8.8 Gy; V12 brain 6.3 cc. Second MU calculation and ArcCHECK QA passed."),
            sig("A. Kettlewell-Ito, MD 09/16/2026; physicist Bronwen Ashgrove, MS 09/16/2026"),
        ]], hdr(_c, 8)),
        Doc("4_treatment_and_summary.txt", text=f"""
NORBURY LAKES REGIONAL HOSPITAL - RADIATION ONCOLOGY
TREATMENT NOTE AND COMPLETION SUMMARY
Patient: {patient(8)}   MRN: {mrn(8)}   Date: 09/18/2026

Treatment delivered today, 09/18/2026, on the Elekta Versa HD in a single fraction. CBCT matched with HexaPOD 6D correction before treatment and repeated halfway; residual < 0.5 mm. I was present for the CBCT approval.

SUMMARY: five brain metastases treated with single-fraction SRS: right frontal 20 Gy, left frontal 20 Gy, right parietal 18 Gy, left occipital 20 Gy, right cerebellar 20 Gy (80% IDL). The left temporal finding on the outside MRI was a venous anomaly and was not treated. Tolerated well. MRI in 6 weeks.

A. Kettlewell-Ito, MD
{FOOT}
"""),
    ])

# b22_09 -- Novalis FSRT 9 Gy x 3 to a left temporal metastasis; the summary says five fractions --------------------
_c = "COBBLEFORD ONCOLOGY ASSOCIATES"
add(name="b22_09", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal", "cranial", S, 27, 3)],
    categories=cats(),
    contradiction="The completion summary says 27 Gy in five fractions, while the prescription and the treatment "
                  "record give 9 Gy x 3 with three dated fractions (gold: 27 Gy / 3).",
    notes="Consult (dictated, 'twenty-seven gray in three'), simulation note, prescription (Times), faxed treatment "
          "record with three fractions and ExacTrac, completion summary that says 'in five fractions'. Novalis Tx, "
          "Brainlab mask, CT + MRI. 2.6 cm, no complex trigger: simple. Prior pelvic 50.4 Gy/28 (spoken as 25 Gy/5, then corrected) and sacral 30 Gy/10 are history.",
    docs=[
        Doc("1_consult.txt", text=f"""
COBBLEFORD ONCOLOGY ASSOCIATES
RADIATION ONCOLOGY CONSULTATION (voice recognition, please excuse errors)
Patient: {patient(9)}   MRN: {mrn(9)}   Date: 10/05/2026
Dictated by: Leocadia Strand-Yusuf, MD

Fifty-five year old woman with metastatic rectal adenocarcinoma, prior short course pelvic radiation twenty-five gray in five fractions in twenty twenty-four, correction, long course, it was fifty point four gray in twenty-eight fractions, and a later palliative thirty gray in ten fractions to a sacral metastasis, now with a new left temporal brain metastasis of two point six centimeters found on MRI the twenty-fifth of September after headaches. Solitary. No other new disease.

Plan is fractionated stereotactic radiotherapy, twenty-seven gray in three fractions, on the Novalis with a Brainlab mask. Simulation next week with thin slice MRI fusion.

L. Strand-Yusuf, MD
{FOOT}
"""),
        pdf("2_simulation.pdf", [[
            H1("SIMULATION NOTE"),
            P("10/09/2026. Brainlab frameless SRS thermoplastic mask made; CT simulation 1 mm with the localizer. MRI 10/08/2026 (T1 MPRAGE post-contrast, T2 FLAIR) fused in Brainlab Elements; fusion accuracy reviewed."),
            sig("L. Strand-Yusuf, MD 10/09/2026"),
        ]], hdr(_c, 9)),
        pdf("3_prescription.pdf", [[
            H1("STEREOTACTIC PRESCRIPTION"),
            KeyValue([("Target", "PTV_L_temporal (GTV 2.6 cm + 1 mm)"), ("Dose per fraction", "9 Gy"),
                      ("Fractions", "3"), ("Total dose", "27 Gy"), ("Prescription isodose", "80%"),
                      ("Technique", "5 dynamic conformal arcs, Elements Cranial SRS"), ("Frequency", "every other day")]),
            P("OAR: brainstem max 4.8 Gy; left optic nerve 2.1 Gy; left cochlea 3.6 Gy. Independent MU check done."),
            sig("L. Strand-Yusuf, MD 10/12/2026; physics Marek Oyelowo, PhD 10/12/2026"),
        ]], hdr(_c, 9), font="Times-Roman"),
        pdf("4_treatment_record.pdf", [[
            H1("TREATMENT DELIVERY RECORD"),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Total (Gy)", "ExacTrac (mm)", "Approved"),
                        ("1 of 3", "10/14/2026", "9", "9", "0.4", "LSY"),
                        ("2 of 3", "10/16/2026", "9", "18", "0.7", "LSY"),
                        ("3 of 3", "10/19/2026", "9", "27", "0.5", "LSY")]),
            P("ExacTrac stereoscopic x-ray with 6D couch correction before each fraction."),
        ]], faxhdr(_c, 9, "10/20/2026 11:02", "(555) 771-4090"), scan=True, scan_dpi=160),
        pdf("5_completion_summary.pdf", [[
            H1("END OF TREATMENT SUMMARY"),
            P("Left temporal brain metastasis, rectal adenocarcinoma. Fractionated stereotactic radiotherapy, Novalis Tx, 27 Gy in five fractions, 10/14/2026 to 10/19/2026, mask immobilization. Tolerated well; mild headache after the first treatment."),
            P("Follow-up MRI at 2 months. Resume FOLFIRI per Dr. Wexcombe."),
            sig("L. Strand-Yusuf, MD 10/20/2026"),
        ]], hdr(_c, 9)),
    ])

# b22_10 -- ZAP-X single fraction, left vestibular schwannoma 12 Gy; frame and GK discussed only; G0339 claimed ----
_c = "ELMSTEAD HARBOR NEUROSURGERY AND RADIATION CENTER"
add(name="b22_10", kind="bundle", codes=["77372", "77432", "61798", "G0339"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Dictated consult discussing Gamma Knife with a frame versus ZAP-X with a mask (the frame and the Gamma "
          "Knife are mentioned only), simulation note, plan, treatment record, completion summary (.txt). ZAP-X "
          "(gyroscopic linac) single fraction 12 Gy at the 50% IDL to a 1.8 cm left vestibular schwannoma "
          "(complex by type). G0339 (robotic linac) is inconsistent. Cochlea mean 3.9 Gy, brainstem 10.8 Gy.",
    docs=[
        Doc("1_consult.txt", text=f"""
ELMSTEAD HARBOR NEUROSURGERY AND RADIATION CENTER
JOINT CLINIC NOTE -- DICTATED
Patient: {patient(10)}   MRN: {mrn(10)}   Date: 10/26/2026
Neurosurgery: Piers Gallacher-Obi, MD   Radiation oncology: Henrietta Voss-Lamb, MD

Fifty-two year old man with progressive left sided hearing loss and tinnitus, MRI the eighth of October shows a left vestibular schwannoma one point eight centimeters, Koos grade two, grown three millimeters in a year. Pure tone average forty decibels. He wants treatment rather than more observation and does not want microsurgery.

We discussed Gamma Knife radiosurgery at the university with a Leksell frame versus radiosurgery here on the ZAP-X with a mask and no pins. He prefers the ZAP-X. Plan: twelve gray in a single fraction to the fifty percent isodose line, thermoplastic mask, CT and thin slice MRI for planning. Risks to hearing and facial nerve discussed.

P. Gallacher-Obi, MD / H. Voss-Lamb, MD
{FOOT}
"""),
        pdf("2_simulation.pdf", [[
            H1("SIMULATION"),
            P("Date: 11/02/2026. ZAP-X thermoplastic head mask fabricated on the ZAP-X head support. Planning CT 0.8 mm; MRI 11/02/2026 1 mm T1 post-contrast and CISS, rigidly registered to the CT in the ZAP-X planning system. Registration checked at the internal auditory canal."),
            sig("H. Voss-Lamb, MD 11/02/2026"),
        ]], hdr(_c, 10)),
        pdf("3_plan_and_treatment_record.pdf", [[
            H1("TREATMENT PLAN"),
            KeyValue([("Target", "Left vestibular schwannoma, 1.8 x 1.4 cm, 1.9 cc"), ("Dose", "12 Gy in 1 fraction"),
                      ("Isodose", "50%"), ("Isocentres / beams", "9 isocentres, 142 beams, 5-25 mm collimators"),
                      ("Unit", "ZAP-X gyroscopic radiosurgery system (3 MV linac)")]),
            P("Left cochlea mean 3.9 Gy; brainstem max 10.8 Gy; facial nerve (within target) 12.7 Gy. Plan QA with film: passed."),
            H1("TREATMENT RECORD"),
            P("11/05/2026: treated in one fraction as planned, 12 Gy. kV image guidance before treatment and at intervals; corrections under 0.5 mm. Treatment time 44 minutes."),
            sig("H. Voss-Lamb, MD 11/05/2026; P. Gallacher-Obi, MD 11/05/2026; physicist Talia Brockhurst, MS"),
        ]], hdr(_c, 10)),
        Doc("4_summary.txt", text=f"""
ELMSTEAD HARBOR NEUROSURGERY AND RADIATION CENTER - COMPLETION SUMMARY
Patient: {patient(10)}   MRN: {mrn(10)}   Date: 11/06/2026

Left vestibular schwannoma treated on 11/05/2026 with single-fraction ZAP-X radiosurgery, 12 Gy to the 50% isodose line, mask immobilization. No frame. Tolerated well. Audiogram and MRI at 6 months.

H. Voss-Lamb, MD
{FOOT}
"""),
    ])


# ==================================================================================================
# CyberKnife
# ==================================================================================================

# b22_11 -- CyberKnife cranial, 3 sessions: 3.7 cm resection cavity 9 Gy x 3 + right cerebellar 8 Gy x 3 ----------
_c = "WYVERN RIDGE CYBERKNIFE CENTER"
add(name="b22_11", kind="bundle", codes=["77373", "77435", "G0339", "G0340", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", C, 27, 3), L("right cerebellar", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Dictated post-operative consult, simulation note, Precision plan (two dose levels = two targets), "
          "scanned session notes (Courier, 180 dpi) for three sessions with 6D skull tracking, completion summary. "
          "Left frontal resection cavity 3.7 cm (complex by size) 27 Gy/3 and right cerebellar metastasis 1.0 cm "
          "(simple) 24 Gy/3 in the same sessions. The 4.4 cm pre-operative tumour and the 'thirty gray in five' "
          "alternative are not the course.",
    docs=[
        Doc("1_postop_consult.txt", text=f"""
WYVERN RIDGE CYBERKNIFE CENTER - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(11)}   MRN: {mrn(11)}   Date: 09/30/2026
Dictated by Florian Achebe-Laird, MD

Sixty year old woman with lung adenocarcinoma, EGFR exon nineteen, who had a four point four centimeter left frontal metastasis resected on the eleventh of September by Doctor Quist, gross total on the post op scan. The post operative MRI on the twenty-fourth of September shows the resection cavity now three point seven centimeters in greatest dimension and also a one centimeter right cerebellar metastasis that had been there before and was not resected. She is back on osimertinib. KPS ninety.

Plan, new paragraph, CyberKnife radiosurgery in three fractions to both targets, the cavity at twenty-seven gray in three and the cerebellar lesion at twenty-four gray in three, treated in the same sessions. I mentioned thirty gray in five fractions for the cavity as an alternative and we settled on three. Mask, CT and MRI next week.

F. Achebe-Laird, MD
{FOOT}
"""),
        pdf("2_simulation.pdf", [[
            H1("CYBERKNIFE SIMULATION NOTE"),
            P("10/06/2026: Aquaplast head-and-shoulder mask made on the CyberKnife head rest. Non-contrast and contrast CT 1.25 mm. MRI 10/05/2026 (T1 post-contrast volumetric, FLAIR) fused to the planning CT in Precision. No head frame is needed for CyberKnife."),
            sig("F. Achebe-Laird, MD 10/06/2026"),
        ]], hdr(_c, 11)),
        pdf("3_treatment_plan.pdf", [[
            H1("CYBERKNIFE TREATMENT PLAN"),
            RuledTable([("Target", "Size", "Dose/fx", "Fx", "Total", "IDL", "Coverage"),
                        ("PTV_cavity_Lfrontal", "3.7 cm", "9 Gy", "3", "27 Gy", "70%", "96.1%"),
                        ("PTV_R_cerebellar", "1.0 cm", "8 Gy", "3", "24 Gy", "74%", "98.8%")]),
            KeyValue([("System", "CyberKnife M6, Iris collimator"), ("Beams / nodes", "214 beams, 96 nodes"),
                      ("Tracking", "6D skull"), ("Planning", "Accuray Precision 3.3")]),
            P("OAR (3 fractions): brainstem max 11.7 Gy; chiasm 3.9 Gy; brain V21 19.4 cc. DQA passed (gamma 97.9%, 2%/1 mm)."),
            sig("F. Achebe-Laird, MD 10/09/2026; physicist Gudrun Sealey, MS 10/09/2026"),
        ]], hdr(_c, 11)),
        pdf("4_session_notes.pdf", [[
            H1("CYBERKNIFE SESSION NOTES"),
            P("Session 1 - 10/13/2026. Both targets treated, 9 Gy cavity / 8 Gy cerebellar. 6D skull tracking, 142 image pairs, mean correction 0.4 mm. MD present."),
            P("Session 2 - 10/15/2026. As above. Mild headache. Translations < 0.6 mm."),
            P("Session 3 - 10/17/2026. Completed. Cumulative 27 Gy cavity, 24 Gy cerebellar."),
            sig("F. Achebe-Laird, MD"),
        ]], hdr(_c, 11), scan=True, scan_dpi=180, font="Courier"),
        pdf("5_completion_summary.pdf", [[
            H1("COMPLETION SUMMARY"),
            P("CyberKnife radiosurgery, three sessions 10/13 - 10/17/2026: left frontal resection cavity 27 Gy in 3 fractions (70% IDL) and right cerebellar metastasis 24 Gy in 3 fractions (74% IDL). Mask, 6D skull tracking. Completed without interruption. MRI in 2 months."),
            sig("F. Achebe-Laird, MD 10/19/2026"),
        ]], hdr(_c, 11)),
    ])

# b22_12 -- CyberKnife prostate 7.25 Gy x 5, gold fiducials + SpaceOAR ---------------------------------------------
_c = "PELLMORE VALLEY CANCER INSTITUTE"
add(name="b22_12", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Urology fiducial / SpaceOAR procedure note, dictated consult, simulation + plan, scanned treatment record "
          "(170 dpi, five fractions with fiducial tracking), completion summary. Favourable intermediate-risk "
          "prostate cancer, CyberKnife 7.25 Gy x 5 = 36.25 Gy, four gold fiducials, CT + MRI. The hydrogel spacer "
          "is not an immobilization device; 'no vacuum cushion was used'. Rectum D1cc 35.9 Gy near the Rx; a "
          "40 Gy boost was discussed and not given.",
    docs=[
        pdf("1_urology_procedure.pdf", [[
            H1("UROLOGY PROCEDURE NOTE"),
            P("Date 10/01/2026. Procedure: transperineal placement of four gold fiducial markers (1.0 x 3 mm) into the prostate and injection of SpaceOAR hydrogel, under ultrasound guidance and local anesthesia with sedation. Urologist: Ansgar Whitlock, MD. Estimated blood loss minimal. Markers well distributed at the base and apex bilaterally."),
            sig("Ansgar Whitlock, MD 10/01/2026"),
        ]], hdr("PELLMORE VALLEY UROLOGY", 12)),
        Doc("2_consult.txt", text=f"""
PELLMORE VALLEY CANCER INSTITUTE - RADIATION ONCOLOGY CONSULT
Patient: {patient(12)}   MRN: {mrn(12)}   Date: 09/17/2026
Dictation: Celestine Marwood-Achari, MD

Seventy-one year old man, PSA seven point eight, Gleason three plus four equals seven in four of twelve cores, MRI PI-RADS four lesion in the left peripheral zone, T2a, favorable intermediate risk. Options of surveillance, prostatectomy, conventional radiation over five and a half weeks, and stereotactic body radiation therapy over five treatments were reviewed. He chose SBRT on the CyberKnife, thirty-six point two five gray in five fractions. We also talked about a focal boost to forty gray to the MRI lesion and decided against it. Fiducials and SpaceOAR with Doctor Whitlock first. No ADT.

C. Marwood-Achari, MD
{FOOT}
"""),
        pdf("3_simulation_and_plan.pdf", [[
            H1("SIMULATION AND TREATMENT PLAN"),
            P("Simulation 10/08/2026: supine, arms on the chest; no vacuum cushion or other immobilization device was used. Full bladder protocol. CT 1.5 mm and MRI pelvis (T2 axial 1 mm) the same day, fused on the fiducials in Precision."),
            KeyValue([("CTV", "prostate + proximal 1 cm seminal vesicles"), ("PTV", "CTV + 3 mm (2 mm posterior)"),
                      ("Prescription", "7.25 Gy x 5 = 36.25 Gy to the 82% isodose line"),
                      ("Beams", "168 non-isocentric beams, Iris"), ("Tracking", "fiducial tracking, 4 markers")]),
            P("Rectum D1cc 35.9 Gy, bladder D10cc 18.4 Gy, urethra max 38.9 Gy. DQA passed."),
            sig("C. Marwood-Achari, MD 10/12/2026; physicist Pascoe Drummond-Lee, MS 10/12/2026"),
        ]], hdr(_c, 12)),
        pdf("4_treatment_record.pdf", [[
            H1("CYBERKNIFE TREATMENT RECORD"),
            RuledTable([("Fx", "Date", "Dose", "Cumulative", "Fiducials tracked", "Rigid body error"),
                        ("1", "10/14/2026", "7.25 Gy", "7.25 Gy", "4/4", "0.6 mm"),
                        ("2", "10/16/2026", "7.25 Gy", "14.50 Gy", "4/4", "0.5 mm"),
                        ("3", "10/19/2026", "7.25 Gy", "21.75 Gy", "4/4", "0.7 mm"),
                        ("4", "10/21/2026", "7.25 Gy", "29.00 Gy", "4/4", "0.4 mm"),
                        ("5", "10/23/2026", "7.25 Gy", "36.25 Gy", "4/4", "0.6 mm")]),
        ]], hdr(_c, 12), scan=True, scan_dpi=170),
        pdf("5_completion_summary.pdf", [[
            H1("TREATMENT SUMMARY"),
            P("Prostate adenocarcinoma, favorable intermediate risk. CyberKnife SBRT to the prostate and proximal seminal vesicles, 36.25 Gy in 5 fractions (7.25 Gy per fraction), 10/14/2026 - 10/23/2026, fiducial tracking with orthogonal kV imaging throughout each fraction. Grade 1 urinary frequency. PSA in 3 months."),
            sig("C. Marwood-Achari, MD 10/26/2026"),
        ]], hdr(_c, 12)),
    ])


# ==================================================================================================
# Body and spine SBRT
# ==================================================================================================

# b22_13 -- lung SBRT: consult 54 Gy / 3, changed to 10 Gy x 5 because of the chest wall ------------------------
_c = "GREYHAVEN MEDICAL CENTER - RADIATION ONCOLOGY"
add(name="b22_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Dictated consult (fifty-four gray in three fractions), simulation (Vac-Lok, 4DCT, staging PET/CT fused "
          "for contouring), physics/physician plan note changing to 50 Gy in 5 because chest wall V30 was 41 cc, "
          "on-treatment record with five CBCT-verified fractions (page headers, 'Page n of N'), completion summary. "
          "Peripheral RUL NSCLC 2.3 cm. Chest wall max 52.8 Gy and 'fifty-four' are not the delivered dose.",
    docs=[
        Doc("1_consult.txt", text=f"""
GREYHAVEN MEDICAL CENTER - RADIATION ONCOLOGY NEW PATIENT
Patient: {patient(13)}   MRN: {mrn(13)}   Date: 10/01/2026
Dictated: Barnaby Kwiatkowski-Hale, MD

Seventy-seven year old woman, former smoker, fifty pack years, COPD with FEV1 forty-one percent, found to have a two point three centimeter spiculated right upper lobe nodule, biopsy on the seventeenth of September adenocarcinoma, PET the twenty-first of September SUV eight point two in the nodule and no nodal or distant uptake, stage one A three. Not an operative candidate per thoracic surgery. We recommend stereotactic body radiation therapy, my usual regimen for a peripheral lesion, fifty-four gray in three fractions of eighteen, period, if the chest wall dose is too high we'll spread it over five. Simulation next week.

B. Kwiatkowski-Hale, MD
{FOOT}
"""),
        pdf("2_simulation.pdf", [[
            H1("SBRT SIMULATION NOTE"),
            P("Date 10/07/2026. Supine in a Vac-Lok cushion with arms above the head on a wing board. 4DCT (10 phases) and a free-breathing contrast CT, 2 mm slices. The staging PET/CT of 09/21/2026 was deformably registered to the planning CT and used to delineate the GTV. ITV from the maximum-intensity projection; PTV = ITV + 5 mm."),
            sig("B. Kwiatkowski-Hale, MD 10/07/2026"),
        ]], hdr(_c, 13)),
        pdf("3_plan_note.pdf", [[
            H1("TREATMENT PLANNING NOTE"),
            P("The lesion abuts the posterior chest wall. A 54 Gy / 3 fraction plan gave chest wall V30 of 41 cc (limit 30 cc) and rib max 58 Gy. I have changed the prescription to the 5-fraction regimen."),
            KeyValue([("Prescription", "10 Gy x 5 fractions = 50 Gy to the PTV (prescribed to the 80% isodose line)"),
                      ("Technique", "2 partial VMAT arcs, 6 MV FFF, TrueBeam"), ("Planning", "Eclipse AcurosXB"),
                      ("Schedule", "every other weekday")]),
            P("Chest wall V30 18 cc, chest wall max 52.8 Gy; spinal cord max 9.1 Gy; esophagus 6.4 Gy. Second check and portal dosimetry passed."),
            sig("B. Kwiatkowski-Hale, MD 10/12/2026; physics Imelda Crowthorne, PhD 10/12/2026"),
        ]], hdr(_c, 13)),
        pdf("4_treatment_record.pdf", [[
            H1("SBRT TREATMENT RECORD"),
            RuledTable([("Fx", "Date", "cGy", "Total cGy", "CBCT (ITV match)", "Approved by"),
                        ("1", "10/14/2026", "1000", "1000", "2.1 mm / in tol", "BKH"),
                        ("2", "10/16/2026", "1000", "2000", "1.4 mm / in tol", "BKH"),
                        ("3", "10/19/2026", "1000", "3000", "1.8 mm / in tol", "BKH")]),
        ], [
            H2("SBRT treatment record (continued)"),
            RuledTable([("Fx", "Date", "cGy", "Total cGy", "CBCT (ITV match)", "Approved by"),
                        ("4", "10/21/2026", "1000", "4000", "1.1 mm / in tol", "BKH"),
                        ("5", "10/23/2026", "1000", "5000", "1.6 mm / in tol", "BKH")]),
        ]], hdr(_c, 13, "SBRT RIGHT LUNG")),
        pdf("5_completion_summary.pdf", [[
            H1("COMPLETION OF TREATMENT"),
            P("Right upper lobe adenocarcinoma, stage IA3, treated with SBRT on the TrueBeam, 50 Gy in 5 fractions of 10 Gy, 10/14/2026 - 10/23/2026. The 54 Gy in 3 fractions regimen first recommended was not used because of chest wall dose. Vac-Lok immobilization, CBCT before every fraction. Mild fatigue, no cough change. CT chest in 3 months."),
            sig("B. Kwiatkowski-Hale, MD 10/26/2026"),
        ]], hdr(_c, 13)),
    ])

# b22_14 -- liver SBRT to segment VII only (segment III lesion to RFA); the summary says both lesions -----------------
_c = "BRIGHTWATER ONCOLOGY PARTNERS"
add(name="b22_14", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The completion summary says SBRT was given to both hepatic lesions (segments VII and III), while "
                  "the consult, the plan and the treatment record treat only the segment VII lesion (the segment III "
                  "lesion was referred for radiofrequency ablation) (gold: one lesion).",
    notes="Dictated tumour-board consult (two HCC lesions; segment III to RFA by interventional radiology, segment "
          "VII to SBRT), fiducial note, simulation + plan (Synergy, abdominal compression + three gold seeds, "
          "multiphase CT + MRI), treatment record, completion summary claiming both lesions. 8 Gy x 5 = 40 Gy. "
          "63620 claimed without a spinal lesion: inconsistent. Prior TACE 2025 is history.",
    docs=[
        Doc("1_consult.txt", text=f"""
BRIGHTWATER ONCOLOGY PARTNERS - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(14)}   MRN: {mrn(14)}   Date: 09/10/2026
Dictated by Wilhelmina Oduya-Prescott, MD

Sixty-eight year old man with hepatitis C cirrhosis, Child-Pugh A six, with hepatocellular carcinoma treated by TACE in March twenty twenty-five, now with two arterially enhancing lesions on the MRI of the twenty-eighth of August, a three centimeter lesion in segment seven near the dome and a one point five centimeter lesion in segment three. Tumor board on the ninth of September recommended radiofrequency ablation of the segment three lesion by interventional radiology and stereotactic body radiation therapy to the segment seven lesion, which is not safely reachable by ablation under the diaphragm. So, SBRT to segment seven only, forty gray in five fractions, fiducials first, period. Segment three will be ablated by Doctor Harrowby separately.

W. Oduya-Prescott, MD
{FOOT}
"""),
        pdf("2_fiducials_and_simulation.pdf", [[
            H1("FIDUCIAL PLACEMENT AND SIMULATION"),
            P("09/18/2026 Interventional radiology: three gold fiducial seeds placed percutaneously around the segment VII lesion under CT guidance. No complication."),
            P("09/25/2026 Simulation: supine in a BodyFIX vacuum bag with abdominal compression plate; 4DCT and triphasic contrast CT, 2 mm. Liver MRI (gadoxetate, hepatobiliary phase) of 09/24/2026 fused for GTV delineation. Motion with compression 6 mm craniocaudal."),
            sig("W. Oduya-Prescott, MD 09/25/2026"),
        ]], hdr(_c, 14)),
        pdf("3_plan.pdf", [[
            H1("SBRT PLAN - LIVER SEGMENT VII"),
            KeyValue([("Target", "GTV segment VII HCC 3.0 cm; ITV; PTV = ITV + 5 mm"),
                      ("Dose", "8 Gy x 5 = 40 Gy, 95% of PTV"), ("Technique", "VMAT 2 arcs, 10 MV FFF, Elekta Synergy"),
                      ("Planning", "Monaco"), ("Normal liver", "mean 11.8 Gy; 700 cc spared < 15 Gy")]),
            P("Stomach max 24.1 Gy, duodenum max 19.5 Gy, right kidney mean 2.2 Gy. Independent dose check passed."),
            sig("W. Oduya-Prescott, MD 09/29/2026; physics Tobiah Renshaw, MS 09/29/2026"),
        ]], hdr(_c, 14)),
        pdf("4_treatment_record.pdf", [[
            H1("TREATMENT RECORD"),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Total (Gy)", "CBCT fiducial match", "MD"),
                        ("1", "10/01/2026", "8", "8", "yes, 3 seeds", "WOP"),
                        ("2", "10/05/2026", "8", "16", "yes, 3 seeds", "WOP"),
                        ("3", "10/07/2026", "8", "24", "yes, 3 seeds", "WOP"),
                        ("4", "10/09/2026", "8", "32", "yes, 3 seeds", "WOP"),
                        ("5", "10/12/2026", "8", "40", "yes, 3 seeds", "WOP")]),
        ]], faxhdr(_c, 14, "10/13/2026 14:31", "(555) 208-6613")),
        pdf("5_completion_summary.pdf", [[
            H1("COMPLETION SUMMARY"),
            P("Hepatocellular carcinoma. SBRT completed to both hepatic lesions (segments VII and III), 40 Gy in 5 fractions, 10/01/2026 - 10/12/2026, BodyFIX with compression, fiducial-based CBCT guidance daily. Tolerated well, no nausea. Liver function tests and MRI in 6 weeks."),
            sig("W. Oduya-Prescott, MD 10/13/2026"),
        ]], hdr(_c, 14)),
    ])

# b22_15 -- spine SBRT: consult planned T9 and L1; planning MRI shows L1 is a hemangioma; T9 12 Gy x 2 ---------------
_c = "LARKSPUR HOLLOW SPINE AND CANCER CENTER"
add(name="b22_15", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Dictated consult planning SBRT to T9 and L1 (twenty-four gray in two fractions each); planning MRI "
          "report calls L1 a typical hemangioma, dropped; plan for T9 only (12 Gy x 2 on an Edge, BodyFIX, CT + "
          "MRI fusion); scanned treatment record (Courier 190 dpi) and summary. One spinal lesion: 63621 "
          "inconsistent. Cord PRV max 16.8 Gy; prior 8 Gy x 1 to the left hip is history.",
    docs=[
        Doc("1_consult.txt", text=f"""
LARKSPUR HOLLOW SPINE AND CANCER CENTER - RADIATION ONCOLOGY
CONSULTATION  (dictated 10/20/2026)  Physician: Emeric Vantongeren, MD
Patient: {patient(15)}   MRN: {mrn(15)}

Sixty-four year old woman with metastatic clear cell renal cell carcinoma, on pembrolizumab and axitinib, previously treated with eight gray in a single fraction to a painful left hip metastasis in May, now with mid back pain. Staging CT on the twelfth of October suggests lesions at T9 and L1, the T9 lesion with mild posterior element involvement, no epidural disease, no instability, SINS seven. Plan colon stereotactic body radiation therapy to T9 and L1, twenty-four gray in two fractions to each level, period. We will get a spine MRI with and without contrast for planning and decide on L1 after that. BodyFIX simulation.

E. Vantongeren, MD
{FOOT}
"""),
        pdf("2_planning_mri_and_simulation.pdf", [[
            H1("MRI THORACOLUMBAR SPINE - PLANNING"),
            P("10/26/2026. T9: enhancing metastasis of the vertebral body and right pedicle, Bilsky 0, no epidural extension. L1: well-defined lesion bright on T1 and T2 with fat signal, typical vertebral hemangioma; no features of metastasis. Remaining levels unremarkable."),
            H1("SIMULATION"),
            P("10/27/2026: supine in a full-length BodyFIX vacuum cushion with vacuum wrap, arms at the sides. CT 1 mm from T5 to L3 fused with the planning MRI (T1 post-contrast, T2). After review of the MRI the L1 lesion is a hemangioma and will NOT be treated; SBRT to T9 only."),
            sig("E. Vantongeren, MD 10/27/2026"),
        ]], hdr(_c, 15)),
        pdf("3_plan.pdf", [[
            H1("SPINE SBRT PLAN"),
            KeyValue([("Target", "T9 vertebral body + right pedicle (ISRC consensus CTV), PTV 2 mm"),
                      ("Prescription", "12 Gy x 2 = 24 Gy, D90 of PTV"), ("Technique", "VMAT, 2 arcs, 6 MV FFF, Varian Edge"),
                      ("Planning", "Eclipse")]),
            P("Spinal cord PRV max 16.8 Gy (2 fractions), esophagus max 14.2 Gy. Portal dosimetry QA passed."),
            sig("E. Vantongeren, MD 10/29/2026; physics Saskia Brandvold, MS 10/29/2026"),
        ]], hdr(_c, 15)),
        pdf("4_treatment_record_and_summary.pdf", [[
            H1("TREATMENT RECORD"),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Total (Gy)", "CBCT + 6DoF", "MD at console"),
                        ("1", "11/02/2026", "12", "12", "0.8 mm / 0.5 deg", "EV"),
                        ("2", "11/04/2026", "12", "24", "0.6 mm / 0.3 deg", "EV")]),
            H1("SUMMARY"),
            P("T9 metastasis, renal cell carcinoma: spine SBRT 24 Gy in 2 fractions, 11/02 - 11/04/2026, BodyFIX, daily CBCT with 6 degree-of-freedom correction. L1 hemangioma not treated. Pain improved."),
            sig("E. Vantongeren, MD 11/05/2026"),
        ]], hdr(_c, 15), scan=True, scan_dpi=190, font="Courier"),
    ])

# b22_16 -- left adrenal SBRT 7 Gy x 5 on Ethos; no immobilization device documented ------------------------------
_c = "THORNBURY GLEN RADIATION THERAPY"
add(name="b22_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], []),
    lesions=[L("left adrenal", "body", None, 35, 5)],
    categories=cats(positioning=False),
    notes="Dictated consult, simulation note (4DCT, PET/CT fused for contouring; 'no abdominal compression'; no "
          "immobilization device named), plan, daily adaptive treatment notes (Ethos, CBCT each fraction) and a "
          "completion summary. Left adrenal oligometastasis from lung cancer, 7 Gy x 5 = 35 Gy. Positioning unmet "
          "(no device documented). Prior chemoradiation 60 Gy / 30 to the lung (2024) is history.",
    docs=[
        Doc("1_consult.txt", text=f"""
THORNBURY GLEN RADIATION THERAPY
Consultation, dictated 10/13/2026 by Oriel Hasselbeck, MD
Patient: {patient(16)}   MRN: {mrn(16)}

Fifty-nine year old man with stage three non small cell lung cancer treated with concurrent chemoradiation, sixty gray in thirty fractions, in twenty twenty-four, followed by durvalumab, who now has a solitary left adrenal metastasis, two point eight centimeters, avid on PET of the fifth of October, biopsy confirmed. No other disease. Recommendation: stereotactic body radiation therapy to the left adrenal, thirty-five gray in five fractions, on the Ethos with daily adaptation. Simulation with 4D CT.

O. Hasselbeck, MD
{FOOT}
"""),
        pdf("2_simulation.pdf", [[
            H1("SIMULATION NOTE"),
            P("10/19/2026: CT simulation supine, arms raised. 4DCT with IV contrast, 2 mm slices; motion of the adrenal 7 mm craniocaudal, no abdominal compression applied. The diagnostic PET/CT of 10/05/2026 was registered to the planning CT and used to contour the GTV. ITV from the 4DCT, PTV = ITV + 5 mm."),
            sig("O. Hasselbeck, MD 10/19/2026"),
        ]], hdr(_c, 16)),
        pdf("3_plan.pdf", [[
            H1("SBRT PLAN - LEFT ADRENAL"),
            KeyValue([("Prescription", "7 Gy x 5 = 35 Gy to the PTV (D95)"), ("Technique", "IMRT, 12 fields, 6 MV FFF, Ethos"),
                      ("Adaptive", "daily adaptive (CBCT-based) with scheduled-plan fallback")]),
            P("Stomach max 27.9 Gy; small bowel max 28.4 Gy; left kidney V17.5 < 25%. Physics plan check done."),
            sig("O. Hasselbeck, MD 10/21/2026; physics Dagny Whitcombe, MS"),
        ]], hdr(_c, 16)),
        pdf("4_daily_treatment_notes.pdf", [[
            H1("DAILY TREATMENT NOTES"),
            TextTable([("Fx", "Date", "Plan", "Dose", "Note"),
                       ("1", "10/23/2026", "adapted", "7 Gy", "CBCT, contours edited"),
                       ("2", "10/26/2026", "adapted", "7 Gy", "CBCT"),
                       ("3", "10/28/2026", "scheduled", "7 Gy", "CBCT"),
                       ("4", "10/30/2026", "adapted", "7 Gy", "CBCT"),
                       ("5", "11/02/2026", "adapted", "7 Gy", "CBCT, complete")],
                      columns=(0, 40, 130, 210, 270)),
            P("Physician reviewed and approved each adapted plan and the CBCT before delivery."),
        ]], hdr(_c, 16)),
        pdf("5_completion_summary.pdf", [[
            H1("TREATMENT SUMMARY"),
            P("Left adrenal metastasis, NSCLC: SBRT 35 Gy in 5 fractions (7 Gy each), 10/23/2026 - 11/02/2026, Ethos with daily CBCT-based adaptation. Tolerated well. PET/CT in 3 months."),
            sig("O. Hasselbeck, MD 11/03/2026"),
        ]], hdr(_c, 16)),
    ])

# b22_17 -- oligometastatic prostate cancer: T4 8 Gy x 3 and right iliac wing 9 Gy x 3 in the same sessions ---------
_c = "OAKHAVEN COAST ONCOLOGY"
add(name="b22_17", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["body", "spinal"], 2, 3, ["CT", "MRI", "PET"], ["body_immobilization"]),
    lesions=[L("T4 vertebral body", "spinal", None, 24, 3), L("right iliac wing", "body", None, 27, 3)],
    categories=cats(),
    notes="Dictated consult (three PSMA-avid lesions; the left 6th rib is called equivocal and observed), simulation "
          "(BodyFIX, CT, MRI T-spine, PSMA PET fused), plan with two targets, session notes (fax banner), summary. "
          "T4 24 Gy/3 (spinal) and right iliac wing 27 Gy/3 (body) on an Elekta Infinity. Prior prostatectomy and "
          "66 Gy salvage RT are history.",
    docs=[
        Doc("1_consult.txt", text=f"""
OAKHAVEN COAST ONCOLOGY - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(17)}   MRN: {mrn(17)}   Date: 10/08/2026
Dictated: Rosamund Ibekwe-Starling, MD

Sixty-six year old man, radical prostatectomy twenty eighteen, salvage radiation sixty-six gray in thirty-three fractions to the prostate bed in twenty twenty, now PSA rising to two point four. PSMA PET on the twenty-ninth of September shows avid lesions at T4 vertebral body, SUV eleven, the right iliac wing, SUV nine, and a faint left sixth rib focus, SUV two point one, which radiology calls equivocal. Plan: SBRT to the two definite lesions, T4 twenty-four gray in three fractions and right iliac wing twenty-seven gray in three, same sessions, observe the rib. Short course ADT with Doctor Mbatha.

R. Ibekwe-Starling, MD
{FOOT}
"""),
        pdf("2_simulation_and_plan.pdf", [[
            H1("SIMULATION"),
            P("10/14/2026: supine in BodyFIX with vacuum wrap. CT 1.5 mm C7 to mid-thigh. MRI thoracic spine (T1, T2, STIR) 10/13/2026 and the PSMA PET/CT of 09/29/2026 registered for contouring."),
            H1("PLAN"),
            RuledTable([("Target", "Dose", "Fx", "Per fx", "Coverage"),
                        ("PTV_T4", "24 Gy", "3", "8 Gy", "D90 100%"),
                        ("PTV_R_iliac", "27 Gy", "3", "9 Gy", "D95 100%")]),
            P("Two isocentres, VMAT, 6 MV FFF, Monaco, Elekta Infinity. Cord max 17.9 Gy (3 fx), esophagus 15.3 Gy, bowel 16.0 Gy. Independent check passed."),
            sig("R. Ibekwe-Starling, MD 10/16/2026; physics Jago Pennefather, MS"),
        ]], hdr(_c, 17)),
        pdf("3_session_notes.pdf", [[
            H1("SBRT SESSION NOTES"),
            P("10/19/2026 fx 1/3: T4 8 Gy and right iliac 9 Gy. XVI CBCT at each isocentre, 6D HexaPOD correction, approved by physician."),
            P("10/21/2026 fx 2/3: as above. No pain flare."),
            P("10/23/2026 fx 3/3: completed. T4 cumulative 24 Gy, right iliac 27 Gy."),
            sig("R. Ibekwe-Starling, MD"),
        ]], faxhdr(_c, 17, "10/24/2026 08:47", "(555) 602-1188")),
        pdf("4_summary.pdf", [[
            H1("COMPLETION SUMMARY"),
            P("Oligometastatic prostate cancer. SBRT: T4 vertebral body 24 Gy in 3 fractions and right iliac wing 27 Gy in 3 fractions, 10/19 - 10/23/2026, BodyFIX, CBCT image guidance. Left 6th rib focus observed, not treated. PSA in 6 weeks."),
            sig("R. Ibekwe-Starling, MD 10/26/2026"),
        ]], hdr(_c, 17)),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# b22_18 -- lung SBRT simulated and planned, then cancelled before fraction 1 ------------------------------------
_c = "DUNMORE CROSSING HOSPITAL - RADIATION ONCOLOGY"
add(name="b22_18", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (stopped after simulation): consult for LLL SBRT, simulation (Vac-Lok, 4DCT), approved "
          "plan 12 Gy x 4 = 48 Gy, then a nursing/physician note: admitted with pneumonia and a pulmonary embolism, "
          "transitioned to hospice, course cancelled before fraction 1. Nothing delivered: facts empty, every "
          "category unmet, every code inconsistent.",
    docs=[
        Doc("1_consult.txt", text=f"""
DUNMORE CROSSING HOSPITAL - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(18)}   MRN: {mrn(18)}   Date: 10/27/2026
Dictated by Augustin Pelletier-Moss, MD

Eighty-two year old woman with a one point nine centimeter left lower lobe squamous cell carcinoma, biopsy proven, PET negative elsewhere, medically inoperable because of heart failure with ejection fraction thirty percent. Recommend SBRT, forty-eight gray in four fractions. Simulation next week.

A. Pelletier-Moss, MD
{FOOT}
"""),
        pdf("2_simulation_and_plan.pdf", [[
            H1("SIMULATION"),
            P("11/03/2026: Vac-Lok cushion, arms up; 4DCT 2 mm. ITV contoured on the MIP; PTV = ITV + 5 mm."),
            H1("PLAN (approved, not treated)"),
            KeyValue([("Prescription", "12 Gy x 4 = 48 Gy"), ("Technique", "VMAT 2 arcs, TrueBeam"), ("Planned start", "11/10/2026")]),
            sig("A. Pelletier-Moss, MD 11/06/2026"),
        ]], hdr(_c, 18)),
        Doc("3_cancellation_note.txt", text=f"""
DUNMORE CROSSING HOSPITAL - RADIATION ONCOLOGY NOTE
Patient: {patient(18)}   MRN: {mrn(18)}   Date: 11/12/2026

The patient did not come for her first SBRT fraction on 11/10/2026. Her daughter called: she was admitted on the eighth of November with pneumonia and a pulmonary embolism. After a family meeting today she has chosen hospice care. SBRT course cancelled; no fractions were delivered. Plan and machine appointments removed.

A. Pelletier-Moss, MD / Giselle Warrender, RN
{FOOT}
"""),
        pdf("4_discontinuation_summary.pdf", [[
            H1("TREATMENT DISCONTINUATION SUMMARY"),
            P("Intended course: SBRT left lower lobe 48 Gy in 4 fractions. Status: not started (0 of 4 fractions). Reason: hospitalization and transition to hospice."),
            sig("A. Pelletier-Moss, MD 11/12/2026"),
        ]], hdr(_c, 18)),
    ])

# b22_19 -- consultation plus the outside MRI report only -----------------------------------------------------------
_c = "FALLOWMERE NEUROLOGICAL CLINIC"
add(name="b22_19", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: referral letter, outside MRI report (faxed, two lesions) and a dictated consult recommending Gamma Knife "
          "with a Leksell frame, 20 Gy to each lesion; the patient wants a second opinion and nothing is scheduled. "
          "Nothing delivered: facts empty, every category unmet, every code inconsistent.",
    docs=[
        pdf("1_outside_mri_report.pdf", [[
            H1("MRI BRAIN W/WO CONTRAST - OUTSIDE REPORT"),
            P("Calderbrook Diagnostic Imaging, exam 11/12/2026. FINDINGS: 1.3 cm enhancing lesion in the left caudate head and 0.7 cm lesion in the right superior parietal lobule, both with mild edema. IMPRESSION: two metastases."),
            P("Signed: Ottoline Varga, MD 11/12/2026"),
        ]], faxhdr("Calderbrook Diagnostic Imaging", 19, "11/13/2026 16:20", "(555) 448-9012")),
        pdf("0_referral_letter.pdf", [[
            H1("REFERRAL"),
            P("Date: 11/13/2026. To: Radiosurgery service, Fallowmere Neurological Clinic. From: Jessamy Okonkwo-Reeve, MD, Medical Oncology, Calderbrook Cancer Care."),
            P("Dear colleague, I would be grateful if you would see this 69-year-old man with squamous cell lung cancer on carboplatin / paclitaxel / pembrolizumab (cycle 3) whose surveillance MRI yesterday shows two small brain metastases (report attached). He is asymptomatic, ECOG 1, and his chest disease is responding. I would value your opinion on radiosurgery. Thank you."),
            sig("Jessamy Okonkwo-Reeve, MD 11/13/2026"),
        ]], hdr("CALDERBROOK CANCER CARE - MEDICAL ONCOLOGY", 19)),
        Doc("2_consult.txt", text=f"""
FALLOWMERE NEUROLOGICAL CLINIC - RADIOSURGERY CONSULTATION
Patient: {patient(19)}   MRN: {mrn(19)}   Date: 11/18/2026
Dictated by: Lysander Quaintance, MD

Sixty-nine year old man with lung adenocarcinoma, scratch that, squamous cell carcinoma of the lung per the outside pathology, with two brain metastases on the outside MRI of the twelfth of November, left caudate one point three centimeters and right superior parietal seven millimeters. I recommended Gamma Knife radiosurgery in a single session with a Leksell frame, twenty gray to each lesion at the fifty percent isodose line, with a stereotactic MRI on the day. He would like a second opinion at the university first and will call us. Nothing scheduled. We will send records.

L. Quaintance, MD
{FOOT}
"""),
        Doc("3_phone_note.txt", text=f"""
FALLOWMERE NEUROLOGICAL CLINIC - TELEPHONE NOTE
Patient: {patient(19)}   MRN: {mrn(19)}   Date: 11/25/2026

Patient called: second opinion appointment is on the tenth of December. He will decide on radiosurgery after that. Records faxed. No treatment booked.

Meriel Tansy, RN
{FOOT}
"""),
    ])

# b22_20 -- conventional 30 Gy / 10 to T11-L1 (SBRT discussed, not used) claimed as spine SBRT -------------------------
_c = "RAVENSBOURNE COMMUNITY CANCER CENTER"
add(name="b22_20", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11-L1", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Near-miss: consult discussing spine SBRT (24 Gy in 2 or 27 Gy in 3) and choosing conventional 30 Gy in "
          "10 fractions because of epidural disease (Bilsky 2); simulation (Vac-Lok, CT + MRI), plan, treatment "
          "record with ten fractions, summary. Ten fractions: 77373/77435/63620 all inconsistent, no delivery code.",
    docs=[
        Doc("1_consult.txt", text=f"""
RAVENSBOURNE COMMUNITY CANCER CENTER - RADIATION ONCOLOGY CONSULT
Patient: {patient(20)}   MRN: {mrn(20)}   Date: 09/28/2026
Dictated by Cornelis Fairweather-Obi, MD

Seventy-three year old woman with metastatic breast cancer, ER positive, with back pain, MRI the twenty-second of September shows metastases T11 through L1 with epidural extension at T12, Bilsky two, no cord signal change, neurologically intact. Spine surgery does not recommend decompression. We talked about stereotactic body radiation, twenty-four gray in two fractions or twenty-seven in three, but with the epidural disease touching the cord over a three level segment I recommend conventional palliative radiation, thirty gray in ten fractions to T10 through L2, which she accepted. Dexamethasone four milligrams twice daily.

C. Fairweather-Obi, MD
{FOOT}
"""),
        pdf("2_simulation_and_plan.pdf", [[
            H1("SIMULATION AND PLAN"),
            P("09/30/2026: supine in a Vac-Lok cushion, knees supported. CT 2.5 mm T6 to L5, fused with the diagnostic MRI of 09/22/2026 to outline the epidural component."),
            KeyValue([("Target", "T11-L1 metastases with one vertebra margin (T10-L2)"), ("Prescription", "3 Gy x 10 = 30 Gy"),
                      ("Technique", "VMAT 2 arcs, 6 MV, Halcyon"), ("Planning", "Eclipse")]),
            P("Cord max 31.2 Gy, kidneys mean 6.1 Gy. Not an SBRT plan. Physics check done."),
            sig("C. Fairweather-Obi, MD 10/01/2026"),
        ]], hdr(_c, 20)),
        pdf("3_treatment_record.pdf", [[
            H1("TREATMENT RECORD"),
            RuledTable([("Fx", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                        ("Date", "10/02", "10/05", "10/06", "10/07", "10/08", "10/09", "10/12", "10/13", "10/14", "10/15"),
                        ("cGy", "300", "300", "300", "300", "300", "300", "300", "300", "300", "300")]),
            P("Daily kV-CBCT before each fraction."),
        ]], hdr(_c, 20), scan=True, scan_dpi=150),
        pdf("4_summary.pdf", [[
            H1("TREATMENT SUMMARY"),
            P("T11-L1 spine metastases: conventional palliative radiation 30 Gy in 10 fractions, 10/02 - 10/15/2026, Halcyon. SBRT was not used. Pain much improved; dexamethasone taper. Follow-up 4 weeks."),
            sig("C. Fairweather-Obi, MD 10/16/2026"),
        ]], hdr(_c, 20)),
    ])


CORPUS = Corpus("blind_corpus22", "tests/blind_corpus22", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
