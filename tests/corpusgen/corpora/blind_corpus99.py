"""Ninety-ninth blind corpus, ``tests/blind_corpus99/`` (regenerate: ``python scripts/make_corpus.py blind_corpus99``).

TUNING SET, written blind (without reading the reader's code): DATES AND SCHEDULES - how many fractions were
delivered, when, and is it one course, told through dates rather than a stated count.

Twenty charts whose fraction count has to be read from calendars, day-by-day logs, appointment lists and
charge lines: every-other-day and twice-weekly schedules, consecutive days across a year end with a
holiday skipped, a month-view treatment calendar crossing a month end, day-first dates in a letter beside
month-first dates in the record, dates in words in dictations, relative days ("Day 1", "POD 14", "two days
later"), a session cancelled for a machine fault and made up, a machine-down day, one fraction split over two
sessions on one day, a dose-staged course (two stages four weeks apart: one course), a planned start moved, plan
vs treatment vs sign-off dates, summaries written weeks later, an interruption and resumption, follow-up
appointments listed beside treatment appointments, lesions treated on different days of one course (two brain
metastases on two days: a two-session course), dates of service on a charge sheet, and times of day.
Cranial 7 (cobalt-60, gantry linac), spine 3, body 8; two hard negatives (a course scheduled but not started;
a course cancelled before its first fraction, with its calendar); two self-contradicting charts
(``review_expected``: a summary missing a made-up fraction; a summary copied from the superseded 5-fraction
plan). Printouts, EHR exports, calendars, dictations and bundles of 2-3 files (.pdf / .txt). Every patient,
clinic, clinician and system is invented.

Gold labels are written by hand from what the chart says, ../shared/corpus/README.md and the contract: only
THIS course's lesions, delivered doses and fractions (a course's fractions = treatment sessions delivered;
a lesion's fractions = the sessions that treated it).
"""

# ruff: noqa: E501  (dictations and exports are deliberately one long line per paragraph)

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

PATIENTS = [("OAKENSHAW", "DELPHINE"), ("OSWALDTWISTLE", "BARNABY"), ("ORMEROD", "THEODORA"),
            ("OGILVY-BRANT", "LUCIUS"), ("OLDCASTLE", "PERPETUA"), ("OVERBECK", "SILAS"), ("ONSLOWE", "MARIGOLD"),
            ("ORCHARDSON", "FENWICK"), ("OTTERBURN", "CLEMENCY"), ("OXENHOLME", "RUPERT"), ("ODELLSBY", "ARAMINTA"),
            ("ORPINGHAM", "HORATIO"), ("OLLERENSHAW", "BEATRIX"), ("OSGODBY", "LEOPOLD"), ("OAKMOOR", "IMOGEN"),
            ("OUSELEY", "CRISPIN"), ("ORRELLIAN", "TAMSIN"), ("OBERLIN", "IGNATIUS"), ("OKEHAMPTON", "PHILIPPA"),
            ("OSMOTHERLY", "GIDEON")]


def patient(n: int) -> str:
    last, first = PATIENTS[n - 1]
    return f"{last}, {first}"


def mrn(n: int) -> str:
    return f"SYN-99{n:03d}"


def head(clinic: str, n: int, dob: str, extra: str = "") -> list[str]:
    return [clinic, f"{patient(n)}   MRN {mrn(n)}   DOB {dob}" + (f"   {extra}" if extra else "")]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Body
# ==================================================================================================

# o99_01 -- pdf: month-view treatment calendar, lung SBRT M/W/F across March/April; sim, QA, follow-up cells -------
_c = "BRACKENRIDGE CANCER INSTITUTE - RADIATION ONCOLOGY (invented)"
add(name="o99_01", kind="calendar", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT"], ["body_immobilization"]),
    lesions=[L("RUL", "body", None, 54, 3)],
    categories=cats(),
    notes="Two-page printout: plan sheet with 54 Gy prescribed as 18 Gy per fraction (no 'x 3' anywhere on the sheet: "
          "'Fx: per calendar'), then a month-view treatment calendar (March/April 2026) whose cells hold SIM, "
          "physics QA, three SBRT cells (Mon 03/30, Wed 04/01, Fri 04/03), a nurse visit, a follow-up visit and a "
          "follow-up CT; the fraction count comes from the calendar (3).",
    docs=[Doc("o99_01.pdf", [
        [H1("SBRT Plan Sheet - Lung"),
         KeyValue([("Patient", f"{patient(1)}   {mrn(1)}"), ("Diagnosis", "C34.11 NSCLC RUL, adenocarcinoma, cT1cN0M0, declined lobectomy"),
                   ("Unit", "TrueBeam STx, 6 MV FFF"), ("Immobilization", "BodyFIX vacuum cushion with wrap, arms up"),
                   ("Simulation", "4DCT 03/18/2026 (10 phases, 2 mm); ITV from MIP, checked on all phases"),
                   ("Planning system", "HERONSGATE PLAN 11 (invented)"),
                   ("Technique", "2 partial VMAT arcs, single isocenter"),
                   ("Target", "PTV_RUL = ITV + 5 mm (22.4 cc)"),
                   ("Dose", "54 Gy total, 18 Gy per fraction, Rx to 80% IDL covering 95% of PTV"),
                   ("Fx", "per treatment calendar, at least 40 h between fractions"),
                   ("OAR", "chest wall D30cc 25.1 Gy; rib D1cc 41.9 Gy; cord Dmax 9.8 Gy; lung V20 4.7%")]),
         P("Physics: independent MU check 1.1%; portal dosimetry gamma 3%/1 mm 99.0% (03/26/2026). IGRT: CBCT every "
           "fraction, match to ITV, physician approves shifts before beam-on."),
         sig("Rosamund Pettigrew-Vale, MD 03/25/2026"), sig("Ewart Lindqvist, MS, DABR 03/26/2026")],
        [H1("Treatment Calendar - March / April 2026"),
         P(f"{patient(1)}   {mrn(1)}   Course 1: LUNG_RUL_SBRT   Printed 04/06/2026 14:12 by front desk (FD-3)"),
         RuledTable([("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"),
                     ("15", "16", "17", "18\nCT SIM 4D 09:30", "19", "20", "21"),
                     ("22", "23", "24", "25\nMD plan review", "26\nPhysics QA", "27", "28"),
                     ("29", "30\nSBRT 08:40\nCBCT", "31", "Apr 1\nSBRT 08:40\nCBCT", "2\nNurse visit", "3\nSBRT 09:10\nCBCT", "4"),
                     ("5", "6", "7", "8", "9", "10", "11"),
                     ("12-25", "no appts", "", "", "", "", ""),
                     ("26", "27", "28", "29\nF/U Dr. P-V 14:00", "30", "May 1", "2")],
                    widths=(62, 72, 62, 80, 70, 70, 50)),
         P("Legend: SBRT = stereotactic treatment delivered and recorded in the R&V system; F/U = follow-up clinic. "
           "Future: CT chest 06/29/2026 08:15 (3-month restaging)."),
         H2("Completion"),
         P("Course complete 04/03/2026. RUL 54 Gy delivered as planned; tolerated without acute toxicity. Follow-up "
           "as on the calendar."),
         sig("Rosamund Pettigrew-Vale, MD 04/03/2026 16:05")],
    ], opts=dict(header=head(_c, 1, "11/02/1946")))])

# o99_05 -- pdf: liver SBRT interrupted by an admission after fx 2, resumed 13 days later; summary weeks later ------
_c = "KINGSMILL REGIONAL ONCOLOGY (invented)"
add(name="o99_05", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization", "fiducials"]),
    lesions=[L("Liver segment VII", "body", None, 45, 3)],
    categories=cats(),
    notes="Liver SBRT 45 Gy in 3: fractions 02/09 and 02/11/2026, admission for cholangitis 02/12-02/20, fraction 3 on "
          "02/24 (13-day gap, one course, same plan). Completion summary dated 03/20/2026 gives the span 02/09-02/24; "
          "the log's 'held' rows (02/13, 02/16) are not fractions.",
    docs=[Doc("o99_05.pdf", [
        [H1("Stereotactic Body Radiotherapy - Treatment Record"),
         KeyValue([("Patient", f"{patient(5)}   {mrn(5)}"), ("Target", "HCC segment VII, 2.6 cm (LI-RADS 5), Child-Pugh A6"),
                   ("Unit", "Versa HD, 6 MV FFF, Agility MLC"),
                   ("Motion management", "3 gold fiducials (placed 01/22/2026), abdominal compression plate, vacuum bag"),
                   ("Planning", "CT sim 01/29/2026 (4DCT + contrast) fused with MRI liver 01/27/2026 (Eovist, hepatobiliary phase)"),
                   ("Plan", "LIVER_S7 v1, 2 VMAT arcs; Rx 45 Gy / 15 Gy per fx to 80% IDL; liver-minus-GTV 700cc < 15 Gy"),
                   ("Plan approved", "02/04/2026 (MD), 02/05/2026 (physics, second calc 0.9%, ArcCHECK-type QA 98.4%)")]),
         H2("Daily log"),
         RuledTable([("Date", "Fx", "IGRT", "Dose (Gy)", "Cum (Gy)", "Comment"),
                     ("02/09/2026", "1", "CBCT + fiducial match, MD approved", "15", "15", ""),
                     ("02/11/2026", "2", "CBCT + fiducial match, MD approved", "15", "30", "RUQ ache, mild"),
                     ("02/13/2026", "-", "-", "-", "30", "HELD - inpatient (cholangitis), stent exchange 02/14"),
                     ("02/16/2026", "-", "-", "-", "30", "HELD - remains inpatient"),
                     ("02/24/2026", "3", "CBCT + fiducial match, MD approved", "15", "45", "resumed same plan after MD review; bilirubin 1.4")]),
         P("Physician note 02/23/2026: interruption of 13 days; no re-planning needed (repeat CBCT anatomy stable, "
           "fiducials unchanged). Complete the remaining fraction as planned; no compensation for the gap."),
         sig("Cornelius Attwater, MD 02/24/2026")],
        [H1("End of Treatment Summary"),
         P("Dictated 03/20/2026, transcribed 03/23/2026."),
         P(f"{patient(5).title()} completed stereotactic body radiotherapy to the segment VII hepatocellular carcinoma, "
           "45 Gy to the 80% isodose line, treated 02/09/2026 through 02/24/2026. Treatment was interrupted after the "
           "second fraction by an admission for cholangitis and resumed once she was discharged. Fiducial-based "
           "CBCT guidance was used at each treatment. Follow-up MRI liver at 6 weeks is booked for 04/07/2026."),
         sig("Cornelius Attwater, MD 03/23/2026")],
    ], opts=dict(header=head(_c, 5, "07/19/1953")))])

