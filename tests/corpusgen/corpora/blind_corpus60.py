"""Sixtieth blind corpus, ``tests/blind_corpus60/`` (regenerate: ``python scripts/make_corpus.py blind_corpus60``).

Twenty courses written as long real-world clinical notes in the style of publicly shared transcribed medical
documents: history and physical examinations, consults, procedure notes, on-treatment and completion summaries,
admission and follow-up notes with the classic sections (HISTORY OF PRESENT ILLNESS, PAST MEDICAL HISTORY,
MEDICATIONS, ALLERGIES, SOCIAL HISTORY, REVIEW OF SYSTEMS, PHYSICAL EXAMINATION, LABORATORY DATA, IMAGING,
IMPRESSION, PLAN). They carry the numbers real notes carry that are not this course's dose: drug doses, vital
signs and laboratory values, ages and years, KPS/ECOG, tumour sizes, chemotherapy cycles, earlier conventional
radiotherapy courses in Gy and fractions, organ-at-risk constraints, dose rate and MU, isodose lines,
planned-versus-given statements and staging. Some notes describe a course delivered in this document set, three
only as history, plan or recommendation. Every clinic, clinician and system is invented. Two charts contradict
themselves (``review_expected``). A tuning corpus.

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501  (dictations and notes are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, Paragraph, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELAIDE", "BARNABY", "CORDELIA", "DELPHINE", "EZEKIEL", "FITZGERALD", "GWENDOLYN", "HORATIO",
         "IGNATIUS", "JOSEPHINE", "KENDRICK", "LAVINIA", "MALACHI", "NATHANIEL", "OSWALD", "PRUDENCE",
         "QUEENIE", "RUFUS", "SERAPHINA", "THADDEUS"]


def patient(n: int) -> str:
    return f"SIXTYPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-600{n:02d}"


def banner(clinic: str, what: str, n: int, dob: str) -> list[str]:
    return [f"{clinic}  -  {what}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# q60_01 -- dictation: completion summary, linac SRS 3 metastases after WBRT in 2021, numbers in words ---------------
add(name="q60_01", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal metastasis", "cranial", S, 20, 1), L("right cerebellar metastasis", "cranial", S, 20, 1),
             L("left occipital metastasis", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Long transcribed completion summary (HPI, PMH, medications, allergies, social history, ROS, exam, "
          "labs, imaging, impression, plan) for single-fraction linac SRS of three NSCLC brain metastases, doses "
          "dictated in words (twenty / twenty / eighteen gray) at the 80% isodose, mask, CT + MRI, CBCT. Noise: "
          "whole brain 30 Gy in 10 fractions in 2021 (other course), chest RT 60 Gy in 30 fractions in 2020, "
          "dexamethasone 4 mg twice daily, levetiracetam 500 mg, osimertinib 80 mg, KPS 80, labs, vitals, sizes in mm.",
    docs=[Doc("q60_01.txt", text=f"""
HARROWGATE VALLEY CANCER INSTITUTE - DEPARTMENT OF RADIATION ONCOLOGY
RADIATION ONCOLOGY TREATMENT COMPLETION SUMMARY
Dictated by: Dr. Maren Ostlund-Pike, MD        Transcribed: 03/19/2026 09:14 (voice recognition, reviewed)
PATIENT: {patient(1)}        MRN: {mrn(1)}        DOB: 07/22/1958        AGE: 67

DATE OF SERVICE: 03/17/2026

DIAGNOSIS: Stage IV (cT2a N2 M1c) adenocarcinoma of the right upper lobe, EGFR exon 19 deletion, with recurrent brain metastases after prior whole brain radiotherapy.

HISTORY OF PRESENT ILLNESS: The patient is a 67-year-old right-handed woman whom I have known since 2020. She was diagnosed in March 2020 with a 4.1 cm right upper lobe adenocarcinoma with subcarinal and right paratracheal nodes. She was treated with concurrent carboplatin and pemetrexed and thoracic radiotherapy, 60 Gy in 30 fractions, completed in June 2020, followed by durvalumab for 11 months. In August 2021 she developed headaches and was found to have 9 small brain metastases; at that time she received whole brain radiotherapy to 30 Gy in 10 fractions at an outside facility and was started on osimertinib 80 mg daily. She did well until a surveillance MRI of the brain on 02/24/2026 showed three new enhancing lesions: left frontal 12 mm, right cerebellar 8 mm, and left occipital 21 mm with moderate vasogenic edema. She reported word-finding pauses for about 2 weeks. She was seen in consultation on 03/02/2026 and, given prior whole brain treatment, stereotactic radiosurgery was recommended rather than repeat whole brain irradiation.

PAST MEDICAL HISTORY: Hypertension for 15 years. Type 2 diabetes mellitus, hemoglobin A1c 7.4% in January. Hypothyroidism. Osteopenia. Remote deep venous thrombosis of the left leg in 2020.

PAST SURGICAL HISTORY: Bronchoscopy with EBUS in 2020. Cholecystectomy in 1999. Right carpal tunnel release in 2011.

MEDICATIONS:
1. Osimertinib 80 mg p.o. daily.
2. Dexamethasone 4 mg p.o. twice daily, started 02/26/2026, to taper after treatment.
3. Levetiracetam 500 mg p.o. twice daily.
4. Famotidine 20 mg p.o. twice daily while on steroids.
5. Lisinopril 10 mg daily.
6. Metformin 1000 mg twice daily; insulin glargine 12 units at bedtime while on steroids.
7. Levothyroxine 75 mcg daily.
8. Apixaban 2.5 mg twice daily.

ALLERGIES: Sulfa drugs (rash). Iodinated contrast: mild hives in 2019, premedicated with prednisone 50 mg x 3 doses and diphenhydramine 50 mg.

SOCIAL HISTORY: Retired school librarian. Former smoker, 22 pack-years, quit in 2004. Drinks 1 glass of wine per week. Lives with her husband; two adult daughters.

FAMILY HISTORY: Mother with breast cancer at 71. Father died of myocardial infarction at 64.

REVIEW OF SYSTEMS: Positive for mild fatigue, intermittent frontal headache rated 3/10, and word-finding difficulty. Negative for fever, weight loss (weight stable at 68 kg), visual changes, seizures, focal weakness, nausea or vomiting. All other systems reviewed and negative.

PHYSICAL EXAMINATION:
VITAL SIGNS: Temperature 36.7 C, pulse 84, blood pressure 142/86, respiratory rate 16, oxygen saturation 96% on room air. Weight 68.2 kg.
GENERAL: Pleasant, alert, in no distress. KPS 80. ECOG 1.
HEENT: Mild cushingoid facies. Pupils equal, round and reactive. Extraocular movements intact.
NECK: Supple, no adenopathy.
LUNGS: Clear bilaterally, slight decrease at the right apex.
HEART: Regular rate and rhythm, no murmur.
NEUROLOGIC: Oriented x 3. Mild anomia on confrontation naming (5 of 6 objects). Cranial nerves II through XII intact. Strength 5/5 throughout. Finger-to-nose intact. Gait steady.

LABORATORY DATA: 03/10/2026: WBC 11.2 (on steroids), hemoglobin 12.1, platelets 214,000. Sodium 137, potassium 4.2, creatinine 0.9, glucose 188. ALT 24, AST 22.

IMAGING: MRI brain with and without contrast 02/24/2026 as above; largest lesion left occipital 21 x 17 mm. No hemorrhage. No leptomeningeal enhancement. CT chest, abdomen and pelvis 02/20/2026: stable treated right upper lobe scar, no new disease outside the brain.

TREATMENT SUMMARY: On 03/12/2026 she was immobilized in a custom open-face thermoplastic mask and underwent a 1 mm planning CT, which was fused with a volumetric gadolinium-enhanced planning MRI obtained the same morning. Three gross tumor volumes were contoured with a 1 mm planning margin. Treatment was planned in ORCHARD-PLAN 5 (invented), single isocenter, four non-coplanar volumetric arcs, 6 MV flattening-filter-free beams at a dose rate of 1400 MU per minute, 9,842 monitor units in total. The physics second calculation agreed within 1.8 percent, and patient-specific QA passed at 97.6% gamma (2%/1 mm).
On 03/17/2026 she received single-fraction stereotactic radiosurgery on the 6 MV FFF gantry linac. Cone-beam CT with six-degree-of-freedom couch correction was performed before the first arc and repeated before the third arc, with surface guidance throughout. The left frontal metastasis received twenty gray and the right cerebellar metastasis twenty gray, and the left occipital metastasis, because of its size and the prior whole brain dose, received eighteen gray, each prescribed to the 80 percent isodose line in one fraction. Brainstem maximum 9.6 Gy, optic chiasm maximum 2.1 Gy, brain minus GTV V12 Gy 6.8 cc. Cumulative brain dose with the 2021 whole brain course was reviewed and accepted. Treatment time was 14 minutes. She tolerated the procedure well.

IMPRESSION: Sixty-seven-year-old woman with EGFR-mutated non-small cell lung cancer and three new brain metastases after prior whole brain radiotherapy, now status post single-fraction stereotactic radiosurgery to all three lesions.

PLAN:
1. Dexamethasone taper: 4 mg twice daily for 3 more days, then 2 mg twice daily x 4 days, then 2 mg daily x 4 days, then stop.
2. Continue levetiracetam 500 mg twice daily until follow-up; continue osimertinib.
3. MRI brain in 8 weeks, then every 3 months.
4. Return to clinic in 2 months; sooner for headache, seizure or new deficit.

Dr. Maren Ostlund-Pike, MD, Radiation Oncology
Electronically signed 03/19/2026 11:02
cc: Dr. Tobias Ferrante-Lund, Medical Oncology
{FOOT}
""")])

# q60_02 -- bundle (2 files): neurosurgery consult H&P for trigeminal neuralgia + cobalt frame procedure note ---------
_c = "SAINT ALDHELM NEUROSCIENCE PAVILION"
add(name="q60_02", kind="bundle", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("right trigeminal nerve root (functional target)", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Two documents: a neurosurgery consultation H&P for medically refractory right trigeminal neuralgia "
          "(carbamazepine 400 mg three times daily, gabapentin 600 mg, prior microvascular decompression 2019, BNI "
          "pain score V, sodium 131) and the cobalt-60 radiosurgery procedure note: frame, stereotactic MRI with "
          "CT, one 4 mm isocentre, 80 Gy maximum dose to the 100% isodose, brainstem 12 Gy isodose. A functional "
          "target is complex, so the claimed 61796 is wrong (61798).",
    docs=[
        Doc("1_consultation_HP.txt", text=f"""
SAINT ALDHELM NEUROSCIENCE PAVILION - DEPARTMENT OF NEUROSURGERY
OUTPATIENT CONSULTATION - HISTORY AND PHYSICAL

PATIENT: {patient(2)}       MRN: {mrn(2)}       DOB: 11/03/1951       DATE: 04/06/2026
REFERRING PHYSICIAN: Dr. Ilse Varga-Whitcombe, Neurology
CONSULTING PHYSICIAN: Dr. Rupert Achterberg, MD, Neurosurgery

REASON FOR CONSULTATION: Recurrent right trigeminal neuralgia, V2-V3 distribution, refractory to medical therapy.

HISTORY OF PRESENT ILLNESS: This is a 74-year-old gentleman with a 9-year history of classical right-sided trigeminal neuralgia. Pain began in 2017, lancinating, triggered by chewing, shaving and cold wind, involving the right cheek, upper lip and lower jaw. He underwent right retrosigmoid microvascular decompression at another institution in May 2019 with complete relief for about 4 years. Pain recurred in late 2023 and has escalated despite carbamazepine titrated to 400 mg three times daily, with gabapentin 600 mg three times daily added in 2025. He now has 20 to 30 paroxysms a day, rated 9/10, and has lost 6 kg because he avoids eating. Carbamazepine has caused hyponatremia (sodium 131) and unsteadiness. He is a poor candidate for repeat open surgery and declines percutaneous rhizotomy. BNI pain intensity score V.

PAST MEDICAL HISTORY: Coronary artery disease with drug-eluting stents x 2 in 2015. Atrial fibrillation on anticoagulation. Chronic kidney disease stage 3a, creatinine 1.4. Benign prostatic hyperplasia. Prostate cancer treated with external beam radiotherapy 78 Gy in 39 fractions in 2012, PSA undetectable since.

PAST SURGICAL HISTORY: Right retrosigmoid craniectomy and microvascular decompression 2019. PCI 2015. Left inguinal hernia repair 1988.

MEDICATIONS: Carbamazepine 400 mg p.o. t.i.d. Gabapentin 600 mg p.o. t.i.d. Rivaroxaban 15 mg daily. Metoprolol succinate 50 mg daily. Atorvastatin 40 mg nightly. Tamsulosin 0.4 mg nightly. Baclofen 10 mg t.i.d. was tried and stopped in 2024.

ALLERGIES: Penicillin (anaphylaxis). No latex allergy.

SOCIAL HISTORY: Retired civil engineer. Married. Never smoker. Occasional beer. Independent in all activities of daily living.

FAMILY HISTORY: Noncontributory.

REVIEW OF SYSTEMS: Positive for facial pain as above, 6 kg weight loss over 3 months, mild imbalance. Negative for hearing loss, diplopia, facial numbness, dysphagia, chest pain. Otherwise negative in 12 systems.

PHYSICAL EXAMINATION:
VITALS: BP 138/78, HR 68 irregular, RR 14, T 36.5, SpO2 97%, weight 71 kg, BMI 23.4.
HEAD: Well-healed right retromastoid incision.
NEUROLOGICAL: Alert and oriented. Facial sensation to light touch and pinprick intact in V1, V2 and V3 bilaterally. Corneal reflexes present bilaterally. Muscles of mastication strong. Facial movement symmetric. Hearing grossly intact, Weber midline. Remainder of cranial nerves intact. Strength 5/5. Romberg mildly positive. Gait slightly wide-based.

LABORATORY DATA: Sodium 131, potassium 4.6, creatinine 1.4, eGFR 51. INR not applicable on rivaroxaban. Hemoglobin 13.3, platelets 188.

IMAGING: MRI brain with thin-cut CISS 03/20/2026: postsurgical changes from prior MVD with Teflon felt at the right root entry zone; no new vascular contact, no mass. No MRI contraindication (stents are MR-conditional).

IMPRESSION: Recurrent classical right trigeminal neuralgia, BNI V, after microvascular decompression, intolerant of escalating anticonvulsants.

PLAN: I discussed options including repeat MVD, percutaneous balloon compression, glycerol rhizotomy and stereotactic radiosurgery. Given age, anticoagulation and preference, he would like radiosurgery. We reviewed expected latency of 4 to 12 weeks, a 70 to 80% chance of meaningful relief, and a 10 to 20% risk of facial numbness. Plan radiosurgery to the right trigeminal nerve on the cobalt-60 unit under a stereotactic frame with a maximum dose of 80 Gy, target 4/28/2026. Hold rivaroxaban 48 hours before frame placement per cardiology. Continue carbamazepine for now.

