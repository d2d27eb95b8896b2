"""Clean: normalization, the seed header, and page furniture on the seed and two other layouts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reportedly.clean import (
    CleanPage,
    clean_page,
    furniture,
    normalize,
    split_seed_header,
    strip_furniture,
)
from reportedly.errors import InputError

SEED_TITLE = "Seoul says more North Korean soldiers deployed to Russia"
SEED_STANDFIRST = "South Korean media sources estimate the reinforcement at 1,000-3,000 soldiers."

# A wire-service layout: menus, a byline with a timestamp, share buttons, ads, a photo credit,
# an inline "Read more:" link, a newsletter box and a trailing "Read more" list.
WIRE_PAGE = """\
Skip to content
World | Business | Markets | Tech
Home » World » Europe

Floods force thousands from homes along the Danube

By Reuters staff | Updated 5 min ago
Share on Facebook
Share on X
Advertisement
Rescue boats wait on a flooded street in Galati, Romania. (Photo: Andrei Pop/Reuters)
Emergency crews evacuated about 4,200 residents from riverside districts on Tuesday as the \
Danube rose to its highest level in two decades, regional officials said.

The river crested at 8.4 metres overnight, according to the national hydrology institute, \
which expects levels to stay above the alert threshold until Friday.

Read more: Heavy rain closes border crossings in the Balkans

By Wednesday, engineers expect to have reinforced 12 km of dykes downstream of the city.

Local authorities said at least 37 schools had been turned into shelters, and the army sent \
600 soldiers to reinforce flood barriers.
Advertisement
Sign up for our newsletter to get the day's top stories
Insurers put early damage estimates at between $150 million and $200 million.

Read more
Storm season: what the data show
Why rivers are rising faster than forecasts
"""

WIRE_PARAGRAPHS = [
    "Floods force thousands from homes along the Danube",
    "Emergency crews evacuated about 4,200 residents from riverside districts on Tuesday as the "
    "Danube rose to its highest level in two decades, regional officials said.",
    "The river crested at 8.4 metres overnight, according to the national hydrology institute, "
    "which expects levels to stay above the alert threshold until Friday.",
    "By Wednesday, engineers expect to have reinforced 12 km of dykes downstream of the city.",
    "Local authorities said at least 37 schools had been turned into shelters, and the army sent "
    "600 soldiers to reinforce flood barriers.",
    "Insurers put early damage estimates at between $150 million and $200 million.",
]

# A Spanish layout in the seed format: header fused to a menu item, language switcher, ads,
# byline, reading time, alt-text soup, a photo credit, a repeated title, related links.
SPANISH_PAGE = """\
date 2024-11-05 Inicio
ES | EN
Publicidad

El precio del aceite de oliva baja un 18% en un año

Las cosechas de Andalucía y Jaén recuperan niveles previos a la sequía
Por Ana López
Lectura de 3 minutos
05/11/2024
aceite oliva precio baja cosecha andalucia jaen sequia mercado consumidores supermercado litro
Un agricultor recoge aceitunas en Jaén. Foto: Marta Ruiz
El precio del aceite de oliva baja un 18% en un año
El precio medio del aceite de oliva virgen extra cayó hasta 6,20 euros por litro en octubre, \
un 18% menos que hace un año, según datos del Ministerio de Agricultura.

La producción de la campaña 2024-2025 alcanzará unos 1,5 millones de toneladas, casi el doble \
que la anterior, estimó la patronal del sector.

Publicidad

Los consumidores, sin embargo, todavía pagan cerca de un 40% más que en 2021.

