"""Sizes with a decimal comma ("1,5 cm") are one size, not "5 cm"; a count of treated lesions in a sentence
that says "radio-surgery" is a treatment count; a delivered fraction count whose own clause names no lesion
(the lesions listed after a colon) is the course's and is flagged against another."""

from __future__ import annotations

from srscheck.nlp import read_text

EUROPEAN = """NORTHGATE INFIRMARY - CLINICAL ONCOLOGY
Stereotactic radio-surgery record. Date of treatment: 4/11/2026. Frameless mask, CT and MRI fused.
 Target   Site                        Size     Dose      Isodose   #
 ------   -------------------------   ------   -------   -------   -
 K1       R parietal                  1,6 cm   20 Gy     80 %      1
 K2       L temporal                  0,9 cm   18 Gy     80 %      1
Both targets treated in one fraction on 4/11/2026.
Summary: single-fraction radio-surgery to three metastases, 18-20 Gy, completed 4/11/2026.
"""


def test_decimal_comma_sizes_are_read_whole() -> None:
    sizes = sorted(les.size_cm for les in read_text(EUROPEAN).facts.lesions)
    assert sizes == [0.9, 1.6]
    assert all(les.complexity == "simple" for les in read_text(EUROPEAN).facts.lesions)


def test_a_radio_surgery_sentence_counts_treated_lesions() -> None:
    reading = read_text(EUROPEAN)
    assert any(f.fact == "lesion_count" for f in reading.review), [f.message for f in reading.review]


LOG_THEN_SUMMARY = """CYBERKNIFE TREATMENT LOG
Fx  Date        L frontal (Gy)   R occipital (Gy)
1   10/26/2026  9.0              8.0
2   10/28/2026  9.0              8.0
3   10/30/2026  9.0              8.0
Prescription: left frontal metastasis 27 Gy in 3 fractions; right occipital metastasis 24 Gy in 3 fractions.

COMPLETION SUMMARY
Treatment: fractionated stereotactic radiosurgery on the CyberKnife, delivered in five fractions between
10/26/2026 and 10/30/2026: left frontal metastasis 27 Gy, right occipital metastasis 24 Gy.
"""


def test_a_course_count_before_the_lesions_list_is_flagged() -> None:
    reading = read_text(LOG_THEN_SUMMARY)
    assert reading.facts.fractions.value == 3
    assert any(f.fact == "fractions" for f in reading.review), [f.message for f in reading.review]


BARE_CELLS = """SABR plan summary
Target\tSize (cm)\tDose (Gy)\tFractions
Right lower lobe tumour\t2,6\t36,25\t5
Left upper lobe tumour\t1,4\t50\t5
"""


def test_bare_table_cells_with_a_decimal_comma_are_read_whole() -> None:
    """A bare number under "Dose (Gy)" or "Size (cm)" written with a decimal comma is that number ("36,25" is
    36.25 Gy, "2,6" is 2.6 cm), as a number with its unit is."""
    lesions = [(les.dose_gy, les.fractions, les.size_cm) for les in read_text(BARE_CELLS).facts.lesions]
    assert lesions == [(36.25, 5, 2.6), (50.0, 5, 1.4)], lesions
