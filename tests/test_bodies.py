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
    text = "我们感谢巴西政府的支持，将进一步加强中央纪委常委会自身建设。"
    bodies = [text[s:e] for s, e in find_bodies(text, lex)]
    assert "巴西政府" in bodies and "中央纪委常委会" in bodies
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
        ("省政府通过驻希腊使馆转交了捐款。", "省政府", "省政府通过驻希腊使馆"),
        ("国务院委托国家发展改革委牵头起草。", "国家发展改革委", "国务院委托国家发展改革委"),
        ("市商务委联动人行昆明分行推出新举措。", "市商务委", "市商务委联动人行昆明分行"),
        ("县教育局已组织教师培训。", "县教育局", "县教育局已组织"),
        ("省人大常委会关于修改条例的决定公布。", "省人大常委会", "省人大常委会关于修改条例"),
        ("村民们积极组织省政协委员座谈。", "省政协", "极组织省政协"),
        ("他们要求波音公司整改。", "波音公司", "求波音公司"),
        ("以军袭击加沙学校。", None, "以军袭击加沙学校"),
        ("2019年埃塞航空公司的客机失事。", "埃塞航空公司", "年埃塞航空公司"),
        ("代表团在利雅得与沙特外交部会谈。", "沙特外交部", "利雅得与沙特外交部"),
        ("天津西站至北京南站的列车。", None, "天津西站至北京南站"),
        ("经中共中央政治局常委会会议和中央政治局会议讨论。", None, "中共中央政治局常委会会议和中央政治局"),
        ("代表们参观了遵义会议纪念馆。", "遵义会议纪念馆", None),
        ("阿联酋重新开放驻叙利亚大使馆。", None, "阿联酋重新开放驻叙利亚大使馆"),
        ("欧盟正考虑允许俄罗斯农业银行结算。", "俄罗斯农业银行", "欧盟正考虑允许俄罗斯农业银行"),
        ("非盟获邀加入二十国集团。", None, "非盟获邀加入二十国集团"),
        ("讨论县政协八届一次会议和县人大工作报告。", "县人大", "县政协八届一次会议和县人大"),
        ("区委就补选区人大常委会主任作说明。", "区委", "区委就补选区人大常委会"),
        ("据当地卫生部门和世界卫生组织统计。", "世界卫生组织", "当地卫生部门和世界卫生组织"),
        ("会议任命王某为最高人民检察院副检察长。", "最高人民检察院", "最高人民检察院副检"),
        ("财政部部长在会上发言。", "财政部", "财政部部"),
        ("他曾任省卫生厅厅长。", "省卫生厅", "省卫生厅厅"),
        ("省审计厅原党组书记王某被查。", "省审计厅", "省审计厅原党组"),  # a former post's 原 ends no body
        ("公安部原副部长李某受审。", "公安部", "公安部原副部"),
    ],
)
def test_a_body_is_cut_where_its_name_starts_and_ends(text, wanted, unwanted):
    """Words before the anchor, a conjunction, a date in brackets or a title after it are not the body;
    nor is a verb, adverb or preposition inside it or cut in half at its start ("积|极组织"), nor a title
    after a one-character suffix ("部长", "副检察长")."""
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
    assert "衡东县委党校" in bodies_in("他来到衡东县委党校调研。")
    assert bodies_in("代表们出席县政协全体会议。") == ["县政协"]


def test_schools_and_hospitals_described_but_not_named_are_no_bodies():
    assert bodies_in("这些学校和部分医院、各地医院都参加了。") == []
    assert bodies_in("他来到长江大学和红星医院。") == ["长江大学", "红星医院"]


def test_an_owner_joined_by_a_conjunction_is_not_part_of_the_body():
    assert bodies_in("中央和中央军委决定。") == ["中央军委"]


def test_a_bracketed_place_stays_in_a_company_name():
    assert "公元管道(重庆)有限公司" in bodies_in("他来到公元管道(重庆)有限公司车间。")


def canonical(name: str, region: str | None = None) -> str:
    from kg.extract.canon import canonical_body

    return canonical_body(name, region, Lexicon.load())


@pytest.mark.parametrize(
    "text",
    [
        "召开部分省区市纪委书记座谈会。",
        "市县政协要发挥作用。",
        "区县政府和镇街人大都参加了。",
        "创建一批省级工业设计中心。",
        "全市各级工会组织要行动起来。",
        "县政协相关委室负责人参加。",
        "有关部门和相关单位负责落实。",
        "全国大部分中小学今天开学。",
        "受灾地区有四所学校和74所幼儿园受损。",
        "去年该公司营收下降，20家跨国公司设立总部。",
        "各地推迟中小学开学时间。",
        "她汇报学校近年来的发展。",
        "比赛设置小学、初中两个组别。",
        "临湘县一处堤防出现险情。",
        "城市三级医院与社区医院结对，受灾地区学校复课。",
        "我们感谢中国政府的帮助，我国政府高度重视。",
        "峰会在国际会议中心举行，代表团下榻国宾馆，比赛在省体育馆进行。",
        "全市3000多万中国共产党人团结奋斗。",
        "要建设区域科技创新中心和省域副中心。",
        "截至目前，9家外商独资基金管理公司开业。",
        "目标包括一所医院，山区小学复课。",
        "天津组织党员干部参加读书班，河北邯郸今天鸣响防空警报。",
        "这里没有海关，部队进驻空间站。",
        "这一事件是乌克兰所为，两国分处丝路两端，他同中国历代领导人友好相处。",
        "拉法市中心遭到空袭，确诊病例出院，政务服务实现跨省通办。",
        "国际组织和发展中国家参加，世界正处于百年未有之大变局。",
        "意大利代表团入住奥运村，航天员在空间站工作，多家航空公司和保险公司停飞。",
        "发挥市场机制和政府调控作用，深化全区中小学教学改革，百姓流离失所。",
        "该县组织了600名农民工，广东某发展集团投资。",
        "提供底盘的宁波公司和中国公司承建的项目，抽水蓄能电站开工。",
        "加快建设方舱医院和定点医院，为全面建设社会主义现代化国家开好局。",
        "福建各地及时组织抢收，美国反复出现债务上限僵局。",
        "川渝两地四区八市一县人社局参加，全区社零总额增长。",
        "固安县地处两省交界处，自贸区三大科研组织落地，纪念馆开馆。",
        "贯彻中央人大工作会议精神，正省部级干部参加。",
        "近五年当地新改扩建学校34所，特区政府要承担责任，推动国家科创事业。",
        "同学们在欢快的气氛中学习，大学生志愿者参加。",
    ],
)
def test_bodies_described_counted_or_pointed_at_or_cut_from_words_are_no_bodies(text):
    """A class of bodies ("省区市纪委", "各级工会组织", "四所学校"), a school after half a verb ("推|迟中小学"),
    a measure word after a numeral ("一处") or a suffix that runs into a word ("中学|习", "大学|生") names
    no body."""
    assert bodies_in(text) == []


