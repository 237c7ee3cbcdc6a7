"""The reader compares figures to a tolerance named by what they are (nlp.quantities: SAME_GY, WHOLE_COUNT ...),
through near / apart, each keeping the bound and the strictness it was written with; no module of doses writes its
own ``abs(a - b) <= 0.01``."""

from __future__ import annotations

import inspect
import re

import pytest
from srscheck.nlp import amendments, facts, quantities, review
from srscheck.nlp.lesions import resolution, sources
from srscheck.nlp.quantities import SAME_GY, WHOLE_MULTIPLE, apart, near


def test_near_and_apart_keep_bound_and_strictness() -> None:
    assert near(1.0, 1.5, 0.5) and not near(1.0, 1.5, 0.5, strict=True)
    assert not apart(1.0, 1.5, 0.5) and apart(1.0, 1.5, 0.5, strict=True)
    assert near(1.5, 1.0, 0.75, strict=True) and not apart(1.5, 1.0, 0.75)
    assert apart(1.0, 2.0, 0.5) and not near(1.0, 2.0, 0.5)


def test_the_bounds_are_the_ones_written() -> None:
    assert (SAME_GY, quantities.SAME_GY_PRODUCT, quantities.SAME_FIGURE, quantities.ISODOSE_LEVEL_GY,
            quantities.PARTS_SUM_GY, quantities.SAME_PERCENT, quantities.SAME_SHARE, quantities.WHOLE_COUNT,
            WHOLE_MULTIPLE) == (0.01, 0.011, 1e-6, 0.05, 0.05, 0.01, 0.01, 0.01, 0.001)
    assert near(18.0, 18.0 + SAME_GY / 2, SAME_GY) and apart(18.0, 18.5, SAME_GY)


@pytest.mark.parametrize("module", [amendments, facts, quantities, review, resolution, sources])
def test_no_inline_tolerance_is_left(module) -> None:
    source = inspect.getsource(module)
    source = source.replace("abs(a - b) < tol", "").replace("abs(a - b) <= tol", "")  # near / apart themselves
    source = source.replace("abs(a - b) >= tol", "").replace("abs(a - b) > tol", "")
    assert not re.findall(r"abs\([^\n]*?\)\s*[<>]=?\s*\d", source)