Dr. Rupert Achterberg, MD, Neurosurgery - signed 04/06/2026
{FOOT}
"""),
        Doc("2_radiosurgery_procedure_note.pdf", [[
            H1("STEREOTACTIC RADIOSURGERY - PROCEDURE NOTE"),
            KeyValue([("Date of procedure", "04/28/2026"), ("Surgeon", "Rupert Achterberg, MD (Neurosurgery)"),
                      ("Radiation oncologist", "Cecily Brandvold, MD"), ("Physicist", "Anselm Koury, PhD, DABR"),
                      ("Unit", "Multi-source cobalt-60 radiosurgery unit (192 sources); source calibration dose rate 2.61 Gy/min"),
                      ("Preoperative diagnosis", "Right trigeminal neuralgia, recurrent after MVD"),
                      ("Postoperative diagnosis", "Same"),
                      ("Procedure", "Application of stereotactic head frame; stereotactic MRI and CT; radiosurgery to the right trigeminal nerve"),
                      ("Anesthesia", "Local: 1% lidocaine with bicarbonate, 20 mL total at 4 pin sites; lorazepam 1 mg p.o.")]),
            H2("Description of procedure"),
            P("The patient was brought to the radiosurgery suite at 06:40. Rivaroxaban had been held since 04/26. After local anesthesia the "
              "stereotactic head frame was applied with four pins, slightly shifted to the right to center the target. Stereotactic MRI "
              "(3D T1 post-gadolinium and 0.8 mm CISS through the posterior fossa) and a stereotactic CT (1 mm) were obtained and co-registered "
              "in TARNHELM-GP 3 (invented). The right trigeminal nerve was identified in the cisternal segment 7 mm anterior to the root entry "
              "zone, distal to the Teflon felt."),
            P("Dose plan: one isocenter with the 4 mm collimator, all sectors open except two sectors blocked toward the brainstem. Maximum dose "
              "80 Gy prescribed at the 100% isodose line; the 50% isodose (40 Gy) lies along the nerve; the brainstem surface receives less than "
              "the 20% isodose line (16 Gy) and the 12 Gy isodose does not touch the pons. Beam-on time 51.4 minutes."),
            P("Before treatment the frame coordinates were verified on the couch (frame adapter check, deviation 0.2 mm) and the physicist "
              "performed an independent second check of the shot coordinates and treatment time. Radiosurgery was delivered in one session "
              "without interruption, 80 Gy maximum dose to the right trigeminal nerve. The frame was removed at 10:55; pin sites were "
              "hemostatic and dressed."),
            KeyValue([("Estimated blood loss", "Minimal (pin sites)"), ("Complications", "None"),
                      ("Disposition", "Discharged home at 12:30 with his wife. Resume rivaroxaban 04/29. Continue carbamazepine 400 mg t.i.d.; "
                                      "taper only after pain relief. Follow-up in 6 weeks, MRI not routinely needed.")]),
            sig("Rupert Achterberg, MD, Neurosurgery 04/28/2026"),
            sig("Cecily Brandvold, MD, Radiation Oncology 04/28/2026; Anselm Koury, PhD, DABR 04/28/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 2, "11/03/1951"))),
    ])

# q60_03 -- pdf prose: completion summary, post-op cavity 27 Gy/3 fx (4.1 cm, complex), planned 30 Gy/5 first ---------
_c = "BRIGHTWATER UNIVERSITY MEDICAL CENTER"
add(name="q60_03", kind="pdf", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", C, 27, 3)],
    categories=cats(),
    notes="PDF prose completion summary with H&P sections: post-operative fractionated SRS to a 4.1 cm left "
          "parietal resection cavity (complex by size), 27 Gy in 3 fractions at the 80% isodose on a gantry linac, "
          "mask, CT + MRI, daily CBCT. Noise: tumor board discussed 30 Gy in 5 fractions (not used), breast RT "
          "50 Gy in 25 fractions plus a 10 Gy boost in 2019, trastuzumab cycle 6, dexamethasone 2 mg, "
          "levetiracetam 750 mg, preoperative tumor 4.6 x 3.9 cm, LVEF 58%, ECOG 1.",
    docs=[Doc("q60_03.pdf", [[
        H1("Radiation Oncology - Treatment Completion Summary"),
        KeyValue([("Patient", patient(3)), ("MRN", mrn(3)), ("Date of birth", "05/14/1969"),
                  ("Attending", "Philippa Drummond-Ose, MD"), ("Referring", "Caspar Lindqvist, MD (Neurosurgery); Rhea Montfort, MD (Medical Oncology)"),
                  ("Course dates", "04/20/2026 - 04/24/2026")]),
        H2("HISTORY OF PRESENT ILLNESS"),
        P("Ms. Sixtypatient is a 56-year-old woman with HER2-positive breast cancer. She was diagnosed in 2019 with a stage IIB (pT2 N1 M0) left "
          "breast carcinoma, treated with neoadjuvant docetaxel, carboplatin, trastuzumab and pertuzumab for 6 cycles, lumpectomy and axillary "
          "dissection, and adjuvant radiotherapy to the left breast and regional nodes, 50 Gy in 25 fractions with a 10 Gy tumor bed boost in 5 "
          "fractions. She completed a year of trastuzumab in 2020. In February 2026 she presented with right-hand clumsiness and a focal motor "
          "seizure. MRI showed a solitary 4.6 x 3.9 cm enhancing left parietal mass with 1 cm of midline shift. She underwent gross total "
          "resection on 03/09/2026 (Dr. Lindqvist); pathology confirmed metastatic HER2-positive carcinoma (IHC 3+). The post-operative cavity "
          "measured 4.1 cm in greatest dimension on the 03/30/2026 MRI, with no residual nodular enhancement."),
        P("At the CNS tumor board on 04/01/2026, whole brain radiotherapy was not favored. Post-operative cavity radiosurgery was recommended; "
          "30 Gy in 5 fractions was discussed, and after review of the cavity volume and cortical location 27 Gy in 3 fractions was chosen."),
        H2("PAST MEDICAL HISTORY"),
        P("Hypertension. Migraine. Anxiety. Left arm lymphedema, mild. No prior cranial irradiation."),
        H2("MEDICATIONS"),
        P("Levetiracetam 750 mg twice daily; dexamethasone 2 mg daily (tapering, started at 4 mg every 6 hours peri-operatively); "
          "trastuzumab every 3 weeks (resumed, cycle 6 given 04/13/2026); amlodipine 5 mg daily; sertraline 50 mg daily; omeprazole 20 mg daily."),
        H2("ALLERGIES"),
        P("No known drug allergies."),
        H2("SOCIAL HISTORY"),
        P("Accountant, on leave. Never smoker. No alcohol since surgery. Married, one son aged 19. Not driving for 6 months after the seizure."),
        H2("REVIEW OF SYSTEMS"),
        P("Mild fatigue. Residual right-hand fine-motor slowing, improving. No further seizures since 02/2026. No headache, vomiting or visual change."),
        H2("PHYSICAL EXAMINATION"),
        P("BP 128/80, HR 76, RR 14, T 36.8 C, SpO2 99%, weight 72 kg. ECOG 1, KPS 80. Healed left parietal craniotomy incision. Alert, fluent. "
          "Right pronator drift absent; right grip 4+/5, otherwise 5/5. Sensation intact. Cardiac exam normal; echocardiogram 03/2026 LVEF 58%."),
        H2("LABORATORY DATA"),
        P("04/14/2026: WBC 8.9, Hgb 12.8, platelets 251; sodium 140, creatinine 0.7, glucose 132."),
        H2("TREATMENT"),
        P("Simulation 04/14/2026: custom thermoplastic SRS mask; planning CT at 1 mm slice thickness co-registered with a contrast-enhanced "
          "volumetric planning MRI of 04/13/2026. The CTV was the resection cavity plus the surgical tract and a 5 mm dural margin along the "
          "bone flap; PTV = CTV + 2 mm (PTV 38.2 cc). Plan: 6 MV FFF gantry linac, three volumetric arcs including two couch kicks, planning "
          "system ALDERCALC 12 (invented); 27 Gy in 3 fractions of 9 Gy prescribed to the 80% isodose line with 97.8% PTV coverage; maximum "
          "point dose 33.6 Gy. Brainstem Dmax 4.1 Gy, chiasm 1.2 Gy, normal brain V21 Gy 18.4 cc. Physics plan check and portal dosimetry QA passed."),
        P("Delivery: fractions on 04/20, 04/22 and 04/24/2026, each after cone-beam CT with six-degree-of-freedom couch correction (maximum "
          "translation 1.1 mm, rotation 0.6 degrees). She completed the full 27 Gy in 3 fractions to the left parietal resection cavity without "
          "interruption."),
        H2("IMPRESSION"),
        P("Metastatic HER2-positive breast cancer with a resected 4.6 cm left parietal metastasis, status post post-operative stereotactic "
          "radiosurgery to the cavity, 27 Gy in 3 fractions, tolerated well with grade 1 fatigue and no new neurological symptoms."),
        H2("PLAN"),
        BulletList(["Taper dexamethasone 2 mg to 1 mg daily for 1 week, then stop.", "Continue levetiracetam 750 mg twice daily; neurology to decide on taper at 6 months.",
                    "MRI brain in 6 to 8 weeks, then every 3 months for the first year.", "Continue trastuzumab per Dr. Montfort; tucatinib under discussion."],
                   numbered=True),
        sig("Philippa Drummond-Ose, MD, Radiation Oncology 04/27/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 3, "05/14/1969")))])

# q60_04 -- dictation: neurosurgery procedure note, vestibular schwannoma, cobalt frame 12 Gy at 50% -----------------
add(name="q60_04", kind="dictation", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("left vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Transcribed operative-style procedure note (PREOPERATIVE DIAGNOSIS, PROCEDURE, ANESTHESIA, INDICATIONS, "
          "DESCRIPTION OF PROCEDURE) for cobalt-60 radiosurgery of a left vestibular schwannoma under a frame: "
          "12 Gy to the 50% isodose (maximum 24 Gy), 14 shots, stereotactic MRI + CT, frame coordinate check. "
          "Noise: pure-tone average 35 dB, word recognition 80%, tumor 18 x 15 x 12 mm, Koos 2, cochlea 4.1 Gy, "
          "midazolam 2 mg, lidocaine, bupivacaine 0.5%, prior thyroid I-131 100 mCi.",
    docs=[Doc("q60_04.txt", text=f"""
WESTERLY HEIGHTS HOSPITAL - GAMMA RADIOSURGERY CENTER
PROCEDURE NOTE

PATIENT NAME: {patient(4)}
MEDICAL RECORD NUMBER: {mrn(4)}
DATE OF BIRTH: 09/30/1972
DATE OF PROCEDURE: 05/05/2026
ATTENDING NEUROSURGEON: Lucan Thorsby-Vale, MD
ATTENDING RADIATION ONCOLOGIST: Nadia Okonkwo-Brent, MD
MEDICAL PHYSICIST: Gideon Falk, MS, DABR

PREOPERATIVE DIAGNOSIS: Left vestibular schwannoma, enlarging.
POSTOPERATIVE DIAGNOSIS: Left vestibular schwannoma, enlarging.

PROCEDURE PERFORMED:
1. Application of stereotactic head frame.
2. Stereotactic MRI and CT imaging for target localization.
3. Stereotactic radiosurgery, left vestibular schwannoma, multi-source cobalt-60 unit.

ANESTHESIA: Local anesthesia, 1% lidocaine with epinephrine mixed 1:1 with 0.5% bupivacaine, 5 mL per pin site, with midazolam 2 mg IV for anxiolysis.

INDICATIONS: The patient is a 53-year-old woman who presented in 2023 with left-sided tinnitus and gradual hearing loss. MRI in April 2023 showed a 12 x 10 mm left intracanalicular and cerebellopontine angle vestibular schwannoma. She elected observation. Serial MRIs in 2024 and 2025 showed growth, and the MRI of 03/02/2026 measures 18 x 15 x 12 mm (Koos grade 2), a volume increase of about 60 percent in 2 years. Audiogram 03/10/2026: pure-tone average 35 dB on the left, word recognition score 80 percent (Gardner-Robertson class II); right ear normal. Facial nerve House-Brackmann grade I. Options of continued observation, microsurgical resection via retrosigmoid or translabyrinthine approach, and radiosurgery were discussed in detail, including the 5 to 10 percent risk of delayed trigeminal or facial symptoms and the likelihood of gradual hearing decline. She chose radiosurgery and consent was signed on 04/14/2026.

PAST HISTORY: Graves disease treated with radioactive iodine, 100 mCi I-131, in 2008, now hypothyroid on levothyroxine 112 mcg daily. Asthma, mild, albuterol as needed. Two cesarean sections. Allergic to codeine (vomiting). Nonsmoker. Works as a veterinary technician.

VITAL SIGNS BEFORE PROCEDURE: BP 124/76, HR 72, SpO2 98 percent, weight 64 kg.

DESCRIPTION OF PROCEDURE: The patient was identified in the pre-procedure area, and the site and side were confirmed. After local anesthetic infiltration at four pin sites, the stereotactic head frame was applied, positioned low and to the left to include the posterior fossa. Stereotactic MRI was obtained with 1 mm contrast-enhanced T1 volumetric images and 0.6 mm T2 CISS images through the internal auditory canals. A stereotactic CT with 1 mm slices was also obtained and fused to the MRI for geometric accuracy. The images were transferred to the planning workstation, BRAMBLE-GP 8 (invented), where the tumor, cochlea, brainstem, and facial-vestibulocochlear nerve complex were outlined. Tumor volume 1.62 cc.

A conformal plan using 14 isocenters (shots) with 4 mm and 8 mm collimators was created. The prescription was 12 Gy to the 50 percent isodose line, covering 98.1 percent of the tumor volume, maximum dose 24 Gy, selectivity 0.81, gradient index 2.71. Mean cochlear dose 4.1 Gy. Brainstem maximum 11.2 Gy with 0.02 cc over 10 Gy. The plan was reviewed and approved by neurosurgery, radiation oncology and physics, and the physicist performed an independent verification of the treatment time (58.3 minutes at the current dose rate of 2.74 Gy per minute).

The patient was positioned on the couch and the frame docked. Frame coordinates were verified with the coordinate check tool before treatment (maximum deviation 0.3 mm). Radiosurgery was then delivered in a single session: 12 Gy to the 50 percent isodose line at the margin of the left vestibular schwannoma. There was one pause at minute 31 for the patient to be repositioned in comfort, with resumption without any change in setup. The frame was then removed. The pin sites were cleansed and dressed with bacitracin. There was minimal bleeding.

COMPLICATIONS: None. She had a mild headache treated with acetaminophen 650 mg.

DISPOSITION: Discharged at 14:10 in the care of her husband. Dexamethasone was not given. Follow-up MRI with audiogram at 6 months, and clinic visits at 6 and 12 months.

