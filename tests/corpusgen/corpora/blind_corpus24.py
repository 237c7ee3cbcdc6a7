"""Twenty-fourth blind corpus, ``tests/blind_corpus24/`` (regenerate: ``python scripts/make_corpus.py blind_corpus24``).

A tuning corpus of hard negatives and near-misses: ten documents that talk about stereotactic treatment
without a stereotactic course being delivered (a declined consultation, a simulated-then-cancelled SBRT
course, a conventional 30 Gy / 10 spine course compared with SBRT, a follow-up after outside radiosurgery,
a tumour-board note, a prior-authorisation bundle, a bare charge sheet, a radiology report, a second
opinion and an appeal letter), and ten true courses written so that they look like negatives (an
interrupted course, a "not a candidate" consult later revised, a terse record with billing pages, a
re-treatment with a long history, a lesion declined, a completion note in the negative voice, a frame
offered but a mask used, fiducials placed but not used, PET ordered but not obtained, a follow-up note
that reports a just-finished second course). Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AUGUSTINA", "BARNABY", "CORDELIA", "DESMOND", "EVANGELINE", "FLETCHER", "GWENDOLYN", "HORATIO",
         "ISOLDE", "JASPER", "KATRINA", "LEOPOLD", "MIRABEL", "NATHANIEL", "OTTILIE", "PERCIVAL", "QUINTESSA",
         "ROSCOE", "SABINE", "TOBIAS"]


def patient(n: int) -> str:
    return f"TWENTYFOURPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-240{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    return [clinic, f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Hard negatives: stereotactic treatment mentioned, no stereotactic course delivered
# ==================================================================================================

# b24_01 -- dictated consultation letter recommending Gamma Knife, addendum: patient declined -------------------
add(name="b24_01", kind="dictated_letter", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: radiation-oncology consultation letter recommending frame-based Gamma Knife "
          "radiosurgery, 20 Gy to the 50% isodose line to each of two metastases (left parietal 1.3 cm, right "
          "cerebellar 0.9 cm), then an addendum two weeks later: the patient declined radiosurgery and "
          "enrolled in hospice; frame and stereotactic MRI orders cancelled. Nothing delivered: every code "
          "inconsistent, no delivery code.",
    docs=[Doc("b24_01.txt", text=f"""
FENWICK MOOR CANCER INSTITUTE
Department of Radiation Oncology, 14 Pellingham Road

October 29, 2026

Dr. Hyacinth Oyelaran-Pike
Fenwick Moor Medical Oncology

RE: {patient(1)}
MRN: {mrn(1)}
DOB: 03/11/1952

Dear Hyacinth,

Thank you for asking me to see Mrs. {FIRST[0].title()} {patient(1).split(',')[0].title()}, a 74-year-old woman with metastatic adenocarcinoma of the lung (EGFR exon 19 deletion, on osimertinib since 2025), whom I saw in consultation today together with her daughter.

She presented two weeks ago with word-finding difficulty. MRI of the brain with contrast on 10/21/2026 shows two enhancing lesions: a 1.3 cm left parietal lesion with moderate surrounding edema and a 0.9 cm right cerebellar lesion. There is no hydrocephalus and no leptomeningeal enhancement. Her speech has improved on dexamethasone 4 mg twice daily. Her extracranial disease has been stable on the CT of 10/02/2026. Her performance status is ECOG 2, limited mainly by fatigue.

We discussed whole-brain radiation, radiosurgery and continued osimertinib alone. My recommendation is single-session Gamma Knife radiosurgery to both lesions, with a Leksell frame placed on the morning of treatment and a stereotactic MRI for planning; I would expect to prescribe 20 Gy to the 50% isodose line for each lesion, which gives a local control rate in the region of 85 to 90 percent at one year. We talked about the small risks of radionecrosis and of seizure, and about the need for MRI surveillance every 2 to 3 months afterwards. She wanted to think about this with her family, and I have provisionally booked frame placement and treatment for 11/12/2026.

Impression: Two brain metastases from EGFR-mutant lung adenocarcinoma, a good indication for radiosurgery.

Recommendations:
1. Gamma Knife radiosurgery to the left parietal and right cerebellar lesions, provisionally 11/12/2026.
2. Continue dexamethasone 4 mg twice daily with a taper to begin after radiosurgery.
3. Continue osimertinib.

With kind regards,

Tobias Ellingsworth-Rae, MD
Radiation Oncology

ADDENDUM 11/10/2026: Mrs. {patient(1).split(',')[0].title()}'s daughter telephoned, and I then spoke with the patient directly. Her husband was admitted last week and she has decided against radiosurgery and against any brain-directed radiation; she has chosen to enrol with Fenwick Moor Hospice and to continue osimertinib for as long as she tolerates it. She understands the risk of neurological progression. I have cancelled the frame placement, the stereotactic MRI and the Gamma Knife booking of 11/12/2026. No treatment was given. We remain available should she change her mind.

T. Ellingsworth-Rae, MD   11/10/2026

D: 10/29/2026  T: 10/30/2026
{FOOT}
""")])

# b24_02 -- pdf: CyberKnife liver SBRT planned and simulated, cancelled before fraction 1 (hospice) ----------------
_c = "LARCHMONT RIDGE RADIATION CENTER - CYBERKNIFE SERVICE"
add(name="b24_02", kind="pdf", codes=["77373", "77435", "G0339"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: fiducial placement note, simulation note (triphasic CT + MRI), approved CyberKnife "
          "plan for hepatocellular carcinoma (45 Gy in 3 fractions to the 76% isodose line, 187 beams, "
          "Synchrony) and a cancellation note: variceal bleed and progression, hospice, 'no radiation was "
          "delivered'. The plan and imaging belong to a course that never started: facts empty, every "
          "category unmet, every code inconsistent.",
    docs=[Doc("b24_02.pdf", [[
        H1("Fiducial Marker Placement"),
        P("Date: 10/14/2026. Interventional radiology, Dr. Corwin Astley-Mbeki. Under ultrasound and CT guidance three 1 x 5 mm gold fiducial markers were placed around the segment VI hepatocellular carcinoma through a single 17-gauge coaxial needle. No bleeding on the post-procedure CT. Discharged the same day."),
        H1("CT/MRI Simulation"),
        P("Date: 10/21/2026. The patient was simulated supine in a full-length vacuum cushion with arms above the head. A triphasic contrast CT (1.25 mm slices) and a liver MRI with gadoxetate in the treatment position were acquired. All three fiducials are visible, spaced 2.1 to 3.4 cm apart, adequate for Synchrony tracking. Therapist: N. Fairweather, RTT."),
        H1("Treatment Plan (approved 10/30/2026)"),
        KeyValue([("Unit", "Accuray CyberKnife M6, Iris collimator"),
                  ("Planning system", "Accuray Precision 3.3"),
                  ("Target", "GTV segment VI HCC, 3.2 cm; PTV = GTV + 5 mm"),
                  ("Prescription", "45 Gy in 3 fractions (15 Gy per fraction) to the 76% isodose line"),
                  ("Beams", "187 non-coplanar beams, 2 collimator sizes"),
                  ("Tracking", "Synchrony respiratory tracking on 3 fiducials"),
                  ("Constraints", "Liver minus GTV: 700 cc < 15 Gy (achieved 1041 cc); duodenum Dmax 18.9 Gy; right kidney mean 3.1 Gy")]),
        P("Plan approved by Dr. Ingrid Tallowmere and physicist R. Okonkwo-Hale. First fraction scheduled 11/04/2026, then 11/06 and 11/09."),
        H1("Note: Treatment Cancelled"),
        P("Date: 11/03/2026. The patient was admitted to Larchmont Ridge General on 11/01/2026 with an upper gastrointestinal bleed from esophageal varices. Bilirubin 4.3, new ascites, and the admission CT shows multifocal progression in both lobes with tumour thrombus in the right portal vein. Child-Pugh C. After a family meeting with hepatology the goal of care is comfort and she has been referred to inpatient hospice. The SBRT course is cancelled before the first fraction; no radiation was delivered. The CyberKnife appointments have been released and the plan has been retired in the record-and-verify system."),
        sig("Ingrid Tallowmere, MD, Radiation Oncology, 11/03/2026"),
    ]], opts=dict(header=hdr(_c, 2), font="Helvetica"))])

# b24_03 -- ehr_text: conventional 30 Gy / 10 to T10-T12 by 3D-conformal, notes compare with SBRT ---------------
add(name="b24_03", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T10-T12", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Near-miss: EHR progress notes of a conventional palliative course, 30 Gy in 10 fractions AP/PA "
          "3D-conformal to T10-T12 for a T11 metastasis with epidural extension, on a Clinac iX. SBRT 24 Gy in "
          "2 fractions is discussed and rejected; MRI contraindicated by a non-conditional pacemaker; Vac-Lok, "
          "daily orthogonal kV. Ten fractions: 77373, 77435 and 63620 inconsistent, no delivery code.",
    docs=[Doc("b24_03.txt", text=f"""
