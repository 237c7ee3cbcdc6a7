"""Forty-fifth blind corpus, ``tests/blind_corpus45/`` (regenerate: ``python scripts/make_corpus.py blind_corpus45``).

Twenty courses as they reach a coding office on paper, by an eighth hand: faxed packets with a cover sheet and a
fax banner on every page, scanned forms with stamps, initials and tick boxes, typed dictations, plan summaries
with target tables, per-session treatment records and signed prescriptions, mixed in one to three files a chart.
Most charts carry at least one scanned file (150-300 dpi, a little skew and speckle); one two-column page and one
rotated page. Every clinic, clinician and system name is invented. Written blind (without reading the reader's
code) as a tuning corpus: it is scored once, then tuned to.
"""

# ruff: noqa: E501  (forms and records are deliberately one long line per row)

from __future__ import annotations

from pdfmaker import BulletList, ColumnBreak, KeyValue, RuledTable, TextTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H1, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["AURELIO", "BRONWEN", "CASIMIR", "DELPHINE", "EZEKIEL", "FENELLA", "GODFREY", "HYACINTH", "IGNATIUS",
         "JESSAMY", "KILLIAN", "LUCASTA", "MAXIMILIAN", "NERISSA", "ORLANDO", "PRIMROSE", "RADCLIFFE", "SERAPHINA",
         "THADDEUS", "VALENTINA"]


def patient(n: int) -> str:
    return f"FORTYFIVEPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-450{n:02d}"


def fax(sender: str, number: str, stamp: str, n: int) -> list[str]:
    """A fax banner printed across the top of every page by the sending machine."""
    return [f"{stamp}   FROM: {sender}   FAX {number}   TO: HIM CODING 555-0190",
            f"RE: {patient(n)}  {mrn(n)}"]


def band(clinic: str, n: int, dob: str) -> list[str]:
    return [f"{clinic}", f"{patient(n)}   MRN {mrn(n)}   DOB {dob}"]


def cover(sender: str, n: int, pages: int, items: str, note: str = "") -> list:
    return [
        H1("FACSIMILE TRANSMITTAL"),
        KeyValue([("To", "Health Information Management / Coding"), ("From", sender),
                  ("Date", "see banner"), ("Pages (incl. cover)", str(pages)),
                  ("Patient", f"{patient(n)} ({mrn(n)})"), ("Enclosed", items)]),
        P(note or "Please file to the radiation oncology encounter. Call with questions."),
        P("CONFIDENTIALITY: this facsimile contains protected health information. If received in error, notify "
          "the sender and destroy all copies."),
    ]


CHARTS = Charts()
add = CHARTS.add


# ==================================================================================================
# Cranial
# ==================================================================================================

# b45_01 -- bundle: fax cover + scanned cobalt plan summary (4 mets, frame) + native session record text ----------
_s = "WILLOWBROOK GAMMA CENTER"
add(name="b45_01", kind="bundle", codes=["77371", "77432", "61796", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 4, 1, ["CT", "MRI"], ["frame"]),
    lesions=[L("Target A right frontal", "cranial", S, 20, 1), L("Target B left parietal", "cranial", S, 20, 1),
             L("Target C right cerebellum", "cranial", S, 18, 1), L("Target D left temporal", "cranial", S, 16, 1)],
    categories=cats(),
    notes="Faxed packet (cover sheet + plan summary scanned at 200 dpi, skew 1 degree) and a native console "
          "record text: four metastases in one cobalt-60 session under a four-pin frame, 20/20/18/16 Gy at the "
          "50% isodose. The plan calls them Target A-D with locations; the record calls them by location only "
          "('R FRONTAL', 'L PARIETAL', ...). Stereotactic MRI + CT; frame co-ordinate check on the couch.",
    docs=[
        Doc("1_fax_plan_summary.pdf", [
            cover("Willowbrook Gamma Center, physics office", 1, 3, "radiosurgery plan summary (2 pp)"),
            [H1("Radiosurgery Plan Summary"),
             KeyValue([("Unit", "Multi-source Co-60 unit, 192 sources, collimators 4/8/16 mm"),
                       ("Planning", "ORRERY-GP workstation 4.1"),
                       ("Head fixation", "Stereotactic frame applied 03/09/2026 07:05, 4 pins, local anaesthesia"),
                       ("Imaging", "Stereotactic MRI T1 post-contrast 1 mm (07:50); stereotactic CT 1 mm (08:20) co-registered"),
                       ("Date of treatment", "03/09/2026 - single session")]),
             H2("Targets"),
             RuledTable([("Target", "Location", "Diam (mm)", "Vol (cm3)", "Marginal dose (Gy)", "IDL %", "Shots"),
                         ("A", "R frontal, superior frontal gyrus", "14", "0.88", "20", "50", "3"),
                         ("B", "L parietal, cortical", "11", "0.51", "20", "50", "2"),
                         ("C", "R cerebellar hemisphere", "19", "2.20", "18", "50", "6"),
                         ("D", "L temporal pole", "24", "4.05", "16", "50", "8")]),
             P("Brainstem Dmax 6.9 Gy. Optic chiasm Dmax 2.3 Gy. Brain V12 6.8 cm3."),
             P("Independent shot-time check (physics): all shots within 0.8%.  Initialled: RBT  03/09/2026"),
             P("Plan approved: Cosmo Hartigan-Veil, MD (Neurosurgery); Winifred Adeyemi-Stroud, MD (Radiation "
               "Oncology); Bastian Ferreira-Loom, MS (Physics)   03/09/2026 09:40"),
             ]], opts=dict(header=fax("WILLOWBROOK GAMMA CTR", "555-0141", "03/10/2026 08:12", 1), scan=True,
                           scan_dpi=200, scan_skew=1.0, scan_noise=0)),
        Doc("2_console_record.txt", text=f"""
WILLOWBROOK GAMMA CENTER -- TREATMENT CONSOLE RECORD
{patient(1)}   {mrn(1)}   DOB 06/21/1957

Date 03/09/2026   Session 1 of 1   Frame docked 10:02, co-ordinate verification within 0.3 mm
Run  Target           Shots  Time (min)  Status
1    R FRONTAL        1-3    14.1        complete
2    L PARIETAL       4-5     9.8        complete
3    R CEREBELLUM     6-11   27.0        complete
4    L TEMPORAL       12-19  33.6        complete
Total treatment time 84.5 min. No interruptions. Frame removed 11:51, pin sites clean.

Course summary: four brain metastases (NSCLC) - R frontal 20 Gy, L parietal 20 Gy, R cerebellum 18 Gy,
L temporal 16 Gy, each to the 50% isodose, one session, 03/09/2026.
Signed: W. Adeyemi-Stroud, MD  03/09/2026 12:20
{FOOT}
"""),
    ])

