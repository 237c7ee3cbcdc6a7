"""A vacuum immobiliser named with the parts it holds ("knee-and-foot vacuum immobiliser") or alone ("vacuum
immobilizer") is body immobilization."""

from __future__ import annotations

import pytest
from srscheck.nlp import read_text


@pytest.mark.parametrize("device", ["leg-and-ankle vacuum immobiliser", "a vacuum immobilizer under the knees"])
def test_a_vacuum_immobiliser_is_body_immobilization(device: str) -> None:
    text = (f"PROSTATE SBRT COMPLETION NOTE\nSimulation 02/02/2026: supine, {device}, full bladder.\n"
            "40 Gy in 5 fractions was delivered to the prostate on the linac, 02/16/2026 - 02/26/2026.\n")
    assert read_text(text).facts.positioning.value == ["body_immobilization"]
