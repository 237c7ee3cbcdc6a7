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


NEAREST = """Intracranial SRS - Plan Summary
Unit: 6 MV FFF gantry linac; open-face thermoplastic SRS mask; planning CT 1 mm + MRI 1 mm, rigid fusion

Target              Diameters (cm)    Vol (cc)   Nearest OAR            Rx (Gy x fx)   Isodose
PTV1 R frontal      3.6 x 2.9 x 2.7   14.9       -                      15 x 1         80%
PTV2 L temporal     3.4 x 3.0 x 2.6   13.2       L optic tract 19 mm    15 x 1         80%
PTV3 L gyrus rectus 0.7 x 0.6 x 0.6   0.14       L optic nerve 4 mm     16 x 1         80%
PTV4 R cerebellar   0.8 x 0.7 x 0.7   0.21       brainstem 14 mm        20 x 1         80%
"""


def test_a_nearest_structure_column_gives_distances_and_a_diameters_column_sizes() -> None:
    # "Nearest OAR" cells name a structure and the lesion's distance to it (never its size); "Diameters (cm)" cells
    # write a measurement's dimensions in the title's unit, the largest the lesion's size
    lesions = read_text(NEAREST).facts.lesions
    assert [x.size_cm for x in lesions] == [3.6, 3.4, 0.7, 0.8]
    assert [x.complexity for x in lesions] == ["complex", "simple", "complex", "simple"]
    assert lesions[2].complexity_reasons == ("within 5 mm of the optic apparatus",)


def test_a_nearest_structure_column_is_a_distance_column() -> None:
    from srscheck.nlp.lesions.sources import distance_columns
    from srscheck.nlp.vocab import load_vocabulary

    assert distance_columns(["Target", "Diameters (cm)", "Nearest OAR", "Closest critical structure"],
                            load_vocabulary()) == [2, 3]