# o99_07 -- txt: CyberKnife prostate, twice weekly (Tue/Fri); planned start moved 04/07 -> 04/10 ------------------
add(name="o99_07", kind="ehr_text", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("Prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Plain-text R&V/scheduling export: prostate SBRT 36.25 Gy at 7.25 Gy per fraction on a robotic-arm linac "
          "twice weekly (Tue/Fri). Start planned 04/07/2026, moved to 04/10 (fiducial migration check, rectal "
          "preparation); the original 04/07 appointment shows 'CANCELED - RESCHEDULED'. Five delivered sessions "
          "04/10-04/24; fraction count read from the session rows.",
    docs=[Doc("o99_07.txt", text=f"""
==== MERIDIAN R&V (invented) - COURSE ACTIVITY EXPORT ====
Facility: LOWTHER VALLEY RADIOSURGERY (invented)
Patient: {patient(7)}        MRN: {mrn(7)}        DOB: 1951-08-30
Course: C1 PROST_SBRT        Status: COMPLETED        Exported: 2026-05-04 07:58

[PRESCRIPTION]
Site ............ Prostate (CTV = prostate + proximal 1 cm SV), PTV = CTV + 5 mm (3 mm post)
Dx .............. C61 adenocarcinoma prostate, Gleason 3+4, PSA 7.2, favourable intermediate risk
Rx .............. 3625 cGy @ 725 cGy/fx, prescribed to 83% isodose
Frequency ....... 2x/week (Tue/Fri), non-consecutive days
Unit ............ CyberKnife M6 (robotic), InCise MLC
Tracking ........ Fiducial tracking (4 gold seeds, placed 03/12/2026), kV pairs every 30-60 s
Imaging ......... CT sim 03/20/2026 1.25 mm; MRI pelvis 3T 03/20/2026 (T2 axial), fused for contouring
Plan ............ PROST_v2 (approved MD 04/02/2026 16:40; physics 04/03/2026 11:05, DQA film 96.8% 3%/1mm)

[APPOINTMENTS]
2026-03-12 10:00  Fiducial placement (urology)           COMPLETED
2026-03-20 08:30  CT SIM / MRI SIM                        COMPLETED
2026-04-07 07:30  SBRT #1                                 CANCELED - RESCHEDULED (start moved: seed count 3/4 visible on setup film test, urology review; rectal prep)
2026-04-09 13:00  Verification film / seed check          COMPLETED  (4/4 seeds, no migration)
2026-04-10 07:30  SBRT                                    COMPLETED
2026-04-14 07:30  SBRT                                    COMPLETED
2026-04-17 07:45  SBRT                                    COMPLETED
2026-04-21 07:30  SBRT                                    COMPLETED
2026-04-24 07:30  SBRT                                    COMPLETED
2026-05-26 15:20  Follow-up, Dr. Castellane                SCHEDULED
2026-07-27 09:00  PSA (lab)                               SCHEDULED

[TREATMENT HISTORY]
Date        Start  End    Plan      Delivered MU   Dose (cGy)  Cum (cGy)  Tracking errors  Therapists
2026-04-10  07:41  08:27  PROST_v2  full           725         725        0                AK/JM
2026-04-14  07:38  08:19  PROST_v2  full           725         1450       1 (rectal gas, paused 4 min)  AK/LT
2026-04-17  07:52  08:31  PROST_v2  full           725         2175       0                JM/LT
2026-04-21  07:35  08:14  PROST_v2  full           725         2900       0                AK/JM
2026-04-24  07:33  08:12  PROST_v2  full           725         3625       0                AK/JM

[PHYSICIAN NOTES]
2026-04-06 Castellane: first fraction moved from Tue 4/7 to Fri 4/10 pending seed check; keep Tue/Fri rhythm, last treatment Fri 4/24.
2026-04-24 Castellane: course completed to 3625 cGy. Mild urgency (GU grade 1), tamsulosin started. Signed.

[CHARGES SENT]
G0339 x1 (2026-04-10); G0340 x4 (2026-04-14, 04-17, 04-21, 04-24); 77435 x1
-- {FOOT} --
""")])

# o99_11 -- pdf: kidney SBRT, fraction cancelled for MLC fault and made up next day; summary says 4 of 5 ----------
_c = "ASHCOMBE UNIVERSITY HOSPITAL - RADIOTHERAPY (invented)"
add(name="o99_11", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT"], ["body_immobilization"]),
    lesions=[L("Left kidney", "body", None, 40, 5)],
    categories=cats(),
    notes="Primary RCC SBRT 40 Gy in 5 (M/W/F): the 10/19/2026 session was cancelled for an MLC fault and made up on "
          "Tue 10/20; fraction 5 on 10/21. The treatment record shows five fractions delivered (40 Gy); the summary "
          "dictated three weeks later says four of five were given (32 Gy). Gold follows the record.",
    contradiction="The end-of-treatment summary says only four of five fractions (32 Gy) were delivered because of the cancelled 10/19 session, while the treatment record shows that session made up on 10/20 and five fractions (40 Gy) delivered.",
    docs=[Doc("o99_11.pdf", [
        [H1("Radiotherapy Treatment Record - SABR Kidney"),
         KeyValue([("Patient", f"{patient(11)}   {mrn(11)}"), ("Indication", "Left renal cell carcinoma 4.1 cm, medically inoperable (eGFR 31)"),
                   ("Linac", "LA4 - TrueBeam, 6 MV FFF"), ("Immobilisation", "Vac-Lok bag, knee rest, arms on chest"),
                   ("Planning CT", "4DCT with IV contrast 10/01/2026, ITV approach"),
                   ("TPS", "OSPREY PLAN 7 (invented), 2 VMAT arcs"),
                   ("Prescription", "40 Gy in 5 fractions (8 Gy), alternate days, PTV D95 >= 100%"),
                   ("Checks", "Independent MU check 1.4%; EPID QA pass 10/08/2026")]),
         H2("Fraction record"),
         RuledTable([("Appt", "Date", "Status", "Fx #", "Dose", "CBCT", "Sign"),
                     ("1", "Mon 12/10/26", "Treated", "1", "8 Gy", "Yes - approved", "EM/RC"),
                     ("2", "Wed 14/10/26", "Treated", "2", "8 Gy", "Yes - approved", "EM/RC"),
                     ("3", "Fri 16/10/26", "Treated", "3", "8 Gy", "Yes - approved", "RC/SB"),
                     ("4", "Mon 19/10/26", "CANCELLED - machine fault (MLC leaf 34B interlock)", "-", "-", "-", "RC"),
                     ("4a", "Tue 20/10/26", "Treated (make-up)", "4", "8 Gy", "Yes - approved", "EM/SB"),
                     ("5", "Wed 21/10/26", "Treated", "5", "8 Gy", "Yes - approved", "EM/RC")]),
         P("Dates on this record are day/month/year (UK format, department standard). Physics note 19/10/26: "
           "LA4 out of service 07:55-17:30, leaf motor replaced, QA passed 18:10. Patient rebooked 20/10/26 09:00."),
         sig("Ophelia Marchbanks, FRCR, Consultant Clinical Oncologist 21/10/2026")],
        [H1("End of Treatment Summary (dictated 09/11/2026)"),
         P(f"Re: {patient(11).title()}, {mrn(11)}. SABR left kidney, October 2026."),
         P("She attended for stereotactic ablative radiotherapy to the left renal primary from 12 October. The session "
           "on 19 October was cancelled owing to a machine fault. In total she received four of the five planned "
           "fractions, 32 Gy, and the course was closed on 21 October. Tolerance was good apart from grade 1 "
           "nausea. We will repeat the CT in three months and her renal function at six weeks."),
         sig("Ophelia Marchbanks, FRCR 09/11/2026 (typed 10/11/2026)")],
    ], opts=dict(header=head(_c, 11, "22/05/1940")))])

# o99_13 -- bundle (3 files): MR-linac adrenal; referral and GP letter day-first, record month-first ---------------
_c = "HALLAMSHIRE MR-LINAC CENTRE (invented)"
add(name="o99_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("Left adrenal", "body", None, 36, 3)],
    categories=cats(),
    notes="Three files: an Irish referral letter (day-first, '12/03/2026' = 12 March), the MR-linac record (month-first: "
          "04/06, 04/08, 04/10/2026) and a letter to the GP giving the treatment dates day-first ('06/04/2026, 08/04/2026 "
          "and 10/04/2026') and 12 Gy per fraction with no stated count. Three sessions, 36 Gy, left adrenal.",
    docs=[
        Doc("1_referral_letter.txt", text=f"""
ST. COLMCILLE'S ONCOLOGY SERVICE, GALWAY (invented)
Date: 12/03/2026

Dear Dr Wainfleet,

Re: {patient(13).title()}   DOB 14/09/1958   Your ref {mrn(13)}

Thank you for agreeing to see Mrs Ollerenshaw, who is moving to live with her daughter in your area. She had a right upper lobectomy on 17/06/2024 for a pT2aN0 adenocarcinoma. Surveillance CT on 02/03/2026 shows a new solitary left adrenal nodule (2.4 cm, 1.6 cm in 08/2025), biopsy-proven recurrence on 09/03/2026. Our MDT on 11/03/2026 recommended stereotactic ablative radiotherapy; given the proximity of the stomach we felt MR-guided delivery was best and that is not available here.

Kind regards,
Dr Fintan Ua Briain, Consultant Radiation Oncologist
"""),
        Doc("2_mrlinac_record.pdf", [
            [H1("MR-Linac Adaptive SBRT - Course Record"),
             KeyValue([("Patient", f"{patient(13)}   {mrn(13)}"), ("Target", "Left adrenal metastasis (NSCLC), GTV 2.4 cm"),
                       ("Unit", "1.5 T MR-linac, 7 MV FFF"),
                       ("Simulation", "03/27/2026: CT sim in vacuum cushion, arms on chest; MRI sim same day (3D T2 + cine), registered to CT"),
                       ("Planning", "KESTREL ADAPT 3 (invented), 9-beam step-and-shoot IMRT; reference plan approved 04/01/2026"),
                       ("Prescription", "12 Gy per fraction; PTV = GTV + 3 mm; Rx isodose covers 95% PTV; stomach/bowel D0.5cc < 33 Gy total"),
                       ("Gating", "Cine-MR gating on GTV boundary, 3 mm envelope, 95% ROI"),
                       ("QA", "Secondary calc each adapted plan; pre-course phantom QA 04/02/2026 gamma 3%/2 mm 99.3%")]),
             H2("Session log"),
             RuledTable([("Date", "Time in", "Workflow", "Beam-on (min)", "Dose to PTV", "Physician"),
                         ("04/06/2026", "07:50", "Adapt-to-shape (stomach in PTV+2 cm)", "14.2", "12 Gy", "Wainfleet"),
                         ("04/08/2026", "11:15", "Adapt-to-position", "11.8", "12 Gy", "Wainfleet"),
                         ("04/10/2026", "08:05", "Adapt-to-shape", "13.5", "12 Gy", "Oyelaran")]),
             P("Daily MRI before each session, contours edited online, plan re-optimized and approved by the physician "
               "and physicist at the console before beam-on."),
             sig("Harriet Wainfleet, MD 04/10/2026"), sig("Piotr Szewczyk, PhD, Physicist 04/10/2026")],
        ], opts=dict(header=head(_c, 13, "09/14/1958"))),
        Doc("3_letter_to_GP.txt", text=f"""
HALLAMSHIRE MR-LINAC CENTRE (invented)
Date: 17/04/2026
To: Dr. A. Fennimore, Market Street Surgery

Re: {patient(13).title()}, {mrn(13)}

She completed MR-guided stereotactic radiotherapy to the left adrenal metastasis, 12 Gy per treatment on 06/04/2026, 08/04/2026 and 10/04/2026, each treatment adapted to the anatomy of the day with the radiotherapy planned on CT and MRI. She had mild fatigue and one episode of nausea after the first treatment. I will see her on 29/05/2026 with a CT of the chest and abdomen beforehand, and I have written to Dr Ua Briain in Galway.

Harriet Wainfleet, MD, Consultant
{FOOT}
"""),
    ])

# o99_17 -- pdf: MR-linac pancreas 40 Gy/5, Thu start, weekend + Memorial Day skipped; times of day ----------------
_c = "TAMARACK HEALTH - MR-GUIDED RADIOTHERAPY (invented)"
add(name="o99_17", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], []),
    lesions=[L("Pancreatic head", "body", None, 40, 5)],
    categories=cats(positioning=False),
    notes="Pancreas SBRT 40 Gy at 8 Gy per fraction on a 0.35 T MR-linac: Thu 05/21, Fri 05/22, (weekend, clinic "
          "closed Mon 05/25 Memorial Day), Tue 05/26, Wed 05/27, Thu 05/28/2026, each with check-in/beam times. No "
          "immobilization device is documented (positioning missing).",
    docs=[Doc("o99_17.pdf", [
        [H1("Stereotactic MR-Guided Adaptive RT - Pancreas"),
         KeyValue([("Patient", f"{patient(17)}   {mrn(17)}"), ("Dx", "C25.0 borderline resectable adenocarcinoma pancreatic head, after 4 months FOLFIRINOX"),
                   ("Unit", "0.35 T MR-linac (MRIdian-class), 6 MV FFF"),
                   ("Simulation", "05/12/2026 CT (contrast, breath-hold) and 0.35 T MR sim (TrueFISP, breath-hold)"),
                   ("Plan", "Reference IMRT plan, 15 beams; Rx 40 Gy at 8 Gy/fx to PTV (GTV + 3 mm); OAR: duodenum/stomach/bowel V33Gy < 0.5 cc"),
                   ("Motion", "Breath-hold with real-time sagittal cine gating"),
                   ("Approvals", "MD 05/18/2026 17:22; physics 05/19/2026 10:04 (second check 1.8%, diode-array QA 97.9%)")]),
         H2("Treatment log (times are 24-h, local)"),
         RuledTable([("Day", "Date", "Check-in", "Beam on", "Beam off", "Adapted", "Delivered"),
                     ("Thu", "05/21/2026", "06:45", "07:31", "07:58", "Yes", "8.0 Gy"),
                     ("Fri", "05/22/2026", "06:50", "07:40", "08:06", "Yes", "8.0 Gy"),
                     ("Mon", "05/25/2026", "-", "-", "-", "-", "Clinic closed (holiday)"),
                     ("Tue", "05/26/2026", "13:10", "13:52", "14:20", "No (position only)", "8.0 Gy"),
                     ("Wed", "05/27/2026", "06:40", "07:26", "07:51", "Yes", "8.0 Gy"),
                     ("Thu", "05/28/2026", "06:45", "07:29", "07:55", "Yes", "8.0 Gy")]),
         P("Each session: setup MRI, online contour review and re-optimization when OARs entered the 2 cm ring, "
           "physician and physicist at console, gated delivery."),
         H2("Completion 05/28/2026"),
         P("Pancreatic head tumour: 40 Gy delivered. Grade 1 nausea. Restaging CT and CA 19-9 in 4 weeks; surgical "
           "review (Dr. Halloran) 07/01/2026."),
         sig("Valentina Okonkwo-Reyes, MD 05/28/2026 15:47"),
         sig("Jasper Thornbury, MS, DABR 05/28/2026 16:02")],
    ], opts=dict(header=head(_c, 17, "12/03/1962")))])