COLDBROOK VALLEY ONCOLOGY -- RADIATION ONCOLOGY
Encounter type: Office Visit / Progress Note
Patient: {patient(3)}        MRN: {mrn(3)}        Sex: M        Age: 68
Provider: Philippa Stanhope-Obi, MD         Encounter date: 10/07/2026

CHIEF COMPLAINT
Mid-back pain, bilateral leg heaviness.

HPI
68 y.o. male with metastatic castration-resistant prostate cancer, on enzalutamide. Progressive T11 pain x 3 weeks. CT thoracic spine 10/05/2026: lytic T11 metastasis with pathological height loss (~30%) and soft-tissue extension into the ventral epidural space (estimated ESCC grade 2). MRI is contraindicated: non-conditional dual-chamber pacemaker (2019). Neurosurgery (Dr. Abernathy-Lusk) saw him 10/06: not a surgical candidate, recommends radiation. Started dexamethasone 8 mg BID.

ASSESSMENT / PLAN
T11 metastasis with epidural extension, ECOG 3.
- Options discussed: stereotactic body radiotherapy (e.g. 24 Gy in 2 fractions) vs conventional palliative radiotherapy. SBRT not recommended here: epidural disease close to the cord without MRI for cord delineation, ECOG 3, and he cannot lie flat for a long session. Plan conventional 30 Gy in 10 fractions.
- CT simulation tomorrow.
Signed: P. Stanhope-Obi, MD 10/07/2026 16:42

----------------------------------------------------------------
Encounter type: Procedure Note -- Simulation / Treatment Planning
Encounter date: 10/08/2026
Supine in a Vac-Lok cushion, arms on chest, knee sponge. CT simulation 3 mm slices T6-L3, isocenter tattoos placed. Target: T10-T12 vertebral bodies and posterior elements with 1.5 cm margin superior/inferior, PTV to block edge 7 mm. Technique: 3D-conformal, AP/PA opposed fields, 10 MV, Eclipse. Rx: 30 Gy in 10 fractions of 3 Gy, prescribed to midplane. Spinal cord max 31.2 Gy, kidneys outside field. MU AP 171 / PA 174.
Plan check: physics second calculation (RadCalc) within 1.4%. Approved.
Signed: P. Stanhope-Obi, MD; physics: G. Ferreira-Holm, MS 10/09/2026

----------------------------------------------------------------
Encounter type: On-Treatment Visit (OTV)
Encounter date: 10/16/2026
Fx 5/10, 15 Gy to date. Daily orthogonal kV pair matched to bone before each fraction, shifts < 3 mm, approved. Pain 5/10 (was 8/10). Leg strength stable. Continue.
Signed: P. Stanhope-Obi, MD

----------------------------------------------------------------
Encounter type: Treatment Summary
Encounter date: 10/23/2026
Course: T10-T12, 30 Gy in 10 fractions (3 Gy/fx), 3D-conformal AP/PA on the Clinac iX, 10/12/2026 - 10/23/2026. All 10 fractions delivered; daily kV imaging. Comparison for the record: an SBRT course (24 Gy in 2) had been considered and was not given. Tolerance: grade 1 nausea. Pain 3/10 at completion, ambulating with a walker.
Follow-up: 4 weeks; CT thoracic spine in 3 months.
Signed: P. Stanhope-Obi, MD 10/23/2026 17:05
{FOOT}
""")])

# b24_04 -- pdf: neuro-oncology follow-up one year after Gamma Knife elsewhere (history only) --------------------
_c = "ASHGROVE NEUROSCIENCE ASSOCIATES - NEURO-ONCOLOGY CLINIC"
add(name="b24_04", kind="pdf", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: follow-up visit 12 months after frame-based Gamma Knife at an outside centre (three "
          "metastases 20/18/20 Gy at the 50% isodose line, recounted as history with a small table of the "
          "outside plan), surveillance MRI shows response, plan observation. Nothing delivered in this "
          "episode: facts empty, categories unmet, every code inconsistent.",
    docs=[Doc("b24_04.pdf", [[
        H1("Follow-Up Visit"),
        P("Date of visit: 11/18/2026.   Referring: Dr. Leticia Van Rossum-Adeyemi (medical oncology)."),
        H2("Interval history"),
        P("The patient is a 58-year-old woman with HER2-positive breast cancer who had Gamma Knife radiosurgery on 11/20/2025 at Northmere University Hospital for three brain metastases. She transferred her care to Ashgrove in the summer. I have the outside treatment summary, which I reproduce below for our records:"),
        RuledTable([("Outside target (11/20/2025)", "Size", "Marginal dose", "Isodose"),
                    ("Left superior frontal", "1.4 cm", "20 Gy", "50%"),
                    ("Right temporal", "2.1 cm", "18 Gy", "50%"),
                    ("Left occipital", "0.6 cm", "20 Gy", "50%")]),
        P("That treatment was given in a single session with a Leksell frame, planned on a stereotactic MRI and CT; Northmere's records list no complications. She has had no seizures and works part time. She remains on trastuzumab deruxtecan."),
        H2("Imaging"),
        P("MRI brain with and without contrast, 11/10/2026 (Ashgrove): the left frontal lesion has shrunk to 4 mm, the right temporal lesion is a 9 mm ring with low perfusion in keeping with treatment effect, the left occipital lesion is no longer seen. No new lesions."),
        H2("Assessment"),
        P("Durable response one year after radiosurgery. No evidence of radionecrosis requiring treatment."),
        H2("Plan"),
        BulletList(["MRI brain in 3 months, then every 4 months for the first two years.",
                    "No radiation treatment is indicated at present.",
                    "Return visit after the next MRI."], numbered=True),
        sig("Oswin Hargreave-Nakamura, MD, Neuro-Oncology, 11/18/2026"),
    ]], opts=dict(header=hdr(_c, 4, "Visit 11/18/2026"), font="Times-Roman"))])

# b24_05 -- pdf (two columns): thoracic tumour board listing options ---------------------------------------------
_c = "PEMBERTON LAKE MEDICAL CENTER - MULTIDISCIPLINARY THORACIC TUMOR BOARD"
add(name="b24_05", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: two-column tumour-board note for a 2.1 cm right upper lobe adenocarcinoma listing "
          "options (lobectomy, SBRT 54 Gy in 3 or 50 Gy in 5, microwave ablation, surveillance) with the "
          "consensus to refer for SBRT consultation. Nothing planned or delivered: facts empty, every code "
          "inconsistent.",
    docs=[Doc("b24_05.pdf", [[
        H1("Tumor Board Recommendation"),
        KeyValue([("Conference date", "11/05/2026"), ("Presenter", "Dr. Seraphine Wolcott, Pulmonology"),
                  ("Attendees", "Thoracic surgery, radiation oncology, medical oncology, pulmonology, radiology, pathology")]),
        H2("Case summary"),
        P("71-year-old former smoker (55 pack-years) with severe COPD, FEV1 0.92 L (34% predicted), DLCO 38%, on home oxygen at night. A 2.1 cm spiculated right upper lobe nodule grew from 1.4 cm over 9 months. CT-guided biopsy 10/12/2026: adenocarcinoma, acinar predominant. PET/CT 10/20/2026: SUV max 7.4 in the nodule, no nodal or distant uptake. EBUS 10/28/2026: stations 4R, 7, 11R negative. Clinical stage cT1c N0 M0."),
        H2("Radiology review"),
        P("Peripheral lesion, 2.6 cm from the chest wall and more than 3 cm from the proximal bronchial tree; not central."),
        H2("Options discussed"),
        BulletList(["Lobectomy or segmentectomy: predicted postoperative FEV1 about 0.6 L; surgery considered high risk.",
                    "Stereotactic body radiotherapy: for a peripheral tumour, 54 Gy in 3 fractions or 50 Gy in 5 fractions would be standard; local control above 90% at 3 years.",
                    "Microwave ablation: feasible but the lesion abuts a segmental vessel.",
                    "Active surveillance: not favoured given documented growth."], numbered=True),
        H2("Consensus recommendation"),
        P("Refer to radiation oncology for consultation regarding SBRT. Thoracic surgery will see the patient to document the surgical risk assessment. Molecular testing on the biopsy has been sent."),
        H2("Radiation oncology comment"),
        P("Dr. Anand Fitzwilliam-Osei will see him on 11/17/2026. If SBRT is chosen a 4DCT simulation in a vacuum cushion would follow. No treatment has been scheduled."),
        sig("Recorded by Seraphine Wolcott, MD, 11/05/2026"),
    ]], opts=dict(header=hdr(_c, 5), font="Helvetica", two_columns=True))])

# b24_06 -- bundle: prior-authorisation request, denial letter, peer-to-peer note (prostate SBRT) ----------------
_c = "QUARRY HILL UROLOGY & RADIATION PARTNERS"
add(name="b24_06", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative bundle: a prior-authorisation request form for prostate SBRT 36.25 Gy in 5 fractions "
          "(requested codes listed: 77373 x5, 77435, 77301, 77290), the payer's denial letter, and a "
          "peer-to-peer note: denial upheld, the patient will have moderate hypofractionation 60 Gy in 20 "
          "fractions starting in December. Nothing delivered: facts empty, every code inconsistent.",
    docs=[
        Doc("1_prior_authorization_request.pdf", [[
            H1("Prior Authorization Request - Radiation Therapy"),
            KeyValue([("Submitted", "10/20/2026"), ("Payer", "Halvergate Health Plan, member ID HHP-SYN-77120"),
                      ("Patient", patient(6)), ("MRN", mrn(6)), ("Ordering physician", "Maximilian Oduya-Carrow, MD"),
                      ("Diagnosis", "C61 Malignant neoplasm of prostate - Gleason 4+4, PSA 14.2, cT2b, NCCN high risk"),
                      ("Requested treatment", "Stereotactic body radiation therapy to the prostate and proximal seminal vesicles, 36.25 Gy in 5 fractions, every other day, with 18 months of ADT"),
                      ("Planned technique", "CT and MRI simulation; gold fiducials and rectal spacer to be placed by urology; VMAT on TrueBeam with daily CBCT"),
                      ("Requested codes", "77263 x1, 77290 x1, 77301 x1, 77300 x4, 77338 x1, 77373 x5, 77435 x1, 55876 x1"),
                      ("Requested start", "11/16/2026")]),
            P("Clinical rationale: 74-year-old man with high-risk prostate cancer; he lives 140 miles from the centre and cares for his wife, so a five-visit course is strongly preferred."),
            sig("M. Oduya-Carrow, MD 10/20/2026"),
        ]], opts=dict(header=hdr(_c, 6, "Utilization review"), font="Helvetica")),
        Doc("2_denial_letter.txt", text=f"""
