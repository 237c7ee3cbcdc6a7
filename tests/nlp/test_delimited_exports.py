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


def test_comma_separated_export_is_a_table(tmp_path: Path) -> None:
    """A CSV export's title line over its records is a table: each record is a target with its location,
    dose in cGy (an underscored title "RX_CGY" read as words) and fractions; a quoted field keeps its comma."""
    p = tmp_path / "export.txt"
    p.write_text("\n".join([
        "# export: TEST CLINIC / PLANSYS 1.0 / course SRS",
        "# course info: linac 6X-FFF, single-isocentre VMAT, thermoplastic mask; planning MRI T1+C 1 mm",
        "ID,NAME,DATE,TARGET,LOCATION,DIAM_CM,RX_CGY,FX,DELIVERED_CGY,STATUS",
        'X-1,"TESTCASE, ALMA",2026-03-02,PTV1,L frontal,0.8,2000,1,2000,TREATED',
        'X-1,"TESTCASE, ALMA",2026-03-02,PTV2,R cerebellar,1.2,1800,1,1800,TREATED',
        'X-1,"TESTCASE, ALMA",2026-03-02,PTV3,R parietal,0.5,2000,1,2000,TREATED',
        "# total targets: 3 ; signed A. Tester MD",
    ]) + "\n", encoding="utf-8")
    facts = read_chart(p).facts
    les = sorted(facts.lesions, key=lambda x: x.name)
    assert [(x.dose_gy, x.fractions) for x in les] == [(20.0, 1), (18.0, 1), (20.0, 1)]
    assert "frontal" in les[0].name and "cerebellar" in les[1].name
    assert facts.sites.value == ["cranial"] and facts.lesion_count.value == 3


def test_quoted_three_field_export_is_a_table(tmp_path: Path) -> None:
    """An export whose every field is quoted ("section","item","value") is a table of three columns whatever its
    fields hold, so its items' words are read without the quotes around them: the 4DCT and the vacuum bag."""
    p = tmp_path / "export.csv"
    p.write_text("\n".join([
        '"section","item","value"',
        '"course","technique","SBRT, VMAT, 6 MV FFF gantry linac"',
        '"course","simulation","4DCT 2026-05-04, PET-CT 2026-04-20 fused"',
        '"course","immobilisation","vacuum bag, arms above head"',
        '"course","prescription","48 Gy in 4 fractions"',
        '"fraction","1","2026-05-11 CBCT matched; 12 Gy"',
    ]) + "\n", encoding="utf-8")
    assert [len(t.rows[0]) for t in text_tables(p.read_text(encoding="utf-8").splitlines())] == [3]
    facts = read_chart(p).facts
    assert "CT" in facts.imaging.value and "body_immobilization" in facts.positioning.value


def test_prose_with_commas_is_no_export() -> None:
    lines = ["Seen today, with her daughter, in clinic, as planned.",
             "Headache better, nausea settled, no seizures, walking well.",
             "Plan: MRI in 8 weeks, review after, sooner if needed, all agreed."]
    assert text_tables(lines) == []


def test_synthetic_ct_is_no_ct_study(tmp_path: Path) -> None:
    p = tmp_path / "note.txt"
    p.write_text("SRS to a right frontal metastasis, 20 Gy in 1 fraction on a linac, thermoplastic mask.\n"
                 "Planning MRI T1+C 1 mm (MR-only planning, synthetic CT generated from the MRI).\n", encoding="utf-8")
    assert read_chart(p).facts.imaging.value == ["MRI"]


