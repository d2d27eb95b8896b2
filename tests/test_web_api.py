"""The HTTP API and the HTML pages, over a real server and a real demo ledger (no browser)."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from click.testing import CliRunner

from conftest import TOKEN, LiveServer
from reportedly.cli import main
from reportedly.errors import InputError
from reportedly.ledger import Ledger
from reportedly.model import Document
from reportedly.pipeline import extract_document
from reportedly.web import Settings


@pytest.fixture
def api(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def _series_named(api: httpx.Client, name: str) -> dict:
    items = api.get("/api/series", params={"q": name}).json()["items"]
    return next(s for s in items if s["name"] == name)


# -- reading -------------------------------------------------------------------------------------


def test_series_are_paged_and_link_up(api):
    everything = api.get("/api/series", params={"limit": 500}).json()
    assert everything["next"] is None and len(everything["items"]) >= 10
    first = api.get("/api/series", params={"limit": 3}).json()
    second = api.get("/api/series", params={"limit": 3, "offset": first["next"]}).json()
    assert first["next"] == 3
    ids = [s["id"] for s in first["items"] + second["items"]]
    assert ids == [s["id"] for s in everything["items"][:6]]
    assert api.get("/api/series", params={"limit": 0}).status_code == 422


def test_one_series_matches_the_cli(api, demo_db):
    deployed = _series_named(api, "North Korea personnel deployed")
    body = api.get(f"/api/series/{deployed['id']}").json()
    shown = CliRunner().invoke(main, ["show", str(deployed["id"]), "--format", "json",
                                      "--db", demo_db])
    assert shown.exit_code == 0, shown.output
    assert body == json.loads(shown.output)
    assert len(body["figures"]) == deployed["figure_count"] and body["conflicts"] >= 1
    missing = api.get("/api/series/999999")
    assert missing.status_code == 404 and "E301" in missing.json()["detail"]


def test_figures_filter_by_series_claimant_day_text_and_document(api):
    deployed = _series_named(api, "North Korea personnel deployed")
    in_series = api.get("/api/figures", params={"series": deployed["id"], "limit": 500}).json()
    assert {f["series"] for f in in_series["items"]} == {deployed["id"]}
    by_alias = api.get("/api/figures", params={"claimant": "nis", "limit": 500}).json()["items"]
    assert len(by_alias) >= 10 and {f["source"] for f in by_alias} == {
        "South Korea's National Intelligence Service (NIS)"}
    dated = api.get("/api/figures", params={"since": "2025-02-01", "until": "2025-02-28",
                                            "limit": 500}).json()["items"]
    assert dated and all("2025-01" <= (f["as_of"] or f["published"])[:7] <= "2025-02"
                         for f in dated)
    troops = api.get("/api/figures", params={"q": "TROOPS", "limit": 500}).json()["items"]
    assert troops and all("troops" in (f["sentence"] + (f["object"] or "")).lower()
                          for f in troops)
    one_doc = api.get("/api/figures", params={"document": 1}).json()["items"]
    assert one_doc and {f["document"] for f in one_doc} == {one_doc[0]["document"]}
    assert api.get("/api/figures", params={"since": "February"}).status_code == 422


def test_a_figure_leads_to_its_span_in_its_document(api):
    figure = api.get("/api/figures", params={"q": "11,000"}).json()["items"][0]
    detail = api.get(f"/api/figures/{figure['id']}").json()
    document = api.get(f"/api/documents/{detail['document_id']}").json()
    text = document["text"]
    assert text[detail["start"]:detail["end"]] == detail["text"]
    start = detail["sentence_start"]
    assert text[start:start + len(detail["sentence"])] == detail["sentence"]
    assert detail["extractor_version"] and detail["corrections"] == []
    assert figure["id"] in [f["id"] for f in document["figures"]]
    assert api.get("/api/figures/999999").status_code == 404
    assert api.get("/api/documents/999999").status_code == 404


def test_documents_and_conflicts(api, demo_db):
    docs = api.get("/api/documents", params={"limit": 5}).json()
    assert len(docs["items"]) == 5 and docs["next"] == 5 and "text" not in docs["items"][0]
    listed = CliRunner().invoke(main, ["conflicts", "--format", "json", "--db", demo_db])
    expected = json.loads(listed.output)
    got = api.get("/api/conflicts", params={"limit": 500}).json()["items"]
    assert sorted((c["a"]["id"], c["b"]["id"]) for c in got) == sorted(
        (c["a"]["id"], c["b"]["id"]) for c in expected)
    deployed = _series_named(api, "North Korea personnel deployed")
    mine = api.get("/api/conflicts", params={"series": deployed["id"]}).json()["items"]
    assert mine and {c["series"] for c in mine} == {deployed["id"]}


def test_openapi_schema_documents_every_route(api):
    schema = api.get("/api/openapi.json").json()
    assert {"/api/series", "/api/series/{series_id}", "/api/figures", "/api/figures/{figure_id}",
            "/api/documents", "/api/documents/{document_id}", "/api/conflicts",
            "/api/corrections", "/api/figures/{figure_id}/corrections"} <= set(schema["paths"])
    assert "copy" in schema["components"]["schemas"]["FigureOut"]["properties"]


def test_responses_forbid_scripts_and_framing(api):
    page = api.get("/")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert page.headers["x-frame-options"] == "DENY"
    assert "<script" not in page.text
    assert api.get("/static/style.css").status_code == 200


def test_html_lists_are_paged(demo_db):
    live = LiveServer(demo_db, None, page_size=5)
    try:
        with httpx.Client(base_url=live.url) as client:
            expected = [s["id"] for s in client.get("/api/series?limit=500").json()["items"]]
            seen, path, pages = [], "/", 0
            while path:
                page = client.get(path).text
                seen += [int(i) for i in re.findall(r'data-series="(\d+)"', page)]
                pages += 1
                assert ('rel="prev"' in page) == (pages > 1)
                found = re.search(r'rel="next" href="([^"]+)"', page)
                path = found.group(1).replace("&amp;", "&") if found else None
            assert seen == expected and pages == -(-len(expected) // 5)
            deep = client.get("/documents?offset=5").text
            assert len(re.findall(r'<a href="/documents/\d+">', deep)) == 5
            assert 'rel="prev" href="/documents"' in deep  # the previous page is the first
    finally:
        live.stop()


def test_a_long_series_is_shown_window_by_window(api, monkeypatch):
    from reportedly.web import views

    monkeypatch.setattr(views, "WINDOW", 3)
    deployed = _series_named(api, "North Korea personnel deployed")
    every = {f["id"] for f in api.get(f"/api/series/{deployed['id']}").json()["figures"]}
    seen: set[int] = set()
    path, windows = f"/series/{deployed['id']}", 0
    while path:
        page = api.get(path).text
        marks = {int(i) for i in re.findall(r'<g class="mark[^"]*" data-figure="(\d+)"', page)}
        assert 1 <= len(marks) <= 3 and "A long series" in page
        seen |= marks
        windows += 1
        found = re.search(r'rel="prev" href="([^"]+)"', page)
        path = found.group(1) if found else None
        assert windows < 10
    assert seen == every and windows >= 3


def test_the_api_gives_a_window_of_a_series(api):
    deployed = _series_named(api, "North Korea personnel deployed")
    url = f"/api/series/{deployed['id']}"
    every = [f["id"] for f in api.get(url).json()["figures"]]
    newest = api.get(url, params={"newest": 3}).json()
    assert [f["id"] for f in newest["figures"]] == every[-3:]
    assert newest["window"]["whole"] is False and newest["window"]["earlier"]
    before = api.get(url, params={"newest": 3, "until": newest["window"]["earlier"]}).json()
    assert before["figures"] and set(f["id"] for f in before["figures"]) <= set(every[:-2])
    assert api.get(url, params={"newest": 50}).json()["window"] == {
        "whole": True, "earlier": None, "until": None}
    assert api.get("/api/series/999999", params={"newest": 3}).status_code == 404


# -- corrections through the API -------------------------------------------------------------


def test_api_corrections_need_the_token(api):
    figure = api.get("/api/figures", params={"q": "11,000"}).json()["items"][0]
    body = {"status": "wrong", "reason": "misread", "author": "ed"}
    url = f"/api/figures/{figure['id']}/corrections"
    assert api.post(url, json=body).status_code == 401
    bad = api.post(url, json=body, headers={"Authorization": "Bearer not-the-token-at-all"})
    assert bad.status_code == 401
    assert api.get("/api/corrections").json()["items"] == []

    done = api.post(url, json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert done.status_code == 201
    assert done.json()["status"] == "wrong" and done.json()["author"] == "ed"
    assert api.get(f"/api/figures/{figure['id']}").json()["status"] == "wrong"
    assert [c["reason"] for c in api.get("/api/corrections").json()["items"]] == ["misread"]
    series = api.get(f"/api/series/{figure['series']}").json()
    assert figure["id"] not in [f["id"] for f in series["figures"]]
    assert {"id": figure["id"], "status": "wrong"} in series["left_out"]


def test_api_refuses_bad_corrections_without_storing_them(api):
    figure = api.get("/api/figures").json()["items"][0]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    url = f"/api/figures/{figure['id']}/corrections"
    assert api.post(url, json={"status": "moved", "reason": "r", "author": "a"},
                    headers=auth).status_code == 422
    assert api.post(url, json={"status": "gone", "reason": "r", "author": "a"},
                    headers=auth).status_code == 422
    assert api.post(url, json={"status": "wrong", "reason": "", "author": "a"},
                    headers=auth).status_code == 422
    assert api.post(url, json={"status": "moved", "series": 999999, "reason": "r",
                               "author": "a"}, headers=auth).status_code == 404
    assert api.post("/api/figures/999999/corrections", json={
        "status": "wrong", "reason": "r", "author": "a"}, headers=auth).status_code == 404
    assert api.get("/api/corrections").json()["items"] == []


def test_a_server_without_token_is_read_only(read_only_server):
    with httpx.Client(base_url=read_only_server.url) as api:
        figure = api.get("/api/figures").json()["items"][0]
        refused = api.post(f"/api/figures/{figure['id']}/corrections",
                           json={"status": "wrong", "reason": "r", "author": "a"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
        assert refused.status_code == 403 and "no token" in refused.json()["detail"]
        page = api.get(f"/figures/{figure['id']}").text
        assert "<form class=\"correct\"" not in page and "read-only" in page


# -- corrections through the pages -----------------------------------------------------------


def _form(client: httpx.Client, figure_id: int) -> dict[str, str]:
    page = client.get(f"/figures/{figure_id}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf, "the figure page has no correction form"
    return {"csrf": csrf.group(1), "status": "superseded", "reason": "newer figure",
            "author": "desk", "token": TOKEN, "series": ""}


def test_the_correction_form_is_safe_against_csrf(server):
    with httpx.Client(base_url=server.url) as browser, httpx.Client(base_url=server.url) as other:
        figure = browser.get("/api/figures").json()["items"][0]
        url = f"/figures/{figure['id']}/corrections"
        form = _form(browser, figure["id"])
        # another site's page: the browser sends no SameSite=Strict cookie, and an Origin
        assert other.post(url, data=form).status_code == 403
        assert browser.post(url, data=form,
                            headers={"Origin": "https://evil.example"}).status_code == 403
        assert browser.post(url, data={**form, "csrf": "x" * 43}).status_code == 403
        assert browser.post(url, data={**form, "token": "wrong-token-wrong-token"}
                            ).status_code == 403
        assert browser.get(f"/api/figures/{figure['id']}").json()["corrections"] == []

        done = browser.post(url, data=form, headers={"Origin": server.url})
        assert done.status_code == 303 and done.headers["location"].startswith(
            f"/figures/{figure['id']}")
        history = browser.get(f"/api/figures/{figure['id']}").json()["corrections"]
        assert [(c["status"], c["reason"], c["author"]) for c in history] == [
            ("superseded", "newer figure", "desk")]
        assert "newer figure" in browser.get(done.headers["location"]).text


# -- escaping ----------------------------------------------------------------------------------


HOSTILE = "<script>alert('x')</script>"


def test_every_text_is_escaped(db_url):
    doc = Document(text=f"{HOSTILE} said 2,000 troops <b>crossed</b> the border, according to "
                        f"the {HOSTILE} ministry.",
                   origin="hostile.txt", id="hostile", title=HOSTILE, published="2025-03-01")
    with Ledger(db_url) as ledger:
        ledger.add(doc, extract_document(doc))
        figure = ledger.figures()[0]
    live = LiveServer(db_url, TOKEN)
    try:
        with httpx.Client(base_url=live.url) as client:
            pages = [client.get(path).text for path in (
                "/", "/documents", "/documents/1", f"/figures/{figure['id']}",
                f"/series/{figure['series']}", "/search?q=" + HOSTILE)]
    finally:
        live.stop()
    for page in pages:
        assert "<script>" not in page and "<b>crossed" not in page
    assert "&lt;script&gt;" in pages[2] and "&lt;script&gt;" in pages[5]


# -- configuration ---------------------------------------------------------------------------


def test_a_short_token_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("REPORTEDLY_TOKEN", raising=False)
    short = tmp_path / "token"
    short.write_text("secret\n")
    with pytest.raises(InputError) as err:
        Settings.from_env(token_file=str(short))
    assert err.value.code == "E120" and str(short) in err.value.line()
    monkeypatch.setenv("REPORTEDLY_TOKEN", TOKEN)
    assert Settings.from_env().token == TOKEN
    with pytest.raises(InputError) as err:
        Settings.from_env(token_file=str(tmp_path / "missing"))
    assert err.value.code == "E107"


def test_reportedly_serve_serves_the_ledger(demo_db, tmp_path):
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    token = tmp_path / "token"
    token.write_text(TOKEN + "\n")
    exe = [sys.executable, "-m", "reportedly", "serve", "--db", demo_db, "--port", str(port),
           "--token-file", str(token)]
    server = subprocess.Popen(exe, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "did not start"
                time.sleep(0.2)
        assert page.status_code == 200 and "North Korea personnel deployed" in page.text
        assert "corrections need the token" in page.text
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert f"on http://127.0.0.1:{port}/ (corrections with the token)" in err
    short = subprocess.run([*exe[:-1], str(tmp_path / "missing")], capture_output=True,
                           text=True, timeout=60)
    assert short.returncode == 2 and "E107" in short.stderr
