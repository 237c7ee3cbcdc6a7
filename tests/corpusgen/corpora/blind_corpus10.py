"""Tenth blind corpus, ``tests/blind_corpus10/`` (regenerate: ``python scripts/make_corpus.py blind_corpus10``).

Twenty-four courses written without looking at the reader, about the documents around a course and the
wording of other countries and other departments: letters to the referring physician ("Dear Dr ..."),
end-of-treatment summaries written as letters, tumour board / MDT outcome notes (recommendation only),
prior-authorization requests and payer letters (planned treatment only), nursing on-treatment visit
notes, daily treatment notes ("Fx 2/3 delivered, CBCT matched, 0.8 mm shift"), a discharge summary that
mentions a past SRS course; UK, European and Australian conventions ("24 Gy/3#", "5# SABR", dd/mm/yyyy
and dd.mm.yyyy dates, thermoplastic shell, ORFIT, consultant clinical oncologist, stereotactic ablative
body radiotherapy); courses spread over several files, with a document of an earlier course or a later
follow-up visit in the same folder; amendments, addenda, a late entry, a row "entered in error",
superseded reports; eight to twelve brain metastases with the count in words and as a list; a brain
course in 2024 and a spine course now; re-irradiation. Five charts contradict themselves
(``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md. Per-code
consistency and the delivery code are computed from the labelled facts (``corpusgen.rules``; G0339/G0340
robotic linac only, G0340 for sessions 2-5). Every lesion carries its delivered total ``dose_gy`` and
delivered ``fractions``. Standard PDF fonts only; text is ASCII.
"""

# ruff: noqa: E501  (dictated and text documents are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import (
    BulletList,
    KeyValue,
    RuledTable,
    Signature,
)

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

CHARTS = Charts()
add = CHARTS.add


FIRST = ["ALBA", "BRENDAN", "CERIDWEN", "DECLAN", "EILIDH", "FERGUS", "GWYNETH", "HAMISH", "IVOR", "JASPER",
         "KEIRA", "LACHLAN", "MAIRI", "NIAMH", "ORLA", "PADRAIG", "QUENTIN", "ROISIN", "SEAMUS", "TAMSIN",
         "UNA", "VAUGHAN", "WINIFRED", "YVAINE"]


def patient(n: int) -> str:
    return f"TENPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-100{n:02d}"


def hdr(clinic: str, n: int, extra: str = "") -> list[str]:
    line2 = f"Patient: {patient(n)}    MRN: {mrn(n)}" + (f"    {extra}" if extra else "")
    return [clinic, line2]


def uk_hdr(trust: str, n: int, nhs: str) -> list[str]:
    """A UK letterhead line and the patient line with an (invented) hospital number."""
    return [trust, f"{patient(n)}   Hosp No {mrn(n)}   NHS No {nhs}"]


def txt_head(n: int, title: str, extra: str = "") -> str:
    return f"PATIENT: {patient(n)}   MRN: {mrn(n)}{('   ' + extra) if extra else ''}\n{title}\n"


# --------------------------------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------------------------------


# ==================================================================================================
# charts
# ==================================================================================================

# b10_01 -- UK bundle: clinic letter, SABR plan, treatment record, end-of-treatment letter, follow-up letter
_t = "EASTBROOK HOSPITALS NHS FOUNDATION TRUST - Department of Clinical Oncology"
_u = dict(header=uk_hdr(_t, 1, "943 476 5919"), font="Times-Roman", page_numbers=None)
add(name="b10_01", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe", "body", None, 54, 3)],
    categories=cats(),
    notes="UK bundle of five files: new-patient letter to the referring chest physician ('Dear Dr Whitcombe'), "
          "SABR planning summary (4DCT in a vacuum bag, PET-CT co-registered for delineation, Versa HD, Monaco "
          "VMAT), treatment record (three dd/mm/yyyy dates, XVI CBCT), end-of-treatment letter '54 Gy/3#', and a "
          "3-month follow-up letter whose surveillance CT and a possible future '55 Gy/5#' for a new nodule are "
          "not part of this course.",
    docs=[
        Doc("1_new_patient_letter.pdf", [[
            P("Clinic date: 03/02/2026        Typed: 04/02/2026"),
            P("Dr A. Whitcombe, Consultant Respiratory Physician, Chest Unit, Eastbrook General Hospital"),
            P("Dear Dr Whitcombe,"),
            P("Re: Mrs Alba Tenpatient, Hosp No SYN-10001"),
            KeyValue([("Diagnosis", "Peripheral right upper lobe NSCLC (adenocarcinoma on CT-guided biopsy "
                                    "21/01/2026), 1.9 cm, T1bN0M0 on PET-CT 14/01/2026"),
                      ("WHO PS", "1"), ("Plan", "SABR 54 Gy in 3 fractions, alternate days")], value_x=90),
            P("Thank you for referring this 78-year-old lady, whom I saw today with her daughter. Her FEV1 is "
              "0.9 L (41% predicted) and TLCO 38%, and after discussion at the lung MDT on 28/01/2026 she was "
              "felt to be high risk for lobectomy; she would in any case prefer to avoid surgery."),
            P("I have explained stereotactic ablative body radiotherapy (SABR) in detail, including the risks "
              "of fatigue, chest wall pain and rib fracture (about 5%), and pneumonitis. She is keen to proceed "
              "and has signed consent. She will attend for a 4DCT planning scan next week."),
            P("Yours sincerely,"),
            Signature("Dr H. Moorcroft  MRCP FRCR, Consultant Clinical Oncologist"),
            P("cc: Dr P. Naylor (GP), Mrs A. Tenpatient"),
        ]], opts=_u),
        Doc("2_sabr_planning_summary.pdf", [[
            H1("Lung SABR - Planning Summary"),
            KeyValue([("Planning CT", "4DCT 10/02/2026, 2 mm slices, 10 phases, free breathing"),
                      ("Immobilisation", "Vacuum bag (Vac-Fix), arms up on WingSTEP, knee rest"),
                      ("Registration", "PET-CT 14/01/2026 co-registered for GTV delineation"),
                      ("Volumes", "ITV from MIP and all phases; PTV = ITV + 5 mm"),
                      ("Linac / TPS", "Elekta Versa HD 6 MV FFF / Monaco 6.1, 2 VMAT arcs"),
                      ("Prescription", "54 Gy in 3 fractions, 18 Gy per fraction, to the 80% isodose")],
                     value_x=110),
            RuledTable([("Structure", "Objective", "Achieved"),
                        ("PTV D95%", ">= 54 Gy", "54.1 Gy"), ("PTV D0.1cc", "<= 140%", "131%"),
                        ("Chest wall D30cc", "< 30 Gy", "26.8 Gy"), ("Spinal canal D0.1cc", "< 18 Gy", "7.9 Gy"),
                        ("Lungs-ITV V20Gy", "< 10%", "4.2%"), ("Oesophagus D0.5cc", "< 24 Gy", "6.3 Gy")]),
            P("Independent dose check (RadCalc) -1.1%; patient-specific QA ArcCHECK gamma 99.2% (2%/2 mm). "
              "Plan checked by clinical scientist and approved by consultant."),
            sig("Dr H. Moorcroft 12/02/2026; R. Kaur, Clinical Scientist (MPE) 13/02/2026"),
        ]], opts=_u),
        Doc("3_treatment_record.pdf", [[
            H1("SABR Treatment Record (MOSAIQ print)"),
            RuledTable([("#", "Date", "Dose (Gy)", "Cum. (Gy)", "Pre-tx XVI CBCT", "Couch shift (mm)", "Checked"),
                        ("1", "16/02/2026", "18", "18", "4D CBCT, ITV match", "2.4 / 0.9 / 1.8", "HM / RT"),
                        ("2", "18/02/2026", "18", "36", "4D CBCT, ITV match", "1.1 / 0.4 / 2.0", "HM / RT"),
                        ("3", "20/02/2026", "18", "54", "4D CBCT, ITV match", "0.7 / 1.2 / 0.3", "JS / RT")]),
            P("Each CBCT match reviewed by the treating clinician before beam-on. No interruptions. Treatment "
              "completed 20/02/2026."),
        ]], opts=_u),
        Doc("4_end_of_treatment_letter.pdf", [[
            P("20/02/2026"),
            P("Dear Dr Whitcombe,"),
            P("Re: Mrs Alba Tenpatient - end of SABR treatment"),
            P("Mrs Tenpatient completed stereotactic ablative body radiotherapy to her right upper lobe tumour "
              "today: 54 Gy/3# delivered 16/02/2026 - 20/02/2026 on the Versa HD, with 4D cone-beam CT before "
              "every fraction. She had mild fatigue only. I will see her in clinic with a CT thorax in three "
              "months."),
            P("With kind regards,"),
            Signature("Dr H. Moorcroft, Consultant Clinical Oncologist"),
        ]], opts=_u),
        Doc("5_follow_up_letter.txt", text="""
EASTBROOK HOSPITALS NHS FOUNDATION TRUST - Department of Clinical Oncology
Clinic date 19/05/2026

Dear Dr Whitcombe

Re: Mrs Alba Tenpatient, Hosp No SYN-10001

I reviewed Mrs Tenpatient today, three months after SABR. CT thorax 12/05/2026 shows a good partial response of the treated right upper lobe tumour with expected consolidation. There is a new 7 mm nodule in the left lower lobe which is too small to characterise. I have asked for a repeat CT in 3 months; if it grows and PET is positive we might consider SABR 55 Gy/5# to it, but nothing is planned for now.

Yours sincerely

Dr H. Moorcroft, Consultant Clinical Oncologist

""" + FOOT + "\n"),
    ])

# b10_02 -- MDT outcome note: recommendation only (hard negative) ----------------------------------------
add(name="b10_02", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Lung MDT (tumour board) outcome note only: recommends SABR 40 Gy in 5# to a left adrenal metastasis "
          "(linac or CyberKnife, to be decided at consultation) and lists a previous SABR course to the right "
          "upper lobe in 2024. The PET-CT is a diagnostic restaging scan. No course delivered here: facts "
          "null/empty, all codes inconsistent, no delivery code.",
    docs=[Doc("b10_02.pdf", [[
        H1("Thoracic Oncology Multidisciplinary Team Meeting - Outcome"),
        KeyValue([("Meeting date", "11/03/2026"), ("Chair", "Dr F. Olatunji (Respiratory)"),
                  ("Present", "Thoracic surgery, clinical oncology (Dr J. Sandhu), radiology, pathology, CNS"),
                  ("Patient", f"{patient(2)}   {mrn(2)}   DOB 09/07/1957")], value_x=100),
        H2("Clinical summary"),
        P("NSCLC (squamous) of the right upper lobe treated with SABR 54 Gy/3# in 05/2024 with local control. "
          "Restaging PET-CT 02/03/2026: new FDG-avid left adrenal nodule 2.6 cm (SUVmax 9.4), no other sites. "
          "Adrenal biopsy not feasible. ECOG 1. Discussed as oligoprogression."),
        H2("Radiology review"),
        P("Left adrenal lesion 26 x 21 mm, washout characteristics not typical of adenoma. Right upper lobe "
          "post-SABR fibrosis, stable."),
        H2("MDT outcome / recommendation"),
        BulletList(["Oligometastatic progression: recommend SABR to the left adrenal, 40 Gy in 5#, subject to "
                    "clinical oncology review (linac or CyberKnife to be decided at consultation).",
                    "Refer to Dr J. Sandhu, clinical oncology, for consent and planning (4DCT with IV contrast).",
                    "Continue pembrolizumab; repeat PET-CT 3 months after any local treatment."], numbered=True),
        P("Outcome agreed by the MDT. This is a recommendation only; treatment decisions are made with the "
          "patient in clinic."),
        Signature("MDT coordinator: L. Pryce    Outcome verified: Dr F. Olatunji 11/03/2026"),
    ]], opts=dict(header=["WESTMERE CANCER CENTRE", "MDT Outcome Form  v4.2"], font="Helvetica"))])

