"""Charts written with other countries' and systems' conventions (blind corpus 80): the general steps they exercise."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_a_vertebral_level_written_with_the_german_region_name_is_that_level() -> None:
    # "BWK 11" (Brustwirbelkoerper: thoracic vertebral body 11) is T11, "LWK 2" is L2: two spine targets named by
    # their levels, each with its own dose
    text = ("DISCHARGE LETTER (translated)\n"
            "Diagnoses: osseous oligometastases BWK 11 and LWK 2 of renal cell carcinoma.\n"
            "Therapy: stereotactic body radiotherapy (SBRT) of both vertebral metastases in 3 fractions on the linear "
            "accelerator:\nBWK 11: 9 Gy x 3 = 27 Gy\nLWK 2: 8 Gy x 3 = 24 Gy\n"
            "Vacuum mattress, planning CT fused with MRI, cone-beam CT before every fraction. All 3 fractions "
            "delivered 22.06.2026 - 26.06.2026.\n")
    les = read_text(text).facts.lesions
    assert sorted((x.site, x.dose_gy, x.fractions) for x in les) == [("spinal", 24.0, 3), ("spinal", 27.0, 3)]
    assert {"T11", "L2"} <= {w.strip("()") for x in les for w in x.name.split()}


def test_a_region_name_with_a_number_past_its_last_vertebra_is_no_level() -> None:
    from srscheck.nlp.lines import spoken_levels
    from srscheck.nlp.vocab import load_vocabulary
    rules = load_vocabulary().normalisation
    assert spoken_levels("LWK 2 and BWK11; LWK 7", rules) == "L2    and T11  ; LWK 7"
