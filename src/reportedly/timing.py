"""As of when: time expressions in a sentence, resolved against the publication date.

Values are ISO strings: a day (``2025-02-27``), a month (``2025-02``), a year (``2024``) or an
interval ``start/end``. A day or month with no year takes the year that puts it in the past.
A date that dates the statement ("Yonhap reported on 27 February") is not the figure's time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from reportedly.lexicon import lang_key, load

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6, "lunes": 0, "martes": 1, "miércoles": 2,
            "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6}
BEFORE_WORDS = re.compile(r"\b(previously|earlier|before|had earlier|anteriormente|previamente|"
                          r"con anterioridad)\b", re.I)
FUTURE = re.compile(r"\b(will|would|expects?|expected|plans?|planned|to send|forecasts?)\b",
                    re.I)
#: Substrings of the words ``BEFORE_WORDS`` matches: most sentences have none of them, and testing
#: for them is much faster than running the pattern.
BEFORE_KEYS = ("previously", "earlier", "before", "anterior", "previamente")
INITIAL_WORDS = re.compile(r"^\W*(initially|at first|originally|inicialmente|al principio|"
                           r"en un principio)\b", re.I)


@dataclass(slots=True)
class When:
    """A time expression found in a sentence: character span (sentence-relative) and value.

    ``verb_before`` is where the nearest reporting verb before it ends (-1 when none): a time
    after "…, Zelensky told reporters on Sunday" dates the statement, not a figure before it.
    """

    start: int
    end: int
    value: str
    statement: bool = False
    interval: bool = False
    running: bool = False
    verb_before: int = -1


def _months() -> dict[str, int]:
    data = load("figures")["months"]
    return {k.casefold(): int(v) for lang in ("en", "es") for k, v in data[lang].items()}


MONTHS = _months()
MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
M = rf"(?P<month>{MONTH_RE})"
WEEKDAY_RE = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|"
              "jueves|viernes|sábado|domingo")
#: The letters a month's name can start with.
MONTH_FIRST = "".join(sorted({m[0] for m in MONTHS}))


def _starting(chars: str, source: str) -> str:
    """``source`` behind a look-ahead for the characters a match can start with: the regex
    engine then turns most positions down with one test, instead of trying each of the many
    alternatives (month names, prepositions) there. What matches is the same."""
    return rf"(?=[{chars}])(?:{source})"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("between_dates", re.compile(
        rf"\b(?:between|from|entre|del?)\s+(?:el\s+)?(?P<d1>[0-3]?\d)\s+(?:de\s+)?"
        rf"(?P<m1>{MONTH_RE})(?:\s+(?:de\s+)?(?P<y1>(?:19|20)\d\d))?\s+(?:and|to|y|al|a|hasta)"
        rf"\s+(?:el\s+)?(?P<d2>[0-3]?\d)\s+(?:de\s+)?(?P<m2>{MONTH_RE})"
        r"(?:\s+(?:de\s+)?(?P<y2>(?:19|20)\d\d))?\b", re.I)),
    ("between_months", re.compile(_starting(
        "bfedi",
        rf"\b(?:between|from|entre|de|in|en)\s+(?P<m1>{MONTH_RE})(?:\s+(?P<y1>(?:19|20)\d\d))?\s+"
        rf"(?:and|to|through|y|a|hasta)\s+(?P<m2>{MONTH_RE})(?:\s+(?:de\s+)?(?P<y2>(?:19|20)\d\d))?"
        r"\b"), re.I)),
    ("since_day", re.compile(_starting(
        "sd",
        rf"\b(?:since|desde(?:\s+el)?)\s+(?:{DAY}\s+(?:de\s+)?{M}|(?P<month2>{MONTH_RE})\s+"
        rf"(?P<day2>[0-3]?\d))(?:,?\s+(?:de\s+)?{YEAR})?\b"), re.I)),
    ("since_month", re.compile(_starting("sd", rf"\b(?:since|desde)\s+{M}"
                                               rf"(?:\s+(?:de\s+)?{YEAR})?\b"), re.I)),
    ("day_month", re.compile(_starting(
        "oabueh0-9" + MONTH_FIRST,
        rf"\b(?:(?P<prep>on|as of|by|until|el|hasta el|al)\s+)?(?:{DAY}\s+(?:de\s+)?{M}|"
        rf"(?P<month2>{MONTH_RE})\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)(?:,?\s+(?:de\s+)?{YEAR})?"
        r"\b"), re.I)),
    ("part_month", re.compile(_starting(
        "ibsuaedtmlpf",
        rf"\b(?:(?:in|by|since|until|as of|en|a|desde)\s+)?(?:the\s+)?(?P<part>early|mid|late|"
        rf"the end of|the beginning of|the start of|the middle of|principios de|mediados de|"
        rf"finales de|fines de)[\s-]+{M}(?:\s+(?:de\s+)?{YEAR})?\b"), re.I)),
    ("last_month_name", re.compile(_starting(
        "ltep" + MONTH_FIRST,
        rf"\b(?:last|this past|(?:el\s+)?pasado(?:\s+mes\s+de)?)\s+{M}\b|"
        rf"\b(?P<month2>{MONTH_RE})\s+pasado\b"), re.I)),
    ("month", re.compile(_starting("idbaefo", rf"\b(?P<prep>in|during|by|as of|en|durante|for|of)"
                                              rf"\s+{M}(?:\s+(?:de\s+|of\s+)?{YEAR})?\b"),
                         re.I)),
    ("month_year", re.compile(_starting(MONTH_FIRST, rf"\b{M}\s+(?:de\s+)?{YEAR}\b"), re.I)),
    ("so_far_year", re.compile(_starting("sted", r"\b(?:so far this year|this year so far|"
                                                 r"en lo que va de año|en lo que va del año|"
                                                 r"since the start of the year|"
                                                 r"since the beginning of the year|"
                                                 r"desde (?:el )?(?:inicio|principio|comienzo)s? "
                                                 r"del? año)\b"), re.I)),
    ("so_far_month", re.compile(r"\b(?:so far this month|this month so far|en lo que va de mes|"
                                r"en lo que va del mes)\b", re.I)),
    ("between_days", re.compile(
        rf"\b(?:between|from|entre|del?)\s+(?:el\s+)?(?P<wd1>{WEEKDAY_RE})\s+(?:and|to|y|al|a)"
        rf"\s+(?:el\s+)?(?P<wd2>{WEEKDAY_RE})\b", re.I)),
    ("weekend", re.compile(r"\b(?:(?:over|during)\s+)?the\s+weekend\b|\b(?:durante\s+)?el\s+fin"
                           r"\s+de\s+semana\b", re.I)),
    ("past_span", re.compile(_starting(
        "iode",
        r"\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?P<n>\d+|two|three|four|five|"
        r"six|seven|ten)?\s*(?P<unit>hours|days|weeks|months|24\s+hours)\b|"
        r"\b(?:en|durante)\s+(?:los|las)\s+(?:(?P<n2>\d+|dos|tres|cuatro|cinco|seis|siete|diez)\s+)?"
        r"(?:últimos|últimas)\s+(?:(?P<n3>\d+|dos|tres|cuatro|cinco|seis|siete|diez)\s+)?"
        r"(?P<unit2>horas|días|semanas|meses)\b"), re.I)),
    ("quarter", re.compile(
        r"\b(?:in\s+)?the\s+(?P<q>first|second|third|fourth)\s+quarter(?:\s+of\s+(?P<y>(?:19|20)"
        r"\d\d))?\b|\b(?:en\s+)?el\s+(?P<q2>primer|segundo|tercer|cuarto)\s+trimestre(?:\s+de\s+"
        r"(?P<y2>(?:19|20)\d\d))?\b", re.I)),
    ("relative", re.compile(_starting(
        "ytlahe", r"\b(?P<rel>yesterday|today|this week|last week|the previous week|"
                  r"the week before|a week earlier|last night|anoche|this month|"
                  r"last month|this year|last year|ayer|hoy|esta semana|"
                  r"la semana pasada|este mes|el mes pasado|este año|el año pasado)\b"), re.I)),
    ("ago", re.compile(r"\b(?:(?P<n>\d+|a|an|one|two|three|four|five|six|un|una|dos|tres)\s+"
                       r"(?P<unit>days?|weeks?|months?|years?)\s+ago|hace\s+(?P<n2>\d+|un|una|"
                       r"dos|tres|cuatro|cinco|seis)\s+(?P<unit2>días?|semanas?|mes(?:es)?|"
                       r"años?))\b", re.I)),
    ("weekday", re.compile(_starting(r"oaetls\smwfjvd",
                                     rf"\b(?P<prep>on|as of|el|this|last|since)?\s*"
                                     rf"(?P<wd>{WEEKDAY_RE})\b"), re.I)),
    ("year", re.compile(rf"\b(?P<prep>in|during|since|by|as of|en|durante|desde)\s+{YEAR}\b",
                        re.I)),
]
#: Words other than months, weekdays and years that start a time expression.
TRIGGER_WORDS = frozenset("yesterday today week month year ago hace ayer hoy semana mes año "
                          "anoche night weekend fin past last previous últimos últimas quarter "
                          "trimestre far va".split())
WORD = re.compile(r"[^\W\d_]+")
ANY_DIGIT = re.compile(r"\d")
ON = re.compile(r"(on|el)\b", re.I)
SAID_AFTER = re.compile(r",?\s*(?:the\s+)?[\w' ]{0,40}?\b(said|reported|announced|stated|dijo|"
                        r"informó)\b", re.I)
YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
#: What each pattern needs in the sentence: months, weekdays, a year, or one of some words.
NEEDS: dict[str, str | frozenset[str]] = {
    "between_months": "month", "since_day": "month", "since_month": "month",
    "day_month": "month", "part_month": "month", "last_month_name": "month", "month": "month",
    "month_year": "month", "weekday": "weekday", "between_days": "weekday", "year": "year",
    "so_far_year": frozenset({"far", "va", "start", "beginning", "inicio", "principio",
                              "principios", "comienzo", "comienzos"}),
    "so_far_month": frozenset({"far", "va"}),
    "ago": frozenset({"ago", "hace"}),
    "relative": frozenset({"yesterday", "today", "week", "month", "year", "ayer", "hoy",
                           "semana", "mes", "año", "night", "anoche"}),
    "between_dates": "month",
    "weekend": frozenset({"weekend", "fin"}),
    "past_span": frozenset({"past", "last", "previous", "últimos", "últimas"}),
    "quarter": frozenset({"quarter", "trimestre"}),
}
#: Words one of which a pattern also needs (beside its month or weekday).
ALSO_NEEDS: dict[str, frozenset[str]] = {
    "between_months": frozenset({"between", "from", "entre", "de", "in", "en"}),
    "between_dates": frozenset({"between", "from", "entre", "de", "del"}),
    "between_days": frozenset({"between", "from", "entre", "de", "del"}),
    "since_day": frozenset({"since", "desde"}),
    "since_month": frozenset({"since", "desde"}),
    "part_month": frozenset({"early", "mid", "late", "end", "beginning", "start", "middle",
                             "principios", "mediados", "finales", "fines"}),
    "last_month_name": frozenset({"last", "past", "pasado"}),
    "month": frozenset({"in", "during", "by", "as", "en", "durante", "for", "of"}),
    "so_far_month": frozenset({"month", "mes"}),
}
#: What a pattern also needs of the sentence beside its words: a digit (a day's number) or a
#: four-digit year (one :data:`YEAR_DIGITS` finds). Most sentences with a month have a digit
#: (their figures) but no year, so "March 2024" needs no trying in them.
FLAG_NEEDS: dict[str, str] = {
    "between_dates": "digit", "since_day": "digit", "day_month": "digit", "month_year": "year",
}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "primer": 1, "segundo": 2,
            "tercer": 3, "cuarto": 4}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6}


def _past_year(month: int, day: int | None, pub: date) -> int:
    """The year that puts a month (and day) on or before the publication date."""
    if (month, day or 1) > (pub.month, pub.day):
        return pub.year - 1
    return pub.year


def _month_str(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


#: Expressions that run up to the publication date ("since 7 October", "so far this year").
UNTIL_PUBLISHED = frozenset({"since_day", "since_month", "so_far_year", "so_far_month",
                             "past_span", "relative", "ago", "weekday", "weekend"})
#: A year written in full, which dates an expression without a publication date.
FULL_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def resolve(kind: str, m: re.Match[str], pub: date | None) -> When | None:
    """Resolve one match into a :class:`When`; None when the publication date is needed."""
    g = m.groupdict()
    if pub is None:
        before = m.string[max(0, m.start() - 20):m.start()].casefold().split()[-4:]
        if not FULL_YEAR.search(m.group()) or kind in UNTIL_PUBLISHED or (
                (g.get("prep") or "").casefold() in ("since", "desde")) or (
                not {"since", "desde"}.isdisjoint(before)):
            return None  # "on Tuesday", "last August": unknown without a publication date
        pub = date(int(FULL_YEAR.findall(m.group())[-1]), 12, 31)
    today = pub
    if kind == "between_months":
        m1, m2 = MONTHS[g["m1"].casefold()], MONTHS[g["m2"].casefold()]
        y2 = int(g["y2"]) if g.get("y2") else _past_year(m2, None, today)
        y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
        return When(m.start(), m.end(), f"{_month_str(y1, m1)}/{_month_str(y2, m2)}",
                    interval=True)
    if kind in ("since_day", "since_month"):
        month = MONTHS[(g.get("month") or g.get("month2")).casefold()]
        day = g.get("day") or g.get("day2")
        year = int(g["year"]) if g.get("year") else _past_year(month, int(day or 1), today)
        start = f"{year:04d}-{month:02d}-{int(day):02d}" if day else _month_str(year, month)
        return When(m.start(), m.end(), f"{start}/{today.isoformat()}", running=True)
    if kind == "day_month":
        month = MONTHS[(g.get("month") or g.get("month2")).casefold()]
        day = int(g.get("day") or g.get("day2"))
        if not 1 <= day <= 31:
            return None
        year = int(g["year"]) if g.get("year") else _past_year(month, day, today)
        try:
            return When(m.start(), m.end(), date(year, month, day).isoformat())
        except ValueError:
            return None
    if kind == "part_month":
        month = MONTHS[g["month"].casefold()]
        year = int(g["year"]) if g.get("year") else _past_year(month, None, today)
        return When(m.start(), m.end(), _month_str(year, month))
    if kind == "last_month_name":
        month = MONTHS[(g.get("month") or g.get("month2")).casefold()]
        year = today.year - 1 if month >= today.month else today.year
        return When(m.start(), m.end(), _month_str(year, month))
    if kind in ("month", "month_year"):
        month = MONTHS[g["month"].casefold()]
        if g["month"].casefold() in ("may", "mar") and g["month"][0].islower():
            return None  # "may", "mar" as words
        year = int(g["year"]) if g.get("year") else _past_year(month, None, today)
        if not g.get("year") and (g.get("prep") or "").casefold() == "by" and FUTURE.search(
                m.string):
            year = today.year if month >= today.month else today.year + 1  # "expected by May"
        return When(m.start(), m.end(), _month_str(year, month))
    if kind == "so_far_month":
        return When(m.start(), m.end(), f"{today.year:04d}-{today.month:02d}-01/"
                                        f"{today.isoformat()}", running=True)
    if kind == "between_days":
        end = today - timedelta(days=(today.weekday() - WEEKDAYS[g["wd2"].casefold()]) % 7)
        start = end - timedelta(days=(WEEKDAYS[g["wd2"].casefold()]
                                      - WEEKDAYS[g["wd1"].casefold()]) % 7)
        return When(m.start(), m.end(), f"{start.isoformat()}/{end.isoformat()}", interval=True)
    if kind == "so_far_year":
        return When(m.start(), m.end(), f"{today.year}-01-01/{today.isoformat()}", running=True)
    if kind == "relative":
        return _relative(g["rel"].casefold(), m, today)
    if kind == "ago":
        n = g.get("n") or g.get("n2")
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n.casefold(), 1)
        unit = (g.get("unit") or g.get("unit2")).casefold()
        if unit.startswith(("day", "día", "dia")):
            return When(m.start(), m.end(), (today - timedelta(days=count)).isoformat())
        if unit.startswith(("week", "semana")):
            return When(m.start(), m.end(), (today - timedelta(weeks=count)).isoformat())
        if unit.startswith("mes") or unit.startswith("month"):
            return When(m.start(), m.end(), _month_str(*_shift_month(today, -count)))
        return When(m.start(), m.end(), f"{today.year - count:04d}")
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].casefold()]
        back = (today.weekday() - wd) % 7
        if (g.get("prep") or "").casefold() == "last" and back == 0:
            back = 7
        return When(m.start(), m.end(), (today - timedelta(days=back)).isoformat())
    if kind == "year":
        if (g.get("prep") or "").casefold() in ("since", "desde"):
            return When(m.start(), m.end(), f"{g['year']}/{today.isoformat()}", running=True)
        return When(m.start(), m.end(), g["year"])
    if kind == "between_dates":
        m1, m2 = MONTHS[g["m1"].casefold()], MONTHS[g["m2"].casefold()]
        d1, d2 = int(g["d1"]), int(g["d2"])
        y2 = int(g["y2"]) if g.get("y2") else _past_year(m2, d2, today)
        y1 = int(g["y1"]) if g.get("y1") else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
        try:
            return When(m.start(), m.end(), f"{date(y1, m1, d1)}/{date(y2, m2, d2)}",
                        interval=True)
        except ValueError:
            return None
    if kind == "weekend":
        sunday = today - timedelta(days=(today.weekday() - 6) % 7)
        return When(m.start(), m.end(), f"{sunday - timedelta(days=1)}/{sunday}", interval=True)
    if kind == "past_span":
        n = g.get("n") or g.get("n2") or g.get("n3") or "1"
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n.casefold(), 1)
        unit = (g.get("unit") or g.get("unit2")).casefold()
        hours = 1 if count <= 24 else count / 24
        days = {"hours": hours, "horas": hours, "days": count, "días": count,
                "weeks": 7 * count, "semanas": 7 * count,
                "months": 30 * count, "meses": 30 * count}.get(unit.split()[-1], 1)
        if unit.startswith("24"):
            days = 1
        start = today - timedelta(days=int(days))
        return When(m.start(), m.end(), f"{start}/{today}", running=True)
    if kind == "quarter":
        q = QUARTERS[(g.get("q") or g.get("q2")).casefold()]
        y = g.get("y") or g.get("y2")
        year = int(y) if y else (today.year if 3 * q <= today.month else today.year - 1)
        return When(m.start(), m.end(), f"{year:04d}-{3 * q - 2:02d}/{year:04d}-{3 * q:02d}",
                    interval=True)
    return None


def _relative(rel: str, m: re.Match[str], today: date) -> When:
    if rel in ("yesterday", "ayer", "last night", "anoche"):
        return When(m.start(), m.end(), (today - timedelta(days=1)).isoformat())
    if rel in ("today", "hoy"):
        return When(m.start(), m.end(), today.isoformat())
    if rel in ("this week", "esta semana"):
        monday = today - timedelta(days=today.weekday())
        return When(m.start(), m.end(), f"{monday.isoformat()}/{today.isoformat()}")
    if rel in ("last week", "la semana pasada", "the previous week", "the week before",
               "a week earlier"):
        monday = today - timedelta(days=today.weekday() + 7)
        return When(m.start(), m.end(), f"{monday.isoformat()}/"
                                        f"{(monday + timedelta(days=6)).isoformat()}")
    if rel in ("this month", "este mes"):
        return When(m.start(), m.end(), _month_str(today.year, today.month))
    if rel in ("last month", "el mes pasado"):
        return When(m.start(), m.end(), _month_str(*_shift_month(today, -1)))
    if rel in ("this year", "este año"):
        return When(m.start(), m.end(), f"{today.year:04d}")
    return When(m.start(), m.end(), f"{today.year - 1:04d}")


def find_times(sentence: str, published: str | None, lang: str | None = None) -> list[When]:
    """All time expressions of a sentence, leftmost-longest, with statement dates marked."""
    # (offsets in the case-folded text can drift by a character from the sentence's; they only
    # place the windows below, which are wide)
    low = sentence.casefold()
    words = set(WORD.findall(low))
    present = words & ANCHOR_WORDS
    years = [m.span() for m in YEAR_DIGITS.finditer(sentence)] if (
        "19" in sentence or "20" in sentence) else []
    if not present and not years:
        return []  # no word a time expression could be made of
    flags = (not present.isdisjoint(MONTH_WORDS), not present.isdisjoint(WEEKDAY_WORDS),
             bool(years), ANY_DIGIT.search(sentence) is not None)  # (month, weekday, year, digit)
    pub = date.fromisoformat(published) if published else None
    taken: list[When] = []
    covered = bytearray(len(sentence))
    windows = _windows(len(sentence), _anchors(low, present) + years)
    for kind, pattern in _plan(frozenset(words.intersection(_gate_words())), flags):
        for a, b in windows:
            for m in pattern.finditer(sentence, a, b):
                if 1 in covered[m.start():m.end()]:
                    continue
                when = resolve(kind, m, pub)
                if when is not None:
                    taken.append(when)
                    covered[when.start:when.end] = b"\x01" * (when.end - when.start)
    verbs = _statement_verbs(lang)
    if len(low) != len(sentence):  # case folding changed the length ("ß"): fold word by word
        low = "".join(c if len(c.casefold()) != 1 else c.casefold() for c in sentence)
    for when in list(taken):
        if _not_a_time(sentence, when):
            taken.remove(when)
            continue
        if "since" in words or "desde" in words:
            _since(sentence, when, pub)
        before = [w.strip(",") for w in low[:when.start].rsplit(None, 6)[-6:]]
        starts_with_on = ON.match(sentence, when.start)
        # "said on Monday", "said in a statement on 23 December", "in a report released on"
        k = len(before)
        while k > 0 and before[k - 1] in STATEMENT_FILLER:
            k -= 1
        near_verb = (k > 0 and before[k - 1] in verbs) or (bool(before) and before[-1] in PUBLISHED)
        if near_verb and (starts_with_on or when.value.count("-") == 2) and not when.interval:
            when.statement = True
        when.verb_before = _verb_before(low, when.start, verbs)
        if starts_with_on and _starts_sentence(sentence, when.start) and SAID_AFTER.match(
                sentence, when.end, when.end + 40):
            when.statement = True  # "On Monday, the ministry said …"
    return sorted(taken, key=lambda w: w.start)


#: Words between a reporting verb and its date: "said in a statement on 23 December".
STATEMENT_FILLER = frozenset("in a an its their his her the statement briefing report interview "
                             "post posted message televised address speech late early "
                             "evening night nightly video released published issued "
                             "en un una su comunicado rueda de prensa mensaje entrevista "
                             "discurso nocturno publicado difundido este esta this last el "
                             "on".split())
#: "a report released on 10 March": the date of a publication, not of its figures.
PUBLISHED = frozenset({"released", "published", "issued", "publicado", "publicada", "difundido",
                       "difundida"})
SINCE = re.compile(r"\b(?:since|desde)\b(?:(?!\b(?:and|y)\b)[^,.;]){0,50},?\s*(?:(?:on|el)\s+)?$",
                   re.I)


VERB_WORD = re.compile(r"[\w']+")
WEEKDAY_WORD = re.compile(rf"\b(?:{WEEKDAY_RE})\b", re.I)
#: Words around which time patterns run (with four-digit years).
#: (sets, not the dicts: a set's ``isdisjoint`` runs over the smaller of the two)
MONTH_WORDS = frozenset(MONTHS)
WEEKDAY_WORDS = frozenset(WEEKDAYS)
ANCHOR_WORDS = MONTH_WORDS | WEEKDAY_WORDS | TRIGGER_WORDS


@cache
def _gated() -> list[tuple[str, re.Pattern[str], str | frozenset[str] | None,
                           frozenset[str] | None]]:
    """The patterns in order, each with what it needs in a sentence."""
    return [(kind, pattern, NEEDS.get(kind), ALSO_NEEDS.get(kind)) for kind, pattern in PATTERNS]


@cache
def _gate_index() -> tuple[list[int], dict[str, list[int]], dict[str, list[int]]]:
    """Which patterns may run, by index into :func:`_gated`: those that need nothing, those
    that need a month, weekday or year (by that need) and those that need a word (by word)."""
    always: list[int] = []
    by_flag: dict[str, list[int]] = {}
    by_word: dict[str, list[int]] = {}
    for index, (_kind, _pattern, need, _also) in enumerate(_gated()):
        if need is None:
            always.append(index)
        elif isinstance(need, str):
            by_flag.setdefault(need, []).append(index)
        else:
            for word in need:
                by_word.setdefault(word, []).append(index)
    return always, by_flag, by_word


@cache
def _gate_words() -> frozenset[str]:
    """Every word that decides whether some pattern runs."""
    words = set(_gate_index()[2])
    for _kind, _pattern, _need, also in _gated():
        words.update(also or ())
    return frozenset(words)


@lru_cache(maxsize=4096)
def _plan(words: frozenset[str], flags: tuple[bool, bool, bool, bool]
          ) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns to run, in order, for a sentence with these gate words and (month, weekday,
    year, digit) flags: the same for many sentences, so worked out once."""
    has = dict(zip(("month", "weekday", "year", "digit"), flags, strict=True))
    gated = _gated()
    always, by_flag, by_word = _gate_index()
    run = set(always)  # the patterns the sentence has the words for, run in their order
    for flag, indices in by_flag.items():
        if has[flag]:
            run.update(indices)
    for word in words.intersection(by_word):
        run.update(by_word[word])
    plan = []
    for index in sorted(run):
        kind, pattern, _need, also = gated[index]
        if also is not None and words.isdisjoint(also):
            continue
        if kind in FLAG_NEEDS and not has[FLAG_NEEDS[kind]]:
            continue
        plan.append((kind, pattern))
    return tuple(plan)  # (shared by every caller of the cache: not to be changed)