# b10_03 -- prior-authorization request and payer approval: planned treatment only -------------------------
add(name="b10_03", kind="pdf", codes=["77373", "77435", "63620", "63621"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Prior-authorization request to a payer (planned CPT lines, planned spine SBRT 30 Gy in 5 fractions to "
          "T11 and L1, planned simulation and MRI) and the payer's approval letter with its authorization number, "
          "units and validity dates. Only planned treatment: facts null/empty, all codes inconsistent.",
    docs=[Doc("b10_03.pdf", [[
        H1("Request for Prior Authorization - Radiation Therapy"),
        KeyValue([("To", "Summit Crest Health Plan, Utilization Management (fax 555-0148)"),
                  ("From", "Lakeshore Radiation Oncology, NPI 1999999999"),
                  ("Member", f"{patient(3)}  Member ID SCH-4471902  DOB 03/22/1961"),
                  ("Ordering physician", "Dr. M. Castellanos, Radiation Oncology"),
                  ("Diagnosis", "C79.51 Secondary malignant neoplasm of bone; C64.1 RCC right kidney"),
                  ("Request date", "04/02/2026"), ("Anticipated start", "04/20/2026")], value_x=120),
        H2("Planned treatment"),
        P("Stereotactic body radiation therapy to T11 and L1 vertebral metastases (renal cell carcinoma, "
          "radioresistant histology), planned 30 Gy in 5 fractions to each level on a TrueBeam with CBCT "
          "guidance. Simulation with a vacuum immobilization cushion and MRI of the thoracolumbar spine for "
          "fusion will be scheduled after approval."),
        RuledTable([("CPT / HCPCS", "Description", "Units requested"),
                    ("77263", "Clinical treatment planning, complex", "1"),
                    ("77290", "Simulation, complex", "1"),
                    ("77301", "IMRT plan", "1"),
                    ("77373", "SBRT delivery, per fraction", "5"),
                    ("77435", "SBRT management, per course", "1"),
                    ("63620 / 63621", "Spinal SRS, first / additional lesion", "1 / 1")]),
        P("Clinical rationale: painful T11 and L1 lesions, ECOG 1, no prior radiation to the spine, limited "
          "systemic disease on cabozantinib."),
        Signature("Submitted by: K. Duarte, CPC, Authorization Coordinator, 04/02/2026"),
    ], [
        H1("Summit Crest Health Plan - Determination Letter"),
        P("April 9, 2026"),
        P("Dear Dr. Castellanos,"),
        P("We have reviewed the request for SBRT for the member named above. The request is APPROVED as "
          "medically necessary. Authorization number UM-26-0093317 covers CPT 77373 x 5 units and 77435 x 1 "
          "unit, with the associated planning codes, for dates of service 04/13/2026 through 07/12/2026."),
        P("This approval is not a guarantee of payment. Benefits are determined at the time the claim is "
          "processed and depend on eligibility and the services actually provided."),
        P("Sincerely,"),
        Signature("R. Beaumont, RN, Utilization Review Nurse, for the Medical Director"),
    ]], opts=dict(header=["PRIOR AUTHORIZATION PACKET", f"{patient(3)}   {mrn(3)}"], font="Helvetica"))])

# b10_04 -- bundle: spine SBRT plan, daily treatment notes, nursing on-treatment visit notes ----------------
add(name="b10_04", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Bundle: spine SBRT plan (T9 with epidural extension abutting the thecal sac, 27 Gy in 3 fx), daily "
          "therapist/physician treatment notes in short form ('Fx 2/3 delivered, CBCT matched, 0.8 mm shift') "
          "and nursing on-treatment visit notes (pain scores, dexamethasone 4 mg, weight 72.4 kg, 'Fx 2 of 3 "
          "today'). Shifts, pain scores, drug doses and weights are not doses; T8/T10 are neighbours.",
    docs=[
        Doc("1_sbrt_plan.pdf", [[
            H1("Spine SBRT Treatment Plan"),
            KeyValue([("Target", "T9 vertebral body and left pedicle; epidural component abutting the thecal "
                                 "sac (Bilsky 1b)"),
                      ("Histology", "Metastatic melanoma"),
                      ("Simulation", "04/07/2026 CT 1 mm, supine in BodyFIX with vacuum wrap"),
                      ("MRI", "MRI T-spine 04/03/2026 (T1, T2, T1+C) fused rigidly to the planning CT"),
                      ("Rx", "27 Gy in 3 fractions (9 Gy/fx) to PTV_T9, D90 >= 27 Gy"),
                      ("Technique", "Eclipse 16.1, 2 full VMAT arcs, 6X-FFF, TrueBeam STx")], value_x=90),
            RuledTable([("OAR", "Limit (3 fx)", "Plan"), ("Cord PRV Dmax", "< 21.9 Gy", "19.8 Gy"),
                        ("Esophagus D5cc", "< 21 Gy", "14.2 Gy"), ("T8 / T10 bodies", "-", "not targeted")]),
            P("Physics second check (MU) 1.6%; portal dosimetry 99.5% at 2%/2 mm. Plan reviewed with DVHs."),
            sig("N. Abernathy, MD 04/09/2026; S. Pruitt, MS, DABR 04/09/2026"),
        ]], opts=dict(header=hdr("RIVERBEND CANCER CENTER - Radiation Oncology", 4), font="Helvetica")),
        Doc("2_daily_treatment_notes.txt", text=txt_head(4, "DAILY TREATMENT NOTES - SBRT T9 (ARIA journal export)") + """
04/13/2026 09:12  Fx 1/3 delivered. CBCT matched to T9 vertebral body, 0.8 mm shift lat, 1.2 mm vrt, pitch 0.4 deg (6DoF). MD at console, images approved. 9 Gy. -- J. Reyes RTT / N. Abernathy MD
04/15/2026 10:40  Fx 2/3 delivered. CBCT matched, 0.6 mm shift, no rotations > 1 deg. Images approved by MD before beam on. Cum 18 Gy. -- J. Reyes RTT / N. Abernathy MD
04/17/2026 08:55  Fx 3/3 delivered. CBCT matched, 1.1 mm shift long. Images approved. Course complete: T9 27 Gy in 3 fractions. -- P. Okoro RTT / N. Abernathy MD

""" + FOOT + "\n"),
        Doc("3_nursing_otv_notes.txt", text=txt_head(4, "NURSING ON-TREATMENT VISIT NOTES") + """
04/13/2026  RN note. First SBRT fraction today. Pt reports back pain 6/10, took oxycodone 5 mg at 07:00. Dexamethasone 4 mg PO given 1 hr pre-treatment per order. Wt 72.4 kg. Reviewed skin care and fatigue. Pt asked when his next brain MRI is; due 05/2026 with neuro-oncology. -- T. Langley RN

04/15/2026  RN note. Fx 2 of 3 today. Pain 4/10. Mild nausea last evening, ondansetron 8 mg prn effective. Wt 72.1 kg. No new neuro sx, ambulating independently. -- T. Langley RN

04/17/2026  RN note. Final fraction today. Pain 3/10. Discharge teaching: pain flare possible in the next 48 h, continue dexamethasone taper 4 mg x 2 days then 2 mg x 2 days. Follow-up MRI spine in 8 weeks. -- M. Ostrowski RN

""" + FOOT + "\n"),
    ])

# b10_05 -- discharge summary mentioning a past SRS course (hard negative) --------------------------------
add(name="b10_05", kind="text", codes=["77371", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hospital medicine discharge summary (admission for pneumonia) whose history mentions Gamma Knife "
          "radiosurgery in 09/2024 to three brain metastases (18-20 Gy, frame). The MRI of this admission is "
          "diagnostic. No course in this document: facts null/empty, all codes inconsistent.",
    docs=[Doc("b10_05.txt", text="""
ST. ALDHELM REGIONAL MEDICAL CENTER - HOSPITAL MEDICINE
DISCHARGE SUMMARY

Patient: TENPATIENT, EILIDH        MRN: SYN-10005        DOB: 11/30/1958
Admit date: 05/02/2026     Discharge date: 05/06/2026
Attending: R. Halvorsen, MD (Hospitalist)
PCP: L. Marchetti, MD

PRINCIPAL DIAGNOSIS: Community-acquired pneumonia, right lower lobe (J18.9)
SECONDARY DIAGNOSES: Non-small cell lung cancer, stage IV (C34.91); brain metastases (C79.31), treated; COPD (J44.9); type 2 diabetes (E11.9)

HISTORY OF PRESENT ILLNESS:
67 y/o woman with stage IV NSCLC on maintenance pemetrexed, presented with 3 days of fever 38.9 C, productive cough and SpO2 86% on room air. Oncologic history: diagnosed 06/2024; three brain metastases treated with Gamma Knife radiosurgery on 09/18/2024 (Leksell frame; 20 Gy to the left frontal and right parietal lesions and 18 Gy to a left cerebellar lesion, per the outside records); no intracranial progression since.

HOSPITAL COURSE:
1. Pneumonia: CXR and CT chest 05/02/2026 showed RLL consolidation. Treated with ceftriaxone and azithromycin, transitioned to cefpodoxime on 05/05. Weaned to room air.
2. Headache on day 2: MRI brain with and without contrast 05/03/2026: treated lesions stable/decreased, no new metastases, no hemorrhage. Headache resolved with acetaminophen.
3. Diabetes: insulin sliding scale; A1c 7.4%.

DISCHARGE MEDICATIONS: cefpodoxime 200 mg BID x 5 days; home medications unchanged.

FOLLOW-UP:
- Radiation oncology (Dr. S. Whitfield) as scheduled 06/2026 with surveillance MRI; no further radiosurgery is planned at this time.
- Medical oncology in 2 weeks.

Electronically signed: R. Halvorsen, MD 05/06/2026 16:48

""" + FOOT + "\n")])

# b10_06 -- bundle: spine SBRT now, with the 2024 Gamma Knife summary in the same folder ---------------------
add(name="b10_06", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 2, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T12", "spinal", None, 24, 2), L("L2", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Two courses in one folder: a 2024 Gamma Knife summary (frame, four brain metastases, 20/18 Gy, "
          "single session) that must not count, and this course: spine SBRT to T12 and L2, 24 Gy in 2 "
          "fractions each on a TrueBeam, BodyFIX, CT + MRI spine. The claimed codes are for the spine course; "
          "the brain lesions, the frame, the 2024 MRI and 77371-type facts belong to the old course.",
    docs=[
        Doc("1_consult_2026.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Date", "06/01/2026"), ("Referring", "Dr. P. Iyer, GU Medical Oncology"),
                      ("Diagnosis", "Metastatic clear cell RCC; C79.51 T12 and L2")], value_x=90),
            P("Oncologic history: left nephrectomy 2022. Brain metastases x4 treated with Gamma Knife "
              "radiosurgery 02/14/2024 (see prior summary), intracranial control since. Now mechanical low back "
              "pain; MRI T-L spine 05/20/2026: T12 and L2 vertebral body metastases, the T12 lesion with "
              "epidural extension contacting the thecal sac; L2 involving the posterior body and pedicle. KPS 80, "
              "SINS 7 (stable)."),
            P("Recommendation: SBRT 24 Gy in 2 fractions to T12 and to L2 (radioresistant histology). Risks "
              "including vertebral compression fracture (~10-15%) and pain flare discussed; consent signed."),
            sig("A. Delacroix, MD 06/01/2026"),
        ]], opts=dict(header=hdr("HARBORVIEW ONCOLOGY ASSOCIATES", 6), font="Helvetica")),
        Doc("2_prior_course_2024_gamma_knife_summary.pdf", [[
            H1("Gamma Knife Radiosurgery - Treatment Summary"),
            P("Date of procedure: 02/14/2024. Leksell Gamma Knife Perfexion. Leksell G frame applied under local "
              "anesthesia (4 pins); stereotactic MRI with contrast and CT fused in GammaPlan."),
            RuledTable([("Target", "Volume (cc)", "Margin dose", "Isodose", "Max dose"),
                        ("Right frontal", "0.41", "20 Gy", "50%", "40 Gy"),
                        ("Left parietal", "0.88", "20 Gy", "50%", "40 Gy"),
                        ("Right cerebellar", "1.62", "18 Gy", "50%", "36 Gy"),
                        ("Left occipital", "0.19", "20 Gy", "50%", "40 Gy")]),
            P("All four lesions treated in a single session. Frame removed, discharged same day."),
            sig("A. Delacroix, MD (Radiation Oncology); B. Stroud, MD (Neurosurgery) 02/14/2024"),
        ]], opts=dict(header=hdr("HARBORVIEW ONCOLOGY ASSOCIATES", 6, "PRIOR COURSE - 2024"), font="Times-Roman")),
        Doc("3_spine_plan_and_treatment_record.pdf", [[
            H1("SBRT - Spine: Plan and Treatment Record"),
            KeyValue([("Simulation", "06/08/2026: CT 1.25 mm, supine, BodyFIX vacuum cushion with wrap, arms on "
                                     "chest"),
                      ("Image fusion", "MRI T-L spine 05/20/2026 (T1, T2, STIR) fused to planning CT"),
                      ("Machine", "Varian TrueBeam, 6X-FFF, 2 VMAT arcs per isocenter"),
                      ("Planning", "Eclipse; two isocenters, one per level")], value_x=100),
            RuledTable([("Target", "Rx", "Dose/fx", "Cord / cauda max", "PTV V100")
                        , ("PTV_T12", "24 Gy / 2 fx", "12 Gy", "Cord PRV 16.4 Gy", "91%"),
                        ("PTV_L2", "24 Gy / 2 fx", "12 Gy", "Cauda 17.8 Gy", "94%")]),
            RuledTable([("Fx", "Date", "T12 (Gy)", "L2 (Gy)", "IGRT", "Approved")
                        , ("1", "06/15/2026", "12", "12", "CBCT each iso, 6DoF", "AD"),
                        ("2", "06/17/2026", "12", "12", "CBCT each iso, 6DoF", "AD")]),
            P("Physics: independent MU check and portal QA passed for both plans."),
            sig("A. Delacroix, MD 06/17/2026; C. Ngo, PhD, DABR 06/12/2026"),
        ]], opts=dict(header=hdr("HARBORVIEW ONCOLOGY ASSOCIATES", 6), font="Helvetica")),
        Doc("4_completion_note.txt", text=txt_head(6, "COMPLETION NOTE - SBRT SPINE", "06/17/2026") + """
Completed SBRT: T12 24 Gy in 2 fractions and L2 24 Gy in 2 fractions, 06/15/2026 and 06/17/2026, TrueBeam with CBCT before each fraction. Tolerated well, mild pain flare after fx 1 managed with dexamethasone. Follow-up MRI spine in 3 months; brain MRI surveillance continues for the 2024 Gamma Knife lesions.

A. Delacroix, MD

""" + FOOT + "\n"),
    ])

