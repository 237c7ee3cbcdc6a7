"""A comma-separated export of fields, one "key,value" record a line: each record is a sentence of its own (a
value's "declined" negates nothing on the lines after it), read as a field "Key: value" (so "fractions,2" is the
fraction count), and a field whose label names the dose unit ("rx_dose_cGy,2000", "Prescription (Gy): 20") gives
its bare number as a dose in that unit, its label's words deciding the role (an organ's maximum is no
prescription)."""

from __future__ import annotations

from srscheck.nlp import read_text

EXPORT = """# WESTFIELD CANCER CENTRE - SRS DATABASE DUMP (invented)
field,value
name,"TESTCASE, PAT"
diagnosis,"Solitary left occipital metastasis, breast primary"
history,"Whole-brain radiotherapy offered and refused; surgery not advised"
linac,"TrueBeam STx with HD-MLC"
head_fixation,"Invasive stereotactic frame, 4 pins"
ct_sim,"Contrast CT 1 mm with localizer"
mri,"Volumetric post-gadolinium MRI 1 mm fused"
arcs,"4 non-coplanar arcs, 1 isocenter"
rx_dose_cGy,2000
brainstem_max_Gy,3.4
fractions,1
status,treated
"""


def test_export_records_are_read_one_by_one() -> None:
    facts = read_text(EXPORT).facts
    assert facts.modality.value == "linac"
    assert facts.positioning.value == ["frame"]
    assert sorted(facts.imaging.value) == ["CT", "MRI"]
    assert facts.fractions.value == 1
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(20.0, 1)]


def test_record_lines_read_as_fields() -> None:
    from srscheck.nlp.lines import csv_fields, csv_records
    from srscheck.nlp.vocab import load_vocabulary

    rules = load_vocabulary().normalisation
    text = 'mri,"post-contrast MRI, 1 mm"\nrx_dose_cGy,2000\nHowever, the MRI was late\n'
    assert csv_fields(text, rules) == 'Mri: post-contrast MRI, 1 mm \nRx dose cGy:2000\nHowever, the MRI was late\n'
    # a lone line opened by a word and a comma is wrapped prose, not a record
    assert csv_records(["the lesion at", "T4,T5 and T6 was treated"], rules) == set()


def test_unit_named_by_a_field_label() -> None:
    text = ("Diagnosis: right frontal metastasis\nUnit: Gamma Knife Icon\nPrescription (Gy): 22\n"
            "Brainstem max (Gy): 4.1\nFractions: 1\nStatus: completed\n")
    facts = read_text(text).facts
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(22.0, 1)]


def test_export_key_words_give_the_role() -> None:
    # "cord_max_gy: 12.5": the key's words (underscores as spaces) make it an organ's maximum, no prescription
    text = ("SRS EXPORT (invented)\ntarget: left frontal metastasis\nunit: gantry linac\nrx_dose_cgy: 2000\n"
            "cord_max_gy: 12.5\nfractions: 1\nstatus: treated\n")
    reading = read_text(text)
    assert sorted(m.value for m in reading.mentions if m.label == "DOSE") == ["20"]
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(20.0, 1)]
