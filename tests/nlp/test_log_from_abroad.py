"""A per-fraction log as records from abroad write it: its first column titled "Fr", day-first dates with dashes
("03-12-2026") and doses with decimal commas ("12,5"). It is the dated record of what was delivered, so its sum is
the target's dose above a closing line's other figure (a review flag names the two)."""

from __future__ import annotations

from srscheck.nlp import read_text

RECORD = ("SBRT ADRENAL - TREATMENT REPORT\n"
          "Patient        EXAMPLE, PATIENT\n"
          "Diagnosis      Left adrenal metastasis of lung carcinoma, 3,1 cm\n"
          "Treatment unit 6 MV gantry linac\n"
          "Prescription   3 x 12,5 Gy = 37,5 Gy\n\n"
          "Fr   Date         Dose (Gy)   Cumulative (Gy)\n"
          "1    01-12-2026   12,5        12,5\n"
          "2    03-12-2026   12,5        25,0\n"
          "3    07-12-2026   12,5        37,5\n\n"
          "Discharge: SBRT of the adrenal lesion completed, 35 Gy in 3 fractions, well tolerated.\n")


def test_a_log_with_day_first_dates_and_decimal_commas_is_the_record() -> None:
    reading = read_text(RECORD)
    assert [(les.dose_gy, les.fractions) for les in reading.facts.lesions] == [(37.5, 3)]
    assert any("37.5 Gy" in f.message and "35 Gy" in f.message for f in reading.review)
