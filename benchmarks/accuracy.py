"""Extraction accuracy of reportedly beside quantulum3, on the same hand-labelled gold sentences.

What it measures
----------------
* **Gold sets.** ``tests/gold/figures.jsonl`` (the development set, which the rules were tuned
  on) and, when present, ``tests/heldout/figures.jsonl`` (the held-out set, written
  independently and not tuned on). Both use the gold format of :mod:`reportedly.evaluate`:
  passages with their figures (text, ``low``, ``high``, ``qualifier``) and the phrases that
  must not be found (``not_figures``: years, model names, ...). ``--set dev|heldout|both``
  picks the sets (default ``both``; a missing held-out file is skipped with a note).
* **One scorer for both tools.** Both are scored by :func:`reportedly.evaluate.evaluate`
  itself, so the rule is identical: a predicted figure matches a gold figure when their
  character spans overlap (each prediction matches at most one gold figure); a match counts
  for *value* only when ``low`` and ``high`` both agree (``math.isclose``; ``None`` only
  equals ``None``) and for *value+qualifier* when the qualifier agrees too. A wrong value is
  a false positive and a miss; an unmatched prediction in a passage with valued gold is a
  false positive. *Must-not-find* is the share of ``not_figures`` phrases that no
  prediction overlaps. Scores are per language (``en``, ``es``) and for ``all``.
* **reportedly.** ``reportedly.extract(text, published=..., lang=...)`` with each record's
  publication date and language, which is what ``evaluate`` calls.
* **quantulum3.** ``quantulum3.parser.parse(text)`` on the same passages, its ``Quantity``
  objects turned into figures the scorer accepts (:func:`quantulum_figures`):

  - span: ``Quantity.span`` (start, end) as given, i.e. the number and the unit it read;
  - value: ``low = high = Quantity.value``; when quantulum3 reports an ``uncertainty``
    (it parses "10-20 km", "between 10 and 20", "3 to 4 percent" and "20 ± 2" as a mid-point
    with a half-width), ``low = value - uncertainty`` and ``high = value + uncertainty``;
  - qualifier: quantulum3 has none, so ``"exact"``, except ``"range"`` for a quantity with
    an uncertainty (the two-ended interval above), so that its ranges can score;
  - a range it returns as two separate quantities (as it does with the Spanish "entre 10 y
    20") stays two figures, each a point: they are not merged, since that would be extraction
    work quantulum3 did not do;
  - the other fields (claimant, object, as-of, ...) are empty: they are not compared here.

  Consequences to keep in mind: quantulum3 has no notion of "more than 11,000" (gold ``low``
  11,000, ``high`` open) or "as many as 4,000", so it can only score on such figures by
  accident; the report gives how many valued gold figures are single points (``low ==
  high``), the only ones a single-number reading can get right. quantulum3 0.10.0 ships only
  an English (``en_US``) language pack: it is run on the Spanish passages unchanged, and its
  Spanish scores measure exactly that (e.g. it reads "1.340 soldados" as 1.34), not a Spanish
  quantulum3. Without scikit-learn it warns once and disambiguates units by rule; it
  downloads nothing.
* Seconds are wall time per tool and set, extraction plus scoring, after one warm-up call
  each (pipelines, patterns and lexicons are built before timing). They are for orientation:
  ``benchmarks/throughput.py`` is the speed benchmark.

How quantulum3 is plugged in: ``reportedly.evaluate.evaluate`` takes a ``predict`` function;
the benchmark passes a quantulum3 adapter, so both tools are scored by the same code.

Usage::

    python benchmarks/accuracy.py [--set dev|heldout|both] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from reportedly import evaluate
from throughput import machine  # the sibling benchmark: same machine line

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "dev": ("development set (rules tuned on it)", ROOT / "tests" / "gold" / "figures.jsonl"),
    "heldout": ("held-out set (written independently, not tuned on)",
                ROOT / "tests" / "heldout" / "figures.jsonl"),
}
TOOLS = ("reportedly", "quantulum3")
LANGS = ("en", "es", "all")

Predict = Callable[..., list[Any]]


# --------------------------------------------------------------------------------------------
# quantulum3 adapter
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Claim:
    """The claim fields the scorer may read (quantulum3 knows none of them)."""

    basis: str | None = None
    hedge: str | None = None


@dataclass(slots=True)
class QFigure:
    """A quantulum3 ``Quantity`` in the shape :mod:`reportedly.evaluate` scores."""

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    qualifier: str = "exact"
    unit: str | None = None
    kind: str | None = None
    object: str | None = None
    change: str | None = None
    vague: bool | None = None
    source: str | None = None
    via: list[str] = field(default_factory=list)
    as_of: str | None = None
    subject: str | None = None
    claim: Claim = field(default_factory=Claim)


class Quantulum:
    """quantulum3's parser behind the signature of ``reportedly.extract``."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.failures = 0
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            from quantulum3 import classifier, parser

            parser.parse("The army fired 2,000 shells and 15% of 3 km.")
        for w in caught:
            msg = f"quantulum3 warned: {str(w.message).split('. ')[0]}"
            if msg not in self.notes:
                self.notes.append(msg)
        use_clf = bool(getattr(classifier, "USE_CLF", False))
        self.notes.append("quantulum3 classifier: " + (
            "scikit-learn classifier in use" if use_clf
            else "off (scikit-learn not installed): rule-based unit disambiguation"))
        self.parse = parser.parse

    def __call__(self, text: str, published: str | None = None,
                 lang: str | None = None) -> list[QFigure]:
        del published, lang  # quantulum3 has no dates and only English
        try:
            quantities = self.parse(text)
        except Exception:  # a crash on one passage counts as finding nothing there
            self.failures += 1
            return []
        return quantulum_figures(text, quantities)