# b10_07 -- eleven brain metastases, count in words and a numbered list, 'the third lesion' -----------------
_eleven = [("1", "Right frontal (superior frontal gyrus)", "0.6", "20"), ("2", "Left frontal (precentral)", "0.8", "20"),
           ("3", "Left occipital", "2.1", "18"), ("4", "Right parietal", "0.5", "20"), ("5", "Right temporal", "0.9", "20"),
           ("6", "Left cerebellar hemisphere", "1.2", "20"), ("7", "Right cerebellar hemisphere", "0.4", "20"),
           ("8", "Left insula", "0.7", "20"), ("9", "Right occipital", "0.6", "20"), ("10", "Left parietal", "1.0", "20"),
           ("11", "Right caudate head", "0.5", "20")]
add(name="b10_07", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 11, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L(f"{n} {site.lower()}", "cranial", S, float(d), 1) for n, site, _, d in _eleven],
    categories=cats(),
    notes="Single-isocenter HyperArc SRS to eleven metastases in one session; the count is written in words "
          "('eleven') and as a numbered list, and the narrative refers to 'the third lesion' (left occipital, "
          "2.1 cm, 18 Gy). All simple (largest 2.1 cm, none near the optic apparatus or in the brainstem). "
          "Numbers with other roles: lesion numbers 1-11, sizes, V12 brain, 4 arcs, isocenter count.",
    docs=[Doc("b10_07.pdf", [[
        H1("Stereotactic Radiosurgery - Procedure and Summary"),
        KeyValue([("Date of treatment", "07/09/2026"), ("Unit", "Varian TrueBeam with HyperArc"),
                  ("Immobilization", "Encompass SRS thermoplastic mask, indexed"),
                  ("Diagnosis", "C79.31; primary C50.912 (HER2+ breast cancer)")], value_x=110),
        P("Ms. Tenpatient has eleven brain metastases on the volumetric MRI of 07/01/2026 (1 mm T1 post-gadolinium, "
          "fused to the planning CT of 07/02/2026 acquired in the mask). All eleven were contoured and treated in a "
          "single session with one isocenter and four non-coplanar arcs. The third lesion (left occipital) is the "
          "largest at 2.1 cm and was prescribed 18 Gy; the remaining ten lesions received 20 Gy each."),
        RuledTable([("#", "Location", "Max diam (cm)", "Rx (Gy) x 1")] + [list(r) for r in _eleven]),
        P("Brain minus GTVs V12 = 9.6 cc; brainstem Dmax 6.2 Gy; optic chiasm Dmax 2.1 Gy; no lesion lies "
          "within 5 mm of the optic apparatus or in the brainstem. Plan (Eclipse HyperArc, 6X-FFF) reviewed "
          "with the DVHs; physics independent MU check 0.9% and portal dosimetry 98.7% passed."),
        H2("Delivery"),
        P("07/09/2026: CBCT plus OSMS surface monitoring, 6DoF couch corrections approved by the physician; "
          "intrafraction surface motion < 0.5 mm. All eleven lesions treated in 1 fraction, 61 min on couch."),
        sig("V. Abernethy-Cole, MD (Radiation Oncology) 07/09/2026; D. Fenwick, MS, DABR 07/09/2026"),
    ]], opts=dict(header=hdr("COASTAL NEURO-ONCOLOGY RADIOSURGERY CENTER", 7), font="Helvetica"))])

# b10_08 -- Gamma Knife frame, nine mets, one in the pons (complex); 61799 claimed without a 2nd complex -----
_nine = [("A", "Left frontal pole", "0.7", "20", "50"), ("B", "Right precentral", "0.5", "20", "50"),
         ("C", "Pons (right paramedian)", "0.6", "15", "50"), ("D", "Left temporal", "1.1", "20", "50"),
         ("E", "Right occipital", "0.9", "20", "50"), ("F", "Left cerebellum", "1.8", "18", "50"),
         ("G", "Right thalamus", "0.4", "18", "50"), ("H", "Left parietal", "0.8", "20", "50"),
         ("I", "Right frontal", "0.6", "20", "55")]
add(name="b10_08", kind="pdf", codes=["77371", "77432", "61798", "61797", "61799", "61800"],
    facts=F("cobalt60", ["cranial"], 9, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L(f"{t} {site.lower()}", "cranial", C if t == "C" else S, float(d), 1) for t, site, _, d, _ in _nine],
    categories=cats(),
    notes="Gamma Knife Perfexion with a Leksell G frame, nine metastases ('nine', and targets A-I) in one session; "
          "target C is in the pons (complex), the other eight are simple: 61798 first, 61797 for the additional "
          "simple lesions, 61799 inconsistent (only one complex lesion). Max doses (2x margin), isodose %, shot "
          "counts and beam-on minutes are not doses; lettered targets A-I are not anatomy.",
    docs=[Doc("b10_08.pdf", [[
        H1("Gamma Knife Radiosurgery Report"),
        KeyValue([("Procedure date", "08/04/2026"), ("Unit", "Leksell Gamma Knife Perfexion"),
                  ("Neurosurgeon", "G. Albrecht, MD"), ("Radiation oncologist", "O. Mensah, MD"),
                  ("Physicist", "H. Lindqvist, PhD")], value_x=120),
        H2("Frame application"),
        P("Leksell G frame applied at 07:10 under local anesthesia (lidocaine/bupivacaine) with four pins; "
          "tolerated well."),
        H2("Imaging and planning"),
        P("Stereotactic MRI (1 mm T1 MPRAGE with double-dose gadolinium) and stereotactic CT with the frame "
          "and fiducial box, fused in Leksell GammaPlan 11.3. Nine metastases were identified and labelled A "
          "through I. Target C lies in the right paramedian pons."),
        RuledTable([("Target", "Location", "Diam (cm)", "Margin dose (Gy)", "IDL (%)", "Max (Gy)", "Shots")]
                   + [[t, s, dm, d, i, f"{float(d) * 100 / float(i):.1f}", str(k)] for k, (t, s, dm, d, i) in
                      zip([3, 2, 4, 5, 4, 9, 2, 3, 2], _nine)]),
        P("Brainstem Dmax 15.4 Gy (target C inside); optic chiasm Dmax 3.0 Gy; cochleae < 4 Gy. Total "
          "beam-on time 112 min at a dose rate of 2.61 Gy/min."),
        H2("Treatment"),
        P("Frame coordinates verified with the Leksell coordinate check before treatment; physics verified "
          "the shot matrix and treatment times (second check 0.6%). All nine targets treated in a single "
          "session on 08/04/2026. Frame removed at 11:40, pin sites dressed, discharged home."),
        sig("G. Albrecht, MD; O. Mensah, MD; H. Lindqvist, PhD 08/04/2026"),
    ]], opts=dict(header=hdr("ST. BRIGID NEUROSCIENCE INSTITUTE - Gamma Knife Center", 8), font="Times-Roman"))])

