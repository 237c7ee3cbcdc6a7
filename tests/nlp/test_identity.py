"""Chart identity facts: patient, record number, dates of service, attending, physicists, ICD-10."""

from __future__ import annotations

from srscheck.nlp import read_text

CHART = (
    "Patient: SAMPLEPATIENT, JANE MRN: SYN-0001 DOB: 02/11/1961\n"
    "Dx: C79.31 brain metastasis from lung adenocarcinoma (C34.12).\n"
    "Attending Marcus Ellery, MD\n"
    "CT simulation 03/01/2024. Treated 03/11/2024 - 03/13/2024, three fractions of 9 Gy.\n"
    "Physics plan check completed 03/08/2024 by Dana Whitfield, MS, DABR.\n"
    "Electronically signed by Marcus Ellery, MD 03/14/2024\n"
)


def test_identity_facts_with_evidence() -> None:
    ident = read_text(CHART).identity
    assert ident.patient_name.value == "SAMPLEPATIENT, JANE"
    assert ident.mrn.value == "SYN-0001"
    assert ident.dates_of_service.value == ["2024-03-11", "2024-03-13"]  # not the DOB, not the simulation
    assert ident.attending_physician.value == "Marcus Ellery"
    assert ident.physicists.value == ["Dana Whitfield"]
    assert ident.icd10.value == ["C79.31", "C34.12"]
    assert all(f.evidence for f in (ident.patient_name, ident.mrn, ident.dates_of_service, ident.physicists))


def test_nobody_named_and_nothing_invented() -> None:
    ident = read_text("Physics\nDose constraints reviewed with our physicist.\nPhysicist: ________\n"
                      "Tumor at T12 treated.\n").identity
    assert ident.physicists.value == []
    assert ident.patient_name.value is None and ident.mrn.value is None
    assert ident.icd10.value == [] and ident.dates_of_service.value == []


def test_identity_in_the_json_facts(tmp_path) -> None:
    from srscheck.api import check_reading

    d = check_reading(read_text(CHART), "77373").to_dict()
    assert d["facts"]["dates_of_service"]["value"] == ["2024-03-11", "2024-03-13"]
    assert d["facts"]["attending_physician"]["value"] == "Marcus Ellery"
    assert d["facts"]["modality"]["value"] is None or "value" in d["facts"]["modality"]


def test_day_month_year_dates_are_dates_of_service(samples_dir) -> None:
    """"Date of procedure 14 April 2025" (day, month name, year) is a date of service; the DOB and the
    signature time are not."""
    from srscheck.nlp import read_course

    reading = read_course([samples_dir / "s01_gk_frame_four_mets.pdf"])
    assert reading.identity.dates_of_service.value == ["2025-04-14"]
    assert "14 April 2025" in reading.identity.dates_of_service.evidence[0].text
    ident = read_text("Patient: DOE, JO\nTreatment dates 3rd Sept 2024 to 7 September 2024, 5 fractions.\n"
                      "Marginal dose 18 marginal 2024 units.\n").identity
    assert ident.dates_of_service.value == ["2024-09-03", "2024-09-07"]
