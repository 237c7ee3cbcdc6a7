"""Fifty-ninth blind corpus, ``tests/blind_corpus59/`` (regenerate: ``python scripts/make_corpus.py blind_corpus59``).

Twenty courses sent the way a hospital sends a whole course: multi-document bundles of three to six files (.pdf
and .txt mixed) holding the consult, the simulation note, the plan or prescription, the treatment record or
on-treatment notes, the completion summary, and sometimes a follow-up, an outside report, a referral letter or
a fax cover sheet; plus a few stand-alone dictated notes. The same lesion is named differently from document to
document (consult "left frontal lesion", plan "PTV_LFront", record "Target 2"); lesions are added or dropped
between consult and delivery; doses change between consult and plan; dictated notes spell numbers out in words
and carry little formatting. Two bundles hold a scanned, faxed page (low dpi, skewed, fax banner) and one plan
report is a two-column page. Every clinic, clinician and planning or record system is invented. Two charts
contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictation and exports are deliberately one long line per paragraph or record)

from __future__ import annotations

from pdfmaker import ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["BARNABY", "ADELAIDE", "CORDELIA", "DESMOND", "EULALIA", "FLETCHER", "GWENDOLYN", "HORATIO", "JASPER",
         "IMOGEN", "KATHARINE", "LEOPOLD", "MIRABEL", "NATHANIEL", "OPHELIA", "ROSALIND", "QUENTIN", "THEODORA",
         "WINIFRED", "WALLACE"]


def patient(n: int) -> str:
    return f"FIFTYNINEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-590{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic}  -  {what}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


def fax(sender: str, number: str, stamp: str, page: str) -> str:
    return f"{stamp}   FROM: {sender}  {number}   TO: 555-0142 RAD ONC INTAKE   P.{page}"


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# p59_01 -- bundle (5 files): cobalt-60 frame SRS, consult names 4 lesions, a 5th found on the stereotactic MRI -------
_c = "HARROWGATE VALLEY NEUROSCIENCE INSTITUTE"
add(name="p59_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["MRI"], ["frame"]),
    lesions=[L("right frontal (Target 1)", "cranial", S, 20, 1), L("left parietal (Target 2)", "cranial", S, 20, 1),
             L("right cerebellar (Target 3)", "cranial", S, 18, 1), L("left occipital (Target 4)", "cranial", S, 20, 1),
             L("left frontal, new on day-of MRI (Target 5)", "cranial", S, 22, 1)],
    categories=cats(),
    notes="Five files: dictated consult (four melanoma metastases, numbers in words, doses proposed), frame "
          "placement note, plan summary (Targets 1-5; a fifth 3 mm left frontal lesion found on the stereotactic "
          "MRI the morning of treatment and added), treatment record with the frame co-ordinate check and beam-on "
          "per target, and a dictated completion note that names all five. MRI-only workflow: the note says a "
          "stereotactic CT was not acquired. Single session, frame: five simple lesions.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
HARROWGATE VALLEY NEUROSCIENCE INSTITUTE   radiosurgery clinic   consult
{patient(1)}   {mrn(1)}   dob 03/22/1958   seen 01/12/2027
dictated by Bernadette Okonkwo-Vale MD, radiation oncology   transcribed 01/13/2027 KT

this is a sixty eight year old man with metastatic melanoma on nivolumab who is referred by doctor Ferris for four new brain lesions found on his surveillance MRI of january fifth. he has mild word finding trouble for about two weeks. no seizures. karnofsky ninety.

on my review of the MRI there are four enhancing lesions. the right frontal lesion is about twelve millimeters. the left parietal lesion is about nine millimeters. the right cerebellar lesion is the biggest at about fifteen millimeters with a little edema but no mass effect on the fourth ventricle. the left occipital lesion is about seven millimeters. none are near the optic apparatus or in the brainstem. no hemorrhage.

we talked about whole brain radiation and radiosurgery and he prefers radiosurgery. my recommendation is a single session of gamma radiosurgery on our cobalt unit under a stereotactic head frame, with a stereotactic MRI the morning of treatment. roughly twenty gray to the margin of the frontal parietal and occipital lesions and eighteen gray to the cerebellar lesion given its size. if the day of treatment MRI shows anything new we will consider treating it the same day. consent signed. dexamethasone two milligrams daily until then.

Bernadette Okonkwo-Vale MD   electronically signed 01/13/2027
{FOOT}
"""),
        Doc("2_frame_placement_note.txt", text=f"""
PROCEDURE NOTE - STEREOTACTIC HEAD FRAME APPLICATION
Harrowgate Valley Neuroscience Institute, Radiosurgery Suite
Patient: {patient(1)}   MRN: {mrn(1)}   Date: 01/26/2027   Time: 06:55

Surgeon: Anselm Durrant-Pike MD (neurosurgery)
Indication: frame-based single-session radiosurgery, brain metastases
Anesthesia: local, 1% lidocaine with epinephrine mixed 1:1 with 0.5% bupivacaine, 5 mL per pin site; lorazepam 1 mg PO
Procedure: Stereotactic head frame positioned with ear bars, shifted slightly to the left and posteriorly to include
the cerebellum. Four pins placed (two frontal, two occipital) and tightened to finger pressure. Ear bars removed.
Frame checked for movement: none. EBL minimal. Tolerated well.
Next: stereotactic MRI with fiducial box, then planning.

Anselm Durrant-Pike MD  01/26/2027 07:10
{FOOT}
"""),
        Doc("3_plan_summary.pdf", [[
            H1("Radiosurgery plan summary"),
            KeyValue([("Unit", "Cobalt-60 multi-source radiosurgery unit (192 sources, 4/8/16 mm collimators)"),
                      ("Planning system", "ORRERY-GP 3.2 (invented)"),
                      ("Fixation", "Stereotactic head frame, 4 pins (applied 06:55)"),
                      ("Stereotactic imaging", "MRI 3D T1 post-contrast 1 mm with fiducial box, 07:40; stereotactic CT not acquired (MRI-only workflow, distortion check on phantom passed 01/25/2027)"),
                      ("Prescription", "Marginal dose to the 50% isodose, single session")]),
            P("Day-of-treatment MRI shows the four known lesions and a new 3 mm enhancing focus in the left frontal lobe "
              "(not seen on 01/05/2027). Reviewed with Dr Okonkwo-Vale and Dr Durrant-Pike at the console: treat today as Target 5."),
            RuledTable([("Target", "Location", "Max diam (mm)", "Vol (cc)", "Rx (Gy)", "IDL", "Shots", "Beam-on (min)"),
                        ("1", "R frontal", "12", "0.71", "20", "50%", "4", "11.2"),
                        ("2", "L parietal", "9", "0.33", "20", "50%", "2", "7.9"),
                        ("3", "R cerebellar", "16", "1.88", "18", "50%", "9", "19.6"),
                        ("4", "L occipital", "7", "0.16", "20", "50%", "1", "5.4"),
                        ("5", "L frontal (new)", "3", "0.02", "22", "50%", "1", "4.1")]),
            P("Brainstem Dmax 7.2 Gy; optic chiasm Dmax 1.6 Gy; V12Gy (brain) 4.4 cc. Total planned beam-on 48.2 min."),
            sig("Plan approved: Bernadette Okonkwo-Vale MD, radiation oncology 01/26/2027 09:05"),
            sig("Plan approved: Anselm Durrant-Pike MD, neurosurgery 01/26/2027 09:07"),
            sig("Physics check: Ines Achterberg PhD, DABR 01/26/2027 09:12 (independent dose check within 1.8%)"),
        ]], opts=dict(header=banner(_c, "Radiosurgery Physics", 1, "03/22/1958"))),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment delivery record - single session"),
            KeyValue([("Date", "01/26/2027"), ("Frame co-ordinate check", "Performed on couch with frame adapter; all five targets within 0.4 mm"),
                      ("Start / end", "09:31 / 10:26"), ("Interruptions", "One (patient request, 2 min) - resumed, no re-check needed")]),
            RuledTable([("Target", "Rx (Gy)", "Planned beam-on (min)", "Delivered beam-on (min)", "Status"),
                        ("1", "20", "11.2", "11.2", "Complete"), ("2", "20", "7.9", "7.9", "Complete"),
                        ("3", "18", "19.6", "19.6", "Complete"), ("4", "20", "5.4", "5.4", "Complete"),
                        ("5", "22", "4.1", "4.1", "Complete")]),
            P("Frame removed 10:40; pin sites dressed. Discharged home 12:15 with his wife."),
            sig("Ines Achterberg PhD, DABR, medical physicist 01/26/2027"),
            sig("Bernadette Okonkwo-Vale MD 01/26/2027"),
        ]], opts=dict(header=banner(_c, "Radiosurgery Suite", 1, "03/22/1958"))),
        Doc("5_completion_note_dictated.txt", text=f"""
radiosurgery completion note   {patient(1)}   {mrn(1)}   date of service 01/26/2027
dictated by Bernadette Okonkwo-Vale MD

mister fiftyninepatient came in this morning for his gamma radiosurgery. doctor durrant-pike put on the head frame under local without any trouble. the stereotactic MRI showed the four lesions we knew about plus one new tiny lesion in the left frontal lobe about three millimeters, so after talking with him and with doctor durrant-pike we treated five lesions today rather than four.

doses to the fifty percent isodose line were twenty gray to the right frontal lesion, twenty gray to the left parietal lesion, eighteen gray to the right cerebellar lesion, twenty gray to the left occipital lesion and twenty two gray to the new left frontal lesion. all five targets were delivered in one session after the frame coordinates were checked. frame off, pin sites clean.

plan: taper dexamethasone over a week. MRI brain in eight weeks. continue nivolumab per doctor ferris.

electronically signed Bernadette Okonkwo-Vale MD 01/26/2027 16:40
{FOOT}
"""),
    ])