# b10_09 -- dictated, Australian prostate SABR 36.25 Gy/5#, gold seeds, hydrogel spacer ------------------------
add(name="b10_09", kind="dictated", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Dictated Australian completion letter ('full stop', 'new paragraph', FRANZCR, dd/mm/yyyy): prostate "
          "SABR 36.25 Gy in 5# (7.25 Gy per fraction) on a TrueBeam, three gold seeds used for kV matching, a "
          "SpaceOAR hydrogel spacer (not immobilisation), MRI fused to the planning CT; the staging bone scan, "
          "PSA values and Gleason score are not planning imaging or doses.",
    docs=[Doc("b10_09.txt", text="""
ILLAWARRA COAST RADIATION ONCOLOGY
Typed from dictation - DS/kp   Date typed: 27/03/2026

Dr G. Pemberton
Urology Rooms, 14 Keira Street, Wollongong NSW

Dear Greg comma

Re colon Mr Ivor TENPATIENT   DOB 04/10/1953   URN SYN-10009

Thank you for referring Ivor full stop He has now completed stereotactic ablative body radiotherapy for his favourable intermediate risk prostate cancer comma Gleason 3 plus 4 equals 7 comma PSA 8.4 comma T2a on MRI full stop Staging bone scan was negative full stop new paragraph

Three gold seed fiducial markers were inserted transperineally on 16/02/2026 together with a SpaceOAR hydrogel spacer full stop He had his planning CT on 24/02/2026 with a comfortably full bladder and empty rectum comma and the planning MRI prostate of the same day was fused to the CT for contouring full stop We treated the prostate to thirty six point two five gray in five fractions comma that is 7.25 Gy per fraction comma on alternate weekdays on the TrueBeam comma with a VMAT plan in Eclipse comma two arcs comma prescription covering 95 percent of the PTV full stop Rectum V36 was 0.4 cc and bladder V37 2.1 cc full stop Physics checked the plan and the patient specific QA passed full stop new paragraph

Fractions were given on 09/03 comma 11/03 comma 13/03 comma 16/03 and 18/03/2026 full stop Before each fraction the gold seeds were matched on orthogonal kV images and a CBCT was reviewed for rectal filling comma with online correction full stop All 5 fractions were delivered comma 36.25 Gy total full stop Mild urinary frequency only comma IPSS 9 from a baseline of 6 full stop new paragraph

I will see him with a PSA in three months full stop He will remain on no ADT full stop

Kind regards comma

Dr D. Sorensen  MBBS FRANZCR
Radiation Oncologist

""" + FOOT + "\n")])

# b10_10 -- bundle: CyberKnife liver, prescription amendment (3 -> 5 fx), late entry, letter -----------------
add(name="b10_10", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("liver segment VII (HCC)", "body", None, 50, 5)],
    categories=cats(),
    notes="Bundle: consult, a prescription AMENDMENT (the original 45 Gy in 3 fractions was amended before "
          "treatment to 50 Gy in 5 because of the bowel), the CyberKnife treatment record (5 fractions, "
          "Synchrony fiducial tracking, 3 gold fiducials, Vac-Lok), a LATE ENTRY note for fraction 2 and a "
          "completion letter. The superseded 45 Gy/3 is not the delivered course; not a contradiction. G0339 "
          "(session 1) and G0340 (sessions 2-5) fit a robotic course.",
    docs=[
        Doc("1_consult.pdf", [[
            H1("Radiation Oncology Consultation - CyberKnife Program"),
            P("Date 02/23/2026. 71 y/o man with hepatitis C cirrhosis, Child-Pugh A6, and a 3.1 cm HCC in "
              "segment VII (LI-RADS 5) that recurred after TACE x2 (last 11/2025). Not a transplant or "
              "resection candidate; RFA declined by IR because of the subcapsular location near the "
              "diaphragm. ECOG 1. Recommend CyberKnife SBRT with fiducials."),
            sig("Y. Haddad, MD 02/23/2026"),
        ]], opts=dict(header=hdr("MERIDIAN HEALTH - CYBERKNIFE CENTER", 10), font="Helvetica")),
        Doc("2_prescription_amendment.pdf", [[
            H1("PRESCRIPTION AMENDMENT"),
            KeyValue([("Original prescription", "45 Gy in 3 fractions (15 Gy/fx), signed 03/06/2026"),
                      ("Amended prescription", "50 Gy in 5 fractions (10 Gy/fx) to PTV_HCC, 70% isodose"),
                      ("Date of amendment", "03/09/2026 (before the first fraction)"),
                      ("Reason", "Hepatic flexure within 6 mm of the PTV; small bowel D5cc could not be met "
                                 "in 3 fractions")], value_x=130),
            P("Imaging: triphasic planning CT 03/04/2026 (1.25 mm, exhale breath-hold and free breathing) and "
              "MRI liver with gadoxetate 03/02/2026 fused in Precision. Three gold fiducials placed by IR "
              "02/27/2026. Plan: 162 non-isocentric beams, Iris collimator, liver minus GTV 700 cc < 15 Gy met."),
            P("The 3-fraction plan is retired and must not be treated."),
            sig("Y. Haddad, MD 03/09/2026; physics re-plan and second check: E. Vos, MS, DABR 03/09/2026"),
        ]], opts=dict(header=hdr("MERIDIAN HEALTH - CYBERKNIFE CENTER", 10), font="Helvetica")),
        Doc("3_treatment_record.pdf", [[
            H1("CyberKnife M6 - Treatment Record (iDMS)"),
            P("Setup: supine in Vac-Lok cushion. Tracking: Synchrony respiratory tracking with fiducials "
              "(3 seeds). Plan HCC_50Gy_5fx_v2."),
            RuledTable([("Fx", "Date", "Dose (Gy)", "Cum (Gy)", "Model error (mm)", "Beams", "MD/Phys"),
                        ("1", "03/16/2026", "10", "10", "1.4", "162", "YH / EV"),
                        ("2", "03/18/2026", "10", "20", "2.1", "162", "YH / EV"),
                        ("3", "03/20/2026", "10", "30", "1.6", "162", "YH / EV"),
                        ("4", "03/23/2026", "10", "40", "1.2", "162", "YH / EV"),
                        ("5", "03/25/2026", "10", "50", "1.5", "162", "YH / EV")]),
        ]], opts=dict(header=hdr("MERIDIAN HEALTH - CYBERKNIFE CENTER", 10), font="Courier", font_size=9)),
        Doc("4_late_entry_fx2.txt", text=txt_head(10, "LATE ENTRY - PHYSICIAN NOTE", "Written 03/20/2026 for DOS 03/18/2026") + """
LATE ENTRY for 03/18/2026 (fraction 2 of 5), documented 03/20/2026 because the original note was not saved.

During fraction 2 the Synchrony correlation model error rose to 2.1 mm after a cough; treatment was paused, the model rebuilt with 3 new orthogonal image pairs, and treatment resumed after I reviewed the fiducial alignment. The full 10 Gy was delivered.

Y. Haddad, MD   electronically signed 03/20/2026 14:02

""" + FOOT + "\n"),
        Doc("5_completion_letter.pdf", [[
            P("March 25, 2026"),
            P("Dear Dr. Whitlock,"),
            P("Your patient Mr. Tenpatient completed CyberKnife SBRT to his segment VII hepatocellular "
              "carcinoma today: 50 Gy in 5 fractions (03/16/2026 - 03/25/2026) with fiducial-based Synchrony "
              "tracking. Treatment was well tolerated apart from fatigue. Please repeat LFTs in two weeks; we "
              "will obtain an MRI liver in 3 months."),
            P("Sincerely,"),
            Signature("Y. Haddad, MD, Radiation Oncology"),
        ]], opts=dict(header=hdr("MERIDIAN HEALTH - CYBERKNIFE CENTER", 10), font="Times-Roman")),
    ])

# b10_11 -- treatment record with a retracted row ("ENTERED IN ERROR") ---------------------------------------
add(name="b10_11", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 50, 5)],
    categories=cats(),
    notes="Lung SBRT 50 Gy in 5 on an Elekta Infinity with abdominal compression; the treatment record has six "
          "rows, one of them struck 'ENTERED IN ERROR - duplicate of fx 3, retracted', so 5 fractions were "
          "delivered (cumulative 50 Gy). The retraction is explicit: not a contradiction.",
    docs=[Doc("b10_11.pdf", [[
        H1("SBRT Course Record - Lung"),
        KeyValue([("Diagnosis", "C34.32 NSCLC left lower lobe, 2.8 cm, T1cN0, medically inoperable (DLCO 35%)"),
                  ("Simulation", "09/08/2026, 4DCT, abdominal compression plate (BodyFIX arch), arms up"),
                  ("Prescription", "50 Gy in 5 fractions of 10 Gy to PTV_LLL (ITV + 5 mm), 80% IDL"),
                  ("Plan", "Monaco VMAT, 2 arcs, Elekta Infinity 6 MV FFF, Symmetry 4D CBCT"),
                  ("QA", "Independent check 1.8%; Delta4 99.0%")], value_x=90),
        RuledTable([("Row", "Date", "Fx", "Dose (Gy)", "Cum (Gy)", "4D CBCT", "Comment"),
                    ("1", "09/14/2026", "1", "10", "10", "matched", ""),
                    ("2", "09/16/2026", "2", "10", "20", "matched", ""),
                    ("3", "09/18/2026", "3", "10", "30", "matched", ""),
                    ("4", "09/18/2026", "3", "10", "40", "matched",
                     "ENTERED IN ERROR - duplicate of fx 3, retracted 09/18/2026 14:20 (KM)"),
                    ("5", "09/21/2026", "4", "10", "40", "matched", "cum corrected after retraction"),
                    ("6", "09/23/2026", "5", "10", "50", "matched", "")],
                   widths=(30, 66, 26, 40, 40, 52, 214)),
        P("Row 4 was a duplicate electronic entry for fraction 3 created by a record-and-verify interface "
          "error; no beam was delivered. It was retracted and the cumulative dose recalculated. Five "
          "fractions were delivered: left lower lobe 50 Gy in 5 fractions, 09/14/2026 - 09/23/2026."),
        sig("K. Marsh, MD 09/23/2026; physics weekly check L. Duval, MS 09/23/2026"),
    ]], opts=dict(header=hdr("NORTHGATE RADIATION ONCOLOGY", 11), font="Helvetica"))])

