"""Identity across documents: one node per body, person and real meeting."""

from __future__ import annotations

import re

import pytest
from sample_facts import (
    april_director_meeting,
    cctv_cppcc_closing,
    director_meeting,
    disabled_federation_meeting,
    namesake_in_yuzhong,
    party_group_meeting,
    sample_batch,
    second_report_of_director_meeting,
)

from kg.graph.resolve import (
    _rows,
    cn_number,
    date_kind,
    default_aliases,
    default_jurisdictions,
    event_dates,
    event_identity,
    normalise_text,
    resolve,
)
from kg.model import ArticleFacts, Event, Participation, Position

EXAMPLE = re.compile(r"^(?:\[(?P<region>[^\]]+)\]\s*)?(?P<input>.+?)\s*=>\s*(?P<output>.+)$")


def examples(resource: str) -> list[tuple[str, dict[str, str]]]:
    return [(row["example"], row) for row in _rows(resource) if row.get("example")]


@pytest.mark.parametrize(("example", "row"), examples("body_aliases.tsv"))
def test_every_example_of_the_alias_table_holds(example: str, row: dict[str, str]) -> None:
    match = EXAMPLE.match(example)
    assert match, f"malformed example: {example}"
    assert default_aliases().canonical(match["input"], match["region"]) == match["output"]


@pytest.mark.parametrize(("example", "row"), examples("jurisdictions.tsv"))
def test_every_example_of_the_jurisdiction_table_holds(example: str, row: dict[str, str]) -> None:
    match = EXAMPLE.match(example)
    assert match, f"malformed example: {example}"
    places, text, expected = default_jurisdictions(), match["input"], match["output"]
    if row["kind"] == "national-region":
        got = "national" if places.is_national_region(text) else "none"
    elif row["kind"] == "national-title":
        got = "national" if places.is_national_title(text) else "none"
    elif row["kind"] == "level":
        got = str(places.level(text))
    else:
        scope = places.scope_of_body(text)
        got = "national" if scope == "中国" else (scope or "none")
    assert got == expected


@pytest.mark.parametrize(
    ("spellings", "region"),
    [
        (["大足区人大常委会", "区人大常委会", "大足区人民代表大会常务委员会", "重庆市大足区人大常委会"], "大足区"),
        (["大足区政府", "区政府", "大足区人民政府", "重庆市大足区人民政府"], "大足区"),
        (["重庆市发展改革委", "重庆市发改委", "重庆市发展和改革委员会", "市发改委"], "重庆市"),
        (["重庆市经济信息委", "重庆市经信委", "重庆市经济和信息化委员会"], "重庆市"),
        (["大足区残联", "大足区残疾人联合会", "区残联"], "大足区"),
        (["大足区政协", "中国人民政治协商会议重庆市大足区委员会", "政协重庆市大足区委员会", "区政协"], "大足区"),
        (["渝中区妇联", "渝中区妇女联合会", "区妇联"], "渝中区"),
        (["共青团大足区委", "团区委", "中国共产主义青年团重庆市大足区委员会"], "大足区"),
        (["大足区委", "中共大足区委", "中国共产党重庆市大足区委员会", "区委"], "大足区"),
        (["全国政协", "中国人民政治协商会议全国委员会"], "中国"),
        (["中央外办", "中央外事工作委员会办公室", "中共中央外事工作委员会办公室"], "中国"),
        (["国务院港澳办", "国务院港澳事务办公室"], "中国"),
        (["公元管道(重庆)有限公司", "公元管道（重庆）有限公司", "公元管道 (重庆) 有限公司"], "大足区"),
    ],
)
def test_every_spelling_of_a_body_gets_one_canonical_name(spellings: list[str], region: str) -> None:
    names = {default_aliases().canonical(name, region) for name in spellings}
    assert len(names) == 1, names


def test_bodies_keep_their_region() -> None:
    aliases = default_aliases()
    assert aliases.canonical("区政府", "大足区") != aliases.canonical("区政府", "渝中区")
    assert aliases.canonical("区政府", None) == "区政府"  # no region: nothing to expand with
    assert aliases.canonical("市场监管总局", "重庆市") == "市场监管总局"  # 市场 is not a 市 prefix
    assert aliases.canonical("市委", "大足区") == "市委"  # a 区 paper's 市 is the extraction's to expand


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("第五十五次", 55),
        ("三届", 3),
        ("第16次", 16),
        ("第十四届", 14),
        ("十", 10),
        ("第一百二十次", 120),
        ("二〇二五年", 2025),
        ("第１４０次", 140),
        ("", None),
        ("扩大", None),
    ],
)
def test_ordinals_and_terms_are_read_as_numbers(text: str, number: int | None) -> None:
    assert cn_number(text) == number