# p59_02 -- bundle (5 files): gantry linac mask SRS; consult 3 lesions, one a vessel at simulation; names change ------
_c = "BRIARCLIFF MEMORIAL CANCER PAVILION"
add(name="p59_02", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal lesion (PTV_LFront, Target 2)", "cranial", S, 20, 1),
             L("right cerebellar lesion (PTV_RCereb, Target 1)", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Five files: consult (three lesions on the diagnostic MRI; 20 Gy proposed to each), simulation note "
          "(mask, CT, planning MRI: the punctate right parietal focus is a vessel and is dropped), prescription "
          "and plan (PTV_LFront 20 Gy, PTV_RCereb 18 Gy, cerebellar dose lowered from the consult's 20 Gy), "
          "record in cGy with Target 1 = PTV_RCereb and Target 2 = PTV_LFront, and a completion summary. "
          "The same two lesions appear under three names in four documents. Two simple lesions.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Patient", f"{patient(2)}"), ("MRN", mrn(2)), ("Date of consult", "February 2, 2027"),
                      ("Referring", "Lucinda Haverford MD, thoracic oncology"), ("Attending", "Rafael Quintanilla-Moss MD")]),
            H2("History of present illness"),
            P("Ms. Fiftyninepatient is a 61-year-old woman with stage IV lung adenocarcinoma (ALK-negative, PD-L1 60%) on "
              "pembrolizumab with a partial extracranial response. Staging MRI brain on 01/28/2027 for new headaches shows "
              "a 14 mm enhancing lesion in the left frontal lobe with moderate edema, an 11 mm lesion in the right cerebellar "
              "hemisphere (9 mm from the brainstem), and a punctate 2-3 mm focus of enhancement in the right parietal cortex "
              "that may represent a third metastasis."),
            H2("Examination"),
            P("KPS 80. Alert, fluent. Mild right pronator drift. Gait steady. No papilledema."),
            H2("Assessment and plan"),
            P("Brain metastases, up to three, from NSCLC. I recommend single-fraction stereotactic radiosurgery on our gantry "
              "linac with a frameless mask: 20 Gy x 1 to the left frontal lesion, 20 Gy x 1 to the right cerebellar lesion and, "
              "if it is confirmed on the thin-slice planning MRI, 20 Gy x 1 to the right parietal focus. Risks reviewed, "
              "including radionecrosis and edema; consent obtained. Dexamethasone 4 mg BID for the frontal edema."),
            sig("Rafael Quintanilla-Moss MD, Radiation Oncology 02/02/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 2, "08/14/1965"))),
        Doc("2_simulation_note.txt", text=f"""
BRIARCLIFF MEMORIAL - RADIATION ONCOLOGY - SIMULATION NOTE
Patient: {patient(2)}     MRN: {mrn(2)}     Sim date: 02/04/2027

Immobilization: open-face thermoplastic SRS mask with mouth bite, headrest B, arms at sides, knee sponge.
CT simulation: 1.0 mm slices, vertex to C3, IV contrast.
Planning MRI: same day, 3D T1 post-gadolinium 1 mm and FLAIR, rigid fusion to the sim CT (checked by MD).

Findings on planning MRI: left frontal lesion 15 mm and right cerebellar lesion 11 mm, as before. The punctate right
parietal focus follows a cortical vein on the multiplanar reconstruction and is NOT a metastasis per Dr Quintanilla-Moss
and neuroradiology (Dr Ebbesen). It will not be contoured as a target. Two targets.

Plan: single-isocenter multi-target plan, one fraction. Target treatment date 02/09/2027.
Therapist: Noor Abernathy, RTT     Physician: Rafael Quintanilla-Moss MD
{FOOT}
"""),
        Doc("3_prescription_and_plan.pdf", [[
            H1("SRS prescription and plan approval"),
            KeyValue([("Treatment unit", "6 MV FFF gantry linac, 2.5 mm MLC, 6DoF couch"),
                      ("Planning system", "CAIRN-TPS 9 (invented)"),
                      ("Technique", "Single isocenter, 4 non-coplanar VMAT arcs (couch 0, 45, 315, 90)"),
                      ("Image guidance", "CBCT + 6DoF correction before beam-on; surface monitoring during arcs")]),
            RuledTable([("Structure", "Dose/fx (cGy)", "Fx", "Total (cGy)", "Rx IDL", "Coverage", "Comment"),
                        ("PTV_LFront", "2000", "1", "2000", "80%", "V100 98.7%", "GTV + 1 mm"),
                        ("PTV_RCereb", "1800", "1", "1800", "80%", "V100 98.1%", "GTV + 1 mm; reduced from 2000 for brainstem proximity")]),
            P("OAR: brainstem D0.03cc 9.6 Gy; chiasm Dmax 1.2 Gy; brain minus GTVs V12Gy 6.1 cc. Patient-specific QA: "
              "film + ion chamber, gamma 2%/1 mm 97.9% pass, point dose -0.8%."),
            sig("Rafael Quintanilla-Moss MD, approved 02/08/2027"),
            sig("Tobias Wrenfield MS, DABR, physics second check 02/08/2027"),
        ]], opts=dict(header=banner(_c, "Treatment Planning", 2, "08/14/1965"))),
        Doc("4_treatment_record.txt", text=f"""
TALLYRECORD R&V (invented)  -  DAILY TREATMENT RECORD  -  printed 02/09/2027 14:02
{patient(2)}   {mrn(2)}   Course C1 "Brain SRS"   Plan SRS_2tgt_v1

Date        Fx   Field        MU       Target      Dose today (cGy)   Cum (cGy)   Imaging       Approved
02/09/2027  1    CBCT_setup   -        -           -                  -           CBCT, 6DoF    RQM 10:18
02/09/2027  1    Arc1 0       1204     Target 1    1800               1800        -             -
                                       Target 2    2000               2000
02/09/2027  1    Arc2 45      1198     "           "                  "
02/09/2027  1    Arc3 315     1187     "           "                  "
02/09/2027  1    Arc4 90      1211     "           "                  "
02/09/2027  1    CBCT_mid     -        -           -                  -           CBCT          RQM 10:41

Target 1 = PTV_RCereb   Target 2 = PTV_LFront
Course status: COMPLETE (1 of 1 fractions).   Therapists: NA / JL
{FOOT}
"""),
        Doc("5_completion_summary.txt", text=f"""
RADIATION TREATMENT SUMMARY
{patient(2)}   MRN {mrn(2)}   Briarcliff Memorial Cancer Pavilion
Diagnosis: NSCLC metastatic to brain (C79.31)
Course: stereotactic radiosurgery, 02/09/2027, single fraction, frameless mask, gantry linac

Treated:
  Left frontal metastasis - 2000 cGy x 1
  Right cerebellar metastasis - 1800 cGy x 1
The right parietal punctate enhancement seen on the diagnostic MRI was a vessel on the planning MRI and was not treated.

Tolerance: fatigue grade 1, no headache. Dexamethasone taper over 10 days.
Follow-up: MRI brain and visit in 6 weeks.
Rafael Quintanilla-Moss MD   signed 02/10/2027
{FOOT}
"""),
    ])

# p59_03 -- bundle (4 files): robotic linac FSRT of a vestibular schwannoma; faxed ENT referral scanned; dose changed -
_c = "SEVERN HOLLOW RADIOSURGERY CENTER"
add(name="p59_03", kind="bundle", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma (PTV_R_VS, Target 1)", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Four files: a faxed ENT referral scanned at 115 dpi with a fax banner and skew (outside MRI history), a "
          "dictated consult proposing 18 Gy in three fractions, the prescription changed at planning to 25 Gy in "
          "five fractions at the 80% isodose (cochlea sparing), and a per-fraction record with skull tracking in "
          "cGy plus completion. Vestibular schwannoma: complex. Robotic-arm linac, mask, planning CT + MRI.",
    docs=[
        Doc("1_ENT_referral_fax.pdf", [[
            P("KESWICK EAR NOSE & THROAT ASSOCIATES"),
            P("1440 Millrace Road, Suite 3  -  phone 555-0188  fax 555-0189"),
            P("January 19, 2027"),
            P("To: Severn Hollow Radiosurgery Center, Attn: new patient intake"),
            P(f"RE: {patient(3)}   DOB 11/02/1971   (your MRN {mrn(3)} assigned on intake)"),
            P("Dear colleagues,"),
            P("I am referring this 55-year-old woman with a right vestibular schwannoma for consideration of radiosurgery. She "
              "presented in 2024 with right-sided tinnitus and asymmetric hearing loss. Serial outside MRIs (03/2024, 09/2025, "
              "12/2026) show growth from 1.1 cm to 1.8 cm in the cerebellopontine angle, Koos grade II, no brainstem compression."),
            P("Audiogram 12/2026: right PTA 38 dB, word recognition 72% (serviceable). She does not want microsurgery. I would "
              "appreciate your opinion on hearing-preserving fractionated radiosurgery."),
            P("Sincerely,"),
            P("Wendell Tamsworth MD, Otology / Neurotology"),
            P("Enclosures: MRI report 12/14/2026, audiogram"),
        ]], opts=dict(header=[fax("KESWICK ENT", "555-0189", "JAN-19-2027 16:48", "001/002")], page_numbers=None,
                      scan=True, scan_dpi=115, scan_skew=1.4, scan_noise=11)),
        Doc("2_consult_dictated.txt", text=f"""
SEVERN HOLLOW RADIOSURGERY CENTER
NEW PATIENT CONSULTATION  {patient(3)}  MRN {mrn(3)}  02/01/2027
Dictating: Priyamvada Holloway-Singh MD, radiation oncology

Kind referral from Dr Tamsworth. Fifty-five year old woman, right vestibular schwannoma, one point eight centimeters on the December MRI, growing about three millimeters a year, serviceable hearing. Facial nerve function normal, House-Brackmann one. Mild imbalance. No trigeminal symptoms.

We discussed observation, microsurgery, single session radiosurgery and fractionated radiosurgery. Given her wish to keep her hearing, I favor a fractionated course on our robotic arm mounted linac with a thermoplastic mask and skull tracking. I would propose eighteen gray in three fractions, to be confirmed at planning once we see the cochlear dose. She will need a thin-slice MRI with CISS sequence and a planning CT.

She understands the risks of hearing loss, facial numbness or weakness, and rarely hydrocephalus. Consent today.
Electronically signed: Priyamvada Holloway-Singh MD 02/01/2027
{FOOT}
"""),
        Doc("3_prescription.pdf", [[
            H1("Fractionated radiosurgery prescription"),
            KeyValue([("Unit", "Robotic-arm mounted 6 MV linac, fixed cones and iris collimator"),
                      ("Planning system", "KITE-PLAN 2.6 (invented)"), ("Immobilization", "Thermoplastic mask (made 02/08/2027)"),
                      ("Planning imaging", "CT 1.0 mm with contrast 02/08/2027; MRI 3D T1 post-gad + CISS 0.6 mm 02/08/2027, fused"),
                      ("Tracking", "6D skull tracking with orthogonal kV image pairs during delivery")]),
            P("Change from consult: the consult proposed 18 Gy in 3 fractions. On planning, the right cochlea mean dose could "
              "not be kept below 5 Gy at that dose per fraction; after discussion the prescription is 25 Gy in 5 fractions "
              "(5 Gy per fraction) to the 80% isodose line."),
            RuledTable([("Target", "Volume", "Rx", "IDL", "Coverage", "Beams", "Max (Gy)"),
                        ("PTV_R_VS (GTV + 0 mm)", "2.04 cc", "25 Gy / 5 fx", "80%", "97.4%", "164", "31.3")]),
            P("OAR: right cochlea Dmean 4.2 Gy; brainstem D0.03cc 21.8 Gy (limit 23 Gy); trigeminal nerve Dmax 22.1 Gy."),
            sig("Priyamvada Holloway-Singh MD 02/11/2027"),
            sig("Desmond Ruckert MS, DABR (plan check and DQA 98.2% at 2%/2 mm) 02/11/2027"),
        ]], opts=dict(header=banner(_c, "Prescription", 3, "11/02/1971"))),
        Doc("4_treatment_record_and_completion.pdf", [[
            H1("Treatment record"),
            RuledTable([("Fx", "Date", "Target 1 dose (cGy)", "Cumulative (cGy)", "Skull tracking images", "Max correction", "Initials"),
                        ("1", "02/15/2027", "500", "500", "41", "0.6 mm / 0.4 deg", "LR"),
                        ("2", "02/16/2027", "500", "1000", "38", "0.5 mm / 0.3 deg", "LR"),
                        ("3", "02/17/2027", "500", "1500", "44", "0.8 mm / 0.5 deg", "MD"),
                        ("4", "02/18/2027", "500", "2000", "40", "0.4 mm / 0.2 deg", "LR"),
                        ("5", "02/19/2027", "500", "2500", "39", "0.5 mm / 0.3 deg", "MD")]),
            P("Target 1 = PTV_R_VS."),
            H2("Completion"),
            P("Completed 02/19/2027: right vestibular schwannoma, 2500 cGy in 5 fractions to the 80% isodose line, no missed "
              "sessions. Mild fatigue; no facial symptoms. Audiogram and MRI at 6 months; copy of this summary to Dr Tamsworth."),
            sig("Priyamvada Holloway-Singh MD 02/19/2027"),
        ]], opts=dict(header=banner(_c, "Treatment Delivery", 3, "11/02/1971"))),
    ])