# b10_12 -- amended report v2 supersedes v1 (corrected dose) --------------------------------------------------
add(name="b10_12", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right parietal", "cranial", S, 18, 1), L("left cerebellar", "cranial", S, 20, 1)],
    categories=cats(),
    notes="Amended SRS report (version 2, 'supersedes the report of 04/10/2026') on page 1, the superseded "
          "version 1 printed on page 2 with 'SUPERSEDED' on it: version 1 says 20 Gy to the right parietal "
          "lesion, the amended version and the plan say 18 Gy. Edge, open-face mask, single fraction. The "
          "correction is explicit, so no review.",
    docs=[Doc("b10_12.pdf", [[
        H1("AMENDED REPORT (version 2) - Stereotactic Radiosurgery"),
        P("This amended report supersedes the report of 04/10/2026. Reason for amendment: the right parietal "
          "prescription was typed incorrectly in version 1 (20 Gy); the approved and delivered dose was 18 Gy."),
        KeyValue([("Treatment date", "04/09/2026"), ("Unit", "Varian Edge, 6X-FFF"),
                  ("Immobilization", "Open-face thermoplastic mask, OSMS surface guidance"),
                  ("Imaging", "CT sim 04/03/2026 (1 mm) fused with MRI brain 04/01/2026 (T1+C)")], value_x=100),
        RuledTable([("Lesion", "Size", "Rx", "IDL", "Arcs"),
                    ("Right parietal", "2.3 cm", "18 Gy x 1", "80%", "4 DCA"),
                    ("Left cerebellar", "1.1 cm", "20 Gy x 1", "80%", "3 DCA")]),
        P("Plan (Eclipse, two isocenters) and DVHs reviewed; brainstem Dmax 9.2 Gy. Physics second check "
          "and portal QA passed. Delivery: CBCT and OSMS before each isocenter, 6DoF shifts approved. Both "
          "lesions treated in a single fraction: right parietal 18 Gy, left cerebellar 20 Gy."),
        sig("L. Okonjo, MD 04/14/2026 (amendment); R. Fisk, MS, DABR 04/09/2026"),
    ], [
        H1("SUPERSEDED - Stereotactic Radiosurgery Report (version 1)"),
        P("*** SUPERSEDED by the amended report of 04/14/2026 - retained for the legal record ***"),
        P("Treatment date 04/09/2026, Varian Edge. Lesions treated in one fraction: right parietal 20 Gy, "
          "left cerebellar 20 Gy, 80% isodose lines."),
        sig("L. Okonjo, MD 04/10/2026"),
    ]], opts=dict(header=hdr("PINEHURST RADIOSURGERY", 12), font="Helvetica"))])

# b10_13 -- dictated UK re-irradiation: C3 SABR 24 Gy/3# in a thermoplastic shell after 20 Gy/5# in 2023 --------
add(name="b10_13", kind="dictated", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("C3", "spinal", None, 24, 3)],
    categories=cats(),
    notes="Dictated UK treatment summary of spinal re-irradiation: C3 (epidural disease abutting the cord) "
          "SABR 24 Gy/3# on a Varian Edge in a five-point ORFIT thermoplastic shell (positioning: mask), "
          "planning CT + MRI fusion, ExacTrac and CBCT. The previous course (20 Gy/5# to C2-C4 in 2023) and "
          "its cumulative EQD2 are history, not this course; C2 and C4 are neighbours.",
    docs=[Doc("b10_13.txt", text="""
NORTH TEESDALE CANCER CENTRE
STEREOTACTIC RADIOTHERAPY - TREATMENT SUMMARY (dictated, awaiting typist check)

Patient Mrs Mairi TENPATIENT   Hosp No SYN-10013   DOB 22/06/1962
Consultant Dr R. Achterberg, Consultant Clinical Oncologist
Dictated 14/10/2026   Typed 15/10/2026

Diagnosis colon metastatic breast cancer comma ER positive comma with progressive disease at C3 fullstop

Previous radiotherapy colon palliative 20 Gy in 5 fractions to C2 to C4 in March 2023 at this centre fullstop Cumulative spinal cord EQD2 with the current plan is 74 Gy2 comma within our re-irradiation protocol fullstop new paragraph

Indication colon MRI whole spine 18/09/2026 shows recurrent disease in the C3 vertebral body with epidural extension abutting the spinal cord comma no cord compression fullstop ECOG 1 fullstop Discussed at the spinal MDT on 22/09/2026 who recommended SABR re-irradiation fullstop new paragraph

Planning colon she was immobilised in a five point ORFIT thermoplastic shell fullstop Planning CT 29/09/2026 with 1 mm slices comma fused with a planning MRI cervical spine of the same day for the cord and target fullstop Prescription 24 Gy in 3 fractions comma 8 Gy per fraction comma to the PTV comma cord PRV maximum 13.2 Gy for this course fullstop Eclipse VMAT comma two arcs comma checked by physics with independent dose calculation and portal dosimetry fullstop new paragraph

Treatment colon delivered on the Varian Edge on 06/10 comma 08/10 and 10/10/2026 comma ExacTrac and cone beam CT verification before every fraction with six degree of freedom correction fullstop All three fractions given fullstop So C3 received 24 Gy/3# fullstop She tolerated it well with mild odynophagia fullstop new paragraph

Follow up colon MRI spine in 3 months comma review in my clinic fullstop

Dr R. Achterberg  FRCR
Consultant Clinical Oncologist

""" + FOOT + "\n")])

# b10_14 -- European bundle: MR-linac pancreas 5 x 8 Gy, referral letter, plan, fraction log, discharge letter ----
_eu = dict(header=["Universitair Radiotherapie Centrum Noordkust - Department of Radiation Oncology",
                   f"Patient: {patient(14)}   Patient no. {mrn(14)}   Date of birth 17-08-1959"],
           font="Helvetica", page_numbers="{n}/{total}")
add(name="b10_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head", "body", None, 40, 5)],
    categories=cats(),
    notes="European bundle (dd-mm-yyyy dates, 'Dear colleague', '5 x 8 Gy'): referral letter from the HPB "
          "surgeon, an MR-linac (Elekta Unity) adaptive plan, a fraction log of daily adapt-to-shape sessions "
          "with online MRI (image guidance, not planning imaging) and a discharge letter. Planning CT and MRI "
          "of 09-03-2026 count; the CA 19-9 values, 8 Gy per fraction and the 3 mm PTV margin are not totals.",
    docs=[
        Doc("1_referral_letter.pdf", [[
            P("Noordkust Hospital - Department of Hepatopancreatobiliary Surgery          02-03-2026"),
            P("Dear colleague,"),
            P("I kindly refer Mrs. Niamh Tenpatient, 66 years, with locally advanced adenocarcinoma of the "
              "pancreatic head (encasement of the SMA over 200 degrees), after 8 cycles of FOLFIRINOX with "
              "stable disease and CA 19-9 falling from 812 to 96 kU/l. Our pancreatic tumour board of "
              "25-02-2026 judged the tumour unresectable and advised stereotactic radiotherapy, 5 x 8 Gy on "
              "the MR-linac. WHO performance status 1."),
            P("With kind regards,"),
            Signature("Dr. J. van Oirschot, HPB surgeon"),
        ]], opts=_eu),
        Doc("2_treatment_plan.pdf", [[
            H1("SBRT pancreas - treatment plan (MR-linac)"),
            KeyValue([("Planning CT", "09-03-2026, 2 mm, supine in a vacuum mattress (BlueBAG), arms up"),
                      ("Planning MRI", "09-03-2026 on the Unity, 3D T2 and 4D-MRI for motion"),
                      ("Target", "GTV pancreatic head; PTV = GTV + 3 mm"),
                      ("Prescription", "40 Gy in 5 fractions (8 Gy per fraction), D95% PTV >= 95%"),
                      ("System", "Elekta Unity 7 MV FFF, Monaco 5.4, 9-beam step-and-shoot IMRT"),
                      ("Adaptation", "daily adapt-to-shape (ATS) on the online MRI")], value_x=100),
            RuledTable([("Organ at risk", "Constraint", "Reference plan"),
                        ("Duodenum D0.5cc", "< 33 Gy", "31.8 Gy"), ("Stomach D0.5cc", "< 33 Gy", "27.4 Gy"),
                        ("Small bowel D0.5cc", "< 30 Gy", "29.1 Gy")]),
            P("Reference plan checked by the clinical physicist; independent dose calculation within 2%."),
            sig("Dr. M. Dijkhuis, radiation oncologist, 11-03-2026; ir. T. Brandsma, clinical physicist, 11-03-2026"),
        ]], opts=_eu),
        Doc("3_fraction_log.txt", text="""
URC NOORDKUST - MR-LINAC FRACTION LOG
Patient TENPATIENT, NIAMH   Patient no. SYN-10014   Course C1 pancreas SBRT 5 x 8 Gy

16-03-2026  Fx 1/5  online 3D T2 MRI, ATS re-optimisation, contours approved by RO, 8 Gy  duration 52 min
18-03-2026  Fx 2/5  online MRI, ATS, 8 Gy  46 min
20-03-2026  Fx 3/5  online MRI, ATS, duodenum closer to PTV, re-optimised, 8 Gy  55 min
23-03-2026  Fx 4/5  online MRI, ATS, 8 Gy  44 min
25-03-2026  Fx 5/5  online MRI, ATS, 8 Gy  45 min    total 40 Gy

Each adapted plan checked with the independent secondary dose check before delivery (all < 3%).

""" + FOOT + "\n"),
        Doc("4_discharge_letter.pdf", [[
            P("25-03-2026"),
            P("Dear colleague, dear Dr. van Oirschot,"),
            P("Mrs. Tenpatient completed stereotactic body radiotherapy of the pancreatic head on the MR-linac "
              "today: 5 x 8 Gy = 40 Gy between 16-03-2026 and 25-03-2026, with daily online MRI-guided "
              "adaptation. She had grade 1 nausea. A CT abdomen and CA 19-9 are planned in 8 weeks and she "
              "will be discussed again at the pancreatic tumour board."),
            P("Kind regards,"),
            Signature("Dr. M. Dijkhuis, radiation oncologist"),
        ]], opts=_eu),
    ])

