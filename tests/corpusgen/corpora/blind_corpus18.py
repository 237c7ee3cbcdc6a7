"""Eighteenth blind corpus, ``tests/blind_corpus18/`` (regenerate: ``python scripts/make_corpus.py blind_corpus18``).

Twenty courses as a coding office receives them when a patient's care crossed sites: faxed packets with a
fax header line on every page and cover sheets, low-resolution scans (one page rotated), transfer and
discharge summaries, referral letters recounting earlier treatment elsewhere, radiology reports (planning
vs diagnostic / follow-up), pathology lines, problem and medication lists, a tumour-board minute, mixed
with the treating centre's own plan and treatment record. Hard negatives: a referral/consult only, a
follow-up after SBRT elsewhere, a course never started and a conventional 8-fraction lung course. Three
charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (faxed and exported documents are deliberately long lines)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ALARIC", "BRONWEN", "CASIMIR", "DELPHINE", "EZEKIEL", "FENELLA", "GODFREY", "HONORIA", "ISIDORE", "JOCASTA",
         "KENELM", "LAVINIA", "MORDECAI", "NERISSA", "OSWIN", "PHILIPPA", "RADCLIFFE", "SOLVEIG", "THADDEUS", "URSULA"]


def patient(n: int) -> str:
    return f"EIGHTEENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-180{n:02d}"


def fax(sender: str, number: str, when: str, n: int) -> list[str]:
    """A fax header line as the receiving machine stamps it, and the patient line."""
    return [f"{when}  FROM: {number} {sender}  TO: 555-0199 CODING OFFICE",
            f"RE: {patient(n)}   MRN {mrn(n)}"]


def hdr(clinic: str, n: int) -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}"]


CHARTS = Charts()
add = CHARTS.add


# b18_01 -- faxed bundle: cover sheet + referral-back letter + GK treatment record; frame, three metastases ----
_f = fax("HALLORAN NEURO GK CTR", "555-0142", "11/19/2026 15:02", 1)
add(name="b18_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 3, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right cerebellar", "cranial", S, 18, 1), L("left occipital", "cranial", S, 20, 1),
             L("right frontal", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Faxed packet from an outside Gamma Knife centre (fax header on every page): cover sheet, letter "
          "back to the referring oncologist, and the centre's treatment record. Three metastases, 18/20/20 Gy "
          "at 50%, Leksell frame, stereotactic MRI + CT. Prior WBRT 30 Gy/10 in 2024 at another hospital is "
          "history; the cover sheet's '3 pages' and '10 lesions max' policy line are noise.",
    docs=[
        Doc("1_fax_cover.pdf", [[
            H1("FACSIMILE TRANSMITTAL"),
            KeyValue([("To", "Coding / Health Information, Riverside Oncology"), ("From", "Halloran Neuroscience Gamma Knife Center"),
                      ("Pages", "3 including cover"), ("Re", "Records requested - GK 11/10/2026")]),
            P("CONFIDENTIALITY NOTICE: This transmission contains protected health information. If you received it in error, "
              "notify the sender and destroy all copies. Our centre treats up to 10 lesions per session under our current policy."),
        ]], opts=dict(header=_f)),
        Doc("2_letter.pdf", [[
            P("HALLORAN NEUROSCIENCE GAMMA KNIFE CENTER  -  1200 Quarry Road"),
            P("November 12, 2026"),
            P("Dr. Imelda Vargas-Soto, Riverside Oncology"),
            P("Dear Imelda,"),
            P("Your patient, a 63-year-old man with EGFR-mutant lung adenocarcinoma, whom you treated with whole-brain "
              "radiotherapy (30 Gy in 10 fractions) at Mercy General in June 2024, was seen by us for three new "
              "enhancing lesions on his surveillance MRI: right cerebellar (1.1 cm), left occipital (0.7 cm) and right "
              "frontal (0.5 cm)."),
            P("On November 10 we placed a Leksell G frame under local anaesthetic and obtained a stereotactic "
              "gadolinium MRI and a stereotactic CT. All three lesions were treated in one session on the Icon. "
              "Details are on the enclosed record. He went home the same evening on a short dexamethasone taper."),
            P("I have arranged an MRI for mid-January. Kind regards,"),
            sig("Tobias Engqvist, MD, Neurosurgery"),
        ]], opts=dict(header=_f, font="Times-Roman")),
        Doc("3_treatment_record.pdf", [[
            H1("GAMMA KNIFE TREATMENT RECORD"),
            KeyValue([("Date", "11/10/2026"), ("Unit", "Leksell Gamma Knife Icon (frame mode)"),
                      ("Fixation", "Leksell coordinate frame G, 4 pins"), ("Imaging", "Stereotactic MRI T1+Gd 1 mm; stereotactic CT 1 mm"),
                      ("Planning", "GammaPlan 11.3, TMR10")]),
            RuledTable([("Target", "Vol (cc)", "Rx (Gy)", "Isodose", "Shots", "Max (Gy)"),
                        ("R cerebellar", "0.61", "18", "50%", "7", "36.0"),
                        ("L occipital", "0.16", "20", "50%", "3", "40.0"),
                        ("R frontal", "0.05", "20", "50%", "1", "40.0")]),
            P("Frame coordinates verified against the CT fiducials by physics (Dr. A. Lindgren) before treatment. "
              "Brainstem max 9.8 Gy. Total beam-on 48 min, delivered without interruption. Frame removed 17:05."),
            sig("T. Engqvist MD / R. Mbeki MD (Radiation Oncology) 11/10/2026"),
        ]], opts=dict(header=_f)),
    ])

# b18_02 -- plain-text transfer summary: linac FSRT to a resection cavity, 30 Gy / 5 -------------------------
add(name="b18_02", kind="ehr_text", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal resection cavity", "cranial", S, 30, 5)],
    categories=cats(),
    notes="Plain-text inter-facility transfer summary (pipe-delimited EHR export). Left frontal cavity after "
          "resection at another hospital, 6 Gy x 5 = 30 Gy on a TrueBeam with an open-face mask, planning CT + "
          "MRI. 27 Gy/3 was the first proposal (changed). The pre-op 3.8 cm size is the resected tumour, not "
          "the cavity; medication list mentions levetiracetam 500 mg and dexamethasone 4 mg.",
    docs=[Doc("b18_02.txt", text=f"""
==== INTERFACILITY TRANSFER OF CARE SUMMARY ====
SENDING FACILITY: Cedar Bluff Cancer Institute, Radiation Oncology | RECEIVING: Northgate Rehabilitation Hospital
PATIENT: {patient(2)} | MRN: {mrn(2)} | DOB: 1961-04-17 | TRANSFER DATE: 2026-11-21

-- PROBLEM LIST --
1. Metastatic breast carcinoma, HER2+ (dx 2022)
2. Left frontal brain metastasis s/p gross total resection 2026-09-30 (Lakeview University Hospital)
3. Right hemiparesis, improving
4. Steroid-induced hyperglycaemia

-- MEDICATIONS AT TRANSFER --
levetiracetam 500 mg PO BID | dexamethasone 4 mg PO daily, taper per schedule | trastuzumab q3w (held during SRT) | insulin glargine 12 units qHS

