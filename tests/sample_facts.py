"""Extracted facts as the pipeline reports them, written by hand from the bundled pages.

They let the graph tests state exact expectations independently of extraction
quality: every mention points at the real span of the real source text (layout
line breaks included), so offsets, anchors and evidence can be checked against
the file. The few articles marked "constructed" are short texts of our own, the
kind another paper would print, used where the sample has no second report.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kg.model import ArticleFacts, Body, Event, Mention, Participation, Person, Position

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "kg" / "sample" / "seeds"
PAGE_000 = "000_e0082f67350fa89f.txt"
PAGE_002 = "002_c4be613942b79a9f.txt"
CCTV_DAY = "20231102.md"


@cache
def source_text(doc_id: str) -> str:
    if doc_id in CONSTRUCTED:
        return CONSTRUCTED[doc_id]
    folder = ROOT / "tests" / "data" / "cctv" if doc_id.endswith(".md") else SEEDS
    return (folder / doc_id).read_text(encoding="utf-8")


CONSTRUCTED = {
    # Another paper's report of the 12 September 主任会议 (same meeting, other wording, full date).
    "constructed-chongqing-daily.txt": (
        "本报讯 2025年9月12日，大足区人大常委会主任王志主持召开大足区人民代表大会常务委员会第五十五次主任会议。"
        "区政府副区长杨爱民列席会议。"
    ),
    # A namesake in another district.
    "constructed-yuzhong.txt": "本报讯 10月24日，渝中区人大常委会主任王志主持召开渝中区人大常委会第三十次主任会议。",
}


def span(doc_id: str, needle: str, nth: int = 0, within: str | None = None) -> Mention:
    """The ``nth`` occurrence of ``needle`` in the source, allowing layout breaks between characters.

    ``within`` narrows the search to the sentence that contains it (also returned as evidence).
    """
    text = source_text(doc_id)
    pattern = r"\s*".join(re.escape(ch) for ch in needle)
    offset = 0
    sentence = needle
    if within is not None:
        outer = list(re.finditer(r"\s*".join(re.escape(ch) for ch in within), text))[0]
        offset, sentence = outer.start(), re.sub(r"\s+", "", outer.group(0))
        text = outer.group(0)
    match = list(re.finditer(pattern, text))[nth]
    start, end = offset + match.start(), offset + match.end()
    return Mention(doc_id, start, end, source_text(doc_id)[start:end], sentence)


DIRECTOR_MEETING = "9月12日，大足区人大常委会主任王志主持召开区三届人大常委会第五十五次主任会议"
DIRECTOR_ATTENDEES = "大足区人大常委会副主任肖朝华、周虹、黄克成、曾纪红出席会议。"
DIRECTOR_NONVOTING = "区政府副区长杨爱民列席会议。"


def director_meeting() -> ArticleFacts:
    """000 page: 大足区三届人大常委会第五十五次主任会议, 12 September 2025."""
    d = PAGE_000

    def m(name: str, sentence: str, nth: int = 0) -> Mention:
        return span(d, name, nth, within=sentence)

    vice = ["肖朝华", "周虹", "黄克成", "曾纪红"]
    return ArticleFacts(
        doc_id=d,
        article_id=f"{d}#1",
        title="大足区三届人大常委会主任会议召开",
        region="大足区",
        source="新渝报",
        path=f"kg/sample/seeds/{d}",
        persons=[
            Person("王志", [m("王志", DIRECTOR_MEETING)]),
            *(Person(n, [m(n, DIRECTOR_ATTENDEES)]) for n in vice),
            Person("杨爱民", [m("杨爱民", DIRECTOR_NONVOTING)]),
        ],
        bodies=[
            Body("大足区人大常委会", "congress", "大足区人大常委会", [m("大足区人大常委会", DIRECTOR_MEETING)]),
            Body("大足区政府", "government", "区政府", [m("区政府", DIRECTOR_NONVOTING)]),
        ],
        positions=[
            Position("王志", "主任", "大足区人大常委会", m("大足区人大常委会主任王志", DIRECTOR_MEETING)),
            *(Position(n, "副主任", "大足区人大常委会", m(n, DIRECTOR_ATTENDEES)) for n in vice),
            Position("杨爱民", "副区长", "大足区政府", m("区政府副区长杨爱民", DIRECTOR_NONVOTING)),
        ],
        events=[
            Event(
                key=f"{d}#1/e0",
                name="大足区三届人大常委会第五十五次主任会议",
                type="meeting",
                date="2025-09-12",
                organizers=["大足区人大常委会"],
                ordinal="第五十五次",
                term="三届",
                mention=m("区三届人大常委会第五十五次主任会议", DIRECTOR_MEETING),
                participants=[
                    Participation("王志", "chair", "大足区人大常委会主任", None, m("王志", DIRECTOR_MEETING)),
                    Participation("王志", "speaker", None, None, span(d, "王志指出")),
                    *(
                        Participation(n, "attendee", "大足区人大常委会副主任", i, m(n, DIRECTOR_ATTENDEES))
                        for i, n in enumerate(vice, 1)
                    ),
                    Participation("杨爱民", "nonvoting", "区政府副区长", 1, m("杨爱民", DIRECTOR_NONVOTING)),
                ],
            )
        ],
    )


PARTY_GROUP = "9月12日，大足区人大常委会党组书记、主任王志主持召开区人大常委会党组2025年第16次（扩大）会议。"
PARTY_GROUP_ATTENDEES = "大足区人大常委会党组副书记、副主任肖朝华，党组成员、副主任印国建、黄克成、曾纪红出席会议。"


def party_group_meeting() -> ArticleFacts:
    """000 page: the 党组 meeting the same day, same chair, different meeting."""
    d = PAGE_000

    def m(name: str, sentence: str) -> Mention:
        return span(d, name, within=sentence)

    return ArticleFacts(
        doc_id=d,
        article_id=f"{d}#2",
        title="大足区人大常委会党组第16次（扩大）会议召开",
        region="大足区",
        source="新渝报",
        persons=[
            *(
                Person(n, [m(n, PARTY_GROUP_ATTENDEES if n != "王志" else PARTY_GROUP)])
                for n in ("王志", "肖朝华", "印国建", "黄克成", "曾纪红")
            ),
            Person("习近平", [m("习近平", XI_STUDY)]),  # a national figure in a district paper
        ],
        positions=[
            Position("习近平", "总书记", "中共中央", m("习近平总书记", XI_STUDY)),
            Position("王志", "党组书记", "大足区人大常委会", m("党组书记、主任王志", PARTY_GROUP)),
            Position("王志", "主任", "大足区人大常委会", m("党组书记、主任王志", PARTY_GROUP)),
            Position("肖朝华", "副主任", "大足区人大常委会", m("肖朝华", PARTY_GROUP_ATTENDEES)),
            Position("印国建", "副主任", "大足区人大常委会", m("印国建", PARTY_GROUP_ATTENDEES)),
        ],
        events=[
            Event(
                key=f"{d}#2/e0",
                name="大足区人大常委会党组2025年第16次（扩大）会议",
                type="meeting",
                date="2025-09-12",
                organizers=["大足区人大常委会党组"],
                ordinal="第16次",
                mention=m("区人大常委会党组2025年第16次（扩大）会议", PARTY_GROUP),
                participants=[
                    Participation("王志", "chair", "大足区人大常委会党组书记、主任", None, m("王志", PARTY_GROUP)),
                    *(
                        Participation(n, "attendee", None, i, m(n, PARTY_GROUP_ATTENDEES))
                        for i, n in enumerate(("肖朝华", "印国建", "黄克成", "曾纪红"), 1)
                    ),
                ],
            )
        ],
    )


DISABLED = "9月12日，大足区残联召开"
DISABLED_GUEST = "大足区政府副区长钱虎参加。"


def disabled_federation_meeting() -> ArticleFacts:
    """000 page: the 残联 presidium meeting, named with the long form of the body in the event."""
    d = PAGE_000
    return ArticleFacts(
        doc_id=d,
        article_id=f"{d}#7",
        title="大足区残联召开第三届主席团第四次全体会议",
        region="大足区",
        persons=[Person("钱虎", [span(d, "钱虎", within=DISABLED_GUEST)])],
        bodies=[Body("大足区残疾人联合会", "mass_org", "大足区残联", [span(d, "大足区残联", within=DISABLED)])],
        positions=[
            Position("钱虎", "副区长", "大足区人民政府", span(d, "大足区政府副区长钱虎", within=DISABLED_GUEST))
        ],
        events=[
            Event(
                key=f"{d}#7/e0",
                name="大足区残联第三届主席团第四次全体会议",
                type="meeting",
                date="--09-12",
                organizers=["大足区残疾人联合会"],
                ordinal="第四次",
                term="第三届",
                mention=span(d, "大足区残联召开", within=DISABLED),
                participants=[
                    Participation("钱虎", "attendee", "大足区政府副区长", 1, span(d, "钱虎", within=DISABLED_GUEST))
                ],
            )
        ],
    )


XI_STUDY = "会议学习贯彻习近平总书记在金砖国家领导人线"


APRIL_MEETING = "4月16日，大足区人大常委会主任王志主持召开大足区第三届人大常委会第五十一次主任会议。"
APRIL_OTHERS = "大足区人大常委会副主任肖朝华、周虹、贺泽贵、印国建、黄克成出席会议，区政府副区长王大蓉列席会议。"


def april_director_meeting() -> ArticleFacts:
    """002 page: the 第五十一次主任会议 of 16 April 2025, same chair, another page and date."""
    d = PAGE_002

    def m(name: str, sentence: str) -> Mention:
        return span(d, name, within=sentence)

    vice = ["肖朝华", "周虹", "贺泽贵", "印国建", "黄克成"]
    return ArticleFacts(
        doc_id=d,
        article_id=f"{d}#5",
        title="大足区第三届人大常委会第五十一次主任会议召开",
        pub_date="2025-04-17",
        region="大足区",
        source="新渝报",
        persons=[Person("王志", [m("王志", APRIL_MEETING)]), *(Person(n, [m(n, APRIL_OTHERS)]) for n in vice)],
        positions=[
            Position("王志", "主任", "大足区人大常委会", m("大足区人大常委会主任王志", APRIL_MEETING)),
            *(Position(n, "副主任", "大足区人大常委会", m(n, APRIL_OTHERS)) for n in vice),
            Position("王大蓉", "副区长", "大足区政府", m("区政府副区长王大蓉", APRIL_OTHERS)),
        ],
        events=[
            Event(
                key=f"{d}#5/e0",
                name="大足区第三届人大常委会第五十一次主任会议",
                type="meeting",
                date="2025-04-16",
                organizers=["大足区人大常委会"],
                ordinal="第五十一次",
                term="第三届",
                mention=m("大足区第三届人大常委会第五十一次主任会议", APRIL_MEETING),
                participants=[
                    Participation("王志", "chair", "大足区人大常委会主任", None, m("王志", APRIL_MEETING)),
                    *(Participation(n, "attendee", "副主任", i, m(n, APRIL_OTHERS)) for i, n in enumerate(vice, 1)),
                    Participation("王大蓉", "nonvoting", "区政府副区长", 1, m("王大蓉", APRIL_OTHERS)),
                ],
            )
        ],
    )


def second_report_of_director_meeting() -> ArticleFacts:
    """Constructed: another paper reporting the same 主任会议, with the long body name and a full date."""
    d = "constructed-chongqing-daily.txt"
    return ArticleFacts(
        doc_id=d,
        article_id=d,
        title="大足区人大常委会召开第五十五次主任会议",
        pub_date="2025-09-13",
        region="大足区",
        source="重庆日报",
        persons=[Person("王志", [span(d, "王志")]), Person("杨爱民", [span(d, "杨爱民")])],
        bodies=[
            Body(
                "大足区人民代表大会常务委员会",
                "congress",
                "大足区人民代表大会常务委员会",
                [span(d, "大足区人民代表大会常务委员会")],
            )
        ],
        positions=[
            Position("王志", "主任", "大足区人大常委会", span(d, "大足区人大常委会主任王志")),
            Position("杨爱民", "副区长", "区政府", span(d, "区政府副区长杨爱民")),
        ],
        events=[
            Event(
                key=f"{d}/e0",
                name="大足区人民代表大会常务委员会第五十五次主任会议",
                type="meeting",
                date="2025-09-12",
                organizers=["大足区人民代表大会常务委员会"],
                ordinal="第五十五次",
                term=None,
                mention=span(d, "大足区人民代表大会常务委员会第五十五次主任会议"),
                participants=[
                    Participation("王志", "chair", "大足区人大常委会主任", None, span(d, "王志")),
                    Participation("杨爱民", "nonvoting", "区政府副区长", 1, span(d, "杨爱民")),
                ],
            )
        ],
    )


def namesake_in_yuzhong() -> ArticleFacts:
    """Constructed: a 王志 who chairs the 渝中区 congress standing committee: another person."""
    d = "constructed-yuzhong.txt"
    return ArticleFacts(
        doc_id=d,
        article_id=d,
        pub_date="2025-10-25",
        region="渝中区",
        persons=[Person("王志", [span(d, "王志")])],
        positions=[Position("王志", "主任", "渝中区人大常委会", span(d, "渝中区人大常委会主任王志"))],
        events=[
            Event(
                key=f"{d}/e0",
                name="渝中区人大常委会第三十次主任会议",
                type="meeting",
                date="2025-10-24",
                organizers=["渝中区人大常委会"],
                ordinal="第三十次",
                mention=span(d, "渝中区人大常委会第三十次主任会议"),
                participants=[Participation("王志", "chair", "渝中区人大常委会主任", None, span(d, "王志"))],
            )
        ],
    )


CPPCC_CLOSING = "政协第十四届全国委员会常务委员会第四次会议2日上午在京闭幕"
CPPCC_CHAIR = "中共中央政治局常委、全国政协主席王沪宁主持闭幕会并讲话。"


def cctv_cppcc_closing() -> ArticleFacts:
    """新闻联播 2023-11-02: 王沪宁 chairs and addresses the CPPCC standing committee's closing meeting."""
    d = CCTV_DAY

    def m(needle: str, sentence: str, nth: int = 0) -> Mention:
        return span(d, needle, nth, within=sentence)

    xi = "贯彻落实习近平总书记在全国生态环境保护大会上的重要讲话精神"
    return ArticleFacts(
        doc_id=d,
        article_id=f"{d}#2",
        title="全国政协十四届常委会第四次会议闭幕",
        pub_date="2023-11-02",
        region="中国",
        source="新闻联播",
        persons=[
            Person("王沪宁", [m("王沪宁", CPPCC_CHAIR)]),
            Person("习近平", [m("习近平", xi)]),
        ],
        bodies=[Body("全国政协", "cppcc", "全国政协", [m("全国政协", CPPCC_CHAIR)])],
        positions=[
            Position("王沪宁", "政治局常委", "中共中央", m("中共中央政治局常委", CPPCC_CHAIR)),
            Position("王沪宁", "主席", "全国政协", m("全国政协主席王沪宁", CPPCC_CHAIR)),
        ],
        events=[
            Event(
                key=f"{d}#2/e0",
                name="政协第十四届全国委员会常务委员会第四次会议闭幕会",
                type="meeting",
                date="2023-11-02",
                organizers=["中国人民政治协商会议全国委员会"],
                ordinal="第四次",
                term="第十四届",
                location="北京",
                mention=m("政协第十四届全国委员会常务委员会第四次会议", CPPCC_CLOSING),
                participants=[
                    Participation(
                        "王沪宁", "chair", "中共中央政治局常委、全国政协主席", None, m("王沪宁", CPPCC_CHAIR)
                    ),
                    Participation("王沪宁", "speaker", None, None, m("王沪宁", CPPCC_CHAIR)),
                ],
            )
        ],
    )


def sample_batch() -> list[ArticleFacts]:
    """The whole hand-made batch: two districts, two pages, national news, a second report."""
    return [
        director_meeting(),
        party_group_meeting(),
        disabled_federation_meeting(),
        april_director_meeting(),
        second_report_of_director_meeting(),
        namesake_in_yuzhong(),
        cctv_cppcc_closing(),
    ]