def test_websites_and_apps_are_where_bodies_publish_not_bodies():
    found = bodies_in("据蒙古国总统网站消息，节目在央视网、央视频同步上线，青年可登录全国征兵网报名。")
    assert found == []
    assert bodies_in("据华龙网报道，文成新闻网也作了报道。") == ["华龙网", "文成新闻网"]


def test_a_body_named_in_the_title_of_a_document_is_no_mention_of_the_body():
    assert bodies_in("学习《中国共产党纪律检查委员会工作条例》。") == []
    assert bodies_in("《人民日报》发表评论。") == ["人民日报"]


def test_two_bodies_known_by_name_written_together_are_two_bodies():
    assert bodies_in("中央纪委国家监委通报了案件。") == ["中央纪委", "国家监委"]
    assert bodies_in("联合国安理会召开会议。") == ["联合国安理会"]


def test_a_party_committee_before_a_congress_is_the_committee_alone():
    assert bodies_in("贯彻省委人大工作会议精神。") == ["省委"]


def test_central_committees_of_democratic_parties_and_foreign_parties_are_bodies():
    found = bodies_in("民盟中央、致公党中央、九三学社中央和越共中央的代表出席。")
    assert {"民盟中央", "致公党中央", "九三学社中央", "越共中央"} <= set(found)


def test_companies_customs_and_stations_are_named_by_their_own_name():
    found = bodies_in("腾讯公司与黄埔海关合作，广州南火车站也参加，你们公司要配合。")
    assert {"腾讯公司", "黄埔海关", "广州南火车站"} <= set(found)
    assert "你们公司" not in found


def test_a_country_before_a_movement_known_by_name_is_part_of_it():
    assert bodies_in("也门胡塞武装发表声明。") == ["也门胡塞武装"]


def test_a_news_agency_loses_the_country_written_before_it_a_party_keeps_it():
    assert [canonical(n) for n in ["法国法新社", "英国工党", "中国新闻社"]] == ["法新社", "英国工党", "中国新闻社"]
    assert canonical("美国约翰·霍华德大学") == "约翰·霍华德大学"
    assert canonical("广西桂林站") == "桂林站"


def test_what_a_company_is_before_its_name_is_not_its_name():
    found = bodies_in("记者走进民营企业长风机械公司，又采访了航运巨头远洋海运公司，中国中小企业协会也参加。")
    assert {"长风机械公司", "远洋海运公司", "中国中小企业协会"} <= set(found)


def test_the_formal_names_of_cppcc_committees_and_state_railway_bureaus_are_bodies():
    found = bodies_in("政协第九届委员会常务委员会开会，政协某县第十届委员会闭幕，国铁南昌局通知停运。")
    assert {"政协第九届委员会常务委员会", "国铁南昌局"} <= set(found)
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical(canonical("政协第十四届全国委员会常务委员会")) == "全国政协常委会"


def test_a_district_written_by_its_short_name_before_its_body_is_the_district():
    assert canonical("大足政协", "大足区") == "大足区政协"
    assert canonical("大足石刻研究院", "大足区") == "大足石刻研究院"


def test_a_body_that_organises_something_is_the_body_without_the_verb():
    assert bodies_in("国家民委组织编写了教材，世界卫生组织发布报告。") == ["国家民委", "世界卫生组织"]


def test_a_party_committee_and_a_government_written_together_are_two_bodies():
    assert bodies_in("确保把县委县政府的关心带给群众，区委区政府领导带队。") == ["县委", "县政府", "区委", "区政府"]


def test_a_word_with_a_suffix_character_inside_keeps_the_company_whole():
    assert bodies_in("据德国数据公司统计，远程协商会召开。") == ["德国数据公司"]


def test_bodies_national_news_names_by_a_short_name_of_their_own():
    found = bodies_in("总台记者从国家电网获悉，文旅部和博鳌亚洲论坛、世界旅游组织、国际铁路联盟也参加。")
    assert {"总台", "国家电网", "文旅部", "博鳌亚洲论坛", "世界旅游组织", "国际铁路联盟"} <= set(found)
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical("总台") == "中央广播电视总台"


def test_a_presidential_office_and_a_cabinet_of_a_country_are_bodies():
    assert bodies_in("巴西总统府发言人表示，以色列战时内阁开会。") == ["巴西总统府", "以色列战时内阁"]


def test_military_regions_legislative_councils_observatories_and_high_schools_are_bodies():
    found = bodies_in("据俄罗斯西部军区通报，香港特区立法会开会，中央气象台预警，林肯高中和岳阳县职业中专的学生参加。")
    assert found == ["俄罗斯西部军区", "香港特区立法会", "中央气象台", "林肯高中", "岳阳县职业中专"]


def test_a_company_after_a_conjunction_and_a_descriptor_is_named_alone():
    assert bodies_in("美国国防部与美国军工巨头洛马公司签约。") == ["美国国防部", "洛马公司"]


def test_a_country_short_form_before_a_ministry_is_written_out_and_a_day_is_no_country():
    assert [canonical(b) for b in bodies_in("俄国防部今天表示，乌外交部发言人称。")] == ["俄罗斯国防部", "乌克兰外交部"]
    assert bodies_in("今日外交部发言人表示。") == ["外交部"]