HALVERGATE HEALTH PLAN
Utilization Management Department
PO Box 4410, Halvergate

November 2, 2026

Maximilian Oduya-Carrow, MD
Quarry Hill Urology & Radiation Partners

Member: {patient(6)}    Member ID: HHP-SYN-77120    Reference: UM-26-118844

NOTICE OF ADVERSE DETERMINATION

We have reviewed your request for stereotactic body radiation therapy (SBRT), CPT 77373 x 5 and 77435, for the member named above. The request is DENIED.

Reason: Under Halvergate Clinical Policy RT-014, SBRT for prostate cancer is considered medically necessary for low-risk and favourable intermediate-risk disease. The submitted records document NCCN high-risk disease (Gleason 4+4). Conventional fractionation (for example 78-79.2 Gy in 39-44 fractions) and moderate hypofractionation (60 Gy in 20 fractions or 70 Gy in 28 fractions) are covered alternatives for this member.

This decision was made by a board-certified radiation oncologist, Dr. Ferdinand Ashcombe. You may request a peer-to-peer discussion within 14 days or file an appeal within 180 days.

Sincerely,
Utilization Management, Halvergate Health Plan
{FOOT}
"""),
        Doc("3_peer_to_peer_note.txt", text=f"""
QUARRY HILL UROLOGY & RADIATION PARTNERS - RADIATION ONCOLOGY
Telephone / Peer-to-Peer Note
Patient: {patient(6)}   MRN: {mrn(6)}   Date: 11/09/2026

Peer-to-peer review with Dr. Ashcombe (Halvergate) regarding the SBRT denial. I explained the travel and caregiving burden. He upheld the denial under policy RT-014 but confirmed that 60 Gy in 20 fractions is approved without further review. I discussed this with the patient by phone this afternoon: he will proceed with moderately hypofractionated IMRT, 60 Gy in 20 fractions, and will stay with his sister in town during treatment. Fiducial and spacer placement with Dr. Lindqvist-Amadi remains booked for 11/23/2026, CT/MRI simulation 12/01/2026, start about 12/14/2026. ADT (leuprolide) started 10/26/2026. No radiation has been given. We will not pursue an appeal.

Maximilian Oduya-Carrow, MD
{FOOT}
"""),
    ])

# b24_07 -- pdf: charge sheet / superbill without any clinical record -------------------------------------------
_c = "STONEMERE RADIATION SERVICES - PATIENT ACCOUNTS"
add(name="b24_07", kind="pdf", codes=["77372", "77432", "61798", "61800"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a charge-capture sheet (dates of service, CPT/HCPCS codes with short descriptors, "
          "units, ICD-10 D33.3, charge amounts) and a claim-status line, with no clinical record at all: no "
          "plan, no imaging, no treatment note, no summary. Nothing is documented clinically: facts empty, "
          "every category unmet, every claimed code inconsistent.",
    docs=[Doc("b24_07.pdf", [[
        H1("Charge Capture Sheet"),
        KeyValue([("Account", "SRS-SYN-440271"), ("Patient", patient(7)), ("MRN", mrn(7)),
                  ("Guarantor", "Self"), ("Primary payer", "Medicare Part B"),
                  ("Attending", "Lucinda Farrow-Beckett, MD (radiation oncology)"),
                  ("Co-surgeon", "Emrys Kowalczyk-Dunne, MD (neurosurgery)"),
                  ("Diagnosis", "D33.3 Benign neoplasm of cranial nerves")]),
        RuledTable([("DOS", "Code", "Mod", "Description (charge master)", "Units", "Charge"),
                    ("11/02/2026", "77263", "", "Tx planning, complex", "1", "$612.00"),
                    ("11/05/2026", "77290", "", "Simulation, complex", "1", "$1,480.00"),
                    ("11/06/2026", "77295", "", "3-D simulation-aided dosimetry", "1", "$2,205.00"),
                    ("11/06/2026", "77300", "", "Basic dosimetry calculation", "4", "$1,116.00"),
                    ("11/06/2026", "77370", "", "Special medical physics consult", "1", "$385.00"),
                    ("11/12/2026", "61800", "", "Appl stereotactic headframe add-on", "1", "$701.00"),
                    ("11/12/2026", "61798", "", "SRS cranial lesion, complex", "1", "$3,950.00"),
                    ("11/12/2026", "77372", "", "SRS treatment delivery, linac", "1", "$9,870.00"),
                    ("11/12/2026", "77432", "", "Stereotactic radiation tx management", "1", "$1,260.00")]),
        P("Total charges: $21,579.00.   Claim batch 2026-11-16-07, status: submitted, awaiting adjudication."),
        P("Coder note: charges entered from the physician encounter forms; clinical documentation to be attached on request."),
        sig("Posted by B. Tremaine, Patient Accounts, 11/16/2026"),
    ]], opts=dict(header=hdr(_c, 7, "Billing document - not a clinical record"), font="Courier"))])

# b24_08 -- pdf: radiology MRI report recommending radiosurgery -------------------------------------------------
_c = "BRACKENFIELD IMAGING ASSOCIATES - NEURORADIOLOGY"
add(name="b24_08", kind="pdf", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a diagnostic MRI brain report (SRS-protocol volumetric sequences, a 2.2 cm left "
          "cerebellar metastasis) whose impression recommends consultation for stereotactic radiosurgery. No "
          "course: facts empty, every code inconsistent.",
    docs=[Doc("b24_08.pdf", [[
        H1("MRI Brain With and Without Contrast"),
        KeyValue([("Exam date", "11/03/2026 14:20"), ("Accession", "BIA-26-0933817"),
                  ("Ordering", "Dr. Evander Quist, Medical Oncology"), ("Indication", "Melanoma, headache, staging")]),
        H2("Technique"),
        P("Sagittal T1, axial T2, FLAIR, DWI, SWI; volumetric 1 mm post-contrast T1 MPRAGE (radiosurgery protocol) after 0.1 mmol/kg gadobutrol. Comparison: CT head 10/30/2026."),
        H2("Findings"),
        P("There is a 2.2 x 1.9 x 1.8 cm heterogeneously enhancing mass in the left cerebellar hemisphere with intrinsic T1 hyperintensity and susceptibility, consistent with a hemorrhagic melanoma metastasis. Moderate vasogenic edema effaces the fourth ventricle partially without hydrocephalus. The lesion is 8 mm from the dorsal pons and does not involve the brainstem. No other enhancing lesion is seen. Ventricles normal in size. No acute infarct."),
        H2("Impression"),
        BulletList(["Solitary 2.2 cm hemorrhagic metastasis in the left cerebellar hemisphere with partial effacement of the fourth ventricle, no hydrocephalus.",
                    "Recommend neurosurgical and radiation oncology consultation; surgical resection or stereotactic radiosurgery could be considered.",
                    "The volumetric sequence is suitable for radiosurgery planning if that is pursued."], numbered=True),
        sig("Dictated and signed by Marguerite Okonjo-Blaise, MD, Neuroradiology, 11/03/2026 16:05"),
    ]], opts=dict(header=hdr(_c, 8, "FINAL REPORT"), font="Helvetica"))])

# b24_09 -- dictated second-opinion letter, vestibular schwannoma, observation chosen ---------------------------
add(name="b24_09", kind="dictated_letter", codes=["77371", "77432", "61798"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a second-opinion letter for a 1.4 cm right vestibular schwannoma that an outside "
          "centre had offered to treat with Gamma Knife (12 Gy to the 50% isodose line); this opinion favours "
          "observation, quotes 12 Gy single session or 25 Gy in 5 as the options if it grows, and the patient "
          "chooses MRI surveillance. Nothing delivered: every code inconsistent.",
    docs=[Doc("b24_09.txt", text=f"""
