"""Lesions of one count given one dose each ("the two adrenal... received 45 Gy in 3 fractions each") are as many
lesions; when the chart names the members elsewhere (another count of as many lesions of the same place with their
places after it, "two liver metastases, at segments six and two", or in brackets), they take those names in order,
one lesion each, and no new count is made of them."""

from __future__ import annotations

from srscheck.nlp import read_text

HISTORY = ("Completion note, SBRT.\nShe has metastatic pancreatic cancer with two liver metastases, at segments six "
           "and two, and a solitary left upper lobe nodule.\nTreated 10/02 to 10/09/2026 on the gantry linac with "
           "CBCT before each fraction, 4D CT simulation, abdominal compression. The two liver lesions received 40 Gy "
           "in 5 fractions each, and the left upper lobe nodule 50 Gy in 5 fractions.\n")


def test_members_take_the_names_given_elsewhere() -> None:
    facts = read_text(HISTORY).facts
    got = sorted((les.name, les.site, les.dose_gy, les.fractions) for les in facts.lesions)
    assert got == [("left upper lobe nodule", "body", 50.0, 5), ("liver segment six", "body", 40.0, 5),
                   ("liver segment two", "body", 40.0, 5)], got
    assert facts.lesion_count.value == 3


def test_bracketed_members() -> None:
    text = HISTORY.replace("two liver metastases, at segments six and two,", "two liver metastases (segment VI and "
                           "segment II)")
    names = sorted(les.name for les in read_text(text).facts.lesions)
    assert names == ["left upper lobe nodule", "liver segment II", "liver segment VI"], names


def test_members_named_nowhere_keep_their_count() -> None:
    text = HISTORY.replace("two liver metastases, at segments six and two,", "liver metastases")
    names = sorted(les.name for les in read_text(text).facts.lesions)
    assert names == ["left upper lobe nodule", "liver lesions (1 of 2)", "liver lesions (2 of 2)"], names