def test_a_province_before_the_county_that_opens_a_name_is_left_out():
    assert canonical("北京海淀区实验小学") == "海淀区实验小学"
    assert canonical("四川省委") == "四川省委"


def test_a_word_that_starts_with_a_suffix_and_runs_on_is_not_part_of_the_body():
    assert bodies_in("县委中心组举行集体学习。") == ["县委"]


def test_a_unit_of_a_school_or_society_names_the_school_or_society_too():
    assert bodies_in("长江大学党委和江北区医学会儿科专业委员会开会。") == [
        "长江大学",
        "长江大学党委",
        "江北区医学会",
        "江北区医学会儿科专业委员会",
    ]
    assert bodies_in("中国华能集团有限公司参加。") == ["中国华能集团有限公司"]


def test_a_district_short_name_before_a_street_and_a_term_word_are_canonical():
    assert canonical("大足智凤街道", "大足区") == "大足区智凤街道"
    assert canonical("大足区新一届残联", "大足区") == "大足区残联"


def test_the_offices_of_a_body_are_a_body_and_state_organs_in_general_are_not():
    assert bodies_in("主会场设在全国政协机关，党政机关要带头。") == ["全国政协机关"]


def test_a_leading_group_is_named_by_its_task_verbs_included():
    found = bodies_in(
        "副总理主持召开推进长江经济带绿色发展领导小组全体会议，按照党中央部署和中央农村工作领导小组要求。"
    )
    assert found == ["推进长江经济带绿色发展领导小组", "党中央", "中央农村工作领导小组"]
    assert bodies_in("成立了以县长为组长的防汛工作领导小组。") == []


def test_a_term_written_inside_a_body_name_is_not_part_of_the_name():
    from kg.graph.resolve import default_aliases

    names = ["中共二十届中央政治局", "中国十四届全国人大", "全国政协十四届常委会", "中共中央纪律检查委员会"]
    assert [default_aliases().canonical(canonical(n)) for n in names] == [
        "中共中央政治局",
        "全国人大",
        "全国政协常委会",
        "中央纪委",
    ]


def test_a_government_named_with_its_term_or_a_regions_short_name_is_the_one_government():
    from kg.graph.resolve import default_aliases

    names = ["香港特别行政区第六届政府", "香港特区政府", "香港特别行政区政府", "澳门特区第五届政府"]
    assert [default_aliases().canonical(canonical(n)) for n in names] == [
        "香港特别行政区政府",
        "香港特别行政区政府",
        "香港特别行政区政府",
        "澳门特别行政区政府",
    ]
    # the term of a legislature names its sittings ("香港特区第七届立法会首次会议") and stays
    assert canonical("香港特区第七届立法会") == "香港特区第七届立法会"


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a verb of the sentence is never part of the name: 授予, 复信, 观看, 谋划, 祝贺 (祝 is no name character)
        ("国务院授予青山工程大学荣誉称号。", ["国务院", "青山工程大学"]),
        ("总书记致信祝贺东海理工大学建校六十周年。", ["东海理工大学"]),
        ("孩子们观看学校的文艺演出，大家一起谋划学校发展。", []),
        # 国内 (not the 国内 of 中国内蒙古) and 范围内 close a phrase
        ("该国国内政局动荡，国内外航空公司纷纷停飞，全国范围内组织排查。", []),
        # a session or event after a body ends it; the body and its parent are named
        (
            "江津区医学会眼科学专业委员会第三届学术年会暨眼科论坛召开。",
            ["江津区医学会", "江津区医学会眼科学专业委员会"],
        ),
        ("县政协主席主持召开县政协九届十二次常委会会议。", ["县政协", "县政协"]),
        ("第十届永川区政协主席团成员出席。", ["永川区政协"]),
        # the term of a congress inside its name stays (canon drops it)
        ("区九届人大常委会召开会议。", ["区九届人大常委会"]),
    ],
)
def test_a_body_ends_before_the_verb_or_session_after_it(text, wanted):
    assert bodies_in(text) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "我驻外使领馆举办招待会。",  # China's missions abroad, none named
        "全国县医院服务能力提升。",  # every county's hospital
        "商务部与20个非洲国家政府部门座谈。",  # governments of a class of countries
        "要发挥政协组织联系广泛的优势，参加全国地方政协工作交流会。",
        "各乡镇政协联络组组长和省乡镇人大工作条例。",  # every town of a county or a province
    ],
)
def test_classes_of_bodies_are_no_bodies(text):
    found = bodies_in(text)
    assert not [b for b in found if b not in ("商务部",)], found


def test_a_county_and_a_conjunction_before_a_company_are_its_partner_not_its_owner():
    assert bodies_in("为此，庆安县与北大仓集团签约合作。") == ["北大仓集团"]


def test_a_repeated_level_belongs_to_the_word_before():
    assert bodies_in("该县县委书记一行来到敬老院。") == ["县委"]


def test_a_district_party_committee_and_its_government_written_together_are_two_bodies():
    """揭东区 is known only to the segmenter's dictionary, not to the places table."""
    assert bodies_in("揭东区委区政府主要领导带队赴深圳。") == ["揭东区委", "区政府"]


def test_the_state_council_after_the_verb_jointly_is_not_the_united_nations():
    assert bodies_in("财政部联合国务院国资委印发通知。") == ["财政部", "国务院国资委"]
    assert bodies_in("联合国安理会一致通过决议。") == ["联合国安理会"]


def test_a_foreign_country_before_a_company_of_its_own_name_is_where_the_company_is():
    assert bodies_in("美国微软公司今天称服务已恢复，德国宝马集团表示欢迎。") == ["微软公司", "宝马集团"]
    # named by its trade or as the nation's: the country is part of the name
    assert bodies_in("美国广播公司报道，俄罗斯国家原子能公司表示。") == ["美国广播公司", "俄罗斯国家原子能公司"]
    assert bodies_in("中国石油天然气集团公司发布年报。") == ["中国石油天然气集团公司"]