# b45_02 -- scan: cobalt unit with mask, resection cavity 25 Gy / 5, tick-box treatment form -----------------------
_s = "HARTWELL COUNTY NEURO-RADIOSURGERY"
add(name="b45_02", kind="scan", codes=["77373", "77435", "61796"],
    facts=F("cobalt60", ["cranial"], 1, 5, ["MRI"], ["mask"]),
    lesions=[L("left parietal resection cavity", "cranial", S, 25, 5)],
    categories=cats(),
    notes="Scanned tick-box treatment form (150 dpi, skew 0.5): post-operative left parietal cavity "
          "(2.9 cm) treated 5 Gy x 5 = 25 Gy on a mask-capable cobalt-60 unit with cone-beam CT and infrared "
          "nose-marker monitoring; only 'thermoplastic mask' is ticked (frame box empty); planning MRI ticked, "
          "planning CT box empty with 'CBCT reference' written beside it. Five dated session rows with initials; page 2 is a physics check slip.",
    docs=[Doc("b45_02.pdf", [[
        H1("FRACTIONATED RADIOSURGERY - TREATMENT FORM"),
        KeyValue([("Diagnosis", "C79.31 - resected melanoma metastasis, L parietal; cavity max 2.9 cm"),
                  ("Unit", "Co-60 multi-source radiosurgery unit (mask-capable, on-board cone-beam CT)"),
                  ("Prescription", "Cavity + 2 mm: 5 Gy per fraction x 5 = 25 Gy, 50% isodose")]),
        H2("Set-up (tick what applies)"),
        TextTable([("[ ] Stereotactic frame", "[X] Thermoplastic mask", "[ ] Vacuum cushion"),
                   ("[X] Planning MRI 04/02/2026", "[ ] Planning CT  (CBCT reference)", "[X] Nose marker (IR)")],
                  columns=(0, 170, 340), header=False),
        H2("Sessions"),
        RuledTable([("Fx", "Date", "CBCT shift (mm)", "Dose (Gy)", "Cum. (Gy)", "Max IR motion (mm)", "RTT"),
                    ("1", "04/07/2026", "0.7", "5.0", "5.0", "0.6", "JL"),
                    ("2", "04/08/2026", "0.5", "5.0", "10.0", "0.4", "JL"),
                    ("3", "04/09/2026", "0.9", "5.0", "15.0", "0.8", "MK"),
                    ("4", "04/10/2026", "0.4", "5.0", "20.0", "0.5", "MK"),
                    ("5", "04/13/2026", "0.6", "5.0", "25.0", "0.5", "JL")]),
        P("Plan: 11 shots, 4 and 8 mm collimators, cavity volume 9.6 cm3, coverage 98%. Second check of "
          "shot times by physics 04/06/2026 (0.5%) - initialled TQ."),
        P("Completed 04/13/2026: L parietal cavity 25 Gy in 5 fractions."),
        sig("Ophelia Dunmore-Krause, MD 04/13/2026"),
        P("[ stamp: SCANNED TO CHART  APR 14 2026  HIM ]"),
    ], [
        H1("Physics - independent check slip"),
        KeyValue([("Plan", "FSRS_CAVITY_LP v1 (11 shots)"), ("Target", "L parietal surgical bed + 2 mm"),
                  ("Prescription checked", "500 cGy x 5 to the 50% isodose"),
                  ("Independent time calculation", "0.5% difference, within tolerance"),
                  ("Checked by", "Tobiah Quillfeather, MS  04/06/2026")]),
    ]], opts=dict(header=band(_s, 2, "09/30/1966"), scan=True, scan_dpi=150, scan_skew=0.5, scan_noise=0))])

# b45_03 -- bundle: scanned stamped prescription + native plan printout with a rotated landscape page; schwannoma --
_s = "ST. ANSELM REGIONAL CANCER PAVILION"
add(name="b45_03", kind="bundle", codes=["77372", "77432", "61798"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("right vestibular schwannoma", "cranial", C, 12, 1)],
    categories=cats(),
    notes="A benign target: right vestibular schwannoma (complex by type), 12 Gy in one session on a gantry "
          "linac with a frameless mask. Scanned handwritten-style prescription with a 'RECEIVED' stamp and "
          "initials (300 dpi, skew 2); the native plan printout has its target/OAR table on a landscape page "
          "stored rotated (page 2). The prescription calls it 'R VS', the plan 'PTV_AN_R' (acoustic neuroma).",
    docs=[
        Doc("1_prescription_scan.pdf", [[
            H1("Radiosurgery Prescription"),
            KeyValue([("Patient", f"{patient(3)}   {mrn(3)}"), ("Diagnosis", "D33.3 right vestibular schwannoma (R VS), Koos II, 1.6 cm"),
                      ("Technique", "Single-fraction SRS, 6 MV FFF gantry linac, cones/VMAT per physics"),
                      ("Dose", "1200 cGy x 1 to the 80% isodose"), ("Fixation", "open-face frameless mask"),
                      ("Cochlea", "mean < 4 Gy requested")]),
            P("[ RECEIVED  05 MAY 2026  RAD ONC SCHEDULING ]   initials: dv"),
            sig("Leopold Ashcombe-Nair, MD  05/04/2026"),
        ]], opts=dict(header=band(_s, 3, "01/12/1971"), scan=True, scan_dpi=300, scan_skew=2.0, scan_noise=0)),
        Doc("2_plan_printout.pdf", [[
            H1("PLAN PRINTOUT - SRS_RVS_1"),
            KeyValue([("Planning system", "MERIDIAN-CRANIAL 3.0"), ("Treatment date", "05/11/2026"),
                      ("Imaging", "CT sim 1 mm 05/06/2026 with mask; MRI T1+C and CISS 05/05/2026, fused"),
                      ("Beams", "4 non-coplanar VMAT arcs, couch 0/45/315/90"),
                      ("IGRT", "CBCT + stereoscopic kV pair before treatment; 6-DoF couch")]),
            P("Target and organ doses are tabulated on the next (landscape) page."),
        ], [
            H2("Target and organs at risk (landscape)"),
            RuledTable([("Structure", "Volume (cc)", "Rx (Gy)", "IDL", "Dmin (Gy)", "Dmax (Gy)", "Coverage", "CI", "Note"),
                        ("PTV_AN_R", "1.04", "12.0", "80%", "11.6", "15.0", "99.1%", "1.12", "internal auditory canal"),
                        ("Cochlea_R", "0.06", "-", "-", "-", "4.6", "-", "-", "mean 3.7 Gy"),
                        ("Brainstem", "26.1", "-", "-", "-", "11.3", "-", "-", "D0.5cc 8.2 Gy"),
                        ("Facial nerve (est.)", "-", "-", "-", "-", "12.4", "-", "-", "")]),
            H2("Treatment record"),
            RuledTable([("Date", "Fx", "MU", "Dose (cGy)", "Imaging", "Therapists"),
                        ("05/11/2026", "1 of 1", "4412", "1200", "CBCT shift 1.1 mm, kV pair 0.3 mm", "AB / CR")]),
            P("Physics: independent MU check 1.4% and patient QA (gamma 3%/1 mm 99.0%) 05/08/2026."),
            sig("Leopold Ashcombe-Nair, MD 05/11/2026  -  R vestibular schwannoma 12 Gy x 1 completed"),
        ]], opts=dict(header=band(_s, 3, "01/12/1971"), rotate={2: 90})),
    ])

# b45_04 -- scan: robotic linac trigeminal neuralgia, single session, dictated procedure note ----------------------
_s = "CALDERWOOD FUNCTIONAL & PAIN INSTITUTE"
add(name="b45_04", kind="scan", codes=["G0339", "77432", "61798"],
    facts=F("robotic_linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left trigeminal nerve", "cranial", C, 60, 1)],
    categories=cats(),
    notes="Scanned plan summary and typed dictation (150 dpi, skew 1.5) of a functional radiosurgery: left trigeminal "
          "neuralgia treated with a robotic-arm linac, 60 Gy maximum in one session, 5 mm fixed cone, "
          "mask, thin-slice CT with cisternography + MRI fused; 6D skull tracking. Dose written as '6000 cGy "
          "maximum' in the plan line and '60 Gy' in the impression. Functional target: complex.",
    docs=[Doc("b45_04.pdf", [[
        H1("Plan summary (robotic SRS)"),
        RuledTable([("Target", "Collimator", "Beams", "Rx (max)", "Brainstem 0.01 cc", "MU second check"),
                    ("L CN V cisternal segment", "5 mm fixed cone", "142", "6000 cGy", "13.1 Gy", "1.2%")]),
        P("Approved 07/20/2026 by neurosurgery, radiation oncology and physics (initials TMO / IVA / RK)."),
    ], [
        H1("PROCEDURE NOTE - STEREOTACTIC RADIOSURGERY"),
        P("D: 07/22/2026 15:40   T: 07/23/2026 08:02   Job 88217"),
        P("INDICATION: Left V2 trigeminal neuralgia, classical, refractory to carbamazepine, baclofen and a prior "
          "balloon compression in 2023. Not a candidate for microvascular decompression (anticoagulation)."),
        P("PROCEDURE: The patient was positioned supine in a custom thermoplastic face mask made at simulation on "
          "07/15/2026. Planning used a 1 mm CT with intrathecal contrast (CT cisternography) fused with a "
          "0.6 mm CISS MRI from the same day. The target was the cisternal segment of the left trigeminal nerve, "
          "about 6 mm anterior to the root entry zone. The plan used a 5 mm fixed cone with 142 non-isocentric "
          "beams on the robotic-arm mounted 6 MV linac, 6000 cGy maximum dose, brainstem Dmax 13.1 Gy to "
          "0.01 cc. Physics second check of MU within 1.2%."),
        P("DELIVERY on 07/22/2026 in one session of 58 minutes. Orthogonal kV image pairs were taken every 30-60 s "
          "with 6D skull tracking; corrections under 0.5 mm throughout. No interruptions."),
        P("IMPRESSION: Left trigeminal radiosurgery, 60 Gy maximum, single fraction, completed without incident. "
          "Follow-up in 3 months."),
        sig("Thaddeus Merriweather-Ono, MD, Neurosurgery 07/23/2026"),
        P("cc: Referring neurologist; Radiation Oncology (Dr. Ilse Vandermolen-Achebe)"),
    ]], opts=dict(header=band(_s, 4, "08/14/1950"), scan=True, scan_dpi=150, scan_skew=1.5, scan_noise=0,
                  font="Times-Roman"))])

