"""Reading inputs: files, folders, globs, JSON Lines and stdin, in any encoding a Chinese newsroom uses."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kg.ingest.read import decode, infer_district, infer_region, read_sources
from kg.model import IngestError, Source

SEEDS = Path(__file__).resolve().parents[1] / "kg" / "sample" / "seeds"
CCTV = Path(__file__).parent / "data" / "cctv"

PAGE = "新渝报讯（记者 余佳）9月12日，大足区人大常委会主任王志主持召开区三届人大常委会第五十五次主任会议。\n"


def read(*inputs: str, **kwargs) -> list[Source | IngestError]:
    return list(read_sources(list(inputs), **kwargs))


def only_source(*inputs: str, **kwargs) -> Source:
    records = read(*inputs, **kwargs)
    assert len(records) == 1 and isinstance(records[0], Source), records
    return records[0]


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"],
)
def test_a_page_is_read_correctly_in_every_encoding_a_newsroom_uses(tmp_path, encoding):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode(encoding))
    source = only_source(str(path))
    assert source.text == PAGE  # no byte-order mark, no mojibake


def test_a_gbk_file_is_read_correctly(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("大足区政协三届二十次党组会议召开。廖文丽主持。".encode("gbk"))
    assert only_source(str(path)).text == "大足区政协三届二十次党组会议召开。廖文丽主持。"


def test_gb18030_characters_outside_gbk_survive(tmp_path):
    text = "姓名：䶮（第四字节区）𠀀，会议召开。"
    path = tmp_path / "rare.txt"
    path.write_bytes(text.encode("gb18030"))
    assert only_source(str(path)).text == text


def test_the_encoding_cascade_never_misreads_the_sample_pages_or_short_snippets():
    """Whole pages and 20-character snippets, in four encodings: all decoded exactly."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [t[k : k + 20] for t in texts for k in range(0, 2000, 97)]
    for text in texts:
        for encoding in ("utf-8", "gb18030", "gbk", "utf-16"):
            assert decode(text.encode(encoding))[0] == text, (encoding, text[:20])


