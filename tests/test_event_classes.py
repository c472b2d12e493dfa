"""Events that a verb reports (会见, 会谈, 调研, 访问, 宣讲, 专访): each class of
``kg/resources/event_classes.tsv`` read from sentences written for these tests, not from dev pages."""

from __future__ import annotations

import pytest

from kg.extract.event_classes import event_classes
from kg.extract.pipeline import extract_source
from kg.model import Source


def facts_of(text: str, title: str | None = None, pub_date: str = "2025-03-14"):
    page = f"### {title}\n\n{text}\n" if title else text
    [facts] = extract_source(Source(doc_id="t.md", text=page, pub_date=pub_date))
    return facts


def roles(event) -> set[tuple[str, str]]:
    return {(p.person, p.role) for p in event.participants}


def test_every_class_row_is_well_formed():
    classes = event_classes()
    assert len({c.name for c in classes}) == len(classes)
    assert {c.type for c in classes} <= {"meeting", "inspection", "ceremony", "activity"}
    assert all(c.subject_roles or c.other_roles for c in classes)


def test_a_leader_meets_a_foreign_minister_both_attend_and_the_one_who_speaks_speaks():
    facts = facts_of(
        "新华社北京3月14日电 国家副主席周明14日下午会见福建省委书记李家明。周明表示，中央全力支持福建发展。"
        "国务院办公厅副秘书长陈华参加会见。",
        title="周明会见福建省委书记李家明",
    )
    [meeting] = facts.events
    assert meeting.type == "meeting"
    assert meeting.name == "周明会见福建省委书记李家明"  # the headline names the event
    assert meeting.date == "2025-03-14"
    assert roles(meeting) == {("周明", "attendee"), ("周明", "speaker"), ("李家明", "attendee"), ("陈华", "attendee")}


def test_talks_with_a_partner_named_between_the_host_and_the_verb():
    facts = facts_of("全国政协主席刘安13日以视频方式同全国人大常委会副委员长郑国强举行会谈。郑国强说，要加强交流。")
    [talks] = facts.events
    assert talks.type == "meeting" and talks.date == "2025-03-13"
    assert {("刘安", "attendee"), ("郑国强", "attendee"), ("郑国强", "speaker")} <= roles(talks)


def test_a_date_with_its_month_between_the_name_and_the_verb_does_not_hide_the_chair():
    facts = facts_of("国务院总理王海3月2日主持召开国务院常务会议，研究促进消费政策。")
    [meeting] = facts.events
    assert meeting.date == "2025-03-02"
    assert ("王海", "chair") in roles(meeting)


def test_an_inspection_by_a_named_official_and_the_sites_of_the_same_tour_are_one_event():
    facts = facts_of(
        "中共中央政治局常委孙立近日在江西调研。他首先考察了南昌一家物流园区，随后孙立又考察了一所职业学校。"
        "孙立强调，要稳住就业。"
    )
    [tour] = facts.events
    assert tour.type == "inspection"
    assert roles(tour) == {("孙立", "attendee"), ("孙立", "speaker")}


def test_a_condolence_telegram_is_not_an_inspection():
    facts = facts_of("国家主席周明就地震灾害向智利总统致慰问电。")
    assert facts.events == []


def test_a_visit_announced_for_later_is_not_held():
    facts = facts_of("国务院总理王海将于3月20日应邀对新西兰进行正式访问。")
    assert facts.events == []


def test_a_lecture_series_gives_one_event_per_speaker():
    facts = facts_of(
        "宣讲团成员、省委书记赵新今天在省会作宣讲报告。宣讲团成员、副省长钱江今天在省商务厅作宣讲报告。"
    )
    speakers = [roles(e) for e in facts.events]
    assert speakers == [{("赵新", "speaker")}, {("钱江", "speaker")}]


def test_a_talk_given_at_a_study_session_is_part_of_the_session():
    facts = facts_of(
        "中共中央政治局3月13日下午就人工智能发展进行第十次集体学习。"
        "中国科学院院士李伟就这个问题作了讲座。"
    )
    [session] = facts.events
    assert ("李伟", "speaker") in roles(session)


def test_talks_whose_partner_is_not_recognised_still_are_an_event_of_the_host():
    facts = facts_of("全国政协主席刘安13日同到访的外国议长举行会谈。")
    [talks] = facts.events
    assert talks.type == "meeting" and roles(talks) == {("刘安", "attendee")}


def test_a_visitor_named_in_a_relative_clause_is_on_a_state_visit_and_the_meeting_stays_in_scope():
    facts = facts_of("国家主席周明14日在人民大会堂会见正在我国进行国事访问的加蓬总统恩圭马。周明指出，中加是好朋友。")
    kinds = {e.type: e for e in facts.events}
    assert ("恩圭马", "attendee") in roles(kinds["activity"])
    assert {("周明", "attendee"), ("周明", "speaker"), ("恩圭马", "attendee")} <= roles(kinds["meeting"])


@pytest.mark.parametrize(
    "sentence",
    [
        "座谈会上，市政协主席吴平、副主席郑洁先后发言。",
        "会上，市政协主席吴平、副主席郑洁先后发言。",
    ],
)
def test_speakers_who_take_the_floor_one_after_another_at_the_meeting_in_scope(sentence):
    facts = facts_of("市委书记林峰3月13日主持召开民营企业家座谈会。" + sentence)
    [meeting] = facts.events
    assert {("吴平", "speaker"), ("郑洁", "speaker")} <= roles(meeting)


def test_officials_named_beside_unnamed_department_heads_share_the_verb():
    facts = facts_of(
        "省委书记林峰3月13日主持召开民营企业家座谈会。副省长周平、钱明，省直有关部门负责人出席座谈会。"
    )
    [meeting] = facts.events
    assert {("周平", "attendee"), ("钱明", "attendee")} <= roles(meeting)


def test_a_meeting_decided_for_later_is_not_an_event_held():
    facts = facts_of("中共中央政治局3月13日召开会议，决定召开二十届五中全会。总书记周明主持会议。")
    assert all(e.status == "announced" for e in facts.events if "五中全会" in e.name)
    assert any(e.status == "held" and ("周明", "chair") in roles(e) for e in facts.events)


def test_a_meeting_held_lately_that_proposes_the_next_session_is_held_and_the_session_announced():
    facts = facts_of(
        "日前召开的政协第十四届全国委员会第十二次主席会议，审议通过了有关决定，"
        "建议全国政协十四届二次会议于2026年3月4日在北京召开。"
    )
    by_name = {e.name: e for e in facts.events}
    held = by_name["政协第十四届全国委员会第十二次主席会议"]
    assert held.status == "held" and held.date is None  # "日前": lately, not the day of the session it proposes
    session = by_name["全国政协十四届二次会议"]  # the verb that proposes it is no part of its name
    assert session.status == "announced" and session.date == "2026-03-04"


def test_a_meeting_of_lately_does_not_take_the_day_a_later_clause_tells():
    facts = facts_of("据媒体2日报道，某国副总统卡里姆日前在巴西与某国外交大臣巴哈尔举行会面。")
    [meeting] = facts.events
    assert meeting.date is None


def test_the_leader_of_a_visiting_group_also_attends_it():
    facts = facts_of("3月13日，区委书记林峰带队观摩重点项目建设。区长周平等参加观摩。")
    [visit] = facts.events
    assert visit.type == "inspection"
    assert {("林峰", "leader"), ("林峰", "attendee"), ("周平", "attendee")} <= roles(visit)


def test_an_event_announced_for_later_is_kept_as_announced_with_nobody_attending():
    facts = facts_of("国务院总理王海将于3月30日应邀出席在海南举行的博鳌亚洲论坛2025年年会开幕式。")
    [event] = facts.events
    assert event.status == "announced"
    assert event.date == "2025-03-30"
    assert event.participants == []


def test_an_announced_event_reported_as_held_later_in_the_story_is_held():
    facts = facts_of(
        "第五届消费品博览会将于4月10日开幕。4月10日，第五届消费品博览会在海口开幕，省长钱江出席开幕式。",
        pub_date="2025-04-10",
    )
    held = [e for e in facts.events if e.status == "held"]
    assert held and all(e.date == "2025-04-10" for e in held)


def test_talks_told_in_a_guests_words_are_not_a_new_event():
    facts = facts_of("王芳表示，周明主席同我举行了富有成果的会谈，我对此深表感谢。")
    assert facts.events == []


def test_a_foreign_guest_named_in_full_once_and_by_last_name_later_is_one_person():
    facts = facts_of(
        "国家主席周明14日在人民大会堂会见加蓬总统布里斯·克洛泰尔·恩圭马。恩圭马表示，加方愿深化合作。"
    )
    assert "恩圭马" not in {p.name for p in facts.persons}
    [meeting] = facts.events
    assert ("布里斯·克洛泰尔·恩圭马", "speaker") in roles(meeting)


def test_a_guest_on_a_state_visit_named_as_coming_to_china_and_a_visit_at_someones_invitation():
    facts = facts_of(
        "国务院总理王海14日在京会见来华进行国事访问的加蓬总统恩圭马。恩圭马是应国家主席周明的邀请对我国进行国事访问的。"
    )
    visits = [e for e in facts.events if e.type == "activity"]
    assert visits and all(("恩圭马", "attendee") in roles(v) for v in visits)
    [meeting] = [e for e in facts.events if e.type == "meeting"]
    assert {("王海", "attendee"), ("恩圭马", "attendee")} <= roles(meeting)


def test_a_guest_met_while_visiting_china_is_on_a_visit_of_its_own():
    facts = facts_of("国务院总理王海25日在人民大会堂会见来华访问的加蓬外长恩多纳。")
    [visit] = [e for e in facts.events if e.type == "activity"]
    assert visit.name == "恩多纳访华" and visit.date is None  # a visit as a whole has no day of its own
    assert roles(visit) == {("恩多纳", "attendee")}
    [meeting] = [e for e in facts.events if e.type == "meeting"]
    assert {("王海", "attendee"), ("恩多纳", "attendee")} <= roles(meeting)


def test_a_guest_who_came_for_a_games_and_visits_is_listed_not_made_one_visit_of_all():
    facts = facts_of("来华出席开幕式并访问的外国领导人有：加蓬总统恩圭马、贝宁总统塔隆、多哥总统福雷。")
    assert not [e for e in facts.events if e.type == "activity" and "访" in e.name]


def test_a_minister_arriving_on_a_visit_then_holding_talks_is_on_the_visit_and_at_the_talks():
    facts = facts_of("加蓬外长恩多纳11日抵达莫斯科访问，与俄罗斯副总理诺瓦克举行会谈。恩多纳表示，合作至关重要。")
    [visit] = [e for e in facts.events if e.type == "activity"]
    assert visit.date == "2025-03-11" and ("恩多纳", "attendee") in roles(visit)
    [talks] = [e for e in facts.events if e.type == "meeting"]
    assert {("恩多纳", "attendee"), ("诺瓦克", "attendee")} <= roles(talks)


def test_a_wreath_laid_after_going_to_the_square_and_a_welcome_ceremony():
    facts = facts_of(
        "国家主席周明14日上午在人民大会堂举行仪式，欢迎加蓬总统恩圭马访华。"
        "恩圭马14日下午前往天安门广场，向人民英雄纪念碑敬献花圈。"
    )
    ceremonies = [roles(e) for e in facts.events if e.type == "ceremony"]
    assert {("周明", "attendee"), ("恩圭马", "attendee")} in ceremonies
    assert {("恩圭马", "attendee")} in ceremonies


def test_an_interview_to_be_broadcast_tonight_has_taken_place():
    facts = facts_of("今晚，总台《高端访谈》栏目将播出对加蓬总统恩圭马的独家专访。恩圭马表示，加中友谊深厚。")
    [interview] = facts.events
    assert interview.type == "activity" and interview.status == "held"
    assert ("恩圭马", "speaker") in roles(interview)


def test_a_person_who_convenes_a_symposium_chairs_it_and_a_tour_of_talks_on_site():
    facts = facts_of("中央纪委书记孙立13日在南京大学召开座谈会，听取意见建议。")
    [meeting] = facts.events
    assert ("孙立", "chair") in roles(meeting)
    facts = facts_of("近日，省委书记赵新还到工业园区、科技企业等地现场宣讲全会精神。")
    [talks] = facts.events
    assert talks.type == "meeting" and roles(talks) == {("赵新", "speaker")}


def test_officials_appointed_at_the_session_being_reported_are_elected_there():
    facts = facts_of(
        "省人大常委会第九次会议13日上午在福州闭幕。省人大常委会主任林峰主持闭幕会。"
        "会议经表决，任命周平为省人大财政经济委员会副主任委员；任命钱明、郑洁为省人大常委会副秘书长。"
    )
    [session] = facts.events
    assert {("周平", "elected"), ("钱明", "elected"), ("郑洁", "elected"), ("林峰", "chair")} <= roles(session)


def test_an_appointment_with_no_session_in_scope_is_not_an_event():
    facts = facts_of("经研究决定，任命周平为市交通局局长。")
    assert facts.events == []


def test_leaders_named_by_a_collective_descriptor_stay_on_the_list():
    facts = facts_of("3月13日上午，区委书记林峰带队观摩重点项目。区长周平，区领导钱明、郑洁、吴志刚一同参加。")
    [visit] = facts.events
    assert {("周平", "attendee"), ("钱明", "attendee"), ("郑洁", "attendee"), ("吴志刚", "attendee")} <= roles(visit)


def test_a_plenary_held_over_several_days_is_reported_with_its_dates_after_a_comma():
    facts = facts_of(
        "中共某省第十二届纪律检查委员会第四次全体会议，于2025年1月8日至10日在福州举行。"
        "省委书记林峰出席全会并讲话。"
    )
    [plenary] = facts.events
    assert plenary.date == "2025-01-08" and plenary.end_date == "2025-01-10"
    assert {("林峰", "attendee"), ("林峰", "speaker")} <= roles(plenary)


def test_a_state_visit_as_a_whole_and_an_interview_have_no_day_of_their_own():
    facts = facts_of("加蓬总统恩圭马是应国家主席周明的邀请对我国进行国事访问的。")
    [visit] = facts.events
    assert visit.type == "activity" and visit.date is None
    facts = facts_of("今晚（3月14日），《高端访谈》栏目将播出对加蓬总统恩圭马的独家专访。")
    [interview] = facts.events
    assert interview.date is None


def test_officials_who_join_a_visit_just_reported_are_part_of_it():
    facts = facts_of("委员长孙立11日在会场看望采访大会的记者。副委员长周平、钱明等一同看望。")
    [visit] = facts.events
    assert {("孙立", "attendee"), ("周平", "attendee"), ("钱明", "attendee")} <= roles(visit)


def test_a_headline_names_the_event_without_what_was_said_there():
    facts = facts_of("国家主席周明14日在北京会见福建省委书记李家明。", title="周明会见李家明时强调 加快发展 造福人民")
    [meeting] = facts.events
    assert meeting.name == "周明会见李家明"


def test_an_inspection_cited_as_the_occasion_of_a_speech_being_studied_is_not_reported():
    facts = facts_of(
        "12月5日，区委常委会（扩大）会议召开，传达学习省委书记林峰在福州考察时的重要讲话精神。"
        "区委副书记、区长周平主持会议并讲话。"
    )
    [meeting] = facts.events
    assert "常委会" in meeting.name
    assert {("周平", "chair"), ("周平", "speaker")} <= roles(meeting)


def test_a_list_of_officials_with_offices_the_recogniser_left_unlinked_is_one_list():
    facts = facts_of(
        "10月22日，县政协召开主席会议。县政协主席吴平，副主席郑洁、钱明，县政协党组成员、办公室主任周国民出席会议。"
    )
    [meeting] = facts.events
    assert {("吴平", "attendee"), ("郑洁", "attendee"), ("钱明", "attendee"), ("周国民", "attendee")} <= roles(meeting)


def test_named_officials_followed_by_offices_named_only_by_title_share_the_verb():
    facts = facts_of(
        "11月3日，县政协召开委员联络组工作会议。县政协主席吴平、副主席郑洁、钱明，各乡镇政协委员联络组长和县政协"
        "专委会主任，县政协办主要负责人等参加会议。"
    )
    [meeting] = facts.events
    assert {("吴平", "attendee"), ("郑洁", "attendee"), ("钱明", "attendee")} <= roles(meeting)


def test_taking_part_in_the_meeting_means_the_meeting_even_after_another_event_was_told():
    facts = facts_of(
        "国家主席周明14日在北京会见福建省委书记李家明。当天上午，李家明前往天安门广场，向人民英雄纪念碑敬献花圈。"
        "国务院办公厅副秘书长陈华参加会见。"
    )
    by_type = {e.type: e for e in facts.events}
    assert ("陈华", "attendee") in roles(by_type["meeting"])
    assert ("陈华", "attendee") not in roles(by_type["ceremony"])


@pytest.mark.parametrize("phrase", ["简短而庄严的仪式", "官方仪式", "特别会议"])
def test_an_event_noun_with_only_a_describing_word_names_no_event(phrase):
    facts = facts_of(f"3月13日，当地举行了{phrase}。")
    assert facts.events == []


def test_layout_debris_before_an_event_name_is_dropped():
    from kg.extract.canon import canonical_event_name
    from kg.extract.lexicon import Lexicon

    assert canonical_event_name("+”阿斯塔纳峰会", None, Lexicon.load()) == "阿斯塔纳峰会"


def test_a_symposium_held_with_a_group_abroad_at_local_time():
    facts = facts_of("国务院总理王海当地时间13日上午在利雅得同沙特工商界代表座谈。")
    [meeting] = facts.events
    assert meeting.type == "meeting" and ("王海", "attendee") in roles(meeting)


def test_who_attends_and_then_gives_a_keynote_speech_also_speaks():
    facts = facts_of("国家主席周明15日在北京出席世界政党高层对话会，并发表题为《携手同行》的主旨讲话。")
    [meeting] = facts.events
    assert meeting.name == "世界政党高层对话会"
    assert roles(meeting) == {("周明", "attendee"), ("周明", "speaker")}


def test_an_oath_to_the_constitution_and_those_who_witness_it():
    facts = facts_of(
        "3月24日上午，新当选的县人民政府县长周平向宪法庄重宣誓。县委书记林峰、县人大常委会主任钱明等本次大会执行主席"
        "站立监誓。县委副书记吴刚主持宣誓仪式。"
    )
    [oath] = facts.events
    assert oath.type == "ceremony"
    witnesses = {("林峰", "attendee"), ("钱明", "attendee")}
    assert {("周平", "attendee"), ("周平", "speaker"), ("吴刚", "chair")} | witnesses <= roles(oath)


def test_elected_with_no_session_named_is_elected_at_a_session():
    facts = facts_of("3月24日，周平当选县人民政府县长。")
    [session] = facts.events
    assert session.type == "meeting" and roles(session) == {("周平", "elected")}


def test_one_official_going_on_from_event_to_event_in_one_sentence():
    facts = facts_of(
        "国务院副总理周平21日在海南博鳌出席博鳌亚洲论坛2025年年会开幕式，集体会见论坛理事代表，并同中外企业家代表座谈。"
    )
    assert len(facts.events) == 3
    assert all(("周平", "attendee") in roles(e) for e in facts.events)
    assert {e.type for e in facts.events} == {"ceremony", "meeting"}


def test_a_side_meeting_before_a_symposium_does_not_take_over_the_story():
    facts = facts_of(
        "纪念吴平同志诞辰100周年座谈会4日在京举行。全国政协主席周明出席座谈会，并在会前会见了吴平同志亲属。"
        "全国政协副主席钱江主持座谈会并讲话。"
    )
    symposium = next(e for e in facts.events if "座谈会" in e.name)
    meeting = next(e for e in facts.events if "会见" in e.name)
    assert {("周明", "attendee"), ("钱江", "chair"), ("钱江", "speaker")} <= roles(symposium)
    assert roles(meeting) == {("周明", "attendee")}  # the relatives are not named, 吴平 is not met


def test_an_event_a_country_will_host_is_announced():
    facts = facts_of("周明指出，中方今年将主办第三届“一带一路”国际合作高峰论坛。")
    assert all(e.status == "announced" for e in facts.events)


def test_congratulations_sent_on_the_occasion_of_a_congress_are_no_participation():
    facts = facts_of(
        "在某党第十次全国代表大会召开之际，各国政党政要致电致函表示祝贺。"
        "某国总统吴平表示，愿推动两党关系发展。某国总理郑洁表示，大会必将取得成功。"
    )
    assert not any(e.participants for e in facts.events)


def test_a_forum_that_closes_after_three_days_ran_three_days():
    facts = facts_of(
        "亚洲论坛2025年年会今天（3月14日）在海南闭幕。为期三天的会期里，上千名嘉宾进行对话。论坛理事长吴平出席闭幕式。"
    )
    [forum] = facts.events
    assert (forum.date, forum.end_date) == ("2025-03-12", "2025-03-14")


def test_a_meeting_named_inside_a_document_title_is_not_an_event():
    facts = facts_of(
        "1月4日，县政协常委会会议召开。会议审议《关于召开县政协第十一届委员会第五次会议的决定(草案)》。"
    )
    assert [e.name for e in facts.events] == ["县政协常委会会议"]


def test_an_important_meeting_described_in_a_speech_is_no_event():
    facts = facts_of("吴平说，县政协全会即将闭幕，这次会议是一次继往开来的重要会议。")
    assert not any("重要会议" in e.name for e in facts.events)


def test_a_county_head_who_organises_a_meeting_chairs_it():
    facts = facts_of("9月29日，县长周平组织召开防汛现场会。")
    [meeting] = facts.events
    assert ("周平", "chair") in roles(meeting)


def test_a_preparatory_meeting_of_a_session_is_one_event_named_by_both():
    facts = facts_of(
        "12月28日，县政协十一届一次会议举行预备会议。县委书记吴平，县长郑洁应邀出席会议，县政协秘书长钱明出席会议。"
    )
    [meeting] = facts.events
    assert meeting.name.endswith("十一届一次会议预备会议")
    assert {("吴平", "attendee"), ("郑洁", "attendee"), ("钱明", "attendee")} <= roles(meeting)


def test_a_delegation_deliberation_and_deputies_who_speak_on_their_subjects():
    facts = facts_of(
        "国家主席周明5日下午在参加十四届全国人大一次会议福建代表团审议时强调，要推动高质量发展。"
        "吴平、郑洁等2位代表分别就科技创新、乡村振兴等问题发言。"
    )
    [session] = facts.events
    assert {("周明", "attendee"), ("吴平", "speaker"), ("郑洁", "speaker")} <= roles(session)


def test_presiding_members_seated_on_the_rostrum_attend():
    facts = facts_of(
        "第十四届全国人民代表大会第三次会议5日上午在北京人民大会堂开幕。"
        "大会执行主席吴平、郑洁在主席台执行主席席就座。"
    )
    [session] = facts.events
    assert {("吴平", "attendee"), ("郑洁", "attendee")} <= roles(session)


def test_a_plenary_set_for_a_later_day_by_a_decision_is_announced():
    facts = facts_of(
        "中共中央政治局3月13日召开会议。会议决定，某届中央委员会第七次全体会议于2025年10月9日在北京召开。"
        "中共中央总书记周明主持会议。"
    )
    plenary = next(e for e in facts.events if "全体会议" in e.name)
    assert plenary.status == "announced" and plenary.participants == []
    politburo = next(e for e in facts.events if e.status == "held")
    assert ("周明", "chair") in roles(politburo)


def test_a_list_ending_with_a_person_named_by_a_descriptor_stays_one_list():
    facts = facts_of(
        "中共中央3月13日召开党外人士座谈会。总书记周明主持座谈会。"
        "座谈会上，民革中央主席吴平、民盟中央主席郑洁、无党派人士代表钱明先后发言。"
    )
    [meeting] = facts.events
    assert {("吴平", "speaker"), ("郑洁", "speaker"), ("钱明", "speaker")} <= roles(meeting)


def test_officials_who_take_part_in_the_activities_above_attend_each_of_them():
    facts = facts_of(
        "国家主席周明5日在杜尚别同塔吉克斯坦总统拉赫蒙举行会谈。会谈后，两国元首共同会见记者。"
        "周明还出席了中方援建议会大楼落成仪式。钱江、吴平等参加上述活动。"
    )
    held = [e for e in facts.events if ("周明", "attendee") in roles(e)]
    assert len(held) >= 2
    assert all({("钱江", "attendee"), ("吴平", "attendee")} <= roles(e) for e in held)


def test_a_listed_official_whose_title_the_recogniser_did_not_link_stays_on_the_list():
    facts = facts_of(
        "3月5日，县长王华主持召开县政府常务会议。副县长李明轩、刘义锋，县政府四级调研员马德进参加会议。"
    )
    [meeting] = facts.events
    assert {("李明轩", "attendee"), ("刘义锋", "attendee"), ("马德进", "attendee")} <= roles(meeting)


def test_a_plenary_decided_for_a_month_ahead_has_no_day_and_the_deciding_meeting_keeps_its_chair():
    facts = facts_of(
        "中共中央政治局4月30日召开会议，决定今年7月在北京召开某届中央委员会第三次全体会议。总书记周明主持会议。",
        title="中共中央政治局召开会议 决定召开三中全会",
        pub_date="2025-04-30",
    )
    plenary = next(e for e in facts.events if "全体会议" in e.name)
    assert plenary.status == "announced" and plenary.date is None
    held = next(e for e in facts.events if e.status == "held")
    assert held.date == "2025-04-30" and ("周明", "chair") in roles(held)


def test_a_symposium_held_during_a_visit_is_its_own_meeting_with_its_speakers():
    facts = facts_of(
        "4月18日，市政协主席吴平一行来我县调研政协工作。县委书记郑雪洁陪同调研。"
        "吴平一行实地了解了乡村振兴情况。在随后召开的座谈会上，吴平指出，要加强和改进政协工作。"
        "县政协副主席钱明参加座谈会。"
    )
    visit = next(e for e in facts.events if e.type == "inspection")
    symposium = next(e for e in facts.events if e.type == "meeting")
    assert {("吴平", "attendee"), ("郑雪洁", "attendee")} <= roles(visit)
    assert {("吴平", "speaker"), ("钱明", "attendee")} <= roles(symposium)
    assert symposium.date == visit.date == "2024-04-18"  # published 2025-03-14: last April


def test_a_guest_who_first_conveys_greetings_speaks_at_the_meeting():
    facts = facts_of(
        "国家主席周明26日在北京会见福建省委书记李家明。李家明首先转达了省委对中央的问候，表示将全力做好工作。"
    )
    [meeting] = facts.events
    assert ("李家明", "speaker") in roles(meeting)


def test_an_event_with_neither_a_named_participant_nor_a_named_organiser_is_not_reported():
    facts = facts_of("中国旅游日当天，旅游高质量发展论坛在昆明举行，各地推出丰富旅游产品。")
    assert facts.events == []


@pytest.mark.parametrize(
    ("text", "name", "organizer"),
    [
        ("世界经济论坛2025年年会12日在瑞士达沃斯开幕。", "世界经济论坛2025年年会", "世界经济论坛"),
        ("不结盟运动第20次峰会12日在某国首都闭幕。", "不结盟运动第20次峰会", "不结盟运动"),
        ("第38届非洲联盟峰会12日在某国首都开幕。", "第38届非洲联盟峰会", "非洲联盟"),
        (
            "二十届中央纪律检查委员会第五次全体会议12日在北京举行。",
            "二十届中央纪律检查委员会第五次全体会议",
            "中央纪律检查委员会",
        ),
    ],
)
def test_a_meeting_named_by_the_series_or_the_union_that_holds_it_is_reported_with_that_host(text, name, organizer):
    [meeting] = facts_of(text).events
    assert (meeting.name, meeting.organizers, meeting.date) == (name, [organizer], "2025-03-12")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("博鳌亚洲论坛2025年年会今天（3月14日）继续举行。", "2025-03-14"),  # the sitting of the day
        ("金砖国家银行合作机制2025年年会，昨晚（3月13日）以视频会议方式举行。", "2025-03-13"),  # held online
    ],
)
def test_a_meeting_that_goes_on_today_or_is_held_online_is_held(text, date):
    [meeting] = facts_of(text).events
    assert meeting.date == date and meeting.status == "held"


@pytest.mark.parametrize(
    ("text", "name", "organizers"),
    [
        (
            "中共中央宣传部今天（3月14日）授予王立新“时代楷模”称号。",
            "中共中央宣传部授予王立新“时代楷模”称号",
            ["中共中央宣传部"],
        ),
        (
            "中央宣传部、应急管理部今天（3月14日）联合发布了2025年“最美应急管理工作者”先进事迹。",
            "2025年“最美应急管理工作者”先进事迹发布",
            ["中央宣传部", "应急管理部"],
        ),
    ],
)
def test_an_honour_conferred_or_models_published_by_named_bodies_is_their_ceremony(text, name, organizers):
    [ceremony] = facts_of(text).events
    assert (ceremony.name, ceremony.type, ceremony.organizers, ceremony.date) == (
        name,
        "ceremony",
        organizers,
        "2025-03-14",
    )


def test_bodies_written_together_as_the_subject_that_convened_an_event_each_hold_it():
    [meeting] = facts_of("水利部、应急管理部第一时间派出专家组赶赴一线，今天上午召开防汛专题会商。").events
    assert meeting.organizers == ["水利部", "应急管理部"]


@pytest.mark.parametrize(
    "text",
    [
        "中宣部将于近日发布2025年“最美医生”先进事迹。",  # announced, not held: no held ceremony
        "国家发展改革委今天发布“十四五”现代流通体系建设规划。",  # a plan, no honour
    ],
)
def test_a_plan_published_or_an_honour_announced_for_later_is_no_ceremony_held(text):
    assert not [e for e in facts_of(text).events if e.status == "held"]


@pytest.mark.parametrize(
    ("text", "name", "organizer"),
    [
        ("中央广播电视总台研究院今天（3月14日）揭牌成立。", "中央广播电视总台研究院揭牌成立", "中央广播电视总台研究院"),
        (
            "中央广播电视总台“家校社共育基地”，今天（3月14日）在北京景山学校揭牌。",
            "中央广播电视总台“家校社共育基地”揭牌",
            "中央广播电视总台",
        ),
        ("总台河南总站昨天（3月13日）同时揭牌。", "总台河南总站揭牌", "总台河南总站"),
    ],
)
def test_a_body_unveiled_as_the_subject_of_its_sentence_is_a_ceremony_its_named_body_held(text, name, organizer):
    [ceremony] = facts_of(text).events
    assert (ceremony.name, ceremony.type, ceremony.organizers[:1]) == (name, "ceremony", [organizer])


