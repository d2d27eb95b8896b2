"""The web UI in a real browser: Debian's Chromium, driven by Playwright, against a real server
over the demo ledger. Screenshots are saved under ``build/screenshots/`` (or
``$REPORTEDLY_SCREENSHOTS``).

Without Chromium these tests are skipped, unless ``REPORTEDLY_REQUIRE_BROWSER`` is set (CI sets
it, after installing the package), when they fail.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import httpx
import pytest

from conftest import TOKEN
from reportedly.ledger import Ledger
from reportedly.model import Document
from reportedly.pipeline import extract_document

CHROMIUM = os.environ.get("REPORTEDLY_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("REPORTEDLY_SCREENSHOTS")
             or Path(__file__).resolve().parents[1] / "build" / "screenshots")
SERIES = "North Korea personnel deployed"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)"
        if os.environ.get("REPORTEDLY_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server.url, viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.dialogs = dialogs
    yield opened
    context.close()


def shot(page, name: str, *, full_page: bool = True) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    assert path.stat().st_size > 10_000
    return path


def _api(server, path: str, **params):
    return httpx.get(f"{server.url}{path}", params=params, timeout=30).json()


def _open_series(page, name: str = SERIES) -> None:
    page.goto("/")
    page.get_by_role("link", name=name, exact=True).click()
    page.wait_for_url(re.compile(r"/series/\d+$"))


def test_series_page_shows_one_mark_per_figure_and_one_colour_per_claimant(page, server):
    _open_series(page)
    series_id = int(page.url.rsplit("/", 1)[1])
    expected = _api(server, f"/api/series/{series_id}")["figures"]
    marks = page.locator("svg.series-chart g.mark")
    assert marks.count() == len(expected) == page.locator("tr.figure-row").count()
    assert sorted(int(m.get_attribute("data-figure")) for m in marks.all()) == sorted(
        f["id"] for f in expected)

    colour_of: dict[str, set[str]] = {}
    for mark in marks.all():
        colour_of.setdefault(mark.get_attribute("data-claimant"), set()).add(
            mark.get_attribute("stroke"))
    claimants = {f["source"] or "" for f in expected}
    assert set(colour_of) == claimants and len(claimants) >= 3
    assert all(len(colours) == 1 for colours in colour_of.values())
    assert len({next(iter(c)) for c in colour_of.values()}) == len(claimants)
    legend = {s.get_attribute("data-colour") for s in page.locator("ul.legend .swatch").all()}
    assert legend == {next(iter(c)) for c in colour_of.values()}
    relayed = [f["id"] for f in expected if f["via"]]
    assert page.locator("g.mark.relayed").count() == len(relayed)
    assert page.locator("svg.series-chart").bounding_box()["height"] > 200
    shot(page, "series")
    shot(page, "series-top", full_page=False)  # the README's picture (docs/images/series.png)


def test_a_figure_leads_to_its_highlighted_sentence(page, server):
    _open_series(page)
    first = page.locator("svg.series-chart a.mark-link").first
    figure_id = int(first.locator("g.mark").get_attribute("data-figure"))
    first.click()
    page.wait_for_url(f"**/figures/{figure_id}")
    figure = _api(server, f"/api/figures/{figure_id}")
    highlighted = page.locator("mark.figure")
    assert highlighted.inner_text() == figure["text"] and highlighted.is_visible()
    sentence = page.locator(".document-text mark")
    assert "".join(sentence.all_inner_texts()) == figure["sentence"]
    assert page.locator(".chain .claimant").inner_text() == (figure["source"] or
                                                             "the article's own voice")
    shot(page, "figure")


def test_a_correction_with_the_token_shows_in_the_history(page, server):
    _open_series(page)
    series_id = int(page.url.rsplit("/", 1)[1])
    before = page.locator("svg.series-chart g.mark").count()
    page.locator("tr.figure-row a").first.click()
    page.wait_for_url(re.compile(r"/figures/\d+$"))
    form = page.locator("form.correct")
    form.get_by_label("Status").select_option("wrong")
    form.get_by_label("Reason").fill("a casualty figure, not a deployment")
    form.get_by_label("Author").fill("night desk")
    form.get_by_label("Token").fill("not the token at all")
    form.get_by_role("button", name="Record correction").click()
    assert page.locator("p.error").inner_text() == "wrong token"

    page.go_back()
    form.get_by_label("Status").select_option("wrong")
    form.get_by_label("Reason").fill("a casualty figure, not a deployment")
    form.get_by_label("Author").fill("night desk")
    form.get_by_label("Token").fill(TOKEN)
    form.get_by_role("button", name="Record correction").click()
    page.wait_for_url(re.compile(r"/figures/\d+\?done=1"))
    entry = page.locator("ol.history li.correction")
    assert entry.count() == 1
    assert "a casualty figure, not a deployment" in entry.inner_text()
    assert "night desk" in entry.inner_text()
    assert page.locator("dd.status").inner_text().startswith("wrong")
    shot(page, "correction")

    page.goto(f"/series/{series_id}")
    assert page.locator("svg.series-chart g.mark").count() == before - 1
    assert page.locator("ul.left-out li").count() == 1


def test_an_xss_attempt_is_shown_as_text(page, server, demo_db):
    hostile = "<script>window.hacked = 1; alert('x')</script>"
    doc = Document(text=f"The {hostile} ministry said 2,500 troops <img src=x "
                        f"onerror=alert(1)> had crossed the border.",
                   origin="hostile.txt", id="hostile", title=hostile, published="2025-03-03")
    with Ledger(demo_db) as ledger:
        stored = ledger.add(doc, extract_document(doc))
    page.goto(f"/documents/{stored.document_id}")
    assert page.locator("h1").inner_text() == hostile
    assert "<img src=x onerror=alert(1)>" in page.locator(".document-text").inner_text()
    assert page.title().startswith("<script>")
    assert page.evaluate("() => window.hacked") is None
    assert page.locator("main script, main img").count() == 0
    shot(page, "xss-document")
    page.get_by_placeholder("Search figures and series").fill("onerror")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=onerror")
    assert "<img src=x onerror=alert(1)>" in page.locator("td.sentence").first.inner_text()
    assert page.dialogs == []
    shot(page, "xss-search")