HALLOWAY CROSS SKULL BASE CLINIC
Neurotology and Radiosurgery Second Opinion Service

November 16, 2026

Dr. Rosalind Featherstone-Ikeda
Halloway Cross Family Practice

Re: {patient(9)}, MRN {mrn(9)} -- second opinion, right vestibular schwannoma

Dear Dr. Featherstone-Ikeda,

I saw Ms. {patient(9).split(',')[0].title()} today, at her request, for a second opinion about her right vestibular schwannoma. She is a 52-year-old teacher who noticed right-sided tinnitus in 2024. Her MRI of 06/2024 showed a 1.3 cm enhancing mass in the right internal auditory canal extending into the cerebellopontine angle. She was seen at the Granthorpe Gamma Knife Centre in September, where she was offered Gamma Knife radiosurgery with a marginal dose of 12 Gy to the 50% isodose line in one session, and she wanted another view before deciding.

I reviewed her MRIs of 06/2024, 03/2025 and 10/2026 side by side. The tumour now measures 1.4 x 1.1 cm (Koos grade II), a change of 1 mm in two years, which is within measurement error. Her pure-tone average on the right is 28 dB with 88% word recognition, which is serviceable hearing. She has no imbalance or facial symptoms.

My opinion is that observation with MRI is a very reasonable choice for now, because the tumour has not clearly grown and treatment carries some risk to the hearing she still has. If it grows by 2 mm or more, or if her hearing begins to decline, I would recommend radiosurgery: either a single session of 12 Gy, as Granthorpe proposed, or a fractionated course of 25 Gy in 5 fractions, which some centres prefer for hearing preservation. Microsurgery would be a reasonable alternative for a larger tumour.

She was relieved and has chosen surveillance. I have arranged an MRI of the internal auditory canals in 12 months and an audiogram at the same time, and I will write to Granthorpe to let them know. No treatment has been given or scheduled.

Yours sincerely,

Cassius Delacroix-Mwangi, MD
Radiation Oncology, Halloway Cross Skull Base Clinic

cc: Granthorpe Gamma Knife Centre
D: 11/16/2026  T: 11/17/2026
{FOOT}
""")])

# b24_10 -- dictated appeal letter quoting the adrenal SBRT plan (treatment not started) -------------------------
add(name="b24_10", kind="dictated_letter", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: insurance appeal letter for SBRT to a left adrenal oligometastasis that quotes the "
          "approved plan in detail (40 Gy in 5 fractions, 4DCT in BodyFIX, PET/CT fusion, 2 VMAT arcs, daily "
          "CBCT, organ doses) and says treatment has not started and awaits the decision. Nothing delivered: "
          "facts empty, every code inconsistent.",
    docs=[Doc("b24_10.txt", text=f"""
WRENFIELD ONCOLOGY GROUP
Radiation Oncology, 220 Cowley Street, Wrenfield

November 13, 2026

Appeals Department
Meridale Mutual Health
PO Box 9081

RE: Expedited appeal of denial MMH-PA-2026-558190
Patient: {patient(10)}    MRN: {mrn(10)}    Member ID: MMH-SYN-31842
Requested service: stereotactic body radiation therapy, left adrenal gland (CPT 77373 x 5, 77435 x 1)

To the Appeals Reviewer,

I am writing to appeal the denial dated 11/06/2026 of stereotactic body radiation therapy for my patient, a 63-year-old man with non-small cell lung cancer (adenocarcinoma, PD-L1 60%) treated with chemo-immunotherapy since 02/2026. His thoracic disease has responded completely. The only site of active disease is a 3.1 cm left adrenal metastasis that enlarged from 1.8 cm on serial imaging, confirmed by biopsy on 09/30/2026. This is oligoprogression, and local treatment of the single progressing site with continuation of pembrolizumab is supported by the randomized trial evidence summarized in the enclosed references and by NCCN guidelines. Adrenalectomy was declined by surgery because of prior left nephrectomy adhesions.

The reviewer's letter states that a treatment plan was not submitted. For clarity, the plan, approved in our department on 11/04/2026, is as follows:

  Simulation 10/27/2026: supine in a BodyFIX vacuum bag with abdominal compression, 4DCT with IV contrast, fused with the PET/CT of 10/15/2026 for delineation.
  Target: left adrenal GTV, ITV from all 4DCT phases, PTV = ITV + 5 mm (42.6 cc).
  Prescription: 40 Gy in 5 fractions of 8 Gy, prescribed so that 95% of the PTV receives 100%, every other day.
  Technique: 2 VMAT arcs, 6 MV flattening-filter-free, TrueBeam, Eclipse; daily cone-beam CT before each fraction.
  Organ doses: stomach Dmax 29.8 Gy, small bowel Dmax 27.4 Gy, spinal cord Dmax 14.2 Gy, right kidney mean 2.6 Gy.

Treatment has not started. The patient is waiting for your determination, and we will begin within 3 working days of approval. A delay risks further progression and a change to systemic therapy that would otherwise be unnecessary.

I would be glad to discuss this with your medical director. Please contact me at the number above.

Sincerely,

Beatrix Almqvist-Nwosu, MD
Radiation Oncology, Wrenfield Oncology Group

Enclosures: consultation note 10/20/2026; PET/CT report 10/15/2026; adrenal biopsy report; plan summary; references.
{FOOT}
""")])


# ==================================================================================================
# True courses that look like negatives
# ==================================================================================================

# b24_11 -- ehr_text: CyberKnife cranial cavity 30 Gy / 5, interrupted after fraction 2 and completed ------------
add(name="b24_11", kind="ehr_text", codes=["77373", "77435", "G0339", "G0340", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left temporal resection cavity", "cranial", C, 30, 5)],
    categories=cats(),
    notes="Near-miss true course: EHR notes of CyberKnife fractionated SRS to a 3.8 cm left temporal resection "
          "cavity (complex by size), 30 Gy in 5 fractions to the 70% isodose line: fractions 1-2 on 10/12-10/13, "
          "course held ('on hold', 'treatment interrupted') for a seizure and aspiration pneumonia, resumed "
          "10/27 after a repeat MRI without replanning, completed 10/29. All five fractions delivered; the "
          "claimed G0339/G0340/61798 are consistent.",
    docs=[Doc("b24_11.txt", text=f"""
GREYFRIARS ROBOTIC RADIOSURGERY CENTER -- EHR EXPORT
Patient: {patient(11)}   MRN: {mrn(11)}   DOB 07/22/1969

=== Progress Note: Radiation Oncology | 10/05/2026 | Wilhelmina Carstairs-Obi, MD ===
S: 57 y.o. F, metastatic melanoma (BRAF V600E), s/p gross total resection of a left temporal metastasis 09/14/2026 (Dr. Penrose). Recovering well, mild anomia.
O: MRI brain 10/01/2026: left temporal resection cavity measuring 3.8 x 2.9 x 2.6 cm, no nodular enhancement, no other lesions.
A/P: Post-operative cavity SRS. Cavity >= 3 cm, so fractionated: 30 Gy in 5 fractions on the CyberKnife with a thermoplastic mask and 6D skull tracking. Simulation today: Aquaplast mask, thin-slice CT (1 mm) with contrast, fused with the 10/01 MRI (MPRAGE post-gad).

