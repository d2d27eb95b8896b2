"""Numbers in text: the number grammar of the figure parser, and a public API over it.

:func:`find_numbers` lists every number a text writes — "1,674,200.5 M", "one hundred and six",
"five eighths", "minus one", "nine point nought four", "dos mil quinientos", "un millón y medio";
:func:`find_ranges` every interval it states — "between 20 and 30", "5k-20k", "more than 5,000",
"200 or greater", "mayor que veinte y menor o igual a treinta y cinco".

Both run :class:`NumberReader` over the tokens the pipeline makes (spaCy's tokenizer, then
:func:`retokenize`). :class:`reportedly.figures.FigureParser` is a NumberReader too: a figure is
an amount this grammar reads, which the figure parser then widens (currency, unit, counted thing)
or drops when, in news, it is not an amount at all — a lone "one" (a pronoun), "half" (a share),
a date, an identifier. The reader's ``news`` switch turns off the readings that news text uses
for something else: ratios ("95 out of 120 drones" is two figures), "con" as a decimal comma
("con 50 heridos" is "with"), and a spaced dash as a minus sign (a list bullet).

The words the grammar knows live in ``data/figures.yml`` (section "The number grammar").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Any

from reportedly.lexicon import Phrases, invert, lang_key, load, phrases

__all__ = ["Number", "NumberReader", "Range", "find_numbers", "find_ranges", "tokenize"]

NUM_RE = re.compile(r"^\d+(?:[.,]\d+)*$")
GLUED_RE = re.compile(r"^(\d+(?:[.,]\d+)*)([^\W\d_]+|[²%+])$")
#: One token of digits: sign, number (".08" too), exponent ("1e10"), slash fraction ("3/4"),
#: power ("1,1^+23"), "x10" (of "1.3x10^6") and a glued suffix ("12k", "180ml", "47th", "70%").
DIGITS = re.compile(r"""^(?P<sign>[-+−]?)(?P<num>\d+(?:[.,]\d+)*|[.,]\d+)
                        (?:[eE](?P<exp>[-+]?\d+))?(?:/(?P<den>\d+))?(?:\^(?P<pow>[-+]*\d+))?
                        (?P<x10>x10)?(?P<suf>[^\W\d_]+|[%²+])?$""", re.X)
YEAR_MIN, YEAR_MAX = 1800, 2100
#: A range glued in one token: "1,000–3,000", "5k-20k", "20~100".
RANGE_TOKEN = re.compile(r"^(\d[\d.,]*(?:k|K|m|M|bn|b|B|mn|G)?)([–—−‒―~-])"
                         r"(\d[\d.,]*(?:k|K|m|M|bn|b|B|mn|G)?)$")
#: Several numbers glued by separators: "5/17/2018", "192.168.1.2", "22,24,26,31", "1&123".
CHAIN = re.compile(r"^[-+]?\d+(?:[-/.,&]\d+)+$")
COMPARISON = re.compile(r"[<>=≤≥]")
LEADING_SIGN = re.compile(r"^([~≈])(\d.*)$")
#: A dollar of a country glued to its amount, which spaCy leaves whole: "NZ$85", "HK$12.5".
GLUED_CURRENCY = re.compile(r"([A-Z]{1,3}\$)(\d[\d.,]*[a-zA-Z]{0,2})")
BRACKETED = re.compile(r"^(\d[\d.,]*)([{\[(<])(.+)$")
EXPONENT = re.compile(r"^[-+]*\d+$")
HAS_DIGIT = re.compile(r"\d").search
PHONE = re.compile(r"\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5}\b|"
                   r"\(?\d{2,4}\)?[\s.-]\d{3}[-.]\d{4}\b")
#: Articles allowed inside a range ("entre el 20 y el 30 por ciento").
RANGE_ARTICLES = frozenset({"el", "un", "los", "las"})
#: Verbs after which "from A to B" is two levels, not a range ("rose from 300 to 500").
CHANGE_VERBS = frozenset({"rose", "fell", "increased", "decreased", "grew", "dropped", "jumped",
                          "climbed", "declined", "went", "subió", "cayó", "aumentó", "bajó",
                          "pasó", "pasaron"})
SYMBOLS = frozenset("<>=≤≥")
#: What a number's group below a hundred may hold before the next word.
GROUP_ENDS = frozenset({"unit", "teen", "tens", "tensunit", "digits"})


@dataclass(slots=True)
class Tok:
    """A token: its text, lower-cased text, character span and whether a space follows.
    ``part`` marks a piece of a token that glued several numbers ("5/17/2018")."""

    text: str
    low: str
    start: int
    end: int
    ws: bool
    part: bool = False


@dataclass(slots=True)
class Amount:
    """A number read from tokens ``[i, j)``: its value, or a vague interval.

    ``raw`` is the value before a trailing scale ("3" of "3 million"); ``fraction`` is "pure"
    for a fraction with no whole part ("five eighths", "half", "1/3"), "mixed" for one with
    ("one and a half"); ``glued`` a suffix that is not a scale ("180ml", "47th", "70%")."""

    i: int
    j: int
    value: float
    raw: float
    scaled: bool = False
    vague: tuple[float, float] | None = None
    words: bool = False
    glued: str | None = None
    fraction: str | None = None


@dataclass(slots=True)
class _Cardinal:
    """What :meth:`NumberReader._cardinal` read: every token index where a whole number may
    end, with (value, raw, scale it ends with)."""

    ends: dict[int, tuple[float, float, float]]
    words: bool
    digits: bool
    scaled: bool
    glued: str | None = None
    fraction: str | None = None


@dataclass(frozen=True, slots=True)
class Number:
    """A number in a text: ``text[start:end]`` and its value."""

    start: int
    end: int
    value: float
    text: str = ""


@dataclass(frozen=True, slots=True)
class Range:
    """An interval a text states, ``text[start:end]``: ``low``/``high`` (``None`` when open
    ended) and whether each bound is excluded ("more than 20" = ``(20, None)``, low_open)."""

    start: int
    end: int
    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False
    text: str = ""


@dataclass(slots=True)
class _Interval:
    i: int
    j: int
    low: float | None
    high: float | None
    low_open: bool
    high_open: bool


#: What a comparison qualifier makes of a number x: (low, high, low_open, high_open).
BOUNDS = {
    "more_than": lambda x: (x, None, True, False),
    "at_least": lambda x: (x, None, False, False),
    "less_than": lambda x: (None, x, False, True),
    "at_most": lambda x: (None, x, False, False),
    "equal": lambda x: (x, x, False, False),
}


# -- digits ------------------------------------------------------------------------------------


def parse_digits(text: str, lang: str) -> float | None:
    """Read a digit string with English or Spanish separators: 1,000 / 1.000 / 1,5 / 1.234,5."""
    if "," in text and "." in text:
        dec = "," if text.rfind(",") > text.rfind(".") else "."
        thou = "." if dec == "," else ","
        return _to_float(text.replace(thou, "").replace(dec, "."))
    for sep in (",", "."):
        if sep in text:
            groups = text.split(sep)
            if groups[0] in ("0", "") and len(groups) == 2:
                return _to_float("0." + groups[1])  # "0.683", ".08": never thousands
            if len(groups) > 2 or (len(groups[-1]) == 3 and len(groups[0]) <= 3):
                if all(len(g) == 3 for g in groups[1:]):
                    if sep == "." and lang == "en" and len(groups) == 2:
                        return _to_float(text)  # "1.500" in English text: a decimal
                    return _to_float("".join(groups))
                return None
            return _to_float(text.replace(sep, "."))
    return _to_float(text)


def _to_float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def match_before(toks: list[Tok], i: int, table: Phrases,
                 floor: int = 0) -> tuple[int, Any] | None:
    """Longest phrase of ``table`` ending just before token ``i``: (its first index, value)."""
    if i <= floor or toks[i - 1].low not in table.lasts:
        return None
    for n in range(min(table.longest, i - floor), 0, -1):
        key = tuple(t.low for t in toks[i - n:i])
        if key in table:
            return i - n, table[key]
    return None


#: The last sentence :func:`positions` read, with its lower-cased words as a list and as a set
#: (one at a time: the stages read one sentence after another, and the identity test keeps a
#: stale one unused).
_read: tuple[list[Tok], list[str], frozenset[str]] | None = None
_LOW = attrgetter("low")


def _words_of(toks: list[Tok]) -> tuple[list[str], frozenset[str]]:
    """The lower-cased words of a sentence, in order and as a set (read once per sentence)."""
    global _read
    last = _read
    if last is not None and last[0] is toks:
        return last[1], last[2]
    lows = list(map(_LOW, toks))
    vocab = frozenset(lows)
    _read = (toks, lows, vocab)
    return lows, vocab


def vocabulary(toks: list[Tok]) -> frozenset[str]:
    """The set of a sentence's lower-cased words: whether it has a word at all, in one test."""
    return _words_of(toks)[1]