Relacionados:
Las claves de la sequía en el sur de España
Comparte esto
Suscríbete a nuestro boletín diario
"""

SPANISH_PARAGRAPHS = [
    "El precio del aceite de oliva baja un 18% en un año",
    "Las cosechas de Andalucía y Jaén recuperan niveles previos a la sequía",
    "El precio medio del aceite de oliva virgen extra cayó hasta 6,20 euros por litro en octubre, "
    "un 18% menos que hace un año, según datos del Ministerio de Agricultura.",
    "La producción de la campaña 2024-2025 alcanzará unos 1,5 millones de toneladas, casi el doble "
    "que la anterior, estimó la patronal del sector.",
    "Los consumidores, sin embargo, todavía pagan cerca de un 40% más que en 2021.",
]

# Plain text, hard-wrapped, no furniture: it must come back as it went in.
PLAIN_TEXT = """\
Officials in the port city said on Monday that 1,200 containers were
waiting to be unloaded, up from 800 a week earlier.

The backlog could take two weeks to clear,
the harbour master told reporters.

Shipping lines have diverted 14 vessels to other ports."""


# --- normalize ----------------------------------------------------------------------------------


def test_normalize_entities_and_spaces() -> None:
    raw = "4,200&nbsp;residents &amp; 600\u00a0soldiers, 12\u202fkm, 8\u2009m\u2003deep"
    assert normalize(raw) == "4,200 residents & 600 soldiers, 12 km, 8 m deep"


def test_normalize_invisible_characters_and_line_endings() -> None:
    raw = "re\u00adinforce\u200bments\u2060 \ufeffarrived   \r\nnext line\t\rlast"
    assert normalize(raw) == "reinforcements arrived\nnext line\nlast"


def test_normalize_keeps_dashes_and_quotes() -> None:
    text = '“1,000–3,000” soldiers — ‘estimates’ vary - "widely"'
    assert normalize(text) == text


# --- seed header --------------------------------------------------------------------------------


def test_split_seed_header_fused_to_first_line() -> None:
    header, page = split_seed_header(" date 2025-02-27 Support us\nEng")
    assert (header, page) == ("2025-02-27", "Support us\nEng")


def test_split_seed_header_on_its_own_line() -> None:
    assert split_seed_header("date 2025-02-27\nTitle here") == ("2025-02-27", "Title here")


def test_split_seed_header_absent() -> None:
    page = "Dating apps report 3,000 new users.\nMore."
    assert split_seed_header(page) == (None, page)
    assert split_seed_header("date night is back in 2025") == (None, "date night is back in 2025")


@pytest.mark.parametrize("header", ["date 2025-13-45 Eng", "date 27/02/2025 Eng", "date\nEng"])
def test_split_seed_header_malformed_raises_e109(header: str) -> None:
    with pytest.raises(InputError) as caught:
        split_seed_header(header, origin="pages/a.txt")
    assert caught.value.code == "E109"
    assert caught.value.origin == "pages/a.txt"
    assert caught.value.line().startswith("E109 pages/a.txt: bad seed header")


# --- the seed -----------------------------------------------------------------------------------


def test_seed_clean_text_is_title_standfirst_and_eight_paragraphs(seed_path: Path) -> None:
    published, page = clean_page(seed_path.read_text(encoding="utf-8"))
    assert published == "2025-02-27"
    assert page.title == SEED_TITLE
    assert page.standfirst == SEED_STANDFIRST
    paragraphs = page.text.split("\n\n")
    assert paragraphs[:2] == [SEED_TITLE, SEED_STANDFIRST]
    body = paragraphs[2:]
    assert len(body) == 8
    assert body[0].startswith("North Korea has deployed more troops to Russia to reinforce")
    assert body[-1].endswith("targeting residential areas in Ukrainian cities.")
    assert all("\n" not in paragraph for paragraph in paragraphs)


def test_seed_clean_text_has_no_furniture(seed_path: Path) -> None:
    _, page = clean_page(seed_path.read_text(encoding="utf-8"))
    for furniture_text in (
        "Related",
        "Patreon",
        "byYuri",
        "27/02/2025",
        "2 minute read",
        "Screenshots from",
        "kims boys",
        "Eng\n",
        "Ctrl + Enter",
        "ad blocker",
        "Euromaidan Press",
    ):
        assert furniture_text not in page.text
    assert page.text.count(SEED_TITLE) == 1
    assert page.text == page.text.strip()


def test_seed_clean_text_exact(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    lines = normalize(raw).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("North Korea has deployed"))
    end = next(i for i, line in enumerate(lines) if line.endswith("in Ukrainian cities."))
    expected = "\n\n".join([SEED_TITLE, SEED_STANDFIRST, "\n".join(lines[start : end + 1])])
    assert clean_page(raw)[1].text == expected


# --- other layouts ------------------------------------------------------------------------------


def test_wire_layout() -> None:
    published, page = clean_page(WIRE_PAGE)
    assert published is None
    assert page.title == WIRE_PARAGRAPHS[0]
    assert page.text.split("\n\n") == WIRE_PARAGRAPHS


def test_spanish_layout() -> None:
    published, page = clean_page(SPANISH_PAGE)
    assert published == "2024-11-05"
    assert page.title == SPANISH_PARAGRAPHS[0]
    assert page.standfirst == SPANISH_PARAGRAPHS[1]
    assert page.text.split("\n\n") == SPANISH_PARAGRAPHS


def test_plain_text_passes_through() -> None:
    published, page = clean_page(PLAIN_TEXT)
    assert published is None
    assert page.title is None
    assert page.text == PLAIN_TEXT


def test_plain_text_normalized_only() -> None:
    raw = "Prices rose 3%\u00a0in May, officials said.\r\n\r\n\r\nThey fell 1% in June.  "
    expected = "Prices rose 3% in May, officials said.\n\nThey fell 1% in June."
    assert clean_page(raw)[1].text == expected


def test_end_marker_before_body_does_not_empty_the_page() -> None:
    page = "Share this\n\nCrews rescued 40 people from the flooded valley overnight, police said."
    assert strip_furniture(page).text == (
        "Crews rescued 40 people from the flooded valley overnight, police said."
    )


def test_byline_pattern_spares_sentences() -> None:
    page = "By Jane Doe\nBy Monday, 300 soldiers had arrived in the town, the mayor said."
    assert strip_furniture(page).text == (
        "By Monday, 300 soldiers had arrived in the town, the mayor said."
    )


def test_list_items_survive_the_short_line_rule() -> None:
    page = "The ministry listed the damage on Sunday evening as follows:\n- 300 homes\n- 12 bridges"
    assert strip_furniture(page).text == page


def test_empty_page() -> None:
    assert strip_furniture("") == CleanPage(title=None, text="")
    assert strip_furniture("Advertisement\nShare\n\nEng") == CleanPage(title=None, text="")


def test_furniture_data_loads_once() -> None:
    assert furniture() is furniture()
    assert furniture().thresholds["title_min_words"] >= 1


def test_page_without_blank_lines_has_one_paragraph_a_line(seed_path: Path) -> None:
    raw = "\n".join(line for line in seed_path.read_text(encoding="utf-8").split("\n") if line)
    _, page = clean_page(raw)
    assert page.title == SEED_TITLE
    assert page.standfirst == SEED_STANDFIRST
    head, standfirst, body = page.text.split("\n\n")
    assert (head, standfirst) == (SEED_TITLE, SEED_STANDFIRST)
    assert len(body.split("\n")) == 8


def test_crlf_seed_cleans_the_same(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    assert clean_page(raw.replace("\n", "\r\n")) == clean_page(raw)


@pytest.mark.parametrize(
    "line", ["a  |" * 3000, "x  »  " * 3000, "By Jane " * 2000, "Related: " * 2000, "© " * 3000]
)
def test_patterns_do_not_backtrack_on_long_lines(line: str) -> None:
    started = time.perf_counter()
    clean_page(line + "\n\nThe ministry said 40 people were hurt in the blast on Monday.")
    assert time.perf_counter() - started < 1.0
