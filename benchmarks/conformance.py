"""Conformance of reportedly's number grammar to a peer's suite: Microsoft Recognizers-Text.

What it measures
----------------
The spec cases of Recognizers-Text (``../shared/peer-tests/recognizers-text`` from the project
root; see its README) for English and Spanish: Number, NumberRange and Percent, and
NumberWithUnit Currency and Dimension. Each case is an input and the results expected of it
(``[]`` for a negative case). A case passes when reportedly's output yields exactly the expected
results: as many, each with the same value and the same text span.

What is compared with what
--------------------------
* **Number**: :func:`reportedly.numbers.find_numbers`, the number grammar the figure parser reads
  amounts with, before the figure-level filters (a lone "one" is a number here, a pronoun in a
  news figure).
* **NumberRange**: :func:`reportedly.numbers.find_ranges`, the same reader's intervals.
* **Percent, Currency, Dimension**: the figures :func:`reportedly.extract` finds of that kind
  (percent, money, measure); figures of other kinds are not the model's business. Values are
  compared, unit names are not (Recognizers names units "Dollar", "Square kilometer"; reportedly
  writes ISO codes and symbols).

Interval notation
-----------------
Recognizers writes an interval as ``(20,35]``, ``[30,)``. reportedly's ranges are closed:
"between 20 and 30", "from 20 to 30", "20-30" are ``[20, 30]``, while Recognizers makes the upper
bound of those exclusive, ``[20,30)``. That convention is taken as equivalent: an expected
``[a,b)`` with both ends finite also accepts ``[a,b]``. Qualifiers map as: more_than ``(x,)``,
at_least ``[x,)``, less_than ``(,x)``, at_most ``(,x]``, "equal to x" ``[x,x]``.

Spans
-----
Spans are compared as substrings of the input, case-folded, with surrounding whitespace trimmed.
For the figure-level models (Percent, Currency, Dimension) a figure's span may also carry a
qualifier before the amount ("about $ 14 million") and the counted thing after it ("$ 300 million
contract"): the expected span must then lie inside the figure's, with only a qualifier phrase
before it and only words after it.

Values are compared to 1e-9 relative (Recognizers rounds to 15 significant digits); Spanish
values are written with a decimal comma.

Skipped cases: those whose ``NotSupported`` or ``NotSupportedByDesign`` lists .NET (the
Recognizers platform that runs almost every case) — .NET itself skips them.

Usage::

    python benchmarks/conformance.py [--json] [--failures FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT.parent / "shared" / "peer-tests" / "recognizers-text"
FILES = [
    ("Number/English/NumberModel.json", "en", "number"),
    ("Number/Spanish/NumberModel.json", "es", "number"),
    ("Number/English/NumberRangeModel.json", "en", "range"),
    ("Number/Spanish/NumberRangeModel.json", "es", "range"),
    ("Number/English/PercentModel.json", "en", "percent"),
    ("Number/Spanish/PercentModel.json", "es", "percent"),
    ("NumberWithUnit/English/CurrencyModel.json", "en", "money"),
    ("NumberWithUnit/Spanish/CurrencyModel.json", "es", "money"),
    ("NumberWithUnit/English/DimensionModel.json", "en", "measure"),
    ("NumberWithUnit/Spanish/DimensionModel.json", "es", "measure"),
]
INTERVAL = re.compile(r"^([\[(])\s*([^,]*),\s*([^,]*)([\])])$")


@dataclass
class Result:
    """One result, expected or found: a span of the input and a value (a number, or an
    interval ``(low, high, low_open, high_open)``)."""

    start: int
    end: int
    value: Any
    text: str = ""


@dataclass
class FileScore:
    path: str
    cases: int = 0
    passed: int = 0
    skipped: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return 100.0 * self.passed / self.cases if self.cases else 0.0


# -- expected ---------------------------------------------------------------------------------


def _number(text: str | None, lang: str) -> float | None:
    if text is None or text == "null":
        return None
    text = text.strip().rstrip("%")
    if lang == "es":
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _interval(text: str) -> tuple[float | None, float | None, bool, bool] | None:
    m = INTERVAL.match(text.strip())
    if not m:
        return None
    low = float(m[2]) if m[2].strip() else None
    high = float(m[3]) if m[3].strip() else None
    return low, high, m[1] == "(", m[4] == ")"


def expected(case: dict[str, Any], lang: str, kind: str) -> list[Result]:
    out = []
    for r in case["Results"]:
        value = r["Resolution"].get("value") if r.get("Resolution") else None
        if kind == "range":
            parsed: Any = _interval(value) if value else None
        else:
            parsed = _number(value, lang)
        out.append(Result(r["Start"], r["End"] + 1, parsed, r["Text"]))
    return out


def skipped_on_dotnet(case: dict[str, Any]) -> bool:
    platforms = f"{case.get('NotSupported', '')},{case.get('NotSupportedByDesign', '')}"
    return "dotnet" in platforms.casefold().replace(" ", "")


# -- found ------------------------------------------------------------------------------------


def found(text: str, lang: str, kind: str) -> list[Result]:
    from reportedly import extract
    from reportedly.numbers import find_numbers, find_ranges

    if kind == "number":
        return [Result(n.start, n.end, n.value) for n in find_numbers(text, lang)]
    if kind == "range":
        return [Result(r.start, r.end, (r.low, r.high, r.low_open, r.high_open))
                for r in find_ranges(text, lang)]
    return [Result(f.start, f.end, f.low if f.low is not None else f.high)
            for f in extract(text, lang=lang) if f.kind == kind]


# -- comparing --------------------------------------------------------------------------------


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def same_value(want: Any, got: Any, kind: str) -> bool:
    if kind != "range":
        return _same_number(want, got)
    if want is None or got is None:
        return False
    wl, wh, wlo, who = want
    gl, gh, glo, gho = got
    if not (_same_number(wl, gl) and _same_number(wh, gh)):
        return False
    # an infinite end is open whatever the bracket: "(30,)" and "[30,)" differ at 30 only
    if (wl is None or wlo == glo) and (wh is None or who == gho):
        return True
    # "between 20 and 30" is [20,30) to Recognizers, [20, 30] to reportedly
    return wl is not None and wh is not None and not wlo and who and not glo and not gho


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def same_span(source: str, want: Result, got: Result, kind: str,
              qualifier: Callable[[str], bool]) -> bool:
    if _norm(source[want.start:want.end]) == _norm(source[got.start:got.end]):
        return True
    if kind in ("number", "range"):
        return False
    # a figure's span may add a qualifier before and the counted thing after
    if not (got.start <= want.start and want.end <= got.end):
        return False
    before = _norm(source[got.start:want.start])
    after = source[want.end:got.end].strip()
    return (not before or qualifier(before)) and (not after or bool(re.fullmatch(
        r"[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3}", after)))


def _qualifiers(lang: str) -> Callable[[str], bool]:
    from reportedly.figures import lexicon

    table = lexicon(lang).q_before
    return lambda text: tuple(text.split()) in table


def case_passes(source: str, want: list[Result], got: list[Result], kind: str,
                qualifier: Callable[[str], bool]) -> bool:
    if len(want) != len(got):
        return False
    want = sorted(want, key=lambda r: r.start)
    got = sorted(got, key=lambda r: r.start)
    return all(same_value(w.value, g.value, kind) and same_span(source, w, g, kind, qualifier)
               for w, g in zip(want, got, strict=True))


# -- running ----------------------------------------------------------------------------------


def load_cases(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def run(suite: Path = SUITE, files: Iterable[tuple[str, str, str]] = FILES) -> list[FileScore]:
    """Run every case of ``files``; one score per file."""
    scores = []
    for rel, lang, kind in files:
        score = FileScore(rel)
        qualifier = _qualifiers(lang)
        for index, case in enumerate(load_cases(suite / rel)):
            if skipped_on_dotnet(case):
                score.skipped += 1
                continue
            score.cases += 1
            source = case["Input"]
            want = expected(case, lang, kind)
            got = found(source, lang, kind)
            if case_passes(source, want, got, kind, qualifier):
                score.passed += 1
            else:
                score.failures.append({
                    "file": rel, "index": index, "input": source,
                    "expected": [[source[r.start:r.end], r.value] for r in want],
                    "found": [[source[r.start:r.end], r.value] for r in got],
                })
        scores.append(score)
    return scores


def table(scores: list[FileScore]) -> str:
    rows = ["| file | cases | passed | pass rate | skipped (.NET) |",
            "| --- | ---: | ---: | ---: | ---: |"]
    for s in scores:
        rows.append(f"| {s.path} | {s.cases} | {s.passed} | {s.rate:.1f}% | {s.skipped} |")
    cases = sum(s.cases for s in scores)
    passed = sum(s.passed for s in scores)
    rows.append(f"| **all** | {cases} | {passed} | {100.0 * passed / cases:.1f}% | "
                f"{sum(s.skipped for s in scores)} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--failures", metavar="FILE", type=Path,
                        help="write the failing cases to FILE (JSON lines)")
    parser.add_argument("--suite", type=Path, default=SUITE, help="the suite's directory")
    args = parser.parse_args(argv)
    if not args.suite.is_dir():
        print(f"conformance: suite not found: {args.suite}", file=sys.stderr)
        return 2
    scores = run(args.suite)
    if args.failures:
        with args.failures.open("w", encoding="utf-8") as out:
            for s in scores:
                for f in s.failures:
                    out.write(json.dumps(f, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps([{"file": s.path, "cases": s.cases, "passed": s.passed,
                           "rate": round(s.rate, 2), "skipped": s.skipped} for s in scores],
                         indent=2))
    else:
        print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
