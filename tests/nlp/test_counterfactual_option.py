"""A treatment named with a counterfactual after it ("proton therapy would have meant a long journey") is the option
not taken, not the unit the course used: the course's own unit decides."""

from __future__ import annotations

from srscheck.nlp import read_text

NOTE = """Completion note. Uveal melanoma of the right eye, close to the disc. Proton therapy would have meant
three weeks away from home, which he could not manage, so he chose stereotactic radiotherapy. He was treated with
50 Gy in five fractions on the 6 MV gantry linac with two arcs, a mask and cone-beam CT before each fraction,
completed 04/09/2027.
"""


def test_the_option_a_counterfactual_names_is_not_the_unit() -> None:
    reading = read_text(NOTE)
    assert reading.facts.modality.value == "linac"