def test_a_foreign_country_before_a_bank_of_its_own_name_is_where_the_bank_is():
    assert bodies_in("美国红杉银行宣布倒闭，英国汇丰银行表示关注。") == ["红杉银行", "汇丰银行"]
    # a central, savings or credit bank of the country, or the country's own: the country is part of the name
    assert bodies_in("俄罗斯中央银行宣布加息，俄罗斯储蓄银行和瑞士信贷银行回应，美国银行也表态。") == [
        "俄罗斯中央银行",
        "俄罗斯储蓄银行",
        "瑞士信贷银行",
        "美国银行",
    ]


def test_continents_own_the_bodies_of_their_unions_but_not_their_countries_bodies():
    found = bodies_in("欧洲议会通过决议，非洲联盟委员会表示欢迎，美洲国家组织和欧洲央行也发表声明。")
    assert {"欧洲议会", "非洲联盟委员会", "美洲国家组织", "欧洲央行"} <= set(found)
    assert bodies_in("非洲国家政府纷纷表示，非洲地区组织和非洲裔美国人协会也回应。") == []


def test_the_organs_forums_and_agencies_of_the_world_are_bodies():
    found = bodies_in(
        "联合国大会通过决议，国际能源署和伊斯兰合作组织表示欢迎，世界经济论坛发布报告，朝中社报道，"
        "乌克兰最高拉达当天开会，国际刑事法院发表声明，火箭军某部开展训练。"
    )
    assert {
        "联合国大会",
        "国际能源署",
        "伊斯兰合作组织",
        "世界经济论坛",
        "朝中社",
        "乌克兰最高拉达",
        "国际刑事法院",
        "火箭军",
    } <= set(found)
    from kg.graph.resolve import default_aliases

    aliases = default_aliases()
    assert aliases.canonical("经合组织") == "经济合作与发展组织" and aliases.canonical("中国民航局") == "民航局"


def test_theatre_commands_and_papers_abroad_are_bodies_and_a_country_before_a_paper_is_where_it_is():
    found = bodies_in("东部战区新闻发言人发表谈话，南部战区海军组织演练。美国《纽约时报》和韩联社报道。")
    assert {"东部战区", "南部战区海军", "纽约时报", "韩联社"} <= set(found)
    assert "美国纽约时报" not in found
    # the 区 of 战区 is no district: the navy is the theatre's, never a "区海军"
    assert bodies_in("北部战区海军出动。") == ["北部战区海军"]


def test_a_citys_standing_or_area_a_peoples_armed_groups_and_a_kind_of_modernisation_are_no_bodies():
    text = "巩固香港国际金融中心地位，建设北京城市副中心，推进智慧海关建设。巴勒斯坦武装组织发射火箭弹。"
    assert bodies_in(text) == []
    assert bodies_in("黎巴嫩真主党武装组织发表声明。") == ["黎巴嫩真主党"]


def test_a_short_name_of_a_movement_is_the_movement():
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical("杰哈德") == "巴勒斯坦伊斯兰圣战组织"


def test_armed_forces_known_by_a_name_of_their_own_are_bodies():
    from kg.graph.resolve import default_aliases

    found = bodies_in(
        "以军称，当天空袭了加沙地带多个目标。苏丹快速支援部队当天称已控制机场，快速支援部队与苏丹武装部队交火。"
        "联黎部队发表声明。信息支援部队成立大会在北京举行。俄罗斯北方舰队举行演习，俄罗斯空天军参加。"
    )
    wanted = {"以军", "苏丹快速支援部队", "快速支援部队", "联黎部队", "信息支援部队", "俄罗斯北方舰队", "俄罗斯空天军"}
    assert wanted <= set(found)
    aliases = default_aliases()
    # one army, one fleet, one force, whichever of their names the text writes
    assert {aliases.canonical(n) for n in ("以军", "以色列军队", "以色列国防军")} == {"以色列国防军"}
    assert {aliases.canonical(n) for n in ("黑海舰队", "俄黑海舰队", "俄罗斯黑海舰队")} == {"俄罗斯黑海舰队"}
    assert aliases.canonical("快速支援部队") == "苏丹快速支援部队"
    assert aliases.canonical("联黎部队") == "联合国驻黎巴嫩临时部队"


def test_the_central_bank_and_the_un_refugee_agency_by_their_short_names_are_the_bodies():
    from kg.graph.resolve import default_aliases

    found = bodies_in("人民银行正式降低存款准备金率。近东救济工程处称其学校遭袭，联合国近东救济工程处呼吁停火。")
    assert found == ["人民银行", "近东救济工程处", "联合国近东救济工程处"]
    aliases = default_aliases()
    assert aliases.canonical("人民银行") == "中国人民银行"
    assert {aliases.canonical(n) for n in found[1:]} == {"联合国近东巴勒斯坦难民救济和工程处"}


def test_a_word_inside_a_name_known_by_itself_does_not_cut_the_name():
    # 共同 ("jointly") and 学习 ("study") are words no body name holds, except these names
    assert bodies_in("据日本共同社14日报道，该书已由学习出版社出版。") == ["日本共同社", "学习出版社"]
    from kg.graph.resolve import default_aliases

    aliases = default_aliases()
    assert aliases.canonical("中国海军") == "中国人民解放军海军"
    assert aliases.canonical("中国空军") == "中国人民解放军空军"


def test_kinds_of_bodies_and_the_countrys_organising_are_no_bodies():
    text = "支持高新技术企业、高等学校等。金融机构、行业协会参加。组建创新联合体。"
    text += "全国组织各级赛事，贯彻全国组织工作会议精神。"
    assert bodies_in(text) == []
    assert bodies_in("中国钢铁行业协会发布数据。") == ["中国钢铁行业协会"]  # a trade's association named by it


def test_an_autonomous_regions_full_name_is_no_province_before_a_county():
    assert canonical("内蒙古自治区党委") == "内蒙古自治区党委"
    assert canonical("新疆维吾尔自治区党委") == "新疆维吾尔自治区党委"
    # the province before a city is where it is, however it is written
    assert canonical("内蒙古呼和浩特市政府") == canonical("内蒙古自治区呼和浩特市政府") == "呼和浩特市政府"
    assert canonical("福建省厦门市人大常委会") == "厦门市人大常委会"


