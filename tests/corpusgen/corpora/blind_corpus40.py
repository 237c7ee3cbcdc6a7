"""Fortieth blind corpus, ``tests/blind_corpus40/`` (regenerate: ``python scripts/make_corpus.py blind_corpus40``).

Tuning corpus (not held out): twenty whole-episode exports, as a hospital's release-of-information desk or an
EHR "print chart" function gives one radiosurgery or SBRT episode: referral, consultation with copy-forward
history (an earlier course of years ago), tumour board entry, simulation note, planning MRI/CT report listing
more lesions than were treated, prescription, plan approval, physics check, daily treatment record, nursing and
therapist notes, completion summary, follow-up notes reporting lesions found after the course, sometimes a
charge page. 2-4 files per chart, several documents inside a file, page banners and "Printed by ... Page n of
N" footers, document separators in several shapes; each lesion named several ways across the documents. Every
clinic and system is invented. Three charts contradict themselves (``review_expected``).

Gold labels are written by hand from what the chart says and ../shared/corpus/README.md, blind (without
reading the reader's code).
"""

# ruff: noqa: E501

from __future__ import annotations

from pdfmaker import KeyValue, RuledTable

from corpusgen import Corpus
from corpusgen.kit import FOOT, H2, NO_CATS, NONE, C, Charts, Doc, F, L, P, S, cats, sig

FIRST = ["ADELINA", "BARTHOLOMEW", "CLEMENTINE", "DESMOND", "EULALIA", "FERDINAND", "GRISELDA", "HUMPHREY",
         "IMOGEN", "JOACHIM", "KATRIONA", "LUCIUS", "MARGUERITE", "NORBERT", "OPHELIA", "PERCIVAL", "ROSALIND",
         "SEBASTIAN", "THEODORA", "ULRICH"]

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen", 20: "twenty",
         21: "twenty-one", 22: "twenty-two", 24: "twenty-four", 25: "twenty-five", 27: "twenty-seven",
         30: "thirty", 33: "thirty-three", 36: "thirty-six", 40: "forty", 45: "forty-five", 48: "forty-eight",
         50: "fifty", 54: "fifty-four", 60: "sixty"}


def w(x: float) -> str:
    if float(x).is_integer() and int(x) in WORDS:
        return WORDS[int(x)]
    return str(x)


def patient(n: int) -> str:
    return f"FORTYPATIENT, {FIRST[n - 1]}"


def mrn(n: int) -> str:
    return f"SYN-400{n:02d}"


def gy(x: float) -> str:
    return f"{x:g}"


CHARTS = Charts()
add = CHARTS.add

SEPS = [
    lambda i, n, t: f"===== DOCUMENT {i} of {n}: {t} =====",
    lambda i, n, t: f"--- {t} --- [item {i}/{n}]",
    lambda i, n, t: f"[{i}] {t.upper()}",
    lambda i, n, t: f"*** Encounter document: {t} ***",
    lambda i, n, t: f"## {t} (record {i})",
]


class Les:
    """One lesion and its names: label, location words, structure, size (cm), description."""

    def __init__(self, label, loc, struct, size, dose, fx, site="cranial", cx=S, desc="", words=""):
        self.label, self.loc, self.struct, self.size = label, loc, struct, size
        self.dose, self.fx, self.site, self.cx, self.desc = dose, fx, site, cx, desc
        self.words = words or f"the {loc} lesion"

    def gold(self):
        return L(f"{self.label} {self.loc}", self.site, self.cx if self.site == "cranial" else None, self.dose, self.fx)