TAB_EXPORT = "\n".join([
    "TEST CLINIC\tPLANSYS MultiTarget Export 1.0\tprinted 2026-06-19\tpage 1 of 1",
    "patient\tTESTCASE, ALMA",
    "course\tC3 SRS-MULTI\tstatus completed\tfractions 1",
    "unit\t6 MV FFF gantry linac",
    "immobilisation\tSRS thermoplastic mask",
    "planning_mri\t3D T1 post gadolinium 1 mm",
    "#target\tlocation\tdiam_mm\trx_cGy\tnear_critical_structure\tdelivered_cGy\tstatus",
    "T01\tR frontal pole\t6\t2000\tno\t2000\tTreated",
    "T02\tL superior frontal\t9\t1800\tno\t1800\tTreated",
    "T03\tR angular gyrus\t5\t2000\tno\t2000\tTreated",
    "T04\tR gyrus rectus\t8\t1600\tyes - 4 mm from optic chiasm\t1600\tTreated",
    "#oar\tbrainstem Dmax 9.1 Gy\tchiasm Dmax 7.6 Gy",
    "attestation\tAll four targets were treated in one session as planned.",
]) + "\n"


def test_tab_separated_export_is_a_table(tmp_path: Path) -> None:
    """A tab-separated export's "#target" title line over its records is a table, its fields split at the tabs
    (whose expanded spaces line up with nothing): each target keeps its location, its cGy dose and its own
    distance to the chiasm; a place word shared with the next row ("gyrus") lends that row's words to no other
    lesion."""
    p = tmp_path / "export.txt"
    p.write_text(TAB_EXPORT, encoding="utf-8")
    les = list(read_chart(p).facts.lesions)
    assert [(x.name, x.dose_gy, x.fractions) for x in les] == [
        ("R frontal pole", 20.0, 1), ("L superior frontal", 18.0, 1), ("R angular gyrus", 20.0, 1),
        ("R gyrus rectus", 16.0, 1)]
    assert [x.complexity for x in les] == ["simple", "simple", "simple", "complex"]


def test_tab_separated_lines_of_different_widths_are_no_table() -> None:
    lines = ["patient    TESTCASE", "course     C1   status done   fractions 1", "unit   linac"]
    tabs = [[7], [6, 12, 25], [4]]
    assert text_tables(lines, tabs=tabs) == []


FIELD_LOG = [
    "PID|TEST-0001|EXAMPLE, PATIENT|DOB=1950-01-01",
    "CRS|SPINE_L1|STATUS=COMPLETED|MACHINE=6 MV FFF gantry linac",
    "SIM|2026-03-02|CT 1.0 mm supine, vacuum cushion|MRI L-spine fused to CT",
    "#FX|DATE|FIELD|MU|cGy_FIELD|cGy_FX|cGy_CUM|IMG|COMMENT",
    "1|2026-03-09|ARC1|1042|450|900|900|CBCT 6DoF|images approved",
    "1|2026-03-09|ARC2|1019|450|||||",
    "2|2026-03-11|ARC1|1042|450|900|1800|CBCT 6DoF|images approved",
    "2|2026-03-11|ARC2|1019|450|||||",
    "3|2026-03-13|ARC1|1042|450|900|2700|CBCT 6DoF|images approved",
    "3|2026-03-13|ARC2|1019|450|||||",
    "SIG|A. Example MD|2026-03-13",
]


def test_short_rows_closed_by_an_extra_bar_stay_rows_of_the_export() -> None:
    """An export that ends its field rows with one bar more than its titles ("1|...|ARC2|1019|450|||||" under nine
    titles) writes empty fields: the rows are the table's, not a table of their own that loses the fraction."""
    tables = [t for t in text_tables(FIELD_LOG) if t.first <= 3 <= t.last]
    assert len(tables) == 1 and (tables[0].first, tables[0].last, len(tables[0].rows)) == (3, 9, 7)
    assert all(len(r) == 9 for r in tables[0].rows)


def test_a_field_log_with_its_running_total_titled_unit_first_gives_the_delivered_dose(tmp_path: Path) -> None:
    """Two rows of each fraction (one per arc) with a "cGy_FIELD", a "cGy_FX" and a "cGy_CUM" column: the running
    total's last value (its title after its unit) is the delivered dose, and the fractions are the three
    numbered ones."""
    p = tmp_path / "export.txt"
    p.write_text("\n".join(FIELD_LOG) + "\n", encoding="utf-8")
    facts = read_chart(p).facts
    assert facts.fractions.value == 3
    assert [(x.dose_gy, x.fractions) for x in facts.lesions] == [(27.0, 3)]