def test_the_national_peoples_organisations_keep_their_full_names():
    text = "中华全国总工会、中华全国台湾同胞联谊会和中华全国新闻工作者协会发出倡议，中华海外联谊会响应。"
    assert bodies_in(text) == ["中华全国总工会", "中华全国台湾同胞联谊会", "中华全国新闻工作者协会", "中华海外联谊会"]
    assert bodies_in("弘扬中华全国各族人民的团结精神。") == []


def test_where_the_army_character_opens_a_word_no_army_is_named():
    # 以 is "by" and 军事/军民 are words: Israel's short name is not read there
    assert bodies_in("伊朗称仅对以军事地点进行了打击。要以军民融合为抓手，以军队建设为重点。") == []
    # a fleet by no name is ships; a country's troops (部队 alone) are no body
    assert bodies_in("乌克兰称使用北约武器打击俄舰队。参战部队已撤回。") == ["北约"]


def test_a_magazine_is_named_by_its_title_in_book_marks_and_what_it_is():
    assert bodies_in("《瞭望》新闻周刊发表文章，《求是》杂志也刊登评论。") == ["《瞭望》新闻周刊", "《求是》杂志"]
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical("《求是》杂志") == "求是杂志"
    assert bodies_in("他读了《求是》上的文章。") == []


def test_a_party_school_is_its_committees_and_a_school_of_no_committee_is_none():
    assert bodies_in("区委党校举行开班仪式，中央党校（国家行政学院）也开学。") == [
        "区委党校",
        "中央党校",
        "国家行政学院",
    ]
    assert bodies_in("要坚持党校姓党，学员一进党校就接受教育。") == []


def test_a_memorial_named_after_a_person_starts_at_the_name():
    """The person is masked from the body grammar ("\\x00"); the memorial starts at the name."""
    masked = "代表们来到\x00\x00\x00旧居纪念馆参观。"
    assert [(s, e) for s, e in find_bodies(masked, Lexicon.load())] == [(5, 13)]


def test_a_word_that_starts_at_the_last_character_of_a_body_is_not_part_of_it():
    assert bodies_in("抗议者聚集在智利驻秘大使馆馆舍外。") == ["智利驻秘大使馆"]
    assert bodies_in("一列火车在美国北达科他州脱轨，当地政局稳定。") == []


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("国际原子能机构发布报告，集安组织部队撤出。", ["国际原子能机构", "集安组织"]),
        (
            "俄罗斯国家杜马通过法案，日本财务省发表声明，日本内阁府表示。",
            ["俄罗斯国家杜马", "日本财务省", "日本内阁府"],
        ),
        ("银保监会和证监会联合发文。", ["银保监会", "证监会"]),
        ("学习中央一号文件和中纪委全会精神。", ["中纪委"]),
        ("火箭在酒泉卫星发射中心发射，外文出版社出版新书。", ["酒泉卫星发射中心", "外文出版社"]),
        ("发展中国家科学院第16届学术大会开幕，发展中国家代表出席。", ["发展中国家科学院"]),
    ],
)
def test_national_and_international_bodies_known_by_their_own_name(text, wanted):
    assert bodies_in(text) == wanted


@pytest.mark.parametrize(
    "written, canonical_form",
    [
        ("中宣部", "中共中央宣传部"),
        ("中央宣传部", "中共中央宣传部"),
        ("中共中央宣传部", "中共中央宣传部"),
        ("中纪委", "中央纪委"),
        ("解放军", "中国人民解放军"),
        ("武警", "中国人民武装警察部队"),
        ("武警部队", "中国人民武装警察部队"),
        ("安理会", "联合国安理会"),
        ("联合国安全理事会", "联合国安理会"),
        ("全国供销合作总社", "中华全国供销合作总社"),
        ("人民日报", "人民日报社"),
        ("《求是》杂志", "求是杂志"),
        ("中国银行保险监督管理委员会", "银保监会"),
        ("上合组织", "上海合作组织"),
        ("北大西洋公约组织", "北约"),
    ],
)
def test_national_and_international_bodies_have_one_canonical_name(written, canonical_form):
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical(written) == canonical_form


@pytest.mark.parametrize(
    "name, region, expected",
    [
        ("市委", "宜秀区", "安庆市委"),  # a district paper: 市 is the city above it
        ("省委常委会", "凤阳县", "安徽省委常委会"),  # 省 is the province above the county
        ("市人大常委会", "罗山县", "信阳市人大常委会"),
        ("省政协", "眉山市", "四川省政协"),  # a city paper: 省 is its province
        ("市委", "渝中区", "重庆市委"),  # the places table knows Chongqing's districts
        ("省委", "渝中区", None),  # a municipality's district has no province: which 省委 is meant?
        ("镇政府", "紫阳县", None),  # which town?
        ("市人民医院", "中国", None),  # national news: no city to expand with
        ("区政协", None, "区政协"),  # a paper of unknown region keeps the name as written (as the gold does)
        ("市场监管局", "宜秀区", "市场监管局"),  # 市 begins a word, no prefix
        ("乡村振兴局", "紫阳县", "乡村振兴局"),
        ("镇江市委", "中国", "镇江市委"),  # a place that begins with a level character
        ("鼓楼区政府", "中国", "鼓楼区政府"),
    ],
)
def test_a_bare_level_prefix_is_expanded_above_the_papers_region_or_the_body_is_dropped(name, region, expected):
    from kg.extract.bodies import regional_body_name

    assert regional_body_name(name, region, Lexicon.load()) == expected


