"""A record system's course id shaped like a vertebral level ("Course C2 SBRT LUNG", "Course ID: C3") numbers the
course, and is no cervical vertebra: no spinal lesion is read from it. And a hepatocellular carcinoma lies in the
liver: the plan's "LIVER" and the summary's "segment VII HCC" at one dose are one lesion."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


@pytest.mark.parametrize("course", ["Course\tC2 SBRT LUNG -- Rx 5000 cGy / 5 fx to PTV_RUL",
                                    "Course ID: C3 - SBRT lung 5000 cGy / 5 fx to PTV_RUL"])
def test_a_course_id_is_no_vertebra(course: str) -> None:
    text = (
        "Physics weekly chart check 10/14/2026\n"
        f"{course}\n"
        "Fractions 1-5 delivered 10/06-10/13/2026 with cone-beam CT before each, record matches the plan.\n"
        "\n"
        "Completion summary: 50 Gy in 5 fractions to the right upper lobe adenocarcinoma, vacuum bag, 4DCT.\n"
    )
    facts = read_text(text).facts
    assert facts.sites.value == ["body"]
    assert facts.lesion_count.value == 1


def test_a_vertebra_after_a_course_word_elsewhere_is_still_one() -> None:
    text = ("SBRT course for the C2 vertebral metastasis: 2400 cGy / 3 fx, completed 10/13/2026, "
            "mask, CT and MRI fused.\n")
    assert read_text(text).facts.sites.value == ["spinal"]


def test_hcc_is_in_the_liver() -> None:
    text = (
        "Plan summary: SBRT LIVER -- Rx 4500 cGy / 3 fx\n"
        "\n"
        "Treatment summary: 45 Gy in 3 fractions to the segment VII HCC, completed 09/18/2026, fiducials, "
        "vacuum bag, CBCT before each fraction.\n"
    )
    facts = read_text(text).facts
    assert facts.lesion_count.value == 1, facts.lesions


def test_a_course_field_naming_a_vertebra_keeps_it() -> None:
    text = ("Course: C5 vertebral body SBRT -- Rx 2400 cGy / 2 fx\n"
            "Delivered 2400 cGy in 2 fractions 10/06-10/08/2026, mask, CT and MRI fused, CBCT before each.\n")
    assert read_text(text).facts.sites.value == ["spinal"]
