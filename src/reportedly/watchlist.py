"""Watchlists: rules that pin figures to series of their own, overriding automatic grouping.

A watchlist is a YAML file holding a list of rules, each a ``name`` and what to ``match``::

    - name: North Korean troops in Russia
      match: {subject: North Korea, measure: personnel, flow: false}
    - name: Interior Ministry displacement count
      match:
        claimant: Interior Ministry
        event: [displaced, evacuated]     # a list: any of these

A figure matches a rule when it matches every key the rule gives (:data:`MATCH_KEYS`):

- ``subject``, ``event``, ``place``, ``unit``, ``object``: the figure's, ignoring case;
- ``measure``: the figure's measure as series are grouped by it ("troops" and "soldiers" are
  ``personnel``; :func:`reportedly.series.measure_of`); the rule's value is read the same way;
- ``flow``: ``true`` for a new batch ("the new deployment"), ``false`` for a running total;
- ``claimant``: the figure's claimant, canonical or as written, the rule's name read through
  the alias table too (``NIS`` matches South Korea's National Intelligence Service);
- ``text``: a piece of the figure's sentence, ignoring case.

The first rule that matches a figure wins; the figure goes to the rule's series, pinned, keyed
``watch:<slug of the name>``. ``reportedly ingest --watchlist FILE`` applies it while storing;
:func:`apply` (``reportedly watch FILE``) applies it to figures already stored by appending
``moved`` corrections, so nothing is rewritten. A bad file is one error, E303 (cannot be read or
parsed), E304 (a bad rule) or E305 (two rules with one name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from reportedly.errors import first_line, input_error
from reportedly.model import Figure, Series
from reportedly.series import MEASURES, measure_of

if TYPE_CHECKING:
    from reportedly.ledger import Ledger

#: What a rule can match on.
MATCH_KEYS: tuple[str, ...] = ("subject", "measure", "event", "place", "unit", "flow", "object",
                               "claimant", "text")
#: The author of the corrections :func:`apply` appends.
AUTHOR = "watchlist"
#: Key prefix of the series watchlist rules pin.
PREFIX = "watch:"


def slug(name: str) -> str:
    """``North Korean troops (Kursk)`` → ``north-korean-troops-kursk``."""
    return re.sub(r"[^\w]+", "-", name.casefold()).strip("-_")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: its name and, per key it matches on, the accepted values as written (texts;
    booleans for ``flow``)."""

    name: str
    match: tuple[tuple[str, tuple[Any, ...]], ...]
    #: The values as compared: casefolded, measures and claimants normalized.
    normalized: tuple[tuple[str, tuple[Any, ...]], ...] = field(init=False, repr=False,
                                                                 compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "normalized", tuple(
            (key, tuple(_normalize(key, v) for v in values)) for key, values in self.match))

    @property
    def key(self) -> str:
        """The key of the rule's series: ``watch:<slug>``."""
        return PREFIX + slug(self.name)

    def matches(self, figure: Figure) -> bool:
        """Whether the figure matches every key of the rule."""
        return all(_matches(figure, key, values) for key, values in self.normalized)

    def series(self) -> Series:
        """The pinned series the rule names; the keys it matches with one value fill the
        series' subject, measure, event, place, unit and flow."""
        one = {key: values[0] for key, values in self.match if len(values) == 1}
        measure = one.get("measure")
        return Series(key=self.key, name=self.name, subject=one.get("subject"),
                      measure=MEASURES.get(measure.casefold(), measure) if measure else None,
                      event=one.get("event"), place=one.get("place"), unit=one.get("unit"),
                      flow=one.get("flow") is True, pinned=True)


@dataclass(frozen=True, slots=True)
class Watchlist:
    """Rules in file order; ``origin`` is the file they came from."""

    rules: tuple[Rule, ...]
    origin: str = "-"

    def match(self, figure: Figure) -> Rule | None:
        """The first rule the figure matches, if any. Figures the ledger does not track
        (durations, ages) match none."""
        if not figure.tracked:
            return None
        return next((rule for rule in self.rules if rule.matches(figure)), None)

    def __len__(self) -> int:
        return len(self.rules)


