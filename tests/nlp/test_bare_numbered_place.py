"""A place word that names a place only with its number ("segment VII" of the liver) written without one ("disease
over a four level segment" of the spine) names no organ: the lesion's site comes from the words around it (the
vertebral levels), and no review flag says the name and the words disagree. A numbered segment stays a body
site."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.lesions import site_of
from srscheck.nlp.vocab import load_vocabulary

NOTE = """RADIATION ONCOLOGY TREATMENT SUMMARY
Metastatic prostate cancer with disease at T5 through T8 and epidural extension over a four level segment.
Treated with palliative radiation, 20 Gy in 5 fractions to T4 through T9, on a TrueBeam with a vacuum cushion,
completed 07/17/2026. CT simulation with MRI fusion.
"""


def test_a_bare_segment_names_no_site() -> None:
    vocab = load_vocabulary()
    assert site_of("level segment", vocab) is None
    assert site_of("liver segment VII", vocab) == "body"
    assert site_of("segment 4 lesion", vocab) == "body"


def test_a_spine_course_over_a_level_segment_is_spinal_without_a_site_flag() -> None:
    reading = read_text(NOTE)
    assert reading.facts.sites.value == ["spinal"], [(les.name, les.site) for les in reading.facts.lesions]
    assert not [f for f in reading.review if f.fact == "sites"], [f.message for f in reading.review]


# A structure's segment followed by a measurement ("cisternal segment 5 mm fixed cone" in a plan row) is no
# numbered place: the number is the collimator's size, so the row names no body organ.
PLAN_ROW = """Plan summary (robotic SRS)
Target\tCollimator\tBeams\tRx (max)\tBrainstem 0.01 cc
L CN V cisternal segment\t5 mm fixed cone\t142\t6000 cGy\t13.1 Gy

PROCEDURE NOTE - STEREOTACTIC RADIOSURGERY
INDICATION: Left trigeminal neuralgia, refractory to carbamazepine.
The patient was positioned in a thermoplastic face mask. Planning CT fused with MRI.
The target was the cisternal segment of the left trigeminal nerve. Delivered on 07/22/2026 with the robotic-arm
linac, 6000 cGy maximum dose, in one session.
IMPRESSION: Left trigeminal radiosurgery, 60 Gy maximum, single fraction, completed.
"""


def test_a_segment_followed_by_a_measurement_is_not_a_numbered_place() -> None:
    vocab = load_vocabulary()
    assert site_of("L CN V cisternal segment 5 mm fixed cone 142 6000 cGy", vocab) is None
    assert site_of("segment 5 lesion 2 cm", vocab) == "body"
    reading = read_text(PLAN_ROW)
    assert reading.facts.sites.value == ["cranial"], [(les.name, les.site) for les in reading.facts.lesions]