# b45_05 -- bundle: faxed, 8 lesions single isocentre, one in the pons; two-column completion summary -------------
_s = "NORTHGATE ONCOLOGY ASSOCIATES"
add(name="b45_05", kind="bundle", codes=["77372", "77432", "61798", "61797"],
    facts=F("linac", ["cranial"], 8, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("1 R frontal", "cranial", S, 20, 1), L("2 L frontal", "cranial", S, 20, 1),
             L("3 R parietal", "cranial", S, 20, 1), L("4 L occipital", "cranial", S, 20, 1),
             L("5 R temporal", "cranial", S, 18, 1), L("6 L cerebellum", "cranial", S, 18, 1),
             L("7 vermis", "cranial", S, 20, 1), L("8 pons", "cranial", C, 15, 1)],
    categories=cats(),
    notes="Faxed plan summary (scanned 150 dpi, fax banner) and a native two-column completion summary: eight "
          "metastases in one session on a gantry linac with a single isocentre, mask, MRI + CT. Seven are simple "
          "(20 or 18 Gy); lesion 8 lies in the pons (within the brainstem: complex) and gets 15 Gy. The plan "
          "numbers the PTVs 01-08; the summary names them by location in two columns.",
    docs=[
        Doc("1_fax_plan.pdf", [
            cover("Northgate Oncology Associates - Dosimetry", 5, 2, "SRS plan summary, 1 page"),
            [H1("SRS PLAN SUMMARY  (single isocentre, multiple targets)"),
             KeyValue([("Plan", "MULTI8_SI  approved 10/06/2026"), ("Machine", "6 MV FFF gantry linear accelerator, 2.5 mm MLC"),
                       ("Arcs", "5 non-coplanar arcs (couch 0, 45, 90, 315, 270)"),
                       ("Immobilisation", "frameless thermoplastic mask, open face"),
                       ("Image sets", "CT 1 mm 10/01/2026; MRI T1 MPRAGE post-gadolinium 10/02/2026; rigid fusion")]),
             RuledTable([("PTV", "Location", "Vol cc", "Rx Gy", "fx", "Cov %", "Dmax Gy"),
                         ("PTV01", "R frontal", "0.42", "20", "1", "99.4", "24.6"),
                         ("PTV02", "L frontal", "0.17", "20", "1", "99.8", "25.1"),
                         ("PTV03", "R parietal", "1.31", "20", "1", "98.7", "24.9"),
                         ("PTV04", "L occipital", "0.09", "20", "1", "100", "25.8"),
                         ("PTV05", "R temporal", "2.66", "18", "1", "98.2", "22.7"),
                         ("PTV06", "L cerebellar", "3.02", "18", "1", "98.0", "22.9"),
                         ("PTV07", "cerebellar vermis", "0.24", "20", "1", "99.6", "25.0"),
                         ("PTV08", "ventral pons", "0.12", "15", "1", "99.1", "18.4")]),
             P("Brainstem D0.03cc 15.9 Gy (excluding PTV08 overlap 17.2). Chiasm Dmax 3.1 Gy. Normal brain V12 9.4 cc."),
             P("Second check (independent MU calculation) 10/06/2026: -0.9%. Patient-specific QA pass."),
             ]], opts=dict(header=fax("NORTHGATE ONC ASSOC", "555-0177", "10/08/2026 16:47", 5), scan=True,
                           scan_dpi=150, scan_skew=0.0, scan_noise=0)),
        Doc("2_completion_summary.pdf", [[
            H1("Radiosurgery completion summary"),
            P("Date of treatment: 10/07/2026, one fraction. CBCT before the first arc and after arc 3 (shifts "
              "0.6 and 0.3 mm); surface monitoring throughout."),
            H2("Lesions treated"),
            BulletList(["Right frontal - 20 Gy", "Left frontal - 20 Gy", "Right parietal - 20 Gy",
                        "Left occipital - 20 Gy"]),
            ColumnBreak(),
            H2("(continued)"),
            BulletList(["Right temporal - 18 Gy", "Left cerebellar hemisphere - 18 Gy", "Vermis - 20 Gy",
                        "Pons (ventral) - 15 Gy, reduced for brainstem location"]),
            P("All eight lesions treated as planned in a single session. Steroid taper 5 days."),
            sig("Gideon Fairbairn-Oyelaran, MD 10/07/2026"),
        ]], opts=dict(header=band(_s, 5, "04/03/1962"), two_columns=True)),
    ])

# b45_06 -- scan: robotic linac 3 fractions, two metastases (one 3.9 cm) -- faxed records -------------------------
_s = "PELHAM BAY RADIOSURGERY"
add(name="b45_06", kind="scan", codes=["G0339", "G0340", "77435", "61798", "61797"],
    facts=F("robotic_linac", ["cranial"], 2, 3, ["CT", "MRI"], ["mask"]),
    lesions=[L("right frontal metastasis 3.9 cm", "cranial", C, 27, 3), L("left cerebellar metastasis", "cranial", S, 24, 3)],
    categories=cats(),
    notes="Faxed treatment record (scanned 200 dpi, skew 0.8) of a three-fraction robotic-arm linac "
          "course: right frontal metastasis 3.9 cm (complex by size) 9 Gy x 3 = 27 Gy and left cerebellar "
          "metastasis 1.2 cm 8 Gy x 3 = 24 Gy, treated together each day; mask, CT + MRI; skull tracking. Dose "
          "per fraction in cGy in the session table, totals in Gy in the summary line; page 2 is the signed "
          "prescription naming them 'Lesion 1/2'.",
    docs=[Doc("b45_06.pdf", [[
        H1("ROBOTIC SRS - FRACTION RECORD"),
        KeyValue([("Course", "Brain mets x2, hypofractionated SRS, 3 fractions"),
                  ("Targets", "T1 = R frontal (3.9 cm, cystic); T2 = L cerebellar (1.2 cm)"),
                  ("Prescription", "T1 900 cGy/fx x 3 (76% IDL); T2 800 cGy/fx x 3 (80% IDL)"),
                  ("Set-up", "Thermoplastic mask; CT 1.25 mm + MRI T1 contrast fused (SIMPLIFY-RP 2.2)"),
                  ("Tracking", "6D skull, image interval 45 s")]),
        RuledTable([("Fx", "Date", "T1 cGy", "T2 cGy", "Beams", "Max corr. mm", "Treated by"),
                    ("1", "11/16/2026", "900", "800", "188", "0.9", "ST/RW"),
                    ("2", "11/18/2026", "900", "800", "188", "0.6", "ST/RW"),
                    ("3", "11/20/2026", "900", "800", "188", "0.7", "RW/LP")]),
        P("Physics QA: DQA film 11/13/2026 pass; secondary MU check 0.7%.  Initials: G.H."),
        P("Course complete 11/20/2026: T1 R frontal 27 Gy / 3 fx, T2 L cerebellar 24 Gy / 3 fx."),
        sig("Rosalind Okafor-Whitlock, MD 11/20/2026"),
    ], [
        H1("Prescription (signed 11/12/2026)"),
        RuledTable([("Lesion", "Size", "Dose / fraction", "Fractions", "Total"),
                    ("1 - right frontal, cystic", "3.9 cm", "9 Gy", "3", "27 Gy"),
                    ("2 - left cerebellar hemisphere", "1.2 cm", "8 Gy", "3", "24 Gy")]),
        sig("Rosalind Okafor-Whitlock, MD 11/12/2026"),
    ]], opts=dict(header=fax("PELHAM BAY RS", "555-0155", "11/23/2026 09:03", 6), scan=True, scan_dpi=200,
                  scan_skew=0.8, scan_noise=0))])