# o99_19 -- bundle (3 files): robotic SBRT, lung every session, adrenal on sessions 1/3/5 only ---------------------
_c = "CALDERWOOD ROBOTIC RADIOSURGERY (invented)"
add(name="o99_19", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization", "fiducials"]),
    lesions=[L("RLL lung", "body", None, 50, 5), L("Right adrenal", "body", None, 30, 3)],
    categories=cats(),
    notes="Oligometastatic course on a robotic-arm linac, five sessions 06/15-06/24/2026 (M/W/F/M/W): RLL nodule "
          "10 Gy at every session (50 Gy in 5) and right adrenal 10 Gy at sessions 1, 3 and 5 only (30 Gy in 3). "
          "Calendar text, plan summary PDF and a physics QA note. One course of five sessions, two lesions.",
    docs=[
        Doc("1_schedule.txt", text=f"""
CALDERWOOD ROBOTIC RADIOSURGERY (invented) - PATIENT SCHEDULE
{patient(19)}   {mrn(19)}   printed 06/25/2026

Mon 06/08  10:00  Fiducial placement RLL (IR, CT-guided, 3 seeds)      done
Fri 06/12  09:00  PET/CT fusion review + CT sim (Vac-Lok)               done
Mon 06/15  08:00  SBRT session 1  - LUNG + ADRENAL (2 plans)            done 08:02-09:31
Wed 06/17  08:00  SBRT session 2  - LUNG only                            done 08:05-08:52
Fri 06/19  12:30  SBRT session 3  - LUNG + ADRENAL                       done 12:41-14:06
Mon 06/22  08:00  SBRT session 4  - LUNG only                            done 08:00-08:44
Wed 06/24  08:00  SBRT session 5  - LUNG + ADRENAL                       done 08:09-09:37
Wed 07/22  14:30  Follow-up visit + CXR                                   booked
"""),
        Doc("2_plan_summary.pdf", [
            [H1("Robotic SBRT Plan Summary - Two Targets"),
             KeyValue([("Patient", f"{patient(19)}   {mrn(19)}"),
                       ("Indication", "Metastatic melanoma, BRAF wt, on nivolumab: two residual FDG-avid lesions (RLL 1.8 cm, right adrenal 2.9 cm)"),
                       ("Unit", "CyberKnife S7 with RoboCouch"),
                       ("Imaging", "Planning CT 06/12/2026 (1 mm, exhale breath-hold) fused with PET/CT 06/03/2026 for GTV definition"),
                       ("Immobilization", "Vac-Lok full-body cushion"),
                       ("Tracking", "RLL: fiducial tracking with Synchrony respiratory model; adrenal: Xsight Spine with Synchrony (fiducial-free)"),
                       ("Planning system", "PLOVER ROBOTIC 2.4 (invented)")]),
             RuledTable([("Target", "Rx / fx", "Sessions", "Total", "IDL", "Beams", "PTV cov."),
                         ("PTV_RLL", "10 Gy", "1-5", "50 Gy", "75%", "168", "96.1%"),
                         ("PTV_R_ADR", "10 Gy", "1, 3, 5", "30 Gy", "78%", "141", "95.4%")]),
             P("Adrenal dosed on alternate sessions to keep session length under 90 minutes and duodenal D5cc per "
               "fraction under 7 Gy. Both targets approved as one course (C1)."),
             sig("Bartholomew Nkemelu, MD 06/12/2026")],
        ], opts=dict(header=head(_c, 19, "03/27/1967"))),
        Doc("3_physics_qa.pdf", [[
            H1("Physics Plan Check and DQA"),
            P(f"{patient(19)}   {mrn(19)}   Course C1 (2 plans)"),
            RuledTable([("Plan", "Second calc", "DQA (film, 2%/2 mm)", "Date"),
                        ("RLL_10x5", "1.3%", "97.2%", "06/13/2026"),
                        ("RADR_10x3", "0.8%", "98.6%", "06/13/2026")]),
            P("Delivery review 06/24/2026: RLL 5/5 fractions and adrenal 3/3 fractions delivered per plan; Synchrony "
              "model errors < 1.5 mm all sessions."),
            sig("Coralie Ashdown, MS, DABR 06/24/2026"),
        ]], opts=dict(header=head(_c, 19, "03/27/1967"))),
    ])

