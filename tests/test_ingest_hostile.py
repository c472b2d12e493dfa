"""Reading inputs as a careless user or an attacker supplies them (issue 12): nothing is lost but the
bad record, every problem is one printable line naming the file (and line), and nothing is read
without bound."""

from __future__ import annotations

import io
import json
import os
import signal
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from kg.ingest.read import json_lines, read_sources
from kg.ingest.segment import ARTICLE_MAX, segment
from kg.model import IngestError, Source

PAGE = "新渝报讯（记者 余佳）9月12日，大足区人大常委会主任王志主持召开区三届人大常委会第五十五次主任会议。\n"
ROOT = Path(__file__).resolve().parents[1]


def read(*inputs: str, **kwargs) -> list[Source | IngestError]:
    return list(read_sources(list(inputs), **kwargs))


def sources(records: list) -> list[Source]:
    return [r for r in records if isinstance(r, Source)]


def errors(records: list) -> list[IngestError]:
    return [r for r in records if isinstance(r, IngestError)]


def printable_line(error: IngestError) -> str:
    """The line the CLI prints: one line, encodable as UTF-8."""
    line = str(error)
    assert "\n" not in line and "\r" not in line
    line.encode("utf-8")  # raises on a lone surrogate
    return line


def write_jsonl(path: Path, lines: list[str | bytes]) -> Path:
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode("utf-8") for x in lines) + b"\n")
    return path


def good(doc_id: str) -> str:
    return json.dumps({"id": doc_id, "text": PAGE}, ensure_ascii=False)


# --------------------------------------------------------------------------- item 1: no collisions


def test_an_outlet_per_folder_corpus_keeps_every_outlet(tmp_path):
    for outlet in ("新渝报", "永川日报", "合川日报"):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "20230315.md").write_text(f"{outlet}讯 {PAGE}", encoding="utf-8")
    records = read(str(tmp_path))
    assert [r.doc_id for r in records] == ["合川日报/20230315.md", "新渝报/20230315.md", "永川日报/20230315.md"]
    assert {r.pub_date for r in records} == {"2023-03-15"}


def test_two_files_of_one_name_given_as_arguments_are_two_documents(tmp_path):
    for folder in ("A", "B"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "20230315.txt").write_text(f"{folder} {PAGE}", encoding="utf-8")
    first, second = read(str(tmp_path / "A" / "20230315.txt"), str(tmp_path / "B" / "20230315.txt"))
    assert first.doc_id == "20230315.txt"
    assert second.doc_id == str(tmp_path / "B" / "20230315.txt")  # the path as given
    assert second.text.startswith("B") and second.pub_date == "2023-03-15"


def test_the_same_file_reached_twice_keeps_one_id_so_it_is_counted_once(tmp_path):
    (tmp_path / "A").mkdir()
    (tmp_path / "A" / "x.txt").write_text(PAGE, encoding="utf-8")
    records = read(str(tmp_path), str(tmp_path / "A"), str(tmp_path / "A" / "x.txt"))
    assert [r.doc_id for r in records] == ["A/x.txt"] * 3


def test_a_glob_names_files_relative_to_the_folder_it_starts_from(tmp_path):
    for folder in ("A", "B"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "20230315.txt").write_text(PAGE, encoding="utf-8")
    records = read(str(tmp_path / "*" / "2023*.txt"))
    assert [r.doc_id for r in records] == ["A/20230315.txt", "B/20230315.txt"]


def test_json_lines_records_sharing_an_id_are_all_read_and_the_reuse_is_said(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [good("a1"), good("a2"), good("a1")])
    records = read(str(feed))
    assert [r.doc_id for r in sources(records)] == ["a1", "a2", f"a1@{feed}:3"]
    (notice,) = errors(records)
    assert notice.where == f"{feed}:3" and not notice.lost
    assert "feed.jsonl:1" in notice.message


