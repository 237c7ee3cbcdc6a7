"""Count statements are evidence of how many lesions the course treated only when they count the course's
lesions: a number that ends a level range ("CTV_T9-11"), a count said of one structure ("is one contiguous
target", "treated as a single target") and a count of a part of the lesions ("the three smaller lesions") are
no such count, and raise no review flag against the lesions found."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text

SPINE = """SPINE SBRT PLAN AND DELIVERY NOTE
Targets: CTV_T9-11 is one contiguous target covering the T9, T10 and T11 vertebral bodies with the left
paraspinal extension (planned as a single target), and a separate L4 vertebral body metastasis.
Prescription: PTV_T9-11 16 Gy in 1 fraction; PTV_L4 20 Gy in 1 fraction.
BodyFIX vacuum cushion, CT simulation fused with a spine MRI. CBCT before delivery.
Delivery complete: two spine targets, single fraction.
"""


def _count_flags(reading) -> list:
    return [f for f in reading.review if f.fact == "lesion_count"]


def test_a_level_range_and_a_count_said_of_one_structure_are_no_count_of_the_course() -> None:
    reading = read_text(SPINE)
    assert len(reading.facts.lesions) == 2
    assert not _count_flags(reading)


def test_a_count_stated_of_the_course_still_disagrees() -> None:
    reading = read_text(SPINE.replace("Delivery complete: two spine targets", "Delivery complete: three spine targets"))
    assert len(reading.facts.lesions) == 2
    flags = _count_flags(reading)
    assert flags and "states 3 treated" in flags[0].message


STAGED = """GAMMA KNIFE STAGE 1 REPORT
Four metastases from melanoma. The left parietal lesion measures 3.7 cm and is staged over two sessions;
the three smaller lesions are treated in full today.

Lesion\tDiameter\tDose\tIDL
L parietal\t37 mm\t12 Gy\t50%
R frontal\t8 mm\t22 Gy\t50%
L cerebellar\t11 mm\t20 Gy\t50%
R occipital\t7 mm\t22 Gy\t50%

Thermoplastic mask, planning MRI with CBCT registration. Single session today.
"""


def test_a_count_of_a_part_of_the_lesions_is_no_count_of_the_course() -> None:
    reading = read_text(STAGED)
    assert len(reading.facts.lesions) == 4
    assert not _count_flags(reading)


COVER = """MULTI-TARGET SRS PLAN SUMMARY
Plan: SIMT_3M
Fractions: 1
Number of targets: {n}
Immobilization: frameless mask

Target\tLocation\tRx (Gy)\tIso %
PTV_A\tR frontal\t20.0\t75
PTV_B\tL parietal\t20.0\t75
PTV_C\tR cerebellar\t18.0\t75
Delivered 11/02/2026 in one fraction with CBCT guidance.
"""


def test_a_count_written_as_a_field_is_a_count_of_the_course() -> None:
    """"Number of targets: 2" on a plan's cover is a count of the course's lesions as "two targets" is: one that
    disagrees with the target table is flagged, one that agrees is not."""
    wrong = read_text(COVER.format(n=2))
    assert len(wrong.facts.lesions) == 3
    flags = _count_flags(wrong)
    assert flags and "2" in flags[0].message
    assert not _count_flags(read_text(COVER.format(n=3)))


FOREIGN_COVER = """SRS BEHANDLUNGSÜBERSICHT / PLAN SUMMARY
Fractions: 1
{label} ........ {n}
Immobilization: frameless mask