=== Plan Approval | 10/09/2026 ===
CK M6, Iris variable aperture. Precision 3.3. Target: cavity + 2 mm = PTV 24.8 cc. Rx 3000 cGy in 5 fx (600 cGy/fx) to the 70% IDL, coverage 97.1%. 164 beams, 62 nodes. Optic tract max 17.9 Gy, brainstem max 21.4 Gy, left cochlea mean 9.3 Gy. Patient-specific QA (film) passed 10/10. Approved: W. Carstairs-Obi MD / T. Rasmussen-Oyo PhD.

=== Treatment Note | 10/12/2026 ===
Fx 1 of 5, 600 cGy. 6D skull tracking, corrections < 1 mm / 0.5 deg throughout. Tolerated well.

=== Treatment Note | 10/13/2026 ===
Fx 2 of 5, 600 cGy (cum 1200 cGy). Tracking stable. No complaints.

=== Nursing Telephone Note | 10/14/2026 ===
Husband called: witnessed focal seizure with speech arrest this morning followed by a fall; taken to Greyfriars General ED. Admitted. CK fraction 3 cancelled today. Course ON HOLD.

=== Progress Note: Radiation Oncology (inpatient consult) | 10/16/2026 ===
Admitted 10/14 with focal seizure and aspiration pneumonia. CT head: no hemorrhage. Levetiracetam increased. Treatment interrupted after 2 of 5 fractions; the remaining 3 fractions will be given once she is medically fit, with a repeat MRI before resuming. Interruption up to 2-3 weeks acceptable for this indication.

=== Progress Note: Radiation Oncology | 10/26/2026 ===
Discharged 10/21. Repeat MRI 10/26: cavity unchanged in size and shape, no new lesions; the existing plan remains valid, no replanning. Resume tomorrow.

=== Treatment Note | 10/27/2026 ===
Fx 3 of 5, 600 cGy (cum 1800 cGy). 6D skull tracking, mask fit unchanged.

=== Treatment Note | 10/28/2026 ===
Fx 4 of 5, 600 cGy (cum 2400 cGy).

=== Treatment Note | 10/29/2026 ===
Fx 5 of 5, 600 cGy (cum 3000 cGy). Course complete.

=== Treatment Summary | 10/30/2026 | Wilhelmina Carstairs-Obi, MD ===
Left temporal resection cavity: 30 Gy in 5 fractions, CyberKnife M6, mask with 6D skull tracking. Fractions 1-2 on 10/12 and 10/13, treatment interrupted 10/14-10/26 (seizure, pneumonia), fractions 3-5 on 10/27, 10/28 and 10/29. Total 3000 cGy delivered as prescribed. Follow-up MRI 8 weeks.
{FOOT}
""")])

# b24_12 -- bundle: consult "not a candidate for SRS", revised decision, linac SRS to four metastases -------------
_c = "THISTLEWOOD REGIONAL CANCER CENTER - RADIATION ONCOLOGY"
add(name="b24_12", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal", "cranial", S, 20, 1), L("right parietal", "cranial", S, 20, 1),
             L("left cerebellar", "cranial", S, 18, 1), L("right occipital", "cranial", S, 20, 1)],
    categories=cats(),
    contradiction="The SRS record's closing summary says three brain metastases were treated, while its own "
                  "lesion table, the revised-decision note and the treatment record list four (gold: 4).",
    notes="Near-miss true course, bundle of three: a consultation that calls the patient 'not a candidate for "
          "SRS' (possible leptomeningeal disease, six foci) and recommends WBRT 30 Gy in 10; a revised-decision "
          "note after negative CSF cytology and an SRS-protocol MRI (four metastases, two foci were vessels); "
          "and a PDF SRS record: TrueBeam HyperArc single fraction, Encompass mask, four lesions 20/20/18/20 Gy. "
          "WBRT never given. Self-contradicting count in the closing summary.",
    docs=[
        Doc("1_consultation.txt", text=f"""
THISTLEWOOD REGIONAL CANCER CENTER - RADIATION ONCOLOGY CONSULTATION
Patient: {patient(12)}   MRN: {mrn(12)}   Date: 09/28/2026
Referring: Dr. Giles Harcourt-Bello, Medical Oncology

HISTORY: 61-year-old man with non-small cell lung cancer, adenocarcinoma, ALK negative, on carboplatin/pemetrexed/pembrolizumab. Staging MRI brain 09/22/2026 (outside, 5 mm slices) describes six punctate enhancing foci and possible sulcal enhancement along the right sylvian fissure. Mild headache, no focal deficit. KPS 80.

ASSESSMENT: Multiple brain lesions with possible leptomeningeal involvement. With possible leptomeningeal disease he is not a candidate for SRS at this time.

RECOMMENDATIONS: 1. Lumbar puncture with CSF cytology. 2. If leptomeningeal disease is confirmed, whole-brain radiotherapy 30 Gy in 10 fractions with hippocampal avoidance. 3. Thin-slice SRS-protocol MRI to better characterize the lesions. 4. Will revisit the recommendation when results are back.

Signed: Anneliese Mortimer-Quaye, MD   09/28/2026
{FOOT}
"""),
        Doc("2_revised_decision.txt", text=f"""
THISTLEWOOD REGIONAL CANCER CENTER - RADIATION ONCOLOGY PROGRESS NOTE
Patient: {patient(12)}   MRN: {mrn(12)}   Date: 10/08/2026

CSF cytology 10/02/2026: negative for malignant cells (two samples). SRS-protocol MRI 10/06/2026 (1 mm post-contrast MPRAGE): four enhancing parenchymal metastases -- left frontal 1.2 cm, right parietal 0.8 cm, left cerebellar 1.6 cm, right occipital 0.5 cm. Two of the foci on the outside study are vessels; the sulcal enhancement is not reproduced. No leptomeningeal disease.

DECISION REVISED: In view of these results he is now a candidate for radiosurgery and WBRT is no longer recommended. Plan single-fraction SRS to all four metastases on the TrueBeam with HyperArc. Mask and CT simulation 10/09/2026, treatment 10/15/2026. Discussed with the patient and Dr. Harcourt-Bello; he agrees.