-- HOSPITAL / TREATMENT COURSE --
Referred from Lakeview, where the 3.8 cm left frontal mass was resected (path: metastatic carcinoma c/w breast primary, ER-/PR-/HER2 3+). Post-op MRI at Lakeview 2026-10-02 (diagnostic) showed no residual enhancement.
Initial plan discussed at our CNS board was 27 Gy in 3 fractions; this was CHANGED to 30 Gy in 5 fractions because of the cavity size and proximity to the motor strip.
Simulation 2026-10-22: thermoplastic open-face mask, planning CT 1 mm, fused with planning MRI (T1 post-gad, 2026-10-21). Cavity + 2 mm = PTV 21.4 cc. HyperArc plan, 4 non-coplanar arcs, Rx to the 80% isodose, Eclipse v18.
Treatment on TrueBeam Edge, 2026-10-26 to 2026-10-30, 6 Gy per fraction daily, 5 of 5 fractions delivered (total 30 Gy). CBCT + 6DoF couch before each fraction; OSMS surface monitoring. Motor cortex max 29.6 Gy.
Tolerated well; mild fatigue. No seizure.

-- FOLLOW-UP --
MRI brain in 8 weeks at Cedar Bluff. Resume trastuzumab 2026-11-10.

Signed: Marisol Achterberg, MD, Radiation Oncology, 2026-11-21 09:40
{FOOT}
"""),
    ])

# b18_03 -- bundle: referral letter + planning MRI report + GK Icon summary; vestibular schwannoma, mask ------
_c = "PORTWELL SKULL BASE PROGRAM"
add(name="b18_03", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Referral letter from an ENT practice + planning MRI report (radiology) + GK Icon single-session "
          "summary. Right vestibular schwannoma 12 Gy at 50%, thermoplastic mask with IFMM (frame offered, "
          "declined), planning MRI and a CT for dose calculation. 61800 inconsistent. Hearing '12 dB' on the "
          "other side and cochlea 3.9 Gy are noise near the 12 Gy Rx; Icon CBCT is image guidance.",
    docs=[
        Doc("1_referral.txt", text=f"""
WESTBANK EAR, NOSE & THROAT ASSOCIATES
Referral for radiosurgery opinion          Date: 09/28/2026
Patient: {patient(3)}   MRN: {mrn(3)}

To the Portwell Skull Base Program,

I am referring this 54-year-old woman with a right vestibular schwannoma (1.6 x 1.3 cm, Koos II) diagnosed on a diagnostic MRI on 08/14/2026 done for asymmetric hearing loss. Her pure-tone average on the right is 38 dB with speech discrimination 72%; left normal at 12 dB. She does not want microsurgery. Please assess for Gamma Knife.

Regards,
Felicity Oduya, MD, Otolaryngology
{FOOT}
"""),
        Doc("2_mri_report.pdf", [[
            H1("PORTWELL IMAGING - MRI REPORT"),
            KeyValue([("Exam", "MRI brain/IAC, stereotactic planning protocol (3D T1 post-contrast, CISS 0.6 mm)"),
                      ("Date", "10/19/2026"), ("Indication", "Gamma Knife planning, right VS")]),
            P("FINDINGS: Enhancing right intracanalicular and cisternal mass, 1.7 x 1.3 cm, slightly larger than 08/14/2026. "
              "Touches but does not compress the brainstem. No hydrocephalus."),
            P("IMPRESSION: Right vestibular schwannoma. Images sent to GammaPlan."),
            sig("C. Ferreira, MD, Neuroradiology 10/19/2026"),
        ]], opts=dict(header=hdr(_c, 3))),
        Doc("3_gk_summary.pdf", [[
            H1("Gamma Knife Radiosurgery - Procedure Summary"),
            P("Date of treatment: 10/20/2026. Unit: Leksell Gamma Knife Icon. A frame was offered; the patient preferred "
              "frameless treatment, so a thermoplastic mask with the IFMM nose marker was used. A CT was acquired for "
              "dose calculation and co-registered with the planning MRI of 10/19/2026."),
            P("Target: right vestibular schwannoma, 2.1 cc. Prescription 12 Gy to the 50% isodose line, 16 shots, coverage "
              "98%. Cochlea mean 3.9 Gy, brainstem max 11.6 Gy. Icon CBCT registered before treatment; IFMM motion "
              "under 0.5 mm throughout. Delivered in a single session, 61 minutes."),
            sig("Hana Kowalczyk, MD (Neurosurgery) and Obi Nwachukwu, MD (Radiation Oncology) 10/20/2026"),
        ]], opts=dict(header=hdr(_c, 3))),
    ])

# b18_04 -- scanned faxed packet (150 dpi, page 2 rotated): GK frame trigeminal neuralgia, CT only -----------
_f = fax("ST ODILE HOSP NEUROSURG", "555-0177", "10/30/2026 11:48", 4)
add(name="b18_04", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT"], ["frame"]),
    lesions=[L("left trigeminal nerve", "cranial", C, 85, 1)],
    categories=cats(),
    notes="Faxed two-page packet scanned at 150 dpi, page 2 stored rotated. Left trigeminal neuralgia, Gamma "
          "Knife Perfexion with a Leksell frame, 85 Gy maximum with one 4 mm shot. MRI contraindicated "
          "(non-conditional pacemaker), so a stereotactic CT cisternogram was the planning study: imaging CT "
          "only. A 2021 MRI and an earlier balloon compression are history.",
    docs=[Doc("b18_04.pdf", [
        [H1("ST. ODILE HOSPITAL - DEPT OF NEUROSURGERY"),
         H2("Discharge Summary (day case)"),
         P("Admission / discharge: 10/27/2026. Diagnosis: left trigeminal neuralgia, V2, classical, recurrent after balloon "
           "compression (2023). Comorbidity: complete heart block with a non-MRI-conditional pacemaker (2019)."),
         P("Procedure: Gamma Knife radiosurgery, left trigeminal nerve. Because MRI is contraindicated, planning used a "
           "stereotactic CT cisternogram (intrathecal contrast) with the Leksell frame in place; the outside MRI from 2021 was "
           "reviewed for reference only and not used for targeting."),
         P("Discharge medications: carbamazepine 400 mg BID (continue until pain-free 4 weeks), acetaminophen PRN."),
         sig("Dr. Lucien Abara, Neurosurgery 10/27/2026")],
        [H1("GAMMA KNIFE - DOSE PLAN SUMMARY"),
         KeyValue([("Unit", "Leksell Gamma Knife Perfexion"), ("Fixation", "Leksell G frame, 4 pins, applied 07:40"),
                   ("Imaging", "Stereotactic CT cisternogram 0.6 mm"), ("Target", "Left trigeminal nerve, root entry zone + 7 mm"),
                   ("Collimator", "4 mm, 1 shot"), ("Prescription", "85 Gy maximum dose (100% isodose)"),
                   ("Brainstem", "surface 14.1 Gy; max point 16.8 Gy"), ("Delivery", "single session, 10/27/2026, 58 min"),
                   ("QA", "frame coordinate check with CT localiser by physics, signed H. Brandt MS")]),
         sig("L. Abara MD / S. Iyengar MD 10/27/2026")],
    ], opts=dict(header=_f, scan=True, scan_dpi=150, rotate={2: 90}, font="Courier"))])

# b18_05 -- bundle: tumour-board minute + linac SRS plan report + treatment record; seven mets, one pontine ----
_c = "ALDERMOOR CANCER CENTRE - Stereotactic Service"
_les5 = [("L frontal", "1.4", "20"), ("R parietal", "0.9", "20"), ("L temporal", "0.6", "20"), ("R occipital", "1.2", "20"),
         ("L cerebellar", "1.8", "18"), ("R insula", "0.4", "20"), ("pons (central)", "0.7", "16")]
add(name="b18_05", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 7, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(n, "cranial", C if n.startswith("pons") else S, float(d), 1) for n, _, d in _les5],
    categories=cats(),
    notes="Tumour-board minute (eight lesions on the diagnostic MRI; one 2 mm right thalamic focus to be watched) "
          "+ single-isocentre linac SRS plan report + treatment record on a Versa HD: seven lesions treated in "
          "one session, the pontine one (complex, brainstem) at 16 Gy. Mixed set: 61798 + 61797. Brainstem "
          "D0.03cc 15.6 Gy near the 16 Gy prescription.",
    docs=[
        Doc("1_tumour_board.txt", text=f"""
