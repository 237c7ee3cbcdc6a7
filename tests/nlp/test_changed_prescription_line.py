"""A record's line that says the consultation's regimen was changed ("45 Gy / 3 (consult) changed to 40 Gy / 5") gives
the replaced regimen no count of the course: no interrupted or contradicted course against the delivered five
fractions (quantities.status_role, patterns superseded_after). A number with a volume unit ("Dmax 2 cc limit not
met") counts no lesions (patterns COUNTSTOP), however a count noun ("met") follows it."""

from __future__ import annotations

from srscheck.nlp import read_text

CHANGE = ("Prescription change\t45 Gy / 3 (consult) changed to 40 Gy / 5 on 02/05/2026: duodenum 5 mm from PTV, "
          "duodenum Dmax 2 cc limit not met at 15 Gy x 3")
SUMMARY = """SBRT TREATMENT SUMMARY - LIVER
Planning imaging\ttriphasic CT 02/02/2026 and MRI liver, fused
Immobilisation\tvacuum bag
""" + CHANGE + """

Session\tDate\tDose (Gy)\tRunning total (Gy)
1\t02/10/2026\t8\t8
2\t02/12/2026\t8\t16
3\t02/14/2026\t8\t24
4\t02/17/2026\t8\t32
5\t02/19/2026\t8\t40

Segment IV HCC: 40 Gy in 5 fractions completed 02/19/2026.
"""


def test_a_changed_regimen_is_no_planned_count() -> None:
    r = read_text(SUMMARY)
    assert r.facts.fractions.value == 5
    assert not [f for f in r.review if f.fact == "fractions"]


def test_a_volume_is_no_count_of_lesions() -> None:
    r = read_text(SUMMARY)
    assert r.facts.lesion_count.value == 1
    assert [(x.dose_gy, x.fractions) for x in r.facts.lesions] == [(40.0, 5)]


def test_without_the_change_the_other_regimen_is_still_flagged() -> None:
    text = SUMMARY.replace("(consult) changed to 40 Gy / 5 on 02/05/2026", "planned on 02/05/2026")
    assert [f for f in read_text(text).review if f.fact == "fractions"]
