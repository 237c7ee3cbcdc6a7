"""A backward cue inside a parenthesis that names its own object before the cue ("Frameless mask (frame offered,
patient declined)") is about that object: the device the parenthesis follows was used. A parenthesis of the cue
alone ("MRI (pacemaker - not done)") still reaches the item it follows."""

from __future__ import annotations

from srscheck.nlp import read_text

from srscheck.api import check_reading

HEAD = "SRS TREATMENT SUMMARY\nDx\tNSCLC, one brain metastasis\nMachine\t6 MV gantry linac\n"
TAIL = "R frontal 1.2 cm 2000 cGy x1\nTx date 11/04/2026. CBCT before treatment.\n"


def test_the_device_before_a_parenthesis_about_another_device_was_used() -> None:
    facts = read_text(HEAD + "Immob\tOpen-face SRS mask (frame offered, pt declined)\n" + TAIL).facts
    assert facts.positioning.value == ["mask"]


def test_a_parenthesis_of_the_cue_alone_still_reaches_the_item_before_it() -> None:
    facts = read_text(HEAD + "Immob\tSRS mask\nImaging\tCT 1 mm; MRI (pacemaker - not done)\n" + TAIL).facts
    assert "MRI" not in facts.imaging.value


def test_the_immobilization_requirement_takes_the_device_used() -> None:
    reading = read_text(HEAD + "Immob\tOpen-face SRS mask (frame offered, pt declined)\n" + TAIL)
    code = next(c for c in check_reading(reading, "77372").codes if c.code == "77372")
    assert code.category_met("positioning")
