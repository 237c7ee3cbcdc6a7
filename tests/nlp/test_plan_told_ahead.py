"""A document of the planning stage (it says the patient was simulated, or it is titled as a plan) tells its plan in
the future tense ("We will treat ... with 3 coplanar VMAT arcs, planned in <TPS>"): those are still its plan's
parameters. A letter written before simulation ("she will be simulated next week") only proposes them."""

from __future__ import annotations

from srscheck.nlp import read_text

LETTER = """Dear Dr. Okonkwo,
Thank you for referring this 74-year-old man with a 1.8 cm left lower lobe adenocarcinoma, medically inoperable.
{sim} We will treat 50 Gy in 5 fractions to the PTV with 3 coplanar VMAT arcs on a 10 MV FFF linac, planned in
HERONSGATE-TPS, with cone-beam CT before each fraction.
Yours sincerely,
Imelda Vasquez-Arnott, MD
"""


def _plan_words(text: str) -> list[str]:
    reading = read_text(text)
    return sorted(m.label for m in reading.mentions if m.label in ("PLAN_PARAMETER", "PLANNING_SYSTEM") and
                  m.affirmed)


def test_plan_letter_after_simulation_gives_its_parameters() -> None:
    text = LETTER.format(sim="He was simulated on 09/02/2026 supine in a vacuum cushion with a 4D CT.")
    assert "PLAN_PARAMETER" in _plan_words(text)
    assert "PLANNING_SYSTEM" in _plan_words(text)


def test_letter_before_simulation_only_proposes() -> None:
    text = LETTER.format(sim="He will be simulated next week in a vacuum cushion with a 4D CT.")
    assert _plan_words(text) == []