def test_dates_are_checked_and_ranges_split() -> None:
    assert date_kind("2025-09-12") == "date"
    assert date_kind("--09-12") == "gMonthDay"
    assert date_kind("--02-29") == "gMonthDay"
    assert date_kind("2025-02-30") is None
    assert date_kind("9月12日") is None
    assert event_dates(Event("k", "n", "inspection", date="2025-09-09/2025-09-11")) == ("2025-09-09", "2025-09-11")
    assert event_dates(Event("k", "n", "meeting", date="2025-09-09", end_date="2025-13-01")) == ("2025-09-09", None)


def test_names_lose_layout_spaces_but_keep_latin_word_breaks() -> None:
    assert normalise_text("刘 侃") == "刘侃"
    assert normalise_text("BOGDANOV  VIKTOR") == "BOGDANOV VIKTOR"
    assert normalise_text("马伊•凯拉") == normalise_text("马伊·凯拉")


# --- events ------------------------------------------------------------------------------------


def test_two_reports_of_one_meeting_share_a_key() -> None:
    first, second = director_meeting(), second_report_of_director_meeting()
    assert event_identity(first.events[0], first) == event_identity(second.events[0], second)


def test_same_day_same_chair_different_meetings_stay_apart() -> None:
    director, party = director_meeting(), party_group_meeting()
    assert event_identity(director.events[0], director) != event_identity(party.events[0], party)


def test_reports_that_cannot_tell_the_year_are_not_merged() -> None:
    first, second = director_meeting(), second_report_of_director_meeting()
    first.events[0].date = "--09-12"
    assert event_identity(first.events[0], first) != event_identity(second.events[0], second)


def test_the_next_meeting_of_the_series_is_another_event() -> None:
    september, april = director_meeting(), april_director_meeting()
    assert event_identity(september.events[0], september) != event_identity(april.events[0], april)


def test_undated_events_without_organiser_stay_in_their_article() -> None:
    one = ArticleFacts("a.txt", "a.txt#1", region="大足区", events=[Event("e", "座谈会", "meeting")])
    two = ArticleFacts("b.txt", "b.txt#1", region="大足区", events=[Event("e", "座谈会", "meeting")])
    assert event_identity(one.events[0], one) != event_identity(two.events[0], two)
    dated = [
        ArticleFacts(f"{x}.txt", f"{x}.txt#1", region="大足区", events=[Event("e", "座谈会", "meeting", "2025-09-12")])
        for x in "ab"
    ]
    assert event_identity(dated[0].events[0], dated[0]) == event_identity(dated[1].events[0], dated[1])


def test_a_merged_event_takes_the_majority_attributes_and_prefers_a_full_date() -> None:
    first, second = director_meeting(), second_report_of_director_meeting()
    first.events[0].date = "--09-12"  # this report gives only month and day ...
    first.pub_date = "2025-09-13"  # ... but its paper is dated, which gives the year
    res = resolve([first, second])
    node = res.event(first, 0)
    assert node is res.event(second, 0)
    assert node.date == "2025-09-12"
    assert node.ordinal == 55
    assert node.term == 3


# --- persons -----------------------------------------------------------------------------------


def test_the_same_official_in_two_articles_of_one_district_is_one_person() -> None:
    september, april = director_meeting(), april_director_meeting()
    res = resolve([september, april])
    assert res.person(september, "王志") is res.person(april, "王志")
    assert res.person(september, "王志").region == "大足区"


def test_namesakes_in_different_districts_are_two_persons() -> None:
    daju, yuzhong = director_meeting(), namesake_in_yuzhong()
    res = resolve([daju, yuzhong])
    assert res.person(daju, "王志").key != res.person(yuzhong, "王志").key
    assert res.person(yuzhong, "王志").region == "渝中区"


def test_a_national_figure_named_in_a_district_paper_is_the_one_on_national_news() -> None:
    district, national = party_group_meeting(), cctv_cppcc_closing()
    res = resolve([district, national])
    assert res.person(district, "习近平") is res.person(national, "习近平")
    assert res.person(district, "习近平").region == "中国"
    assert res.person(national, "王沪宁").region == "中国"


def test_a_city_leader_merges_across_papers_through_the_post_they_hold() -> None:
    district = ArticleFacts("d.txt", "d.txt#1", region="大足区", positions=[Position("袁家军", "书记", "重庆市委")])
    national = ArticleFacts(
        "n.md",
        "n.md#1",
        region="中国",
        positions=[Position("袁家军", "政治局委员", "中共中央"), Position("袁家军", "书记", "中共重庆市委")],
    )
    res = resolve([district, national])
    assert res.person(district, "袁家军") is res.person(national, "袁家军")
    assert res.person(national, "袁家军").region == "中国"
    alone = resolve([district])
    assert alone.person(district, "袁家军").region == "重庆市"