def test_records_sharing_an_id_reach_the_graph_as_separate_documents(tmp_path):
    from kg.extract.pipeline import extract_facts

    feed = write_jsonl(tmp_path / "feed.jsonl", [good("a1"), good("a1")])
    facts = [f for f in extract_facts([str(feed)]) if not isinstance(f, IngestError)]
    assert len({f.doc_id for f in facts}) == 2


# --------------------------------------------------------------------------- item 7: file names


def test_a_file_whose_name_is_not_utf8_is_read_and_named_printably(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(folder + b"/\xb4\xf3\xd7\xe3.txt", "wb") as handle:  # 大足 in GBK, as a zip from Windows leaves it
        handle.write(PAGE.encode("utf-8"))
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    records = read(str(tmp_path))
    assert [type(r) for r in records] == [Source, Source]
    assert records[1].doc_id == "\\xb4\\xf3\\xd7\\xe3.txt"
    json.dumps(records[1].doc_id, ensure_ascii=False).encode("utf-8")  # what kg extract prints


def test_an_unreadable_file_with_a_newline_and_a_bad_byte_in_its_name_is_one_printable_line(tmp_path):
    bad = os.fsencode(tmp_path) + b"/page\n\xff.txt"
    with open(bad, "wb") as handle:
        handle.write(bytes(range(256)) * 40)  # binary: an error naming the file
    (error,) = read(str(tmp_path))
    assert "page\\x0a\\xff.txt" in printable_line(error)


def test_an_argument_that_is_not_utf8_is_reported_printably():
    (error,) = read(os.fsdecode(b"/no/such/\xff.txt"))
    assert printable_line(error) == "/no/such/\\xff.txt: no such file or directory"


# --------------------------------------------------------------------------- item 8: bad records


@pytest.mark.parametrize("field", ["id", "url", "title", "source", "region", "text", "date"])
def test_a_lone_surrogate_in_any_field_costs_that_record_only(tmp_path, field):
    record = {"id": "bad", "text": PAGE, field: "前\\ud800后"}
    line = json.dumps(record, ensure_ascii=False).replace("\\\\ud800", "\\ud800")
    feed = write_jsonl(tmp_path / "feed.jsonl", [good("a1"), line, good("a3")])
    records = read(str(feed))
    assert [r.doc_id for r in sources(records)] == ["a1", "a3"]
    (error,) = errors(records)
    assert error.where == f"{feed}:2" and error.lost
    assert f"'{field}'" in error.message and "surrogate" in printable_line(error)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"id": "deep", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"id": "big", "text": "正文", "n": ' + "9" * 5000 + "}", "out of range"),
        ('{"id": "nul", "text": "正\x00文"}', "NUL byte at column 25"),
        ('{"id": "cut", "text": "正文', "malformed JSON"),
        ("[1, 2]", "not a JSON object"),
    ],
    ids=["deep-nesting", "5000-digit-number", "nul-byte", "truncated", "array"],
)
def test_a_hostile_line_costs_that_line_with_its_number(tmp_path, line, words):
    feed = write_jsonl(tmp_path / "feed.jsonl", [good("a1"), line, good("a3")])
    records = read(str(feed))
    assert [r.doc_id for r in sources(records)] == ["a1", "a3"]
    (error,) = errors(records)
    assert error.where == f"{feed}:2"
    assert words in printable_line(error)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", ["主任会议", "召开"]),
        ("region", {"name": "大足区"}),
        ("url", 7),
        ("id", True),
        ("id", 1.5),
        ("date", 20250401),
        ("text", ["正文"]),
        ("source", False),
    ],
)
def test_a_field_of_the_wrong_type_is_refused_not_coerced(tmp_path, field, value):
    record = {"id": "x", "text": PAGE, field: value}
    feed = write_jsonl(tmp_path / "feed.jsonl", [json.dumps(record, ensure_ascii=False)])
    (error,) = read(str(feed))
    assert isinstance(error, IngestError) and error.where == f"{feed}:1"
    assert f"'{field}' must be a string" in error.message


def test_an_integer_id_is_taken_as_its_digits(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [json.dumps({"id": 42, "text": PAGE})])
    (source,) = read(str(feed))
    assert source.doc_id == "42"