Lucan Thorsby-Vale, MD - dictated 05/05/2026, signed 05/06/2026
Nadia Okonkwo-Brent, MD - cosigned 05/06/2026
{FOOT}
""")])

# q60_05 -- scan: typed completion letter, robotic linac 25 Gy/5 fx to a cavernous sinus meningioma near the chiasm ---
_c = "MIDLOTHIAN RIVER CANCER CARE"
add(name="q60_05", kind="scan", codes=["G0339", "G0340", "77435", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("right cavernous sinus meningioma", "cranial", C, 25, 5)],
    categories=cats(),
    notes="Scanned (150 dpi, slight skew and speckle) typed completion letter to the referring ophthalmologist: "
          "residual right cavernous sinus meningioma 3 mm from the optic chiasm (complex by location and site) "
          "after subtotal resection in 2018 (Simpson IV), hypofractionated SRS 25 Gy in 5 fractions to the 78% "
          "isodose on a robotic-arm linac, mask, CT + MRI, 6D skull tracking. Noise: visual acuity 20/40, "
          "Humphrey mean deviation -6.2 dB, chiasm constraint 25 Gy / 5 fractions, cabergoline 0.5 mg, MU 31,240.",
    docs=[Doc("q60_05.pdf", [[
        P("MIDLOTHIAN RIVER CANCER CARE - Department of Radiation Oncology - 1400 Wharf Street (synthetic address)"),
        P("May 29, 2026"),
        P("Dr. Beatrix Halloran-Reyes, Neuro-ophthalmology, Eastgate Eye Associates"),
        P(f"RE: {patient(5)}     MRN {mrn(5)}     DOB 02/18/1961"),
        P("Dear Dr. Halloran-Reyes:"),
        P("Thank you for asking us to see Mr. Sixtypatient, a 65-year-old man with a residual right cavernous sinus meningioma. I am writing to let "
          "you know that he completed stereotactic radiosurgery on 05/22/2026."),
        P("HISTORY: He presented in 2018 with right retro-orbital pain and diplopia and underwent a right pterional craniotomy with subtotal "
          "resection (Simpson grade IV) of a sphenoid wing and cavernous sinus meningioma, WHO grade 1, Ki-67 2%. The residual was observed. MRI "
          "in 2022 was stable. MRI of 02/11/2026 showed growth of the cavernous sinus component to 2.6 x 2.2 x 1.9 cm, extending to within 3 mm of "
          "the right side of the optic chiasm. Your examination on 02/20/2026 found visual acuity 20/40 OD and 20/25 OS, a Humphrey mean "
          "deviation of -6.2 dB OD with an early superotemporal defect, and a mild right sixth nerve palsy."),
        P("OTHER HISTORY: Prolactinoma treated medically since 2009 (cabergoline 0.5 mg twice weekly), hypertension, sleep apnea on CPAP, "
          "gout. Medications also include losartan 50 mg, allopurinol 300 mg and aspirin 81 mg. No allergies. Nonsmoker. ECOG 0."),
        P("TREATMENT: Because of the proximity to the chiasm we chose a hypofractionated course. He was immobilized in a thermoplastic mask and "
          "underwent a 1 mm contrast CT simulation on 05/08/2026 fused with a thin-slice contrast MRI of 05/07/2026. GTV 5.8 cc, PTV = GTV + 1 mm "
          "(7.1 cc). Treatment was planned on KITTIWAKE-PLAN 4 (invented) for a robotic-arm mounted 6 MV linac, 211 non-isocentric beams with the "
          "variable-aperture collimator, 31,240 MU total. The prescription was 25 Gy in 5 fractions of 5 Gy to the 78% isodose line, covering "
          "96.4% of the PTV. The optic chiasm maximum was 23.8 Gy against a 25 Gy five-fraction limit; right optic nerve 22.1 Gy; brainstem "
          "maximum 19.5 Gy. The physicist's independent MU check agreed within 1.5%."),
        P("He was treated on 05/18, 05/19, 05/20, 05/21 and 05/22/2026, with orthogonal kV imaging and 6D skull tracking throughout each "
          "fraction (mean correction 0.4 mm). He received the full 25 Gy in 5 fractions to the right cavernous sinus meningioma. He had mild "
          "fatigue and one headache relieved with acetaminophen; there was no change in vision during treatment."),
        P("PLAN: MRI brain and formal visual fields at 6 months, then yearly. I would be grateful if you could continue to follow his fields "
          "every 6 months. Please call with any change in acuity."),
        P("Sincerely,"),
        sig("Tobias Wrenfield, MD, Radiation Oncology   05/29/2026"),
        P("cc: Dr. Aurelio Kastner, Neurosurgery; Dr. Mina Castellanos, primary care"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 5, "02/18/1961"), scan=True, scan_dpi=150,
                  scan_skew=0.6, scan_noise=6.0))])

# q60_06 -- pdf, two-column page: H&P-style consult with treatment, melanoma, 6 lesions incl. pons; 61799 claimed -----
_c = "CRESTMOOR ACADEMIC ONCOLOGY"
add(name="q60_06", kind="pdf", codes=["77372", "77432", "61798", "61797", "61799"],
    facts=F("linac", ["cranial"], 6, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis", "cranial", S, 20, 1), L("left frontal metastasis", "cranial", S, 20, 1),
             L("right parietal metastasis", "cranial", S, 18, 1), L("left temporal metastasis", "cranial", S, 20, 1),
             L("right cerebellar metastasis", "cranial", S, 18, 1), L("left pontine metastasis", "cranial", C, 15, 1)],
    categories=cats(),
    notes="One two-column page: H&P-style consult and same-week procedure summary for melanoma with six brain "
          "metastases (five simple, one in the pons: complex) treated in one linac session, 20/20/18/20/18 Gy and "
          "15 Gy to the pontine lesion, mask, CT + MRI, CBCT. Noise: ipilimumab/nivolumab cycle 3 of 4, "
          "dabrafenib 150 mg twice daily, LDH 312, BRAF V600E, prior adjuvant nodal RT 48 Gy in 20 fractions. "
          "Only one complex lesion: the claimed 61799 is wrong.",
    docs=[Doc("q60_06.pdf", [[
        H1("Radiation Oncology Consultation and SRS Note"),
        Paragraph(f"{patient(6)} | MRN {mrn(6)} | 49 y/o M | Seen 06/01/2026, treated 06/05/2026 | Attending: Yusuf Albrechtsen, MD", bold=True),
        H2("HPI"),
        P("Stage IIIC (pT3b N2a) melanoma of the left upper back excised 2023 (Breslow 3.4 mm, ulcerated, BRAF V600E). Completion dissection "
          "showed 3 of 14 left axillary nodes positive; adjuvant nodal radiotherapy 48 Gy in 20 fractions in 2023 because of extranodal "
          "extension, then adjuvant nivolumab for 12 months. Restaging in 05/2026 found lung and liver metastases and MRI brain 05/27/2026 showed "
          "six enhancing lesions, 4 to 19 mm, one in the left pons measuring 6 mm. Started ipilimumab plus nivolumab (cycle 3 of 4 due 06/15) and "
          "dabrafenib 150 mg twice daily with trametinib 2 mg daily on hold."),
        H2("PMH / Meds / Allergies"),
        P("Psoriasis; GERD. Meds: dabrafenib 150 mg BID, dexamethasone 2 mg daily, levetiracetam 500 mg BID (prophylaxis, no seizure), pantoprazole "
          "40 mg. Allergies: none known."),
        H2("Social"),
        P("Roofing contractor. Quit smoking 2015 (10 pack-years). 2-4 beers a week."),
        H2("ROS"),
        P("Mild left facial tingling, occasional diplopia on right gaze. No headache, no seizures. 3 kg weight loss."),
        H2("Exam"),
        P("T 36.9, HR 88, BP 131/82, SpO2 98%. KPS 90. Mild left V2 hypesthesia; subtle right lateral gaze nystagmus. Strength 5/5. Gait normal."),
        H2("Labs"),
        P("LDH 312 U/L (ULN 250), ALT 41, AST 38, TSH 2.1, cortisol 11, WBC 7.3, Hgb 13.9, platelets 198."),
        ColumnBreak(),
        H2("Assessment"),
        P("Six brain metastases from BRAF-mutant melanoma, KPS 90, systemic therapy under way. SRS to all six lesions recommended over whole brain RT."),
        H2("SRS procedure summary (06/05/2026)"),
        P("Open-face thermoplastic mask. Planning CT 1 mm and contrast MRI 1 mm (both 06/02/2026), co-registered. PTV = GTV + 1 mm. Two "
          "isocenters, dynamic conformal arcs on the 6 MV FFF gantry linac, plan in GLENFIELD-TPS 2 (invented), prescription to the 80% "
          "isodose line, single fraction. CBCT and 6DoF correction before each isocenter; intrafraction surface monitoring, 1 mm tolerance."),
        RuledTable([("Lesion", "Size", "Rx (Gy)", "Delivered"),
                    ("R frontal", "19 mm", "20", "20 Gy"),
                    ("L frontal", "8 mm", "20", "20 Gy"),
                    ("R parietal", "14 mm", "18", "18 Gy"),
                    ("L temporal", "11 mm", "20", "20 Gy"),
                    ("R cerebellar", "16 mm", "18", "18 Gy"),
                    ("L pons", "6 mm", "15", "15 Gy")]),
        P("Brainstem D0.03cc 15.9 Gy (pontine target inside the brainstem, accepted); chiasm 3.2 Gy; V12 Gy 8.7 cc. 11,460 MU. Physics "
          "secondary check passed. All six lesions treated in one session; tolerated well."),
        H2("Plan"),
        P("Dexamethasone 4 mg for 3 days then back to 2 mg and taper. Resume immunotherapy on schedule. MRI at 6 weeks."),
        sig("Yusuf Albrechtsen, MD, Radiation Oncology 06/05/2026"),
    ]], opts=dict(header=banner(_c, "Neuro-oncology", 6, "10/09/1976"), two_columns=True, font_size=8.0))])

# q60_07 -- dictation: completion note, cobalt-60 mask-based 24 Gy/3 fx; 77371/77432 claimed (wrong) ---------------
add(name="q60_07", kind="dictation", codes=["77371", "77432", "61796"],
    facts=F("cobalt60", ["cranial"], 1, 3, ["MRI"], ["mask"]),
    lesions=[L("left temporal metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Dictated completion note with doses spoken in words ('eight gray per fraction times three', 'twenty-four "
          "gray'): one 2.8 cm left temporal breast-cancer metastasis (simple) treated on a mask-capable cobalt-60 "
          "unit in three fractions at the 50% isodose, MRI only with on-unit cone-beam CT as the stereotactic "
          "reference and infrared motion monitoring. Noise: prior left breast RT 50 Gy in 25 plus 10 Gy boost "
          "(2019), trastuzumab deruxtecan cycle 6, LVEF 58%, ondansetron 8 mg, hemoglobin 10.9. The claimed "
          "single-session codes 77371/77432 are wrong for three fractions.",
    docs=[Doc("q60_07.txt", text=f"""
ELMSTEAD REGIONAL MEDICAL CENTER
RADIOSURGERY COMPLETION NOTE - DICTATED

Patient: {patient(7)}    MRN: {mrn(7)}    DOB: 12/01/1963
Date of dictation: 06/12/2026    Dictating physician: Sunniva Marchetti, MD, Radiation Oncology
Job #: 60-7731-44

This is a dictated completion note for a fractionated radiosurgery course.

HISTORY OF PRESENT ILLNESS: Ms. Sixtypatient is a sixty-two-year-old woman with metastatic HER2-low left breast cancer, originally stage IIA in 2019, treated with lumpectomy, four cycles of docetaxel and cyclophosphamide, and whole breast radiation fifty gray in twenty-five fractions with a ten gray boost, then anastrozole. She recurred in bone and liver in 2024 and is currently on trastuzumab deruxtecan, cycle six given on May twenty-eighth. She developed word-finding difficulty in May, and MRI of the brain on May fifteenth showed a single two point eight centimeter enhancing left temporal lesion with surrounding edema, no other lesions. Because of the size and location near language cortex, we recommended a three-fraction course rather than a single session.

PAST MEDICAL HISTORY: Hypertension, depression, obesity with a body mass index of thirty-four. Echocardiogram April 2026, ejection fraction fifty-eight percent.

MEDICATIONS: Dexamethasone four milligrams twice daily, levetiracetam five hundred milligrams twice daily, ondansetron eight milligrams as needed, hydrochlorothiazide twenty-five milligrams daily, escitalopram ten milligrams daily.

ALLERGIES: Morphine causes itching.

SOCIAL HISTORY: Works part time as a pharmacy technician. Never smoked. Social alcohol. Lives with her partner.

REVIEW OF SYSTEMS: Mild headache, word-finding pauses, fatigue. No seizures, no vision change, no weakness. Appetite fair.

EXAMINATION: Blood pressure one thirty-six over eighty-four, pulse ninety, temperature thirty-six point nine, oxygen saturation ninety-seven percent, weight ninety-one kilograms. KPS eighty. Mild nominal aphasia, otherwise nonfocal.

LABORATORY: Hemoglobin ten point nine, platelets one hundred forty-two thousand, creatinine zero point eight, ALT fifty-two.

TREATMENT: On June first she was fitted with a thermoplastic mask with a nose marker for the infrared motion management system on the multi-source cobalt-60 radiosurgery unit. A contrast-enhanced planning MRI at one millimeter was obtained on June first; no planning CT was needed because the on-unit cone-beam CT defines the stereotactic reference at each fraction. The plan in HEATHROW-GP 2 (invented) used twenty-six shots with four, eight and sixteen millimeter collimation, prescribing eight gray per fraction times three to the fifty percent isodose line, coverage ninety-seven percent, maximum dose forty-eight gray over the course. Mean dose to the left hippocampus was four gray.

She was treated on June eighth, June tenth, and June twelfth. Before each fraction a cone-beam CT was acquired and the plan was re-positioned to the day's anatomy, and the nose marker was tracked throughout with a one point five millimeter threshold; there were no interruptions for motion. She has completed twenty-four gray in three fractions to the left temporal metastasis. She had mild fatigue and one episode of nausea after the second fraction, relieved with ondansetron.

IMPRESSION: Single left temporal metastasis from breast cancer, status post fractionated radiosurgery, twenty-four gray in three fractions, completed June twelfth, tolerated well.

PLAN: Dexamethasone taper over ten days. Continue trastuzumab deruxtecan; cycle seven due June eighteenth. MRI brain in eight weeks. Follow-up in clinic with me at that time.

Sunniva Marchetti, MD
D: 06/12/2026  T: 06/12/2026  Electronically signed 06/13/2026
{FOOT}
""")])

# q60_08 -- bundle (3 files): admission H&P (seizure, AVM found), linac frame SRS record, physics second check --------
_c = "NORTHGATE PRESBYTERIAN HOSPITAL"
add(name="q60_08", kind="bundle", codes=["77372", "77432", "61798", "61800"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("right parietal arteriovenous malformation", "cranial", C, 18, 1)],
    categories=cats(),
    notes="Three documents: a hospitalist admission H&P from January for a first seizure (AVM found; radiosurgery "
          "only recommended there; levetiracetam 1000 mg, lacosamide 100 mg, CT head, troponin, vitals), the "
          "linac radiosurgery treatment record in May with a head ring frame, stereotactic CT, MRI and catheter "
          "angiography, 18 Gy to the 80% isodose to a 2.2 cm Spetzler-Martin II nidus (AVM: complex), and a "
          "physics second-check note (MU, dose rate, Winston-Lutz). Only the May course counts.",
    docs=[
        Doc("1_admission_HP.txt", text=f"""
NORTHGATE PRESBYTERIAN HOSPITAL - HOSPITAL MEDICINE
ADMISSION HISTORY AND PHYSICAL

PATIENT: {patient(8)}     MRN: {mrn(8)}     DOB: 08/16/1994     ADMIT DATE: 01/11/2026
ATTENDING: Okoro Bellweather, MD (Hospitalist)

CHIEF COMPLAINT: First-time generalized seizure.