# b45_07 -- bundle: gantry linac 2 lesions, claimed cobalt code; completion note says three (contradiction) -------
_s = "MARROWSTONE CANCER CARE"
add(name="b45_07", kind="bundle", codes=["77371", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]),
    lesions=[L("left frontal lesion", "cranial", S, 21, 1), L("right occipital lesion", "cranial", S, 21, 1)],
    categories=cats(),
    contradiction="The completion note says three lesions were treated, while the plan, the treatment record and the note's own list give two (left frontal and right occipital).",
    notes="Gantry linac single session, two simple metastases 21 Gy each, mask, CT + MRI; the billing sheet "
          "claimed 77371 (cobalt-60 delivery: wrong unit). Scanned consult page (150 dpi, noise 3) + native plan/record "
          "printout + completion note text. The note says 'three lesions' but lists two (contradiction; gold "
          "follows plan and record: 2).",
    docs=[
        Doc("1_consult_scan.pdf", [[
            H1("Radiation Oncology Consultation"),
            P("Reason: two enhancing lesions on MRI 01/14/2026 - left frontal 1.3 cm and right occipital 0.9 cm - "
              "in a 58-year-old with renal cell carcinoma. KPS 90. Systemic disease stable on immunotherapy."),
            P("Plan: stereotactic radiosurgery to both lesions, single fraction, frameless. Simulation next week."),
            sig("Anneliese Brightwater-Cho, MD 01/16/2026"),
        ]], opts=dict(header=band(_s, 7, "02/27/1968"), scan=True, scan_dpi=150, scan_skew=0.3, scan_noise=3)),
        Doc("2_plan_and_record.pdf", [[
            H1("SRS Plan & Treatment Record"),
            RuledTable([("Item", "Detail"),
                        ("Unit", "gantry-mounted 6 MV linac with HD MLC"),
                        ("Fixation", "frameless mask (3-point)"),
                        ("Imaging", "CT sim 01/21/2026 (1 mm); MRI 3D T1 post-contrast 01/20/2026; fused"),
                        ("Targets", "L_FRONT 1.3 cm; R_OCC 0.9 cm"),
                        ("Rx", "2100 cGy x 1 fraction each, 80% isodose"),
                        ("Arcs", "4 dynamic conformal arcs, single isocentre"),
                        ("Second check", "MU check 0.6%, 01/22/2026")]),
            RuledTable([("Date", "Target", "Dose", "Pre-tx imaging", "Status"),
                        ("01/26/2026", "L_FRONT", "2100 cGy", "CBCT 0.8 mm; stereoscopic kV pair 0.4 mm", "Treated"),
                        ("01/26/2026", "R_OCC", "2100 cGy", "same session", "Treated")]),
        ]], opts=dict(header=band(_s, 7, "02/27/1968"))),
        Doc("3_completion_note.txt", text=f"""
MARROWSTONE CANCER CARE - RADIATION ONCOLOGY COMPLETION NOTE
{patient(7)}  {mrn(7)}

On 01/26/2026 the patient completed single-fraction radiosurgery to three lesions:
  - left frontal, 21 Gy
  - right occipital, 21 Gy
Frameless mask, CBCT-guided. Tolerated well. MRI in 6-8 weeks.

Anneliese Brightwater-Cho, MD   01/26/2026
{FOOT}
"""),
    ])

# b45_08 -- scan (faxed): cobalt frame AVM with angiography -------------------------------------------------------
_s = "ELMHURST VALE NEUROVASCULAR"
add(name="b45_08", kind="scan", codes=["77371", "77432", "61798", "61800"],
    facts=F("cobalt60", ["cranial"], 1, 1, ["CT", "MRI", "angiography"], ["frame"]),
    lesions=[L("left parietal AVM nidus", "cranial", C, 22, 1)],
    categories=cats(),
    notes="Faxed two-page operative-style radiosurgery report (scanned 250 dpi, skew 1.2): left "
          "parietal arteriovenous malformation (complex by type), nidus 2.4 cm, 22 Gy at the 50% isodose in one "
          "cobalt-60 session under a stereotactic frame; stereotactic biplane angiography + MRI + CT. Shots "
          "listed by number. Page two is the signature page.",
    docs=[Doc("b45_08.pdf", [[
        H1("GAMMA RADIOSURGERY REPORT - AVM"),
        KeyValue([("Pre-op diagnosis", "Q28.2 left parietal AVM, Spetzler-Martin II, unruptured, seizures"),
                  ("Unit", "multi-source cobalt-60 radiosurgery unit (192 sources)"),
                  ("Procedure date", "02/18/2026"),
                  ("Frame", "stereotactic head frame applied under local anaesthesia, 4 pins, 06:40"),
                  ("Imaging", "stereotactic digital subtraction angiography (biplane); stereotactic MRI T1+C and TOF; CT 1 mm")]),
        P("The nidus was outlined on the angiogram and MRI together (nidus volume 3.7 cm3, maximum diameter "
          "2.4 cm), excluding the draining vein. Plan: 14 shots, 4 and 8 mm collimators with sector blocking, "
          "prescription 22 Gy to the 50% isodose (maximum 44 Gy). 12 Gy volume 9.1 cm3."),
        P("The frame was docked and co-ordinates verified; treatment began 11:15 and ended 12:22. The frame was "
          "removed and the patient observed for two hours."),
    ], [
        H2("Summary"),
        P("Left parietal AVM, single-session radiosurgery, 22 Gy marginal (50%), delivered 02/18/2026. "
          "Physics second check of shot times (TANGENT-QA) 0.3%."),
        sig("Percival Ngata-Lindqvist, MD, Neurosurgery 02/18/2026"),
        sig("Marisol Abernathy-Tse, MD, Radiation Oncology 02/18/2026"),
    ]], opts=dict(header=fax("ELMHURST VALE NV", "555-0129", "02/19/2026 13:30", 8), scan=True, scan_dpi=250,
                  scan_skew=1.2, scan_noise=0))])


# ==================================================================================================
# Spine
# ==================================================================================================

