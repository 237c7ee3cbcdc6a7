"""The role of a number, decided by general steps of the quantity grammar (each read from a chart file, as
`srscheck check` reads it):

- the subject of the clause that gives a dose decides its role: a lesion whose modifier names an organ at risk ("a 9 mm
  metastasis abutting the optic chiasm received 16 Gy") gets the dose; an organ as the subject keeps the organ's role;
- a plane named after a size of two dimensions ("3.6 x 2.9 cm axial") is the plane it was measured in, no slice;
- a "key=value" export is read as "key: value" fields, the unit and the per-fraction words taken from the key
  ("TOTAL_cGy=2400", "DOSE_PER_FX_GY=8", "Fx_delivered=3", "num_fx=1");
- a dose-volume threshold ("Brain 0.01 cm3 > 12 Gy", "volume receiving 12 Gy or more") is a metric, never a dose of
  the course;
- a dose times a count whose dose is too large for one fraction ("24 Gy x3" for a spine) is the total over the count
  unless the chart's other statements give the product, and the reader says it was unsure (a review flag);
- the patient stopping the course ("declined after fraction 2") names the delivered count, like "stopped after".
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart


def _read(tmp_path: Path, text: str, name: str = "chart.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return read_chart(p)


def test_a_lesion_as_the_subject_takes_the_dose_an_organ_in_its_modifier_names(tmp_path: Path) -> None:
    reading = _read(tmp_path, (
        "RADIOSURGERY PROCEDURE NOTE\n\n"
        "Date of treatment: 10/14/2026. Gamma Knife Icon, frameless with thermoplastic mask.\n"
        "A 9 mm metastasis abutting the optic chiasm received 16 Gy in a single fraction to the 50% isodose line.\n"
        "The optic chiasm received a maximum of 8 Gy.\n"
        "Treatment was delivered without complication.\n"))
    assert [(les.dose_gy, les.fractions, les.complexity) for les in reading.facts.lesions] == [(16.0, 1, "complex")]


def test_an_organ_as_the_subject_keeps_its_role() -> None:
    from srscheck.nlp.quantities import cue_role
    from srscheck.nlp.vocab import load_vocabulary

    vocab = load_vocabulary()
    for text, role in [("The optic chiasm received 8 Gy", "organ_at_risk"),
                       ("The optic chiasm received a maximum of 8 Gy", "maximum"),
                       ("Metastasis treated uneventfully and the brainstem received 9 Gy", "organ_at_risk"),
                       ("Lesion 2, 3 mm from the brainstem, was treated to 18 Gy", None),
                       ("T10 metastasis with epidural extension abutting the cord received 24 Gy", None)]:
        at = text.rindex(" ", 0, text.rindex(" Gy")) + 1
        assert cue_role(text, at, vocab) == role, text


def test_a_size_of_two_dimensions_and_its_plane_is_the_lesions(tmp_path: Path) -> None:
    reading = _read(tmp_path, (
        "RADIOSURGERY NOTE\n\n"
        "Right temporal metastasis 3.6 x 2.9 cm axial, 3.1 cm craniocaudal. Treated with Gamma Knife 18 Gy to the 50% "
        "isodose line in one fraction on 10/02/2026.\nFrame-based fixation.\n"))
    les = reading.facts.lesions
    assert [(x.size_cm, x.complexity) for x in les] == [(3.6, "complex")]


def test_a_slice_keeps_its_plane() -> None:
    from srscheck.nlp.lesions.classification import sizes_cm
    from srscheck.nlp.vocab import load_vocabulary

    vocab = load_vocabulary()
    assert [v for v, _ in sizes_cm("planning CT with 5 mm axial slices; the lesion measures 1.2 cm", vocab)] == [1.2]
    assert [v for v, _ in sizes_cm("MRI 4 x 4 mm axial images, lesion 1.4 x 1.1 cm axial", vocab)] == [1.4]


EXPORT = """SRS_EXPORT v2.1
PATIENT_ID=000123
COURSE_ID=C1
MACHINE=TrueBeam_2
TARGET=L_frontal_met
TOTAL_cGy=2400
DOSE_PER_FX_GY=8
FX_PLANNED=3
Fx_delivered=3
IMMOBILIZATION=thermoplastic mask
IMAGING=MRI T1 post-contrast fused to planning CT
TREATMENT_DATES=10/05/2026-10/09/2026
STATUS=COMPLETED
"""


def test_key_value_export_reads_unit_and_count_from_its_keys(tmp_path: Path) -> None:
    facts = _read(tmp_path, EXPORT).facts
    assert [(les.name, les.dose_gy, les.fractions) for les in facts.lesions] == [("L_frontal_met", 24.0, 3)]
    assert facts.fractions.value == 3
    # the same export with ": " is read the same
    facts = _read(tmp_path, EXPORT.replace("=", ": "), "colon.txt").facts
    assert [(les.name, les.dose_gy, les.fractions) for les in facts.lesions] == [("L_frontal_met", 24.0, 3)]


def test_lower_case_export_keys_are_labels(tmp_path: Path) -> None:
    facts = _read(tmp_path, (
        "SRS PLAN EXPORT\nplan_id=P7\ntarget_name=PTV_R_cerebellum\nrx_dose_Gy=20\nnum_fx=1\nisodose_pct=50\n"
        "treatment_status=delivered 10/02/2026\nunit=Gamma Knife Icon\nfixation=frame\n")).facts
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(20.0, 1)]


def test_export_keys_read_as_words_offsets_kept() -> None:
    from srscheck.nlp.lines import export_keys
    from srscheck.nlp.vocab import load_vocabulary

    rules = load_vocabulary().normalisation
    text = "TOTAL_cGy=2400\nFx_delivered=3\nPTV_A=20 Gy\nx=3 in prose\n\nlone_key=1\n"
    out = export_keys(text, rules)
    assert len(out) == len(text)
    assert out == "TOTAL cGy:2400\nFx delivered:3\nPTV_A=20 Gy\nx=3 in prose\n\nlone_key=1\n"
    # a legend's equations, spaced, are no fields
    legend = "Structure legend: PTV_01 = PTV_A (R frontal); PTV_02 = PTV_B (L parietal); PTV_03 = PTV_C\n"
    assert export_keys(legend, rules) == legend


def test_a_label_per_fraction_before_its_unit() -> None:
    from srscheck.nlp import read_text

    facts = read_text("Target: left frontal metastasis\nUnit: Gamma Knife Icon\nDose/fx (Gy): 8\nFractions: 3\n"
                      "Status: completed 10/09/2026\n").facts
    assert [(les.dose_gy, les.fractions) for les in facts.lesions] == [(24.0, 3)]


def test_a_dose_volume_threshold_is_a_metric(tmp_path: Path) -> None:
    reading = _read(tmp_path, (
        "STEREOTACTIC RADIOSURGERY TREATMENT SUMMARY\n\n"
        "Target: left parietal metastasis, 1.4 cm.\n"
        "Treatment delivered 10/12/2026 on the Gamma Knife Icon with a thermoplastic mask; 20 Gy in 1 fraction to the "
        "50% isodose line.\nPlan quality: brain volume receiving 12 Gy or more 5.1 cc.\nBrain 0.01 cm3 > 12 Gy\n"
        "V12Gy = 4.2 cc\n"))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(20.0, 1)]
    assert not reading.review
    alone = _read(tmp_path, (
        "STEREOTACTIC RADIOSURGERY TREATMENT SUMMARY\n\n"
        "Target: left parietal metastasis, 1.4 cm. Unit: Gamma Knife Icon, thermoplastic mask, treated 10/12/2026 in 1 "
        "fraction.\nBrain 0.01 cm3 > 12 Gy\nV12Gy = 4.2 cc\nTreatment was delivered without complication.\n"),
        "alone.txt")
    assert [les.dose_gy for les in alone.facts.lesions] == [None]


def test_an_arrow_is_no_threshold() -> None:
    from srscheck.nlp.quantities import cue_role
    from srscheck.nlp.vocab import load_vocabulary

    text = "Rx changed 18 Gy -> 20 Gy"
    assert cue_role(text, text.rindex("20"), load_vocabulary()) is None


SPINE = ("SPINE SBRT TREATMENT SUMMARY\n\nSite: T10 vertebral body metastasis. Unit: TrueBeam with CBCT, vacuum body "
         "cushion.\nPrescription: {rx} to the T10 PTV.\n{more}Treatment delivered 10/05/2026 to 10/09/2026.\n")


def test_a_dose_too_large_for_a_fraction_times_a_count_is_the_total_flagged(tmp_path: Path) -> None:
    reading = _read(tmp_path, SPINE.format(rx="24 Gy x3", more=""))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(24.0, 3)]
    flags = [f for f in reading.review if f.kind == "dose_times_count"]
    assert len(flags) == 1 and "24 Gy x3" in flags[0].message and "8 Gy per fraction" in flags[0].message


def test_the_charts_other_statements_settle_a_dose_times_a_count(tmp_path: Path) -> None:
    # each fraction's dose said elsewhere: the total, and no doubt
    reading = _read(tmp_path, SPINE.format(rx="24 Gy x3", more="Dose per fraction: 8 Gy.\n"))
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(24.0, 3)]
    assert not any(f.kind == "dose_times_count" for f in reading.review)
    # a plausible fraction's dose is read as written
    reading = _read(tmp_path, SPINE.format(rx="8 Gy x3", more=""), "b.txt")
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(24.0, 3)]
    assert not reading.review
    # the product said elsewhere: as written, however large
    lung = _read(tmp_path, (
        "LUNG SBRT TREATMENT SUMMARY\n\nSite: right upper lobe lung adenocarcinoma. Unit: TrueBeam with CBCT.\n"
        "Prescription: 22 Gy x3 to the PTV. Total dose 66 Gy.\nTreatment delivered 10/05/2026 to 10/09/2026.\n"),
        "lung.txt")
    assert [(les.dose_gy, les.fractions) for les in lung.facts.lesions] == [(66.0, 3)]
    assert not any(f.kind == "dose_times_count" for f in lung.review)


def test_the_patient_stopping_names_the_delivered_count(tmp_path: Path) -> None:
    for i, stop in enumerate(["The patient declined after fraction 2.",
                              "The patient declined further treatment after fraction 2 because of pain on the table.",
                              "She refused the remaining fractions after the second fraction."]):
        reading = _read(tmp_path, (
            "SBRT TREATMENT SUMMARY\n\nSite: L2 vertebral body metastasis. Unit: TrueBeam with CBCT; vacuum cushion "
            f"immobilization.\nPrescription: 30 Gy in 5 fractions to the L2 PTV, started 10/05/2026.\n{stop}\n"),
            f"c{i}.txt")
        assert reading.facts.fractions.value == 2, stop
        assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(12.0, 2)], stop


def test_a_decline_of_something_else_counts_nothing(tmp_path: Path) -> None:
    reading = _read(tmp_path, (
        "SBRT TREATMENT SUMMARY\n\nSite: L2 vertebral body metastasis. Unit: TrueBeam with CBCT.\n"
        "Prescription: 30 Gy in 5 fractions to the L2 PTV, delivered 10/05/2026 to 10/12/2026.\n"
        "Her performance status declined after fraction 2 but she completed all five fractions.\n"))
    assert reading.facts.fractions.value == 5
