"""Several lesions dictated in one run-on sentence, each named after its spoken label ("target two the right insular
met to 18 Gy"): the label's noun is no lesion's name, the place phrase after it is; and a lesion of a table that
gives it no dose (a cell left empty, lost in a scan) takes the dose of the prose clause that names its place and no
other lesion's."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.lesions.sources import lesion_phrase
from srscheck.nlp.vocab import load_vocabulary

_CHART = """STEREOTACTIC RADIOSURGERY NOTE
Date of treatment 10/02/2026, one session, Gamma Knife Icon, thermoplastic mask, MRI fused to CT.
Plan approved by both physicians, the targets being target one the right frontal pole met to 20 Gy, target two
the left insular met measuring 1.9 cm to 18 Gy and target three the right cerebellar met to 15 Gy, all at the
50% isodose line.

TARGETS
+----+-----------------------+-------+---------+
| No | Location              | Size  | Rx Gy   |
+----+-----------------------+-------+---------+
| 1  | R frontal pole        | 8 mm  | 20      |
| 2  | L insular             | 19 mm |         |
| 3  | R cerebellar          | 11 mm |         |
+----+-----------------------+-------+---------+
"""


def test_a_spoken_label_is_not_the_lesion_name() -> None:
    vocab = load_vocabulary()
    clause = ", lesion two the left insular met measuring 1.9 cm to "
    s, e = lesion_phrase(clause, vocab)
    assert clause[s:e] == "left insular met"
    clause = ", lesion 2, the left insular met to "
    s, e = lesion_phrase(clause, vocab)
    assert clause[s:e] == "left insular met"


def test_table_lesions_without_a_dose_take_their_clause_dose() -> None:
    lesions = read_text(_CHART).facts.lesions
    assert len(lesions) == 3
    doses = {les.name: les.dose_gy for les in lesions}
    assert sorted(doses.values()) == [15.0, 18.0, 20.0], doses