HISTORY OF PRESENT ILLNESS: 31-year-old previously healthy man brought by EMS after a witnessed generalized tonic-clonic seizure at the gym lasting approximately 2 minutes, with tongue biting and 20 minutes of postictal confusion. EMS gave midazolam 5 mg IM for a second brief seizure en route. In the ED he was back to baseline. CT head without contrast showed a 2 cm hyperdense serpiginous area in the right parietal lobe without hemorrhage. CTA head suggested an arteriovenous malformation. No prior headaches, no family history of seizures or vascular malformations.

PAST MEDICAL HISTORY: ADHD in childhood. Left ACL reconstruction 2016.
MEDICATIONS: None at home. Creatine supplement.
ALLERGIES: NKDA.
SOCIAL HISTORY: Software tester. Drinks 6-8 drinks on weekends. Marijuana occasionally. No tobacco. Lives alone.
FAMILY HISTORY: Father with hypertension; mother with migraines.

REVIEW OF SYSTEMS: Sore tongue, muscle aches. No headache, vision change, weakness, fever. 10 other systems negative.

PHYSICAL EXAMINATION:
Vitals: T 37.4 C, HR 104 then 82, BP 148/92 then 126/74, RR 18, SpO2 99% RA. Weight 82 kg.
General: Drowsy but oriented x 3. Lateral tongue laceration.
Neuro: CN II-XII intact. Strength 5/5 all extremities. No drift. Sensation intact. Reflexes 2+ symmetric. Visual fields full to confrontation.
Cardiac, lung and abdominal exams normal.

LABS: Na 139, K 3.6, glucose 126, creatinine 1.1, CK 612, lactate 3.4 (repeat 1.2), troponin <0.01, ethanol negative, urine drug screen positive for THC. CBC normal.

IMAGING: CT head and CTA as above. MRI brain with and without contrast (01/12/2026): 2.2 x 1.9 x 1.8 cm right parietal AVM nidus with superficial cortical venous drainage to the superior sagittal sinus; no deep venous drainage; no hemorrhage. EEG: right centroparietal sharp waves.

ASSESSMENT AND PLAN:
1. Seizure secondary to right parietal AVM, unruptured. Load levetiracetam 1500 mg IV then 1000 mg p.o. BID; add lacosamide 100 mg BID if recurrent. Seizure precautions. No driving per state law (6 months).
2. AVM: Neurosurgery (Dr. Feodora Lindgren) consulted; Spetzler-Martin grade II (size <3 cm 1, eloquent 1, superficial drainage 0). Catheter angiography as outpatient. Options of microsurgery, embolization, and stereotactic radiosurgery to be discussed in the neurovascular clinic; radiosurgery likely recommended given eloquent location.
3. Alcohol use: counseled. CIWA not needed.
4. Discharge anticipated in 24-48 hours.

Okoro Bellweather, MD - signed 01/11/2026 23:40
{FOOT}
"""),
        Doc("2_radiosurgery_treatment_record.pdf", [[
            H1("Stereotactic Radiosurgery Treatment Record - Frame-based Linac"),
            KeyValue([("Patient / MRN", f"{patient(8)} / {mrn(8)}"), ("Date of treatment", "05/19/2026"),
                      ("Diagnosis", "Unruptured right parietal AVM, Spetzler-Martin II, presenting with seizure"),
                      ("Team", "Feodora Lindgren, MD (Neurosurgery); Hollis Adebayo-Kirk, MD (Radiation Oncology); Mireille Dufresne, PhD (Physics)"),
                      ("Immobilization", "Invasive stereotactic head ring, 4 pins, applied 06:55 under local anesthesia; localizer box"),
                      ("Imaging", "Stereotactic CT 1 mm with localizer; MRI 3D T1+C and TOF 1 mm (05/18/2026), fused; "
                                  "stereotactic biplanar catheter angiography 07:40 (05/19/2026) for nidus definition"),
                      ("Target", "AVM nidus 2.2 x 1.9 x 1.8 cm, 3.9 cc; draining veins excluded"),
                      ("Unit / technique", "6 MV FFF gantry linac with 2.5 mm micro-MLC; 5 dynamic conformal arcs, 1 isocenter"),
                      ("Planning system", "WYCLIFFE-TPS 3.4 (invented)"),
                      ("Prescription", "18 Gy to the 80% isodose line, single fraction (maximum 22.5 Gy)")]),
            RuledTable([("Structure", "Metric", "Value", "Constraint"),
                        ("Nidus", "Coverage at Rx", "98.6%", ">= 95%"), ("Brain - nidus", "V12 Gy", "7.4 cc", "< 10 cc"),
                        ("Brainstem", "Dmax", "1.1 Gy", "< 12 Gy"), ("Optic chiasm", "Dmax", "0.6 Gy", "< 8 Gy")]),
            H2("Delivery"),
            RuledTable([("Time", "Event"), ("09:58", "Ring docked to couch mount; ring-based localization; kV pair verification, 0.3 mm / 0.2 deg"),
                        ("10:04", "Arc 1 of 5 start"), ("10:31", "Arc 5 of 5 complete; 4,912 MU delivered"),
                        ("10:40", "Ring removed; pin sites dressed")]),
            P("Delivered: 18 Gy in 1 fraction to the right parietal AVM nidus as planned. No complications. Discharged 13:15 on levetiracetam "
              "1000 mg BID. MRI every 6 months; angiography at 3 years to confirm obliteration."),
            sig("Hollis Adebayo-Kirk, MD 05/19/2026; Feodora Lindgren, MD 05/19/2026"),
        ]], opts=dict(header=banner(_c, "Radiosurgery", 8, "08/16/1994"))),
        Doc("3_physics_second_check.txt", text=f"""
NORTHGATE PRESBYTERIAN - MEDICAL PHYSICS - SRS INDEPENDENT CHECK
Patient {patient(8)}  {mrn(8)}   Plan AVM_RPar_v1   Machine: 6 MV FFF gantry linac (LA-3)

Prescription entered: 1800 cGy x 1 to 80% IDL   (verified against signed directive)
Independent MU calculation (SPRUCECHECK 2, invented): 4,871 MU vs TPS 4,912 MU  -> -0.8%  PASS (tolerance 3%)
Dose rate: 1400 MU/min.  Cone/MLC: 2.5 mm micro-MLC leaves.
Winston-Lutz 05/19/2026 AM: max deviation 0.6 mm  PASS (tolerance 1.0 mm)
Ring localizer coordinates re-checked against angiogram-fused target: agreement 0.4 mm
Patient-specific QA (film, 05/18/2026): gamma 3%/1 mm 98.9%  PASS

Checked by: Mireille Dufresne, PhD, DABR   05/19/2026 08:45
{FOOT}
"""),
    ])


# ==================================================================================================
# Spine
# ==================================================================================================

# q60_09 -- dictation: completion summary, T10 spine SBRT 24 Gy/2 fx (RCC), earlier hip RT 8 Gy x 1 ----------------
add(name="q60_09", kind="dictation", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T10 vertebral metastasis", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Dictated spine SBRT completion summary, doses partly in words ('twenty-four gray in two fractions'): "
          "renal cell carcinoma T10 metastasis with epidural extension Bilsky 1b, SINS 7, vacuum cushion, CT "
          "myelogram-free MRI fusion, CBCT each fraction. Noise: palliative left hip 8 Gy in 1 fraction in 2022 "
          "(other course), cabozantinib 40 mg, nephrectomy 2020, cord Dmax 14.1 Gy, dexamethasone 4 mg premedication.",
    docs=[Doc("q60_09.txt", text=f"""
KESTREL BAY ONCOLOGY ASSOCIATES - RADIATION ONCOLOGY
TREATMENT SUMMARY (DICTATED)

PATIENT: {patient(9)}          MRN: {mrn(9)}          DOB: 03/27/1955
DATE OF DICTATION: 06/24/2026
PHYSICIAN: Everett Nakashima-Rowe, MD

DIAGNOSIS: Metastatic clear cell renal cell carcinoma, T10 vertebral metastasis with early epidural extension.

HISTORY OF PRESENT ILLNESS: Mr. Sixtypatient is a seventy-one-year-old man who had a left radical nephrectomy in 2020 for a pT3a N0 clear cell carcinoma, Fuhrman grade 3. Lung metastases developed in 2022 and he has been on systemic therapy since, currently cabozantinib 40 mg daily after nivolumab and ipilimumab. In 2022 he also received a single palliative fraction of 8 Gy to a painful left acetabular metastasis with good relief. In May 2026 he developed mid-thoracic back pain rated 6 out of 10, worse lying flat. MRI of the whole spine on 05/29/2026 showed a T10 vertebral body metastasis with posterior element involvement and epidural extension without cord deformity, Bilsky grade 1b, and no other new lesions. SINS score 7 (indeterminate); spine surgery saw him and did not recommend stabilization. Given radioresistant histology, stereotactic body radiotherapy was recommended.

PAST MEDICAL HISTORY: Coronary artery disease, hypertension, chronic kidney disease stage 3b (creatinine 1.8 after nephrectomy), hypothyroidism from immunotherapy, gout.

MEDICATIONS: Cabozantinib 40 mg daily, levothyroxine 100 mcg daily, amlodipine 10 mg daily, metoprolol 25 mg twice daily, allopurinol 100 mg daily, oxycodone 5 mg every 6 hours as needed, senna.

ALLERGIES: Iodinated contrast (renal function, not allergy); no drug allergies.

SOCIAL HISTORY: Retired postal worker, married, former smoker 30 pack-years, quit 2010. No alcohol.

REVIEW OF SYSTEMS: Back pain as above, no radicular pain, no leg weakness or numbness, no bowel or bladder change. Mild diarrhea and hand-foot erythema from cabozantinib.

PHYSICAL EXAMINATION: Vitals: blood pressure 148/88, pulse 64, temperature 36.6, SpO2 95 percent, weight 79 kilograms. ECOG 1, KPS 80. Tenderness over T10 spinous process. Strength 5/5 in both lower extremities, sensation intact, reflexes symmetric, no clonus, gait normal.

LABORATORY DATA: Hemoglobin 11.4, platelets 166, creatinine 1.8, eGFR 39, calcium 9.6, albumin 3.7, TSH 3.4.

TREATMENT: He was simulated on 06/08/2026 supine in a full-body vacuum cushion with arms at his sides and a knee wedge. A planning CT with 1.25 millimeter slices was fused with thin-slice T1 and T2 MRI of the thoracic spine obtained on 06/08/2026 for cord and epidural disease delineation. The CTV included the T10 vertebral body, both pedicles and the epidural extension per consensus contouring guidelines. Treatment was planned in LARKSPUR-TPS 7 (invented) with two coplanar volumetric arcs on the 6 MV FFF gantry linac, prescribed so that the PTV D90 percent received the prescription. Spinal cord maximum 14.1 Gy to 0.035 cc against a limit of 17 Gy in two fractions; esophagus maximum 17.9 Gy. Physics second check and portal dosimetry passed.

He received twenty-four gray in two fractions of twelve gray, on 06/15/2026 and 06/17/2026, each after cone-beam CT with six degree of freedom couch correction approved by the physician at the console. Dexamethasone 4 mg was given before each fraction for flare prophylaxis. The full course, twenty-four gray in two fractions to the T10 metastasis, was delivered as planned.

IMPRESSION: T10 renal cell carcinoma metastasis treated with spine SBRT, 24 Gy in 2 fractions, completed 06/17/2026. Pain already improved to 3 out of 10 at completion.

PLAN: MRI thoracic spine in 3 months and then every 3 months for vertebral compression fracture surveillance. Continue cabozantinib; resume full dose in one week. Call for new back pain, weakness or numbness.

Everett Nakashima-Rowe, MD
Electronically signed 06/25/2026
{FOOT}
""")])

# q60_10 -- bundle (2 files): RO consult H&P (pdf) + robotic linac spine treatment record, T4 and T9 1800 cGy x 1 -----
_c = "LINDENHALL CANCER PAVILION"
add(name="q60_10", kind="bundle", codes=["G0339", "77435", "63620", "63621"],
    facts=F("robotic_linac", ["spinal"], 2, 1, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T4 vertebral metastasis", "spinal", None, 18, 1), L("T9 vertebral metastasis", "spinal", None, 18, 1)],
    categories=cats(),
    notes="Two documents: a radiation-oncology consultation H&P (breast cancer, letrozole 2.5 mg, palbociclib "
          "125 mg cycle 9, prior breast RT 42.56 Gy in 16 fractions, DEXA, calcium, ECOG 1) recommending "
          "single-fraction SBRT to T4 and T9, and the robotic-arm linac treatment record: both vertebrae 1800 cGy "
          "x 1 on the same day, spine tracking, vacuum cushion, CT + MRI. Two separate spinal lesions: 63621 "
          "fits; G0339 for a single robotic session.",
    docs=[
        Doc("1_consultation.pdf", [[
            H1("Radiation Oncology Consultation"),
            KeyValue([("Patient", patient(10)), ("MRN", mrn(10)), ("Date", "06/22/2026"), ("Consultant", "Marisol Vantongeren, MD"),
                      ("Referring", "Henrik Aldous, MD, Medical Oncology"), ("Reason", "Two painful thoracic spine metastases")]),
            H2("History of present illness"),
            P("Ms. Sixtypatient is a 58-year-old woman with hormone-receptor-positive, HER2-negative left breast cancer diagnosed in 2017 "
              "(pT2 N1a, grade 2), treated with mastectomy, dose-dense AC-T for 8 cycles and post-mastectomy radiotherapy 42.56 Gy in 16 fractions "
              "to the chest wall and supraclavicular nodes, then tamoxifen for 5 years. She relapsed in bone in October 2025 and began letrozole "
              "2.5 mg daily with palbociclib 125 mg (3 weeks on, 1 off), now cycle 9, with denosumab 120 mg monthly. She reports 4 months of "
              "upper and mid-thoracic back pain, 5/10, using ibuprofen 600 mg twice daily. A bone scan on 06/02/2026 showed new uptake at T4 "
              "and T9 with otherwise stable skeletal disease; MRI spine 06/10/2026 confirmed T4 and T9 vertebral body "
              "lesions, 2.1 and 1.7 cm, without epidural disease (Bilsky 0) and without fracture."),
            H2("Past medical history"),
            P("Osteoporosis (DEXA T-score -2.6 at the hip, 2025). Hyperlipidemia. Left arm lymphedema. Cataract surgery 2024."),
            H2("Medications / allergies"),
            P("Letrozole 2.5 mg daily; palbociclib 125 mg daily days 1-21; denosumab 120 mg SC monthly; calcium carbonate 600 mg plus vitamin D "
              "800 IU twice daily; rosuvastatin 10 mg; ibuprofen as above. Allergies: latex (contact dermatitis)."),
            H2("Social / family history"),
            P("Dental hygienist, still working. Never smoker. Rare alcohol. Sister with ovarian cancer at 52 (BRCA testing negative for patient)."),
            H2("Review of systems"),
            P("Back pain as above. No leg weakness, numbness, bladder or bowel change. Mild neutropenia-related fatigue. Weight stable 61 kg."),
            H2("Physical examination"),
            P("BP 122/74, HR 70, T 36.4 C, SpO2 99%. ECOG 1. Healed left mastectomy scar with mild telangiectasia. Point tenderness over T4 and "
              "T9 spinous processes. Lower-extremity strength 5/5, sensation intact, reflexes 2+, no Babinski."),
            H2("Laboratory data"),
            P("06/15/2026: ANC 1.3, Hgb 11.6, platelets 142; calcium 9.1, creatinine 0.8, alkaline phosphatase 131; CA 15-3 68 (was 41)."),
            H2("Impression and plan"),
            P("Oligoprogressive breast cancer with two separate thoracic vertebral metastases (T4 and T9), no cord compromise. I recommend "
              "single-fraction stereotactic body radiotherapy to each vertebra, 18 Gy in 1 fraction, on the robotic-arm linac with spine tracking, "
              "so that palbociclib is interrupted for as short a time as possible. Alternative of conventional 20 Gy in 5 fractions discussed. "
              "Risks discussed include pain flare (15-20%), vertebral compression fracture (about 10%), esophagitis and, rarely, myelopathy. "
              "She wishes to proceed; simulation to follow. Hold palbociclib for 1 week around treatment."),
            sig("Marisol Vantongeren, MD, Radiation Oncology 06/22/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 10, "01/09/1968"))),
        Doc("2_treatment_record.txt", text=f"""