def test_every_county_and_city_of_the_national_codes_has_its_city_and_province():
    from kg.extract.bodies import region_parents

    parents = region_parents()
    assert len(parents) > 3000
    assert parents["凤阳县"] == ("滁州市", "安徽省") and parents["眉山市"] == ("眉山市", "四川省")
    assert "鼓楼区" not in parents  # four cities have one: the name alone cannot tell which


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a bilateral committee is owned by China and the country written by its short form
        ("双方将举行中俄人文合作委员会会议，中法联委会召开会议。", ["中俄人文合作委员会", "中法联委会"]),
        # but China before a country's full name is another word, and China and a country own no government
        ("其中美国政府表示，中德政府磋商举行，中巴友谊医院开诊。", ["美国政府", "中巴友谊医院"]),
        # verbs of the sentence: 健全, 飞往; the Party and the state as a pair
        ("要健全国务院工作制度，航班飞往南宁吴圩国际机场，越南党和政府表示赞赏。", ["国务院", "南宁吴圩国际机场"]),
        # a word that starts at the last character of a body: 办好, 中心任务, 大学园, 央行票据
        ("支持哈萨克斯坦办好峰会，聚焦党和国家中心任务，滨海新区大学园开园，发行人民币央行票据。", []),
        # a kind of school before the suffix: no school's name
        ("他曾就读于一所原住民寄宿学校。", []),
        # 组织 after a city the segmenter's dictionary knows is the verb
        ("信阳市组织志愿者开展服务。", []),
        ("全国宣传部长会议在京召开。", []),
        ("代表们瞻仰了龙华烈士陵园。", ["龙华烈士陵园"]),
    ],
)
def test_bilateral_bodies_venues_and_words_that_only_look_like_bodies(text, wanted):
    assert bodies_in(text) == wanted


@pytest.mark.parametrize(
    "written, canonical_form",
    [
        ("中央委员会", "中共中央"),
        ("中华人民共和国中央军事委员会", "中央军委"),
        ("越南共产党中央委员会", "越共中央"),
        ("老挝人民革命党中央委员会", "老挝人革党中央"),
        ("朝鲜劳动党中央委员会", "朝鲜劳动党中央"),
        ("美国联邦储备委员会", "美联储"),
        ("国家杜马", "俄罗斯国家杜马"),
    ],
)
def test_central_committees_and_foreign_bodies_have_the_short_name_national_news_uses(written, canonical_form):
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical(written) == canonical_form


def test_organise_between_two_bodies_is_the_verb():
    assert bodies_in("江津区人大常委会组织区人大代表视察。") == ["江津区人大常委会", "区人大"]
    assert bodies_in("上海合作组织成员国领导人出席。") == ["上海合作组织"]


def test_the_centre_of_a_party_committees_work_is_no_body():
    """ "县委中心(工作)": the committee's central task; the committee itself is named."""
    assert bodies_in("围绕县委中心和全县发展大局履职，县委中心组学习。") == ["县委", "县委"]


@pytest.mark.parametrize(
    "written, canonical_form",
    [
        ("区法院", "区人民法院"),  # a paper of unknown region: the bare court keeps its formal name
        ("县检察院", "县人民检察院"),
        ("江津区政协办", "江津区政协办公室"),
        ("县委办", "县委办公室"),
        ("江津区人大常委会委员会", "江津区人大常委会"),
    ],
)
def test_courts_and_offices_have_one_canonical_name(written, canonical_form):
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical(written) == canonical_form


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("解放军和武警部队官兵代表出席大会。", []),  # the soldiers, not the forces as bodies
        ("广大武警官兵和消防队员连夜奋战。", []),
        ("中央和国家机关各部门、解放军各单位送了花圈。", []),
        ("中国人民解放军军乐团奏响国歌。", ["中国人民解放军军乐团"]),
        ("中国人民解放军南部战区新闻发言人表示。", ["中国人民解放军"]),
    ],
)
def test_the_armed_forces_named_as_their_soldiers_are_no_body(text, wanted):
    assert bodies_in(text) == wanted


def test_a_bare_cppcc_standing_committee_in_national_news_is_the_national_one():
    from kg.extract.bodies import regional_body_name

    lex = Lexicon.load()
    assert regional_body_name("政协常委会", "中国", lex) == "全国政协常委会"
    assert regional_body_name("政协全国委员会", "中国", lex) == "政协全国委员会"  # the alias table names it
    assert regional_body_name("政协常委会", "宜秀区", lex) == "政协常委会"


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a department of a ministry or national bureau names the ministry too; a company's 有限公司 is no department
        ("外交部领事司提醒海外公民注意安全。", ["外交部", "外交部领事司"]),
        ("国家疾控局传防司负责人介绍。", ["国家疾控局", "国家疾控局传防司"]),
        (
            "国家能源投资集团有限责任公司和中国石油天然气集团有限公司签约。",
            ["国家能源投资集团有限责任公司", "中国石油天然气集团有限公司"],
        ),
        ("苏丹武装部队总司令表示，伊朗司法部发布声明。", ["苏丹武装部队", "伊朗司法部"]),
        # foreign parties: a country and a name before 党; not a description of a party, not the Party's work
        ("阿根廷正义党和日本自民党发来贺信。", ["阿根廷正义党", "日本自民党"]),
        ("韩国最大在野党表示反对，英国执政党和智利各政党也发表看法。", []),
        ("德国社民党同中国共产党保持交流。", ["德国社民党", "中国共产党"]),
        # a permanent mission, and a country's one-character short form before it
        ("俄常驻联合国代表团方面称，中国常驻联合国代表团举行招待会。", ["俄常驻联合国代表团", "中国常驻联合国代表团"]),
        (
            "共青团中央、台盟和九三学社发出倡议，国务院研究室负责人介绍。",
            ["共青团中央", "台盟", "九三学社", "国务院研究室"],
        ),
        ("民进党当局和美国当局。", []),  # the authorities, no body named
        ("围绕市委中心任务，国家气象中心和省气象局发布预警。", ["市委", "国家气象中心", "省气象局"]),
    ],
)
def test_departments_foreign_parties_and_missions(text, wanted):
    assert bodies_in(text) == wanted