ALDERMOOR CANCER CENTRE - NEURO-ONCOLOGY MDT - MINUTES 09/11/2026
Present: Dr K. Osei (chair, clin onc), Mr P. Haldane (neurosurgery), Dr L. Tran (neuroradiology), S. Quayle (CNS nurse specialist), T. Morrow (physics)

Case 4: {patient(5)} ({mrn(5)}), 58F, melanoma, BRAF wild-type, on nivolumab.
Radiology (diagnostic MRI 08/11, Dr Tran): 8 enhancing foci. Seven measurable lesions (L frontal, R parietal, L temporal, R occipital, L cerebellar, R insula, central pons). A 2 mm right thalamic focus is equivocal - probably vascular.
Outcome: SRS to the seven measurable lesions in a single fraction, pontine lesion at reduced dose. Thalamic focus NOT for treatment, re-image at 8 weeks. WBRT not recommended.
Action: Dr Osei to plan. Planning MRI to be booked.
{FOOT}
"""),
        Doc("2_plan_report.pdf", [[
            H1("SRS PLAN REPORT - Monaco 6.1 / single-isocentre multi-target"),
            KeyValue([("Machine", "Elekta Versa HD, Agility MLC, 6 MV FFF"), ("Immobilisation", "Encompass SRS mask (thermoplastic)"),
                      ("Planning CT", "09/21/2026, 1 mm"), ("Planning MRI", "09/20/2026, 3D T1 post-gad, rigidly fused"),
                      ("Technique", "5 non-coplanar VMAT arcs, PTV = GTV + 1 mm")]),
            RuledTable([("Target", "Diameter (cm)", "Rx (Gy) x 1")] + list(_les5)),
            P("OAR: brainstem D0.03cc 15.6 Gy; optic chiasm max 3.2 Gy; brain minus PTVs V12 8.4 cc."),
            sig("Plan approved K. Osei FRCR 09/23/2026; physics check T. Morrow 09/23/2026"),
        ]], opts=dict(header=hdr(_c, 5))),
        Doc("3_treatment_record.pdf", [[
            H1("TREATMENT RECORD"),
            RuledTable([("Date", "Fx", "Field set", "CBCT (mm)", "HexaPOD", "Status"),
                        ("09/28/2026", "1 of 1", "SRS7TGT", "0.8 / 0.4 / 0.3", "applied", "Complete")]),
            P("All seven targets delivered in a single fraction. Intrafraction CBCT after arc 3: shift < 0.5 mm. Patient "
              "discharged same day."),
            sig("Radiographers J. Pell / A. Ruiz; Dr K. Osei 09/28/2026"),
        ]], opts=dict(header=hdr(_c, 5), two_columns=False)),
    ])


# b18_06 -- plain-text export: CyberKnife cranial AVM, single fraction, angiography ---------------------------
add(name="b18_06", kind="ehr_text", codes=["G0339", "77372", "77432", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["mask"]),
    lesions=[L("right parietal AVM", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Plain-text discharge/procedure export from a CyberKnife centre: right parietal AVM (Spetzler-Martin "
          "II), 18 Gy to the 80% isodose in one fraction, thermoplastic mask, planning CT + MRI + catheter "
          "angiography (3D rotational DSA). Prior embolization elsewhere in 2025 is history; 'Grade 2' and "
          "'80%' are not doses. G0339 consistent (robotic, single session).",
    docs=[Doc("b18_06.txt", text=f"""
SUNDERHOLM CYBERKNIFE CENTER     *** PROCEDURE & DISCHARGE NOTE ***     printed 11/04/2026 16:22 by HIM\\jkessler
Pt: {patient(6)}    MRN: {mrn(6)}    Acct: 7730-118    Attending: R. Delacroix-Hume MD    Neurosurgeon: B. Yilmaz MD

DX: Q28.2 arteriovenous malformation of cerebral vessels - right parietal, Spetzler-Martin grade II (nidus 2.4 cm, superficial venous drainage)

HISTORY: Presented 2025 with a focal seizure. Partial Onyx embolization of two feeders at Grandview Medical Center (03/2025) - not curative. Referred to us for radiosurgery of the residual nidus.

PLANNING DATA:
  - 3D rotational catheter angiogram (DSA) 11/02/2026, Neuro-IR suite, registered to planning CT
  - Planning CT head with contrast 11/02/2026, 0.625 mm
  - MRI brain 3T: T1 post-contrast + TOF 11/02/2026
  - Aquaplast mask made at CT simulation 11/02/2026
  - Nidus volume 5.8 cc; Precision 3.1 planning system, 214 beams, IRIS collimator

TREATMENT: 11/04/2026, CyberKnife S7. Rx 18 Gy in ONE fraction to the 80% isodose (max 22.5 Gy). 6D skull tracking, imaging every 30-45 s, corrections within 0.3 mm. Delivered without interruption, 52 min.

DISCHARGE: home with spouse. Continue lacosamide 100 mg BID. MRI/MRA at 6 and 12 months; angiography at 3 years to confirm obliteration.

E-signed R. Delacroix-Hume MD 11/04/2026 17:01
{FOOT}
"""),
    ])

# b18_07 -- bundle: referral letter + MRI report + FSRT completion note; meningioma 25 Gy / 5 ----------------
_c = "BRACKENRIDGE RADIOTHERAPY UNIT"
add(name="b18_07", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left sphenoid wing meningioma", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Referral letter recounting a subtotal resection elsewhere + planning MRI report + FSRT completion "
          "note: left lateral sphenoid wing meningioma remnant, 2.9 cm, 9 mm from the optic nerve (not complex), "
          "5 Gy x 5 = 25 Gy on a Novalis TrueBeam STx with a frameless mask. The 54 Gy/30 conventional "
          "alternative was not chosen; 'WHO grade 1' is not a dose.",
    docs=[
        Doc("1_referral.pdf", [[
            P("EASTMOOR NEUROSURGICAL GROUP"),
            P("10/02/2026"),
            P("Re: " + patient(7) + "  (MRN " + mrn(7) + ")"),
            P("Dear Dr. Quaresma, I would be grateful if you would see this 47-year-old woman with a residual left lateral "
              "sphenoid wing meningioma after our subtotal resection on 05/19/2026 (pathology: meningothelial meningioma, "
              "WHO grade 1, Ki-67 3%). The remnant has grown from 2.3 to 2.9 cm. It is well lateral to the optic "
              "apparatus. We would favour fractionated stereotactic treatment rather than a further operation."),
            sig("Aurelio Benedetti, MD"),
        ]], opts=dict(font="Times-Roman")),
        Doc("2_mri_report.txt", text=f"""