# p59_04 -- dictated text: gantry linac 3-fraction SRS, cavity + intact lesion; numbers in words; no plan parameters -
add(name="p59_04", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", S, 27, 3), L("right occipital metastasis", "cranial", S, 24, 3)],
    categories=cats(plan=False),
    notes="One dictated completion note with almost no formatting and every number in words: a 2.9 cm left temporal "
          "resection cavity twenty-seven Gray in three fractions and an intact right occipital metastasis twenty-four "
          "Gray in three, gantry linac, mask, planning CT fused with MRI, cone-beam CT each day. No isodose line, "
          "arcs, beams or planning system: plan unmet. The single-session codes 77372/77432 are wrong for three "
          "fractions.",
    docs=[Doc("p59_04.txt", text=f"""
ALDER CROSSING CANCER CENTER radiation oncology
{patient(4)} MRN {mrn(4)} DOB 06/30/1960
end of treatment note dictated 03/05/2027 by Hollis Varga-Prentice MD transcribed 03/06/2027 by MW job 55107

mister fiftyninepatient is a sixty six year old man with metastatic colon cancer who had resection of a left temporal metastasis by doctor ashworth on january twenty eighth. his postoperative MRI showed a clean cavity measuring two point nine centimeters and a separate small right occipital metastasis of about eight millimeters that was not there in december. he was seen in consultation on february tenth and we recommended stereotactic radiation to both in three fractions.

he was simulated on february sixteenth in a thermoplastic mask. we obtained a planning CT with contrast and fused it with a volumetric MRI from february fifteenth. the cavity was contoured with a two millimeter margin along the surgical tract and the occipital lesion with a one millimeter margin.

he was treated on our gantry linac on february twenty fourth, february twenty sixth and march third, with a cone beam CT before each fraction and the shifts approved by me before the beam was turned on. the cavity received twenty seven gray in three fractions of nine gray and the right occipital metastasis received twenty four gray in three fractions of eight gray. all three fractions were given as planned with no breaks.

he tolerated it well with some fatigue and a mild headache after the second fraction that settled with tylenol. dexamethasone was not needed. he will get an MRI in two months and see me with it, and he restarts folfiri with doctor nakagawa next week.

Hollis Varga-Prentice MD
electronically signed 03/06/2027 08:12
{FOOT}
""")])