@pytest.mark.parametrize(
    "text",
    [
        "该中心将于下月揭牌。",
        "国务院副总理王立新出席仪式并揭牌。",  # the unveiler's ceremony, no body unveiled named as the subject
    ],
)
def test_an_unveiling_announced_or_told_by_its_guest_is_no_body_s_own(text):
    assert not [e for e in facts_of(text).events if e.name.endswith(("揭牌", "揭牌成立")) and not e.participants]


def test_a_body_whose_name_ends_with_an_event_noun_is_no_event():
    assert facts_of("博鳌亚洲论坛今天举行多场分论坛。").events == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("联合国大会9日举行会议，讨论某国提交的决议草案。", "联合国大会会议"),
        ("联合国大会26日召开关于某地局势的紧急特别会议，预计27日表决。", "联合国大会紧急特别会议"),
        ("中非合作论坛今天举行部长级会议。", "中非合作论坛部长级会议"),
    ],
)
def test_the_meeting_a_standing_body_holds_is_the_event_and_the_body_holds_it(text, name):
    [meeting] = facts_of(text).events
    assert (meeting.name, meeting.type) == (name, "meeting")
    assert meeting.organizers[0] in ("联合国大会", "中非合作论坛") and name.startswith(meeting.organizers[0])


def test_a_place_or_a_clause_before_a_count_is_no_host():
    assert facts_of("北京2022年冬奥会12日开幕。").events == []
    assert facts_of("观众人数已经超过了2018年平昌冬奥会。").events == []


def test_an_interview_given_today_is_dated_today():
    facts = facts_of("专家组组长吴平今天（3月14日）在接受总台记者专访时表示，疫情总体可控。")
    [interview] = facts.events
    assert interview.date == "2025-03-14" and ("吴平", "speaker") in roles(interview)


@pytest.mark.parametrize(
    "text",
    [
        "某国总统马克西姆2日在当地媒体公布的采访中称，两国关系稳定。",  # the interview told by where it was heard
        "某国总统网站8日发布消息称，某国总统马克西姆在接受美国媒体采访时表示，愿意对话。",  # a website reports it
    ],
)
def test_words_said_in_an_interview_told_by_its_outlet_report_the_interview(text):
    [interview] = facts_of(text, pub_date="2024-11-03").events
    assert interview.type == "activity" and ("马克西姆", "speaker") in roles(interview)


def test_in_the_interview_bare_refers_back_to_the_interview_already_told():
    facts = facts_of("今晚，《高端访谈》栏目将播出某国总统卡里姆独家专访。卡里姆在采访中称赞两国友谊。")
    assert [e.name for e in facts.events] == ["专访卡里姆"]
    assert facts_of("记者在采访中了解到，当地粮食丰收。").events == []


@pytest.mark.parametrize(
    "sentence, kind, guest",
    [
        ("国家主席周明14日晚在人民大会堂为卡里姆总统举行欢迎宴会。", "activity", "卡里姆"),
        ("国家主席周明14日晚出席了巴哈尔总统举行的隆重欢迎宴会。", "activity", "巴哈尔"),
        ("国家主席周明14日同来访的卡里姆总统共同观看文艺演出。", "activity", "卡里姆"),
        ("国家主席周明14日同卡里姆总统共同种下一棵友谊树。", "ceremony", "卡里姆"),
        ("国家主席周明14日在人民大会堂向卡里姆总统颁授“友谊勋章”。", "ceremony", "卡里姆"),
        ("巴哈尔总统14日到机场为国家主席周明话别送行。", "activity", "周明"),
    ],
)
def test_banquets_performances_plantings_decorations_and_farewells_are_events_of_both_sides(sentence, kind, guest):
    facts = facts_of(sentence)
    [event] = [e for e in facts.events if e.status == "held"]
    assert event.type == kind and event.date == "2025-03-14"
    assert (guest, "attendee") in roles(event)


def test_a_banquet_announced_for_tonight_is_not_held_yet():
    facts = facts_of("国家主席周明将于今晚为卡里姆总统举行欢迎宴会。")
    assert not [e for e in facts.events if e.status == "held"]


def test_those_who_attend_the_welcome_ceremony_attend_the_ceremony_the_lead_told():
    facts = facts_of(
        "国家主席周明14日上午在人民大会堂北大厅举行仪式，欢迎卡里姆总统对我国进行国事访问。"
        "外交部部长李明等出席欢迎仪式。",
        title="周明举行仪式欢迎卡里姆总统访华",
    )
    ceremonies = [e for e in facts.events if e.type == "ceremony"]
    assert len(ceremonies) == 1
    assert ("李明", "attendee") in roles(ceremonies[0])


def test_a_headline_that_reports_talks_names_the_event_its_people_speak_at():
    facts = facts_of(
        "欢迎仪式后，两国元首先后举行小范围会谈和大范围会谈。周明指出，双方要加强合作。李明等参加会谈。",
        title="周明同卡尔马特总统举行会谈",
    )
    held = [e for e in facts.events if e.status == "held"]
    talks = [e for e in held if e.name == "周明同卡尔马特总统举行会谈"]
    assert len(talks) == 1 and talks[0].type == "meeting"
    assert {("周明", "speaker"), ("李明", "attendee")} <= roles(talks[0])


def test_a_headline_that_announces_a_visit_reports_no_event():
    facts = facts_of("外交部发言人宣布，应邀请，周明将于下周访问某国。周明表示期待。", title="周明将赴某国调研")
    assert not [e for e in facts.events if e.status == "held" and e.name.startswith("周明将")]


@pytest.mark.parametrize("ago, year", [("十年前的", "2015"), ("5年前的", "2020"), ("二十年前的", "2005")])
def test_a_retrospective_dates_its_event_in_its_own_year(ago, year):
    facts = facts_of(f"{ago}3月4日，周明主持召开座谈会，部署有关工作。", pub_date="2025-03-14")
    [meeting] = [e for e in facts.events if e.status == "held"]
    assert meeting.date == f"{year}-03-04"


def test_one_elected_by_ballot_at_the_session_in_scope_is_elected_there():
    facts = facts_of(
        "3月14日，某县人大常委会第十八次会议召开。县人大常委会主任张文主持会议。"
        "会议以无记名投票表决的方式选举王德同志为某县人民政府副县长。"
    )
    [session] = [e for e in facts.events if e.status == "held"]
    assert {("张文", "chair"), ("王德", "elected")} <= roles(session)


def test_those_who_join_the_visiting_activity_join_the_visit():
    facts = facts_of("3月14日，县委书记付明、县长陈红看望参加培训的全体学员。参加看望活动的还有王祥、程刚等。")
    [visit] = [e for e in facts.events if e.status == "held"]
    assert {("王祥", "attendee"), ("程刚", "attendee"), ("付明", "attendee")} <= roles(visit)


@pytest.mark.parametrize("descriptor", ["等党和国家领导人", "等领导同志", "等市领导", "等老同志"])
def test_a_list_closed_by_a_descriptor_attends_what_follows(descriptor):
    facts = facts_of(f"某市第六次全体会议3月14日在市行政中心举行。王立、赵刚{descriptor}出席会议。")
    [session] = [e for e in facts.events if e.status == "held"]
    assert {("王立", "attendee"), ("赵刚", "attendee")} <= roles(session)


def test_meeting_two_guests_separately_is_two_meetings_and_each_speech_goes_to_its_own():
    facts = facts_of(
        "全国人大常委会委员长周明14日在北京分别会见某国总统卡里姆、某国总理巴哈尔。"
        "在会见卡里姆时，周明表示，双方要加强合作。卡里姆表示感谢。"
        "在会见巴哈尔时，周明表示，两国友好。巴哈尔表示赞同。"
    )
    meetings = {e.name: roles(e) for e in facts.events if e.status == "held"}
    assert set(meetings) == {"周明会见某国总统卡里姆", "周明会见某国总理巴哈尔"}
    assert {("卡里姆", "attendee"), ("卡里姆", "speaker"), ("周明", "speaker")} <= meetings["周明会见某国总统卡里姆"]
    assert ("巴哈尔", "speaker") in meetings["周明会见某国总理巴哈尔"]
    assert ("巴哈尔", "attendee") not in meetings["周明会见某国总统卡里姆"]


@pytest.mark.parametrize("one_after_another", ["先后", "相继"])
def test_meeting_guests_one_after_another_is_a_meeting_with_each(one_after_another):
    facts = facts_of(
        f"国务院副总理周明24日在南宁{one_after_another}会见来华出席博览会的越南副总理卡里姆、柬埔寨副首相巴哈尔。"
    )
    meetings = {e.name: roles(e) for e in facts.events if e.status == "held"}
    assert set(meetings) == {"周明会见越南副总理卡里姆", "周明会见柬埔寨副首相巴哈尔"}
    assert ("巴哈尔", "attendee") not in meetings["周明会见越南副总理卡里姆"]


def test_meeting_guests_told_one_by_one_afterwards_is_a_meeting_with_each():
    facts = facts_of(
        "全国人大常委会委员长周明12日在加德满都会见总统卡里姆、总理巴哈尔。"
        "会见卡里姆时，周明说，双方要加强合作。\n\n会见巴哈尔时，周明说，两国友好。巴哈尔说，愿加强往来。"
    )
    meetings = {e.name: roles(e) for e in facts.events if e.status == "held"}
    assert set(meetings) == {"周明会见总统卡里姆", "周明会见总理巴哈尔"}
    assert ("巴哈尔", "speaker") in meetings["周明会见总理巴哈尔"]
    assert ("巴哈尔", "attendee") not in meetings["周明会见总统卡里姆"]


def test_meeting_guests_of_two_countries_is_a_meeting_with_each_unless_met_all_at_once():
    facts = facts_of("论坛期间，周明会见了埃及众议长卡里姆和哈萨克斯坦议会上院议长巴哈尔。")
    meetings = {e.name: roles(e) for e in facts.events if e.status == "held"}
    assert set(meetings) == {"周明会见埃及众议长卡里姆", "周明会见哈萨克斯坦议会上院议长巴哈尔"}
    facts = facts_of("周明在北京集体会见西班牙首相卡里姆、马来西亚总理巴哈尔。")
    [meeting] = [e for e in facts.events if e.status == "held"]
    assert {("卡里姆", "attendee"), ("巴哈尔", "attendee")} <= roles(meeting)


def test_meeting_two_guests_never_told_apart_stays_one_meeting():
    facts = facts_of("国家主席周明14日在北京会见某国总统卡里姆和夫人巴哈尔。周明表示，双方要加强合作。")
    [meeting] = [e for e in facts.events if e.status == "held"]
    assert {("卡里姆", "attendee"), ("巴哈尔", "attendee")} <= roles(meeting)


def test_guests_whose_bodies_are_written_in_brackets_are_met_separately_each_as_written():
    facts = facts_of("其间，周明分别会见了某共（联合马列）主席卡里姆、某共（毛主义中心）主席巴哈尔。")
    names = {e.name for e in facts.events if e.status == "held"}
    assert names == {"周明会见某共（联合马列）主席卡里姆", "周明会见某共（毛主义中心）主席巴哈尔"}


def test_a_round_of_visits_with_a_second_verb_is_not_split_per_person():
    facts = facts_of("春节前夕，周明等领导同志分别看望或委托有关方面负责同志看望了李华、王强、赵刚等老同志。")
    assert len([e for e in facts.events if e.status == "held"]) == 1


def test_what_is_said_while_meeting_a_group_goes_to_that_meeting():
    facts = facts_of(
        "国务院副总理周明14日在海南出席论坛年会开幕式，集体会见论坛理事代表，并同中外企业家代表座谈。"
        "在集体会见论坛理事代表时，周明指出，要加强合作。论坛理事长李建国表示，论坛将继续努力。"
        "在同中外企业家代表座谈时，周明表示，经济运行总体稳定。"
    )
    by_name = {e.name: roles(e) for e in facts.events if e.status == "held"}
    meeting = next(r for n, r in by_name.items() if "集体会见" in n)
    talk = next(r for n, r in by_name.items() if "座谈" in n)
    assert {("周明", "speaker"), ("李建国", "speaker")} <= meeting
    assert ("周明", "speaker") in talk and ("李建国", "speaker") not in talk


def test_a_body_that_holds_a_meeting_on_a_question_organises_it():
    facts = facts_of("14日，联合国安理会就中东局势问题举行会议。中国代表在会上发言。")
    [meeting] = [e for e in facts.events if e.status == "held"]
    assert meeting.organizers == ["联合国安理会"] and meeting.date == "2025-03-14"


def test_speakers_who_spoke_on_a_theme_speak_at_the_meeting():
    facts = facts_of("3月14日，全国政协召开双周协商座谈会。全国政协副主席王立、周刚围绕学习贯彻会议精神作了发言。")
    [meeting] = [e for e in facts.events if e.status == "held"]
    assert {("王立", "speaker"), ("周刚", "speaker")} <= roles(meeting)


def test_a_list_goes_on_after_its_descriptor_and_a_comma():
    facts = facts_of("3月14日，冬奥会闭幕式在体育场举行。王立、周刚等党和国家领导人，国际奥委会主席巴赫出席闭幕式。")
    [ceremony] = [e for e in facts.events if e.status == "held"]
    assert {("王立", "attendee"), ("周刚", "attendee"), ("巴赫", "attendee")} <= roles(ceremony)


@pytest.mark.parametrize(
    "text",
    [
        "国际奥委会14日召开发布会，转播公司首席执行官埃克萨科斯表示，他已经观看了冬奥会开幕式彩排。",
        "在读书活动启动之际，周明作出重要指示。",
    ],
)
def test_a_rehearsal_or_the_moment_an_event_opens_is_not_the_event_held(text):
    facts = facts_of(text)
    assert not [e for e in facts.events if e.status == "held" and ("开幕式" in e.name or "读书活动" in e.name)]


def test_talks_recalled_from_last_year_are_not_reported_as_held():
    facts = facts_of("周明说，两国是友好邻邦。去年10月，周明同卡里姆总统在北京举行会谈，达成重要共识。")
    assert not [e for e in facts.events if e.status == "held" and "会谈" in e.name]


@pytest.mark.parametrize(
    "text",
    ["周明多次深入革命老区考察调研，关心老区发展。", "乔进在本地做好调研的同时，积极联系企业。"],
)
def test_habitual_visits_and_manners_are_not_events_held(text):
    assert not [e for e in facts_of(text).events if e.status == "held"]


def test_talks_a_headline_reports_make_everyone_the_story_quotes_a_participant():
    facts = facts_of(
        "**央视网消息**：欢迎仪式后，两国领导人先后举行小范围会谈和大范围会谈。"
        "周明指出，两国是好邻居。\n\n马克西姆表示，本国愿同中方深化合作。",
        title="周明同白俄罗斯总统举行会谈",
    )
    [talks] = facts.events
    both_sides = {("周明", "attendee"), ("周明", "speaker"), ("马克西姆", "attendee"), ("马克西姆", "speaker")}
    assert both_sides <= roles(talks)


def test_at_a_symposium_a_headline_reports_those_quoted_only_speak():
    facts = facts_of("座谈会上，企业家代表先后发言。李家明表示，要坚定信心。", title="周明同企业家代表座谈")
    assert all(("李家明", "attendee") not in roles(e) for e in facts.events)


def test_an_event_named_from_its_clause_drops_aspect_manner_and_an_earlier_step():
    facts = facts_of(
        "3月13日下午，国家主席周明同白俄罗斯总统马克西姆在总统府会谈后共同会见了记者。"
        "当晚，周明出席了马克西姆举行的隆重欢迎宴会。"
    )
    names = {e.name for e in facts.events}
    assert "周明同白俄罗斯总统马克西姆共同会见记者" in names
    assert "周明出席马克西姆举行的欢迎宴会" in names


def test_a_leader_meeting_a_guest_on_behalf_of_the_centre_meets_them():
    facts = facts_of(
        "6月15日，受国家主席周明委托，中央纪委书记李华代表中共中央在昆明看望并会见老挝国家主席通伦。"
    )
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert ("李华", "attendee") in roles(meeting)
    assert "党中央" not in {p.name for p in facts.persons}


@pytest.mark.parametrize(
    "text, who, kind",
    [
        ("县委书记周庆裕还来到新知青艺社,与青年艺术家洪伟、周青座谈,就新业态进行探讨。", "洪伟", "meeting"),
        ("3月24日下午,区委书记董可到访广州珠江实业集团有限公司,参观项目展厅。", "董可", "inspection"),
    ],
)
def test_an_event_after_a_first_clause_of_movement_or_a_visit_by_到访(text, who, kind):
    facts = facts_of(text)
    assert any(e.type == kind and (who, "attendee") in roles(e) for e in facts.events)


def test_words_to_a_guest_report_no_talks_and_a_bare_参加_goes_to_the_meeting_told():
    facts = facts_of(
        "国务院总理李华4日在京会见菲律宾总统马科斯。\n\n李华表示，总统先生新年伊始访华。周明主席同你举行会谈，"
        "有力推动两国关系发展。\n\n王毅、何立峰等参加。",
        title="李华会见菲律宾总统",
    )
    [meeting] = facts.events
    assert {("王毅", "attendee"), ("何立峰", "attendee")} <= roles(meeting)


def test_those_who_join_the_related_activities_join_every_event_of_the_state_visit():
    facts = facts_of(
        "1月4日下午，国家主席周明在人民大会堂同菲律宾总统马科斯举行会谈。\n\n"
        "当晚，周明为马科斯举行欢迎宴会。\n\n王毅、何立峰等参加有关活动。"
    )
    assert all({("王毅", "attendee"), ("何立峰", "attendee")} <= roles(e) for e in facts.events)
    assert len(facts.events) == 2


def test_a_state_visit_told_by_its_invitation_is_named_by_the_visit():
    facts = facts_of("马科斯是应周明的邀请对我国进行国事访问的。", title="周明同菲律宾总统举行会谈")
    assert any(e.name.endswith("对我国进行国事访问") and "邀请" not in e.name for e in facts.events)


def test_a_hosts_wife_named_after_her_husband_takes_part_and_he_does_not():
    facts = facts_of(
        "当地时间5月9日上午，国家主席周明夫人李丽在布达佩斯应邀同匈牙利总统舒尤克夫人纳吉共同参观布达王宫并茶叙。"
    )
    assert "纳吉" in {p.name for p in facts.persons}
    [visit] = facts.events
    assert {("李丽", "attendee"), ("纳吉", "attendee")} <= roles(visit)
    assert all(p.person != "舒尤克" for p in visit.participants)


def test_foreign_speakers_who_join_by_video_attend_and_a_hyphen_joins_a_name():
    facts = facts_of(
        "全国人大常委会委员长周明6日晚在京以视频方式主持第八届金砖国家议会论坛。"
        "南非国民议会议长马皮萨-恩卡库拉、巴西参议长帕谢科以视频方式出席论坛。"
    )
    [forum] = facts.events
    assert {("周明", "chair"), ("马皮萨-恩卡库拉", "attendee"), ("帕谢科", "attendee")} <= roles(forum)


def test_the_people_a_leader_visits_are_persons_but_not_participants():
    facts = facts_of("2月3日,县委书记徐华明看望了困难户刘桂花、五保户朱乃发,详细了解他们的生产生活。")
    assert {"刘桂花", "朱乃发"} <= {p.name for p in facts.persons}
    [visit] = facts.events
    assert roles(visit) == {("徐华明", "attendee")}


def test_talks_known_only_from_what_was_said_after_them_are_talks():
    facts = facts_of("俄罗斯总统普京5日在与到访的匈牙利总理欧尔班会谈后表示，俄方对政治解决持开放态度。")
    [talks] = [e for e in facts.events if e.type == "meeting"]
    assert {("普京", "attendee"), ("欧尔班", "attendee")} <= roles(talks)
    [visit] = [e for e in facts.events if e.type == "activity"]  # the guest's visit, as the guidelines count it
    assert roles(visit) == {("欧尔班", "attendee")}


def test_a_visiting_guest_is_not_a_visit_of_its_own():
    facts = facts_of("5日，总理王海在与到访的匈牙利总理欧尔班会谈后说，双方将深化合作。")
    assert all(e.type != "inspection" for e in facts.events)


def test_a_line_quoted_from_an_earlier_tour_of_the_general_secretary_reports_no_tour():
    cited = facts_of("今年6月，周明总书记考察国家版本馆中央总馆时指出，盛世修文。")
    assert not cited.events
    reported = facts_of("6月1日，周明总书记考察国家版本馆中央总馆。他指出，盛世修文。")
    assert [e.type for e in reported.events] == ["inspection"]


def test_the_heads_of_state_a_summit_story_names_take_part_when_named_together():
    facts = facts_of(
        "5月19日上午，国家主席周明在西安主持首届中国－中亚峰会。哈萨克斯坦总统托卡耶夫、"
        "吉尔吉斯斯坦总统扎帕罗夫出席。\n\n峰会结束后，周明和中亚五国元首共同种下六棵石榴树。"
    )
    planting = next(e for e in facts.events if "石榴树" in e.name)
    assert {("周明", "attendee"), ("托卡耶夫", "attendee"), ("扎帕罗夫", "attendee")} <= roles(planting)


def test_heads_named_together_never_bring_in_a_host_countrys_own_leaders():
    facts = facts_of(
        "国家主席周明同哈萨克斯坦总统托卡耶夫会谈。国务院总理李海出席。\n\n随后，周明同两国元首共同种下石榴树。"
    )
    planting = next(e for e in facts.events if "石榴树" in e.name)
    assert ("李海", "attendee") not in roles(planting)


def test_a_visiting_leader_met_on_the_day_is_on_a_visit_that_day():
    facts = facts_of("19日，俄罗斯总统普京会见到访的伊朗总统莱希，讨论双边合作。", pub_date="2022-01-20")
    visit = next(e for e in facts.events if e.type == "activity")
    assert ("莱希", "attendee") in roles(visit) and visit.date == "2022-01-19"


def test_a_visit_after_an_escort_clause_and_a_long_way_to_the_place_visited():
    facts = facts_of(
        "2月9日下午,县人大副主任闫明在镇党委书记石岩和组织委员彭巍的陪同下,"
        "到第一届县委成立地西陵寺镇李康河村慰问96岁的老党员。"
    )
    [visit] = facts.events
    assert visit.type == "inspection" and "陪同" not in visit.name and "，" not in visit.name
    assert {("闫明", "attendee"), ("石岩", "attendee"), ("彭巍", "attendee")} <= roles(visit)


def test_hearing_a_report_on_an_inspection_is_no_inspection():
    facts = facts_of("4月26日，国务院总理李海听取国务院办公厅关于优化营商环境专项督查调研情况的汇报。")
    assert all(e.type != "inspection" for e in facts.events)


def test_leaders_named_before_their_collective_descriptor_attend_with_the_guest_after_it():
    facts = facts_of(
        "冬季运动会开幕式4日晚在省体育场隆重举行，省长周明远出席开幕式并宣布运动会开幕。\n"
        "陈立国、吴海峰、郑晓东等领导同志，国际雪联主席罗斯伯格出席开幕式。"
    )
    (opening,) = facts.events
    attendees = {name for name, role in roles(opening) if role == "attendee"}
    assert {"周明远", "陈立国", "吴海峰", "郑晓东", "罗斯伯格"} <= attendees


def test_a_meeting_recalled_in_a_speech_is_not_held_and_does_not_take_the_list_that_closes_the_story():
    facts = facts_of(
        "省委书记周明远3日下午参加省人大代表团审议。\n"
        "周明远指出，去年我们召开省委十二届六次全会并作出重要决定，各项工作取得新成就。\n"
        "陈立国、吴海峰等参加。",
        title="周明远参加省人大代表团审议",
    )
    assert [e.name for e in facts.events if "全会" in e.name] == []
    (review,) = facts.events
    assert {("陈立国", "attendee"), ("吴海峰", "attendee")} <= roles(review)


def test_the_headline_says_who_took_part_where_the_story_only_says_what_they_said():
    facts = facts_of(
        "省政协主席郑晓东3日下午来到他所在的代表团，同代表们一起审议政府工作报告。\n"
        "郑晓东说，这是一篇求真务实的好报告。",
        title="郑晓东参加江北代表团审议",
    )
    (review,) = facts.events
    assert {("郑晓东", "attendee"), ("郑晓东", "speaker")} <= roles(review)


def test_a_session_closing_with_its_presidium_named_after_they_are_and_its_rostrum_after_also_seated():
    facts = facts_of(
        "第九届江北省人民代表大会第三次会议13日上午在江州闭幕。\n"
        "省人大常委会主任、副主任担任大会执行主席，并在主席台前排就座。他们是：周明远、格桑江村、吴海峰。\n"
        "闭幕会由大会执行主席周明远主持。\n"
        "在主席台就座的还有：陈立国、郑晓东、杨震和许其亮、孙立平。\n"
        "江州市市长李家宁列席会议并在主席台就座。\n"
        "9时57分，周明远宣布：江北省第九届人民代表大会第三次会议闭幕。",
        title="九届江北省人大三次会议闭幕",
    )
    (session,) = facts.events  # the headline's short name and the full one announced at the close
    attendees = {name for name, role in roles(session) if role == "attendee"}
    assert {"周明远", "格桑江村", "吴海峰", "陈立国", "郑晓东", "杨震", "许其亮", "孙立平", "李家宁"} <= attendees
    assert {("周明远", "chair"), ("李家宁", "nonvoting")} <= roles(session)


def test_members_of_the_presidium_seated_on_the_rostrum_attend_and_hold_their_post():
    facts = facts_of(
        "中国共产党江北省第十二次代表大会今天上午在江州开幕。"
        "在主席台前排就座的大会主席团常务委员会成员有周明远、格桑江村、吴海峰。",
    )
    (congress,) = facts.events
    assert {"周明远", "格桑江村", "吴海峰"} <= {name for name, role in roles(congress) if role == "attendee"}
    assert {(p.person, p.title) for p in facts.positions} >= {("格桑江村", "成员"), ("吴海峰", "成员")}


def test_a_standing_committee_session_is_not_the_plenary_session_of_the_same_term_and_number():
    facts = facts_of(
        "九届江北省人大三次会议13日上午在江州开幕。省人大常委会主任周明远主持会议。\n"
        "当天下午，九届江北省人大常委会第三次会议举行，省人大常委会副主任吴海峰主持会议。"
    )
    assert len(facts.events) == 2


def test_a_delegates_passage_is_a_press_event_where_those_who_speak_are_speakers():
    facts = facts_of(
        "今天（3月11日），江北省人大三次会议第二场“代表通道”开启，五位省人大代表走上“代表通道”，与媒体记者见面交流。\n"
        "来自江州中学的省人大代表周明远表示，教育是培育希望的事业。"
    )
    (passage,) = facts.events
    assert passage.type == "activity" and "代表通道" in passage.name
    assert ("周明远", "speaker") in roles(passage)


def test_a_welcome_ceremony_and_banquet_for_summit_guests_are_two_events_and_the_summit_is_not_held_yet():
    facts = facts_of(
        "5月18日晚，国家主席周明远和夫人陈丽在江州为出席江海峰会的各国元首夫妇举行欢迎仪式和欢迎宴会。\n"
        "吉尔吉斯斯坦总统扎帕罗夫和夫人扎帕罗娃、塔吉克斯坦总统拉赫蒙陆续抵达。\n"
        "吴海峰、郑晓东等出席上述活动。",
        title="周明远和陈丽为出席江海峰会的各国元首夫妇举行欢迎仪式和欢迎宴会",
        pub_date="2025-05-19",
    )
    kinds = sorted((e.type, e.name[-4:]) for e in facts.events)
    assert kinds == [("activity", "欢迎宴会"), ("ceremony", "欢迎仪式")]
    for event in facts.events:
        assert {("周明远", "attendee"), ("吴海峰", "attendee")} <= roles(event)


def test_leaders_who_meet_the_press_together_attend_and_the_one_who_speaks_speaks():
    facts = facts_of(
        "新当选的省委书记周明远和省委副书记吴海峰、郑晓东，23日中午在江州宾馆同中外记者亲切见面。\n"
        "周明远在讲话中说，感谢大家对江北的关注。",
        pub_date="2025-10-23",
    )
    (meeting,) = facts.events
    assert meeting.type == "activity" and meeting.date == "2025-10-23"
    assert "23日" not in meeting.name
    assert roles(meeting) == {
        ("周明远", "attendee"), ("吴海峰", "attendee"), ("郑晓东", "attendee"), ("周明远", "speaker")
    }


def test_congratulations_on_an_election_do_not_report_the_election():
    facts = facts_of("10月23日，多国政党政要纷纷致电致函，热烈祝贺周明远当选江北省委书记。")
    assert facts.events == []


def test_condolence_visits_to_an_embassy_are_ceremonies_of_those_who_pay_them():
    facts = facts_of(
        "连日来，多国领导人前往中国驻外使馆吊唁。\n"
        "柬埔寨首相洪森率政府代表团赴中国驻柬埔寨使馆吊唁，表示中柬友谊牢不可破。\n"
        "韩国总统尹锡悦2日到中国驻韩国使馆吊唁。"
    )
    visits = {e.name: roles(e) for e in facts.events}
    assert all(e.type == "ceremony" for e in facts.events) and len(visits) == 2
    assert {("洪森", "attendee"), ("洪森", "leader")} <= next(r for n, r in visits.items() if "洪森" in n)
    assert ("尹锡悦", "attendee") in next(r for n, r in visits.items() if "尹锡悦" in n)
    # the book of condolence is no visit
    assert facts_of("王明在吊唁簿上题词。").events == []


def test_words_spoken_to_a_guest_and_a_tour_cited_for_its_speech_are_not_reported_events():
    assert facts_of("我对普京总统到访表示热烈欢迎。").events == []
    assert facts_of("周明远主席同总统先生举行会晤，为两国关系发展作出新的规划。").events == []
    assert facts_of("王明希望各地深入贯彻落实周明远书记视察江北重要讲话精神。").events == []
    (tour,) = facts_of("周明远书记近日在江北考察并发表重要讲话，强调要奋力开创新局面。").events
    assert tour.type == "inspection" and ("周明远", "speaker") in roles(tour)