def episode(n, *, clinic, system, dob, printed_by, diag, unit, lesions, fx, dates, sim, igrt, imaging_text,
            prior, mri_extra, followup, referral_from, board=True, files=3, scan=(), txt=(), sep=0,
            summary_fx=None, summary_dose=None, billing=None, verify=True, physics=True, dictated=True,
            therapist_extra="", shuffle=False, record="table"):
    """Documents of one whole episode, split over ``files`` files."""
    P_ = patient(n)
    M = mrn(n)
    cran = all(x.site == "cranial" for x in lesions)
    ntx = len(lesions)
    docs: list[tuple[str, list]] = []  # (title, blocks)

    # referral
    docs.append(("Referral", [
        H2("REFERRAL FOR RADIATION ONCOLOGY OPINION"),
        KeyValue([("From", referral_from), ("Reason", diag)]),
        P(f"Dear colleague, I would be grateful if you could see {P_.split(', ')[1].title()} regarding "
          + "; ".join(x.words for x in lesions) + ". "
          + (f"History of note: {prior}. " if prior else "")
          + "Imaging is available on the shared archive."),
        sig(f"{referral_from.split(',')[0]} (referring clinician)"),
    ]))
    # consult
    if dictated:
        body = (f"This is a dictated consultation. The patient is seen for {diag.lower()}. "
                + (f"Past history, copied forward from earlier notes: {prior}. That earlier course is complete and is not being re-treated now. " if prior else "")
                + f"Current imaging shows {w(ntx)} target{'s' if ntx > 1 else ''} to be treated: "
                + "; ".join(f"{x.label}, {x.loc}, measuring {x.size} centimetres" + (f" ({x.desc})" if x.desc else "") for x in lesions)
                + f". Recommendation: stereotactic treatment, {'; '.join(f'{w(x.dose)} gray in {w(x.fx)} fraction' + ('s' if x.fx > 1 else '') + f' to {x.label}' for x in lesions)}. "
                + "Risks discussed including fatigue, local reaction and, rarely, radionecrosis. Consent obtained.")
    else:
        body = ("Consultation. " + diag + ". "
                + (f"Hx (carried forward): {prior}. " if prior else "")
                + "Targets: " + ", ".join(f"{x.label} {x.loc} {x.size} cm" for x in lesions)
                + ". Plan: SRS/SBRT as below.")
    docs.append(("Radiation Oncology Consultation", [H2("RADIATION ONCOLOGY CONSULTATION"), P(body),
                                                     sig(f"attending radiation oncologist, {clinic.split()[0].title()}")]))
    if board:
        docs.append(("Tumour Board Entry", [
            H2("MULTIDISCIPLINARY TUMOUR BOARD - ENTRY"),
            P("Case discussed. Imaging reviewed: " + "; ".join(f"{x.words} ({x.size} cm)" for x in lesions)
              + (f". Also noted: {mri_extra}" if mri_extra else "") + ". Board recommendation: stereotactic treatment of "
              + ("the lesion" if ntx == 1 else f"the {w(ntx)} lesions listed") + ", systemic therapy to continue."),
        ]))
    # imaging report
    docs.append(("Planning Imaging Report", [
        H2("RADIOLOGY REPORT - PLANNING STUDY"),
        P(imaging_text),
        P("FINDINGS: " + "; ".join(f"{x.loc}, {x.size} cm" + (f", {x.desc}" if x.desc else "") for x in lesions)
          + (f"; {mri_extra}" if mri_extra else "") + "."),
        P("IMPRESSION: findings as above, compare prior."),
    ]))
    docs.append(("Simulation / Immobilization Note", [H2("SIMULATION AND IMMOBILIZATION"), P(sim)]))
    # prescription
    tech = ("shots, 50% IDL" if "cobalt" in unit else "non-isocentric beams, 70% IDL" if "robotic" in unit
            else "VMAT, 80% IDL" if cran else "VMAT, 2 arcs")
    rx_rows = [("Target", "Total dose", "Fractions", "Dose/fx", "Technique")]
    for x in lesions:
        rx_rows.append((x.struct, f"{x.dose * 100:g} cGy", str(x.fx), f"{x.dose * 100 / x.fx:g} cGy",
                        tech))
    docs.append(("Prescription", [H2("PRESCRIPTION (signed)"), KeyValue([("Unit", unit), ("Planning system", system)]),
                                  RuledTable(rx_rows), sig(f"radiation oncologist {dates[0]}")]))
    docs.append(("Plan Approval", [
        H2("PLAN APPROVAL"),
        P("Plan reviewed and approved: " + "; ".join(
            f"{x.struct} ({x.label}) coverage 98%, Rx {gy(x.dose)} Gy, max {gy(round(x.dose * (2 if 'cobalt' in unit else 1.25), 1))} Gy" for x in lesions)
          + ". Isocentre placement and OAR constraints met."),
    ]))
    if physics:
        docs.append(("Physics Check", [
            H2("MEDICAL PHYSICS CHECK"),
            P("Independent MU calculation agreed within 1.4%. "
              + ("Patient-specific QA measurement: gamma 3%/1 mm 98.9% pass." if verify else "Chart and plan parameters reviewed.")),
        ]))
    # treatment record
    rec = [("Fx", "Date", "Target", "Dose this fx", "Cumulative", "IGRT" if verify else "Therapists")]
    for i, d in enumerate(dates[:fx], 1):
        for x in lesions:
            if i <= x.fx:
                per = x.dose * 100 / x.fx
                rec.append((str(i), d, x.struct, f"{per:g} cGy", f"{per * i:g} cGy",
                             igrt if verify else "RTT x2"))
    if record == "table":
        docs.append(("Treatment Record", [H2("DAILY TREATMENT RECORD"), RuledTable(rec)]))
    elif record == "otv":
        blocks = [H2("ON-TREATMENT VISIT NOTES")]
        for i, d in enumerate(dates[:fx], 1):
            blocks.append(P(f"{d} - Fraction {i} of {fx}. Delivered today: " + "; ".join(
                f"{x.struct} {x.dose * 100 / x.fx:g} cGy (running total {x.dose * i / x.fx:g} Gy)" for x in lesions if i <= x.fx)
                + (f". Image guidance: {igrt}." if verify else ".") + " Patient seen, tolerating well."))
        docs.append(("On-Treatment Visits", blocks))
    else:  # key: value block per fraction
        blocks = [H2("TREATMENT DELIVERY LOG")]
        for i, d in enumerate(dates[:fx], 1):
            rows = [("Session", f"{i} / {fx}"), ("Date", d)]
            rows += [(x.struct, f"{x.dose * 100 / x.fx:g} cGy delivered, cumulative {x.dose * 100 * i / x.fx:g} cGy")
                     for x in lesions if i <= x.fx]
            if verify:
                rows.append(("Imaging", igrt))
            blocks.append(KeyValue(rows))
        docs.append(("Treatment Delivery Log", blocks))
    docs.append(("Nursing / Therapist Notes", [
        H2("NURSING AND THERAPIST NOTES"),
        P(f"Nursing {dates[0]}: vitals stable, antiemetic given, dexamethasone 4 mg as ordered. Patient education done."),
        P(f"Therapist {dates[min(fx, len(dates)) - 1]}: " + (f"setup verified, {igrt}. " if verify else "setup as per plan. ")
          + therapist_extra),
    ]))
    sfx = summary_fx if summary_fx is not None else fx
    sd = summary_dose or {}
    docs.append(("Completion Summary", [
        H2("TREATMENT COMPLETION SUMMARY"),
        P(f"Course completed {dates[fx - 1]}: {sfx} fraction{'s' if sfx > 1 else ''}. Delivered: "
          + "; ".join(f"{x.label} ({x.loc}) {gy(sd.get(x.label, x.dose))} Gy" for x in lesions)
          + f". Unit: {unit}. Tolerated well."),
        sig("radiation oncologist " + dates[fx - 1]),
    ]))
    if followup:
        docs.append(("Follow-up Note", [H2("FOLLOW-UP VISIT"),
                                        P("Interval history (copied forward): " + diag + ". "
                                          + (f"Earlier: {prior}. " if prior else "")
                                          + "Stereotactic course completed " + dates[fx - 1] + " to "
                                          + ", ".join(x.words for x in lesions) + "."),
                                        P(followup)]))
    if billing:
        docs.append(("Charge Capture", [H2("CHARGE CAPTURE"), RuledTable([("Date", "Code", "Description")] + billing)]))

    if shuffle:
        docs = docs[1::2] + docs[0::2]
    # split into files
    per = -(-len(docs) // files)
    out = []
    N = len(docs)
    hdr = [f"{clinic} - release of information copy",
           f"{P_}   MRN {M}   DOB {dob}"]
    for k in range(files):
        chunk = docs[k * per:(k + 1) * per]
        if not chunk:
            continue
        base = f"{k + 1}_part.{'txt' if k in txt else 'pdf'}"
        if k in txt:
            lines = [f"{clinic} | {P_} | {M} | DOB {dob}", f"Printed by {printed_by}", ""]
            for j, (title, blocks) in enumerate(chunk, k * per + 1):
                lines.append(SEPS[sep](j, N, title))
                for b in blocks:
                    lines.extend(_text(b))
                lines.append("")
            lines.append(FOOT)
            out.append(Doc(base, text="\n".join(lines) + "\n"))
        else:
            pages = []
            for j, (title, blocks) in enumerate(chunk, k * per + 1):
                pages.append([P(SEPS[sep](j, N, title)), *blocks])
            opts = dict(header=hdr, page_numbers=f"Printed by {printed_by}   Page {{n}} of {{total}}")
            if k in scan:
                opts.update(scan=True, scan_dpi=150 + 25 * (n % 3))
            out.append(Doc(base, pages, opts=opts))
    return out


def _text(b):
    from pdfmaker import Heading, Paragraph, Signature
    if isinstance(b, Heading | Paragraph):
        return [b.text]
    if isinstance(b, Signature):
        return [b.text]
    if isinstance(b, KeyValue):
        return [f"{k}: {v}" for k, v in b.rows]
    if isinstance(b, RuledTable):
        return [" | ".join(r) for r in b.rows]
    raise TypeError(b)


# ==================================================================================================
# Cranial (10)
# ==================================================================================================

_l = [Les("Lesion 1", "right frontal lobe", "PTV_R_Front", 1.6, 20, 1, words="the right frontal metastasis")]
add(name="b40_01", kind="bundle", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Whole episode of one right frontal metastasis, 20 Gy x 1 on a gantry linac with a frameless mask. "
          "Copy-forward history of whole-brain radiotherapy 30 Gy / 10 in 2021 (an earlier course, not this one). "
          "Lesion named Lesion 1 / right frontal lobe / PTV_R_Front / 1.6 cm across documents.",
    docs=episode(1, clinic="HOLLOWMERE GENERAL HOSPITAL", system="ORRERY-PLAN 4", dob="04/11/1961",
                 printed_by="ROI-CLERK3 on 03/20/2027 09:14", diag="Brain metastasis, non-small cell lung cancer",
                 unit="6 MV gantry linear accelerator with HD MLC", lesions=_l, fx=1, dates=["02/09/2027"],
                 sim="Frameless thermoplastic mask made 02/03/2027; planning CT 1 mm slices acquired the same day.",
                 igrt="CBCT + 6D couch, shifts < 1 mm", referral_from="Dr. Anwen Tollbridge, medical oncology",
                 imaging_text="MRI brain with gadolinium, 1 mm volumetric T1 (planning MRI), 02/02/2027; fused to the planning CT.",
                 prior="whole-brain radiotherapy 30 Gy in 10 fractions in March 2021 for multiple small metastases",
                 mri_extra=None, followup="Follow-up 05/2027: the right frontal lesion is smaller. No new lesions.",
                 files=3, scan=(1,), sep=0))

_l = [Les("Met A", "left parietal", "PTV_L_Par", 1.1, 20, 1, words="a small left parietal deposit"),
      Les("Met B", "right cerebellar hemisphere", "PTV_R_Cblm", 2.0, 18, 1, words="the larger lesion in the right cerebellum"),
      Les("Met C", "left occipital", "PTV_L_Occ", 0.6, 20, 1, words="a punctate left occipital focus")]
add(name="b40_02", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 3, 1, ["CT", "MRI"], ["mask"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Three metastases (A/B/C, also named by location, structure and size) in one session on a gantry linac; "
          "the planning MRI also lists a 2 mm right frontal dural enhancement that was observed, not treated, and the "
          "follow-up note reports two new lesions found after the course (treated later, not this course). "
          "The record is partly a plain-text export.",
    docs=episode(2, clinic="ST. BRENDA'S REGIONAL CANCER CENTRE", system="CALYX TPS 9.1", dob="12/30/1957",
                 printed_by="hiu_export (batch 44)", diag="Multiple brain metastases, melanoma",
                 unit="gantry linac, 6 MV FFF", lesions=_l, fx=1, dates=["07/14/2026"],
                 sim="Open-face thermoplastic mask with bite block, CT simulation 1.25 mm, 07/08/2026.",
                 igrt="CBCT and surface guidance", referral_from="Dr. Ilse Varnow, dermatology-oncology",
                 imaging_text="Contrast MRI brain 07/07/2026 (stereotactic protocol), fused with simulation CT.",
                 prior=None, mri_extra="2 mm right frontal dural enhancement, likely vascular, observation only (not a target)",
                 followup="10/2026 MRI: treated lesions regressing. Two NEW lesions (right temporal 4 mm, left frontal 6 mm) found; planned for a separate SRS course next month.",
                 files=3, txt=(2,), sep=1))

_l = [Les("Target 1", "right frontal", "T1_RFront", 1.2, 20, 1), Les("Target 2", "left temporal", "T2_LTemp", 1.8, 18, 1),
      Les("Target 3", "dorsal pons (within the brainstem)", "T3_Pons", 0.8, 14, 1, cx=C, desc="brainstem lesion", words="the pontine lesion"),
      Les("Target 4", "left cerebellar", "T4_LCblm", 1.0, 20, 1), Les("Target 5", "right occipital", "T5_ROcc", 0.9, 20, 1)]
add(name="b40_03", kind="bundle", codes=["77371", "77432", "61798", "61797", "61800"],
    facts=F("cobalt60", ["cranial"], 5, 1, ["CT", "MRI"], ["frame"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Cobalt-60 multi-source unit with a stereotactic head frame: five metastases in one session, one in the dorsal "
          "pons (complex, 14 Gy) and four simple (18-20 Gy). Frame co-ordinate check as verification. Follow-up note of a "
          "new lesion later. Second file scanned.",
    docs=episode(3, clinic="PELLINGHAM NEUROSCIENCES INSTITUTE", system="SECTOR-DOSE 11", dob="08/02/1950",
                 printed_by="mrecords.temp2 06/03/2027", diag="Five brain metastases, renal cell carcinoma",
                 unit="multi-source cobalt-60 radiosurgery unit (192 sources)", lesions=_l, fx=1, dates=["04/21/2027"],
                 sim="Stereotactic head frame applied under local anaesthetic 04/21/2027 06:40 (four pins); stereotactic CT and MRI with the fiducial box the same morning.",
                 igrt="frame co-ordinate check 0.3 mm", referral_from="Dr. Matteo Quell, urology-oncology",
                 imaging_text="Stereotactic MRI T1+Gd 1 mm with frame fiducials, 04/21/2027; stereotactic CT for the skull model.",
                 prior=None, mri_extra="a sixth 3 mm focus in the left frontal lobe considered a vessel, not targeted",
                 followup="08/2027: a new 5 mm right parietal lesion; will be discussed for further radiosurgery.",
                 files=3, scan=(1,), sep=2))

_l = [Les("Cavity", "left frontal resection cavity", "PTV_Cav_LFront", 3.1, 30, 5, words="the left frontal surgical bed")]
add(name="b40_04", kind="bundle", codes=["77373", "77435", "61796"],
    facts=F("linac", ["cranial"], 1, 5, ["CT", "MRI"], ["mask"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Post-operative left frontal resection cavity 30 Gy in 5 fractions (fractionated SRS) on a gantry linac with a mask. "
          "The consult copies forward an earlier radiosurgery course of 2019 to a right cerebellar lesion (18 Gy), not this "
          "course. Delivery in five dated on-treatment visit notes with running totals in Gy.",
    docs=episode(4, clinic="FENWICK CROSS UNIVERSITY HOSPITAL", system="TALLOWPLAN 3", dob="06/19/1966",
                 printed_by="K. ROI-desk, Page export", diag="Resected left frontal metastasis, breast cancer",
                 unit="6 MV gantry linac", lesions=_l, fx=5, dates=["09/07/2026", "09/08/2026", "09/09/2026", "09/10/2026", "09/11/2026"],
                 sim="Thermoplastic SRS mask fabricated 08/31/2026; non-contrast CT simulation 1 mm.",
                 igrt="kV pair + CBCT", referral_from="Dr. Yannick Brask, neurosurgery",
                 imaging_text="Post-operative MRI brain with contrast 08/28/2026, 1 mm T1 MPRAGE, fused to CT.",
                 prior="radiosurgery 18 Gy in one fraction to a right cerebellar metastasis in 2019 at another centre",
                 mri_extra=None, followup="3-month MRI: cavity stable, no local recurrence.", files=4, scan=(2,), sep=3, record="otv"))

_l = [Les("Lesion A", "right temporal lobe", "PTV_RTemp_38", 3.8, 27, 3, cx=C, desc="3.8 cm", words="the large right temporal mass")]
add(name="b40_05", kind="bundle", codes=["77373", "77435", "61798"],
    facts=F("linac", ["cranial"], 1, 3, ["CT", "MRI"], ["mask"]), lesions=[x.gold() for x in _l], categories=cats(),
    contradiction="The daily treatment record shows three fractions of 900 cGy (2700 cGy) while the completion summary states five fractions.",
    notes="Fractionated SRS of one 3.8 cm right temporal metastasis (complex by size) 27 Gy in 3 fractions on a gantry linac; "
          "the completion summary says 5 fractions against a treatment record of 3 (labelled from the record). Dictated consult "
          "with doses in words.",
    docs=episode(5, clinic="GARROWAY MEMORIAL", system="MERIDIAN SKYPLAN", dob="01/25/1948",
                 printed_by="print-chart svc (user HIM04)", diag="Large right temporal metastasis, colorectal cancer",
                 unit="gantry linear accelerator 6 MV FFF", lesions=_l, fx=3, dates=["11/02/2026", "11/04/2026", "11/06/2026"],
                 sim="Frameless mask; CT simulation with contrast 10/27/2026.", igrt="CBCT each fraction",
                 referral_from="Dr. Oona Pellew, GI oncology", imaging_text="MRI brain 10/26/2026 T1 post-contrast 1 mm; planning MRI fused.",
                 prior=None, mri_extra="small left frontal FLAIR changes, non-specific", followup=None,
                 summary_fx=5, files=3, sep=4))

_l = [Les(f"Met {i}", loc, st, sz, d, 1) for i, (loc, st, sz, d) in enumerate([
    ("right frontal", "PTV1_RFr", 0.8, 20), ("left frontal", "PTV2_LFr", 1.0, 20), ("right parietal", "PTV3_RPar", 0.5, 20),
    ("left parietal", "PTV4_LPar", 1.3, 20), ("right occipital", "PTV5_ROcc", 0.7, 20), ("left cerebellar", "PTV6_LCb", 1.9, 18),
    ("right cerebellar", "PTV7_RCb", 0.6, 20), ("left temporal", "PTV8_LTmp", 1.1, 20)], 1)]
add(name="b40_06", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 8, 1, ["CT", "MRI"], ["mask"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Eight metastases in one single-isocentre session on a gantry linac, mask, 20 Gy to seven and 18 Gy to the 1.9 cm "
          "left cerebellar one. Two files, the treatment record in a plain-text export (eight rows for one fraction).",
    docs=episode(6, clinic="WYCHBOLD COUNTY CANCER SERVICE", system="ASTERION MultiTarget 2", dob="10/10/1955",
                 printed_by="ROI/extract 2026-12-15 14:02", diag="Eight brain metastases, small-volume, lung adenocarcinoma",
                 unit="gantry linac 10 MV FFF, single isocentre", lesions=_l, fx=1, dates=["12/01/2026"],
                 sim="Thermoplastic mask, CT simulation 11/24/2026.", igrt="CBCT + surface monitoring",
                 referral_from="Dr. Hester Lomax, thoracic oncology", imaging_text="3T MRI brain post contrast 11/23/2026.",
                 prior=None, mri_extra=None, followup="Follow-up 03/2027: seven lesions smaller, one stable.", files=2, txt=(1,), sep=0, dictated=False))

_l = [Les("Lesion 1", "suprasellar, 3 mm from the optic chiasm", "PTV_Supra", 1.4, 25, 5, cx=C, desc="3 mm from the chiasm", words="the suprasellar lesion"),
      Les("Lesion 2", "right frontal", "PTV_RFr", 1.2, 25, 5, words="a right frontal lesion")]
add(name="b40_07", kind="bundle", codes=["77373", "77435", "61798", "61797", "61800", "G0339"],
    facts=F("robotic_linac", ["cranial"], 2, 5, ["CT", "MRI"], ["mask"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Robotic-arm linac, two lesions 25 Gy in 5 fractions: one suprasellar 3 mm from the chiasm (complex) and one simple "
          "right frontal; mask, skull tracking. 61800 claimed without a frame (inconsistent).",
    docs=episode(7, clinic="OSTRAVEL ROBOTIC RADIOSURGERY CENTRE", system="ARMATURE PLAN 6", dob="03/03/1970",
                 printed_by="chartprint (svc-him)", diag="Two brain metastases, one suprasellar near the chiasm",
                 unit="robotic-arm mounted 6 MV linac", lesions=_l, fx=5, dates=["01/11/2027", "01/12/2027", "01/13/2027", "01/14/2027", "01/15/2027"],
                 sim="Soft thermoplastic mask; CT 1 mm and MRI fusion 01/05/2027.", igrt="skull tracking with orthogonal kV images",
                 referral_from="Dr. Laszlo Finch, neuro-oncology", imaging_text="MRI brain with contrast 01/04/2027, thin-slice.",
                 prior=None, mri_extra=None, followup=None, files=3, scan=(0,), sep=1,
                 billing=[("01/11/2027", "G0339", "robotic SRS, first session"), ("01/15/2027", "77435", "SBRT management")], record="kv"))

_l = [Les("Schwannoma", "left vestibular (cerebellopontine angle)", "GTV_VS_L", 1.7, 12, 1, cx=C, desc="vestibular schwannoma", words="the left acoustic neuroma")]
add(name="b40_08", kind="bundle", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 1, ["CT", "MRI"], ["mask"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Left vestibular schwannoma (complex by tumour type) 12 Gy in one session on a gantry linac with a mask; claimed "
          "61796 (simple) is inconsistent. Named schwannoma / acoustic neuroma / GTV_VS_L / CPA lesion.",
    docs=episode(8, clinic="BRACKENHURST ENT & SKULL BASE", system="CORVID PLAN", dob="07/07/1963",
                 printed_by="print job 88213 (HIM)", diag="Left vestibular schwannoma, growing", unit="gantry linac, 6 MV, cones",
                 lesions=_l, fx=1, dates=["05/18/2027"], sim="Frameless mask 05/10/2027; CT 1 mm.", igrt="CBCT",
                 referral_from="Dr. Petra Umbers, otolaryngology", imaging_text="MRI internal auditory canals, CISS and T1+Gd 0.8 mm, 05/09/2027.",
                 prior=None, mri_extra=None, followup="6 months: stable, hearing unchanged.", files=2, sep=2, dictated=True))

_l = [Les("Lesion 1", "left frontal", "PTV_LF", 1.5, 20, 1), Les("Lesion 2", "right parietal", "PTV_RP", 2.4, 18, 1, words="the bigger right parietal metastasis")]
add(name="b40_09", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 2, 1, ["CT", "MRI"], ["mask"]), lesions=[x.gold() for x in _l], categories=cats(),
    contradiction="The prescription and treatment record give the right parietal lesion 1800 cGy, while the completion summary states 20 Gy.",
    notes="Two metastases in one session on a gantry linac (20 Gy and 18 Gy); the completion summary gives the right parietal "
          "lesion 20 Gy against 18 Gy in the prescription and record (labelled from the record). Documents in shuffled order.",
    docs=episode(9, clinic="TEMPLECOMBE HEALTH", system="ORRERY-PLAN 5", dob="02/14/1959",
                 printed_by="ROI request #5512", diag="Two brain metastases, breast cancer", unit="gantry linac 6 MV FFF",
                 lesions=_l, fx=1, dates=["08/30/2026"], sim="Mask and CT simulation 08/24/2026.", igrt="CBCT + 6DoF",
                 referral_from="Dr. Corin Dallow, breast oncology", imaging_text="Planning MRI 08/23/2026 T1 contrast 1 mm.",
                 prior="lumpectomy and breast radiotherapy 2018", mri_extra=None,
                 followup="Follow-up: response in both. A later course in 2027 treated a new lesion (separate episode).",
                 summary_dose={"Lesion 2": 20}, shuffle=True, files=3, sep=3))

_l = [Les("#1", "right frontal", "PTV_a", 0.9, 20, 1), Les("#2", "left occipital", "PTV_b", 1.4, 20, 1),
      Les("#3", "right cerebellar", "PTV_c", 1.0, 20, 1), Les("#4", "left parietal", "PTV_d", 2.1, 18, 1)]
add(name="b40_10", kind="bundle", codes=["77372", "77432", "61796", "61797"],
    facts=F("linac", ["cranial"], 4, 1, ["MRI"], ["mask"]), lesions=[x.gold() for x in _l],
    categories=cats(delivery_verification=False),
    notes="Four metastases in one session on a gantry linac with a mask; imaging MRI only (no planning CT mentioned). No image "
          "guidance, frame check or delivery QA documented anywhere: delivery verification not met. Radiology report lists a "
          "fifth lesion not treated (described as a vessel).",
    docs=episode(10, clinic="CRANSLEY INFIRMARY", system="LODESTAR TPS", dob="09/09/1974",
                 printed_by="ehr.print (user rlynch2)", diag="Four brain metastases, lung cancer", unit="gantry linac 6 MV",
                 lesions=_l, fx=1, dates=["10/05/2026"], sim="Thermoplastic mask made 09/30/2026 in the mould room.", igrt="",
                 referral_from="Dr. Wenna Hask, respiratory", imaging_text="MRI brain with contrast, 1 mm, 09/29/2026 used for planning.",
                 prior=None, mri_extra="fifth 2 mm left frontal focus, probably vascular, not treated", followup=None,
                 verify=False, physics=False, files=3, scan=(2,), sep=4))

# ==================================================================================================
# Spine (3)
# ==================================================================================================

_l = [Les("T8", "T8 vertebral body", "PTV_T8", 3.0, 24, 2, site="spinal", words="the T8 metastasis")]
add(name="b40_11", kind="bundle", codes=["77373", "77435", "63620"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Spine SBRT of T8 24 Gy in 2 fractions on a gantry linac with a vacuum cushion; copy-forward text recalls palliative "
          "radiotherapy 20 Gy / 5 to L4 in 2022 (an earlier course).",
    docs=episode(11, clinic="MARLOWE BAY HOSPITAL", system="VERTEBRA-PLAN 2", dob="05/05/1952",
                 printed_by="roi.batch 2027-02-02", diag="T8 vertebral metastasis, prostate cancer", unit="gantry linac 6 MV FFF",
                 lesions=_l, fx=2, dates=["01/18/2027", "01/20/2027"], sim="Full-body vacuum cushion, CT simulation 1 mm 01/11/2027.",
                 igrt="CBCT, 6DoF couch", referral_from="Dr. Aurel Stint, urology", imaging_text="MRI thoracic spine 01/10/2027 fused to CT.",
                 prior="palliative radiotherapy 20 Gy in 5 fractions to L4 in 2022", mri_extra="small T11 lesion without cord compromise, for observation",
                 followup="3 months: pain resolved. New T11 progression treated later in a separate course.", files=3, sep=0, record="otv"))

_l = [Les("Lesion 1", "T12", "PTV_T12", 2.5, 27, 3, site="spinal"), Les("Lesion 2", "L3", "PTV_L3", 2.8, 27, 3, site="spinal")]
add(name="b40_12", kind="bundle", codes=["77373", "77435", "63620", "63621", "G0339", "G0340"],
    facts=F("robotic_linac", ["spinal"], 2, 3, ["CT", "MRI"], ["body_immobilization"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Two separate spinal metastases (T12 and L3) 27 Gy in 3 fractions each on a robotic-arm linac with spine tracking and "
          "a vacuum cushion. Record partly plain text.",
    docs=episode(12, clinic="HEATHERGATE ONCOLOGY", system="ARMATURE PLAN 6", dob="11/11/1960",
                 printed_by="print-all (HIM clerk 7)", diag="Spinal metastases T12 and L3, renal cell carcinoma",
                 unit="robotic-arm linac 6 MV", lesions=_l, fx=3, dates=["03/01/2027", "03/03/2027", "03/05/2027"],
                 sim="Vacuum cushion; CT simulation with MRI fusion 02/22/2027.", igrt="spine tracking kV images",
                 referral_from="Dr. Ruth Oakhanger, urology-oncology", imaging_text="MRI whole spine 02/20/2027.",
                 prior=None, mri_extra=None, followup=None, files=3, txt=(2,), sep=1, dictated=False))

_l = [Les("Target", "T5-T6 (one contiguous target)", "PTV_T5T6", 5.0, 24, 2, site="spinal", words="the T5-6 epidural disease")]
add(name="b40_13", kind="bundle", codes=["77373", "77435", "63620", "63621"],
    facts=F("linac", ["spinal"], 1, 2, ["CT", "MRI"], ["body_immobilization"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Post-operative re-irradiation of T5-T6 treated as one contiguous target, 24 Gy in 2 fractions on a gantry linac; "
          "prior conventional 30 Gy / 10 to the same region in 2023 in copy-forward text. 63621 claimed for a second level "
          "that is part of the same target (inconsistent).",
    docs=episode(13, clinic="ROOKSBY SPINE AND ONCOLOGY", system="VERTEBRA-PLAN 2", dob="12/01/1949",
                 printed_by="ROI-CLERK1 (page dump)", diag="Post-operative T5-T6 metastasis after decompression",
                 unit="gantry linac 6 MV", lesions=_l, fx=2, dates=["06/14/2027", "06/16/2027"],
                 sim="Vacuum body immobilization and CT simulation 06/07/2027.", igrt="CBCT with 6DoF correction",
                 referral_from="Dr. Gideon Stray, spinal surgery", imaging_text="Post-operative MRI thoracic spine 06/05/2027.",
                 prior="conventional radiotherapy 30 Gy in 10 fractions to T4-T7 in 2023", mri_extra=None,
                 followup="Follow-up 09/2027: stable; no new spinal lesions.", files=3, scan=(1,), sep=2))

# ==================================================================================================
# Body SBRT (5)
# ==================================================================================================

_l = [Les("RUL nodule", "right upper lobe peripheral", "PTV_RUL", 2.2, 54, 3, site="body", words="the right upper lobe nodule")]
add(name="b40_14", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 3, ["CT", "PET"], ["body_immobilization"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Peripheral right upper lobe lung SBRT 54 Gy in 3 fractions on a gantry linac, 4DCT simulation with a vacuum cushion, "
          "PET-CT staging used for planning.",
    docs=episode(14, clinic="DUNSTABLE MOOR CHEST UNIT", system="PULMO-PLAN 8", dob="04/04/1945",
                 printed_by="chart export svc 02/20/2027", diag="Stage I NSCLC, right upper lobe", unit="gantry linac 6 MV FFF",
                 lesions=_l, fx=3, dates=["02/02/2027", "02/04/2027", "02/08/2027"],
                 sim="4DCT simulation with vacuum cushion and arms up 01/26/2027, ITV from 10 phases.", igrt="CBCT each fraction",
                 referral_from="Dr. Sigrid Hallow, respiratory medicine", imaging_text="PET-CT 01/20/2027 used for target definition; 4DCT planning CT.",
                 prior=None, mri_extra="a 4 mm left lower lobe nodule, indeterminate, surveillance", followup="3 months: partial response.",
                 files=3, sep=3, record="kv"))

_l = [Les("Liver lesion", "segment VII", "PTV_Liv_S7", 3.2, 45, 3, site="body", words="the segment 7 metastasis")]
add(name="b40_15", kind="bundle", codes=["77373", "77435", "G0339", "G0340"],
    facts=F("robotic_linac", ["body"], 1, 3, ["CT", "MRI"], ["fiducials", "body_immobilization"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Liver segment VII metastasis 45 Gy in 3 fractions on a robotic-arm linac with gold fiducials and respiratory tracking, "
          "vacuum cushion; planning CT and MRI.",
    docs=episode(15, clinic="CALDERBROOK HEPATOBILIARY CENTRE", system="ARMATURE PLAN 6", dob="08/08/1958",
                 printed_by="RELEASE-OF-INFO 2027/0419", diag="Colorectal liver metastasis, segment VII", unit="robotic-arm linac 6 MV",
                 lesions=_l, fx=3, dates=["04/05/2027", "04/07/2027", "04/09/2027"],
                 sim="Three gold fiducials placed percutaneously 03/22/2027; vacuum cushion; contrast CT and liver MRI 03/29/2027.",
                 igrt="fiducial tracking with respiratory model", referral_from="Dr. Benedikt Orm, HPB surgery",
                 imaging_text="MRI liver with hepatobiliary contrast 03/29/2027 fused with planning CT.",
                 prior="right hemicolectomy 2024", mri_extra="two subcentimetre segment II cysts", followup=None,
                 files=2, scan=(0,), sep=4))

_l = [Les("Prostate", "prostate gland", "PTV_Prost", 4.0, 36.25, 5, site="body", words="the prostate")]
add(name="b40_16", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["fiducials"]), lesions=[x.gold() for x in _l], categories=cats(),
    contradiction="The on-treatment visit notes record five fractions of 725 cGy (running total 36.25 Gy) while the completion summary states four fractions.",
    notes="Prostate SBRT 36.25 Gy in 5 fractions on a gantry linac with implanted fiducials, MRI and CT; the completion summary "
          "says 4 fractions against five dated on-treatment visit notes (labelled from the visit notes). Simulation to physics check in a plain-text file.",
    docs=episode(16, clinic="ABBOTSLEA UROLOGY & RADIOTHERAPY", system="PELVIS-PLAN 2", dob="03/17/1956",
                 printed_by="him_user19", diag="Low-intermediate risk prostate adenocarcinoma", unit="gantry linac 10 MV",
                 lesions=_l, fx=5, dates=["05/03/2027", "05/05/2027", "05/07/2027", "05/10/2027", "05/12/2027"],
                 sim="Three intraprostatic gold fiducials placed 04/12/2027; CT and MRI simulation 04/19/2027 with full bladder.",
                 igrt="kV fiducial match + CBCT", referral_from="Dr. Cassian Mott, urology", imaging_text="Prostate MRI 04/19/2027 fused to planning CT.",
                 prior=None, mri_extra=None, followup="PSA falling at 3 months.", summary_fx=4, files=3, txt=(1,), sep=0, record="otv"))

_l = [Les("Pancreas", "pancreatic head", "PTV_PanHead", 3.0, 33, 5, site="body", words="the pancreatic head tumour")]
add(name="b40_17", kind="bundle", codes=["77373", "77435", "77372"],
    facts=F("linac", ["body"], 1, 5, ["CT", "MRI"], ["body_immobilization"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Pancreatic head SBRT 33 Gy in 5 fractions on an MR-linac (gantry) with daily adaptive MRI guidance and body "
          "immobilization; 77372 claimed in error (cranial single session).",
    docs=episode(17, clinic="NORTHCAPE ADAPTIVE RADIOTHERAPY", system="MAGNAPLAN Adaptive", dob="09/21/1951",
                 printed_by="print chart (user adv.roi)", diag="Locally advanced pancreatic adenocarcinoma", unit="MR-linac (1.5 T, gantry-based)",
                 lesions=_l, fx=5, dates=["07/06/2027", "07/07/2027", "07/08/2027", "07/09/2027", "07/12/2027"],
                 sim="Body immobilization with knee support and arm bridge; CT and MRI simulation 06/28/2027.", igrt="daily MRI adaptive + cine gating",
                 referral_from="Dr. Ines Carrow, GI oncology", imaging_text="Pancreas-protocol CT 06/20/2027 and simulation MRI 06/28/2027.",
                 prior="FOLFIRINOX six cycles 2027", mri_extra=None, followup=None, files=3, sep=1, dictated=False))

_l = [Les("Site 1", "left lower lobe", "PTV_LLL", 1.8, 50, 5, site="body", words="the left lower lobe nodule"),
      Les("Site 2", "right adrenal", "PTV_RAdr", 2.6, 40, 5, site="body", words="the right adrenal deposit")]
add(name="b40_18", kind="bundle", codes=["77373", "77435"],
    facts=F("linac", ["body"], 2, 5, ["CT", "PET"], ["body_immobilization"]), lesions=[x.gold() for x in _l], categories=cats(),
    notes="Oligometastatic SBRT of two sites in one 5-fraction course on a gantry linac: left lower lobe 50 Gy and right adrenal "
          "40 Gy, vacuum cushion, 4DCT and PET-CT. Follow-up reports a new liver lesion (not this course).",
    docs=episode(18, clinic="WHITSTONE ONCOLOGY PARTNERS", system="PULMO-PLAN 8", dob="10/30/1962",
                 printed_by="ROI-CLERK9 page export", diag="Oligometastatic NSCLC (lung and adrenal)", unit="gantry linac 6 MV FFF",
                 lesions=_l, fx=5, dates=["09/13/2027", "09/15/2027", "09/17/2027", "09/20/2027", "09/22/2027"],
                 sim="Vacuum cushion, 4DCT simulation 09/06/2027.", igrt="CBCT every fraction",
                 referral_from="Dr. Elowen Rusk, thoracic oncology", imaging_text="PET-CT 08/30/2027 fused to the 4DCT planning scan.",
                 prior=None, mri_extra=None, followup="12/2027: new 1.5 cm liver lesion; SBRT to be considered separately.",
                 files=4, scan=(3,), sep=2, record="kv"))

# ==================================================================================================
# Hard negatives (2)
# ==================================================================================================

_h = "HAZELTON VALE HOSPITAL - release of information copy"
add(name="b40_19", kind="bundle", codes=["77372", "77432", "61796"],
    facts=F("linac", ["cranial"], 1, 10, ["CT"], ["mask"]), lesions=[L("whole brain", "cranial", S, 30, 10)],
    categories=cats(delivery_verification=False),
    notes="Hard negative (near-miss): a whole episode ending without stereotactic treatment. Referral and consult for eleven "
          "brain metastases with SRS discussed; the tumour board chose whole-brain radiotherapy, delivered as 30 Gy in 10 "
          "fractions with opposed lateral fields on a 6 MV linac (mask, CT simulation; the diagnostic MRI is not a planning "
          "study). Labelled as that conventional course: one whole-brain target, 10 fractions, so every SRS code is "
          "inconsistent and there is no delivery code. No image guidance or QA documented. Follow-up mentions salvage SRS "
          "only as a future possibility.",
    docs=[
        Doc("1_part.pdf", [[
            P("===== DOCUMENT 1 of 7: Referral ====="), H2("REFERRAL"),
            P("Please see regarding eleven brain metastases found on MRI, small cell lung cancer."), sig("Dr. Tamsin Ure, oncology 02/01/2027"),
        ], [
            P("===== DOCUMENT 2 of 7: Consultation ====="), H2("RADIATION ONCOLOGY CONSULTATION"),
            P("Dictated. Eleven lesions, the largest two centimetres in the right frontal lobe. We discussed stereotactic radiosurgery versus "
              "whole-brain radiotherapy. Given small cell histology and the number of lesions, whole brain is favoured; to be discussed at the board."),
        ], [
            P("===== DOCUMENT 3 of 7: Tumour board ====="), H2("TUMOUR BOARD"),
            P("Recommendation: whole-brain radiotherapy 30 Gy in 10 fractions with hippocampal avoidance not feasible. SRS not recommended."),
        ]], opts=dict(header=[_h, f"{patient(19)}   MRN {mrn(19)}   DOB 05/12/1954"], page_numbers="Printed by ROI-CLERK2   Page {n} of {total}")),
        Doc("2_part.pdf", [[
            P("===== DOCUMENT 4 of 7: Simulation ====="), H2("SIMULATION"),
            P("Thermoplastic mask, CT simulation 02/10/2027 for opposed lateral whole-brain fields."),
            P("Prescription: whole brain (target to C2), 3000 cGy in 10 fractions of 300 cGy, parallel-opposed lateral 6 MV fields, "
              "3D conformal plan, multileaf shielding of the eyes."),
        ], [
            P("===== DOCUMENT 5 of 7: Treatment record ====="), H2("TREATMENT RECORD - WHOLE BRAIN"),
            RuledTable([("Fx", "Date", "Field", "Dose", "Cumulative")] + [(str(i), f"02/{13 + i:02d}/2027", "WB opposed laterals", "300 cGy", f"{300 * i} cGy") for i in range(1, 11)]),
        ], [
            P("===== DOCUMENT 6 of 7: Completion summary ====="), H2("COMPLETION SUMMARY"),
            P("Whole-brain radiotherapy 30 Gy in 10 fractions completed 02/23/2027 on a 6 MV linac. No stereotactic treatment given."),
        ], [
            P("===== DOCUMENT 7 of 7: Follow-up ====="), H2("FOLLOW-UP VISIT 05/04/2027"),
            P("History (copied forward): eleven brain metastases, small cell lung cancer; SRS discussed at consultation, whole-brain "
              "radiotherapy 30 Gy in 10 fractions given instead (02/2027). MRI today: most lesions smaller. If an isolated lesion "
              "progresses, salvage radiosurgery could be considered in future. No treatment planned today."),
        ]], opts=dict(header=[_h, f"{patient(19)}   MRN {mrn(19)}   DOB 05/12/1954"], page_numbers="Printed by ROI-CLERK2   Page {n} of {total}",
                      scan=True, scan_dpi=200)),
    ])

_h = "QUARRENDEN NEURO-ONCOLOGY CLINIC :: chart print"
_b20 = dict(header=[_h, f"{patient(20)}   MRN {mrn(20)}   DOB 06/06/1968"], page_numbers="Printed by chartprint.u4   Page {n} of {total}")
add(name="b40_20", kind="bundle", codes=["77372", "77432", "61796"],
    facts=NONE, lesions=[], categories=NO_CATS,
    notes="Hard negative: an episode of follow-up only after radiosurgery in 2025 (two lesions, 20 Gy each on a gantry linac "
          "with a mask, recalled in copy-forward text with its old plan table): surveillance MRI reports, three follow-up "
          "notes, a nursing phone note, a tumour board entry and a letter; a new 3 mm lesion is observed, not treated. "
          "Nothing delivered in this episode. Facts empty, categories unmet.",
    docs=[
        Doc("1_followups.txt", text=f"""
QUARRENDEN NEURO-ONCOLOGY CLINIC | {patient(20)} | {mrn(20)} | DOB 06/06/1968
Printed by chartprint.u4

--- Follow-up visit 03/02/2027 --- [item 1/5]
History (copied forward): Radiosurgery in May 2025 to two brain metastases, left frontal 20 Gy and right cerebellar 20 Gy, single session, mask, gantry linac, CBCT guided. Course completed 05/14/2025.
Today: well, no headaches. MRI reviewed: treated lesions smaller. Plan: MRI in 3 months.

--- Nursing phone note 03/20/2027 --- [item 2/5]
Patient called about mild headache; advised paracetamol; no steroids needed. Next MRI confirmed for June.

--- MRI brain 06/01/2027 --- [item 3/5]
TECHNIQUE: MRI brain with and without gadolinium.
FINDINGS: post-radiosurgery changes left frontal and right cerebellar, decreasing. New 3 mm enhancing focus in the right occipital lobe.
IMPRESSION: probable new small metastasis; short-interval follow-up suggested.

--- Follow-up visit 06/08/2027 --- [item 4/5]
History (copied forward): Radiosurgery in May 2025 to two brain metastases, left frontal 20 Gy and right cerebellar 20 Gy, single session, mask, gantry linac.
New 3 mm right occipital focus. Discussed options; decision to observe and repeat MRI in 6 weeks. Radiosurgery could be considered if it grows. No treatment today.

--- Tumour board 06/10/2027 --- [item 5/5]
Agree with observation. Re-discuss after the next MRI.

{FOOT}
"""),
        Doc("2_history.pdf", [[
            H2("PRIOR TREATMENT SUMMARY (2025 course, reprinted for reference)"),
            P("This page reproduces the completion summary of the 2025 course. It is not a new course."),
            RuledTable([("Target", "Location", "Dose", "Fractions", "Date"),
                        ("PTV_LFr", "left frontal", "2000 cGy", "1", "05/14/2025"),
                        ("PTV_RCb", "right cerebellar", "2000 cGy", "1", "05/14/2025")]),
        ], [
            H2("MRI BRAIN 07/20/2027"),
            P("FINDINGS: the right occipital focus now 4 mm (was 3 mm). Treated left frontal and right cerebellar sites stable."),
            P("IMPRESSION: slight growth of the right occipital focus."),
        ], [
            H2("FOLLOW-UP VISIT 07/22/2027"),
            P("Interval history copied forward from 06/08/2027. The right occipital focus has grown to 4 mm. We discussed radiosurgery; "
              "the patient prefers to wait for the next scan in 8 weeks. Radiosurgery will be booked if it grows further. No radiation given."),
            sig("radiation oncologist 07/22/2027"),
        ]], opts=dict(_b20, scan=True, scan_dpi=175)),
        Doc("3_letter.pdf", [[
            H2("LETTER TO REFERRING PHYSICIAN"),
            P("Thank you for following this patient, treated with stereotactic radiosurgery in 2025. The two treated lesions continue to respond. "
              "A new right occipital lesion (now 4 mm) is being observed; we will arrange radiosurgery if it grows. No radiation was given at this time."),
            sig("radiation oncologist 07/22/2027"),
        ]], opts=_b20),
    ])


CORPUS = Corpus("blind_corpus40", "tests/blind_corpus40", CHARTS, pdf_options={"footer": FOOT, "font": "Helvetica"},
                hand_written=["README.md", "FIRST_RUN.md"])