# p59_05 -- bundle (4 files): gantry linac single-isocenter SRS, 6 lesions at consult, 8 on planning MRI, one pontine -
_c = "LANTERN BAY UNIVERSITY HOSPITAL"
add(name="p59_05", kind="bundle", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 8, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("L1 right frontal", "cranial", S, 20, 1), L("L2 left frontal", "cranial", S, 20, 1),
             L("L3 right parietal", "cranial", S, 20, 1), L("L4 left occipital", "cranial", S, 20, 1),
             L("L5 right cerebellar", "cranial", S, 18, 1), L("L6 left temporal", "cranial", S, 20, 1),
             L("L7 left cerebellar (new on planning MRI)", "cranial", S, 20, 1),
             L("L8 pons (new on planning MRI)", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Four files: dictated consult (six metastases on the diagnostic MRI), simulation and planning-MRI note "
          "(two more, left cerebellar and a 5 mm pontine lesion, all eight to be treated), a plan report on one "
          "two-column page (technique | lesion list L1-L8 with doses), and the record with completion. The pontine "
          "lesion is within the brainstem: complex; the rest simple. 61799 claimed with only one complex lesion: wrong.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
Lantern Bay University Hospital - Department of Radiation Oncology - Consultation
Patient {patient(5)}  MRN {mrn(5)}  Date 03/01/2027  Attending: Corisande Mbeki-Faraday MD  Resident: Luis Ortega-Wynn MD

Reason for consult: multiple brain metastases, HER2 positive breast cancer.

HPI: fifty two year old woman, HER2 positive breast cancer diagnosed 2023, on trastuzumab deruxtecan. Restaging MRI brain on February twenty second shows six enhancing lesions: right frontal eleven millimeters, left frontal eight millimeters, right parietal thirteen millimeters, left occipital six millimeters, right cerebellar nineteen millimeters, left temporal seven millimeters. Mild headaches only. KPS ninety.

Assessment and plan: six brain metastases, controlled extracranial disease. We recommend single fraction radiosurgery to all six using a single isocenter multi-target linac plan with a frameless mask, rather than whole brain radiation, to preserve cognition. Expected doses twenty gray for lesions under two centimeters, eighteen gray for the right cerebellar lesion. Thin slice planning MRI at simulation. Consent obtained after discussion of radionecrosis, seizures and the chance of new lesions.

Seen and discussed with Dr Mbeki-Faraday, who agrees.  Luis Ortega-Wynn MD (PGY-4)
Attending attestation: I saw and examined the patient and agree with the plan. Corisande Mbeki-Faraday MD 03/01/2027
{FOOT}
"""),
        Doc("2_sim_planning_MRI_note.txt", text=f"""
SIMULATION / PLANNING IMAGING NOTE          {patient(5)}     {mrn(5)}     03/04/2027

Mask: frameless SRS thermoplastic mask, custom head cushion.
CT sim 1 mm, no contrast. Planning MRI (3D T1 MPRAGE post-gadolinium, 1 mm isotropic) acquired 03/04/2027 and fused.

Planning MRI shows the six known lesions and TWO NEW ones:
  - left cerebellar hemisphere, 4 mm
  - pons, right paramedian, 5 mm (intrinsic brainstem lesion)
Discussed with Dr Mbeki-Faraday: treat all eight in the same session; pontine lesion at reduced dose (15 Gy).
Target list for planning: L1 R frontal, L2 L frontal, L3 R parietal, L4 L occipital, L5 R cerebellar, L6 L temporal,
L7 L cerebellar, L8 pons.

Luis Ortega-Wynn MD 03/04/2027
{FOOT}
"""),
        Doc("3_plan_report.pdf", [[
            H1("Multi-target SRS plan report"),
            H2("Technique"),
            P(f"{patient(5)}, {mrn(5)}. Single-isocenter multi-target radiosurgery on a 6 MV FFF gantry linac (HD MLC, 6DoF "
              "couch). Planning system MERIDIAN-SRS 4.1 (invented), 5 dynamic conformal arcs over 4 couch angles."),
            P("Targets contoured on the 03/04/2027 planning MRI fused to the sim CT; PTV = GTV + 1 mm. Prescription to the PTV "
              "periphery, 80% isodose normalization, single fraction."),
            P("Image guidance: CBCT with 6DoF correction before treatment, repeat CBCT after the second couch angle; "
              "surface imaging throughout (threshold 1 mm)."),
            P("QA: independent MU calculation within 2.1%; patient-specific QA with film, gamma 3%/1 mm 96.8%."),
            P("OAR: brainstem D0.03cc 16.4 Gy (pontine target inside); optic chiasm Dmax 2.3 Gy; brain V12Gy 11.8 cc."),
            ColumnBreak(),
            H2("Targets"),
            TextTable([("ID", "Location", "mm", "Rx (Gy)"),
                       ("L1", "R frontal", "11", "20"), ("L2", "L frontal", "8", "20"), ("L3", "R parietal", "13", "20"),
                       ("L4", "L occipital", "6", "20"), ("L5", "R cerebellar", "19", "18"), ("L6", "L temporal", "7", "20"),
                       ("L7", "L cerebellar", "4", "20"), ("L8", "pons", "5", "15")], columns=(0, 32, 130, 170)),
            P("L7 and L8 were first seen on the planning MRI. L8 is intrinsic to the pons (brainstem); prescribed 15 Gy."),
            sig("Corisande Mbeki-Faraday MD, approved 03/08/2027"),
            sig("Hamid Castellanos-Reid PhD, DABR 03/08/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 5, "09/09/1974"), two_columns=True)),
        Doc("4_treatment_record_completion.pdf", [[
            H1("Treatment record and completion summary"),
            KeyValue([("Date treated", "03/10/2027"), ("Fraction", "1 of 1"), ("Plan", "SRS_8tgt_v2 (v1 had six targets, not used)"),
                      ("Setup", "CBCT 1: 0.9 mm / 0.6 deg corrected; CBCT 2: 0.3 mm"), ("Beam-on", "13 min, no interruptions")]),
            RuledTable([("Target", "Delivered (Gy)"), ("L1 R frontal", "20"), ("L2 L frontal", "20"), ("L3 R parietal", "20"),
                        ("L4 L occipital", "20"), ("L5 R cerebellar", "18"), ("L6 L temporal", "20"), ("L7 L cerebellar", "20"),
                        ("L8 pons", "15")]),
            P("Eight metastases treated in one session. Tolerated well. MRI brain in 8 weeks; continue trastuzumab deruxtecan."),
            sig("Corisande Mbeki-Faraday MD 03/10/2027"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 5, "09/09/1974"))),
    ])

# p59_06 -- bundle (4 files): trigeminal neuralgia, cobalt-60 frame, 80 Gy maximum; neurology letter and phone follow-up -
_c = "ASHGROVE NEUROSURGICAL ASSOCIATES"
add(name="p59_06", kind="bundle", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve root entry zone (functional)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Four files: a neurology referral letter (medically refractory right V2/V3 trigeminal neuralgia), a "
          "dictated neurosurgery consult, the procedure note (frame, stereotactic MRI + CT because of dental "
          "artefact, one 4 mm shot, 80 Gy maximum dose to the 100% isodose, co-ordinate check), and a phone "
          "follow-up at two weeks. Functional target: complex, one lesion, 80 Gy.",
    docs=[
        Doc("1_neurology_referral.txt", text=f"""
Pinecrest Neurology Group
4 Larkspur Court

March 1, 2027

Dear Dr Abernethy-Coles,

Re: {patient(6)}, DOB 02/17/1949

Thank you for seeing Mr Fiftyninepatient, a 77-year-old man with classical right trigeminal neuralgia in the V2 and
V3 distributions since 2021. He has failed carbamazepine (hyponatremia at 600 mg/day), oxcarbazepine (dizziness) and
gabapentin, and now takes baclofen with partial relief only. MRI with FIESTA in 2025 showed a vascular loop near the right
root entry zone. Because of his cardiac history he has declined microvascular decompression. He is interested in
radiosurgery.

Yours sincerely,
Marisol Fennimore MD, Neurology
{FOOT}
"""),
        Doc("2_consult_dictated.txt", text=f"""
ASHGROVE NEUROSURGICAL ASSOCIATES - CONSULTATION - dictated 03/15/2027
Patient {patient(6)} MRN {mrn(6)}
Provider: Thaddeus Abernethy-Coles MD, neurosurgery

seventy seven year old gentleman with six years of electric shock pain in the right cheek and jaw triggered by chewing and by the wind, barrow pain score four on baclofen. failed carbamazepine and oxcarbazepine. exam normal, no sensory loss. the 2025 MRI shows a vessel near the right root entry zone.

impression: classical right trigeminal neuralgia, medically refractory, not a surgical candidate by choice.

plan: gamma radiosurgery on our cobalt unit under a stereotactic head frame, targeting the right trigeminal nerve just anterior to the root entry zone with a single four millimeter shot, eighty gray maximum dose. stereotactic MRI on the day, and a stereotactic CT as well because his dental implants distort the MRI near the skull base. he understands numbness is possible in roughly one in five. consent signed.
{FOOT}
"""),
        Doc("3_procedure_note.pdf", [[
            H1("Radiosurgery procedure note"),
            KeyValue([("Date", "03/29/2027"), ("Surgeon", "Thaddeus Abernethy-Coles MD"), ("Radiation oncologist", "Imelda Sotheby-Ruiz MD"),
                      ("Physicist", "Gunnar Lindqvist-Obi PhD, DABR"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit"),
                      ("Indication", "Right trigeminal neuralgia, medically refractory (G50.0)"),
                      ("Frame", "Stereotactic head frame, 4 pins, local anesthesia 07:05"),
                      ("Imaging", "Stereotactic MRI (3D CISS 0.5 mm, T1 post-contrast 1 mm) and stereotactic CT 1 mm, co-registered"),
                      ("Planning", "ORRERY-GP 3.2 (invented)")]),
            RuledTable([("Target", "Shot", "Collimator", "Max dose", "Isodose", "Brainstem"),
                        ("Right trigeminal nerve, 7 mm anterior to root entry zone", "1", "4 mm", "80 Gy", "100%", "20% isodose line tangent; brainstem 0.1 cc < 12 Gy")]),
            P("Frame co-ordinates verified on the couch with the frame adapter before treatment (deviation 0.2 mm). Single shot "
              "delivered 09:48-10:29, 80 Gy maximum dose. Frame removed, pin sites hemostatic. Discharged same day."),
            sig("Thaddeus Abernethy-Coles MD 03/29/2027"),
            sig("Imelda Sotheby-Ruiz MD 03/29/2027"),
            sig("Gunnar Lindqvist-Obi PhD, DABR 03/29/2027"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 6, "02/17/1949"))),
        Doc("4_phone_followup.txt", text=f"""
TELEPHONE ENCOUNTER   04/12/2027 11:20   {patient(6)}   {mrn(6)}
Spoke with patient two weeks after radiosurgery (03/29/2027, 80 Gy to right trigeminal nerve). Pain unchanged so far, BNI III on baclofen.
Reminded that relief usually takes 4-8 weeks. No numbness. Continue baclofen. Clinic visit in 6 weeks.
Felicity Oduya RN, neurosurgery nurse navigator
{FOOT}
"""),
    ])

# p59_07 -- bundle (4 files): cobalt-60 unit with mask, parasellar meningioma, 25 Gy/5 planned, stopped after 4 ------
_c = "QUARRY HILL RADIOSURGERY"
add(name="p59_07", kind="bundle", codes=["77373", "77435", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 4, ["MRI"], ["mask"]),
    lesions=[L("right parasellar / cavernous sinus meningioma", "cranial", C, 20, 4)],
    categories=cats(),
    notes="Four files: consult (2.6 cm right cavernous-sinus meningioma 2 mm from the right optic nerve, 25 Gy in "
          "five fractions), mask and imaging note on a mask-capable cobalt-60 unit (MRI; on-unit cone-beam CT as "
          "stereotactic reference, 'no planning CT'), on-treatment notes (fraction 5 not given: pneumonia, patient "
          "declined to resume), and the end-of-treatment summary: 20 Gy in 4 of 5 fractions. Complex by location "
          "and type. The frame code 61800 on a mask course is wrong.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiosurgery consultation"),
            KeyValue([("Patient", patient(7)), ("MRN", mrn(7)), ("Date", "04/05/2027"), ("Physician", "Augustin Ferreira-Lowe MD")]),
            P("63-year-old woman with a right cavernous sinus meningioma found in 2025 during work-up of diplopia; partial "
              "transsphenoidal debulking was not attempted because of carotid encasement. MRI 03/20/2027: 2.6 x 2.1 cm "
              "enhancing dural-based mass of the right cavernous sinus extending to the parasellar region, 2 mm from the right "
              "optic nerve, growth of 3 mm over 12 months. Visual fields full. Mild right VI nerve palsy."),
            P("Recommendation: hypofractionated stereotactic radiosurgery, 25 Gy in 5 fractions, on our cobalt-60 multi-source "
              "unit using the thermoplastic mask system with infrared motion monitoring, to keep the optic nerve below 25 Gy "
              "in 5. Consent signed."),
            sig("Augustin Ferreira-Lowe MD, radiation oncology 04/05/2027"),
        ]], opts=dict(header=banner(_c, "Consultation", 7, "12/04/1963"))),
        Doc("2_mask_and_imaging_note.txt", text=f"""
QUARRY HILL RADIOSURGERY - MASK FITTING AND PLANNING IMAGING - 04/12/2027
{patient(7)}  {mrn(7)}

Thermoplastic mask and head cushion made on the cobalt-60 unit's mask system; nose marker placed for infrared
motion monitoring (threshold 1.5 mm).
Reference cone-beam CT on the unit for stereotactic co-ordinates (not a planning CT - no separate planning CT needed).
Planning MRI 04/12/2027: 3D T1 post-gadolinium 1 mm, T2 1 mm, coronal through the sella; registered to the CBCT.
Target: right cavernous sinus meningioma. OARs: right optic nerve, chiasm, brainstem, right cochlea.
Plan (ORRERY-GP 3.2, invented): 25 Gy / 5 fx at the 50% isodose, 17 shots; right optic nerve Dmax 22.4 Gy.
Augustin Ferreira-Lowe MD / Selin Marwick MS, DABR
{FOOT}
"""),
        Doc("3_on_treatment_notes.txt", text=f"""
ON-TREATMENT NOTES   {patient(7)}   {mrn(7)}   Course: R cavernous sinus meningioma 25 Gy / 5 fx (5 Gy per fx)

04/19/2027  Fx 1 of 5. CBCT co-registration 0.4 mm; no motion gating events. 5 Gy delivered. Feels fine. -AFL
04/20/2027  Fx 2 of 5. CBCT 0.3 mm. 5 Gy delivered. Mild headache, acetaminophen. -AFL
04/21/2027  Fx 3 of 5. CBCT 0.5 mm; one gating pause (cough), resumed. 5 Gy delivered. -AFL
04/22/2027  Fx 4 of 5. CBCT 0.4 mm. 5 Gy delivered (cumulative 20 Gy). Productive cough and fever 38.4 C; sent to ED. -AFL
04/26/2027  Fx 5 NOT GIVEN. Admitted 04/22-04/25 with right lower lobe pneumonia. Seen today: she does not wish to return
            for the last fraction. Discussed; for a benign tumour 20 Gy in 4 fractions is an acceptable dose. Course closed
            at 4 of 5 fractions. -Augustin Ferreira-Lowe MD
{FOOT}
"""),
        Doc("4_end_of_treatment_summary.pdf", [[
            H1("End of treatment summary"),
            KeyValue([("Diagnosis", "Meningioma of the right cavernous sinus / parasellar region (D32.0)"),
                      ("Unit", "Cobalt-60 multi-source radiosurgery unit, frameless (thermoplastic mask)"),
                      ("Prescribed", "25 Gy in 5 fractions to the 50% isodose"),
                      ("Delivered", "20 Gy in 4 fractions, 04/19/2027 - 04/22/2027"),
                      ("Status", "Ended early by patient choice after hospital admission; fraction 5 not given"),
                      ("Verification", "Cone-beam CT before every fraction; infrared motion monitoring")]),
            P("Follow-up MRI and visual fields in 6 months. Ophthalmology to follow the VI nerve palsy."),
            sig("Augustin Ferreira-Lowe MD 04/26/2027"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 7, "12/04/1963"))),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# p59_08 -- bundle (4 files): gantry linac spine SBRT T10 + L2 24 Gy/2; T4 dropped (hemangioma); Site A / Site B -----
_c = "MARLOWE COUNTY CANCER INSTITUTE"
add(name="p59_08", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral metastasis (PTV_T10, Site A)", "spinal", None, 24, 2),
             L("L2 vertebral metastasis (PTV_L2, Site B)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Four files: dictated consult recommending SBRT to T4, T10 and L2 (renal cell), simulation note (planning "
          "MRI shows T4 is a typical hemangioma: dropped), plan (PTV_T10 and PTV_L2 2400 cGy in 2, cord and cauda "
          "constraints, patient-specific QA) and the record + completion calling them Site A and Site B. Two "
          "non-contiguous spinal lesions: 63620 + 63621 right.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
MARLOWE COUNTY CANCER INSTITUTE  radiation oncology consult  {patient(8)}  {mrn(8)}  dictated 04/06/2027  Ignatius Borrowdale MD

seventy year old man, clear cell renal carcinoma, left nephrectomy 2024, now on cabozantinib. mid back and upper lumbar pain for six weeks, worse lying down, no weakness, no bowel or bladder change. MRI of the whole spine on march thirtieth shows enhancing metastases in the T10 and L2 vertebral bodies, each with a little extension into the right pedicle, no epidural compression, and a T2 bright lesion at T4 that the radiologist calls indeterminate. spinal instability score seven at T10, five at L2.

renal cell is radioresistant to conventional fractions so I recommend stereotactic body radiation, twenty four gray in two fractions, to T10 and L2, and to T4 as well if the thin slice planning MRI still looks like disease. we will immobilize him in a full body vacuum cushion. consent obtained for all three sites.
{FOOT}
"""),
        Doc("2_simulation_note.pdf", [[
            H1("Simulation note - spine SBRT"),
            KeyValue([("Date", "04/13/2027"), ("Immobilization", "Full-body vacuum cushion, arms up on wing board, knee sponge"),
                      ("CT", "1.5 mm, T2 to L5, no contrast"), ("MRI", "Planning MRI thoracolumbar spine, T1/T2 axial 2 mm and sagittal, same day, fused"),
                      ("Targets for planning", "T10 and L2")]),
            P("T4: on the planning MRI the T4 lesion is T1 and T2 bright with coarse trabeculae (corduroy pattern on CT): typical "
              "vertebral hemangioma, not a metastasis. Discussed with neuroradiology (Dr Pelletier-Grant). T4 will NOT be treated; "
              "patient informed."),
            sig("Ignatius Borrowdale MD 04/13/2027"),
        ]], opts=dict(header=banner(_c, "Simulation", 8, "01/25/1957"))),
        Doc("3_plan.pdf", [[
            H1("SBRT plan approval"),
            KeyValue([("Unit", "6 MV FFF gantry linac, 6DoF couch"), ("Planning system", "FATHOM 5.2 (invented)"),
                      ("Technique", "Two plans, each 2 full VMAT arcs; consensus CTV (vertebral body + right pedicle); PTV = CTV + 2 mm")]),
            RuledTable([("Plan", "Target", "Dose per fx", "Fx", "Total", "PTV D90", "Cord / cauda Dmax"),
                        ("SP_T10", "PTV_T10", "1200 cGy", "2", "2400 cGy", "2412 cGy", "cord PRV 1544 cGy"),
                        ("SP_L2", "PTV_L2", "1200 cGy", "2", "2400 cGy", "2405 cGy", "cauda 1611 cGy")]),
            P("Patient-specific QA for both plans: diode array, gamma 2%/2 mm 99.1% and 98.6%. Second MU check within 1.5%."),
            sig("Ignatius Borrowdale MD 04/19/2027"),
            sig("Wilhelmina Achebe-Stone MS, DABR 04/19/2027"),
        ]], opts=dict(header=banner(_c, "Treatment Planning", 8, "01/25/1957"))),
        Doc("4_record_and_completion.txt", text=f"""
LEDGER-RV (invented) TREATMENT HISTORY      {patient(8)}  {mrn(8)}      course: SPINE SBRT

Date         Site     Fx    Dose (cGy)   Cum (cGy)   IGRT                          Sign
04/22/2027   Site A   1/2   1200         1200        CBCT + 6DoF, 1.1 mm/0.7 deg   IB
04/22/2027   Site B   1/2   1200         1200        CBCT + 6DoF, 0.8 mm/0.4 deg   IB
04/24/2027   Site A   2/2   1200         2400        CBCT + 6DoF, 0.6 mm/0.3 deg   IB
04/24/2027   Site B   2/2   1200         2400        CBCT + 6DoF, 0.9 mm/0.5 deg   IB

Site A = SP_T10 (PTV_T10)    Site B = SP_L2 (PTV_L2)

COMPLETION NOTE 04/24/2027: SBRT completed to T10 (24 Gy in 2 fractions) and L2 (24 Gy in 2 fractions), both on the
same two days. T4 was a hemangioma and was not treated. Mild pain flare after fraction 1 treated with dexamethasone 4 mg.
Follow-up MRI spine in 3 months. Ignatius Borrowdale MD
{FOOT}
"""),
    ])

