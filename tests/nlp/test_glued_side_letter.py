"""A side letter run into a whole place word ("Rparietal resection cavity": a fax's scan or a form that lost the
space) names that side and place: the target is cranial, and its size makes it complex."""

from __future__ import annotations

from srscheck.nlp import read_text
from srscheck.nlp.lesions.classification import glued_side
from srscheck.nlp.vocab import load_vocabulary

LOG = ("Stereotactic treatment - session log\n"
       "Patient / MRN    EXAMPLE, PATIENT / X-4\n"
       "Site             Rparietal resection cavity (max dimension 3.9 cm)\n"
       "Rx               2500 cGy in 5 fx (500 cGy/fx) to 80% IDL\n"
       "Unit             6 MV gantry linac, thermoplastic mask, CBCT daily\n\n"
       "Fx  Date      Dose (cGy)  Cum (cGy)\n"
       "1   12/01/26  500         500\n2   12/02/26  500         1000\n3   12/03/26  500         1500\n"
       "4   12/04/26  500         2000\n5   12/07/26  500         2500\n\nCourse complete.\n")


def test_a_side_letter_run_into_a_place_word_names_the_place() -> None:
    facts = read_text(LOG).facts
    assert facts.sites.value == ["cranial"]
    assert [(les.site, les.complexity, les.dose_gy) for les in facts.lesions] == [("cranial", "complex", 25.0)]


def test_only_a_side_letter_before_a_place_word_is_read_so() -> None:
    vocab = load_vocabulary()
    assert glued_side("Ltemporal", vocab) == "left temporal"
    assert [glued_side(w, vocab) for w in ("Lingual", "Rectal", "Lesion", "Right", "Liver")] == [None] * 5