LINDENHALL CANCER PAVILION - ROBOTIC RADIOSURGERY - TREATMENT DELIVERY RECORD
Record system: HALYARD-RV 6 (invented)         Printed 07/08/2026 15:22

Patient:  {patient(10)}        MRN: {mrn(10)}
Unit:     robotic-arm mounted 6 MV linac, orthogonal kV imaging, fiducial-free spine tracking
Setup:    supine, full-length vacuum cushion, arms at sides
Imaging:  Sim CT 06/29/2026 (1.25 mm) + MRI T-spine T1/T2/STIR 06/29/2026, rigid fusion per vertebra
Planning: GANNET-PLAN 3 (invented); non-isocentric, multileaf collimator

PLAN         TARGET                 Rx (cGy)   FX   IDL    COVERAGE   CORD Dmax (cGy)   BEAMS   MU
T4_SBRT      T4 vertebral body      1800       1    77%    95.2%      1180              142     14,806
T9_SBRT      T9 vertebral body      1800       1    79%    96.0%      1210              131     13,557

DELIVERY  07/08/2026
  08:12  T4_SBRT start  - spine tracking, 38 image pairs, mean correction 0.5 mm / 0.3 deg
  08:49  T4_SBRT complete  1800 cGy
  08:58  T9_SBRT start  - spine tracking, 35 image pairs, mean correction 0.4 mm / 0.2 deg
  09:31  T9_SBRT complete  1800 cGy
Premed: dexamethasone 8 mg p.o. 07:30; ondansetron 8 mg.
Course status: COMPLETE (1 of 1 fraction per target; 1 treatment session)
Physics: independent MU check both plans within 2%; delivery QA passed 07/07/2026 (Kaleb Otterstrom, MS, DABR)
Physician: Marisol Vantongeren, MD - reviewed and signed 07/08/2026
{FOOT}
"""),
    ])

# q60_11 -- pdf prose: L5 re-irradiation 2500 cGy in 5 fx after 30 Gy/10 fx (2023); no image guidance or QA written ----
_c = "OSPREY POINT HEALTH - RADIATION ONCOLOGY"
add(name="q60_11", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L5 vertebral metastasis (re-irradiation)", "spinal", None, 25, 5)],
    categories=cats(delivery_verification=False),
    notes="PDF end-of-treatment note in H&P form: prostate cancer with L5 in-field progression after palliative "
          "L4-S1 radiotherapy 30 Gy in 10 fractions (2023), now SBRT re-irradiation 2500 cGy in 5 fractions at the "
          "80% isodose, vacuum bag, CT + MRI. Noise: prostate 45 Gy pelvic RT plus HDR boost 15 Gy (2017), PSA "
          "values, leuprolide 22.5 mg, enzalutamide 160 mg, cumulative cauda equina EQD2, testosterone < 20. The "
          "note gives no image guidance, tracking or QA for delivery: delivery_verification unmet.",
    docs=[Doc("q60_11.pdf", [[
        H1("End of Treatment Note - Spine SBRT (Re-irradiation)"),
        KeyValue([("Patient", patient(11)), ("MRN", mrn(11)), ("DOB", "10/04/1949"), ("Physician", "Abelard Quist-Mendoza, MD"),
                  ("Dates of treatment", "07/06/2026 to 07/10/2026"), ("Site", "L5 vertebral body and right pedicle")]),
        H2("History of present illness"),
        P("Mr. Sixtypatient is a 76-year-old man with metastatic castration-resistant prostate cancer. He was diagnosed in 2017 with Gleason 4+4, "
          "PSA 18.6, cT2c N0 disease, treated with pelvic external beam radiotherapy 45 Gy in 25 fractions with an HDR brachytherapy boost of "
          "15 Gy in 1 fraction and 24 months of androgen deprivation. Biochemical recurrence followed in 2021 (PSA 4.2) with bone metastases. In "
          "March 2023 he received palliative radiotherapy to L4 through S1, 30 Gy in 10 fractions, for a painful L5 lesion with radicular pain, with "
          "good relief. He has been on leuprolide 22.5 mg every 3 months and enzalutamide 160 mg daily since 2023. PSA rose from 0.8 in January to "
          "3.9 ng/mL in May 2026, and PSMA imaging was not available; MRI lumbar spine 05/26/2026 showed progression confined to L5 with 3 mm of "
          "right lateral recess epidural extension. He reports recurrent right L5 radicular pain, 7/10."),
        H2("Past medical history"),
        P("Atrial fibrillation on apixaban 5 mg twice daily, type 2 diabetes (A1c 6.9%), benign essential tremor, radiation proctitis grade 1 "
          "(2018, resolved), bilateral knee osteoarthritis."),
        H2("Medications"),
        P("Leuprolide 22.5 mg IM every 12 weeks; enzalutamide 160 mg daily; apixaban 5 mg BID; metformin 500 mg BID; propranolol 20 mg BID; "
          "gabapentin 300 mg TID; hydrocodone-acetaminophen 5/325 mg every 6 hours as needed; zoledronic acid 4 mg every 12 weeks."),
        H2("Allergies"),
        P("Tramadol (confusion)."),
        H2("Social history"),
        P("Retired farmer. Widowed, lives with daughter. Former smoker, 40 pack-years, quit 1995. No alcohol."),
        H2("Review of systems / examination"),
        P("Right leg pain, no weakness, no saddle anesthesia, continent. BP 132/70, HR 78 irregularly irregular, T 36.7, SpO2 96%, weight 84 kg. "
          "ECOG 2, KPS 70. Straight-leg raise positive on the right at 40 degrees. Right ankle reflex diminished. Strength 5/5."),
        H2("Laboratory data"),
        P("06/30/2026: PSA 4.4, testosterone < 20 ng/dL, Hgb 12.2, platelets 171, creatinine 1.1, alkaline phosphatase 164."),
        H2("Treatment"),
        P("Because of the prior 30 Gy in 10 fractions to this level, re-irradiation was planned with stereotactic technique. Simulation on "
          "06/25/2026 supine in a vacuum bag with a knee sponge; planning CT 1 mm fused with MRI lumbar spine (T1, T2, post-contrast) of 06/25/2026. "
          "GTV on MRI; CTV L5 body and right pedicle per consensus; PTV CTV + 2 mm, 41.6 cc. Plan: two volumetric arcs, 10 MV FFF gantry linac, "
          "FALCONER-TPS 4 (invented), 2500 cGy in 5 fractions of 500 cGy prescribed to the 80% isodose line, PTV V25 Gy 91.3%. Cauda equina "
          "maximum 22.4 Gy in 5 fractions; cumulative cauda equina EQD2 (alpha/beta 2) with the 2023 course 71.8 Gy, discussed and accepted."),
        P("He was treated daily 07/06 through 07/10/2026 and received 2500 cGy in 5 fractions to L5, completing the course as prescribed. "
          "Radicular pain at the last fraction was 4/10. No flare; no diarrhea or bowel change."),
        H2("Impression"),
        P("Castration-resistant prostate cancer with in-field progression at L5, status post SBRT re-irradiation 25 Gy in 5 fractions."),
        H2("Plan"),
        BulletList(["Continue enzalutamide and leuprolide; oncology to discuss next-line therapy (docetaxel 75 mg/m2 or radioligand).",
                    "Taper gabapentin as pain allows.", "MRI L-spine and clinic visit in 3 months."], numbered=True),
        sig("Abelard Quist-Mendoza, MD, Radiation Oncology 07/10/2026"),
    ]], opts=dict(header=banner(_c, "End of treatment", 11, "10/04/1949")))])

# q60_12 -- dictation: C2 SBRT planned 27 Gy/3 fx, stopped after 2 fractions (18 Gy) for pneumonia admission -----------
add(name="q60_12", kind="dictation", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("C2 vertebral metastasis", "spinal", None, 18, 2)],
    categories=cats(),
    notes="Dictated early-termination note: C2 metastasis (thyroid cancer) planned for 27 Gy in 3 fractions, "
          "stopped after two fractions of 9 Gy (18 Gy) because of an admission for aspiration pneumonia; the "
          "patient declined completion. Long-head-and-shoulder mask, CT + MRI, CBCT. Noise: radioactive iodine "
          "150 mCi (2021), thyroglobulin, lenvatinib 24 mg, prior neck RT 66 Gy in 33 fractions, oxygen 2 L, "
          "WBC 15.8. Delivered 18 Gy in 2 fractions is the course; codes remain consistent (2 fractions).",
    docs=[Doc("q60_12.txt", text=f"""
PINEHURST COMMUNITY CANCER CENTER - RADIATION ONCOLOGY
DICTATED NOTE: TREATMENT DISCONTINUED / END OF TREATMENT SUMMARY

Patient: {patient(12)}        MRN: {mrn(12)}        DOB: 04/02/1947        Date: 07/20/2026
Physician: Ingrid Salcedo-Barrow, MD

DIAGNOSIS: Metastatic poorly differentiated thyroid carcinoma, radioiodine refractory, C2 vertebral metastasis with atlantoaxial pain.

HISTORY OF PRESENT ILLNESS: Mrs. Sixtypatient is a 79-year-old woman who underwent total thyroidectomy with central and left lateral neck dissection in 2020 for a 5.2 cm poorly differentiated thyroid carcinoma with extrathyroidal extension (pT4a N1b). She received radioactive iodine 150 mCi in January 2021 and, because of gross residual disease at the tracheoesophageal groove, external beam radiotherapy to the neck, 66 Gy in 33 fractions, completed in May 2021. Lung nodules and bone metastases appeared in 2024 and she started lenvatinib, now 14 mg daily after reductions from 24 mg for hypertension and proteinuria. Thyroglobulin rose from 210 to 1,480 ng/mL over 6 months. In June she developed severe upper neck pain with rotation. CT and MRI of the cervical spine on 06/19/2026 showed a lytic C2 body and dens metastasis without epidural compression; neurosurgery advised a cervical collar and non-operative management.

PAST MEDICAL HISTORY: Hypertension, chronic kidney disease stage 3, hypoparathyroidism after thyroidectomy, left vocal cord paralysis after surgery with mild dysphagia, osteoporosis.

MEDICATIONS: Lenvatinib 14 mg daily (held during treatment), levothyroxine 150 mcg, calcitriol 0.25 mcg twice daily, calcium carbonate 1250 mg three times daily, amlodipine 10 mg, oxycodone 5 mg every 4 hours as needed.

ALLERGIES: Iodine skin prep (blistering).

SOCIAL HISTORY: Widowed, lives in assisted living. Never smoked. No alcohol.

PHYSICAL EXAMINATION AT SIMULATION: BP 158/90, HR 82, T 36.8, SpO2 95 percent. ECOG 2. Soft collar. Hoarse voice. Neck fibrosis from prior radiation. Strength 5/5 in all extremities, no Hoffmann sign.

TREATMENT COURSE: She was simulated on 06/30/2026 in a long thermoplastic head, neck and shoulder mask with the collar removed. The planning CT (1 mm) was fused with the 06/19/2026 cervical spine MRI and a repeat contrast MRI on 06/30/2026. The prescription was 27 Gy in 3 fractions of 9 Gy to the C2 PTV, prescribed to the 80 percent isodose line using three volumetric arcs on the 6 MV gantry linac, planned in PEREGRINE-TPS 11 (invented). Because of the prior 66 Gy to the neck, the spinal cord maximum was limited to 13 Gy for this course, and the pharyngeal constrictor maximum to 20 Gy.

Fraction one was delivered on 07/13/2026 and fraction two on 07/15/2026, each 9 Gy after cone-beam CT with six degree of freedom correction. On 07/16/2026 she was admitted to the hospital with aspiration pneumonia (temperature 38.9, WBC 15.8, right lower lobe infiltrate, requiring oxygen 2 liters), treated with ampicillin-sulbactam. After discussion with her and her son on 07/20/2026, she declined to resume treatment. The third fraction was cancelled. She therefore received 18 Gy in 2 fractions of the planned 27 Gy in 3 fractions to the C2 metastasis. Neck pain had already improved from 8 to 4 out of 10.

IMPRESSION: C2 metastasis from radioiodine-refractory thyroid carcinoma. Stereotactic body radiotherapy discontinued after 2 of 3 planned fractions, total 18 Gy, at patient request after an intercurrent aspiration pneumonia.

PLAN: Speech and swallow evaluation before discharge. Continue collar. Resume lenvatinib when cleared by the inpatient team. CT cervical spine in 6 weeks. Palliative care referral placed.

Ingrid Salcedo-Barrow, MD - dictated 07/20/2026, signed 07/21/2026
{FOOT}
""")])


# ==================================================================================================
# Body
# ==================================================================================================

# q60_13 -- ehr text: consult-style completion note, LUL lung SBRT 48 Gy/4 fx, PET-CT fused for planning -------------
add(name="q60_13", kind="ehr_text", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 4, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left upper lobe peripheral NSCLC", "body", None, 48, 4)],
    categories=cats(),
    notes="EHR text note with H&P sections for lung SBRT: peripheral LUL squamous carcinoma T1c N0 M0, 48 Gy in "
          "4 fractions of 12 Gy, 4DCT with ITV, PET-CT fused for target delineation, wing board and vacuum "
          "cushion, daily CBCT. Noise: FEV1 1.1 L (42%), DLCO 38%, 60 pack-years, prior prostate pelvic RT 45 Gy "
          "in 25 fractions plus 25.2 Gy boost (2016), home oxygen 2 L, chest wall V30 and lung V20 constraints, "
          "BED10 105.6 Gy, tiotropium 18 mcg.",
    docs=[Doc("q60_13.txt", text=f"""
=== MARBLEHEAD STREET HOSPITAL :: RADIATION ONCOLOGY :: PROGRESS NOTE (Completion of SBRT) ===
Note type: Completion Note        Status: Signed        Author: Theron Vasquez-Hollis, MD        Date: 08/07/2026
Patient: {patient(13)}    MRN: {mrn(13)}    Sex: M    Age: 78    DOB: 01/15/1948
Encounter: Outpatient radiation oncology, treatment course 07/28/2026 - 08/04/2026

CHIEF COMPLAINT / DIAGNOSIS
Squamous cell carcinoma, left upper lobe, peripheral, cT1c N0 M0 (stage IA3), medically inoperable.

