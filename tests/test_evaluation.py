"""The gold sets: the extractor's scores may not fall below the pinned floors (an eval gate)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli import main
from reportedly.errors import InputError
from reportedly.evaluate import PRF, check_floors, evaluate, gold_files, load_gold

GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="module")
def results():
    return evaluate(gold_files([str(GOLD)]))


def test_gold_sets_are_big_enough():
    figures = load_gold(GOLD / "figures.jsonl")
    attribution = load_gold(GOLD / "attribution.jsonl")
    assert len(figures) >= 300 and len(attribution) >= 150
    assert {r["lang"] for r in figures} == {"en", "es"} == {r["lang"] for r in attribution}


def test_scores_hold_the_pinned_floors(results):
    floors = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
    assert check_floors(results, floors) == []


def test_a_floor_above_the_score_is_reported(results):
    failures = check_floors(results, {"en": {"value_f1": 100.1}})
    assert len(failures) == 1 and failures[0].startswith("en value_f1:")


def test_prf_arithmetic():
    score = PRF(tp=8, fp=2, fn=0)
    assert (score.precision, score.recall) == (0.8, 1.0)
    assert round(score.f1, 4) == round(2 * 0.8 / 1.8, 4)
    assert PRF().f1 == 0.0


def test_evaluate_command_exits_1_below_a_floor(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "t1", "lang": "en", "published": "2025-01-01",
        "text": "Officials said 300 people were evacuated.",
        "figures": [{"text": "300 people", "low": 300, "high": 300, "qualifier": "exact",
                     "source": "officials"}]}) + "\n", encoding="utf-8")
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"en": {"value_f1": 100.0}}), encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(main, ["evaluate", str(gold), "--floors", str(floors),
                              "--format", "json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["en"]["value"]["f1"] == 100.0
    floors.write_text(json.dumps({"en": {"source": 100.0, "as_of": 100.0}}), encoding="utf-8")
    gold.write_text(gold.read_text().replace('"officials"', '"the Red Cross"'))
    bad = runner.invoke(main, ["evaluate", str(gold), "--floors", str(floors)])
    assert bad.exit_code == 1 and "below floor: en source" in bad.stderr


def test_a_malformed_gold_line_names_the_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "ok", "figures": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(gold)
    assert info.value.line().startswith(f"E104 {gold}:2:")