# b45_09 -- bundle: contiguous T9-T10 as one PTV, 24 Gy / 2; scanned daily record + native prescription ------------
_s = "QUAYSIDE SPINE & CANCER CENTRE"
add(name="b45_09", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("T9-T10 (one PTV)", "spinal", None, 24, 2)],
    categories=cats(),
    notes="Spine SBRT to contiguous levels T9-T10 contoured as one PTV ('PTV_T9T10', the prescription says "
          "'one target spanning two levels'), 12 Gy x 2 = 24 Gy on a gantry linac, vacuum body cushion, CT "
          "simulation + MRI fused. Native signed prescription and a scanned per-session record (200 dpi).",
    docs=[
        Doc("1_prescription.pdf", [[
            H1("Stereotactic Spine Prescription"),
            KeyValue([("Indication", "C79.51 - renal cell carcinoma metastasis, T9 and T10 vertebral bodies, no cord compression (ESCC 1a)"),
                      ("Target", "PTV_T9T10 - one target spanning two contiguous levels"),
                      ("Dose", "24 Gy in 2 fractions (12 Gy per fraction)"),
                      ("Constraints", "cord PRV Dmax 17 Gy / 2 fx; oesophagus D0.035cc < 21 Gy"),
                      ("Immobilisation", "full-length vacuum cushion, arms above head"),
                      ("Imaging", "CT simulation 1.5 mm 06/02/2026; MRI T1/T2 thoracic spine 06/01/2026 fused"),
                      ("Technique", "VMAT 2 arcs, 6 MV FFF gantry linac; CBCT + 6-DoF couch before each fraction")]),
            sig("Eamon Castellane-Obi, MD 06/03/2026"),
            P("Physics co-signature (plan and second check 1.1%): Yusra Pemberton-Hale, PhD 06/04/2026"),
        ]], opts=dict(header=band(_s, 9, "12/05/1959"))),
        Doc("2_daily_record_scan.pdf", [[
            H1("Daily treatment record - spine SBRT"),
            RuledTable([("Date", "Fraction", "Target", "cGy", "Running total", "CBCT", "MD approval"),
                        ("06/08/2026", "1/2", "PTV_T9T10", "1200", "1200", "1.3 mm, 0.4 deg", "ECO"),
                        ("06/10/2026", "2/2", "PTV_T9T10", "1200", "2400", "0.8 mm, 0.2 deg", "ECO")]),
            P("Course ended 06/10/2026: T9-T10 2400 cGy in 2 fractions."),
            P("[ stamp: VERIFIED  RTT  J.N. ]"),
        ]], opts=dict(header=band(_s, 9, "12/05/1959"), scan=True, scan_dpi=200, scan_skew=0.6, scan_noise=0)),
    ])

# b45_10 -- scan: post-operative L2 spine, 30 Gy / 5, 63621 claimed with one lesion --------------------------------
_s = "GREYSTOKE ORTHOPAEDIC ONCOLOGY"
add(name="b45_10", kind="scan", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 5, ["CT", "MRI"], ["body_immobilization"]),
    lesions=[L("L2 post-operative bed", "spinal", None, 30, 5)],
    categories=cats(),
    notes="Scanned typed summary (160 dpi, skew 0.4): post-operative SBRT to L2 after separation "
          "surgery and T12-L4 pedicle screw fixation, 6 Gy x 5 = 30 Gy on a gantry linac, vacuum cushion, CT "
          "myelogram + MRI fused. Page 1 is the signed prescription. One spinal target; 63621 claimed (needs a second spinal "
          "lesion: inconsistent).",
    docs=[Doc("b45_10.pdf", [[
        H1("Prescription - spine SBRT"),
        KeyValue([("Site", "L2 post-operative bed (CTV per consensus contouring)"),
                  ("Dose", "600 cGy x 5 = 3000 cGy"), ("Cord / cauda limits", "cord Dmax < 25.3 Gy, cauda < 31 Gy")]),
        sig("Sunniva Ravenscroft-Adair, MD 08/25/2026"),
    ], [
        H1("Radiation Treatment Summary"),
        P("Diagnosis: metastatic sarcoma to L2 with epidural extension; status post L2 laminectomy, separation "
          "surgery and T12-L4 posterior instrumentation on 07/28/2026."),
        P("Because the titanium hardware degrades MRI, planning used a CT myelogram (08/19/2026) fused with the "
          "post-operative MRI (08/18/2026). The patient lay in a full-body vacuum cushion."),
        TextTable([("Target", "Dose/fx", "Fx", "Total", "Dates"),
                   ("L2 post-op CTV/PTV", "600 cGy", "5", "3000 cGy", "08/31 - 09/04/2026")],
                  columns=(0, 150, 230, 270, 340)),
        P("Delivered on a gantry linac with daily cone-beam CT and 6-degree-of-freedom couch correction; "
          "physician approval of each CBCT before beam-on. Cord (myelogram-defined) Dmax 24.1 Gy in 5. Second "
          "check of the plan by physics 08/27/2026 (0.8%)."),
        P("Completed: L2, 30 Gy in 5 fractions, 09/04/2026."),
        sig("Sunniva Ravenscroft-Adair, MD 09/04/2026"),
    ]], opts=dict(header=band(_s, 10, "10/17/1975"), scan=True, scan_dpi=160, scan_skew=0.4, scan_noise=0))])

# b45_11 -- bundle: robotic re-irradiation of C5 plus a right 6th rib in the same course -------------------------
_s = "TAMARIND COAST RADIATION CENTER"
add(name="b45_11", kind="bundle", codes=["G0339", "G0340", "77435", "63620"],
    facts=F("robotic_linac", ["body", "spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization", "mask"]),
    lesions=[L("C5 vertebral body (re-irradiation)", "spinal", None, 21, 3), L("right 6th rib", "body", None, 27, 3)],
    categories=cats(),
    notes="Re-irradiation of C5 (30 Gy / 10 in 2024) with 7 Gy x 3 = 21 Gy, and a right sixth rib metastasis "
          "9 Gy x 3 = 27 Gy in the same three sessions on a robotic-arm linac; head-neck-shoulder mask for the "
          "spine and a vacuum cushion for the chest; CT + MRI. Faxed summary (scanned 150 dpi) + native "
          "session log text. The 2024 course is history only.",
    docs=[
        Doc("1_fax_summary.pdf", [
            cover("Tamarind Coast Radiation Center", 11, 2, "SBRT summary - C5 reirradiation + R rib"),
            [H1("SBRT Course Summary"),
             P("History: C5 metastasis (breast) received 30 Gy in 10 fractions in 03/2024 elsewhere. Now local "
               "progression at C5 with new pain; new painful right 6th rib lesion."),
             RuledTable([("Target", "Rx", "Cumulative cord (EQD2)", "Tracking"),
                         ("PTV_C5_reRT", "2100 cGy / 3", "cord Dmax 9.8 Gy this course", "spine tracking"),
                         ("PTV_RIB6_R", "2700 cGy / 3", "-", "spine tracking (T5-T7 anatomy)")]),
             P("Immobilisation: long thermoplastic head-neck-shoulder mask; vacuum cushion under the thorax. "
               "Imaging: CT 1.25 mm neck and chest 04/14/2026; MRI C-spine T1 + contrast 04/13/2026 fused. Plan "
               "second check 1.0%, DQA passed 04/16/2026."),
             sig("Bartholomew Ekwueme-Frost, MD 04/24/2026"),
             ]], opts=dict(header=fax("TAMARIND COAST RAD", "555-0163", "04/27/2026 10:11", 11), scan=True,
                           scan_dpi=150, scan_skew=1.0, scan_noise=0)),
        Doc("2_session_log.txt", text=f"""
TAMARIND COAST RADIATION CENTER  |  robotic-arm 6 MV linac  |  session log
{patient(11)}  {mrn(11)}

date        fx   PTV_C5_reRT  PTV_RIB6_R  tracking corr (mm)  status
04/20/2026  1    700 cGy      900 cGy     0.7                 treated
04/22/2026  2    700 cGy      900 cGy     0.5                 treated
04/24/2026  3    700 cGy      900 cGy     0.6                 treated

totals: C5 2100 cGy, R 6th rib 2700 cGy, 3 fractions
{FOOT}
"""),
    ])


# ==================================================================================================
# Body SBRT
# ==================================================================================================