def test_persons_without_posts_take_the_article_region() -> None:
    article = ArticleFacts("x.txt", "x.txt#1", region="大足区", persons=[])
    article.events.append(Event("e", "活动", "activity", participants=[]))
    res = resolve([disabled_federation_meeting(), article])
    assert res.person(disabled_federation_meeting(), "钱虎").region == "大足区"


def test_repeated_articles_are_read_once() -> None:
    res = resolve([director_meeting(), director_meeting(), party_group_meeting()])
    assert [a.article_id for a in res.articles] == [director_meeting().article_id, party_group_meeting().article_id]


def test_resolution_is_deterministic_and_independent_of_input_order() -> None:
    batch = sample_batch()
    forward, backward = resolve(batch), resolve(list(reversed(sample_batch())))
    assert {k: v.key for k, v in forward.persons.items()} == {k: v.key for k, v in backward.persons.items()}
    assert {k: v.key for k, v in forward.events.items()} == {k: v.key for k, v in backward.events.items()}
    assert {k: (v.label, v.date) for k, v in forward.events.items()} == {
        k: (v.label, v.date) for k, v in backward.events.items()
    }
    assert set(forward.bodies) == set(backward.bodies)


def test_post_holdings_are_attested_by_document_dates() -> None:
    september, april, other = director_meeting(), april_director_meeting(), second_report_of_director_meeting()
    res = resolve([september, april, other])
    chair = res.person(september, "王志").key
    span = res.holding_spans[(chair, "主任", "大足区人大常委会")]
    # 002 was published 2025-04-17; 000 has no publication date, so its latest event (2025-09-12) dates it;
    # the second report was published 2025-09-13.
    assert (span.first, span.last) == ("2025-04-17", "2025-09-13")


def test_unknown_roles_are_reported_not_written() -> None:
    article = director_meeting()
    article.events[0].participants[0].role = "host"
    res = resolve([article])
    assert any("unknown role 'host'" in w for w in res.warnings)


def test_national_news_places_provincial_leaders_in_the_country_with_or_without_their_post() -> None:
    with_post = ArticleFacts(
        "20230105.md", "20230105.md#3", region="中国", positions=[Position("易炼红", "书记", "江西省委")]
    )
    without = ArticleFacts(
        "20230301.md",
        "20230301.md#7",
        region="中国",
        events=[Event("e", "座谈会", "meeting", "2023-03-01", participants=[Participation("易炼红", "attendee")])],
    )
    res = resolve([with_post, without])
    assert res.person(with_post, "易炼红") is res.person(without, "易炼红")
    assert res.person(without, "易炼红").region == "中国"


SESSION = "第十四届全国人民代表大会第一次会议"


def test_a_congress_reported_on_each_day_it_sits_is_one_session() -> None:
    days = [
        ArticleFacts(
            f"{day}.md",
            f"{day}.md#1",
            pub_date=f"2023-03-{day}",
            events=[Event("e", SESSION, "meeting", f"2023-03-{day}", ordinal="一", term="十四")],
        )
        for day in ("05", "06", "13")
    ]
    res = resolve(days)
    assert len({res.event(a, 0).key for a in days}) == 1
    assert res.event(days[0], 0).date == "2023-03-05"


def test_a_summit_told_over_its_days_is_one_event_and_a_weekly_meeting_is_not() -> None:
    def report(doc: str, name: str, date: str, end: str | None = None) -> ArticleFacts:
        return ArticleFacts(doc, f"{doc}#1", events=[Event("e", name, "meeting", date, end)])

    summit = [
        report("a.md", "中国—中亚峰会", "2023-05-18", "2023-05-19"),
        report("b.md", "中国—中亚峰会", "2023-05-19"),
    ]
    res = resolve(summit)
    assert res.event(summit[0], 0) is res.event(summit[1], 0)
    weekly = [report("c.md", "国务院常务会议", "2023-07-14"), report("d.md", "国务院常务会议", "2023-07-21")]
    res = resolve(weekly)
    assert res.event(weekly[0], 0) is not res.event(weekly[1], 0)


def test_an_announced_plenary_later_reported_as_held_is_one_held_event() -> None:
    announced = ArticleFacts(
        "a.md", "a.md#1", pub_date="2024-04-30",
        events=[Event("e", "二十届三中全会", "meeting", None, ordinal="三", term="二十", status="announced")],
    )
    held = ArticleFacts(
        "b.md", "b.md#1", pub_date="2024-07-18",
        events=[Event("e", "二十届三中全会", "meeting", "2024-07-15", "2024-07-18", ordinal="三", term="二十")],
    )
    res = resolve([announced, held])
    assert res.event(announced, 0) is res.event(held, 0)
    assert res.event(held, 0).status == "held"
    alone = resolve([announced])
    assert alone.event(announced, 0).status == "announced"