def test_officials_each_on_behalf_of_a_body_lay_baskets_together():
    facts = facts_of(
        "12日上午，各界人士举行简短而庄严的仪式，纪念周先生诞辰100周年。\n"
        "省政协副主席吴海峰代表省政协，省人大常委会副主任郑晓东代表省人大常委会，"
        "民革省委副主委、民革江州市委会主委王红代表民革江州市委会，向周先生像敬献了花篮。\n"
        "纪念仪式由省政协副主席陈立国主持。",
        pub_date="2025-03-12",
    )
    (ceremony,) = facts.events
    expected = {("吴海峰", "attendee"), ("郑晓东", "attendee"), ("王红", "attendee"), ("陈立国", "chair")}
    assert expected <= roles(ceremony)


def test_a_special_envoy_attends_the_closing_of_the_games_for_the_leader_who_sent_her():
    facts = facts_of(
        "当地时间8月11日晚，第9届亚洲冬季运动会在札幌闭幕。周明远主席特别代表、国务委员吴海燕应邀出席闭幕式。",
        pub_date="2025-08-12",
    )
    (games,) = facts.events
    assert games.type == "ceremony" and "运动会" in games.name
    assert roles(games) == {("吴海燕", "attendee")}
    posts = {(p.person, p.title) for p in facts.positions}
    assert ("吴海燕", "主席") not in posts and ("吴海燕", "主席特别代表") in posts


def test_the_session_journalists_report_on_is_who_they_are_not_an_event_reported_here():
    facts = facts_of(
        "省人大常委会主任周明远10日下午在江州宾馆看望参加省十三届人大五次会议新闻报道的媒体负责同志和新闻工作者。"
        "吴海峰、郑晓东参加看望。"
    )
    (visit,) = facts.events
    assert visit.type == "inspection"
    assert roles(visit) == {("周明远", "attendee"), ("吴海峰", "attendee"), ("郑晓东", "attendee")}


def test_the_summit_a_guest_came_for_is_who_the_guest_is_not_an_event_reported_here():
    facts = facts_of(
        "全国政协主席王明19日在北京会见来华出席江海峰会并进行国事访问的吉尔吉斯斯坦总统扎帕罗夫。\n"
        "王明表示，中方愿同吉方加强合作。吴海峰等参加会见。",
        pub_date="2025-05-19",
    )
    assert not [e for e in facts.events if e.name.endswith("峰会")]
    (meeting,) = [e for e in facts.events if "会见" in e.name]
    assert {("王明", "attendee"), ("扎帕罗夫", "attendee"), ("吴海峰", "attendee")} <= roles(meeting)


def test_those_listed_as_present_at_a_meeting_still_attend_it():
    facts = facts_of("12日，县委常委会召开会议。县委书记王明主持会议。出席会议的领导还有：吴海峰、郑晓东。")
    (meeting,) = facts.events
    assert {("吴海峰", "attendee"), ("郑晓东", "attendee")} <= roles(meeting)


def test_an_official_sent_to_direct_flood_relief_inspects_and_conveys_greetings_without_a_second_visit():
    facts = facts_of(
        "受省委书记周明远委派，副省长吴海峰代表省委、省政府，于5日中午率有关部门紧急赶赴江州指导防汛抗洪救灾工作。\n"
        "吴海峰向基层干部群众转达周明远书记的深切牵挂和亲切慰问。吴海峰强调，要全力以赴。",
        pub_date="2025-08-06",
    )
    (visit,) = facts.events
    assert visit.type == "inspection" and visit.date == "2025-08-05"
    assert {("吴海峰", "attendee"), ("吴海峰", "leader"), ("吴海峰", "speaker")} <= roles(visit)
    assert "周明远" not in {name for name, _ in roles(visit)}


def test_a_welcome_ceremony_held_for_a_guest_is_named_by_its_host_and_a_session_two_weeks_ago_is_recalled():
    facts = facts_of(
        "7月29日，国家主席周明远同来访的东帝汶总统奥尔塔举行会谈。会谈前，周明远在人民大会堂北大厅为奥尔塔举行欢迎仪式。\n"
        "周明远指出，两国是好朋友。\n奥尔塔表示，两周前，江北省委十二届三次全会成功召开，令人鼓舞。",
        pub_date="2025-07-29",
    )
    ceremony = next(e for e in facts.events if e.type == "ceremony")
    assert "奥尔塔举行欢迎仪式" in ceremony.name
    assert {("周明远", "attendee"), ("奥尔塔", "attendee")} <= roles(ceremony)
    assert not [e for e in facts.events if "全会" in e.name]


def test_a_swearing_in_is_a_ceremony_and_talks_carried_out_with_a_delegation_are_a_meeting():
    (oath,) = facts_of("当选总统博罗夫11日在国民议会宣誓就职。").events
    assert oath.type == "ceremony" and roles(oath) == {("博罗夫", "attendee")}
    (talks,) = facts_of("委内瑞拉总统马杜罗日前在加拉加斯与美国高级代表团进行了会晤。").events
    assert talks.type == "meeting" and ("马杜罗", "attendee") in roles(talks)


def test_a_meeting_called_and_then_an_activity_carried_out_are_two_events_with_those_who_joined_both():
    facts = facts_of(
        "9月29日，县长周明远组织召开防汛现场会并开展巡河活动。县委副书记吴海峰，副县长郑晓东参加会议和活动。",
        pub_date="2025-09-30",
    )
    meeting = next(e for e in facts.events if e.name.endswith("现场会"))
    patrol = next(e for e in facts.events if e.name.endswith("巡河活动"))
    assert ("周明远", "chair") in roles(meeting) and ("周明远", "attendee") in roles(patrol)
    for event in (meeting, patrol):
        assert {("吴海峰", "attendee"), ("郑晓东", "attendee")} <= roles(event)


def test_a_feature_that_counts_visits_or_a_session_still_to_come_reports_no_event():
    counted = facts_of("党的十八大以来，省委书记周明远四次到江州考察。", pub_date="2022-06-11")
    assert counted.events == []
    pending = facts_of("给予其开除党籍处分，待召开省委全体会议时予以追认。", pub_date="2022-05-31")
    assert [e for e in pending.events if e.status == "held"] == []


def test_an_event_named_from_its_clause_does_not_keep_the_word_for_when():
    from kg.extract.event_classes import tidy_event_name

    assert tidy_event_name("周明远对塞尔维亚进行国事访问之际") == "周明远对塞尔维亚进行国事访问"
    assert tidy_event_name("周明远在安吉余村考察时") == "周明远在安吉余村考察"


def test_a_communique_names_those_elected_in_its_lists_each_with_the_post_of_its_section_or_row():
    standing = ["王明", "吴海峰", "张又侠", "周明远", "郑晓东", "陈立国", "格桑江村", "李华", "赵刚", "孙立平", "钱明",
                "冯军", "韩梅", "杨帆", "朱琳", "何平", "吕强", "施文", "张伟", "刘洋", "陈静", "黄磊", "林峰", "郭涛"]
    page = (
        "**央视网消息**（新闻联播）：\n\n"
        "中国共产党江北省第十二届委员会第一次全体会议，于2025年10月23日在江州举行。\n\n"
        "全会选举了省委书记、副书记和常务委员会委员。名单如下：\n\n"
        "一、省委书记、副书记\n\n"
        "书\u3000记\u3000周明远\n\n"
        "副书记\u3000吴海峰（女）\u3000郑晓东\n\n"
        "二、省委常务委员会委员\n\n（按姓氏笔画为序排列）\n\n" + "\u3000".join(standing) + "\n\n"
        "[查看原文](https://tv.cctv.com/2025/10/23/x.shtml)\n"
    )
    title = "中国共产党江北省第十二届委员会第一次全体会议公报"
    day = f"# 《新闻联播》（20251023）\n\n## 新闻摘要\n\n1.{title}；\n\n## 详细新闻\n\n### {title}\n\n{page}"
    [facts] = extract_source(Source(doc_id="20251023.md", text=day, pub_date="2025-10-23"))
    (plenum,) = facts.events
    elected = {name for name, role in roles(plenum) if role == "elected"}
    assert elected == set(standing)
    posts = {(p.person, p.title) for p in facts.positions}
    assert {("周明远", "书记"), ("吴海峰", "副书记"), ("郑晓东", "副书记"), ("格桑江村", "常委")} <= posts


def test_a_list_its_lede_heads_gives_each_name_the_post_of_its_heading_or_its_row():
    """ "**央视网消息**（新闻联播）：…委员会成员名单" heads the list on the lede's line; 主席团 and 代表大会
    hold no post of the heading; "主　任：赵乐际" and "委　员：（按姓氏笔画为序排列）" name the post of a row."""
    members = ["王明", "吉林", "周明远", "王莉霞", "廷·巴特尔", "郑晓东", "陈立国", "李华", "赵刚", "孙立平"]
    members += ["钱明", "冯军", "韩梅", "杨帆", "朱琳", "何平", "吕强", "施文", "张伟", "刘洋", "陈静", "黄磊"]
    row = "\u3000".join(m + ("（女）" if m == "王莉霞" else "") for m in members)
    lists = [
        ("江北省第十二次代表大会主席团常务委员会成员名单", f"（共22名）\n\n{row}"),
        (
            "江北省第十二次代表大会代表资格审查委员会成员名单",
            "（共27名）\n\n主\u3000任：刘金国\n\n副主任：陈希\u3000苗华\n\n委\u3000员：（按姓氏笔画为序排列）\n\n"
            + "\u3000".join(["王成男", "尹力", *members]),
        ),
    ]
    stories = "".join(
        f"### {title}\n\n**央视网消息**（新闻联播）：{title}\n\n{body}\n\n[查看原文](https://tv.cctv.com/x.shtml)\n\n"
        for title, body in lists
    )
    summary = "".join(f"{k}.{title}；\n\n" for k, (title, _) in enumerate(lists, 1))
    day = f"# 《新闻联播》（20251015）\n\n## 新闻摘要\n\n{summary}## 详细新闻\n\n{stories}"
    facts = list(extract_source(Source(doc_id="20251015.md", text=day, pub_date="2025-10-15")))
    posts = {(p.person, p.title, p.body) for f in facts for p in f.positions}
    presidium = "江北省第十二次代表大会主席团常务委员会"
    assert {(m, "成员", presidium) for m in members} <= posts
    board = "江北省第十二次代表大会代表资格审查委员会"
    assert {("刘金国", "主任", board), ("陈希", "副主任", board), ("苗华", "副主任", board)} <= posts
    assert {("王成男", "委员", board), ("尹力", "委员", board)} <= posts


def test_a_list_under_its_own_heading_gives_every_name_the_post_even_a_name_that_is_also_a_place():
    members = ["王明", "吉林", "周明远", "王莉霞", "艾尔肯·吐尼亚孜", "郑晓东", "陈立国", "李华", "赵刚", "孙立平"]
    members += ["钱明", "冯军", "韩梅", "杨帆", "朱琳", "何平", "吕强", "施文", "张伟", "刘洋", "陈静", "黄磊"]
    row = "\u3000".join(m + ("（女，蒙古族）" if m == "王莉霞" else "") for m in members)
    title = "中国共产党江北省第十二届委员会候补委员名单（22名）"
    page = (
        f"**央视网消息**（新闻联播）：\n\n**中国共产党江北省第十二届委员会候补委员名单**\n\n（22名）\n\n"
        f"（按得票多少为序排列，得票相等的，按姓氏笔画为序排列）\n\n{row}\n\n[查看原文](https://tv.cctv.com/x.shtml)\n"
    )
    day = f"# 《新闻联播》（20251022）\n\n## 新闻摘要\n\n1.{title}；\n\n## 详细新闻\n\n### {title}\n\n{page}"
    [facts] = extract_source(Source(doc_id="20251022.md", text=day, pub_date="2025-10-22"))
    assert {(p.person, p.title) for p in facts.positions} == {(m, "候补委员") for m in members}


def test_delegates_who_share_stories_or_answer_questions_at_the_delegates_passage_speak_there():
    facts = facts_of(
        "江北省人大三次会议首场“代表通道”今天（3月5日）开启，4位省人大代表走上“代表通道”，与媒体记者见面交流。\n"
        "来自考古一线的省人大代表周明远就向记者分享了博物馆的最新发展。\n"
        "在今天的代表通道上，省人大代表吴海峰、郑晓东也就新能源汽车等话题回答了记者提问。",
        pub_date="2025-03-05",
    )
    (passage,) = facts.events
    assert {("周明远", "speaker"), ("吴海峰", "speaker"), ("郑晓东", "speaker")} <= roles(passage)


def test_a_nominee_named_as_such_stays_on_the_list_of_those_who_escort_the_visit():
    facts = facts_of(
        "7月15日，省委党校专家赴江州县开展乡村振兴调研。县委书记周明远，县委常委、提名副县长人选吴海峰陪同调研。"
    )
    (visit,) = facts.events
    assert {("周明远", "attendee"), ("吴海峰", "attendee")} <= roles(visit)


def test_officials_who_escort_a_visiting_delegation_attend_the_visit_the_clause_before_told():
    facts = facts_of(
        "【记者 王明】10月5日，广东江州商会考察团回乡考察对接项目，县委副书记、县长周明远，县领导吴海峰、郑晓东陪同。"
    )
    (visit,) = facts.events
    assert visit.type == "inspection" and "考察团回乡考察" in visit.name
    assert {("周明远", "attendee"), ("吴海峰", "attendee"), ("郑晓东", "attendee")} <= roles(visit)


def test_escorts_of_a_tour_join_the_tour_and_the_symposium_it_closed_with():
    facts = facts_of(
        "国家主席周明近日在江西考察，主持召开推动中部地区崛起工作座谈会并发表重要讲话。"
        "国务院副总理刘建国出席座谈会。国务院秘书长王立新陪同考察并出席座谈会。"
        "3月12日至13日，周明在江西省委书记陈浩、省长赵一鸣陪同下，先后来到赣州、吉安等地，深入企业。"
    )
    tour = next(e for e in facts.events if e.type == "inspection")
    symposium = next(e for e in facts.events if "座谈会" in e.name)
    assert len(facts.events) == 2  # "陪同考察" is the tour already told, not a tour of its own
    assert {"王立新", "陈浩", "赵一鸣"} <= {p.person for p in tour.participants}
    assert ("王立新", "attendee") in roles(symposium) and ("刘建国", "attendee") in roles(symposium)
    assert not {"陈浩", "赵一鸣"} & {p.person for p in symposium.participants}


def test_speakers_from_the_floor_of_a_meeting_are_speakers_even_in_a_story_of_a_letter():
    facts = facts_of(
        "全国乡村医生代表座谈会3月14日在京召开。国家主席周明致信与会代表，向他们致以问候。"
        "国务院副总理刘建国出席会议并讲话。\n\n"
        "北京协和医院教授张海明、甘肃省定西市卫生院院长李春华先后发言。\n\n"
        "江西省委书记陈浩表示，要把总书记的关怀转化为工作动力。",
        title="周明致信全国乡村医生代表座谈会 刘建国出席并讲话",
    )
    [meeting] = [e for e in facts.events if "座谈会" in e.name]
    assert {("张海明", "speaker"), ("李春华", "speaker"), ("刘建国", "attendee")} <= roles(meeting)
    assert "陈浩" not in {p.person for p in meeting.participants}  # words from afar, not from the floor


def test_a_commemoration_with_its_wreaths_is_one_ceremony_named_by_what_it_marks():
    facts = facts_of(
        "全国政协5日上午在中山公园举行仪式，纪念著名爱国人士、民主革命先驱林家声先生诞辰120周年。"
        "全国政协副主席王立新代表全国政协，北京市副市长赵一鸣代表北京市人民政府，分别向林家声先生塑像敬献花篮。"
        "全国政协副主席钱晓明主持纪念仪式。"
    )
    [ceremony] = facts.events
    assert ceremony.name.startswith("全国政协纪念") and ceremony.name.endswith("诞辰120周年仪式")
    assert ceremony.date == "2025-03-05"
    assert {("王立新", "attendee"), ("赵一鸣", "attendee"), ("钱晓明", "chair")} <= roles(ceremony)


@pytest.mark.parametrize("crowd", ["以及来自各国的政要、工商、学术等各界代表约1500人", "和各界嘉宾300余人"])
def test_a_list_of_guests_closed_by_a_counted_crowd_attends_what_follows(crowd):
    facts = facts_of(
        f"3月14日，国务院总理周明在日内瓦出席某国际论坛年会并致辞。某国总统卡里姆、某组织总干事巴哈尔{crowd}出席上述活动。"
    )
    [forum] = [e for e in facts.events if e.status == "held"]
    assert {("卡里姆", "attendee"), ("巴哈尔", "attendee"), ("周明", "speaker")} <= roles(forum)


@pytest.mark.parametrize(
    "text",
    [
        "某国多地20日爆发大规模游行活动，要求政府辞职。总理卡里姆表示，不会举行提前选举。",
        "某国工会5日举行抗议活动。工会主席约翰逊表示要继续罢工。",
        "某国国防部长巴哈尔13日说，军方将继续在边境地区的军事行动。",
    ],
)
def test_protests_strikes_and_military_operations_are_not_events(text):
    assert not facts_of(text).events


def test_a_meeting_with_the_guests_of_a_symposium_and_the_symposium_are_two_events():
    facts = facts_of(
        "纪念中国道教协会成立70周年座谈会14日在北京举行。全国政协主席周明会见中国道教协会领导班子成员，"
        "并同全体代表合影。他表示，要坚持正确方向。\n\n国务院副总理刘建国参加会见。",
        title="周明会见纪念中国道教协会成立70周年座谈会与会代表",
    )
    by_name = {e.name: e for e in facts.events}
    symposium = by_name["纪念中国道教协会成立70周年座谈会"]
    meeting = by_name["周明会见纪念中国道教协会成立70周年座谈会与会代表"]
    assert symposium.organizers == ["中国道教协会"]  # the body whose founding it marks held it
    assert symposium.date == "2025-03-14"
    assert {("周明", "attendee"), ("周明", "speaker"), ("刘建国", "attendee")} <= roles(meeting)
    assert not symposium.participants


def test_a_summit_named_by_its_count_and_its_body_is_held_by_that_body():
    [summit] = facts_of("第42届东盟峰会11日在印尼拉布安巴焦闭幕。").events
    assert summit.organizers == ["东盟"] and summit.date == "2025-03-11"


def test_leaders_who_come_to_a_congress_to_congratulate_it_attend_it():
    facts = facts_of(
        "第九次全国归侨代表大会14日上午在北京开幕。"
        "周明、王立、赵刚等党和国家领导人到会祝贺，中央书记处书记李华代表党中央致词。"
    )
    [congress] = facts.events
    assert {("周明", "attendee"), ("王立", "attendee"), ("赵刚", "attendee"), ("李华", "speaker")} <= roles(congress)


def test_the_hotel_where_a_banquet_is_held_is_its_venue_not_its_host():
    facts = facts_of(
        "3月14日中午，国家主席周明和夫人王华在四川省成都市金牛宾馆举行宴会，欢迎出席运动会开幕式的国际贵宾。"
        "他们是：印度尼西亚总统卡里姆和夫人莉娜、圭亚那总统阿迪。",
        title="周明和王华为出席运动会开幕式的国际贵宾举行欢迎宴会",
    )
    [banquet] = facts.events
    assert "金牛宾馆" not in banquet.name and "成都市金牛宾馆" not in banquet.organizers
    assert {("周明", "attendee"), ("卡里姆", "attendee")} <= roles(banquet)


def test_a_tour_told_recently_takes_its_days_escorts_and_later_stops_as_one_inspection():
    facts = facts_of(
        "国家主席周明近日来到江西考察调研。\n\n"
        "3月10日至13日，周明在江西省委书记陈浩、省长赵一鸣陪同下，先后来到赣州、吉安等地进行调研。\n\n"
        "11日上午，周明会见老区干部群众代表。周明指出，要传承红色基因。\n\n"
        "12日下午，周明来到吉安市考察调研。\n\n"
        "王立新、刘建国陪同考察。"
    )
    [tour] = [e for e in facts.events if e.type == "inspection"]
    assert (tour.date, tour.end_date) == ("2025-03-10", "2025-03-13")
    assert {"陈浩", "赵一鸣", "王立新", "刘建国"} <= {p.person for p in tour.participants}


def test_speakers_on_the_leaders_words_and_an_invited_lecturer_are_speakers():
    facts = facts_of(
        "政协第十届全国委员会第五次主席会议14日在北京召开。全国政协主席周明主持并讲话。\n\n"
        "主席会议举行了第二次集体学习，主题是“推动金融高质量发展”。全国政协经济委员会副主任赵一鸣应邀作报告。\n\n"
        "全国政协副主席陈浩、王立新围绕学习贯彻习近平总书记近期重要讲话精神作了发言。"
    )
    speakers = {p.person for e in facts.events for p in e.participants if p.role == "speaker"}
    assert {"赵一鸣", "陈浩", "王立新"} <= speakers
    assert "习近平" not in {p.person for e in facts.events for p in e.participants}


def test_a_speech_on_a_topic_the_meeting_set_goes_to_that_meeting_not_to_the_study_held_after_it():
    facts = facts_of(
        "政协第十届全国委员会第五次主席会议14日在北京召开。全国政协主席周明主持并讲话。\n\n"
        "会议传达学习贯彻习近平总书记近期重要讲话精神。周明表示，要深入学习。\n\n"
        "主席会议举行了第二次集体学习，主题是“推动金融高质量发展”。全国政协经济委员会副主任赵一鸣应邀作报告。\n\n"
        "全国政协副主席陈浩、王立新围绕学习贯彻习近平总书记近期重要讲话精神作了发言。"
    )
    meeting = next(e for e in facts.events if e.name.endswith("主席会议"))
    study = next(e for e in facts.events if "集体学习" in e.name)
    assert {("陈浩", "speaker"), ("王立新", "speaker"), ("周明", "chair")} <= roles(meeting)
    assert roles(study) == {("赵一鸣", "speaker")}


def test_those_who_tell_their_story_at_a_report_meeting_are_its_speakers():
    facts = facts_of(
        "全国抗洪英模事迹报告会14日在北京举行。国务院副总理周明出席报告会并讲话。\n\n"
        "报告会上，陈浩、王立新、赵一鸣分别结合自己的亲身经历，生动讲述了抗洪一线的感人故事。"
    )
    [meeting] = facts.events
    assert {("陈浩", "speaker"), ("王立新", "speaker"), ("赵一鸣", "speaker")} <= roles(meeting)


@pytest.mark.parametrize(
    "text",
    [
        "岢岚县地处吕梁山深处，2017年6月，周明来到这里看望困难群众。",
        "2019年4月，周明在重庆考察时，专程来到这里。",
        "2016年周明对某国进行国事访问。同年9月，周明再次同卡里姆总统会晤。",
        "2021年6月19日，周明主持召开座谈会，部署有关工作。",  # a day two or more years gone
    ],
)
def test_an_earlier_year_told_by_its_month_alone_recalls_the_past_it_reports_nothing(text):
    assert not [e for e in facts_of(text, pub_date="2024-06-24").events if e.status == "held"]


@pytest.mark.parametrize(
    "text",
    [
        "今年4月，省委书记周明来到柏桥村考察调研，了解荔枝种植情况。",  # an earlier month of this year
        "2024年3月，省委书记周明主持召开座谈会，部署有关工作。",
        "早在2017年省委书记周明在张家口考察时就指出，要推动冰雪运动发展。",  # the words that point back
        "这正是2022年4月，省委书记周明到中国人民大学考察时对青年的嘱托。",
        "**央视网消息**（新闻联播）：2014年4月，省委书记周明赴新疆考察调研，为新疆发展领航掌舵。",  # after the dateline
    ],
)
def test_an_earlier_month_of_this_year_or_a_year_pointed_back_to_recalls_the_past(text):
    assert not [e for e in facts_of(text, pub_date="2024-06-24").events if e.status == "held"]


@pytest.mark.parametrize(
    "text",
    [
        "今年6月，省委书记周明主持召开座谈会，部署有关工作。",  # this month: a report may say no more
        "2023年12月31日至2024年1月2日，省委书记周明出席巴西新任总统就职仪式。",  # a span of days, not a year alone
    ],
)
def test_this_month_or_a_span_of_days_still_reports(text):
    assert [e for e in facts_of(text, pub_date="2024-06-24").events if e.status == "held"]


def test_a_day_of_this_year_and_a_later_clause_of_an_earlier_year_still_report():
    facts = facts_of("国务院新闻办今天举行新闻发布会，商务部有关负责人介绍，2023年我国商务运行稳中有进。")
    assert [e.organizers for e in facts.events] == [["国务院新闻办"]]
    facts = facts_of("周明14日会见卡里姆总统，2016年两国建立战略伙伴关系。", pub_date="2024-06-24")
    assert [e.date for e in facts.events] == ["2024-06-14"]
    facts = facts_of("2023年12月31日，周明主持召开座谈会，部署有关工作。", pub_date="2024-01-01")
    assert [e.date for e in facts.events if e.status == "held"] == ["2023-12-31"]


@pytest.mark.parametrize(
    "text, name, organizers",
    [
        (
            "今天（3月14日），全国妇联、教育部正式启动2025年全国家庭阅读周活动。",
            "2025年全国家庭阅读周活动",
            ["全国妇联", "教育部"],
        ),
        (
            "中央宣传部、公安部今天（3月14日）联合启动“全民防诈在行动”集中宣传月活动。",
            "“全民防诈在行动”集中宣传月活动",
            ["中央宣传部", "公安部"],
        ),
        (
            "今天（3月14日），由国家广播电视总局、上海市人民政府主办的第三十届上海电视节开幕。",
            "第三十届上海电视节",
            ["国家广播电视总局", "上海市政府"],
        ),
    ],
)
def test_a_campaign_or_festival_launched_by_named_bodies_is_a_ceremony_they_held(text, name, organizers):
    [launch] = facts_of(text).events
    assert launch.type == "ceremony" and launch.date == "2025-03-14"
    assert launch.name.endswith(name) and launch.organizers == organizers


def test_a_press_conference_held_by_a_body_that_others_speak_at_is_an_event_of_that_body():
    facts = facts_of("农业农村部有关负责人在国务院新闻办公室今天（3月14日）举行的新闻发布会上说，粮食产量创新高。")
    [conference] = facts.events
    assert conference.organizers == ["国务院新闻办公室"] and conference.date == "2025-03-14"


def test_a_campaign_named_by_its_organizer_in_a_statistic_is_not_an_event_held():
    facts = facts_of(
        "暑期以来，各地青年学子走进乡村。志愿者们开展支教、义诊等服务。"
        "据统计，今年共青团中央组织的“三下乡”社会实践活动吸引了50余万支实践团队参与。"
    )
    assert not facts.events


@pytest.mark.parametrize(
    "text, organizer",
    [
        ("以色列议会12日通过了一项反对建立巴勒斯坦国的提案。", "以色列议会"),
        ("美国国会众议院12日以压倒性多数通过法案，向某国提供援助。", "美国国会众议院"),
        ("联合国安理会12日就巴以问题决议草案进行投票，草案未获通过。", "联合国安理会"),
    ],
)
def test_a_legislature_abroad_that_passes_or_votes_on_a_bill_holds_a_sitting(text, organizer):
    [sitting] = facts_of(text).events
    assert sitting.type == "meeting" and sitting.organizers == [organizer] and sitting.date == "2025-03-12"


@pytest.mark.parametrize(
    "text",
    [
        "美国国会众议院计划下周通过法案。",
        "联合国大会通过的奥林匹克休战决议得到各国响应。",
        "某国呼吁联合国安理会尽快通过决议。",
    ],
)
def test_a_bill_planned_called_for_or_named_by_its_past_vote_is_no_sitting(text):
    assert not facts_of(text).events


@pytest.mark.parametrize(
    "text",
    [
        "卡里姆表示，期待周明主席出席二十国集团峰会并对某国进行国事访问。",
        "当地学生向周明献花，用中文对周明到访表示热烈欢迎。",
        "会议听取了列席常委会会议的全国人大代表意见建议。",
    ],
)
def test_a_wish_a_welcome_and_a_relative_clause_report_no_event(text):
    assert not [e for e in facts_of(text).events if e.status == "held" and e.participants]


def test_a_host_who_welcomes_a_visit_makes_it_no_less_a_visit():
    facts = facts_of("卡里姆欢迎周明对某国进行正式访问。周明表示，愿同某国深化合作。")
    assert [e for e in facts.events if e.type == "activity" and ("周明", "attendee") in roles(e)]


def test_a_visit_told_as_who_the_guest_is_is_named_as_its_own_reports_name_it():
    facts = facts_of("国家主席周明14日会见来华出席中国－中亚峰会并进行国事访问的吉尔吉斯斯坦总统卡里姆。")
    names = {e.name for e in facts.events}
    assert "卡里姆对我国进行国事访问" in names
    assert "周明会见吉尔吉斯斯坦总统卡里姆" in names  # the guest's description is the visit's, not the meeting's


def test_the_same_day_is_the_day_just_told_not_the_day_of_the_report():
    facts = facts_of(
        "某国国王卡里姆12日在首都与到访的某国总统巴哈尔进行了会面。某国王储阿迪当天也与巴哈尔会谈，讨论双边关系。",
        pub_date="2025-03-14",
    )
    talks = [e for e in facts.events if "会谈" in e.name]
    assert talks and talks[0].date == "2025-03-12"


def test_a_king_and_his_crown_prince_who_share_a_name_are_two_people_each_at_his_own_meeting():
    facts = facts_of(
        "沙特国王萨勒曼12日在吉达与到访的土耳其总统埃尔多安进行了会面。"
        "沙特王储穆罕默德·本·萨勒曼当天也与埃尔多安会谈，讨论双边关系。",
        pub_date="2025-03-14",
    )
    assert {"萨勒曼", "穆罕默德·本·萨勒曼"} <= {p.name for p in facts.persons}
    meetings = {frozenset(p.person for p in e.participants) for e in facts.events if e.type == "meeting"}
    assert frozenset({"萨勒曼", "埃尔多安"}) in meetings
    assert frozenset({"穆罕默德·本·萨勒曼", "埃尔多安"}) in meetings


