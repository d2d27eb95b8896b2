"""Find figures in a sentence: amounts of something, with interval, qualifier, unit and object.

The input is a list of :class:`Tok` (spaCy tokens reduced to what we need). The parser walks the
tokens left to right; at each position it tries to read an amount (digits, number words, a
vague amount), then widens it: a range, a qualifier before or after, a currency, a unit, a
percent sign, and the counted thing that follows. Everything it knows of words lives in
``data/figures.yml``.

Not figures: dates, years, times of day, ordinals, identifiers ("Resolution 2231", "F-16"),
reading time, list numbering. Durations and ages are found with ``kind`` duration/age.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reportedly.lexicon import invert, lang_key, load, phrases
from reportedly.numbers import (  # noqa: F401  (re-exported: the figure parser's tokens)
    GLUED_RE,
    NUM_RE,
    PHONE,
    RANGE_ARTICLES,
    RANGE_TOKEN,
    YEAR_MAX,
    YEAR_MIN,
    Amount,
    NumberLex,
    NumberReader,
    Tok,
    match_at,
    match_before,
    parse_digits,
    positions,
    retokenize,
)

#: Irregular plurals: a noun phrase ends with them ("1,000 people fled").
PLURALS = frozenset("people men women children personnel servicemen police aircraft artillery "
                    "civilians staff cattle sheep".split())
#: Common irregular verbs that end a noun phrase ("dozens of drones hit the city").
VERBS = frozenset("hit fled died fought went came left took made ran fell rose grew lost won flew "
                  "cast struck sent held kept met saw got gave began stood remain remained remains "
                  "arrive arrived face faced need needed live lived die fight flee return "
                  "returned cross crossed join joined stay stayed".split())
#: Counted nouns that may come before their figure ("losses exceeded 3,000").
COUNTED = frozenset("troops soldiers servicemen personnel casualties losses killed dead deaths "
                    "wounded injured prisoners captured refugees civilians people fighters "
                    "bajas muertos heridos soldados tropas víctimas refugiados".split())
#: Qualifiers that are also prepositions ("drones over 10 regions").
PREPOSITION_QUALIFIERS = frozenset({"over", "under", "above", "below"})
#: Words ending in -s that are verbs or function words, not plural nouns.
VERB_S = frozenset("was has is does says its this thus always perhaps whereas as us".split())
#: Determiners and possessives after "of" in a part of a whole ("2 of its 3 substations").
PARTITIVE = frozenset("its the their his her our these those los las sus nuestros "
                      "estos esos".split())
#: Endings of Spanish finite verbs ("murieron", "podrían", "resultó").
SPANISH_VERB_ENDINGS = ("aron", "ieron", "ían", "aban", "arán", "erán", "irán", "rían", "ó")
FLOW_ADJECTIVES = frozenset({"more", "additional", "extra", "new", "fresh", "further", "other"})
PARTICIPLES = frozenset(
    "killed wounded dead injured hurt captured taken held displaced detained arrested "
    "heridas muertas desaparecidas detenidas desplazadas "
    "missing evacuated executed deported abducted kidnapped rescued freed released "
    "muertos heridos desaparecidos detenidos desplazados capturados fallecidos".split()
)


@dataclass(slots=True)
class Found:
    """A figure found in a sentence, in token indices (``i`` to ``j`` exclusive)."""

    i: int
    j: int
    low: float | None
    high: float | None
    qualifier: str = "exact"
    vague: bool = False
    kind: str = "count"
    unit: str | None = None
    object: str | None = None
    object_i: int | None = None
    change: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Lex(NumberLex):
    """The figure lexicon for one language, indexed for token lookups: the number grammar's
    words (:class:`reportedly.numbers.NumberLex`) and what a figure counts."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        data = load("figures")
        self.cur_after = phrases(data["currency_after"][lang])
        self.unit_words = phrases(data["units"][lang])
        self.durations = {k.casefold(): v for k, v in data["durations"][lang].items()}
        self.units_before = phrases(data["units_before"][lang])
        ages = data["ages"][lang]
        self.age_before = phrases(ages["before"])
        self.changes = invert(data["changes"][lang])
        self.change_words = invert(data["change_words"][lang])
        self.change_after = phrases(data["change_after"][lang])
        self.ident_before = {w.casefold() for w in data["identifier_before"][lang]}
        self.ordinal_suffixes = {s.casefold() for s in data["ordinal_suffixes"]}
        self.time_after = {w.casefold() for w in data["time_after"]}
        self.months = {k.casefold() for k in data["months"]["en"]} | {
            k.casefold() for k in data["months"]["es"]
        }
        self.year_before = {w.casefold() for w in data["year_before"][lang]}
        self.object_stop = {w.casefold() for w in data["object_stop"][lang]}
        self.auxiliaries = {w.casefold() for w in data["auxiliaries"][lang]}
        self.never = phrases(data["never_figures"][lang])
        self.never_before = phrases(data["never_before"][lang])
        self.clock_before = phrases(data["clock_before"][lang])