def positions(toks: list[Tok], words: frozenset[str] | set[str]) -> list[int]:
    """Where the tokens whose lower-cased text is one of ``words`` are, in order.

    The stages each look for their own words in a sentence (cues, clause breaks, contrasts,
    events); the sentence's words are listed once, and each question is answered with set and
    list operations rather than a loop over every token.
    """
    last = _read
    lows, vocab = (last[1], last[2]) if last is not None and last[0] is toks else _words_of(toks)
    hits = words.intersection(vocab)  # (between two sets: over the smaller one)
    if not hits:
        return []
    out: list[int] = []
    for word in hits:
        k = -1
        for _ in range(lows.count(word)):
            k = lows.index(word, k + 1)
            out.append(k)
    if len(hits) > 1:
        out.sort()
    return out


def match_at(toks: list[Tok], i: int, table: Phrases) -> tuple[int, Any] | None:
    """Longest phrase of ``table`` starting at token ``i``: (index after it, value)."""
    if i >= len(toks) or toks[i].low not in table.firsts:
        return None
    room = len(toks) - i
    for n in table.lengths[toks[i].low]:
        if n <= room:
            key = tuple(t.low for t in toks[i:i + n])
            if key in table:
                return i + n, table[key]
    return None


# -- tokens ------------------------------------------------------------------------------------


def retokenize(toks: list[Tok], lang: str | None = None) -> list[Tok]:
    """Split what spaCy keeps in one token but the grammar reads apart: a glued range
    ("1,000–3,000", "5k-20k", "20~100"), a comparison ("x>10", "<-30"), "~100", "45{kg", and
    numbers glued by separators ("5/17/2018", "192.168.1.2", "1&123"; their pieces are marked
    ``part``, so the figure parser can tell them from amounts)."""
    out: list[Tok] = []
    for t in toks:
        text = t.text
        if text[-1:] == "." and 1 < len(text) <= 4 and text[:-1].isalpha() and out \
                and not out[-1].ws and out[-1].text[-1:].isdigit():
            out += _pieces(t, [text[:-1], "."])  # "£1m." : "1", "m", "."
            continue
        if text.isalnum() or not HAS_DIGIT(text):
            out.append(t)
            continue
        m = RANGE_TOKEN.match(text)
        if m:
            out += _pieces(t, [m.group(1), m.group(2), m.group(3)])
        elif COMPARISON.search(text) and len(text) > 1:
            out += _pieces(t, [p for p in re.split(r"([<>=≤≥])", text) if p])
        elif m := LEADING_SIGN.match(text):
            out += _pieces(t, [m.group(1), m.group(2)])
        elif m := GLUED_CURRENCY.match(text):
            out += _pieces(t, [m.group(1), m.group(2)])  # "NZ$85", "HK$12.5"
        elif text.endswith(".") and (m := DIGITS.match(text[:-1])) and m["suf"]:
            out += _pieces(t, [text[:-1], "."])  # "10M." at the end of a sentence
        elif m := BRACKETED.match(text):
            out += _pieces(t, [m.group(1), m.group(2), m.group(3)])
        elif CHAIN.match(text) and _is_chain(text, lang_key(lang)):
            out += _pieces(t, _chain_pieces(text, lang_key(lang)), part=True)
        else:
            out.append(t)
    return out


def _pieces(t: Tok, parts: list[str], part: bool = False) -> list[Tok]:
    out, pos = [], t.start
    for k, p in enumerate(parts):
        last = k == len(parts) - 1
        out.append(Tok(p, p.lower(), pos, pos + len(p), t.ws if last else False,
                       part and p[:1] not in "-/.,&"))
        pos += len(p)
    return out


def _is_chain(text: str, lang: str) -> bool:
    """Whether a token of digits and separators is several numbers rather than one."""
    body = text.lstrip("+-")
    if "/" in body and body.count("/") == 1 and not re.search(r"[-.,&]", body):
        return len(body.split("/")[1]) > 3  # "3/4" is a fraction; "2222/2222" two numbers
    if re.search(r"[-/&]", body):
        return True
    return parse_digits(body, lang) is None


def _chain_pieces(text: str, lang: str) -> list[str]:
    """ "192.168.1.2" → 192 . 168 . 1 . 2 (Spanish: 192.168 . 1 . 2, "." groups thousands)."""
    raw = [p for p in re.split(r"([-/.,&])", text) if p]
    thousands = "." if lang == "es" else ","
    out: list[str] = []
    for p in raw:
        if (len(out) >= 2 and out[-1] == thousands and re.fullmatch(r"\d{3}", p)
                and re.fullmatch(r"[-+]?\d{1,3}(?:[.,]\d{3})*", out[-2])
                and (len(out) < 3 or out[-3] != thousands)):
            out[-2:] = [out[-2] + thousands + p]
        else:
            out.append(p)
    return out


def tokenize(text: str, lang: str | None = None) -> list[Tok]:
    """The pipeline's tokens of a whole text (spaCy's tokenizer, web spaces made plain)."""
    from reportedly.pipeline import WEB_SPACES, nlp

    key = lang_key(lang)
    doc = nlp(key).tokenizer(WEB_SPACES.sub(lambda m: " " * len(m.group()), text))
    return retokenize([t for sent in spacy_sentences(doc, text, 0) for t in sent], key)


