"""Score the extractor on a gold set: precision, recall and F1 per field, floors that fail CI.

A gold file is JSONL, one passage per line::

    {"id", "lang", "published", "text",
     "figures": [{"text", "occurrence"?, "low", "high", "qualifier", "kind"?, "unit"?,
                  "object"?, "change"?, "source"?, "via"?, "basis"?, "as_of"?, "subject"?}],
     "not_figures": ["2024", "F-16", ...]}

A predicted figure matches a gold figure when their character spans overlap. Value scores count
a match only when ``low`` and ``high`` agree; value+qualifier also needs the qualifier. Fields
such as claimant or as-of are scored as accuracy over matched figures whose gold record states
them. Claimants compare by canonical name (the alias table), so "NIS" equals "South Korea's
National Intelligence Service (NIS)".
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportedly.errors import input_error
from reportedly.model import Figure
from reportedly.names import aliases
from reportedly.pipeline import extract

#: A function that reads figures: ``predict(text, published=..., lang=...)``.
Predictor = Callable[..., Sequence[Any]]
#: Fields scored as accuracy on matched figures, when the gold figure has the key.
FIELDS = ("qualifier", "kind", "unit", "object", "change", "vague", "source", "via", "basis",
          "as_of", "subject", "hedge")


@dataclass
class PRF:
    """Precision, recall and F1 from counts (spaCy's ``PRFScore`` in spirit)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(100 * self.precision, 1), "r": round(100 * self.recall, 1),
                "f1": round(100 * self.f1, 1), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    """Right answers over scored items."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"acc": round(100 * self.value, 1), "right": self.right, "total": self.total}


@dataclass
class Scores:
    """The scores of one language (or all): detection, value, value+qualifier, fields."""

    span: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)
    value_qualifier: PRF = field(default_factory=PRF)
    fields: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    must_not: Accuracy = field(default_factory=Accuracy)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"span": self.span.as_dict(), "value": self.value.as_dict(),
                "value+qualifier": self.value_qualifier.as_dict(),
                "fields": {k: v.as_dict() for k, v in sorted(self.fields.items())},
                "must_not_find": self.must_not.as_dict()}


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Read a gold file; a malformed line is an error naming the file and line."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise input_error(str(path), "E104", exc.msg, record=str(number)) from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise input_error(str(path), "E105", "no 'text'", record=str(number))
        records.append(record)
    return records


def gold_span(text: str, gold: dict[str, Any]) -> tuple[int, int] | None:
    """Where a gold figure's text is in the passage (its n-th occurrence)."""
    start = -1
    for _ in range(int(gold.get("occurrence", 1))):
        start = text.find(gold["text"], start + 1)
        if start < 0:
            return None
    return start, start + len(gold["text"])


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _canonical(name: str | None) -> str | None:
    return None if name is None else aliases().resolve(name).canonical.casefold()


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip().casefold().replace("’", "'")
        for article in ("the ", "a ", "an ", "el ", "la ", "los ", "las ", "un ", "una "):
            text = text.removeprefix(article)
        return text
    return value


def field_right(name: str, got: Figure, want: Any) -> bool:
    """Whether a predicted figure's field equals the gold value (names by canonical form)."""
    if name == "source":
        return _canonical(got.source) == _canonical(want)
    if name == "via":
        return [_canonical(v) for v in got.via] == [_canonical(v) for v in want or []]
    if name in ("basis", "hedge"):
        value = getattr(got.claim, name)
        return (value is None and want is None) or (
            value is not None and want is not None and _norm(value) == _norm(want))
    value = getattr(got, name)
    if name == "object" and value is not None and want is not None:
        return _norm(value) == _norm(want) or _norm(want).endswith(_norm(value))
    return _norm(value) == _norm(want)


def score_record(record: dict[str, Any], scores: Scores, predict: Predictor = extract) -> None:
    """Add one passage's results to ``scores`` (``predict`` reads the figures: reportedly's
    :func:`~reportedly.extract` unless a benchmark passes a peer's)."""
    text = record["text"]
    predicted = predict(text, published=record.get("published"), lang=record.get("lang"))
    used: set[int] = set()
    for gold in record.get("figures", []):
        span = gold_span(text, gold)
        match = None
        if span is not None:
            for k, fig in enumerate(predicted):
                if k not in used and fig.start < span[1] and span[0] < fig.end:
                    match = k
                    break
        valued = "low" in gold or "high" in gold
        if match is None:
            scores.span.fn += 1
            scores.value.fn += valued
            scores.value_qualifier.fn += valued
            scores.errors.append({"id": record.get("id"), "missed": gold["text"]})
            continue
        used.add(match)
        fig = predicted[match]
        scores.span.tp += 1
        value_ok = True
        if "low" in gold or "high" in gold:  # attribution gold may leave values out
            value_ok = _same_number(fig.low, gold.get("low")) and _same_number(
                fig.high, gold.get("high"))
            qual_ok = value_ok and fig.qualifier == gold.get("qualifier", fig.qualifier)
            _count(scores.value, value_ok)
            _count(scores.value_qualifier, qual_ok)
        wrong = []
        for name in FIELDS:
            if name in gold:
                right = field_right(name, fig, gold[name])
                acc = scores.fields[name]
                acc.total += 1
                acc.right += right
                if not right:
                    wrong.append(name)
        if not value_ok or wrong:
            scores.errors.append({"id": record.get("id"), "figure": gold["text"],
                                  "got": _brief(fig), "wrong": (["value"] if not value_ok
                                                                else []) + wrong})
    valued = any("low" in g or "high" in g for g in record.get("figures", []))
    for k, fig in enumerate(predicted):
        if k not in used:
            scores.span.fp += 1
            scores.value.fp += valued
            scores.value_qualifier.fp += valued
            scores.errors.append({"id": record.get("id"), "spurious": fig.text})
    for phrase in record.get("not_figures", []):
        start = text.find(phrase)
        scores.must_not.total += 1
        hit = start >= 0 and any(f.start < start + len(phrase) and start < f.end
                                 for f in predicted)
        scores.must_not.right += not hit


def _count(prf: PRF, ok: bool) -> None:
    if ok:
        prf.tp += 1
    else:  # a wrong value is both a false positive and a missed figure
        prf.fp += 1
        prf.fn += 1


def _brief(fig: Figure) -> dict[str, Any]:
    return {"text": fig.text, "low": fig.low, "high": fig.high, "qualifier": fig.qualifier,
            "object": fig.object, "source": fig.source, "via": fig.via, "as_of": fig.as_of,
            "basis": fig.claim.basis}


def evaluate(paths: Sequence[Path], predict: Predictor = extract) -> dict[str, Scores]:
    """Score gold files; results per language and for ``all``."""
    by_lang: dict[str, Scores] = defaultdict(Scores)
    for path in paths:
        for record in load_gold(path):
            lang = record.get("lang", "en")
            score_record(record, by_lang[lang], predict)
    total = Scores()
    for scores in by_lang.values():
        _merge(total, scores)
    return {**dict(sorted(by_lang.items())), "all": total}


def _merge(into: Scores, other: Scores) -> None:
    for name in ("span", "value", "value_qualifier"):
        a, b = getattr(into, name), getattr(other, name)
        a.tp, a.fp, a.fn = a.tp + b.tp, a.fp + b.fp, a.fn + b.fn
    for key, acc in other.fields.items():
        into.fields[key].right += acc.right
        into.fields[key].total += acc.total
    into.must_not.right += other.must_not.right
    into.must_not.total += other.must_not.total
    into.errors += other.errors


def check_floors(results: dict[str, Scores], floors: dict[str, dict[str, float]]) -> list[str]:
    """Regressions below pinned floors, as readable lines (empty when all hold).

    ``floors`` maps a language (or ``all``) to metric names: ``value_f1``,
    ``value_qualifier_f1``, ``must_not_find``, or ``<field>`` for a field's accuracy.
    """
    failures = []
    for lang, metrics in floors.items():
        scores = results.get(lang)
        if scores is None:
            continue
        for metric, floor in metrics.items():
            got = metric_value(scores, metric)
            if got is not None and got + 1e-9 < floor:
                failures.append(f"{lang} {metric}: {got:.1f} < floor {floor:.1f}")
    return failures


def metric_value(scores: Scores, metric: str) -> float | None:
    """One named metric in percent."""
    if metric == "value_f1":
        return 100 * scores.value.f1
    if metric == "value_qualifier_f1":
        return 100 * scores.value_qualifier.f1
    if metric == "span_f1":
        return 100 * scores.span.f1
    if metric == "must_not_find":
        return 100 * scores.must_not.value if scores.must_not.total else None
    acc = scores.fields.get(metric)
    return 100 * acc.value if acc and acc.total else None


def gold_files(paths: Iterable[str]) -> list[Path]:
    """Gold files from arguments (files or folders of ``*.jsonl``)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(path.glob("*.jsonl"))
        elif path.is_file():
            out.append(path)
        else:
            raise input_error(raw, "E100")
    return out