BRACKENRIDGE IMAGING SERVICES
MRI BRAIN WITH AND WITHOUT CONTRAST - RADIOTHERAPY PLANNING    Exam date: 10/14/2026
{patient(7)}   {mrn(7)}
Technique: 3D T1 MPRAGE post gadolinium 1 mm, 3D FLAIR; acquired in treatment position for fusion.
Findings: Dural-based enhancing mass along the left lateral sphenoid wing measuring 2.9 x 2.2 x 2.0 cm. Closest distance to the left optic nerve 9 mm. No brain oedema.
Impression: residual meningioma, slight growth vs 06/2026. Series exported to the planning system.
Read by: P. Okafor MD
{FOOT}
"""),
        Doc("3_completion_note.pdf", [[
            H1("Fractionated Stereotactic Radiotherapy - Completion Note"),
            P("Treated on the Novalis TrueBeam STx with a frameless thermoplastic mask (BrainLAB), ExacTrac X-ray "
              "verification before each fraction. CT simulation 10/14/2026 fused with the planning MRI. GTV = residual "
              "meningioma, PTV = GTV + 1 mm (14.7 cc), Elements cranial SRS, 5 dynamic conformal arcs, dose to the 80% isodose."),
            P("We discussed conventional fractionation (54 Gy in 30 fractions); she chose the five-fraction course. "
              "5 Gy per fraction x 5 = 25 Gy, delivered 10/19, 10/21, 10/23, 10/26 and 10/28/2026. "
              "Optic nerve max 14.2 Gy total. No toxicity."),
            sig("Lorena Quaresma, MD 10/28/2026"),
        ]], opts=dict(header=hdr(_c, 7))),
    ])

# b18_08 -- bundle: outside RT summary (2025) + scanned consult + SBRT treatment summary; T9 reirradiation ----
_c = "KESTREL VALLEY ONCOLOGY"
add(name="b18_08", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9 vertebral body", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Outside centre's 2025 RT summary (30 Gy/10 to T8-T10, conventional: history) + scanned consult "
          "(120 dpi) + SBRT treatment summary: re-irradiation of T9 with 12 Gy x 2 = 24 Gy on a TrueBeam, "
          "BodyFIX, planning CT + MRI (CT myelogram offered, not needed). T8/T10 and 30 Gy are prior course; "
          "cord Dmax 12.3 Gy near the 12 Gy fraction size.",
    docs=[
        Doc("1_outside_rt_summary.txt", text=f"""
GLENFIELD REGIONAL HOSPITAL - RADIATION THERAPY SUMMARY (copy received by fax 10/05/2026)
Patient: {patient(8)}   Outside MRN: GRH-44120   (our MRN {mrn(8)})
Course: 03/03/2025 - 03/14/2025. Site: thoracic spine T8-T10, palliative. Technique: 3D conformal, PA + 2 obliques, 6 MV.
Dose: 30 Gy in 10 fractions of 3 Gy. Completed. Cord max 31.2 Gy.
Comment: good pain response.
{FOOT}
"""),
        Doc("2_consult_scan.pdf", [[
            H1("KESTREL VALLEY ONCOLOGY - Consultation"),
            P("Date 10/08/2026. 69M prostate cancer, mCRPC. Progressive pain at the previously irradiated T9 level; MRI "
              "09/29 (diagnostic) shows T9 body progression without cord compression, Bilsky 1b. SINS 7."),
            P("Plan: stereotactic re-irradiation to T9, 24 Gy in 2 fractions, cumulative cord constraint respected. CT "
              "myelogram offered if MRI fusion inadequate."),
            sig("Dr. Yusuf Karlsson 10/08/2026"),
        ]], opts=dict(header=hdr(_c, 8), scan=True, scan_dpi=120, font="Courier")),
        Doc("3_sbrt_summary.pdf", [[
            H1("Spine SBRT - Treatment Summary"),
            KeyValue([("Target", "T9 vertebral body + pedicles (ISRC sectors 1-3)"), ("Rx", "24 Gy in 2 fractions (12 Gy/fx)"),
                      ("Dates", "10/20/2026 and 10/22/2026"), ("Machine", "TrueBeam STx, 6X-FFF, 2 VMAT arcs"),
                      ("Immobilization", "Elekta BodyFIX vacuum cushion + wrap"),
                      ("Planning imaging", "CT sim 10/13/2026 1.25 mm; MRI T1/T2 thoracic spine 10/13 fused (myelogram not needed)"),
                      ("IGRT", "CBCT + 6DoF couch each fraction, repeat CBCT mid-arc"),
                      ("OAR", "cord PRV Dmax 12.3 Gy (2 fx); esophagus D5cc 11.0 Gy")]),
            P("Both fractions delivered as planned. Total 24 Gy. Prior 30 Gy/10 (Glenfield, 2025) accounted for in the "
              "cumulative cord dose."),
            sig("Y. Karlsson MD 10/22/2026"),
        ]], opts=dict(header=hdr(_c, 8))),
    ])

# b18_09 -- bundle: CyberKnife spine L2 + L4, CT myelogram, fax cover + record -------------------------------
_f = fax("MERIDIAN CK CENTER", "555-0163", "11/25/2026 08:31", 9)
add(name="b18_09", kind="bundle", codes=["77373", "77435", "63620", "63621", "G0339", "G0340"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("L2", "spinal", None, 24, 3), L("L4", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Faxed CyberKnife packet: cover sheet + treatment record. L2 and L4 metastases (renal cell, no prior "
          "RT), 8 Gy x 3 = 24 Gy each, Xsight Spine tracking (no fiducials), vacuum cushion. MRI contraindicated "
          "(cochlear implant): planning imaging is CT + CT myelogram only. L3 is mentioned as uninvolved.",
    docs=[
        Doc("1_cover.txt", text=f"""
*** MERIDIAN CYBERKNIFE CENTER - FAX COVER ***  11/25/2026 08:31  PAGE 1 OF 2
TO: Billing, Harborview Oncology Associates    FROM: Medical Records, Meridian CyberKnife Center
RE: {patient(9)}  MRN {mrn(9)}  - CyberKnife spine course 11/16-11/20/2026, record enclosed (1 page)
Note: patient has a cochlear implant; no MRI was done. Please call 555-0163 with questions.
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("CYBERKNIFE TREATMENT RECORD - SPINE"),
            KeyValue([("Diagnosis", "Metastatic clear cell RCC to L2 and L4; L3 uninvolved. No prior radiation."),
                      ("Simulation", "11/09/2026: CT lumbar spine 1 mm + CT myelogram (MRI contraindicated - cochlear implant)"),
                      ("Immobilization", "full-length vacuum cushion, arms on chest"),
                      ("Tracking", "Xsight Spine, no fiducials"),
                      ("Plan", "Precision 3.1, two PTVs, 8 Gy x 3 to the 75% isodose each; cauda equina Dmax 20.1 Gy")]),
            RuledTable([("Fx", "Date", "L2 (Gy)", "L4 (Gy)", "Tracking", "Sig"),
                        ("1", "11/16/2026", "8", "8", "Xsight OK", "MW"),
                        ("2", "11/18/2026", "8", "8", "Xsight OK", "MW"),
                        ("3", "11/20/2026", "8", "8", "Xsight OK", "DL")]),
            P("Course complete: L2 24 Gy / 3, L4 24 Gy / 3."),
            sig("Marguerite Wendt MD 11/20/2026"),
        ]], opts=dict(header=_f)),
    ])