HISTORY OF PRESENT ILLNESS
78-year-old man with severe COPD found on low-dose CT screening (03/2026) to have a 2.4 cm spiculated LUL nodule, enlarged from 1.3 cm in 2025. CT-guided biopsy 05/2026: squamous cell carcinoma, PD-L1 TPS 30%. PET-CT 05/20/2026: SUVmax 9.8 in the nodule, no hilar, mediastinal or distant uptake. EBUS not pursued (no FDG-avid nodes). Thoracic surgery declined lobectomy and segmentectomy because of FEV1 1.1 L (42% predicted) and DLCO 38%, and he preferred not to have surgery. Multidisciplinary thoracic tumor board 06/11/2026 recommended SBRT.

PAST MEDICAL HISTORY
- COPD GOLD 3, on home oxygen 2 L at night; 2 exacerbations in 2025
- Prostate adenocarcinoma, Gleason 3+4, treated 2016 with pelvic radiotherapy 45 Gy in 25 fractions plus a prostate boost of 25.2 Gy in 14 fractions; PSA 0.3 ng/mL (06/2026)
- Coronary artery disease, CABG x 3 in 2012; ejection fraction 45%
- Type 2 diabetes, A1c 7.8%
- Abdominal aortic aneurysm 4.2 cm, under surveillance

MEDICATIONS
tiotropium 18 mcg inhaled daily; budesonide-formoterol 160/4.5 mcg 2 puffs BID; albuterol PRN; metoprolol tartrate 25 mg BID; clopidogrel 75 mg daily; atorvastatin 80 mg; insulin glargine 22 units qHS; lisinopril 5 mg; furosemide 20 mg daily

ALLERGIES
Ciprofloxacin (tendinitis)

SOCIAL HISTORY
Former machinist. 60 pack-years, quit 01/2026 after the screening result. Two beers a week. Married, wife drives him.

REVIEW OF SYSTEMS
Chronic exertional dyspnea (mMRC 3), chronic productive cough, no hemoptysis, no chest pain, weight 74 kg stable, no bone pain or headache.

PHYSICAL EXAMINATION
BP 134/72 | HR 78 | RR 20 | T 36.6 C | SpO2 91% RA | ECOG 2 | KPS 70
Barrel chest, diminished breath sounds bilaterally with scattered expiratory wheeze. Sternotomy scar. Regular rhythm. Trace ankle edema. No lymphadenopathy.

LABORATORY DATA
07/21/2026: WBC 9.1, Hgb 14.8, Plt 232, creatinine 1.3, eGFR 54, glucose 171, albumin 3.9

TREATMENT DETAILS
- Simulation 07/21/2026: supine, arms above the head on a wing board, full-length vacuum cushion; 4DCT (10 phases, 2 mm); internal target volume from maximum-intensity projection; PET-CT of 05/20/2026 rigidly registered to the planning CT to help delineate the tumor from adjacent atelectasis; PTV = ITV + 5 mm (PTV 24.8 cc)
- Plan: 2 partial VMAT arcs, 6 MV FFF gantry linac, PELICAN-TPS 15 (invented), heterogeneity-corrected
- Prescription: 48 Gy in 4 fractions (12 Gy per fraction) to the 80% isodose line covering 95% of the PTV; BED10 105.6 Gy
- OAR: lungs minus ITV V20 5.1% (limit < 10%); mean lung dose 3.9 Gy; chest wall V30 Gy 22 cc (goal < 30 cc); proximal bronchial tree Dmax 21.4 Gy; heart Dmax 9.8 Gy; spinal cord Dmax 8.3 Gy
- Physics: secondary MU check passed; patient-specific QA gamma 99.2% (3%/2 mm)

DELIVERY
Fx 1 07/28/2026  12 Gy  CBCT, soft-tissue match to ITV, 2.4 mm couch shift
Fx 2 07/30/2026  12 Gy  CBCT, 1.6 mm
Fx 3 08/03/2026  12 Gy  CBCT, 1.9 mm (delayed 1 day for COPD flare, prednisone 40 mg x 5 days)
Fx 4 08/04/2026  12 Gy  CBCT, 1.2 mm
Total delivered: 48 Gy in 4 fractions to the LUL primary. Course complete.

IMPRESSION
Stage IA3 LUL squamous cell carcinoma treated with SBRT, 48 Gy in 4 fractions, completed 08/04/2026. Tolerated with grade 1 fatigue and a COPD exacerbation treated with steroids, no pneumonitis.

PLAN
1. CT chest at 3 months, then every 3-6 months for 2 years; PET only if CT is equivocal.
2. Pulmonary follow-up (Dr. Greta Aldana-Shore) for COPD optimization.
3. Return precautions for fever, worsening dyspnea or cough (radiation pneumonitis).

Electronically signed: Theron Vasquez-Hollis, MD, Radiation Oncology 08/07/2026 16:48
{FOOT}
""")])

# q60_14 -- bundle (3 files): consult H&P (pdf) + treatment record (txt) + completion note that says 50 Gy -------------
_c = "GREYSTONE HEPATOBILIARY & CANCER INSTITUTE"
add(name="q60_14", kind="bundle", codes=["77373", "77435", "77432"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("segment VII hepatocellular carcinoma", "body", None, 40, 5)],
    categories=cats(),
    contradiction="The completion note says the patient completed 50 Gy in 5 fractions, while the prescription and the five-row treatment record give 8 Gy per fraction, 40 Gy in 5 fractions.",
    notes="Three documents: a radiation-oncology consultation H&P for HCC (Child-Pugh A6, AFP 412, two prior TACE, "
          "bilirubin 1.4, platelets 92, entecavir 0.5 mg, ALBI grade 2, MELD 9) recommending SBRT, a treatment record "
          "of 40 Gy in 5 fractions of 8 Gy with gold fiducials, abdominal compression and vacuum bag, triphasic "
          "CT + MRI, CBCT each day, and a completion note that says 50 Gy. Claimed 77432 (cranial single-session "
          "management) is wrong.",
    docs=[
        Doc("1_consultation_HP.pdf", [[
            H1("Radiation Oncology Consultation - Liver"),
            KeyValue([("Patient", patient(14)), ("MRN", mrn(14)), ("Date of visit", "07/14/2026"),
                      ("Physician", "Anneliese Wexford-Kahn, MD"), ("Referred by", "Dr. Bao Tran-Ellison, Hepatology")]),
            H2("History of present illness"),
            P("Mr. Sixtypatient is a 66-year-old man with hepatitis B cirrhosis and hepatocellular carcinoma in segment VII. The tumor was found on "
              "surveillance ultrasound in 2025 (LI-RADS 5 on MRI, 3.4 cm). He underwent conventional TACE in 09/2025 and 01/2026 with partial "
              "lipiodol uptake. MRI 06/22/2026 shows residual arterially enhancing tumor of 2.9 cm at the dome, adjacent to the right hepatic vein, "
              "not suitable for ablation because of the dome location and heat-sink effect. AFP 412 ng/mL (from 1,130 before TACE, nadir 188). "
              "The liver tumor board on 07/08/2026 recommended stereotactic body radiotherapy; a third TACE was felt unlikely to help."),
            H2("Past medical history"),
            P("Chronic hepatitis B since 1998, HBV DNA undetectable on entecavir. Compensated cirrhosis, small varices banded in 2024, no ascites or "
              "encephalopathy. Type 2 diabetes. Hypertension. No prior abdominal radiotherapy."),
            H2("Medications"),
            P("Entecavir 0.5 mg daily; propranolol 20 mg twice daily; metformin 500 mg twice daily; amlodipine 5 mg; pantoprazole 40 mg."),
            H2("Allergies"),
            P("Shellfish (hives). Tolerated iodinated contrast with premedication."),
            H2("Social history"),
            P("Restaurant owner. No alcohol since 2015 (previously 4 drinks daily). Former smoker 15 pack-years. Married with 3 children."),
            H2("Review of systems"),
            P("Mild right upper quadrant discomfort. No jaundice, ascites, melena or confusion. Weight 77 kg stable."),
            H2("Physical examination"),
            P("BP 126/78, HR 62, T 36.5, SpO2 98%. ECOG 0. Anicteric. Palmar erythema, few spider angiomata. Liver edge not palpable; no ascites; "
              "no asterixis."),
            H2("Laboratory data"),
            P("07/10/2026: total bilirubin 1.4 mg/dL, albumin 3.3 g/dL, INR 1.2, platelets 92,000, AST 58, ALT 44, creatinine 0.9. Child-Pugh "
              "A6; ALBI grade 2; MELD 9."),
            H2("Impression and recommendation"),
            P("Residual segment VII HCC after two TACE procedures, Child-Pugh A6. I recommend SBRT in 5 fractions; with an uninvolved liver volume "
              "over 1,000 cc we expect to give 40 to 50 Gy in 5 fractions depending on the normal-liver constraint (mean liver dose < 13 Gy, "
              "700 cc < 15 Gy). Gold fiducial placement by interventional radiology first. Risks include radiation-induced liver disease (< 5%), "
              "gastric or duodenal ulcer, rib fracture and fatigue. He agrees to proceed."),
            sig("Anneliese Wexford-Kahn, MD, Radiation Oncology 07/14/2026"),
        ]], opts=dict(header=banner(_c, "Radiation Oncology", 14, "03/30/1960"))),
        Doc("2_treatment_record.txt", text=f"""
GREYSTONE HEPATOBILIARY & CANCER INSTITUTE - LINAC B (6 MV FFF gantry linac) - SBRT TREATMENT RECORD
Patient {patient(14)}   MRN {mrn(14)}   Plan: LIV_S7_SBRT   Planning system: WILLOWMERE-TPS 6 (invented)

Fiducials:        3 gold markers placed by IR 07/20/2026 (1.2 x 3 mm)
Immobilization:   vacuum bag, arms up, abdominal compression plate (pressure 3)
Planning imaging: triphasic contrast CT and 4DCT 07/27/2026 (2 mm); MRI liver with gadoxetate 07/27/2026 fused (hepatobiliary phase)
Prescription:     40 Gy / 5 fx (8 Gy per fraction) to PTV, 80% isodose, every other day
Constraints met:  normal liver (liver - GTV) mean 11.6 Gy; 700 cc receiving < 15 Gy; stomach D0.5cc 24.1 Gy; duodenum D0.5cc 19.8 Gy; cord Dmax 11 Gy
Dose escalation to 50 Gy: not possible (mean liver dose 14.4 Gy at 50 Gy) - reviewed by physician 07/29/2026

FX  DATE        DOSE (cGy)  CUM (cGy)  IGRT                                   THERAPISTS
1   08/03/2026  800         800        CBCT + fiducial match, 3.1 mm shift    JM / RT
2   08/05/2026  800         1600       CBCT + fiducial match, 2.2 mm          JM / KD
3   08/07/2026  800         2400       CBCT + fiducial match, 2.8 mm          RT / KD
4   08/10/2026  800         3200       CBCT + fiducial match, 1.9 mm          JM / RT
5   08/12/2026  800         4000       CBCT + fiducial match, 2.0 mm          JM / KD

Course complete 08/12/2026: 4000 cGy in 5 fractions.
Physics weekly chart check: 08/07/2026, 08/12/2026 (Solveig Harker, MS, DABR). Physician image review: A. Wexford-Kahn, MD, each fraction.
{FOOT}
"""),
        Doc("3_completion_note.txt", text=f"""
GREYSTONE HEPATOBILIARY & CANCER INSTITUTE - RADIATION ONCOLOGY - COMPLETION NOTE
Patient: {patient(14)}    MRN: {mrn(14)}    Date: 08/12/2026

Mr. Sixtypatient completed his liver SBRT today. He received 50 Gy in 5 fractions to the segment VII hepatocellular carcinoma. He tolerated treatment with mild fatigue and grade 1 nausea (ondansetron 4 mg as needed). No abdominal pain, no GI bleeding. Weight 76 kg.

Labs 08/10/2026: bilirubin 1.5, albumin 3.3, platelets 88, AST 61, ALT 47.

Plan: MRI liver and AFP in 6 weeks; hepatology follow-up with Dr. Tran-Ellison; continue entecavir 0.5 mg daily. Check Child-Pugh score at 1 and 3 months.

