"""A record names the plan's fields by number ("VMAT1/2", "ARC1+ARC2") and physics its monitor units ("Independent
MU calc"): both are the plan's treatment parameters. Numbered fields of one kind are one kind of parameter, so
they do not make a plan "computed" (two kinds of parameters) on their own."""

from __future__ import annotations

from srscheck.checklists.evaluate import evaluate
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_text

STORE = TemplateStore(user=None)

RECORD = """R&V HISTORY   TESTPATIENT, THREE   SYN-00045
Date        Fx  Field      Target       cGy   Cum    IGRT
03/08/2026  1   {f1}    PTV_T7       800   800    CBCT
03/10/2026  2   {f2}    PTV_T7       800   1600   CBCT
03/12/2026  3   {f2}    PTV_T7       800   2400   CBCT
Course complete: T7 24 Gy in 3 fractions.
"""


def _status(text: str, rid: str) -> str:
    tpl, _ = STORE.get("77373")
    return evaluate(next(r for r in tpl.requirements if r.id == rid), read_text(text), "77373").status


def test_numbered_fields_and_monitor_units_are_plan_parameters() -> None:
    assert _status(RECORD.format(f1="VMAT1/2", f2="VMAT3  "), "plan.parameters") == "met"
    assert _status(RECORD.format(f1="ARC1+2 ", f2="ARC1+2 ") + "Independent MU calc: pass\n",
                   "plan.parameters") == "met"
    assert _status(RECORD.format(f1="G1     ", f2="G2     "), "plan.parameters") == "missing"


def test_numbered_fields_are_one_kind_of_parameter() -> None:
    r = read_text(RECORD.format(f1="VMAT1  ", f2="VMAT3  ") + "Spinal cord Dmax 14 Gy.\n")
    assert not r.concepts("PLANNED_TARGET")
