"""The number grammar: reportedly.numbers on its own, and what the figure parser keeps of it."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.numbers import Tok, find_numbers, find_ranges, retokenize


def one(text: str, lang: str = "en"):
    found = find_numbers(text, lang)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("one hundred and six", "en", 106), ("twenty-five", "en", 25), ("fifty - two", "en", 52),
    ("five eighths", "en", 0.625), ("1/3", "en", 1 / 3), ("one over three", "en", 1 / 3),
    ("a half", "en", 0.5), ("-1", "en", -1), ("minus one", "en", -1),
    ("negative one", "en", -1), ("nine point nought four", "en", 9.04), (".08", "en", 0.08),
    ("1,674,200.5 M", "en", 1674200.5e6), ("three dozens", "en", 36),
    ("one million and a half", "en", 1.5e6), ("five and a half million", "en", 5.5e6),
    ("2.33k", "en", 2330), ("- 10  k", "en", -10000), ("4 thousand 3 hundred and 21", "en", 4321),
    ("ninety - five hundred fifths", "en", 1900), ("one hundred thirty fifths", "en", 100 / 35),
    ("one hundred and thirty fifths", "en", 26), ("one hundred and three quarters", "en", 100.75),
    ("a twenty-first", "en", 1 / 21), ("one billion and a half million", "en", 1_000_500_000),
    ("two out of five hundred", "en", 0.004), ("1.1^23", "en", 1.1 ** 23), ("1e10", "en", 1e10),
    ("three lakh crore", "en", 3e12), ("1 234 567", "en", 1234567),
    ("dos mil quinientos", "es", 2500), ("un millón y medio", "es", 1.5e6),
    ("tres cuartos", "es", 0.75), ("menos cinco", "es", -5), ("cero coma cinco", "es", 0.5),
    ("mil doscientos millones", "es", 1.2e9), ("cien milcincoavos", "es", 100 / 1005),
    ("siete con cincuenta", "es", 7.5), ("once con uno y medio", "es", 12.5),
    ("1.234.567,51274", "es", 1234567.51274), ("media docena", "es", 6),
])
def test_numbers(text, lang, value):
    number = one(text, lang)
    assert number.value == pytest.approx(value)
    assert number.text == text.strip()


@pytest.mark.parametrize(("text", "lang", "values"), [
    ("3 hundred and 2 hundred are two numbers", "en", [300, 200, 2]),
    ("two thousand and three thousand", "en", [2000, 3000]),
    ("there are 12 out of 10", "en", [12, 10]),
    ("I want to earn $2000 over 3 years", "en", [2000, 3]),
    ("Any time to meet on 5/17/2018?", "en", [5, 17, 2018]),
    ("192.168.1.2", "es", [192168, 1, 2]),
    ("they were playing three-nought-four", "en", [3, 0, 4]),
    ("tirate un paso", "es", [1]),
])
def test_numbers_apart(text, lang, values):
    assert [n.value for n in find_numbers(text, lang)] == values


@pytest.mark.parametrize("text", ["The one you mentioned is invalid", "the 180.25ml liquid",
                                  "the May 4th", "I was a current student", " 29km Road "])
def test_not_numbers(text):
    assert find_numbers(text, "en") == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("greater than 30 and less than or equal to 40", "en", (30, 40, True, False)),
    ("20 through 100", "en", (20, 100, False, False)),
    ("The number range is 5k-20k", "en", (5000, 20000, False, False)),
    ("His score is 200 or greater", "en", (200, None, False, False)),
    ("His score is equal to 5000 or more than", "en", (5000, None, False, False)),
    ("higher or equal than one hundred, lower or equal than three hundred", "en",
     (100, 300, False, False)),
    ("at most 100 and at least 20", "en", (20, 100, False, False)),
    ("between 20 and 30", "en", (20, 30, False, False)),
    ("Is it still the case when <=  -30", "en", (None, -30, False, False)),
    ("mayor que veinte y menor o igual a treinta y cinco", "es", (20, 35, True, False)),
    ("Saca una nota entre menos diez y quince", "es", (-10, 15, False, False)),
    ("Hay 100 como máximo y 20 como mínimo manzanas", "es", (20, 100, False, False)),
])
def test_ranges(text, lang, want):
    found = find_ranges(text, lang)
    assert len(found) == 1, found
    r = found[0]
    assert (r.low, r.high, r.low_open, r.high_open) == want


@pytest.mark.parametrize(("text", "count"), [
    ("More than 40 and less than 10 are two ranges", 2),  # 40 > 10: no interval between
    ("His score is 200 or greater than 190", 1),           # only "greater than 190"
    ("These apples are about 20", 0), ("x is 20", 0), ("=>30", 0), ("1995-01", 0),
    ("+1-222-2222/2222 is a phone number.", 0),
])
def test_range_counts(text, count):
    assert len(find_ranges(text, "en")) == count


def test_range_span_leaves_out_approximately():
    (r,) = find_ranges("There're about five hundred or more in these products.", "en")
    assert r.text == "five hundred or more"


def test_glued_numbers_are_split_and_marked():
    toks = retokenize([Tok("5/17/2018", "5/17/2018", 0, 9, False),
                       Tok("x>10", "x>10", 10, 14, False)])
    assert [t.text for t in toks] == ["5", "/", "17", "/", "2018", "x", ">", "10"]
    assert [t.part for t in toks][:5] == [True, False, True, False, True]
    assert not toks[-1].part


# -- what the figure parser keeps --------------------------------------------------------------


def figures(text: str, lang: str = "en"):
    return [(f.low, f.high, f.qualifier) for f in extract(text, published="2025-03-01", lang=lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("One of them said no.", "en"),                  # a pronoun
    ("Kyiv needs half of the aid.", "en"),           # a share, not an amount
    ("Three-quarters of the city lost power.", "en"),
    ("The shop is open 24/7 since 9/11.", "en"),
    ("The 4G network went down.", "en"),
    ("La mitad de la ciudad no tiene luz.", "es"),
])
def test_numbers_that_are_not_figures(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Russia launched 95 out of 120 drones.", "en", [(95, 95, "exact"), (120, 120, "exact")]),
    ("Temperatures fell to -5 degrees.", "en", [(-5, -5, "exact")]),
    ("He served two and a half years.", "en", [(2.5, 2.5, "exact")]),
    ("Nine point five million people voted.", "en", [(9.5e6, 9.5e6, "exact")]),
    ("Al menos 500 camiones llegaron.", "es", [(500, None, "at_least")]),
    ("Murieron más o menos 200 personas.", "es", [(200, 200, "approximately")]),
    ("Llegaron entre dos mil y tres mil soldados.", "es", [(2000, 3000, "range")]),
    ("El crédito es de mil doscientos millones de dólares.", "es", [(1.2e9, 1.2e9, "exact")]),
    ("La inflación subió un quinto por ciento.", "es", [(0.2, 0.2, "exact")]),
    ("There were 3 cases per million inhabitants.", "en", [(3, 3, "exact")]),
])
def test_figures_read_with_the_grammar(text, lang, want):
    assert figures(text, lang) == want
