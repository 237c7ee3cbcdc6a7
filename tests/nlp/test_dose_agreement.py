"""One target, several documents: the dose a single document gives beside the target's name does not outweigh
the dose that two other documents of the course agree on. The better-supported dose is read, and a review flag
quotes both, so the coder sees the disagreement instead of a silent choice."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course

PROCEDURE = """LINAC RADIOSURGERY PROCEDURE NOTE
Date of service 02/10/2026
Right parietal metastasis, 1.4 cm, treated on the Edge with a thermoplastic SRS mask and optical surface
guidance. Prescribed dose 20 Gy to the 80% isodose line. Cone-beam CT before the first arc. No complications.
"""

PHYSICS = """PHYSICS SECOND CHECK
Plan RPar_SRS approved 02/09/2026. Target: PTV right parietal. Dose 20 Gy, single fraction.
Independent MU calculation agreed within 1.8%. Brainstem maximum 2.1 Gy.
"""

POST_CARE = """POST-PROCEDURE CARE NOTE 02/10/2026 15:40
Patient recovered in the day unit after radiosurgery for the right parietal metastasis, received {dose} Gy.
Vital signs stable. Discharged home with her husband; instructions given.
"""


def _files(tmp_path: Path, *texts: str) -> list[Path]:
    out = []
    for i, text in enumerate(texts):
        p = tmp_path / f"{i + 1}_doc.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def test_a_dose_one_document_gives_does_not_outweigh_the_dose_two_documents_agree_on(tmp_path: Path) -> None:
    reading = read_course(_files(tmp_path, PROCEDURE, PHYSICS, POST_CARE.format(dose="22")))
    (lesion,) = reading.facts.lesions
    assert lesion.dose_gy == 20.0 and lesion.fractions == 1
    flags = [f for f in reading.review if f.fact == "lesions"]
    assert flags and "22 Gy" in flags[0].message and "20 Gy" in flags[0].message
    quoted = " ".join(e.text for e in flags[0].evidence)
    assert "received 22 Gy" in quoted and "20 Gy" in quoted


def test_documents_that_agree_raise_no_flag(tmp_path: Path) -> None:
    reading = read_course(_files(tmp_path, PROCEDURE, PHYSICS, POST_CARE.format(dose="20")))
    (lesion,) = reading.facts.lesions
    assert lesion.dose_gy == 20.0
    assert not [f for f in reading.review if f.fact == "lesions"]




PLAN = """SBRT PRESCRIPTION
Right adrenal metastasis: 30 Gy in 5 fractions of 6 Gy, cone-beam CT daily, vacuum cushion.
"""

DAILY = """ON-TREATMENT NOTE {day}
Fraction {k} of 5 delivered today, 6 Gy. Tolerating well.
"""

STOPPED = """PHYSICIAN NOTE 03/05/2026
The course was stopped after 3 of 5 planned fractions for a gastric bleed; no further treatment is planned.
"""


def test_doses_per_fraction_in_several_documents_are_no_agreed_total(tmp_path: Path) -> None:
    """Daily notes that each write the dose of their fraction agree on a dose per fraction, not on a total: on a
    course stopped after 3 of 5 fractions the lesion has 3 x 6 Gy, and no dose disagreement is flagged."""
    days = (DAILY.format(day=f"03/0{k + 1}/2026", k=k) for k in range(1, 4))
    reading = read_course(_files(tmp_path, PLAN, *days, STOPPED))
    (lesion,) = reading.facts.lesions
    assert (lesion.dose_gy, lesion.fractions) == (18.0, 3)
    assert not [f for f in reading.review if f.fact == "lesions"]