Signed: Anneliese Mortimer-Quaye, MD   10/08/2026
{FOOT}
"""),
        Doc("3_srs_record.pdf", [[
            H1("Stereotactic Radiosurgery Record"),
            KeyValue([("Treatment date", "10/15/2026"), ("Unit", "Varian TrueBeam STx, HyperArc, 6 MV FFF"),
                      ("Immobilization", "Encompass SRS thermoplastic mask, Qfix"),
                      ("Planning images", "CT simulation 10/09/2026 (1 mm) registered to MRI 10/06/2026 (MPRAGE post-contrast)"),
                      ("Planning system", "Eclipse 16.1, single isocenter, 4 non-coplanar arcs"),
                      ("Margin", "GTV to PTV 1 mm")]),
            RuledTable([("Target", "Max diameter", "PTV (cc)", "Rx dose", "Fx", "Rx isodose", "Coverage"),
                        ("Left frontal", "1.2 cm", "1.31", "20 Gy", "1", "80%", "99.0%"),
                        ("Right parietal", "0.8 cm", "0.42", "20 Gy", "1", "80%", "99.6%"),
                        ("Left cerebellar", "1.6 cm", "2.54", "18 Gy", "1", "80%", "98.7%"),
                        ("Right occipital", "0.5 cm", "0.14", "20 Gy", "1", "80%", "100%")]),
            P("Organs at risk: brainstem Dmax 7.2 Gy; optic chiasm Dmax 1.9 Gy; normal brain V12 5.1 cc."),
            H2("Verification"),
            P("Patient-specific QA (portal dosimetry) passed 10/13/2026, gamma 2%/1 mm 99.2%. On the day: CBCT registered to the planning CT, 6DoF couch correction (max 0.9 mm, 0.6 deg), verified by a second CBCT; surface guidance (OSMS) monitored intrafraction motion, no beam holds."),
            H2("Summary"),
            P("Single-fraction SRS to three brain metastases completed on 10/15/2026 without incident. Left frontal 20 Gy, right parietal 20 Gy, left cerebellar 18 Gy, right occipital 20 Gy. Dexamethasone not required. MRI in 8 weeks."),
            sig("Anneliese Mortimer-Quaye, MD 10/15/2026; physics: Darius Lindgren-Achebe, PhD 10/15/2026"),
        ]], opts=dict(header=hdr(_c, 12), font="Helvetica")),
    ])

# b24_13 -- pdf: terse CyberKnife prostate treatment record + billing page -----------------------------------------
_c = "MARLOWE BAY PROSTATE CENTER - CK TREATMENT RECORD"
add(name="b24_13", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    contradiction="The course-end line of the treatment record says 3500 cGy delivered, while the prescription, "
                  "the five 725 cGy rows and the cumulative column give 3625 cGy (gold: 36.25 Gy / 5).",
    notes="Near-miss true course documented only as a terse CyberKnife treatment record (key/value header, "
          "abbreviated fraction table, 'fid trk' comments) and a billing-style page of dates, codes and units. "
          "Prostate 725 cGy x 5 = 3625 cGy, 4 gold fiducials used for tracking, CT + MRI. Self-contradicting "
          "course-end total (3500 cGy).",
    docs=[Doc("b24_13.pdf", [[
        H1("Treatment Record"),
        KeyValue([("Dx", "C61, adenocarcinoma prostate, GS 3+4, PSA 6.8, cT1c - fav. intermed."),
                  ("Unit", "CK M6 / InCise2 MLC"),
                  ("Plan", "PROST_SBRT_v2, Precision 3.3, 96 beams, 81% IDL"),
                  ("Rx", "PTV_Prostate 3625 cGy / 5 fx @ 725 cGy, QOD"),
                  ("PTV", "prostate + prox SV 1 cm, 3 mm margin (2 mm post)"),
                  ("Imaging", "Sim CT 09/29 1.5 mm + MRI T2 axial 09/29, fused"),
                  ("Localization", "4 Au fiducials (urol 09/15), fiducial tracking every fx, hydrogel spacer in place"),
                  ("OAR", "Rectum V36 < 1 cc (0.4 cc); bladder V37 < 10 cc (3.2 cc); urethra Dmax 38.4 Gy"),
                  ("MD / Phys", "R. Vanterpool-Addo MD / S. Lachance MS")]),
        RuledTable([("Fx", "Date", "cGy", "Cum cGy", "Tracking", "Init"),
                    ("1", "10/06/26", "725", "725", "fid 4/4 OK, rigid err 0.6 mm", "JK"),
                    ("2", "10/08/26", "725", "1450", "fid 4/4 OK", "JK"),
                    ("3", "10/10/26", "725", "2175", "fid 3/4 (1 obscured) OK", "AM"),
                    ("4", "10/13/26", "725", "2900", "fid 4/4 OK", "JK"),
                    ("5", "10/15/26", "725", "3625", "fid 4/4 OK", "AM")]),
        P("Tx complete 10/15/26. Total delivered 3500 cGy prostate. No breaks. F/u PSA 3 mo. -- RVA"),
        sig("R. Vanterpool-Addo, MD 10/15/2026"),
    ], [
        H1("Billing Detail"),
        RuledTable([("DOS", "Code", "Units", "Desc"),
                    ("09/29/26", "77290", "1", "Sim complex"),
                    ("10/01/26", "77301", "1", "IMRT plan"),
                    ("10/01/26", "77338", "1", "MLC device"),
                    ("10/06/26", "G0339", "1", "Robotic SRS, 1st session"),
                    ("10/08/26", "G0340", "1", "Robotic SRS, fx 2-5"),
                    ("10/10/26", "G0340", "1", "Robotic SRS, fx 2-5"),
                    ("10/13/26", "G0340", "1", "Robotic SRS, fx 2-5"),
                    ("10/15/26", "G0340", "1", "Robotic SRS, fx 2-5"),
                    ("10/15/26", "77435", "1", "SBRT mgmt")]),
        P("Prepared by charge entry 10/16/26."),
    ]], opts=dict(header=hdr(_c, 13), font="Courier"))])

# b24_14 -- pdf: spine SBRT re-treatment T9 24 Gy / 2 with a long history of earlier courses -----------------------
_c = "KESTREL POINT SPINE ONCOLOGY - RADIATION ONCOLOGY"
add(name="b24_14", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Near-miss true course: SBRT re-treatment of T9 (24 Gy in 2 fractions, Versa HD, BodyFIX, CT + MRI) "
          "whose history retells three earlier courses at length: 30 Gy in 10 to T8-T11 (2023), CyberKnife "
          "27 Gy in 3 to L1 with Xsight spine tracking (2024) and 8 Gy x 1 to the right hip (2025). The claimed "
          "63621 (additional spinal lesion) is inconsistent: one lesion in this course.",
    docs=[Doc("b24_14.pdf", [[
        H1("SBRT Re-irradiation: Procedure and Completion Note"),
        P("Dates of treatment: 11/02/2026 and 11/04/2026.   Attending: Evangeline Brathwaite-Sørensen, MD."),
        H2("Diagnosis"),
        P("Metastatic clear cell renal cell carcinoma; recurrent T9 vertebral metastasis with right paraspinal extension, Bilsky 1a, SINS 6."),
        H2("Prior radiation (detailed for cumulative dose assessment)"),
        P("1. 05/2023, Kestrel Point: 30 Gy in 10 fractions to T8-T11 by 3D-conformal AP/PA fields on a Clinac for painful T9 and T10 metastases; spinal cord maximum 31.4 Gy."),
        P("2. 03/2024, Brightwater CyberKnife Center: SBRT 27 Gy in 3 fractions to L1 on a CyberKnife G4 with Xsight spine tracking and a vacuum cushion; cord Dmax 17.8 Gy; conus spared. L1 remains controlled."),
        P("3. 08/2025, Kestrel Point: 8 Gy in 1 fraction to the right acetabulum for pain."),
        P("The T9 level therefore received 30 Gy in 10 fractions about 3.5 years ago (cord EQD2 about 37 Gy). Re-irradiation with SBRT is within published cumulative cord limits with an interval longer than 6 months."),
        H2("Current course"),
        P("Simulation 10/22/2026 supine in a BodyFIX full-body vacuum bag with a wrap. CT 1 mm slices fused to MRI thoracic spine of 10/16/2026 (T1 post-contrast and T2). GTV T9 body and right pedicle with paraspinal component; CTV per consensus (body, right pedicle, right transverse process); PTV = CTV + 2 mm, cord PRV = cord + 1.5 mm. Rx: 24 Gy in 2 fractions (12 Gy per fraction), 2 VMAT arcs, Monaco 6.1, Elekta Versa HD, 6 MV FFF. Cord PRV Dmax 12.1 Gy over the course; esophagus Dmax 15.6 Gy. Patient-specific QA with ArcCHECK passed (gamma 3%/2 mm 98.9%)."),
        P("Delivery: before each fraction a CBCT was registered to the planning CT on the vertebral anatomy and a HexaPOD 6-degree correction applied, then a verification CBCT (residual under 1 mm and 1 degree). Fraction 1 11/02/2026, fraction 2 11/04/2026."),
        H2("Completion"),
        P("T9: 24 Gy in 2 fractions delivered as planned. Mild esophagitis, no pain flare. Cabozantinib resumed 11/09/2026. MRI thoracic spine in 3 months."),
        sig("Evangeline Brathwaite-Sørensen, MD 11/05/2026; physicist Hamish Okereke-Lund, MS 11/05/2026"),
    ]], opts=dict(header=hdr(_c, 14), footer=[FOOT, "Kestrel Point Spine Oncology - confidential"], font="Times-Roman"))])

# b24_15 -- dictated letter: GK frame, two metastases treated, pontine lesion declined by the patient ------------
add(name="b24_15", kind="dictated_letter", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 2, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right temporal", "cranial", S, 20, 1), L("left cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Near-miss true course: dictated letter after single-session frame-based Gamma Knife to two of three "
          "metastases (right temporal 1.9 cm 20 Gy, left cerebellar 2.4 cm 18 Gy, 50% isodose); the patient "
          "declined treatment of a 0.6 cm left pontine lesion, which is to be observed. The coder billed 61798 as "
          "if the pontine lesion were treated: inconsistent (both treated lesions simple); 61797 consistent.",
    docs=[Doc("b24_15.txt", text=f"""
OAKHAVEN GAMMA KNIFE CENTER
3 Cathedral Row, Oakhaven

November 11, 2026

Dr. Marius Eklund-Achterberg
Oakhaven Breast Oncology

Re: {patient(15)}   MRN {mrn(15)}

Dear Marius,

I am writing to let you know that your patient underwent Gamma Knife radiosurgery on 11/10/2026.

As you know, she is a 49-year-old woman with triple-negative breast cancer whose MRI of 10/27/2026 showed three brain metastases: a 1.9 cm right temporal lesion, a 2.4 cm left cerebellar lesion and a 0.6 cm lesion in the left pons. When we met on 11/03/2026 we went through the options at length. She was willing to have the temporal and cerebellar lesions treated. She was, however, very anxious about treating the pontine lesion after reading about brainstem complications, and despite our reassurance she declined treatment of that lesion and asked that it be watched with MRI. She accepted the other two. Her wishes are documented in the signed consent, which names only the right temporal and left cerebellar targets.

