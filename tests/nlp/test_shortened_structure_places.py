"""A plan's structure name that shortens the first word of a place of several words ("R_CavSinus_Mening": right
cavernous sinus) names that place: the lesion is the one the notes call "right cavernous sinus meningioma" (complex
by location), and a summary giving that lesion another dose is flagged. A place of several words is one place word
when a clause is read as a lesion's name and when two names are compared."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.lesions.classification import plain_words, signature
from srscheck.nlp.vocab import load_vocabulary

CHART = """GAMMA KNIFE PROCEDURE NOTE
Pre-op dx: two meningiomas - right cavernous sinus (2.0 x 1.6 cm) and left parietal convexity (2.2 cm).
Procedure: Leksell frame application; stereotactic MRI and stereotactic CT; Gamma Knife radiosurgery of both lesions
in one session on the Perfexion.

GammaPlan Dose Plan Report
Matrix\tTarget\tPrescription (Gy)\tIsodose (%)\tMax (Gy)\tVolume (cm3)
Matrix 1\tR_CavSinus_Mening\t13.0\t50\t26.0\t2.61
Matrix 2\tL_Parietal_Mening\t12.0\t50\t24.0\t4.02

DISCHARGE SUMMARY
Single-session Gamma Knife radiosurgery under a Leksell frame: right cavernous sinus meningioma {dose} Gy at the 50%
line, left parietal convexity meningioma 12 Gy at the 50% line.
"""


def test_a_shortened_first_word_reads_as_its_place() -> None:
    vocab = load_vocabulary()
    assert plain_words("R_CavSinus_Mening", vocab) == "R cavernous sinus Mening"
    assert plain_words("PTV_Cav", vocab) == "PTV cavity"  # a word alone keeps its abbreviation
    assert plain_words("PTV_LtOcc", vocab) == "PTV Lt occipital"
    assert {"cavernous", "sinus"} <= signature("R_CavSinus_Mening", vocab)
    assert signature("right cavernous sinus meningioma", vocab) == signature("R_CavSinus_Mening", vocab)


def test_the_structure_named_lesion_is_complex_by_its_place() -> None:
    reading = read_text(CHART.format(dose="13"))
    got = {les.name: les.complexity for les in reading.facts.lesions}
    assert got == {"R_CavSinus_Mening": "complex", "L_Parietal_Mening": "simple"}, got
    assert not reading.review, [f.message for f in reading.review]


def test_a_summary_giving_the_lesion_another_dose_is_flagged() -> None:
    reading = read_text(CHART.format(dose="14"))
    flags = [f.message for f in reading.review if f.fact == "lesions"]
    assert len(flags) == 1 and "13 Gy" in flags[0] and "14 Gy" in flags[0], flags