def test_a_permanent_mission_written_with_a_short_country_form_is_written_out():
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical("俄常驻联合国代表团") == "俄罗斯常驻联合国代表团"


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("中国人民政治协商会议第八届全国委员会副主席出席。", ["中国人民政治协商会议第八届全国委员会"]),
        ("核问题全面协议会谈暂停，智利新政府成立，据伊朗官方通讯社报道。", []),
        ("各项目的国际协会和多个气象站，南部最大医院停止运作。", []),
        ("香港特区政府采纳中央援港防控专家组意见。", ["香港特区政府", "中央援港防控专家组"]),
        ("部署中央和国家机关党组织工作，金砖国家疫苗研发中心启动。", []),
        ("铁路局紧急组织抢险，吉林长春组织环卫工人除雪。", []),
        ("当地农业科学研究所和广东某新材料科技有限公司合作。", []),
        ("对外经济贸易大学教授出席，全国党委秘书长会议召开。", ["对外经济贸易大学"]),
        ("中国—中亚实业家委员会成立，中国—中亚峰会举行。", ["中国—中亚实业家委员会"]),
        ("国新办举行发布会。", ["国新办"]),
    ],
)
def test_described_bodies_verbs_and_bilateral_names_with_a_dash(text, wanted):
    assert bodies_in(text) == wanted


def test_the_state_written_twice_is_the_national_body():
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical("中国国家发展改革委") == "国家发展改革委"


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("记者从国家邮政局获悉，市民政局和区财政局发文，英国政局动荡。", ["国家邮政局", "市民政局", "区财政局"]),
        ("美国内政部和俄罗斯紧急情况部发布消息，菲律宾国内局势平稳。", ["美国内政部", "俄罗斯紧急情况部"]),
        ("军事科学院军事法制研究院发布报告。", ["军事科学院军事法制研究院"]),
        ("伊朗外交部南亚总司负责人表示。", ["伊朗外交部", "伊朗外交部南亚总司"]),
        ("美国电动车制造商特斯拉公司和强生公司旗下阿比奥梅德公司。", ["特斯拉公司", "强生公司", "阿比奥梅德公司"]),
        ("中国国际友好大会暨中国人民对外友好协会成立纪念活动。", ["中国人民对外友好协会"]),
        ("各国呼吁联合国人权理事会关注，巴西担任二十国集团主席国。", ["联合国人权理事会", "二十国集团"]),
        ("遵守联合国宪章宗旨，落实联合国2030年可持续发展议程。", []),
        ("我国酒泉卫星发射中心成功发射。", ["酒泉卫星发射中心"]),
    ],
)
def test_offices_that_end_like_words_and_words_that_end_names(text, wanted):
    assert bodies_in(text) == wanted


def test_companies_listed_by_their_short_names_among_places_visited():
    found = bodies_in("调研组先后走访了标准化厂房、迈思龙科技、瑞嘉禾家居、金岭鑫包装等企业。")
    assert found == ["迈思龙科技", "瑞嘉禾家居", "金岭鑫包装"]
    # trades and industries in a list are no companies
    assert bodies_in("发展新能源新材料、锂电池新材料、生物科技等产业。") == []


def test_a_province_before_a_station_or_an_airport_is_where_it_is():
    from kg.graph.resolve import default_aliases

    aliases = default_aliases()
    assert aliases.canonical("湖北汉口火车站") == "汉口火车站"
    assert aliases.canonical("广西南宁吴圩国际机场") == "南宁吴圩国际机场"
    assert aliases.canonical("安徽东方新材料有限公司") == "安徽东方新材料有限公司"  # a company keeps it


def test_the_outlet_a_report_is_credited_to_is_a_media_body():
    text = "县人大召开会议\n江源融媒讯（记者 王某 通讯员 李某）3月2日，县人大常委会召开会议。\n本报讯（记者 张某）"
    assert bodies_in(text) == ["县人大", "江源融媒", "县人大常委会"]


def test_departments_listed_after_their_owner_are_the_owners_and_bare_prefixes_are_expanded():
    from kg.extract.bodies import article_bodies

    lex = Lexicon.load()
    text = "县政府办、公安局、财政局、人行、信用联社负责人，三河镇、五里镇负责同志参加。市委、镇政府也派员出席。"
    office = text.index("县政府办")
    city, town = text.index("市委"), text.index("镇政府")
    rules_bodies = [(office, office + 4, "紫阳县政府办公室"), (city, city + 2, "市委"), (town, town + 3, "镇政府")]
    names = [name for _, _, name in article_bodies(text, rules_bodies, "紫阳县", lex)]
    assert names == ["紫阳县政府办公室", "紫阳县公安局", "紫阳县财政局", "紫阳县人行", "紫阳县信用联社", "安康市委"]


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("苏丹武装部队和快速支援部队交火，派出部队救灾。", ["苏丹武装部队", "快速支援部队"]),
        ("来到了石门村。石门村党支部书记介绍，全村党员参加。", ["石门村党支部"]),
        ("联合国粮农组织经济与社会发展部首席经济学家表示。", ["联合国粮农组织", "联合国粮农组织经济与社会发展部"]),
        (
            "经中国证监会批准，上交所、深交所发布通知，农业银行和国家管网表示支持。",
            ["中国证监会", "上交所", "深交所", "农业银行", "国家管网"],
        ),
        ("会见阿曼协商会议主席，利比亚国民代表大会方面称。", ["阿曼协商会议", "利比亚国民代表大会"]),
        ("黄河博物馆新馆开馆，全球博物馆数量增加，大家参观博物馆。", ["黄河博物馆"]),
        ("武警北京总队官兵和伊朗伊斯兰革命卫队。", ["武警北京总队", "伊朗伊斯兰革命卫队"]),
    ],
)
def test_armed_forces_village_branches_exchanges_and_museums(text, wanted):
    assert bodies_in(text) == wanted


@pytest.mark.parametrize(
    "written, canonical_form",
    [
        ("石油输出国组织", "欧佩克"),
        ("亚洲基础设施投资银行", "亚投行"),
        ("上海证券交易所", "上交所"),
        ("中国农业银行", "农业银行"),
        ("俄国家杜马", "俄罗斯国家杜马"),
    ],
)
def test_exchanges_banks_and_international_bodies_have_one_name(written, canonical_form):
    from kg.graph.resolve import default_aliases

    assert default_aliases().canonical(written) == canonical_form


def test_olympic_venues_and_sentry_posts_are_no_bodies():
    assert bodies_in("比赛在国家越野滑雪中心和国家速滑馆进行，哨兵坚守执勤哨所。") == []