# o99_20 -- txt: EHR appointment export, single-fraction lung SBRT 34 Gy; follow-ups listed like treatments ------
add(name="o99_20", kind="ehr_text", codes=["77373", "77435", "77372"],
    facts=F("linac", ["body"], 1, 1, ["CT"], ["body_immobilization"]),
    lesions=[L("LLL peripheral nodule", "body", None, 34, 1)],
    categories=cats(),
    notes="EHR export for a single-fraction peripheral lung SBRT (34 Gy x 1, 08/31/2026). The appointment list puts the "
          "treatment between CT sim, an MD follow-up and a restaging CT in the same format; plan approved 08/27, "
          "summary signed 09/02. 77372 is cranial-only, inconsistent for a body course.",
    docs=[Doc("o99_20.txt", text=f"""
PINEHAVEN MEDICAL GROUP (invented) | EHR PRINT | Radiation Oncology Encounters
Patient: {patient(20)} | MRN: {mrn(20)} | DOB: 1939-01-05 | Printed: 2026-09-03 11:40 by billing (KD)

---- APPOINTMENTS (DEPT: RAD ONC) ----
| Date       | Time  | Type                         | Resource        | Status    |
| 2026-08-17 | 13:00 | New consult                  | Dr. Valcourt    | Arrived   |
| 2026-08-24 | 09:30 | CT SIM (4D)                  | CT-SIM 1        | Arrived   |
| 2026-08-31 | 10:00 | SBRT TX                      | LINAC 2 (Edge)  | Arrived   |
| 2026-09-28 | 14:00 | F/U visit                    | Dr. Valcourt    | Scheduled |
| 2026-11-30 | 08:15 | CT CHEST W/O                 | CT 3            | Scheduled |
| 2026-12-07 | 15:30 | F/U visit + CT review        | Dr. Valcourt    | Scheduled |

---- PLAN (approved 2026-08-27 16:12 by VALCOURT, AUGUSTINE MD; physics 2026-08-28 09:40 by HEMSWORTH-LAY, R. MS) ----
Target: PTV_LLL (ITV + 5 mm), 14.6 cc. Peripheral, > 2 cm from the chest wall and > 2 cm from the bronchial tree.
Dose: 3400 cGy in 1 fraction, Rx to 70% IDL, D95 100%.
Technique: 3 non-coplanar VMAT arcs (6 MV FFF), Edge radiosurgery linac, 2.5 mm HD MLC. Plan system: WAGTAIL TPS 16 (invented).
Sim: 4DCT 2026-08-24, ITV from 10 phases; patient in BodyFIX cushion with vacuum wrap, arms above head.
QA: second MU check 0.7%; EPID QA gamma 2%/2 mm 98.9% (2026-08-28).

---- TREATMENT (2026-08-31) ----
10:04 CBCT #1 - shifts 2.1/0.8/1.5 mm, reviewed and approved (Valcourt)
10:19 Arc 1 | 10:23 CBCT #2 (intrafraction) residual 0.6 mm | 10:31 Arc 2 | 10:38 Arc 3
10:44 Treatment complete - 3400 cGy delivered. Patient discharged home 11:05.

---- SUMMARY (signed 2026-09-02 08:55, Valcourt) ----
Single-fraction SBRT to the LLL T1b NSCLC (biopsy 07/2026, inoperable, FEV1 38%) completed 08/31/2026. No acute effects.

---- CHARGES (DOS) ----
2026-08-24 77293, 77290 | 2026-08-27 77301, 77338, 77300 | 2026-08-31 77373, 77435 (submitted), 77372 (held - coder query)
-- {FOOT} --
""")])



# ==================================================================================================
# Cranial
# ==================================================================================================

