"""A record's fields written with dot leaders ("Fractions delivered ..... 1 of 1") read as "label: value", and a
paper form's answer marked "(circled)" read without the marking word ("Sessions (circled) 1")."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

EXPORT = """=== EXAMPLE CANCER CENTRE :: COURSE EXPORT ===
Patient ................. TESTCASE, BEA
MRN ..................... X-7
Course .................. C1_L1_SBRT   (status: COMPLETED)
Treatment unit .......... 6 MV gantry linac
Immobilization .......... vacuum cushion, supine
Sim CT .................. 05/02/2026, 1.0 mm
Target .................. GTV L1 body; PTV = CTV + 2 mm
Plan L1_v1 .............. APPROVED 05/06/2026; 9 arcs; Rx 1600 cGy to 80% isodose
Fractions planned ....... 1
Fx 1 .................... 05/08/2026  1600 cGy  CBCT matched
Fractions delivered ..... 1 of 1
Dose delivered .......... L1: 1600 cGy
"""

FORM = """EXAMPLE RADIOSURGERY CENTRE - TREATMENT DAY SHEET (typed from the paper form)
Patient / MRN\t\tTESTCASE, CAL / X-8
Date\t\t03/03/2026
Unit\t\tcobalt-60 multi-source radiosurgery unit
Fixation\t\t[x] frame [ ] mask\tAB
MRI (stereotactic)\t\tY T1+C 1mm\tCD
Target 1\t\tL occipital metastasis 1.0 cm, 20 Gy @ 50%, shots (circled) 3\tEF
Sessions\t\t(circled) 1\tCD
Delivered\t\t20 Gy, 3 shots, no interrupt\tCD
"""


def _read(tmp_path: Path, text: str):
    path = tmp_path / "chart.txt"
    path.write_text(text, encoding="utf-8")
    return read_course([path])


def test_a_dot_leader_field_gives_its_value(tmp_path: Path) -> None:
    facts = _read(tmp_path, EXPORT).facts
    assert facts.fractions.value == 1
    (lesion,) = facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (16.0, 1)


def test_a_circled_answer_is_the_fields_value(tmp_path: Path) -> None:
    facts = _read(tmp_path, FORM).facts
    assert facts.fractions.value == 1
    (lesion,) = facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (20.0, 1)


YES_NO = """EXAMPLE MR-LINAC CENTRE - SBRT FRACTION FORM (typed from the paper form)
Site\t\tLeft adrenal metastasis, 2.1 cm
Unit\t\t1.5 T MR-linac
Rx\t\t35 Gy in 5 fractions, 7 Gy/fx
Immobilization\t\t[x] vacuum cushion
Simulation imaging\t\tSim CT Y (04/01/2026) Sim MRI Y (04/01/2026) PET N
Total delivered: 35 Gy / 5 fx left adrenal.
"""


def test_an_item_answered_n_in_a_yes_no_row_was_not_done(tmp_path: Path) -> None:
    """"Sim CT Y (...) Sim MRI Y (...) PET N": CT and MRI were done for the plan, the PET was not."""
    assert _read(tmp_path, YES_NO).facts.imaging.value == ["CT", "MRI"]