# b18_10 -- plain-text export: lung SBRT 50 Gy / 5, central; PET used for delineation -------------------------
add(name="b18_10", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Plain-text discharge-style export that bundles a pathology line, a problem list and an SBRT "
          "summary. RUL central tumour, 10 Gy x 5 = 50 Gy on a TrueBeam, 4DCT in a Vac-Lok, PET-CT "
          "registered for GTV delineation. 60 Gy/8 'risk-adapted' was discussed and not used; prior left lower "
          "lobe wedge resection 2022 is history; bronchus Dmax 49.6 Gy near the Rx.",
    docs=[Doc("b18_10.txt", text=f"""
FAIRWEATHER MEMORIAL HOSPITAL  ::  RADIATION MEDICINE  ::  SBRT COMPLETION / TRANSITION OF CARE
{patient(10)}   {mrn(10)}   report date 2026-11-13
PCP: Dr. Annika Solberg, Westlake Family Practice (copy)

PATHOLOGY: CT-guided biopsy RUL 2026-09-09 (Fairweather Path #FP26-8831): adenocarcinoma, acinar predominant, TTF-1+. PD-L1 TPS 10%.
STAGING: PET-CT 2026-09-15: SUVmax 9.2 RUL lesion 2.6 cm, no nodal uptake. cT1cN0M0.

PROBLEM LIST: COPD GOLD 3 (FEV1 38%) - not a surgical candidate | s/p LLL wedge resection 2022 (adenocarcinoma pT1a, outside hospital) | atrial fibrillation on apixaban

COURSE: Central RUL tumour (1.6 cm from the proximal bronchial tree). Tumour board 2026-09-22 discussed 60 Gy in 8 fractions (risk-adapted) vs 50 Gy in 5; 50 Gy in 5 chosen.
Simulation 2026-09-29: Vac-Lok cushion, arms up on a wing board, 4DCT (10 phases), ITV from MIP; the staging PET-CT was deformably registered and used to delineate the GTV. Eclipse, 2 VMAT partial arcs 6X-FFF, Rx to the 80% isodose covering 95% of PTV.
Delivery: TrueBeam, every other day 2026-10-05 .. 2026-10-13, 10 Gy x 5 = 50 Gy. Daily CBCT matched to the ITV; no fraction missed.
OAR: proximal bronchus Dmax 49.6 Gy, esophagus Dmax 27.1 Gy, heart D15cc 18 Gy.
TOXICITY: grade 1 cough. Follow-up CT chest 3 months.

Ingrid Haugstvedt, MD, Radiation Oncology
{FOOT}
"""),
    ])

# b18_11 -- bundle: transfer letter + MR-linac adaptive record; liver HCC 50 Gy / 5 --------------------------
_c = "ORCHARD HILL MR-LINAC PROGRAMME"
add(name="b18_11", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment VI", "body", None, 50, 5)],
    categories=cats(),
    notes="Referral letter from a hepatology unit recounting two TACE sessions elsewhere + MR-linac (Elekta "
          "Unity) adaptive treatment record: HCC in segment VI, 10 Gy x 5 = 50 Gy, planning CT + MRI "
          "simulation, vacuum cushion. Daily adaptive MRI is image guidance; diagnostic LI-RADS MRI of "
          "08/2026 is history. 'Segment VI' and 'LR-5' are not lesion counts.",
    docs=[
        Doc("1_referral.txt", text=f"""
LOCHSIDE HEPATOLOGY UNIT - Letter
To: Dr. Emeka Sorheim-Obi, Orchard Hill MR-Linac Programme            2026-09-03
Re: {patient(11)}, {mrn(11)}

Thank you for seeing this 71-year-old man with Child-Pugh A6 cirrhosis (NASH) and a 3.4 cm hepatocellular carcinoma in segment VI (LR-5 on diagnostic MRI 2026-08-12, AFP 212). He had TACE at our unit on 2026-03-02 and 2026-05-18 with only partial response. He is not a transplant candidate. We would value stereotactic radiotherapy.
Medications: propranolol 40 mg BID, spironolactone 50 mg, metformin 500 mg BID.

Yours sincerely, Dr. Rhiannon Ekwueme, Consultant Hepatologist
{FOOT}
"""),
        Doc("2_treatment_record.pdf", [[
            H1("MR-Linac SBRT - Treatment Record"),
            KeyValue([("Unit", "Elekta Unity 1.5 T MR-linac"), ("Target", "HCC liver segment VI (GTV 21 cc)"),
                      ("Prescription", "50 Gy in 5 fractions, 10 Gy per fraction, to PTV (GTV + 5 mm)"),
                      ("Simulation", "09/14/2026: planning CT (exhale breath-hold) and MRI simulation on the Unity, vacuum cushion"),
                      ("Planning", "Monaco 6 MR-linac, IMRT 9 fields; adapt-to-shape daily")]),
            RuledTable([("Fx", "Date", "Workflow", "Daily MRI", "Dose (Gy)"),
                        ("1", "09/21/2026", "ATS", "T2 3D", "10"), ("2", "09/23/2026", "ATS", "T2 3D", "10"),
                        ("3", "09/25/2026", "ATP", "T2 3D", "10"), ("4", "09/28/2026", "ATS", "T2 3D", "10"),
                        ("5", "09/30/2026", "ATS", "T2 3D", "10")]),
            P("Duodenum D0.5cc 31.8 Gy; stomach 26 Gy; liver minus GTV mean 11.2 Gy. Cine-MR gating throughout. Course complete 50 Gy / 5."),
            sig("E. Sorheim-Obi MD; physics L. Anand PhD 09/30/2026"),
        ]], opts=dict(header=hdr(_c, 11))),
    ])

# b18_12 -- bundle (contradiction): CyberKnife prostate; letter says 40 Gy, record 36.25 Gy / 5 ----------------
_f = fax("PINECREST CK", "555-0118", "11/12/2026 10:05", 12)
add(name="b18_12", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    contradiction="The letter to the urologist says 40 Gy in five fractions, but the prescription and the "
                  "treatment record give 7.25 Gy x 5 = 36.25 Gy (gold follows the record).",
    notes="Faxed packet: fiducial-placement note (urology, outside) + letter back to the urologist + CyberKnife "
          "treatment record. Prostate, 36.25 Gy / 5 with four gold fiducials, planning CT + MRI, SpaceOAR. "
          "The letter misstates 40 Gy (the planned urethra-sparing boost level was never used). Rectum V36 "
          "0.8 cc is noise.",
    docs=[
        Doc("1_fiducial_note.txt", text=f"""
TALLGRASS UROLOGY PARTNERS - PROCEDURE NOTE   09/30/2026
{patient(12)}  {mrn(12)}
Procedure: transrectal ultrasound-guided placement of 4 gold fiducial markers (1.2 x 3 mm) and SpaceOAR hydrogel spacer, for CyberKnife SBRT at Pinecrest.
PSA 8.9, Gleason 3+4=7 (grade group 2), cT2a, 6/12 cores. No complications.
Dr. Wendell Abernathy-Sato
{FOOT}
"""),
        Doc("2_letter.pdf", [[
            P("PINECREST CYBERKNIFE CENTER"),
            P("November 11, 2026"),
            P("Dear Dr. Abernathy-Sato,"),
            P("Your patient completed CyberKnife stereotactic radiotherapy for his intermediate-risk prostate cancer on "
              "November 6. He received 40 Gy in five fractions with tracking on the fiducials you placed. Urinary "
              "frequency is mild (IPSS 11). He will continue without ADT. I will see him with a PSA in three months."),
            sig("Ximena Rautio, MD"),
        ]], opts=dict(header=_f, font="Times-Roman")),
        Doc("3_treatment_record.pdf", [[
            H1("CYBERKNIFE SBRT - PROSTATE - TREATMENT RECORD"),
            KeyValue([("Planning imaging", "CT 1.25 mm and MRI pelvis (T2, 3 T) on 10/09/2026, fused on the fiducials"),
                      ("Fiducials", "4 gold markers (placed 09/30/2026), SpaceOAR in place"),
                      ("Prescription", "36.25 Gy in 5 fractions (7.25 Gy/fx) to PTV; optional 40 Gy SIB to the dominant lesion NOT used"),
                      ("Tracking", "fiducial tracking with Synchrony prostate, imaging every 40 s")]),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cum (Gy)"), ("1", "10/27/2026", "7.25", "7.25"),
                        ("2", "10/29/2026", "7.25", "14.50"), ("3", "10/31/2026", "7.25", "21.75"),
                        ("4", "11/03/2026", "7.25", "29.00"), ("5", "11/06/2026", "7.25", "36.25")]),
            P("Rectum V36 Gy 0.8 cc; bladder V37 Gy 4.2 cc. Complete."),
            sig("X. Rautio MD 11/06/2026"),
        ]], opts=dict(header=_f)),
    ])