On the day of treatment a Leksell G frame was applied under local anaesthesia by my neurosurgical colleague Dr. Tamsin Aldous-Reyes, with four pins. She then had a stereotactic MRI (1 mm post-gadolinium T1 and T2) and a stereotactic CT, registered in Leksell GammaPlan. The right temporal metastasis received 20 Gy to the 50% isodose line using 9 shots, and the left cerebellar metastasis 18 Gy to the 50% isodose line using 13 shots. The pontine lesion was contoured as an avoidance structure only; its maximum point dose from the cerebellar plan was 5.8 Gy and the brainstem maximum was 9.8 Gy. Our physicist, Mr. Idris Vanterpool, verified the frame fiducial registration (mean error 0.3 mm) and independently checked the shot co-ordinates and times before treatment. Treatment on the Perfexion took 46 minutes in one session. The frame was removed and she went home that afternoon.

In summary: right temporal 20 Gy and left cerebellar 18 Gy, single session, 11/10/2026. Left pontine lesion untreated at the patient's request.

I will see her with an MRI in 8 weeks, when we will look closely at the pontine lesion; she knows she can change her mind about treating it. Dexamethasone was not needed.

With best wishes,

Octavia Pennington-Lowe, MD
Radiation Oncology, Oakhaven Gamma Knife Center

D: 11/11/2026  T: 11/11/2026
{FOOT}
""")])

# b24_16 -- scan (200 dpi): completion note in the negative voice, right adrenal SBRT 40 Gy / 5 -----------------
_c = "SORREL DOWNS RADIATION ONCOLOGY"
add(name="b24_16", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("right adrenal", "body", None, 40, 5)],
    categories=cats(),
    notes="Near-miss true course on a scanned page (200 dpi): a completion note written almost entirely in "
          "the negative voice ('no acute toxicity', 'no interruption', 'no missed fractions', 'no replanning', "
          "'MRI was not obtained', PET 'not used for contouring') for right adrenal SBRT 40 Gy in 5 fractions on "
          "a TrueBeam, 4DCT in a Vac-Lok, daily CBCT. Imaging CT only.",
    docs=[Doc("b24_16.pdf", [[
        H1("SBRT Completion Note"),
        KeyValue([("Site", "Right adrenal metastasis (NSCLC, squamous)"), ("Dates", "10/19/2026 - 10/28/2026"),
                  ("Unit", "Varian TrueBeam, 6 MV FFF, 2 VMAT arcs, Eclipse"),
                  ("Dose", "40 Gy in 5 fractions, 8 Gy per fraction, 95% of PTV covered by 100%")]),
        P("Simulation 10/12/2026 supine in a Vac-Lok bag, arms up, 4DCT with IV contrast; ITV from all phases, PTV = ITV + 5 mm. MRI was not obtained (claustrophobia). The diagnostic PET/CT of 09/14/2026 was reviewed but not used for contouring."),
        P("Fractions on 10/19, 10/21, 10/23, 10/26 and 10/28. CBCT before every fraction, matched to the ITV; no shift over 4 mm. Physics second check (MU calculation) within 2%."),
        P("Course: no interruption. No missed fractions. No replanning required. No acute toxicity: no nausea, no pain flare, no fatigue beyond baseline. No steroid use. No unplanned visits."),
        P("Organ doses: liver minus ITV 700 cc under 15 Gy met; right kidney Dmax 19.6 Gy; duodenum Dmax 24.1 Gy; spinal cord Dmax 13.3 Gy."),
        P("Impression: right adrenal 40 Gy / 5 fx delivered as prescribed. Plan: CT chest/abdomen in 3 months; continue durvalumab."),
        sig("Jasper Wetherall-Ameh, MD 10/28/2026"),
    ]], opts=dict(header=hdr(_c, 16), scan=True, scan_dpi=200, font="Helvetica"))])

# b24_17 -- pdf: Gamma Knife Icon single session with a mask; frame offered as the alternative --------------------
_c = "BELLWEATHER NEUROSURGICAL HOSPITAL - GAMMA KNIFE UNIT"
add(name="b24_17", kind="pdf", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["mask"]),
    lesions=[L("right parasagittal meningioma", "cranial", S, 13, 1)],
    categories=cats(),
    notes="Near-miss true course: Gamma Knife Icon single session, 13 Gy to the 50% isodose line, for a 2.8 cm "
          "right parasagittal meningioma (simple), with a thermoplastic mask and IFMM; a Leksell frame was "
          "offered as the alternative and a frame kit kept as a backup 'not applied'. Planning MRI only (CBCT "
          "at the unit defines the coordinates). The claimed 61800 is inconsistent: no frame.",
    docs=[Doc("b24_17.pdf", [[
        H1("Radiosurgery Procedure Note"),
        KeyValue([("Date of procedure", "11/19/2026"), ("Unit", "Leksell Gamma Knife Icon"),
                  ("Neurosurgeon", "Lysander Ogilvie-Tran, MD"), ("Radiation oncologist", "Henrietta Castellanos-Moore, MD"),
                  ("Physicist", "Pieter Abernethy, PhD")]),
        H2("Indication"),
        P("66-year-old woman with a growing right parasagittal meningioma, 2.8 x 2.4 x 2.0 cm, WHO grade 1 on imaging criteria, abutting but not invading the superior sagittal sinus, 3.1 cm from the optic apparatus. Mild left leg weakness."),
        H2("Immobilization"),
        P("Two approaches were offered: a Leksell stereotactic frame with four pins, or a frameless set-up with a thermoplastic mask and infrared motion monitoring. Because of her fear of the pin placement she chose the mask. A custom Icon thermoplastic mask was made on 11/17/2026 with the head cushion and the nose marker. A Vantage frame kit was prepared as a backup in case the mask fit was unsatisfactory; it was not applied."),
        H2("Planning"),
        P("Planning MRI 11/17/2026: 1 mm post-contrast T1 and T2. No planning CT; the stereotactic reference was defined by the Icon cone-beam CT acquired in the mask on the day. Target contoured in Leksell GammaPlan, tumour volume 5.9 cc, dural tail included for 4 mm. Prescription 13 Gy to the 50% isodose line, 22 shots (4 and 8 mm collimators), coverage 98%, maximum 26 Gy. Superior sagittal sinus maximum 11.8 Gy, motor strip V10 1.4 cc."),
        H2("Treatment"),
        P("CBCT co-registered to the planning MRI and the plan adapted to the day's position, reviewed by both physicians and the physicist. Single session of 68 minutes. IFMM nose-marker motion stayed under the 1.5 mm threshold, two brief pauses at 1.2 mm, no interruption of treatment beyond those pauses."),
        H2("Summary"),
        P("Right parasagittal meningioma, 13 Gy to the 50% isodose line in one session with a mask. Tolerated well; discharged the same day. MRI at 6 months."),
        sig("Lysander Ogilvie-Tran, MD; Henrietta Castellanos-Moore, MD 11/19/2026"),
    ]], opts=dict(header=hdr(_c, 17), font="Helvetica", page_numbers=None))])

# b24_18 -- ehr_text: lung SBRT on a TrueBeam; fiducials placed for a planned CyberKnife course but not used -----
add(name="b24_18", kind="ehr_text", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("right lower lobe", "body", None, 48, 4)],
    categories=cats(),
    notes="Near-miss true course: two gold fiducials placed bronchoscopically for a planned CyberKnife course; "
          "the CyberKnife went out of service and the patient was treated on a TrueBeam, 48 Gy in 4 fractions "
          "with a 4DCT ITV, Vac-Lok and abdominal compression, daily CBCT soft-tissue match -- 'the fiducials "
          "were not used for alignment or tracking' (positioning: body immobilization only). The claimed "
          "G0339/G0340 are inconsistent (gantry linac).",
    docs=[Doc("b24_18.txt", text=f"""
IRONBRIDGE LUNG INSTITUTE -- RADIATION ONCOLOGY NOTES
{patient(18)} | {mrn(18)} | 77 y.o. M

--- Procedure note (Interventional Pulmonology) 10/01/2026 ---
Navigational bronchoscopy: two gold coil fiducials (0.75 x 10 mm) placed in and adjacent to the right lower lobe nodule for planned CyberKnife SBRT. Fluoroscopy confirmed position. No pneumothorax on post-procedure film.

--- Radiation Oncology progress note 10/09/2026 ---
Dx: NSCLC, adenocarcinoma RLL, 1.8 cm, cT1b N0 (EBUS negative), inoperable (FEV1 0.8 L, pulmonary fibrosis).
Update: our CyberKnife is out of service for the robot upgrade until mid-December. Rather than delay six weeks, plan SBRT on the TrueBeam instead. The fiducials will stay in place but are not needed for gantry-based treatment with CBCT. Pt agrees.
Sim today: supine in Vac-Lok, arms up, abdominal compression plate; 4DCT with 10 phases, 2 mm slices; tumour motion 14 mm without compression, 6 mm with compression.