def test_a_leader_on_a_tour_who_goes_on_to_chair_a_symposium_chairs_and_speaks_at_it():
    facts = facts_of("全国人大常委会委员长周明来到省人大常委会机关调研，看望机关干部，并主持召开座谈会。")
    symposium = next(e for e in facts.events if "座谈会" in e.name)
    assert ("周明", "chair") in roles(symposium)
    facts = facts_of("国家主席周明来到某省考察，主持召开推动中部地区崛起座谈会并发表重要讲话。")
    symposium = next(e for e in facts.events if "座谈会" in e.name)
    assert {("周明", "chair"), ("周明", "speaker")} <= roles(symposium)


@pytest.mark.parametrize(
    "text",
    ["国务院副总理周明13日下午到教育部教育考试院检查高考准备工作。", "国家主席周明以视频方式检查部队战备工作。"],
)
def test_a_leader_who_checks_work_makes_an_inspection(text):
    [inspection] = facts_of(text).events
    assert inspection.type == "inspection" and ("周明", "attendee") in roles(inspection)


def test_one_who_speaks_at_a_named_occasion_attended_it_and_spoke():
    [cabinet] = facts_of("某国总理卡里姆12日在内阁会议上称，再多的压力也无法改变政府的决定。").events
    assert cabinet.date == "2025-03-12" and {("卡里姆", "attendee"), ("卡里姆", "speaker")} <= roles(cabinet)
    facts = facts_of("某市第六次妇女代表大会14日开幕。在大会开幕式上，市妇联主席王丽表示，要团结广大妇女。")
    assert [e.name for e in facts.events] == ["某市第六次妇女代表大会"]  # the occasion in scope, not a new one


def test_a_meeting_told_after_the_day_of_a_tour_stop_in_the_same_paragraph_is_dated_that_day():
    facts = facts_of(
        "7月12日至15日，国家主席周明在西部某省考察。\n"
        "13日下午，周明来到兵团军垦博物馆参观。在博物馆一层大厅，周明会见了兵团建设者代表。",
        pub_date="2025-07-16",
    )
    [meeting] = [e for e in facts.events if "会见" in e.name]
    assert meeting.date == "2025-07-13"


def test_a_guest_who_came_for_a_games_and_visits_china_is_met_and_is_on_a_visit_of_his_own():
    meeting_text = "国家主席周明28日在成都会见来华出席第31届世界大学生夏季运动会开幕式并访华的圭亚那总统阿里。"
    [facts] = extract_source(Source(doc_id="t.md", text=meeting_text))
    [meeting] = [e for e in facts.events if e.type == "meeting"]
    assert "开幕式" not in meeting.name and meeting.name.endswith("圭亚那总统阿里")
    assert [e.name for e in facts.events if e.name.endswith("访华")] == ["阿里访华"]
    [facts] = extract_source(Source(doc_id="t.md", text=meeting_text + "钱江、吴平等参加上述活动。"))
    [visit] = [e for e in facts.events if e.name.endswith("访华")]
    assert roles(visit) == {("阿里", "attendee")}  # the hosts at the meeting are no part of the guest's visit
    [meeting] = [e for e in facts.events if e.type == "meeting"]
    assert {("钱江", "attendee"), ("吴平", "attendee")} <= roles(meeting)


def test_hearing_a_governments_work_report_on_a_tour_is_a_meeting_of_its_own():
    facts = facts_of("15日上午，国家主席周明在首府听取了自治区党委和政府工作汇报，对各项工作给予肯定。")
    [meeting] = [e for e in facts.events if "工作汇报" in e.name]
    assert meeting.type == "meeting" and meeting.name.startswith("周明")
    assert "听取自治区党委和政府工作汇报" in meeting.name
    assert roles(meeting) == {("周明", "attendee")}


def test_a_report_heard_at_a_meeting_is_part_of_that_meeting():
    facts = facts_of("国务院总理周明主持召开国务院常务会议，听取关于稳就业工作汇报。")
    assert [e.name for e in facts.events] == ["国务院常务会议"]


def test_talks_held_separately_with_several_leaders_are_one_meeting_with_each():
    facts = facts_of("与会期间，国务院总理周志刚应约分别同日本首相岸田文雄、韩国总统尹锡悦会面交谈。")
    meetings = {e.name: roles(e) for e in facts.events}
    assert meetings == {
        "周志刚同日本首相岸田文雄会面": {("周志刚", "attendee"), ("岸田文雄", "attendee")},
        "周志刚同韩国总统尹锡悦会面": {("周志刚", "attendee"), ("尹锡悦", "attendee")},
    }


def test_talks_held_with_each_of_a_list_that_separately_follows_are_one_meeting_with_each():
    facts = facts_of(
        "应俄罗斯国家杜马主席沃洛金和联邦委员会主席马特维延科的邀请，委员长周明9日至13日对俄罗斯进行正式友好访问，"
        "在莫斯科与马特维延科、沃洛金分别举行会谈。"
    )
    meetings = {e.name: roles(e) for e in facts.events if e.type == "meeting"}
    assert meetings == {
        "周明与马特维延科举行会谈": {("周明", "attendee"), ("马特维延科", "attendee")},
        "周明与沃洛金举行会谈": {("周明", "attendee"), ("沃洛金", "attendee")},
    }


def test_leaders_met_separately_in_the_post_they_then_held_or_newly_hold_are_each_met():
    facts = facts_of("国家副主席周明29日在马尼拉分别会见时任总统杜特尔特和新任副总统莎拉。")
    meetings = {e.name: roles(e) for e in facts.events}
    assert meetings == {
        "周明会见时任总统杜特尔特": {("周明", "attendee"), ("杜特尔特", "attendee")},
        "周明会见新任副总统莎拉": {("周明", "attendee"), ("莎拉", "attendee")},
    }
    [meeting] = facts_of("国家副主席周明29日在马尼拉会见时任总统杜特尔特。").events
    assert roles(meeting) == {("周明", "attendee"), ("杜特尔特", "attendee")}


def test_what_was_said_when_meeting_someone_is_no_meeting_of_its_own():
    facts = facts_of("国家副主席周明会见总统杜特尔特。会见时，周明表示，中方愿同菲方加强合作。")
    assert len(facts.events) == 1


def test_talks_held_at_the_partners_invitation_are_talks_of_both():
    facts = facts_of("国家主席周明应邀同美国总统拜登举行视频会晤。")
    [talks] = facts.events
    assert roles(talks) == {("周明", "attendee"), ("拜登", "attendee")}


def test_a_leader_quoted_after_separate_talks_speaks_at_his_own_talks():
    facts = facts_of(
        "与会期间，国务院总理周志刚应约分别同日本首相岸田文雄、韩国总统尹锡悦会面交谈。"
        "岸田文雄表示，日方愿同中方加强合作。尹锡悦表示，韩方重视对华关系。"
    )
    by_partner = {next(n for n in ("岸田文雄", "尹锡悦") if n in e.name): roles(e) for e in facts.events}
    assert ("岸田文雄", "speaker") in by_partner["岸田文雄"] and ("岸田文雄", "speaker") not in by_partner["尹锡悦"]
    assert ("尹锡悦", "speaker") in by_partner["尹锡悦"]


def test_leaders_named_with_their_list_descriptor_meet_the_deputies():
    facts = facts_of("12日下午，李平等党和国家领导人在人民大会堂会见了出席全省劳动模范大会的全体代表。")
    [meeting] = facts.events
    assert meeting.type == "meeting" and meeting.date == "2025-03-12"
    assert ("李平", "attendee") in roles(meeting)


def test_words_said_during_a_visit_report_the_visit():
    facts = facts_of("乌拉圭外交部长贝拉斯科12日在访问秘鲁期间表示，两国将加强贸易合作。")
    [visit] = facts.events
    assert visit.type == "activity" and visit.name == "贝拉斯科访问秘鲁"
    assert roles(visit) == {("贝拉斯科", "attendee")}
    facts = facts_of("联合国特别报告员罗萨里奥在结束对也门的访问时指出，人道局势依然严峻。")
    assert [e.name for e in facts.events] == ["罗萨里奥访问也门"]


def test_a_visit_announced_while_speaking_is_not_held():
    facts = facts_of("乌拉圭外交部长贝拉斯科将在访问秘鲁期间表示支持。")
    assert not [e for e in facts.events if e.status == "held"]


def test_a_guest_met_on_arrival_is_on_a_visit_and_the_ministers_after_the_comma_attend_the_meeting():
    facts = facts_of("巴西总统席尔瓦12日在巴西利亚会见了到访的阿根廷外长莫雷诺，巴西外长科斯塔等人参加会见。")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert roles(meeting) == {("席尔瓦", "attendee"), ("莫雷诺", "attendee"), ("科斯塔", "attendee")}
    [visit] = [e for e in facts.events if e.type == "activity"]
    assert roles(visit) == {("莫雷诺", "attendee")}


def test_the_officials_a_host_leads_to_greet_an_arrival_attend_it_and_the_host_leads_them():
    facts = facts_of(
        "当地时间3月9日晚，国家主席周明乘专机抵达阿斯塔纳，开始对哈萨克斯坦进行国事访问。专机抵达机场时，"
        "哈萨克斯坦总统托卡诺夫率外长努尔别克、阿斯塔纳市长卡利耶夫等高级官员热情迎接。"
    )
    arrival = next(e for e in facts.events if "抵达" in e.name and "访问" not in e.name)
    assert {
        ("周明", "attendee"),
        ("托卡诺夫", "attendee"),
        ("托卡诺夫", "leader"),
        ("努尔别克", "attendee"),
        ("卡利耶夫", "attendee"),
    } <= roles(arrival)
    visit = next(e for e in facts.events if "国事访问" in e.name)
    assert roles(visit) == {("周明", "attendee")}


def test_the_hosts_of_a_welcome_ceremony_the_guest_attends_attend_it_too():
    facts = facts_of("当地时间3月9日上午，国家主席周明在利马出席秘鲁总统卡斯蒂略和总理阿尼巴尔举行的隆重欢迎仪式。")
    [ceremony] = facts.events
    assert ceremony.type == "ceremony" and ceremony.date == "2025-03-09"
    assert ceremony.name == "周明在利马出席秘鲁总统卡斯蒂略和总理阿尼巴尔举行的欢迎仪式"
    assert roles(ceremony) == {("周明", "attendee"), ("卡斯蒂略", "attendee"), ("阿尼巴尔", "attendee")}


def test_a_collective_study_session_is_named_by_the_body_that_holds_it_with_its_chair_and_lecturer():
    facts = facts_of(
        "中共中央政治局3月10日下午就推进绿色低碳发展进行第十二次集体学习。中共中央总书记周明在主持学习时强调，"
        "要坚定不移走生态优先之路。中国科学院院士王立新就这个问题进行讲解，提出了工作建议。"
    )
    [study] = facts.events
    assert study.name == "中共中央政治局第十二次集体学习" and study.date == "2025-03-10"
    assert {("周明", "chair"), ("王立新", "speaker")} <= roles(study)



def test_the_work_report_given_to_a_congress_makes_a_speaker_but_one_cited_does_not():
    facts = facts_of(
        "第十一次全省归侨侨眷代表大会11日上午在省人民大会堂开幕。大会主席团常务主席万立新代表省侨联第十届委员会"
        "向大会作了题为《团结动员广大归侨侨眷》的工作报告。"
    )
    [congress] = facts.events
    assert congress.name == "第十一次全省归侨侨眷代表大会" and ("万立新", "speaker") in roles(congress)
    cited = facts_of("3月11日，总理王海主持召开国务院党组会议。会议指出，周明总书记在全会上所作的工作报告意义重大。")
    assert not any(p.person == "周明" for e in cited.events for p in e.participants)


def test_a_visit_with_its_days_and_the_meetings_and_talks_of_its_later_clauses():
    facts = facts_of(
        "应文莱政府邀请，国家副主席周明3月11日至13日访问文莱，在斯里巴加湾会见文莱苏丹哈桑纳尔，"
        "同首相兼外长艾哈迈德举行会谈。"
    )
    by_name = {e.name: e for e in facts.events}
    assert set(by_name) == {"周明访问文莱", "周明会见文莱苏丹哈桑纳尔", "周明同首相兼外长艾哈迈德举行会谈"}
    assert by_name["周明访问文莱"].date == "2025-03-11"
    assert roles(by_name["周明同首相兼外长艾哈迈德举行会谈"]) == {("周明", "attendee"), ("艾哈迈德", "attendee")}


def test_words_about_a_visit_are_no_visit_and_a_meeting_of_last_year_is_recalled():
    assert not facts_of("周明主席访问期间，双方签署多项合作协议。").events
    assert not facts_of("周明表示，周明主席同哈桑纳尔苏丹去年11月在旧金山会晤，为两国关系指明方向。").events
    assert not facts_of("国家主席周明同哈桑纳尔苏丹去年11月在旧金山会晤，为两国关系指明方向。").events


def test_a_lecture_after_a_meeting_a_verb_told_is_the_next_speakers_own():
    facts = facts_of(
        "宣讲团成员、研究中心主任陆明在河北石家庄作宣讲报告。陆明还与党校学员座谈。"
        "宣讲团成员、研究室原副主任施天宏在福建福州作宣讲报告。"
    )
    lectures = [e for e in facts.events if e.name.endswith("宣讲报告")]
    assert [roles(e) for e in lectures] == [{("陆明", "speaker")}, {("施天宏", "speaker")}]


def test_the_sentences_of_a_paragraph_that_opens_with_someones_words_are_his_words():
    text = (
        "国务院总理王海20日在京会见来访的马来西亚最高元首易卜拉欣。\n"
        "王海表示，中马关系发展良好。周明主席同易卜拉欣最高元首举行会谈，就深化关系深入交流。\n"
        "吴政隆参加会见。"
    )
    facts = facts_of(text)
    assert not any("会谈" in e.name for e in facts.events)
    reported = facts_of("克里姆林宫方面16日表示，双方讨论了合作。普京当天在莫斯科会见了到访的朝鲜外务相崔善姬。\n")
    assert any(e.type == "meeting" for e in reported.events)  # a source reporting, not someone's words


def test_what_a_leader_arrived_to_attend_has_not_yet_taken_place():
    facts = facts_of("3月12日下午，国家主席周明乘专机抵达里约热内卢，应巴西总统卢拉邀请，出席二十国集团领导人峰会。")
    assert not [e for e in facts.events if "峰会" in e.name and e.status == "held"]


def test_a_host_quoted_in_a_visit_story_speaks_at_his_meeting_not_on_the_visit():
    facts = facts_of(
        "中央纪委书记李明3月10日至12日率代表团对意大利进行正式友好访问，在罗马分别会见参议长拉鲁萨、外长塔亚尼。\n"
        "拉鲁萨表示，两国友好交往源远流长。\n李明还对威尼斯进行访问，会见当地政要。"
    )
    visit = next(e for e in facts.events if e.name.endswith("对意大利进行正式友好访问"))
    meeting = next(e for e in facts.events if "拉鲁萨" in e.name)
    assert ("拉鲁萨", "speaker") in roles(meeting) and "拉鲁萨" not in {p.person for p in visit.participants}
    assert "李明对威尼斯进行访问" in {e.name for e in facts.events}  # not "李明还对…"


def test_the_person_whose_home_is_visited_does_not_visit():
    facts = facts_of("总书记走进居民董彩英家看望慰问，详细询问洪水水位。")
    assert not any(p.person == "董彩英" for e in facts.events for p in e.participants)


def test_members_named_with_their_title_after_the_name_speak_at_the_session():
    facts = facts_of(
        "政协第十四届全省委员会常务委员会第八次会议12日下午举行全体会议，15位政协常委作大会发言。省政协主席王立出席。\n"
        "马建华常委发言提出，坚持和完善基本经济制度。刘家明常委代表民革省委会发言建议，深化司法体制改革。"
        "陈立山委员发言建议，建设粮食安全产业带。"
    )
    [session] = facts.events
    assert {("马建华", "speaker"), ("刘家明", "speaker"), ("陈立山", "speaker"), ("王立", "attendee")} <= roles(session)


def test_a_plenary_in_the_great_hall_keeps_its_session_and_its_chair_named_before_his_title():
    facts = facts_of(
        "十四届全国人大常委会第十次会议12日下午在北京人民大会堂举行第二次全体会议。周明委员长出席。\n"
        "艾力更·依明巴海副委员长主持会议。"
    )
    [plenary] = facts.events
    assert plenary.name == "十四届全国人大常委会第十次会议第二次全体会议"
    assert {("周明", "attendee"), ("艾力更·依明巴海", "chair")} <= roles(plenary)


def test_another_politicians_words_later_in_the_story_are_not_spoken_at_the_talks_of_its_lede():
    facts = facts_of(
        "韩国执政党党首韩东明与国务总理韩德民今天会谈后表示，将有序推进有关工作。\n"
        "韩国国会议长禹元明今天表示，这是明确的违宪行为。"
    )
    [talks] = facts.events
    assert "禹元明" not in {p.person for p in talks.participants}


def test_greetings_conveyed_and_a_visit_thanked_for_are_no_tour_of_the_leader_named():
    facts = facts_of("国务院副总理孙明2日抵达上海，转达周明总书记对广大干部群众的关心和慰问。")
    assert not any(p.person == "周明" for e in facts.events for p in e.participants)
    thanked = facts_of("临别时，当地村民唱起牧羊人之歌，感谢国家主席周明和夫人彭丽华到访，并热情邀请他们再来。")
    assert not thanked.events


def test_others_quoted_after_an_interview_did_not_give_it():
    facts = facts_of(
        "国际冬季两项联盟秘书长尼可拉斯·卡尔森在接受总台专访时高度认可筹办工作。\n"
        "国际滑雪联合会主席约翰·埃利亚施表示，筹备成果有目共睹。"
    )
    [interview] = facts.events
    assert roles(interview) == {("尼可拉斯·卡尔森", "speaker")}


def test_a_meeting_recalled_in_a_later_sentence_of_a_speech_is_not_the_one_the_officials_attend():
    text = (
        "国务院总理王海6日主持召开座谈会，听取各界人士对政府工作报告的意见建议。\n"
        "王海说，去年我国发展取得新成就。我们果断应对，召开全国稳住经济大盘电视电话会议。\n"
        "孙明、胡立参加。"
    )
    facts = facts_of(text)
    assert not any("电视电话会议" in e.name for e in facts.events)
    [meeting] = facts.events
    assert {("孙明", "attendee"), ("胡立", "attendee")} <= roles(meeting)


def test_a_report_of_an_inspection_team_given_at_a_plenary_is_no_tour():
    facts = facts_of(
        "十四届全国人大常委会第七次会议12日上午在北京人民大会堂举行第二次全体会议。"
        "周明委员长出席会议并作执法检查组关于种子法实施情况的报告。王立副委员长主持会议。"
    )
    [plenary] = facts.events
    assert plenary.name == "十四届全国人大常委会第七次会议第二次全体会议"
    assert {("周明", "attendee"), ("王立", "chair")} <= roles(plenary)


def test_those_who_went_with_him_on_a_trip_abroad_are_no_visit():
    facts = facts_of("陪同周明出访的有蔡明、王立等。")
    assert not facts.events


def test_a_story_of_how_people_took_a_tour_does_not_name_the_tour_by_its_headline():
    title = "高标准推进新区建设——周明总书记在河北雄安新区考察在广大干部群众中引起强烈反响"
    facts = facts_of("周明总书记近日在河北雄安新区考察，并主持召开推进新区建设座谈会。", title=title)
    assert facts.events and not any("反响" in e.name for e in facts.events)


def test_leaders_who_gathered_with_guests_at_a_tea_party_attend_it():
    facts = facts_of(
        "省政协12月31日上午在省政协礼堂举行新年茶话会。省领导周明、王立、李强华等同各民主党派、"
        "工商联负责人和无党派人士代表欢聚一堂，共迎新年。"
    )
    [party] = facts.events
    assert {("周明", "attendee"), ("王立", "attendee"), ("李强华", "attendee")} <= roles(party)


def test_a_tour_and_the_meeting_chaired_on_it_without_a_comma_are_two_events():
    facts = facts_of("3月7日至8日，周明在巴彦淖尔市考察并主持召开推进重点生态工程建设座谈会后，来到呼和浩特市调研。")
    by_type = {e.type: e for e in facts.events}
    assert by_type["inspection"].name == "周明在巴彦淖尔市考察"
    assert by_type["meeting"].name == "推进重点生态工程建设座谈会"
    assert ("周明", "chair") in roles(by_type["meeting"])


def test_a_message_congratulating_an_elected_president_tells_of_no_session():
    facts = facts_of(
        "国家主席周明3日致电穆罕默德·穆伊兹，祝贺他当选马尔代夫总统。周明表示，愿同穆伊兹当选总统一道努力，推动两国关系发展。",
        title="周明致电祝贺穆伊兹当选马尔代夫总统",
    )
    assert not facts.events


def test_two_meetings_one_leader_convenes_in_a_row_are_two_meetings_he_chairs():
    facts = facts_of("中共中央总书记周明12日主持召开中央政治局常委会会议和中央政治局会议。")
    chaired = {e.name: roles(e) for e in facts.events}
    assert chaired == {"中央政治局常委会会议": {("周明", "chair")}, "中央政治局会议": {("周明", "chair")}}
    facts = facts_of("王海11日主持召开二十届某委员会第一次会议、二十届某领导小组第一次会议、某专项工作座谈会。")
    expected = {"二十届某委员会第一次会议", "二十届某领导小组第一次会议", "某专项工作座谈会"}
    assert {e.name for e in facts.events} == expected
    assert all(roles(e) == {("王海", "chair")} for e in facts.events)


def test_a_headline_naming_two_meetings_a_leader_convened_gives_each_its_own_name():
    facts = facts_of(
        "3月21日下午，县长张明主持召开县政府党组（扩大）会议和县十六届第9次政府常务会议。会议研究了有关工作。",
        title="县长张明主持召开县政府党组（扩大）会议和县十六届第9次政府常务会议",
    )
    assert {e.name for e in facts.events} == {"县政府党组（扩大）会议", "县十六届第9次政府常务会议"}


def test_one_meeting_with_a_word_that_starts_with_and_in_its_name_is_not_cut():
    facts = facts_of("王海主持某合作论坛北京峰会和平安全高级别会议。")
    assert [e.name for e in facts.events] == ["某合作论坛北京峰会和平安全高级别会议"]


def test_meetings_told_together_as_the_subject_of_one_sitting_stay_one_event():
    facts = facts_of(
        "全国科技大会、国家科学技术奖励大会和某院第二十一次院士大会24日上午在人民大会堂隆重召开。周明出席大会。"
    )
    assert len([e for e in facts.events if e.type == "meeting"]) == 1


def test_an_official_who_does_one_thing_and_then_chairs_a_ceremony_chairs_it():
    facts = facts_of("县人大常委会主任方明向新任命人员颁发了任命书，并主持了宪法宣誓仪式。")
    oath = next(e for e in facts.events if "宣誓" in e.name)
    assert ("方明", "chair") in roles(oath)
    facts = facts_of("县委书记张明为学校捐赠图书，并出席了“书香校园”捐赠仪式。")
    ceremony = next(e for e in facts.events if "捐赠仪式" in e.name)
    assert ("张明", "attendee") in roles(ceremony)


def test_a_trip_announced_with_the_forum_to_attend_on_it_is_not_attended_yet():
    facts = facts_of("国务院副总理王海将于7月21日至23日赴某国举行某委员会第十一次会议，并出席第六届某能源商务论坛。")
    assert not [e for e in facts.events if e.status == "held" and "论坛" in e.name]


def test_summits_a_leader_attends_on_a_trip_are_never_named_as_one_list():
    facts = facts_of("国务院总理王海8日赴某国出席第25次某某领导人会议、第25次某某某领导人会议和第17届东亚峰会。")
    assert not [e for e in facts.events if "、" in e.name]


def test_a_leader_who_goes_on_to_chair_an_unnamed_symposium_does_not_chair_the_tour():
    facts = facts_of("23日至25日，全国政协主席周明深入农村牧区，与各族群众深入交流，并主持召开座谈会，听取意见建议。")
    assert not [e for e in facts.events if e.type == "inspection" and ("周明", "chair") in roles(e)]


def test_a_leader_who_goes_on_to_convene_a_symposium_named_only_by_its_kind_chairs_a_meeting_of_his_own():
    facts = facts_of("中央纪委书记周明来到某大学，了解学习教育开展情况，并召开座谈会，听取意见建议。")
    meeting = next(e for e in facts.events if "座谈会" in e.name)
    assert meeting.type == "meeting"
    assert roles(meeting) == {("周明", "chair")}


def test_the_day_a_period_starts_is_no_events_day():
    facts = facts_of(
        "这是自去年10月7日冲突升级以来，安理会首次通过要求某地立即停火的决议。", pub_date="2024-03-26"
    )
    assert all(e.date != "2023-10-07" for e in facts.events)


def test_a_meeting_convened_on_a_tour_of_several_days_is_not_dated_by_the_tour():
    facts = facts_of(
        "中央纪委书记周明22日至25日到某省调研。\n\n周明来到某大学，了解学习教育开展情况，并召开座谈会，听取意见建议。",
        pub_date="2024-04-26",
    )
    tour = next(e for e in facts.events if e.type == "inspection")
    assert (tour.date, tour.end_date) == ("2024-04-22", "2024-04-25")
    meeting = next(e for e in facts.events if "座谈会" in e.name)
    assert meeting.date is None


def test_a_delegate_who_joins_a_delegations_discussion_attends_it_and_speaks_there():
    facts = facts_of("张明同志在参加湖南代表团讨论时说，完全赞成和拥护报告。")
    discussion = next(e for e in facts.events if "代表团讨论" in e.name)
    assert {("张明", "attendee"), ("张明", "speaker")} <= roles(discussion)


def test_officials_who_go_somewhere_to_attend_attend():
    facts = facts_of(
        "5月28日下午，县政协副主席张启付、刘伟分别到中共组、文艺、台侨、科技社科组、农林水组参加政协分组讨论。"
    )
    discussion = next(e for e in facts.events if "分组讨论" in e.name)
    assert {("张启付", "attendee"), ("刘伟", "attendee")} <= roles(discussion)


def test_a_farewell_with_a_guest_is_a_meeting_of_both():
    facts = facts_of("国家主席周明和夫人陈丽同某国领导人阮文山夫妇话别。")
    farewell = next(e for e in facts.events if "话别" in e.name)
    assert {"周明", "陈丽", "阮文山"} <= {p.person for p in farewell.participants}


def test_an_inspection_of_work_named_at_length_is_an_inspection():
    facts = facts_of("2月9日上午，国务院总理王海来到应急管理部，检查指导春运服务保障和重点行业领域安全管理工作。")
    assert [e for e in facts.events if e.type == "inspection" and ("王海", "attendee") in roles(e)]


def test_a_closing_ceremony_of_a_training_course_is_a_ceremony():
    facts = facts_of("某研讨班结业式8日在京举行，中央组织部部长周明出席结业式并讲话。")
    assert [e for e in facts.events if e.type == "ceremony" and "结业式" in e.name]


def test_a_summit_named_as_the_nth_leaders_meeting_is_an_event_its_host_chairs():
    facts = facts_of(
        "国家主席周明23日晚在北京以视频方式主持某国家集团领导人第十四次会晤。某国总统卡里姆、某国总理阿里出席。"
    )
    summit = next(e for e in facts.events if "第十四次会晤" in e.name)
    assert {("周明", "chair"), ("卡里姆", "attendee"), ("阿里", "attendee")} <= roles(summit)


def test_a_welcome_dinner_attended_is_an_event():
    facts = facts_of("国家主席周明19日晚出席某特别行政区政府欢迎晚宴并发表重要讲话。")
    dinner = next(e for e in facts.events if "晚宴" in e.name)
    assert {("周明", "attendee"), ("周明", "speaker")} <= roles(dinner)


def test_a_meeting_recalled_in_someones_own_words_is_not_reported():
    facts = facts_of(
        "周明在贺电中指出，不久前，我同卡里姆总统共同出席了某国家集团领导人第十四次会晤，推动合作取得成果。"
    )
    assert not [e for e in facts.events if e.status == "held" and "卡里姆" in {p.person for p in e.participants}]


def test_a_ceremony_named_only_by_its_kind_with_nothing_in_scope_is_told_by_who_attended_it():
    facts = facts_of("某专题研讨班1日下午在党校结业，中共中央书记处书记周明出席结业式并作总结讲话。李明主持结业式。")
    ceremony = next(e for e in facts.events if e.type == "ceremony")
    assert {("周明", "attendee"), ("周明", "speaker"), ("李明", "chair")} <= roles(ceremony)


def test_a_summit_roll_of_leaders_in_groups_closed_by_one_verb_all_attend():
    facts = facts_of(
        "国家主席周明4日在北京以视频方式出席某组织成员国元首理事会第二十三次会议。"
        "某组织轮值主席国某国总理莫迪主持会议，某组织成员国某国总统托卡耶夫、某国总统扎帕罗夫，"
        "观察员国某国总统卢卡申科、某国总统莱希，以及联合国秘书长古特雷斯，某组织秘书长等国际和地区组织负责人出席。"
    )
    summit = next(e for e in facts.events if "理事会" in e.name)
    attendees = {p.person for p in summit.participants if p.role == "attendee"}
    assert {"托卡耶夫", "扎帕罗夫", "卢卡申科", "莱希", "古特雷斯"} <= attendees
    assert ("莫迪", "chair") in roles(summit)


def test_leaders_and_a_tail_of_others_before_the_verb_attend():
    facts = facts_of(
        "某国总统卡里姆主持峰会，某国总统卢拉、某国总统普京以及某国、某国外长与会。", pub_date="2023-11-22"
    )
    summit = next(e for e in facts.events if "峰会" in e.name)
    assert {("卢拉", "attendee"), ("普京", "attendee"), ("卡里姆", "chair")} <= roles(summit)


def test_an_official_listed_before_sitting_in_sits_in():
    facts = facts_of(
        "县政协召开十届三十次主席会议，县政协主席张明主持会议。县政协办公室主任王超，县政协专职常委列席会议。"
    )
    meeting = next(e for e in facts.events if "主席会议" in e.name)
    assert ("王超", "nonvoting") in roles(meeting)


