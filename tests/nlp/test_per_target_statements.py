"""Reader defects left from the twenty-second session (each chart text written for the test):
1. a dose shared out over listed targets ("T8 and L3 metastases, 24 Gy in 2 fractions each") gives way to a later
   statement of one target's own dose (it stopped early, or got another dose);
2. a count's parenthesis naming its members ("two vertebral metastases (T8 and L3)") names the lesions;
3. a dictated list item's name ends where its dose begins, in figures or in words ("left frontal twenty four Gray");
4. a follow-up letter's "Reviewed in clinic <date>, three months after SBRT ..." is the visit's date, no date of
   service."""

from __future__ import annotations

from srscheck.nlp import read_text

SHARED = """SPINE SBRT COMPLETION NOTE
History: metastatic renal cell carcinoma with painful bone disease.
Treated: T8 and L3 vertebral metastases, 24 Gy in 2 fractions each, completed on 03/11/2026.
Set-up: vacuum bag, cone-beam CT before every fraction.
{later}
"""


def _by_level(facts) -> dict[str, tuple[float | None, int | None]]:
    return {("T8" if "T8" in les.name else "L3"): (les.dose_gy, les.fractions) for les in facts.lesions}


def test_a_target_stopped_early_keeps_its_own_dose() -> None:
    reading = read_text(SHARED.format(later="L3 was stopped after the first fraction for pain on the couch; L3 "
                                            "received 12 Gy in 1 fraction."))
    assert reading.facts.lesion_count.value == 2
    assert _by_level(reading.facts) == {"T8": (24.0, 2), "L3": (12.0, 1)}


def test_a_target_given_another_dose_keeps_it() -> None:
    reading = read_text(SHARED.format(later="Because of the cord dose, T8 was given 16 Gy in 2 fractions instead."))
    assert _by_level(reading.facts) == {"T8": (16.0, 2), "L3": (24.0, 2)}


def test_without_a_later_statement_each_target_has_the_shared_dose() -> None:
    reading = read_text(SHARED.format(later="Both tolerated treatment well."))
    assert _by_level(reading.facts) == {"T8": (24.0, 2), "L3": (24.0, 2)}


MEMBERS = """SPINE SBRT COMPLETION NOTE
History: metastatic breast cancer with two vertebral metastases (T9 and L2).
Both received 24 Gy in 2 fractions, completed on 03/11/2026.
Set-up: vacuum bag, cone-beam CT before every fraction.
"""


def test_a_count_names_its_members() -> None:
    facts = read_text(MEMBERS).facts
    assert facts.lesion_count.value == 2
    names = [les.name for les in facts.lesions]
    assert any("T9" in n for n in names) and any("L2" in n for n in names), names
    assert not any(n.startswith("Lesion") for n in names)
    assert [(les.site, les.dose_gy, les.fractions) for les in facts.lesions] == [("spinal", 24.0, 2)] * 2


DICTATED = """Dictated note. Targets:
1. left frontal twenty four Gray in three fractions
2. right parietal twenty one Gray in three fractions
3. left cerebellar 24 Gy in 3 fractions
Radiosurgery on the linac in a mask, treated 04/01/2026 to 04/06/2026. Planning CT and MRI fused.
"""


def test_a_list_item_name_ends_at_its_dose() -> None:
    facts = read_text(DICTATED).facts
    assert [(les.name, les.dose_gy, les.fractions) for les in facts.lesions] == [
        ("left frontal", 24.0, 3), ("right parietal", 21.0, 3), ("left cerebellar", 24.0, 3)]


LETTER = """Follow-up letter
Dear Dr Amberley,
Reviewed in clinic 06/20/2026, three months after SBRT to the left adrenal metastasis (35 Gy in 5 fractions, \
03/16/2026 to 03/20/2026). She is well and the CT shows a partial response.
Yours sincerely, Dr Halloran
"""


def test_a_clinic_review_date_is_no_date_of_service() -> None:
    assert read_text(LETTER).identity.dates_of_service.value == ["2026-03-16", "2026-03-20"]


RUN_ON = """dictated note
he had fractionated radiosurgery on the linear accelerator in a mask for three brain metastases between 02/02/2026 \
and 02/06/2026 and the targets were as follows right occipital twenty five Gray in five fractions left insular thirty \
Gray in five fractions right cerebellar twenty five Gray in five fractions planning CT and MRI were fused and he \
tolerated it well
"""


def test_a_run_on_dictation_names_each_dose_by_the_place_before_it() -> None:
    facts = read_text(RUN_ON).facts
    assert [(les.name, les.dose_gy, les.fractions) for les in facts.lesions] == [
        ("right occipital", 25.0, 5), ("left insular", 30.0, 5), ("right cerebellar", 25.0, 5)]
