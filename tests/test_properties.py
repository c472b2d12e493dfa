"""Properties of the first three stages on random and adversarial text (hypothesis).

Whatever the input: no exception; every normalised character stands for the original code point its
offset names (the same character, or one of the documented edits: half-width punctuation made
full-width, full-width letters and digits made ASCII, straight quotes curled, a space or line break
kept as a plain one); segmentation never invents a character (each article character is one of the
page, no page character is in two articles) and never loses running text; every error is one
printable line.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.ingest.normalise import _FULLWIDTH_ALNUM, _SPACE_CHARS, _TO_WIDE, normalise, normalise_page
from kg.ingest.read import DecodeError, decode, read_sources
from kg.ingest.segment import CONTINUATION, DATELINE, TEXT, _paragraphs, segment
from kg.model import IngestError, Source

# KG_HYPOTHESIS_EXAMPLES=5000 for a long hunt; the suite's default keeps it to seconds.
SETTINGS = settings(
    max_examples=int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Characters the cleaners treat specially, mixed into ordinary Chinese so that hypothesis tries them
# in every combination: spaces of every width, zero-width characters, line breaks, half- and
# full-width punctuation, quotes, brackets, markdown marks, digits, Latin letters.
SPECIAL = (
    " \t\u3000\u00a0\u200b\ufeff\u2028\r\n\n\n，。！？、；：,.;:!?()（）\"'“”‘’《》【】#*[]|>-—…·"
    "０１９ＡＺａｚ％0123456789ABCxyz"
)
COMMON_HAN = "大足区人大常委会主任王志主持召开会议新渝报讯记者余佳本报讯出席讲话政府副书记市委"
hostile_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(SPECIAL),
        st.sampled_from(COMMON_HAN),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(codec="utf-8"),  # anything at all, surrogates excluded
    ),
    max_size=400,
)
# Lines of a page: short headline-like lines, long running lines, blank lines.
page_lines = st.lists(
    st.one_of(st.just(""), hostile_text, st.text(alphabet=COMMON_HAN + "，。", min_size=20, max_size=120)),
    max_size=30,
).map("\n".join)

_QUOTES = {'"': "“”", "'": "‘’"}


def _allowed(original: str, normalised: str) -> bool:
    """Whether a normalised character may stand for this original one."""
    if original == normalised:
        return True
    if normalised == _TO_WIDE.get(original) or normalised == _FULLWIDTH_ALNUM.get(original):
        return True
    if normalised in _QUOTES.get(original, ""):
        return True
    if normalised == " ":
        return original in _SPACE_CHARS or original in "\r\n"
    return normalised == "\n" and original in "\r\n"


def assert_maps_back(text: str, normalised: str, origin) -> None:
    assert len(origin) == len(normalised) + 1
    for i, char in enumerate(normalised):
        assert 0 <= origin[i] < len(text)
        assert _allowed(text[origin[i]], char), (i, text[origin[i]], char)


@SETTINGS
@given(page_lines)
def test_normalised_text_maps_back_to_the_original_code_points(text):
    normalised, offsets = normalise(text)
    origin = offsets.origin
    assert_maps_back(text, normalised, origin)
    assert all(a < b for a, b in zip(origin[:-1], origin[1:], strict=False))  # in order, none twice


@SETTINGS
@given(page_lines)
@example("00\n\n000\n1\n\n000")  # found by hypothesis: a page-closing headline took the line before it as kicker
def test_segmentation_never_invents_or_loses_running_text(text):
    articles = segment(Source("p.txt", text))
    seen: set[int] = set()
    for article in articles:
        origin = article.offsets.origin
        assert_maps_back(text, article.text, origin)
        positions = set(origin[:-1])
        assert len(positions) == len(article.text) and not positions & seen  # no character twice
        seen |= positions
        if article.text:
            start, end = article.offsets.to_original(0, len(article.text))
            assert 0 <= start < end <= len(text)
    page = normalise_page(text)
    titles = " ".join(a.title for a in articles if a.title)
    for para in _paragraphs(page.text, page.full_line):
        if para.kind in (TEXT, DATELINE, CONTINUATION):
            for a, b in para.body:
                kept = {page.offsets.origin[k] for k in range(a, b) if not page.text[k].isspace()}
                # a short line before a headline is its kicker: it moves into the title
                assert kept <= seen or page.text[a:b] in titles, page.text[a:b]


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".jsonl"]))
def test_any_bytes_in_any_file_give_sources_or_one_line_errors(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for record in read_sources([folder]):
            if isinstance(record, IngestError):
                line = str(record)
                assert "\n" not in line and "\r" not in line
                line.encode("utf-8")
            else:
                record.text.encode("utf-8")  # no lone surrogate reaches the pipeline
                assert record.text.strip()


@SETTINGS
@given(st.text(alphabet=st.one_of(st.sampled_from(COMMON_HAN + "，。\n "), st.characters(codec="utf-8")), max_size=500))
def test_utf8_and_utf16_text_comes_back_exactly_or_is_refused_as_binary(text):
    for encoding in ("utf-8", "utf-16"):
        try:
            decoded, _ = decode(text.encode(encoding))
        except DecodeError as error:
            assert str(error) and "\n" not in str(error)
            continue
        if encoding == "utf-8":
            assert decoded == text.removeprefix("\ufeff")


# JSON strings may also carry lone surrogates ("\ud800" escapes), and numbers any number of digits.
json_text = st.one_of(
    hostile_text,
    st.text(
        alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.sampled_from("正文"),
        min_size=1,
        max_size=5,
    ),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | json_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(hostile_text, children, max_size=4),
    max_leaves=12,
)
records = st.dictionaries(
    st.sampled_from(["id", "text", "date", "title", "source", "url", "region", "extra"]), json_values, max_size=8
)


# Lines no JSON encoder writes but a hostile feed may hold.
raw_lines = st.sampled_from(
    [
        '{"id": "n", "text": "正文", "n": ' + "9" * 5000 + "}",
        '{"id": "deep", "text": "正文", "x": ' + "[" * 50_000 + "]" * 50_000 + "}",
        '{"id": "nul", "text": "正\x00文"}',
        '{"id": "cut", "text": "正',
        "\u2028",
    ]
)


@SETTINGS
@given(st.lists(st.one_of(records.map(json.dumps), json_values.map(json.dumps), raw_lines), min_size=1, max_size=8))
def test_any_json_lines_cost_at_most_their_own_line(lines):
    lines = [line for line in lines if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        results = list(read_sources([str(path)]))
    lost = [r for r in results if isinstance(r, IngestError) and r.lost]
    read = [r for r in results if not isinstance(r, IngestError)]
    assert len(lost) + len(read) == max(1, len(lines))  # one outcome per line, none dropped ("empty file" if none)
    ids = [r.doc_id for r in read]
    assert len(ids) == len(set(ids))  # no two records share an id
    for record in results:
        if isinstance(record, IngestError):
            assert "\n" not in str(record)
            str(record).encode("utf-8")
        else:
            assert record.text.strip()
            json.dumps(
                [record.doc_id, record.text, record.title, record.url, record.region], ensure_ascii=False
            ).encode()
