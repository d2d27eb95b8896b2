"""The figure parser on sentences of our own: numbers, ranges, qualifiers, units, non-figures."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.figures import parse_digits


def only(text: str, lang: str = "en"):
    figs = [f for f in extract(text, published="2025-03-01", lang=lang)]
    assert len(figs) == 1, [f.text for f in figs]
    return figs[0]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("1,000", "en", 1000), ("1.000", "es", 1000), ("1.5", "en", 1.5), ("1,5", "es", 1.5),
    ("1.234,5", "es", 1234.5), ("1,234.5", "en", 1234.5), ("12", "en", 12),
    ("1,234,567", "en", 1234567),
])
def test_digits_with_english_and_spanish_separators(text, lang, value):
    assert parse_digits(text, lang) == value


@pytest.mark.parametrize(("sentence", "lang", "low", "high", "qualifier"), [
    ("Officials counted 1.2 million refugees.", "en", 1.2e6, 1.2e6, "exact"),
    ("The fund holds 3bn dollars.", "en", 3e9, 3e9, "exact"),
    ("Russia launched 12k drones last year.", "en", 12000, 12000, "exact"),
    ("Twelve thousand mines were cleared.", "en", 12000, 12000, "exact"),
    ("Up to a quarter of a million had been killed.", "en", None, 250000, "at_most"),
    ("A dozen tanks were destroyed.", "en", 12, 12, "exact"),
    ("Llegaron cuatro mil setecientos soldados.", "es", 4700, 4700, "exact"),
    ("Hay 4,5 millones de desplazados.", "es", 4.5e6, 4.5e6, "exact"),
    ("Murieron dos mil civiles.", "es", 2000, 2000, "exact"),
    ("The army sent 1 000 soldiers.", "en", 1000, 1000, "exact"),
])
def test_scales_and_number_words(sentence, lang, low, high, qualifier):
    fig = only(sentence, lang)
    assert (fig.low, fig.high, fig.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(("sentence", "lang", "low", "high"), [
    ("Seoul put the contingent at 1,000-3,000 soldiers.", "en", 1000, 3000),
    ("Seoul put the contingent at 1,000–3,000 soldiers.", "en", 1000, 3000),
    ("Seoul put the contingent at 1,000 to 3,000 soldiers.", "en", 1000, 3000),
    ("Between 1,000 and 3,000 soldiers were sent.", "en", 1000, 3000),
    ("From 20 to 30 drones were launched each night.", "en", 20, 30),
    ("The cost could reach 1 to 3 million dollars.", "en", 1e6, 3e6),
    ("Llegaron entre 1.000 y 3.000 soldados.", "es", 1000, 3000),
    ("Se desplegaron de 200 a 300 tanques.", "es", 200, 300),
])
def test_ranges(sentence, lang, low, high):
    fig = only(sentence, lang)
    assert (fig.low, fig.high, fig.qualifier) == (low, high, "range")


def test_coordinated_numbers_are_not_a_range():
    figs = extract("The corps lost 2 and 3 brigades.", lang="en")
    assert [(f.low, f.object) for f in figs] == [(2, "brigades"), (3, "brigades")]


def test_part_of_a_whole_is_two_figures():
    figs = extract("Air defences shot down 95 of 120 drones.", lang="en")
    assert [(f.low, f.object) for f in figs] == [(95, "drones"), (120, "drones")]


@pytest.mark.parametrize(("sentence", "lang", "qualifier", "low", "high"), [
    ("About 500 troops arrived.", "en", "approximately", 500, 500),
    ("Some 500 troops arrived.", "en", "approximately", 500, 500),
    ("Nearly 500 troops arrived.", "en", "approximately", 500, 500),
    ("More than 500 troops arrived.", "en", "more_than", 500, None),
    ("In excess of 500 troops arrived.", "en", "more_than", 500, None),
    ("At least 500 troops arrived.", "en", "at_least", 500, None),
    ("No fewer than 500 troops arrived.", "en", "at_least", 500, None),
    ("As many as 500 troops arrived.", "en", "at_most", None, 500),
    ("Fewer than 500 troops arrived.", "en", "less_than", None, 500),
    ("500 or more troops arrived.", "en", "at_least", 500, None),
    ("Unos 500 soldados llegaron.", "es", "approximately", 500, 500),
    ("Cerca de 500 soldados llegaron.", "es", "approximately", 500, 500),
    ("Más de 500 soldados llegaron.", "es", "more_than", 500, None),
    ("Al menos 500 soldados llegaron.", "es", "at_least", 500, None),
    ("Hasta 500 soldados llegaron.", "es", "at_most", None, 500),
    ("Menos de 500 soldados llegaron.", "es", "less_than", None, 500),
])
def test_qualifiers_map_to_intervals(sentence, lang, qualifier, low, high):
    fig = only(sentence, lang)
    assert (fig.qualifier, fig.low, fig.high) == (qualifier, low, high)


@pytest.mark.parametrize(("sentence", "lang", "low", "high", "obj"), [
    ("Dozens of drones hit the city.", "en", 24, 120, "drones"),
    ("Thousands of troops crossed the border.", "en", 2000, 10000, "troops"),
    ("Tens of thousands of people fled.", "en", 20000, 100000, "people"),
    ("Several thousand refugees arrived.", "en", 3000, 10000, "refugees"),
    ("Miles de personas huyeron.", "es", 2000, 10000, "personas"),
    ("Decenas de miles de civiles huyeron.", "es", 20000, 100000, "civiles"),
])
def test_vague_amounts_follow_the_documented_convention(sentence, lang, low, high, obj):
    fig = only(sentence, lang)
    assert fig.vague and (fig.low, fig.high, fig.object) == (low, high, obj)


@pytest.mark.parametrize(("sentence", "kind", "unit", "obj"), [
    ("Ukraine holds 400 square kilometers.", "measure", "km2", "square kilometers"),
    ("Ukraine holds 400 km² near Sudzha.", "measure", "km2", "km²"),
    ("The column stretched for 40 km.", "measure", "km", "km"),
    ("Washington announced a $450 million drawdown.", "money", "USD", "drawdown"),
    # a country's dollar glued to its amount ("NZ$85"), which the tokenizer keeps whole
    ("The council faces an NZ$85 million shortfall.", "money", "NZD", "shortfall"),
    ("Shares closed at HK$12.5 on Friday.", "money", "HKD", None),
    ("Turnout reached 70% in the region.", "percent", "percent", None),
    ("Turnout reached 70 per cent in the region.", "percent", "percent", None),
    ("Russia fired 1,000 Shahed drones.", "count", None, "drones"),
    ("Over 1,000 Pyongyang troops were sent.", "count", None, "troops"),
])
def test_units_and_counted_things(sentence, kind, unit, obj):
    fig = only(sentence)
    assert (fig.kind, fig.unit, fig.object) == (kind, unit, obj)


def test_participles_name_what_was_counted():
    fig = only("Up to a quarter of a million had been killed.")
    assert fig.object == "killed"
    fig = only("Some 300 soldiers have been killed, officials said.")
    assert (fig.object, fig.measure) == ("soldiers", "killed")


@pytest.mark.parametrize(("sentence", "lang", "change"), [
    ("Losses rose by 300 in a week.", "en", "increase"),
    ("Prices were up 60% on the year.", "en", "increase"),
    ("Attacks fell by 20 last month.", "en", "decrease"),
    ("La cifra aumentó en 300 en una semana.", "es", "increase"),
])
def test_changes_are_not_levels(sentence, lang, change):
    assert only(sentence, lang).change == change


@pytest.mark.parametrize("sentence", [
    "The talks resumed on 27 February 2025 in Geneva.",
    "In 2024 the front barely moved.",
    "Ukraine received F-16 jets and Su-34 wreckage was found.",
    "The 47th Brigade held the line.",
    "COVID-19 spread through the camps.",
    "Resolution 2231 expired.",
    "The G7 met at 10:30.",
    "The briefing began at 3 p.m. sharp.",
    "2 minute read",
    "Call +1 555-123-4567 for details.",
    "The 1990s were different.",
    "It was the 3rd attack.",
    "The Lyon 2030 organising committee met on Monday.",
    "Euro 2028 organisers met the mayors.",
    "The final was shown on the Seven Network in Australia.",
])
def test_non_figures(sentence):
    assert [f.text for f in extract(sentence, lang="en") if f.tracked] == []


def test_durations_and_ages_are_found_but_not_tracked():
    figs = extract("After six months of fighting, a 19-year-old soldier was captured.", lang="en")
    assert [(f.kind, f.tracked) for f in figs] == [("duration", False), ("age", False)]


def test_web_text_spaces_and_dashes():
    text = "Seoul estimated 1\u00a0000 to 3\u202f000 soldiers and 2,000\u20134,000 more."
    figs = extract(text.replace("\u202f", " ").replace("\u00a0", " "), lang="en")
    assert [(f.low, f.high) for f in figs] == [(1000, 3000), (2000, 4000)]


def test_offsets_point_at_the_verbatim_text():
    text = "Intro.\n\nKyiv said about 1,000 drones were launched, and 30 were shot down."
    for fig in extract(text, lang="en"):
        assert text[fig.start:fig.end] == fig.text


@pytest.mark.parametrize(("sentence", "obj"), [
    ("Strikes knocked out 2 of its 3 substations.", "substations"),
    ("Observers reported irregularities at 212 of the capital's 1,480 polling stations.",
     "stations"),
    ("La oposición logró 143 de los 450 escaños.", "escaños"),
])
def test_parts_of_a_whole_count_the_thing_named_after(sentence, obj):
    lang = "es" if "oposición" in sentence else "en"
    assert extract(sentence, lang=lang)[0].object == obj


@pytest.mark.parametrize(("sentence", "lang", "change"), [
    ("Drought has cut the maize harvest by 40 percent.", "en", "decrease"),
    ("Real wages grew 8.2% last year.", "en", "increase"),
    ("Russian forces dropped more than 800 bombs last week.", "en", None),
    ("The carmaker will cut 4,000 jobs.", "en", None),
    ("Frontex registró unos 239.000 cruces, un 38 % menos que el año anterior.", "es",
     "decrease"),
    ("La sequía redujo la cosecha de maíz un 40 por ciento.", "es", "decrease"),
])
def test_deltas_and_levels(sentence, lang, change):
    figs = [f for f in extract(sentence, lang=lang) if f.kind != "duration"]
    assert figs[-1].change == change


def test_durations_have_a_normalized_unit():
    fig = extract("The ceasefire held for 72 hours.", lang="en")[0]
    assert (fig.kind, fig.unit, fig.object) == ("duration", "hour", "hours")


def test_figures_only_finds_the_same_figures_without_attribution():
    from reportedly import Options

    text = "The NIS said more than 11,000 troops were deployed in early February."
    full = extract(text, published="2025-03-01", lang="en")
    bare = extract(text, published="2025-03-01", lang="en", options=Options(attribution=False))
    assert [(f.text, f.low, f.high) for f in bare] == [(f.text, f.low, f.high) for f in full]
    assert full[0].source and full[0].as_of == "2025-02"
    assert (bare[0].source, bare[0].as_of, bare[0].subject) == (None, None, None)


def test_a_known_body_in_capitals_after_a_number_is_no_model_name():
    assert [f.text for f in extract("At least 89 UNRWA staff members were killed.", lang="en")] \
        == ["At least 89 UNRWA staff members"]
    assert [f.text for f in extract("Boeing grounded the 737 MAX after the crash.", lang="en")
            if f.tracked] == []


def test_the_lexicon_is_built_once_per_language():
    # (every sentence asks for it: rebuilding it made extraction an order of magnitude slower)
    from reportedly import figures

    assert figures.lexicon("en") is figures.lexicon("en")
    assert figures.lexicon("es") is figures.lexicon("es")
