"""Pipe-delimited exports without drawn borders: each record type's "#" title line over its records is a table
(the record type in every line's first field is no column), so a target's row keeps its columns and an organ
at risk's constraint stays in its own table."""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart
from srscheck.nlp.texttables import text_tables


def test_record_types_are_tables(tmp_path: Path) -> None:
    p = tmp_path / "export.txt"
    p.write_text("\n".join([
        "#HDR|OAKFIELD RADIOSURGERY|system=TESTPLAN 2|printed=2026-05-02",
        "#COURSE|C2|technique=fractionated stereotactic radiotherapy|unit=6 MV linac",
        "#DEVICE|item|state",
        "DEVICE|thermoplastic mask|used",
        "DEVICE|planning MRI|acquired",
        "#TARGET|name|site|size_cm|rx_cGy_per_fx|fx",
        "TARGET|PTV_A|right frontal lobe|1.2|800|3",
        "#OAR|structure|max_cGy_per_fx|constraint",
        "OAR|Brainstem|300|< 700 per fx (21 Gy / 3)",
        "OAR|Chiasm|90|< 500 per fx",
        "#END|completed 3 of 3 fractions",
    ]) + "\n", encoding="utf-8")
    les = list(read_chart(p).facts.lesions)
    assert [(x.dose_gy, x.fractions) for x in les] == [(24.0, 3)]  # not the brainstem's 21 Gy constraint
    assert "frontal" in les[0].name


def test_hl7_segments_stay_lines() -> None:
    lines = ["MSH|^~\\&|RO|SITE|HIS|SITE|20260101||ORU^R01|1|P|2.5.1",
             "OBX|1|ST|DX^Diagnosis^L||C71.1||||||F",
             "OBX|2|ST|RX^Rx^L||24 Gy in 3||||||F"]
    assert text_tables(lines) == []
