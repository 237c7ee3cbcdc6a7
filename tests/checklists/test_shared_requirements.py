"""One requirement is judged the same way for every code that carries it; what a coder sees counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from srscheck.checklists.evaluate import evaluate
from srscheck.checklists.templates import TemplateStore
from srscheck.nlp import read_text

ROOT = Path(__file__).resolve().parents[2]
STORE = TemplateStore(user=None)


def _requirement(code: str, rid: str):
    tpl, _ = STORE.get(code)
    return next(r for r in tpl.requirements if r.id == rid)


def test_templates_match_the_shared_definitions() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "sync_requirements.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_requirement_id_has_one_definition_in_every_template() -> None:
    seen: dict[str, str] = {}
    for code in STORE.codes():
        tpl, _ = STORE.get(code)
        for r in tpl.requirements:
            body = json.dumps([r.category, r.label, repr(r.elements), r.to, r.question, r.gap_id])
            assert seen.setdefault(r.id, body) == body, (code, r.id)
            assert r.question and r.to in ("physician", "physicist", "dosimetrist", "therapist"), (code, r.id)


def _status(rid: str, text: str, code: str = "77373") -> str:
    return evaluate(_requirement(code, rid), read_text(text), code).status  # the real reader


@pytest.mark.parametrize("text, want", [
    ("Physics review: O. Mensah, PhD - plan approved 07/29/2024.", "met"),
    ("Physics plan check completed (K. Tanaka, PhD, DABR) 03/18/2024.", "met"),
    ("PHYSICIST: Lars Eriksen. Physics plan check complete.", "met"),
    ("Medical Physicist Rosa Delgado, PhD", "met"),
    ("Dose constraints reviewed with our physicist - acceptable.", "missing"),
    ("Physics\nThe plan was reviewed and approved by the physics team before treatment.", "missing"),
    ("Physicist: ________________________", "missing"),
])
def test_physicist_named(text: str, want: str) -> None:
    assert _status("signatures.physicist", text) == want


@pytest.mark.parametrize("text, want", [
    ("The plan was reviewed and approved by physics (J. Okoro) on 04/29/2024.", "met"),
    ("Plan approved (physics) M. Olsen 11/05/2024 09:42", "met"),
    ("Weekly physics chart checks were performed by the medical physicist.", "met"),
    ("Secondary dose calculation (independent MU check): within 2%.", "met"),
    ("Plan check to be completed by physics prior to the first fraction.", "missing"),
    ("Physics plan check pending.", "missing"),
    ("Winston-Lutz test on the day of treatment: maximum deviation 0.7 mm.", "missing"),
    ("Morning QA passed; AQA within tolerance.", "missing"),
    ("The physicist reviewed the plan with me; formal physics plan check pending.", "missing"),
])
def test_physics_plan_check(text: str, want: str) -> None:
    assert _status("physics.plan_check", text) == want


@pytest.mark.parametrize("text, want", [
    ("DQA: film in the CIRS thorax phantom, 2%/2 mm gamma 95.8% - pass.", "met"),
    ("Patient QA ArcCHECK measurement 97.6% (3%/2 mm) - pass", "met"),
    ("Portal dosimetry of all arcs: 99.6% passing.", "met"),
    ("Independent dose verification secondary calculation of shot times, max deviation 1.1%.", "met"),
    ("Daily Gamma Knife QA (radiation focus precision test and output) passed this morning.", "missing"),
    ("QA: Winston-Lutz within 1 mm (max 0.6 mm); daily output within 2%.", "missing"),
    ("DQA: not performed (independent calculation waived for this plan)", "missing"),
    ("Patient-specific QA scheduled", "missing"),
])
def test_patient_specific_qa(text: str, want: str) -> None:
    assert _status("delivery.qa", text, "61796") == want


@pytest.mark.parametrize("text, want", [
    ("Electronically signed by Marcus Ellery, MD 03/13/2024", "met"),
    ("e-signed 08/09/2024 11:40 - Yuki Hamasaki, MD", "met"),
    ("Approved by Dr. Imani Castellanos 09/03/2024", "met"),
    ("Authenticated electronically by Samuel Oduya, MD, 08/20/2024", "met"),
    ("I was physically present for the entire treatment.\nMin-jun Xu, MD 10/08/2024", "met"),
    ("Lena Strauss, MD", "missing"),
    ("Alma Reyes, MD - PENDING SIGNATURE", "missing"),
    ("Radiation oncologist: Warren Tate, MD (electronic signature pending)", "missing"),
    ("Plan approval: Planning Approved by J. Kline, CMD (dosimetrist) 10/02/2024", "missing"),
])
def test_physician_signature(text: str, want: str) -> None:
    assert _status("signatures.physician", text) == want


@pytest.mark.parametrize("text, want", [
    ("Supine in a custom vacuum-bag immobilization device.", "met"),
    ("Immobilization: Vac-Lok bag to be fabricated at simulation", "missing"),
    ("A thermoplastic mask was offered but declined (claustrophobia).", "missing"),
])
def test_immobilization_by_any_common_name(text: str, want: str) -> None:
    assert _status("positioning.immobilization", text) == want


@pytest.mark.parametrize("text, want", [
    ("Dx: recurrent chordoma of the L5 vertebral body after en bloc resection (2021).", "met"),
    ("Ms. X is a 75-year-old with stage IA2 adenocarcinoma of the right upper lobe.", "met"),
    ("Diagnosis see H&P", "missing"),
])
def test_diagnosis_in_prose_or_a_field(text: str, want: str) -> None:
    assert _status("medical_necessity.indication", text) == want