def test_a_line_in_another_encoding_costs_that_line(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [good("a1"), b'{"id": "x", "text": "\xff\xfe"}', good("a3")])
    records = read(str(feed))
    assert [r.doc_id for r in sources(records)] == ["a1", "a3"]
    (error,) = errors(records)
    assert error.where == f"{feed}:2" and "byte 0xff at byte 21" in error.message


def test_two_nul_bytes_before_a_long_line_of_digits_are_not_taken_for_utf16(tmp_path):
    """ASCII digits read as UTF-16 are CJK code points (0x3939 is 㤹): found by hypothesis."""
    nul = '{"id": "nul", "text": "正\x00文"}'
    big = '{"id": "n", "text": "正文", "n": ' + "9" * 5000 + "}"
    feed = write_jsonl(tmp_path / "feed.jsonl", [nul, good("a2"), nul, big, good("a5")])
    records = read(str(feed))
    assert [r.doc_id for r in sources(records)] == ["a2", "a5"]
    assert [e.where for e in errors(records)] == [f"{feed}:{n}" for n in (1, 3, 4)]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_json_lines_in_utf16_or_with_a_bom_are_still_read(tmp_path, encoding):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(("\n".join(good(f"a{n}") for n in range(3)) + "\n").encode(encoding))
    assert [r.doc_id for r in read(str(feed))] == ["a0", "a1", "a2"]


def test_a_gbk_json_lines_file_is_still_read(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [good("a1").encode("gbk"), good("a2").encode("gbk")])
    assert [r.text for r in read(str(feed))] == [PAGE, PAGE]


def test_a_record_over_the_size_limit_costs_that_record(tmp_path):
    huge = json.dumps({"id": "huge", "text": "正文" * 2000}, ensure_ascii=False)
    feed = write_jsonl(tmp_path / "feed.jsonl", [good("a1"), huge, good("a3")])
    records = read(str(feed), max_bytes=1000)
    assert [r.doc_id for r in sources(records)] == ["a1", "a3"]
    (error,) = errors(records)
    assert error.where == f"{feed}:2" and "KG_MAX_INPUT_MB" in error.message


def test_a_json_lines_file_larger_than_the_limit_is_streamed_record_by_record(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [good(f"a{n}") for n in range(200)])
    assert feed.stat().st_size > 20_000
    records = read(str(feed), max_bytes=1_000)
    assert len(sources(records)) == 200 and not errors(records)


# --------------------------------------------------------------------------- item 9: huge articles


def test_an_article_of_over_a_million_characters_comes_in_pieces_spacy_accepts():
    body = "".join(f"大足区人大常委会第{n}次主任会议召开，王志主持会议。" for n in range(50_000))
    assert len(body) > 1_000_000
    articles = segment(Source("big.txt", "本报讯 " + body))
    assert all(len(a.text) <= ARTICLE_MAX < 1_000_000 for a in articles)
    assert "".join(a.text for a in articles) == "本报讯" + body  # the space after 本报讯 is layout
    import spacy

    nlp = spacy.blank("zh")
    assert all(len(nlp.make_doc(a.text)) for a in articles[:2])


def test_a_transcript_whose_body_runs_on_the_header_line_is_not_lost():
    line = "大足区人大常委会主任王志主持召开会议，听取报告。" * 100_000
    articles = segment(Source("20250401.md", "# 《新闻联播》（20250401）" + line))
    assert sum(len(a.text) for a in articles) >= len(line)


def test_running_text_under_a_table_of_contents_heading_is_not_skipped():
    line = "大足区人大常委会主任王志主持召开会议，听取报告。" * 1000
    articles = segment(Source("20250401.md", f"# 《新闻联播》（20250401）\n\n## 新闻摘要\n\n{line}\n"))
    assert [a.text for a in articles] == [line]


def test_a_page_of_headline_like_lines_only_is_one_article_not_none():
    text = "\n\n".join(["大足区政府召开常务会议", "区人大常委会召开主任会议", "区政协召开党组会议"])
    (article,) = segment(Source("x.txt", text))
    assert "区人大常委会召开主任会议" in article.text