# p59_09 -- dictated text: robotic-arm linac L4 spine SRS 16 Gy x 1, numbers in words; G0340 claimed on 1 fraction --
add(name="p59_09", kind="dictation", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["spinal"], 1, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L4 vertebral metastasis", "spinal", None, 16, 1)],
    categories=cats(),
    notes="One dictated procedure and completion note, numbers in words: L4 vertebral body metastasis (prostate, "
          "oligometastatic) sixteen Gray in a single fraction on a robotic-arm linac with fiducial-free spine "
          "tracking, vacuum cushion, planning CT + MRI, seventy-eight percent isodose, planning system and beam "
          "count given. G0340 is for sessions 2-5 and there was one session: wrong.",
    docs=[Doc("p59_09.txt", text=f"""
WHITFIELD PINES RADIOSURGERY
stereotactic radiosurgery procedure note and completion summary
patient {patient(9)} medical record number {mrn(9)} date of service april twenty ninth two thousand twenty seven
dictated by Obadiah Sinclair-Bauer MD

indication. seventy four year old man with prostate cancer, biochemical recurrence after prostatectomy, with a single PSMA avid metastasis in the L4 vertebral body and no other disease. no neurologic deficit. no prior radiation to the spine.

preparation. on april twentieth he was positioned supine in a custom vacuum cushion and we obtained a planning CT at one millimeter slices from T12 to the sacrum. a spine MRI with T1 and T2 axial images from april nineteenth was fused to the CT. the gross tumor and the L4 vertebral body were contoured with the spinal canal and cauda equina as avoidance structures.

plan. the plan was made in KITE-PLAN version two point six, which is invented software at our center, with one hundred twelve non-isocentric beams. prescription sixteen gray in one fraction to the seventy eight percent isodose line, covering ninety five point two percent of the target. cauda equina maximum eleven point eight gray. physics checked the plan and the delivery QA passed.

treatment. today he was treated on the robotic arm mounted six megavolt linac in one session using fiducial free spine tracking with paired kilovoltage x rays every thirty to sixty seconds, largest correction under one millimeter. he received the full sixteen gray to the L4 metastasis in the single fraction with no interruptions.

follow up. PSA in six weeks and PSMA PET in three months. he knows to call for new leg weakness or numbness.

Obadiah Sinclair-Bauer MD electronically signed 04/29/2027 17:55
{FOOT}
""")])

# p59_10 -- bundle (5 files): post-op T6 spine SBRT 30 Gy/5 after earlier 20 Gy/5; faxed neurosurgery referral scanned -
_c = "TIDEWATER REGIONAL ONCOLOGY"
add(name="p59_10", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 post-operative vertebral metastasis (PTV_T6)", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Five files: faxed neurosurgery referral scanned at 110 dpi with skew and a fax banner (T5-T7 laminectomy "
          "and fixation for a T6 breast metastasis; conventional 20 Gy in 5 to T5-T7 in 2025 is history), consult "
          "proposing 24 Gy in 2, simulation note (CT myelogram + MRI, vacuum cushion), plan revised to 30 Gy in 5 "
          "after the cumulative cord dose with the 2025 course, and a per-fraction record and completion. One "
          "spinal lesion, 30 Gy in 5; the 2025 course is another course.",
    docs=[
        Doc("1_neurosurgery_referral_fax.pdf", [[
            P("ST. AUDRA SPINE & NEUROSURGERY"),
            P("Referral for radiation oncology - URGENT (post-op)"),
            KeyValue([("Patient", patient(10)), ("DOB", "07/07/1969"), ("Referring surgeon", "Cassius Merriweather MD"),
                      ("Surgery", "05/03/2027: T5-T7 laminectomy, separation surgery, T4-T8 posterior instrumentation"),
                      ("Pathology", "Metastatic breast carcinoma, ER+/HER2-"),
                      ("Prior RT", "20 Gy in 5 fractions to T5-T7, 2025 (outside facility) for pain"),
                      ("Request", "Post-operative stereotactic radiation to T6, please see within 2-4 weeks of surgery")]),
            P("Post-op course uneventful, ambulating, incision healing. Staples out 05/17. Please call with questions."),
            P("C. Merriweather MD"),
        ]], opts=dict(header=[fax("ST AUDRA SPINE", "555-0166", "05/10/2027 08:02", "01/01")], page_numbers=None,
                      scan=True, scan_dpi=110, scan_skew=-2.0, scan_noise=14)),
        Doc("2_consult.pdf", [[
            H1("Radiation oncology consultation"),
            KeyValue([("Patient", f"{patient(10)}  ({mrn(10)})"), ("Date", "05/18/2027"), ("Physician", "Evangeline Okafor-Brandt MD")]),
            P("57-year-old woman with ER-positive breast cancer metastatic to bone, seen after separation surgery for a T6 "
              "metastasis with epidural extension (Bilsky 2 pre-operatively). She received 20 Gy in 5 fractions to T5-T7 in "
              "August 2025 elsewhere; the records have been requested. Neurologically intact, walking with a cane, ECOG 1."),
            P("Plan: post-operative spine SBRT to the T6 segment, tentatively 24 Gy in 2 fractions, final dose to depend on "
              "the cumulative spinal cord dose with the 2025 course once the outside plan arrives. Simulation with a CT "
              "myelogram because the hardware degrades MRI at the level of interest."),
            sig("Evangeline Okafor-Brandt MD 05/18/2027"),
        ]], opts=dict(header=banner(_c, "Consultation", 10, "07/07/1969"))),
        Doc("3_simulation_note.txt", text=f"""
TIDEWATER REGIONAL ONCOLOGY  --  SIMULATION  --  05/21/2027
{patient(10)}   {mrn(10)}

Immobilization: long vacuum cushion with wing board, arms up, indexed knee rest.
CT myelogram: intrathecal contrast (radiology, Dr Vukovic), then planning CT 1 mm from C7 to L1 in treatment position.
MRI: post-operative MRI thoracic spine 05/14/2027 (T1 post-contrast, T2 axial) fused to the myelogram CT; hardware
artifact noted.
Outside 2025 plan received and imported for cord dose summation.
Therapists: GD / PS   Physician present: Evangeline Okafor-Brandt MD
{FOOT}
"""),
        Doc("4_plan_summary.pdf", [[
            H1("Spine SBRT plan summary"),
            KeyValue([("Target", "PTV_T6: post-operative CTV (T6 body, pedicles, epidural space T5-T7 per consensus) + 2 mm"),
                      ("Prescription", "3000 cGy in 5 fractions of 600 cGy (revised from consult: 2400 cGy in 2)"),
                      ("Reason for change", "Cumulative cord PRV EQD2 with the 2025 course (20 Gy/5) would exceed 70 Gy2 with 24 Gy/2"),
                      ("Technique", "6 MV FFF gantry linac, 2 VMAT arcs, CALLIOPE-TPS 3 (invented)"),
                      ("Dosimetry", "PTV V30Gy 91.5%; cord PRV Dmax 2180 cGy; cumulative cord EQD2 61.8 Gy2"),
                      ("QA", "Patient-specific QA gamma 2%/2 mm 98.9%; independent MU check 1.2%")]),
            sig("Evangeline Okafor-Brandt MD 05/27/2027"),
            sig("Octavian Reyes-Lund PhD, DABR 05/27/2027"),
        ]], opts=dict(header=banner(_c, "Planning", 10, "07/07/1969"))),
        Doc("5_treatment_summary.txt", text=f"""
TREATMENT SUMMARY - SPINE SBRT - {patient(10)} - {mrn(10)}

fx 1  06/01/2027  600 cGy  cum 600   CBCT, 6DoF couch, shift 1.3 mm
fx 2  06/03/2027  600 cGy  cum 1200  CBCT, shift 0.7 mm
fx 3  06/05/2027  600 cGy  cum 1800  CBCT, shift 0.9 mm
fx 4  06/08/2027  600 cGy  cum 2400  CBCT, shift 0.5 mm
fx 5  06/10/2027  600 cGy  cum 3000  CBCT, shift 0.8 mm

Completed 06/10/2027: T6 post-operative target 3000 cGy in 5 fractions. No neurologic change. MRI in 3 months
(hardware permitting) or CT myelogram. Evangeline Okafor-Brandt MD
{FOOT}
"""),
    ])

# p59_11 -- pdf export: C6 spine 18 Gy x 1; no IGRT or QA recorded; 77372/77432 claimed for a spinal course ----------
_c = "GRANITE FALLS RADIATION CENTER"
add(name="p59_11", kind="pdf", codes=["77372", "77432", "63620"],
    facts=F("linac", ["spinal"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("C6 vertebral metastasis", "spinal", None, 18, 1)],
    categories=cats(delivery_verification=False),
    notes="One printout from a record system (two pages): C6 vertebral metastasis (thyroid cancer) 1800 cGy in 1 "
          "fraction on a gantry linac, head-neck-shoulder thermoplastic mask, CT sim + MRI fusion, 7 IMRT fields at "
          "the 80% isodose; the fraction is recorded as delivered with fields and MU but no image guidance or QA: "
          "delivery verification unmet. 77372/77432 (cranial single-session codes) on a spinal course: wrong.",
    docs=[Doc("p59_11.pdf", [[
        H1("HALYARD-OIS (invented) - Course summary export"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("Course", "C2  C-SPINE SRS"), ("Status", "Completed"),
                  ("Attending", "Percival Nakamura-Ashe MD"), ("Diagnosis", "C79.51 Secondary malignant neoplasm of bone; C73 thyroid (follicular)")]),
        H2("Simulation"),
        KeyValue([("Date", "06/02/2027"), ("Position", "Supine, head-neck-shoulder thermoplastic mask, shoulders retracted"),
                  ("CT", "1 mm, skull base to T3"), ("Fusion", "MRI C-spine 05/30/2027 T1 post-gad / T2 axial, rigid, reviewed by MD")]),
        H2("Prescription"),
        RuledTable([("Rx site", "Technique", "Energy", "Dose/fx", "Fx", "Total", "Norm."),
                    ("C6 vertebral body + L lamina (PTV_C6)", "IMRT 7 fields", "6X FFF", "1800 cGy", "1", "1800 cGy", "80% IDL")]),
        KeyValue([("Cord PRV Dmax", "1190 cGy"), ("Esophagus D2.5cc", "1320 cGy"), ("PTV coverage", "V18Gy 90.4%")]),
    ], [
        H2("Treatment record"),
        RuledTable([("Date", "Fx", "Field", "MU", "Dose (cGy)", "Cum (cGy)", "Therapists"),
                    ("06/09/2027", "1", "F1 G150", "402", "", "", "RH/KM"),
                    ("06/09/2027", "1", "F2 G180", "388", "", "", "RH/KM"),
                    ("06/09/2027", "1", "F3 G210", "371", "", "", "RH/KM"),
                    ("06/09/2027", "1", "F4 G240", "355", "", "", "RH/KM"),
                    ("06/09/2027", "1", "F5 G300", "349", "", "", "RH/KM"),
                    ("06/09/2027", "1", "F6 G330", "367", "", "", "RH/KM"),
                    ("06/09/2027", "1", "F7 G0", "410", "1800", "1800", "RH/KM")]),
        KeyValue([("Fractions delivered", "1 of 1"), ("Course total", "1800 cGy to C6"), ("Last treatment", "06/09/2027")]),
        P("Comment: Treated as planned. Pain 3/10 after treatment. Follow-up 4 weeks."),
        sig("Percival Nakamura-Ashe MD 06/09/2027"),
    ]], opts=dict(header=banner(_c, "Course summary", 11, "10/10/1952")))])


# ==================================================================================================
# Body
# ==================================================================================================