# b10_15 -- end-of-treatment summary written as a letter: Gamma Knife trigeminal neuralgia, frame -----------------
add(name="b10_15", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve (root entry zone)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Letter to the referring neurologist ('Dear Dr. Okafor') that is the end-of-treatment summary: "
          "Gamma Knife Icon with a Leksell frame for right trigeminal neuralgia, one 4 mm shot, 80 Gy maximum "
          "dose at the 100% isodose (functional target: complex, 61798). The brainstem 15 Gy isodose, "
          "carbamazepine doses, BNI pain scores and 4 mm collimator are not doses.",
    docs=[Doc("b10_15.pdf", [[
        P("May 7, 2026"),
        P("Ifeoma Okafor, MD, Neurology Associates of the Valley"),
        P("Dear Dr. Okafor,"),
        P(f"Re: {patient(15).title()}, DOB 02/14/1949, MRN {mrn(15)}"),
        P("Thank you for referring Mrs. Tenpatient for radiosurgery of her medically refractory right V2-V3 "
          "trigeminal neuralgia (BNI pain score V despite carbamazepine 1200 mg/day and gabapentin 1800 mg/day; "
          "not a microvascular decompression candidate because of cardiac disease). I am writing to summarize "
          "her treatment on May 6, 2026."),
        P("A Leksell Vantage stereotactic frame was applied under local anesthesia with four pins. Stereotactic "
          "MRI (3D CISS and T1 post-contrast, 0.5 mm) and a thin-slice CT were obtained with the frame and "
          "fused in Leksell GammaPlan. The right trigeminal nerve was targeted at the root entry zone with a "
          "single 4 mm shot on the Leksell Gamma Knife Icon; the maximum dose was 80 Gy at the 100% isodose, "
          "with the 15 Gy isodose line tangential to the pontine surface. The frame coordinates were checked "
          "before treatment and our physicist verified the treatment time independently. Treatment took "
          "48 minutes and the frame was removed without complication."),
        P("In summary: right trigeminal nerve, 80 Gy maximum dose in a single session, Gamma Knife, frame-based. "
          "Pain relief typically begins within 4-8 weeks; please continue her current medications for now. I will "
          "see her in 3 months and would be grateful if you could review her in the meantime."),
        P("Sincerely,"),
        Signature("Electronically signed: T. Gallagher, MD, Department of Neurosurgery, 05/07/2026"),
        Signature("Co-signed: S. Ivanova, PhD, DABR (Gamma Knife physicist), 05/07/2026"),
        P("cc: Referring physician; patient"),
    ]], opts=dict(header=["VALLEY REGIONAL GAMMA KNIFE CENTER", "1200 Orchard Parkway  |  Tel 555-0190"],
                  font="Times-Roman", page_numbers=None))])

# b10_16 -- Australian FSRT vestibular schwannoma 25 Gy/5# in an ORFIT mask; no verification documented ----------
add(name="b10_16", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 25, 5)],
    categories=cats(delivery_verification=False),
    notes="Australian treatment summary (FRANZCR, dd/mm/yyyy, '25 Gy/5#', 'ORFIT'): fractionated stereotactic "
          "radiotherapy to a left vestibular schwannoma (complex by tumour type) on a TrueBeam. Five fractions "
          "-> 77373/77435; 61798 fits. No image guidance, tracking or QA is documented for delivery "
          "(delivery_verification missing). Koos grade, hearing thresholds and cochlear dose are not doses.",
    docs=[Doc("b10_16.pdf", [[
        H1("Radiation Oncology Treatment Summary"),
        KeyValue([("Patient", f"{patient(16)}   UR {mrn(16)}"), ("Referrer", "Dr K. Papadopoulos, ENT surgeon"),
                  ("Treating RO", "Dr E. Whitcombe-Rao, MBBS FRANZCR"),
                  ("Diagnosis", "Left vestibular schwannoma, 1.8 cm, Koos grade 2, growing 2.5 mm/yr"),
                  ("Treatment", "Fractionated stereotactic radiotherapy 25 Gy/5#"),
                  ("Dates", "02/06/2026 - 08/06/2026")], value_x=100),
        H2("Planning"),
        P("Immobilised in an ORFIT stereotactic thermoplastic mask (3-point, with mouth bite). Planning CT "
          "22/05/2026 1 mm, co-registered with a planning MRI (3D CISS and T1 gadolinium, 0.8 mm) of "
          "21/05/2026. GTV = enhancing tumour, PTV = GTV + 1 mm. Eclipse, 4 non-coplanar VMAT arcs, 6X-FFF; "
          "prescription 25 Gy in 5 fractions of 5 Gy to the 80% isodose covering 98% of the PTV."),
        RuledTable([("Structure", "Constraint", "Achieved"), ("Cochlea L mean", "< 9 Gy", "4.2 Gy"),
                    ("Brainstem D0.03cc", "< 31 Gy", "23.9 Gy"), ("Facial nerve region", "-", "25.6 Gy")]),
        H2("Treatment delivered"),
        RuledTable([("#", "Date", "Dose"), ("1", "02/06/2026", "5 Gy"), ("2", "03/06/2026", "5 Gy"),
                    ("3", "04/06/2026", "5 Gy"), ("4", "05/06/2026", "5 Gy"), ("5", "08/06/2026", "5 Gy")]),
        P("Left vestibular schwannoma: 25 Gy in 5 fractions completed 08/06/2026. Pure tone average 35 dB "
          "before treatment; audiology and MRI at 6 months."),
        sig("Dr E. Whitcombe-Rao 09/06/2026"),
    ]], opts=dict(header=["SOUTHBANK RADIATION ONCOLOGY - Brisbane", "Treatment Summary"], font="Helvetica"))])

# b10_17 -- UK bundle over five files; the end-of-treatment letter says 35 Gy/5#, plan and record 30 Gy/5# ------
_t = "ROYAL WENSLEY INFIRMARY - Oncology Centre"
_u = dict(header=uk_hdr(_t, 17, "402 118 7730"), font="Times-Roman")
add(name="b10_17", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("left adrenal", "body", None, 30, 5)],
    categories=cats(),
    notes="UK course spread over five files (clinic letter, planning-scan note, plan, treatment record, "
          "end-of-treatment letter): left adrenal SABR 30 Gy in 5# (6 Gy per fraction) by the prescription, plan "
          "and treatment record; the end-of-treatment letter says 35 Gy/5#. Gold from the plan and record.",
    contradiction="The end-of-treatment letter gives 35 Gy in 5 fractions, while the prescription, plan and "
                  "treatment record give 30 Gy in 5 fractions of 6 Gy.",
    docs=[
        Doc("1_clinic_letter.pdf", [[
            P("Clinic date 12/05/2026"),
            P("Dear Dr Farraday,"),
            P("Re: Mr Quentin Tenpatient - left adrenal metastasis"),
            P("I saw Mr Tenpatient, who has an isolated left adrenal metastasis (3.2 cm) from a melanoma treated "
              "with nivolumab, following the skin MDT recommendation of 06/05/2026. PS 0. I have recommended "
              "SABR, 30 Gy in 5 fractions on alternate days, and he has consented."),
            P("Yours sincerely,"),
            Signature("Dr S. Lindgren-Hale, Consultant Clinical Oncologist"),
        ]], opts=_u),
        Doc("2_planning_scan_note.txt", text=txt_head(17, "CT SIMULATOR - PLANNING SCAN RECORD", "19/05/2026") + """
4DCT abdomen with IV contrast (portal venous), 2 mm, 10 phases. Supine, arms up on a wing board, lower body vacuum bag indexed to couch (Vac-Fix position 11). Tattoos x3. Bladder/bowel prep not required. No fiducials.

Radiographers: A. Mensah / L. Pike

""" + FOOT + "\n"),
        Doc("3_sabr_plan.pdf", [[
            H1("Adrenal SABR - Plan Approval"),
            KeyValue([("Prescription", "30 Gy in 5 fractions, 6 Gy per fraction, PTV D95 >= 100%"),
                      ("Volumes", "IGTV on all 4DCT phases (adrenal moves 9 mm SI); PTV = IGTV + 5 mm"),
                      ("Plan", "Varian TrueBeam, Eclipse VMAT, 2 arcs, 6X-FFF"),
                      ("OAR", "Stomach D0.5cc 26.1 Gy (< 32 Gy); small bowel D0.5cc 24.9 Gy; L kidney V10 18%")],
                     value_x=90),
            P("Independent MU check 1.3%; EPID QA 98.8% (3%/2 mm). Approved."),
            sig("Dr S. Lindgren-Hale 22/05/2026; B. Ortiz, Clinical Scientist 22/05/2026"),
        ]], opts=_u),
        Doc("4_treatment_record.pdf", [[
            H1("Treatment Record - ARIA"),
            RuledTable([("#", "Date", "Dose (Gy)", "Cum (Gy)", "Imaging", "Reviewed"),
                        ("1", "26/05/2026", "6", "6", "CBCT, soft tissue match", "SLH"),
                        ("2", "28/05/2026", "6", "12", "CBCT, soft tissue match", "SLH"),
                        ("3", "30/05/2026", "6", "18", "CBCT, soft tissue match", "SLH"),
                        ("4", "02/06/2026", "6", "24", "CBCT, soft tissue match", "BO"),
                        ("5", "04/06/2026", "6", "30", "CBCT, soft tissue match", "SLH")]),
            P("Course complete 04/06/2026. Total 30 Gy."),
        ]], opts=_u),
        Doc("5_end_of_treatment_letter.pdf", [[
            P("04/06/2026"),
            P("Dear Dr Farraday,"),
            P("Mr Tenpatient completed SABR to the left adrenal metastasis today, 35 Gy/5# given on alternate "
              "days from 26/05/2026 with CBCT guidance. He had mild nausea. I will see him in 6 weeks and a "
              "restaging PET-CT is booked for 3 months."),
            P("Kind regards,"),
            Signature("Dr S. Lindgren-Hale, Consultant Clinical Oncologist"),
        ]], opts=_u),
    ])

# b10_18 -- Gamma Knife Icon, mask, one session: cover letter says ten lesions, the treatment report lists twelve ---
_twelve = [("1", "R frontal", "20"), ("2", "L frontal", "20"), ("3", "R parietal", "20"), ("4", "L parietal", "18"),
           ("5", "R temporal", "20"), ("6", "L temporal", "20"), ("7", "R occipital", "20"), ("8", "L occipital", "20"),
           ("9", "R cerebellum", "18"), ("10", "L cerebellum", "20"), ("11", "Vermis", "20"), ("12", "L precuneus", "20")]