@pytest.mark.parametrize(
    ("name", "region", "wanted"),
    [
        ("县县委", "温县", "温县委"),  # "该县县委书记": this county's committee
        ("第十一届平阴县政协", "平阴县", "平阴县政协"),  # "政协第十一届平阴县委员会"
        ("第十四届全国人大", None, "全国人大"),
    ],
)
def test_a_term_or_a_level_said_twice_is_no_part_of_a_bodys_name(name, region, wanted):
    assert canonical(name, region) == wanted


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("民革北京市委会召开全体会议。", "民革北京市委会"),
        ("国务院安委会部署安全生产工作。", "国务院安委会"),
        ("中国奥委会主席出席。", "中国奥委会"),
    ],
)
def test_a_committee_written_with_hui_is_read_whole(text, body):
    assert body in bodies_in(text)


@pytest.mark.parametrize(
    "text", ["全区人大系统要深刻把握会议精神。", "推动新时代全区人大工作高质量发展。", "全市政协工作会议召开。"]
)
def test_the_sector_of_all_a_places_bodies_is_no_body(text):
    assert bodies_in(text) == []


def test_a_national_body_before_its_work_is_still_a_body():
    assert "全国人大常委会" in bodies_in("全国人大常委会工作报告获得通过。")


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("今年国家大剧院迎来建院十五周年。", "迎来"),
        ("北约悍然轰炸中国驻南联盟大使馆。", "轰炸"),
        ("上海建设国际金融中心取得新进展。", "上海建设"),
        ("广东组织宣讲团深入基层。", "广东组织"),
        ("北京市属行政企事业单位迁入副中心。", "迁入"),
        ("美国警方进入宾夕法尼亚大学。", "进入"),
    ],
)
def test_a_clause_that_runs_into_a_bodys_ending_is_no_body(text, clause):
    """A verb inside the run ("迎来", "轰炸", "迁入"), or a place doing something ("上海建设", "广东组织"), makes
    it a clause: whatever body it ends with is another's, or none."""
    assert not [b for b in bodies_in(text) if clause in b]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("新疆生产建设兵团召开会议。", "新疆生产建设兵团"),
        ("上海合作组织秘书处发表声明。", "上海合作组织秘书处"),
        ("中国建设银行股份有限公司发布年报。", "中国建设银行股份有限公司"),
        ("全国人大社会建设委员会举行会议。", "全国人大社会建设委员会"),
    ],
)
def test_a_body_named_for_what_it_builds_or_organises_keeps_its_name(text, body):
    assert body in bodies_in(text)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("英国北约均未作出回应。", "北约", "英国北约"),
        ("推动日本东盟伙伴关系发展。", "东盟", "日本东盟"),
        ("黎巴嫩真主党发表声明。", "黎巴嫩真主党", "真主党"),  # a movement's own country stays in its name
    ],
)
def test_a_country_written_before_an_international_body_is_another_party_not_its_owner(text, wanted, unwanted):
    found = bodies_in(text)
    assert wanted in found and unwanted not in found


def test_a_place_whose_deputies_sit_in_a_national_body_owns_no_such_body():
    assert bodies_in("他对广东、福建全国人大代表工作给予肯定。") == ["全国人大"]


def test_a_verb_of_taking_someone_somewhere_is_no_part_of_the_place_it_takes_them_to():
    assert bodies_in("伤员已被送往医院救治，另有两人转至医院观察。") == []


def test_a_special_region_whose_name_is_not_written_has_no_government_read_from_the_bare_words():
    assert bodies_in("全力支持行政长官和特别行政区政府依法施政。") == []


def test_a_countrys_own_national_body_stays_the_countrys():
    assert bodies_in("韩国全国渔业协会发表声明。") == ["韩国全国渔业协会"]


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        ("委内瑞拉政府指责时任哥伦比亚政府破坏两国关系。", "哥伦比亚政府", "委内瑞拉政府指责时任哥伦比亚政府"),
        ("教育部升级国家中小学智慧教育平台。", "教育部", "教育部升级国家中小学"),
        ("各方要充分发挥二十国集团的作用。", "二十国集团", "发挥二十国集团"),
        ("民调显示多数美国人不认可美国政府的做法。", "美国政府", "美国人不认可美国政府"),
    ],
)
def test_a_verb_or_adverb_of_the_sentence_is_no_part_of_a_body(text, wanted, unwanted):
    bodies = bodies_in(text)
    assert unwanted not in bodies
    assert any(b.endswith(wanted) for b in bodies)


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("省民政厅配合省教育厅开展检查。", ["省民政厅", "省教育厅"]),
        (
            "中共中央宣传部（国务院新闻办公室）会同中央党史和文献研究院编辑。",
            ["中共中央宣传部", "国务院新闻办公室", "中央党史和文献研究院"],
        ),
        ("美国媒体援引美国卫生部的数据。", ["美国卫生部"]),
        ("省水利厅协调省财政厅落实资金。", ["省水利厅", "省财政厅"]),
        ("国家林草局指导省林业局开展工作。", ["国家林草局", "省林业局"]),
        ("县应急局督导县交通局排查隐患。", ["县应急局", "县交通局"]),
        ("政府鼓励航空公司增开航班。", []),  # no body named, and no verb read as one
        ("石化进口商巴斯夫公司表示。", ["巴斯夫公司"]),
        ("巴黎著名景点卢浮宫博物馆迎来游客。", ["卢浮宫博物馆"]),
    ],
)
def test_a_verb_or_a_description_between_or_before_bodies_is_no_part_of_either(text, wanted):
    assert bodies_in(text) == wanted


@pytest.mark.parametrize(
    "name",
    [
        "联合国人道主义事务协调厅",
        "农业农村部农村合作经济指导司",
        "国务院教育督导委员会",
        "中巴高层协调与合作委员会",
        "全国文明城市创建办公室",
        "湖南省会同县粟裕希望小学",
        "全国高校思想政治工作指导委员会",
    ],
)
def test_offices_named_after_the_work_they_coordinate_guide_or_inspect_keep_their_names(name):
    found = bodies_in(f"{name}发布通知。")
    assert name in found and all(name.startswith(body) for body in found)  # its owner may be named too