# p59_12 -- bundle (5 files): lung SBRT, consult 54/3 -> plan 50/5 (chest wall); summary banner still says 54/3 -------
_c = "OSPREY POINT HEALTH - RADIATION ONCOLOGY"
add(name="p59_12", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe nodule (PTV_RUL, Target 1)", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The completion summary's course banner says 'RUL SBRT 54 Gy / 3 fx' while its own text, the prescription and the treatment record give 50 Gy in 5 fractions.",
    notes="Five files: consult (2.1 cm RUL adenocarcinoma, staging PET-CT, 54 Gy in 3 proposed), 4DCT simulation "
          "note (tumour abuts the chest wall: dose changed to 50 Gy in 5), prescription (PTV_RUL 50 Gy/5 to the 80% "
          "isodose, VMAT), a record export naming the target 'Target 1', and a completion summary whose banner "
          "still carries the consult's 54 Gy/3 fx. Gold follows the record: 50 Gy in 5.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Patient", patient(12)), ("MRN", mrn(12)), ("Date", "05/04/2027"), ("Physician", "Marguerite Delacroix-Obi MD"),
                      ("Referred by", "Ambrose Kettering MD, pulmonology")]),
            P("HPI: 78-year-old man, former smoker (60 pack-years), severe COPD (FEV1 0.82 L, DLCO 38%), with a 2.1 cm "
              "spiculated right upper lobe nodule. CT-guided biopsy 04/14/2027: adenocarcinoma. Staging FDG PET-CT 04/22/2027: "
              "SUVmax 7.8 in the nodule, no nodal or distant uptake. cT1c N0 M0. Thoracic surgery: not an operative candidate."),
            P("Recommendation: stereotactic body radiation therapy, 54 Gy in 3 fractions, if the tumour is peripheral and away "
              "from the chest wall on the planning 4DCT; otherwise a 5-fraction schedule. Consent obtained."),
            sig("Marguerite Delacroix-Obi MD 05/04/2027"),
        ]], opts=dict(header=banner(_c, "Consultation", 12, "02/02/1949"))),
        Doc("2_simulation_note.txt", text=f"""
OSPREY POINT HEALTH - SBRT SIMULATION - 05/11/2027
{patient(12)} / {mrn(12)}

Position: supine, vacuum cushion (full length), arms above head on wing board, knee wedge.
4DCT: 2 mm, 10 phases, breathing regular; tumour motion 6 mm superior-inferior; ITV from all phases + MIP.
Finding: the nodule abuts the posterolateral chest wall (rib 3) over about 1.5 cm.
Dose change (Dr Delacroix-Obi, discussed with patient today): 50 Gy in 5 fractions instead of 54 Gy in 3, for chest wall.
No abdominal compression needed.
{FOOT}
"""),
        Doc("3_prescription.pdf", [[
            H1("SBRT prescription"),
            RuledTable([("Target", "Dose/fx", "Fractions", "Total", "Normalization", "Technique", "Planning system"),
                        ("PTV_RUL (ITV + 5 mm)", "10 Gy", "5, every other day", "50 Gy", "80% isodose covers 95% of PTV", "2 partial VMAT arcs, 6 MV FFF", "HERON-TPS 7 (invented)")]),
            P("Chest wall V30Gy 24 cc (goal < 30 cc); rib Dmax 47 Gy; lung V20 5.1%; cord Dmax 14 Gy. Daily CBCT matched to the "
              "ITV. Physics: secondary MU check 1.9%, patient-specific QA 99.0% (3%/2 mm)."),
            sig("Marguerite Delacroix-Obi MD 05/17/2027"),
            sig("Ulrich Fanshawe MS, DABR 05/17/2027"),
        ]], opts=dict(header=banner(_c, "Prescription", 12, "02/02/1949"))),
        Doc("4_treatment_record_export.txt", text=f"""
"Patient","MRN","Date","Fraction","Target","Dose_cGy","Cumulative_cGy","IGRT","Reviewed_by"
"{patient(12)}","{mrn(12)}","05/20/2027","1","Target 1","1000","1000","CBCT ITV match","MDO"
"{patient(12)}","{mrn(12)}","05/22/2027","2","Target 1","1000","2000","CBCT ITV match","MDO"
"{patient(12)}","{mrn(12)}","05/24/2027","3","Target 1","1000","3000","CBCT ITV match","MDO"
"{patient(12)}","{mrn(12)}","05/26/2027","4","Target 1","1000","4000","CBCT ITV match","MDO"
"{patient(12)}","{mrn(12)}","05/28/2027","5","Target 1","1000","5000","CBCT ITV match","MDO"
"Target 1 = PTV_RUL"
"""),
        Doc("5_completion_summary.pdf", [[
            H1("Treatment completion summary"),
            KeyValue([("Course", "RUL SBRT 54 Gy / 3 fx"), ("Dates", "05/20/2027 - 05/28/2027")]),
            P("Mr Fiftyninepatient completed SBRT to the right upper lobe adenocarcinoma. He received 50 Gy in 5 fractions of "
              "10 Gy, every other day, with cone-beam CT before each fraction. He tolerated treatment well, with mild fatigue "
              "and no chest pain. Follow-up CT chest in 3 months, then every 6 months; pulmonology follow-up for COPD."),
            sig("Marguerite Delacroix-Obi MD 05/28/2027"),
        ]], opts=dict(header=banner(_c, "Completion", 12, "02/02/1949"))),
    ])

# p59_13 -- dictated text: liver HCC on a robotic-arm linac with fiducials, 45 Gy in three, MRI contraindicated ------
add(name="p59_13", kind="dictation", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VII hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    notes="One dictated completion note with numbers in words: 3.2 cm segment VII HCC after failed TACE, three gold "
          "fiducials, vacuum mattress, triphasic planning CT; MRI contraindicated (non-conditional pacemaker) and "
          "not done; forty-five Gray in three fractions to the seventy-five percent isodose on a robotic-arm linac "
          "with fiducial and respiratory tracking. Imaging CT only.",
    docs=[Doc("p59_13.txt", text=f"""
CORMORANT BAY RADIOSURGERY - completion note - {patient(13)} - {mrn(13)} - dictated 06/18/2027 by Sabine Oyelaran-Pryce MD

Mrs Fiftyninepatient is a seventy one year old woman with hepatitis C cirrhosis, Child-Pugh A six, and a three point two centimeter hepatocellular carcinoma in segment seven that persisted after two rounds of chemoembolization. Tumor board on May twentieth recommended stereotactic body radiation.

Three gold fiducial markers were placed around the tumor by interventional radiology on May twenty seventh. On June first she was simulated supine in a vacuum mattress with a triphasic planning CT at one and a half millimeter slices in exhale and inhale. She has a pacemaker that is not MRI conditional, so MRI was contraindicated and was not done; the tumor was contoured on the arterial and delayed phases of the CT.

The plan used one hundred forty four non-coplanar beams with the prescription forty five gray in three fractions of fifteen gray to the seventy five percent isodose line, normal liver minus GTV seven hundred cc under fifteen gray, and duodenum maximum fourteen gray. Physics completed the secondary check and delivery quality assurance.

She was treated on the robotic arm mounted linac on June eighth, June eleventh and June fifteenth with fiducial tracking and a respiratory motion model, correlation error under two millimeters throughout. All three fractions were delivered, forty five gray total to the segment seven tumor. She had mild nausea after the first fraction controlled with ondansetron.

Plan: liver function tests in four weeks and a triphasic CT in three months. Follow up with hepatology as scheduled.
Sabine Oyelaran-Pryce MD  e-signed 06/18/2027
{FOOT}
""")])

