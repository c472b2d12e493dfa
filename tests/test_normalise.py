"""Normalising a PDF-extracted page without losing the way back to the original text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest.normalise import normalise

SEEDS = Path(__file__).resolve().parents[1] / "kg" / "sample" / "seeds"
CCTV = Path(__file__).parent / "data" / "cctv"

_WHITESPACE = re.compile(r"[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]+")
_FOLD = str.maketrans(
    {
        **{a: w for a, w in zip("(),:;!?", "（），：；！？", strict=True)},
        **{chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))},
        "％": "%",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
    }
)


def fold(text: str) -> str:
    """What normalisation may not change: the text without whitespace, punctuation width unified."""
    return _WHITESPACE.sub("", text).translate(_FOLD)


def norm(text: str) -> str:
    return normalise(text)[0]


def assert_maps_back(original: str, spans: list[tuple[int, int]] | None = None) -> None:
    """Every span of the normalised text maps to the original text of that span."""
    normalised, offsets = normalise(original)
    assert len(offsets) == len(normalised)
    assert fold(normalised) == fold(original)  # nothing but whitespace is lost or added
    origin = offsets.origin
    assert all(origin[k] < origin[k + 1] for k in range(len(origin) - 1))
    if spans is None:
        step = max(1, len(normalised) // 200)
        spans = [(s, min(len(normalised), s + w)) for s in range(0, len(normalised), step) for w in (1, 7, 40)]
    for start, end in spans:
        o_start, o_end = offsets.to_original(start, end)
        assert fold(original[o_start:o_end]) == fold(normalised[start:end]), (start, end)
        if end > start:  # the original span is tight: it starts and ends on the span's own characters
            assert fold(original[o_start]) == fold(normalised[start])
            assert fold(original[o_end - 1]) == fold(normalised[end - 1])


# --------------------------------------------------------------------------- line breaks


def test_layout_line_breaks_inside_a_sentence_are_joined():
    page = (
        "新渝报讯（记者 余佳）9月12日，大足区人大常委会\n"
        "主任王志主持召开区三届人大常委会第五十五次主任\n"
        "会议，听取区政府有关工作报告，研究相关工作方案。\n"
        "\n"
        "大足区人大常委会副主任肖朝华、周虹、黄克成、曾\n"
        "纪红出席会议。区政府副区长杨爱民列席会议。\n"
    )
    assert norm(page) == (
        "新渝报讯（记者 余佳）9月12日，大足区人大常委会主任王志主持召开区三届人大常委会第五十五次主任"
        "会议，听取区政府有关工作报告，研究相关工作方案。\n\n"
        "大足区人大常委会副主任肖朝华、周虹、黄克成、曾纪红出席会议。区政府副区长杨爱民列席会议。"
    )


def test_headline_lines_are_not_glued_onto_a_body_paragraph():
    page = (
        "会议还研究了大足区三届人大常委会第三十次会\n"
        "议等有关事宜。\n"
        "\n"
        "大足区三届人大常委会\n"
        "主任会议召开\n"
        "\n"
        "新渝报讯（记者 余佳）为贯彻落实市委人大工作会\n"
        "议精神，9月12日，大足区人大常委会党组书记、主任王志\n"
    )
    lines = norm(page).split("\n")
    assert lines == [
        "会议还研究了大足区三届人大常委会第三十次会议等有关事宜。",
        "",
        "大足区三届人大常委会",
        "主任会议召开",
        "",
        "新渝报讯（记者 余佳）为贯彻落实市委人大工作会议精神，9月12日，大足区人大常委会党组书记、主任王志",
    ]


def test_a_sentence_final_line_is_a_real_break_even_inside_a_block():
    page = "福感和获得感。\n新渝报讯（记者 余佳）9月12日，大足区人大常委会\n主任王志主持召开会议。\n"
    assert norm(page).split("\n") == [
        "福感和获得感。",
        "新渝报讯（记者 余佳）9月12日，大足区人大常委会主任王志主持召开会议。",
    ]


def test_blank_lines_stay_paragraph_breaks_and_runs_of_them_collapse():
    assert norm("\n\n第一段。\n\n\n\n第二段。\n\n") == "第一段。\n\n第二段。"


def test_a_latin_word_wrapped_across_lines_keeps_its_space():
    page = "来自俄罗斯的游客BOGDANOV\nVIKTOR选购了一只近3000元的手袋并且表\n示很满意。\n"
    assert norm(page) == "来自俄罗斯的游客BOGDANOV VIKTOR选购了一只近3000元的手袋并且表示很满意。"


def test_windows_line_endings_are_handled_like_unix_ones():
    unix = "大足区人大常委会副主任肖朝华、周虹、黄克成、曾\n纪红出席会议。\n\n第二段。"
    assert norm(unix.replace("\n", "\r\n")) == norm(unix)
    assert_maps_back(unix.replace("\n", "\r\n"))


# --------------------------------------------------------------------------- spaces


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("9 月 15 日，蓝天白云下的大足昌州古城。", "9月15日，蓝天白云下的大足昌州古城。"),
        ("由大足 区政府主办，川渝两地承办。", "由大足区政府主办，川渝两地承办。"),
        ("从1980年开始，迄今 45载，中国个体经济经历过挑战。", "从1980年开始，迄今45载，中国个体经济经历过挑战。"),
        ("力 争到2025年全市新能源汽车产 量达到100万辆。", "力争到2025年全市新能源汽车产量达到100万辆。"),
        ("首席记者 刘 侃", "首席记者 刘侃"),
    ],
)
def test_spaces_that_layout_put_inside_words_names_and_dates_are_removed(raw, clean):
    assert norm(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "星光68广场是试点商店。来自俄罗斯的BOGDANOV VIKTOR选购了手袋。",
        "新渝报讯（记者 崔晓玲 晏曼玮）2月20日，大足区人大常委会召开座谈会。",
        "新渝报讯（记者 熊敏秀 见习记者 赵元元）为切实做好民生实事项目。",
        "弘扬抗战精神 激励新兵奋进",
        "□ 重庆日报记者 周雨 夏元",
        "新渝报记者 黄舒 摄",
        "大足区副区长杨桦等出席活动。新渝报见习记者 熊敏秀",
    ],
)
def test_real_spaces_between_latin_words_byline_names_and_headline_parts_stay(text):
    kept = [m.group() for m in re.finditer(r"\S+ \S+", text.replace("□ ", "□"))]
    out = norm(text)
    for pair in kept:
        assert pair in out, (pair, out)


def test_a_markdown_heading_keeps_its_marker_space():
    assert norm("### 李克强同志遗体在京火化") == "### 李克强同志遗体在京火化"


# --------------------------------------------------------------------------- punctuation


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("近日,由区政府主办(两地承办):大赛举行;好!对吗?", "近日，由区政府主办（两地承办）：大赛举行；好！对吗？"),
        ("公元管道(重庆)有限公司", "公元管道（重庆）有限公司"),
        ("(1)两部门累计下达120亿元", "（1）两部门累计下达120亿元"),
        ("新渝报讯(记者 熊敏秀)为切实做好", "新渝报讯（记者 熊敏秀）为切实做好"),
        ('走进大足，开展"同心筑双城 喜迎二十大"巴蜀行', "走进大足，开展“同心筑双城喜迎二十大”巴蜀行"),
        ("举办\"'信用融资'进园区\"活动", "举办“‘信用融资’进园区”活动"),
        ("全市ＧＤＰ增长５．２％，", "全市GDP增长5．2%，"),
    ],
)
def test_half_width_punctuation_in_chinese_text_becomes_full_width(raw, clean):
    assert norm(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "[查看原文](https://tv.cctv.com/2023/11/02/VIDEq15o1d8mn70prAoRBsXP231102.shtml)",
        "成交额3,000亿元，21:00播出。",
        "Hello, world! (test) ok?",
        "Xi's visit, 'quoted'",
    ],
)
def test_punctuation_outside_chinese_text_is_left_alone(text):
    assert norm(text) == text


# --------------------------------------------------------------------------- offsets


def test_offsets_of_a_name_split_across_a_line_break_map_back_to_the_original():
    original = "大足区人大常委会副主任肖朝华、周虹、黄克成、曾\n纪红出席会议。"
    normalised, offsets = normalise(original)
    start = normalised.index("曾纪红")
    o_start, o_end = offsets.to_original(start, start + 3)
    assert original[o_start:o_end] == "曾\n纪红"


def test_offsets_of_a_name_with_a_layout_space_map_back_to_the_original():
    original = "首席记者 刘 侃"
    normalised, offsets = normalise(original)
    start = normalised.index("刘侃")
    assert original[slice(*offsets.to_original(start, start + 2))] == "刘 侃"


def test_offsets_of_converted_punctuation_point_at_the_ascii_original():
    original = "近日,由大足区政府主办"
    normalised, offsets = normalise(original)
    k = normalised.index("，")
    assert offsets.to_original(k, k + 1) == (2, 3) and original[2] == ","


def test_clean_text_maps_onto_itself():
    text = "央视网消息（新闻联播）：政协第十四届全国委员会常务委员会第四次会议2日上午在京闭幕。"
    normalised, offsets = normalise(text)
    assert normalised == text
    assert list(offsets.origin) == list(range(len(text) + 1))


def test_an_empty_span_maps_to_an_empty_original_span():
    normalised, offsets = normalise("第一段。\n\n第二段。")
    o_start, o_end = offsets.to_original(3, 3)
    assert o_start == o_end


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) + sorted(CCTV.glob("*.md")), ids=lambda p: p.name)
def test_every_span_of_the_bundled_pages_maps_back_to_its_original_text(path):
    assert_maps_back(path.read_text(encoding="utf-8"))


FRAGMENTS = [
    "大足区", "人大常委会", "主任", "王志", "刘", "侃", "9", "月", "15", "日", "2025", "年",
    "，", "。", "、", "！", "？", "“", "”", "（", "）", "《", "》", "——",
    ",", ".", ":", ";", "!", "?", "(", ")", '"', "'", "%", "-", "/", "*", "**", "#", "### ", "□",
    " ", "  ", "\u3000", "\xa0", "\t", "\u200b", "\ufeff", "\n", "\n", "\n\n", "\r\n", "\r",
    "BOGDANOV", "VIKTOR", "AI", "Ｇ", "５", "％",
    "新渝报讯", "（上接1版）", "（记者 余佳）", "记者", "[查看原文](https://a.b/c)", "<!--x-->",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=60).map("".join), st.data())
def test_any_span_of_any_text_maps_back_to_the_original(original, data):
    normalised, _ = normalise(original)
    spans = [(0, len(normalised))]
    if normalised:
        for _ in range(8):
            start = data.draw(st.integers(0, len(normalised) - 1))
            end = data.draw(st.integers(start, len(normalised)))
            spans.append((start, end))
    assert_maps_back(original, spans)


def test_a_5_mb_single_line_is_normalised():
    line = "大足区人大常委会主任王志出席会议, 听取 AI 报告(2025)。 9 月 15 日 " * 80_000
    normalised, offsets = normalise(line)
    assert len(normalised) == len(offsets) > 2_500_000
    assert "，" in normalised and "9月15日" in normalised and " AI " not in normalised
    end = len(normalised)
    assert fold(line[slice(*offsets.to_original(end - 30, end))]) == fold(normalised[-30:])


def test_the_spaces_of_a_long_list_of_names_stay_between_the_names():
    names = ["王明", "吴海峰", "张又侠", "周明远", "郑晓东", "陈立国", "格桑江村", "李华", "赵刚", "孙立平", "钱明"] * 3
    text, _ = normalise("名单如下：\n\n" + "\u3000".join(names) + "\n")
    assert "王明 吴海峰 张又侠" in text and "格桑江村 李华" in text
