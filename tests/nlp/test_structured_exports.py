"""Structured exports (key: value dumps): a key whose name says what its value is feeds the same facts a
sentence would, each line a record of its own with the line as evidence (nlp/lines.py, nlp/quantities.py).
Charts are written here, not copied from a corpus."""

from __future__ import annotations

from srscheck.nlp import read_text

_DUMP = """export.source: Example TPS 9.1
course.id: SRS-2026-007
diagnosis: metastatic lung adenocarcinoma to the spine
planning.ct: 2026-03-02, 1.25 mm slices, supine in a vacuum cushion
planning.mri: 2026-03-01 T1 post-contrast thoracic spine, fused
tracking.mode: spine tracking (fiducial-free)
fiducials: none
plan[1].target: PTV_T8 (T8 vertebral body)
plan[1].rx_dose_cGy: 2700
plan[1].fractions: 3
fraction[1].delivered: T8 900 cGy
fraction[2].delivered: T8 900 cGy
fraction[3].delivered: T8 900 cGy
course.summary: T8 2700 cGy / 3 fx
"""


def test_a_key_value_dump_reads_each_line_as_its_own_record() -> None:
    """"fiducials: none" negates the fiducials only, not the planning CT, MRI and cushion lines above it;
    a key's name ("planning.mri") says what the line is about, and the line is the evidence."""
    reading = read_text(_DUMP, file="export.txt")
    facts = reading.facts
    assert facts.imaging.value == ["CT", "MRI"]
    assert any(e.text.startswith("planning.mri: 2026-03-01") for e in facts.imaging.evidence)
    assert facts.positioning.value == ["body_immobilization"]
    assert any(e.text.startswith("planning.ct:") for e in facts.positioning.evidence)


def test_a_dose_on_a_fractions_line_is_that_fractions_dose() -> None:
    """"fraction[2].delivered: T8 900 cGy" is one fraction's dose: the lesion has the course's 27 Gy in 3."""
    (lesion,) = read_text(_DUMP, file="export.txt").facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (27.0, 3)


def test_fiducials_tracked_with_an_aside_about_another_method_count() -> None:
    """An aside naming another method ("(spine tracking not used)") does not make the fiducials unused."""
    reading = read_text("Lung SBRT, 50 Gy in 5 fractions, 4DCT simulation.\n"
                        "Tracking: respiratory tracking with fiducials (spine tracking not used)\n"
                        "Fiducials: 3 gold markers implanted in 2026, 3 tracked\n")
    assert "fiducials" in reading.facts.positioning.value


def test_fiducials_said_unused_in_a_parenthesis_do_not_count() -> None:
    reading = read_text("Lung SBRT, 50 Gy in 5 fractions, 4DCT simulation in a vacuum cushion.\n"
                        "Markers: 3 gold fiducials placed in 2025 (not used for tracking)\n")
    assert "fiducials" not in reading.facts.positioning.value


_OBX = """MSH|^~\\&|TPS|CLINIC|HIS|HOSP|20260402||ORU^R01|MSG1|P|2.5.1
OBX|1|ST|IMMOB^Immobilization^L||vacuum cushion and abdominal compression||||||F
OBX|2|ST|SIMCT^Planning CT^L||2026-03-02 4D, 2 mm||||||F
OBX|3|ST|FID^Fiducials^L||none||||||F
OBX|4|ST|RX^Prescription^L||50 Gy in 5 fractions to the right lower lobe tumour||||||F
"""


def test_hl7_observations_feed_the_facts_their_names_say() -> None:
    """Each OBX segment is a record of its own: its observation name ("Planning CT") says what the value is,
    "none" negates that observation only, and the segment is quoted as the chart writes it."""
    reading = read_text(_OBX, file="result.hl7.txt")
    facts = reading.facts
    assert facts.imaging.value == ["CT"]
    assert any(e.text.startswith("OBX|2|ST|SIMCT^Planning CT") for e in facts.imaging.evidence)
    assert facts.positioning.value == ["body_immobilization"]
    assert any(e.text.startswith("OBX|1|") for e in facts.positioning.evidence)
    (lesion,) = facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (50.0, 5)
