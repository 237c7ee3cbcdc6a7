"""Queries from requirement results: one per gap, none for contradicted codes or negated services."""

from __future__ import annotations

import re

from _readings import FULL_SRS_TEXT, reading
from srscheck.checklists.queries import build_queries

from srscheck.core.model import Evidence
from srscheck.core.results import CodeResult, RequirementResult

CODE_LIKE = re.compile(r"\b(?:\d{5}|G\d{4})\b|reimburs|payment|billing", re.IGNORECASE)


def req(rid: str, gap: str, *, to: str = "physician", not_counted: tuple[Evidence, ...] = (),
        why: tuple[str, ...] = ()) -> RequirementResult:
    return RequirementResult(rid, "positioning", rid.replace(".", " "), "missing", (), "q", (), ("x",), to=to,
                             gap=gap, question=f"What does the record show about {rid.split('.')[-1]}?",
                             not_counted=not_counted, not_counted_why=why)


def test_one_query_per_gap_across_requirements_and_codes() -> None:
    a, b = req("positioning.frame", "positioning.head_fixation"), req("frame.placement", "positioning.head_fixation")
    codes = [CodeResult("61800", "Frame", True, (), (a, b)), CodeResult("77371", "SRS", True, (), (a,))]
    queries, findings = build_queries(codes, reading(FULL_SRS_TEXT))
    assert len(queries) == 1 and findings == ()
    q = queries[0]
    assert q.requirements == ("positioning.frame", "frame.placement") and q.codes == ("61800", "77371")
    assert not CODE_LIKE.search(q.question + " ".join(q.options))
    assert "Other (please specify)" in q.options and "Clinically undetermined" in q.options
    assert "Not performed" in q.options
    assert q.indicators and all(e.text for e in q.indicators)


def test_no_query_for_a_contradicted_code_or_a_negated_service() -> None:
    negated = Evidence(page=1, text="No stereotactic frame was used.")
    pending = Evidence(page=1, text="Plan check to be completed by physics.")
    codes = [CodeResult("61800", "Frame", False, ("contradicted",), (req("positioning.frame", "g1"),)),
             CodeResult("77372", "SRS", True, (), (
                 req("positioning.immobilization", "g2", not_counted=(negated,), why=("negated existence",)),
                 req("physics.plan_check", "g3", to="physicist", not_counted=(pending,),
                     why=("pending, planned, declined or otherwise not done",))))]
    queries, findings = build_queries(codes, reading(FULL_SRS_TEXT))
    assert [q.requirements for q in queries] == [("physics.plan_check",)]
    assert queries[0].to == "physicist" and queries[0].indicators[0] == pending  # what the chart says, quoted
    assert [(f.requirement, f.codes) for f in findings] == [("positioning.immobilization", ("77372",))]