# b45_12 -- scan (faxed): peripheral RUL lung 54 Gy / 3 ----------------------------------------------------------
_s = "BRIARCLIFF THORACIC ONCOLOGY"
add(name="b45_12", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("right upper lobe peripheral nodule", "body", None, 54, 3)],
    categories=cats(),
    notes="Faxed lung SBRT packet (cover + one page, scanned 150 dpi, skew 0.7): peripheral right "
          "upper lobe NSCLC 1.8 cm, 18 Gy x 3 = 54 Gy on a gantry linac, vacuum body cushion with abdominal "
          "compression, 4DCT simulation and staging PET/CT used for contouring; CBCT each fraction.",
    docs=[Doc("b45_12.pdf", [
        cover("Briarcliff Thoracic Oncology", 12, 2, "SBRT end-of-treatment note"),
        [H1("End of Treatment - Lung SBRT"),
         KeyValue([("Dx", "C34.11 NSCLC adenocarcinoma RUL, cT1bN0M0, medically inoperable (FEV1 38%)"),
                   ("Simulation", "4DCT 12/01/2026 (ITV from 10 phases); PET/CT 11/20/2026 registered for GTV"),
                   ("Immobilisation", "vacuum cushion + abdominal compression plate"),
                   ("Plan", "PTV = ITV + 5 mm; 2 VMAT arcs; Rx 5400 cGy in 3 fx to 80% IDL; chest wall V30 18 cc"),
                   ("Unit", "10 MV FFF gantry linac"), ("QA", "second MU check 0.9%; diode-array QA 98.6%")]),
         RuledTable([("Fx", "Date", "Dose", "CBCT match", "Approved"),
                     ("1", "12/08/2026", "1800 cGy", "to ITV, 2.1 mm", "MD"),
                     ("2", "12/10/2026", "1800 cGy", "to ITV, 1.4 mm", "MD"),
                     ("3", "12/12/2026", "1800 cGy", "to ITV, 1.9 mm", "MD")]),
         P("RUL nodule 54 Gy / 3 fractions completed 12/12/2026. Mild fatigue only."),
         sig("Cordelia Hammersmith-Oduya, MD 12/12/2026"),
         ]], opts=dict(header=fax("BRIARCLIFF THORACIC", "555-0108", "12/14/2026 07:55", 12), scan=True,
                       scan_dpi=150, scan_skew=0.7, scan_noise=0))])

# b45_13 -- bundle: central lung 50 Gy / 5; completion letter says 60 Gy (contradiction) --------------------------
_s = "OAKHAVEN UNIVERSITY RADIATION MEDICINE"
add(name="b45_13", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left lower lobe central tumour", "body", None, 50, 5)],
    categories=cats(),
    contradiction="The completion letter gives 60 Gy in 5 fractions, while the signed prescription and the fraction record give 10 Gy x 5 = 50 Gy.",
    notes="Central left lower lobe tumour near the main-stem bronchus: prescription 10 Gy x 5 = 50 Gy (signed, "
          "native PDF), scanned fraction record (220 dpi) with five 1000 cGy rows, 4DCT + PET, wing board and "
          "vacuum bag. The typed completion letter says 60 Gy (contradiction; gold follows the prescription "
          "and the record: 50 Gy).",
    docs=[
        Doc("1_rx.pdf", [[
            H1("SBRT PRESCRIPTION / DIRECTIVE"),
            RuledTable([("Site", "Target", "Dose per fx", "Fractions", "Total", "Schedule"),
                        ("Lung, LLL central", "PTV_LLL", "10 Gy", "5", "50 Gy", "every other day")]),
            KeyValue([("Simulation", "4DCT 03/03/2026, MIP/AVG; PET-CT 02/19/2026 fused"),
                      ("Positioning", "wing board + vacuum bag, arms up"),
                      ("OAR limits", "proximal bronchial tree Dmax < 52.5 Gy; oesophagus < 35 Gy"),
                      ("IGRT", "CBCT every fraction, physician review before beam-on"),
                      ("Plan", "VMAT 2 partial arcs, 6 MV FFF; physics second check 03/09/2026 (1.3%)")]),
            sig("Ferdinand Ashgrove-Mbeki, MD 03/06/2026"),
        ]], opts=dict(header=band(_s, 13, "07/07/1948"))),
        Doc("2_fraction_record_scan.pdf", [[
            H1("Fraction record"),
            RuledTable([("#", "Date", "Delivered (cGy)", "Total (cGy)", "CBCT", "RTT init."),
                        ("1", "03/11/2026", "1000", "1000", "yes", "pk"),
                        ("2", "03/13/2026", "1000", "2000", "yes", "pk"),
                        ("3", "03/16/2026", "1000", "3000", "yes", "hm"),
                        ("4", "03/18/2026", "1000", "4000", "yes", "hm"),
                        ("5", "03/20/2026", "1000", "5000", "yes", "pk")]),
        ]], opts=dict(header=band(_s, 13, "07/07/1948"), scan=True, scan_dpi=220, scan_skew=1.8, scan_noise=0)),
        Doc("3_completion_letter.txt", text=f"""
OAKHAVEN UNIVERSITY RADIATION MEDICINE
03/23/2026

Dear Dr. Kilbride-Santos,

Your patient {patient(13)} ({mrn(13)}) completed stereotactic body radiotherapy to the central left lower
lobe tumour on 03/20/2026, 60 Gy in 5 fractions, with daily cone-beam CT. She tolerated it with mild
oesophagitis. We will see her with a CT chest in three months.

Sincerely,
Ferdinand Ashgrove-Mbeki, MD
{FOOT}
"""),
    ])

# b45_14 -- bundle: robotic liver 45 Gy / 3 with fiducials; native plan summary + scanned fiducial note -----------
_s = "SILVERLAKE HEPATOBILIARY PROGRAM"
add(name="b45_14", kind="bundle", codes=["G0339", "G0340", "77435"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["fiducials", "body_immobilization"]),
    lesions=[L("segment 7 hepatocellular carcinoma", "body", None, 45, 3)],
    categories=cats(),
    notes="Liver SBRT on a robotic-arm linac: HCC in segment 7, 15 Gy x 3 = 45 Gy, three gold fiducials placed "
          "by interventional radiology (scanned procedure note, 200 dpi), vacuum cushion, triphasic CT + MRI "
          "fused; respiratory tracking on the fiducials. Plan summary calls the target 'GTV_S7', the IR note "
          "'segment VII lesion'.",
    docs=[
        Doc("1_fiducial_note_scan.pdf", [[
            H1("Interventional Radiology - Fiducial Placement"),
            P("10/02/2026. Under CT guidance three 1 x 3 mm gold fiducial markers were placed around the segment "
              "VII lesion (right posterior liver) for radiosurgery tracking. No complication."),
            sig("Horatia Quenby-Laszlo, MD (IR) 10/02/2026"),
        ]], opts=dict(header=band(_s, 14, "05/25/1955"), scan=True, scan_dpi=200, scan_skew=0.2, scan_noise=0)),
        Doc("2_plan_summary.pdf", [[
            H1("Liver SBRT - plan and delivery summary"),
            KeyValue([("Dx", "C22.0 hepatocellular carcinoma, Child-Pugh A6, 2.7 cm, after failed TACE"),
                      ("Unit", "robotic-arm mounted 6 MV linac, variable aperture collimator"),
                      ("Simulation", "triphasic CT 10/09/2026 (1 mm, exhale) + MRI liver 10/08/2026 (gadoxetate)"),
                      ("Immobilisation", "vacuum cushion, arms down"),
                      ("Tracking", "fiducial tracking with respiratory model (3 markers)"),
                      ("Rx", "GTV_S7 + 3 mm = PTV, 1500 cGy x 3 to the 72% isodose"),
                      ("Normal liver", "700 cc spared < 15 Gy; duodenum Dmax 16.2 Gy")]),
            RuledTable([("Fraction", "Date", "Dose (Gy)", "Beams", "Model error (mm)", "Status"),
                        ("1", "10/19/2026", "15", "162", "1.4", "complete"),
                        ("2", "10/21/2026", "15", "162", "1.7", "complete"),
                        ("3", "10/23/2026", "15", "162", "1.2", "complete")]),
            P("DQA 10/15/2026 gamma 97.9%; secondary dose check 0.6%. Course total 45 Gy to GTV_S7."),
            sig("Valerian Osei-Montclair, MD 10/23/2026"),
        ]], opts=dict(header=band(_s, 14, "05/25/1955"))),
    ])

