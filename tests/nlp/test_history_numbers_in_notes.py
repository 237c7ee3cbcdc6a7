"""Long notes whose history carries numbers of other courses: (1) a sentence that opens by referring back to the time
of the sentence before ("In May 2019 ...; at that time she had whole brain radiation to 30 Gy in 10 fractions") is
dated by that time (patterns time_back_reference), so the earlier course's count is history; (2) an aside between
commas giving a reason ("the right temporal lesion, because of its volume and the earlier whole brain course,
received 16 Gy") neither puts the dose after it in the past (a ", received" terminator in context_rules.yaml) nor
names the target (patterns reason_aside)."""

from __future__ import annotations

from srscheck.nlp import read_text

NOTE = """RADIATION ONCOLOGY COMPLETION NOTE
Date of service: 09/14/2026

HISTORY: He presented in May 2019 with seizures and four brain metastases from renal cell carcinoma; at that time he
had whole brain radiation to 30 Gy in 10 fractions elsewhere. Sunitinib 50 mg daily since then.

TREATMENT: On 09/14/2026 he had frameless radiosurgery on the gantry linac with a thermoplastic mask and cone-beam
CT. The left parietal metastasis received twenty gray and the right temporal metastasis, because of its volume and the
earlier whole brain course, received sixteen gray, each in one fraction.
"""


def test_a_sentence_referring_back_to_an_earlier_year_is_history() -> None:
    facts = read_text(NOTE).facts
    assert facts.fractions.value == 1
    assert all(les.fractions == 1 for les in facts.lesions)


def test_the_dose_after_a_reason_aside_is_the_lesions() -> None:
    lesions = {les.name: les.dose_gy for les in read_text(NOTE).facts.lesions}
    assert lesions == {"left parietal metastasis": 20.0, "right temporal metastasis": 16.0}

