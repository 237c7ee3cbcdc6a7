"""A lesion column whose cells are the lesions' numbers ("Lesion | 1 | 2 | 3") names its rows: a bare whole number
is a label, not a measure. Only a figure with a decimal or a unit ("96.8%", "0.42", "27.9 cc") makes a column of
measures that names no lesion (sources._figures_only); reading "1", "2", "3" as measures had dropped the table's
names, and the lesions took their doses from the sentences instead of their rows."""

from __future__ import annotations

from srscheck.nlp import read_text

NUMBERED = """Radiosurgery treatment summary
Linac, thermoplastic mask, planning MRI and CT fused. Treatment completed 03/09/2026, one fraction.
Three metastases: left frontal, right parietal and left cerebellar.

Lesion   Max diameter   Dose      Isodose
1        8 mm           20 Gy     80%
2        11 mm          20 Gy     80%
3        6 mm           18 Gy     80%
"""

MEASURES = """Stereotactic radiotherapy - plan summary
Linac, thermoplastic mask, planning CT and MRI fused.

Structure     Description              Rx             Isodose   PTV V100
PTV_ROcc      R occipital met          27 Gy / 3 fx   80%       97.1%
PTV_LFront    L frontal met            24 Gy / 3 fx   80%       99.0%

Treatment completed 05/02/2026 as planned, three fractions.
"""


def test_a_column_of_lesion_numbers_names_its_rows() -> None:
    facts = read_text(NUMBERED).facts
    assert facts.lesion_count.value == 3
    assert [les.dose_gy for les in facts.lesions] == [20.0, 20.0, 18.0]


def test_a_column_of_measures_still_names_no_lesion() -> None:
    facts = read_text(MEASURES).facts
    assert [les.name for les in facts.lesions] == ["PTV_ROcc", "PTV_LFront"]