# b18_13 -- bundle: discharge summary + scanned (200 dpi) SBRT record; left kidney 26 Gy x 1 ------------------
_c = "BELLWEATHER UNIVERSITY HOSPITAL - Radiation Oncology"
add(name="b18_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney upper pole", "body", None, 26, 1)],
    categories=cats(),
    notes="Inpatient discharge summary from a urology ward (admitted for haematuria, SBRT given during the "
          "stay) + the radiation record scanned at 200 dpi. Left renal upper-pole RCC, 26 Gy in a single "
          "fraction on a TrueBeam, abdominal compression in a BodyFIX, 4DCT. 42 Gy/3 was the alternative "
          "not chosen; a contrast MRI was ordered but cancelled (eGFR) and does not count. Single-fraction "
          "body course: 77373/77435.",
    docs=[
        Doc("1_discharge_summary.pdf", [[
            H1("DISCHARGE SUMMARY - Ward 7B Urology"),
            KeyValue([("Admitted", "11/02/2026"), ("Discharged", "11/07/2026"), ("Consultant", "Mr. D. Farrow-Ng, Urology")]),
            P("Reason for admission: visible haematuria, Hb 9.1. Known 3.9 cm left upper-pole renal cell carcinoma (biopsy "
              "09/2026: clear cell, ISUP 2); solitary functioning left kidney after right nephrectomy 2015. Not for partial "
              "nephrectomy. Radiation oncology consulted: stereotactic ablative radiotherapy given on 11/05/2026 during "
              "this admission (see radiation record). Contrast MRI abdomen was requested but cancelled because eGFR 34."),
            H2("Discharge medications"),
            BulletList(["amlodipine 5 mg daily", "ferrous sulfate 200 mg BID", "ondansetron 4 mg PRN x 3 days"]),
            sig("Dr. Priya Venkataraman (FY2) for Mr. D. Farrow-Ng 11/07/2026"),
        ]], opts=dict(header=hdr(_c, 13))),
        Doc("2_sabr_record.pdf", [[
            H1("SABR TREATMENT RECORD - KIDNEY"),
            P("Simulation 11/03/2026: 4DCT 2 mm, BodyFIX with abdominal compression plate, arms up."),
            P("Options: 42 Gy in 3 fractions or 26 Gy single fraction. Single fraction chosen (inpatient, solitary kidney "
              "volume acceptable)."),
            P("Rx: 26 Gy x 1 to PTV (ITV + 5 mm), 2 VMAT arcs 10X-FFF, Eclipse. Bowel Dmax 17.8 Gy; kidney-minus-GTV V17.5 31%."),
            P("Delivered 11/05/2026 on TrueBeam 3: CBCT pre, CBCT between arcs (shifts 1.1 / 0.6 mm). 1 of 1 fractions. "
              "Total 26 Gy."),
            sig("Dr. Celestine Aboderin 11/05/2026"),
        ]], opts=dict(header=hdr(_c, 13), scan=True, scan_dpi=200, font="Courier")),
    ])

# b18_14 -- plain-text export: pancreas SBRT on MRIdian, 40 Gy / 5 adaptive ---------------------------------
add(name="b18_14", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 40, 5)],
    categories=cats(),
    notes="Plain-text 'outside records' export combining a tumour-board minute, a pathology line and an "
          "MR-guided SMART record: borderline-resectable pancreatic head adenocarcinoma after FOLFIRINOX, "
          "8 Gy x 5 = 40 Gy on a ViewRay MRIdian, planning CT + MRI sim, Vac-Lok. 50 Gy/5 was the adaptive "
          "ceiling, not delivered; CA 19-9 values and a biliary stent are noise.",
    docs=[Doc("b18_14.txt", text=f"""
[OUTSIDE RECORDS - IMPORTED 2026-11-28 FROM LARKSPUR REGIONAL CANCER CENTER]
[Document 1 of 3: GI Tumor Board Minute 2026-09-16]
Patient {patient(14)} ({mrn(14)}), 66M. Pancreatic head adenocarcinoma, borderline resectable (SMV abutment 180 deg). s/p 6 cycles mFOLFIRINOX (06-09/2026). CA 19-9 from 1,240 to 88. Biliary metal stent 05/2026.
Recommendation: stereotactic MR-guided adaptive RT (SMART) 50 Gy in 5 if OAR allow, then restaging for Whipple.

[Document 2 of 3: Pathology]
EUS-FNB pancreatic head 2026-05-08: adenocarcinoma, moderately differentiated.

[Document 3 of 3: SMART Treatment Record]
Unit: ViewRay MRIdian (0.35 T MR-linac). Immobilization: Vac-Lok cushion, arms up, knee sponge.
Simulation 2026-09-24: planning CT (breath-hold) and MRI simulation (TrueFISP, breath-hold) co-registered.
Planned: 50 Gy/5 to PTV_hi if duodenum/stomach V33 < 1 cc on each daily adaptive plan, otherwise 40 Gy/5.
Daily: on-table MRI, re-contour, re-optimise; cine gating on the tumour. OAR constraint not met for the 50 Gy level on day 1 - all five fractions delivered at the 40 Gy level (8 Gy/fx).
  Fx1 2026-10-05 8 Gy adapted | Fx2 2026-10-07 8 Gy adapted | Fx3 2026-10-09 8 Gy adapted | Fx4 2026-10-12 8 Gy adapted | Fx5 2026-10-14 8 Gy adapted
Total delivered: 40 Gy in 5 fractions. Duodenum V33 0.4 cc (max across fx).
Physician: Dr. Tomasz Adeyemi-Ruhl. Physics: Bao Lindahl MS.
{FOOT}
"""),
    ])

