"""A transcription's run-on procedure paragraph: the pluperfect of this course's own simulation ("the patient had
been simulated on 05/12 ... planning CT fused with an MRI") is not an earlier course, and one lesion's clause does
not reach over another lesion's place ("a 1 mm expansion for the left frontal PTV and no expansion for the pontine
target" does not make the frontal lesion a brainstem one)."""

from __future__ import annotations

from srscheck.nlp import read_text

NOTE = """STEREOTACTIC RADIOSURGERY PROCEDURE NOTE
PROCEDURE: Linear accelerator based stereotactic radiosurgery, single fraction, two targets.
DESCRIPTION OF PROCEDURE: The patient had been simulated on 05/12/2026 supine in a custom thermoplastic mask with a 1 mm
planning CT, which was fused with a same-week contrast-enhanced volumetric MRI of the brain, and the gross tumor volumes
were contoured on the MRI with a 1 mm expansion for the left frontal PTV and no expansion for the pontine target, and
the plan prescribed 20 Gy to the 80% isodose line for the left frontal lesion and 15 Gy to the 80% isodose line for the
pontine lesion in view of the brainstem location, and today a cone-beam CT was acquired and the treatment delivered.
TREATMENT DELIVERED: Left frontal metastasis 20 Gy in 1 fraction; dorsal pontine metastasis 15 Gy in 1 fraction;
05/19/2026.
"""


def test_the_courses_own_simulation_told_in_the_pluperfect_counts() -> None:
    assert read_text(NOTE).facts.imaging.value == ["CT", "MRI"]


def test_an_earlier_course_in_the_pluperfect_is_still_history() -> None:
    reading = read_text("Consult. She had been treated with whole-brain radiotherapy, 30 Gy in 10 fractions, after an "
                        "MRI in 2019. Today: left frontal metastasis, SRS 20 Gy in 1 fraction planned on CT.\n")
    assert "MRI" not in (reading.facts.imaging.value or [])


def test_a_lesions_clause_ends_at_another_lesions_place() -> None:
    lesions = {les.name.lower(): (les.complexity, les.dose_gy) for les in read_text(NOTE).facts.lesions}
    frontal = next(v for k, v in lesions.items() if "frontal" in k)
    pontine = next(v for k, v in lesions.items() if "pontine" in k)
    assert frontal == ("simple", 20.0)
    assert pontine == ("complex", 15.0)
