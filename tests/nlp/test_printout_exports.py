"""Other clinics' printouts and exports: (1) a CSV export's key and quoted value ('immobilization,"vacuum cushion"')
are tokenized apart, so the value's words are found; (2) "Child-Pugh" (a liver score) puts nothing in another
person; (3) a fixed-width table ruled above its titles and below its rows may hold a single target row (its cell run
on to a second line); (4) a printout's tracking field ("TRACKING  SPINE") and a robotic linac's variable aperture
written with its size ("IRIS 7.5") are hints of the robotic unit, the size left out of the word."""

from __future__ import annotations

from srscheck.nlp import read_text

CSV = """key,value
system,OIS export
diagnosis,"C22.0 hepatocellular carcinoma, segment 6, Child-Pugh B7"
unit,"robotic-arm mounted linac"
immobilization,"vacuum cushion, arms above head"
planning_ct,"2026-05-02 contrast CT 1.5 mm"
target,PTV_Liver
prescription,"4000 cGy in 5 fractions"
course_status,"completed 2026-05-20, 4000 cGy / 5 fx"
"""


def test_csv_values_are_read() -> None:
    facts = read_text(CSV).facts
    assert facts.modality.value == "robotic_linac"
    assert "body_immobilization" in facts.positioning.value
    assert "CT" in facts.imaging.value


def test_child_pugh_is_no_other_person() -> None:
    text = "Segment 6 HCC in Child-Pugh A5 cirrhosis set up in a vacuum cushion after a 1 mm planning CT\n"
    facts = read_text(text).facts
    assert "body_immobilization" in facts.positioning.value
    assert facts.imaging.value == ["CT"]


PRINTOUT = """ACME OIS          TREATMENT SUMMARY          PAGE 1
----------------------------------------------------------------------------------
TARGET        SITE         RX-CGY  FX  ISODOSE  BEAMS  NODES  COLL      DMAX-CGY
T11_PTV       T11 body +   2400    1   80%      120    74     IRIS 10   3000
              left pedicle
----------------------------------------------------------------------------------
SETUP      VACUUM CUSHION, ARMS DOWN
TRACKING   SPINE 6D
COURSE STATUS: COMPLETE   DELIVERED 2400 CGY IN 1 FX
"""


def test_framed_single_row_table() -> None:
    reading = read_text(PRINTOUT)
    heads = [[c.text for c in t.header] for t in reading.document.tables]
    assert ["TARGET", "SITE", "RX-CGY", "FX", "ISODOSE", "BEAMS", "NODES", "COLL", "DMAX-CGY"] in heads
    facts = reading.facts
    assert facts.sites.value == ["spinal"]
    (les,) = facts.lesions
    assert (les.dose_gy, les.fractions) == (24.0, 1)


def test_tracking_field_and_iris_aperture_infer_the_robotic_unit() -> None:
    facts = read_text(PRINTOUT).facts
    assert facts.modality.value == "robotic_linac"
    assert facts.modality.inferred


def test_one_hint_alone_infers_nothing() -> None:
    text = PRINTOUT.replace("IRIS 10 ", "FIXED 10")
    assert read_text(text).facts.modality.value is None
