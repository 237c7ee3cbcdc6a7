"""A lesion's CPT class from the words its label carries anywhere in the chart (a target list row with a dotted
leader and a semicolon, a "Target 2 = ..." definition, "Met 1 (...) measures 4.1 cm"), from "the cavity" when the
course has one cavity, and never from another lesion's clause of the same sentence."""

from __future__ import annotations

from srscheck.nlp import read_text


def _classes(text: str) -> dict[str, str]:
    reading = read_text(text)
    return {les.name: les.complexity for les in reading.facts.lesions}


def _complex_names(text: str) -> list[str]:
    return sorted(les.name for les in read_text(text).facts.lesions if les.complexity == "complex")


LEADER = """RADIOSURGERY NOTE
Date 03/02/2026. Gamma Knife Icon, Leksell frame, one session.
TARGETS
  T1  right frontal ................. 1.2 cm
  T2  left temporal (hippocampal tail) ...... 0.8 cm; 3 mm from the left optic tract
DELIVERED
  T1 right frontal 20 Gy; T2 left temporal 16 Gy. Two lesions treated in one session.
"""


def test_a_target_rows_distance_after_a_leader_and_semicolon_is_its_own() -> None:
    names = _complex_names(LEADER)
    assert len(names) == 1 and "T2" in names[0], names


DEFINED = """LINAC SRS PROCEDURE NOTE
Date 04/07/2026. TrueBeam, open-face mask, one session.
Lesions treated: 2
  Lesion 1 = right jugular foramen glomus tumor, 1.6 cm
  Lesion 2 = left convexity meningioma, 1.9 cm
Dose: Lesion 1 15 Gy. Lesion 2 14 Gy.
Plan data
Structure   Volume (cc)   Rx
Lesion 1    1.1           15 Gy
Lesion 2    2.4           14 Gy
"""


def test_a_labels_definition_gives_its_row_the_histology() -> None:
    classes = _classes(DEFINED)
    assert sorted(classes.values()) == ["complex", "simple"], classes
    assert classes.get("Lesion 2", "simple") == "simple"


MEASURED = """TREATMENT SUMMARY (record and verify export)
Patient: EXAMPLE, PERSON      Machine: EDGE2      Printed 05/12/2026
Rationale: Met 1 (right parietal) measures 3.9 cm and is unresectable. Met 2 (left occipital, 0.7 cm) is small.
Simulation: mask, CT 1 mm, MRI T1 post-contrast fused.

Plan        Ref. point        Dose/Fx (cGy)   Fx (del/plan)   Cum (cGy)   Date
SRS_M1      PTV_Met1_18Gy     1800            1/1             1800        05/11/2026
SRS_M2      PTV_Met2_20Gy     2000            1/1             2000        05/11/2026

Course status: COMPLETED. Two lesions, one session.
"""


def test_a_labels_size_in_prose_reaches_its_structure_row() -> None:
    names = _complex_names(MEASURED)
    assert len(names) == 1 and "1" in names[0], names


CAVITY = """Dear colleague,
On 06/20/2026 I completed stereotactic radiosurgery for your patient on the TrueBeam in three fractions.
He had a right frontal metastasis resected in May, and a separate 1.1 cm left occipital metastasis.
We treated the right frontal resection cavity, 27 Gy in 3 fractions, and the left occipital metastasis,
24 Gy in 3 fractions.
The cavity measures 3.8 cm in greatest dimension on the planning MRI.
"""


def test_the_cavity_named_alone_is_the_courses_one_cavity() -> None:
    classes = _classes(CAVITY)
    cavity = [n for n in classes if "cavity" in n]
    assert cavity and classes[cavity[0]] == "complex", classes
    assert [c for n, c in classes.items() if "occipital" in n] == ["simple"], classes


def test_a_lesions_clause_does_not_reach_back_over_anothers_dose() -> None:
    """'PTV1 <cavernous sinus> 25 Gy in 5 fractions and PTV2 left frontal convexity ...': PTV2's words start after
    PTV1's dose, so PTV2 does not take PTV1's location."""
    from srscheck.nlp.lesions.classification import complexity
    from srscheck.nlp.lesions.resolution import related_text
    from srscheck.nlp.vocab import load_vocabulary

    from srscheck.core.sentences import sentence_bounds

    vocab = load_vocabulary()
    text = ("Targets: see the table above.\nPTV1 right cavernous sinus meningioma 25 Gy in 5 fractions and PTV2 left "
            "frontal convexity meningioma 25 Gy in 5 fractions, both treated in each session.\n")
    at = text.index("PTV1")
    sentences = [(0, text.index("\n")), sentence_bounds(text, at, at + 4)]
    words = related_text("left frontal convexity (PTV2)", 0, text, vocab, sentences)
    assert "frontal" in words and "cavernous" not in words, words
    assert complexity("left frontal convexity (PTV2)", words, 2.0, vocab)[0] == "simple"
