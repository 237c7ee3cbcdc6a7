"""Mechanisms found on corpus 76 (the dictated and bundled half of an in-tray, released for tuning), each on a chart
written here:

- a letter whose only treatment given stands in an earlier year is no record of a course, though its letterhead
  names a radiation oncology department or a radiosurgery clinic and it says treatment "would be considered" (a
  service's name and a treatment not given name no other course);
- a consultation's provisional regimen in a bundle is corrected by a later document that says the prescription was
  changed and gives the count the course was given in: no interrupted course;
- a study that staged the disease ("cT2a N0 M0 on PSMA PET-CT", "staged cT1c N0 M0 on PET-CT") is diagnostic, as a
  study named after what it showed is;
- the plan's sentence that names the treated lesions with their dose prescribed to an isodose line ("Both lesions
  were treated with a single VMAT plan of four arcs, each receiving 30 Gy ..., prescribed to the 80% isodose")
  names delineated targets, as a plan's Target field does.
"""

from __future__ import annotations

from srscheck.nlp import read_text

FOLLOW_UP_LETTER = """Northmoor Hospital - Department of
Radiation Oncology
Radiosurgery outpatient clinic
Northmoor, 14.09.2027
To whom it may concern
Patient: EXAMPLE, PERSON, born 02.03.1958
Diagnoses: 1. Brain metastases of a melanoma. 2. Status post single-session radiosurgery on 03.06.2026 under
stereotactic frame: left parietal metastasis 20 Gy (50% isodose), right cerebellar metastasis 18 Gy (50% isodose).
Dear colleague,
We saw Mrs Example today for her 15-month review. She is well and neurologically intact.
The MRI of 01.09.2027 shows the treated left parietal metastasis reduced to 2 mm. There is a new 2 mm focus in the
right temporal lobe, which may be a vessel. Recommendation: MRI in 8 weeks. If the focus grows, radiosurgery would
be considered; {tail}
With kind regards,
Dr A. Example
"""


def test_a_letter_of_an_earlier_years_radiosurgery_from_a_radiation_department_is_no_course() -> None:
    reading = read_text(FOLLOW_UP_LETTER.format(tail="no treatment is indicated at present and none was given."))
    facts = reading.facts
    assert facts.course_status.value == "follow_up"
    assert not facts.lesions and facts.lesion_count.value is None
    assert not facts.imaging.value and not facts.sites.value


def test_a_letter_that_gives_treatment_this_year_stays_a_course() -> None:
    # the control: radiosurgery given in the letter's own year is no history
    text = FOLLOW_UP_LETTER.format(tail="we treated it today with 18 Gy in one session under a mask.")
    assert read_text(text).facts.course_status.value == "delivered"

