"""Whose figure it is, and what happened: subject, event and stock-or-flow of each figure.

The subject is the country a figure belongs to: named in the figure itself ("1,000 Pyongyang
troops"), else the agent of its clause ("Kyiv's troops still control 400 km²"), else the one the
text was last talking about. A country after a preposition ("sent to Russia") is a place, not a
subject; a country inside a claimant's name ("Ukraine's military intelligence") is neither.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from reportedly.figures import Found, Tok, match_at, positions
from reportedly.lexicon import invert, load

#: Prepositions of a destination: where someone was sent is not whose figure it is.
DESTINATION = frozenset({"to", "into", "toward", "towards", "a", "hacia"})
CLAUSE_BREAKS = frozenset({";", "that", "que", "while", "whereas", "but", "pero", "mientras"})
COORD = frozenset({"and", "y", "but", "pero", "while"})
BREAK_WORDS = CLAUSE_BREAKS | COORD


@dataclass(slots=True)
class Mention:
    """A country named in a sentence: token span and the country."""

    i: int
    j: int
    country: str


@cache
def _places() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Place names by their first word, longest first: {"North": [(("North", "Korea"), …)]}."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for country, names in load("places").items():
        for name in [country, *names]:
            words = tuple(str(name).split())
            by_first.setdefault(words[0], []).append((words, country))
    for candidates in by_first.values():
        candidates.sort(key=lambda c: -len(c[0]))
    return by_first


@cache
def _place_firsts() -> frozenset[str]:
    """The first words of place names, lower-cased (as :func:`positions` looks them up)."""
    return frozenset(w.lower() for w in _places())


@cache
def _events() -> dict:
    data = load("events")
    words = invert(data["events"])
    return {"words": words, "inherent": set(data["inherent"]), "flow": set(data["flow"]),
            "more": set(data["flow_more"]),
            "not_after": {w.casefold() for w in data["not_subject_after"]},
            "harm": {w.casefold() for w in data["harm_verbs"]},
            # every word the event scan looks at, to skip the others with one test
            "any": (set(words.firsts) | set(data["flow"]) | set(data["flow_more"])
                    | {"reinforcement", "reinforcements", "refuerzos"})}


_TEXT = attrgetter("text")


def mentions(toks: list[Tok]) -> list[Mention]:
    """Countries named in a sentence, longest names first, possessives included."""
    by_first = _places()
    starts = [k for k in positions(toks, _place_firsts()) if toks[k].text in by_first]
    if not starts:
        return []
    texts = list(map(_TEXT, toks))
    out: list[Mention] = []
    n, free = len(texts), 0  # tokens before ``free`` are inside a name already found
    for i in starts:
        if i < free:
            continue
        for words, country in by_first[texts[i]]:
            end = i + len(words)
            if end <= n and tuple(texts[i:end]) == words:
                out.append(Mention(i, end, country))
                free = end
                break
    return out


def clause_breaks(toks: list[Tok]) -> list[int]:
    """The tokens that split a sentence into clauses (";", ", and", "that", ...)."""
    return [k for k in positions(toks, BREAK_WORDS) if toks[k].low in CLAUSE_BREAKS
            or (k > 0 and toks[k - 1].text == ",")]


def clause_within(breaks: list[int], n: int, i: int) -> tuple[int, int]:
    """Token bounds of the clause around token ``i``, from :func:`clause_breaks`."""
    k = bisect_right(breaks, i)
    start = breaks[k - 1] + 1 if k > 0 and breaks[k - 1] < i else 0
    if k > 0 and breaks[k - 1] == i:
        start = breaks[k - 2] + 1 if k > 1 else 0
    end = breaks[k] if k < len(breaks) else n  # (the first break past ``i``: bisect_right)
    return start, end


class Subjects:
    """Keeps the running context of a document to resolve subjects, events and flows."""

    def __init__(self) -> None:
        self.last_subject: str | None = None
        self.last_event: tuple[str | None, bool] | None = None
        self._pending: list[Tok] | None = None

    def _previous_event(self, ev: dict) -> tuple[str | None, bool] | None:
        """The event of the sentence before (read now if it had no figures)."""
        if self._pending is not None:
            self.last_event = self._event(self._pending, 0, len(self._pending), ev)
            self._pending = None
        return self.last_event

    def sentence(self, toks: list[Tok], figs: list[Found], claim_spans: list[tuple[int, int]],
                 intervals: list[bool]) -> list[tuple[str | None, str | None, bool, bool]]:
        """(subject, event, flow, abroad) for each figure of a sentence, updating the context;
        ``abroad``: the sentence places someone in another country than the subject's."""
        ev = _events()
        if not figs:
            # only what a later sentence may need: its event (read when asked) and, before any
            # subject is known, the country it is about
            self._pending = toks
            if self.last_subject is None:
                ments = [m for m in mentions(toks)
                         if not any(s <= m.i < e for s, e in claim_spans)]
                self.last_subject = self._sentence_subject(toks, ments, ev)
            return []
        every = mentions(toks)
        ments = [m for m in every if not any(s <= m.i < e for s, e in claim_spans)]
        out = []
        breaks = clause_breaks(toks)
        events: dict[tuple[int, int], tuple[str | None, bool] | None] = {}
        whole = (0, len(toks))
        for fig, interval in zip(figs, intervals, strict=True):
            cs, ce = clause_within(breaks, len(toks), fig.i)
            subject = self._subject(toks, fig, ments, ev, (cs, ce))
            for span in ((cs, ce), whole):
                if span not in events:
                    events[span] = self._event(toks, span[0], span[1], ev)
                if events[span]:
                    break  # the whole sentence is read only when the clause names no event
            event, flow = events[cs, ce] or events.get(whole) or self._previous_event(ev) \
                or (None, False)
            flow = flow or (interval and event == "deployed")
            out.append((subject, event, flow, abroad(toks, every, subject)))
            if subject:
                self.last_subject = subject
        if whole in events:
            self._pending, self.last_event = None, events[whole]
        else:
            self._pending = toks  # its event is read if a later sentence needs it
        return out

    def _subject(self, toks: list[Tok], fig: Found, ments: list[Mention], ev: dict,
                 clause: tuple[int, int]) -> str | None:
        # the figure's own words, and an adjective right after its noun ("soldados norcoreanos")
        end = max(fig.j, (fig.object_i or 0) + 1)
        if fig.object_i is not None and fig.object_i + 1 < len(toks) \
                and toks[fig.object_i + 1].text.islower():
            end = max(end, fig.object_i + 2)
        inside = [m for m in ments if fig.i <= m.i < end]
        if inside:
            return inside[0].country
        cs, ce = clause
        for m in ments:
            if cs <= m.i < ce and m.i < fig.i and not self._after_preposition(toks, m, ev):
                if any(t.low in ev["harm"] for t in toks[m.j:fig.i]):
                    continue  # the attacker: "Israeli strikes killed 46 people in Gaza"
                return m.country
        for m in ments:  # where it happened: "… people were killed in Gaza"
            if cs <= m.i < ce and self._after_preposition(toks, m, ev) \
                    and toks[m.i - 1].low not in DESTINATION:
                return m.country  # (not a destination: "deployed to Russia")
        return self.last_subject or self._sentence_subject(toks, ments, ev)

    def _sentence_subject(self, toks: list[Tok], ments: list[Mention], ev: dict) -> str | None:
        for m in ments:
            if not self._after_preposition(toks, m, ev):
                return m.country
        return None

    @staticmethod
    def _after_preposition(toks: list[Tok], m: Mention, ev: dict) -> bool:
        k = m.i - 1
        while k >= 0 and toks[k].low in ("the", "el", "la"):
            k -= 1
        return k >= 0 and toks[k].low in ev["not_after"]

    @staticmethod
    def _event(toks: list[Tok], start: int, end: int, ev: dict) -> tuple[str | None, bool] | None:
        event = None
        flow = False
        firsts, interesting = ev["words"].firsts, ev["any"]
        for k in [k for k in positions(toks, interesting) if start <= k < end]:
            word = toks[k].low
            if event is None and word in firsts:
                hit = match_at(toks, k, ev["words"])
                if hit and hit[0] <= end:
                    event = hit[1]
            if word in ev["flow"] or (word in ev["more"] and k + 1 < len(toks)
                                      and toks[k + 1].low not in ("than", "de", "que")
                                      and toks[k + 1].text[:1].isalpha()):
                flow = True
            if word in ("reinforcement", "reinforcements", "refuerzos"):
                flow = True
        if event is None and not flow:
            return None
        return event, flow


def inherent(measure: str | None) -> bool:
    """Whether a measure carries its own event (killed, wounded, casualties, captured)."""
    return measure in _events()["inherent"]


TOTAL_WORDS = frozenset({"total", "totaling", "totalling", "overall", "cumulative", "altogether",
                         "all", "total de", "en total", "acumulado"})


def is_total(toks: list[Tok], i: int) -> bool:
    """ "bringing the total to 3,000", "in all": a running total, not a new batch."""
    return not TOTAL_WORDS.isdisjoint([t.low for t in toks[max(0, i - 4):i]])


def abroad(toks: list[Tok], ments: list[Mention], subject: str | None) -> bool:
    """Whether the sentence places someone in another country than the subject's ("in eastern
    Russia", "into Russia's Kursk region"): troops counted abroad are deployed there."""
    for m in ments:
        if m.country == subject:
            continue
        before = {t.low for t in toks[max(0, m.i - 2):m.i]}
        if before & {"in", "into", "to", "inside", "en", "a", "hacia"}:
            return True
    return False