# b18_15 -- bundle (contradiction): Tomo SBRT right adrenal + para-aortic node; summary names only the adrenal
_c = "GREYFRIARS ONCOLOGY - Tomotherapy Suite"
add(name="b18_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right adrenal", "body", None, 35, 5), L("para-aortic node", "body", None, 35, 5)],
    categories=cats(),
    contradiction="The discharge summary says only the right adrenal metastasis was treated, but the tumour "
                  "board, plan and daily record treat the right adrenal and a para-aortic node, 35 Gy / 5 each "
                  "(gold: 2 lesions).",
    notes="Tumour-board minute + Radixact plan summary + daily treatment record + discharge summary: "
          "oligometastatic colorectal cancer, right adrenal and a left para-aortic node, 7 Gy x 5 = 35 Gy "
          "each on a Radixact with Synchrony off, vacuum bag, planning CT with PET-CT fused. A left lung "
          "nodule is under surveillance (not treated). Discharge summary omits the node.",
    docs=[
        Doc("1_board.txt", text=f"""
GREYFRIARS ONCOLOGY - COLORECTAL MDM - 08/27/2026
{patient(15)} {mrn(15)} 61F. Sigmoid adenocarcinoma 2023, pT3N1. Now 2 PET-avid oligometastases: right adrenal (2.8 cm, SUV 11) and left para-aortic node at L2 (1.9 cm, SUV 7). 4 mm left lung nodule, not avid - surveillance.
Decision: SABR to both avid sites, 35 Gy in 5. Continue maintenance capecitabine after.
{FOOT}
"""),
        Doc("2_plan_summary.pdf", [[
            H1("Radixact SABR - Plan Summary"),
            KeyValue([("Planning CT", "09/03/2026, 4DCT, vacuum bag + knee rest"), ("PET-CT", "08/20/2026, rigidly fused for GTV"),
                      ("PTV1", "right adrenal, 35 Gy / 5 fx"), ("PTV2", "left para-aortic node (L2 level), 35 Gy / 5 fx"),
                      ("Technique", "helical, field width 2.5 cm, pitch 0.215, Synchrony not used"),
                      ("OAR", "duodenum D0.5cc 34.6 Gy; R kidney V10 18%; cord Dmax 14 Gy")]),
            sig("Plan approved Dr. Agnieszka Murray-Oduya 09/08/2026"),
        ]], opts=dict(header=hdr(_c, 15))),
        Doc("3_daily_record.pdf", [[
            H1("Daily Treatment Record"),
            RuledTable([("Fx", "Date", "MVCT reg", "PTV1 adrenal", "PTV2 node"),
                        ("1", "09/14/2026", "yes", "7 Gy", "7 Gy"), ("2", "09/16/2026", "yes", "7 Gy", "7 Gy"),
                        ("3", "09/18/2026", "yes", "7 Gy", "7 Gy"), ("4", "09/21/2026", "yes", "7 Gy", "7 Gy"),
                        ("5", "09/23/2026", "yes", "7 Gy", "7 Gy")]),
            P("Totals: adrenal 35 Gy / 5, node 35 Gy / 5. Daily MVCT registration before each fraction."),
        ]], opts=dict(header=hdr(_c, 15))),
        Doc("4_discharge_summary.txt", text=f"""
GREYFRIARS ONCOLOGY - END OF TREATMENT SUMMARY / DISCHARGE TO GP
{patient(15)} {mrn(15)}   09/24/2026
Mrs Eighteenpatient completed SABR to the right adrenal metastasis, 35 Gy in 5 fractions on the Radixact, finishing 09/23/2026. Mild nausea only. Restart capecitabine 10/05. CT CAP in 3 months.
Dr A. Murray-Oduya
{FOOT}
"""),
    ])

# b18_16 -- pdf near-miss: hypofractionated lung 60 Gy / 8 (risk-adapted), claimed as SBRT --------------------
_c = "WHITLOCK COUNTY MEDICAL CENTER - Radiation Oncology"
add(name="b18_16", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 8, ["CT"], ["body_immobilization"]),
    lesions=[L("left upper lobe", "body", None, 60, 8)],
    categories=cats(),
    notes="Near-miss: a transfer summary for an ultracentral left upper lobe tumour treated 7.5 Gy x 8 = 60 Gy "
          "(risk-adapted 'stereotactic-style' hypofractionation) on a Halcyon with daily CBCT, 4DCT, Vac-Lok. "
          "50 Gy/5 SBRT was the referral request and was rejected. 8 fractions: SBRT codes inconsistent.",
    docs=[Doc("b18_16.pdf", [[
        H1("Transfer Summary - Radiation Oncology"),
        P("To: Sunnyvale Skilled Nursing Facility. Re: " + patient(16) + ", MRN " + mrn(16) + "."),
        P("Ms. Eighteenpatient, 79, with a 3.1 cm squamous cell carcinoma of the left upper lobe abutting the left main "
          "bronchus (ultracentral), was referred by Dr. Haas at Coastline Pulmonary for SBRT 50 Gy in 5 fractions. "
          "Because of the ultracentral location we advised against five-fraction SBRT and treated with a risk-adapted "
          "hypofractionated regimen instead."),
        P("Simulation 10/12/2026: 4DCT in a Vac-Lok bag with arms above the head. Plan: 60 Gy in 8 fractions of 7.5 Gy, "
          "2 VMAT arcs, Halcyon. Daily CBCT. Treated 10/19/2026 to 10/30/2026, all 8 fractions delivered (60 Gy). "
          "Main bronchus Dmax 59.1 Gy, esophagus 38 Gy."),
        P("Grade 2 esophagitis; sucralfate and viscous lidocaine. CT chest in 3 months."),
        TextTable([("Medication", "Dose"), ("sucralfate", "1 g QID"), ("lidocaine viscous 2%", "15 mL PRN"), ("tiotropium", "18 mcg daily")],
                  columns=[0, 200]),
        sig("Harriet Ogunleye-Baird, MD 11/02/2026"),
    ]], opts=dict(header=hdr(_c, 16), font="Helvetica"))])