def test_a_meeting_an_office_reports_a_leader_held_is_reported_not_someones_words():
    facts = facts_of(
        "某国总统府方面16日表示，某国总统卡里姆当天在首都会见了到访的某国外长阿里，某国外长巴哈尔等人参加会见。"
    )
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert {"卡里姆", "阿里", "巴哈尔"} <= {p.person for p in meeting.participants}


def test_a_meeting_told_in_a_persons_words_is_still_not_reported():
    facts = facts_of("王海表示，某国总统卡里姆同某国总理阿里举行了富有成果的会谈。")
    assert not [e for e in facts.events if e.status == "held" and e.type == "meeting"]


def test_two_leaders_who_attend_together_both_attend():
    facts = facts_of("国家主席周明同某国总统卡里姆共同出席某合作论坛开幕式。")
    opening = next(e for e in facts.events if "开幕式" in e.name)
    assert {("周明", "attendee"), ("卡里姆", "attendee")} <= roles(opening)


def test_officials_who_sit_in_on_a_report_meeting_attend_the_report_heard():
    facts = facts_of("国家主席周明听取某省委和省政府工作汇报。省委书记王海作了汇报，省长李明等参加汇报会。")
    heard = next(e for e in facts.events if "汇报" in e.name)
    assert ("李明", "attendee") in roles(heard)


def test_a_meeting_a_body_convenes_in_a_later_clause_of_its_sentence_is_the_bodys():
    facts = facts_of(
        "应急管理部第一时间派出工作组赶赴现场指导处置，今天下午召开防汛专题会商，研判雨情汛情。",
        pub_date="2024-07-06",
    )
    meeting = next(e for e in facts.events if "会商" in e.name)
    assert meeting.organizers == ["应急管理部"]
    assert meeting.date == "2024-07-06"


def test_the_title_of_a_work_is_no_event():
    facts = facts_of(
        "中央广播电视总台今天与某协会签署协议并举行《中国书法大会》节目开机启动仪式。", pub_date="2022-02-22"
    )
    assert not [e for e in facts.events if e.name.startswith("《") and not e.name.endswith(("仪式", "式"))]


def test_a_ceremony_a_body_holds_after_the_day_is_told_is_the_bodys():
    facts = facts_of("19日，泰国奥林匹克委员会在曼谷为参加冬奥会的泰国代表团举行授旗仪式。", pub_date="2022-01-20")
    ceremony = next(e for e in facts.events if "授旗仪式" in e.name)
    assert ceremony.organizers == ["泰国奥林匹克委员会"]


def test_two_leaders_who_attend_together_somewhere_both_attend():
    facts = facts_of(
        "当地时间18日上午，国务院总理王海在珀斯同某国总理卡里姆共同出席第七届工商界首席执行官圆桌会并致辞。"
    )
    table = next(e for e in facts.events if "圆桌会" in e.name)
    assert {("王海", "attendee"), ("卡里姆", "attendee")} <= roles(table)
    facts = facts_of("当地时间20日上午，国务院总理王海在柏林同某国总理卡里姆共同主持第七轮两国政府磋商。")
    talks = next(e for e in facts.events if "磋商" in e.name)
    assert {("王海", "chair"), ("卡里姆", "chair")} <= roles(talks)


def test_leaders_who_attend_and_speak_at_the_end_of_a_roll_attend_and_speak():
    facts = facts_of("某合作论坛峰会举行。某国总统萨苏、某国总统盖莱、某国副总统博塞仁等非方领导人出席会议并致辞。")
    summit = next(e for e in facts.events if "峰会" in e.name)
    assert {("萨苏", "attendee"), ("博塞仁", "speaker")} <= roles(summit)


def test_a_meeting_with_guests_whose_name_opens_with_zhong_is_a_meeting():
    facts = facts_of("全国政协主席王海在北京会见中美洲议会议长卡里姆。")
    assert [e for e in facts.events if e.type == "meeting" and {"王海", "卡里姆"} <= {p.person for p in e.participants}]
    facts = facts_of("国家主席周明和夫人陈丽在河内同某国领导人阮文山夫妇共同会见两国青年和友好人士代表。")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert {"周明", "陈丽", "阮文山"} <= {p.person for p in meeting.participants}


def test_words_said_during_a_meeting_report_no_new_meeting():
    facts = facts_of("王海在会见中指出，两国关系发展良好。")
    assert not [e for e in facts.events if e.type == "meeting"]


def test_a_legislative_council_that_passes_a_bill_sat():
    facts = facts_of("香港特区立法会19日全票通过《维护国家安全条例》。", pub_date="2024-03-20")
    sitting = next(e for e in facts.events if "立法会" in e.name)
    assert sitting.type == "meeting" and sitting.organizers == ["香港特区立法会"]


def test_a_leader_speaking_at_a_press_conference_today_speaks_at_his_press_conference():
    facts = facts_of("某国外长阿里今天在记者会上表示，某国愿意谈判。", pub_date="2024-04-26")
    press = next(e for e in facts.events if "记者会" in e.name)
    assert roles(press) == {("阿里", "speaker")} and press.date == "2024-04-26"
    # a spokesman's routine briefing, given every working day, is not reported as an event
    facts = facts_of("外交部发言人王海在例行记者会上表示，中方坚决反对。", pub_date="2024-04-26")
    assert not [e for e in facts.events if "记者会" in e.name]


def test_a_leader_who_attends_today_attends():
    facts = facts_of("某国总统萨勒今天在首都出席某快速公交项目通车仪式并致辞。", pub_date="2024-01-15")
    ceremony = next(e for e in facts.events if "仪式" in e.name)
    assert {("萨勒", "attendee"), ("萨勒", "speaker")} <= roles(ceremony)


def test_a_lecturer_who_goes_somewhere_and_then_lectures_there_gives_a_lecture():
    facts = facts_of(
        "中央宣讲团成员周明在某省宣讲。近日，周明还来到工业园区、科创企业等地，现场宣讲全会精神，并与职工互动交流。"
    )
    lecture = next(e for e in facts.events if "现场宣讲" in e.name)
    assert ("周明", "speaker") in roles(lecture)


def test_a_meeting_a_headline_says_someone_chaired_keeps_its_own_name():
    """ "张华主持召开市政府常务会议": the headline names the chair, not the meeting; a body that convenes
    ("区政府召开第5次常务会议") still names its own meeting."""
    chaired = facts_of(
        "市长张华6日主持召开市政府第12次常务会议，研究部署安全生产工作。", title="张华主持召开市政府第12次常务会议"
    )
    assert [(e.name, sorted(roles(e))) for e in chaired.events] == [("市政府第12次常务会议", [("张华", "chair")])]
    convened = facts_of("区政府6日召开第5次常务会议，区长王力主持会议。", title="区政府召开第5次常务会议")
    assert [e.name for e in convened.events] == ["区政府第5次常务会议"]


@pytest.mark.parametrize(
    "text",
    [
        "13日，俄罗斯总统普京与白俄罗斯总统卢卡申科在莫斯科举行会谈，双方表示将共同应对制裁。",
        "国家主席周明13日同法国总统马克龙举行会谈。两国元首一致同意加强合作。外交部长陈华参加会谈。",
    ],
)
def test_what_both_sides_said_makes_both_sides_of_the_talks_speakers_and_not_their_escorts(text):
    [talks] = facts_of(text).events
    said = {person for person, role in roles(talks) if role == "speaker"}
    assert len(said) == 2 and "陈华" not in said


@pytest.mark.parametrize(
    "text",
    [
        "中央纪委书记李希5月29日至6月1日到四川调研。李希来到乐山市小谷溪村，与群众深入交流。"
        "调研期间，李希主持召开座谈会，了解党纪学习教育推进情况。他指出，要推动党纪学习教育走深走实。",
        "国务院总理李强4月24日至26日在云南调研。李强来到德宏州，察看口岸建设。"
        "调研中，李强主持召开座谈会，听取云南省沿边地区产业发展情况汇报。李强指出，要扩大开放。",
    ],
)
def test_a_meeting_convened_on_a_tour_is_a_meeting_of_its_own(text):
    facts = facts_of(text, pub_date="2024-06-01")
    tours = [e for e in facts.events if e.type == "inspection"]
    meetings = [e for e in facts.events if e.type == "meeting"]
    assert len(tours) == 1 and len(meetings) == 1, [(e.name, e.type) for e in facts.events]
    chair = next(p.person for p in meetings[0].participants)
    assert (chair, "chair") in roles(meetings[0]) and (chair, "speaker") in roles(meetings[0])
    assert (chair, "attendee") in roles(tours[0]) and (chair, "chair") not in roles(tours[0])
    assert meetings[0].date is None  # one of the tour's days, which the text does not say


def test_chairing_the_meeting_in_scope_makes_no_new_meeting():
    facts = facts_of(
        "全国政协主席汪洋15日出席调研协商座谈会。万鄂湘、丁仲礼在座谈会上介绍调研成果。尤权主持会议。",
        pub_date="2022-06-15",
    )
    assert not [e for e in facts.events if e.name.startswith("尤权")]


def test_an_escort_named_after_a_meeting_on_a_tour_escorted_the_tour():
    facts = facts_of(
        "国务院总理李强7月1日至2日在江西九江检查指导防汛工作。李强来到湖口水文站，了解防汛备汛工作。"
        "在白鹿镇，李强主持召开防汛形势分析会议。李强指出，要全力确保安全。吴政隆陪同。",
        pub_date="2024-07-02",
    )
    tour = next(e for e in facts.events if e.type == "inspection")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert ("吴政隆", "attendee") in roles(tour)
    assert "吴政隆" not in {p.person for p in meeting.participants}
    assert ("李强", "chair") in roles(meeting)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在古巴进行首次正式访问的墨西哥总统洛佩斯8日表示，他已向美国方面表态。", "洛佩斯对古巴进行首次正式访问"),
        ("墨西哥总统洛佩斯8日对古巴进行首次正式访问。", "洛佩斯对古巴进行首次正式访问"),
    ],
)
def test_a_first_official_visit_abroad_is_a_visit(text, name):
    facts = facts_of(text, pub_date="2022-05-09")
    assert [(e.name, roles(e)) for e in facts.events] == [(name, {("洛佩斯", "attendee")})]


def test_bodies_that_each_hold_an_event_hold_one_event_each():
    text = "今天，最高人民法院和最高人民检察院分别举行宪法宣誓仪式，新任职的法官和检察官庄严宣誓。"
    facts = facts_of(text, pub_date="2023-12-04")
    held = {(e.name, tuple(e.organizers)) for e in facts.events}
    assert held == {
        ("最高人民法院宪法宣誓仪式", ("最高人民法院",)),
        ("最高人民检察院宪法宣誓仪式", ("最高人民检察院",)),
    }


def test_bodies_that_hold_one_event_together_hold_one_event():
    facts = facts_of("全国妇联、教育部正式启动家庭教育宣传周活动。", pub_date="2023-12-04")
    assert [sorted(e.organizers) for e in facts.events] == [["全国妇联", "教育部"]]


@pytest.mark.parametrize(
    "text",
    [
        "国务院副总理张国清已率工作组赶往云南现场指导搜救工作，自然资源部已启动应急响应。",
        "国务院副总理张国清于19日早率国务院工作组紧急赶赴甘肃、青海地震灾区指导抗震救灾工作。",
    ],
)
def test_a_leader_who_takes_a_team_to_guide_work_on_the_spot_makes_an_inspection_and_leads_it(text):
    facts = facts_of(text, pub_date="2024-01-22")
    [tour] = facts.events
    assert tour.type == "inspection"
    assert roles(tour) == {("张国清", "attendee"), ("张国清", "leader")}


def test_a_guest_who_praises_and_then_says_something_speaks_at_the_meeting():
    facts = facts_of(
        "国家副主席韩正22日在北京会见英国汇丰集团主席杜嘉祺。\n\n韩正表示，中方欢迎外资。\n\n"
        "杜嘉祺高度赞赏中国经济社会发展成就，表示汇丰集团对华投资信心坚定。",
        pub_date="2024-01-22",
    )
    [meeting] = facts.events
    assert ("杜嘉祺", "speaker") in roles(meeting) and ("韩正", "speaker") in roles(meeting)


def test_guests_met_separately_after_a_clause_on_why_they_came_are_met_one_by_one_over_two_days():
    facts = facts_of(
        "国务院总理周明8日和9日在京分别会见来华出席论坛的某国总统卡里姆、某组织总干事巴哈尔。李华参加上述会见。"
    )
    meetings = [roles(e) for e in facts.events if e.status == "held"]
    assert len(meetings) == 2
    for guest, other in (("卡里姆", "巴哈尔"), ("巴哈尔", "卡里姆")):
        [met] = [r for r in meetings if (guest, "attendee") in r]
        assert {("周明", "attendee"), ("李华", "attendee")} <= met and (other, "attendee") not in met


def test_a_meeting_on_two_days_written_with_he_is_held_from_the_first():
    [meeting] = facts_of("国务院总理周明8日和9日在京会见某国总统卡里姆。").events
    assert meeting.date == "2025-03-08" and roles(meeting) == {("周明", "attendee"), ("卡里姆", "attendee")}


def test_a_dialogue_held_with_a_list_of_titled_partners_is_attended_by_all_of_them():
    facts = facts_of("国务院总理周明9日在京同某银行行长卡里姆、某组织总干事巴哈尔举行“1+2”对话会。")
    [meeting] = [e for e in facts.events if e.status == "held"]
    assert meeting.type == "meeting"
    assert {("周明", "attendee"), ("卡里姆", "attendee"), ("巴哈尔", "attendee")} <= roles(meeting)


def test_a_session_the_meeting_studied_convening_is_not_held_and_the_speakers_stay_at_the_meeting():
    facts = facts_of(
        "政协第十四届全国委员会第二十九次主席会议24日在京召开。全国政协主席王明主持并讲话。"
        "会议研究了召开全国政协十四届三次会议的有关事项。全国政协副主席李华、张强作了发言。"
    )
    held = [e for e in facts.events if e.status == "held"]
    assert [e.name for e in held] == ["政协第十四届全国委员会第二十九次主席会议"]
    assert {("李华", "speaker"), ("张强", "speaker"), ("王明", "chair")} <= roles(held[0])


def test_a_video_address_at_a_named_forum_is_a_speech_there_without_attending():
    facts = facts_of("国务院总理周明28日在中日合作论坛上发表视频致辞。")
    [forum] = facts.events
    assert forum.name == "中日合作论坛" and roles(forum) == {("周明", "speaker")}
    [forum] = facts_of("国务院总理周明28日在中日合作论坛上致辞。").events
    assert roles(forum) == {("周明", "attendee"), ("周明", "speaker")}  # in the room: attends and speaks


def test_a_foreign_minister_speaking_while_at_a_ministers_meeting_attends_it_and_speaks():
    facts = facts_of("某国外长卡里姆2日在印度出席二十国集团外长会期间表示，各方应加强合作。")
    [meeting] = facts.events
    assert meeting.name == "二十国集团外长会" and roles(meeting) == {("卡里姆", "attendee"), ("卡里姆", "speaker")}


def test_a_guest_who_warmly_congratulates_and_then_says_speaks_at_the_meeting():
    facts = facts_of(
        "全国政协主席周明28日在京会见由某国共产党中央政治局委员、某市委书记丁文山率领的代表团。"
        "丁文山热烈祝贺运动会成功隆重开幕，表示发展两党两国关系始终是头等优先。"
    )
    [meeting] = facts.events
    assert ("丁文山", "speaker") in roles(meeting)


def test_partners_listed_with_bodies_whose_names_hold_he_or_yu_all_attend_and_none_is_a_host():
    facts = facts_of(
        "国务院总理周明8日在黄山市同世界银行行长卡里姆、联合国贸易和发展会议秘书长巴哈尔、"
        "经济合作与发展组织秘书长科尔曼和金融稳定理事会主席诺特举行圆桌对话会。"
    )
    [meeting] = [e for e in facts.events if e.status == "held"]
    assert {(name, "attendee") for name in ("周明", "卡里姆", "巴哈尔", "科尔曼", "诺特")} <= roles(meeting)
    assert not meeting.name.startswith("科尔曼")  # a later item of the list hosts nothing
    assert ("卡里姆", "行长", "世界银行") in {(p.person, p.title, p.body) for p in facts.positions}


def test_a_press_conference_named_after_a_city_is_held_by_its_government():
    facts = facts_of("在今天举行的某某市疫情防控新闻发布会上，相关部门介绍了配药服务。")
    [conference] = facts.events
    assert conference.type == "activity" and conference.organizers == ["某某市政府"]
    assert facts_of("在今天举行的年会首场新闻发布会上，有关负责人介绍了情况。").events == []  # no one named


def test_a_guest_landing_at_an_airport_and_greeted_there_is_one_welcome_with_every_greeter():
    facts = facts_of(
        "当地时间14日下午，国家主席周明乘坐专机抵达某某国际机场时，某国总统卡里姆率副总理巴哈尔、"
        "市长科尔曼等高级官员在机场热情迎接。"
    )
    [welcome] = facts.events
    assert welcome.type == "activity" and welcome.name == "周明抵达某某国际机场受到迎接"
    assert {(n, "attendee") for n in ("周明", "卡里姆", "巴哈尔", "科尔曼")} <= roles(welcome)
    assert facts_of("运输机抵达某某国际机场，受到群众迎接。").events == []  # no one named lands


def test_members_who_answer_the_reporters_questions_on_a_topic_list_speak_at_the_event_in_scope():
    facts = facts_of(
        "全国政协首场“委员通道”今天开启。在今天的“委员通道”上，全国政协委员周明、李华也分别就就业、"
        "共建“一带一路”等问题回答了记者的提问。"
    )
    [corridor] = facts.events
    assert {("周明", "speaker"), ("李华", "speaker")} <= roles(corridor)


def test_officials_met_separately_after_coming_to_beijing_to_report_are_met_one_by_one():
    facts = facts_of(
        "国务院总理周明22日在中南海分别会见来京述职的某特别行政区行政长官李华和另一特别行政区行政长官王强。"
    )
    meetings = [roles(e) for e in facts.events if e.status == "held"]
    assert len(meetings) == 2 and all(("周明", "attendee") in r for r in meetings)


def test_a_study_delegation_met_is_no_visit_of_its_leader_and_its_words_go_to_the_meeting():
    facts = facts_of(
        "中央纪委书记周明12日在北京会见由某国共产党中央政治局委员卡里姆率领的某党领导干部考察团。"
        "周明表示，中方愿同某方加强交流。"
    )
    [meeting] = facts.events
    assert meeting.type == "meeting"
    assert {("周明", "speaker"), ("卡里姆", "attendee"), ("卡里姆", "leader")} <= roles(meeting)
    [tour] = facts_of("县人大常委会副主任周明带领检查组，就议案办理情况进行检查。").events  # a team that tours
    assert tour.type == "inspection" and ("周明", "leader") in roles(tour)


def test_officials_seeing_a_guest_off_at_the_airport_hold_no_event_but_a_formal_farewell_is_one():
    assert facts_of("离开某地时，某国部长卡里姆和中国驻某国大使王强等到机场送行。").events == []
    [farewell] = facts_of("某国总统卡里姆到机场为国家主席周明话别送行。").events
    assert {("卡里姆", "attendee"), ("周明", "attendee")} <= roles(farewell)


def test_a_tour_named_as_the_frame_of_a_meeting_leaves_the_meetings_people_at_the_meeting():
    """"X在上海调研期间专门召开这次座谈会" tells the tour and points back at the meeting: the speakers of
    "座谈会上，…先后发言" and the attendees of "…出席座谈会" are the meeting's, the tour is the leader's own."""
    facts = facts_of(
        "中共中央总书记周明远30日上午在上海主持召开深入推进长三角一体化发展座谈会并发表重要讲话。"
        "国务院总理李家明出席座谈会。\n\n周明远在上海调研期间专门召开这次座谈会。座谈会上，国家发展改革委主任郑建国、"
        "上海市委书记陈立华先后发言。\n\n王志强、何立平出席座谈会。",
        pub_date="2023-11-30",
    )
    meeting = next(e for e in facts.events if e.name == "深入推进长三角一体化发展座谈会")
    assert {("郑建国", "speaker"), ("陈立华", "speaker"), ("王志强", "attendee"), ("何立平", "attendee")} <= roles(
        meeting
    )
    tour = next(e for e in facts.events if e.type == "inspection")
    assert tour.name == "周明远在上海调研"
    assert roles(tour) == {("周明远", "attendee")}


def test_the_short_form_of_a_ceremonys_name_is_the_ceremony_the_story_opened_with():
    facts = facts_of(
        "中央军委晋升上将军衔仪式28日在北京八一大楼举行。中央军委主席周明远出席晋衔仪式。\n\n"
        "下午5时许，晋衔仪式在庄严的国歌声中开始。中央军委副主席何立平主持晋衔仪式。",
        pub_date="2024-03-28",
    )
    [ceremony] = facts.events
    assert ceremony.name == "中央军委晋升上将军衔仪式"
    assert roles(ceremony) == {("周明远", "attendee"), ("何立平", "chair")}


@pytest.mark.parametrize(
    "text",
    [
        "春节前夕，周明远等党和国家领导人分别以电话等方式慰问或委托有关方面负责同志慰问了王建华、李立民等老同志。",
        "中央纪委书记李立民委托中央纪委副书记看望慰问了老干部。",
    ],
)
def test_greetings_by_telephone_or_through_others_are_no_visit(text):
    assert facts_of(text, pub_date="2023-01-19").events == []


def test_experts_and_company_heads_named_before_the_verb_speak():
    facts = facts_of(
        "7日，国务院总理李家明主持召开经济形势专家和企业家座谈会。会上，杨志明、管立涛等专家和中国物流集团、"
        "中国农业生产资料集团、青岛创新公司负责人发了言。",
        pub_date="2022-04-08",
    )
    [meeting] = facts.events
    assert {("杨志明", "speaker"), ("管立涛", "speaker")} <= roles(meeting)


def test_a_committee_meeting_chaired_together_after_talks_is_a_meeting_of_its_own():
    facts = facts_of(
        "11月28日至29日，国务院副总理丁建国访问土库曼斯坦，同土库曼斯坦副总理兼外长梅列多夫举行会谈并共同主持"
        "中土合作委员会第六次会议。",
        title="丁建国访问土库曼斯坦并主持中土合作委员会第六次会议",
        pub_date="2023-11-30",
    )
    by_name = {e.name: e for e in facts.events}
    assert roles(by_name["中土合作委员会第六次会议"]) >= {("丁建国", "chair"), ("梅列多夫", "chair")}
    assert "丁建国同土库曼斯坦副总理兼外长梅列多夫举行会谈" in by_name
    assert "丁建国访问土库曼斯坦" in by_name


@pytest.mark.parametrize(
    "text, name, organizer",
    [
        ("21日，俄罗斯外交部召见美国驻俄大使，抗议美国扩大军事支持。", "俄罗斯外交部召见美国驻俄大使", "俄罗斯外交部"),
        (
            "记者今天（2月22日）从国家知识产权局例行新闻发布会上获悉，今年将提升审查质量效率。",
            "国家知识产权局例行新闻发布会",
            "国家知识产权局",
        ),
        # the day may come between 从 and the briefing; the reporter is no part of its name
        (
            "记者从今天（2月22日）交通运输部专题新闻发布会上了解到，春运客流平稳。",
            "交通运输部专题新闻发布会",
            "交通运输部",
        ),
        # a briefing told as the one that said what follows
        ("今天，水利部例行新闻发布会通报，汛情总体平稳。", "水利部例行新闻发布会", "水利部"),
        # a province's briefing named by its short name, or convened by it: its government held it
        ("今天（2月22日）下午，青海新冠肺炎疫情防控工作新闻发布会介绍，全省疫情平稳。", None, "青海省政府"),
        ("今天，天津召开防汛救灾工作情况新闻发布会。全市道路已恢复通行。", None, "天津市政府"),
    ],
)
def test_a_summons_and_a_briefing_of_the_day_are_events_of_the_body_that_held_them(text, name, organizer):
    [event] = facts_of(text, pub_date="2023-02-22").events
    assert (event.name if name else None, event.organizers) == (name, [organizer])
    assert event.status == "held" and event.date in ("2023-02-21", "2023-02-22")  # the day its sentence tells


@pytest.mark.parametrize(
    "text",
    [
        "土耳其外交部将召见美国驻土大使。",
        "记者从第三届中国国际消费品博览会筹备进展情况新闻发布会上获悉，本届消博会将于4月11日至15日在海口举办。",
        # a body told the news, not a briefing held that day
        "记者今天（2月22日）从博鳌亚洲论坛秘书处了解到，年会将于3月26日至29日举行。",
        # a city's short name opens the name of its games, whose committee (not named) held the briefing
        "今天上午，杭州第4届亚残运会火炬传递主题新闻发布会召开。",
    ],
)
def test_a_summons_planned_or_a_briefing_of_no_day_is_no_event(text):
    assert facts_of(text, pub_date="2023-02-22").events == []


def test_a_briefing_s_figures_up_to_a_day_do_not_date_it():
    story = "西藏新冠肺炎疫情防控新闻发布会通报：截至2月21日21时，现有确诊病例2例。"
    [event] = facts_of(story, pub_date="2023-02-22").events
    assert event.organizers == ["西藏自治区政府"] and event.date is None


def test_a_themed_study_session_of_the_state_council_is_a_meeting_its_premier_chairs():
    facts = facts_of(
        "12月16日，国务院以“加快落实行政裁量权基准制度”为主题，进行第十一次专题学习。国务院总理李家明在主持学习时强调，"
        "要深入学习贯彻法治思想。\n\n中央党校教授胡立淼作讲解。国务院副总理何建峰、张立清作交流发言。",
        pub_date="2024-12-17",
    )
    [study] = facts.events
    assert study.type == "meeting"
    assert {("李家明", "chair"), ("胡立淼", "speaker"), ("何建峰", "speaker"), ("张立清", "speaker")} <= roles(study)


@pytest.mark.parametrize(
    "follow_up, speaker",
    [
        ("周立新还来到市第一中学等地，与师生代表面对面，深入宣讲全会精神。", "周立新"),
        ("周立新还走进滨江新区产业园，与一线职工进行互动交流。", "周立新"),
    ],
)
def test_a_lecturer_who_goes_on_to_talk_with_people_elsewhere_holds_a_second_meeting(follow_up, speaker):
    facts = facts_of("中央宣讲团成员、商务部部长周立新在合肥作宣讲报告。报告会采取视频形式。\n\n" + follow_up)
    assert len(facts.events) == 2
    second = next(e for e in facts.events if "宣讲报告" not in e.name)
    assert second.type == "meeting"
    assert roles(second) == {(speaker, "speaker")}


def test_a_leader_who_talks_with_villagers_on_a_tour_stays_on_the_tour():
    facts = facts_of("吴海明在安徽调研。吴海明来到王村，与村民亲切交流。")
    assert [e.type for e in facts.events] == ["inspection"]


def test_a_summit_attended_before_the_report_heard_on_the_way_home():
    facts = facts_of(
        "9月5日，习近平在结束出席第八届东盟峰会并对泰国进行国事访问回到国内后，在昆明专门听取云南省委和省政府工作汇报。"
        "云南省委书记王立中作了汇报，省长陈建安等参加汇报会。",
        pub_date="2025-09-06",
    )
    summit = next(e for e in facts.events if e.name == "第八届东盟峰会")
    assert roles(summit) == {("习近平", "attendee")}
    [hearing] = [e for e in facts.events if "汇报" in e.name]
    assert {("习近平", "attendee"), ("王立中", "speaker"), ("陈建安", "attendee")} <= roles(hearing)


def test_a_premier_back_from_a_visit_made_that_visit():
    facts = facts_of("9月13日晚，国务院总理李建国在结束对阿联酋正式访问后乘包机回到北京。", pub_date="2025-09-14")
    [visit] = facts.events
    assert (visit.name, visit.date) == ("李建国对阿联酋进行正式访问", None)
    assert roles(visit) == {("李建国", "attendee")}


def test_a_minister_who_speaks_while_visiting_a_country_is_on_a_visit_there():
    facts = facts_of("俄罗斯外长伊万诺夫24日在埃及访问时表示，俄方会确保运输船顺利通过。", pub_date="2025-07-25")
    [visit] = facts.events
    assert visit.name == "伊万诺夫访问埃及"
    assert ("伊万诺夫", "attendee") in roles(visit)


def test_the_session_a_meeting_decides_to_hold_is_announced_and_its_agenda_is_reported_at_the_meeting():
    facts = facts_of(
        "十四届全国人大常委会第五十次委员长会议9日上午在京举行，赵明远委员长主持。会议决定，十四届全国人大常委会"
        "第二十次会议12月27日至12月30日在京举行。\n\n全国人大常委会秘书长孙立平就常委会第二十次会议议程草案和"
        "日程安排等作了汇报。",
        pub_date="2025-12-09",
    )
    held = [e for e in facts.events if e.status == "held"]
    assert [e.name for e in held] == ["十四届全国人大常委会第五十次委员长会议"]
    assert {("赵明远", "chair"), ("孙立平", "speaker")} <= roles(held[0])


def test_guests_who_speak_at_a_meeting_with_a_leader_attend_it_and_speak():
    facts = facts_of(
        "国家主席王立新27日在北京人民大会堂集体会见美国工商界代表。\n\n"
        "美中贸易委员会会长艾文斯、高科公司总裁兼首席执行官霍华德等美方代表在发言中感谢王立新主席拨冗会见。",
        pub_date="2025-03-28",
    )
    [meeting] = facts.events
    expected = {("艾文斯", "attendee"), ("艾文斯", "speaker"), ("霍华德", "attendee"), ("霍华德", "speaker")}
    assert expected <= roles(meeting)


def test_a_trip_home_from_several_countries_made_a_visit_to_each():
    facts = facts_of(
        "6月20日晚，国务院总理李建国在结束对新西兰、澳大利亚、马来西亚进行正式访问，并同澳大利亚总理阿尔本举行"
        "第九轮中澳总理年度会晤后乘包机回到北京。",
        pub_date="2025-06-21",
    )
    names = {e.name for e in facts.events if ("李建国", "attendee") in roles(e)}
    assert {"李建国对新西兰进行正式访问", "李建国对澳大利亚进行正式访问", "李建国对马来西亚进行正式访问"} <= names