# o99_03 -- bundle (2 files): cobalt-60 frame SRS to five metastases in one day, split into two sessions ----------
_c = "WESTHOLME GAMMA CENTRE (invented)"
add(name="o99_03", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("R frontal", "cranial", S, 20, 1), L("L frontal", "cranial", S, 20, 1), L("L parietal", "cranial", S, 18, 1),
             L("R occipital", "cranial", S, 20, 1), L("L cerebellar", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Frame-based cobalt-60 SRS of five metastases on 03/10/2026. The run was paused after three targets "
          "(patient nauseated, frame left on) and completed in a second session that afternoon: the session log has "
          "two rows and the procedure note says 'two sessions'. One treatment day, frame on throughout, one plan: one "
          "fraction (single-session cranial, 77371).",
    docs=[
        Doc("1_procedure_note.txt", text=f"""
WESTHOLME GAMMA CENTRE (invented) - RADIOSURGERY PROCEDURE NOTE
Patient: {patient(3)}   MRN: {mrn(3)}   DOB 06/21/1960   DOS: 03/10/2026
Surgeon: Ambrose Fairclough, MD (neurosurgery)   Radiation oncologist: Selina Drummond-Hay, MD   Physicist: Rhys Tolliver, PhD

Indication: five brain metastases from EGFR-mutant lung adenocarcinoma, largest 1.7 cm, none near the optic apparatus or in the brainstem; KPS 80.

06:55 Leksell frame applied under local anaesthesia (4 pins, 1% lidocaine with bicarbonate), frame level with the orbitomeatal line. 07:25 stereotactic CT with fiducial box (1 mm). 07:50 stereotactic MRI (post-gadolinium 3D T1, 1 mm; T2 FLAIR), co-registered to the CT in GammaPlan. Targets contoured and planned (27 shots, 4/8/16 mm collimators), prescriptions below, all to the 50% isodose line. Plan approved 10:05 by both physicians and the physicist, frame coordinates checked against the plan printout by two people.

Treatment was given in two sessions today. Session 1 started 10:31 and treated the right frontal, left frontal and left parietal targets; at 11:18 the patient asked to stop for nausea and the couch was withdrawn. Ondansetron 4 mg IV, rested in recovery with the frame on. Session 2 started 13:02 (coordinates re-checked) and completed the right occipital and left cerebellar targets at 13:37. Frame removed 13:50, pin sites dressed. Discharged 15:10.

Targets and doses (single fraction):
  R frontal 1.7 cm ...... 20 Gy @ 50%
  L frontal 0.9 cm ...... 20 Gy @ 50%
  L parietal 1.4 cm ..... 18 Gy @ 50%
  R occipital 0.6 cm .... 20 Gy @ 50%
  L cerebellar 1.1 cm ... 16 Gy @ 50% (close to the 4th ventricle, dose reduced)

Follow-up MRI in 8 weeks (approx. 05/05/2026).
A. Fairclough, MD / S. Drummond-Hay, MD - signed 03/10/2026 16:20
"""),
        Doc("2_treatment_report.pdf", [[
            H1("Gamma Knife Perfexion - Treatment Report"),
            KeyValue([("Patient", f"{patient(3)}   {mrn(3)}"), ("Plan", "GK_MULTI_0310 (1 plan, 5 targets, 27 shots)"),
                      ("Fixation", "Leksell G frame"), ("Date", "03/10/2026")]),
            RuledTable([("Session", "Start", "End", "Targets", "Shots", "Beam-on (min)", "Status"),
                        ("1", "10:31", "11:18", "R frontal, L frontal, L parietal", "16 / 16", "41.7", "Interrupted by operator (patient request)"),
                        ("2", "13:02", "13:37", "R occipital, L cerebellar", "11 / 11", "29.4", "Completed")]),
            RuledTable([("Target", "Volume (cc)", "Rx (Gy)", "IDL", "Coverage", "Max (Gy)"),
                        ("R frontal", "1.92", "20", "50%", "98%", "40.0"),
                        ("L frontal", "0.31", "20", "50%", "99%", "40.0"),
                        ("L parietal", "1.05", "18", "50%", "98%", "36.0"),
                        ("R occipital", "0.09", "20", "50%", "100%", "40.0"),
                        ("L cerebellar", "0.52", "16", "50%", "98%", "32.0")]),
            P("Plan delivered in 2 sessions on 03/10/2026 (session 1 interrupted, resumed from shot 17 with the same "
              "plan; frame in place throughout). Daily QA and source output check passed 03/10/2026 06:30."),
            sig("Rhys Tolliver, PhD 03/10/2026 14:02"),
        ]], opts=dict(header=head(_c, 3, "06/21/1960"))),
    ])

# o99_04 -- dictation: post-op cavity FSRT 25 Gy/5, dates in words, machine-down day; no planning parameters ---------
add(name="o99_04", kind="dictation", codes=["77373", "77435", "77372"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]),
    lesions=[L("L occipital resection cavity", "cranial", S, 25, 5)],
    categories=cats(plan=False),
    notes="Dictated completion summary: cavity FSRT 25 Gy at 5 Gy per day, started Thursday the fourteenth of May, "
          "machine down Monday the eighteenth, completed Thursday the twenty-first (5 treatment days: 14, 15, 19, 20, 21 "
          "May). No isodose, arcs or planning system (plan category missing). 77372 claimed wrongly.",
    docs=[Doc("o99_04.txt", text=f"""
FERNLEIGH RADIATION ONCOLOGY (invented)
COMPLETION OF TREATMENT SUMMARY - dictated 06/01/2026, transcribed 06/02/2026 (DT: mk)
Patient: {patient(4)}    MRN: {mrn(4)}    DOB: 10/10/1958
Attending: Isadora Penhallow, MD

Diagnosis: solitary left occipital metastasis of renal cell carcinoma, gross totally resected on April twentieth two thousand twenty six (Dr. Greaves).

Treatment: fractionated stereotactic radiotherapy to the left occipital resection cavity on the Edge linac. He was simulated on the fifth of May in a three-point thermoplastic SRS mask with a thin-slice CT, which was fused with his post-operative MRI from the first of May. The cavity plus a two millimetre margin was treated to twenty-five gray at five gray per day.

He started on Thursday the fourteenth of May and was treated again Friday the fifteenth. On Monday the eighteenth the machine was down for a service repair and he was not treated; we simply added the day on and he continued Tuesday the nineteenth, Wednesday the twentieth, and finished on Thursday the twenty-first of May, having received the full twenty-five gray. Every treatment was preceded by a cone beam CT and surface-guided setup check, and the shifts were reviewed by me before the beam was turned on.

Tolerance: mild fatigue, no headache, no seizures, steroids not needed.

Follow up: MRI brain at six weeks, with clinic on the second of July.

Isadora Penhallow, MD
{FOOT}
""")])

# o99_06 -- bundle (3 files): dose-staged cobalt-60 SRS, one 4.2 cm lesion, stage 2 four weeks later (scanned) -----
_c = "NORTHFLEET RADIOSURGERY UNIT (invented)"
add(name="o99_06", kind="bundle", codes=["77371", "77432", "61798"],
    facts=F("cobalt60", ["cranial"], 1, 2, ["MRI"], ["mask"]),
    lesions=[L("R temporal (staged)", "cranial", C, 30, 2)],
    categories=cats(),
    notes="Two-stage (dose-staged) mask-based cobalt-60 radiosurgery of a 4.2 cm right temporal metastasis, 15 Gy "
          "on 01/20/2026 and 15 Gy on 02/17/2026 (stage 2 record is a scanned sheet), and a charge sheet with "
          "77371/77432 for each date of service. One lesion, one course of two fractions: 77371 and 77432 are "
          "inconsistent (77373/77435 fit); 61798 fits (complex by size).",
    docs=[
        Doc("1_stage1_record.pdf", [[
            H1("Staged Radiosurgery - Stage 1 of 2"),
            KeyValue([("Patient", f"{patient(6)}   {mrn(6)}"), ("Date of treatment", "01/20/2026 (Day 1)"),
                      ("Unit", "Leksell Gamma Knife Icon (multi-source cobalt-60)"),
                      ("Fixation", "Thermoplastic mask with IFMM nose-marker motion monitoring"),
                      ("Imaging", "MRI 3D T1 post-contrast 01/16/2026 (1 mm), registered to the Icon CBCT stereotactic reference"),
                      ("Target", "Right temporal metastasis (breast), 4.2 x 3.6 x 3.3 cm, 24.8 cc"),
                      ("Plan", "Stage 1: 15 Gy @ 50% IDL, 34 shots, coverage 97%; stage 2 planned for Day 29 on new MRI")]),
            P("Pre-treatment CBCT co-registered to the planning reference, max deviation 0.4 mm; intrafraction IFMM "
              "threshold 1.5 mm, two pauses, re-CBCT once. Delivered 15 Gy. Physics second check passed 01/19/2026."),
            sig("Mordecai Ellsworth, MD, Radiation Oncology 01/20/2026"), sig("Henrietta Vaux, MS, Physicist 01/20/2026"),
        ]], opts=dict(header=head(_c, 6, "01/30/1971"))),
        Doc("2_stage2_record_scanned.pdf", [[
            H1("Staged Radiosurgery - Stage 2 of 2"),
            KeyValue([("Patient", f"{patient(6)}   {mrn(6)}"), ("Date of treatment", "02/17/2026 (Day 29)"),
                      ("Re-imaging", "MRI 02/13/2026: lesion 23.1 cc, re-contoured; stage 2 plan on new MRI"),
                      ("Plan", "Stage 2: 15 Gy @ 50% IDL, 31 shots, coverage 96%"),
                      ("Setup", "Same mask, CBCT 0.6 mm, IFMM 1.5 mm")]),
            P("Stage 2 delivered without pauses. Course total: 30 Gy to the right temporal lesion in two stages "
              "(one lesion, one course). MRI in 2 months."),
            P("Signed: Mordecai Ellsworth, MD 02/17/2026"),
        ]], opts=dict(header=head(_c, 6, "01/30/1971"), scan=True, scan_skew=0.8, scan_noise=5.0)),
        Doc("3_charge_sheet.txt", text=f"""
NORTHFLEET RADIOSURGERY UNIT (invented) - CHARGE CAPTURE
Patient {patient(6)}  MRN {mrn(6)}  Payer: commercial (invented)

DOS         CPT     Units  Description                          Provider
01/16/2026  70553   1      MRI brain w/wo (planning)            Radiology
01/19/2026  77263   1      Clinical tx planning, complex         Ellsworth
01/20/2026  77371   1      SRS delivery Co-60                   facility
01/20/2026  77432   1      SRS management                       Ellsworth
01/20/2026  61798   1      SRS complex cranial lesion           Ellsworth
02/17/2026  77371   1      SRS delivery Co-60                   facility
02/17/2026  77432   1      SRS management                       Ellsworth
(coder note 02/20/2026: stage 2 lines pending review)
"""),
    ])

