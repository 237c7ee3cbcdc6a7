"""What a target is in a body or spine SBRT course, and the words that are no count or name of one: an integrated
boost's two dose levels are one target at its high level; contiguous levels of one volume are one target; a bare
"both" that counts dose options is no lesion count; a pipe-delimited row's cell is no lesion's name; a primary
cancer's organ is not the site of its spine metastases; the number of a liver segment tells two lesions apart;
"25 s" (seconds) is no "s/p"."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import Heading, Spacer, TextTable, make_chart_pdf
from srscheck.nlp import read_course, read_text

SIB = """SBRT COURSE RECORD - PANCREAS
Unit: Varian TrueBeam. Target: pancreatic body tumour, one target with two dose levels.
Prescription: PTV_HIGH 35 Gy / 5 fx (7 Gy per fx); PTV_LOW 25 Gy / 5 fx (5 Gy per fx), simultaneous integrated boost.
CT simulation in a vacuum cushion, MRI fused. CBCT before each fraction.
Delivered 5 of 5 fractions 03/02/2026 - 03/09/2026: PTV_HIGH 35 Gy, PTV_LOW 25 Gy in 5 fractions to the pancreatic body.
"""


def test_an_integrated_boosts_two_levels_are_one_target_at_its_high_level() -> None:
    f = read_text(SIB).facts
    assert f.lesion_count.value == 1 and f.fractions.value == 5
    assert [(les.dose_gy, les.fractions) for les in f.lesions] == [(35.0, 5)]
    assert not read_text(SIB).review


SPINE = """SPINE SBRT SUMMARY
Unit: Elekta Versa HD. Post-operative L2-L4 metastasis after decompression. The CTV covers the L2 to L4 vertebral
bodies: these three contiguous levels make up a single target volume.
Rx: 27 Gy in 3 fractions to PTV_L2-L4. CT myelogram and MRI fused; BodyFIX vacuum cushion; CBCT each fraction.
Treated 02/02/2026, 02/04/2026 and 02/06/2026. Course complete.
"""


def test_contiguous_levels_of_one_volume_are_one_target() -> None:
    f = read_text(SPINE).facts
    assert f.lesion_count.value == 1 and f.sites.value == ["spinal"]
    assert [(les.dose_gy, les.fractions) for les in f.lesions] == [(27.0, 3)]


OPTIONS = """LUNG SBRT COMPLETION NOTE
Central left lower lobe tumour, 2.9 cm. We considered sixty gray in eight fractions and fifty gray in five fractions;
both were judged too risky next to the bronchus, and we chose fifty gray in ten fractions, delivered on the TrueBeam
with four dimensional CT simulation in a vacuum cushion. She completed fifty gray in ten fractions to the left lower
lobe tumour on 03/20/2026.
"""


def test_both_said_of_two_dose_options_counts_no_lesions() -> None:
    f = read_text(OPTIONS).facts
    assert f.lesion_count.value == 1
    assert [(les.dose_gy, les.fractions) for les in f.lesions] == [(50.0, 10)]


FLOWSHEET = """SBRT EXPORT
Site: RUL peripheral | Technique: SBRT | Dose per fraction: 18 Gy | Fractions: 3 | Tracking: Lung phantom 2-view

FX | DATE       | PLAN     | DOSE  | TRACKING           | NOTE
1  | 04/06/2026 | RUL v1 | 1800 cGy | Lung phantom 2-view | setup 30 min
2  | 04/08/2026 | RUL v1 | 1800 cGy | Lung phantom 2-view | uneventful
3  | 04/10/2026 | RUL v1 | 1800 cGy | Lung phantom 2-view | course complete

Completed SBRT to the right upper lobe nodule, 54 Gy in 3 fractions.
"""


def test_a_pipe_rows_cells_are_no_lesion_names() -> None:
    f = read_text(FLOWSHEET).facts
    assert f.lesion_count.value == 1
    assert "|" not in f.lesions[0].name
    assert [(les.dose_gy, les.fractions) for les in f.lesions] == [(54.0, 3)]


PALLIATIVE = """RADIOTHERAPY PRESCRIPTION
Diagnosis: metastatic breast carcinoma, painful L3-L4 vertebral metastases.
Technique: parallel opposed AP/PA on the Clinac. Dose: 20 Gy in 5 fractions, daily.
Completed 20 Gy in 5 daily fractions to L3-L4 on 05/08/2026.
"""


def test_the_primary_cancers_organ_is_not_the_site_of_its_spine_metastases() -> None:
    f = read_text(PALLIATIVE).facts
    assert f.sites.value == ["spinal"]


def test_a_liver_segments_number_tells_its_lesion_apart(tmp_path: Path) -> None:
    plan = make_chart_pdf(tmp_path / "1_plan.pdf", [[
        Heading("Liver SBRT Plan Report"),
        "Unit: Varian TrueBeam. Breath-hold CT simulation in a vacuum cushion; CBCT before each fraction.",
        Spacer(),
        TextTable([("Target", "Rx", "Fx"), ("PTV_segVII", "50 Gy", "5"), ("PTV_segIII", "40 Gy", "5")],
                  columns=(0, 120, 200)),
    ]])
    summary = tmp_path / "2_summary.txt"
    summary.write_text("LIVER SBRT COMPLETION SUMMARY\nTreated 06/01/2026 - 06/09/2026, 5 fractions.\n"
                       "  - Segment VII metastasis: 50 Gy in 5 fractions\n"
                       "  - Segment III metastasis: 35 Gy in 5 fractions\n", encoding="utf-8")
    r = read_course([plan, summary])
    assert sorted(les.dose_gy for les in r.facts.lesions) == [40.0, 50.0]
    assert any("35 Gy" in f.message for f in r.review)  # the summary gives segment III another dose


SECONDS = """MR-LINAC COURSE LOG
Unit: ViewRay MRIdian. Left adrenal metastasis, 40 Gy in 5 fractions, delivered 07/06/2026 - 07/10/2026.
Simulation: MR simulation (0.35 T, 25 s breath hold) and CT simulation (electron density), both in a vacuum
cushion with arms up.
"""


def test_seconds_are_no_status_post() -> None:
    f = read_text(SECONDS).facts
    assert f.imaging.value == ["CT", "MRI"]
    assert f.positioning.value == ["body_immobilization"]


TWO_SITES = """RADIATION ONCOLOGY COURSE SUMMARY
A 1.2 cm left occipital brain metastasis and a 3.1 cm right adrenal metastasis were treated in one course.
Single-fraction SRS 18 Gy was considered for the brain lesion; with the adrenal needing 3 fractions we chose 24 Gy in
3 for the brain so that both targets share the sessions.
Mask and CT head with MRI fused for the brain; vacuum cushion and 4DCT for the adrenal. CBCT each session.
Completed: left occipital metastasis 24 Gy in 3 fractions; right adrenal metastasis 39 Gy in 3 fractions, 08/03/2026 -
08/07/2026.
"""


def test_the_words_before_a_clauses_subject_name_no_target() -> None:
    r = read_text(TWO_SITES)
    assert sorted((les.site, les.dose_gy) for les in r.facts.lesions) == [("body", 39.0), ("cranial", 24.0)]
    assert not [f for f in r.review if f.fact == "sites"]
