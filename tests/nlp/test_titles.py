"""One reading of a document's title (srscheck.nlp.titles) for every reader that asks whether a line is a heading:
the facts' document kinds, the amendments and the review's regimen-in-a-title flag. A heading line is a line of
at most ten words, or the first non-blank line when it is no sentence, among the document's first six lines
(blank lines counted): before, amendments counted six non-blank lines and the facts allowed eight words."""

from __future__ import annotations

import re

from srscheck.nlp.amendments import amendment_spans
from srscheck.nlp.reader import document_from_text
from srscheck.nlp.titles import heading_match, in_title, titled
from srscheck.nlp.vocab import load_vocabulary

BANNER = ("HARBORLIGHT HEPATOBILIARY & RADIATION CENTER\n"
          "Patient: SAMPLEPATIENT, RUPERT MRN: SYN-00017\n"
          "\n"
          "SBRT liver 45 Gy / 3 fx - Course\n"
          "Summary\n"
          "HPI: 66M, HBV cirrhosis, Child-Pugh A6. Treated with 8 Gy x 5 = 40 Gy to segment VIII.\n")


def test_a_banner_of_nine_words_is_a_heading_line() -> None:
    """The banner "SBRT liver 45 Gy / 3 fx - Course" is nine words (the slash and the dash count): a heading for
    the facts' title reading as for the review's (which flags its regimen against the record's 40 Gy in 5)."""
    regimen = re.compile(r"45 Gy / 3 fx")
    m = heading_match(regimen, BANNER, 0, len(BANNER))
    assert m is not None and m.group(0) == "45 Gy / 3 fx"
    assert titled(regimen, BANNER, 0, len(BANNER)) is not None
    assert in_title(BANNER, 0, len(BANNER), BANNER.index("45 Gy"))
    assert not in_title(BANNER, 0, len(BANNER), BANNER.index("40 Gy")), "a sentence of the note is no title"


def test_an_addendum_paragraph_below_the_title_lines_is_no_amendment_title() -> None:
    """A summary whose note ends with an "ADDENDUM ...:" paragraph: the paragraph is the chart's correction, the
    summary is not an amendment document (its sixth non-blank line is its eighth line, below its title)."""
    text = ("SUMMIT PEAKS RADIATION ONCOLOGY -- TREATMENT SUMMARY\n"
            "SAMPLEPATIENT, LORELEI MRN SYN-00012\n"
            "\n"
            "Breast cancer with three brain metastases treated with single\n"
            "fraction linac radiosurgery on 12/04/2026: right frontal 22 Gy.\n"
            "\n"
            "No acute toxicity.\n"
            "ADDENDUM 02/05/2027 (follow-up): MRI brain shows response of all\n"
            "three lesions.\n")
    spans = amendment_spans(document_from_text(text), load_vocabulary())
    start = text.index("ADDENDUM")
    assert spans == [(start, len(text))] or (spans and spans[0][0] == start), spans
    assert all(s >= start for s, _e in spans), "the summary itself is not the amendment"
