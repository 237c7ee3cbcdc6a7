"""Fields of records and exports, and letters that report the treatment:

- a field answered "none" with its reason after a dash, semicolon or comma ("Planning CT<tab>none - cone-beam CT
  as the reference") negates its label, as a bare "none" or a reason in parentheses does (patterns negated_field);
- an export's key=value field whose key joins its words with underscores ("|planning_ct=1.0 mm|") is read as its
  words: the value is split from the key (pipeline._INFIXES);
- a treating team's own report of the dose ("we gave fifteen Gray to the margin") is a report of the delivery, and
  an organ's limit later in the same line ("keeping the chiasm below eight Gray") is no table column: the dose
  is held against the record's (review._reported_dose_flags, patterns delivery_reported);
- the frame's co-ordinates checked with the unit's test tool verify the set-up (concepts FRAME_CHECK)."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_course, read_text

SUMMARY = """COURSE SUMMARY
Unit\tgantry linac, 6 MV flattening-filter-free
Immobilisation\topen-face mask
Planning MRI\tT1 post-contrast 1 mm, 01/10/2026
Planning CT\tnone - cone-beam CT used as the stereotactic reference
Target\tPTV_L left occipital metastasis
Prescription\t2400 cGy in 3 fractions
Course completed 01/20/2026: PTV_L 2400 cGy / 3 fractions.
"""


def test_a_field_answered_none_with_its_reason_after_a_dash_negates_its_label() -> None:
    assert read_text(SUMMARY).facts.imaging.value == ["MRI"]


def test_a_field_answered_with_a_study_keeps_it() -> None:
    text = SUMMARY.replace("none - cone-beam CT used as the stereotactic reference", "1 mm slices, 01/10/2026")
    assert read_text(text).facts.imaging.value == ["CT", "MRI"]


EXPORT = """##HDR|site=TEST CLINIC|system=TESTPLAN export|pt=TESTCASE, ANNA
##COURSE|id=SRS_1|modality=6X gantry linac|status=Completed|fractions_delivered=1
##SIM|date=2026-02-02|planning_ct=1.0 mm, head in mask|mri=T1 post-gadolinium 1 mm, fused
##IMMOB|device=open-face thermoplastic mask
##TGT|no|structure|location|rx_cGy|fx
TGT|1|PTV1|L frontal|2000|1
##TX|date=2026-02-05|CBCT match 0.4 mm|target treated
"""


def test_an_underscored_export_key_is_read_as_its_words() -> None:
    assert read_text(EXPORT).facts.imaging.value == ["CT", "MRI"]


PLAN = """PLAN REPORT
Fixation\tstereotactic head frame, applied 03/02/2026
Imaging\tstereotactic MRI 03/02/2026
Unit\tmulti-source cobalt-60 radiosurgery unit
Target\tleft parasellar meningioma, 1.8 cc
Prescription\t13 Gy in a single fraction to the 50% isodose
"""
RECORD = """SESSION RECORD 03/02/2026
frame check (co-ordinate test tool): passed, max deviation 0.2 mm
target Meningioma_L  marginal dose delivered 13.0 Gy (50%)  status TREATED
"""
LETTER = """Dear Dr. Tester,

{paragraph}

Yours sincerely,
A. Writer, Radiation Oncology
"""
# one line, as a letter's paragraph is
PARAGRAPH = ("Your patient had single-session radiosurgery on the second of March for the left parasellar meningioma. "
             "Under a head frame we gave {dose} Gray to the margin of the tumour, keeping the optic chiasm below eight "
             "Gray. He went home the same day.")


def _bundle(tmp_path: Path, dose: str):
    files = []
    letter = LETTER.format(paragraph=PARAGRAPH.format(dose=dose))
    for i, (name, text) in enumerate([("plan", PLAN), ("record", RECORD), ("letter", letter)]):
        p = tmp_path / f"{i + 1}_{name}.txt"
        p.write_text(text, encoding="utf-8")
        files.append(p)
    return read_course(files)


def test_a_letter_reporting_another_dose_is_flagged(tmp_path: Path) -> None:
    r = _bundle(tmp_path, "fourteen")
    assert r.facts.lesions[0].dose_gy == 13.0
    assert [f for f in r.review if f.fact == "lesions" and "14 Gy" in f.message]


def test_a_letter_reporting_the_same_dose_is_not_flagged(tmp_path: Path) -> None:
    r = _bundle(tmp_path, "thirteen")
    assert r.facts.lesions[0].dose_gy == 13.0
    assert not [f for f in r.review if f.fact == "lesions"]


def test_the_frame_checked_with_the_test_tool_verifies_the_set_up(tmp_path: Path) -> None:
    r = _bundle(tmp_path, "thirteen")
    assert [m for m in r.mentions if m.label == "FRAME_CHECK" and m.affirmed]