# b18_17 -- hard negative bundle: referral letter + diagnostic MRI report + consult; nothing delivered ---------
_c = "THISTLEDOWN RADIOSURGERY CLINIC"
add(name="b18_17", kind="bundle", codes=["77371", "77432", "61796", "61797"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative: referral letter + diagnostic MRI report (three metastases) + radiosurgery consult "
          "recommending Gamma Knife 'next week' with 20 Gy / 18 Gy proposed, frame vs mask to be decided. No "
          "treatment, simulation or planning imaging in the packet. Facts null/empty, all codes inconsistent.",
    docs=[
        Doc("1_referral.txt", text=f"""
HOLLYBROOK MEDICAL ONCOLOGY
11/16/2026
Dear colleagues at Thistledown, please see {patient(17)} ({mrn(17)}), 52M, metastatic melanoma on ipilimumab/nivolumab, with three new brain metastases on MRI 11/12/2026 (report attached). Asymptomatic. Thank you.
Dr. Rosalind Achebe-Lindqvist
{FOOT}
"""),
        Doc("2_mri_report.pdf", [[
            H1("HOLLYBROOK IMAGING - MRI BRAIN W/WO CONTRAST (DIAGNOSTIC)"),
            P("Date: 11/12/2026. Indication: melanoma staging."),
            P("Findings: three enhancing lesions: left frontal 1.2 cm, right temporal 0.8 cm, left cerebellar 0.5 cm. "
              "Mild vasogenic oedema around the frontal lesion. No haemorrhage."),
            P("Impression: three brain metastases."),
            sig("M. Okwuosa MD 11/12/2026"),
        ]], opts=dict(header=hdr("HOLLYBROOK IMAGING", 17))),
        Doc("3_consult.pdf", [[
            H1("Radiosurgery Consultation"),
            P("Date 11/24/2026. Seen with his wife. Reviewed the outside MRI of 11/12. Recommendation: Gamma Knife "
              "radiosurgery to all three lesions, proposed 20 Gy to the frontal and temporal lesions and 18 Gy to the "
              "cerebellar lesion. Frame or mask to be decided on the day. A stereotactic MRI will be done on the "
              "treatment day. Consent discussed; he wishes to proceed. Tentative date 12/07/2026."),
            sig("Gideon Marchbanks, MD 11/24/2026"),
        ]], opts=dict(header=hdr(_c, 17))),
    ])

# b18_18 -- hard negative text: follow-up after liver SBRT elsewhere last year ------------------------------
add(name="b18_18", kind="ehr_text", codes=["77373", "77435"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative: plain-text follow-up packet (radiology report of a follow-up CT + clinic note) for a "
          "patient who had liver SBRT 45 Gy/3 at another centre in 2025. Stable treated lesion, no new "
          "treatment; a new 6 mm lung nodule for surveillance. Facts null/empty, all codes inconsistent.",
    docs=[Doc("b18_18.txt", text=f"""
SALTMARSH GENERAL HOSPITAL - ONCOLOGY FOLLOW-UP PACKET (exported 2026-11-30)
{patient(18)} | {mrn(18)}

>> RADIOLOGY: CT ABDOMEN/PELVIS WITH CONTRAST, 2026-11-18 (follow-up)
Comparison 2026-05-20. Treated segment VII metastasis (post SBRT 2025) 1.4 cm, previously 1.5 cm, no arterial enhancement; surrounding focal liver reaction stable. No new hepatic lesion. New 6 mm nodule right lung base, indeterminate.
Impression: stable treated liver lesion. Recommend CT chest follow-up of the lung nodule.

>> CLINIC NOTE, 2026-11-25, Dr. Beatrix Olawale-Fenn (medical oncology)
Colon cancer with a solitary liver metastasis, treated with SBRT 45 Gy in 3 fractions at Eastlake Proton & Photon Center in 08/2025 (CyberKnife, fiducials) after declining resection. Doing well, CEA 2.1. No radiotherapy indicated now. Plan CT chest in 3 months for the nodule; if it grows, discuss SBRT vs wedge at tumour board.
Medications: none regular.
{FOOT}
"""),
    ])

# b18_19 -- hard negative bundle: spine SBRT booked, never started (cord compression -> surgery) -------------
_c = "RAVENSCAR SPINE & ONCOLOGY"
add(name="b18_19", kind="bundle", codes=["77373", "77435", "63620"],
    facts=dict(NONE), lesions=[], categories=NO_CATS,
    notes="Hard negative: consult booking spine SBRT to T12 (27 Gy/3 planned, simulation booked) + ED/transfer "
          "note: admitted with cord compression before simulation, decompression and fixation at another "
          "hospital, SBRT cancelled and replaced by post-op conventional RT to be arranged there. Facts "
          "null/empty, all codes inconsistent.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Spine Oncology Consultation"),
            P("Date 10/28/2026. " + patient(19) + ", " + mrn(19) + ". 58M with metastatic hepatocellular "
              "carcinoma. Painful T12 lesion with epidural extension, Bilsky 2, neurologically intact."),
            P("Plan: SBRT to T12, 27 Gy in 3 fractions. CT simulation with BodyFIX booked for 11/04/2026; MRI total spine "
              "to be repeated on the same day for fusion."),
            sig("Dr. Ines Castellanos-Whyte 10/28/2026"),
        ]], opts=dict(header=hdr(_c, 19))),
        Doc("2_transfer_note.txt", text=f"""
RAVENSCAR SPINE & ONCOLOGY - NOTE TO FILE / TRANSFER  11/03/2026
{patient(19)}  {mrn(19)}
Patient presented to the ED overnight with bilateral leg weakness (power 3/5) and urinary retention. Emergency MRI (diagnostic, 11/03 02:10): T12 metastasis with cord compression, Bilsky 3. Transferred to St. Agatha's for decompression and T10-L2 fixation (performed 11/03). SBRT and the 11/04 simulation are CANCELLED. Post-operative conventional radiotherapy will be arranged by St. Agatha's radiation oncology.
I. Castellanos-Whyte
{FOOT}
"""),
    ])

# b18_20 -- bundle (contradiction): GK frame, ten metastases; discharge summary says nine ---------------------
_c = "MONKSWOOD GAMMA KNIFE UNIT"
_les20 = [("L frontal pole", 20), ("R frontal", 20), ("L precentral", 18), ("R parietal", 20), ("L parietal", 20),
          ("R temporal", 20), ("L occipital", 20), ("R cerebellar", 18), ("L cerebellar", 20), ("vermis", 18)]
add(name="b18_20", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 10, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L(n, "cranial", S, d, 1) for n, d in _les20],
    categories=cats(),
    contradiction="The discharge summary says nine metastases were treated, but the dose-plan table and the "
                  "operative note list ten targets, all delivered (gold: 10).",
    notes="Operative note + dose-plan table + discharge summary: small-cell lung cancer after PCI declined, ten "
          "metastases (all < 1.5 cm, none in the brainstem) treated in one frame-based Gamma Knife session at "
          "18-20 Gy, stereotactic MRI + CT. The discharge summary miscounts (nine). 61797 x 9 exceeds the "
          "per-course cap but the code itself is consistent.",
    docs=[
        Doc("1_operative_note.txt", text=f"""
MONKSWOOD GAMMA KNIFE UNIT - OPERATIVE NOTE
{patient(20)}  {mrn(20)}  DOS 11/17/2026
Surgeon: Cornelius Adebayo-Marsh MD. Radiation oncologist: Freya Halloway MD. Physicist: Dmitri Sandoval PhD.
Procedure: Leksell frame application (4 pins, local anaesthesia) and Gamma Knife radiosurgery of ten brain metastases (Leksell Gamma Knife Esprit).
Imaging: stereotactic MRI (double-dose gadolinium, 1 mm) and stereotactic CT, fused in Leksell GammaPlan.
All ten targets treated in one session, 2 h 41 min beam-on. Frame coordinates checked by physics. Frame removed; pin sites clean.
{FOOT}
"""),
        Doc("2_dose_plan.pdf", [[
            H1("GammaPlan Dose Summary - 11/17/2026"),
            RuledTable([("#", "Target", "Max diam (cm)", "Rx (Gy)", "Isodose")]
                       + [(str(i + 1), n, ("1.4" if i == 0 else "0.9" if i % 3 == 0 else "0.5"), str(d), "50%")
                          for i, (n, d) in enumerate(_les20)]),
            P("Brainstem max 7.9 Gy; V12 brain 11.6 cc. All targets delivered."),
            sig("F. Halloway MD / D. Sandoval PhD 11/17/2026"),
        ]], opts=dict(header=hdr(_c, 20))),
        Doc("3_discharge_summary.pdf", [[
            H1("Day-Case Discharge Summary"),
            P("Mr. Eighteenpatient, 66, with extensive-stage small-cell lung cancer (declined prophylactic cranial irradiation "
              "in 2025), underwent frame-based Gamma Knife radiosurgery to nine brain metastases on 11/17/2026. He was "
              "discharged the same evening. Dexamethasone 2 mg daily for five days. MRI in six weeks."),
            sig("F. Halloway MD 11/18/2026"),
        ]], opts=dict(header=hdr(_c, 20), font="Times-Roman")),
    ])


CORPUS = Corpus("blind_corpus18", "tests/blind_corpus18", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
