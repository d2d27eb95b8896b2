"""Conformance to Microsoft Recognizers-Text's spec cases, held at pinned floors.

Runs every case of ``benchmarks/conformance.py`` (about 1,200, a few seconds) and fails when a
file's pass rate falls below the rate reached, rounded down (docs/conformance.md lists the cases
decided otherwise, and why).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Pass rate (%) per file, rounded down from docs/conformance.md. Raise them as the grammar grows.
FLOORS = {
    "Number/English/NumberModel.json": 99,
    "Number/Spanish/NumberModel.json": 99,
    "Number/English/NumberRangeModel.json": 95,
    "Number/Spanish/NumberRangeModel.json": 96,
    "Number/English/PercentModel.json": 50,
    "Number/Spanish/PercentModel.json": 83,
    "NumberWithUnit/English/CurrencyModel.json": 51,
    "NumberWithUnit/Spanish/CurrencyModel.json": 60,
    "NumberWithUnit/English/DimensionModel.json": 41,
    "NumberWithUnit/Spanish/DimensionModel.json": 37,
}


def _runner():
    spec = importlib.util.spec_from_file_location("conformance",
                                                  ROOT / "benchmarks" / "conformance.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


conformance = _runner()
pytestmark = pytest.mark.skipif(not conformance.SUITE.is_dir(),
                                reason=f"peer suite not found: {conformance.SUITE}")


@pytest.fixture(scope="module")
def scores():
    return {s.path: s for s in conformance.run()}


@pytest.mark.parametrize("path", list(FLOORS))
def test_pass_rate_holds_its_floor(scores, path):
    score = scores[path]
    failing = [f["input"][:60] for f in score.failures]
    assert score.rate >= FLOORS[path], f"{path}: {score.rate:.1f}% < {FLOORS[path]}%: {failing}"


def test_every_file_is_floored():
    assert {rel for rel, _, _ in conformance.FILES} == set(FLOORS)


def test_only_cases_dotnet_skips_are_skipped(scores):
    # NumberModel: "hundred thousand dollars"; NumberRange (es): two; Currency (en): three
    assert sum(s.skipped for s in scores.values()) == 6


@pytest.mark.parametrize(("want", "got", "ok"), [
    ((20, 30, False, True), (20, 30, False, False), True),    # "between 20 and 30": [20,30)
    ((20, 35, True, False), (20, 35, False, False), False),   # (20,35] is not [20,35]
    ((30, None, True, True), (30, None, True, False), True),  # "(30,)": an infinite end is open
    ((30, None, False, True), (30, None, True, False), False),  # [30,) is not (30,)
])
def test_interval_mapping(want, got, ok):
    assert conformance.same_value(want, got, "range") is ok


def test_spanish_values_have_a_decimal_comma():
    assert conformance._number("8,95430243255239", "es") == pytest.approx(8.95430243255239)
    assert conformance._interval("[0.4,)") == (0.4, None, False, True)
