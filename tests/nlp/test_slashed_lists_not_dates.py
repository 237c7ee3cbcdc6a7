"""Numbers written with slashes are a date only when nothing says they are something else: a list of collimator
sizes ("Collimators 4/8/16 mm"), of doses ("8/10/12 Gy") or a run of four slashed numbers ("4/8/14/18") is no
date. Read as one, "4/8/16 mm" dated a plan printout to 2016, years before the treatment note, and the printout
was set aside as an earlier course's record, its lesion table with it."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course
from srscheck.nlp.context import treatment_dates
from srscheck.nlp.vocab import load_vocabulary

NOTE = """GAMMA KNIFE RADIOSURGERY NOTE 11/09/2026
Leksell G frame applied under local anaesthetic. Stereotactic MRI and CT obtained and co-registered in GammaPlan.
Both lesions were treated today per the GammaPlan printout. Physics: frame co-ordinate check done.
"""

PLAN = """Leksell GammaPlan - Treatment Plan Summary
Target\tLocation\tMax dim (cm)\tRx (Gy)\tIsodose
T1\tR frontal\t2.1\t18\t50%
T2\tL cerebellar\t0.8\t22\t50%
Brainstem max 6.1 Gy. Collimators 4/8/16 mm. Plan approved by neurosurgery and radiation oncology.
"""


def test_slashed_lists_of_quantities_are_no_dates() -> None:
    vocab = load_vocabulary()
    for text in ("Collimators 4/8/16 mm.", "doses of 8/10/12 Gy", "levels 4/8/14/18", "sizes 4/8/16mm"):
        assert treatment_dates(text, vocab) == [], text
    assert [d.isoformat() for _s, _e, d in treatment_dates("MRI 10/28/26 18 Gy on 11/09/2026.", vocab)] == \
        ["2026-10-28", "2026-11-09"]


def test_a_plan_printout_with_a_collimator_list_is_this_course(tmp_path: Path) -> None:
    (tmp_path / "1_note.txt").write_text(NOTE)
    (tmp_path / "2_plan.txt").write_text(PLAN)
    reading = read_course([tmp_path / "1_note.txt", tmp_path / "2_plan.txt"])
    assert not any("earlier course" in w for w in reading.warnings)
    assert [(les.name, les.dose_gy, les.size_cm) for les in reading.facts.lesions] == \
        [("R frontal", 18.0, 2.1), ("L cerebellar", 22.0, 0.8)]