Target\tLocation\tRx (Gy)\tIso %
PTV_A\tR frontal\t20.0\t75
PTV_B\tL parietal\t20.0\t75
PTV_C\tR cerebellar\t18.0\t75
Delivered 11/02/2026 in one fraction with CBCT guidance.
"""


@pytest.mark.parametrize("label", ["Anzahl behandelter Läsionen", "Aantal behandelde laesies",
                                   "Nombre de lésions traitées", "Número de lesiones tratadas",
                                   "Número de lesões tratadas"])
def test_a_count_field_written_in_another_language_is_a_count_of_the_treated_lesions(label: str) -> None:
    """A count field's label is a class of words in any language of the printouts (anatomy.yaml count_field): a
    count of treated lesions that disagrees with the target table is flagged, one that agrees is not."""
    wrong = read_text(FOREIGN_COVER.format(label=label, n=2))
    assert len(wrong.facts.lesions) == 3
    flags = _count_flags(wrong)
    assert flags and "2 treated" in flags[0].message and label in flags[0].evidence[0].text
    assert not _count_flags(read_text(FOREIGN_COVER.format(label=label, n=3)))


EXPORT = ("course\tC1 SRS\tstatus completed\tfractions 1\t{key} {n}\n"
          "unit\t6 MV linac\nimmobilisation\tthermoplastic mask\nplanning_mri\tT1 post contrast 1 mm\n"
          "#target\tlocation\trx_cGy\tstatus\n"
          "T1\tR frontal\t2000\tTreated\nT2\tL parietal\t1800\tTreated\nT3\tR cerebellar\t2000\tTreated\n")


def test_a_count_written_as_a_key_is_a_count_of_the_course() -> None:
    """An export's key "targets_treated 2" (or a field "Targets treated: 2") counts the course's treated lesions:
    one that disagrees with the three target rows is flagged, one that agrees is not."""
    for key in ("targets_treated", "Targets treated:"):
        flags = _count_flags(read_text(EXPORT.format(key=key, n=2)))
        assert flags and "states 2 treated" in flags[0].message, key
        assert not _count_flags(read_text(EXPORT.format(key=key, n=3))), key


NEW_FOUND = """SRS PROCEDURE NOTE
The stereotactic MRI showed two new small lesions, a 3 mm focus in the left cuneus and a 4 mm focus in the right
superior temporal gyrus. Prescriptions were twenty gray to the right frontal and right occipital lesions and to the
two new lesions, eighteen gray to the left parietal lesion, every target to the 50% isodose line. Frame,
stereotactic CT and MRI; all treated in a single session.

Target\tLocation\tRx (Gy)
T1\tR frontal\t20
T2\tL parietal\t18
T3\tR occipital\t20
T4\tL cuneus\t20
T5\tR sup. temporal\t20
"""


def test_a_count_of_the_new_lesions_is_a_part_of_the_course() -> None:
    """"to the two new lesions" beside the lesions named before them counts the lesions found since, a part of
    the five treated: no count of the course, no flag."""
    reading = read_text(NEW_FOUND)
    assert len(reading.facts.lesions) == 5
    assert not _count_flags(reading)


def test_a_difference_between_counts_is_no_count_of_the_course() -> None:
    """"one lesion more than we expected" says by how many the count changed, not how many were treated."""
    text = SPINE.replace("Delivery complete: two spine targets, single fraction.",
                         "Delivery complete. The morning MRI showed one lesion more than we expected on the "
                         "simulation scan, so she was treated for two targets rather than one.")
    reading = read_text(text)
    assert len(reading.facts.lesions) == 2
    assert not _count_flags(reading)
    reading = read_text(text.replace("so she was treated for two targets", "so she was treated for three targets"))
    flags = _count_flags(reading)
    assert flags and "states 3 treated" in flags[0].message


def test_a_count_in_words_with_its_figures_in_brackets_is_a_count_of_the_course() -> None:
    """An attestation's "three (3) targets", as signed forms write a number, counts the course's targets: against
    the two targets found it is flagged, and "two (2) spine targets" agrees."""
    wrong = read_text(SPINE.replace("Delivery complete: two spine targets",
                                    "Delivery complete: three (3) spine targets"))
    flags = _count_flags(wrong)
    assert flags and "states 3 treated" in flags[0].message
    right = read_text(SPINE.replace("Delivery complete: two spine targets", "Delivery complete: two (2) spine targets"))
    assert len(right.facts.lesions) == 2 and not _count_flags(right)


def test_a_number_before_a_clause_of_its_own_counts_no_lesions() -> None:
    text = ("LUNG SBRT PLAN AND TREATMENT SUMMARY\n"
            "Targets: PTV_RUL right upper lobe 50 Gy in 5 fractions; PTV_LLL left lower lobe 50 Gy in 5 fractions.\n"
            "RUL regimen changed from 54 Gy in 3 to 50 Gy in 5 so that both lesions are treated in the same sessions.\n"
            "Abdominal compression, 4D CT simulation. CBCT before each fraction. Both lesions completed, 5 of 5.\n")
    reading = read_text(text)
    assert reading.facts.lesion_count.value == 2
    assert not _count_flags(reading)
