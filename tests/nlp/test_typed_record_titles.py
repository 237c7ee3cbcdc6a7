"""A pipe-delimited export whose title line names each record type's columns ("TYPE|TARGET|RX_TOTAL_CGY|FX" over
"PRESC|PTV_LtFront|2400|3" rows): the title line is the header, its first field the title of the record-type
column (no column of the table) and its underscored titles words ("RX TOTAL CGY"), so the prescription is read in
cGy and a session log's rows (one per session per isocentre) are sessions, not lesions."""

from __future__ import annotations

from srscheck.nlp import read_text

EXPORT = """##EXPORT|ACME-RV 2 (made up)|generated 20260402
##COURSE|C1_BRAIN|status DONE|start 20260330|end 20260402
##IMAGING|CT|20260325|1 mm
TYPE|TARGET|SIZE_MM|RX_TOTAL_CGY|FX|CGY_PER_FX
PRESC|PTV_LtFront|14|2400|3|800
PRESC|PTV_RtOcc|9|2400|3|800
TYPE|FRACTION|DATE|ISOCENTER|TARGET|MU|DOSE_CGY|CUM_CGY|STATUS
SESS|1|20260330|ISO1|PTV_LtFront|2011|800|800|DONE
SESS|1|20260330|ISO2|PTV_RtOcc|1730|800|800|DONE
SESS|2|20260401|ISO1|PTV_LtFront|2011|800|1600|DONE
SESS|2|20260401|ISO2|PTV_RtOcc|1730|800|1600|DONE
SESS|3|20260402|ISO1|PTV_LtFront|2011|800|2400|DONE
SESS|3|20260402|ISO2|PTV_RtOcc|1730|800|2400|DONE
"""


def test_typed_title_line_is_the_header() -> None:
    reading = read_text(EXPORT)
    heads = [[c.text for c in t.header] for t in reading.document.tables]
    assert ["TARGET", "SIZE MM", "RX TOTAL CGY", "FX", "CGY PER FX"] in heads


def test_session_rows_are_no_lesions() -> None:
    facts = read_text(EXPORT).facts
    assert facts.lesion_count.value == 2
    assert sorted((les.dose_gy, les.fractions) for les in facts.lesions) == [(24.0, 3), (24.0, 3)]
    assert facts.fractions.value == 3
