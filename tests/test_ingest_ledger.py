"""Ingest into a real ledger (SQLite, or PostgreSQL: see conftest): copies, languages, failures,
re-runs and interruptions."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from articles import FRENCH, NEAR, ORIGINAL, SAME_TOPIC, SPANISH
from conftest import break_extraction
from reportedly import language, pipeline, store
from reportedly.cli import main
from reportedly.errors import InputError
from reportedly.ingest import read_documents
from reportedly.language import identify, language_of, skip_reason
from reportedly.ledger import IngestSummary, Ledger, document_key
from reportedly.model import Document

SKIPPED_FR = "language fr: extraction supports en, es"


@pytest.fixture
def db(db_url) -> str:
    return db_url


@pytest.fixture
def batch(tmp_path):
    """An original, its exact copy and a near copy under other URLs, a French and a Spanish
    article, a malformed record; and, in a text file, another article on the same flood."""
    def record(url: str, text: str) -> str:
        return json.dumps({"url": url, "published": "2026-03-03", "text": text})

    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text("\n".join([
        record("https://valley.example/floods", ORIGINAL),
        record("https://wire.example/varden", ORIGINAL),
        record("https://north.example/floods", NEAR),
        record("https://fr.example/crue", FRENCH),
        record("https://es.example/crecida", SPANISH),
        '{"url": "https://broken.example/", "text": "cut off',
    ]) + "\n", encoding="utf-8")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "farm.txt").write_text(SAME_TOPIC, encoding="utf-8")
    return [str(jsonl), str(notes)]


@pytest.fixture
def extractions(monkeypatch) -> list[str]:
    """The names of the documents extracted, in order (the real extractor still runs)."""
    calls: list[str] = []
    real = pipeline.extract_document

    def counting(doc):
        calls.append(doc.name)
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", counting)
    return calls


def ingest(paths: list[str], db: str, *options: str):
    return CliRunner().invoke(main, ["ingest", *paths, "--db", db, *options])


def by_url(ledger: Ledger) -> dict[str, dict]:
    return {d["url"]: d for d in ledger.documents()}


def figures_of(ledger: Ledger) -> dict[str, list[tuple[str, bool]]]:
    found: dict[str, list[tuple[str, bool]]] = {}
    for claim in ledger.claims():
        found.setdefault(claim["url"] or claim["document"], []).append(
            (claim["text"], claim["copy"]))
    return found


# -- one batch ---------------------------------------------------------------------------------


def test_a_batch_with_copies_languages_and_a_bad_record(batch, db, extractions):
    result = ingest(batch, db, "--format", "json")
    assert result.exit_code == 1, result.output  # a record failed
    summary = json.loads(result.stdout)
    jsonl = batch[0]
    assert {k: v for k, v in summary.items() if k != "figures"} == {
        "read": 7, "stored": 6, "unchanged": 0, "duplicates": 2, "exact": 1, "near": 1,
        "skipped_language": 1, "failed": 1,
        "errors": [{"origin": jsonl, "record": "6", "code": "E104",
                    "message": summary["errors"][0]["message"]}],
    }
    assert summary["errors"][0]["message"].startswith("malformed JSON record")
    assert result.stderr.startswith(f"E104 {jsonl}:6: malformed JSON record")
    # the French article is never extracted
    assert len(extractions) == 5 and not any(name.endswith(":4") for name in extractions)

    with Ledger(db) as ledger:
        docs = by_url(ledger)
        figures = figures_of(ledger)
        errors = ledger.errors()
        with ledger.engine.connect() as conn:
            stored_figures = conn.execute(
                sa.select(sa.func.count()).select_from(store.figures)).scalar_one()
    assert summary["figures"] == stored_figures > 0

    original = docs["https://valley.example/floods"]
    exact = docs["https://wire.example/varden"]
    near = docs["https://north.example/floods"]
    assert original["doc_key"] == "https://valley.example/floods"
    assert (original["duplicate_of"], original["duplicate_kind"]) == (None, None)
    assert (exact["duplicate_of"], exact["duplicate_kind"]) == (original["id"], "exact")
    assert (near["duplicate_of"], near["duplicate_kind"]) == (original["id"], "near")
    farm = next(d for d in docs.values() if d["origin"].endswith("farm.txt"))
    assert farm["duplicate_of"] is None and farm["language"] == "en"

    # every figure of the exact copy is a copy; the near copy's too, but for its own headline's
    assert [text for text, _ in figures[exact["url"]]] == [
        text for text, _ in figures[original["url"]]]
    assert all(copy for _, copy in figures[exact["url"]])
    assert not any(copy for _, copy in figures[original["url"]])
    assert ("more than 4,200 people", True) in figures[near["url"]]
    assert ("Thousands evacuated", False) in figures[near["url"]]

    french, spanish = docs["https://fr.example/crue"], docs["https://es.example/crecida"]
    assert (french["language"], french["skipped"]) == ("fr", SKIPPED_FR)
    assert french["url"] not in figures
    assert (spanish["language"], spanish["skipped"]) == ("es", None)
    assert ("más de 4.200 personas", False) in figures[spanish["url"]]

    [error] = errors
    assert (error["origin"], error["record"], error["code"]) == (jsonl, "6", "E104")


def test_the_summary_line(batch, db):
    result = ingest(batch, db)
    first, failure = result.stdout.splitlines()
    assert first.startswith("7 read, 6 stored, 0 unchanged, 2 duplicates (1 exact, 1 near), "
                            "1 skipped (language), 1 failed, ")
    assert first.endswith(" figures found")
    assert failure.startswith(f"  E104 {batch[0]}:6: ")


def test_running_again_stores_nothing_and_extracts_nothing(batch, db, extractions):
    ingest(batch, db)
    assert len(extractions) == 5
    with Ledger(db) as ledger:
        before = (ledger.documents(), ledger.claims())

    again = ingest(batch, db)
    assert len(extractions) == 5  # no document extracted a second time
    assert again.stdout.startswith("7 read, 0 stored, 6 unchanged, 0 duplicates (0 exact, "
                                   "0 near), 0 skipped (language), 1 failed, 0 figures found")
    with Ledger(db) as ledger:
        assert (ledger.documents(), ledger.claims()) == before
        assert [e["code"] for e in ledger.errors()] == ["E104", "E104"]  # each run's failure


def test_a_document_whose_text_changed_is_stored_again(tmp_path, db):
    page = tmp_path / "page.txt"
    page.write_text(ORIGINAL, encoding="utf-8")
    ingest([str(page)], db)
    page.write_text(ORIGINAL.replace("until the end of the week", "until Monday"),
                    encoding="utf-8")
    result = ingest([str(page)], db)
    assert "1 stored, 0 unchanged, 1 duplicates (0 exact, 1 near)" in result.stdout
    with Ledger(db) as ledger:
        first, second = ledger.documents()
    assert first["doc_key"] == second["doc_key"] == str(page)
    assert second["duplicate_of"] == first["id"]


# -- failures ----------------------------------------------------------------------------------


def test_an_extraction_that_fails_fails_that_document_only(batch, db, monkeypatch):
    break_extraction(monkeypatch, lambda doc: doc.url == "https://es.example/crecida",
                     ValueError("no sentence\nsecond line"))
    result = ingest(batch, db, "--format", "json")
    summary = json.loads(result.stdout)
    assert (summary["read"], summary["stored"], summary["failed"]) == (7, 5, 2)
    assert f"E201 {batch[0]}:5: extraction failed (ValueError: no sentence)" in result.stderr
    with Ledger(db) as ledger:
        assert "https://es.example/crecida" not in by_url(ledger)
        assert [(e["origin"], e["record"], e["code"]) for e in ledger.errors()] == [
            (batch[0], "5", "E201"), (batch[0], "6", "E104")]


def test_a_failing_language_identification_is_e202(tmp_path, db, monkeypatch):
    def broken(doc):
        raise RuntimeError("model missing")

    monkeypatch.setattr(language, "language_of", broken)
    page = tmp_path / "page.txt"
    page.write_text(ORIGINAL, encoding="utf-8")
    result = ingest([str(page)], db)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"E202 {page}: language identification failed "
                                    "(RuntimeError: model missing)")


def test_error_offsets_are_recorded(db):
    doc = Document(text=ORIGINAL, origin="crawl.warc.gz@4096", offset=4096, format="warc")

    def failing(_doc):
        raise ValueError("boom")

    with Ledger(db) as ledger:
        [outcome] = ledger.ingest([doc], extract=failing)
        assert outcome.error.line() == ("E201 crawl.warc.gz@4096: extraction failed "
                                        "(ValueError: boom)")
        # a reader's own error about a WARC record
        ledger.record_error(InputError("crawl.warc.gz", "E115", "truncated record", "@8192"))
        errors = [(e["origin"], e["record"], e["record_offset"], e["code"])
                  for e in ledger.errors()]
    assert errors == [("crawl.warc.gz", "@4096", 4096, "E201"),
                      ("crawl.warc.gz", "@8192", 8192, "E115")]


# -- interruptions -----------------------------------------------------------------------------


def documents(batch: list[str]) -> list[Document]:
    return [d for d in read_documents(batch) if isinstance(d, Document)]


def stopping_after(items, count: int):
    """The items, then a Ctrl-C after ``count`` of them."""
    for number, item in enumerate(items):
        if number == count:
            raise KeyboardInterrupt
        yield item


def stored_once(ledger: Ledger, docs: list[Document]) -> bool:
    keys = [d["doc_key"] for d in ledger.documents()]
    return sorted(keys) == sorted(document_key(doc) for doc in docs)


def test_an_interrupted_ingest_resumes_where_it_stopped(batch, db, extractions):
    docs = documents(batch)
    assert len(docs) == 6
    with Ledger(db) as ledger, pytest.raises(KeyboardInterrupt):
        for _ in ledger.ingest(stopping_after(docs, 3)):
            pass
    with Ledger(db) as ledger:
        assert len(ledger.documents()) == 3  # what was committed stays
        summary = IngestSummary()
        for outcome in ledger.ingest(docs):
            summary.add(outcome)
        assert (summary.read, summary.unchanged, summary.stored) == (6, 3, 3)
        assert stored_once(ledger, docs)
    # the three stored before the interruption were not extracted again
    assert len(extractions) == 3 + 2  # French skipped


def test_an_interruption_during_extraction_leaves_nothing_of_that_document(batch, db):
    docs = documents(batch)
    real = pipeline.extract_document
    calls = []

    def interrupted(doc):
        calls.append(doc)
        if len(calls) == 2:
            raise KeyboardInterrupt  # not an extraction failure: the run stops
        return real(doc)

    with Ledger(db) as ledger:
        with pytest.raises(KeyboardInterrupt):
            list(ledger.ingest(docs, extract=interrupted))
        assert [d["url"] for d in ledger.documents()] == [docs[0].url]
        assert ledger.errors() == []
        assert [o.status for o in ledger.ingest(docs)] == ["unchanged"] + ["stored"] * 5
        assert stored_once(ledger, docs)


def test_an_interrupted_command_says_how_far_it_got(batch, db, monkeypatch):
    real = pipeline.extract_document
    calls = []

    def interrupted(doc):
        calls.append(doc)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", interrupted)
    result = ingest(batch, db)
    assert result.exit_code == 130
    assert result.stderr.startswith("interrupted after 2 read, 2 stored")
    assert result.stderr.rstrip().endswith("run again to resume")
    monkeypatch.setattr(pipeline, "extract_document", real)
    resumed = ingest(batch, db)
    assert resumed.stdout.startswith("7 read, 4 stored, 2 unchanged")


# -- languages ---------------------------------------------------------------------------------


def test_identify():
    assert identify(ORIGINAL)[0] == "en" and identify(SPANISH)[0] == "es"
    lang, confidence = identify(FRENCH)
    assert lang == "fr" and confidence > 0.9
    assert identify("Seoul said so.") == (None, 0.0)  # too short to tell


def test_a_declared_language_is_kept_unless_clearly_wrong():
    assert language_of(Document(text=SPANISH, language="es-MX")) == "es"
    assert language_of(Document(text=FRENCH, language="en")) == "fr"  # a feed's blanket label
    # too short to overrule
    assert language_of(Document(text="La ONU dijo que 300 personas huyeron.",
                                language="en")) == "en"
    assert language_of(Document(text="12 killed")) is None


def test_skip_reason():
    assert skip_reason("fr") == SKIPPED_FR
    assert skip_reason("en") is skip_reason("es") is skip_reason(None) is None


def test_extract_skips_other_languages_with_a_note(tmp_path):
    page = tmp_path / "crue.txt"
    page.write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"skipped {page}: {SKIPPED_FR}\n"


def test_paths_or_urls_are_required(db):
    for command in (["ingest", "--db", db], ["extract"]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2 and "PATHS" in result.output