# b45_15 -- scan: prostate 36.25 Gy / 5 with gold seeds and spacer, treatment chart with initials ----------------
_s = "FALLOWMEAD UROLOGIC RADIATION"
add(name="b45_15", kind="scan", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]),
    lesions=[L("prostate", "body", None, 36.25, 5)],
    categories=cats(),
    notes="Scanned treatment chart (180 dpi, skew 1.0): prostate SBRT 7.25 Gy x 5 = 36.25 Gy on a "
          "gantry linac, three implanted gold seeds + hydrogel spacer, CT + MRI fusion; kV seed match each "
          "fraction. Doses in cGy (725/3625). Second page: simulation and marker note.",
    docs=[Doc("b45_15.pdf", [[
        H1("PROSTATE SBRT - TREATMENT CHART"),
        KeyValue([("Dx", "C61 adenocarcinoma prostate, Gleason 3+4, PSA 7.1, favourable intermediate"),
                  ("Preparation", "3 intraprostatic gold seed markers and rectal hydrogel spacer 01/06/2027"),
                  ("Simulation", "CT 01/13/2027 (full bladder) + MRI pelvis 01/13/2027 fused on the seeds"),
                  ("Rx", "725 cGy x 5 = 3625 cGy to PTV (prostate + 3 mm, 5 mm except 3 mm post.)"),
                  ("Plan", "2 VMAT arcs, 10 MV FFF; second check 0.7%; patient QA 99.2%")]),
        RuledTable([("Fx", "Date", "cGy", "Total cGy", "Seed match (kV)", "Intrafraction", "Init."),
                    ("1", "01/19/2027", "725", "725", "3/3 seeds, 1.8 mm", "triggered kV ok", "RM"),
                    ("2", "01/21/2027", "725", "1450", "3/3 seeds, 1.1 mm", "ok", "RM"),
                    ("3", "01/23/2027", "725", "2175", "3/3 seeds, 2.3 mm", "1 re-shift", "AS"),
                    ("4", "01/26/2027", "725", "2900", "3/3 seeds, 0.9 mm", "ok", "AS"),
                    ("5", "01/28/2027", "725", "3625", "3/3 seeds, 1.2 mm", "ok", "RM")]),
        P("Completed 01/28/2027 - prostate 36.25 Gy in 5 fractions."),
        sig("Isadora Trevelyan-Ngata, MD 01/28/2027"),
        P("[ PHYSICS REVIEWED  stamp  01/29/2027  B.K. ]"),
    ], [
        H1("Simulation note"),
        P("01/13/2027: seeds (3) visible on CT and MRI, spacer well placed (rectal separation 11 mm). Supine, "
          "empty rectum / comfortably full bladder protocol. MRI-CT registration on the seeds approved."),
        sig("Isadora Trevelyan-Ngata, MD 01/13/2027"),
    ]], opts=dict(header=band(_s, 15, "03/19/1954"), scan=True, scan_dpi=180, scan_skew=1.0, scan_noise=0))])

# b45_16 -- bundle: oligometastatic course: left adrenal + left lower lobe nodule, 5 fractions ---------------------
_s = "KESTREL RIDGE ONCOLOGY"
add(name="b45_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]),
    lesions=[L("left adrenal metastasis", "body", None, 40, 5), L("left lower lobe nodule", "body", None, 50, 5)],
    categories=cats(),
    notes="Oligometastatic colorectal cancer: left adrenal 8 Gy x 5 = 40 Gy and a left lower lobe nodule 10 Gy x 5 "
          "= 50 Gy treated on the same five days on a gantry linac; vacuum cushion; 4DCT + PET. Tumour-board "
          "extract (scanned 150 dpi) names them 'adrenal met' and 'LLL met', the dose table 'PTV_ADR_L' and "
          "'PTV_LLL'; native per-session table with both targets per row.",
    docs=[
        Doc("1_tumour_board_scan.pdf", [[
            H1("Multidisciplinary Tumour Board - extract"),
            P("04/28/2026. Metachronous oligometastatic rectal adenocarcinoma: left adrenal met (3.1 cm) and one "
              "LLL met (1.4 cm), PET-avid, no other disease. ECOG 0. Recommendation: SABR to both sites, then "
              "surveillance. Discussed with surgery (adrenalectomy declined by patient)."),
            P("Initialled for the board: AV, MR, TS"),
        ]], opts=dict(header=band(_s, 16, "11/02/1964"), scan=True, scan_dpi=150, scan_skew=0.9, scan_noise=0)),
        Doc("2_sabr_record.pdf", [[
            H1("SABR - Plan and Delivery"),
            KeyValue([("Simulation", "4DCT 05/04/2026 (chest and upper abdomen); PET/CT 04/21/2026 fused"),
                      ("Positioning", "vacuum cushion, arms up, abdominal compression belt"),
                      ("Planning", "two isocentres, VMAT, 6 MV FFF gantry linac; second check 05/08/2026 (0.8%, 1.1%)")]),
            RuledTable([("Target", "Dose per fraction", "Fractions", "Prescribed total", "Coverage"),
                        ("PTV_ADR_L", "8 Gy", "5", "40 Gy", "V100 96%"),
                        ("PTV_LLL", "10 Gy", "5", "50 Gy", "V100 97%")]),
            RuledTable([("Session", "Date", "PTV_ADR_L (cGy)", "PTV_LLL (cGy)", "CBCT x2 (per isocentre)"),
                        ("1", "05/11/2026", "800", "1000", "done"),
                        ("2", "05/13/2026", "800", "1000", "done"),
                        ("3", "05/15/2026", "800", "1000", "done"),
                        ("4", "05/18/2026", "800", "1000", "done"),
                        ("5", "05/20/2026", "800", "1000", "done")]),
            P("Course completed 05/20/2026: left adrenal 40 Gy / 5 and LLL 50 Gy / 5."),
            sig("Marguerite Olufemi-Draycott, MD 05/20/2026"),
        ]], opts=dict(header=band(_s, 16, "11/02/1964"))),
    ])


# ==================================================================================================
# Hard negatives
# ==================================================================================================