# o99_08 -- pdf: gyroscopic linac SRS, two metastases treated on two days of one course (Tue / Thu) --------------
_c = "SILVERBIRCH NEUROSURGICAL RADIOSURGERY (invented)"
add(name="o99_08", kind="pdf", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 2, ["CT", "MRI"], ["mask"]),
    lesions=[L("L frontal", "cranial", S, 20, 1), L("R cerebellar", "cranial", S, 18, 1)],
    categories=cats(),
    notes="Self-shielded gyroscopic linac SRS: left frontal 20 Gy x 1 on Tue 06/02/2026 and right cerebellar 18 Gy x 1 "
          "on Thu 06/04/2026 (long beam times, split over two days by plan). One course, two lesions, each single-"
          "fraction, delivered in two sessions: course fractions 2, so the single-session codes 77372/77432 do not "
          "fit (77373/77435); 61796 + 61797 fit.",
    docs=[Doc("o99_08.pdf", [
        [H1("Cranial Radiosurgery - Course Summary"),
         KeyValue([("Patient", f"{patient(8)}   {mrn(8)}"), ("Course", "SRS_2026_06 (one course, two treatment days)"),
                   ("Unit", "ZAP-X gyroscopic radiosurgery system (3 MV, self-shielded)"),
                   ("Immobilization", "Open-face thermoplastic mask with head cradle"),
                   ("Imaging", "CT 0.625 mm 05/26/2026; MRI 3T post-contrast 05/25/2026, fused (rigid, mutual information)"),
                   ("Planning", "FINCHLEY SRS 2.1 (invented), isocentric beams through collimator wheel (4, 7.5, 10 mm)")]),
         H2("Targets"),
         RuledTable([("Target", "Size", "Rx", "IDL", "Isocentres / beams", "Treatment date"),
                     ("L frontal (superior frontal gyrus)", "1.3 cm", "20 Gy x 1", "58%", "4 / 212", "Tue 06/02/2026"),
                     ("R cerebellar hemisphere", "1.0 cm", "18 Gy x 1", "61%", "3 / 178", "Thu 06/04/2026")]),
         P("Rationale for two days: estimated total beam time 104 minutes; each target delivered on its own day to "
           "keep the session under one hour in the mask. Same plan set, same mask, approved together 05/29/2026."),
         P("QA: independent dose calculation both plans within 2%; end-to-end film QA passed 05/29/2026."),
         sig("Araminta Coldstream, MD, Neurosurgery 05/29/2026"), sig("Ludovic Brackley, MS, Physicist 05/29/2026")],
        [H1("Treatment Days"),
         RuledTable([("Date", "Time", "Target", "Image guidance", "Delivered", "Notes"),
                     ("06/02/2026", "09:10-10:02", "L frontal", "kV planar pair pre-treatment + every 10 beams", "20 Gy", "no pauses"),
                     ("06/04/2026", "09:05-09:49", "R cerebellar", "kV planar pair pre-treatment + every 10 beams", "18 Gy", "one repositioning, 0.9 mm")]),
         P("Course complete 06/04/2026: two lesions treated, left frontal 20 Gy and right cerebellar 18 Gy, each in a "
           "single fraction. MRI at 8 weeks (07/30/2026)."),
         sig("Araminta Coldstream, MD 06/04/2026"), sig("Noor Ashfield, MD, Radiation Oncology 06/04/2026")],
    ], opts=dict(header=head(_c, 8, "04/04/1955")))])

# o99_14 -- dictation: cobalt-60 frame radiosurgery for trigeminal neuralgia, dates in words, Day-relative ---------
add(name="o99_14", kind="dictation", codes=["77371", "77432", "61796", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("R trigeminal nerve", "cranial", C, 80, 1)],
    categories=cats(),
    notes="Dictated operative note for right trigeminal neuralgia radiosurgery with every date in words (the ninth of "
          "September 2026; MRI 'the day before'; follow-up 'the ninth of December'). 80 Gy maximum dose, single "
          "4 mm shot. Functional target is complex, so 61796 is wrong; 61800 fits (frame).",
    docs=[Doc("o99_14.txt", text=f"""
GREYSTONE FUNCTIONAL NEUROSURGERY (invented)
RADIOSURGERY OPERATIVE NOTE - DICTATED
Patient: {patient(14)}          MRN: {mrn(14)}          DOB: 02/17/1944
Surgeon: Percival Danforth-Oyelowo, MD          Radiation oncology: Lavender Stroud, MD          Physics: Edmund Kaye, PhD

This is the dictation for Mr. Osgodby's radiosurgery, performed on Wednesday the ninth of September, twenty twenty-six.

Indication: classical right trigeminal neuralgia, V2 and V3 distribution, for six years, now refractory to carbamazepine and baclofen at tolerated doses, not a candidate for microvascular decompression because of cardiac disease.

Imaging: the day before the procedure he had a thin-slice MRI of the posterior fossa, constructive interference in steady state and post-contrast T1, at one millimetre. On the day, after frame placement, a stereotactic CT with the localizer box was obtained and fused to that MRI.

Procedure: the Leksell stereotactic frame was applied at seven-fifteen in the morning under local anaesthetic, four pins. The right trigeminal nerve root entry zone was identified on the fused images and a single four millimetre isocenter placed about seven millimetres anterior to the pons, so that the brainstem surface received less than the twenty percent isodose. The maximum dose was eighty gray, one hundred percent isodose. Plan approved jointly by Dr. Stroud, Dr. Kaye and me, with a second check of the coordinates. Treatment on the Gamma Knife began at ten forty and finished at eleven thirty-one. The frame was removed, pin sites were clean, and he went home that afternoon.

Follow-up: he will keep his medications unchanged for now and see me on the ninth of December, three months after treatment, for a medication taper if the pain has responded.

Percival Danforth-Oyelowo, MD - signed electronically on the tenth of September, 2026
{FOOT}
""")])

# o99_15 -- pdf: linac FSRT re-planned from 30 Gy/5 to 27 Gy/3; summary copied the superseded plan -------------------
_c = "BEAUCHAMP STREET RADIOTHERAPY (invented)"
add(name="o99_15", kind="pdf", codes=["77373", "77435"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("L parietal", "cranial", S, 27, 3)],
    categories=cats(),
    notes="Linac FSRT of a 3.1 cm left parietal metastasis: plan v1 30 Gy in 5 (approved 11/02/2026) superseded by v2 "
          "27 Gy in 3 (approved 11/04) after the start date moved; fractions on Thu 11/05, Fri 11/06, Mon 11/09/2026. "
          "The end-of-treatment summary still says 30 Gy in 5 fractions 11/05-11/11. Gold follows the treatment record "
          "(27 Gy/3).",
    contradiction="The end-of-treatment summary reports 30 Gy in 5 fractions from 11/05 to 11/11/2026, while the treatment record shows the superseded 5-fraction plan replaced and 27 Gy in 3 fractions delivered on 11/05, 11/06 and 11/09/2026.",
    docs=[Doc("o99_15.pdf", [
        [H1("FSRT - Plan History and Treatment Record"),
         KeyValue([("Patient", f"{patient(15)}   {mrn(15)}"), ("Target", "Left parietal metastasis (melanoma), 3.1 cm, 11.4 cc, 9 mm from the motor strip"),
                   ("Unit", "Novalis Tx, 6 MV SRS beam, HD120 MLC, ExacTrac X-ray"),
                   ("Immobilization", "Frameless SRS mask (3-part)"),
                   ("Imaging", "CT sim 10/28/2026 (1 mm), MRI 3D T1 + contrast 10/27/2026, fused in planning"),
                   ("TPS", "DUNLIN CRANIAL 5 (invented), 5 dynamic conformal arcs, 1 isocentre")]),
         H2("Plan history"),
         RuledTable([("Version", "Rx", "Approved", "Planned start", "Status"),
                     ("v1", "30 Gy / 5 fx, 80% IDL", "11/02/2026", "Mon 11/02/2026", "SUPERSEDED 11/03/2026 (start delayed: seizure, admitted 11/02)"),
                     ("v2", "27 Gy / 3 fx, 80% IDL, PTV D98 27 Gy", "11/04/2026", "Thu 11/05/2026", "ACTIVE - treated")]),
         P("Dr. Ashworth-Kemble 11/03: after the admission we will shorten to three fractions to limit further "
           "visits; the plan was re-optimized on the same images (v2), physics second check 1.6%, QA 98.8% on 11/04."),
         H2("Fractions delivered (plan v2)"),
         RuledTable([("Date", "Fx", "ExacTrac pre / post", "Dose", "Cum", "Init."),
                     ("11/05/2026", "1 of 3", "0.7 mm / 0.2 mm", "9 Gy", "9 Gy", "TW/AB"),
                     ("11/06/2026", "2 of 3", "0.5 mm / 0.3 mm", "9 Gy", "18 Gy", "TW/AB"),
                     ("11/09/2026", "3 of 3", "0.9 mm / 0.2 mm", "9 Gy", "27 Gy", "AB/KL")]),
         sig("Gwendolyn Ashworth-Kemble, MD 11/09/2026")],
        [H1("End of Treatment Summary"),
         P("Date of summary: 11/24/2026."),
         P(f"{patient(15).title()} received fractionated stereotactic radiotherapy to the left parietal metastasis, "
           "30 Gy in 5 fractions from 11/05/2026 to 11/11/2026, prescribed to the 80% isodose line with frameless "
           "mask immobilization and daily ExacTrac image guidance. No new neurologic deficit; dexamethasone taper "
           "completed. MRI brain in 6-8 weeks; systemic therapy (ipilimumab/nivolumab) resumes 12/01/2026."),
         sig("Gwendolyn Ashworth-Kemble, MD 11/24/2026")],
    ], opts=dict(header=head(_c, 15, "08/08/1975")))])