Anneliese Wexford-Kahn, MD - signed 08/12/2026
{FOOT}
"""),
    ])

# q60_15 -- pdf prose: prostate robotic SBRT 3625 cGy in 5 fx, fiducials + hydrogel spacer, PSA, IPSS ----------------
_c = "CLEARWATER BEND UROLOGIC ONCOLOGY"
add(name="q60_15", kind="pdf", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate (favorable intermediate-risk adenocarcinoma)", "body", None, 36.25, 5)],
    categories=cats(),
    notes="PDF prose H&P-format end-of-treatment summary for prostate SBRT on a robotic-arm linac: 3625 cGy in 5 "
          "fractions of 725 cGy to the 82% isodose, four gold fiducials tracked, hydrogel spacer, CT + MRI. Noise: "
          "PSA 7.2 and 6.8, Gleason 3+4 in 3 of 12 cores, IPSS 9, SHIM 19, tamsulosin 0.4 mg, prostate volume "
          "38 cc, rectal V36 Gy < 1 cc, urethra 105%, bladder V37 Gy, no ADT, colonoscopy polyps, TURP declined.",
    docs=[Doc("q60_15.pdf", [[
        H1("Radiation Oncology - End of Treatment Summary"),
        Paragraph(f"Patient: {patient(15)}   MRN: {mrn(15)}   DOB: 06/06/1956   Treating physician: Cassius Drayton-Imre, MD   "
          "Referring urologist: Wendell Oyelaran, MD", bold=True),
        H2("DIAGNOSIS"),
        P("Adenocarcinoma of the prostate, cT1c N0 M0, Gleason 3+4=7 (grade group 2) in 3 of 12 cores (maximum 30%), PSA 7.2 ng/mL: NCCN "
          "favorable intermediate risk."),
        H2("HISTORY OF PRESENT ILLNESS"),
        P("Mr. Sixtypatient is a 70-year-old man whose PSA rose from 3.9 in 2023 to 5.6 in 2024 and 7.2 ng/mL in 02/2026. Multiparametric MRI "
          "03/2026 showed a PI-RADS 4 lesion of 9 mm in the left peripheral zone at the mid-gland, no extracapsular extension, prostate volume 38 cc. "
          "MRI-fusion biopsy 04/2026 found Gleason 3+4 in 3 of 12 cores. Germline testing negative. After discussion of active surveillance, "
          "radical prostatectomy and radiotherapy options, he chose stereotactic body radiotherapy without androgen deprivation."),
        H2("PAST MEDICAL HISTORY / MEDICATIONS / ALLERGIES"),
        P("Benign prostatic hyperplasia (IPSS 9 at baseline, SHIM 19), hyperlipidemia, GERD, colon polyps (tubular adenomas x 2 on colonoscopy "
          "2024). No inflammatory bowel disease. No prior pelvic radiation. Medications: tamsulosin 0.4 mg nightly, simvastatin 20 mg, "
          "omeprazole 20 mg, aspirin 81 mg (held 5 days for fiducials and spacer). Allergies: none."),
        H2("SOCIAL HISTORY"),
        P("Retired high-school chemistry teacher. Married. Never smoker. One to two glasses of wine per week. Cycles 60 miles a week."),
        H2("PHYSICAL EXAMINATION"),
        P("BP 128/76, HR 58, T 36.4, weight 80 kg, BMI 25.1. ECOG 0. Digital rectal exam: smooth, about 35-40 g, no nodule (T1c). No "
          "inguinal adenopathy."),
        H2("PROCEDURES AND PLANNING"),
        P("On 05/11/2026 four gold fiducial markers were placed transperineally and a hydrogel rectal spacer was injected under ultrasound "
          "guidance (Dr. Oyelaran). Planning CT (1.25 mm) and prostate MRI (T2 axial 3 mm) were obtained on 05/19/2026 and fused on the "
          "fiducials. CTV prostate plus proximal 1 cm of seminal vesicles; PTV = CTV + 3 mm posteriorly and 5 mm elsewhere. Plan on SANDPIPER-PLAN "
          "5 (invented) for the robotic-arm mounted 6 MV linac, 188 non-coplanar beams, 36.25 Gy in 5 fractions of 7.25 Gy prescribed to the 82% "
          "isodose line with PTV coverage 96.1%; prostatic urethra Dmax 105% (38.1 Gy); rectum V36 Gy 0.4 cc (< 1 cc); bladder V37 Gy 3.2 cc "
          "(< 10 cc); penile bulb V29.5 Gy 0.8 cc; femoral heads V14.5 Gy < 5%. Total 42,310 MU. Physics independent check and delivery QA passed."),
        H2("TREATMENT DELIVERED"),
        RuledTable([("Fx", "Date", "Dose (cGy)", "Cumulative (cGy)", "Tracking", "Notes"),
                    ("1", "06/01/2026", "725", "725", "4 fiducials, 62 images", "full bladder protocol"),
                    ("2", "06/03/2026", "725", "1450", "4 fiducials, 58 images", ""),
                    ("3", "06/05/2026", "725", "2175", "4 fiducials, 71 images", "1 pause for rectal gas"),
                    ("4", "06/08/2026", "725", "2900", "4 fiducials, 55 images", ""),
                    ("5", "06/10/2026", "725", "3625", "4 fiducials, 60 images", "course complete")]),
        P("He completed 3625 cGy in 5 fractions to the prostate and proximal seminal vesicles on 06/10/2026, with orthogonal kV imaging and "
          "fiducial tracking throughout each fraction."),
        H2("TOXICITY / IMPRESSION"),
        P("Grade 1 urinary frequency (IPSS 14 at completion) and nocturia x 3; no GI toxicity. Favorable intermediate-risk prostate cancer "
          "treated with SBRT, 36.25 Gy in 5 fractions, tolerated well."),
        H2("PLAN"),
        P("Continue tamsulosin 0.4 mg; may increase to 0.8 mg. PSA in 3 months, then every 6 months. Urology follow-up. Return for hematuria, "
          "rectal bleeding or urinary retention."),
        sig("Cassius Drayton-Imre, MD, Radiation Oncology 06/12/2026"),
    ]], opts=dict(header=banner(_c, "Radiation Oncology", 15, "06/06/1956")))])

# q60_16 -- ehr text: kidney SBRT 26 Gy x 1 on gantry linac, no immobilization written; 77372 claimed (wrong) ---------
add(name="q60_16", kind="ehr_text", codes=["77372", "77435"],
    facts=F("linac", ["body"], 1, 1, ["CT"], []),
    lesions=[L("left renal cell carcinoma (primary)", "body", None, 26, 1)],
    categories=cats(positioning=False),
    notes="EHR completion note with H&P sections: single-fraction SBRT 26 Gy to a 3.8 cm left renal primary in a "
          "medically inoperable patient (eGFR 38, creatinine 1.7, LVEF 30%, prior CABG), 4DCT with ITV, "
          "non-contrast, CBCT; no immobilization or localization device is written: positioning unmet. Noise: "
          "small bowel Dmax, renal cortex V17.5, 1.9 L urine, apixaban, ICD. Claimed 77372 is cranial-only and "
          "wrong (77373 for one body fraction).",
    docs=[Doc("q60_16.txt", text=f"""
THORNBURY GENERAL HOSPITAL :: RADIATION ONCOLOGY :: TREATMENT COMPLETION NOTE
Patient: {patient(16)}   MRN: {mrn(16)}   DOB: 09/12/1945   Age 80   Sex F
Author: Lorcan Ibsen-Mwangi, MD      Date of service: 08/18/2026      Status: FINAL

DIAGNOSIS: Left renal mass, biopsy-proven clear cell renal cell carcinoma, cT1a (3.8 cm) N0 M0, medically inoperable.

HISTORY OF PRESENT ILLNESS: 80-year-old woman with ischemic cardiomyopathy found incidentally on CT for diverticulitis (02/2026) to have a 3.8 cm enhancing mass in the lower pole of the left kidney. Percutaneous biopsy 04/2026: clear cell RCC, ISUP grade 2. Urology (Dr. Sabine Ferreira-Holt) judged her unfit for partial nephrectomy or cryoablation (cardiac risk, anticoagulation, and the mass abuts the renal sinus). Active surveillance was offered; she wished for treatment. Stereotactic ablative radiotherapy was discussed at the GU tumor board on 06/23/2026 and recommended as a single fraction of 26 Gy.

PAST MEDICAL HISTORY: Ischemic cardiomyopathy, LVEF 30%, ICD placed 2021 (MR-conditional leads). CABG 2016. Atrial fibrillation. Chronic kidney disease stage 3b, creatinine 1.7, eGFR 38 (solitary functioning units both kidneys, split function left 46%). Diverticulitis 02/2026 treated with antibiotics. Hypothyroidism.

MEDICATIONS: apixaban 2.5 mg BID; sacubitril-valsartan 24/26 mg BID; carvedilol 6.25 mg BID; spironolactone 12.5 mg daily; furosemide 40 mg daily; levothyroxine 50 mcg daily; atorvastatin 40 mg.

ALLERGIES: ACE inhibitors (angioedema). Gadolinium avoided due to eGFR; no MRI obtained.

SOCIAL HISTORY: Widowed, lives with daughter. Never smoked. No alcohol. Walks with a cane.

REVIEW OF SYSTEMS: Dyspnea with one flight of stairs (NYHA II). No hematuria, flank pain, weight loss. Urine output about 1.9 L/day.

PHYSICAL EXAMINATION: BP 108/64, HR 70 paced, RR 16, T 36.3, SpO2 95%, weight 58 kg. ECOG 1. Soft abdomen, no palpable mass. Mild bilateral ankle edema.

LABS: 08/10/2026: creatinine 1.7, eGFR 38, potassium 4.8, hemoglobin 11.0, platelets 201. Urinalysis no blood.

SIMULATION AND PLANNING: 08/05/2026. Non-contrast planning CT with 4DCT (10 phases, 2 mm); respiratory excursion of the mass 9 mm craniocaudal; ITV from all phases, PTV = ITV + 5 mm (PTV 52.4 cc). ICD interrogated before and after treatment by cardiology. Plan: 2 coplanar VMAT arcs, 10 MV FFF gantry linac, planning system BITTERN-TPS 9 (invented); 26 Gy in 1 fraction prescribed to the 80% isodose covering 95% of the PTV. Small bowel Dmax 15.1 Gy (< 15.4 Gy); stomach Dmax 10.2 Gy; colon Dmax 17.4 Gy (< 18.4 Gy); spinal cord 5.1 Gy; both kidneys minus GTV V17.5 Gy 12% of renal cortex (< 33%); ICD generator < 1 Gy. Physics second check and portal dosimetry pre-treatment QA passed.

TREATMENT: 08/18/2026. Apixaban continued. Cone-beam CT acquired before treatment and again between the two arcs, matched to the ITV with a 4.1 mm couch correction; 26 Gy in 1 fraction delivered to the left renal tumor. Beam-on 4.2 minutes at 2400 MU/min (8,760 MU). ICD check afterwards normal.

IMPRESSION: 80-year-old woman with a 3.8 cm left renal cell carcinoma treated with single-fraction SABR, 26 Gy, completed 08/18/2026, tolerated without nausea or pain.

PLAN: Creatinine and eGFR in 4 weeks. Non-contrast CT abdomen in 6 months (renal masses often do not shrink quickly; stable size with loss of enhancement is expected). Cardiology to continue device follow-up.

Electronically signed by Lorcan Ibsen-Mwangi, MD on 08/18/2026 17:05
{FOOT}
""")])

# q60_17 -- pdf: pancreas MR-linac adaptive 50 Gy/5 fx after FOLFIRINOX; impression says 45 Gy (contradiction) ---------
_c = "ST. CUTHBERT COMPREHENSIVE CANCER CENTER"
add(name="q60_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("pancreatic head adenocarcinoma", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The impression says the pancreatic tumor received 45 Gy in 5 fractions, while the prescription and the five-fraction adaptive delivery table give 10 Gy per fraction, 50 Gy in 5 fractions.",
    notes="Two-page PDF summary for ablative MR-guided SBRT on a 1.5 T MR-linac: borderline-resectable pancreatic "
          "head adenocarcinoma after FOLFIRINOX cycle 8 of 8, 50 Gy in 5 fractions with daily adapt-to-shape plans, "
          "vacuum cushion, simulation CT + MRI, breath-hold gating on cine MRI. Noise: CA 19-9 1,450 to 210 U/mL, "
          "bilirubin after stent, duodenum V33 Gy < 1 cc, 'elective 33 Gy' not used, oxaliplatin 85 mg/m2, "
          "creon 36,000 units. The impression line says 45 Gy (gold follows the delivery table: 50 Gy).",
    docs=[Doc("q60_17.pdf", [[
        H1("MR-Guided SBRT - Treatment Summary"),
        KeyValue([("Patient", f"{patient(17)}  ({mrn(17)})"), ("DOB", "12/24/1962"), ("Radiation oncologist", "Ottoline Barraclough, MD"),
                  ("Medical oncologist", "Kwabena Sorensen, MD"), ("Surgeon", "Delphine Okafor-Strand, MD (HPB)"),
                  ("Diagnosis", "Adenocarcinoma of the pancreatic head, borderline resectable (SMV abutment 180 degrees, GDA encasement), cT3 N1 M0")]),
        H2("History of present illness"),
        P("63-year-old woman presenting in 11/2025 with painless jaundice (bilirubin 11.2 mg/dL), treated with an ERCP metal stent. EUS-FNA confirmed "
          "adenocarcinoma; CA 19-9 1,450 U/mL after biliary decompression. She received modified FOLFIRINOX (oxaliplatin 85 mg/m2, irinotecan "
          "150 mg/m2, leucovorin, 5-FU 2,400 mg/m2 over 46 hours) for 8 of 8 planned cycles, completed 05/2026, with CA 19-9 falling to 210 U/mL "
          "and partial radiographic response (3.4 to 2.6 cm). The pancreas tumor board on 06/03/2026 recommended ablative-dose SBRT followed by "
          "restaging for possible Whipple resection."),
        H2("Past medical history / medications"),
        P("Type 2 diabetes (new, 2025), hypertension, grade 1 oxaliplatin neuropathy. Pancrelipase 36,000 units with meals, insulin lispro sliding "
          "scale, insulin glargine 18 units, enoxaparin 40 mg daily, ondansetron 8 mg PRN, losartan 50 mg. Allergies: none. ECOG 1, KPS 80."),
        H2("Social history / review of systems"),
        P("Bank manager, married, never smoker, rare alcohol. Fatigue, 8 kg weight loss since diagnosis (now 63 kg), mild epigastric pain 2/10, "
          "no nausea. No fever."),
        H2("Examination and laboratory data"),
        P("BP 124/70, HR 80, SpO2 99%. Anicteric. Soft abdomen, well-healed port site. 06/10/2026: bilirubin 0.8, albumin 3.6, Hgb 10.8, "
          "ANC 2.4, platelets 154, creatinine 0.7, CA 19-9 210."),
        H2("Simulation and planning"),
        P("Simulation 06/12/2026: supine in a vacuum cushion with arms above the head; CT simulation (contrast, 1.5 mm, end-exhale breath-hold) "
          "and MR simulation on the 1.5 T MR-linac (T2 and 3D true-FISP, breath-hold) on the same day, registered. GTV on MRI plus the "
          "SMV/SMA interface; PTV = GTV + 3 mm. Reference plan in HERONSGATE-TPS 2 (invented): 50 Gy in 5 fractions of 10 Gy to the high-dose "
          "PTV; a 33 Gy elective volume was considered and not used. Hard constraints: duodenum, stomach and small bowel V33 Gy < 1 cc and "
          "Dmax 35 Gy; cord Dmax 20 Gy. Prescription isodose: coverage goal PTV V50 Gy >= 90% after OAR priority."),
        H2("Delivery"),
        RuledTable([("Fx", "Date", "Plan", "PTV V50Gy", "Bowel V33Gy", "Gating", "Dose (Gy)"),
                    ("1", "06/22/2026", "adapt-to-shape", "91.2%", "0.4 cc", "cine MRI, breath-hold", "10"),
                    ("2", "06/24/2026", "adapt-to-shape", "89.7%", "0.7 cc", "cine MRI, breath-hold", "10"),
                    ("3", "06/26/2026", "adapt-to-shape", "92.5%", "0.2 cc", "cine MRI, breath-hold", "10"),
                    ("4", "06/29/2026", "adapt-to-position", "93.0%", "0.3 cc", "cine MRI, breath-hold", "10"),
                    ("5", "07/01/2026", "adapt-to-shape", "90.8%", "0.6 cc", "cine MRI, breath-hold", "10")]),
        P("Each fraction: daily MRI setup scan, contours edited by the physician, re-optimized plan with online independent dose check by the "
          "physicist before beam-on, and gated delivery on the cine MRI boundary (3 mm, 5% pixel tolerance). Mean session time 58 minutes. "
          "Total delivered: 50 Gy in 5 fractions."),
        H2("Impression"),
        P("Borderline resectable pancreatic head adenocarcinoma after 8 cycles of FOLFIRINOX, status post MR-guided SBRT 45 Gy in 5 fractions "
          "to the pancreatic head tumor. Grade 1 nausea and fatigue only."),
        H2("Plan"),
        BulletList(["Pancreas-protocol CT and CA 19-9 in 4 weeks; surgical evaluation with Dr. Okafor-Strand.",
                    "Continue pancrelipase and enoxaparin; omeprazole 20 mg daily for 3 months.",
                    "Return for GI bleeding, vomiting or fever."]),
        sig("Ottoline Barraclough, MD, Radiation Oncology 07/02/2026"),
    ]], opts=dict(header=banner(_c, "MR-linac service", 17, "12/24/1962")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# q60_18 -- dictation: new-patient consult H&P recommending SRS for two brain metastases, simulation only scheduled ------
add(name="q60_18", kind="dictation", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated new-patient consultation H&P for two small-cell-negative NSCLC brain metastases "
          "(14 and 9 mm), recommending single-fraction linac SRS 20 Gy to each with a mask, simulation CT and "
          "planning MRI 'to be scheduled next week'. Full H&P noise (pemetrexed maintenance cycle 12, "
          "dexamethasone 4 mg, KPS 90, sodium, prior chest RT 60 Gy in 30 fractions). Nothing simulated, planned or "
          "delivered in this document: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("q60_18.txt", text=f"""
ASHCOMBE LAKES CANCER CENTER - RADIATION ONCOLOGY
NEW PATIENT CONSULTATION

PATIENT: {patient(18)}     MRN: {mrn(18)}     DOB: 02/08/1966     DATE OF CONSULTATION: 08/20/2026
CONSULTING PHYSICIAN: Benedikt Farrow-Achebe, MD
REFERRING PHYSICIAN: Leonie Castellvi, MD, Thoracic Oncology