def spacy_sentences(doc: Any, text: str, offset: int) -> Iterator[list[Tok]]:
    """The :class:`Tok` of each of a spaCy doc's sentences (one, if it has no sentence
    boundaries), in one pass: whitespace tokens dropped, text and offsets from ``text`` (which
    the doc indexes from ``offset`` on)."""
    current: list[Tok] = []
    last: Tok | None = None
    for t in doc:
        if t.is_sent_start and current:
            yield current
            current = []
        if t.is_space:
            if last is not None:
                last.ws = True  # (a sentence already handed out may still be marked)
            continue
        idx = t.idx
        end = idx + len(t)
        last = Tok(text[idx:end], t.lower_, offset + idx, offset + end, bool(t.whitespace_))
        current.append(last)
    if current:
        yield current


def phone_tokens(toks: list[Tok]) -> set[int]:
    """Indices of the tokens that are part of a phone number."""
    if not toks:
        return set()
    base = toks[0].start
    parts, pos = [], base
    for t in toks:
        parts.append(" " * (t.start - pos) + t.text)
        pos = t.end
    text = "".join(parts)
    spans = [(m.start() + base, m.end() + base) for m in PHONE.finditer(text)]
    if not spans:
        return set()
    return {i for i, t in enumerate(toks) if any(s <= t.start < e for s, e in spans)}


# -- lexicon -----------------------------------------------------------------------------------


class NumberLex:
    """The number grammar's words for one language (``data/figures.yml``), indexed."""

    def __init__(self, lang: str) -> None:
        data = load("figures")
        self.lang = lang
        self.q_before = invert(data["qualifiers_before"][lang])
        self.q_after = invert(data["qualifiers_after"][lang])
        ranges = data["ranges"][lang]
        self.range_open = {w.casefold() for w in ranges["open"]}
        self.range_close = {w.casefold() for w in ranges["close_after_open"]}
        self.range_bare = {w.casefold() for w in ranges["bare"]}
        words = data["number_words"][lang]
        #: word → (class, value): unit, teen, tens, hundred, hfix, count, scale, article
        self.classes: dict[str, tuple[str, float]] = {}
        for cls, key in (("unit", "units"), ("teen", "teens"), ("tens", "tens"),
                         ("hundred", "hundreds"), ("hfix", "fixed_hundreds"),
                         ("count", "counting"), ("scale", "scales")):
            for w, v in (words[key] or {}).items():
                self.classes[str(w).casefold()] = (cls, float(v))
        for w in words["article"] or []:
            self.classes[str(w).casefold()] = ("article", 1.0)
        self.units = {w: v for w, (c, v) in self.classes.items()
                      if c in ("unit", "teen", "tens", "hfix")}
        self.hundreds = {w: v for w, (c, v) in self.classes.items() if c == "hundred"}
        self.word_scales = {w: v for w, (c, v) in self.classes.items() if c == "scale"}
        self.group_joiners = {str(w).casefold() for w in words["joiners"]["groups"]}
        self.tens_joiners = {str(w).casefold() for w in words["joiners"]["tens"]}
        self.joiners = self.group_joiners | self.tens_joiners
        self.article = {str(w).casefold() for w in words["article"] or []}
        self.bare_scales = {str(w).casefold() for w in words["bare_scales"] or []}
        self.ones = self.article | {w for w, (c, v) in self.classes.items()
                                    if c == "unit" and v == 1}
        abbr = data["scale_abbreviations"][lang]
        self.abbr_glued = {str(k): float(v) for k, v in abbr["glued"].items()}
        self.abbr_spaced = {str(k) for k in abbr["spaced"]}
        #: every scale, case-folded (what the figure parser checks glued suffixes against)
        self.scales = {str(k).casefold(): float(v) for k, v in data["scales"][lang].items()}
        self.scales |= {k.casefold(): v for k, v in self.abbr_glued.items() if k != "MM"}
        fr = data["fractions"][lang]
        self.denominators = {str(k).casefold(): float(v) for k, v in fr["denominators"].items()}
        self.plural = {str(w).casefold() for w in fr["plural"]}
        self.alone = {str(w).casefold() for w in fr["alone"]}
        self.after_and = {str(w).casefold() for w in fr["after_and"]}
        self.ordinal_units = {str(k).casefold(): float(v)
                              for k, v in (fr["ordinal_units"] or {}).items()}
        self.suffixes = tuple(sorted((str(s) for s in fr["suffixes"] or []), key=len,
                                     reverse=True))
        self.decimal = set(data["decimal_words"][lang]["plain"])
        self.decimal_spoken = set(data["decimal_words"][lang]["spoken"])
        self.mixed = set(data["mixed_joiners"][lang]["plain"])
        self.mixed_spoken = set(data["mixed_joiners"][lang]["spoken"])
        self.ratios = phrases(data["ratios"][lang])
        self.negative = {str(w).casefold() for w in data["negative_words"][lang]}
        self.pronoun_one_after = {str(w).casefold() for w in data["pronoun_one_after"][lang]}
        self.equal_before = phrases(data["equal_before"][lang])
        self.or_equal_after = phrases(data["or_equal_after"][lang])
        self.interval_joiners = {str(w).casefold() for w in data["interval_joiners"][lang]}
        vague = data["vague"][lang]
        self.vague_plural = {k.casefold(): float(v) for k, v in vague["plural"].items()}
        self.tens_of = phrases(vague["tens_of"])
        self.few = phrases(vague["few"])
        self.vague_factors = tuple(data["vague"]["factors"])
        self.cur_before = {k.casefold(): v for k, v in data["currency_before"].items()}
        self.percent = phrases(data["percent"][lang])
        self._glued_words = sorted([w for w in self.classes if w.isalpha()] + ["i", "y"],
                                   key=len, reverse=True)
        self._glued_cache: dict[str, float | None] = {}
        #: Words that may follow a whole number and extend it (fractions, decimals, ratios)
        self.followers = (set(self.classes) | set(self.denominators) | set(self.ordinal_units)
                          | self.decimal | self.decimal_spoken | self.mixed | self.mixed_spoken
                          | self.ratios.firsts | self.joiners)
        #: Words an amount can start with (tokens that can't are skipped without parsing)
        self.starts = (set(self.classes) | self.alone | set(self.vague_plural)
                       | self.tens_of.firsts | self.few.firsts | self.negative)

    def glued_cardinal(self, word: str) -> float | None:
        """A cardinal written as one word: "cientocinco" = 105, "treintaicinco" = 35,
        "dosmil" = 2000 (the stems of Spanish denominators: "cientocincoavos")."""
        if word in self._glued_cache:
            return self._glued_cache[word]
        parts: list[str] = []
        k = 0
        while k < len(word):
            for w in self._glued_words:
                if word.startswith(w, k):
                    parts.append("y" if w == "i" else w)
                    k += len(w)
                    break
            else:
                self._glued_cache[word] = None
                return None
        toks = [Tok(p, p, 0, 0, True) for p in parts]
        card = NumberReader(toks, self)._cardinal(0)
        value = card.ends[len(toks)][0] if card and len(toks) in card.ends else None
        self._glued_cache[word] = value
        return value


