"""Bodies as the gold guidelines define them: named, owned, cut where the name starts and ends.

Each sentence here is made up for the rule it tests, so a rule that passes it is a pattern of the
language, not a fix for one sentence of the dev corpus.
"""

from __future__ import annotations

import pytest

from kg.extract.bodies import find_bodies
from kg.extract.lexicon import Lexicon


def test_a_body_does_not_start_with_the_verb_before_it():
    lex = Lexicon.load()
    text = "我们感谢中国政府的支持，将进一步加强中央纪委常委会自身建设。"
    bodies = [text[s:e] for s, e in find_bodies(text, lex)]
    assert "中国政府" in bodies and "中央纪委常委会" in bodies
    assert not [b for b in bodies if b.startswith(("感谢", "加强", "进一步"))]


def bodies_in(text: str) -> list[str]:
    return [text[s:e] for s, e in find_bodies(text, Lexicon.load())]


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        ("代表们出席县政协全体会议。", "县政协", "出席县政协"),
        ("会议听取了区政府工作汇报。", "区政府", "听取了区政府"),
        ("共有1500名全国政协委员参加。", "全国政协", "1500名全国政协"),
        ("调研组先后走进南岸区长江药业有限公司。", "南岸区长江药业有限公司", "调研组先后走进南岸区长江药业有限公司"),
        ("省科技厅和省教育厅联合发文。", "省科技厅", "省科技厅和省教育厅"),
        ("国家卫生健康委今天(5月3日)通报疫情。", "国家卫生健康委", "国家卫生健康委今天(5月3日)通报"),
        ("太阳能电站建在某国东南部。", None, "某国东南部"),
        ("会上传达了中共中央政治局常委的讲话。", None, "中共中央政治局常委"),
    ],
)
def test_a_body_is_cut_where_its_name_starts_and_ends(text, wanted, unwanted):
    """Words before the anchor, a conjunction, a date in brackets or a title after it are not the body."""
    found = bodies_in(text)
    assert unwanted not in found
    if wanted:
        assert wanted in found


def test_an_office_that_names_no_owner_is_no_body():
    """新时代政协, 地方政府, 你们公司 are the institution in general; 长江大学, 红星医院 have names of their own."""
    found = bodies_in("要建设新时代政协，督促地方政府落实，你们公司要配合，长江大学和红星医院参加。")
    assert not {"新时代政协", "地方政府", "你们公司", "建设新时代政协"} & set(found)
    assert {"长江大学", "红星医院"} <= set(found)


def test_international_bodies_agencies_and_foreign_parliaments_are_bodies():
    found = bodies_in("联合国安理会当天开会，塔斯社报道，英国工党在议会选举中获胜，智利国会议员和欧盟代表出席。")
    assert {"联合国安理会", "塔斯社", "英国工党", "智利国会", "欧盟"} <= set(found)


def test_a_body_name_never_holds_the_verb_of_its_sentence():
    assert bodies_in("秘鲁出席亚太经合组织领导人会议。") == ["亚太经合组织"]


def test_a_sub_unit_never_starts_with_a_verb_of_the_sentence():
    found = bodies_in("全国人大愿同智利国会加强交流。")
    assert "全国人大" in found and "智利国会" in found
    assert not [b for b in found if "愿" in b]


def test_a_county_the_places_table_does_not_list_still_opens_its_bodies():
    """The segmenter's dictionary knows 临澧县 and 衡东县; a verb before a bare 县 is still cut."""
    assert "临澧县人民医院" in bodies_in("新建成的临澧县人民医院开诊。")
    assert "衡东县委" in bodies_in("他来到衡东县委党校调研。")
    assert bodies_in("代表们出席县政协全体会议。") == ["县政协"]


def test_schools_and_hospitals_described_but_not_named_are_no_bodies():
    assert bodies_in("这些学校和部分医院、各地医院都参加了。") == []
    assert bodies_in("他来到长江大学和红星医院。") == ["长江大学", "红星医院"]


def test_an_owner_joined_by_a_conjunction_is_not_part_of_the_body():
    assert bodies_in("中央和中央军委决定。") == ["中央军委"]


def test_a_bracketed_place_stays_in_a_company_name():
    assert "公元管道(重庆)有限公司" in bodies_in("他来到公元管道(重庆)有限公司车间。")