REASON FOR CONSULTATION: Two new brain metastases; evaluate for stereotactic radiosurgery.

HISTORY OF PRESENT ILLNESS: The patient is a 60-year-old man with stage IIIB (T3 N2 M0) adenocarcinoma of the left lower lobe diagnosed in 2024, KRAS G12C mutated, PD-L1 5%. He was treated with concurrent weekly carboplatin and paclitaxel with radiotherapy to 60 Gy in 30 fractions (completed 09/2024) and then durvalumab, which was stopped after 7 months for grade 2 pneumonitis treated with prednisone 60 mg tapered over 8 weeks. Progression in the liver in 2025 led to carboplatin, pemetrexed and pembrolizumab for 4 cycles, and he is now on pemetrexed and pembrolizumab maintenance, cycle 12 given 08/11/2026. A restaging MRI of the brain on 08/14/2026, obtained for new intermittent right-hand numbness, shows two enhancing lesions: a 14 mm left postcentral gyrus lesion with mild edema, and a 9 mm right cerebellar hemisphere lesion. No hemorrhage, no leptomeningeal disease. He has had three brief episodes of right-hand tingling lasting 1 to 2 minutes, possibly focal sensory seizures.

PAST MEDICAL HISTORY: Hypertension. Hyperlipidemia. Radiation pneumonitis grade 2 (2025), resolved. Gastroesophageal reflux. Left knee arthroscopy 2010.

MEDICATIONS: Pemetrexed 500 mg/m2 and pembrolizumab 200 mg every 3 weeks; folic acid 1 mg daily; vitamin B12 1000 mcg IM every 9 weeks; dexamethasone 4 mg twice daily started 08/15/2026; levetiracetam 500 mg twice daily started 08/15/2026; losartan 100 mg daily; atorvastatin 20 mg daily; omeprazole 40 mg daily.

ALLERGIES: Peanuts (anaphylaxis). No drug allergies.

SOCIAL HISTORY: Electrician. Married with two teenagers. Former smoker, 35 pack-years, quit 2024. Occasional beer.

FAMILY HISTORY: Father with lung cancer at 70. Mother alive at 84 with dementia.

REVIEW OF SYSTEMS: As in HPI. Mild insomnia on steroids. Appetite good, weight 88 kg. No headache, visual disturbance, dysarthria, gait change. Mild exertional dyspnea, stable. Remainder negative.

PHYSICAL EXAMINATION:
Vital signs: BP 144/90, pulse 92, respirations 16, temperature 36.8 C, SpO2 96% on room air, weight 88 kg, height 180 cm.
General: Well-appearing man in no distress. KPS 90. ECOG 1.
HEENT: Normocephalic. No thrush.
Lungs: Fine crackles at the left base.
Cardiovascular: Regular rhythm, no murmurs.
Neurologic: Alert, oriented. Speech fluent. Cranial nerves intact. Strength 5/5. Subtle decreased two-point discrimination of the right index finger. Finger-to-nose and heel-to-shin normal. Romberg negative. Tandem gait normal.

LABORATORY DATA: 08/11/2026: WBC 6.2, hemoglobin 11.9, platelets 176; sodium 134, potassium 4.0, creatinine 1.0, glucose 148, AST 29, ALT 35, TSH 1.8.

IMAGING: MRI brain 08/14/2026 as above. CT chest, abdomen and pelvis 08/05/2026: stable treated left lower lobe and mediastinal changes; two liver lesions decreased to 11 and 7 mm.

IMPRESSION: 60-year-old man with metastatic KRAS G12C non-small cell lung cancer and two new small brain metastases, good performance status and controlled extracranial disease. He is an excellent candidate for stereotactic radiosurgery.

RECOMMENDATIONS AND PLAN:
1. Single-fraction stereotactic radiosurgery on the gantry linac to both lesions, proposed 20 Gy to each lesion, with a frameless thermoplastic mask.
2. Simulation CT and a thin-slice contrast-enhanced planning MRI to be scheduled next week; radiosurgery anticipated in about 10 days.
3. Whole brain radiotherapy with hippocampal avoidance was discussed as an alternative and not favored.
4. Continue dexamethasone 4 mg twice daily until radiosurgery, then taper. Continue levetiracetam.
5. Hold pembrolizumab and pemetrexed cycle 13 until after radiosurgery per Dr. Castellvi.
6. Risks including radiation necrosis (about 5 to 10 percent), seizure, headache and fatigue were discussed, and written consent was obtained today.

Thank you for this consultation.

Benedikt Farrow-Achebe, MD
Dictated 08/20/2026, signed 08/21/2026
{FOOT}
""")])

# q60_19 -- pdf: surveillance H&P 15 months after lung SBRT 54 Gy/3 fx (2025), no new treatment -----------------------
_c = "FENWICK HILL MEDICAL GROUP - RADIATION ONCOLOGY"
add(name="q60_19", kind="pdf", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: PDF follow-up H&P at 15 months after right lower lobe lung SBRT 54 Gy in 3 fractions "
          "given in 05/2025 (history only: 4DCT, vacuum cushion, CBCT mentioned in the past tense), now with grade "
          "1 radiation fibrosis, stable CT and PET-negative consolidation; no new course given or planned. Noise: "
          "spirometry, CT sizes, SUV 2.1, inhaler doses, vitals. Facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("q60_19.pdf", [[
        H1("Radiation Oncology Follow-up Visit"),
        KeyValue([("Patient", patient(19)), ("MRN", mrn(19)), ("DOB", "07/19/1944"), ("Visit date", "08/26/2026"),
                  ("Provider", "Araminta Koenig-Obi, MD"), ("Visit type", "Established patient, surveillance")]),
        H2("Interval history"),
        P("Mrs. Sixtypatient is an 82-year-old woman seen 15 months after stereotactic body radiotherapy for a 1.9 cm right lower lobe "
          "adenocarcinoma (cT1b N0 M0). As a reminder, she was treated in May 2025 with 54 Gy in 3 fractions, planned on a 4DCT in a vacuum "
          "cushion, with cone-beam CT before each fraction; she completed treatment on 05/16/2025 without interruption. At her 12-month visit "
          "the CT showed evolving consolidation. She reports a dry cough in the mornings and stable dyspnea walking uphill. No hemoptysis, "
          "no chest wall pain, no rib pain, no fever. Weight 59 kg (61 kg a year ago)."),
        H2("Past medical history"),
        P("COPD (FEV1 1.3 L, 58% predicted), osteoporosis with T12 compression fracture 2023, hypertension, macular degeneration, "
          "hypothyroidism. Breast cancer 1998 treated with lumpectomy and whole-breast radiotherapy 50.4 Gy in 28 fractions, no recurrence."),
        H2("Medications"),
        P("Umeclidinium-vilanterol 62.5/25 mcg 1 inhalation daily; albuterol PRN; alendronate 70 mg weekly; amlodipine 5 mg; levothyroxine "
          "75 mcg; vitamin D3 2000 IU; AREDS vitamins. Allergies: erythromycin (GI upset)."),
        H2("Social history"),
        P("Widowed, lives alone, independent. Former smoker, 45 pack-years, quit 2005. No alcohol."),
        H2("Review of systems"),
        P("Twelve-point review negative except as above."),
        H2("Physical examination"),
        P("BP 138/74, HR 76, RR 18, T 36.4, SpO2 94% on room air. ECOG 1. Mild kyphosis. Scattered crackles at the right base, no wheeze. "
          "No supraclavicular adenopathy. Heart regular. No edema."),
        H2("Imaging"),
        P("CT chest with contrast 08/19/2026: right lower lobe consolidation with traction bronchiectasis conforming to the high-dose region, "
          "3.1 x 2.2 cm, unchanged from 02/2026, compatible with radiation fibrosis; no enlarging opacity, no new nodules, no adenopathy. PET-CT "
          "10/2025 for an equivocal 6-month CT had shown SUVmax 2.1 in the consolidation, favoring inflammatory change."),
        H2("Laboratory data"),
        P("08/12/2026: Hgb 12.9, WBC 6.8, creatinine 0.9, TSH 2.6."),
        H2("Impression"),
        P("Stage IA2 right lower lobe adenocarcinoma, no evidence of disease 15 months after SBRT. Grade 1 radiation pneumonitis/fibrosis, "
          "clinically mild. No further radiotherapy is indicated."),
        H2("Plan"),
        BulletList(["CT chest in 6 months; alternate visits with pulmonology (Dr. Lars Oyelowo).",
                    "Continue inhalers; pulmonary rehabilitation referral renewed.",
                    "Annual low-dose CT after 3 years of stability. Call for hemoptysis, new chest pain or weight loss."]),
        sig("Araminta Koenig-Obi, MD, Radiation Oncology 08/26/2026"),
    ]], opts=dict(header=banner(_c, "Follow-up", 19, "07/19/1944")))])

# q60_20 -- ehr text: hospitalist admission H&P, T6 cord compression; past GK (2023), plan surgery then conventional RT --
add(name="q60_20", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: hospitalist admission H&P for malignant T6 epidural spinal cord compression in melanoma: "
          "history of cobalt-60 radiosurgery 20 Gy to two brain metastases in 2023 and of lung SBRT discussed but "
          "never given; plan urgent decompression and post-operative conventional radiotherapy 30 Gy in 10 "
          "fractions, with SBRT 'to be considered later'. Dexamethasone 10 mg IV then 4 mg every 6 hours, vitals, "
          "labs, ASIA grade. No course in this document: facts empty, categories unmet, codes inconsistent.",
    docs=[Doc("q60_20.txt", text=f"""
HOLLOWAY CREEK MEDICAL CENTER - DEPARTMENT OF HOSPITAL MEDICINE
HISTORY AND PHYSICAL - ADMISSION

Patient: {patient(20)}           MRN: {mrn(20)}           DOB: 05/05/1970
Admission date: 09/02/2026 03:18          Admitting physician: Priya Lundqvist-Acheampong, MD
Source: Emergency department          Code status: Full code

CHIEF COMPLAINT: Progressive bilateral leg weakness and mid-back pain for 4 days.

HISTORY OF PRESENT ILLNESS: 56-year-old man with stage IV BRAF wild-type cutaneous melanoma (primary left calf 2021, Breslow 4.2 mm) with known lung, bone and treated brain metastases, presenting with 2 weeks of band-like mid-thoracic pain and 4 days of progressive leg weakness and unsteadiness, with urinary hesitancy since yesterday. He fell at home tonight. In the ED, MRI of the whole spine showed a T6 vertebral metastasis with circumferential epidural extension and cord compression (Bilsky 3), with cord signal change, and additional non-compressive lesions at T11 and L3. He received dexamethasone 10 mg IV in the ED.

Oncologic history: Wide local excision and sentinel node biopsy 2021 (2 of 3 nodes positive), adjuvant pembrolizumab for 1 year. Recurrence in 2023 with lung nodules and two brain metastases, the latter treated at an outside center with single-session cobalt-60 radiosurgery, 20 Gy to each lesion (right frontal 11 mm and left cerebellar 7 mm) in 06/2023; both lesions have since resolved on MRI. Ipilimumab plus nivolumab x 4 then nivolumab maintenance until 01/2026, stopped for progression in the lungs. Stereotactic body radiotherapy to a dominant right lung nodule (proposed 50 Gy in 5 fractions) was discussed in 02/2026 but not given because of multifocal progression. Currently enrolled on a clinical trial (cycle 5 of an investigational TIL-based regimen, last infusion 08/14/2026).

PAST MEDICAL HISTORY: Immune-related colitis (2023), adrenal insufficiency after ipilimumab on hydrocortisone replacement, hypertension, obesity (BMI 33).

MEDICATIONS PRIOR TO ADMISSION: Hydrocortisone 15 mg AM and 5 mg PM; amlodipine 5 mg daily; oxycodone 10 mg every 4 hours PRN (using 4-5 doses per day); docusate; melatonin 3 mg.

ALLERGIES: Vancomycin (red man syndrome; tolerates with slow infusion).

SOCIAL HISTORY: Lives with his wife and 2 children aged 12 and 15. IT project manager, on disability since 03/2026. Never smoker. Alcohol rarely. No drugs.

FAMILY HISTORY: Mother with melanoma at 66. Father with type 2 diabetes.

REVIEW OF SYSTEMS: Positive for back pain 8/10, leg weakness, urinary hesitancy, constipation for 3 days, decreased appetite. Negative for headache, vision change, chest pain, fever, cough, hemoptysis.

PHYSICAL EXAMINATION:
Vitals: T 36.9 C, HR 96, BP 152/88, RR 18, SpO2 95% on room air, weight 101 kg.
General: Uncomfortable, lying flat.
HEENT: Unremarkable.
Chest: Decreased breath sounds at the right base.
CV: Tachycardic, regular, no murmur.
Abdomen: Soft, bladder palpable, post-void residual 420 mL by bladder scan.
Neuro: Alert and oriented x 3. Cranial nerves intact. Upper extremity strength 5/5. Hip flexors 3/5 bilaterally, knee extension 4-/5, ankle dorsiflexion 4/5. Sensory level to pinprick at T7. Reflexes 3+ at knees, upgoing toes bilaterally. Rectal tone reduced. ASIA impairment scale C.

LABORATORY DATA: WBC 12.4, Hgb 10.2, platelets 311, sodium 133, potassium 4.4, creatinine 0.8, calcium 10.9 (corrected 11.3), albumin 3.2, LDH 488, glucose 212 after dexamethasone.

IMAGING: MRI whole spine with and without contrast 09/02/2026 as above. CT chest 08/20/2026: multiple bilateral lung metastases up to 3.4 cm, new small right pleural effusion.

ASSESSMENT AND PLAN:
1. Metastatic epidural spinal cord compression at T6 with myelopathy (ASIA C). Dexamethasone 4 mg IV every 6 hours after the 10 mg load. Strict bed rest with log roll. Neurosurgery (Dr. Anders Whitfield-Osei) consulted at 02:40: plan urgent T6 decompression and T4-T8 posterior instrumented fusion this morning. Radiation oncology (Dr. Renata Galloway) notified: plan post-operative conventional external beam radiotherapy, likely 30 Gy in 10 fractions to T5-T7, starting about 2 weeks after surgery when the wound allows; stereotactic radiotherapy to T11 and L3 may be considered later depending on systemic options. No radiation will be given before surgery.
2. Urinary retention: Foley catheter placed, 650 mL drained.
3. Hypercalcemia, mild: IV normal saline 150 mL/h; zoledronic acid 4 mg once after creatinine check.
4. Adrenal insufficiency: stress coverage provided by dexamethasone; hold hydrocortisone while on dexamethasone; endocrinology to advise on the taper.
5. Steroid-induced hyperglycemia: insulin sliding scale, glucose checks 4 times daily.
6. Pain: hydromorphone 0.5 mg IV every 3 hours PRN; continue bowel regimen.
7. DVT prophylaxis: sequential compression devices; enoxaparin held pending surgery.
8. Oncology (trial team) notified; trial therapy on hold.
9. Goals of care discussed with patient and wife; full code, wishes to proceed with surgery.

Priya Lundqvist-Acheampong, MD - Hospital Medicine - signed 09/02/2026 05:02
{FOOT}
""")])


CORPUS = Corpus("blind_corpus60", "tests/blind_corpus60", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