@cache
def _known_body(word: str) -> bool:
    """Whether a word in capitals is an organisation the alias table knows ("89 UNRWA staff
    members"), not the name of a model beside its number ("737 MAX")."""
    from reportedly.names import aliases  # (the alias table loads only when asked)

    table = aliases()
    return table.by_alias.get(table.key(word)) is not None


@cache
def lexicon(lang: str | None) -> Lex:
    """The lexicon for a language code (English unless it is Spanish)."""
    return Lex(lang_key(lang))


class FigureParser(NumberReader):
    """Reads the figures of one sentence's tokens. The amounts are the number grammar's
    (:class:`reportedly.numbers.NumberReader`, read as news)."""

    def __init__(self, toks: list[Tok], lang: str | None = None) -> None:
        super().__init__(toks, lexicon(lang), news=True)
        self.lex: Lex = self.lex  # type: ignore[assignment]
        self.participle: str | None = None

    # -- amounts -------------------------------------------------------------------------------

    def amount_at(self, i: int) -> Amount | None:
        """An amount the news states: the number grammar's, less a lone "one" or "un" (a pronoun
        or an article), "zero", a bare share ("half", "two thirds", "1/3"), a piece of a date or
        an identifier written in one token ("5/17/2018"), a generation ("4G", "3D")."""
        a = super().amount_at(i)
        if a is None or a.vague:
            return a
        toks = self.toks
        if toks[a.i].part or toks[a.j - 1].part:
            return None
        if a.words and (a.value == 0 or (abs(a.value) == 1 and a.j == a.i + 1)):
            return None
        if a.fraction == "pure" and not a.scaled and a.glued != "%" \
                and not match_at(toks, a.j, self.lex.percent) \
                and not match_at(toks, a.j, self.lex.unit_words):
            return None  # "half", "two thirds"; but "un quinto por ciento", "1/4 mile"
        last = toks[a.j - 1]
        suffix = re.search(r"[^\W\d_]+$", last.text)
        if suffix and suffix.group().casefold() in self.lex.ordinal_suffixes \
                and (last.low[:1].isdigit() or (a.j - 1 > a.i and not toks[a.j - 2].ws)):
            return None
        return a

    def bound_ok(self, b: Amount) -> bool:
        return not self.is_not_figure(b)

    # -- exclusions ----------------------------------------------------------------------------

    def is_not_figure(self, a: Amount) -> bool:
        """Dates, years, times, ordinals, identifiers, list numbers, reading time."""
        toks, lex = self.toks, self.lex
        prev = toks[a.i - 1].low if a.i > 0 else ""
        nxt = toks[a.j].low if a.j < len(toks) else ""
        if a.glued and (a.glued in lex.ordinal_suffixes or a.glued not in self._glued_ok()):
            return True
        if a.i in self.blocked:
            return True
        if match_before(toks, a.i, lex.never_before) and not a.vague:
            return True  # (before "2M" reads as two million: "state television 2M")
        if a.words and a.i > 0 and a.j < len(toks) and toks[a.i].text[:1].isupper() \
                and toks[a.j].text[:1].isupper() and toks[a.j].text.isalpha() \
                and toks[a.i - 1].text.isalpha():
            return True  # a number word inside a name: "the Seven Network", "Three Gorges Dam"
        if a.words or a.vague:
            return False
        if prev in lex.months or nxt in lex.months:
            return True
        if nxt in ("de", "of") and a.j + 1 < len(toks) and toks[a.j + 1].low in lex.months:
            return True
        if prev in lex.ident_before and not a.scaled:
            return True
        if prev == "." and a.i > 1 and toks[a.i - 2].low in lex.ident_before:
            return True
        if nxt in lex.time_after:
            return True
        if a.i == 0 and nxt in (".", ")") and (a.j + 1 == len(toks)
                                               or toks[a.j + 1].text[:1].isupper()):
            return True  # list numbering: "1. Russia launched …"
        if prev == "#":
            return True
        if match_at(toks, a.j, lex.never):
            return True  # (a word before that makes it no figure is tested above)
        if a.value <= 24 and match_before(toks, a.i, lex.clock_before) and (
                nxt in ("de", "horas", "h", "hs", ".", ",", "y", "en", "") or ":" in nxt):
            return True  # "a las 4 de la madrugada", "a las 14.00 horas"
        if self._caps_neighbour(a):
            return True
        # "1,000-2" is a compound identifier, "555-123-4567" a phone number
        if nxt in ("-", "/", ":") and a.j + 1 < len(toks) and not toks[a.j].ws \
                and toks[a.j + 1].low[:1].isdigit() and a.j + 3 < len(toks) \
                and toks[a.j + 2].low in ("-", "/", ":") and toks[a.j + 3].low[:1].isdigit():
            return True
        return self.is_year(a)

    def _caps_neighbour(self, a: Amount) -> bool:
        """A model or unit name in capitals beside the number: "737 MAX 9", "Su 34"."""
        toks = self.toks
        for k in (a.i - 1, a.j):
            if 0 <= k < len(toks):
                word = toks[k].text
                if len(word) >= 2 and word.isalpha() and word.isupper() \
                        and word.casefold() not in self.lex.cur_before \
                        and (word.casefold(),) not in self.lex.cur_after \
                        and (word.casefold(),) not in self.lex.unit_words \
                        and (k == a.j or toks[k - 1].text[:1].isupper()
                             or k == 0 or not toks[k].ws) \
                        and not (k == a.j and _known_body(word)):
                    return True
        return False

    def _glued_ok(self) -> set[str]:
        return set(self.lex.scales) | {"%", "+", "km", "km²", "km2", "kg", "t", "mw", "gw", "m"}

    def is_year(self, a: Amount) -> bool:
        """A bare four-digit number read as a year ("in 2024", "2024's", "(2024)")."""
        tok = self.toks[a.i]
        if a.scaled or a.glued or not re.fullmatch(r"\d{4}", tok.text):
            return False
        if not YEAR_MIN <= a.value <= YEAR_MAX:
            return False
        prev = self.toks[a.i - 1].low if a.i > 0 else ""
        nxt = self.toks[a.j].low if a.j < len(self.toks) else ""
        if prev in self.lex.year_before or prev in ("(", ",", "–", "-", "/", "the", "el", "la",
                                                      "los", "las", "a", "an", "this", "that"):
            return True
        if nxt in ("'s", "’s", "-", "–", "/") or not nxt or not nxt[0].isalpha():
            return True
        before = self.toks[a.i - 1] if a.i > 0 else None
        if before is not None and before.ws and before.text.isalpha() \
                and before.text[:1].isupper():
            return True  # a name with its year: "the Paris 2024 organising committee"
        return self._object_after(a.j, vague=False)[0] is None

    # -- assembling a figure ---------------------------------------------------------------

    def parse(self) -> list[Found]:
        """All figures of the sentence, in order."""
        found: list[Found] = []
        toks = self.toks
        i = 0
        starts = self.lex.starts
        while i < len(toks):
            low = toks[i].low
            # can_start(i), inlined: it runs on every token
            if not (low[:1].isdigit() or low in starts
                    or (low[:1] in "-+−.,~" and low[1:2].isdigit())):
                i += 1
                continue
            a = self.amount_at(i)
            if a is None or self.is_not_figure(a):
                i = (a.j if a else i + 1) if a and not a.words else i + 1
                continue
            fig = self._figure(a)
            if fig is None:
                i = a.j
                continue
            found.append(fig)
            i = fig.j
        self._inherit_objects(found)
        return found

    def _figure(self, a: Amount) -> Found | None:
        toks, lex = self.toks, self.lex
        start = a.i
        currency = None
        if start > 0 and toks[start - 1].low in lex.cur_before:
            currency = lex.cur_before[toks[start - 1].low]
            start -= 1
            if start > 0 and toks[start - 1].low in ("us", "c", "a") and not toks[start - 1].ws:
                start -= 1
        fig = Found(i=start, j=a.j, low=a.value, high=a.value, vague=a.vague is not None)
        fig.extra["scaled"] = a.scaled
        if a.vague:
            fig.low, fig.high = a.vague
        b = self.range_end(a)
        opened = False
        if b is None:
            b, opened = self.range_opened(a, start)
        if b is not None:
            low = a.value
            if not a.scaled and b.scaled and a.raw < b.raw:
                low = a.raw * (b.value / b.raw)  # "1 to 3 million" shares the scale
            fig.low, fig.high, fig.j = low, b.value, b.j
            fig.qualifier = "range"
            if opened:
                fig.i = opened
            a = b
        self._qualify_before(fig)
        if currency is None and fig.i > 0 and toks[fig.i - 1].low in lex.cur_before:
            currency = lex.cur_before[toks[fig.i - 1].low]
            fig.i -= 1
        if currency:
            fig.kind, fig.unit = "money", currency
        self._after(fig, a)
        if fig.kind == "count" and fig.object is None and fig.vague:
            return None  # "hundreds" with nothing counted
        self._change(fig)
        return fig

    def _qualify_before(self, fig: Found) -> None:
        hit = self.qualifier_before(fig.i)
        if hit is None:
            return
        start, qual = hit
        toks = self.toks
        before = toks[start - 1].low if start > 0 else ""
        if toks[start].low in PREPOSITION_QUALIFIERS and before.isalpha() and (
                (before.endswith("s") and before not in VERB_S) or before in PLURALS):
            return  # "337 drones over 10 regions": a preposition, not "more than"
        if toks[start].low == "hasta" and before == ",":
            return  # "cayó un 3 %, hasta 71,40 dólares": the level reached, not a maximum
        if fig.qualifier == "range":
            if qual != "approximately":
                return
            fig.extra["approximately"] = True
            fig.i = start
            return
        fig.i, fig.qualifier = start, qual
        if qual in ("more_than", "at_least"):
            fig.high = None
        elif qual in ("at_most", "less_than"):
            fig.low = None if not fig.vague else fig.low

    def _after(self, fig: Found, a: Amount) -> None:
        """Percent, currency, unit, duration, age, trailing qualifier and object."""
        toks, lex = self.toks, self.lex
        j = fig.j
        if a.glued in ("%",):
            fig.kind, fig.unit = "percent", "percent"
        elif a.glued == "+":
            self._set_open(fig, "at_least")
        elif a.glued and a.glued in {k[0] for k in lex.unit_words}:
            fig.kind, fig.unit = "measure", lex.unit_words[(a.glued,)]
            fig.object = toks[a.i].text[len(toks[a.i].text) - len(a.glued):]
        if j < len(toks) and fig.kind == "count":
            j = self._kind_after(fig, j)
        hit = self.qualifier_after(j)
        if hit and fig.qualifier in ("exact", "approximately"):
            if hit[1] != "approximately" or fig.qualifier == "exact":
                self._set_open(fig, hit[1]) if hit[1] != "approximately" else None
                if hit[1] == "approximately":
                    fig.qualifier = "approximately"
                j = hit[0]
        fig.j = j
        if fig.object is None and fig.kind in ("count", "money"):
            self.participle = None
            obj, oi = self._object_after(j, vague=fig.vague or a.scaled)
            if obj is None and fig.kind == "count":
                obj, oi = self._object_before(fig)
            if obj is not None:
                fig.object, fig.object_i = obj, oi
                if self.participle:
                    fig.extra["participle"] = self.participle
        if fig.kind == "count" and fig.object is None:
            fig.kind = "other"

    def _set_open(self, fig: Found, qual: str) -> None:
        fig.qualifier = qual
        if qual in ("at_least", "more_than"):
            fig.high = None
        else:
            fig.low = None

    def _kind_after(self, fig: Found, j: int) -> int:
        toks, lex = self.toks, self.lex
        k = j
        if toks[k].low in ("of", "de") and (fig.vague or toks[k - 1].low in lex.scales):
            k += 1  # "millions of dollars", "millones de dólares"
        for table, kind in ((lex.percent, "percent"), (lex.cur_after, "money"),
                            (lex.unit_words, "measure")):
            hit = match_at(toks, k, table) if k < len(toks) else None
            if hit:
                if kind == "money" and fig.kind == "money":
                    return hit[0]
                fig.kind = kind
                fig.unit = "percent" if kind == "percent" else hit[1]
                if kind == "measure":
                    fig.object = " ".join(t.text for t in toks[k:hit[0]])
                    fig.object_i = k
                return hit[0]
        # ages: "19-year-old", "aged 19", "de 19 años de edad"
        rest = " ".join(t.low for t in toks[j:j + 5])
        if re.match(r"^-? ?years? ?-? ?old\b", rest) or re.match(r"^años de edad", rest) \
                or match_before(toks, fig.i, lex.age_before):
            fig.kind, fig.unit = "age", "year"
            return j
        k = j + 1 if toks[j].low == "-" and j + 1 < len(toks) else j
        if toks[k].low in lex.durations:
            if self.lang == "es" and toks[k].low == "años" and fig.i > 0 \
                    and toks[fig.i - 1].low == "de" and (k + 1 >= len(toks)
                                                         or toks[k + 1].low != "de"):
                fig.kind, fig.unit = "age", "year"  # "un joven de 19 años"
                return k + 1
            fig.kind, fig.unit = "duration", lex.durations[toks[k].low]
            fig.object, fig.object_i = toks[k].low, k
            return k + 1
        hit = match_before(toks, fig.i, lex.units_before)
        if hit:  # "magnitude 5.1"
            fig.kind, fig.unit, fig.object = "measure", hit[1], toks[hit[0]:fig.i][-1].low
            fig.i = hit[0]
            return j
        return j

    def _object_after(self, j: int, vague: bool) -> tuple[str | None, int | None]:
        """The counted thing after a figure: the head of the noun phrase that follows."""
        toks, lex = self.toks, self.lex
        n = len(toks)
        if j < n and toks[j].low in ("of", "de") and vague:
            j += 1
        j = self._skip_partitive(j)
        if self.lang == "es":
            if j < n and toks[j].low == "de":
                j += 1
            if j < n and toks[j].text.isalpha() and toks[j].low not in lex.object_stop \
                    and toks[j].low not in lex.months:
                return toks[j].low, j
            return None, None
        chunk: list[int] = []
        k = j
        while k < n and len(chunk) < 4:
            t = toks[k]
            word = t.low
            if not re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", t.text):
                break
            if not chunk and word in FLOW_ADJECTIVES and k + 1 < n and toks[k + 1].low != "than":
                k += 1  # "3,000 more soldiers", "1,500 additional troops"
                continue
            if word in lex.object_stop or word in lex.months:
                break
            if chunk and ((word.endswith(("ed", "ing")) and word not in ("armed",))
                          or (word in PARTICIPLES
                          and word not in ("dead", "wounded", "missing", "injured"))):
                break
            if (word in VERBS or (self.lang == "es" and word.endswith(SPANISH_VERB_ENDINGS))) \
                    and (chunk or word not in PARTICIPLES):
                break
            if not chunk and word.endswith("ed") and word not in PARTICIPLES \
                    and t.text.islower():
                break  # "fewer than 100 entered": a verb, not the counted thing
            chunk.append(k)
            k += 1
            plural = word in PLURALS or (word.endswith("s")
                                         and not word.endswith(("ss", "us", "'s")))
            if plural and k < n and not toks[k].low.endswith("s"):
                break  # a plural noun ends the phrase: "drones hit", "people fled"
        if chunk:
            head = chunk[-1]
            self.participle = self._participle_after(k)
            return toks[head].low, head
        # "a quarter of a million had been killed"
        while k < n and toks[k].low in lex.auxiliaries:
            k += 1
        if k > j and k < n and (toks[k].low in PARTICIPLES or toks[k].low.endswith("ed")):
            return toks[k].low, k
        return None, None

    def _skip_partitive(self, j: int) -> int:
        """ "2 of its 3 substations", "273 of its staff members", "143 de los 450 escaños":
        the counted thing is after "of" and a determiner or possessive (and any number)."""
        toks, n = self.toks, len(self.toks)
        if j + 1 < n and toks[j].low in ("of", "de", "del") and toks[j + 1].low in PARTITIVE:
            k = j + 2
            if k + 1 < n and toks[k + 1].low in ("'s", "’s"):
                k += 2  # "of the capital's 1,480 polling stations"
            while k < n and (toks[k].low[:1].isdigit() or toks[k].low in (",",)):
                k += 1
            return k
        return j

    def _participle_after(self, k: int) -> str | None:
        """ "soldiers have been killed (or wounded)": what happened to the counted thing."""
        toks, lex = self.toks, self.lex
        start = k
        while k < len(toks) and toks[k].low in lex.auxiliaries:
            k += 1
        if k == start or k >= len(toks) or toks[k].low not in PARTICIPLES:
            return None
        word = toks[k].low
        if k + 2 < len(toks) and toks[k + 1].low in ("or", "and", "o", "y") \
                and toks[k + 2].low in PARTICIPLES and toks[k + 2].low != word:
            return "casualties"
        return word

    def _object_before(self, fig: Found) -> tuple[str | None, int | None]:
        """ "losses … exceeded 3,000", "the number of wounded … nearly 1,000": a counted noun
        earlier in the clause, when none follows the figure."""
        for k in range(fig.i - 1, max(-1, fig.i - 10), -1):
            word = self.toks[k].low
            if word in (";", ":") or self.toks[k].text in (".",):
                break
            if word in COUNTED and (word not in PARTICIPLES or (k > 0 and self.toks[k - 1].low in (
                    "of", "the", "de", "los", "las"))):
                return word, k  # "the number of wounded", not "fighting that killed"
        return None, None

    def _change(self, fig: Found) -> None:
        """A delta, not a level: "rose by 300", "cut the harvest by 40 percent", "up 60%",
        "un 38 % menos que"; "rose to 500" stays a level."""
        toks, lex = self.toks, self.lex
        hit = match_before(toks, fig.i, lex.changes)
        if hit:
            fig.change = hit[1]
            return
        after = match_at(toks, fig.j, lex.change_after)
        if after and (fig.j + 1 >= len(toks) or (toks[fig.j].low in ("more", "fewer", "less")
                      and toks[fig.j + 1].low == "than") or self.lang == "es"):
            fig.change = after[1]
            return
        k = fig.i - 1
        if k < 0 or fig.kind in ("duration", "age"):
            return
        link = toks[k].low
        if link in ("up", "down") and k > 0 and toks[k - 1].text == ",":
            fig.change = "increase" if link == "up" else "decrease"  # ", up 38 from …"
            return
        if link in ("by", "en", "un", "una", "del"):
            window = range(k - 1, max(-1, k - 7), -1)  # "cut the harvest by 40 percent"
        elif fig.kind == "percent":
            window = range(k, k - 1, -1)  # "grew 8.2%", "crecieron 4,5 por ciento"
        else:
            return  # "dropped 800 bombs", "cut 4,000 jobs": levels, not deltas
        for m in window:
            if toks[m].text in (".", ";", ":", ",") or toks[m].low[:1].isdigit():
                break
            word = (toks[m].low,)
            if m > 0 and (toks[m - 1].low, toks[m].low) in lex.change_words:
                word = (toks[m - 1].low, toks[m].low)
            if word in lex.change_words:
                fig.change = lex.change_words[word]
                return

    def _inherit_objects(self, found: list[Found]) -> None:
        """ "95 of 120 drones": the first figure counts the same thing as the second."""
        for a, b in itertools.pairwise(found):
            if b.kind == "other" and a.kind == "money" and b.extra.get("scaled"):
                b.kind, b.unit = "money", a.unit  # "2.200 millones de euros, frente a 1.700
                continue                          # millones": the same currency
            if b.object is None and b.kind == "other" and a.kind == "count" and a.object:
                # "1,500 soldiers, bringing the total to 3,000"
                b.object, b.kind = a.object, "count"
            if a.object is None and a.kind in ("count", "other") and b.i == a.j + 1 \
                    and self.toks[a.j].low in ("of", "out", "de", "and", "or", "y", "o", "to"):
                a.object, a.kind = b.object, b.kind if a.kind == "other" else a.kind
                a.unit = a.unit or b.unit


def find(toks: list[Tok], lang: str | None = None) -> list[Found]:
    """Find the figures in one sentence's tokens."""
    return FigureParser(toks, lang).parse()