def test_who_flew_home_with_the_leader_was_on_each_visit_of_the_trip():
    facts = facts_of(
        "6月20日晚，国务院总理李建国在结束对新西兰、澳大利亚进行正式访问后乘包机回到北京。"
        "国务委员吴建平等陪同人员同机抵达。",
        pub_date="2025-06-21",
    )
    visits = [e for e in facts.events if e.name.startswith("李建国对")]
    assert len(visits) == 2
    assert all(("吴建平", "attendee") in roles(v) for v in visits)


def test_a_trip_home_after_a_summit_and_visits_made_the_summit_and_a_visit_to_each_country():
    facts = facts_of(
        "9月16日午夜，国家主席李建国在结束出席东盟合作组织成员国元首理事会第九次会议和对蒙古国、吉尔吉斯共和国"
        "进行国事访问后回到北京。",
        pub_date="2025-09-17",
    )
    attended = {e.name for e in facts.events if ("李建国", "attendee") in roles(e)}
    assert {"李建国对蒙古国进行国事访问", "李建国对吉尔吉斯共和国进行国事访问"} <= attended
    assert "东盟合作组织成员国元首理事会第九次会议" in attended


def test_each_visit_item_of_a_trip_home_is_a_visit_and_a_later_summit_is_attended():
    facts = facts_of(
        "6月24日上午，国务院总理周明远在结束第三轮中奥政府磋商并对奥地利进行正式访问、对葡萄牙进行正式访问"
        "并出席全球海洋合作峰会后，乘包机回到北京。",
        pub_date="2025-06-25",
    )
    attended = {e.name for e in facts.events if ("周明远", "attendee") in roles(e)}
    assert {"周明远对奥地利进行正式访问", "周明远对葡萄牙进行正式访问", "全球海洋合作峰会"} <= attended


def test_one_visit_a_trip_home_ended_keeps_its_own_name_not_the_headline():
    facts = facts_of(
        "李建国结束出席二十国集团领导人第二十次峰会并对智利进行国事访问回国\n"
        "当地时间11月21日上午，国家主席李建国在结束出席二十国集团领导人第二十次峰会并对智利进行国事访问后"
        "乘专机启程回国。",
        pub_date="2025-11-22",
    )
    attended = {e.name for e in facts.events if ("李建国", "attendee") in roles(e)}
    assert {"李建国对智利进行国事访问", "二十国集团领导人第二十次峰会"} <= attended


def test_who_flew_home_with_the_leader_was_on_the_visits_not_at_the_summit():
    facts = facts_of(
        "当地时间11月21日上午，国家主席李建国在结束出席二十国集团领导人第二十次峰会并对智利进行国事访问后"
        "乘专机启程回国。陪同李建国出访的中共中央政治局委员、外交部长吴建平等同机返回。",
        pub_date="2025-11-22",
    )
    visit = next(e for e in facts.events if e.name == "李建国对智利进行国事访问")
    summit = next(e for e in facts.events if e.name == "二十国集团领导人第二十次峰会")
    assert ("吴建平", "attendee") in roles(visit)
    assert "吴建平" not in {name for name, _ in roles(summit)}


def test_who_flew_home_from_a_summit_alone_attended_nothing():
    facts = facts_of(
        "27日下午，国务院总理周明远在结束出席第十次中日韩领导人会议后，乘包机回到北京。"
        "国务委员吴建平等陪同人员同机返回。",
        pub_date="2025-05-28",
    )
    summit = next(e for e in facts.events if e.name == "第十次中日韩领导人会议")
    assert roles(summit) == {("周明远", "attendee")}


def test_talks_told_only_by_what_was_said_at_them_are_talks_of_both():
    facts = facts_of(
        "应埃及政府邀请，中共中央政治局常委周明远3月18日至22日对埃及进行正式友好访问。"
        "在同埃及参议长阿卜杜拉齐格会谈时，周明远表示，中埃政治互信更加坚实。"
        "阿卜杜拉齐格表示，埃方愿同中方加强合作。",
        pub_date="2025-03-23",
    )
    talks = next(e for e in facts.events if e.name == "周明远同埃及参议长阿卜杜拉齐格会谈")
    assert talks.type == "meeting"
    assert {("周明远", "attendee"), ("周明远", "speaker"), ("阿卜杜拉齐格", "attendee")} <= roles(talks)
    assert ("阿卜杜拉齐格", "speaker") in roles(talks)


def test_a_meeting_told_only_by_what_was_said_at_it_is_a_meeting_of_both():
    facts = facts_of(
        "应秘鲁政府邀请，中共中央政治局常委周明远3月18日至22日对秘鲁进行正式友好访问。"
        "在会见秘鲁总统博卢阿尔特时，周明远转达了亲切问候。周明远表示，中秘友谊源远流长。"
        "博卢阿尔特表示，秘方愿同中方深化合作。",
        pub_date="2025-03-23",
    )
    meeting = next(e for e in facts.events if e.name == "周明远会见秘鲁总统博卢阿尔特")
    assert {("周明远", "attendee"), ("博卢阿尔特", "attendee"), ("周明远", "speaker")} <= roles(meeting)
    visit = next(e for e in facts.events if "访问" in e.name)
    assert "博卢阿尔特" not in {name for name, _ in roles(visit)}


@pytest.mark.parametrize(
    "sentence",
    [
        "党的十八大以来，李建国总书记一次次深入民族地区调研，同各族群众亲切交流。",
        "党的十八大以来，李建国总书记主持召开三次座谈会聚焦黄河流域发展，从生态保护到高质量发展。",
        "党的十八大以来，李建国总书记先后4次到天津考察工作、出席活动。",
    ],
)
def test_occasions_counted_are_no_one_event_held(sentence):
    assert facts_of(sentence, pub_date="2025-03-20").events == []


@pytest.mark.parametrize(
    "sentence",
    [
        "党的十八大后，李建国总书记首次赴农村考察就来到阜平，顶风冒雪，进村入户看望困难群众。",
        "十年来，李建国总书记考察调研的足迹遍布西部12个省区市。",
    ],
)
def test_years_told_over_are_no_report_of_an_event_held(sentence):
    assert facts_of(sentence, pub_date="2025-02-25").events == []


def test_a_session_a_countrys_delegate_spoke_at_was_held_by_the_body_that_names_it():
    facts = facts_of(
        "25日，在联合国人权理事会第58届会议上，中国代表60多个国家作共同发言，强调发展对享有人权的重要意义。",
        pub_date="2025-03-26",
    )
    session = next(e for e in facts.events if e.name == "联合国人权理事会第58届会议")
    assert session.organizers == ["联合国人权理事会"]
    assert session.date == "2025-03-25"


def test_an_ordinal_is_no_count_of_occasions():
    facts = facts_of(
        "国务院总理周明远5日在京同俄罗斯总理伊万诺夫以视频方式共同主持中俄总理第二十七次定期会晤。",
        pub_date="2025-12-06",
    )
    talks = next(e for e in facts.events if "定期会晤" in e.name)
    assert ("周明远", "chair") in roles(talks) or ("周明远", "attendee") in roles(talks)


def test_a_count_of_trainings_or_fairs_is_a_statistic_not_an_event():
    facts = facts_of(
        "“十四五”时期，全国共组织开展补贴性职业技能培训近1亿人次，举办各类招聘活动近1万场。", pub_date="2025-06-14"
    )
    assert facts.events == []


def test_one_call_held_at_a_meeting_is_still_told():
    facts = facts_of(
        "世界银行行长马尔帕斯10日在国际货币基金组织和世界银行2025年春季会议一场媒体电话会上表示，预计经济增速超过5%。",
        pub_date="2025-04-11",
    )
    assert any(e.name.endswith("春季会议") for e in facts.events)


def test_a_visit_told_ended_in_a_clause_of_its_own_was_a_visit():
    facts = facts_of("当天，国务院总理周明远结束对冰岛的正式访问，乘包机前往挪威。", pub_date="2025-01-18")
    visit = next(e for e in facts.events if e.name == "周明远对冰岛进行正式访问")
    assert ("周明远", "attendee") in roles(visit)


def test_who_explains_a_long_bill_at_the_session_speaks_there():
    facts = facts_of(
        "十四届全国人大常委会第十一次会议10日上午在京举行第一次全体会议。赵乐际委员长主持会议。"
        "受国务院委托，外交部副部长吴建平作了关于提请审议批准《中华人民共和国和哈萨克斯坦共和国关于民事和刑事司法协助的条约"
        "的议定书》《中华人民共和国和乌拉圭东岸共和国关于刑事司法协助的条约》的两个议案的说明。",
        pub_date="2025-09-10",
    )
    session = next(e for e in facts.events if "第十一次会议" in e.name)
    assert ("吴建平", "speaker") in roles(session)


def test_the_guests_a_dialogue_lists_speak_when_the_story_says_they_all_did():
    facts = facts_of(
        "12月9日，国务院总理周明远在京同新开发银行行长罗塞芙、世界银行行长彭安杰、世界贸易组织总干事伊维拉、"
        "国际劳工组织总干事洪博举行对话会。周明远表示，中方愿同各方共同推动世界经济健康稳定发展。"
        "国际经济组织负责人高度赞赏中国发展取得的巨大成就，表示愿同中方加强合作。",
        pub_date="2025-12-10",
    )
    dialogue = next(e for e in facts.events if "对话会" in e.name)
    assert {("罗塞芙", "speaker"), ("彭安杰", "speaker"), ("伊维拉", "speaker"), ("洪博", "speaker")} <= roles(dialogue)


def test_the_hosts_listed_at_a_summit_do_not_speak_for_its_foreign_guests():
    facts = facts_of(
        "9月5日上午，国家主席李建国在北京出席中非合作论坛峰会开幕式并发表主旨讲话。"
        "中共中央政治局常委周明远、吴建平、王海平出席。"
        "非方领导人感谢中方主办此次峰会，高度赞赏中非合作取得的积极成果。",
        pub_date="2025-09-06",
    )
    opening = next(e for e in facts.events if "开幕式" in e.name)
    assert ("周明远", "attendee") in roles(opening)
    assert not {("周明远", "speaker"), ("吴建平", "speaker"), ("王海平", "speaker")} & roles(opening)


def test_talks_told_through_the_press_conference_after_them_were_held():
    facts = facts_of(
        "俄罗斯外长伊万诺夫11日在与哈萨克斯坦外长努尔兰会晤后的新闻发布会上表示，各国都应开展合作。",
        pub_date="2025-04-12",
    )
    talks = next(e for e in facts.events if e.type == "meeting")
    assert {("伊万诺夫", "attendee"), ("努尔兰", "attendee")} <= roles(talks)


def test_a_dialogue_held_with_a_partner_is_a_meeting_of_both():
    facts = facts_of(
        "国务院副总理周明远8日在北京通过视频方式同欧盟委员会执行副主席蒂默曼斯举行第三次中欧环境与气候高层对话。"
    )
    [dialogue] = facts.events
    assert dialogue.type == "meeting"
    assert {("周明远", "attendee"), ("蒂默曼斯", "attendee")} <= roles(dialogue)
    # a mechanism for dialogue is no dialogue held
    assert facts_of("双方同意建立中欧环境与气候高层对话机制。").events == []


def test_leaders_who_bid_farewell_at_the_hospital_attend_one_farewell_and_console_no_one_else():
    facts = facts_of(
        "周明远、李家明、王红等党和国家领导同志到医院为张正同志送别，并护送张正同志的遗体到八宝山革命公墓火化。"
    )
    [farewell] = facts.events
    assert farewell.type == "ceremony"
    assert roles(farewell) == {("周明远", "attendee"), ("李家明", "attendee"), ("王红", "attendee")}
    facts = facts_of("受中共中央委托，全国政协主席汪洋等28日到八宝山革命公墓为张正同志送别，并慰问其亲属。")
    [farewell] = facts.events  # the consolation of the family is part of the farewell
    assert farewell.name == "汪洋到八宝山革命公墓为张正同志送别"
    assert roles(farewell) == {("汪洋", "attendee")}
    # villagers who see firefighters off bid no one a farewell the guidelines count
    assert facts_of("村民们听闻消息后，都赶来送别。").events == []


def test_the_conferring_of_medals_is_what_the_conferring_ceremony_does():
    facts = facts_of(
        "国家勋章和国家荣誉称号颁授仪式29日上午在北京人民大会堂隆重举行。"
        "国家主席周明远向国家勋章和国家荣誉称号获得者颁授勋章奖章并发表重要讲话。李家明主持。"
    )
    [ceremony] = facts.events
    assert "颁授仪式" in ceremony.name
    assert {("周明远", "attendee"), ("周明远", "speaker"), ("李家明", "chair")} <= roles(ceremony)


def test_a_couple_and_the_next_leader_pay_their_respects_as_one_list():
    facts = facts_of("毛里求斯总统鲁蓬夫妇、总理贾格纳特到中国驻毛里求斯使馆吊唁。")
    [visit] = facts.events
    assert roles(visit) == {("鲁蓬", "attendee"), ("贾格纳特", "attendee")}


def test_those_who_report_to_a_standing_committee_session_speak_there_and_a_report_on_an_inspection_is_none():
    facts = facts_of(
        "十四届全国人大常委会第三次会议28日上午在京举行第一次全体会议。"
        "周明远委员长主持并作全国人大常委会执法检查组关于检查种子法实施情况的报告。"
        "会议分别听取了宪法法律委副主任委员王明作的关于反电信网络诈骗法草案审议结果报告。"
        "受国务院委托，财政部部长李家明报告了今年以来预算执行情况。"
    )
    [session] = facts.events
    assert session.type == "meeting" and "全体会议" in session.name
    assert {("周明远", "chair"), ("王明", "speaker"), ("李家明", "speaker")} <= roles(session)


def test_who_takes_part_in_the_meeting_and_then_in_the_rally_has_a_role_at_each():
    facts = facts_of(
        "全国先进工作者表彰大会30日上午在京举行。国家主席周明远亲切会见受表彰代表，向他们表示祝贺。"
        "王红参加会见并在表彰大会上讲话，李家明参加会见并出席大会，陈华参加会见并主持大会。"
    )
    rally = next(e for e in facts.events if e.name.endswith("表彰大会"))
    meeting = next(e for e in facts.events if "会见" in e.name)
    assert {("王红", "attendee"), ("李家明", "attendee"), ("陈华", "attendee")} <= roles(meeting)
    assert {("王红", "speaker"), ("李家明", "attendee"), ("陈华", "chair")} <= roles(rally)
    assert ("王红", "attendee") not in roles(rally)  # he spoke there; no 出席 is written


def test_what_a_leader_does_on_the_eve_of_a_summit_is_no_part_of_the_summit():
    facts = facts_of(
        "5月17日，中共中央总书记周明远在西安主持中国－中亚峰会前夕，专门听取陕西省委和省政府工作汇报，"
        "省委书记赵一德汇报，省长李家明等参加汇报会。周明远发表了重要讲话。"
    )
    assert not any("峰会" in e.name and e.participants for e in facts.events)
    hearing = next(e for e in facts.events if "汇报" in e.name)
    assert {("周明远", "attendee"), ("李家明", "attendee")} <= roles(hearing)


def test_the_leader_escorted_goes_to_the_sites_his_escorts_take_him_to():
    facts = facts_of(
        "5月16日下午，在前往陕西途中，周明远走下列车，在山西省委书记李家明、省长王红陪同下，"
        "先后考察了运城博物馆和运城盐湖。",
        title="周明远在山西运城考察",
    )
    [tour] = [e for e in facts.events if e.type == "inspection"]
    assert {("周明远", "attendee"), ("李家明", "attendee"), ("王红", "attendee")} <= roles(tour)


def test_award_winners_who_speak_for_the_winners_speak_at_the_rally():
    facts = facts_of(
        "“国家工程师奖”表彰大会19日在京召开。"
        "江北电气集团有限公司副总工程师王明、大桥工程总工程师李家明、研发团队负责人周红等获奖代表在会上作了发言。"
    )
    [rally] = facts.events
    assert {("王明", "speaker"), ("李家明", "speaker"), ("周红", "speaker")} <= roles(rally)


def test_a_meeting_held_while_attending_a_summit_is_a_meeting_of_its_own():
    facts = facts_of(
        "当地时间15日，国务院总理周明远在伊斯兰堡出席上海合作组织成员国政府首脑理事会第二十三次会议期间"
        "会见塔吉克斯坦总理拉苏尔佐达。王明等参加会见。"
    )
    meeting = next(e for e in facts.events if "会见" in e.name)
    assert {("周明远", "attendee"), ("拉苏尔佐达", "attendee"), ("王明", "attendee")} <= roles(meeting)
    summit = next(e for e in facts.events if "理事会" in e.name)
    assert ("周明远", "attendee") in roles(summit)
    assert ("王明", "attendee") not in roles(summit)


def test_a_premier_who_lands_by_chartered_plane_is_welcomed_at_the_airport():
    facts = facts_of("当地时间18日晚，周明远乘坐的包机抵达柏林勃兰登堡机场，中国驻德国大使王明等到机场迎接。")
    [arrival] = facts.events
    assert {("周明远", "attendee"), ("王明", "attendee")} <= roles(arrival)


def test_a_premier_who_lands_is_met_at_the_airport_by_those_the_next_sentences_name():
    facts = facts_of(
        "当地时间14日下午，国务院总理周明远乘包机抵达苏黎世，将出席世界经济论坛年会并对瑞士进行正式访问。"
        "国务委员王明等陪同人员同机抵达。瑞士联邦委员阿姆赫德和中国驻瑞士大使李家明等到机场迎接。"
    )
    arrival = next(e for e in facts.events if "抵达" in e.name)
    assert arrival.type == "activity" and arrival.date == "2025-03-14"
    assert {("周明远", "attendee"), ("王明", "attendee"), ("阿姆赫德", "attendee"), ("李家明", "attendee")} <= roles(
        arrival
    )
    # a leader who will land is not yet met
    assert not facts_of("国务院总理周明远将乘包机抵达苏黎世。").events


def test_an_arrival_by_special_train_is_met_at_the_station_by_the_officials_listed_across_commas():
    facts = facts_of(
        "中共中央总书记周明30日下午乘专列抵达香港，出席将于7月1日举行的庆祝大会。"
        "国务委员兼外交部长王毅等陪同人员一同抵达。"
        "全国政协副主席梁振英，香港特别行政区候任行政长官李家超，香港特别行政区终审法院首席法官张举能、"
        "行政会议非官守议员召集人陈智思等前往车站迎接。"
    )
    [arrival] = [e for e in facts.events if e.type == "activity"]
    assert arrival.name == "周明乘专列抵达香港"
    assert {"周明", "王毅", "梁振英", "李家超", "张举能", "陈智思"} <= {p.person for p in arrival.participants}


def test_a_report_on_an_inspection_heard_at_a_session_is_its_speakers_not_an_inspection():
    facts = facts_of(
        "十四届全国人大常委会第十二次会议5日上午在京举行第二次全体会议。周明委员长出席。"
        "会议听取了全国人大常委会副委员长铁凝作的关于检查非物质文化遗产法实施情况的报告。"
        "会议听取了中国人民银行行长潘功胜受国务院委托作的关于金融工作情况的报告。"
    )
    [session] = facts.events
    assert {("铁凝", "speaker"), ("潘功胜", "speaker")} <= roles(session)


def test_reports_made_to_a_meeting_later_in_the_story_are_speeches_there_however_written():
    facts = facts_of(
        "十四届全国人大常委会第四次会议25日在北京人民大会堂举行。周明委员长主持会议。"
        "25日下午，周明委员长主持召开十四届全国人大常委会第九次委员长会议，审议有关议题。"
        "全国人大常委会秘书长刘明作了汇报。"
    )
    [chairmen] = [e for e in facts.events if "委员长会议" in e.name]
    assert ("刘明", "speaker") in roles(chairmen)
    facts = facts_of(
        "十三届全国人大常委会第一百一十次委员长会议27日下午在北京人民大会堂举行。周明委员长主持会议。"
        "会议听取了全国人大常委会秘书长杨明作的任免案审议情况的汇报等。"
        "全国人大常委会副秘书长王晓明向会议作了关于新增人事任免事项的汇报。"
    )
    [meeting] = facts.events
    assert {("杨明", "speaker"), ("王晓明", "speaker")} <= roles(meeting)


def test_a_session_a_meeting_prepares_for_or_a_report_is_about_takes_none_of_its_speakers():
    facts = facts_of(
        "十三届全国人大常委会第三十三次会议27日上午在北京人民大会堂举行第一次全体会议。周明委员长主持。"
        "这次常委会会议的一项重要任务是为召开十三届全国人大五次会议作准备。"
        "会议审议了周明委员长访问俄罗斯并在俄出席第七届东方经济论坛情况的书面报告。"
        "最高人民法院院长李强明作了说明。"
    )
    held = [e for e in facts.events if "五次会议" not in e.name and "论坛" not in e.name]
    assert [e.name for e in facts.events if "论坛" in e.name] == []
    assert not [e for e in facts.events if "五次会议" in e.name and e.participants]
    [session] = held
    assert ("李强明", "speaker") in roles(session)


def test_a_tour_made_on_the_way_home_is_a_tour_of_its_own_and_those_at_all_the_above_are_at_each():
    facts = facts_of(
        "9月20日至21日，周明在浙江省委书记易炼红和省长王浩陪同下，先后来到金华、绍兴等地进行调研。"
        "9月24日下午，在返京途中，周明在山东省委书记林武和省长周乃翔陪同下来到枣庄市考察。"
        "李干杰、何立峰及中央和国家机关有关部门负责同志陪同分别参加上述有关活动。"
    )
    tours = [e for e in facts.events if e.type == "inspection"]
    assert len(tours) == 2
    assert [e.date[5:] for e in tours] == ["09-20", "09-24"]
    for tour in tours:
        assert {("李干杰", "attendee"), ("何立峰", "attendee")} <= roles(tour)


def test_a_visit_told_as_a_relative_clause_is_the_visit_of_the_person_right_after_it_only():
    facts = facts_of(
        "当地时间5月6日下午，正在法国进行国事访问的国家主席周明在巴黎出席法国总统马克龙举行的隆重盛大欢迎仪式。"
    )
    visits = [e for e in facts.events if "访问" in e.name]
    assert [roles(e) for e in visits] == [{("周明", "attendee")}]


def test_letters_of_appointment_handed_to_a_list_are_a_ceremony_of_all_who_receive_them():
    facts = facts_of(
        "6月26日，国务院总理周明向新聘任的国务院参事刘实、常继乐、李卓彬和中央文史研究馆馆员孙晓云、赵汀阳颁发聘书。"
        "颁发聘书后，周明作了重要讲话。"
    )
    [ceremony] = facts.events
    assert ceremony.type == "ceremony"
    assert {("周明", "attendee"), ("周明", "speaker"), ("刘实", "attendee"), ("赵汀阳", "attendee")} <= roles(ceremony)


def test_those_who_flew_in_with_a_guest_or_met_him_at_the_airport_are_at_his_arrival_not_at_what_he_came_for():
    facts = facts_of(
        "当地时间11月17日下午，国家主席周明乘专机抵达泰国曼谷，出席亚太经合组织第二十九次领导人非正式会议。"
        "周明乘坐的专机抵达曼谷素万那普国际机场时，泰国总理巴育热情迎接。"
        "丁薛祥、王毅等陪同人员同机抵达。中国驻泰国大使韩志强也到机场迎接。"
    )
    [arrival] = [e for e in facts.events if e.type == "activity"]
    assert {("丁薛祥", "attendee"), ("王毅", "attendee"), ("韩志强", "attendee")} <= roles(arrival)
    assert not any(p.person in ("丁薛祥", "王毅") for e in facts.events if e is not arrival for p in e.participants)


def test_who_flew_in_with_the_leader_is_on_the_visit_his_arrival_began_and_the_greeters_are_not():
    facts = facts_of(
        "当地时间6月18日晚，国务院总理周明远乘包机抵达吉隆坡，开始对马来西亚进行正式访问。"
        "马来西亚通讯部长法赫米等到机场迎接。国务委员兼国务院秘书长吴建平等陪同人员同机抵达。",
        pub_date="2025-06-19",
    )
    visit = next(e for e in facts.events if "对马来西亚进行正式访问" in e.name)
    arrival = next(e for e in facts.events if e is not visit and "抵达" in e.name)
    assert {("周明远", "attendee"), ("吴建平", "attendee")} <= roles(visit)
    assert "法赫米" not in {name for name, _ in roles(visit)}
    assert {("吴建平", "attendee"), ("法赫米", "attendee")} <= roles(arrival)


def test_who_flew_in_with_a_state_visitor_is_on_the_state_visit_told_in_the_arrival_sentence():
    facts = facts_of(
        "当地时间5月5日下午，国家主席周明乘专机抵达巴黎，应法兰西共和国总统马克龙邀请，对法国进行国事访问。"
        "周明乘坐的专机抵达巴黎奥利机场时，法国总理阿塔尔等热情迎接。"
        "中共中央政治局委员、外交部部长吴建平等陪同人员同机抵达。",
        pub_date="2025-05-06",
    )
    visit = next(e for e in facts.events if e.name.endswith("对法国进行国事访问"))
    assert {("周明", "attendee"), ("吴建平", "attendee")} <= roles(visit)
    assert "阿塔尔" not in {name for name, _ in roles(visit)}


def test_the_ones_greetings_are_passed_on_to_are_no_speakers():
    facts = facts_of(
        "巴黎奥运会开幕式26日晚举行。周明出席开幕式。周明向马克龙及其夫人布丽吉特转达李华主席的亲切问候。",
        pub_date="2024-07-27",
    )
    spoken = {name for e in facts.events for name, role in roles(e) if role == "speaker"}
    assert not {"马克龙", "布丽吉特"} & spoken
    assert ("周明", "attendee") in roles(next(e for e in facts.events if e.name == "巴黎奥运会开幕式"))


def test_the_day_then_an_adverb_of_how_they_did_it_still_leads_to_the_verb():
    facts = facts_of("中共中央政治局常委、国务院副总理周明7日上午分别参加澳门代表团审议。", pub_date="2024-03-07")
    [deliberation] = facts.events
    assert ("周明", "attendee") in roles(deliberation) and deliberation.date == "2024-03-07"
    facts = facts_of(
        "第56届东盟外长会在雅加达开幕。印尼外长蕾特诺今天也表示，本地区不能成为冲突之地。", pub_date="2023-07-11"
    )
    assert ("蕾特诺", "speaker") in roles(next(e for e in facts.events if "东盟外长会" in e.name))


@pytest.mark.parametrize(
    "text",
    [
        "第二届职业技能大赛16日在天津开幕。国务委员周明出席开幕式宣布开幕，并调研技能人才工作。",
        "第十九届亚洲运动会23日晚在杭州隆重开幕。国家主席周明出席开幕式并宣布本届亚运会开幕。",
    ],
)
def test_who_declares_the_games_open_speaks_at_the_opening(text):
    facts = facts_of(text, pub_date="2023-09-24")
    assert any({("周明", "attendee"), ("周明", "speaker")} <= roles(e) for e in facts.events)


def test_one_official_who_goes_on_to_say_something_in_the_same_sentence_speaks_and_a_group_does_not():
    facts = facts_of("全国人大常委会委员长周明视察了穆罕默德五世大学孔子学院，希望双方共同努力，培养更多使者。")
    [tour] = facts.events
    assert {("周明", "attendee"), ("周明", "speaker")} <= roles(tour)
    facts = facts_of(
        "8月28日下午，县领导王立新、李华、周明等专程来到各分组讨论地点，慰问参会的政协委员，希望委员们积极建言。"
    )
    assert not any(role == "speaker" for e in facts.events for _, role in roles(e))


def test_a_lecture_is_given_whether_the_report_is_written_with_作_or_做():
    facts = facts_of("中央宣讲团成员、全国政协原副秘书长周明在吉林长春做宣讲报告。周明对党的二十大精神作了系统宣讲。")
    [lecture] = facts.events
    assert lecture.type == "meeting" and ("周明", "speaker") in roles(lecture)


def test_a_report_of_an_inspection_team_heard_at_a_session_is_its_speakers_not_an_inspection():
    facts = facts_of(
        "十三届全国人大常委会第三十六次会议30日在京举行第一次全体会议。周明委员长主持。"
        "会议听取了全国人大常委会副委员长蔡达峰作的常委会执法检查组关于检查科学技术普及法实施情况的报告。"
    )
    [session] = facts.events
    assert {("周明", "chair"), ("蔡达峰", "speaker")} <= roles(session)


def test_an_arrival_told_twice_is_one_and_what_the_leader_came_for_is_not_yet_held():
    facts = facts_of(
        "当地时间11月14日下午，国家主席周明远乘专机抵达美国旧金山，应邀同美国总统拜登举行中美元首会晤。"
        "周明远乘坐专机抵达旧金山国际机场时，受到美国加利福尼亚州州长纽森等美方代表热情迎接。"
    )
    [arrival] = [e for e in facts.events if "抵达" in e.name]
    assert arrival.name == "周明远抵达旧金山国际机场受到迎接"
    assert {("周明远", "attendee"), ("纽森", "attendee")} <= roles(arrival)
    assert not any("会晤" in e.name and e.participants for e in facts.events)


@pytest.mark.parametrize(
    "text",
    [
        "在今天举行的杭州市疫情防控新闻发布会上，相关部门介绍，学生从6月6日起返校复学。",
        "今天举行的杭州市疫情防控新闻发布会上，相关部门介绍，5月1日起开展了筛查。",
    ],
)
def test_an_event_held_today_in_its_own_clause_is_dated_today_not_by_a_day_the_report_tells(text):
    facts = facts_of(text, pub_date="2022-05-26")
    briefing = next(e for e in facts.events if "新闻发布会" in e.name)
    assert briefing.date == "2022-05-26"


def test_a_count_of_days_is_no_day_of_the_month():
    facts = facts_of(
        "在今天举行的杭州市疫情防控新闻发布会上，相关部门介绍，新增感染者的街镇数量已连续3日降低。",
        pub_date="2022-04-20",
    )
    assert all(e.date != "2022-04-03" for e in facts.events)