def quantulum_figures(text: str, quantities: Sequence[Any]) -> list[QFigure]:
    """Turn quantulum3 ``Quantity`` objects into scorable figures (mapping in the docstring)."""
    out = []
    for q in quantities:
        start, end = q.span
        value = float(q.value)
        low = high = value
        qualifier = "exact"
        if q.uncertainty is not None:
            low, high = value - float(q.uncertainty), value + float(q.uncertainty)
            qualifier = "range"
        unit = getattr(q.unit, "name", None)
        out.append(QFigure(text=text[start:end], start=start, end=end, low=low, high=high,
                           qualifier=qualifier,
                           unit=None if unit in (None, "dimensionless") else unit))
    return sorted(out, key=lambda f: (f.start, f.end))


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


def score(path: Path, predict: Predict | None) -> tuple[dict[str, evaluate.Scores], float]:
    """``evaluate.evaluate`` on one file with ``predict`` in place of ``extract``; seconds."""
    t0 = time.perf_counter()
    results = evaluate.evaluate([path]) if predict is None else evaluate.evaluate(
        [path], predict=predict)
    return results, time.perf_counter() - t0


def gold_counts(records: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Passages, valued gold figures, point-valued ones and must-not phrases per language."""
    counts: dict[str, dict[str, int]] = defaultdict(
        lambda: {"passages": 0, "figures": 0, "point_figures": 0, "not_figures": 0})
    for record in records:
        for lang in (record.get("lang", "en"), "all"):
            c = counts[lang]
            c["passages"] += 1
            c["not_figures"] += len(record.get("not_figures", []))
            for gold in record.get("figures", []):
                if "low" in gold or "high" in gold:
                    c["figures"] += 1
                    point = gold.get("low") is not None and gold.get("low") == gold.get("high")
                    c["point_figures"] += point
    return dict(counts)


def tool_row(scores: evaluate.Scores) -> dict[str, Any]:
    d = scores.as_dict()
    return {"value": d["value"], "value+qualifier": d["value+qualifier"], "span": d["span"],
            "must_not_find": d["must_not_find"]}


def run_set(name: str, path: Path, quantulum: Quantulum) -> dict[str, Any]:
    counts = gold_counts(evaluate.load_gold(path))
    failures_before = quantulum.failures
    results, seconds = {}, {}
    for tool in TOOLS:
        results[tool], seconds[tool] = score(path, None if tool == "reportedly" else quantulum)
    langs = {lang: {"gold": counts[lang], **{tool: tool_row(results[tool][lang])
                                             for tool in TOOLS}}
             for lang in LANGS if lang in counts}
    return {"name": name, "label": SETS[name][0], "path": str(path.relative_to(ROOT)),
            "languages": langs, "seconds": {t: round(x, 2) for t, x in seconds.items()},
            "quantulum3_failures": quantulum.failures - failures_before}


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for pkg in ("reportedly", "spacy", "quantulum3"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = None
    return out


def print_report(s: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 130))
    m, v = s["machine"], s["versions"]
    console.print(f"[bold]reportedly extraction accuracy vs quantulum3[/bold]  {m['date']}")
    console.print(f"machine: {m['platform']}; {m['cpu']}; {m['cpu_count']} CPUs; "
                  f"{m['python']}; load average at start {m['load_average']}")
    console.print(f"versions: reportedly {v['reportedly']}, spaCy {v['spacy']}, "
                  f"quantulum3 {v['quantulum3']}")
    console.print("scoring: reportedly.evaluate for both tools; match = character spans "
                  "overlap; value = low and high equal; value+qualifier = and qualifier equal")
    for st in s["sets"]:
        table = Table(title=f"{st['name']}: {st['label']} - {st['path']}", title_justify="left")
        for col in ("lang", "tool", "passages", "gold figures", "value P", "value R",
                    "value F1", "value+qual F1", "span F1", "must-not-find"):
            table.add_column(col, justify="left" if col in ("lang", "tool") else "right")
        for lang, row in st["languages"].items():
            g = row["gold"]
            for k, tool in enumerate(TOOLS):
                t = row[tool]
                val, mnf = t["value"], t["must_not_find"]
                table.add_row(
                    lang if k == 0 else "", tool + ("*" if tool == "quantulum3"
                                                    and lang in ("es", "all") else ""),
                    f"{g['passages']}" if k == 0 else "",
                    f"{g['figures']} ({g['point_figures']} pt)" if k == 0 else "",
                    f"{val['p']:.1f}", f"{val['r']:.1f}", f"{val['f1']:.1f}",
                    f"{t['value+qualifier']['f1']:.1f}", f"{t['span']['f1']:.1f}",
                    f"{mnf['acc']:.1f} ({mnf['right']}/{mnf['total']})" if mnf["total"]
                    else "-", end_section=k == len(TOOLS) - 1)
        console.print(table)
        secs = st["seconds"]
        console.print(f"seconds (extraction + scoring, whole set): reportedly "
                      f"{secs['reportedly']:.2f}, quantulum3 {secs['quantulum3']:.2f}"
                      + (f"; quantulum3 crashed on {st['quantulum3_failures']} passages "
                         "(scored as finding nothing)" if st["quantulum3_failures"] else ""))
    for note in s["notes"]:
        console.print(f"- {note}")


NOTES = [
    "* quantulum3 is English-only (only its en_US language pack exists): it ran on the Spanish "
    "passages as they are, so its es and all rows measure it on text it does not support",
    "gold figures: valued gold figures (pt = single points, low == high; the rest are ranges, "
    "open bounds such as 'more than 11,000' and vague amounts, which a single number cannot "
    "match; quantulum3 scores on ranges only through its uncertainty, low/high = value -/+ it)",
    "quantulum3 mapping: span as given, low = high = value, qualifier 'exact' ('range' with an "
    "uncertainty); separate quantities are not merged into ranges",
    "value P/R/F1 count a wrong value as a false positive and a miss; span F1 is detection "
    "only (any overlap); must-not-find = share of gold not_figures phrases left alone",
]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--set", choices=("dev", "heldout", "both"), default="both",
                    help="gold set(s) to score (default both; a missing held-out set is "
                         "skipped)")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = ["dev", "heldout"] if args.set == "both" else [args.set]
    notes = list(NOTES)
    chosen = []
    for name in names:
        path = SETS[name][1]
        if path.is_file():
            chosen.append(name)
        elif args.set == "both" and name == "heldout":
            notes.append(f"held-out set not present ({path.relative_to(ROOT)}): skipped")
        else:
            print(f"accuracy: {path} not found", file=sys.stderr)
            return 2
    start = machine()
    import reportedly

    reportedly.extract("Warm-up: 1,200 troops, about 5%.", published="2025-03-01", lang="en")
    reportedly.extract("Calentamiento: unos 1.200 soldados.", published="2025-03-01", lang="es")
    quantulum = Quantulum()
    sets = [run_set(name, SETS[name][1], quantulum) for name in chosen]
    summary = {"machine": start, "versions": versions(), "sets": sets,
               "notes": notes + quantulum.notes}
    if args.json:
        json.dump(summary, sys.stdout, indent=2)
        print()
    else:
        print_report(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
