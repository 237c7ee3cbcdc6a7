"""A lesion named by its tissue only ("bone met", "osseous metastasis": bone lies in the spine and in the body alike)
takes its site from the lesion's other words (its row's "T11 vertebral body"), with no review flag weighing a site
its name never gave; a bone met the chart places in the body stays body."""

from __future__ import annotations

from srscheck.nlp import read_text

SPINE = ("Spine stereotactic treatment record\n"
         "Site\tT11 vertebral body + L pedicle\tDx\tLung ca, bone met\n"
         "Unit\t6 MV gantry linac\tTPS\tExamplePlan\n\n"
         "Immobilization: vacuum body cushion. Sim CT 11/02/2026 + MRI T-spine registered.\n"
         "Rx: 24 Gy / 2 fx to PTV_T11. CBCT before each fraction.\n"
         "Fx 1 11/09/2026 12 Gy; Fx 2 11/11/2026 12 Gy. Course complete.\n")

HUMERUS = ("SBRT treatment record\nSite: left humerus, bone met from renal cell carcinoma\n"
           "Rx: 30 Gy / 5 fx on a 6 MV linac with CBCT; vacuum cushion. Course complete 11/20/2026.\n")


def test_a_bone_met_on_a_vertebral_row_is_spinal() -> None:
    reading = read_text(SPINE)
    assert reading.facts.sites.value == ["spinal"]
    assert [les.site for les in reading.facts.lesions] == ["spinal"]
    assert not [f for f in reading.review if f.fact == "sites"]


def test_a_bone_met_of_a_long_bone_stays_body() -> None:
    assert read_text(HUMERUS).facts.sites.value == ["body"]