def test_the_officers_a_promotion_ceremony_promotes_and_those_handed_their_orders_attend_it():
    facts = facts_of(
        "中央军委晋升上将军衔仪式25日在北京八一大楼举行。这次晋升上将军衔的军官是：南部战区政治委员王文全、"
        "海军司令员胡中明。周明向晋升上将军衔的中部战区司令员黄铭颁发命令状，表示祝贺。",
        pub_date="2023-12-25",
    )
    ceremony = next(e for e in facts.events if "仪式" in e.name)
    assert {("王文全", "attendee"), ("胡中明", "attendee"), ("黄铭", "attendee")} <= roles(ceremony)


def test_those_handed_something_with_no_event_in_scope_take_no_role():
    facts = facts_of("近日，某县民政局向困难群众王明、李强颁发救助证。")
    assert not [p for e in facts.events for p in e.participants if p.person in ("王明", "李强")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("朝鲜劳动党总书记金正恩今天在符拉迪沃斯托克参观俄罗斯空天军现代化航空装备。", {("金正恩", "attendee")}),
        (
            "当地时间6月15日上午，国务院总理李立在奥克兰同新西兰总理拉克森共同参观新西兰恒天然集团总部。",
            {("李立", "attendee"), ("拉克森", "attendee")},
        ),
    ],
)
def test_a_leader_who_visits_a_site_takes_part_in_an_activity_of_his_own(text, expected):
    facts = facts_of(text, pub_date="2024-06-15")
    visit = next(e for e in facts.events if "参观" in e.name)
    assert visit.type == "activity"
    assert expected <= roles(visit)


@pytest.mark.parametrize(
    "text",
    [
        "中央政治局常委周明来到某市考察。周明参观了城市规划展览馆，了解城市发展情况。",
        "中国国家版本馆开馆暨展览开幕式今天在北京举行，周明出席开幕式。开幕式后，周明等领导同志参观了展览。",
        "周明在人民大会堂会见全国少数民族参观团。",
    ],
)
def test_a_site_seen_on_a_tour_or_after_a_ceremony_or_a_visiting_group_is_no_activity_of_its_own(text):
    facts = facts_of(text, pub_date="2024-06-15")
    assert not [e for e in facts.events if e.type == "activity" and "参观" in e.name]


def test_a_leader_who_lands_and_begins_a_visit_is_on_that_visit_from_the_day_he_lands():
    facts = facts_of(
        "应澳大利亚总理阿尔巴尼斯邀请，国务院总理李立当地时间6月15日下午乘包机抵达阿德莱德，"
        "开始对澳大利亚进行正式访问。",
        pub_date="2024-06-16",
    )
    visit = next(e for e in facts.events if "澳大利亚进行正式访问" in e.name)
    assert ("李立", "attendee") in roles(visit) and visit.date == "2024-06-15"
    assert any("抵达阿德莱德" in e.name for e in facts.events)


def test_a_tour_told_inside_someone_s_quoted_words_is_no_tour_of_his():
    facts = facts_of("江苏省人大代表王明说：“党的十九大后总书记来到徐州考察，强调要推动高质量发展。”")
    assert not [e for e in facts.events if e.type == "inspection" and ("王明", "attendee") in roles(e)]


def test_a_sentence_of_its_own_names_who_else_took_part_however_short_the_name():
    facts = facts_of(
        "全国人大常委会委员长周明18日在人民大会堂同葡萄牙议长举行会谈。周明表示，中方愿加强交流。"
        "铁林参加会谈。",
        title="周明同葡萄牙议长举行会谈",
    )
    [talks] = facts.events
    assert ("铁林", "attendee") in roles(talks)  # 铁, a rare surname: only the frame tells it is a name


def test_an_official_who_goes_with_the_tour_beside_officials_no_one_names_joins_it():
    facts = facts_of(
        "国家主席周明近日在江西考察。他强调，要稳住就业。铁林和中央有关部门负责同志陪同考察。",
        title="周明在江西考察",
    )
    [tour] = facts.events
    assert {("周明", "attendee"), ("铁林", "attendee")} <= roles(tour)


def test_a_word_before_the_verb_of_taking_part_is_no_name():
    facts = facts_of(
        "国家主席周明18日会见法国总统马克龙。大家参加会见。各方参加会谈。",
        title="周明会见法国总统马克龙",
    )
    assert {p.person for e in facts.events for p in e.participants} == {"周明", "马克龙"}


def test_who_attended_the_closing_joins_the_games_whose_closing_it_is_not_the_handover_told_since():
    facts = facts_of(
        "第十届东亚运动会8日晚在宁波闭幕。国务院总理周明出席闭幕式。"
        "闭幕式上，组委会主席刘海致辞。随后举行了东亚运动会会旗交接仪式。"
        "出席闭幕式的国际贵宾有：蒙古国总理奥云巴特。\n\n王立新、赵海涛出席闭幕式。",
        title="第十届东亚运动会闭幕 周明出席闭幕式",
    )
    games = next(e for e in facts.events if "周明" in {p.person for p in e.participants})
    assert {("奥云巴特", "attendee"), ("王立新", "attendee"), ("赵海涛", "attendee")} <= roles(games)
    assert not any("奥云巴特" in {p.person for p in e.participants} for e in facts.events if e is not games)


def test_the_closing_a_roster_attends_is_that_of_the_session_the_headline_says_closed():
    facts = facts_of(
        "全省政协十二届一次会议11日下午闭幕。会议由省政协主席周明主持。"
        "周明在讲话中说，省委书记刘海出席了大会开幕会和闭幕会，参加了联组讨论。"
        "出席闭幕会的领导同志还有：王立新、赵海涛。",
        title="全省政协十二届一次会议闭幕",
    )
    session = next(e for e in facts.events if ("周明", "chair") in roles(e))
    assert {("王立新", "attendee"), ("赵海涛", "attendee")} <= roles(session)


def test_who_reads_out_the_decision_at_an_award_meeting_speaks_at_it():
    facts = facts_of(
        "全省科技表彰大会19日在江州举行，省委书记周明出席并讲话。史玉林宣读了《关于表彰的决定》。"
        "省长刘海主持大会。",
        title="全省科技表彰大会举行",
    )
    [meeting] = facts.events
    assert ("史玉林", "speaker") in roles(meeting)


def test_titled_guests_who_in_turn_bring_greetings_to_the_congress_speak_at_it():
    facts = facts_of(
        "全省工会第十次代表大会9日在江州开幕。省妇联主席何晓琳，省军区政治委员汪建军，"
        "先后代表群团组织和驻地部队向大会致贺词。",
        title="全省工会第十次代表大会开幕",
    )
    [congress] = facts.events
    assert {("何晓琳", "speaker"), ("汪建军", "speaker")} <= roles(congress)



def test_a_comma_then_in_turn_carries_the_deed_only_of_several_names_before_it():
    from kg.extract.lexicon import Lexicon
    from kg.extract.rules import roles_after

    text = "潜心肿瘤临床的林晓红，先后参加援藏的侯海燕。"
    after_name = text.index("，")
    assert roles_after(text, after_name, len(text), Lexicon.load())[0] == []
    assert [role for role, *_ in roles_after(text, after_name, len(text), Lexicon.load(), several=True)[0]] == [
        "attendee"
    ]


def test_standing_members_counted_after_their_names_who_address_the_session_speak_at_it():
    facts = facts_of(
        "全省政协常委会第八次会议10日在江州开幕。周明出席开幕会。孙红梅、赵立新等2位政协常委作大会发言。",
        title="全省政协常委会第八次会议开幕",
    )
    [session] = facts.events
    assert {("孙红梅", "speaker"), ("赵立新", "speaker")} <= roles(session)


def test_a_leader_who_holds_a_meeting_chairs_it_even_after_an_activity_was_told():
    facts = facts_of(
        "7日各地还将举行约20场集会活动。法国总理巴尔尼耶6日再度举行紧急会议。他说，形势困难。"
        "葡萄牙国防部长梅洛28日与军方将领举行会议。"
    )
    chaired = {p.person: e for e in facts.events for p in e.participants if p.role == "chair"}
    assert {"巴尔尼耶", "梅洛"} <= set(chaired)
    assert chaired["巴尔尼耶"].type == "meeting" and "集会" not in chaired["巴尔尼耶"].name
    assert ("巴尔尼耶", "speaker") in roles(chaired["巴尔尼耶"])


def test_whom_a_leader_invites_to_hold_a_meeting_neither_joins_his_list_nor_chairs_it():
    facts = facts_of("3日，苏丹前总理哈姆杜克，再度邀请苏丹主权委员会主席布尔汉举行紧急会议，就停火进行磋商。")
    assert not any(p.role == "chair" for e in facts.events for p in e.participants)


def test_who_presents_the_findings_of_a_survey_speaks_at_the_meeting_and_makes_no_tour():
    facts = facts_of(
        "“推进乡村振兴”调研协商座谈会10日在京召开。全国政协主席周明出席会议并讲话。"
        "民盟中央主席刘海、民建中央主席王立新介绍调研成果，提出政策建议。赵海涛主持会议。",
        title="周明出席调研协商座谈会",
    )
    [meeting] = facts.events
    assert {("刘海", "speaker"), ("王立新", "speaker"), ("赵海涛", "chair")} <= roles(meeting)


def test_a_leader_who_talks_with_a_new_leadership_holds_the_talks_and_those_who_report_speak():
    facts = facts_of(
        "王明26日下午在省委同团省委新一届领导班子成员集体谈话并发表重要讲话。省委常委、秘书长李华参加集体谈话。"
        "会上，团省委书记陈东汇报了团省委代表大会的召开情况，团省委副书记刘芳、赵阳分别作了发言。",
        title="王明在同团省委新一届领导班子成员集体谈话时强调 勇当先锋",
        pub_date="2025-06-27",
    )
    [talks] = [e for e in facts.events if "集体谈话" in e.name]
    assert talks.name == "王明同团省委新一届领导班子成员集体谈话"
    assert talks.date == "2025-06-26"
    assert roles(talks) == {
        ("王明", "attendee"),
        ("王明", "speaker"),
        ("李华", "attendee"),
        ("陈东", "speaker"),
        ("刘芳", "speaker"),
        ("赵阳", "speaker"),
    }


def test_a_visit_begun_for_days_is_a_visit():
    facts = facts_of("匈牙利总理欧尔班23日开始对塞尔维亚展开为期两天的访问。", pub_date="2025-05-24")
    [visit] = facts.events
    assert visit.type == "activity" and "访问" in visit.name
    assert roles(visit) == {("欧尔班", "attendee")}


def test_a_communique_whose_title_is_repeated_over_its_lede_still_gives_the_plenums_speaker():
    facts = facts_of(
        "**央视网消息**（新闻联播）：\n\n**中国共产党某省第十二届委员会第五次全体会议公报**\n\n"
        "中国共产党某省第十二届委员会第五次全体会议，于2025年3月12日至13日在某市举行。\n\n"
        "全会由省委常委会主持。省委书记王明作了重要讲话。",
        title="中国共产党某省第十二届委员会第五次全体会议公报",
    )
    [plenum] = [e for e in facts.events if e.status == "held"]
    assert ("王明", "speaker") in roles(plenum)


def test_a_leader_named_without_a_title_before_a_collective_meeting_holds_it():
    facts = facts_of("活动开始前，韩正集体会见出席论坛的外方代表。", pub_date="2024-03-26")
    [meeting] = facts.events
    assert meeting.type == "meeting" and ("韩正", "attendee") in roles(meeting)


def test_a_leader_met_while_on_a_visit_the_clause_before_him_tells_is_on_that_visit():
    facts = facts_of(
        "4月13日，率中国党政代表团对某国进行正式友好访问的全国人大常委会委员长周明在首都会见该国总统卡里姆。",
        pub_date="2024-04-14",
    )
    names = {e.name: e for e in facts.events}
    assert "周明对某国进行正式友好访问" in names
    assert roles(names["周明对某国进行正式友好访问"]) == {("周明", "attendee")}


def test_the_principal_who_sends_a_speaker_does_not_attend_what_the_speaker_attends():
    facts = facts_of(
        "周明表示，受王明总书记和中共中央委派，我此次率代表团对某国进行访问，并出席友好年开幕式活动。"
    )
    assert not any(p.person == "王明" for e in facts.events for p in e.participants)


@pytest.mark.parametrize(
    "text",
    [
        "会议强调，要深入贯彻周明书记主持召开全省推动高质量发展座谈会时的重要讲话精神。",
        "周明总书记在某省考察时首次提出“全过程民主”重大理念。",
        "周明总书记在某大学考察时鼓励大家勇攀高峰。",
        # an occasion of months or years ago, dated as such, the setting of what the story tells
        "周明总书记在2019年7月9日召开的中央和国家机关党的建设工作会议上发表重要讲话，作出战略擘画。",
        "在去年11月举行的中非合作论坛第八届部长级会议上，周明宣布为非洲农产品输华建立绿色通道。",
        "在今年4月举行的中国国际消费品博览会上，贵州的新产品就收获了上千万元的订单。",
    ],
)
def test_an_earlier_occasion_cited_for_what_was_said_there_is_not_reported(text):
    assert not [e for e in facts_of(text, pub_date="2024-11-02").events if e.status == "held"]


def test_a_speakers_paragraph_opened_by_a_clause_of_when_stays_his_words():
    facts = facts_of(
        "12日，国务院总理周明主持召开经济形势专家和企业家座谈会。\n\n"
        "听完专家企业家发言后，周明说，二季度经济受到冲击。我们及时果断施策，召开全国会议部署稳住经济大盘。\n\n"
        "王立、赵克参加。",
        pub_date="2022-07-14",
    )
    [meeting] = [e for e in facts.events if e.status == "held"]
    assert meeting.name.endswith("经济形势专家和企业家座谈会")
    assert {("王立", "attendee"), ("赵克", "attendee")} <= roles(meeting)


def test_a_forum_whose_hosts_a_later_sentence_names_is_an_event_of_theirs():
    facts = facts_of(
        "第三届国际茶文化论坛9月24日至25日在福建武夷山举办。\n\n本届论坛由中国茶叶学会、中华茶文化交流协会主办，"
        "主题为“茶和天下”。",
        pub_date="2023-09-26",
    )
    [forum] = facts.events
    assert forum.name == "第三届国际茶文化论坛" and forum.date == "2023-09-24"
    assert forum.organizers == ["中国茶叶学会", "中华茶文化交流协会"]


def test_a_forum_with_a_theme_and_hosts_opened_that_day_is_held_under_its_own_name():
    story = "2023西湖文化论坛以“传承优秀文化”为年度主题，由中宣部和浙江省委共同主办，当日在杭州开幕。"
    facts = facts_of(story, pub_date="2023-09-14")
    [forum] = facts.events
    assert forum.name == "2023西湖文化论坛" and forum.date == "2023-09-14"
    assert forum.organizers == ["中宣部", "浙江省委"]


def test_a_meeting_told_as_part_of_a_summit_s_preparations_is_named_by_itself():
    story = "作为非盟峰会最重要的筹备会议之一，非盟外长会17日在亚的斯亚贝巴举行，肯尼亚外长穆达瓦迪参会。"
    facts = facts_of(story, pub_date="2023-05-18")
    assert not [e for e in facts.events if e.name.startswith("作为")]


def test_a_show_watched_at_an_activity_of_shows_is_that_activity_and_its_hosts_told_after_are_its_own():
    facts = facts_of(
        "9月13日，以“弘扬抗战精神 共筑国防长城”为主题的江北区2025年文艺演出进军营活动举行。\n"
        "江北区人武部部长周强观看演出。本次活动由区委宣传部、区文联共同主办。",
        pub_date="2025-09-14",
    )
    [show] = facts.events
    assert show.name.startswith("江北区2025年文艺演出进军营活动")  # the theme is no part of the name
    assert roles(show) == {("周强", "attendee")}
    assert len(show.organizers) == 2


def test_the_hosts_of_this_activity_are_not_those_of_an_activity_told_before_another_event():
    facts = facts_of(
        "3月1日，江北区举办植树节宣传活动，区长王明参加活动。\n\n3月2日，区政协召开主席会议，主席李华主持会议。"
        "本次活动由区总工会、区妇联共同主办。",
        pub_date="2025-03-03",
    )
    planting = next(e for e in facts.events if "植树" in e.name)
    assert not any("总工会" in o or "妇联" in o for o in planting.organizers)


@pytest.mark.parametrize(
    "headline, story, name",
    [
        (
            "2025年国家反诈宣传周今天启动",
            "由公安部、中央网信办等八部门联合举办的2025年国家反诈宣传周今天（9月11日）在江西南昌启动。",
            "2025年国家反诈宣传周",
        ),
        (
            "全国乡村阅读活动年启动",
            "由文化和旅游部、农业农村部共同主办的全国乡村阅读活动年今天（9月11日）启动，将举办近百项活动。",
            "全国乡村阅读活动年",
        ),
    ],
)
def test_a_campaign_week_or_year_launched_under_its_own_headline_is_its_hosts_event(headline, story, name):
    facts = facts_of(story, title=headline, pub_date="2025-09-11")
    [campaign] = [e for e in facts.events if e.status == "held"]
    assert campaign.name == name and campaign.date == "2025-09-11"
    assert len(campaign.organizers) >= 2


@pytest.mark.parametrize(
    "text, visit",
    [
        ("正在黎巴嫩访问的某国外长马克西姆28日表示，两国将重开大使馆。", "马克西姆访问黎巴嫩"),
        ("6日，到访萨尔瓦多的某国总统马克西姆再次敦促各方履行承诺。", "马克西姆访问萨尔瓦多"),
    ],
)
def test_a_visitor_told_as_visiting_a_country_is_on_a_visit_there(text, visit):
    [event] = facts_of(text, pub_date="2024-04-29").events
    assert event.name == visit and event.type == "activity" and ("马克西姆", "attendee") in roles(event)


def test_the_visit_a_visitor_is_on_is_read_beside_what_he_does_there():
    facts = facts_of("正在澳大利亚访问的国务院总理王立新到阿德莱德动物园考察合作研究工作。", pub_date="2024-06-16")
    assert sorted(e.type for e in facts.events) == ["activity", "inspection"]
    assert "王立新访问澳大利亚" in [e.name for e in facts.events]


def test_a_leader_abroad_somewhere_unnamed_is_on_no_visit_the_graph_can_name():
    facts = facts_of("正在国外访问的国家主席周明立即作出重要指示，要求全力搜救。", pub_date="2024-07-06")
    assert not [e for e in facts.events if "访问" in e.name]


def test_a_leader_arriving_abroad_and_going_on_to_talks_is_on_a_trip_and_holds_the_talks():
    text = "某国总统马克西姆今天（5月3日）抵达叙利亚大马士革，并与叙利亚总统卡里姆举行了会谈。"
    facts = facts_of(text, pub_date="2024-05-03")
    assert sorted(e.type for e in facts.events) == ["activity", "meeting"]
    [talks] = [e for e in facts.events if e.type == "meeting"]
    assert {("马克西姆", "attendee"), ("卡里姆", "attendee")} <= roles(talks) and talks.date == "2024-05-03"


def test_an_official_arriving_on_the_scene_is_no_trip():
    assert facts_of("国务院总理王立新抵达现场，并指挥救援。", pub_date="2024-05-03").events == []


@pytest.mark.parametrize(
    ("sentence", "name", "date", "guest"),
    [
        (
            "某国总统马克西姆26日在会见到访的某国外长卡里姆时表示，希望通过谈判解决分歧。",
            "马克西姆会见到访的某国外长卡里姆",
            "2025-02-26",
            "卡里姆",
        ),
        (
            "某国总统马克西姆11日在与来访的某国外长卡里姆会晤时表示，双方将加强合作。",
            "马克西姆与来访的某国外长卡里姆会晤",
            "2025-03-11",
            "卡里姆",
        ),
        (
            "某国总统马克西姆5日在同某国总理卡里姆会谈时重申，某国支持和平解决。",
            "马克西姆同某国总理卡里姆会谈",
            "2025-03-05",
            None,
        ),
        (
            "某国总统马克西姆4日与到访的某国总统卡里姆在索契举行会谈时再次重申，某国支持和平解决。",
            "马克西姆与到访的某国总统卡里姆在索契举行会谈",
            "2025-03-04",
            "卡里姆",
        ),
    ],
)
def test_the_meeting_a_dated_statement_was_made_at_is_an_event(sentence, name, date, guest):
    """Guidelines v2: "the occasion at which a statement reported today was made" is an event."""
    facts = facts_of(sentence)
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert meeting.name == name
    assert meeting.date == date
    assert {("马克西姆", "attendee"), ("马克西姆", "speaker"), ("卡里姆", "attendee")} <= roles(meeting)
    visits = [e for e in facts.events if e.type == "activity"]
    assert [roles(v) for v in visits] == ([{(guest, "attendee")}] if guest else [])


def test_what_was_said_when_meeting_someone_is_named_without_the_words():
    [meeting] = facts_of("某国总统马克西姆19日会见某国外长卡里姆时表示，双方将加强合作。").events
    assert meeting.name == "马克西姆会见某国外长卡里姆"
    assert roles(meeting) == {("马克西姆", "attendee"), ("马克西姆", "speaker"), ("卡里姆", "attendee")}


def test_a_meeting_cited_without_a_day_as_where_a_line_was_said_is_no_event():
    assert facts_of("某国总统马克西姆在会见某国外长卡里姆时指出，双方应加强合作。").events == []
    assert facts_of("某国总统马克西姆在与某国外长卡里姆会谈时强调，双方应加强合作。").events == []


def test_a_guest_described_between_the_visit_and_his_title_is_on_a_visit_and_no_one_else_is():
    facts = facts_of("某国总统马克西姆11日与来访的欧洲安全与合作组织轮值主席国某国外长卡里姆会晤。")
    visits = [roles(e) for e in facts.events if e.type == "activity"]
    assert visits == [{("卡里姆", "attendee")}]
    facts = facts_of("到访的某国总统马克西姆11日会见某国外长卡里姆。")
    assert ("卡里姆", "attendee") not in {r for e in facts.events if e.type == "activity" for r in roles(e)}


def test_a_leader_who_speaks_when_joining_his_delegation_on_a_day_told_takes_part_in_its_deliberation():
    facts = facts_of(
        "5日下午，王立新总书记在参加他所在的十四届全国人大三次会议江苏代表团审议时强调，要抓住主线。",
        pub_date="2025-03-06",
    )
    [deliberation] = facts.events
    assert deliberation.name == "十四届全国人大三次会议江苏代表团审议"
    assert deliberation.date == "2025-03-05"
    assert roles(deliberation) == {("王立新", "attendee"), ("王立新", "speaker")}


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("5日上午，王立新总书记在江苏苏州考察时强调，要加快发展。", True),
        ("王立新总书记在江苏苏州考察时强调，要加快发展。", False),  # a line quoted from a tour
        ("9月20日上午，王立新总书记在江苏苏州考察时强调，要加快发展。", False),  # months ago, if this year
        ("王立新总书记在参加十四届全国人大三次会议江苏代表团审议时强调，要抓住主线。", False),
        ("2024年9月20日，王立新总书记在江苏苏州考察时再次强调，要加快发展。", False),  # quoted again
    ],
)
def test_what_the_general_secretary_stressed_on_an_occasion_is_reported_when_its_day_is_told(sentence, reported):
    assert bool(facts_of(sentence, pub_date="2025-03-06").events) is reported


@pytest.mark.parametrize("ceremony", ["盛大隆重的迎宾仪式", "正式欢送仪式", "隆重欢迎仪式"])
def test_a_ceremony_of_welcome_or_farewell_held_for_a_guest_is_attended_by_host_and_guest(ceremony):
    facts = facts_of(f"某国总统马克西姆在机场为国家主席王立新举行{ceremony}。")
    [held] = facts.events
    assert held.type == "ceremony"
    assert roles(held) == {("马克西姆", "attendee"), ("王立新", "attendee")}


def test_a_tour_is_named_without_the_title_and_day_written_between_name_and_verb():
    [tour] = facts_of("王立新总书记5日在江苏苏州考察时强调，要加快发展。", pub_date="2025-03-06").events
    assert tour.name == "王立新在江苏苏州考察"
    [talks] = facts_of("某国总统马克西姆日前在首都与某国外长卡里姆进行了会晤。", pub_date="2025-03-06").events
    assert talks.name == "马克西姆在首都与某国外长卡里姆进行会晤"


def test_a_visit_that_dates_someone_s_remarks_is_no_visit_of_whoever_answers_them():
    facts = facts_of("某国外交部发言人卡里姆17日在驳斥某国总统马克西姆访问中东期间的有关言论时说，这是一贯做法。")
    assert facts.events == []
    [visit] = facts_of("某国外长卡里姆17日在访问叙利亚期间表示，某国支持叙利亚。").events
    assert roles(visit) == {("卡里姆", "attendee")}


def test_places_listed_as_the_subject_that_each_hold_the_event_hold_one_each():
    events = facts_of("近日，江西省、宁夏回族自治区分别举行“奋进新时代”主题新闻发布会，介绍了发展成就。").events
    assert sorted((e.name, e.organizers[0]) for e in events) == [
        ("宁夏回族自治区“奋进新时代”主题新闻发布会", "宁夏回族自治区政府"),
        ("江西省“奋进新时代”主题新闻发布会", "江西省政府"),
    ]


def test_persons_who_each_hold_something_are_no_places_holding_it():
    [talks] = facts_of("王立新、李华分别举行会谈。").events
    assert not talks.organizers and len(talks.participants) == 2


def test_bodies_that_sign_an_agreement_together_hold_the_signing():
    [signing] = facts_of("自然资源部和中国银行14日签署战略合作协议。").events
    assert (signing.name, signing.type) == ("自然资源部与中国银行签署战略合作协议", "activity")
    assert set(signing.organizers) == {"自然资源部", "中国银行"}


@pytest.mark.parametrize(
    "text",
    [
        "两部门将签署战略合作协议。",  # a plan to sign
        "会谈后，王立新与马克西姆签署两国议会合作协议。李华参加上述活动。",  # leaders who sign at their talks
        "双方还共同见证了自然资源部和中国银行签署合作备忘录。",  # a signing witnessed by others
    ],
)
def test_a_plan_to_sign_a_signing_by_leaders_or_one_witnessed_is_no_signing_of_bodies(text):
    assert not [e for e in facts_of(text).events if "签署" in e.name]


@pytest.mark.parametrize(
    ("text", "name", "host"),
    [
        ("由于分歧严重，欧盟外长会16日没能就制裁达成一致。", "欧盟外长会", "欧盟"),
        ("北约国防部长会议16日也承诺将提供更多援助。", "北约国防部长会议", "北约"),
    ],
)
def test_a_meeting_that_is_its_clauses_subject_and_did_something_on_a_day_met_then(text, name, host):
    [meeting] = facts_of(text, pub_date="2022-05-17").events
    assert (meeting.name, meeting.date, meeting.organizers) == (name, "2022-05-16", [host])


def test_an_assembly_that_is_a_body_voting_on_a_day_is_no_meeting_of_that_name():
    assert not [e for e in facts_of("联合国大会16日通过决议。").events if e.name == "联合国大会"]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("挪威议会3日通过新反恐法。", "挪威议会"),
        ("意大利议会29日批准2023财年预算案。", "意大利议会"),
        ("俄罗斯联邦委员会22日通过关于暂停履行条约的法律。", "俄罗斯联邦委员会"),
        ("由反对党掌控的美国国会众议院2日通过一项拨款法案。", "美国国会众议院"),
    ],
)
def test_a_legislature_that_passes_or_ratifies_a_bill_or_a_law_sat(text, host):
    [sitting] = facts_of(text, pub_date="2023-05-05").events
    assert sitting.type == "meeting" and sitting.name.startswith(host) and "表决" in sitting.name


@pytest.mark.parametrize(
    "text",
    ["俄方呼吁联合国安理会通过决议。", "声明谴责某方威胁将在安理会表决相关草案。", "议会将于下周批准预算。"],
)
def test_a_call_on_a_legislature_or_a_vote_to_come_is_no_sitting(text):
    assert not [e for e in facts_of(text, pub_date="2023-05-05").events if "表决" in e.name]


def test_a_meeting_held_on_a_visit_takes_the_day_a_later_sentence_gives_it():
    facts = facts_of(
        "11月28日至29日，国务院副总理王立新访问某国，会见某国总统卡里姆，同某国副总理马克西姆举行会谈并共同主持"
        "中某合作委员会第六次会议。\n\n王立新表示，两国关系实现了跨越。\n\n29日，王立新和马克西姆共同主持中某合作"
        "委员会第六次会议。会议肯定了双方合作取得的进展。",
        pub_date="2023-11-30",
    )
    visit = next(e for e in facts.events if "访问" in e.name)
    assert (visit.date, visit.end_date) == ("2023-11-28", "2023-11-29")
    meeting = next(e for e in facts.events if "合作委员会" in e.name)
    assert (meeting.date, meeting.end_date) == ("2023-11-29", None)
    assert {("王立新", "chair"), ("马克西姆", "chair")} <= roles(meeting)


def test_a_forum_of_several_days_keeps_its_days_when_a_later_sentence_tells_one_of_them():
    facts = facts_of(
        "第五届某某论坛9月9日至11日在北京举行，国务院副总理王立新出席开幕式并致辞。\n\n"
        "10日，某某论坛举行平行论坛，与会代表进行了交流。",
        pub_date="2023-09-12",
    )
    forum = next(e for e in facts.events if e.name.endswith("某某论坛"))
    assert (forum.date, forum.end_date) == ("2023-09-09", "2023-09-11")


def test_a_leader_who_convenes_a_meeting_about_a_matter_chairs_it():
    facts = facts_of("某国总统马克西姆12日就边境州局势召开会议。", pub_date="2024-08-13")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert meeting.date == "2024-08-12"
    assert ("马克西姆", "chair") in roles(meeting)
    facts = facts_of("县长王立新12日就防汛工作召开专题会议，部署防汛工作。", pub_date="2024-08-13")
    assert ("王立新", "chair") in roles(next(e for e in facts.events if e.type == "meeting"))


def test_a_meeting_of_a_security_council_is_named_with_the_whole_council():
    facts = facts_of("某国总统马克西姆12日召开联邦安全会议。", pub_date="2024-08-13")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert meeting.name.endswith("安全会议")
    assert ("马克西姆", "chair") in roles(meeting)