# p59_14 -- bundle (4 files): prostate SBRT 36.25/5 on a gantry linac, fiducials + spacer; 77432 claimed (wrong) -----
_c = "WILLOWMERE UROLOGIC ONCOLOGY CENTER"
add(name="p59_14", kind="bundle", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("prostate (PTV_Prostate)", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Four files: consult (favorable intermediate-risk prostate cancer, SBRT 36.25 Gy in 5), fiducial and "
          "spacer procedure note (three gold markers, hydrogel spacer), simulation and plan (CT + MRI fused, "
          "knee-and-foot immobilizer, PTV_Prostate 3625 cGy/5 VMAT, PSQA) and on-treatment notes per fraction "
          "with completion. 77432 (single-session cranial management) claimed beside 77435: wrong.",
    docs=[
        Doc("1_consult.txt", text=f"""
WILLOWMERE UROLOGIC ONCOLOGY CENTER - RADIATION ONCOLOGY CONSULT
{patient(14)}   {mrn(14)}   06/01/2027   Cornelius Adebayo-Strand MD

68 yo man, PSA 7.9, biopsy 04/2027 Gleason 3+4=7 in 4/12 cores, cT1c, MRI prostate PI-RADS 4 left PZ without
extraprostatic extension. NCCN favorable intermediate risk. IPSS 7. Options reviewed: active surveillance (not
preferred by patient), prostatectomy, brachytherapy, moderately hypofractionated EBRT, SBRT.
Plan: SBRT 36.25 Gy in 5 fractions to the prostate, no ADT. Fiducials and rectal spacer by urology first.
{FOOT}
"""),
        Doc("2_fiducial_spacer_procedure.txt", text=f"""
PROCEDURE NOTE - urology - 06/08/2027 - {patient(14)} - {mrn(14)}
Procedure: transperineal placement of three gold fiducial markers (base left, mid right, apex left) and hydrogel
rectal spacer under TRUS guidance, local anesthesia + oral sedation. Spacer distribution symmetric. No complications.
Otis Pemberton-Vance MD, urology
{FOOT}
"""),
        Doc("3_simulation_and_plan.pdf", [[
            H1("Simulation and treatment plan - prostate SBRT"),
            KeyValue([("Simulation", "06/15/2027, supine, knee-and-foot immobilizer, comfortably full bladder, empty rectum"),
                      ("Imaging", "CT 1.5 mm; MRI pelvis T2 axial 2 mm same day, fused on the fiducials"),
                      ("Unit", "6 MV FFF gantry linac with kV imaging"), ("Planning system", "HERON-TPS 7 (invented)"),
                      ("Technique", "2 full VMAT arcs")]),
            RuledTable([("Structure", "Prescription", "Goal", "Achieved"),
                        ("PTV_Prostate (CTV + 3 mm, 5 mm ant.)", "3625 cGy / 5 fx", "V36.25 Gy >= 95%", "96.4%"),
                        ("Rectum", "", "V36 Gy < 1 cc", "0.3 cc"), ("Bladder", "", "V37 Gy < 10 cc", "2.9 cc"),
                        ("Urethra PRV", "", "Dmax < 38.5 Gy", "38.1 Gy")]),
            P("PSQA: gamma 2%/2 mm 98.7%. Secondary MU check 0.9%."),
            sig("Cornelius Adebayo-Strand MD 06/21/2027"),
            sig("Yolanda Brightwater MS, DABR 06/21/2027"),
        ]], opts=dict(header=banner(_c, "Planning", 14, "05/19/1959"))),
        Doc("4_on_treatment_notes_and_completion.txt", text=f"""
ON-TREATMENT VISITS   {patient(14)}   {mrn(14)}

06/23/2027 fx 1/5  725 cGy. kV pair fiducial match (3/3 seeds) + CBCT soft tissue, shift 2 mm post. Mild urgency. -CAS
06/25/2027 fx 2/5  725 cGy. kV fiducial match, CBCT. IPSS 9. Tamsulosin started. -CAS
06/28/2027 fx 3/5  725 cGy. kV fiducial match, intrafraction kV every 90 degrees, max drift 1.5 mm. -CAS
06/30/2027 fx 4/5  725 cGy. kV fiducial match, CBCT. No rectal symptoms. -CAS
07/02/2027 fx 5/5  725 cGy. kV fiducial match, CBCT. -CAS

COMPLETION 07/02/2027: prostate SBRT 3625 cGy in 5 fractions completed without breaks. GU grade 1, GI grade 0.
PSA at 3 months. Cornelius Adebayo-Strand MD
{FOOT}
"""),
    ])

# p59_15 -- bundle (4 files): left renal cell carcinoma, MR-linac 26 Gy x 1; no immobilization recorded; follow-up CT -
_c = "CEDAR RUN CANCER CENTER"
add(name="p59_15", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT", "MRI"], []),
    lesions=[L("left renal mass (PTV_LKidney)", "body", None, 26, 1)],
    categories=cats(positioning=False),
    notes="Four files: urology referral letter, consult (3.4 cm left RCC, not a surgical candidate, SABR 26 Gy x 1 "
          "on the MR-linac), treatment summary (CT for electron density + MRI simulation, adaptive plan, gated on "
          "cine MRI, 26 Gy in one fraction) and a 3-month follow-up with a surveillance CT that is not planning "
          "imaging. No immobilization device is recorded anywhere: positioning unmet.",
    docs=[
        Doc("1_urology_referral.txt", text=f"""
Brookhaven Urology Partners
June 2, 2027

Re: {patient(15)}  DOB 03/03/1944

Dear Dr Valdivia-Horn,
I would be grateful if you would see Mrs Fiftyninepatient, 83, with a 3.4 cm enhancing left lower pole renal mass,
biopsy-proven clear cell RCC (grade 2). Her cardiac disease (EF 30%) makes partial nephrectomy and cryoablation under
general anesthesia too risky, and the mass abuts the ureter, which argues against thermal ablation. eGFR 48.
Regards, Leland Ashcombe MD
{FOOT}
"""),
        Doc("2_consult.pdf", [[
            H1("Radiation oncology consultation"),
            KeyValue([("Patient", f"{patient(15)} / {mrn(15)}"), ("Date", "06/14/2027"), ("Physician", "Ximena Valdivia-Horn MD")]),
            P("83-year-old woman with biopsy-proven 3.4 cm left renal clear cell carcinoma, cT1a N0 M0, not a candidate for "
              "surgery or ablation. ECOG 2. I recommend stereotactic ablative radiotherapy (SABR) 26 Gy in a single fraction on "
              "our 1.5 T MR-linac, which lets us see the kidney move during delivery and adapt to the day's anatomy. Renal "
              "function risk discussed (expected eGFR loss about 5-10 mL/min)."),
            sig("Ximena Valdivia-Horn MD 06/14/2027"),
        ]], opts=dict(header=banner(_c, "Consultation", 15, "03/03/1944"))),
        Doc("3_treatment_summary.pdf", [[
            H1("MR-guided SABR treatment summary"),
            KeyValue([("Unit", "1.5 T MR-linac (gantry, 7 MV FFF)"),
                      ("Simulation", "CT 2 mm for electron density 06/21/2027; MRI simulation 3D T2 + cine the same day"),
                      ("Target", "PTV_LKidney = GTV + 4 mm (3.4 cm left lower pole mass)"),
                      ("Prescription", "26 Gy in 1 fraction, 95% of PTV to receive 26 Gy; planning system GANNET-RT 2 (invented), 11 IMRT beams"),
                      ("Treatment date", "06/28/2027"),
                      ("Adaptation", "Adapt-to-shape on the daily MRI, contours checked by MD; gated on sagittal cine MRI (3 mm boundary, 5% envelope)"),
                      ("QA", "Independent dose calculation of the adapted plan, 1.6% difference"),
                      ("Delivered", "26 Gy in 1 fraction to the left renal mass, beam-on 11 min, duty cycle 61%")]),
            P("OAR: small bowel D0.5cc 11.2 Gy; left ureter Dmax 25.1 Gy; spinal cord Dmax 6.0 Gy; right kidney Dmean 0.6 Gy."),
            sig("Ximena Valdivia-Horn MD 06/28/2027"),
        ]], opts=dict(header=banner(_c, "MR-linac", 15, "03/03/1944"))),
        Doc("4_followup_3_months.txt", text=f"""
FOLLOW-UP VISIT  09/27/2027  {patient(15)}  {mrn(15)}
Three months after SABR 26 Gy x 1 to the left renal carcinoma (06/28/2027).
CT abdomen with contrast 09/20/2027: mass 3.2 cm, less enhancement, no new disease. eGFR 45.
Mild fatigue resolved. Next CT in 6 months.  Ximena Valdivia-Horn MD
{FOOT}
"""),
    ])

# p59_16 -- bundle (5 files): left adrenal SBRT, pre-sim PET adds a LLL nodule; both 5 fractions on the same days -----
_c = "HOLLIS FERRY ONCOLOGY"
add(name="p59_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis (PTV_LAdrenal)", "body", None, 40, 5),
             L("left lower lobe nodule (PTV_LLL, added)", "body", None, 50, 5)],
    categories=cats(),
    notes="Five files: dictated consult (NSCLC oligoprogression in the left adrenal only: 40 Gy in five), a "
          "pre-simulation PET-CT report (new avid 1.2 cm LLL nodule), an addendum adding the lung nodule "
          "(50 Gy in five) with the 4DCT simulation, the plan and record (two PTVs on the same five days) and a "
          "letter to the medical oncologist. Two body lesions, five fractions.",
    docs=[
        Doc("1_consult_dictated.txt", text=f"""
hollis ferry oncology radiation oncology consult. patient {patient(16)}. mrn {mrn(16)}. date july sixth two thousand twenty seven. dictating physician Florian Castellanos-Weir MD.

sixty four year old woman with stage four lung adenocarcinoma, EGFR exon nineteen, on osimertinib for two years with a good response, now with a single growing left adrenal metastasis, three centimeters on the june CT. no other progression. ECOG one.

I recommend stereotactic body radiation to the left adrenal, forty gray in five fractions, and continuing osimertinib. before simulation she will have an updated PET CT to make sure this really is oligoprogression. if the PET shows more disease we will rethink.
{FOOT}
"""),
        Doc("2_PET_CT_report.txt", text=f"""
HOLLIS FERRY IMAGING - FDG PET/CT SKULL BASE TO MID THIGH
Patient: {patient(16)}   MRN: {mrn(16)}   Exam date: 07/12/2027
Indication: restaging before SBRT of left adrenal metastasis.
Findings: Left adrenal mass 3.1 cm, SUVmax 9.2. NEW 1.2 cm left lower lobe nodule, SUVmax 4.6, suspicious for metastasis
or second primary. No nodal, bone or liver uptake.
Impression: two sites of active disease (left adrenal, LLL nodule).
Reading radiologist: Henrietta Solberg MD
{FOOT}
"""),
        Doc("3_addendum_and_simulation.txt", text=f"""
ADDENDUM TO CONSULT - 07/14/2027 - {patient(16)} - {mrn(16)}
PET 07/12 shows a new avid LLL nodule. Tumor board 07/13: treat both sites with SBRT, continue osimertinib.
Revised plan: left adrenal 40 Gy in 5 fractions (unchanged) AND LLL nodule 50 Gy in 5 fractions, both on the same days.
Patient agrees. -F. Castellanos-Weir MD

SIMULATION 07/15/2027: supine, full-length vacuum bag, arms up. 4DCT 2 mm (10 phases) with IV contrast; LLL motion
9 mm, adrenal motion 7 mm; ITVs from all phases. Therapists JB / RC.
{FOOT}
"""),
        Doc("4_plan_and_record.pdf", [[
            H1("SBRT plan and treatment record (two targets)"),
            KeyValue([("Unit / TPS", "6 MV FFF gantry linac / CAIRN-TPS 9 (invented)"),
                      ("Technique", "Two VMAT plans (2 arcs each), prescription covering 95% of each PTV")]),
            RuledTable([("Target", "Dose per fx", "Fx", "Total", "Key OAR"),
                        ("PTV_LAdrenal (ITV + 5 mm)", "8 Gy", "5", "40 Gy", "stomach D0.5cc 28 Gy; L kidney Dmean 6 Gy"),
                        ("PTV_LLL (ITV + 5 mm)", "10 Gy", "5", "50 Gy", "lung V20 4.3%; heart Dmax 12 Gy")]),
            RuledTable([("Fx", "Date", "PTV_LAdrenal (Gy)", "PTV_LLL (Gy)", "IGRT"),
                        ("1", "07/26/2027", "8", "10", "CBCT each target"), ("2", "07/28/2027", "8", "10", "CBCT each target"),
                        ("3", "07/30/2027", "8", "10", "CBCT each target"), ("4", "08/02/2027", "8", "10", "CBCT each target"),
                        ("5", "08/04/2027", "8", "10", "CBCT each target"), ("Total", "", "40", "50", "")]),
            P("Physics: both plans PSQA > 97% (3%/2 mm), MU checks within 2%."),
            sig("Florian Castellanos-Weir MD 08/04/2027"),
        ]], opts=dict(header=banner(_c, "SBRT", 16, "10/21/1962"))),
        Doc("5_letter_to_medical_oncology.pdf", [[
            P("Hollis Ferry Oncology - Radiation Oncology"),
            P("August 9, 2027"),
            P("Dr Beatrix Halloran, Thoracic Medical Oncology"),
            P(f"Re: {patient(16)}, {mrn(16)}"),
            P("Dear Beatrix,"),
            P("Thank you for sharing the care of Mrs Fiftyninepatient. She finished SBRT on August 4. Because the restaging PET "
              "showed a new left lower lobe nodule, we treated it together with the left adrenal metastasis: the adrenal received "
              "40 Gy in 5 fractions and the lung nodule 50 Gy in 5 fractions, on the same five treatment days. She had mild "
              "nausea only. Please continue osimertinib; I will see her with a CT in three months."),
            P("Best wishes,"),
            sig("Florian Castellanos-Weir MD"),
        ]]),
    ])