# b45_17 -- scan: consult only, SRS recommended, MRI still to be done ---------------------------------------------
_s = "LINDENHURST NEURO-ONCOLOGY CLINIC"
add(name="b45_17", kind="scan", codes=["77372", "77432", "61796", "61797"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: a scanned consultation (170 dpi, skew 0.5) recommending single-fraction "
          "radiosurgery for three brain metastases with proposed doses (20-22 Gy), a thin-slice MRI 'to be "
          "obtained' and a mask 'will be made at simulation'. Page 2, a scheduling request, shows MRI and simulation not yet "
          "scheduled. Nothing simulated or delivered: facts null, categories unmet, codes inconsistent.",
    docs=[Doc("b45_17.pdf", [[
        H1("New Patient Consultation - Radiation Oncology"),
        P("HPI: 66-year-old man with EGFR-mutant lung adenocarcinoma; surveillance MRI 08/30/2026 (diagnostic, "
          "5 mm slices) shows three new enhancing lesions: right frontal 8 mm, left parietal 12 mm, right "
          "cerebellar 6 mm. No neurological deficit. KPS 90."),
        P("ASSESSMENT/PLAN: Good candidate for stereotactic radiosurgery rather than whole-brain treatment. "
          "Proposed: single fraction, 20-22 Gy per lesion depending on size, frameless. A thin-slice "
          "contrast MRI will be obtained for planning; the mask will be made at simulation, to be scheduled "
          "after he returns from travel. Consent discussed; he wishes to think it over."),
        sig("Clementine Ardagh-Fonseca, MD 09/04/2026"),
        P("[ RECEIVED SEP 08 2026 - CODING ]"),
    ], [
        H1("Scheduling request"),
        TextTable([("[X] MRI brain, thin-slice, contrast", "status: not yet scheduled"),
                   ("[X] CT simulation + mask", "status: pending patient decision"),
                   ("[ ] Treatment", "not scheduled")], columns=(0, 240), header=False),
        P("Initialled: front desk, LM 09/04/2026"),
    ]], opts=dict(header=band(_s, 17, "01/29/1960"), scan=True, scan_dpi=170, scan_skew=0.5, scan_noise=0))])

# b45_18 -- bundle: conventional palliative spine 30 Gy / 10 claimed as SBRT --------------------------------------
_s = "RIVERSEND COMMUNITY HOSPITAL - RADIOTHERAPY"
add(name="b45_18", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 10, ["CT"], ["body_immobilization"]),
    lesions=[L("T12 vertebral metastasis", "spinal", None, 30, 10)],
    categories=cats(),
    notes="Hard negative (conventional course): palliative T11-L1 field for a T12 metastasis, 3 Gy x 10 = 30 Gy "
          "on a gantry linac, CT simulation, knee-and-foot vacuum cushion; claimed as spine SBRT. Scanned "
          "weekly treatment chart (150 dpi, noise 10) + native end-of-treatment note. Ten fractions: every claimed "
          "code inconsistent, no delivery code.",
    docs=[
        Doc("1_weekly_chart_scan.pdf", [[
            H1("Treatment chart - T12 palliative"),
            KeyValue([("Target", "T12 vertebral body with one level above and below (T11-L1), outlined on the planning CT"),
                      ("Rx", "300 cGy x 10 = 3000 cGy, opposed AP-PA fields, 15 MV"),
                      ("Sim", "CT 02/02/2026, supine, vacuum cushion under knees and feet")]),
            RuledTable([("Week", "Fx", "Dates", "Weekly cGy", "Cumulative", "Port films", "OTV"),
                        ("1", "1-5", "02/04-02/10/2026", "1500", "1500", "MV portal day 1", "02/06"),
                        ("2", "6-10", "02/11-02/17/2026", "1500", "3000", "kV weekly", "02/13")]),
        ]], opts=dict(header=band(_s, 18, "06/11/1941"), scan=True, scan_dpi=150, scan_skew=1.3, scan_noise=10)),
        Doc("2_eot_note.pdf", [[
            H1("End of treatment note"),
            P("T12 metastasis from prostate cancer, pain 7/10. Treated with conventional palliative radiotherapy "
              "3000 cGy in 10 fractions from 02/04/2026 to 02/17/2026 (not stereotactic). Pain now 3/10."),
            sig("Humphrey Achterberg-Nwosu, MD 02/17/2026"),
        ]], opts=dict(header=band(_s, 18, "06/11/1941"))),
    ])

# b45_19 -- scan (faxed): robotic cranial plan approved, never delivered ------------------------------------------
_s = "SEABRIGHT RADIOSURGERY PARTNERS"
add(name="b45_19", kind="scan", codes=["G0339", "G0340", "77435", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (plan never delivered): faxed plan approval for a robotic-arm linac course, 25 Gy / 5 "
          "to a left occipital metastasis, mask made, CT + MRI done, plan and DQA complete; a second page "
          "records that the course was cancelled before fraction 1 (patient admitted, transitioned to hospice). "
          "Scanned 200 dpi. Nothing delivered: facts null, categories unmet.",
    docs=[Doc("b45_19.pdf", [
        cover("Seabright Radiosurgery Partners", 19, 3, "plan approval; cancellation notice",
              "For your records: course cancelled, no charges for delivery should be dropped."),
        [H1("Plan approval - hypofractionated SRS"),
         KeyValue([("Target", "L occipital metastasis 2.2 cm"), ("Prescription", "500 cGy x 5 = 2500 cGy (planned)"),
                   ("Simulation", "mask 09/14/2026; CT and MRI 09/14/2026 fused"),
                   ("Unit", "robotic-arm 6 MV linac"), ("Physics", "DQA passed 09/18/2026")]),
         P("Scheduled fractions: 09/21, 09/22, 09/23, 09/24, 09/25/2026."),
         sig("Octavia Pennywhistle-Abara, MD 09/18/2026")],
        [H1("Course cancellation"),
         P("09/20/2026: patient admitted with sepsis; family chose comfort care. Radiosurgery course cancelled "
           "before the first fraction. No treatment delivered. Plan retired."),
         sig("Octavia Pennywhistle-Abara, MD 09/20/2026")],
    ], opts=dict(header=fax("SEABRIGHT RS PARTNERS", "555-0118", "09/22/2026 11:40", 19), scan=True, scan_dpi=200,
                 scan_skew=0.3, scan_noise=0))])

# b45_20 -- bundle: prior-authorisation packet for pancreas SBRT, faxed to a payer ---------------------------------
_s = "MEADOWCROFT GI CANCER CENTER"
add(name="b45_20", kind="bundle", codes=["77373", "77435"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative (prior-authorisation packet): fax cover to a payer, a check-box authorisation request "
          "form for pancreas SBRT 33 Gy / 5 'planned start 06/15/2026', and a letter of medical necessity "
          "(native text). CT and MRI are described as diagnostic staging only; no simulation, plan or treatment. "
          "Facts null, categories unmet.",
    docs=[
        Doc("1_auth_request_fax.pdf", [
            cover("Meadowcroft GI Cancer Center - authorisations", 20, 2, "prior authorisation request, SBRT",
                  "Urgent review requested - planned start 06/15/2026."),
            [H1("PRIOR AUTHORIZATION REQUEST - RADIATION THERAPY"),
             KeyValue([("Member", f"{patient(20)}   ID {mrn(20)}"), ("Diagnosis", "C25.0 pancreatic head adenocarcinoma, borderline resectable, after 4 months of chemotherapy"),
                       ("Requested", "SBRT 6.6 Gy x 5 = 33 Gy (planned); codes requested 77373 x5, 77435 x1"),
                       ("Planned start", "06/15/2026")]),
             TextTable([("Technique:", "[ ] 3D-CRT", "[ ] IMRT", "[X] SBRT", "[ ] Protons"),
                        ("Imaging for planning:", "[X] CT (to be done)", "[ ] MRI", "[ ] PET", ""),
                        ("Immobilization:", "[X] vacuum cushion (to be made)", "", "", "")],
                       columns=(0, 130, 260, 340, 410), header=False),
             sig("Reginald Fairweather-Osei, MD 05/28/2026"),
             ]], opts=dict(header=fax("MEADOWCROFT GI CC", "555-0133", "05/29/2026 15:20", 20), scan=True,
                           scan_dpi=150, scan_skew=0.6, scan_noise=0)),
        Doc("2_medical_necessity.txt", text=f"""
MEADOWCROFT GI CANCER CENTER
LETTER OF MEDICAL NECESSITY                                   05/28/2026
Re: {patient(20)}   {mrn(20)}

To the utilization review team:

I am requesting authorisation of stereotactic body radiotherapy, 33 Gy in 5 fractions, for my patient with
borderline resectable adenocarcinoma of the pancreatic head. Staging CT (04/30/2026) and MRI abdomen
(05/02/2026) show abutment of the SMV without encasement and no distant disease. After FOLFIRINOX, SBRT is
intended to sterilise the vascular margin before surgery. Simulation will be scheduled once approval is
received; no treatment has been given.

Reginald Fairweather-Osei, MD, Radiation Oncology
{FOOT}
"""),
    ])


CORPUS = Corpus("blind_corpus45", "tests/blind_corpus45", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
