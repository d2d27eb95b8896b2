"""Series analytics: what the figures of one series say together.

Pure functions over a series' figures, given as the ledger gives them (dicts with ``id``,
``low``, ``high``, ``qualifier``, ``unit``, ``source``, ``via``, ``copy``, ``as_of``,
``published``, ``document``, ``status``); no database. :func:`report` runs them all.

- **Time.** A figure speaks for its as-of time (a day, a month, a year or ``start/end``), else
  for the day it was published (:func:`period`). The :func:`timeline` is ordered by the end of
  that period. Intervals keep their open ends: "more than 11,000" is ``[11000, None]``, "up to
  4,000" ``[None, 4000]``.
- **Same time.** Two figures are about the same time when their periods, each widened by
  :data:`SAME_TIME` (14 days), meet (:func:`same_time`).
- **Claimants.** A figure's claimant is its ``source``; figures an article states in its own
  voice have none (they count as one voice, ``None``, in bands and changes, and as no
  claimant). A relayed figure (``via``) counts for its original claimant, not the outlet that
  relays it; a figure of a copied document (``copy``) repeats its original and does not count
  again (:func:`independence`).
- **Consensus band.** Each claimant's latest estimate, of the claimants whose latest estimate is
  about the same time as the series' newest: the intersection of their intervals where they all
  overlap (``overlap``), else the spread from the lowest low to the highest high (``spread``);
  one estimate alone is ``single`` (:func:`consensus`).
- **Conflicts** are pairs of figures by different claimants, about the same time, whose
  intervals do not overlap (:func:`conflicts`). Figures that do not overlap but are the same
  claimant's, or about different times, are **change over time**: :func:`changes` lists each
  claimant's successive moves.
- **New high / new low.** A point whose whole interval lies above (below) the level of every
  earlier point: its low end above the highest level so far, or its high end below the lowest.
  A point's level is its value, the middle of its range, or its one bound; so "more than 11,000"
  after "around 12,000" is no new low, and "400 km²" after "over 1,000 km²" is (:func:`timeline`).

Figures whose status is ``wrong``, ``retracted`` or ``superseded`` are left out of everything
(:data:`LEFT_OUT`); figures moved to another series come in the series they were moved to, as
the ledger gives them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

#: Statuses that take a figure out of the analytics.
LEFT_OUT: frozenset[str] = frozenset({"wrong", "retracted", "superseded"})

#: Two figures whose periods lie this close together speak of the same time.
SAME_TIME = timedelta(days=14)

Claim = Mapping[str, Any]


# -- time and intervals ------------------------------------------------------------------------


def period(claim: Claim) -> tuple[date, date] | None:
    """The days a figure refers to: its as-of time (``2025-02-27``, ``2025-02``, ``2025``,
    ``2025-01/2025-02``), else the day it was published; ``None`` when neither is known."""
    text = claim.get("as_of") or claim.get("published")
    if not text:
        return None
    first, _, last = str(text).partition("/")
    try:
        return _bounds(first)[0], _bounds(last or first)[1]
    except ValueError:
        return None


def _bounds(text: str) -> tuple[date, date]:
    parts = [int(p) for p in text.strip().split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return start, end
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    raise ValueError(text)


def same_time(a: Claim, b: Claim) -> bool:
    """Whether two figures are about the same time: their periods, widened by
    :data:`SAME_TIME`, meet. An undated figure is about no known time."""
    pa, pb = period(a), period(b)
    if pa is None or pb is None:
        return False
    return pa[0] - SAME_TIME <= pb[1] and pb[0] - SAME_TIME <= pa[1]


def overlap(a: Claim, b: Claim) -> bool:
    """Whether two intervals ``[low, high]`` (``None``: an open end) share a value."""
    if a["high"] is not None and b["low"] is not None and a["high"] < b["low"]:
        return False
    return not (b["high"] is not None and a["low"] is not None and b["high"] < a["low"])


def value(claim: Claim) -> float | None:
    """One number for a figure, to compare levels: its value, the middle of its range, or the
    bound it has when one end is open."""
    low, high = claim["low"], claim["high"]
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high


# -- the timeline ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Point:
    """A figure on the timeline: the figure as the ledger gives it, its period, and whether it
    set a new high or a new low."""

    figure: dict[str, Any]
    period: tuple[date, date] | None
    new_high: bool = False
    new_low: bool = False

    @property
    def id(self) -> int | None:
        return self.figure.get("id")

    @property
    def claimant(self) -> str | None:
        return self.figure.get("source")

    @property
    def relays(self) -> list[str]:
        return list(self.figure.get("via") or [])

    @property
    def copy(self) -> bool:
        return bool(self.figure.get("copy"))

    @property
    def time(self) -> str:
        """What the figure is as of, as written: its as-of time, else its publication date."""
        return self.figure.get("as_of") or self.figure.get("published") or ""

    @property
    def low(self) -> float | None:
        return self.figure["low"]

    @property
    def high(self) -> float | None:
        return self.figure["high"]

    @property
    def value(self) -> float | None:
        return value(self.figure)


def in_force(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """The figures that count: those whose status is not in :data:`LEFT_OUT`."""
    return [dict(c) for c in claims if c.get("status", "active") not in LEFT_OUT]


def timeline(claims: Iterable[Claim]) -> list[Point]:
    """The figures in force as points in time order (the end of their period, then its start,
    then publication, then id; undated figures last), new highs and lows flagged (see the
    module's notes)."""
    points = [Point(c, period(c)) for c in in_force(claims)]
    points.sort(key=_order)
    flagged: list[Point] = []
    top = bottom = None
    for point in points:
        high = point.low is not None and top is not None and point.low > top
        low = point.high is not None and bottom is not None and point.high < bottom
        flagged.append(Point(point.figure, point.period, high, low))
        level = point.value
        if level is not None:
            top = level if top is None else max(top, level)
            bottom = level if bottom is None else min(bottom, level)
    return flagged


def _order(point: Point) -> tuple:
    span = point.period
    return (span is None, span[1] if span else date.max, span[0] if span else date.max,
            point.figure.get("published") or "", point.id or 0)


def latest_by_claimant(points: Sequence[Point]) -> dict[str | None, Point]:
    """Each claimant's latest estimate (``None``: the articles' own voice), from its own
    reports; a claimant seen only in copies gets its latest copy."""
    latest: dict[str | None, Point] = {}
    for point in points:
        known = latest.get(point.claimant)
        if not point.copy or known is None or known.copy:
            latest[point.claimant] = point
    return latest


# -- independence ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Independence:
    """How many reports a series has and how many claimants stand behind them.

    ``reports`` counts documents, ``figures`` figures; ``claimants`` are the named claimants
    and ``independent`` those with a figure that is not a copy (a relayed figure counts for its
    claimant). ``relayed`` and ``copies`` count figures; ``unattributed`` figures in the
    articles' own voice.
    """

    reports: int
    figures: int
    claimants: list[str]
    independent: list[str]
    relayed: int
    copies: int
    unattributed: int

    @property
    def summary(self) -> str:
        """``5 reports, 2 independent claimants``."""
        n = len(self.independent)
        return (f"{self.reports} report{'s' * (self.reports != 1)}, "
                f"{n} independent claimant{'s' * (n != 1)}")


def independence(points: Sequence[Point]) -> Independence:
    """Reports and claimants of a series' points (see :class:`Independence`)."""
    named = {p.claimant for p in points if p.claimant is not None}
    own = {p.claimant for p in points if p.claimant is not None and not p.copy}
    return Independence(
        reports=len({p.figure.get("document") for p in points}),
        figures=len(points),
        claimants=sorted(named, key=str.casefold),
        independent=sorted(own, key=str.casefold),
        relayed=sum(bool(p.relays) for p in points),
        copies=sum(p.copy for p in points),
        unattributed=sum(p.claimant is None for p in points),
    )


# -- consensus ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Band:
    """Where the latest estimates put a quantity.

    ``kind`` is ``single`` (one estimate), ``overlap`` (``low``–``high`` is the intersection of
    the estimates: every claimant's interval holds it) or ``spread`` (they do not all overlap:
    ``low``–``high`` runs from the lowest estimate to the highest). ``points`` are the estimates
    it was made from; ``as_of`` the time of the newest.
    """

    low: float | None
    high: float | None
    kind: Literal["single", "overlap", "spread"]
    points: tuple[Point, ...]
    as_of: str
    qualifier: str | None = None

    @property
    def claimants(self) -> list[str | None]:
        return [p.claimant for p in self.points]

    def as_dict(self) -> dict[str, Any]:
        return {"low": as_number(self.low), "high": as_number(self.high), "kind": self.kind,
                "qualifier": self.qualifier, "as_of": self.as_of, "claimants": self.claimants,
                "figures": [p.id for p in self.points]}


def consensus(points: Sequence[Point]) -> Band | None:
    """The consensus band of the claimants' latest estimates at the latest time (see
    :class:`Band`); ``None`` for a series without figures."""
    if not points:
        return None
    latest = latest_by_claimant(points)
    dated = [p for p in latest.values() if p.period is not None] or list(latest.values())
    newest = max(dated, key=_order)
    current = tuple(sorted((p for p in latest.values()
                            if p is newest or same_time(p.figure, newest.figure)), key=_order))
    if len(current) == 1:
        return Band(newest.low, newest.high, "single", current, newest.time,
                    newest.figure.get("qualifier"))
    lows = [p.low for p in current]
    highs = [p.high for p in current]
    low = max((v for v in lows if v is not None), default=None)
    high = min((v for v in highs if v is not None), default=None)
    if low is None or high is None or low <= high:
        return Band(low, high, "overlap", current, newest.time)
    spread_low = None if None in lows else min(lows)
    spread_high = None if None in highs else max(highs)
    return Band(spread_low, spread_high, "spread", current, newest.time)


# -- conflicts and change over time ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two figures by different claimants, about the same time, that do not overlap."""

    a: Point
    b: Point


def conflicts(points: Sequence[Point]) -> list[Conflict]:
    """Every conflicting pair of a series' points, in timeline order. Copies are left out (the
    original already takes part), as are figures with no claimant."""
    named = [p for p in points if p.claimant is not None and not p.copy and p.period]
    # a sweep over the periods by start: only figures whose widened periods meet are compared,
    # so a long series costs about n times the figures of a month, not n squared
    by_start = sorted(range(len(named)), key=lambda i: named[i].period[0])
    open_: list[int] = []
    pairs: list[tuple[int, int]] = []
    for j in by_start:
        b = named[j]
        start = b.period[0] - SAME_TIME
        open_ = [i for i in open_ if named[i].period[1] >= start]
        pairs += [(min(i, j), max(i, j)) for i in open_
                  if named[i].claimant != b.claimant and not overlap(named[i].figure, b.figure)]
        open_.append(j)
    return [Conflict(named[i], named[j]) for i, j in sorted(pairs)]


@dataclass(frozen=True, slots=True)
class Change:
    """A claimant's estimate moving between two of its reports: ``up``, ``down``, or
    ``revised`` (another interval around the same level)."""

    claimant: str | None
    before: Point
    after: Point
    direction: Literal["up", "down", "revised"]


def changes(points: Sequence[Point]) -> list[Change]:
    """Each claimant's successive estimates (its own reports, not copies) that differ and are
    about different times, in timeline order."""
    last: dict[str | None, Point] = {}
    found: list[Change] = []
    for point in points:
        if point.copy:
            continue
        before = last.get(point.claimant)
        last[point.claimant] = point
        if before is None or before.period == point.period:
            continue
        if (before.low, before.high) == (point.low, point.high):
            continue
        old, new = before.value, point.value
        direction: Literal["up", "down", "revised"] = "revised"
        if old is not None and new is not None and new != old:
            direction = "up" if new > old else "down"
        found.append(Change(point.claimant, before, point, direction))
    return found


# -- the report --------------------------------------------------------------------------------


@dataclass(slots=True)
class SeriesReport:
    """A series and its analytics: the series' own fields (``series``: id, key, name, ...), its
    timeline of figures in force, each claimant's latest estimate, its independence, consensus
    band, conflicts and changes, and the figures ``left_out`` by their status."""

    series: dict[str, Any]
    timeline: list[Point]
    latest: dict[str | None, Point]
    independence: Independence
    band: Band | None
    conflicts: list[Conflict]
    changes: list[Change]
    left_out: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> int | None:
        return self.series.get("id")

    @property
    def name(self) -> str:
        return self.series.get("name") or ""

    def as_dict(self) -> dict[str, Any]:
        """The series' fields and analytics, JSON-ready. ``figures`` are the figures in force
        as the ledger gives them, oldest first, each with ``new_high`` and ``new_low``."""
        ind = self.independence
        newest = self.timeline[-1] if self.timeline else None
        return {
            **self.series,
            "flow": bool(self.series.get("flow")), "pinned": bool(self.series.get("pinned")),
            "claimants": ind.claimants,
            "independent_claimants": len(ind.independent),
            "reports": ind.reports,
            "relayed": ind.relayed,
            "copies": ind.copies,
            "unattributed": ind.unattributed,
            "summary": ind.summary,
            "band": self.band.as_dict() if self.band else None,
            "conflicts": len(self.conflicts),
            "conflict_pairs": [{"a": point_dict(c.a), "b": point_dict(c.b)}
                               for c in self.conflicts],
            "changes": [{"claimant": c.claimant, "direction": c.direction,
                         "before": point_dict(c.before), "after": point_dict(c.after)}
                        for c in self.changes],
            "latest": point_dict(newest) if newest else None,
            "latest_by_claimant": {name: point_dict(p) for name, p in sorted(
                ((k, v) for k, v in self.latest.items() if k is not None),
                key=lambda kv: kv[0].casefold())},
            "left_out": [{"id": c.get("id"), "status": c.get("status")} for c in self.left_out],
            "figures": [{**p.figure, "new_high": p.new_high, "new_low": p.new_low}
                        for p in self.timeline],
        }


def report(series: Mapping[str, Any], claims: Iterable[Claim]) -> SeriesReport:
    """The analytics of one series (its row: id, name, ...) over its figures."""
    claims = list(claims)
    points = timeline(claims)
    return SeriesReport(
        series=dict(series),
        timeline=points,
        latest=latest_by_claimant(points),
        independence=independence(points),
        band=consensus(points),
        conflicts=conflicts(points),
        changes=changes(points),
        left_out=[dict(c) for c in claims if c.get("status", "active") in LEFT_OUT],
    )


def point_dict(point: Point) -> dict[str, Any]:
    """A point in short, JSON-ready: which figure, whose, what interval, as of when."""
    fig = point.figure
    return {"id": point.id, "source": point.claimant, "via": point.relays,
            "low": as_number(point.low), "high": as_number(point.high),
            "qualifier": fig.get("qualifier"), "unit": fig.get("unit"), "as_of": point.time,
            "text": fig.get("text"), "document": fig.get("document")}


def as_number(value: float | None) -> float | int | None:
    """``12000.0`` → ``12000``; other values as they are."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value