# p59_17 -- bundle (4 files): pancreas SBRT 33 Gy/5 with fiducials; dictated completion note says thirty-five Gray ----
_c = "RED MESA CANCER CENTER"
add(name="p59_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("pancreatic head adenocarcinoma (PTV_Panc)", "body", None, 33, 5)],
    categories=cats(),
    contradiction="The dictated completion note says thirty-five Gray in five fractions, while the prescription and the fraction record give 33 Gy in 5 fractions (6.6 Gy per fraction).",
    notes="Four files: consult (borderline-resectable pancreatic head cancer after mFOLFIRINOX, SBRT 33 Gy in 5), "
          "EUS fiducial and simulation note (3 fiducials, vacuum cushion, contrast 4DCT, MRI fused), plan and record "
          "(PTV_Panc 660 cGy x 5, CBCT fiducial match) and a dictated completion note saying 'thirty five gray'. "
          "Gold follows the record: 33 Gy.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation oncology consultation"),
            KeyValue([("Patient", f"{patient(17)} / {mrn(17)}"), ("Date", "07/19/2027"), ("Physician", "Anneliese Turnbull-Okoro MD")]),
            P("59-year-old man with borderline-resectable adenocarcinoma of the pancreatic head (abutment of the SMV, <180 degrees "
              "of SMA), CA 19-9 down from 880 to 96 after six months of mFOLFIRINOX. Tumor board recommends SBRT before "
              "re-staging for surgery."),
            P("Plan: SBRT 33 Gy in 5 fractions to the tumor and vascular interface, after EUS-guided fiducials. Consent obtained."),
            sig("Anneliese Turnbull-Okoro MD 07/19/2027"),
        ]], opts=dict(header=banner(_c, "Consultation", 17, "04/12/1968"))),
        Doc("2_fiducials_and_simulation.txt", text=f"""
RED MESA CANCER CENTER
07/22/2027 GI endoscopy: EUS-guided placement of three gold fiducials around the pancreatic head mass. Bartholomew Yin MD.
07/27/2027 SIMULATION: supine, vacuum cushion, arms up, fasting 3 h. 4DCT 2 mm with IV contrast (pancreatic phase),
fiducial motion 8 mm SI; MRI abdomen T2 + T1 post-contrast same day, registered on the fiducials.
{patient(17)}  {mrn(17)}   A. Turnbull-Okoro MD / sim RTT D. Kaur
{FOOT}
"""),
        Doc("3_plan_and_record.pdf", [[
            H1("Pancreas SBRT - plan and fraction record"),
            KeyValue([("Plan", "PTV_Panc (ITV + 3 mm), 660 cGy x 5 = 3300 cGy; 2 VMAT arcs, 6 MV FFF gantry linac; planning system HERON-TPS 7 (invented)"),
                      ("Constraints", "duodenum D0.5cc 31.6 Gy (< 33); stomach D0.5cc 29.0 Gy; bowel D0.5cc 27.4 Gy"),
                      ("QA", "PSQA 97.6% (3%/2 mm); MU check 1.1%")]),
            RuledTable([("Fx", "Date", "Dose (cGy)", "Cum (cGy)", "IGRT"),
                        ("1", "08/02/2027", "660", "660", "CBCT + fiducial match, exhale breath hold"),
                        ("2", "08/04/2027", "660", "1320", "CBCT + fiducial match"),
                        ("3", "08/06/2027", "660", "1980", "CBCT + fiducial match"),
                        ("4", "08/09/2027", "660", "2640", "CBCT + fiducial match"),
                        ("5", "08/11/2027", "660", "3300", "CBCT + fiducial match")]),
            sig("Anneliese Turnbull-Okoro MD 08/11/2027"),
        ]], opts=dict(header=banner(_c, "SBRT", 17, "04/12/1968"))),
        Doc("4_completion_note_dictated.txt", text=f"""
red mesa cancer center. completion note. {patient(17)}. {mrn(17)}. dictated august eleventh by anneliese turnbull-okoro MD.

he finished his stereotactic body radiation to the pancreatic head today, thirty five gray in five fractions given every other day from august second, with cone beam CT and fiducial matching before every fraction. mild nausea and fatigue, no abdominal pain, weight stable. restaging CT and CA 19-9 in four weeks and then back to surgical oncology to discuss resection.
{FOOT}
"""),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# p59_18 -- bundle (3 files): consult + simulation, then admitted with a PE; SRS postponed, nothing planned or given ---
_c = "BEACON RIDGE CANCER CARE"
add(name="p59_18", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a bundle that stops at the consult and simulation: consult recommending linac SRS to "
          "three metastases, simulation note (mask made, CT and MRI acquired), then a nursing note that the "
          "patient was admitted with a pulmonary embolism and SRS is on hold; no plan approved, nothing delivered. "
          "No course in this document set: facts empty, categories unmet, codes inconsistent.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation oncology consultation"),
            KeyValue([("Patient", f"{patient(18)} / {mrn(18)}"), ("Date", "08/02/2027"), ("Physician", "Jerome Castellane-Ibe MD")]),
            P("48-year-old woman with triple-negative breast cancer and three new brain metastases on MRI 07/27/2027: left "
              "frontal 16 mm, right temporal 9 mm, left cerebellar 7 mm. KPS 80."),
            P("Recommendation: single-fraction SRS on our gantry linac with a frameless mask, 20 Gy to each lesion (18 Gy to "
              "the frontal lesion if the planning volume exceeds 4 cc). Simulation this week, treatment in about 7 days."),
            sig("Jerome Castellane-Ibe MD 08/02/2027"),
        ]], opts=dict(header=banner(_c, "Consultation", 18, "05/05/1979"))),
        Doc("2_simulation_note.txt", text=f"""
BEACON RIDGE CANCER CARE - SRS SIMULATION - 08/04/2027
{patient(18)}   {mrn(18)}
Open-face thermoplastic mask made. CT 1 mm head. Planning MRI T1 post-contrast 1 mm acquired and sent to planning.
Contouring and planning to follow; tentative treatment 08/11/2027.  -RTT M. Oyelowo / Dr Castellane-Ibe
{FOOT}
"""),
        Doc("3_nursing_note.txt", text=f"""
RADIATION ONCOLOGY NURSING NOTE   08/09/2027   {patient(18)}   {mrn(18)}
Husband called: patient admitted 08/07 to Beacon Ridge General with bilateral pulmonary emboli, on heparin drip.
Discussed with Dr Castellane-Ibe: SRS on hold. Planning stopped (plan not completed or approved). 08/11 slot cancelled.
Will re-contact after discharge; a new MRI and re-simulation will be needed before any treatment.
Dolores Whitacre RN
{FOOT}
"""),
        Doc("4_scheduling_log.txt", text=f"""
APPOINTMENT LOG - RADIATION ONCOLOGY - {patient(18)} - {mrn(18)}
08/02/2027 09:00  New consult                         ARRIVED
08/04/2027 13:30  CT simulation + mask                ARRIVED
08/04/2027 15:00  MRI brain (planning)                ARRIVED
08/10/2027 10:00  Physics plan review                 CANCELLED (patient inpatient)
08/11/2027 08:00  SRS treatment, linac 2, 90 min      CANCELLED (patient inpatient)
08/11/2027 10:00  Post-treatment check                CANCELLED
No rescheduled treatment date as of 08/16/2027.
{FOOT}
"""),
    ])

# p59_19 -- bundle (3 files): follow-up 18 months after a 2026 cobalt-60 SRS course; nothing new given -----------------
_c = "HARROWGATE VALLEY NEUROSCIENCE INSTITUTE"
add(name="p59_19", kind="bundle", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a follow-up bundle recounting an old course: a dictated follow-up visit 18 months after "
          "cobalt-60 frame SRS (03/2026: three metastases, 20/20/18 Gy), the surveillance MRI report, and a letter "
          "to the primary care physician. No new treatment given or planned: facts empty, categories unmet.",
    docs=[
        Doc("1_followup_dictated.txt", text=f"""
harrowgate valley neuroscience institute. radiosurgery follow up. {patient(19)}. {mrn(19)}. seen september twentieth two thousand twenty seven. dictated by Bernadette Okonkwo-Vale MD.

she returns eighteen months after gamma radiosurgery on march ninth two thousand twenty six, when under a head frame we treated three lung cancer metastases, the right frontal and left parietal lesions to twenty gray and the left cerebellar lesion to eighteen gray. she is doing well, working part time, no headaches, no seizures, KPS ninety.

her MRI from september fifteenth shows the right frontal lesion gone, the left parietal lesion a two millimeter scar, and the left cerebellar lesion smaller with no new enhancement. nothing new anywhere in the brain.

no further radiation is needed. repeat MRI in six months. continue osimertinib with doctor ferris.
{FOOT}
"""),
        Doc("2_MRI_report.txt", text=f"""
MRI BRAIN WITH AND WITHOUT CONTRAST   Exam date 09/15/2027   {patient(19)}   {mrn(19)}
Comparison: 03/11/2027, 09/2026, pre-radiosurgery 03/2026.
Findings: Treated right frontal metastasis: no residual enhancement. Left parietal: 2 mm punctate enhancement, unchanged.
Left cerebellar: 4 mm (previously 6 mm), decreasing surrounding T2 signal. No new lesions. No hydrocephalus.
Impression: continued response of treated metastases; no new metastasis.
Read by: Casimir Olufemi-Hart MD, neuroradiology
{FOOT}
"""),
        Doc("3_after_visit_summary.txt", text=f"""
AFTER VISIT SUMMARY (patient copy)   {patient(19)}   09/20/2027
You were seen by: Bernadette Okonkwo-Vale MD, Radiosurgery Clinic
Why you came: check-up after your radiosurgery in March 2026
What we found: your MRI looks good. The treated spots are smaller or gone. There are no new spots.
What is next: MRI brain in 6 months (about March 2028), then a visit. No treatment is planned.
Call 555-0140 for headache, weakness, speech trouble or a seizure.
{FOOT}
"""),
        Doc("4_letter_to_PCP.pdf", [[
            P("Harrowgate Valley Neuroscience Institute - Radiosurgery Program"),
            P("September 21, 2027"),
            P("Dr Winona Stuyvesant, Maple Row Family Medicine"),
            P(f"Re: {patient(19)}, MRN {mrn(19)}"),
            P("Dear Dr Stuyvesant,"),
            P("I saw your patient today for routine surveillance after her radiosurgery in March 2026 (three brain metastases, "
              "single session on the cobalt-60 unit). Her latest MRI shows continued response and no new disease. She does not "
              "need further radiation at this time. I will see her again in six months with a new MRI."),
            P("Sincerely,"),
            sig("Bernadette Okonkwo-Vale MD, radiation oncology"),
        ]]),
    ])

# p59_20 -- bundle (4 files): referral packet for spine SBRT to be given at another center; pre-auth form lists codes -
_c = "PRAIRIE HOLLOW COMMUNITY ONCOLOGY"
add(name="p59_20", kind="bundle", codes=["G0339", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a referral packet for a course to be given elsewhere: fax cover sheet, a referral letter "
          "from a community radiation oncologist asking a robotic radiosurgery center to treat an L1 metastasis "
          "(proposed 24 Gy in 3), the outside MRI report, and a prior-authorization request listing the proposed "
          "codes. Nothing simulated, planned or delivered in these documents: facts empty, categories unmet.",
    docs=[
        Doc("1_fax_cover.txt", text=f"""
PRAIRIE HOLLOW COMMUNITY ONCOLOGY - FAX COVER SHEET
Date: 10/04/2027      Pages (including cover): 4
To: Summit Crest Radiosurgery Center - new referrals      Fax: 555-0177
From: Linnea Okwuosa, referral coordinator               Phone: 555-0151
RE: {patient(20)}  (our MRN {mrn(20)})  - referral for spine stereotactic radiosurgery
CONFIDENTIAL: intended only for the addressee.
{FOOT}
"""),
        Doc("2_referral_letter.pdf", [[
            P("Prairie Hollow Community Oncology - Radiation Oncology"),
            P("October 4, 2027"),
            P("Summit Crest Radiosurgery Center, Attn: Dr Ravindra Pellegrini-Oakes"),
            P(f"Re: {patient(20)}, DOB 12/12/1955, our MRN {mrn(20)}"),
            P("Dear Dr Pellegrini-Oakes,"),
            P("I am referring Mr Fiftyninepatient, a 71-year-old man with metastatic hepatocellular carcinoma, for stereotactic "
              "radiosurgery of a painful L1 vertebral metastasis. He has no neurologic deficit; SINS 6. We do not offer spine "
              "SBRT here and our linac does not have the image guidance needed, so I think he is best served on your robotic "
              "system. I would suggest something like 24 Gy in 3 fractions, but of course will defer to you."),
            P("He has had no radiation before. The outside MRI report is enclosed; images are being pushed to your PACS. He has "
              "not been simulated here. Please contact me with any questions."),
            P("Sincerely,"),
            sig("Gideon Farrow-Nakashima MD, radiation oncology"),
        ]], opts=dict(header=banner(_c, "Referral", 20, "12/12/1955"))),
        Doc("3_outside_MRI_report.txt", text=f"""
PRAIRIE HOLLOW REGIONAL IMAGING - MRI LUMBAR SPINE W/WO CONTRAST - 09/28/2027
Patient: {patient(20)}
Findings: Enhancing lesion replacing 60% of the L1 vertebral body with extension into the left pedicle; mild
posterior cortical bulge, no epidural compression (Bilsky 1a). No other spinal lesions.
Impression: L1 metastasis without cord or cauda compression.
Radiologist: Tamsin Oyekunle MD
{FOOT}
"""),
        Doc("4_prior_authorization_request.pdf", [[
            H1("Prior authorization request - radiation therapy"),
            KeyValue([("Member", patient(20)), ("Requesting provider", "Summit Crest Radiosurgery Center (to perform)"),
                      ("Referring provider", "Gideon Farrow-Nakashima MD, Prairie Hollow Community Oncology"),
                      ("Diagnosis", "C79.51 secondary malignant neoplasm of bone; C22.0 hepatocellular carcinoma"),
                      ("Proposed treatment", "Spine SBRT L1, proposed 24 Gy in 3 fractions, robotic radiosurgery"),
                      ("Proposed codes", "G0339 x1, G0340 x2, 77435 x1, 63620 x1 (pending consult at performing center)"),
                      ("Status", "Submitted 10/04/2027 - pending")]),
            P("Clinical notes attached: referral letter, MRI report. No treatment has been rendered."),
        ]]),
    ])


CORPUS = Corpus("blind_corpus59", "tests/blind_corpus59", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