--- Plan approval 10/15/2026 ---
ITV from the 4DCT MIP and all phases; PTV = ITV + 5 mm (14.9 cc). Rx 48 Gy in 4 fractions (12 Gy/fx), prescribed to the 80% isodose line covering 95% of the PTV. 3 partial VMAT arcs, 6 MV FFF, Eclipse. Chest wall V30 22 cc; rib Dmax 41.5 Gy; lung V20 4.1%; bronchial tree Dmax 18.8 Gy. Phys 2nd calc and portal dosimetry QA passed.

--- Treatment notes ---
10/20 fx 1/4 12 Gy - CBCT soft-tissue match to ITV, shift 3 mm post, approved MD.
10/22 fx 2/4 12 Gy (24) - CBCT, approved.
10/24 fx 3/4 12 Gy (36) - CBCT, approved. Mild cough.
10/27 fx 4/4 12 Gy (48) - CBCT, approved.
Note: the fiducials were visible on CBCT but were not used for alignment or tracking; the match was made on the tumour itself.

--- Completion summary 10/27/2026 ---
RLL NSCLC: SBRT 48 Gy in 4 fractions, TrueBeam, 10/20/2026-10/27/2026, all fractions delivered. No acute toxicity beyond grade 1 cough. CT chest in 3 months.
Signed: Rupert Achterberg-Nnadi, MD 10/27/2026
{FOOT}
""")])

# b24_19 -- ehr_text: liver SBRT 45 Gy / 3 on an Edge; PET ordered but not obtained; summary says 5 fractions -----
add(name="b24_19", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("segment VIII hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    contradiction="The completion summary says 45 Gy in 5 fractions, while the plan, the three on-treatment "
                  "notes (fractions 1/3, 2/3, 3/3) and the dose per fraction of 15 Gy give 3 fractions (gold: 3).",
    notes="Near-miss true course: liver SBRT for a segment VIII HCC on a Varian Edge, 45 Gy in 3 fractions, "
          "multiphase CT + MRI planning, BodyFIX with abdominal compression, daily CBCT. A PET/CT was ordered "
          "but denied and never obtained (PET must not be counted). Self-contradicting fraction count in the "
          "completion summary.",
    docs=[Doc("b24_19.txt", text=f"""
PENHALLOW LIVER AND RADIATION UNIT
Patient: {patient(19)}    MRN: {mrn(19)}

[Progress Note] 10/02/2026 -- Radiation Oncology -- Constance Ibarra-Whitlock, MD
59 y.o. M, hepatitis C cirrhosis Child-Pugh A5, 2.7 cm HCC in segment VIII (LI-RADS 5), recurrent after TACE 04/2026. Not a transplant or resection candidate (portal hypertension). Plan SBRT 45 Gy in 3 fractions.
Orders: CT simulation with multiphase contrast, liver MRI in treatment position, FDG PET/CT.

[Telephone Note] 10/06/2026 -- Prior auth
PET/CT denied by the payer as not medically necessary for HCC. Per Dr. Ibarra-Whitlock: not needed, proceed without it. PET/CT order cancelled; not obtained.

[Procedure Note] 10/08/2026 -- Simulation
Supine in BodyFIX vacuum bag with abdominal compression belt. Multiphase CT (arterial, portal venous, delayed) 1.5 mm; liver MRI (gadoxetate, hepatobiliary phase) same day, registered to the CT. Tumour excursion 5 mm with compression.

[Plan Note] 10/14/2026
GTV from arterial-phase CT and MRI; PTV = GTV + 5 mm (27.6 cc). Rx 45 Gy in 3 fractions, 15 Gy per fraction, to the 67% isodose line, 2 non-coplanar VMAT arcs, 6 MV FFF, Eclipse, Varian Edge. Liver minus GTV: 700 cc < 15 Gy met (1120 cc); mean liver 11.2 Gy; stomach Dmax 21.9 Gy; duodenum Dmax 19.4 Gy. Physics second check and portal dosimetry passed. -- C. Ibarra-Whitlock MD / physics Y. Marchetti-Boateng

[On-Treatment Note] 10/19/2026 -- Fraction 1/3, 15 Gy. CBCT with fiducial-free soft-tissue and lipiodol match, shift 4 mm superior, approved. Tolerated.
[On-Treatment Note] 10/21/2026 -- Fraction 2/3, 15 Gy (30 Gy cumulative). CBCT approved. Mild nausea, ondansetron.
[On-Treatment Note] 10/23/2026 -- Fraction 3/3, 15 Gy (45 Gy cumulative). CBCT approved. Course complete.

[Completion Summary] 10/23/2026
Segment VIII HCC treated with SBRT, 45 Gy in 5 fractions, Varian Edge, 10/19/2026 - 10/23/2026. Imaging: multiphase CT and MRI. No PET. Tolerated with grade 1 nausea. Labs and multiphase MRI in 6 weeks; hepatology follow-up.
Signed: Constance Ibarra-Whitlock, MD
{FOOT}
""")])

# b24_20 -- ehr_text: GK follow-up visit that also reports a just-finished CyberKnife adrenal course --------------
add(name="b24_20", kind="ehr_text", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("left adrenal", "body", None, 36, 3)],
    categories=cats(plan=False),
    notes="Near-miss true course: a 6-month follow-up note after frame-based Gamma Knife (05/2026, right frontal "
          "20 Gy, history) that also reports the CyberKnife SBRT course to the left adrenal finished last week: "
          "36 Gy in 3 fractions (11/17, 11/19, 11/21), 4DCT fused with PET/CT, three fiducials with Synchrony "
          "tracking at every fraction, Vac-Lok. A surveillance brain MRI is not planning imaging for this course. "
          "Plan category unmet (target and dose but no isodose, beams or planning system).",
    docs=[Doc("b24_20.txt", text=f"""
GLENMORROW CANCER CARE -- RADIATION ONCOLOGY
Follow-Up Visit
Patient: {patient(20)}   MRN: {mrn(20)}   Visit date: 11/25/2026   Provider: Nathaniel Osei-Brandt, MD

REASON FOR VISIT: 6-month follow-up after Gamma Knife radiosurgery; review after completion of adrenal SBRT.

ONCOLOGIC HISTORY:
- 01/2026 stage IV NSCLC (adenocarcinoma, KRAS G12C) with a solitary right frontal brain metastasis and a left adrenal metastasis.
- 05/21/2026 Gamma Knife radiosurgery to the right frontal metastasis (1.7 cm), 20 Gy to the 50% isodose line, single session with a Leksell frame, planned on stereotactic MRI. (Gamma Knife course, Glenmorrow.)
- 06/2026-present carboplatin/pemetrexed/pembrolizumab, then maintenance pemetrexed/pembrolizumab; left adrenal mass enlarging on CT 10/2026 while all other disease responded.

INTERVAL HISTORY:
Since I last saw him he completed CyberKnife SBRT to the left adrenal metastasis last week. Three gold fiducials were placed around the adrenal mass by interventional radiology on 11/03/2026. Simulation on 11/09/2026 in a Vac-Lok bag with a 4DCT, fused with the PET/CT of 10/28/2026 for target delineation; GTV left adrenal 3.4 cm, PTV 5 mm. He received 36 Gy in 3 fractions of 12 Gy on 11/17, 11/19 and 11/21/2026 on the CyberKnife, with Synchrony respiratory tracking of the fiducials throughout each fraction (correlation model error under 2 mm at every fraction). He had mild fatigue and one episode of nausea after the second fraction, now resolved.

Regarding the brain: MRI brain 11/20/2026 shows the treated right frontal lesion reduced to 6 mm with no new lesions. No headaches, no seizures. Off dexamethasone since June.

EXAM: ECOG 1. Alert, fluent speech, no focal deficit. Abdomen soft, non-tender.

ASSESSMENT:
1. Right frontal brain metastasis, 6 months after Gamma Knife: good response.
2. Left adrenal oligoprogression, status post CyberKnife SBRT 36 Gy in 3 fractions completed 11/21/2026, tolerated well.

PLAN:
1. MRI brain every 3 months.
2. CT chest/abdomen/pelvis in 8 weeks to assess the adrenal response.
3. Continue maintenance therapy per Dr. Lachlan Fairbairn.
4. Return in 3 months.

Electronically signed: Nathaniel Osei-Brandt, MD 11/25/2026 15:48
{FOOT}
""")])


CORPUS = Corpus("blind_corpus24", "tests/blind_corpus24", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
