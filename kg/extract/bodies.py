"""Bodies (organisations) by grammar: an anchor, a stem and a suffix, cut where the name starts and ends.

Kept apart from person recognition (:mod:`kg.extract.recognise`) because the two change for different
reasons: the body grammar follows the gold guidelines on what counts as a body (a government, Party or
mass organisation, a department, a company, a school, a hospital, an association), while the person
rules follow how officials are introduced.  Everything here is a pure function from text to spans.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.lexicon import HAN, Lexicon, alternation, place_ending_at


class BodyPatterns(NamedTuple):
    """The body grammar of one lexicon, compiled once."""

    at_end: re.Pattern[str]  # the anchored body that ends a string
    any: re.Pattern[str]  # any body, anchored or named by a strong suffix
    anchored: re.Pattern[str]
    named: re.Pattern[str]  # a name of its own before a suffix that names bodies by itself (长江大学)
    named_suffix_end: re.Pattern[str]  # that suffix, ending the string (学校 of 这些学校)
    conjoined: re.Pattern[str]  # an owner and a conjunction before the body (区和大医院)
    ends: re.Pattern[str]  # any word a body name ends with: runs of text without one hold no body


def _body_patterns(lex: Lexicon) -> BodyPatterns:
    place = lex.place_re.pattern
    # Name characters; a bracket holds a short name of its own ("公元管道(重庆)有限公司"), never a date
    # ("国家卫生健康委今天(1月31日)通报"), and no body name has Arabic digits.
    not_core = "的了在对为是将把被从向以并也还都要让给说由召兼愿祝请"
    # "秘鲁出席亚太经合组织", "全国县医院达到二级医院": a body name holds no verb of its sentence
    verbs = "出席|参加|举行|召开|会见|访问|主持|表示|指出|发布|签署|达到|成为|获得|实现|推进|推动"
    core = f"(?:[（(][{HAN}]{{1,8}}[）)]|(?![{not_core}]|{verbs})[{HAN}A-Za-z·])"
    link = r"(?!和|与|及|同|会同|联合|等)"  # "X局和Y局" are two bodies: a link of a chain never starts with 和
    anchor = f"(?:{place}|{lex.body_anchor_re}|[区市县省镇])"
    suffix = f"(?:{lex.body_suffix_re}|{lex.body_short_suffix_re})"
    standalone = "|".join(re.escape(b) for b in sorted(lex.standalone_bodies, key=len, reverse=True))
    anchored = f"(?:(?:{standalone})|{anchor}+{core}{{0,14}}?{suffix})(?:{link}{core}{{0,12}}?{suffix})*"
    strong = f"{core}{{1,14}}?(?:{lex.body_suffix_re})(?:{link}{core}{{0,12}}?{suffix})*"
    body = f"(?:{anchored}|{strong})"
    named = f"{core}{{1,14}}?(?:{lex.body_named_suffix_re})"
    conjoined = f"(?:{place}|{lex.body_anchor_re}|[区市县省])+[和与及]"
    ends = alternation(lex.standalone_bodies)
    return BodyPatterns(
        at_end=re.compile(f"(?:{anchored})$"),
        any=re.compile(body),
        anchored=re.compile(anchored),
        named=re.compile(named),
        named_suffix_end=re.compile(f"(?:{lex.body_named_suffix_re})$"),
        conjoined=re.compile(conjoined),
        ends=re.compile("|".join(p for p in (lex.body_suffix_re, lex.body_short_suffix_re, ends) if p)),
    )


_BODY_CACHE: dict[int, BodyPatterns] = {}


def body_patterns(lex: Lexicon) -> BodyPatterns:
    key = id(lex)
    if key not in _BODY_CACHE:
        _BODY_CACHE[key] = _body_patterns(lex)
    return _BODY_CACHE[key]


LEVEL_CHARS = frozenset("省市县区州旗镇乡")


def _owned_start(text: str, s: int, e: int, lex: Lexicon) -> int | None:
    """Where the body in text[s:e] starts when it says whose it is, or None when it never does.

    A body begins with its anchor (a place, a level prefix, 中共/全国/国家…) or with a name of its own
    before a suffix that names bodies by themselves (大学, 医院, 有限公司).  Words the pattern ran into
    from the left ("出席县政协", "有中央纪委", "2104名全国政协") are cut at the first anchored start;
    an office with no owner at all ("新时代政协", "地方政府", "你们公司") is no body.
    """
    patterns = body_patterns(lex)
    if (conj := patterns.conjoined.match(text, s, e)) and e - conj.end() >= 2:
        s = conj.end()  # "依安县与北大荒集团": the body is what follows the conjunction
    if patterns.anchored.fullmatch(text, s, e):
        return s
    inner = next((k for k in range(s + 1, e - 1) if patterns.anchored.fullmatch(text, k, e)), None)
    if inner is None:
        m = patterns.named.match(text, s, e)
        suffix = patterns.named_suffix_end.search(text, s, m.end()) if m else None
        if suffix is None or lex.body_generic_re.fullmatch(text, s, suffix.start()):
            return None  # "这些学校", "各地医院", "寄宿学校": bodies described, none named
        return s
    if patterns.any.fullmatch(text, s, inner):
        return s  # "太极集团|重庆中药二厂": a parent body before it
    return _place_before(text, inner, s)  # "临澧县人民医院": 临澧县 is known to the segmenter's dictionary


def body_ending_at(text: str, end: int, lex: Lexicon, *, floor: int = 0) -> int | None:
    """Start of the longest anchored body name that ends exactly at ``end`` (or None)."""
    at_end = body_patterns(lex).at_end
    lo = max(floor, end - 40)
    m = at_end.search(text[lo:end])  # the leftmost start that reaches ``end``: the longest body
    return _place_before(text, lo + m.start(), lo) if m else None


def country_ending_at(text: str, end: int, lex: Lexicon) -> str | None:
    for length in range(min(12, end), 0, -1):
        cand = text[end - length : end]
        if length >= 2 and lex.places.get(cand, ("",))[0] == "country":
            return cand
        if length == 1 and cand in lex.country_abbrev:
            return lex.country_abbrev[cand]
    return None


BODY_CHAR_RUN_RE = re.compile(f"[{HAN}A-Za-z0-9（）()·]+")


def find_bodies(masked: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Bodies in text whose persons and titles are masked (so no body runs through them).

    A body is made of name characters only, so the text is read run by run, and the body
    grammar (a costly pattern) is tried only on runs that contain a word a body can end with.
    """
    patterns = body_patterns(lex)
    body_re, ends = patterns.any, patterns.ends
    out = []
    for run in BODY_CHAR_RUN_RE.finditer(masked):
        r_start, r_end = run.span()
        if r_end - r_start >= 2 and ends.search(masked, r_start, r_end):
            out.extend(_bodies_in(masked, r_start, r_end, body_re, lex))
    return out