def load(path: str | Path) -> Watchlist:
    """Read a watchlist file. A missing or unreadable file, or one that is not YAML, raises
    ``InputError`` E303; a bad rule E304 (the rule's number, from 1, as the record); two rules
    whose names make the same series key E305."""
    origin = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise input_error(origin, "E303", "no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise input_error(origin, "E303", (first_line(exc) or type(exc).__name__)) from exc
    return parse(text, origin)


def parse(text: str, origin: str = "-") -> Watchlist:
    """A watchlist from YAML text (see :func:`load` for the errors)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or (first_line(exc) or type(exc).__name__)
        raise input_error(origin, "E303", f"not YAML{where}: {problem}") from exc
    if not isinstance(data, list) or not data:
        raise input_error(origin, "E303", "expected a list of rules ({name, match})")
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for number, item in enumerate(data, 1):
        rule = _rule(item, origin, number)
        if rule.key in seen:
            raise input_error(origin, "E305", f"rules {seen[rule.key]} and {number} are both "
                                              f"{rule.key!r}", record=f"#{number}")
        seen[rule.key] = number
        rules.append(rule)
    return Watchlist(tuple(rules), origin)


def _rule(item: Any, origin: str, number: int) -> Rule:
    def bad(detail: str) -> Exception:
        return input_error(origin, "E304", detail, record=f"#{number}")

    if not isinstance(item, dict):
        raise bad("expected a mapping with 'name' and 'match'")
    unknown = set(item) - {"name", "match"}
    if unknown:
        raise bad(f"unknown key {sorted(unknown)[0]!r}; a rule has 'name' and 'match'")
    name = item.get("name")
    if not isinstance(name, str) or not slug(name):
        raise bad("'name' must be a non-empty text")
    match = item.get("match")
    if not isinstance(match, dict) or not match:
        raise bad(f"'match' must map some of {', '.join(MATCH_KEYS)} to values")
    written: list[tuple[str, tuple[Any, ...]]] = []
    for key, value in match.items():
        if key not in MATCH_KEYS:
            raise bad(f"unknown match key {key!r}; known: {', '.join(MATCH_KEYS)}")
        values = tuple(value) if isinstance(value, list) else (value,)
        if not values:
            raise bad(f"{key!r} has no values")
        if key == "flow":
            if not all(isinstance(v, bool) for v in values):
                raise bad("'flow' must be true or false")
            written.append((key, values))
            continue
        if not all(isinstance(v, str | int | float) and not isinstance(v, bool)
                   and str(v).strip() for v in values):
            raise bad(f"{key!r} must be a text or a list of texts")
        written.append((key, tuple(str(v).strip() for v in values)))
    return Rule(name.strip(), tuple(written))


def _normalize(key: str, value: Any) -> Any:
    if key == "flow":
        return value
    folded = value.casefold()
    if key == "measure":
        return MEASURES.get(folded, folded)
    if key == "claimant":
        from reportedly.names import aliases

        return (folded, aliases().resolve(value).canonical.casefold())
    return folded


def _matches(figure: Figure, key: str, values: tuple[Any, ...]) -> bool:
    if key == "flow":
        return figure.flow in values
    if key == "claimant":
        names = {n.casefold() for n in (figure.claim.source, figure.claim.source_text) if n}
        return any(names.intersection(pair) for pair in values)
    if key == "text":
        sentence = (figure.sentence or figure.text).casefold()
        return any(v in sentence for v in values)
    if key == "measure":
        have = figure.measure or measure_of(figure)
    else:
        have = getattr(figure, key)
    return have is not None and have.casefold() in values


# -- figures already stored ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Move:
    """A stored figure moved by a rule: from its series to the rule's."""

    figure_id: int
    rule: str
    from_series: int | None
    to_series: int


def apply(ledger: Ledger, watchlist: Watchlist, *, author: str = AUTHOR) -> list[Move]:
    """Move the stored figures a rule matches to the rule's pinned series, each by a ``moved``
    correction (``author``, the reason naming the rule); the series are created as needed.

    Figures already in their rule's series, and figures marked wrong, retracted or superseded,
    are left as they are, so applying a watchlist twice moves nothing the second time.
    """
    from reportedly import export
    from reportedly.analysis import LEFT_OUT

    pinned: dict[str, int] = {}
    moves: list[Move] = []
    for claim in export.figures(ledger):
        if claim["status"] in LEFT_OUT:
            continue
        rule = watchlist.match(Figure.from_dict(claim))
        if rule is None:
            continue
        if rule.key not in pinned:
            pinned[rule.key] = pin(ledger, rule.series())
        target = pinned[rule.key]
        if claim["series"] == target:
            continue
        ledger.correct(claim["id"], "moved", f"watchlist rule {rule.name!r}", author,
                       series_id=target)
        moves.append(Move(claim["id"], rule.name, claim["series"], target))
    return moves


def pin(ledger: Ledger, series: Series) -> int:
    """The id of the ledger's series keyed ``series.key``, created from ``series`` (pinned) if
    there is none."""
    import sqlalchemy as sa

    from reportedly.store import series as table

    select = sa.select(table.c.id).where(table.c.key == series.key)
    with ledger.engine.begin() as conn:
        found = conn.execute(select).scalar()
        if found is not None:
            return found
        try:
            with conn.begin_nested():
                return conn.execute(sa.insert(table).returning(table.c.id).values(
                    key=series.key, name=series.name, subject=series.subject,
                    measure=series.measure, event=series.event, place=series.place,
                    unit=series.unit, flow=series.flow, pinned=series.pinned)).scalar_one()
        except sa.exc.IntegrityError:  # another writer created it meanwhile
            return conn.execute(select).scalar_one()


def as_rows(moves: Iterable[Move]) -> list[Mapping[str, Any]]:
    """Moves as JSON-ready dicts."""
    return [{"figure": m.figure_id, "rule": m.rule, "from_series": m.from_series,
             "to_series": m.to_series} for m in moves]