def test_a_binary_file_yields_one_error_and_the_next_file_is_still_read(tmp_path):
    (tmp_path / "a_scan.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "b_page.txt").write_text(PAGE, encoding="utf-8")
    records = read(str(tmp_path))
    assert [type(r) for r in records] == [IngestError, Source]
    error = records[0]
    assert error.where.endswith("a_scan.txt")
    assert "binary" in error.message and "\n" not in str(error)
    assert records[1].doc_id == "b_page.txt"


def test_undecodable_bytes_are_an_error_naming_the_file(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\x80\x81\xfe\xfd\xff" * 50 + "文字".encode("gbk"))
    (error,) = read(str(path))
    assert isinstance(error, IngestError)
    assert error.where == str(path)


@pytest.mark.parametrize("content", [b"", b"   \n\n \t"])
def test_an_empty_file_yields_an_error(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    (error,) = read(str(path))
    assert isinstance(error, IngestError)
    assert error.message == "empty file"


def test_a_5_mb_single_line_file_is_read(tmp_path):
    line = "大足区人大常委会主任王志出席会议，听取 AI 报告(2025)。" * 180_000
    path = tmp_path / "huge.txt"
    path.write_text(line, encoding="utf-8")
    source = only_source(str(path))
    assert len(source.text) == len(line) > 5_000_000


# --------------------------------------------------------------------------- inputs


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    for name in ["b/2.txt", "a/z.md", "a/deep/1.txt", "c.txt", ".hidden/x.txt", "a/skip.pdf", "a/.dot.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"本报讯 {name}", encoding="utf-8")
    ids = [r.doc_id for r in read(str(tmp_path))]
    assert ids == ["a/deep/1.txt", "a/z.md", "b/2.txt", "c.txt"]  # relative to the folder named


def test_globs_name_files_and_a_glob_matching_nothing_is_an_error(tmp_path):
    for name in ["20250401.txt", "20250402.txt", "notes.md"]:
        (tmp_path / name).write_text("本报讯 文字", encoding="utf-8")
    records = read(str(tmp_path / "2025*.txt"), str(tmp_path / "*.doc"))
    assert [getattr(r, "doc_id", None) for r in records[:2]] == ["20250401.txt", "20250402.txt"]
    assert isinstance(records[2], IngestError) and "no files match" in records[2].message


def test_a_missing_path_is_an_error_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    records = read(str(tmp_path / "missing.txt"), str(good))
    assert isinstance(records[0], IngestError) and "no such file" in records[0].message
    assert records[1].doc_id == "good.txt"


# --------------------------------------------------------------------------- JSON Lines


def test_json_lines_records_become_sources_with_their_metadata(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a1", "text": PAGE, "date": "2025年9月12日", "title": "主任会议召开", "source": "新渝报",
         "url": "https://example.org/a1", "region": "大足区"},
        {"id": 7, "text": "本报讯 渝中区召开会议。"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    first, second = read(str(path))
    assert (first.doc_id, first.pub_date, first.title, first.source, first.url, first.region) == (
        "a1", "2025-09-12", "主任会议召开", "新渝报", "https://example.org/a1", "大足区",
    )
    assert first.path == f"{path}:1"  # a record is found again by file and line
    assert second.doc_id == "7" and second.pub_date is None


def test_a_json_line_holding_a_unicode_line_separator_is_one_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    line = json.dumps({"id": "a", "text": "第一段\u2028第二段"}, ensure_ascii=False)
    path.write_text(line + "\r\n", encoding="utf-8")
    (record,) = read(str(path))
    assert record.text == "第一段\u2028第二段"


def test_a_malformed_json_line_is_an_error_naming_file_and_line_and_the_rest_is_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "ok1", "text": "第一篇"}\n{"id": "bad", "text": \n\n[1, 2]\n{"text": "无编号"}\n'
        '{"id": "e", "text": "  "}\n{"id": "ok2", "text": "第二篇"}\n',
        encoding="utf-8",
    )
    records = read(str(path))
    assert [getattr(r, "doc_id", None) for r in records] == ["ok1", None, None, None, None, "ok2"]
    errors = [r for r in records if isinstance(r, IngestError)]
    assert [e.where for e in errors] == [f"{path}:2", f"{path}:4", f"{path}:5", f"{path}:6"]
    assert "malformed JSON" in errors[0].message
    assert all("\n" not in str(e) for e in errors)


# --------------------------------------------------------------------------- stdin


def test_raw_text_on_stdin_is_one_source_in_any_encoding():
    stdin = io.BytesIO(PAGE.encode("gbk"))
    (source,) = read("-", stdin=stdin)
    assert source.doc_id == "stdin" and source.text == PAGE and source.region == "大足区"


def test_json_lines_on_stdin_are_recognised():
    stdin = io.StringIO('{"id": "x1", "text": "本报讯 第一篇"}\n\n{"id": "x2", "text": "本报讯 第二篇"}\n')
    assert [s.doc_id for s in read("-", stdin=stdin)] == ["x1", "x2"]


def test_text_on_stdin_that_merely_starts_with_a_brace_is_raw_text():
    stdin = io.StringIO('{"id": "x1", "text": "本报讯"}\n正文不是 JSON。\n')
    (source,) = read("-", stdin=stdin)
    assert source.doc_id == "stdin"


def test_empty_stdin_is_an_error():
    (error,) = read("-", stdin=io.BytesIO(b""))
    assert isinstance(error, IngestError) and error.where == "-"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("20231102.md", "2023-11-02"),
        ("cctv_2023-11-02.txt", "2023-11-02"),
        ("news.2022.07.10.txt", "2022-07-10"),
        ("000_e0082f67350fa89f.txt", None),  # digits inside a hash are not a date
        ("20231399.txt", None),  # not a calendar date
    ],
)
def test_the_publication_date_is_read_from_the_file_name(tmp_path, name, expected):
    (tmp_path / name).write_text("本报讯 正文。", encoding="utf-8")
    assert only_source(str(tmp_path / name)).pub_date == expected


def test_the_publication_date_is_read_from_a_dated_header_line(tmp_path):
    path = tmp_path / "day.md"
    path.write_text("# 《新闻联播》（20250401）\n\n## 新闻摘要\n", encoding="utf-8")
    assert only_source(str(path)).pub_date == "2025-04-01"


def test_the_date_argument_is_the_last_resort(tmp_path):
    undated = tmp_path / "page.txt"
    undated.write_text("本报讯 正文。", encoding="utf-8")
    dated = tmp_path / "20240105.txt"
    dated.write_text("本报讯 正文。", encoding="utf-8")
    records = read(str(undated), str(dated), date="2025-09-15")
    assert [r.pub_date for r in records] == ["2025-09-15", "2024-01-05"]


def test_a_records_own_date_wins_over_its_file_name(tmp_path):
    path = tmp_path / "20200101.jsonl"
    path.write_text('{"id": "a", "text": "正文", "date": "2025-04-01T08:00:00"}\n{"id": "b", "text": "正文"}\n')
    assert [r.pub_date for r in read(str(path))] == ["2025-04-01", "2020-01-01"]


def test_the_bundled_cctv_days_are_dated_from_their_names():
    records = read(str(CCTV))
    assert len(records) == 20
    for record in records:  # 20220120.md -> 2022-01-20
        stem = Path(record.doc_id).stem
        assert record.pub_date == f"{stem[:4]}-{stem[4:6]}-{stem[6:]}"


# --------------------------------------------------------------------------- region


@pytest.mark.parametrize(
    ("text", "region", "outlet"),
    [
        ("新渝报讯（记者 余佳）9月12日……", "大足区", "新渝报"),
        ("扫码关注重庆渝中APP图文报道", "渝中区", "渝中报"),
        ("# 《新闻联播》（20250401）\n**央视网消息**（新闻联播）：国务院……", "中国", "新闻联播"),
        ("□ 华龙网记者 伊永军\n日前……", "重庆市", "华龙网"),
        ("今天天气很好。", None, None),
    ],
)
def test_the_region_is_inferred_from_the_outlet_named_in_the_text(text, region, outlet):
    assert infer_region(text) == (region, outlet)


def test_a_district_paper_reprinting_a_city_piece_keeps_its_own_region():
    text = "新渝报讯（记者 余佳）大足区……\n据新重庆客户端\n□ 重庆日报记者 周雨\n新渝报讯（记者 熊敏秀）……"
    assert infer_region(text) == ("大足区", "新渝报")


def test_a_page_saying_only_ben_bao_xun_gets_the_district_it_names_most():
    text = "本报讯 渝中区召开会议。渝中通过专项政策……渝中高质量发展。江北区代表列席。"
    assert infer_district(text) == "渝中区"
    assert infer_district("本报讯 渝中区与江北区联合召开会议。") is None  # no clear winner


def test_a_county_page_of_any_province_is_read_as_its_own_county():
    """No outlet, no table row: the page says 县委 and names 临澧县, which the segmenter's dictionary knows."""
    text = "1月4日，县委副书记辛春生带领参加临澧县人代会的代表视察。新建成的临澧县人民医院开诊。"
    assert infer_region(text) == ("临澧县", None)


def test_a_visiting_county_is_not_the_pages_own():
    assert infer_region("日前，肥东县人大常委会一行来我县考察学习，县委书记陪同。") == (None, None)
    assert infer_region("县委召开常委会议，研究开发区和高新区工作。") == (None, None)  # zones are no county


def test_the_bundled_pages_get_the_regions_of_their_papers():
    regions = {r.doc_id[:3]: r.region for r in read(str(SEEDS))}
    assert regions == {"000": "大足区", "001": "大足区", "002": "大足区", "003": "大足区", "004": "渝中区"}


def test_the_region_of_the_record_or_the_argument_wins_over_inference(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "新渝报讯 正文", "region": "荣昌区"}\n{"id": "b", "text": "新渝报讯 正文"}\n')
    assert only_source(str(page), region="永川区").region == "永川区"
    assert [r.region for r in read(str(feed), region="永川区")] == ["荣昌区", "永川区"]
    assert [r.region for r in read(str(feed))] == ["荣昌区", "大足区"]


def test_garbage_behind_a_byte_order_mark_is_not_taken_for_text(tmp_path):
    path = tmp_path / "fake_bom.txt"
    path.write_bytes(b"\xff\xfe" + bytes(range(1, 256)) * 8)
    (error,) = read(str(path))
    assert isinstance(error, IngestError) and error.where == str(path)
