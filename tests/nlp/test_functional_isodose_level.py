"""A functional target is prescribed to its maximum dose; the dose the chart writes at a lower isodose line of
the same shot ("a maximum dose of 80 Gy (the 50% line at 40 Gy)") is that line's level, not the prescription.
A tumour's marginal dose at its isodose line stays the prescription."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart


def _lesions(tmp_path: Path, text: str):
    p = tmp_path / "note.txt"
    p.write_text(text, encoding="utf-8")
    return [(x.dose_gy, x.fractions) for x in read_chart(p).facts.lesions]


def test_functional_maximum_over_its_isodose_level(tmp_path: Path) -> None:
    text = ("PREOPERATIVE DIAGNOSIS: Left trigeminal neuralgia, refractory to medication.\n"
            "PROCEDURE: Stereotactic radiosurgery, left trigeminal nerve, cobalt-60 unit, head frame.\n"
            "A single 4 mm shot delivered a maximum dose of 85 Gy (the 50% line at 42.5 Gy); "
            "brainstem 15 Gy line outside the pons.\n")
    assert _lesions(tmp_path, text) == [(85.0, 1)]


def test_tumour_marginal_dose_at_its_isodose_stays(tmp_path: Path) -> None:
    text = ("DIAGNOSIS: Right vestibular schwannoma.\n"
            "PROCEDURE: Gamma Knife radiosurgery under a head frame. A marginal dose of 12 Gy in 1 fraction "
            "to the 50% isodose line, maximum dose 24 Gy.\n")
    assert _lesions(tmp_path, text) == [(12.0, 1)]
