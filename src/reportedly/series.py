"""Resolve figures into series: figures that measure the same quantity share one.

A series is keyed by subject, measure, event, place, unit and whether it is a stock (a running
total) or a flow (a new deployment, reinforcements, a period's count). A watchlist
(:mod:`reportedly.watchlist`) overrides this: a figure one of its rules matches goes to the
rule's pinned series.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.model import Figure, Series

if TYPE_CHECKING:
    from reportedly.watchlist import Watchlist

#: Counted things that are the same measure. Casualties (killed + wounded) stay apart from killed.
MEASURES: dict[str, str] = {
    "troops": "personnel", "soldiers": "personnel", "servicemen": "personnel",
    "personnel": "personnel", "forces": "personnel", "fighters": "personnel",
    "men": "personnel", "military personnel": "personnel", "contingent": "personnel",
    "soldados": "personnel", "tropas": "personnel", "militares": "personnel",
    "killed": "killed", "dead": "killed", "deaths": "killed", "died": "killed",
    "muertos": "killed", "fallecidos": "killed",
    "wounded": "wounded", "injured": "wounded", "heridos": "wounded",
    "casualties": "casualties", "losses": "casualties", "bajas": "casualties",
    "captured": "captured", "prisoners": "captured", "prisoners of war": "captured",
}


def measure_of(figure: Figure) -> str | None:
    """The normalized measure of a figure: ``personnel``, ``killed``, ``territory``, ..."""
    if figure.unit == "km2":
        return "territory"
    if figure.object is None:
        return figure.unit
    obj = figure.object.casefold()
    return MEASURES.get(obj, obj)


def resolve(figure: Figure, watchlist: Watchlist | None = None) -> Series | None:
    """The series a figure belongs to, or ``None`` for figures the ledger does not track.

    With a ``watchlist``, a figure its first matching rule names goes to that rule's pinned
    series (key ``watch:<slug>``) instead of the one grouping would give it.
    """
    if not figure.tracked:
        return None
    if watchlist is not None:
        rule = watchlist.match(figure)
        if rule is not None:
            return rule.series()
    measure = figure.measure or measure_of(figure)
    if measure is None:
        return None
    parts = [figure.subject or "unknown", measure, figure.event or "", figure.place or "",
             figure.unit or "", "flow" if figure.flow else "stock"]
    key = "|".join(p.casefold() for p in parts)
    return Series(key=key, name=series_name(figure.subject, measure, figure.event, figure.place,
                                            figure.flow),
                  subject=figure.subject, measure=measure, event=figure.event,
                  place=figure.place, unit=figure.unit, flow=figure.flow)


def series_name(subject: str | None, measure: str, event: str | None, place: str | None,
                flow: bool) -> str:
    """A readable series name: "North Korea personnel deployed to Russia (new)"; an event that
    is the measure itself is said once ("displaced", not "displaced displaced")."""
    words = [subject or "", measure, event if event != measure else ""]
    if place:
        words.append(f"in {place}" if measure == "territory" else f"to {place}")
    name = " ".join(w for w in words if w)
    return f"{name} (new)" if flow else name