# o99_18 -- pdf: cobalt-60 mask SRS of a vestibular schwannoma; start moved 09/14 -> 09/21; plan/tx/sign-off dates --
_c = "LANGSTROTH RADIOSURGERY CENTER (invented)"
add(name="o99_18", kind="pdf", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["MRI"], ["mask"]),
    lesions=[L("L vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="Mask-based cobalt-60 SRS of a left vestibular schwannoma, 12 Gy at 50% on 09/21/2026: originally booked "
          "09/14 and moved (MRI delayed to 09/17), plan approved 09/18, treated 09/21, physics sign-off 09/22, "
          "physician summary signed 09/24; a date table of six events. 61800 is wrong (mask, no frame).",
    docs=[Doc("o99_18.pdf", [
        [H1("Gamma Radiosurgery Record - Vestibular Schwannoma"),
         KeyValue([("Patient", f"{patient(18)}   {mrn(18)}"), ("Diagnosis", "D33.3 left vestibular schwannoma, Koos II, 1.6 cm, serviceable hearing"),
                   ("Unit", "Gamma Knife Icon"), ("Fixation", "Frameless: thermoplastic mask, IFMM nose marker (no frame)"),
                   ("Planning MRI", "09/17/2026: CISS 0.5 mm and post-contrast 3D T1 1 mm, co-registered to stereotactic CBCT")]),
         H2("Key dates"),
         RuledTable([("Event", "Date", "By"),
                     ("Original treatment booking", "09/14/2026 (cancelled)", "scheduling - MRI slot not available"),
                     ("Planning MRI", "09/17/2026", "Radiology"),
                     ("Plan approved (GammaPlan)", "09/18/2026 15:30", "Dr. Hollingsworth / Dr. Ibekwe-Marsh"),
                     ("Treatment delivered", "09/21/2026 08:10-09:02", "Icon suite"),
                     ("Physics delivery sign-off", "09/22/2026", "F. Carrow, MS"),
                     ("Physician summary signed", "09/24/2026", "Dr. Ibekwe-Marsh")]),
         H2("Plan"),
         P("Tumour margin 12 Gy at the 50% isodose line, 14 shots (4 and 8 mm), coverage 98%, Paddick CI 0.86. Cochlea "
           "mean 3.6 Gy; brainstem D0.1cc 11.2 Gy; facial/trigeminal nerves reviewed."),
         H2("Delivery"),
         P("Stereotactic CBCT before treatment, registration accepted (0.3 mm); IFMM threshold 1.0 mm, one pause and "
           "re-registration. All 14 shots delivered on 09/21/2026. Treatment in one session."),
         sig("Aurelian Hollingsworth, MD (Neurosurgery) 09/21/2026"), sig("Chidinma Ibekwe-Marsh, MD (Radiation Oncology) 09/24/2026"),
         sig("Florian Carrow, MS, DABR 09/22/2026")],
    ], opts=dict(header=head(_c, 18, "05/12/1969")))])



# ==================================================================================================
# Spine
# ==================================================================================================

# o99_02 -- txt: R&V daily-treatment export, spine SBRT 30 Gy/5 across the year end, New Year's Day skipped -------
add(name="o99_02", kind="ehr_text", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T11", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Record-and-verify export of a T11 spine SBRT at 6 Gy per fraction on consecutive weekdays from Mon 12/29/2025 "
          "to Mon 01/05/2026 (12/29, 12/30, 12/31, clinic closed 01/01, 01/02, weekend, 01/05): five fractions across "
          "the year end, with timestamps; the prescription line gives only the dose per fraction and total.",
    docs=[Doc("o99_02.txt", text=f"""
*** DAILY TREATMENT RECORD - EXPORT ***  system: CURLEW R&V 6.3 (invented)
Site: ROSEBAY CANCER CENTRE (invented)     Printed: 01/06/2026 08:02
Patient: {patient(2)}     ID: {mrn(2)}     DOB: 04/02/1949
Course: 2 (Spine)     Plan: T11_SBRT_A     Status: Closed 01/05/2026

Rx: T11 PTV (GTV vertebral body + bilateral pedicles, CTV per consensus, PTV 2 mm)   6.00 Gy/fx   Total 30.00 Gy
Dx: C79.51 bone mets, prostate adenocarcinoma (castrate-resistant), painful T11, Bilsky 1a
Machine: EDGE1 (6 MV FFF, HD MLC)   Technique: VMAT 2 arcs   TPS: GANNET 12 (invented)
Immob: BodyFIX vacuum cushion, arms up on T-bar   Sim CT 12/17/2025 1.25 mm + MRI T-spine 12/15/2025 (T1/T2/STIR) fused
Constraints: cord PRV Dmax 25.3 Gy (limit 25.3 Gy/5), esophagus Dmax 29.1 Gy
Physics: 2nd calc -0.9% | portal dosimetry 98.2% (3%/2mm) | 12/23/2025 RW

Fx  Date        Day  Time   Field     MU      Dose(Gy)  Cum(Gy)  IGRT               By
--  ----------  ---  -----  --------  ------  --------  -------  -----------------  -----
1   12/29/2025  Mon  09:14  ARC1/2    2214    6.00      6.00     CBCT+6DoF appr MD   LP/TO
2   12/30/2025  Tue  09:02  ARC1/2    2214    6.00      12.00    CBCT+6DoF appr MD   LP/TO
3   12/31/2025  Wed  07:45  ARC1/2    2214    6.00      18.00    CBCT+6DoF appr MD   TO/JR
    01/01/2026  Thu  --     --        --      --        18.00    CLINIC CLOSED (HOLIDAY)
4   01/02/2026  Fri  09:20  ARC1/2    2214    6.00      24.00    CBCT+6DoF appr MD   LP/JR
5   01/05/2026  Mon  08:51  ARC1/2    2214    6.00      30.00    CBCT+6DoF appr MD   LP/TO

Course 1 (2023, L4 8 Gy x1, EXTERNAL) - not in this record.

MD completion note 01/05/2026 10:31 (Quenby Harrowfield, MD): T11 SBRT completed as prescribed. Pain 7/10 to 4/10. F/U 02/09/2026.
-- {FOOT} --
""")])

# o99_12 -- bundle (2 files): charge sheet by date of service + short summary; L3 27 Gy/3 on consecutive days ------
_c = "THORNBURY SPINE & RADIOSURGERY (invented)"
add(name="o99_12", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 3, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L3", "spinal", None, 27, 3)],
    categories=cats(),
    notes="Charge sheet with dates of service (sim 08/03, plan 08/06, delivery 08/11, 08/12, 08/13/2026, weekly physics, "
          "a follow-up visit 09/22 and a 77373 line voided for 08/14) plus a short summary. Three fractions, one level "
          "(L3): 63621 wrong.",
    docs=[
        Doc("1_charge_sheet.pdf", [[
            H1("Charge Detail by Date of Service"),
            KeyValue([("Patient", f"{patient(12)}   {mrn(12)}"), ("Account", "HB-771204 (invented)"),
                      ("Attending", "Sebastian Quillfeather, MD"), ("Period", "08/01/2026 - 09/30/2026")]),
            RuledTable([("DOS", "CPT/HCPCS", "Mod", "Units", "Description", "Status"),
                        ("08/03/2026", "77290", "", "1", "Simulation, complex", "Posted"),
                        ("08/03/2026", "77334", "", "1", "Immobilization device (vacuum cushion)", "Posted"),
                        ("08/06/2026", "77301", "", "1", "IMRT planning", "Posted"),
                        ("08/06/2026", "77300", "", "3", "Dosimetry calc", "Posted"),
                        ("08/11/2026", "77373", "", "1", "SBRT delivery", "Posted"),
                        ("08/11/2026", "77435", "26", "1", "SBRT management", "Posted"),
                        ("08/11/2026", "63620", "", "1", "Spinal SRS, first lesion", "Posted"),
                        ("08/11/2026", "63621", "", "1", "Spinal SRS, additional lesion", "Posted - query"),
                        ("08/12/2026", "77373", "", "1", "SBRT delivery", "Posted"),
                        ("08/13/2026", "77373", "", "1", "SBRT delivery", "Posted"),
                        ("08/13/2026", "77336", "", "1", "Continuing physics", "Posted"),
                        ("08/14/2026", "77373", "", "1", "SBRT delivery", "VOID - entered in error"),
                        ("09/22/2026", "99214", "", "1", "Follow-up visit", "Posted")]),
            P("Query from coding 08/20/2026: 63621 posted on 08/11; please confirm number of spinal levels treated."),
        ]], opts=dict(header=head(_c, 12, "11/11/1963"))),
        Doc("2_treatment_summary.txt", text=f"""
THORNBURY SPINE & RADIOSURGERY (invented) - SPINE SBRT SUMMARY
{patient(12)}   {mrn(12)}   Summary date 08/19/2026

Target: L3 vertebral body and right pedicle, metastatic renal cell carcinoma; no epidural disease. L2 and L4 normal on MRI (not treated).
Simulation 08/03/2026: supine in a full-body vacuum cushion, CT 1 mm, fused with MRI L-spine (T1, T2, STIR) from 07/30/2026.
Plan (08/06/2026): 9 Gy per fraction to PTV_L3, D90 >= Rx, cauda equina Dmax 19.8 Gy; 2 VMAT arcs, Novalis Tx 6 MV; planning system PETREL 3 (invented). Physics second check 1.1%, measured QA 99.0%.
Delivered on three consecutive days, 08/11, 08/12 and 08/13/2026, each after CBCT with 6-degree-of-freedom correction approved by the physician; total 27 Gy to L3.
Pain improved from 8/10 to 5/10 by the third day. Follow-up in clinic 09/22/2026 with MRI before.

Sebastian Quillfeather, MD - electronically signed 08/19/2026
"""),
    ])

# o99_16 -- pdf: post-operative spine SBRT, fractions given as post-operative days (Fx 1 on POD 14, two days later) --
_c = "HARTSWOOD MEDICAL CENTER - NEUROSURGERY & RADIATION ONCOLOGY (invented)"
add(name="o99_16", kind="pdf", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T6 (post-operative)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Post-operative (separation surgery 03/02/2026) T6 spine SBRT 24 Gy in 2: the progress notes give fraction 1 "
          "as 'POD 14' and fraction 2 as 'two days later' and the fraction table as 'Day 1' / 'Day 3'; only the "
          "surgery date and the summary (03/16 and 03/18/2026) are absolute.",
    docs=[Doc("o99_16.pdf", [
        [H1("Post-operative Spine SBRT - Plan and Progress Notes"),
         KeyValue([("Patient", f"{patient(16)}   {mrn(16)}"),
                   ("Surgery", "03/02/2026: T5-T7 posterior instrumentation, T6 laminectomy and separation (Dr. Fenwright)"),
                   ("Histology", "Metastatic hepatocellular carcinoma (radioresistant); pre-op Bilsky 2, post-op Bilsky 1b"),
                   ("Simulation", "POD 9: CT sim 1 mm in vacuum cushion; MRI T-spine POD 5 (hardware artefact reduction), fused"),
                   ("Unit / planning", "Versa HD 6 MV FFF, 2 VMAT arcs; GREBE SPINE 4 (invented)"),
                   ("Rx", "24 Gy in 2 fractions to PTV_T6 post-op CTV (consensus), cord PRV Dmax 17 Gy")]),
         P("Physics 03/13/2026 (POD 11): second calc 1.0%; measured QA gamma 2%/2 mm 98.1%; titanium hardware "
           "density override checked."),
         H2("Progress notes"),
         P("POD 13 (Dr. Mellors): wound healed, staples out; proceed with SBRT tomorrow as planned."),
         P("POD 14 (Dr. Mellors): Fx 1 delivered. CBCT with 6DoF couch, shifts 1.2 mm/0.5 deg, approved by me; "
           "intrafraction CBCT between arcs 0.3 mm. Tolerated."),
         P("Two days later (Dr. Mellors): Fx 2 delivered with the same image guidance. Course complete."),
         RuledTable([("Course day", "Post-op day", "Fraction", "Dose", "IGRT"),
                     ("Day 1", "POD 14", "1", "12 Gy", "CBCT x2"),
                     ("Day 2", "POD 15", "-", "-", "(rest day)"),
                     ("Day 3", "POD 16", "2", "12 Gy", "CBCT x2")]),
         sig("Roderick Mellors, MD, Radiation Oncology (each note signed on the date written)")],
        [H1("Treatment Summary"),
         P("T6 post-operative SBRT delivered 03/16/2026 and 03/18/2026, 24 Gy total. Plan to restart sorafenib 2 "
           "weeks after the last fraction; MRI at 3 months (06/2026)."),
         sig("Roderick Mellors, MD 03/19/2026")],
    ], opts=dict(header=head(_c, 16, "10/01/1958")))])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# o99_09 -- bundle (2 files): lung SBRT simulated and planned, first fraction in the future (printed before start) ---
_c = "MARSHGATE ONCOLOGY PARTNERS (invented)"
add(name="o99_09", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a pre-authorization packet printed 07/08/2026 for lung SBRT 50 Gy in 5 scheduled 07/13-"
          "07/22/2026: an approved plan and a treatment schedule whose five appointments are all 'Scheduled' (future "
          "dates), no delivery recorded. Nothing delivered in this document set.",
    docs=[
        Doc("1_plan_approval.pdf", [[
            H1("SBRT Plan Approval - Lung"),
            KeyValue([("Patient", f"{patient(9)}   {mrn(9)}"), ("Diagnosis", "C34.32 NSCLC LLL, T1bN0, inoperable (COPD)"),
                      ("Unit", "TrueBeam, 6 MV FFF"), ("Simulation", "4DCT 06/29/2026 in BodyFIX cushion"),
                      ("Prescription", "50 Gy in 5 fractions of 10 Gy, every other weekday, Rx 80% IDL"),
                      ("Plan", "LLL_SBRT v1, 2 VMAT arcs; approved MD 07/06/2026; physics check 07/07/2026 (QA 98.5%)")]),
            P("Planned start date 07/13/2026 pending insurance authorization (submitted 07/08/2026)."),
            sig("Winifred Achterberg, MD 07/06/2026"),
        ]], opts=dict(header=head(_c, 9, "02/28/1948"))),
        Doc("2_schedule.txt", text=f"""
MARSHGATE ONCOLOGY PARTNERS (invented) - UPCOMING APPOINTMENTS
Patient {patient(9)}   {mrn(9)}   Printed 07/08/2026 15:44

07/13/2026 Mon 08:30  SBRT Fx 1/5  LINAC A   Scheduled
07/15/2026 Wed 08:30  SBRT Fx 2/5  LINAC A   Scheduled
07/17/2026 Fri 08:30  SBRT Fx 3/5  LINAC A   Scheduled
07/20/2026 Mon 08:30  SBRT Fx 4/5  LINAC A   Scheduled
07/22/2026 Wed 08:30  SBRT Fx 5/5  LINAC A   Scheduled
08/19/2026 Wed 10:00  Follow-up    Dr. Achterberg  Scheduled

Note: start contingent on prior authorization; patient aware. Arrive 30 min early for first treatment.
"""),
    ])

# o99_10 -- dictation with calendar: spine SBRT cancelled before the first fraction (cord compression -> surgery) ---
add(name="o99_10", kind="dictation", codes=["77373", "77435", "63620"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: dictated note 10/19/2026 closing a planned L1 spine SBRT course (30 Gy in 5, 10/12-10/16/2026) "
          "after the patient presented with cauda/conus compression on 10/10 and went to surgery; the pasted course "
          "calendar shows all five sessions cancelled and no dose delivered. Post-operative treatment to be planned "
          "later as a new course.",
    docs=[Doc("o99_10.txt", text=f"""
DUNMORE VALLEY RADIATION ONCOLOGY (invented)
COURSE CANCELLATION NOTE (dictated)
Patient: {patient(10)}    MRN: {mrn(10)}    DOB: 07/07/1961    Date: 10/19/2026
Physician: Cressida Featherstonehaugh, MD

Mr. Oxenholme was simulated on October first for stereotactic body radiation to a painful L1 metastasis from renal cell carcinoma, thirty gray in five fractions, and the plan was approved on the eighth, with treatment to run Monday the twelfth through Friday the sixteenth. On Saturday the tenth he presented to the emergency department with new leg weakness and urinary retention; MRI showed epidural extension at L1 compressing the conus. Neurosurgery performed decompression and stabilization on October eleventh. He has therefore not received any radiation in this course; the stereotactic course is cancelled and the plan is retired. We will see him around post-operative day fourteen to plan post-operative treatment as a new course.

Course calendar (pasted from the scheduling system):
  Mon 10/12/2026  SBRT 1/5  LINAC 3  CANCELLED (inpatient)
  Tue 10/13/2026  SBRT 2/5  LINAC 3  CANCELLED
  Wed 10/14/2026  SBRT 3/5  LINAC 3  CANCELLED
  Thu 10/15/2026  SBRT 4/5  LINAC 3  CANCELLED
  Fri 10/16/2026  SBRT 5/5  LINAC 3  CANCELLED
  Course status: CANCELLED - 0 of 5 fractions delivered, 0 cGy.

Charges: none for delivery or management. Simulation and planning charges to be reviewed by billing.

Cressida Featherstonehaugh, MD
{FOOT}
""")])


CORPUS = Corpus("blind_corpus99", "tests/blind_corpus99", CHARTS, pdf_options={"footer": FOOT},
                hand_written=["README.md", "FIRST_RUN.md"])