def _bodies_in(masked: str, r_start: int, r_end: int, body_re: re.Pattern[str], lex: Lexicon) -> list[tuple[int, int]]:
    out = []
    for m in body_re.finditer(masked, r_start, r_end):
        s, e = m.span()
        while e - s >= 2 and _false_body_end(masked, e, lex):
            # "澳门特区政府举办": back off to the longest body that does not end inside a word
            e = next((e2 for e2 in range(e - 1, s + 1, -1) if body_re.fullmatch(masked, s, e2)), s)
        if e - s >= 2:
            start = _owned_start(masked, _trim_lead(masked, s, e, lex), e, lex)
            if start is not None:
                out.append((_place_before(masked, start, r_start), e))
    return out


def _place_before(text: str, start: int, floor: int) -> int:
    """Where a body that opens with a bare level really starts: "衡东|县委" → 衡东县委 when the segmenter's
    dictionary knows 衡东县 (a county the places table does not list)."""
    if text[start] not in LEVEL_CHARS:
        return start
    found = place_ending_at(text, start, floor)
    return start if found is None else found


BODY_LEAD_RE = re.compile(
    r"(?:我们|他们|她们|我谨代表|谨代表|代表|感谢|加强|进一步|推动|促进|实现|发挥|充分发挥|积极|依托|依靠|"
    r"目前|当地|首批|由于|通过|联合|协助|支持|配合|指导|督促|要求|希望|邀请|会同|和|与|及|同|"
    r"他们|他|她|一行|先后|分别|随后|来到|走进|走访|前往|深入|到|赴|参观|考察|调研|视察|看望|慰问|观摩|察看|位于)+"
)


def _trim_lead(text: str, s: int, e: int, lex: Lexicon) -> int:
    """Where a body really starts: "感谢中国政府" → 中国政府, "进一步加强中央纪委常委会" → 中央纪委常委会.

    A verb or adverb the body pattern ran into from the left is dropped when a body still follows.
    """
    m = BODY_LEAD_RE.match(text, s, e)
    if m and body_patterns(lex).anchored.fullmatch(text, s, e):
        return s  # 联合国安理会 begins with 联合 and is a body all the same
    if m and e - m.end() >= 2:
        return m.end()
    return s


def _false_body_end(text: str, end: int, lex: Lexicon) -> bool:
    """ "中国举办", "美国媒体报(道)": a suffix character that belongs to a verb or a longer word."""
    return bool(lex.false_body_end_re.search(text, max(0, end - 4), end) or lex.false_body_word_re.match(text, end - 1))