def _anchors(low: str, present: set[str]) -> list[tuple[int, int]]:
    """Where the anchor words of a (case-folded) sentence are (whole words only)."""
    out = []
    for word in present:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not low[at - 1].isalnum()) and (end == len(low)
                                                          or not low[end].isalnum()):
                out.append((at, end))
            at = low.find(word, end)
    return out


def _windows(length: int, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches around the words time expressions are made of (patterns only run there)."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(anchors):
        a, b = max(0, start - 45), min(length, end + 45)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _not_a_time(sentence: str, when: When) -> bool:
    """ "Friday's earthquake", "el terremoto del viernes": a day naming an event."""
    after = sentence[when.end:when.end + 3]
    before = sentence[max(0, when.start - 4):when.start].casefold()
    named_day = WEEKDAY_WORD.search(sentence, when.start, when.end) is not None
    return (after.startswith(("'s", "’s")) or before.endswith("del ")) and not when.interval \
        and when.value.count("-") == 2 and not when.running and named_day


def _since(sentence: str, when: When, pub: date | None) -> None:
    """ "since the war began on 15 April 2023": a running total from that day."""
    if when.running or when.interval or pub is None:
        return
    if SINCE.search(sentence[:when.start]):
        start = when.value.split("/")[0]
        when.value, when.running = f"{start}/{pub.isoformat()}", True


def _verb_before(low: str, start: int, verbs: frozenset[str]) -> int:
    """Where the nearest reporting verb among the eight words before ``start`` of the (case
    folded) sentence ends, or -1."""
    lo = max(0, start - 120)  # (eight words of news fit in it)
    words = VERB_WORD.findall(low, lo, start)  # (strings only: a hit's position is found after)
    first = 0
    if words and lo > 0 and VERB_WORD.match(low, lo) and VERB_WORD.match(low, lo - 1):
        first = 1  # the end of a word cut by the window
    last = len(words)
    if last > first and 0 < start < len(low) and VERB_WORD.match(low, start) \
            and VERB_WORD.match(low, start - 1):
        last -= 1  # a word running on past ``start``
    for k in range(last - 1, max(first, last - 8) - 1, -1):
        if words[k] in verbs:
            return [m.end() for m in VERB_WORD.finditer(low, lo, start)][k]
    return -1


def _starts_sentence(sentence: str, start: int) -> bool:
    return not sentence[:start].strip()


@cache
def _statement_verbs(lang: str | None) -> frozenset[str]:
    return frozenset(w.casefold() for w in load("cues")[lang_key(lang)]["statement_date"])


def stated_before(sentence: str) -> bool:
    """Whether the sentence marks its figures as stated before publication ("previously")."""
    low = sentence.casefold()
    return any(key in low for key in BEFORE_KEYS) and BEFORE_WORDS.search(sentence) is not None


def refers_back(sentence: str) -> bool:
    """ "Initially, …": the figure's time is the last time mentioned before."""
    return INITIAL_WORDS.match(sentence) is not None


def as_of(fig_start: int, fig_end: int, times: list[When], clause: tuple[int, int]) -> When | None:
    """The time expression that dates a figure: the nearest non-statement one in its clause."""
    candidates = [w for w in times if not w.statement and clause[0] <= w.start < clause[1]
                  and not fig_end <= w.verb_before <= w.start]
    if not candidates:
        return None
    return min(candidates, key=lambda w: min(abs(w.start - fig_end), abs(fig_start - w.end)))