@cache
def number_lexicon(lang: str | None) -> NumberLex:
    """The number grammar's lexicon for a language code (English unless it is Spanish)."""
    return NumberLex(lang_key(lang))


# -- the reader --------------------------------------------------------------------------------


class NumberReader:
    """Reads numbers and intervals from one sentence's tokens.

    ``news``: read as the figure parser does (see the module docstring)."""

    def __init__(self, toks: list[Tok], lex: NumberLex, news: bool = False) -> None:
        self.toks = toks
        self.lex = lex
        self.lang = lex.lang
        self.news = news
        self._blocked: set[int] | None = None

    @property
    def blocked(self) -> set[int]:
        """The tokens of a phone number (found on first use)."""
        if self._blocked is None:
            self._blocked = phone_tokens(self.toks)
        return self._blocked

    def can_start(self, i: int) -> bool:
        """Whether an amount may start at token ``i`` (a cheap test before :meth:`amount_at`)."""
        low = self.toks[i].low
        first = low[:1]
        if first.isdigit() or low in self.lex.starts:
            return True
        if first in "-+−.,~" and low[1:2].isdigit():
            return True
        if len(low) == 1 and not self.news and unicodedata.category(low) == "No":
            return True  # "⅔"
        return not self.news and low in (",", ".")

    def amount_at(self, i: int) -> Amount | None:
        """Read an amount starting at token ``i``: digits, number words, a fraction, a vague
        amount, with a sign."""
        return self._signed_at(i) or self._unsigned_at(i)

    # -- signs and vague amounts ---------------------------------------------------------------

    def _signed_at(self, i: int) -> Amount | None:
        """ "minus one", "negative ninety - five hundred fifths", "- 1 4/5", "menos cinco"."""
        toks, lex = self.toks, self.lex
        t = toks[i]
        if t.low not in lex.negative or i + 1 >= len(toks):
            return None
        if t.low in ("-", "−"):
            if i > 0 and (not toks[i - 1].ws or self._numberish(i - 1)):
                return None  # "222-2222", "1000 - 5000": a hyphen or a range
            if t.ws and self.news:
                return None  # "- 5 killed": a list bullet
        elif match_before(toks, i + 1, lex.q_before) or match_before(toks, i + 1, lex.q_after):
            return None  # "al menos 20", "más o menos 20", "10 o menos"
        a = self._unsigned_at(i + 1)
        if a is None or a.vague:
            return None
        a.value, a.raw, a.i = -a.value, -a.raw, i
        return a

    def _numberish(self, k: int) -> bool:
        low = self.toks[k].low
        return low[:1].isdigit() or low in self.lex.classes

    def _unsigned_at(self, i: int) -> Amount | None:
        low = self.toks[i].low
        if low[:1].isdigit() or low[:1] in "+-−.,":
            return self._number_at(i)
        return self._vague_at(i) or self._number_at(i)

    def _vague_at(self, i: int) -> Amount | None:
        """ "dozens", "thousands of", "tens of thousands", "several thousand", "miles"."""
        toks, lex = self.toks, self.lex
        lo_f, hi_f = self.lex.vague_factors
        j = i
        unit = None
        few = None
        hit = match_at(toks, j, lex.tens_of)
        if hit and hit[0] < len(toks) and toks[hit[0]].low in lex.vague_plural:
            unit = 10 * lex.vague_plural[toks[hit[0]].low]
            j = hit[0] + 1
        elif toks[j].low in lex.vague_plural:
            unit = lex.vague_plural[toks[j].low]
            j += 1
            # "hundreds of thousands"
            if j + 1 < len(toks) and toks[j].low in ("of", "de") \
                    and toks[j + 1].low in lex.vague_plural:
                unit *= lex.vague_plural[toks[j + 1].low]
                j += 2
        else:
            hit = match_at(toks, j, lex.few)
            if hit and hit[0] < len(toks):
                k = hit[0]
                if toks[k].low in ("of", "de") and k + 1 < len(toks):
                    k += 1
                if toks[k].low in lex.word_scales or toks[k].low in lex.hundreds \
                        or toks[k].low in ("dozen", "hundred") or toks[k].low in lex.vague_plural:
                    few = hit[1]
                    word = toks[k].low
                    unit = lex.word_scales.get(word) or lex.hundreds.get(word) \
                        or lex.vague_plural.get(word) or (12.0 if word == "dozen" else 100.0)
                    j = k + 1
        if unit is None:
            return None
        if few is not None:
            low, high = few[0] * unit, few[1] * unit
        else:
            low, high = lo_f * unit, hi_f * unit
        # A vague plural is only an amount when a counted thing or "of" follows it:
        # "thousands of troops", "miles de personas", not "the hundreds" alone.
        return Amount(i=i, j=j, value=low, raw=low, vague=(low, high), words=True)

    # -- numbers -------------------------------------------------------------------------------

    def _number_at(self, i: int, depth: int = 0) -> Amount | None:
        """A number at token ``i``: a cardinal, then what may follow it — a fraction ("five
        eighths"), a fraction added ("one and a half"), decimals ("point nought four"), a
        ratio ("one over three"), a power ("1.1^23")."""
        toks, lex = self.toks, self.lex
        n = len(toks)
        tok = toks[i]
        if len(tok.text) == 1 and unicodedata.category(tok.text) == "No":
            value = unicodedata.numeric(tok.text)  # "⅔", "½"
            return Amount(i=i, j=i + 1, value=value, raw=value, fraction="pure")
        if tok.low in (",", ".") and i + 1 < n and not tok.ws and toks[i + 1].text.isdigit() \
                and (i == 0 or toks[i - 1].ws):
            value = float("0." + toks[i + 1].text)  # ",08" (spaCy splits the comma off)
            return Amount(i=i, j=i + 2, value=value, raw=value)
        card = self._cardinal(i)
        if card is None:
            return self._scale_fraction(self._fraction_lead(i, depth))
        e = max(card.ends)
        value, raw, _ = card.ends[e]
        base = Amount(i=i, j=e, value=value, raw=raw, scaled=card.scaled, words=card.words,
                      glued=card.glued, fraction=card.fraction)
        if card.glued is not None or e >= n:
            return self._pronoun_check(base)
        nxt = toks[e].low
        if nxt not in lex.followers and nxt[:1].isalpha() and not nxt.endswith(lex.suffixes):
            return self._pronoun_check(base)  # "1,000 troops": nothing more to read
        if card.digits and not card.words:
            found = self._power(base) or self._digit_mixed(base)
            if found:
                return found
        frac = self._fraction_after(i, card, depth)
        if frac is not None:
            return self._scale_fraction(frac)
        found = (self._mixed_after(i, e, card.ends[e], depth) or self._decimal_after(base, card)
                 or (None if self.news else self._ratio_after(base)))
        return found or self._pronoun_check(base)

    def _pronoun_check(self, a: Amount) -> Amount | None:
        """ "The one you mentioned", "which one": a pronoun, not a number."""
        if not self.news and a.j == a.i + 1 and a.words and a.value == 1 and a.i > 0 \
                and self.toks[a.i - 1].low in self.lex.pronoun_one_after:
            return None
        return a

    def _cardinal(self, i: int) -> _Cardinal | None:
        """A whole number from token ``i``, in digits, words or both ("4 thousand 3 hundred
        and 21", "dos mil millones", "ninety-five hundred"): every index where it may end.

        Read in groups below a hundred, multiplied by a hundred, closed by falling scales.
        When a word can't continue the number ("two thousand and three thousand", "3 hundred and
        2 hundred") the group opened after "and" is given back: those are two numbers."""
        toks, lex = self.toks, self.lex
        n = len(toks)
        classes = lex.classes
        ends: dict[int, tuple[float, float, float]] = {}
        terms: list[tuple[float, float]] = []  # (scale, amount) of the closed groups
        h = u = 0.0
        ucls: str | None = None
        hset = False
        last: str | None = None
        last_scale = math.inf
        tail = 0.0
        groups, first = 0, 0.0  # groups closed by a scale, and the first of them
        joined: int | None = None
        words = digits = scaled = False
        k = i
        if toks[i].low[:1].isdigit() or toks[i].low[:1] in "+-−.,":
            d = self._digit_group(i)
            if d is None:
                return None
            value, k, glued, dscaled = d
            if glued is not None or dscaled or "/" in toks[i].text:
                card = _Cardinal({k: (value, value, 0.0)}, False, True, dscaled, glued)
                card.fraction = "pure" if "/" in toks[i].text else None
                return card
            u, ucls, last, digits = value, "digits", "digits", True
            ends[k] = (u, u, 0.0)
        while k < n:
            t = toks[k]
            c = classes.get(t.low)
            if c is None and ucls == "digits" and last == "digits":
                abbr = self._abbreviation(k)
                if abbr:
                    c = ("scale", abbr)
            if c is None and t.text.isdigit() and last in ("hundred", "scale", "hfix") \
                    and ucls is None:
                c = ("digits", float(t.text))
            if c is None:
                if t.low in lex.joiners and k + 1 < n and self._join_ok(k, last, ucls):
                    if ucls != "tens":
                        joined = k
                    k += 1
                    continue
                break
            cls, v = c
            ok = True
            if cls == "unit":
                if v == 0:
                    ok = k == i
                    u, ucls = 0.0, "unit"
                elif ucls is None:
                    u, ucls = v, "unit"
                elif ucls == "tens":
                    u, ucls = u + v, "tensunit"
                else:
                    ok = False
            elif cls in ("teen", "tens"):
                ok = ucls is None
                if ok:
                    u, ucls = v, cls
            elif cls == "digits":
                limit = 99 if last in ("hundred", "hfix") else 999
                ok = 1 <= v <= limit and v < last_scale
                if ok:
                    u, ucls = v, "digits"
            elif cls == "hundred":
                ok = not hset and (ucls in GROUP_ENDS or (ucls is None and last == "article"))
                if ok:
                    h, u, ucls, hset = (u or 1) * v, 0.0, None, True
                    scaled = scaled or digits
            elif cls == "hfix":
                ok = not hset and ucls is None and last != "article"
                if ok:
                    h, hset = v, True
            elif cls == "count":
                ok = ucls in GROUP_ENDS or (ucls is None and last == "article" and not hset)
                if ok:
                    u, ucls = (u or 1) * v, "count"
            elif cls == "scale":
                group = h + u
                if (group > 0 or last == "article" or (k == i and t.low in lex.bare_scales)) \
                        and v < last_scale:
                    terms.append((v, (group or 1) * v))
                    groups, first = groups + 1, first or (group or 1)
                    last_scale = tail = v
                elif terms and v > last_scale and (group > 0 or last == "scale"):
                    # a scale over the smaller ones before it: "dos mil millones" (tail 10⁹),
                    # "three lakh crore", "cuatrocientos cincuenta y cinco mil doscientos
                    # millones"
                    under = sum(a for s, a in terms if s < v) + group
                    terms = [(s, a) for s, a in terms if s >= v] + [(v, under * v)]
                    groups += 1 if group > 0 else 0
                    last_scale, tail = v, v if group > 0 else v * last_scale
                else:
                    ok = False
                if ok:
                    h = u = 0.0
                    ucls, hset = None, False
                scaled = scaled or ok
            elif cls == "article":
                nxt = classes.get(toks[k + 1].low) if k + 1 < n else None
                ok = k == i and nxt is not None and nxt[0] in ("hundred", "scale", "count")
            if not ok:
                if joined is not None:
                    ends = {e: v for e, v in ends.items() if e <= joined}
                break
            if cls != "article":
                words = words or cls != "digits"
                value = sum(a for _, a in terms) + h + u
                single = groups == 1 and h == 0 and u == 0  # "3 million": raw 3
                ends[k + 1] = (value, first if single else value,
                               tail if h == 0 and u == 0 else 0.0)
            last = cls
            k += 1
            if cls == "unit" and v == 0:
                break  # "zero", "nought": nothing adds to them
        if not ends:
            return None
        return _Cardinal(ends, words, digits, scaled)

    def _join_ok(self, k: int, last: str | None, ucls: str | None) -> bool:
        """ "one hundred and six", "treinta y cinco", "fifty - two", "dos mil y cuatro"."""
        toks, lex = self.toks, self.lex
        nxt = lex.classes.get(toks[k + 1].low)
        kind = nxt[0] if nxt else ("digits" if toks[k + 1].text.isdigit() else None)
        if kind is None:
            return False
        if ucls == "tens":  # "twenty-one", "treinta y cinco"
            return toks[k].low in lex.tens_joiners and kind == "unit" and nxt is not None \
                and nxt[1] > 0
        return toks[k].low in lex.group_joiners and last in ("hundred", "scale") \
            and ucls is None and kind in ("unit", "teen", "tens", "hfix", "digits", "count")

    def _digit_group(self, i: int) -> tuple[float, int, str | None, bool] | None:
        """The digits at token ``i`` (with thousands spaced out, "1 234 567,89"): (value, end,
        glued suffix, scaled by an abbreviation)."""
        toks = self.toks
        m = DIGITS.match(toks[i].text)
        if not m:
            return None
        num, j = m["num"], i + 1
        plain = not (m["sign"] or m["exp"] or m["den"] or m["pow"] or m["x10"] or m["suf"])
        groups = [num]
        if plain and re.fullmatch(r"\d{1,3}", num):
            while (j < len(toks) and toks[j - 1].ws
                   and toks[j].start - toks[j - 1].end <= len("&nbsp;")
                   and re.fullmatch(r"\d{3}(?:[.,]\d+)?", toks[j].text)):
                groups.append(toks[j].text)  # "1 234 567", "1 234 567,89"
                j += 1
                if not toks[j - 1].text.isdigit():
                    break
        if len(groups) > 1:
            last = groups[-1]
            value = float("".join(groups[:-1]) + last[:3] + ("." + last[4:] if last[4:] else ""))
        else:
            value = parse_digits(num if num[:1] not in ".," else "0" + num, self.lang)
        if value is None:
            return None
        if m["exp"]:
            value *= 10.0 ** int(m["exp"])
        if m["den"]:
            den = float(m["den"])
            if den == 0 or not num.isdigit():
                return None
            value /= den
        if m["pow"]:
            sign = -1 if m["pow"].count("-") % 2 else 1
            value = value ** (sign * int(m["pow"].lstrip("+-")))
        if m["x10"]:
            if not (j + 1 < len(toks) and toks[j].text == "^"
                    and EXPONENT.match(toks[j + 1].text)):
                return None
            exp = toks[j + 1].text
            value *= 10.0 ** ((-1 if exp.count("-") % 2 else 1) * int(exp.lstrip("+-")))
            j += 2
        if m["sign"] in ("-", "−"):
            value = -value
        glued, scaled = None, False
        suf = m["suf"]
        if suf:
            scale = self.lex.abbr_glued.get(suf)
            if scale is None and len(suf) > 1 and suf.casefold() != "mm":
                scale = self.lex.abbr_glued.get(suf.casefold())
            if scale is None:
                scale = self.lex.scales.get(suf.casefold()) if len(suf) > 2 else None
            if scale is not None:
                value *= scale
                scaled = True
            else:
                glued = suf.casefold()
        return value, j, glued, scaled

    def _abbreviation(self, k: int) -> float | None:
        """A scale abbreviation after digits: glued ("10M", "1.2 bn" glued) or, for some,
        spaced ("2.33 k", "1,674.5 G")."""
        toks, lex = self.toks, self.lex
        text = toks[k].text
        if toks[k - 1].ws and text not in lex.abbr_spaced \
                and text.casefold() not in lex.abbr_spaced:
            return None
        value = lex.abbr_glued.get(text)
        if value is None and len(text) > 1 and text.casefold() != "mm":
            value = lex.abbr_glued.get(text.casefold())
        return value

    def _power(self, a: Amount) -> Amount | None:
        """ "1.1^23", "2.5^-1", "-1.1^--23" (spaCy splits the caret off)."""
        toks, j = self.toks, a.j
        if j + 1 < len(toks) and toks[j].text == "^" and not toks[j - 1].ws \
                and not toks[j].ws and EXPONENT.match(toks[j + 1].text):
            exp = toks[j + 1].text
            power = (-1 if exp.count("-") % 2 else 1) * int(exp.lstrip("+-"))
            value = math.copysign(abs(a.value) ** power, a.value)
            return Amount(i=a.i, j=j + 2, value=value, raw=value)
        return None

    def _digit_mixed(self, a: Amount) -> Amount | None:
        """ "2 1/4", "10 1/2 miles": a whole number and a fraction in digits."""
        toks, j = self.toks, a.j
        if j >= len(toks) or j != a.i + 1 or not toks[a.i].text.lstrip("+-−").isdigit():
            return None
        m = re.fullmatch(r"(\d+)/(\d+)", toks[j].text)
        if not m or not toks[j - 1].ws or not 0 < int(m[1]) < int(m[2]):
            return None
        frac = int(m[1]) / int(m[2])
        value = a.value - frac if a.value < 0 else a.value + frac
        return Amount(i=a.i, j=j + 1, value=value, raw=value, fraction="mixed")

    # -- fractions -----------------------------------------------------------------------------

    def _denominator(self, k: int) -> tuple[float, bool] | None:
        """The part a fraction word names, and whether it is plural: "eighths" (8, True),
        "tercio" (3, False), "veintiunavos" (21, True), "dosmilésimos" (2000, True)."""
        lex = self.lex
        w = self.toks[k].low
        if w in lex.denominators:
            return lex.denominators[w], w in lex.plural
        for suf in lex.suffixes:
            if w.endswith(suf) and len(w) > len(suf) + 1:
                stem = w[:-len(suf)]
                value = lex.glued_cardinal(stem) or lex.glued_cardinal(stem + "a")
                if value and value > 2:
                    return value, suf.endswith("s")
        return None

    def _numerator(self, i: int, s: int, card: _Cardinal | None) -> float | None:
        """The numerator of a word fraction: tokens ``[i, s)``, a whole cardinal in words, or
        an article ("a fifth")."""
        if s <= i:
            return None
        if s == i + 1 and self.toks[i].low in self.lex.article:
            return 1.0
        if card is None or s not in card.ends or card.digits:
            return None
        return card.ends[s][0]

    def _fraction_after(self, i: int, card: _Cardinal | None, depth: int) -> Amount | None:
        """A fraction whose numerator starts at ``i``: "five eighths", "a twenty-first",
        "one hundred thirty fifths" (100/35), "one hundred and thirty fifths" (130/5), "one
        one hundred fifth" (1/105), "one hundred and three quarters" (100 + 3/4)."""
        toks, lex = self.toks, self.lex
        n = len(toks)
        o = max(card.ends) if card else i + 1
        limit = o + 4
        while o < min(n, limit):
            low = toks[o].low
            if low in lex.ordinal_units or self._denominator(o):
                break
            if low == "-" or low in lex.classes or low in lex.mixed:
                o += 1
                continue
            return None
        else:
            return None
        den = self._denominator(o)
        unit_ord = lex.ordinal_units.get(toks[o].low)
        p = o - 1 if o - 1 > i and toks[o - 1].low == "-" else o
        plural = toks[o].low in lex.plural or bool(den and den[1])
        cands: list[tuple[int, float]] = []
        small = unit_ord or (den[0] if den and den[0] < 20 else None)
        if small and lex.ordinal_units:
            q = p - 1
            if q > i and toks[q].low == "and":
                q -= 1
            cls = lex.classes.get(toks[q].low) if q > i else None
            if cls and cls[0] in ("hundred", "scale") and toks[q - 1].low in lex.ones:
                cands.append((q - 1, cls[1] + small))  # "one hundred (and) fifth": 105th
        if unit_ord:
            cls = lex.classes.get(toks[p - 1].low) if p - 1 >= i else None
            if cls and cls[0] == "tens":
                cands.append((p - 1, cls[1] + unit_ord))  # "twenty-first", "thirty fifths"
        if den:
            cands.append((p, den[0]))
        if card:
            mixed = self._mixed_inside(i, o, card, depth,
                                       after_scale=toks[o].low not in lex.after_and)
            if mixed:
                return mixed
        for s, d in cands:
            num = self._numerator(i, s, card)
            if num is None or (num != 1 and not plural):
                continue
            value = num / d
            return Amount(i=i, j=o + 1, value=value, raw=value, words=True, fraction="pure")
        return self._mixed_inside(i, o, card, depth) if card else None

    def _mixed_inside(self, i: int, o: int, card: _Cardinal, depth: int,
                      after_scale: bool = False) -> Amount | None:
        """ "one hundred and three quarters", "six million and two thirds": the whole number
        ends at an "and" before the fraction that ends at ``o`` (``after_scale``: only when the
        whole number ends with a scale word)."""
        toks, lex = self.toks, self.lex
        for m in range(o - 1, i, -1):
            if toks[m].low not in self._mixed_words() or m not in card.ends:
                continue
            if after_scale and not card.ends[m][2]:
                continue
            if toks[m].low in lex.tens_joiners and m + 1 < len(toks) \
                    and lex.classes.get(toks[m - 1].low, ("",))[0] == "tens" \
                    and lex.classes.get(toks[m + 1].low, ("",))[0] == "unit":
                continue  # "ciento treinta y cinco medios": "y" inside "treinta y cinco"
            found = self._mixed_after(i, m, card.ends[m], depth)
            if found and found.j >= o + 1:
                return found
        return None

    def _mixed_words(self) -> set[str]:
        return self.lex.mixed if self.news else self.lex.mixed | self.lex.mixed_spoken

    def _fraction_lead(self, i: int, depth: int) -> Amount | None:
        """A fraction with no cardinal before: "half", "a quarter", "a twenty-first",
        "medio millón", "la mitad"."""
        toks, lex = self.toks, self.lex
        low = toks[i].low
        if low in lex.alone and low in lex.denominators:
            value = 1 / lex.denominators[low]
            return Amount(i=i, j=i + 1, value=value, raw=value, words=True, fraction="pure")
        if low in lex.article:
            return self._fraction_after(i, None, depth)
        return None

    def _scale_fraction(self, a: Amount | None) -> Amount | None:
        """A fraction of a scale: "two thirds of a million", "half a dozen", "quarter
        million", "medio millón", "un cuarto de millón"."""
        if a is None or a.fraction != "pure":
            return a
        toks, lex, k = self.toks, self.lex, a.j
        if k < len(toks) and toks[k].low in ("of", "de"):
            k += 1
        if k < len(toks) and (toks[k].low in lex.article or toks[k].low in ("un", "una")):
            k += 1
        cls = lex.classes.get(toks[k].low) if k < len(toks) else None
        if cls and cls[0] in ("scale", "count"):
            a.value, a.j, a.scaled = a.value * cls[1], k + 1, True
        return a

    def _mixed_after(self, i: int, m: int, whole: tuple[float, float, float],
                     depth: int) -> Amount | None:
        """A whole number ending at ``m``, a joiner, and a fraction: "one and a half", "five and
        a half million" (5.5 million), "one billion and a half million", "2 millones y medio",
        "once con uno y medio"."""
        toks, lex = self.toks, self.lex
        if m + 1 >= len(toks) or toks[m].low not in self._mixed_words() or depth > 2:
            return None
        rest = self._signed_at(m + 1) if toks[m + 1].low in lex.negative else None
        if rest is not None:
            return None
        rest = self._number_at(m + 1, depth + 1)
        if rest is None or rest.fraction is None:
            return None
        if self.lang == "en" and toks[m + 1].low in lex.alone:
            return None  # "10 and half of them": not 10.5
        value, _, tail = whole
        if rest.scaled and rest.raw:
            if tail:
                value += rest.value
            else:
                value = (value + rest.raw) * (rest.value / rest.raw)
        else:
            value += rest.value * (tail or 1)
        return Amount(i=i, j=rest.j, value=value, raw=value, words=True, fraction="mixed",
                      scaled=rest.scaled or bool(tail))

    def _decimal_after(self, a: Amount, card: _Cardinal) -> Amount | None:
        """Decimals in words: "nine point nought four", "two hundred point seventy-one",
        "cuarenta y siete coma veintiocho", "siete con cincuenta" (not in news), "two point
        five million"."""
        toks, lex = self.toks, self.lex
        k = a.j
        words = lex.decimal if self.news else lex.decimal | lex.decimal_spoken
        if not card.words or k + 1 >= len(toks) or toks[k].low not in words:
            return None
        k += 1
        first = lex.classes.get(toks[k].low)
        if first is None:
            return None
        if first == ("unit", 0.0):
            digits = ""
            while k < len(toks) and lex.classes.get(toks[k].low, ("", -1))[0] == "unit":
                digits += str(int(lex.classes[toks[k].low][1]))
                k += 1
        else:
            frac = self._cardinal(k)
            if frac is None or frac.digits:
                return None
            ends = sorted(frac.ends)
            end = ends[-1]
            if len(ends) > 1 and lex.classes.get(toks[end - 1].low, ("",))[0] == "scale":
                end = ends[-2]  # "two point five million": the scale is the whole number's
            digits, k = str(int(frac.ends[end][0])), end
        value = a.value + float("0." + digits) * (-1 if a.value < 0 else 1)
        out = Amount(i=a.i, j=k, value=value, raw=value, words=True)
        cls = lex.classes.get(toks[k].low) if k < len(toks) else None
        if cls and cls[0] == "scale":
            out.value, out.j, out.scaled = value * cls[1], k + 1, True
        return out

    def _ratio_after(self, a: Amount) -> Amount | None:
        """ "one over three", "2 in 5", "two out of five hundred", "uno sobre tres" (not in
        news: there "95 out of 120 drones" is two figures)."""
        toks, lex = self.toks, self.lex
        hit = match_at(toks, a.j, lex.ratios)
        if hit is None or hit[0] >= len(toks) or a.glued:
            return None
        b = self._number_at(hit[0], 2)
        if b is None or b.value <= 0 or b.glued or b.fraction:
            return None
        nxt = b.j
        if hit[1] == "smaller":
            year = re.fullmatch(r"\d{4}", toks[b.i].text) and YEAR_MIN <= b.value <= YEAR_MAX
            if not a.value < b.value or year:
                return None
        elif nxt < len(toks) and toks[nxt].text[:1].isalpha() \
                and match_at(toks, nxt, lex.percent) is None:
            return None  # "earn $2000 over 3 years"
        value = a.value / b.value
        return Amount(i=a.i, j=b.j, value=value, raw=value, words=a.words or b.words,
                      fraction="pure")

    # -- ranges and comparisons ----------------------------------------------------------------

    def bound_ok(self, b: Amount) -> bool:
        """Whether a number may close a range (the figure parser also drops dates and the
        like)."""
        return b.i not in self.blocked and b.glued is None

    def range_end(self, a: Amount) -> Amount | None:
        """ "A-B", "A to B", "A through B", "A a B", "20~100": the second amount of a bare
        range."""
        toks, lex = self.toks, self.lex
        k = a.j
        if a.vague or k + 1 >= len(toks) or toks[k].low not in lex.range_bare:
            return None
        b = self.amount_at(k + 1)
        if b is None or b.vague or not self.bound_ok(b):
            return None
        if self._is_year_range(a, b):
            return None
        if toks[k].low in ("to", "a") and not (a.value <= b.value or (not a.scaled and b.scaled)):
            return None
        if b.value < a.value and not (not a.scaled and b.scaled and a.raw < b.raw):
            return None
        return b

    def range_opened(self, a: Amount, start: int) -> tuple[Amount | None, int]:
        """ "between A and B", "from A to B", "entre A y B", "de A a B": (B, the opener)."""
        toks, lex = self.toks, self.lex
        opener = start - 1
        if opener > 0 and toks[opener].low in RANGE_ARTICLES:
            opener -= 1  # "entre el 20 y el 30"
        if start == 0 or toks[opener].low not in lex.range_open or a.vague:
            return None, 0
        start = opener + 1
        k = a.j
        if k + 1 >= len(toks) or toks[k].low not in lex.range_close:
            return None, 0
        nxt = k + 1
        if nxt < len(toks) and toks[nxt].low in RANGE_ARTICLES:
            nxt += 1
        if nxt < len(toks) and toks[nxt].low in lex.cur_before:
            nxt += 1
        b = self.amount_at(nxt) if nxt < len(toks) else None
        if b is None or b.vague or not self.bound_ok(b):
            return None, 0
        if toks[start - 1].low == "from" and start > 1 and self._change_verb_before(start - 1):
            return None, 0  # "rose from 300 to 500": two levels, not a range
        if b.value < a.value and not (not a.scaled and b.scaled):
            return None, 0
        return b, start - 1

    def _change_verb_before(self, i: int) -> bool:
        return any(t.low in CHANGE_VERBS for t in self.toks[max(0, i - 3):i])

    def _is_year_range(self, a: Amount, b: Amount) -> bool:
        ta, tb = self.toks[a.i].text, self.toks[b.i].text
        return bool(re.fullmatch(r"\d{4}", ta) and re.fullmatch(r"\d{2}|\d{4}", tb)
                    and YEAR_MIN <= a.value <= YEAR_MAX)

    def qualifier_before(self, i: int) -> tuple[int, str] | None:
        """The qualifier phrase ending before token ``i`` ("more than", "al menos", ">="):
        (its first token, the qualifier)."""
        toks = self.toks
        hit = match_before(toks, i, self.lex.q_before)
        if hit is None:
            return None
        start = hit[0]
        if toks[start].low in SYMBOLS and start > 0 and toks[start - 1].low in SYMBOLS \
                and not toks[start - 1].ws:
            return None  # "=>30", "<>30": no comparison we know
        return hit

    def qualifier_after(self, j: int) -> tuple[int, str] | None:
        """The qualifier phrase at token ``j`` ("or more", "o menos", "al menos"), unless it
        compares with a number after it ("200 or greater than 190")."""
        toks = self.toks
        hit = match_at(toks, j, self.lex.q_after)
        if hit is None:
            return None
        k = hit[0]
        if k < len(toks) and (self.can_start(k) or toks[k].low in ("than", "to", "de", "que")):
            return None
        return hit

    def intervals(self) -> list[_Interval]:
        """Every interval the sentence states: ranges ("between 20 and 30", "1000-5000"),
        comparisons ("more than 30", "200 or greater", "equal to 20", "<= -30"), and a lower
        and an upper bound joined ("more than 20 and less than 35" = (20, 35))."""
        toks = self.toks
        out: list[_Interval] = []
        i = 0
        while i < len(toks):
            if not self.can_start(i):
                i += 1
                continue
            a = self.amount_at(i)
            if a is None or a.vague or a.glued not in (None, "%") or a.i in self.blocked:
                i = i + 1 if a is None or a.words else a.j
                continue
            iv = self._interval(a)
            if iv is None:
                i = a.j
                continue
            out.append(iv)
            i = iv.j
        return self._join_bounds(out)

    def _interval(self, a: Amount) -> _Interval | None:
        toks, lex = self.toks, self.lex
        b, start = self.range_opened(a, a.i)
        if b is None:
            b, start = self.range_end(a), a.i
        if b is not None:
            low = a.value
            if not a.scaled and b.scaled and a.raw < b.raw:
                low = a.raw * (b.value / b.raw)  # "1 to 3 million" shares the scale
            return _Interval(start, b.j, low, b.value, False, False)
        qual, start, end = None, a.i, a.j
        hit = self.qualifier_before(a.i)
        if hit and hit[1] != "approximately":
            qual, start = hit[1], hit[0]
        elif hit is None and (eq := match_before(toks, a.i, lex.equal_before)):
            qual, start = "equal", eq[0]
        after = self.qualifier_after(a.j)
        if after and after[1] in ("at_least", "at_most") and qual in (None, "equal"):
            qual, end = after[1], after[0]
        elif qual in ("more_than", "less_than"):
            eq = match_at(toks, a.j, lex.or_equal_after)
            if eq and not (eq[0] < len(toks) and self.can_start(eq[0])):
                qual, end = ("at_least" if qual == "more_than" else "at_most"), eq[0]
        if qual not in BOUNDS:
            return None
        return _Interval(start, end, *BOUNDS[qual](a.value))

    def _join_bounds(self, found: list[_Interval]) -> list[_Interval]:
        """ "larger than 20 and less or equal than 35" = (20, 35]; "at most 100 and at least
        20" = [20, 100]; "more than 40 and less than 10" stays two."""
        out: list[_Interval] = []
        k = 0
        while k < len(found):
            a = found[k]
            b = found[k + 1] if k + 1 < len(found) else None
            if b is not None and b.i == a.j + 1 \
                    and self.toks[a.j].low in self.lex.interval_joiners:
                lower, upper = (a, b) if a.high is None else (b, a)
                if lower.high is None and upper.low is None and lower.low is not None \
                        and upper.high is not None and lower.low < upper.high:
                    out.append(_Interval(a.i, b.j, lower.low, upper.high, lower.low_open,
                                         upper.high_open))
                    k += 2
                    continue
            out.append(a)
            k += 1
        return out


