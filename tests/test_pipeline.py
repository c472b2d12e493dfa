"""A researcher feeds in Chinese government news and gets officials, posts, meetings and roles."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import extract_facts, extract_source, iter_texts
from kg.model import IngestError, Source

DISTRICT_STORY = (
    "本报讯（记者 张三）3月5日，江北区人大常委会主任李明主持召开区十八届人大常委会第十二次主任会议。"
    "区人大常委会副主任王红、赵刚、孙丽出席会议。副区长周强列席会议。"
    "李明指出，要做好代表建议办理工作。"
)


def facts_of(text: str):
    [facts] = list(iter_texts([text]))
    return facts


def roles(event) -> set[tuple[str, str]]:
    return {(p.person, p.role) for p in event.participants}


def test_a_chaired_meeting_with_attendees_and_a_nonvoting_deputy_mayor():
    facts = facts_of(DISTRICT_STORY)
    [meeting] = facts.events
    assert meeting.type == "meeting"
    assert "第十二次主任会议" in meeting.name
    assert meeting.date == "--03-05"  # no year in the text, no publication date
    assert meeting.ordinal == "十二"
    assert roles(meeting) == {
        ("李明", "chair"),
        ("李明", "speaker"),
        ("王红", "attendee"),
        ("赵刚", "attendee"),
        ("孙丽", "attendee"),
        ("周强", "nonvoting"),
    }


def test_a_shared_title_gives_every_listed_person_the_post():
    facts = facts_of(DISTRICT_STORY)
    posts = {(p.person, p.title) for p in facts.positions}
    assert {("王红", "副主任"), ("赵刚", "副主任"), ("孙丽", "副主任"), ("周强", "副区长")} <= posts
    assert ("张三", "记者") in posts


def test_a_title_chain_gives_two_posts_in_two_bodies():
    facts = facts_of("中共中央政治局常委、国务院总理李强4日在北京主持召开国务院常务会议。")
    assert {(p.person, p.title, p.body) for p in facts.positions} == {
        ("李强", "政治局常委", "中共中央"),
        ("李强", "总理", "国务院"),
    }
    [meeting] = facts.events
    assert ("李强", "chair") in roles(meeting)


def test_a_foreign_leader_who_chairs_and_speaks():
    facts = facts_of("俄罗斯总统普京1日在主持召开经济问题会议时说，西方制裁是自我惩罚。")
    assert [p.name for p in facts.persons] == ["普京"]
    [meeting] = facts.events
    assert roles(meeting) == {("普京", "chair"), ("普京", "speaker")}


def test_every_fact_points_back_to_the_exact_original_text(tmp_path):
    page = tmp_path / "page.txt"
    # a layout line break inside a name and a space inside a date, as PDF columns leave them
    page.write_text(
        "新渝报讯（记者 余佳）9月 12日，大足区人大常委会\n主任王志主持召开区三届人大常委会第五十五次主任\n会议。",
        encoding="utf-8",
    )
    original = page.read_text(encoding="utf-8")
    [facts] = [f for f in extract_facts([str(page)]) if not isinstance(f, IngestError) and f.events]
    for person in facts.persons:
        for m in person.mentions:
            assert original[m.start : m.end] == m.text
    chair = next(p for p in facts.events[0].participants if p.role == "chair")
    assert chair.person == "王志"
    assert original[chair.mention.start : chair.mention.end] == "王志"
    assert "王志主持召开" in chair.mention.sentence


def test_a_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "b.txt").write_text(DISTRICT_STORY, encoding="gb18030")
    results = list(extract_facts([str(tmp_path / "a.bin"), str(tmp_path / "b.txt")]))
    errors = [r for r in results if isinstance(r, IngestError)]
    assert len(errors) == 1 and "a.bin" in str(errors[0])
    assert any(f.events for f in results if not isinstance(f, IngestError))


def test_a_name_known_from_earlier_in_the_page_can_end_the_text():
    # regression: a known name at the very end of an article once ran past the text
    facts = list(iter_texts(["区人大常委会主任王志出席。\n\n会议由王志"]))
    assert all(m.end <= 40 for f in facts for p in f.persons for m in p.mentions)


def test_people_elected_at_a_congress_get_the_post_they_were_elected_to():
    facts = facts_of(
        "本报讯（记者 张三）10月28日，渝中区第十六次妇女代表大会举行。"
        "彭丽娟当选渝中区妇联主席，邓雪洁、刘芷廷当选副主席。"
    )
    [congress] = facts.events
    assert {p.person for p in congress.participants if p.role == "elected"} == {"彭丽娟", "邓雪洁", "刘芷廷"}
    posts = {(p.person, p.title, p.body) for p in facts.positions}
    assert ("彭丽娟", "主席", "渝中区妇联") in posts
    assert ("刘芷廷", "副主席", "渝中区妇联") in posts


def test_a_leader_quoted_by_title_is_not_a_speaker_at_the_meeting():
    facts = facts_of(
        "3月5日，区政府召开第12次常务会议。会议指出，要深入学习贯彻习近平总书记重要讲话精神，"
        "习近平总书记强调，要坚持以人民为中心。"
    )
    [meeting] = facts.events
    assert not any(p.person == "习近平" for p in meeting.participants)


def test_she_said_after_a_visit_makes_the_visitor_a_speaker():
    facts = facts_of(
        "2月15日，市残联副理事长张青莉一行调研大足区“渝馨家园”建设情况。"
        "张青莉对大足区残疾人工作取得的成绩给予充分肯定。她指出，要继续加强残疾人基层组织建设。"
    )
    [visit] = facts.events
    assert visit.type == "inspection"
    assert visit.name.startswith("张青莉一行调研")
    # guidelines v2: the head of a visiting group is also one of its attendees
    assert roles(visit) == {("张青莉", "leader"), ("张青莉", "attendee"), ("张青莉", "speaker")}


def test_a_meeting_only_cited_for_its_spirit_is_not_an_event():
    facts = facts_of("会议传达学习了市委人大工作会议精神。")
    assert facts.events == []


def test_officials_listed_with_their_own_posts_share_one_trigger():
    facts = facts_of(
        "7月13日，缅甸驻华大使苗丹佩一行到大足考察交流。"
        "中国民族贸易促进会会长蓝军，重庆市政府外办亚洲处处长徐胜，大足区副区长杨桦等出席活动。"
    )
    [visit] = facts.events
    assert roles(visit) == {
        ("苗丹佩", "leader"),
        ("苗丹佩", "attendee"),
        ("蓝军", "attendee"),
        ("徐胜", "attendee"),
        ("杨桦", "attendee"),
    }
    posts = {(p.person, p.title, p.body) for p in facts.positions}
    assert ("苗丹佩", "驻华大使", "缅甸") in posts
    assert ("杨桦", "副区长", "大足区政府") in posts  # a place before the title implies its government


def test_a_long_rostrum_list_keeps_rare_surnames_and_transliterated_names():
    facts = facts_of(
        "本台消息：市政协十五届三次会议今天上午开幕。市政协主席刘大海，副主席栗明远、帕巴拉·次仁、"
        "辜小兵、卞红、艾力更·依明在主席台前排就座。"
        "党和国家领导人习近平、栗战书、王沪宁等在主席台就座。"
    )
    [meeting] = facts.events
    attendees = {p.person for p in meeting.participants if p.role == "attendee"}
    assert {"刘大海", "栗明远", "帕巴拉·次仁", "辜小兵", "卞红", "艾力更·依明"} <= attendees
    assert {"习近平", "栗战书", "王沪宁"} <= attendees
    assert ("栗明远", "副主席") in {(p.person, p.title) for p in facts.positions}


def test_a_listed_name_ends_before_the_verb_that_closes_the_sentence():
    facts = facts_of("会议由区长李明主持。副区长王红、卞红发言。")
    assert {p.name for p in facts.persons} == {"李明", "王红", "卞红"}


def test_a_list_of_ideas_is_not_a_list_of_people():
    facts = facts_of("要教育引导群众树立正确的国家观、历史观、民族观、文化观、宗教观。会议由王志主持。")
    assert {p.name for p in facts.persons} == {"王志"}


def test_leaders_who_come_to_pay_last_respects_attend_the_funeral_not_the_deceased():
    facts = facts_of(
        "新华社北京11月2日电 国务院原副总理王仲文同志的遗体，2日在北京八宝山革命公墓火化。"
        "受中共中央委托，全国政协主席李四等到八宝山革命公墓为王仲文同志送别。"
        "上午9时许，习近平和夫人彭丽媛，李强、赵乐际等，在哀乐声中缓步来到王仲文同志的遗体前肃立默哀。"
    )
    [funeral] = facts.events
    assert funeral.name == "王仲文同志遗体火化"
    assert funeral.type == "ceremony"
    # the one who came to bid farewell (送别) on the Party's behalf is at the funeral too
    assert roles(funeral) == {
        ("李四", "attendee"),
        ("习近平", "attendee"),
        ("彭丽媛", "attendee"),
        ("李强", "attendee"),
        ("赵乐际", "attendee"),
    }


def test_activities_held_by_a_body_are_events_with_that_organizer():
    facts = facts_of(
        "本报讯 近日，市图书馆陆续推出古籍修复展、名家讲坛等系列活动，庆祝建馆百年。"
        "驻法使馆还组织了春节招待会、“欢乐春节”侨界活动等。"
    )
    names = {e.name: e for e in facts.events}
    series = next(e for n, e in names.items() if "系列活动" in n)
    assert "古籍修复展" in series.name and series.organizers == ["市图书馆"]
    assert any("春节招待会" in n for n in names) and any("侨界活动" in n for n in names)
    assert all("驻法使馆" in e.organizers for n, e in names.items() if "使馆" in n)


def test_a_practice_repeated_every_year_is_not_an_event():
    facts = facts_of("区发展改革委副主任张啸表示，全区连续三年召开民营经济大会，推动民营经济发展。")
    assert not facts.events


def test_a_count_of_occasions_recalled_is_not_an_event():
    facts = facts_of("党的十八大以来，王明同志三次就生态保护主持召开市委常委会会议，指出要坚持绿色发展。")
    assert not [e for e in facts.events if e.status == "held"]


def test_occasions_counted_over_two_clauses_are_no_meeting_held():
    facts = facts_of("党的十八大以来，王明同志多次考察某省，并主持召开全面推动某省发展座谈会。")
    assert not [e for e in facts.events if e.status == "held"]


def test_a_conference_centre_is_a_place_not_a_meeting():
    facts = facts_of("当地时间上午，周明和上海合作组织成员国领导人陆续抵达撒马尔罕国际会议中心，受到总统热情迎接。")
    assert not any(e.name.endswith("会议") for e in facts.events)


def test_a_speech_published_in_part_is_no_event_of_the_day():
    facts = facts_of(
        "1月1日出版的《求是》杂志发表省委书记王明在全省生态环境保护大会上讲话的一部分《建设美丽家园》。"
    )
    assert not [e for e in facts.events if e.status == "held"]


def test_the_results_of_a_contest_date_the_results_not_the_contest():
    [facts] = extract_source(
        Source(
            doc_id="day.md",
            text="由国家林业和草原局主办的“熊猫宝宝全球征名活动”结果今天（8月8日）揭晓。",
            pub_date="2024-08-08",
        )
    )
    [contest] = facts.events  # an event the guidelines count: it has a named organiser
    assert contest.name == "“熊猫宝宝全球征名活动”" and contest.date is None
    assert contest.organizers == ["国家林业和草原局"]


def test_a_plenary_session_gives_the_platform_the_speakers_and_the_readers_their_roles():
    facts = facts_of(
        "1月6日下午,县政协召开第二次全体会议。县委书记王明远,县政协主席刘忠成在主席台前排就坐。"
        "会上,余文华、郑丽、徐坤成3名县政协委员,分别围绕数字乡村建设等课题作了大会发言。"
        "县委常委、常务副县长李建培作了讲话。县政协副主席韩立良宣读了《表彰决定》。"
    )
    [session] = facts.events
    assert {("王明远", "attendee"), ("刘忠成", "attendee")} <= roles(session)
    assert {("余文华", "speaker"), ("郑丽", "speaker"), ("徐坤成", "speaker")} <= roles(session)
    assert {("李建培", "speaker"), ("韩立良", "speaker")} <= roles(session)


def test_escorts_named_by_title_all_accompany_a_visit_even_one_with_a_noun_surname():
    facts = facts_of(
        "10月9日,市人大常委会主任朱明带领部分人大代表到光山县开展集中视察。"
        "县委常委、组织部长赵小军,县人大常委会副主任陈猛,副县长党方建等陪同。"
    )
    [visit] = facts.events
    assert {("赵小军", "attendee"), ("陈猛", "attendee"), ("党方建", "attendee")} <= roles(visit)


def test_a_numbered_standing_committee_session_is_the_event_and_the_one_it_prepares_is_not():
    facts = facts_of(
        "1月5日,区委书记赵明主持召开中共某区第十四届委员会第16次常委会,"
        "研究讨论区委十四届二次全会暨全区经济工作会议筹备工作。区委副书记李军出席。"
    )
    [session] = facts.events
    assert session.name.endswith("第16次常委会")
    assert {("赵明", "chair"), ("李军", "attendee")} <= roles(session)


def test_those_who_escort_a_visit_attend_it_and_are_not_part_of_its_name():
    facts = facts_of("3月1日,县长王明在镇党委书记石岩和组织委员彭亮的陪同下到西河镇调研防汛工作。")
    [visit] = facts.events
    assert {("王明", "attendee"), ("石岩", "attendee"), ("彭亮", "attendee")} <= roles(visit)
    assert "陪同" not in visit.name


def test_a_later_step_of_a_trip_is_dated_by_the_last_day_the_story_told():
    facts = facts_of(
        "9月23日晚,区委书记王明率队赶往广州考察项目。\n9月24日上午,王明一行来到光亚集团总部参观。"
        "随后,王明一行又来到恒达公司,与董事长黄民辉座谈。"
    )
    talk = next(e for e in facts.events if "黄民辉" in {p.person for p in e.participants})
    assert talk.date.endswith("09-24")


def test_a_leader_who_sends_instructions_to_a_conference_is_not_its_speaker_but_who_relays_them_is():
    page = (
        "### 周明对退役军人工作作出重要指示\n\n全国退役军人工作会议29日在北京召开。周明对退役军人工作作出重要指示。\n\n"
        "周明强调，要做好退役军人工作。\n\n国务委员李华在会上传达了周明重要指示并讲话。她表示，要认真落实重要指示精神。\n"
    )
    [facts] = extract_source(Source("t.md", page, pub_date="2024-07-29"))
    [conference] = facts.events
    assert ("李华", "speaker") in roles(conference)
    assert all(p.person != "周明" for p in conference.participants)


def test_leaders_who_first_come_to_a_place_and_then_visit_are_on_a_visit():
    facts = facts_of(
        "8月28日下午,县领导卢明、张宏伟、郭爱斌等专程来到各分组讨论地点,慰问参会的政协委员。"
    )
    [visit] = facts.events
    assert visit.type == "inspection"
    assert {("卢明", "attendee"), ("张宏伟", "attendee"), ("郭爱斌", "attendee")} <= roles(visit)


def test_those_who_join_the_meeting_and_activity_join_the_events_told_and_units_are_not_people():
    facts = facts_of(
        "9月29日,县长李志华组织召开金堤河防汛现场会。县委副书记孙永军,副县长闫纪海,"
        "以及县政府办、水利局、侯庙镇、后方乡负责同志参加会议和活动。"
    )
    [meeting] = facts.events
    assert {("李志华", "chair"), ("孙永军", "attendee"), ("闫纪海", "attendee")} <= roles(meeting)
    assert "侯庙镇" not in {p.name for p in facts.persons}


def test_a_list_item_that_opens_with_a_title_is_the_next_persons_title():
    facts = facts_of("4月20日,市人大常委会副主任童明率检查组来区检查。区人大常委会主任程贤华、副主任张造林等陪同。")
    assert "副主" not in {p.name for p in facts.persons}
    assert {"程贤华", "张造林"} <= {p.name for p in facts.persons}


def test_who_oversees_an_oath_attends_the_oath_ceremony_not_a_meeting_told_after_it():
    facts = facts_of(
        "3月16日下午,县人大常委会举行宪法宣誓仪式,县人大主任向勇主持宣誓仪式。"
        "在当天闭幕的县人大常委会第三十一次会议上,审议通过了宣誓办法。"
        "县委常委、总工会主席强海英,副县长范正勇到现场监誓。"
    )
    oath = next(e for e in facts.events if "宣誓" in e.name)
    assert {("强海英", "attendee"), ("范正勇", "attendee")} <= roles(oath)


def test_a_session_whose_date_is_decided_is_not_held_and_the_attendance_goes_to_the_meeting():
    facts = facts_of(
        "5月24日,县人大常委会第三十八次会议召开。县人大常委会主任方孝春主持会议。"
        "会议讨论决定了县十七届人大六次会议召开时间。县人大常委会副主任简育田出席会议。"
    )
    [meeting] = facts.events
    assert {("方孝春", "chair"), ("简育田", "attendee")} <= roles(meeting)


def test_leaders_named_with_long_offices_and_a_collective_descriptor_stay_one_list():
    facts = facts_of(
        "12月5日,区委常委会(扩大)会议召开。区长尤宇川主持会议,区人大常委会主任周俊雄、区政协主席叶水山等"
        "区四套班子领导参加。1月14日上午,区人大主席团举行第四次会议。区委书记李志军,"
        "区十五届人大常委会主任、大会主席团常务主席范大玉,区委副书记陈允春出席。"
    )
    standing, presidium = facts.events
    assert {("周俊雄", "attendee"), ("叶水山", "attendee")} <= roles(standing)
    assert {("李志军", "attendee"), ("范大玉", "attendee"), ("陈允春", "attendee")} <= roles(presidium)


def test_a_statement_made_while_attending_makes_the_speaker_an_attendee_and_a_speaker():
    facts = facts_of("法国总统马克龙15日在布鲁塞尔参加欧盟冬季峰会时表示，欧盟应该尽快采取行动。")
    [summit] = facts.events
    assert {("马克龙", "attendee"), ("马克龙", "speaker")} <= roles(summit)


def test_who_lays_out_the_work_of_a_meeting_speaks_at_it():
    [propaganda] = facts_of("1月4日，全国宣传部长会议在京召开。中宣部部长李书磊主持会议并作工作布置。").events
    assert {("李书磊", "chair"), ("李书磊", "speaker")} <= roles(propaganda)
    [economy] = facts_of("中央经济工作会议12月15日在北京举行。国务院总理李克强对明年经济工作作了部署。").events
    assert ("李克强", "speaker") in roles(economy)


def test_encouraging_words_on_a_visit_and_leading_an_oath_are_speech():
    [visit] = facts_of("2月2日,县委书记侯明到敬老院看望慰问老人。侯明勉励他们树立生活信心。").events
    assert ("侯明", "speaker") in roles(visit)
    oath = facts_of("1月9日,县人大常委会举行宪法宣誓仪式。县人大常委会主任马荣界领誓。").events
    assert any(("马荣界", "speaker") in roles(e) for e in oath)


def bodies_of(text: str, region: str) -> set[str]:
    return {b.name for facts in extract_source(Source("t", text, region=region)) for b in facts.bodies}


def test_a_county_paper_names_the_city_above_it_and_the_bodies_posts_are_held_in():
    bodies = bodies_of("4月3日，市委常委、宜秀区委书记王明主持召开区委常委会会议。县水利局长李华参加会议。", "宜秀区")
    assert "安庆市委" in bodies and "宜秀区委" in bodies
    assert "市委" not in bodies


def test_a_company_keeps_the_province_in_its_own_name():
    bodies = bodies_of("安徽东方新材料有限公司董事长王明介绍了企业情况。", "宜秀区")
    assert "安徽东方新材料有限公司" in bodies


def test_a_later_story_of_a_state_visit_takes_the_day_of_the_first_one_with_the_same_two_leaders():
    page = (
        "### 拉赫蒙为周明远举行欢迎仪式\n\n"
        "当地时间7月5日下午，塔吉克斯坦总统拉赫蒙在杜尚别总统府为国家主席周明远举行隆重欢迎仪式。\n\n"
        "### 周明远同塔吉克斯坦总统举行会谈\n\n"
        "欢迎仪式后，两国元首先后举行小范围会谈和大范围会谈。周明远指出，中塔山水相连。拉赫蒙表示，塔方愿同中方深化合作。\n"
    )
    facts = extract_source(Source("t.md", page, pub_date="2025-07-06"))
    talks = next(e for f in facts for e in f.events if "会谈" in e.name)
    assert talks.date == "2025-07-05"


def test_a_rostrum_list_goes_on_after_yiji_and_the_titles_of_its_last_names():
    text = (
        "第十四届全国人民代表大会第二次会议5日上午在北京人民大会堂开幕。在主席台就座的还有：马兴业、王立新、"
        "石泰民，以及中央军委委员刘振海、张升平等。"
    )
    [facts] = iter_texts([text])
    [session] = facts.events
    assert {"刘振海", "张升平", "马兴业"} <= {p.person for p in session.participants}


def test_a_foreign_host_and_the_chinese_envoy_who_see_the_guest_off_are_read_but_hold_no_event():
    """A plain seeing-off at the airport is a courtesy, not an event (the study gold's precedent); a
    farewell held for the guest ("为习近平话别送行") is one (tests/test_event_classes.py)."""
    [facts] = iter_texts(["启程回国时，白俄罗斯总理戈洛夫琴科和中国驻白俄罗斯大使谢小明到机场送行。"])
    assert facts.events == []
    assert {p.name for p in facts.persons} == {"戈洛夫琴科", "谢小明"}


def test_one_character_and_a_country_is_no_name():
    [facts] = iter_texts(["本届峰会主席国沙特王储兼首相萨勒曼发表开幕致辞。"])
    assert [p.name for p in facts.persons] == ["萨勒曼"]


def test_members_listed_in_a_story_of_their_own_are_elected_at_the_session_the_page_reports_electing_them():
    page = (
        "### 中国共产党第二十次全国代表大会在京闭幕\n\n**央视网消息**（新闻联播）："
        "中国共产党第二十次全国代表大会22日上午在人民大会堂闭幕。大会主席团常务委员会委员周明远主持大会。"
        "到会代表以无记名投票方式，选举出由5名委员、3名候补委员组成的二十届中央委员会。\n\n"
        "[查看原文](https://tv.cctv.com/1.shtml)\n\n"
        "### 中国共产党第二十届中央委员会委员名单（5名）\n\n**央视网消息**（新闻联播）：\n\n"
        "**中国共产党第二十届中央委员会委员名单**\n\n（按姓氏笔画为序排列）\n\n"
        "丁建民　王立新　刘振海　张升平　陈明远\n\n"
        "[查看原文](https://tv.cctv.com/2.shtml)\n\n"
        "### 江泽民同志治丧委员会名单\n\n**央视网消息**（新闻联播）：\n\n"
        "**江泽民同志治丧委员会名单**\n\n（按姓氏笔画为序排列）\n\n王建华　李立民　张伟明　陈志强　周立波\n\n"
        "[查看原文](https://tv.cctv.com/3.shtml)\n"
    )
    facts = extract_source(Source("t.md", page, pub_date="2022-10-22"))
    [session] = [e for f in facts for e in f.events if e.status == "held"]
    elected = {p.person for p in session.participants if p.role == "elected"}
    assert elected == {"丁建民", "王立新", "刘振海", "张升平", "陈明远"}  # not the funeral committee: no one elected it
    listed = next(p for p in session.participants if p.person == "刘振海")
    assert page[listed.mention.start : listed.mention.end] == "刘振海"  # read where the list names him


def test_the_presidium_standing_committee_named_after_its_members_attends_from_the_rostrum():
    [facts] = iter_texts(
        [
            "中国共产党第二十次全国代表大会22日上午在人民大会堂闭幕。周明远、李家明、王立新、张建华等大会主席团"
            "常务委员会成员在主席台前排就座。周明远主持大会。"
        ]
    )
    [session] = facts.events
    attendees = {p.person for p in session.participants if p.role == "attendee"}
    assert {"周明远", "李家明", "王立新", "张建华"} <= attendees


def test_who_presents_bills_and_reports_to_a_standing_committee_session_speaks_at_it():
    facts = facts_of(
        "十四届全国人大常委会第九次会议3日上午在京举行第一次全体会议。赵明远委员长主持。\n\n"
        "会议听取了全国人大宪法法律委副主任委员孙立平作的关于公司法修订草案修改情况的汇报。"
        "会议审议了委员长会议关于提请审议关于召开十五届全国人大一次会议的决定草案的议案。\n\n"
        "受国务院委托，商务部部长李建中、财政部副部长王海涛分别作了说明。"
        "国家发展改革委主任钱文华受国务院委托作的关于计划执行情况的报告。"
    )
    [session] = facts.events
    assert session.name.startswith("十四届全国人大常委会第九次会议")
    assert {
        ("赵明远", "chair"),
        ("孙立平", "speaker"),
        ("李建中", "speaker"),
        ("王海涛", "speaker"),
        ("钱文华", "speaker"),
    } <= roles(session)


def test_two_hosts_joined_by_he_across_a_body_no_rule_reads_both_speak_and_the_next_host_is_not_an_event():
    facts = facts_of(
        "第十届世界运动会闭幕式8日晚在成都隆重举行。国务委员王立新出席闭幕式。\n\n"
        "闭幕式上，组委会执行主席周海和国际世运联代理主席马丁分别致辞。会旗交接仪式上，"
        "下届世运会举办地代表德国内政部国务秘书施密特致辞。"
    )
    [ceremony] = facts.events
    assert {("周海", "speaker"), ("马丁", "speaker"), ("施密特", "speaker")} <= roles(ceremony)


GUEST_STORIES = (
    "### 王立新会见肯尼亚总统\n\n**央视网消息**（新闻联播）：国家主席王立新6日在人民大会堂会见来华出席"
    "第五届中非合作论坛峰会的肯尼亚总统鲁卡。\n\n[查看原文](https://tv.cctv.com/1.shtml)\n\n"
    "### 李建国会见马拉维总统\n\n**央视网消息**（新闻联播）：国务院总理李建国6日在北京会见来华出席"
    "第五届中非合作论坛峰会并进行国事访问的马拉维总统查坎巴。\n\n[查看原文](https://tv.cctv.com/2.shtml)\n\n"
)


def test_guests_come_to_attend_a_summit_the_page_reports_held_attend_it_once():
    page = GUEST_STORIES + (
        "### 第五届中非合作论坛峰会在京闭幕\n\n**央视网消息**（新闻联播）：第五届中非合作论坛峰会6日在京闭幕。"
        "\n\n[查看原文](https://tv.cctv.com/3.shtml)\n"
    )
    facts = extract_source(Source("t.md", page, pub_date="2025-09-07"))
    summits = [e for f in facts for e in f.events if e.name == "第五届中非合作论坛峰会"]
    assert len(summits) == 1
    assert {("鲁卡", "attendee"), ("查坎巴", "attendee")} <= roles(summits[0])
    guest = next(p for p in summits[0].participants if p.person == "鲁卡")
    assert page[guest.mention.start : guest.mention.end] == "鲁卡"


SUMMIT_DAY = (
    "### 王立新出席东盟领导人第九次峰会\n\n**央视网消息**（新闻联播）：国家主席王立新5日在雅加达出席东盟领导人"
    "第九次峰会并发表讲话。\n\n[查看原文](https://tv.cctv.com/1.shtml)\n\n"
    "### 王立新会见越南总理\n\n**央视网消息**（新闻联播）：国家主席王立新5日在雅加达出席东盟领导人峰会期间"
    "会见越南总理范文强。王立新指出，中越是好邻居。范文强表示，越方愿深化合作。"
    "\n\n[查看原文](https://tv.cctv.com/2.shtml)\n\n"
    "### 王立新会见泰国总理\n\n**央视网消息**（新闻联播）：国家主席王立新5日在雅加达出席东盟领导人峰会期间"
    "会见泰国总理巴沙。巴沙表示，泰方重视对华关系。\n\n[查看原文](https://tv.cctv.com/3.shtml)\n"
)


def test_a_meeting_held_during_a_summit_is_the_story_its_speakers_speak_at():
    """"出席…峰会期间会见X": the summit is when, the meeting is what the story reports; the words quoted are
    said at the meeting, and the summit the page reports with its count is the one he attends."""
    facts = extract_source(Source("t.md", SUMMIT_DAY, pub_date="2025-09-06"))
    events = [e for f in facts for e in f.events]
    [summit] = [e for e in events if "峰会" in e.name and "会见" not in e.name]
    assert summit.name == "东盟领导人第九次峰会"
    assert ("王立新", "attendee") in roles(summit)
    assert not {("范文强", "speaker"), ("巴沙", "speaker")} & roles(summit)
    vietnam = next(e for e in events if e.name.endswith("范文强") or "越南总理" in e.name)
    assert {("王立新", "speaker"), ("范文强", "speaker"), ("范文强", "attendee")} <= roles(vietnam)
    thailand = next(e for e in events if "泰国总理" in e.name)
    assert ("巴沙", "speaker") in roles(thailand)


def test_a_summit_named_without_its_count_stays_apart_from_one_of_another_day():
    page = SUMMIT_DAY.replace("王立新5日在雅加达出席东盟领导人第九次峰会", "王立新4日在雅加达出席东盟领导人第九次峰会")
    facts = extract_source(Source("t.md", page, pub_date="2025-09-06"))
    summits = [e for f in facts for e in f.events if "峰会" in e.name and "会见" not in e.name]
    assert sorted((e.name, e.date) for e in summits) == [
        ("东盟领导人峰会", "2025-09-05"),
        ("东盟领导人峰会", "2025-09-05"),
        ("东盟领导人第九次峰会", "2025-09-04"),
    ]


def test_those_at_everything_above_attend_the_event_a_headline_reports_of_both_leaders():
    """"两国总理共同会见了记者" names no one; the headline names the event, and "出席上述活动" puts the
    officials there. A clause that points back ("参加上述活动") is never an event's name of its own."""
    page = (
        "### 中法两国总理共同会见记者\n\n**央视网消息**（新闻联播）：会谈后，两国总理共同会见了记者。"
        "周明表示，中法合作前景广阔。王立新、李华等出席上述活动。\n\n[查看原文](https://tv.cctv.com/1.shtml)\n\n"
        "### 周明同法国总理通电话\n\n**央视网消息**（新闻联播）：国务院总理周明应约同法国总理马丁通电话。"
        "王立新参加上述活动。\n\n[查看原文](https://tv.cctv.com/2.shtml)\n"
    )
    events = [e for f in extract_source(Source("t.md", page, pub_date="2025-09-06")) for e in f.events]
    press = next(e for e in events if e.name == "中法两国总理共同会见记者")
    assert {("王立新", "attendee"), ("李华", "attendee")} <= roles(press)
    assert not [e for e in events if "上述" in e.name]


def test_leaders_who_address_an_opening_by_video_speak_at_it():
    facts = facts_of(
        "第五届中国—南亚博览会16日上午在昆明开幕。国务院副总理王立新出席开幕式并发表主旨演讲。"
        "尼泊尔总理普拉萨德、斯里兰卡总统维克拉姆和上海合作组织秘书长卡迪尔等通过视频方式发表致辞。"
    )
    [opening] = facts.events
    assert {("普拉萨德", "speaker"), ("维克拉姆", "speaker"), ("卡迪尔", "speaker")} <= roles(opening)
    assert not {("普拉萨德", "attendee"), ("维克拉姆", "attendee")} & roles(opening)


def test_those_who_congratulate_or_report_on_behalf_of_others_speak_at_the_congress():
    """"李希出席开幕会并代表中共中央致贺词", "万立骏代表全国人大华侨委员会、…和中国侨联致贺词",
    "万钢代表…中央委员会作工作报告"; and a chair whose given name holds 作 ("，蒋卫君主持开幕会")."""
    facts = facts_of(
        "中国民主同盟第十三次全国代表大会12日在北京开幕。王立新出席开幕会并代表中共中央致贺词。"
        "民进中央主席孙丽代表各民主党派中央和全国工商联致贺词。中国侨联主席李华代表全国人大华侨委员会、全国政协港澳台侨委员会和中国侨联"
        "致贺词。大会主席团常务主席赵刚代表民盟第十二届中央委员会作工作报告。周明、吴强出席开幕会，蒋作君主持开幕会。"
    )
    [congress] = facts.events
    assert {
        ("王立新", "attendee"),
        ("王立新", "speaker"),
        ("孙丽", "speaker"),
        ("李华", "speaker"),
        ("赵刚", "speaker"),
        ("蒋作君", "chair"),
    } <= roles(congress)


def test_leaders_who_watch_a_show_together_with_its_audience_attend_it():
    facts = facts_of(
        "庆祝建国75周年音乐会29日晚在京举行。王立新、周明、李华等党和国家领导人，同3000多名观众一起观看演出。"
    )
    [concert] = facts.events
    assert {("王立新", "attendee"), ("周明", "attendee"), ("李华", "attendee")} <= roles(concert)


def test_a_leader_whose_words_a_speaker_reports_does_not_speak_at_the_event():
    facts = facts_of(
        "第五届博览会16日上午在南宁开幕。国务院副总理王立新出席开幕式并发表主旨演讲。"
        "王立新表示，国家主席周明提出共建美好家园，为合作擘画了新蓝图。"
        "会上，李华指出，要深化合作；孙丽表示，愿共同努力。"
    )
    [opening] = facts.events
    assert ("周明", "speaker") not in roles(opening)
    assert {("王立新", "speaker"), ("李华", "speaker"), ("孙丽", "speaker")} <= roles(opening)


def test_a_member_who_proposes_at_a_plenary_speaks_there():
    facts = facts_of(
        "政协第十四届全国委员会常务委员会第七次会议5日下午举行全体会议，王立新主持。孙丽常委建议，深化改革。"
    )
    [plenary] = facts.events
    assert ("孙丽", "speaker") in roles(plenary)
    assert not facts_of("这些建议很好。王立新的建议，已被采纳。").events


def test_guests_come_for_a_summit_still_to_open_attend_nothing_yet():
    facts = extract_source(Source("t.md", GUEST_STORIES, pub_date="2025-09-07"))
    assert not [e for f in facts for e in f.events if "峰会" in e.name and not e.name.endswith("会见")]


def test_a_guest_named_in_full_once_is_the_same_person_when_named_by_the_first_surname_later():
    page = (
        "### 王立新同秘鲁总统会谈\n\n**央视网消息**（新闻联播）：国家主席王立新28日在人民大会堂同来华进行国事访问的"
        "秘鲁总统迪娜·埃尔西利娅·博鲁阿尔特·塞加拉举行会谈。\n\n博鲁阿尔特表示，秘方愿同中方深化合作。\n\n"
        "[查看原文](https://tv.cctv.com/1.shtml)\n"
    )
    names = {p.name for f in extract_source(Source("t.md", page, pub_date="2025-06-28")) for p in f.persons}
    assert "博鲁阿尔特" not in names
    assert "迪娜·埃尔西利娅·博鲁阿尔特·塞加拉" in names


def test_a_leader_named_in_full_once_and_by_his_first_name_later_is_one_person():
    page = (
        "### 王立新致电叙利亚总统\n\n**央视网消息**（新闻联播）：国家主席王立新致电叙利亚总统巴沙尔·阿萨德。"
        "\n\n巴沙尔表示，叙方感谢中方支持。\n\n[查看原文](https://tv.cctv.com/1.shtml)\n"
    )
    names = {p.name for f in extract_source(Source("t.md", page, pub_date="2025-06-28")) for p in f.persons}
    assert names == {"王立新", "巴沙尔·阿萨德"}


def test_a_leader_congratulated_on_his_election_and_then_addressed_by_his_first_name_is_one_foreign_premier():
    """ "当选巴基斯坦总理" and later "夏巴兹总理": one post (taken up, then held), and 夏巴兹 a part of the
    dotted name, so his bare 总理 is never the 国务院's though 夏 is a Chinese surname."""
    page = (
        "### 李立新致电祝贺夏巴兹·谢里夫当选巴基斯坦总理\n\n**央视网消息**（新闻联播）：4月13日，国务院总理"
        "李立新致电夏巴兹·谢里夫，祝贺他当选巴基斯坦总理。\n\n李立新表示，我期待同夏巴兹总理一道努力，"
        "巩固政治互信。\n\n[查看原文](https://tv.cctv.com/1.shtml)\n"
    )
    facts = list(extract_source(Source("t.md", page, pub_date="2022-04-13")))
    assert {p.name for f in facts for p in f.persons} == {"李立新", "夏巴兹·谢里夫"}
    posts = {(p.person, p.title, p.body) for f in facts for p in f.positions}
    assert not any(person != "李立新" and body == "国务院" for person, _, body in posts)


@pytest.mark.parametrize(
    ("premier", "country"),
    [("李显龙", "新加坡"), ("马拉佩", "巴布亚新几内亚")],  # a country's name of any length
)
def test_a_premier_the_page_names_as_his_country_s_is_no_premier_of_the_state_council_when_addressed(premier, country):
    page = (
        f"### 李立新会见{country}总理\n\n**央视网消息**（新闻联播）：国务院总理李立新10日在北京会见{country}总理"
        f"{premier}。\n\n李立新表示，中方愿同{premier}总理一道努力。\n\n[查看原文](https://tv.cctv.com/1.shtml)\n"
    )
    facts = extract_source(Source("t.md", page, pub_date="2022-11-03"))
    posts = {(p.person, p.title, p.body) for f in facts for p in f.positions}
    assert (premier, "总理", country) in posts
    assert (premier, "总理", "国务院") not in posts
    assert ("李立新", "总理", "国务院") in posts


def _bulletin(story: str, pub_date: str) -> list:
    page = f"### 我驻外使馆举办新春招待会\n\n**央视网消息**（新闻联播）：{story}\n\n[查看原文](https://tv.cctv.com/1.shtml)\n"
    return [e for f in extract_source(Source("t.md", page, pub_date=pub_date)) for e in f.events]


def test_each_embassy_that_holds_a_reception_holds_its_own_and_none_takes_another_s_day():
    events = _bulletin(
        "中国驻秘鲁使馆2日举办新春招待会，各界来宾200余人出席。\n\n"
        "中国驻肯尼亚使馆近日举办新春招待会，来宾们观看了文艺演出。\n\n"
        "在中国驻芬兰使馆举办的新春招待会上，与会嘉宾祝福中国繁荣昌盛。",
        "2025-02-03",
    )
    by_host = {tuple(e.organizers): e for e in events}
    assert set(by_host) == {("中国驻秘鲁使馆",), ("中国驻肯尼亚使馆",), ("中国驻芬兰使馆",)}
    assert by_host[("中国驻秘鲁使馆",)].date == "2025-02-02"
    assert by_host[("中国驻肯尼亚使馆",)].date is None  # "近日": no day of its own, and not Peru's
    assert by_host[("中国驻芬兰使馆",)].date is None
    assert all(e.status == "held" for e in events)


def test_a_host_named_short_and_in_full_holds_one_event():
    events = _bulletin(
        "联合国安理会12日就海上安全问题举行紧急会议。\n\n安理会紧急会议上，多国代表发言。",
        "2025-02-13",
    )
    [meeting] = events
    assert meeting.date == "2025-02-12"


@pytest.mark.parametrize("then", ["同一天，", "随后，"])
def test_another_host_s_event_told_as_the_same_day_or_the_next_step_takes_the_day_told(then):
    story = f"芬兰政府5日召开内阁会议，决定提前举行选举。\n\n{then}芬兰议会举行全体会议，通过了有关决议。"
    events = _bulletin(story, "2025-02-06")
    assert {e.date for e in events} == {"2025-02-05"}
    assert len(events) == 2


def test_embassies_listed_by_their_countries_each_hold_their_own_reception():
    events = _bulletin(
        "中国驻秘鲁使馆2日举办新春招待会，各界来宾200余人出席。\n\n"
        "中国驻芬兰、特立尼达和多巴哥、冰岛和挪威等国使馆也举办了新春招待会等活动，同各界人士共庆新春。",
        "2025-02-03",
    )
    hosts = {e.organizers[0]: e for e in events}
    assert set(hosts) == {
        "中国驻秘鲁使馆",
        "中国驻芬兰使馆",
        "中国驻特立尼达和多巴哥使馆",  # one country, though written with 和
        "中国驻冰岛使馆",
        "中国驻挪威使馆",
    }
    assert hosts["中国驻冰岛使馆"].name == "中国驻冰岛使馆新春招待会" and hosts["中国驻冰岛使馆"].date is None