add(name="b10_18", kind="pdf", codes=["77371", "77432", "61796", "61797"],
    facts=F("cobalt60", ["cranial"], 12, 1, ["MRI"], ["mask"]),
    lesions=[L(f"{n} {s}", "cranial", S, float(d), 1) for n, s, d in _twelve],
    categories=cats(),
    notes="Cover letter to the medical oncologist ('all ten metastases were treated') and the Gamma Knife Icon "
          "treatment report listing twelve targets with margin doses, all delivered in one session with a mask "
          "and CBCT stereotactic reference (CBCT is not planning imaging; the MRI is). All simple.",
    contradiction="The cover letter says ten metastases were treated; the GammaPlan treatment report lists "
                  "twelve targets, each with a delivered margin dose.",
    docs=[Doc("b10_18.pdf", [[
        P("09/16/2026"),
        P("Dear Dr. Vasquez-Hale,"),
        P(f"Re: {patient(18).title()}, MRN {mrn(18)}"),
        P("Your patient underwent Gamma Knife radiosurgery on 09/15/2026 for multiple brain metastases from "
          "melanoma. All ten metastases were treated in a single session on the Leksell Gamma Knife Icon using "
          "a thermoplastic mask, without a frame. She tolerated the 74-minute treatment well. The detailed "
          "treatment report is attached. We will repeat the MRI in 8 weeks; please hold ipilimumab for 1 week."),
        P("Best regards,"),
        Signature("Electronically signed: N. Chaudhry, MD, Radiation Oncology 09/16/2026"),
    ], [
        H1("Leksell GammaPlan - Treatment Report"),
        KeyValue([("Treatment date", "09/15/2026"), ("Fixation", "Icon mask; IFMM motion limit 1.5 mm"),
                  ("Stereotactic reference", "CBCT 09/15/2026, co-registered to planning MRI"),
                  ("Planning MRI", "09/14/2026, 3D T1 post-gadolinium 1 mm"), ("Fractions", "1")],
                 value_x=130),
        RuledTable([("Target", "Location", "Margin dose (Gy)", "Isodose", "Shots")]
                   + [[n, s, d, "50%", "3"] for n, s, d in _twelve]),
        P("No target within 5 mm of the optic apparatus or in the brainstem; largest target 1.7 cm (target 9). "
          "Physics verified the plan and treatment times independently (0.8%). Pre-treatment CBCT registration "
          "approved; maximum IFMM excursion 0.9 mm, no interruptions. All twelve targets delivered."),
        sig("N. Chaudhry, MD; P. Lemaire, PhD 09/15/2026"),
    ]], opts=dict(header=hdr("LAKEVIEW GAMMA KNIFE CENTER", 18), font="Helvetica"))])

# b10_19 -- dictated: the narrative says CyberKnife, the fraction log says TrueBeam; no plan parameters ---------------
add(name="b10_19", kind="dictated", codes=["G0339", "G0340", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT"], ["body_immobilization"]),
    lesions=[L("left lower lobe", "body", None, 48, 4)],
    categories=cats(plan=False),
    notes="Dictated SBRT note from a center with both units: the narrative says the course was delivered on the "
          "CyberKnife, the fraction log (machine column) and the physics check say TrueBeam 3 with CBCT; gold "
          "from the log (linac), so the robotic codes G0339/G0340 do not fit. LLL 48 Gy in 4 fractions. No "
          "isodose, beam arrangement or planning system is documented (plan category missing).",
    contradiction="The dictated narrative says the treatment was delivered on the CyberKnife, while the fraction "
                  "log and the physics check name TrueBeam 3 with cone-beam CT for every fraction.",
    docs=[Doc("b10_19.txt", text=txt_head(19, "SBRT COMPLETION NOTE - dictated", "Dictated 10/30/2026") + """
Dictated by Dr. H. Barrington. Speech recognition used, may contain errors.

Mr. Tenpatient is a 74 year old former smoker with a 2.2 cm biopsy proven squamous cell carcinoma of the left lower lobe, T1c N0, FEV1 38 percent, not an operative candidate, ECOG 1. He was simulated on 10/14/2026 with a 4DCT supine in a Vac-Lok bag with arms up. An ITV was made from the 4DCT and expanded 5 millimeters to a PTV, prescription 48 gray in 4 fractions of 12 gray.

He was treated on the CyberKnife from 10/21/2026 through 10/28/2026 and tolerated it well apart from mild fatigue. Follow up CT chest in 3 months.

FRACTION LOG
Fx  Date        Machine      Dose   Cum    IGRT
1   10/21/2026  TrueBeam 3   12 Gy  12 Gy  CBCT, MD approved
2   10/23/2026  TrueBeam 3   12 Gy  24 Gy  CBCT, MD approved
3   10/26/2026  TrueBeam 3   12 Gy  36 Gy  CBCT, MD approved
4   10/28/2026  TrueBeam 3   12 Gy  48 Gy  CBCT, MD approved

PHYSICS: TrueBeam 3 plan, independent MU second check 2.2 percent, passed. -- R. Olufemi, MS

H. Barrington, MD  electronically signed 10/30/2026

""" + FOOT + "\n")])

# b10_20 -- bundle: payer approval for 5 fx, nursing notes show fx 5 held, record has 4, summary says 5/5 -----------
add(name="b10_20", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("liver segment IVa metastasis", "body", None, 28, 4)],
    categories=cats(),
    notes="Bundle: payer approval letter (5 units of 77373, planned 35 Gy in 5), plan, treatment record with "
          "four fractions of 7 Gy, nursing on-treatment notes where fraction 5 was held (admitted with "
          "cholangitis) and a completion summary that says 'completed 5/5 fractions, 35 Gy'. Gold from the "
          "record and nursing notes: 4 fractions, 28 Gy.",
    contradiction="The completion summary says all 5 fractions (35 Gy) were completed; the treatment record "
                  "lists four fractions of 7 Gy (28 Gy) and the nursing note says fraction 5 was held for an "
                  "admission.",
    docs=[
        Doc("1_payer_approval_letter.pdf", [[
            H1("Authorization Approval"),
            P("Keystone Mutual Health - Radiation Oncology Benefit Management        07/02/2026"),
            P("Authorization RT-558201 approved for: SBRT liver, 77373 x 5 fractions, 77435 x 1, with planning "
              "and simulation codes. Valid 07/06/2026 - 10/05/2026. Planned dose per request: 35 Gy in 5 "
              "fractions. Approval does not guarantee payment."),
            Signature("Keystone Mutual Health UM Department"),
        ]], opts=dict(header=hdr("KEYSTONE MUTUAL HEALTH", 20), font="Helvetica", page_numbers=None)),
        Doc("2_plan.pdf", [[
            H1("Liver SBRT Plan"),
            KeyValue([("Target", "Segment IVa colorectal metastasis, 2.4 cm (solitary, after hepatectomy 2025)"),
                      ("Sim", "07/08/2026 CT with contrast, 4DCT, abdominal compression belt, Vac-Lok"),
                      ("MRI", "MRI liver (Eovist) 07/07/2026 fused to planning CT"),
                      ("Rx", "35 Gy / 5 fx (7 Gy/fx), 80% IDL, Ethos TPS 12-field IMRT, Varian Ethos 6X-FFF"),
                      ("QA", "Mobius second check 1.1%; portal QA 99.6%")], value_x=70),
            sig("F. Harrow, MD 07/10/2026; J. Kim, MS, DABR 07/10/2026"),
        ]], opts=dict(header=hdr("BRIDGEWATER CANCER INSTITUTE", 20), font="Helvetica")),
        Doc("3_treatment_record.pdf", [[
            H1("Treatment Delivery Record"),
            RuledTable([("Fx", "Date", "Dose", "Cumulative", "CBCT", "Status"),
                        ("1", "07/13/2026", "7 Gy", "7 Gy", "approved", "delivered"),
                        ("2", "07/15/2026", "7 Gy", "14 Gy", "approved", "delivered"),
                        ("3", "07/17/2026", "7 Gy", "21 Gy", "approved", "delivered"),
                        ("4", "07/20/2026", "7 Gy", "28 Gy", "approved", "delivered"),
                        ("5", "07/22/2026", "-", "28 Gy", "-", "not treated - patient admitted")]),
        ]], opts=dict(header=hdr("BRIDGEWATER CANCER INSTITUTE", 20), font="Helvetica")),
        Doc("4_nursing_notes.txt", text=txt_head(20, "NURSING - ON TREATMENT VISITS") + """
07/17/2026 RN: Fx 3 of 5. RUQ discomfort 2/10, eating well. Wt 61.0 kg.
07/20/2026 RN: Fx 4 of 5 today. Low grade temp 37.9 C this evening per phone call; advised to present to ED if > 38.3 C.
07/22/2026 RN: Patient admitted overnight to Bridgewater General with cholangitis (biliary stent occlusion). Fraction 5 HELD per Dr. Harrow. Will reassess after discharge. -- C. Amadi RN
07/31/2026 RN: Discussed with Dr. Harrow: fraction 5 will not be given; course closed at 4 fractions. -- C. Amadi RN

""" + FOOT + "\n"),
        Doc("5_completion_summary.txt", text=txt_head(20, "RADIATION ONCOLOGY COMPLETION SUMMARY (template)") + """
Course: Liver SBRT, segment IVa.  Technique: VMAT SBRT on Ethos with daily CBCT.
Treatment dates: 07/13/2026 - 07/22/2026.  Completed 5/5 fractions, total dose 35 Gy.
Tolerance: fatigue grade 1; hospital admission for cholangitis unrelated to radiation.
Follow up: MRI liver and CEA in 3 months.

F. Harrow, MD (auto-populated from the prescription; signed 08/03/2026)

""" + FOOT + "\n"),
    ])

# b10_21 -- letter says 9 mm from the optic nerve; the plan says 3 mm (complex); 61796 claimed -----------------------
add(name="b10_21", kind="pdf", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right gyrus rectus (inferior frontal)", "cranial", C, 16, 1)],
    categories=cats(),
    notes="Letter to the referring oncologist plus the SRS plan: one right gyrus rectus metastasis, 1.4 cm, "
          "16 Gy in one fraction on a Versa HD with Brainlab Elements and ExacTrac, frameless mask. The letter "
          "says the lesion is 9 mm from the optic nerve, the plan measures 3 mm to the right optic nerve "
          "(complex): gold from the plan, so 61796 is inconsistent.",
    contradiction="The letter says the lesion lies 9 mm from the optic nerve; the plan measures 3 mm from the "
                  "right optic nerve (within 5 mm, which makes it complex).",
    docs=[Doc("b10_21.pdf", [[
        P("11/19/2026"),
        P("Dear Dr. Whitmore,"),
        P("I saw Ms. Tenpatient again after her radiosurgery of 11/18/2026 for the solitary right inferior frontal "
          "(gyrus rectus) metastasis from her lung adenocarcinoma. The lesion measured 1.4 cm and sits about "
          "9 mm from the optic nerve, so we could give a single fraction of 16 Gy safely. She tolerated the "
          "treatment without difficulty; steroids tapered over 1 week. MRI in 8 weeks."),
        P("Warm regards,"),
        Signature("Electronically signed: A. Lindahl, MD, Radiation Oncology 11/19/2026"),
    ], [
        H1("Cranial SRS Plan Summary - Brainlab Elements"),
        KeyValue([("Unit", "Elekta Versa HD with HexaPOD, ExacTrac"), ("Fixation", "Brainlab frameless mask"),
                  ("Planning images", "CT 11/12/2026 (1 mm, in mask) + MRI 11/10/2026 (3D T1+C), fused"),
                  ("Target", "PTV_RGR (right gyrus rectus), 1.4 cm, margin 1 mm"),
                  ("Distance to OAR", "Target edge 3 mm from the right optic nerve; 11 mm from the chiasm"),
                  ("Rx", "16 Gy x 1 to the 80% isodose, 5 dynamic conformal arcs")], value_x=110),
        RuledTable([("OAR", "Limit (1 fx)", "Plan"), ("Optic nerve R Dmax", "< 8 Gy", "7.6 Gy"),
                    ("Chiasm Dmax", "< 8 Gy", "3.4 Gy"), ("Brain V12", "< 10 cc", "3.1 cc")]),
        P("Physics independent MU verification and film QA passed. 11/18/2026: ExacTrac X-ray 6D verification "
          "before each arc, corrections approved; PTV_RGR 16 Gy delivered in 1 fraction."),
        sig("A. Lindahl, MD; V. Petrakis, MS, DABR 11/18/2026"),
    ]], opts=dict(header=hdr("FAIRHAVEN RADIATION ONCOLOGY", 21), font="Times-Roman"))])