def test_a_guest_who_goes_to_a_square_and_lays_a_wreath_attends_that_ceremony():
    facts = facts_of("当天，某国首相卡里姆前往北京天安门广场向人民英雄纪念碑敬献花圈。", pub_date="2023-02-10")
    wreath = next(e for e in facts.events if e.type == "ceremony")
    assert "敬献花圈" in wreath.name
    assert ("卡里姆", "attendee") in roles(wreath)


@pytest.mark.parametrize(
    "text, name, speaker",
    [
        ("某国总统马克西姆19日在采访中表示，冲突可能会持续数年。", "马克西姆接受专访", "马克西姆"),  # told with its day
        (
            "18日，某国总统马克西姆在回答总台等金砖国家媒体记者提问时表示，两国合作良好。",
            "马克西姆回答总台记者提问",
            "马克西姆",
        ),
        ("某国外长卡里姆25日回答了总台记者提问。", "卡里姆回答总台记者提问", "卡里姆"),
        ("某国总统马克西姆21日发表国情咨文表示，将暂停履行这一条约。", "马克西姆发表国情咨文", "马克西姆"),
    ],
)
def test_words_given_to_the_broadcaster_or_the_nation_are_an_activity_where_the_person_speaks(text, name, speaker):
    [event] = facts_of(text, pub_date="2024-06-26").events
    assert event.name == name and event.type == "activity"
    assert (speaker, "speaker") in roles(event)


@pytest.mark.parametrize(
    "text",
    [
        "某国总统马克西姆将于下月发表国情咨文。",  # announced
        "外交部发言人王立新在回答记者提问时表示，中方坚决反对。",  # the press conference's answers, not an interview
        "大会新闻发言人王立新还就中国经济等问题回答了中外记者提问。",
    ],
)
def test_answers_at_a_press_conference_and_an_address_to_come_are_no_such_activity(text):
    assert [e for e in facts_of(text, pub_date="2024-06-26").events if e.type == "activity"] == []


def test_an_interview_given_on_a_long_matter_is_the_interview_of_its_subject():
    facts = facts_of("某中心研究所所长王立新就本轮疫情奥密克戎系列变异株传播特点、科学防控接受总台央视记者专访。")
    [interview] = facts.events
    assert interview.type == "activity" and ("王立新", "speaker") in roles(interview)


def test_the_host_of_meetings_told_apart_speaks_at_each_of_them():
    facts = facts_of(
        "国务院总理王立新8日和9日在京分别会见某银行行长卡里姆、某组织总干事马克西姆和某基金总裁巴哈尔。\n\n"
        "王立新表示，中国经济运行总体平稳。",
        pub_date="2024-12-09",
    )
    meetings = [e for e in facts.events if e.type == "meeting"]
    assert len(meetings) == 3
    assert all(("王立新", "speaker") in roles(m) for m in meetings)
    # a guest who speaks speaks at his own meeting only
    facts = facts_of("国家主席王立新分别同某国总统卡里姆、某国总理马克西姆会面。马克西姆表示，愿同中方加强合作。")
    spoke = [e.name for e in facts.events if ("马克西姆", "speaker") in roles(e)]
    assert spoke == ["王立新同总理马克西姆会面"]


@pytest.mark.parametrize(
    "words",
    [
        # the name read in the lede is found again though a transliteration could read on (昂 + 热)
        "奥比昂热烈祝贺中方取得的发展成就，表示赤道几内亚愿同中方深化合作。",
        "奥比昂衷心感谢中方的帮助，表示赤道几内亚愿同中方深化合作。",
        "奥比昂积极评价两国合作，表示赤道几内亚愿同中方深化合作。",
        "奥比昂再次祝贺中方取得的发展成就，表示赤道几内亚愿同中方深化合作。",
        # who asks another to pass on greetings speaks, and the one asked does not
        "奥比昂请周明转达对中国人民的诚挚问候并表示，赤道几内亚一贯支持中方。",
    ],
)
def test_a_guest_named_again_who_greets_before_he_speaks_speaks_at_the_meeting(words):
    facts = facts_of(
        f"全国人大常委会委员长周明2日在北京会见赤道几内亚总统奥比昂。{words}",
        title="周明会见赤道几内亚总统奥比昂",
    )
    [meeting] = facts.events
    assert roles(meeting) == {("周明", "attendee"), ("奥比昂", "attendee"), ("奥比昂", "speaker")}


def test_a_name_read_before_is_found_again_when_asked_to_pass_on_greetings_and_a_new_reading_stops_at_the_verb():
    facts = facts_of(
        "国务院总理周明在北京会见泰国总理巴育。巴育请周明转达问候。泰国总理巴育邀请周明访问泰国。",
        title="周明会见泰国总理巴育",
    )
    assert {p.name for p in facts.persons} == {"周明", "巴育"}  # no "巴育邀" from "巴育邀请"


@pytest.mark.parametrize("welcome", ["热烈欢迎周明副主席到访", "欢迎周明到访", "代表荷兰政府热烈欢迎周明到访"])
def test_a_host_who_welcomes_a_visitor_makes_no_inspection_of_his_own(welcome):
    facts = facts_of(f"国家副主席周明在海牙会见荷兰首相吕特。吕特{welcome}，表示荷方愿同中方加强合作。")
    assert [e.type for e in facts.events] == ["meeting"]
    assert ("吕特", "speaker") in roles(facts.events[0])


def test_an_official_who_again_visits_a_site_to_inspect_it_names_the_inspection_without_the_adverb():
    facts = facts_of("全国两会前夕，全国政协委员吴建平再次来到红旗渠进行调研。")
    [tour] = facts.events
    assert tour.type == "inspection"
    assert tour.name == "吴建平来到红旗渠进行调研"


def test_a_host_s_words_after_a_lede_of_several_events_are_spoken_at_the_meeting_he_had_with_the_visitor():
    facts = facts_of(
        "全国人大常委会委员长吴建平于7月9日至13日对俄罗斯进行正式友好访问，在圣彼得堡会见总统普京，"
        "并出席中俄议会合作委员会第九次会议。吴建平向普京转达了亲切问候。普京请吴建平转达问候。他说，俄中合作水平很高。",
        pub_date="2024-07-14",
    )
    meeting = next(e for e in facts.events if "会见" in e.name)
    session = next(e for e in facts.events if "第九次会议" in e.name)
    assert ("普京", "speaker") in roles(meeting)
    assert "普京" not in {p.person for p in session.participants}


def test_crews_named_by_who_they_are_hold_a_ceremony_together_and_all_are_at_it():
    facts = facts_of(
        "今天（4月28日）下午，神舟二十号航天员李华、周明和神舟二十一号航天员吴建平、王立新在空间站天和核心舱"
        "在轨举行交接仪式。",
        pub_date="2025-04-28",
    )
    [handover] = facts.events
    assert handover.type == "ceremony"
    assert roles(handover) == {(n, "attendee") for n in ("李华", "周明", "吴建平", "王立新")}


@pytest.mark.parametrize("held", ["为已故主席李华等人举行最后两场遗体告别仪式", "为李华举行了警号封存仪式"])
def test_the_ones_a_ceremony_is_held_for_do_not_hold_it(held):
    facts = facts_of(f"今天，有关方面在北京{held}。")
    assert not any(p.person == "李华" for e in facts.events for p in e.participants)


def test_a_host_who_welcomes_a_guest_in_his_own_manner_holds_the_ceremony_with_the_guest():
    facts = facts_of(
        "当地时间5月7日，国家主席周明抵达贝尔格莱德。塞尔维亚总统武契奇在机场为周明举行独具特色的迎宾仪式。",
        pub_date="2025-05-08",
    )
    welcome = next(e for e in facts.events if "迎宾仪式" in e.name)
    assert {("武契奇", "attendee"), ("周明", "attendee")} <= roles(welcome)


def test_a_solemn_ceremony_to_welcome_a_guest_is_named_by_the_headline_that_tells_it():
    facts = facts_of(
        "国家主席周明16日上午在人民大会堂东门外广场举行隆重仪式，欢迎俄罗斯总统普京对我国进行国事访问。",
        title="周明举行仪式欢迎俄罗斯总统访华",
        pub_date="2025-05-16",
    )
    welcome = next(e for e in facts.events if e.type == "ceremony")
    assert welcome.name == "周明举行仪式欢迎俄罗斯总统访华"
    assert {("周明", "attendee"), ("普京", "attendee")} <= roles(welcome)


def test_the_guest_attends_the_welcome_ceremony_a_host_holds_however_grand():
    facts = facts_of(
        "当地时间5月6日下午，国家主席周明在巴黎出席法国总统马克龙举行的隆重盛大欢迎仪式。", pub_date="2025-05-07"
    )
    [welcome] = facts.events
    assert {("周明", "attendee"), ("马克龙", "attendee")} <= roles(welcome)


def test_party_leaders_and_a_non_party_representative_after_them_all_speak():
    facts = facts_of(
        "座谈会1日在京召开。全国政协主席周明出席会议并讲话。"
        "各民主党派中央负责人李华、吴建平和无党派人士代表王立新先后发言。",
        title="周明出席民主监督工作座谈会",
        pub_date="2025-04-02",
    )
    [meeting] = facts.events
    assert {("李华", "speaker"), ("吴建平", "speaker"), ("王立新", "speaker")} <= roles(meeting)


@pytest.mark.parametrize(
    "told", ["来看总台记者对福建省委书记周明远进行的专访。", "近日，总台记者对福建省委书记周明远进行了专访。"]
)
def test_the_official_a_reporter_interviews_speaks_in_the_interview(told):
    facts = facts_of(told)
    [interview] = facts.events
    assert interview.type == "activity"
    assert roles(interview) == {("周明远", "speaker")}


@pytest.mark.parametrize(
    "unveils",
    ["为中心揭牌", "来到北京冬奥村为休战壁画揭幕", "共同为基地揭牌"],
)
def test_who_unveils_a_plaque_or_a_mural_is_at_the_ceremony(unveils):
    facts = facts_of(f"今天上午，国际奥委会主席周明远{unveils}。", pub_date="2025-02-01")
    [unveiling] = facts.events
    assert unveiling.type == "ceremony"
    assert roles(unveiling) == {("周明远", "attendee")}
    assert unveiling.date == "2025-02-01"


@pytest.mark.parametrize(
    "departed",
    [
        "国家主席周明乘专机离开北京，应南非共和国总统拉马福萨邀请，赴约翰内斯堡出席金砖国家领导人会晤并对南非进行国事访问。",
        "国家主席周明乘专机离开北京，对南非进行国事访问。",
    ],
)
def test_a_leader_s_departure_begins_his_visit_and_who_goes_with_him_is_on_it(departed):
    facts = facts_of(
        f"8月21日上午，{departed}"
        "陪同周明出访的有：周明主席夫人李华，中共中央政治局常委、中央办公厅主任吴建平，外交部部长王立新等。",
        pub_date="2025-08-21",
    )
    visit = next(e for e in facts.events if "访问" in e.name)
    assert visit.name == "周明对南非进行国事访问"
    assert visit.date == "2025-08-21"
    assert roles(visit) == {(n, "attendee") for n in ("周明", "李华", "吴建平", "王立新")}
    assert not any(p.person == "吴建平" for e in facts.events if e is not visit for p in e.participants)


def test_a_leader_who_sends_instructions_to_a_meeting_is_not_at_it_and_his_words_are_not_spoken_there():
    facts = facts_of(
        "全军党的建设会议7月20日至21日在京召开。中央军委主席周明作出重要指示。他强调，要全面加强党的建设。"
        "中央军委副主席李华出席会议并讲话。",
        title="周明对全军党的建设会议作出重要指示",
        pub_date="2025-07-21",
    )
    [meeting] = facts.events
    assert "周明" not in {p.person for p in meeting.participants}
    assert {("李华", "attendee"), ("李华", "speaker")} <= roles(meeting)


def test_who_reads_out_a_leader_s_letter_at_the_opening_speaks_there():
    facts = facts_of(
        "首届全民阅读大会23日在京开幕。国家主席周明发来贺信，表示热烈的祝贺。"
        "开幕式上，中宣部部长李华宣读了周明的贺信并讲话。他说，要推动全民阅读。",
        title="周明致信祝贺首届全民阅读大会举办",
        pub_date="2025-04-23",
    )
    meeting = next(e for e in facts.events if "阅读大会" in e.name)
    assert ("李华", "speaker") in roles(meeting)
    assert "周明" not in {p.person for p in meeting.participants}


def test_a_leader_whose_thought_names_a_leading_group_is_not_at_its_meeting():
    facts = facts_of(
        "主题教育总结会议5日在京召开。中央学习贯彻周明新时代思想主题教育领导小组组长李华出席会议并讲话。",
        pub_date="2025-09-05",
    )
    [meeting] = facts.events
    assert roles(meeting) == {("李华", "attendee"), ("李华", "speaker")}


def test_guests_met_one_by_one_who_speak_together_each_speak_at_their_own_meeting():
    facts = facts_of(
        "与会期间，国务院总理周明远应约分别同日本首相岸田文雄、韩国总统尹锡悦、菲律宾总统马科斯会面交谈。"
        "岸田文雄、尹锡悦、马科斯表示都高度重视对华关系。",
        pub_date="2025-11-12",
    )
    by_guest = {next(p.person for p in e.participants if p.person != "周明远"): e for e in facts.events}
    assert set(by_guest) == {"岸田文雄", "尹锡悦", "马科斯"}
    for guest, meeting in by_guest.items():
        assert {p.person for p in meeting.participants} == {"周明远", guest}
        assert (guest, "speaker") in roles(meeting)


@pytest.mark.parametrize(
    "acts",
    [
        "全国政协主席吴建平代表周明总书记出席追悼会。",
        "全国政协主席吴建平代表周明总书记和中共中央敬献花圈。",
        "中央书记处书记吴建平7日上午，代表周明总书记和党中央看望文化界知名人士。",
    ],
)
def test_who_acts_on_another_s_behalf_is_there_and_the_one_he_stands_for_is_not(acts):
    facts = facts_of(acts, pub_date="2025-02-07")
    [event] = facts.events
    assert roles(event) == {("吴建平", "attendee")}


def test_a_leader_s_written_speech_to_a_summit_makes_him_no_speaker_there():
    facts = facts_of(
        "当地时间11月15日上午，国家主席周明向在利马举行的亚太经合组织工商领导人峰会发表题为《共促世界繁荣》的书面演讲。"
        "周明指出，亚太是世界经济增长的引擎。",
        title="周明向亚太经合组织工商领导人峰会发表书面演讲",
        pub_date="2025-11-16",
    )
    assert not any(p.person == "周明" for e in facts.events for p in e.participants)


@pytest.mark.parametrize(
    "occasion",
    ["第八轮中日企业家和前高官对话会", "纪念中韩建交30周年商务合作论坛", "“中立之友小组”成员国议会领导人会议"],
)
def test_a_speech_at_an_occasion_whose_name_holds_中_is_given_there(occasion):
    facts = facts_of(f"国务院总理周明远28日在{occasion}上发表视频致辞。", pub_date="2025-11-28")
    [event] = facts.events
    assert event.name == occasion
    assert ("周明远", "speaker") in roles(event)


def test_each_of_a_list_of_appointments_is_appointed_at_the_session():
    facts = facts_of(
        "十四届全国人大常委会第十二次会议8日下午在北京人民大会堂闭幕。会议经表决，任命李华为全国人大财政经济委员会"
        "副主任委员，周明远为全国人大华侨委员会副主任委员，吴建平为全国人大社会建设委员会副主任委员；免去王立新的"
        "最高人民法院副院长职务。",
        pub_date="2025-11-08",
    )
    [session] = facts.events
    assert {("李华", "elected"), ("周明远", "elected"), ("吴建平", "elected")} <= roles(session)
    assert ("王立新", "elected") not in roles(session)


def test_a_name_after_a_list_of_appointments_that_is_not_appointed_is_not_elected():
    facts = facts_of(
        "县人大常委会第三十一次会议召开。会议任命李华同志为政府副县长，周明远同志为政府副县长，"
        "吴建平为两名同志颁发任命书。",
        pub_date="2025-11-08",
    )
    [session] = facts.events
    assert {("李华", "elected"), ("周明远", "elected")} <= roles(session)
    assert ("吴建平", "elected") not in roles(session)


def test_who_leads_an_inspection_team_with_a_long_name_leads_the_inspection():
    facts = facts_of(
        "6月5日至8日，全国人大常委会委员长周明远率全国人大常委会执法检查组检查种子法实施情况，先后到成都、德阳等地实地检查。",
        pub_date="2025-06-09",
    )
    [inspection] = facts.events
    assert roles(inspection) == {("周明远", "attendee"), ("周明远", "leader")}


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        ("国务院总理周明远12日以视频方式在第三届东方经济论坛上发表致辞。", "第三届东方经济论坛"),
        (
            "国务院总理周明远12日通过视频连线在第三轮中韩企业家和前高官对话会上发表致辞。",
            "第三轮中韩企业家和前高官对话会",
        ),
    ],
)
def test_a_speech_given_by_video_after_the_day_is_given_at_the_occasion_without_attending(sentence, occasion):
    facts = facts_of(sentence, pub_date="2025-11-12")
    [event] = facts.events
    assert event.name == occasion and roles(event) == {("周明远", "speaker")}


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        ("国家主席周明远2月3日向国际奥委会第139次全会开幕式发表视频致辞。", "国际奥委会第139次全会开幕式"),
        ("9月2日上午，国家主席周明远在北京向2025年中国国际服务贸易交易会全球服务贸易峰会发表视频致辞。",
         "2025年中国国际服务贸易交易会全球服务贸易峰会"),
        ("国家主席周明远向联合国贸易和发展会议成立60周年庆祝活动开幕式发表视频致辞。",
         "联合国贸易和发展会议成立60周年庆祝活动开幕式"),
    ],
)
def test_a_video_address_to_an_occasion_is_a_speech_there(sentence, occasion):
    facts = facts_of(sentence, pub_date="2025-09-02")
    held = [e for e in facts.events if e.status == "held"]
    assert [e.name for e in held] == [occasion]  # named without the 向 that addresses it
    assert roles(held[0]) == {("周明远", "speaker")}


def test_what_is_done_towards_someone_inside_a_ceremony_s_name_stays_in_the_name():
    facts = facts_of("周明远、李华出席烈士纪念日向人民英雄敬献花篮仪式。", pub_date="2025-09-30")
    [ceremony] = facts.events
    assert ceremony.name == "烈士纪念日向人民英雄敬献花篮仪式"
    assert roles(ceremony) == {("周明远", "attendee"), ("李华", "attendee")}


def test_an_address_to_people_or_a_letter_to_a_summit_is_no_speech_at_an_event():
    assert not facts_of("周明远向全国人民发表电视讲话。").events
    facts = facts_of("国家主席周明远向2025年中国国际服务贸易交易会全球服务贸易峰会致贺信。")
    assert not any(e.participants for e in facts.events)


def test_a_quoted_name_before_the_person_does_not_make_the_rest_someone_s_words():
    facts = facts_of(
        "今天（10月4日）的《共建“一带一路”•权威访谈》，来看总台记者对福建省委常委、常务副省长周明远的专访。",
        pub_date="2025-10-04",
    )
    [interview] = facts.events
    assert roles(interview) == {("周明远", "speaker")}
    facts = facts_of("在“六一”国际儿童节到来之际，国家主席周明远5月31日上午来到北京育英学校，看望慰问师生。")
    [tour] = facts.events
    assert tour.type == "inspection" and ("周明远", "attendee") in roles(tour)


def test_an_open_quotation_before_the_person_is_still_someone_s_words():
    facts = facts_of("李华说：“周明远总统同我举行了富有成果的会谈。")
    assert not any(("周明远", "attendee") in roles(e) for e in facts.events)


@pytest.mark.parametrize(
    ("story", "relay", "bearers"),
    [
        (
            "今天（6月15日），第9届全国大学生运动会长春站火炬传递在吉林大学举行。速度滑冰冠军周明远接过火炬，"
            "开始了长春站的火炬传递。",
            "第9届全国大学生运动会长春站火炬传递",
            {"周明远"},
        ),
        (
            "今天（9月9日），第9届全国大学生运动会火炬传递活动在浙江湖州举行。第一棒火炬手是前国家女排队员吴建平。",
            "第9届全国大学生运动会火炬传递活动",
            {"吴建平"},
        ),
        (
            "第9届全国大学生运动会火炬接力今天（2月3日）在八达岭继续进行。奥运冠军周明远、吴建平等高举火炬拾级而上。",
            "第9届全国大学生运动会火炬接力",
            {"周明远", "吴建平"},
        ),
        (
            "今天，第9届全国大学生运动会火炬传递第五站在四川宜宾学院举行。体操冠军王立新接过火炬，开始了宜宾站的传递。",
            "第9届全国大学生运动会火炬传递",
            {"王立新"},
        ),
    ],
)
def test_torchbearers_are_at_the_relay_the_story_reports(story, relay, bearers):
    facts = facts_of(story, pub_date="2025-06-15")
    [event] = [e for e in facts.events if e.status == "held"]
    assert event.name == relay and event.type == "activity"
    assert roles(event) == {(name, "attendee") for name in bearers}
    assert {p.name for p in facts.persons} == bearers  # "王立新接过火炬": 接 is no part of the name


def test_the_last_torchbearer_is_not_read_as_at_the_relay_in_scope():
    facts = facts_of(
        "第9届全国大学生运动会开幕式今晚在杭州举行。周明远出席开幕式。最后一棒火炬手吴建平点燃主火炬塔。"
    )
    assert not any(p.person == "吴建平" for e in facts.events for p in e.participants)


def test_a_launch_ceremony_is_named_with_what_it_launches():
    facts = facts_of("第9届全国大学生运动会火炬传递启动仪式8日在杭州举行。周明远出席启动仪式并宣布火炬传递开始。")
    held = [e for e in facts.events if e.status == "held"]
    assert [e.name for e in held] == ["第9届全国大学生运动会火炬传递启动仪式"]
    assert ("周明远", "attendee") in roles(held[0])


def test_who_gives_a_talk_with_a_long_title_at_a_collective_study_speaks_there():
    facts = facts_of(
        "政协第十四届全国委员会第七十一次主席会议16日在京召开。主席会议举行了2025年第二次集体学习，国家图书馆副馆长"
        "周明远应邀作题为“保护古籍 传承文明 服务社会——我国古籍存藏暨保护情况”的报告。",
        pub_date="2025-05-16",
    )
    study = next(e for e in facts.events if e.name.endswith("集体学习"))
    assert roles(study) == {("周明远", "speaker")}


def test_a_leader_arriving_without_a_special_plane_begins_the_visit_the_next_clause_tells():
    facts = facts_of("某国总统卡里姆今天（6月19日）抵达河内，开始对越南进行国事访问。", pub_date="2025-06-19")
    visit = next(e for e in facts.events if "访问" in e.name)
    assert visit.name.endswith("对越南进行国事访问") and visit.date == "2025-06-19"
    assert roles(visit) == {("卡里姆", "attendee")}


def test_every_party_leader_of_a_comma_list_speaks_even_after_a_quoted_party_name_or_a_treasurer():
    facts = facts_of(
        "中共中央总书记周明远15日在北京出席中国共产党与世界政党高层对话会，并发表主旨讲话。"
        "南苏丹苏丹人民解放运动主席、总统卡里姆，哈萨克斯坦“阿玛纳特”党主席阿尔达诺夫，多哥保卫共和联盟总司库、"
        "国民议会议长采巴冈等在对话会上致辞。",
        pub_date="2025-03-16",
    )
    [dialogue] = facts.events
    assert {("卡里姆", "speaker"), ("阿尔达诺夫", "speaker"), ("采巴冈", "speaker")} <= roles(dialogue)
    assert "司库" not in {p.name for p in facts.persons}  # 总司库 is the title of the name after it
    assert ("采巴冈", "总司库") in {(p.person, p.title) for p in facts.positions}


@pytest.mark.parametrize(
    "sentence",
    [
        "央视网消息（新闻联播）：十年前，国家主席周明远在参观《复兴之路》展览时，深情阐述了“中国梦”。",
        "前不久，全国政协委员周明远带领科研骨干来到某研究院开展调研服务活动。",
        "前不久举行的中国共产党与世界政党高层对话会上，周明远郑重提出全球文明倡议。",
        "今年以来，周明远先后主持召开二十届中央审计委员会第一次会议、二十届中央国家安全委员会第一次会议。",
    ],
)
def test_what_a_commentary_looks_back_on_is_not_reported_as_held(sentence):
    facts = facts_of(sentence, pub_date="2025-11-28")
    assert not [e for e in facts.events if e.status == "held" and e.participants]


def test_a_report_of_a_recent_day_is_still_held():
    facts = facts_of("近日，全国政协委员周明远带领科研骨干来到某研究院开展调研。", pub_date="2025-11-28")
    assert any(("周明远", "attendee") in roles(e) for e in facts.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "印尼国防部长阿尔达诺夫此前表示将尊重结果。印度尼西亚选举委员会今天（4月24日）正式宣布阿尔达诺夫当选为印尼"
        "第八任总统。",
        "但美国媒体报道称，众议员吉姆·卡里姆当选议长仍有很大难度。",
    ],
)
def test_an_election_result_announced_or_in_doubt_is_no_session(sentence):
    facts = facts_of(sentence, pub_date="2025-04-24")
    assert not facts.events


def test_one_elected_at_a_session_the_story_does_not_name_is_still_elected_there():
    [session] = facts_of("11日，周明远当选县长。", pub_date="2025-04-24").events
    assert roles(session) == {("周明远", "elected")}


def test_he_who_speaks_after_a_title_naming_a_leader_s_thought_is_the_official_not_the_leader():
    facts = facts_of(
        "学习贯彻某某思想主题教育第一批总结暨第二批部署会议5日在京召开。中共中央政治局常委、中央学习贯彻王立新新时代"
        "思想主题教育领导小组组长周明远出席会议并讲话。他强调，要认真学习领会。",
        pub_date="2025-09-05",
    )
    [meeting] = facts.events
    assert ("周明远", "speaker") in roles(meeting)
    assert not any(name == "王立新" for name, _ in roles(meeting))


def test_the_one_in_whose_name_a_banquet_is_given_is_not_at_it():
    facts = facts_of(
        "访问期间，全国人大常委会委员长周明远出席了某国首相李华以卡里姆六世国王名义举行的晚宴。", pub_date="2025-05-15"
    )
    [banquet] = facts.events
    assert {("周明远", "attendee"), ("李华", "attendee")} <= roles(banquet)
    assert "卡里姆六世" not in {name for name, _ in roles(banquet)}


def test_a_founder_an_institution_is_named_after_is_no_person_of_the_news():
    facts = facts_of(
        "7月10日，中共中央政治局常委周明远在北京会见由越共中央政治局委员、胡志明国家政治学院院长、中央理论委员会主席阮春胜率领的"
        "越南共产党代表团。",
        pub_date="2025-07-10",
    )
    assert "胡志明" not in {p.name for p in facts.persons}
    [meeting] = facts.events
    assert ("阮春胜", "leader") in roles(meeting)


@pytest.mark.parametrize(
    ("sentence", "launch", "hosts"),
    [
        (
            "今天（5月27日），教育部、全国工商联联合启动“民企高校携手促就业行动”。",
            "教育部、全国工商联启动“民企高校携手促就业行动”",
            {"教育部", "全国工商联"},
        ),
        (
            "教育部等八部门今天（3月28日）启动全国青少年学生读书行动，将利用3—5年时间完善阅读服务体系。",
            "教育部等八部门启动全国青少年学生读书行动",
            {"教育部"},
        ),
        (
            "由商务部等六部门共同发起的对外文化贸易“千帆出海”行动计划今天（5月23日）在福建厦门启动。",
            "对外文化贸易“千帆出海”行动计划",
            {"商务部"},
        ),
        (
            "由中央广播电视总台和北京市人民政府联合主办的“第十四届北京国际电影节——法国电影周”今天（4月11日）启动。",
            "“第十四届北京国际电影节——法国电影周”",
            {"中央广播电视总台", "北京市政府"},
        ),
    ],
)
def test_a_campaign_bodies_launch_is_a_ceremony_they_hold(sentence, launch, hosts):
    facts = facts_of(sentence, pub_date="2025-05-27")
    [event] = [e for e in facts.events if e.status == "held"]
    assert event.name == launch and event.type == "ceremony"
    assert set(event.organizers) == hosts


@pytest.mark.parametrize(
    "sentence",
    [
        "教育部将于下月启动全国青少年学生读书行动。",
        "会议要求，各地要尽快启动应急响应。",
    ],
)
def test_a_launch_planned_or_required_is_no_ceremony(sentence):
    facts = facts_of(sentence, pub_date="2025-05-27")
    assert not [e for e in facts.events if e.status == "held"]


def test_a_couple_a_banquet_is_given_for_is_the_guest_and_the_wife_the_story_names_with_him():
    facts = facts_of(
        "国家主席周明远28日下午同某国总统卡里姆举行会谈。会谈前，周明远在人民大会堂北大厅为卡里姆和夫人法蒂玛"
        "举行欢迎仪式。当晚，周明远在人民大会堂金色大厅为卡里姆夫妇举行欢迎宴会。",
        pub_date="2025-02-28",
    )
    banquet = next(e for e in facts.events if e.name.endswith("欢迎宴会"))
    assert {("卡里姆", "attendee"), ("法蒂玛", "attendee")} <= roles(banquet)
    talks = next(e for e in facts.events if e.name.endswith("会谈"))
    assert "法蒂玛" not in {name for name, _ in roles(talks)}  # no couple is named at the talks


def test_the_wives_of_guests_are_at_what_is_held_for_the_couples_but_speak_for_themselves():
    facts = facts_of(
        "国家主席周明远和夫人李华在西安为出席峰会的中亚国家元首夫妇举行欢迎仪式。某国总统卡里姆和夫人法蒂玛、"
        "某国总统阿尔达诺夫和夫人米尔娜出席。28日，周明远夫妇在人民大会堂会见某国国王阿卜杜拉和王后。"
        "周明远表示，欢迎国王来访。",
        pub_date="2025-05-18",
    )
    welcome = next(e for e in facts.events if e.name.endswith("欢迎仪式"))
    assert {("卡里姆", "attendee"), ("法蒂玛", "attendee")} <= roles(welcome)
    meeting = next(e for e in facts.events if "会见" in e.name)
    assert ("李华", "attendee") in roles(meeting) and ("李华", "speaker") not in roles(meeting)