# -- the API -----------------------------------------------------------------------------------


def find_numbers(text: str, lang: str | None = None) -> list[Number]:
    """Every number ``text`` writes, in order, with its character span (end exclusive).

    Vague amounts ("hundreds") and numbers glued to a unit or suffix ("180ml", "4th") are not
    numbers here; dates and identifiers are ("5/17/2018" is three numbers). A plus sign is not
    part of the number ("+1" spans "1")."""
    toks = tokenize(text, lang)
    reader = NumberReader(toks, number_lexicon(lang))
    out: list[Number] = []
    i = 0
    while i < len(toks):
        if not reader.can_start(i):
            i += 1
            continue
        a = reader.amount_at(i)
        if a is None or a.vague or a.glued is not None or _glued_to_word(toks, a):
            i = i + 1 if a is None or a.words else a.j
            continue
        start, end = toks[a.i].start, toks[a.j - 1].end
        if text[start] == "+":
            start += 1
        out.append(Number(start, end, a.value, text[start:end]))
        i = a.j
    return out


def _glued_to_word(toks: list[Tok], a: Amount) -> bool:
    """ "29km": digits glued to a word (spaCy splits some units off) measure something."""
    return a.j < len(toks) and not toks[a.j - 1].ws and not a.words \
        and toks[a.j].text[:1].isalpha()


def find_ranges(text: str, lang: str | None = None) -> list[Range]:
    """Every interval ``text`` states, in order, with its character span (end exclusive).

    "between 20 and 30", "from A to B", "A-B" are closed ``[20, 30]``; "more than 30" is
    ``(30, None)`` with ``low_open``; "at most 100 and at least 20" is ``[20, 100]``; "equal
    to 20" is ``[20, 20]``. A bare number is no interval, nor is "about 20"."""
    toks = tokenize(text, lang)
    reader = NumberReader(toks, number_lexicon(lang))
    out = []
    for iv in reader.intervals():
        start, end = toks[iv.i].start, toks[iv.j - 1].end
        out.append(Range(start, end, iv.low, iv.high, iv.low_open, iv.high_open,
                         text[start:end]))
    return out