# b10_22 -- German-style bundle: operation report, cavity SRT 27 Gy/3, follow-up with a new lesion -----------------
_de = dict(header=["Klinikum Oberhausen-Nord - Klinik fuer Strahlentherapie und Radioonkologie",
                   f"Patient: {patient(22)}   Pat.-Nr. {mrn(22)}   geb. 05.03.1966"], font="Helvetica")
add(name="b10_22", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", C, 27, 3)],
    categories=cats(),
    notes="German-style bundle in English (dd.mm.yyyy dates): a neurosurgical operation report (resection with "
          "neuronavigation in a Mayfield clamp: not an SRS frame), the cavity SRT plan (left parietal resection "
          "cavity, maximum dimension 4.1 cm -> complex; 27 Gy in 3 fractions, Novalis, frameless mask, ExacTrac), "
          "the treatment record, and a 3-month follow-up letter whose MRI shows a new right frontal lesion only "
          "recommended for single-fraction SRS (not this course). 61796 does not fit a complex lesion.",
    docs=[
        Doc("1_operation_report.pdf", [[
            H1("Operation Report - Neurosurgery"),
            KeyValue([("Date", "12.01.2026"), ("Surgeon", "Prof. Dr. K. Albers"),
                      ("Procedure", "Left parietal craniotomy, resection of a metastasis (NSCLC)")], value_x=90),
            P("Head fixed in a Mayfield 3-pin clamp; neuronavigation (BrainLab Curve) registered to the MRI of "
              "10.01.2026. Gross total resection of a 3.6 cm cystic-solid lesion. Histology: adenocarcinoma, "
              "TTF-1 positive. Uneventful course; referred for adjuvant cavity radiotherapy."),
            sig("Prof. Dr. K. Albers 12.01.2026"),
        ]], opts=_de),
        Doc("2_cavity_srt_plan.pdf", [[
            H1("Stereotactic Radiotherapy of the Resection Cavity - Plan"),
            KeyValue([("Planning CT", "09.02.2026, 1 mm, Brainlab frameless mask"),
                      ("Planning MRI", "06.02.2026 MPRAGE with contrast, fused (postoperative)"),
                      ("Target", "Left parietal resection cavity + 2 mm; maximum dimension 4.1 cm, 14.8 cm3"),
                      ("Prescription", "27 Gy in 3 fractions of 9 Gy, 80% isodose (Brainlab Elements)"),
                      ("Technique", "Novalis Tx, 6 dynamic conformal arcs, ExacTrac X-ray 6D"),
                      ("OAR", "Brain-PTV V18Gy 21 cm3; brainstem Dmax 4.8 Gy; chiasm 1.2 Gy")], value_x=100),
            P("Physics: independent dose calculation 1.7%, end-to-end test current."),
            sig("Dr. med. S. Brenner (Oberaerztin) 11.02.2026; Dipl.-Phys. M. Wolter 11.02.2026"),
        ]], opts=_de),
        Doc("3_treatment_record.txt", text="""
KLINIKUM OBERHAUSEN-NORD - STRAHLENTHERAPIE - BESTRAHLUNGSPROTOKOLL / TREATMENT RECORD
Patient TENPATIENT, VAUGHAN   Pat.-Nr. SYN-10022
Course: SRT cavity left parietal, 3 x 9 Gy

16.02.2026  Fx 1/3  9 Gy  (cum 9 Gy)   ExacTrac 6D: 0.7 mm / 0.4 deg, verified, Dr. Brenner
18.02.2026  Fx 2/3  9 Gy  (cum 18 Gy)  ExacTrac 6D: 0.5 mm / 0.3 deg, verified, Dr. Brenner
20.02.2026  Fx 3/3  9 Gy  (cum 27 Gy)  ExacTrac 6D: 0.9 mm / 0.6 deg, verified, Dr. Nowak
Treatment completed 20.02.2026: resection cavity left parietal 27 Gy in 3 fractions.

""" + FOOT + "\n"),
        Doc("4_follow_up_letter.pdf", [[
            P("Oberhausen, 21.05.2026"),
            P("Dear colleague,"),
            P("We saw Mr. Tenpatient three months after stereotactic radiotherapy of the left parietal resection "
              "cavity (3 x 9 Gy, completed 20.02.2026). The follow-up MRI of 18.05.2026 shows no local "
              "recurrence but a new 6 mm right frontal metastasis. We recommend single-fraction radiosurgery "
              "with 20 Gy to this lesion and will schedule planning; nothing has been given yet."),
            P("With kind regards,"),
            Signature("Dr. med. S. Brenner, senior physician"),
        ]], opts=_de),
    ])

# b10_23 -- Australian dictated/typed notes: single-fraction kidney SABR 26 Gy/1# (extracranial single fraction) -----
add(name="b10_23", kind="text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("left kidney (primary RCC)", "body", None, 26, 1)],
    categories=cats(),
    notes="Australian progress-note export (dd/mm/yyyy) for single-fraction SABR of a primary renal cell carcinoma, "
          "26 Gy/1# on a TrueBeam: one fraction, but extracranial, so 77373 x1 and 77435, not 77372/77432. "
          "Includes a LATE ENTRY and a note marked 'entered in error' (wrong patient's weight) that is retracted. "
          "No fiducials were needed; the vacuum bag counts.",
    docs=[Doc("b10_23.txt", text="""
GOLDEN PLAINS CANCER CARE - RADIATION ONCOLOGY PROGRESS NOTES (printed from the EMR)
Patient: TENPATIENT, WINIFRED    UR: SYN-10023    DOB 30/04/1944

04/08/2026 11:20  Dr P. Rangan (Radiation Oncologist)
81F, 4.2 cm biopsy-proven clear cell RCC left kidney, not for nephrectomy (eGFR 38, cardiac). ECOG 1. Plan: SABR 26 Gy/1# (as per the FASTRACK II approach). No fiducials required. Consent signed.

10/08/2026 09:05  Radiation therapist
4DCT planning scan with IV contrast (split bolus), 2 mm, supine, arms up, BodyFIX vacuum bag. Abdominal compression not used.

14/08/2026 16:40  Dr P. Rangan
Contours done: ITV from 4DCT phases, PTV = ITV + 5 mm. Plan reviewed: 26 Gy in 1 fraction, VMAT 2 arcs (Eclipse), PTV D95 26.2 Gy; bowel D0.5cc 14.1 Gy; cord 6.0 Gy; contralateral kidney mean 2.4 Gy. Approved.

15/08/2026 10:10  Physicist
Independent check (Mobius3D) 1.4%, ArcCHECK 99.1% at 3%/2 mm. Plan released.

18/08/2026 13:55  Radiation therapist
Weight 58.2 kg. ** ENTERED IN ERROR (weight belongs to another patient) - retracted 18/08/2026 14:02 **

18/08/2026 14:30  Radiation therapist
SABR 26 Gy/1# delivered on TrueBeam 2. Pre-treatment 4D CBCT matched to the ITV, shifts 1.8 / 0.6 / 2.2 mm, reviewed and approved by Dr Rangan at the console; mid-treatment CBCT between arcs confirmed position. Fx 1/1 complete.

19/08/2026 08:15  Dr P. Rangan - LATE ENTRY for 18/08/2026
Attended treatment and approved the CBCT match before beam-on. Left kidney tumour received 26 Gy in a single fraction. Mild nausea settled with ondansetron 4 mg. Review 6 weeks with renal function; CT at 3 months.

""" + FOOT + "\n")])

# b10_24 -- Australian oligometastatic SABR, two lesions treated together; no immobilisation documented -------------
add(name="b10_24", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 3, ["CT", "PET"], []),
    lesions=[L("left lower lobe metastasis", "body", None, 54, 3), L("right 6th rib metastasis", "body", None, 30, 3)],
    categories=cats(positioning=False),
    notes="Australian end-of-treatment summary for oligometastatic SABR: two lesions treated in the same three "
          "sessions (left lower lobe 54 Gy/3#, right 6th rib 30 Gy/3#), 77373 x3 (per session, not per lesion) "
          "and one 77435. 4DCT and a registered FDG PET/CT count. No immobilisation device is documented "
          "('supine, arms above head'): positioning missing. The earlier 2025 colorectal surgery is history.",
    docs=[Doc("b10_24.pdf", [[
        H1("SABR - End of Treatment Summary"),
        KeyValue([("Patient", f"{patient(24)}   UR {mrn(24)}   DOB 19/12/1960"),
                  ("Radiation Oncologist", "Dr M. Karalis, FRANZCR"),
                  ("Diagnosis", "Metachronous oligometastatic rectal adenocarcinoma (anterior resection 2025)"),
                  ("Intent", "Ablative (oligometastatic, 2 sites), ECOG 0")], value_x=120),
        H2("Planning"),
        P("4DCT 03/11/2026 (supine, arms above head), FDG PET/CT of 27/10/2026 registered to the planning CT "
          "for delineation. ITV per lesion; PTV = ITV + 5 mm. Eclipse VMAT, single plan with two PTVs, "
          "TrueBeam 6X-FFF. Physics: independent MU check and ArcCHECK passed."),
        RuledTable([("Target", "Dose / #", "Per #", "Constraint met"),
                    ("PTV_LLL", "54 Gy / 3#", "18 Gy", "Chest wall D30cc 27 Gy"),
                    ("PTV_Rib6R", "30 Gy / 3#", "10 Gy", "Cord max 8.1 Gy")]),
        H2("Treatment"),
        RuledTable([("#", "Date", "CBCT (both PTVs)"), ("1", "10/11/2026", "matched, approved"),
                    ("2", "12/11/2026", "matched, approved"), ("3", "14/11/2026", "matched, approved")]),
        P("Both lesions were treated at each of the three sessions. Completed 14/11/2026: left lower lobe "
          "54 Gy/3#, right 6th rib 30 Gy/3#. Acute toxicity: grade 1 fatigue. CEA and PET/CT in 3 months."),
        sig("Dr M. Karalis 14/11/2026"),
    ]], opts=dict(header=["MURRAY VALLEY RADIATION ONCOLOGY - Albury", "Treatment Summary"], font="Helvetica"))])


CORPUS = Corpus("blind_corpus10", "tests/blind_corpus10", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
