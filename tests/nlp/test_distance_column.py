"""A plan table's "Distance to chiasm" column holds how far each target lies from the chiasm: a lesion "> 5 cm"
from it is far from it, not 5 cm across (no size reason for complexity), while one 3 mm from it is complex by
location."""

from __future__ import annotations

from srscheck.nlp import read_text

PLAN = """Course Summary - fractionated stereotactic
Machine:   gantry linac 6 MV FFF, open-face mask, planning CT and MRI 1 mm
Rx:        24 Gy in 3 fractions to each target, 80% IDL

PLAN TARGETS

Target              Distance to chiasm    Rx (Gy)    D95 (Gy)    Dmax (Gy)
PTV_1 suprasellar   2 mm                  24         23.6        29.8
PTV_2 L parietal    > 6 cm                24         24.1        30.2
"""


def test_a_distance_is_no_size() -> None:
    lesions = sorted(read_text(PLAN).facts.lesions, key=lambda x: x.name)
    assert [x.complexity for x in lesions] == ["complex", "simple"]
    assert lesions[1].size_cm is None


def test_one_rule_says_which_columns_are_distances() -> None:
    """resolution._affirmed_text (the chart's words for a lesion's size) and sources._row_drafts (a row's own words)
    blank the lengths of the same columns (sources.distance_columns): a distance word in its title, and no
    prescription dose's title."""
    from srscheck.nlp.lesions.sources import distance_columns
    from srscheck.nlp.vocab import load_vocabulary

    heads = ["Target", "Diameter (cm)", "Distance to chiasm", "Dist from brainstem (mm)", "Total dose from both plans",
             "Max dose (Gy)"]
    assert distance_columns(heads, load_vocabulary()) == [2, 3]
