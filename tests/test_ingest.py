"""Ingest: files, directories, JSON Lines and stdin into Documents; bad inputs into InputErrors."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from reportedly.errors import InputError
from reportedly.ingest import MAX_BYTES, read_documents
from reportedly.model import Document

ARTICLE = "Rescuers pulled 14 people from the rubble overnight, the fire service said.\n"
SEED_PAGE = (
    "date 2025-03-01 Support us on Patreon\nEng\n\nQuake rescue continues in the old town\n\n"
    "By Jane Doe\n01/03/2025\n\n" + ARTICLE
)


def read(*paths: str | Path, **options: object) -> list[Document | InputError]:
    return list(read_documents([str(path) for path in paths], **options))  # type: ignore[arg-type]


def only_error(results: list[Document | InputError]) -> InputError:
    assert len(results) == 1, results
    assert isinstance(results[0], InputError), results[0]
    return results[0]


def only_document(results: list[Document | InputError]) -> Document:
    assert len(results) == 1, results
    assert isinstance(results[0], Document), results[0]
    return results[0]


# --- text pages ---------------------------------------------------------------------------------


def test_seed_file_becomes_a_document(seed_path: Path) -> None:
    document = only_document(read(seed_path))
    assert document.origin == str(seed_path)
    assert document.published == "2025-02-27"
    assert document.title == "Seoul says more North Korean soldiers deployed to Russia"
    assert document.text.startswith(document.title + "\n\nSouth Korean media sources estimate")
    assert document.text.endswith("targeting residential areas in Ukrainian cities.")
    assert document.id is None and document.name == str(seed_path)


def test_seed_format_page(tmp_path: Path) -> None:
    path = tmp_path / "quake.txt"
    path.write_text(SEED_PAGE, encoding="utf-8")
    document = only_document(read(path))
    assert document.published == "2025-03-01"
    assert document.title == "Quake rescue continues in the old town"
    assert document.text == "Quake rescue continues in the old town\n\n" + ARTICLE.strip()


def test_plain_text_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    document = only_document(read(path))
    assert document.text == ARTICLE.strip()
    assert document.published is None and document.title is None


# --- bad inputs, one error each -----------------------------------------------------------------


def test_missing_path_e100(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    error = only_error(read(missing))
    assert (error.code, error.origin) == ("E100", str(missing))
    assert error.line() == f"E100 {missing}: no such file or directory"


def test_nul_bytes_e102(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    error = only_error(read(path))
    assert (error.code, error.origin) == ("E102", str(path))
    assert "NUL byte at offset 8" in error.detail


def test_control_characters_e102(tmp_path: Path) -> None:
    path = tmp_path / "blob.dat"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"some text")
    assert only_error(read(path)).code == "E102"


def test_a_text_page_in_another_encoding_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Las precipitaciones alcanzaron 40 mm en Cádiz y Almería, según la "
                     "Agencia Estatal de Meteorología.".encode("latin-1"))
    assert "Cádiz y Almería" in only_document(read(path)).text
    path.write_bytes(b"Crews rescued 40 people \xff\xfe in the old town.")  # stray bytes
    assert only_document(read(path)).text.startswith("Crews rescued 40 people")


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", b"\xef\xbb\xbf"])
def test_empty_or_blank_file_e103(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    error = only_error(read(path))
    assert (error.code, error.origin) == ("E103", str(path))


def test_furniture_only_page_e103(tmp_path: Path) -> None:
    path = tmp_path / "furniture.txt"
    path.write_text("Support us on Patreon\nEng\nEsp\n\nAdvertisement\n2 minute read\n")
    assert only_error(read(path)).code == "E103"


def test_unreadable_special_file_e107(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    error = only_error(read(fifo))
    assert (error.code, error.origin) == ("E107", str(fifo))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_e107(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    try:
        error = only_error(read(path))
    finally:
        path.chmod(0o644)
    assert (error.code, error.origin) == ("E107", str(path))


def test_too_large_e108(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(ARTICLE * 10)
    error = only_error(read(path, max_bytes=100))
    assert (error.code, error.origin) == ("E108", str(path))
    assert MAX_BYTES == 20 * 1024 * 1024


def test_bad_seed_header_e109(tmp_path: Path) -> None:
    path = tmp_path / "bad-date.txt"
    path.write_text("date 2025-13-45 Support us\n\n" + ARTICLE)
    error = only_error(read(path))
    assert (error.code, error.origin) == ("E109", str(path))
    assert "2025-13-45" in error.line()


# --- directories --------------------------------------------------------------------------------


def test_directory_bad_files_do_not_stop_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    (folder / "b_sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "skipped.txt").write_text(ARTICLE)
    (folder / ".skipped.txt").write_text(ARTICLE)
    (folder / "a_good.txt").write_text(ARTICLE)
    (folder / "b_sub" / "nested_good.txt").write_text(SEED_PAGE)
    (folder / "c_binary.bin").write_bytes(b"\x00\x01\x02")
    (folder / "d_empty.txt").write_text("")
    (folder / "e_latin1.txt").write_bytes(
        "El año pasado llegaron 40 pateras a Almería.".encode("latin-1"))
    (folder / "f_bad_header.txt").write_text("date 2025-02-30\n" + ARTICLE)
    (folder / "g_records.jsonl").write_text('{"text": "Four people were hurt."}\n{oops\n')
    (folder / "h_good.txt").write_text(ARTICLE)

    results = read(folder)

    summary = [
        (result.origin, result.code if isinstance(result, InputError) else "doc")
        for result in results
    ]
    assert summary == [
        (f"{folder}/a_good.txt", "doc"),
        (f"{folder}/b_sub/nested_good.txt", "doc"),
        (f"{folder}/c_binary.bin", "E102"),
        (f"{folder}/d_empty.txt", "E103"),
        (f"{folder}/e_latin1.txt", "doc"),
        (f"{folder}/f_bad_header.txt", "E109"),
        (f"{folder}/g_records.jsonl:1", "doc"),
        (f"{folder}/g_records.jsonl", "E104"),
        (f"{folder}/h_good.txt", "doc"),
    ]


def test_several_paths_in_order(tmp_path: Path) -> None:
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text(ARTICLE)
    second.write_text(SEED_PAGE)
    results = read(first, tmp_path / "missing.txt", second)
    assert [getattr(result, "code", "doc") for result in results] == ["doc", "E100", "doc"]


# --- JSON Lines ---------------------------------------------------------------------------------


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_records(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps(
                {
                    "id": "wire-1",
                    "text": "Crews rescued 40\u00a0people.",
                    "url": "https://example.org/a",
                    "title": "Rescue",
                    "published": "2025-01-31",
                    "language": "en",
                }
            ),
            "",
            json.dumps({"text": "Three bridges were closed."}),
        ],
    )
    first, second = read(path)
    assert first == Document(
        text="Crews rescued 40 people.",
        origin=f"{path}:1",
        id="wire-1",
        title="Rescue",
        url="https://example.org/a",
        published="2025-01-31",
        language="en",
        format="jsonl",
    )
    assert isinstance(second, Document)
    assert (second.origin, second.id, second.published) == (f"{path}:3", f"{path}:3", None)


def test_jsonl_malformed_line_e104_others_still_yield(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"text": "First report."}),
            '{"text": "broken',
            "[1, 2]",
            json.dumps({"text": "Fourth report."}),
        ],
    )
    results = read(path)
    assert [getattr(result, "code", "doc") for result in results] == ["doc", "E104", "E104", "doc"]
    broken = results[1]
    assert isinstance(broken, InputError)
    assert (broken.origin, broken.record, broken.where) == (str(path), "2", f"{path}:2")
    assert broken.line().startswith(f"E104 {path}:2: malformed JSON record (")
    assert results[3].text == "Fourth report."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("record", "code"),
    [
        ({"title": "no text"}, "E105"),
        ({"text": 42}, "E105"),
        ({"text": None}, "E105"),
        ({"text": "  \n "}, "E103"),
        ({"text": "Ok.", "published": "2025-13-01"}, "E106"),
        ({"text": "Ok.", "published": "27/02/2025"}, "E106"),
        ({"text": "Ok.", "published": "2025-02-27T10:00:00Z"}, "E106"),
        ({"text": "Ok.", "published": 20250227}, "E106"),
    ],
)
def test_jsonl_bad_record(tmp_path: Path, record: dict[str, object], code: str) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", [json.dumps(record), json.dumps({"text": "Good."})])
    error, good = read(path)
    assert isinstance(error, InputError) and isinstance(good, Document)
    assert (error.code, error.origin, error.record) == (code, str(path), "1")


def test_jsonl_invalid_utf8_line_e101_with_file_offset(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "One."}\n{"text": "A\xf1o"}\n{"text": "Three."}\n')
    results = read(path)
    assert [getattr(result, "code", "doc") for result in results] == ["doc", "E101", "doc"]
    assert results[1].detail == "invalid byte 0xf1 at offset 28"  # type: ignore[union-attr]
    assert results[1].record == "2"  # type: ignore[union-attr]


def test_jsonl_binary_file_e102(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "One."}\n\x00\x00')
    assert only_error(read(path)).code == "E102"


# --- stdin --------------------------------------------------------------------------------------


def test_stdin_text() -> None:
    document = only_document(read("-", stdin=io.StringIO(SEED_PAGE)))
    assert (document.origin, document.published) == ("-", "2025-03-01")
    assert document.title == "Quake rescue continues in the old town"


def test_stdin_bytes() -> None:
    document = only_document(read("-", stdin=io.BytesIO(b"\xef\xbb\xbf" + ARTICLE.encode())))
    assert document.text == ARTICLE.strip()


def test_stdin_in_another_encoding() -> None:
    document = only_document(read("-", stdin=io.BytesIO("Un café con 40 personas.".encode(
        "latin-1"))))
    assert document.text == "Un café con 40 personas."


def test_stdin_empty_e103() -> None:
    assert only_error(read("-", stdin=io.StringIO("  \n"))).code == "E103"


def test_stdin_jsonl() -> None:
    lines = [json.dumps({"id": "a", "text": "One."}), "not json", json.dumps({"text": "Three."})]
    results = read("-", stdin=io.StringIO("\n".join(lines)))
    assert [getattr(result, "code", "doc") for result in results] == ["doc", "E104", "doc"]
    assert (results[0].id, results[2].origin) == ("a", "-:3")  # type: ignore[union-attr]


def test_stdin_too_large_e108() -> None:
    assert only_error(read("-", stdin=io.StringIO(ARTICLE * 10), max_bytes=50)).code == "E108"


def test_path_objects_and_symlinked_directories(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(ARTICLE)
    (tmp_path / "top").mkdir()
    (tmp_path / "top" / "link").symlink_to(tmp_path / "real")
    results = list(read_documents([tmp_path / "real", tmp_path / "top"]))
    assert isinstance(results[0], Document)
    assert isinstance(results[1], InputError)
    assert (results[1].code, results[1].origin) == ("E107", f"{tmp_path}/top/link")


def test_a_jsonl_dump_larger_than_the_limit_streams_line_by_line(tmp_path):
    lines = [json.dumps({"id": f"r{k}", "text": f"Crews rescued {k + 2} people."})
             for k in range(200)]
    lines.insert(50, json.dumps({"id": "huge", "text": "x" * 5000}))
    plain = tmp_path / "dump.jsonl"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    packed = tmp_path / "dump.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    for path in (plain, packed):
        results = list(read_documents([path], max_bytes=1000))  # the file is ~9 times that
        docs = [r for r in results if isinstance(r, Document)]
        errors = [r for r in results if isinstance(r, InputError)]
        assert [d.id for d in docs] == [f"r{k}" for k in range(200)]
        assert [(e.code, e.record) for e in errors] == [("E108", "51")]  # the long line only