# --------------------------------------------------------------------------- item 11: special files, limits


def test_a_symlink_to_dev_zero_in_a_folder_is_skipped_with_a_message(tmp_path):
    (tmp_path / "a.txt").symlink_to("/dev/zero")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    error, source = read(str(tmp_path))
    assert error.where.endswith("a.txt") and "character device" in error.message
    assert source.doc_id == "b.txt"


class Blocked(Exception):  # not an OSError, which the reader would report as a read error
    pass


def test_a_fifo_in_a_folder_is_skipped_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")

    def give_up(signum, frame):
        raise Blocked("blocked opening the pipe")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(20)  # before the fix this blocked for ever in open()
    try:
        error, source = read(str(tmp_path))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert "FIFO" in error.message and source.doc_id == "b.txt"


def test_a_pipe_named_on_the_command_line_is_read(tmp_path):
    """`kg extract <(zcat day.txt.gz)` names a pipe: the user asked for it, so it is read (capped)."""
    fifo = tmp_path / "day.txt"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as handle:
            handle.write(PAGE.encode("gbk"))

    writer = threading.Thread(target=write)
    writer.start()
    (source,) = read(str(fifo))
    writer.join(10)
    assert source.text == PAGE and source.doc_id == "day.txt"


def test_a_file_over_the_size_limit_is_refused_with_the_way_to_raise_it(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_INPUT_MB", "0.01")  # 10 kB
    (tmp_path / "big.txt").write_text(PAGE * 200, encoding="utf-8")
    (tmp_path / "small.txt").write_text(PAGE, encoding="utf-8")
    error, source = read(str(tmp_path))
    assert "over the 0.01 MB input limit (set KG_MAX_INPUT_MB to raise it)" in error.message
    assert source.doc_id == "small.txt"


class Endless(io.RawIOBase):
    """A stream that never ends, as `yes` or /dev/zero piped in."""

    def __init__(self, unit: bytes) -> None:
        self.unit = unit
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = len(buffer)
        data = (self.unit * (n // len(self.unit) + 1))[:n]
        buffer[:n] = data
        self.served += n
        return n


def test_endless_text_on_stdin_is_refused_at_the_limit():
    stream = Endless("正文".encode())
    (error,) = read("-", stdin=io.BufferedReader(stream), max_bytes=100_000)
    assert error.where == "-" and "limit" in error.message
    assert stream.served < 2_000_000


def test_closed_stdin_is_one_line_not_a_traceback(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)  # what Python sets when started with fd 0 closed
    (error,) = read("-")
    assert str(error) == "-: cannot read stdin (it is closed)"
    stream = io.BytesIO(b"x")
    stream.close()
    (error,) = read("-", stdin=stream)
    assert error.where == "-" and "cannot read stdin" in error.message


def test_json_lines_on_stdin_beyond_the_limit_are_streamed():
    stream = Endless((good("a") + "\n").encode("utf-8"))
    first = next(s for s in read_sources(["-"], stdin=io.BufferedReader(stream), max_bytes=10_000))
    assert first.doc_id == "a" and stream.served < 2_000_000  # read before stdin ended (it never does)


# --------------------------------------------------------------------------- item 14: encodings, folders, dates


def test_one_bad_byte_in_a_utf8_file_is_replaced_and_its_offset_reported(tmp_path):
    data = bytearray((PAGE * 20).encode("utf-8"))
    data[301] = 0xFF
    (tmp_path / "page.txt").write_bytes(bytes(data))
    notice, source = read(str(tmp_path / "page.txt"))
    assert not notice.lost and "byte 0xff at byte 301" in notice.message and "U+FFFD" in notice.message
    assert "\ufffd" in source.text and source.text.count("王志") == 20


def test_two_stray_nul_bytes_in_a_long_page_of_digits_do_not_make_it_utf16(tmp_path):
    (tmp_path / "page.txt").write_bytes(b"\x00a\x00b" + ("2025" * 2000).encode("ascii"))
    (error,) = read(str(tmp_path / "page.txt"))
    assert "NUL byte at byte 0" in error.message  # not 4,000 characters of 㤲㔲


def test_a_big5_page_is_not_read_as_gb18030_mojibake(tmp_path):
    text = (
        "臺北市議會召開第十四屆第三次定期大會，議長主持會議，市長出席並報告市政。與會議員就交通、教育問題提出質詢。\n"
    )
    (tmp_path / "big5.txt").write_bytes(text.encode("big5"))
    (source,) = read(str(tmp_path / "big5.txt"))
    assert source.text == text


def test_gbk_pages_still_win_over_big5(tmp_path):
    (tmp_path / "gbk.txt").write_bytes(PAGE.encode("gbk"))
    (source,) = read(str(tmp_path / "gbk.txt"))
    assert source.text == PAGE


def _read_as_unprivileged_user(folder: Path) -> list[str]:
    """What reading ``folder`` gives to a user without root's power to read every folder: a forked
    child drops to ``nobody`` (the package is already imported) and sends back one line per record."""
    if os.geteuid() != 0:
        return [f"{type(r).__name__} {r}" for r in read(str(folder))]
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            os.close(reader)
            os.setgid(65534)
            os.setuid(65534)
            lines = [f"{type(r).__name__} {r}" for r in read(str(folder))]
            os.write(writer, "\n".join(lines).encode("utf-8"))
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        out = pipe.read().decode("utf-8")
    os.waitpid(pid, 0)
    return out.splitlines()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX permissions")
def test_an_unreadable_sub_folder_is_reported_not_skipped_silently():
    folder = Path(tempfile.mkdtemp(prefix="kg-perm-"))
    try:
        folder.chmod(0o755)
        (folder / "open").mkdir()
        (folder / "open" / "a.txt").write_text(PAGE, encoding="utf-8")
        (folder / "open" / "a.txt").chmod(0o644)
        (folder / "locked").mkdir()
        (folder / "locked" / "b.txt").write_text(PAGE, encoding="utf-8")
        (folder / "locked").chmod(0o000)
        lines = _read_as_unprivileged_user(folder)
        assert any(line.startswith("IngestError") and "locked: cannot read folder" in line for line in lines), lines
        assert any(line.startswith("Source") for line in lines), lines
    finally:
        (folder / "locked").chmod(0o755)
        for path in sorted(folder.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        folder.rmdir()


def test_an_impossible_record_date_is_reported_and_the_record_kept(tmp_path):
    feed = write_jsonl(tmp_path / "20250401.jsonl", [json.dumps({"id": "a", "text": PAGE, "date": "2025-02-30"})])
    notice, source = read(str(feed))
    assert notice.where == f"{feed}:1" and not notice.lost and "'2025-02-30' is not a calendar date" in notice.message
    assert source.pub_date == "2025-04-01"  # the file name's date, the next in line


def test_an_impossible_date_option_is_reported(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    notice, source = read(str(tmp_path / "page.txt"), date="2025-13-01")
    assert notice.where == "--date" and not notice.lost and source.pub_date is None


def test_other_json_lines_readers_get_the_same_guards(tmp_path):
    """``kg build --facts`` reads extracted facts through :func:`json_lines`."""
    feed = write_jsonl(
        tmp_path / "facts.jsonl",
        ['{"doc_id": "a"}', '{"x": ' + "[" * 100_000 + "]" * 100_000 + "}", b'{"doc_id": "\xff"}', "", '{"n": 1}'],
    )
    results = list(json_lines(str(feed)))
    assert [where for where, _ in results] == [f"{feed}:{n}" for n in (1, 2, 3, 5)]
    assert [type(value).__name__ for _, value in results] == ["dict", "IngestError", "IngestError", "dict"]
    ((where, missing),) = json_lines(str(tmp_path / "none.jsonl"))
    assert isinstance(missing, IngestError) and "cannot read" in missing.message
