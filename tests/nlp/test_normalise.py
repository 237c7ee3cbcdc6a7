"""Words as the reader reads them before it looks for mentions (resources/vocab/normalise.yaml): a dictated
note's spoken punctuation ("colon", "full stop", "comma", "new paragraph") read as marks, and CamelCase
export keys ("PlanningCT:", "ImmobilizationDevice: Frame") read as words. The chart's text is never changed:
quotations stay the chart's own contiguous words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmaker import make_text_pdf
from quotecheck import quote_problems
from srscheck.nlp.lines import spoken_punctuation
from srscheck.nlp.vocab import load_vocabulary

DICTATED = """SPINE SBRT TREATMENT SUMMARY (dictated)

Site colon C3 full stop Indication colon painful C3 vertebral metastasis from breast cancer comma no cord
compression full stop new paragraph

Planning colon thermoplastic shell comma planning CT and MRI fused full stop Prescription 24 Gy in 3 fractions
open bracket 8 Gy per fraction close bracket to the PTV full stop new paragraph

Treatment colon delivered on the Varian TrueBeam on 06/10 comma 08/10 and 10/10/2026 with CBCT before every
fraction full stop All three fractions given full stop
"""


def _rules():
    return load_vocabulary().normalisation


def test_spoken_marks_are_read_as_marks_with_the_same_offsets() -> None:
    text = "Site colon C3 full stop Dose 24 Gy comma 3 fractions full stop new paragraph Plan colon VMAT"
    read = spoken_punctuation(text, _rules())
    assert len(read) == len(text)
    assert " ".join(read.split()) == "Site: C3. Dose 24 Gy, 3 fractions. Plan: VMAT"


def test_the_organ_and_the_time_stay_words() -> None:
    text = ("Diagnosis colon sigmoid colon cancer comma colon primary comma liver metastasis full stop Over the "
            "treatment period she was well full stop A new line of therapy is planned full stop")
    read = " ".join(spoken_punctuation(text, _rules()).split())
    assert read == ("Diagnosis: sigmoid colon cancer, colon primary, liver metastasis. Over the treatment period "
                    "she was well. A new line of therapy is planned.")


def test_a_note_that_is_not_dictated_is_read_as_written() -> None:
    text = "Diagnosis: metastatic colon cancer. Lesion 1 colon segment VII, 50 Gy in 5 fractions, full stop."
    assert spoken_punctuation(text, _rules()) == text  # one "full stop" does not make a dictated note


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_a_dictated_note_reads_its_lesion_and_quotes_its_own_words(tmp_path: Path, kind: str) -> None:
    from srscheck.api import analyze

    chart = tmp_path / f"dictated.{kind}"
    if kind == "txt":
        chart.write_text(DICTATED, encoding="utf-8")
    else:
        make_text_pdf(chart, DICTATED)
    result = analyze(chart, "77373x3,77435")
    f = result.reading.facts
    assert [(les.site, les.dose_gy, les.fractions) for les in f.lesions] == [("spinal", 24.0, 3)]
    assert "C3" in f.lesions[0].name
    assert f.sites.value == ["spinal"] and f.fractions.value == 3 and f.imaging.value == ["CT", "MRI"]
    assert f.modality.value == "linac" and f.positioning.value == ["mask"]
    assert quote_problems(result.to_dict(), result.reading.document) == []
    quotes = [e.text for les in f.lesions for e in les.evidence]
    assert any(q.startswith("Indication colon painful C3") for q in quotes)  # the chart's words, not the marks
    assert result.reading.document.text.count("colon") == 4  # the reading's document is the chart's


EXPORT = """SRS PLAN EXPORT
PatientID: SYN-0001
PlanningCT: 2026-03-01, 1 mm slices
PlanningMRI: none
ImmobilizationDevice: Frame
TreatmentUnit: Varian TrueBeam STx
Target: Right frontal metastasis, 1.2 cm
Prescription: 20 Gy in 1 fraction
TrueBeam: fraction 1 of 1 delivered 2026-03-02
"""


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_camel_case_keys_are_read_as_words(tmp_path: Path, kind: str) -> None:
    from srscheck.api import analyze

    chart = tmp_path / f"export.{kind}"
    if kind == "txt":
        chart.write_text(EXPORT, encoding="utf-8")
    else:
        make_text_pdf(chart, EXPORT.replace("\n", "\n\n"))
    result = analyze(chart, "77373,77263")
    f = result.reading.facts
    assert f.imaging.value == ["CT"]  # "PlanningCT"; "PlanningMRI: none" is negated
    assert f.positioning.value == ["frame"] and f.modality.value == "linac"
    assert [m.evidence.text for m in result.reading.mentions if m.label == "MODALITY"][-1].startswith("TrueBeam:")
    assert quote_problems(result.to_dict(), result.reading.document) == []


def test_a_spoken_period_before_a_lower_case_word_ends_the_sentence() -> None:
    # speech recognition writes the next sentence in lower case; two sure marks and the periods make it dictated
    text = ("HISTORY new paragraph she had a resection period her MRI showed a mass new paragraph TREATMENT we "
            "discussed two options and chose the latter period she was treated on the TrueBeam over the treatment "
            "period of three sessions period")
    read = " ".join(spoken_punctuation(text, _rules()).split())
    assert read == ("HISTORY she had a resection. her MRI showed a mass TREATMENT we discussed two options and "
                    "chose the latter. she was treated on the TrueBeam over the treatment period of three sessions.")


def test_periods_alone_do_not_make_a_dictated_note() -> None:
    text = "Over a period of weeks she improved. The latter period she spent at home period"
    assert spoken_punctuation(text, _rules()) == text


# Through the full reader: a dictation whose only sentence ends are its spoken marks
TWO_TARGETS = ("this is doctor quill dictating a radiosurgery note period new paragraph procedure colon single "
               "fraction stereotactic radiosurgery on the truebeam to two lesions with a thermoplastic mask period "
               "target one is a right occipital metastasis comma one point two centimeters comma treated to twenty "
               "gray period target two is a left cerebellar metastasis comma two point four centimeters comma treated "
               "to sixteen gray period both were treated today in one fraction as planned period new paragraph plan "
               "colon mri in eight weeks period\n")


def test_a_dictated_paragraph_gives_each_lesion_its_own_dose() -> None:
    from srscheck.nlp import read_text

    reading = read_text(TWO_TARGETS)
    assert [(les.name, les.dose_gy, les.fractions) for les in reading.facts.lesions] == [
        ("right occipital metastasis (target 1)", 20.0, 1), ("left cerebellar metastasis (target 2)", 16.0, 1)]
    quotes = [e.text for les in reading.facts.lesions for e in les.evidence]
    assert all(q in " ".join(TWO_TARGETS.split()) for q in quotes)  # the chart's own contiguous words
    assert any("left cerebellar metastasis comma two point four" in q for q in quotes)


def test_a_negation_ends_at_a_spoken_period() -> None:
    from srscheck.nlp import read_text

    reading = read_text("this is doctor quill dictating a radiosurgery note period new paragraph procedure colon "
                        "single fraction stereotactic radiosurgery to a right parietal metastasis comma twenty gray in "
                        "one fraction on the truebeam period there was no frame period mri was fused with the planning "
                        "ct and a thermoplastic mask was used period new paragraph plan colon follow up period\n")
    assert reading.facts.imaging.value == ["CT", "MRI"]  # "no frame" does not run on to the MRI
    assert reading.facts.positioning.value == ["mask"]


def test_an_ordinary_note_with_period_as_a_word_is_read_as_written() -> None:
    from srscheck.nlp import read_text

    typed = ("RADIOSURGERY NOTE\nDiagnosis: right parietal metastasis, 1.5 cm.\n"
             "Over a period of six weeks she had headaches; the waiting period was short.\n"
             "Procedure: single fraction SRS on the TrueBeam, 20 Gy in 1 fraction, thermoplastic mask.\n"
             "A planning CT was fused with MRI. No frame was used.\n")
    assert spoken_punctuation(typed, _rules()) == typed
    reading = read_text(typed)
    assert reading.document.text == typed
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(20.0, 1)]
    assert reading.facts.imaging.value == ["CT", "MRI"] and reading.facts.positioning.value == ["mask"]


PRONOUN_DOSES = ("this is doctor quill dictating a radiosurgery note period new paragraph procedure colon single "
                 "fraction stereotactic radiosurgery on the truebeam to two lesions period the first lesion is a right "
                 "occipital metastasis comma one point two centimeters period it received twenty gray in one fraction "
                 "period the second lesion is a left cerebellar metastasis comma two point four centimeters period it "
                 "received sixteen gray in one fraction period a thermoplastic mask was used period new paragraph plan "
                 "colon mri in eight weeks period\n")


@pytest.mark.parametrize("spoken", [True, False])
def test_a_dose_said_of_it_is_the_lesion_the_sentence_before_names(spoken: bool) -> None:
    # "It received sixteen gray" names no lesion: the sentence before it does; the course's most-cited dose had been
    # given to both lesions
    from srscheck.nlp import read_text

    text = PRONOUN_DOSES if spoken else PRONOUN_DOSES.replace(" period", ".").replace(" comma", ",").replace(
        " colon", ":").replace(" new paragraph", "\n")
    reading = read_text(text)
    assert [(les.name, les.dose_gy) for les in reading.facts.lesions] == [
        ("right occipital metastasis (lesion 1)", 20.0), ("left cerebellar metastasis (lesion 2)", 16.0)]
    dose_quotes = [e.text for les in reading.facts.lesions for e in les.evidence if e.rule == "lesion:dose"]
    assert dose_quotes[1].startswith("it received sixteen gray")


PERIODS_ONLY = ("this is doctor quill dictating a radiosurgery note period procedure colon single fraction "
                "radiosurgery on the truebeam to two lesions period target one is a right occipital metastasis "
                "treated to twenty gray period target two is a left cerebellar metastasis treated to sixteen gray "
                "period there was no frame period mri was fused with the planning ct and a thermoplastic mask was "
                "used period plan colon follow up in two months period\n")


def test_a_dictation_that_spells_only_period_and_colon_is_read_with_its_marks() -> None:
    # no "comma" or "full stop": its "period"s and "colon"s, read as marks by the words around them, are the
    # evidence; read as one long sentence, both targets took 20 Gy and "no frame" negated the MRI and the mask
    from srscheck.nlp import read_text

    assert " ".join(spoken_punctuation(PERIODS_ONLY, _rules()).split()).startswith(
        "this is doctor quill dictating a radiosurgery note. procedure: single fraction")
    reading = read_text(PERIODS_ONLY)
    assert [(les.name, les.dose_gy) for les in reading.facts.lesions] == [
        ("right occipital metastasis (target 1)", 20.0), ("left cerebellar metastasis (target 2)", 16.0)]
    assert reading.facts.imaging.value == ["CT", "MRI"] and reading.facts.positioning.value == ["mask"]
    assert _quotes_are_the_charts(reading, PERIODS_ONLY)


def _quotes_are_the_charts(reading, text: str) -> bool:
    flat = " ".join(text.split())
    return all(" ".join(e.text.split()) in flat for les in reading.facts.lesions for e in les.evidence)


def test_a_typed_note_whose_period_words_are_fewer_than_its_full_stops_is_read_as_written() -> None:
    typed = ("Over the peri-SRS period she was well. In the SRS period no seizures. Steroids over the post-SRS period "
             "were tapered. Her interval period was calm. She returns in six weeks. Plan: MRI.\n")
    assert spoken_punctuation(typed, _rules()) == typed
