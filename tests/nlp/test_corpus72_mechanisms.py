"""Mechanisms behind corpus 72 (other clinics' system printouts and exports), each on a chart written here:

- a comma-separated export whose title lines are commented out and name their section ("# rx: target,total_cGy,
  fractions" over "PTV_A,2400,3") is read as tables, one per section;
- an isocentre's key named after what it is centred on ("ISO_LtFrontal" on every arc's row) is the isocentre's row,
  no lesion;
- a prescription history that marks a version RETIRED, beside the plan summary of that version, explains the two
  doses: the delivered one is read and nothing is flagged;
- a radiosurgery table's "Dose at 50%" column is the prescription only where the row's isodose is 50%: a row
  prescribed at its 100% isodose takes its maximum;
- an export key under its record's name ("rx.fractions = 1") is the course's fraction count.
"""

from __future__ import annotations

from pathlib import Path

from srscheck.nlp import read_chart, read_course

COMMENTED_CSV = """# KESTREL-RV 4.1 course export; site=HOLM RIDGE CANCER CENTRE; generated=02/03/2027 10:12:00
# name,mrn,dob
"TESTPATIENT, GAMMA",TEST-003,01/02/1960
# course_id,intent,unit,immobilization,sim_ct,sim_mri
K1,Palliative,"gantry linac 6 MV FFF","open face mask",01/20/2027 CT 1 mm,01/19/2027 MRI T1 post-contrast fused
# rx: target,total_cGy,fractions,cGy_per_fx,isodose_pct
PTV_LtFrontal,2500,5,500,80
PTV_RtCbllm,3000,5,600,80
# dvh: structure,D95_cGy,Dmax_cGy,Dmean_cGy
PTV_LtFrontal,2530,3120,2870
PTV_RtCbllm,3010,3700,3390
Brainstem,,1510,300
# fraction,date,PTV_LtFrontal_cGy,PTV_RtCbllm_cGy,status
1,02/01/2027,500,600,DONE
2,02/02/2027,500,600,DONE
3,02/03/2027,500,600,DONE
4,02/04/2027,500,600,DONE
5,02/05/2027,500,600,DONE
"""


def test_commented_titles_of_a_csv_export_are_its_tables(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(COMMENTED_CSV, encoding="utf-8")
    r = read_chart(path)
    assert sorted((les.dose_gy, les.fractions) for les in r.facts.lesions) == [(25.0, 5), (30.0, 5)]
    assert r.facts.fractions.value == 5
    assert r.facts.sites.value == ["cranial"]


ARCS = """RIVERBEND HOSPITAL - PLAN SUMMARY (invented system)
Patient: TESTPATIENT, DELTA     MRN: TEST-004

Rx: PTV_LtFrontal 2000 cGy in 1 fraction to the 80% isodose line
Unit: 6 MV FFF gantry linac; frameless mask; CT 1 mm fused with MRI T1 post-contrast

Arc table
Arc | Isocenter    | Gantry start | Gantry stop | Couch | MU  | Dose rate
A1  | ISO_LtFrontal | 181         | 179         | 0     | 812 | 1400
A2  | ISO_LtFrontal | 179         | 181         | 45    | 790 | 1400
A3  | ISO_LtFrontal | 181         | 30          | 315   | 701 | 1400

Treatment delivered 03/02/2027 as planned, one fraction, CBCT before treatment.
"""


def test_an_isocentre_key_named_for_its_target_is_no_lesion(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(ARCS, encoding="utf-8")
    r = read_chart(path)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(20.0, 1)]


PLAN_V1 = """EASTGATE CLINIC - PLAN SUMMARY (invented TPS)
Patient: TESTPATIENT, EPSILON     MRN: TEST-005
Plan        MEDULLA_v1
Rx          PTV_Medulla 2700 cGy in 3 fractions (900 cGy/fx) to 80% isodose
Machine     6 MV gantry linac; frameless mask; CT 1 mm with MRI T1 fused
"""

RECORD = """EASTGATE CLINIC - TREATMENT RECORD (invented OIS)
Patient: TESTPATIENT, EPSILON  |  TEST-005

PRESCRIPTION HISTORY
  Rx v1  2027-01-04  PTV_Medulla 2700 cGy / 3 fx   status: RETIRED 2027-01-05 (lower dose for the brainstem)
  Rx v2  2027-01-05  PTV_Medulla 2400 cGy / 3 fx (800 cGy/fx), plan MEDULLA_v2, approved

SESSIONS (plan MEDULLA_v2)
  Fx  Date         Imaging      Fx dose  Cum dose  Status
  1   2027-01-08   CBCT         800      800       Complete
  2   2027-01-10   CBCT         800      1600      Complete
  3   2027-01-12   CBCT         800      2400      Complete

COURSE SUMMARY: PTV_Medulla 2400 cGy in 3 of 3 fractions, completed 2027-01-12.
"""


def test_a_retired_version_told_again_by_its_plan_is_no_second_dose(tmp_path: Path) -> None:
    plan, record = tmp_path / "1_plan.txt", tmp_path / "2_record.txt"
    plan.write_text(PLAN_V1, encoding="utf-8")
    record.write_text(RECORD, encoding="utf-8")
    r = read_course([plan, record])
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(24.0, 3)]
    assert not [f for f in r.review if f.fact == "lesions"]


FORM = """HILLCREST RADIOSURGERY - PRESCRIPTION AND TREATMENT FORM
Patient: TESTPATIENT, ZETA     MRN: TEST-006     Date: 04/05/2027
Indication: trigeminal neuralgia, left, V3. Stereotactic frame applied; stereotactic MRI and CT.

Target                        Collimator  Shots  Max dose (Gy)  Isodose (%)  Dose at 50% (Gy)  Fractions
----------------------------  ----------  -----  -------------  -----------  ----------------  ---------
L trigeminal nerve, cisternal 4 mm        1      85             100          42.5              1

Unit: cobalt-60 radiosurgery unit. Treatment completed without interruption.
"""


def test_a_dose_at_another_isodose_line_is_no_prescription(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(FORM, encoding="utf-8")
    r = read_chart(path)
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(85.0, 1)]


KEYS = """NORTHGATE HOSPITAL :: INVENTED-OIS :: COURSE REPORT
patient.name        = TESTPATIENT, ETA
patient.mrn         = TEST-007
course.diagnosis    = arteriovenous malformation, right frontal
unit                = 6 MV gantry linac with stereotactic cones
immobilization      = stereotactic head frame
imaging.ct          = 2027-02-01 stereotactic CT angiogram
target.name         = AVM_Nidus_R_Fr
rx.dose_cGy         = 1600
rx.fractions        = 1
rx.isodose_pct      = 80
delivery.date       = 2027-02-01
delivery.dose_cGy   = 1600
"""


def test_a_namespaced_fractions_key_is_the_count(tmp_path: Path) -> None:
    path = tmp_path / "keys.txt"
    path.write_text(KEYS, encoding="utf-8")
    r = read_chart(path)
    assert r.facts.fractions.value == 1
    assert [(les.dose_gy, les.fractions) for les in r.facts.lesions] == [(16.0, 1)]
