"""Finding mentions in system printouts: a pipe-separated export's fields are words of their own, a frame's
co-ordinate check written with a hyphen is one, and a negation inside a parenthesis governs only what it encloses."""

from __future__ import annotations

from srscheck.nlp import read_text


def _found(text: str, label: str) -> list:
    return [m for m in read_text(text).mentions if m.label == label]


def test_the_fields_of_a_pipe_separated_export_are_words() -> None:
    text = ("#PLAN|structure|rx_cGy|isodose_pct|shots\n"
            "PLAN|GTV_R_PARIETAL|2000|50|6\n")
    assert _found(text, "PLAN_PARAMETER")


def test_a_frame_co_ordinate_check_written_with_a_hyphen_verifies_the_setup() -> None:
    text = "Session 1 on 05/02/2026: co-ordinate check 0.2 mm, pass; treated as planned.\n"
    assert _found(text, "FRAME_CHECK")


def test_a_negation_inside_a_parenthesis_stops_where_it_closes() -> None:
    text = "Planning images: CT head 1 mm (no contrast) 05/01/2026 + MRI brain T1 post-gadolinium 04/30/2026, fused.\n"
    facts = read_text(text).facts
    assert facts.imaging.value == ["CT", "MRI"]


def test_a_cue_in_parentheses_still_reaches_back_and_on_to_a_comparison() -> None:
    back = read_text("Planning CT 05/01/2026. MRI (pacemaker - not done).\n").facts
    assert back.imaging.value == ["CT"]
    mri = [m for m in read_text("Planning CT 05/01/2026 (no MRI needed) vs MRI at the partner site.\n").mentions
           if m.label == "IMAGING" and m.value == "MRI"]
    assert mri and all(not m.affirmed for m in mri)
