"""The rule layer: typed facts (positions, events, participations) from one recognised article.

A government news story introduces people as "BODY TITLE、TITLE NAME、NAME", then says what the group
did ("出席会议", "主持召开…会议", "列席", "带队调研"), and what they said ("王志指出").  The rules follow
that order: group the named persons of a sentence, read the trigger after the group (tables in
``kg/resources/roles.tsv``), bind it to the event phrase it governs or to the article's current event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from kg.extract import dates
from kg.extract.bodies import article_bodies, country_ending_at
from kg.extract.canon import canonical_body, canonical_event_name
from kg.extract.event_classes import (
    CITED_AFTER_RE,
    CLAUSE_END_RE,
    COUNTED,
    GROUP_SKIP_RE,
    ON_BEHALF_SKIP_RE,
    PLANNED,
    REACTION_TITLE_RE,
    RETROSPECTIVE_RE,
    VIDEO_MANNER,
    ClassHit,
    EventClass,
    chain_start,
    chained_hits,
    event_classes,
    event_headline,
    event_name,
    in_whose_name,
    match_group,
    quoted_paragraph,
    separate_hits,
    told_with_its_day,
    visit_of_the_subjects,
)
from kg.extract.lexicon import PLACE_LEVEL_SUFFIXES, Lexicon
from kg.extract.posts import (
    POST_VARIANTS,
    implied_body_written,
    normalise_post,
    positions_of,
    posts_by_address,
    posts_by_column,
    posts_by_count,
    posts_by_foreign_address,
    posts_by_members_address,
    posts_in_office,
    posts_revoked,
    posts_stated_as,
    posts_taken_up,
)
from kg.extract.recognise import TIMES_COUNTED, Ent, PersonMention
from kg.extract.sentences import sentence_index, split_sentences
from kg.extract.tokenizer import doc_text

# What a list of people may carry between two of its names before a comma: "习近平、李克强等党和国家领导人，
# 国际奥委会主席巴赫出席" (its descriptor), "汪永清代表全国政协，万鄂湘代表民革中央，…" (each on behalf of a body)
LIST_DESCRIPTOR = r"等(?:党和国家领导人|中央领导同志|领导同志|老同志)|代表[^，。；、]{2,30}?"
GROUP_GAP_RE = re.compile(
    r"^(?:、|，|,|和|及|与|以及|[，,]以及|；|(?:和|及|偕)夫人"
    # "…总理戈洛夫琴科和中国驻白俄罗斯大使谢小用": the home country before an envoy's 驻
    r"|[、，,和及与](?:中国驻|驻|中国)"
    # "区长李湛，区领导尚红伟、梁显学…": leaders named by a collective descriptor go on the same list
    r"|[，,、](?:[省市区县州旗乡镇]|自治[区州县])?(?:领导|领导同志|负责同志)"
    r"|(?:" + LIST_DESCRIPTOR + r")[，,])?$"
)
# Between two listed persons: a comma, then words of the next one's offices that the recogniser did
# not link to the title before the name (no verb, no preposition, no clause break).
OFFICE_GAP_RE = re.compile(
    # "、行政会议非官守议员召集人陈智思": 会议 inside a body's name, not the meeting a clause opens with; a verb
    # ("，再度邀请…主席布尔汉") makes the next name its object, not one more of the list; a quoted name is part
    # of a body's ("，哈萨克斯坦“阿玛纳特”党主席科沙诺夫")
    r"^[，,、](?!会议)(?:(?!出席|主持|参加|列席|表示|指出|强调|要求|讲话|发言|召开|举行|邀请|会见|会晤|再度|再次)"
    r"(?:“[^“”，。；：:]{1,12}”|[^，。；：:“”在对向为就是的了和与及等同]))"
    r"{1,24}$"
)
JOINED_OFFICE_GAP_RE = re.compile(
    r"^[和与及](?:(?!出席|主持|参加|列席|表示|指出|强调|要求|讲话|发言|会议|召开|举行|会见|会谈)"
    r"[^，。；：:“”在对向为就是的了和与及等同]){3,16}$"
)
#: what cites a leader's thought or words by his name, never him in person: "学习贯彻习近平新时代…思想"
CITING_VERB_BEFORE_RE = re.compile(r"(?:学习|贯彻|落实|领会)$")
ENVOY_OF_RE = re.compile(r"(?:主席|总书记|总统|总理|国王|首相)?的?(?:特别代表|特使)")
LEADERS_DESCRIPTOR_RE = re.compile(r"(?:" + LIST_DESCRIPTOR + r")(?=[，,])")
DESCRIPTOR_END_RE = re.compile(r"(?:代表|人士|委员|成员|负责人|负责同志|专家|学者|院士|调研员|巡视员|人选)$")
AFTER_GROUP_SKIP_RE = re.compile(
    r"(?:等人|等同志|等|同志|分别|先后|相继|依次|也|还|首先|随后|最后|共同|一起|均|都|应邀|一同(?=参加|出席)|总书记"
    r"|" + VIDEO_MANNER +
    r"|副?(?:委员长|总统|总理|主席)"  # "艾力更·依明巴海副委员长主持会议"
    r"|常委(?!会)|委员(?![会长])"  # "马建堂常委发言提出", "陈萌山委员发言建议": the member's title after his name
    # "…韩正等党和国家领导人出席会议", "…等区四套班子领导参加", "…到现场监誓"
    r"|(?:党和国家|中央|省|市|县|区)?(?:四套班子|四大班子|班子)?领导(?:人|同志|干部)?|老同志|负责同志|(?:到|在)现场"
    r"|专家学者|专家|学者|企业家|嘉宾"  # "杨志勇、管涛等专家和…负责人发了言": who they are, then the verb
    # "…艾伦等美方代表在发言中感谢…", "…等外方代表先后致辞": the side they spoke for, then the verb
    # "…周黎等获奖代表在会上作了发言": who they spoke for or as, then the verb
    r"|[^，。；、]{1,4}?方代表(?=在|先后|分别|相继|发言|致辞|表示)|(?<=等)[^，。；、]{1,4}?代表(?=在|先后|分别|相继|发言|致辞)"
    r"|[\d一二三四五六七八九十]{1,3}[位名](?:[^，。；、]{0,10}?(?:代表|委员|常委|同志|嘉宾|成员))?[，,]?|就[^。；]{1,80}?问题(?=发言|作了?发言)"
    # "王勇、周强围绕学习贯彻…精神作了发言", "…同志结合分管领域的工作作了发言"
    r"|(?:围绕|结合|就)[^。；]{1,80}?(?=(?:作了?|进行了?)?(?:交流|书面|大会|专题)?发言|回答了?(?:记者)?的?(?:提问|问题))"
    # "…分别结合自己的亲身经历，生动讲述了…": what they drew on, then the verb
    r"|结合[^。；，]{1,30}[，,]?(?:生动|深情|详细)?(?=讲述|分享|介绍)"
    r"|对[^，。；]{1,20}?(?=作了?(?:工作)?(?:部署|布置))"  # "李克强对明年经济工作作了部署"
    # "李希代表党中央致词", "万立骏代表全国人大华侨委员会、…和中国侨联致贺词", "万钢代表…中央委员会作工作报告"
    r"|代表[^，。；、]{2,16}?(?=致[辞词]|讲话|发言|致贺词|发表|宣读)"
    r"|代表[^，。；]{2,48}?(?:向(?:大会|会议|全会|论坛))?(?=致贺词|致[辞词][，。；]|作(?:了)?[^，。；]{0,16}?报告)"
    r"|(?:和|及|以及)[^，。、；]{0,10}?(?:成员|代表|委员|负责同志|负责人|人员|队员|干部|专家|职工)"
    # "…邓鸿森以及来自各国的政要、工商、学术、媒体等各界代表约1500人出席": a crowd counted, not named
    r"|(?:以及|及|和)[^，。；]{0,40}?(?:代表|嘉宾|人士|政要|来宾)(?:等)?(?:共|约|近|逾|超过)?"
    r"[\d一二三四五六七八九十百千万余多]{1,8}(?:人|名|位)"
    # "李干杰、李书磊，中共中央、国务院有关部门负责人出席", "…，各乡镇联络组长和县政协专委会主任，县政协办
    # 主要负责人等参加会议": others named only by their office share the verb
    r"|(?:本次|这次)?(?:大会|会议)?(?:执行主席|主席团(?:常务委员会)?成员|主席团常务主席)"
    # "…等党和国家领导人，同3000多名观众一起观看演出": with whom they did it, then the verb
    r"|(?:(?<=领导人)[，,])?(?:同|与(?!会)|和)[^，。；]{2,20}?(?:一起|一道|共同)(?!体)"
    r"|[，,、和及][^，。；]{0,40}(?:负责同志|负责人|主要负责人|组长|成员|代表|委员|人员|干部|党员|主任|局长|书记"
    r"|主席|部长|校长|院长|站长|所长|行长|经理)(?:们)?)*"
)
DISTRIBUTED_AFTER_COMMA_RE = re.compile(r"[，,](?:先后|分别|相继|依次)")
QUOTED_TITLE_RE = re.compile(r"(?:等人|等同志|等|同志|分别|先后|也|还)*(?:总书记|委员长|总统|总理|主席)")
DATE_SKIP_RE = re.compile(
    r"(?:当地时间|北京时间)?(?:" + dates.DAY + "|" + dates.RELATIVE_DAY + r")(?:（[^）]{1,10}）)?"
    + dates.DAY_PART
    + "?"
)
#: "丁薛祥7日上午分别参加…", "李克强12日以视频方式在…对话会上发表致辞": after the day, how they took part
ADVERBS_AFTER_DAY_RE = re.compile(r"(?:分别|先后|相继|依次|也|还|又|一同(?=参加|出席)|共同|一起|" + VIDEO_MANNER + ")*")
# 就 before a matter ("就…局势召开会议") is "about"; before these it is the adverb "then, just" ("就是", "就要")
ADVERB_JIU_BEFORE = tuple("是要会能可已得像在来去到不没很都") + ("这样", "开始")
FIRST_PERSON_WITH_RE = re.compile(r"(?:我|我们)(?:同|和|与|跟)$")
WENT_TO_RE = re.compile(r"(?:到|赴|来到|前往)(?=[^，。；]{2,40}?(?:参加|出席|列席))")
OCCASION_END_RE = re.compile(r"上|中|时|期间|后")
OCCASION_BREAK_RE = re.compile(r"[，。；：、]")
OCCASION_VERB_RE = re.compile(r"参加|出席|主持")
SAID_THERE_RE = re.compile(r"(?:时|期间)(?:指出|强调|说|表示)")
CHAIN_RE = re.compile(r"(?:(?:会议|仪式|活动)?并|，并|、|和|后)")
SPEECH_LATER_RE = re.compile(
    r"(?:时|后|并)(?:再次|还|也|又)?(?:说|表示|指出|强调|重申|讲话|致辞|致贺词|发言)"
    r"|并(?:发表|作)(?:了)?[^。；]{0,30}?(?:讲话|致辞|演讲|报告)"
    r"|并代表[^，。；]{2,30}?(?:致辞|致贺词|讲话|发言)"  # "出席开幕会并代表中共中央致贺词"
    # "出席开幕式并宣布本届冬奥会开幕", "出席开幕式宣布开幕": who opens it speaks (guidelines v2: 宣布 → speaker)
    r"|(?:时|后|并|(?<=式))宣布[^，。；]{0,20}?(?:开幕|闭幕|开工|开通|启动|开营|开赛|开业)"
)
# "出席全国安全生产电视电话会议，强调要…", "视察了…孔子学院，希望双方…": the one subject goes on to speak (a
# group's "，希望…" is the story's summary of them all, not a speech)
ZERO_SUBJECT_SPEECH_RE = re.compile(r"[，,](?:并)?(?:再次|还|也|又)?(?:强调|指出|希望)(?![的了])")
# the end of a clause in either width: local-government sites write "," as often as "，"
CLAUSE_BOUNDARY_RE = re.compile(r"[，,。；;！？!?]")
# "陪同习近平出访的有：…": who goes with a leader on a visit is on it
ATTENDANCE_VERBS = r"(?P<verb>出席|参加|列席|就座|陪同(?=[^。；]{1,12}?出访))"
# (the list may open on the leader's wife, named by him: "…出访的有：习近平主席夫人彭丽媛，…")
LEFT_ATTENDEE_RE = re.compile(
    ATTENDANCE_VERBS + r"[^。；]{0,16}?(?:的)?(?:领导|同志|嘉宾|人员)*(?:还有|有)[：:]?(?:[^，。；：]{1,8}?夫人)?$"
)
# "…担任大会执行主席，并在主席台前排就座。他们是：赵乐际、李鸿忠…": the list names those the sentence before
# said took part
# who is handed something in person, and the officers a promotion ceremony promotes: they are at it
# (the group's chain may open with a body its title start leaves out: "…的|南部战区|政治委员王文全")
RECIPIENT_LEFT_RE = re.compile(r"向[^，。；：向]{0,40}$")
# the one a speech verb is addressed to, right after 向 in its clause ("向阮富仲遗孀吴氏敏转达"),
# not the speaker of "向大会作报告的X"
ADDRESSEE_LEFT_RE = re.compile(r"向[^，。；：向的]{0,12}$")
HANDED_RE = re.compile(r"(?:等|同志)?(?:颁发|颁授|授予)")
PROMOTED_LEFT_RE = re.compile(r"晋升[^，。；]{0,16}?的(?:军官|警官)+(?:是|有)[：:][^，。；、：]{0,12}$")
THEY_ARE_RE = re.compile(r"(?:他们|她们)(?:分别|依次)?是[：:]$")
THEY_DID_RE = re.compile(ATTENDANCE_VERBS)
HAPPENED_BEFORE_RE = re.compile(
    r"(?:主持召开|主持举行|召开|举行的|举行了|举行|举办的|举办了|举办|开展|组织了|组织|推出|出席|参加|列席|观看|进行|作"
    r"|(?:正式|联合|共同)?启动)(?:了|的|完)?$"
    r"|(?:出席|参加|列席)(?:了)?(?:他|她|其)所在的$"  # "参加他所在的…代表团审议": the delegation he is one of
)
HAPPENED_AFTER_RE = re.compile(
    # "…火炬传递第五站在四川宜宾学院举行": a stage of a relay or a tour, held that day
    r"^[”」』]?(?:结果|名单|评选结果|第[一二三四五六七八九十\d]{1,3}站)?"
    r"(?:[，,]?于?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[至—－-](?:\d{1,2}月)?\d{1,2}日)?"
    r"|[，,]?(?:当日|当天|今天|今日|今晚|昨天|昨日|昨晚))?"
    r"(?:（[^）]{1,12}）)?(?:上午|下午|晚上|晚)?"
    # "…今天继续举行", "…以视频会议方式举行": a sitting of the day, one held online
    r"(?:在[^，。；]{1,20}?)?(?:以[^，。；]{1,8}?方式)?(?:隆重|正式|成功|继续)?"
    r"(?:召开|举行|开幕|闭幕|启动|开启|举办|开班|开讲|揭晓|结束|(?<=继续)进行)"
    r"|^上(?:作证|发言|作报告)"
)
PLANNED_RE = re.compile(PLANNED)
JOINED_ACTIVITY_RE = re.compile(r"[^，。；]{0,4}?并(?:开展|举行|组织|进行)(?:了)?")
ATTENDING_RE = re.compile(r"(?:出席|参加|列席)$")
# "出席X的…总统", "参加X新闻报道的媒体": X names who someone is; "出席会议的领导还有：" lists who was there
RELATIVE_AFTER_RE = re.compile(
    r"(?:并[^，。；的]{1,16}|新闻报道|报道工作)?的(?!(?:领导|同志|嘉宾|人员|有关负责同志|负责同志)*(?:还有|有)[：:]?)"
)
# what a speaker said, from the verb that opens it: the events named there are recalled, not reported
SPOKEN_RE = re.compile(r"(?:指出|强调|表示|说|认为)[，,：:]")
RESULTS_RE = re.compile(r"[”」』]?(?:的)?(?:结果|名单|评选结果|获奖名单)[^，。；]{0,16}?(?:揭晓|公布)")
# "连续三年召开…", "两次就中华文明探源工程主持召开…", "多次赴东北考察调研，并主持召开…": a practice or a
# count of occasions, not one event
HABITUAL_RE = re.compile(
    r"(?:连续|每年|每季度|每月|每周|定期|多次|累计|历届|常态化|(?<![第这那每])[两三四五六七八九十]次)"
    r"(?:就[^，。；]{1,20}?|[^。；]{1,24}?[，,]并)?[^，。；]{0,4}(?:主持)?(?:召开|举办|举行|开展|组织)(?:了)?$"
)
COUNTED_BEFORE_RE = re.compile(COUNTED)
COUNTED_AFTER_RE = re.compile(r"了?(?:" + TIMES_COUNTED + ")")
# "祝贺习近平当选…", "邀请布尔汉举行…", "巴赫请韩正转达…": the object of the verb
OBJECT_MARKER_RE = re.compile(r"(?:[为向给对请]|祝贺|庆贺|恭贺|邀请)$")
# "受习近平总书记和中共中央委派，": the principal who sends someone, closed by the verb of sending and a comma
PRINCIPAL_AFTER_RE = re.compile(r"[^，。；]{0,16}?(?:委派|委托|指派|派遣|邀请|之邀)[，,]")
MANNER_RE = re.compile(r"等(?:多种|各种|系列)?(?:形式|方式)")
WEAK_HAPPENED_RE = re.compile(r"(?:开展|组织了|组织|推出|举办的|举办了|举办|作)(?:了|的)?$")
#: the sentence opens on a hosted event as the occasion of what it tells: "在中国驻瑞典使馆举办的国庆招待会上，
#: 来宾们…" (an opening time clause may come first)
OCCASION_OPENING_RE = re.compile(r"(?:[^，。；]{1,16}[，,])?在?[^，。；在]{2,40}?的")
OCCASION_CLOSING_RE = re.compile(r"上[，,]")
#: "记者今天（2月22日）从国家知识产权局例行新闻发布会上获悉", "记者从今天（9月5日）商务部专题新闻发布会上了解到":
#: the briefing the news was heard at, held that day (but not "从博鳌亚洲论坛秘书处了解到": a body told it)
HEARD_THAT_DAY_RE = re.compile(
    r"(?:(?:今天|今日|当天|当日|\d{1,2}日|日）)从|从(?:今天|今日|昨天)(?:（[^）]{1,12}）)?)$"
)
#: "2023北京文化论坛以…为年度主题，由中宣部…共同主办，当日在北京开幕": held on the day a later clause of its
#: sentence tells
HELD_THAT_DAY_RE = re.compile(
    r"[，,](?:并|于)?(?:当日|当天|今天|今日|\d{1,2}日)(?:上午|下午|晚上)?(?:在[^，。；]{1,20}?)?"
    r"(?:隆重|正式)?(?:开幕|召开|举行|举办|闭幕)"
)
#: what a meeting that is its clause's subject did on a day, so met then: "北约国防部长会议16日也承诺…", "欧盟外长
#: 会16日没能就…达成一致", "…峰会16日发表宣言"
DID_THAT_DAY_RE = re.compile(
    r"(?:\d{1,2}日|当天|当日|今天|今日|昨天)(?:（[^）]{1,12}）)?(?:也|还|再次|一致)?"
    r"(?:发表|通过|承诺|决定|同意|批准|达成|宣布|未能|没能|呼吁|重申|表决)"
)
#: embassies listed by their countries before what each of them held: "中国驻沙特、澳大利亚、日本等国使馆也举行了"
EMBASSIES_LISTED_RE = re.compile(
    r"中国驻(?P<countries>[^，。；等]{2,80}?)等国?(?:大使馆|使馆|使领馆)(?:也|还|均|分别|近日|日前|相继|纷纷)*"
    r"(?:举办|举行|组织)(?:了)?$"
)
CUT_OFF_RE = re.compile(r"(?:截至|截止|截止到)$")
#: a briefing told as the one that said what follows: "西藏…新闻发布会介绍，", "生态环境部例行新闻发布会发布了《…》"
BRIEFING_HEAD_RE = re.compile(r"(?:发布会|记者会|吹风会)$")
BRIEFING_TOLD_RE = re.compile(r"上?(?:介绍|通报|发布|宣布|透露)")
WISH_RE = re.compile(r"期待|期盼|盼望|希望")
FUTURE_RE = re.compile(r"(?:将|将于|即将|拟|拟于|计划|准备)$")


def _wished(text: str, sent_start: int, at: int) -> bool:
    """Does the clause that ``at`` stands in wish for what follows ("期待习近平主席出席…")?"""
    return bool(WISH_RE.search(text, max(sent_start, text.rfind("，", sent_start, at) + 1), at))
ORGANIZER_RE = re.compile(r"由(?P<orgs>[^，。；]{2,80}?)(?:共同|联合)?(?:主办|举办|承办|组织|开展|发起)")
ORDINAL_RE = re.compile(r"第([一二三四五六七八九十百零〇\d]+)次")
TERM_RE = re.compile(r"第?([一二三四五六七八九十\d]+)届")
LOCATION_RE = re.compile(r"在(?P<loc>[^，。；在]{2,20}?)(?:召开|举行|开幕|闭幕|调研|考察|视察|开展)")
# the guests of a summit or state visit named together: "中亚五国元首", "各国领导人", "中亚国家元首夫妇",
# "同贵宾们共同观看"
HEADS_RE = re.compile(r"(?:[一二两三四五六七八九十]|\d{1,2})国(?:元首|领导人)|各国(?:元首|领导人)|国家元首|贵宾们")
HEAD_OF_STATE_TITLES = frozenset({"总统", "国王", "女王", "总理", "首相", "埃米尔", "苏丹", "国家主席", "主席"})


def _foreign_heads(positions, lex: Lexicon) -> list[PersonMention]:
    """The persons of an article who hold a head of state's or government's post of a foreign country."""
    heads: dict[str, PersonMention] = {}
    for m, title, body in positions:
        if title in HEAD_OF_STATE_TITLES and body and lex.places.get(body, ("",))[0] == "country" and body != "中国":
            heads.setdefault(m.name, m)
    return list(heads.values())


# role words that belong to one kind of event: who 监誓 attends the oath (宣誓) the story told
ROLE_OWN_EVENT = {"监誓": "宣誓"}
SPOKEN_THERE_RE = re.compile(r"在[^，。；]{1,30}?上(?:讲话|致辞|发言|作报告)")
ARRIVAL_CLASSES = frozenset({"arrival", "airport_welcome"})
INVITED_RE = re.compile(r"应邀|将")
MET_THEN_RE = re.compile(r"(?:了)?(?P<verb>会见|会谈|会晤)并")
NAMED_BY_VERB_RE = re.compile(r"(?:了)?(会见|会谈|会晤|调研|考察|视察|看望|慰问)(?:活动)?[。；，]")
SUB_OCCASION_RE = re.compile(
    r"\s*在(?:随后|随即|当天|当日|之后|其间|期间)?(?:召开|举行)的(?P<event>[^，。；]{2,20}?)(?:上|中)[，,]"
)
SUB_EVENT_JOIN_RE = re.compile(
    r"(?:\d{1,2}日)?(?:上午|下午|晚上)?(?:在[^，。；]{1,16}?)?(?:举行|召开)(?:了)?(?:第[一二三四五六七八九十\d]+次)?"
)
SUB_EVENT_RE = re.compile(r"预备会议|主席团|全体会议|开幕会|闭幕会|大会$|分组讨论|联组会议|选举会议")
CLOSING_RE = re.compile(r"[^，。；]{0,16}?(?:圆满|胜利)?(?:闭幕|落幕|结束)")
CLOSINGS = ("闭幕会", "闭幕式")  # the generic nouns a story calls the closing of an event it says closed
#: the parts of an event a story names by a generic noun and later names again the same way
OPENINGS_AND_CLOSINGS = frozenset({*CLOSINGS, "开幕会", "开幕式"})
OCCASION_VERB = r"(?:召开|举行|开幕|举办)?"
# "…峰会前夕": an event that only dates what was done before it; "…之际" (during it) dates the story too
EVE_OF_RE = re.compile(r"[^，。；]{0,8}?" + OCCASION_VERB + "前夕")
ON_THE_EVE_RE = re.compile(r"[^，。；]{1,30}?" + OCCASION_VERB + "前夕[，,]")
OCCASION_ONLY_RE = re.compile(r"[^，。；]{0,8}?" + OCCASION_VERB + "(?:之际|前夕)")
# "审议了关于召开十四届全国人大一次会议的决定草案": the subject of a document, not a report of the event
DOCUMENT_SUBJECT_RE = re.compile(r"关于(?:召开|举行|举办)$")
REPORT_ON_RE = re.compile(r"[^，。；]{0,40}?的(?:报告|汇报|说明|议案)")
CASE_REPORTED_RE = re.compile(r"[^，。；]{0,20}?情况的(?:书面)?(?:报告|汇报)")
# "结束出席金砖国家领导人…会晤", "结束出席上海合作组织|成员国…会议": the ent may start past its body
ATTENDED_BY_SPEAKERS = frozenset({"meeting_with"})
DECIDED_RE = re.compile(r"(?:决定|建议|提议)[，,：:]?$")
FINISHED_RE = re.compile(r"结束(?:出席|参加)[^，。；、出参]{0,12}$")
# "结束出席东亚合作领导人系列会议并对印度尼西亚进行正式访问、出席…峰会后": a later item of what the trip ended
FINISHED_ITEM_RE = re.compile(r"结束(?:[^，。；]|[，,](?=并)){2,80}?(?:和|并|、)(?:出席|参加)[^，。；、出参]{0,12}$")
FINISHED_ITEM_END_RE = re.compile(r"(?:[^，。；]|[，,](?=并)){0,80}?(?:后|之后)")
# messages sent from afar; an instruction (作出重要指示, 批示) is written, not spoken at the meeting it reaches
LETTER_RE = re.compile(
    r"致电|致函|贺电|贺函|贺信|致信|复信|回信|慰问电|唁电|通电话|作出(?:重要)?(?:指示|批示)|书面(?:演讲|致辞|讲话)"
)
ALL_ABOVE_RE = re.compile(
    # "参加上述有关活动", "陪同分别参加上述有关活动"
    r"(?:(?:分别)?(?:参加|出席))?(?:了)?(?:(?:上述|以上|有关)+(?:活动|会见|会谈|仪式|会议)"
    # "参加会议和活动": each of the kinds the story has told, so every event it reported
    r"|(?:会议|活动|仪式|会见|会谈|调研|座谈)(?:(?:和|及|与|、)(?:会议|活动|仪式|会见|会谈|调研|座谈))+)"
)
HOSTED_BY_RE = re.compile(r"[^，。；]{0,30}?(?:共同|联合)?(?:主办|举办|承办|开展)的")
AWARD_CEREMONY_RE = re.compile(r"颁授|授勋|授予|颁奖|颁发")
MOURNING_CLASSES = frozenset({"condolence", "wreath"})
RELATIVES_CONSOLED_RE = re.compile(r"慰问[^，。；]{0,8}?(?:亲属|家属|遗属)")
FUNERAL_RE = re.compile(r"遗体|火化|告别|追悼|送别")
COMMEMORATION_RE = re.compile(r"纪念|公祭|悼念|祭奠|追思|缅怀")
PURPOSE_RE = re.compile(r"[，,](?:隆重)?纪念(?P<what>[^，。；]{2,60}?(?:周年|诞辰|纪念日))(?=[。；，])")
NOUN_SUFFIXES = frozenset("员组室处科团")
RECENT_EVENTS = 40  # how far back a story's later wording of an event is looked for
# what is said only from the floor of a meeting, never from afar, whoever says it: a speech ("先后发言"; a
# written one, 书面发言, may be sent), or a report or explanation made to it ("…第九次委员长会议，审议有关议题。
# 全国人大常委会秘书长刘奇作了汇报。")
FLOOR_SPEECH_RE = re.compile(
    r"(?:先后|依次|相继|分别)?(?:作|进行)?(?:了)?(?:交流|大会|专题|典型)?发言"
    r"|(?:受[^，。；]{2,12}?委托)?(?:向(?:会议|大会|全会))?作(?:了|的)?(?:[^，。；]{0,80}?)(?:报告|汇报|说明)"
)
JOINING_RE = re.compile(r"一同|一起|陪同")
# a sentence that goes on with the narrative ("随后，…", "…一行又来到…"), on the day last told
NARRATIVE_NEXT_RE = re.compile(r"随后|接着|之后|其后|此后|然后|又(?:来到|前往|到|赴)")
LEADER_RE = re.compile(
    r"带队|率团|率队|率领|带领|一行|率[^，。；]{1,16}?代表团|率有关部门|率[^，。；]{0,16}?(?:工作组|调研组|督导组|检查组|考察团)"
)
#: a person who sends his words: "习近平作出重要指示", "…发来贺信", "…致信祝贺"
SENT_WORDS_AFTER_RE = re.compile(
    r"[^，。；]{0,60}?(?:作出(?:重要)?(?:指示|批示)|发来(?:贺信|贺电)|致(?:信|电|函|贺信|贺电)|书面(?:演讲|致辞|讲话))"
)
PRONOUN_SPEECH_RE = re.compile(r"(?:他|她)(?:还|也|再次|同时)?(?:指出|强调|表示|说|要求)")
#: "双方表示", "两国元首一致同意": what both sides of talks said, at a clause's start
BOTH_SIDES_SPEECH_RE = re.compile(
    r"(?<=[，。；：\n])(?:双方|两国元首|两国领导人|两人)(?:还|都|均|也)?"
    r"(?:表示|认为|同意|强调|指出|重申|一致认为|一致同意|一致表示|高度评价)"
)
#: the event classes of talks between two sides (event_classes.tsv)
TWO_SIDED_HEADS = frozenset({"talks", "talks_with", "talks_alone", "talks_then_said", "meeting_with"})
INSPECTION_VERB_RE = re.compile(r"(?:调研|考察|视察|督导|检查|走访|看望|慰问|观摩)")
#: event classes of a guest's visit told by who the guest is ("会见来华…并访华的X", "会见到访的X")
GUEST_VISIT_CLASSES = frozenset({"visit_relative", "visit_arriving"})
VISIT_HEADS = frozenset({"state_visit", "visit_begun", "visit_plain", "visit_departed"})
#: the visits an arrival begins ("抵达…，对法国进行国事访问", "抵达…开始对…访问", "抵达…进行国事访问")
VISITS_ON_ARRIVAL = VISIT_HEADS | {"visit_on_arrival"}
CLASS_NAMES = frozenset(cls.name for cls in event_classes())
GENERIC_PREFIX_RE = re.compile(r"^(?:此次|本次|这次|该|上述|首场|本场|这场)?")
GENERIC_LIST_RE = re.compile(r"(?:(?:会议|活动|仪式|会见|会谈|调研|座谈)(?:和|及|与|、))+")
GENERIC_MODIFIER_RE = re.compile(
    r"(?:官方|特别|隆重|盛大|简短|庄严|正式|重要|紧急|专门|例行|首次|相关|有关|各类|各种|多场|系列|一系列|两场|三场|纪念|庆祝)+"
)


@dataclass(slots=True)
class EventDraft:
    name: str
    type: str
    start: int
    end: int
    sentence: int
    date: str | None = None
    end_date: str | None = None
    organizers: list[str] = field(default_factory=list)
    ordinal: str | None = None
    term: str | None = None
    location: str | None = None
    roles: list[tuple[PersonMention, str, int]] = field(default_factory=list)  # (mention, role, list_pos)
    head: str = ""
    from_title: bool = False
    speakers_attend: bool = False  # a headline 会见/会谈/调研: whoever the story quotes was there
    status: str = "held"
    role_keys: set[tuple[str, str]] = field(default_factory=set)  # (name, role) already recorded
    # the generic nouns the story has named it by ("李强出席闭幕式" of the games' story: 闭幕式)
    called: set[str] = field(default_factory=set)

    def add_role(self, mention: PersonMention, role: str, list_position: int | None) -> None:
        """Record a role once per person (a set, so that a 10,000-name list stays linear)."""
        if (mention.name, role) not in self.role_keys:
            self.role_keys.add((mention.name, role))
            self.roles.append((mention, role, list_position))

    def names(self) -> set[str]:
        return {name for name, _ in self.role_keys}


@dataclass(slots=True)
class ArticleAnalysis:
    """What the rules read from one article, in normalised-text offsets."""

    persons: list[PersonMention]
    positions: list[tuple[PersonMention, str, str | None]]
    events: list[EventDraft]
    bodies: list[tuple[int, int, str]]
    sentences: list[tuple[int, int]]


# ------------------------------------------------------------------------------------------ groups


COUPLE = "夫妇"


#: who acts on behalf of the person named after it: "，代表习近平…", "7日上午代表…"
ON_BEHALF_RE = re.compile(r"(?:[，,]|\d日|[上下]午|晚上?)代表$")


def _represented(text: str, m: PersonMention, mentions: list[PersonMention]) -> bool:
    """Whether another acts for this person here ("王沪宁代表习近平敬献花圈"): 代表 right after a comma, a time
    or another person's name; not a deputy's descriptor ("全国人大代表李华")."""
    if not text.endswith("代表", 0, m.start):
        return False
    return ON_BEHALF_RE.search(text, max(0, m.start - 6), m.start) is not None or any(
        p.end == m.start - 2 for p in mentions
    )


def _thought_cited(text: str, m: PersonMention) -> bool:
    """Whether the name cites a leader's thought or words ("学习贯彻习近平新时代…"), not him in person."""
    return CITING_VERB_BEFORE_RE.search(text, max(0, m.start - 4), m.start) is not None


def group_mentions(mentions: list[PersonMention], text: str, lex: Lexicon | None = None) -> list[list[PersonMention]]:
    """Persons introduced one after another ("A，B，C等出席") form one group that shares a trigger."""
    groups: list[list[PersonMention]] = []
    for m in mentions:
        if ENVOY_OF_RE.match(text, m.end):
            continue  # "习近平主席特别代表、国务委员谌贻琴出席": the one who sends an envoy is not there
        if _represented(text, m, mentions):
            continue  # "王沪宁代表习近平敬献花圈", "蔡奇7日上午，代表习近平总书记和党中央看望…": sent, not there
        if in_whose_name(text, m):
            continue  # "以习近平主席名义举行欢迎宴会": the host acts in his name, he is not there
        if _thought_cited(text, m):
            continue  # "中央学习贯彻习近平新时代…主题教育领导小组组长蔡奇出席": his thought, named in a title
        if groups:
            prev = groups[-1][-1]
            begin = m.start
            opened = m.intro and m.intro.links and m.intro.persons and m.intro.persons[0][0] == m.start
            if opened and not m.intro.told_before:  # "…。他们是：A、B": posts told before open no item
                first = m.intro.links[0]
                begin = min(m.start, first.body_start if first.body_start is not None else first.start)
            gap = text[prev.end : begin]
            if gap.startswith(COUPLE) and len(gap) > len(COUPLE):
                gap = gap[len(COUPLE) :]  # "总统鲁蓬夫妇、总理贾格纳特到…吊唁": the couple is an item of the list
            if lex is not None and gap[:1] in "，,、" and lex.place_re.fullmatch(gap[1:]):
                gap = gap[:1]  # "…处长徐胜，大足区副区长杨桦": a place before the next title
            titled = m.intro is not None and m.intro.links and begin < m.start
            # "、无党派人士代表朴世龙", "，县政府四级调研员马德进": a descriptor or a title right before the name
            described = DESCRIPTOR_END_RE.search(gap) is not None or (
                lex is not None and lex.title_ending_at(text, m.start, prev.end) is not None
            )
            # "…王岐山等党和国家领导人，国际残奥委会主席帕森斯出席": the list goes on past its descriptor
            leaders = LEADERS_DESCRIPTOR_RE.match(gap)
            lead = leaders.end() if leaders else 0
            if (titled or described) and OFFICE_GAP_RE.match(gap[lead:]):
                gap = gap[: lead + 1]  # "…秘书长万骏，县政协党组成员、办公室主任徐国民": more of the next one's offices
            elif titled and m.intro.links[0].unread and JOINED_OFFICE_GAP_RE.match(gap):
                gap = gap[:1]  # "执行主席黄强和国际大体联代理主席艾德分别致辞": a body no rule read, before the title
            elif lex is not None and gap.endswith(lex.person_descriptors) and JOINED_OFFICE_GAP_RE.match(gap):
                gap = gap[:1]  # "…航天员汤洪波、唐胜杰和神舟十八号航天员叶光富、李聪": who they are, before the names
            if begin >= prev.end and GROUP_GAP_RE.match(gap):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def roles_after(
    text: str, pos: int, clause_end: int, lex: Lexicon, *, several: bool = False
) -> tuple[list[tuple[str, str, int, int]], int]:
    """Roles triggered right after a group: [(role, strength, start, end)], and where reading stopped.

    ``several``: the group names more than one person, who may each have done it after a comma ("…第一书记
    阿东，…主任苗华，先后代表…致贺词"); after one person's name the comma opens the next one's description."""
    if several and DISTRIBUTED_AFTER_COMMA_RE.match(text, pos):
        pos += 1
    skipped = AFTER_GROUP_SKIP_RE.match(text, pos)
    # "习近平总书记强调": the leader's words cited; not "陈武围绕学习贯彻习近平总书记…精神作了发言"
    quoted = bool(QUOTED_TITLE_RE.match(skipped.group()))
    pos = skipped.end()
    if text.startswith(("，在", ",在"), pos) and skipped.group():
        pos += 1  # "…韩正等，在哀乐声中缓步来到…": the group's verb comes after an occasion
    if (behalf := ON_BEHALF_SKIP_RE.match(text, pos, clause_end)) is not None:
        pos = behalf.end()  # "王沪宁代表习近平出席…": what he does for the one he stands for
    if (dated := DATE_SKIP_RE.match(text, pos)) is not None:
        # "丁薛祥7日上午分别参加香港代表团、澳门代表团审议": the day, then how they did it, then the trigger
        pos = ADVERBS_AFTER_DAY_RE.match(text, dated.end()).end()
    starts = [pos]
    if (went := WENT_TO_RE.match(text, pos)) is not None:
        # "张启付、刘伟分别到农林水组参加政协分组讨论": where they went, then the trigger
        starts.extend(range(went.end() + 2, min(clause_end, went.end() + 42)))
    if text.startswith("在", pos):
        starts.append(pos + 1)
        # "在…参加欧盟峰会时表示" is read from 参加 on, below; an occasion may hold the characters that end one
        # ("在第八轮中日企业家和前高官对话会上发表致辞": 中 of 中日), so each end is tried, nearest first
        for end in OCCASION_END_RE.finditer(text, pos + 2, min(clause_end, pos + 26)):
            occasion = text[pos : end.end()]
            if OCCASION_BREAK_RE.search(occasion) or OCCASION_VERB_RE.search(occasion):
                break
            starts.append(end.end())
        # "在北京主持召开", "在福建福州、泉州考察": a short place, then the trigger
        starts.extend(range(pos + 2, min(clause_end, pos + 14)))
    if (addressed := ADDRESSED_TO_RE.match(text, pos)) is not None:
        starts.insert(0, addressed.end())  # "向…峰会开幕式发表视频致辞": the occasion addressed, then the verb
    if text.startswith("就", pos) and not text.startswith(ADVERB_JIU_BEFORE, pos + 1):
        # "普京12日就库尔斯克州局势召开会议", "王立新就防汛工作作出部署": the matter it was about, then the trigger
        starts.extend(range(pos + 3, min(clause_end, pos + 32)))
    for start in starts:
        if text.startswith("结束", start - 2):
            continue  # "在结束出席金砖国家领导人会晤…回到国内后，…听取…汇报": done before, not the report
        found = _trigger_chain(text, start, clause_end, lex)
        cited = re.search(r"时(?:指出|强调|说|表示)", text[start:clause_end])
        if found and quoted and (
            (cited and not told_with_its_day(text, start)) or all(strength == "speech" for _, strength, _, _ in found)
        ):
            # "习近平总书记强调…" cites what the leader has said, not a speech at this event
            return [], pos
        if found:
            said = SAID_THERE_RE.search(text, found[-1][3], clause_end)
            if said and not quoted and found[-1][1] == "event":
                # "马克龙在布鲁塞尔参加欧盟冬季峰会时表示": he attends, and speaks there
                found = [*found, ("speaker", "speech", said.start(), said.end())]
            return found, found[-1][3]
    return [], pos


def _trigger_chain(text: str, pos: int, clause_end: int, lex: Lexicon) -> list[tuple[str, str, int, int]]:
    found = []
    while pos < clause_end:
        for role, strength, pattern in lex.roles:
            m = pattern.match(text, pos)
            if m and m.end() <= clause_end:
                found.append((role, strength, m.start(), m.end()))
                pos = m.end()
                break
        else:
            break
        joiner = CHAIN_RE.match(text, pos)
        if not joiner:
            break
        pos = joiner.end()
    return found


# ------------------------------------------------------------------------------------------ events


def _is_generic(ent: Ent) -> bool:
    """An event noun that does not name one event: "会议", "此次仪式", "简短而庄严的仪式", "特别会议"."""
    core = GENERIC_PREFIX_RE.sub("", ent.text)
    if len(core) <= len(ent.data["head"]) + 1:
        return True
    modifier = core[: len(core) - len(ent.data["head"])]
    if GENERIC_LIST_RE.fullmatch(modifier):
        return True  # "参加会议和活动": the events in scope, named by their kinds
    described = re.search(r"的(?:一次|这次|那次)?(?:重要|重大|特别|历史性)?$", modifier)
    return bool(GENERIC_MODIFIER_RE.fullmatch(modifier)) or bool(
        described and not re.search(r"[《“「]|\d|第", modifier)
    )


# "…乘专机抵达里约热内卢，应…邀请，出席…", the headline's "习近平抵达曼谷出席…": why he came
ARRIVED_TO_ATTEND_RE = re.compile(r"抵达[^。；]{0,40}?[，,]?(?:应[^，。；]{1,30}?邀请[，,])?(?:将)?(?:出席|参加)$")


def _event_happened(text: str, ent: Ent, sent_start: int, *, lede: bool, organizer: bool = False) -> bool:
    if ent.data.get("reported"):
        return True  # a pattern that only a report of the event fits ("…同志的遗体…火化")
    before = text[max(sent_start, ent.start - 8) : ent.start]
    if PLANNED_RE.search(text, sent_start, ent.start) or MANNER_RE.match(text, ent.end):
        return False  # "将于4月10日举行开幕式等活动", "通过举行招待会等多种形式"
    if HABITUAL_RE.search(text, max(sent_start, ent.start - 36), ent.start):
        return False  # "连续三年召开民营经济大会": a practice, not one event
    if RETROSPECTIVE_RE.match(text, sent_start):
        return False  # "两周前，中国共产党二十届三中全会成功召开": recalled, not reported
    if ARRIVED_TO_ATTEND_RE.search(text, max(sent_start, ent.start - 60), ent.start):
        return False  # "…乘专机抵达里约热内卢，应…邀请，出席…峰会并…": why he came, the summit is still to come
    if _inside_title(text, sent_start, ent.start):
        return False  # "《关于召开…第五次会议的决定(草案)》": a document's title, not a report
    if text.endswith(("下届", "下一届"), max(sent_start, ent.start - 3), ent.start) or text.startswith(
        ("下届", "下一届"), ent.start
    ):
        return False  # "下届大运会举办地代表…致辞": the next edition, not one held now
    if DECIDED_RE.search(text, max(sent_start, ent.start - 4), ent.start):
        return False  # "会议决定，…第三十八次会议12月27日至30日在京举行": decided, held later
    if DOCUMENT_SUBJECT_RE.search(text, max(sent_start, ent.start - 4), ent.start):
        return False  # "审议了关于召开…一次会议的决定草案": a decision's subject, held later if at all
    if _report_subject(text, ent):
        return False  # "…执法检查组关于检查环境保护法实施情况的报告": what a report is about, not an event
    if OCCASION_ONLY_RE.match(text, ent.end):
        return False  # "在…大会召开之际，…致电祝贺": the event dates the story, the story is not about it
    if text[ent.end : ent.end + 1] in NOUN_SUFFIXES:
        return False  # "四级调研员", "调研组": a rank or a team, not the visit
    if ATTENDING_RE.search(before) and RELATIVE_AFTER_RE.match(text, ent.end):
        return False  # "会见来华出席中国－中亚峰会并进行国事访问的…总统": who the guest is, not a report
    if BRIEFING_HEAD_RE.search(ent.data.get("head", "")) and BRIEFING_TOLD_RE.match(text, ent.end):
        return True
    if not text[sent_start : ent.start].strip() and not _is_generic(ent):
        # the event is the sentence's subject, held on the day a later clause tells
        stop = text.find("。", ent.end)
        if HELD_THAT_DAY_RE.search(text, ent.end, stop if stop >= 0 else len(text)):
            return True
    # "北约国防部长会议16日也承诺…": the meeting, its clause's subject, met that day; not a 大会, which names
    # assemblies that are bodies ("联合国大会30日通过决议" is the body's vote)
    opens_clause = not text[sent_start : ent.start].strip() or text[ent.start - 1] in "，,"
    meeting = ent.data.get("type") == "meeting" and ent.data.get("head") != "大会" and not _is_generic(ent)
    if opens_clause and meeting and DID_THAT_DAY_RE.match(text, ent.end):
        return True
    opening = OCCASION_OPENING_RE.fullmatch(text, sent_start, ent.start)
    if organizer and opening and OCCASION_CLOSING_RE.match(text, ent.end):
        return True
    weak = WEAK_HAPPENED_RE.search(before) and not HAPPENED_AFTER_RE.match(text[ent.end : ent.end + 30])
    if weak and not (lede or (organizer and not before.endswith("的"))):
        # "开展…活动" deep in a story describes, it does not report a new event; nor does "共青团中央组织的
        # …活动吸引了…" however named its organizer
        return False
    after = text[ent.end : ent.end + 30]
    if _wished(text, sent_start, ent.start):
        return False  # "卢拉表示，期待习近平主席出席二十国集团里约峰会": a wish, not yet held
    if FUTURE_RE.search(re.sub(r"(?:召开|举行|举办)$", "", text[max(sent_start, ent.start - 12) : ent.start])):
        return False
    return bool(
        HAPPENED_BEFORE_RE.search(before)
        or HAPPENED_AFTER_RE.match(after)
        or (
            text.startswith("上", ent.end)
            and HEARD_THAT_DAY_RE.search(text, max(sent_start, ent.start - 16), ent.start) is not None
        )
        or (before.endswith("在") and _a_delegate_spoke_there(text, ent, sent_start))
    )


#: "在联合国人权理事会第49届会议上，中国代表…作共同发言": a delegate no name is given for spoke there
SPOKEN_THERE_RE = re.compile(r"(?:上|期间)[，,]?[^。；]{0,80}?(?:发言|表示|指出|强调|呼吁)")
DELEGATE_RE = re.compile(r"代表(?!团|大会|处|作用|性)")


def _a_delegate_spoke_there(text: str, ent: Ent, sent_start: int) -> bool:
    """Whether a country's delegate spoke at the session the sentence names ("中国代表17日在…第52届会议上…
    作共同发言"): the session was held, and its body, named in it, is its organiser."""
    spoke = SPOKEN_THERE_RE.match(text, ent.end)
    return spoke is not None and DELEGATE_RE.search(text, sent_start, spoke.end()) is not None


SESSION_KEY_RE = re.compile(
    r"第?(?P<term>[一二三四五六七八九十\d]{1,4})届(?P<body>[^，。；\d]{0,24}?)"
    r"第?(?P<ordinal>[一二三四五六七八九十\d]{1,3})次(?:全体)?会议"
)
NOT_A_SESSION_NAME_RE = re.compile(r"[、，,]|出席|参加|列席|看望|慰问|召开|举行|会见")
SESSION_BODIES = (("人大", "人民代表大会"), ("政协", "政治协商会议"))


def _session_key(name: str) -> tuple[int, bool, str, str] | None:
    """The body family, term and ordinal of a congress's session, however its name is spelled."""
    m = SESSION_KEY_RE.search(name)
    if m is None or not re.fullmatch(r"(?:开幕会|闭幕会|开幕式|闭幕式)?", name[m.end() :]):
        return None  # "…一次会议第二次全体会议": one sitting of the session, not the session
    if NOT_A_SESSION_NAME_RE.search(name, 0, m.start()):
        return None  # "付宇、陈正红看望出席县政协十四届一次会议委员": a visit, not the session
    words = name[: m.start()] + m.group("body")
    family = next((i for i, spellings in enumerate(SESSION_BODIES) if any(w in words for w in spellings)), None)
    standing = any(w in words for w in ("常委会", "常务委员会", "主席团"))  # its standing committee: another body
    return None if family is None else (family, standing, m.group("term"), m.group("ordinal"))


# "为…举行欢迎仪式和欢迎宴会": a ceremony and a banquet, one after the other, for the same guests
JOINT_WELCOME_RE = re.compile(r"(?P<ceremony>(?:欢迎)?仪式)(?:和|及|并)(?P<banquet>(?:欢迎)?(?:宴会|晚宴|午宴|国宴))")


def _joint_welcome_parts(ev: EventDraft) -> list[EventDraft]:
    """An event named as a welcome ceremony and a banquet together is the two events, with the same people."""
    m = JOINT_WELCOME_RE.search(ev.name)
    if m is None:
        return [ev]
    stem = ev.name[: m.start()]
    return [
        replace(ev, name=stem + m.group(part), type=etype, roles=list(ev.roles), role_keys=set(ev.role_keys),
                organizers=list(ev.organizers))
        for part, etype in (("ceremony", "ceremony"), ("banquet", "activity"))
    ]


MEETING_JOINERS = "和及、"
CONVENES_RE = re.compile(r"(?:主持|召开|举行)(?:了)?$")
CONVENER_PREFIX_RE = re.compile(r"^[^，。；、]{2,16}?(?:主持召开|主持举行|主持|召开)(?:了)?")
WORDS_OF_A_JOINER = ("和平", "和谐", "和美", "和睦", "和合", "及时", "及早")


def _joint_meeting_parts(ev: EventDraft, text: str, lex: Lexicon) -> list[EventDraft]:
    """ "主持召开中央政治局常委会会议和中央政治局会议": two meetings one chair convenes, one after the other,
    with the same people, each named by its own name."""
    if ev.type != "meeting" or not any(j in ev.name for j in MEETING_JOINERS):
        return [ev]
    named_by_convener = CONVENER_PREFIX_RE.match(ev.name)  # a headline's "X主持A和B"
    if named_by_convener is None and not CONVENES_RE.search(text, max(0, ev.start - 6), ev.start):
        return [ev]  # "全国科技大会、…和…院士大会24日召开": meetings held as one, told as one
    listed = ev.name[named_by_convener.end() :] if named_by_convener else ev.name
    parts = _meeting_names(listed, _meeting_heads(lex))
    if len(parts) < 2:
        return [ev]
    return [
        replace(ev, name=part, ordinal=(m.group(1) if (m := ORDINAL_RE.search(part)) else None),
                term=(m.group(1) if (m := TERM_RE.search(part)) else None), roles=list(ev.roles),
                role_keys=set(ev.role_keys), organizers=list(ev.organizers))
        for part in parts
    ]


def _meeting_names(listed: str, heads: tuple[str, ...]) -> list[str]:
    """ "A会议和B会议" → [A会议, B会议]: cut at a joiner only where a meeting's own noun ends the part
    before it and a part of a name's length follows; "北京峰会和平安全高级别会议" is one meeting."""
    for at, joiner in enumerate(listed):
        if joiner not in MEETING_JOINERS or at < 5 or len(listed) - at - 1 < 5:
            continue
        if listed.startswith(WORDS_OF_A_JOINER, at):
            continue  # "和平", "及时": a word, not a joiner
        first = listed[:at]
        if first.endswith(heads) and first.count("“") == first.count("”") and first.count("《") == first.count("》"):
            return [first, *_meeting_names(listed[at + 1 :], heads)]
    return [listed]


_MEETING_HEADS: dict[int, tuple[str, ...]] = {}


def _meeting_heads(lex: Lexicon) -> tuple[str, ...]:
    """The nouns that end a meeting's name (会议, 座谈会, 全会), from ``event_nouns.tsv``."""
    key = id(lex)
    if key not in _MEETING_HEADS:
        _MEETING_HEADS[key] = tuple(noun for noun, etype in lex.event_nouns if etype == "meeting" and len(noun) >= 2)
    return _MEETING_HEADS[key]


def _inside_title(text: str, sent_start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a 《book or document title》 opened earlier in the sentence."""
    before = text[sent_start:pos]
    return before.count("《") > before.count("》")


def _announced(text: str, ent: Ent, sent_start: int) -> bool:
    """A named event the sentence announces for later ("将于…举行", "决定召开…"), not a habit."""
    if _inside_title(text, sent_start, ent.start):
        return False
    window_start = max(sent_start, ent.start - 30)
    if HABITUAL_RE.search(text, max(sent_start, ent.start - 36), ent.start):
        return False
    before = PLANNED_RE.search(text, window_start, ent.start)
    after = re.match(r"[^，。；]{0,4}?(?:将于|将在|即将|拟于)", text[ent.end : ent.end + 12])
    # "会议决定，十三届全国人大常委会第三十八次会议12月27日至30日在京举行": what the meeting decided
    decided = DECIDED_RE.search(text, max(sent_start, ent.start - 4), ent.start)
    return bool(before or after or decided)


#: a day told only as "lately"
VAGUE_DAY_RE = re.compile(r"日前|近日|近期")

SUBJECT_GAP_RE = re.compile(
    r"^(?:还|也|又|再|近日|日前|今天|今日|当天|当日|昨天|陆续|相继|先后|集中|分别)*(?:（[^）]{0,12}）)?"
    r"(?:" + dates.DAY + r")?(?:上午|下午|晚上)?"
    r"(?:在[^，。；]{0,12}?)?(?:就[^，。；]{1,30}?)?(?:正式|联合|共同)?(?:召开|举行|举办|主持召开|组织|开展|进行|推出|启动)?(?:了|的)?$"
)


def _subject_body(text: str, ent_start: int, sent_start: int, bodies: list[tuple[int, int, str]]) -> str | None:
    """The body written just before "召开/举行" in front of an event phrase ("大足区残联召开…")."""
    subjects = _subject_bodies(text, ent_start, sent_start, bodies)
    return subjects[-1] if subjects else None


SEPARATELY_RE = re.compile(r"分别(?:举行|召开|举办|开展|启动)?$")


def _hosted_name(organizer: str, name: str) -> str:
    """The event's name with its organizer in front, unless the name already opens with it or a bare level."""
    return name if name.startswith(("区", "市", "县", organizer[:2])) else organizer + name


def _subject_bodies(text: str, ent_start: int, sent_start: int, bodies: list[tuple[int, int, str]]) -> list[str]:
    """The bodies written just before "召开/举行/启动" in front of an event phrase, with those listed
    before the last one ("全国妇联、教育部正式启动…活动": both launched it).

    ``bodies`` are in reading order, so only those starting in the 36 + 28 characters before the
    phrase are looked at (a long article costs time in proportion to its length).
    """
    lo = bisect_left(bodies, (max(sent_start, ent_start - 64),))
    for i, (b_start, b_end, name) in enumerate(bodies[lo:], lo):
        if b_start >= ent_start:
            break
        if b_start >= sent_start and 0 <= ent_start - b_end <= 36 and SUBJECT_GAP_RE.match(text[b_end:ent_start]):
            if (
                b_end < ent_start
                and text[ent_start - 1] != "的"
                and VENUE_BEFORE_RE.search(text, max(sent_start, b_start - 10), b_start)
            ):
                continue  # "在四川省成都市金牛宾馆举行宴会": the venue; not "在国新办今天举行的发布会上"
            names = [name]
            while i > 0 and bodies[i - 1][1] + 1 == b_start and text[bodies[i - 1][1]] in "、和与及":
                i -= 1
                b_start = bodies[i][0]
                names.insert(0, bodies[i][2])
            return names
    return []


LAUNCHED_RE = re.compile(r"启动$")
OPENED_AFTER_RE = re.compile(r"[”」]?(?:当日|当天|今天|\d{1,2}日)?[^，。]{0,20}?(?:开幕|揭幕|启动|闭幕)")
VENUE_BEFORE_RE = re.compile(r"在[^，。；、]{0,8}$")


def analyse(
    doc: Doc,
    *,
    region: str | None,
    pub_date: str | None,
    context_year: int | None,
    paper: str | None,
    lex: Lexicon,
    title: str | None = None,
) -> ArticleAnalysis:
    """The facts of one article from its recognised Doc (the span groups of ``zhgov_recogniser``)."""
    text = doc_text(doc)
    sentences = split_sentences(text)
    mentions: list[PersonMention] = [span._.person for span in doc.spans["persons"]]
    bodies = sorted((s.start_char, s.end_char, canonical_body(s.text, region, lex)) for s in doc.spans["bodies"])
    bodies = article_bodies(text, bodies, region, lex)  # bare 市/省 expanded above the region, lists made whole
    date_ents: list[Ent] = [span._.date for span in doc.spans["dates"]]
    event_ents: list[Ent] = [span._.event for span in doc.spans["events"]]
    taken_up = posts_taken_up(mentions, text, lex) + posts_revoked(mentions, text, lex)
    stated_as = posts_stated_as(mentions, text, lex)
    positions = positions_of(mentions, text, sentences, region, paper, lex, taken_up, stated_as)
    positions += posts_by_address(mentions, text, pub_date, lex)
    positions += posts_by_foreign_address(mentions, text, sentences, positions, lex)
    positions += posts_by_count(mentions, text, positions, region, lex)
    positions += posts_by_members_address(mentions, text, positions)
    held = {(m.name, post) for m, post, _ in positions}
    positions += [p for p in posts_by_column(title, mentions) if (p[0].name, p[1]) not in held]
    positions = posts_in_office(positions, text, sentences)

    events: list[EventDraft] = []
    by_name: dict[str, list[EventDraft]] = {}  # events by name, so that a long story finds its earlier report
    current: EventDraft | None = None
    # "出席金砖国家领导人会晤期间会见哈西娜": the meeting told during the event the sentence names is the
    # story's event, whatever the rest of the sentence names again
    told_during: EventDraft | None = None
    lede = sentences[0] if sentences else (0, 0)
    lede_end = _lede_end(text, sentences)
    lede_date = _first_date(date_ents, lede, text, pub_date, context_year or dates.year_in(text[lede[0] : lede[1]]))

    dates_by_sentence: dict[int, list[Ent]] = {}
    for d in date_ents:
        dates_by_sentence.setdefault(sentence_index(sentences, d.start), []).append(d)
    bodies_by_start = {b[0]: b for b in reversed(bodies)}

    def date_for(sent: int, at: int, host: str | None = None) -> tuple[str | None, str | None]:
        s_start, s_end = sentences[sent]
        best = None
        for d in dates_by_sentence.get(sent, ()):
            in_sentence = s_start <= d.start < s_end and "day" in d.data
            # "截至8月12日21时，新疆现有确诊病例…": the day figures run to, not an event's
            in_sentence = in_sentence and not CUT_OFF_RE.search(text, max(s_start, d.start - 3), d.start)
            if in_sentence and (best is None or abs(d.start - at) < abs(best.start - at)):
                best = d
        lo, hi = _clause_around(text, s_start, s_end, at)
        own_day = OWN_CLAUSE_DAY_RE.search(text, lo, at)
        if own_day and pub_date and (best is None or not lo <= best.start < hi):
            # "在今天举行的上海市…新闻发布会上，…从6月6日起返校": the day the event's own clause tells
            return dates.day_from_relative(own_day.group(), pub_date), None
        if best is not None and not lo <= best.start < hi and VAGUE_DAY_RE.search(text, lo, at):
            # "日前召开的…主席会议，…建议…于2024年3月4日在北京召开": its own clause says only "lately"; the
            # day of another clause is that of what it tells
            return None, None
        if best is not None:
            return dates.resolve(best.data, pub_date, context_year or dates.year_in(text[s_start:s_end]))
        rel = re.search(r"今天|今日|当天|当日|同一天|同日", text[s_start:s_end])
        if rel and rel.group() in ("当天", "当日", "同一天", "同日") and (told := _last_day_told(sent)) is not None:
            return told[1][0], None  # "…28日在吉达…会面。王储当天也与埃尔多安会谈": the day just told
        if rel and pub_date:
            return dates.day_from_relative(rel.group(), pub_date), None
        if VAGUE_DAY_RE.search(text, s_start, s_end):
            return None, None
        # another host's event of its own, unless the narrative says it comes next ("随后，日本国会众议院举行…")
        elsewhere = (
            current is not None
            and _hosted_elsewhere(host, current)
            and not NARRATIVE_NEXT_RE.search(text, s_start, min(s_end, s_start + 16))
        )
        if sent <= lede_end and not elsewhere:
            return lede_date
        told = _last_day_told(sent)
        goes_on = told is not None and (
            NARRATIVE_NEXT_RE.search(text, s_start, min(s_end, s_start + 16))
            or "\n" not in text[sentences[told[0]][0] : s_start]
        )
        if told is not None and goes_on and (current is None or told[0] > current.sentence):
            # "9月24日上午，…来到光亚集团…。随后，…座谈", "13日下午，…来到博物馆。在一层大厅，…会见": the
            # narrative goes on from the last day it told, after "随后" or in the same paragraph
            return told[1]
        if current is not None and not elsewhere:
            return current.date, None  # "闭幕会后，…作…讲座": the narrative goes on the same day
        return None, None

    def own_day(sent: int, at: int) -> str | None:
        """The one day the sentence itself writes for what is told at ``at`` (not a day inherited from
        the lede or an earlier sentence), else None."""
        s_start, s_end = sentences[sent]
        if not any(s_start <= d.start < s_end and "day" in d.data for d in dates_by_sentence.get(sent, ())):
            return None
        first, last = date_for(sent, at)
        return first if first and last is None and len(first) == 10 else None

    def _last_day_told(sent: int) -> tuple[int, tuple[str | None, str | None]] | None:
        """The latest sentence before ``sent`` that gives a day, with that day."""
        for earlier in range(sent - 1, -1, -1):
            days = [d for d in dates_by_sentence.get(earlier, ()) if "day" in d.data]
            if days:
                e_start, e_end = sentences[earlier]
                when = dates.resolve(days[-1].data, pub_date, context_year or dates.year_in(text[e_start:e_end]))
                return (earlier, when) if when[0] else None
        return None

    def announced_date(sent: int, start: int, end: int) -> tuple[str | None, str | None]:
        """The day an announcement gives: written between its "将/决定" and the event, or right after
        the event ("将于4月10日", "决定…于2025年10月9日召开"), never the day of the report's own meeting."""
        s_start, s_end = sentences[sent]
        marker = None
        for m in PLANNED_RE.finditer(text, s_start, start):
            marker = m
        lo = marker.start() if marker else start
        for d in date_ents:
            if "day" in d.data and (lo <= d.start < start or end <= d.start < min(s_end, end + 20)):
                return dates.resolve(d.data, pub_date, context_year or dates.year_in(text[s_start:s_end]))
        return None, None

    def new_event(
        name: str,
        etype: str,
        start: int,
        end: int,
        sent: int,
        head: str,
        *,
        announced: bool = False,
        host: str | None = None,
    ) -> EventDraft:
        nonlocal current, provisional
        name = canonical_event_name(name, region, lex)
        core = name[: len(name) - len(head)] if head and name.endswith(head) else ""
        # the same name anywhere in the story; a longer or shorter wording among the recent events
        candidates = [e for e in by_name.get(name, ()) if e in events] + events[-RECENT_EVENTS:][::-1]
        session = _session_key(name)
        for ev in candidates:
            same = ev.name == name or (len(name) >= 4 and (name in ev.name or ev.name in name) and ev.type == etype)
            # "十四届全国人大一次会议" and "中华人民共和国第十四届全国人民代表大会第一次会议": one session
            same = same or (session is not None and _session_key(ev.name) == session)
            # "宣誓仪式" after "周平宪法宣誓", "出席欢迎仪式" after "举行仪式，欢迎…" and the visit it opened:
            # the phrase's own words name an event of its kind the story has told
            # "参加看望活动的还有…" after "…看望…委员": 活动 names any kind of event
            same = same or (
                len(core) >= 2 and core in ev.name and (ev.type == etype or head == "活动") and ev.status == "held"
            )
            # "出席晋衔仪式" after "中央军委晋升上将军衔仪式…举行": the short form of the event's name
            same = same or (
                bool(head) and ev.name.endswith(head) and ev.type == etype and ev.status == "held"
                and _abbreviates(core, ev.name[: len(ev.name) - len(head)])
            )
            same = same and not _guests_of(name, ev.name)
            # "中国驻老挝使馆举办国庆招待会…在中国驻瑞典使馆举办的国庆招待会上": one kind of event, each host its own
            same = same and not _hosted_elsewhere(host, ev)
            if same:
                if announced:
                    return ev
                if ev is provisional:
                    provisional = None  # the story names the headline's event itself: it stays
                current = ev
                ev.status = "held"  # announced earlier in the story, reported as held here
                if ev.date is None:
                    ev.date, ev.end_date = date_for(sent, start)
                elif _days_of_a_trip(ev, events) and (day := own_day(sent, start)) and ev.date <= day <= ev.end_date:
                    # "11月28日至29日，丁薛祥访问土库曼斯坦…并共同主持中土合作委员会第六次会议。…29日，丁薛祥和
                    # 梅列多夫共同主持中土合作委员会第六次会议": the meeting's own day, not the visit's days
                    ev.date, ev.end_date = day, None
                if not ev.organizers:  # "由中央宣传部…联合举办的…宣传周今天启动" under its own headline
                    ev.organizers = hosts_named_in(sent)
                return ev
        d, d2 = date_for(sent, start, host)
        if not announced and d and pub_date and len(d) == 10 and d > pub_date:
            announced = True  # "…全体会议于2025年10月9日在北京召开" in a report of March: not yet held
        if announced:
            d, d2 = announced_date(sent, start, end)
            ev = EventDraft(name, etype, start, end, sent, dates.forward(d, pub_date), dates.forward(d2, pub_date))
            ev.head, ev.status = head, "announced"
            events.append(ev)
            by_name.setdefault(ev.name, []).append(ev)
            return ev
        if (
            provisional is not None
            and provisional in events
            and not provisional.roles
            and sent <= lede_end
            and not _guests_of(name, provisional.name)
        ):
            events.remove(provisional)  # the story names its event itself, better than the headline
        ev = EventDraft(name, etype, start, end, sent, d, d2, head=head)
        if m := ORDINAL_RE.search(name):
            ev.ordinal = m.group(1)
        if m := TERM_RE.search(name):
            ev.term = m.group(1)
        s_start, s_end = sentences[sent]
        if m := LOCATION_RE.search(text, s_start, s_end):
            ev.location = m.group("loc")
        ev.organizers = hosts_named_in(sent)
        events.append(ev)
        by_name.setdefault(ev.name, []).append(ev)
        # the occasion of the guests the headline's meeting received is told, the story is of the meeting
        guests_told = provisional is not None and provisional in events and _guests_of(name, provisional.name)
        current = provisional if guests_told else ev
        return ev

    def hosts_named_in(sent: int) -> list[str]:
        """The bodies a sentence says held its event ("由…共同主办")."""
        s_start, s_end = sentences[sent]
        if (m := ORGANIZER_RE.search(text, s_start, s_end)) is None:
            return []
        return [
            canonical_body(text[b_s:b_e], region, lex)
            for b_s, b_e, _ in bodies
            if m.start("orgs") <= b_s and b_e <= m.end("orgs")
        ]

    def event_from_phrase(ent: Ent, sent: int) -> EventDraft:
        s_start = sentences[sent][0]
        name = ent.data.get("name") or ent.text
        if (hosted := HOSTED_BY_RE.match(name)) and len(name) - hosted.end() >= 4:
            name = name[hosted.end() :]  # "上海市人民政府主办的第二十九届上海电视节": the hosts are organizers
        if (purpose := PURPOSE_RE.match(text, ent.end)) and _is_generic(ent):
            # "举行仪式，纪念中国人民抗日战争胜利77周年": the ceremony is named by what it marks
            name = "纪念" + re.split(r"[、的]", purpose.group("what"))[-1] + ent.data["head"]
        hosts = _subject_bodies(text, ent.start, s_start, bodies)
        etype = ent.data["type"]
        if len(hosts) > 1 and SEPARATELY_RE.search(text, max(s_start, ent.start - 8), ent.start):
            # "最高人民法院和最高人民检察院分别举行宪法宣誓仪式": one event each body held
            for host in hosts[:-1]:
                each = new_event(_hosted_name(host, name), etype, ent.start, ent.end, sent, ent.data["head"])
                each.organizers = [host]
            hosts = hosts[-1:]
        organizer = hosts[-1] if hosts else None
        if organizer:
            name = _hosted_name(organizer, name)
        if etype == "activity" and (
            OPENED_AFTER_RE.match(text[ent.end : ent.end + 30])
            or LAUNCHED_RE.search(text, max(s_start, ent.start - 4), ent.start)
        ):
            etype = "ceremony"  # an exhibition or festival that opens: the opening is a ceremony
        ev = new_event(name, etype, ent.start, ent.end, sent, ent.data["head"], host=organizer)
        closing = CLOSING_RE.match(text, ent.end)
        if closing and "闭幕" in closing.group():
            ev.called.update(CLOSINGS)  # "亚运会…闭幕。…出席闭幕式": the closing of the event that closed
        if closing and ev.date and ev.end_date is None:
            # "年会今天（4月22日）闭幕。为期三天的会期里…": the event ran up to the day it closed
            days = dates.span_days(text[sentences[sent][0] : sentences[min(sent + 1, len(sentences) - 1)][1]])
            if first := dates.back_from(ev.date, days or 0):
                ev.date, ev.end_date = first, ev.date
        if RESULTS_RE.match(text, ent.end) and ev.start == ent.start:
            ev.date = ev.end_date = None  # "…征名活动”结果今天揭晓": the day of the results, not of the activity
        for body in hosts:
            if body not in ev.organizers:
                ev.organizers.append(body)
        for body in _joint_bodies(text, ent.start, ent.end, bodies_by_start):
            if body not in ev.organizers:
                ev.organizers.append(body)
        return ev

    # "…——习近平总书记在河北雄安新区考察在广大干部群众中引起强烈反响": a story of how people took an event
    # reported before, not a report of it
    reaction = bool(title and REACTION_TITLE_RE.search(title))
    provisional = _title_event(title, region, lex) if title and not reaction else None
    headline_role = None
    if title and provisional is None and not reaction:
        provisional = _title_class_event(title, {m.name for m in mentions}, region, lex)
    if provisional is not None:
        # the headline reports the event ("区政府召开第140次常务会议"); a continuation fragment may
        # hold only its participants, so they need it in scope from the first sentence on
        provisional.date, provisional.end_date = lede_date
        events.append(provisional)
        current = provisional
        headline_role = _headline_role(title, mentions)

    def record_class_event(hit: ClassHit, sent: int, s_end: int) -> None:
        """An event a verb reports ("会见", "举行会谈", "调研"), with the roles its class gives."""
        parts = separate_hits(hit, text)
        if len(parts) > 1:
            for part in parts:  # "分别会见A、B": a meeting with each
                record_class_event(part, sent, s_end)
            return
        hit = parts[0] if parts else hit  # one visit a trip home ended, under its own name
        nonlocal current, told_during
        previous = current
        if hit.cls.name_template == "{current}":
            if current is None:
                return  # "任命X为…" with no session in scope: nothing to attach it to
            ev = current
        elif _part_of(current, hit, text):
            ev = current  # "习近平首先考察了…园区" on his 重庆 tour; "王巍作了…讲座" at the 集体学习
        elif (joined := _joined(events, hit, text)) is not None:
            ev = joined  # "…出席座谈会。蔡奇陪同考察": the escort joins the tour the story reported
            if hit.cls.name == "airport_welcome" and ev.head == "arrival":
                # the arrival told again with its welcome is named as the welcome names it
                ev.name = canonical_event_name(event_name(hit, text, s_end, title), region, lex)
                ev.head = hit.cls.name
        else:
            name = event_name(hit, text, s_end, title)
            known = any(e.name == canonical_event_name(name, region, lex) for e in events)
            ev = new_event(name, hit.cls.type, hit.trigger_start, hit.trigger_end, sent, hit.cls.name)
            if not hit.cls.dated and not known:
                ev.date = ev.end_date = None  # a state visit as a whole, an interview: no day of their own
            # v2: whoever speaks at a 会见 is there ("…艾伦等美方代表在发言中感谢…会见"); at a 座谈 a speaker
            # only speaks
            ev.speakers_attend = ev.speakers_attend or hit.cls.name in ATTENDED_BY_SPEAKERS
        subject_roles = list(hit.cls.subject_roles)
        if hit.subjects and LEADER_RE.search(text, hit.subjects[-1].end, hit.trigger_end):
            subject_roles += [r for r in ("leader", "attendee") if r not in subject_roles]  # "带队观摩"
        said_later = SPEECH_LATER_RE.search(text, hit.trigger_end, s_end) or (
            len(hit.subjects) == 1 and _speaks_in_the_next_clause(text, hit.trigger_end, s_end)
        )
        if hit.subjects and said_later and "speaker" not in subject_roles:
            subject_roles.append("speaker")  # "韩正会见…时表示"
        for people, roles in ((hit.subjects, subject_roles), (hit.others, hit.cls.other_roles)):
            for pos, m in enumerate(people, 1):
                for role in roles:
                    ev.add_role(m, role, pos if len(people) > 1 else None)
        if HEADS_RE.search(text, hit.trigger_start, hit.trigger_end) and hit.cls.other_roles:
            # "习近平和中亚五国元首共同种下石榴树": the heads of state the story names, each by name
            for m in _foreign_heads(positions, lex):
                for role in hit.cls.other_roles:
                    ev.add_role(m, role, None)
        if hit.during:
            told_during = ev
        elif (hit.cls.where == "before" or hit.chained) and previous is not None:
            # "会见正在我国进行国事访问的X", "出席座谈会，并在会前会见了…亲属": the story goes on about the
            # event it reports first
            current = previous
        co_chaired = CO_CHAIRED_RE.match(text, hit.trigger_end) if hit.others else None
        phrase = next((e for e in event_ents if e.start == co_chaired.end()), None) if co_chaired else None
        if phrase is not None and phrase.data["type"] == "meeting":
            # "同…梅列多夫举行会谈并共同主持中土合作委员会第六次会议": a meeting of its own, both sides its chairs
            meeting = event_from_phrase(phrase, sent)
            for m in (*hit.subjects, *hit.others):
                meeting.add_role(m, "chair", None)

    # a story of messages sent, not of a gathering: the headline or the lede says so
    letters = bool(LETTER_RE.search(text, *lede) or (title and LETTER_RE.search(title)))
    groups = group_mentions(mentions, text, lex)
    events_by_sentence: dict[int, list[Ent]] = {}
    # per sentence, so that a long article costs time in proportion to its length
    groups_by_sentence: dict[int, list[list[PersonMention]]] = {}
    for g in groups:
        groups_by_sentence.setdefault(sentence_index(sentences, g[0].start), []).append(g)
    hosts = {m.name for m, _, body in positions if body and body.startswith(DOMESTIC_BODY_PREFIXES)}
    mention_starts = [m.start for m in mentions]  # mentions come in reading order
    mentions_by_sentence: dict[int, list[PersonMention]] = {}
    for m in mentions:
        mentions_by_sentence.setdefault(sentence_index(sentences, m.start), []).append(m)
    for ent in event_ents:
        events_by_sentence.setdefault(sentence_index(sentences, ent.start), []).append(ent)

    for sent, (s_start, s_end) in enumerate(sentences):
        first_told = min(
            [m.start for m in mentions_by_sentence.get(sent, ())[:1]]
            + [e.start for e in events_by_sentence.get(sent, ())[:1]]
            + [s_end]
        )
        if _recalled(text, s_start, first_told, pub_date):
            continue  # "2019年4月，习近平总书记在重庆考察时…": a year gone by, told by its month alone
        # events reported as having happened, in reading order with the groups of this sentence
        sent_events = [e for e in events_by_sentence.get(sent, []) if not e.data["background"]]
        cited = [e for e in events_by_sentence.get(sent, []) if e.data["background"]]
        sent_groups = groups_by_sentence.get(sent, [])
        items = sorted(
            [(e.start, "event", e) for e in sent_events] + [(g[0].start, "group", g) for g in sent_groups],
            key=lambda x: x[0],
        )
        created_here: EventDraft | None = None
        class_objects: list[tuple[int, int]] = []  # the spans of the class triggers read in this sentence
        created_end = s_start  # where the phrase of the event created in this sentence ends
        consumed: list[list[PersonMention]] = []
        if current is not None and GUESTS_SPEAK_RE.match(text, s_start, s_end):
            for guest in _listed_guests(current, sentences, hosts):
                current.add_role(guest, "speaker", None)  # "国际经济组织负责人表示", "与会阿方领导人…他们表示"
        occasion = SUB_OCCASION_RE.match(text, s_start)
        if occasion and current is not None:
            # "在随后召开的座谈会上，X指出": a meeting held during the event in scope, with its own people
            ent = next((e for e in sent_events if e.start == occasion.start("event")), None)
            if ent is not None and ent.end == occasion.end("event"):
                name = ent.text if not _is_generic(ent) else GENERIC_PREFIX_RE.sub("", current.name) + ent.text
                sub = new_event(name, ent.data["type"], ent.start, ent.end, sent, ent.data["head"])
                if sub.date is None:
                    sub.date, sub.end_date = current.date, current.end_date
                sent_events = [e for e in sent_events if e is not ent]
                items = [item for item in items if item[2] is not ent]
        session_of: dict[int, Ent] = {}  # a part of a session → the session ("…一次会议举行预备会议")
        for a, b in zip(sent_events, sent_events[1:], strict=False):
            if SUB_EVENT_JOIN_RE.fullmatch(text, a.end, b.start) and SUB_EVENT_RE.search(b.text):
                session_of[id(b)] = a
        for _, kind, obj in items:
            if kind == "event":
                ent = obj
                if any(start <= ent.start and ent.end == end for start, end in class_objects):
                    continue  # "出席…总统举行的隆重欢迎仪式": the noun a class verb ends with is that class's event
                if SPOKEN_RE.search(text, s_start, ent.start) or quoted_paragraph(text, s_start, s_end):
                    # "习近平指出，…我们…召开党的十九届六中全会": an event recalled in a speech, in its first
                    # sentence or a later one of the same paragraph
                    continue
                if any(session is ent for session in session_of.values()):
                    continue  # told through its part: the part is the event held here
                if id(ent) in session_of:
                    session = session_of[id(ent)]
                    part = Ent(ent.label, session.start, ent.end, text[session.start : ent.end], dict(ent.data))
                    part.data["name"] = (session.data.get("name") or session.text) + (ent.data.get("name") or ent.text)
                    if _event_happened(text, ent, s_start, lede=sent <= lede_end):
                        created_here = event_from_phrase(part, sent)
                    continue
                if ent.data.get("coordinated") and created_here is not None:
                    # "驻美使馆还组织了…联欢会、…全美侨界活动": same verb, same organizers
                    sibling = event_from_phrase(ent, sent)
                    sibling.organizers.extend(o for o in created_here.organizers if o not in sibling.organizers)
                    continue
                if (
                    FINISHED_RE.search(text, max(s_start, ent.start - 16), ent.start)
                    or (
                        FINISHED_ITEM_RE.search(text, max(s_start, ent.start - 100), ent.start)
                        and FINISHED_ITEM_END_RE.match(text, ent.end, s_end)
                    )
                ) and not _is_generic(ent):
                    # "习近平结束出席金砖国家领导人会晤…后，在乌鲁木齐听取…汇报": the subject attended it, and
                    # the story goes on about what came after, not about it
                    subject = next((g for g in reversed(sent_groups) if g and g[-1].end <= ent.start), None)
                    if subject is not None:
                        scope = current
                        finished = event_from_phrase(ent, sent)
                        for m in subject:
                            finished.add_role(m, "attendee", None)
                        current = scope
                    continue
                if listed := EMBASSIES_LISTED_RE.search(text, max(s_start, ent.start - 120), ent.start):
                    # "中国驻沙特、澳大利亚、日本等国使馆也举行了国庆招待会等活动": a reception each embassy held
                    kind = text[listed.end() : ent.end].split("等")[0] or ent.text
                    for country in _listed_places(listed.group("countries"), lex):
                        host = "中国驻" + country + "使馆"
                        head = ent.data["head"]
                        each = new_event(host + kind, ent.data["type"], ent.start, ent.end, sent, head, host=host)
                        each.organizers = [host]
                    continue
                organizer = _subject_body(text, ent.start, s_start, bodies) is not None
                if ent.data.get("enumeration") and not organizer:
                    continue  # "开展义诊、健康宣教等活动": a list of doings, not an event someone held
                if (not _is_generic(ent) or organizer) and _event_happened(
                    text, ent, s_start, lede=sent <= lede_end, organizer=organizer
                ):
                    if created_here is not None and ent.data["type"] == "activity":
                        if JOINED_ACTIVITY_RE.fullmatch(text, created_end, ent.start):
                            # "组织召开金堤河防汛现场会并开展巡河活动": a second event of the same people
                            sibling = event_from_phrase(ent, sent)
                            for m, _, _ in list(created_here.roles):
                                sibling.add_role(m, "attendee", None)
                            current = created_here
                        continue  # "…年会召开，…开展学术讲座": part of the event just reported
                    created_here, created_end = event_from_phrase(ent, sent), ent.end
                elif not _is_generic(ent) and _announced(text, ent, s_start):
                    # "博鳌亚洲论坛2025年年会将于3月25日举行": kept, marked, never attended
                    name = canonical_event_name(ent.data.get("name") or ent.text, region, lex)
                    new_event(name, ent.data["type"], ent.start, ent.end, sent, ent.data["head"], announced=True)
                continue
            group = obj
            if any(group is g for g in consumed):
                continue  # the partner of a class event already read ("同越南国会主席王庭惠举行会谈")
            sentence_mentions = mentions_by_sentence.get(sent, [])
            hit = match_group(text, sent_groups, sent_groups.index(group), sentence_mentions, s_start, s_end)
            if hit is not None:
                if hit.partner_group is not None:
                    consumed.append(sent_groups[hit.partner_group])
                # "习近平同托卡耶夫、扎帕罗夫…共同会见记者": those named inside the trigger are its objects,
                # not the subjects of an event of their own
                inside = {p.start for p in hit.others if p.start < hit.trigger_end}
                consumed.extend(g for g in sent_groups if g and all(p.start in inside for p in g))
                met = {p.start for p in hit.others}
                for later in sent_groups[sent_groups.index(group) + 1 :]:
                    if len(later) > 1 and later[0].start in met and not all(p.start in met for p in later):
                        # "会见了到访的…崔善姬，俄外长拉夫罗夫等人参加会见": the one met closes the clause;
                        # the names after the comma are a new subject
                        del later[: next(k for k, p in enumerate(later) if p.start not in met)]
                record_class_event(hit, sent, s_end)
                class_objects.append((hit.trigger_start, hit.trigger_end))
                if hit.cls.where != "before":
                    subjects_visit = visit_of_the_subjects(text, hit, s_start, sentence_mentions)
                    for visit in _guest_visits(text, hit) + ([subjects_visit] if subjects_visit else []):
                        record_class_event(visit, sent, s_end)
                arrived = hit.cls.name in ARRIVAL_CLASSES
                for chained in chained_hits(text, group, hit.trigger_end, sentence_mentions, s_end):
                    if arrived and INVITED_RE.search(text, hit.trigger_end, chained.trigger_start):
                        continue  # "抵达旧金山，应邀同美国总统拜登举行中美元首会晤": what he came for, held later
                    record_class_event(chained, sent, s_end)
                    # "…，同参议长罗兰、众议长阿门戈尔分别举行会谈": those met in a later clause are met, not subjects
                    met_later = {p.start for p in chained.others}
                    consumed.extend(g for g in sent_groups if g and all(p.start in met_later for p in g))
                if (joined := _also_attended(text, hit.trigger_end, sent_events, events, current)) is not None:
                    for pos, m in enumerate(group, 1):
                        joined.add_role(m, "attendee", pos if len(group) > 1 else None)
                if (convened := CONVENED_LATER_RE.search(text, hit.trigger_end, s_end)) is not None:
                    # "…来到省人大常委会机关调研，看望机关干部，并主持召开座谈会": the same people go on to chair one
                    ent = next((e for e in sent_events if e.start == convened.end()), None)
                    told_between = any(hit.trigger_end <= m.start < convened.start() for m in sentence_mentions)
                    if ent is not None and not told_between:
                        if _is_generic(ent):
                            name = _names_of(group) + "主持召开" + ent.text
                            meeting = new_event(name, ent.data["type"], ent.start, ent.end, sent, ent.data["head"])
                        else:
                            meeting = event_from_phrase(ent, sent)
                        _on_one_day_of_several(meeting, events)
                        _chaired_by(meeting, group, SPEECH_LATER_RE.search(text, ent.end, s_end) is not None)
                continue
            if group[0].intro is not None and group[0].intro.roster:
                if current is not None:  # "全会选举了…名单如下：" and its lines: elected at the session in scope
                    for m in group:
                        current.add_role(m, "elected", None)
                continue
            opens = min(group[0].start, chain_start(group))  # a title after the name ("博索纳罗总统") opens nothing
            if FIRST_PERSON_WITH_RE.search(text, max(s_start, opens - 3), opens):
                continue  # "不久前，我同博索纳罗总统共同出席了…会晤": someone's own words, not a report
            if OBJECT_MARKER_RE.search(text, max(s_start, chain_start(group) - 2), chain_start(group)):
                continue  # "为钱正英同志送别", "向…致敬": the group is the object of the verb, not its subject
            if text[opens - 1 : opens] == "受" and PRINCIPAL_AFTER_RE.match(text, group[-1].end):
                continue  # "受习近平总书记和中共中央委派，我…出席": who sends the subject, not the subject
            if _wished(text, s_start, chain_start(group)):
                continue  # "期待习近平主席出席二十国集团里约峰会": wished for, not yet done
            last = group[-1]
            clause_end = _clause_end(text, last.end, s_end)
            triggers, stop = roles_after(text, last.end, s_end, lex, several=len(group) > 1)
            if triggers and CITED_AFTER_RE.match(text, triggers[-1][3]):
                continue  # "…在福州考察时的重要讲话": an earlier occasion cited, not a report
            if (
                triggers
                and all(strength == "speech" for _, strength, _, _ in triggers)
                and ADDRESSEE_LEFT_RE.search(text, s_start, chain_start(group))
            ):
                continue  # "…向阮富仲遗孀吴氏敏转达…慰问": the one 向 turns to hears the words, the speaker is another
            if triggers and (eve := ON_THE_EVE_RE.match(text, triggers[-1][3])) is not None:
                # "习近平在西安主持中国－中亚峰会前夕，专门听取…汇报": what he did then, not the summit
                triggers, stop = roles_after(text, eve.end(), s_end, lex)
                if not triggers:
                    for then_hit in chained_hits(text, group, eve.end() - 1, sentence_mentions, s_end):
                        record_class_event(then_hit, sent, s_end)
                    continue
            # "就座的大会主席团常务委员会成员有习近平、…": the verb of the roster stands between post and name
            left = LEFT_ATTENDEE_RE.search(text, s_start, chain_start(group)) or LEFT_ATTENDEE_RE.search(
                text, s_start, group[0].start
            )
            if left is None and sent and THEY_ARE_RE.fullmatch(text, s_start, chain_start(group)):
                left = next(THEY_DID_RE.finditer(text, *sentences[sent - 1]), None)
            if left and not triggers:
                triggers = [("nonvoting" if left.group("verb") == "列席" else "attendee", "event", last.end, last.end)]
            handed = not triggers and HANDED_RE.match(text, last.end)
            if handed and RECIPIENT_LEFT_RE.search(text, s_start, chain_start(group)):
                # "习近平向晋升上将军衔的中部战区司令员黄铭颁发命令状": handed it in person at the ceremony in scope
                triggers = [("attendee", "speech", last.end, last.end)]
            elif not triggers and PROMOTED_LEFT_RE.search(text, s_start, chain_start(group)):
                # "这次晋升上将军衔的军官是：…郑璇、…凌焕新": the officers the ceremony in scope promotes
                triggers = [("attendee", "speech", last.end, last.end)]
            if not triggers and (partner := _together_with(text, last.end, sent_groups)) is not None:
                # "周明同俄罗斯总统普京共同出席…开幕式": the two do it together
                triggers, stop = roles_after(text, partner[-1].end, s_end, lex)
            if not triggers and (closing := _closing_attendance(text, last.end, s_end)) is not None:
                # "…成员国A总统B、C总统D，观察员国E总统F，以及…等国际和地区组织负责人出席。": a list of
                # groups the sentence closes with one verb
                triggers, stop = roles_after(text, closing, s_end, lex)
            if not triggers and (then := AND_THEN_RE.search(text, last.end, s_end)) is not None:
                # "…主任方孝春向…颁发了任命书，并主持了宪法宣誓仪式": the subject goes on to the event
                told_between = any(last.end <= m.start < then.start() for m in mentions_by_sentence.get(sent, []))
                later_triggers, later_stop = roles_after(text, then.end(), s_end, lex)
                planned = PLANNED_RE.search(text, s_start, then.start()) is not None  # "将于…赴俄…，并出席"
                named = any(
                    ent.start >= then.end()
                    and not _is_generic(ent)
                    and not CLAUSE_END_RE.search(text, then.end(), ent.start)
                    for ent in sent_events
                )  # "，并主持召开座谈会" names no event of its own: the tour's, read where tours are
                if named and not told_between and not planned and later_triggers and later_triggers[0][1] == "event":
                    triggers, stop = later_triggers, later_stop
                elif not told_between and not planned and later_triggers and later_triggers[0][0] == "chair":
                    # "李希来到南京大学，了解…情况，并召开座谈会": he convenes a meeting the text names only by kind
                    unnamed = next(
                        (
                            ent
                            for ent in sent_events
                            if later_triggers[0][3] <= ent.start <= later_triggers[0][3] + 2
                            and ent.data["type"] == "meeting"
                            and _is_generic(ent)
                        ),
                        None,
                    )
                    if unnamed is not None:
                        name = _names_of(group) + "召开" + unnamed.text
                        meeting = new_event(name, "meeting", unnamed.start, unnamed.end, sent, unnamed.data["head"])
                        _on_one_day_of_several(meeting, events)
                        _chaired_by(meeting, group, SPEECH_LATER_RE.search(text, unnamed.end, s_end) is not None)
                        current = meeting
                        continue
            if not triggers:
                continue
            if (
                HABITUAL_RE.search(text, max(s_start, triggers[0][3] - 40), triggers[0][3])
                or COUNTED_BEFORE_RE.search(text, last.end, triggers[0][2])
                or COUNTED_AFTER_RE.match(text, triggers[-1][3])
            ):
                continue  # "多次赴东北考察调研，并主持召开专题座谈会", "先后4次到天津…出席活动", "主持召开三次座谈会"
            later = SPEECH_LATER_RE.search(text, stop, s_end) or (
                len(group) == 1 and _speaks_in_the_next_clause(text, stop, s_end)
            )
            roles = [t[0] for t in triggers]
            if later and "speaker" not in roles:
                roles.append("speaker")
            strength = "event" if any(t[1] == "event" for t in triggers) else "speech"
            if strength == "speech" and _inside_anothers_words(text, s_start, chain_start(group)):
                continue  # "韩正表示，中国国家主席习近平提出…": what the speaker reports another said
            target = None
            if strength == "event":
                # the event phrase this trigger governs, later in the sentence
                first_start = triggers[0][2]
                for ent in sent_events:
                    if text[ent.end : ent.end + 1] in NOUN_SUFFIXES or _report_subject(text, ent):
                        continue  # "出席会议并作执法检查组…的报告": a team named, not a tour; nor is "关于检查…的报告"
                    if EVE_OF_RE.match(text, ent.end):
                        continue  # "在西安主持中国－中亚峰会前夕，专门听取…汇报": the summit only dates what he did
                    same_clause = not re.search(r"[，,；]", text[first_start : ent.start])
                    if ent.end > first_start and ent.start >= last.end and (same_clause or current is None):
                        if _is_generic(ent) and _subject_body(text, ent.start, s_start, bodies) is None:
                            # "主持座谈会" after a 会见 was told: the event of that kind, else the one in scope
                            target = _event_of_kind(events, current, ent.data["head"])
                            if target is None and _convened_on_tour(current, ent, roles, text[first_start : ent.start]):
                                # "调研期间，李希主持召开座谈会，了解…": a meeting of its own on the tour
                                target = new_event(
                                    _names_of(group) + text[first_start : ent.end],
                                    "meeting",
                                    ent.start,
                                    ent.end,
                                    sent,
                                    ent.data["head"],
                                )
                                _on_one_day_of_several(target, events)
                            target = target or current
                            target = target or _descriptive_event(text, group, s_start, clause_end, sent, new_event)
                            if target is not None and ent.data["head"] in OPENINGS_AND_CLOSINGS:
                                target.called.add(ent.data["head"])  # "李强出席闭幕式": the games' closing
                        elif ent.data["type"] == "inspection" and (
                            (ent.end <= triggers[-1][3] and ent.start < first_start) or ent.start - last.end <= 6
                        ):
                            # "李克强在福建福州、泉州考察": the verb is the event; name it by the clause
                            target = _descriptive_event(text, group, s_start, clause_end, sent, new_event)
                        else:
                            target = event_from_phrase(ent, sent)
                        break
                if target is None and any(text[triggers[0][3] : ent.start] == "的" for ent in cited):
                    continue  # "在2019年7月9日召开的…会议上发表重要讲话": the occasion the verb names is cited
                retold = (
                    target is not None
                    and current is not None
                    and target is not current
                    and target.type != "meeting"
                    and target.sentence > current.sentence
                    and bool(current.names() & {m.name for m in group})
                )
                if retold:
                    events.remove(target)  # "肖朝华一行…实地调研": the same visit, told in more detail
                    target = current
                if target is None and (named := NAMED_BY_VERB_RE.match(text, triggers[-1][3])):
                    # "王东明参加会见": the latest event the story reported by that verb, not the last one told
                    verb = named.group(1)
                    in_scope = current is not None and verb in current.name
                    target = current if in_scope else next((e for e in reversed(events) if verb in e.name), None)
                said = text[triggers[-1][2] : triggers[-1][3]]
                sworn = next((kind for verb, kind in ROLE_OWN_EVENT.items() if verb in said), None)
                if sworn and (own := next((e for e in reversed(events) if sworn in e.name), None)) is not None:
                    target = own  # "…副县长范正勇到现场监誓": the oath ceremony, whatever was told since
                arriving = ARRIVAL_ROLE_RE.search(
                    text, triggers[-1][2], min(s_end, triggers[-1][3] + 8)
                ) or LED_GREETERS_RE.match(text, triggers[-1][2])
                if arriving and (arrival := _story_arrival(events)) is not None:
                    target = arrival  # "丁薛祥、王毅等陪同人员同机抵达", "…也到机场迎接": at the arrival told
                if left is not None and left.group("verb") == "陪同":
                    # "陪同习近平出访的有：…蔡奇，…王毅等": on the visit the story reports, not a summit it names
                    target = next((e for e in reversed(events) if e.head in VISIT_HEADS and e.status == "held"), None)
                    if target is None:
                        continue
                if TRIP_HOME_ROLE_RE.search(text, triggers[-1][2], min(s_end, triggers[-1][3] + 8)):
                    # "丁薛祥、王毅等陪同人员同机返回": on the visits the trip home ended, not at a summit it ended
                    target = _story_trip_home(events)
                    if target is None:
                        continue
                if target is None and current is not None and current.type != "inspection" and "陪同" in said:
                    # "…座谈会。…习近平在省委书记X陪同下，先后来到沧州": the escorts of the tour told before
                    target = _tour_escorted(text, triggers[-1][3], s_end, events)
                    closes = text[triggers[-1][3] : triggers[-1][3] + 1] in "。；"
                    if target is None and said.endswith("陪同") and closes:
                        # "…主持召开防汛形势分析会议。…吴政隆陪同。": the escort of the tour the story reports, not of
                        # the meeting held on it
                        target = _story_tour(events)
                if target is None and left is not None:
                    # "出席闭幕式的国际贵宾有：…" after a handover was told: the event the roster's noun names
                    target = _event_of_kind_named_in(text, left, sent_events, events, current)
                if target is None and current is not None:
                    target = _event_named_at_opening(text, s_start, events, current) or current
                if target is not None and target.type == "inspection" and target.date is None and "陪同" in said:
                    # "7月12日至15日，习近平在…陪同下，先后来到…": the days of the tour told "近日"
                    first, last = date_for(sent, s_start)
                    if last is not None:
                        target.date, target.end_date = first, last
                if target is None and title and not events and ALL_ABOVE_RE.match(text, triggers[-1][3]):
                    # "王毅、何立峰等出席上述活动" in a story that named its event only in the headline
                    # ("中德两国总理共同会见记者"; "两国总理共同会见了记者" names no one): the headline's event
                    target = _headline_event(title, sent, new_event)
                if target is None and not letters:
                    # not in a story of messages: "致电祝贺穆伊兹当选马尔代夫总统…" tells of no session
                    target = _descriptive_event(text, group, s_start, clause_end, sent, new_event)
                if target is None and "attendee" in roles:
                    # "东莞通城商会考察团回乡考察对接项目，县长刘明灯…陪同": the visit the clause before told
                    target = _visit_before(text, s_start, chain_start(group), sent, new_event)
            elif (during := _event_during(text, s_start, events)) is not None:
                # "在会见奥尔塔时，赵乐际表示": said at the meeting with that person, which the story now tells
                target = current = during
            elif (
                met := _meeting_told_during(text, s_start, group, mentions_by_sentence.get(sent, []), sent, new_event)
            ) is not None:
                target = current = met
            elif (occasion := _spoken_at(text, last.end, triggers[0][2], sent_events)) is not None:
                # "内塔尼亚胡17日在内阁会议上称", "普京16日在集体安全条约组织峰会上表示": there, and speaking
                target = event_from_phrase(occasion, sent)
                if "视频" not in text[last.end : triggers[0][3]]:
                    roles.insert(0, "attendee")  # a video address is given from elsewhere ("以视频方式在…上致辞")
            elif (press := _press_conference_at(text, last.end, triggers[0][2], sent_events)) is not None:
                # "日本央行行长植田和男今天在记者会上称": his press conference, where he speaks
                target = _event_of_kind(events, current, press.data["head"]) or new_event(
                    _names_of(group) + press.text, "activity", press.start, press.end,
                    sent, press.data["head"],
                )
            else:
                if current is None:
                    continue
                participants = current.names()
                # the lede's event takes the story's speakers, unless a verb told it between named people
                # ("韩东勋与韩德洙会谈后表示。…禹元植今天表示": another politician's words, not the talks)
                told_between = current.head in CLASS_NAMES and (
                    (current.type == "meeting" and len(participants) >= 2) or current.head.startswith("interview")
                )
                if not (
                    (current.sentence <= lede_end and not letters and not told_between)
                    or any(m.name in participants or any(p.endswith("·" + m.name) for p in participants) for m in group)
                    # at his own talks, told in the same sentence as these ("分别同岸田文雄、尹锡悦会面")
                    or any(m.name in e.names() for e in events if e.sentence == current.sentence for m in group)
                    or _in_scope(text, s_start, s_end)
                    or (current.type == "meeting" and FLOOR_SPEECH_RE.fullmatch(text, triggers[0][2], stop))
                    or "应邀" in text[last.end : triggers[0][2]]  # "易纲应邀作报告": invited to speak there
                ):
                    continue  # "X表示" in a story of congratulations sent from afar is not a speech there
                # "习近平在上海调研期间专门召开这次座谈会。座谈会上，…先后发言": the meeting the opening names
                target = _event_named_at_opening(text, s_start, events, current) or current
                # "…举行了集体学习，主题是…。A、B围绕学习贯彻…重要讲话精神作了发言": the meeting whose agenda it was
                target = _event_of_agenda(text, s_start, triggers[0][2], events, sentences, target) or target
                if target is current and not any(m.name in participants for m in group):
                    target = _speaker_s_meeting_told_with(current, events, {m.name for m in group})
            if target is None:
                continue
            if strength == "event" and (then := MET_THEN_RE.match(text, triggers[0][3])) is not None:
                # "王沪宁参加会见并在表彰大会上讲话", "陈希参加会见并主持大会": at the meeting the story told by
                # its verb, then at the event named after 并, in the role the verb there gives
                verb = then.group("verb")
                met = current if current is not None and verb in current.name else None
                met = met or next((e for e in reversed(events) if verb in e.name and e.status == "held"), None)
                if met is not None and met is target:
                    # "…并在表彰大会上讲话": the event named after 并, which the verb before did not govern
                    named_then = next(
                        (
                            ent
                            for ent in sent_events
                            if ent.start >= then.end() and not CLAUSE_END_RE.search(text, then.end(), ent.start)
                        ),
                        None,
                    )
                    if named_then is not None:
                        # the event of that name the story told ("表彰大会" of "全国…表彰大会"), else a new one
                        told = next((e for e in reversed(events) if named_then.text in e.name and e is not met), None)
                        if told is None and not _is_generic(named_then):
                            told = event_from_phrase(named_then, sent)
                        target = told or target
                if met is not None and met is not target:
                    for pos, m in enumerate(group, 1):
                        met.add_role(m, triggers[0][0], pos if len(group) > 1 else None)
                    closes = CLAUSE_END_RE.search(text, then.end(), s_end)
                    roles = [t[0] for t in roles_after(text, then.end(), closes.start() if closes else s_end, lex)[0]]
                    if (later or SPOKEN_THERE_RE.match(text, then.end())) and "speaker" not in roles:
                        roles.append("speaker")  # "…并在表彰大会上讲话"
                    if not roles:
                        continue
            if strength == "event":
                # "…出席开幕式，集体会见…代表，并同…座谈": the same group goes on to other events
                chained = chained_hits(text, group, triggers[-1][3], sentence_mentions, s_end)
            else:
                chained = []
            if "leader" in roles and "attendee" not in roles:
                roles.append("attendee")  # the head of a visiting group is one of its members
            if "elected" in roles:
                positions.extend(_elected_posts(text, group, triggers, s_end, region, lex, positions))
            targets = [target]
            if target.head in ARRIVAL_CLASSES and TRAVELLERS_RE.search(text, triggers[-1][2], s_end):
                # "蔡奇、王毅等陪同人员同机抵达": who flew in with him is on the visit his arrival began
                targets += _visits_begun_by(target, events)
            if strength == "speech" and target is current:
                # "李强…分别会见A、B、C和D。李强表示": the host says it at each meeting the one verb told apart
                targets += _told_apart_with(target, events, group)
            escorted = _escorted_before(text, s_start, group, text[triggers[-1][2] : triggers[-1][3]], sent_groups)
            if escorted and chained:
                targets = []  # the escorts go where the one they escort goes, told in the clause after
            if strength == "event" and ALL_ABOVE_RE.match(text, triggers[-1][3]):
                # "蔡奇、王毅等参加上述活动": every event the story has reported so far
                # but not the guest's visit named only to say who the guest is ("会见…并访华的X")
                targets = [
                    e for e in events if e.status == "held" and e.roles and e.head not in GUEST_VISIT_CLASSES
                ] or [target]
            apart = len(group) > 1 and not {m.name for m in group} <= target.names()
            if strength == "speech" and target is current and apart:
                # "分别同岸田文雄、尹锡悦、马科斯会面交谈。…岸田文雄、尹锡悦、马科斯表示": each at his own meeting
                # of that sentence
                for pos, m in enumerate(group, 1):
                    own = target
                    if m.name not in target.names():
                        own = _speaker_s_meeting_told_with(current, events, {m.name})
                    for role in roles:
                        own.add_role(m, role, pos)
                targets = [ev for ev in targets if ev is not target]
            for ev in targets:
                for pos, m in enumerate(group, 1):
                    for role in roles:
                        ev.add_role(m, role, pos if len(group) > 1 else None)
            for hit in chained:
                if escorted:
                    # "习近平走下列车，在山西省委书记蓝佛安、省长金湘军陪同下，先后考察了…": the one escorted
                    # does what the clause after the escort tells, with his escorts
                    hit = replace(hit, subjects=escorted + hit.subjects)
                record_class_event(hit, sent, s_end)
        if told_during is not None:
            current, told_during = told_during, None
        # "他/她指出" after a sentence whose subject was a person
        if current is not None and PRONOUN_SPEECH_RE.match(text, s_start):
            before = bisect_left(mention_starts, s_start)
            if before:
                # the subject of the sentence before: its first person, not its last ("谌贻琴…传达了
                # 习近平重要指示并讲话。她表示" is 谌贻琴 speaking)
                previous_start = sentences[sent - 1][0] if sent else 0
                first = bisect_left(mention_starts, previous_start)
                # "…主题教育领导小组组长蔡奇出席会议并讲话。他强调": not the leader whose thought names the group
                uncited = [m for m in mentions[first:before] if not _thought_cited(text, m)]
                subject = uncited[0] if uncited else mentions[before - 1]
                speaking = (
                    current
                    if subject.name in current.names()
                    else _speaker_s_meeting_told_with(current, events, {subject.name})
                )
                # "…习近平作出重要指示。他强调": the words he sent, not said there
                if not SENT_WORDS_AFTER_RE.match(text, subject.end) or subject.name in speaking.names():
                    speaking.add_role(subject, "speaker", None)
        # "…举行会谈，双方表示…", "两国元首一致同意…": both sides of the talks speak
        if current is not None and current.head in TWO_SIDED_HEADS and _both_sides_speak(text, s_start, s_end):
            for m in _two_sides(current):
                current.add_role(m, "speaker", None)
    if provisional is not None and provisional in events and headline_role is not None:
        # "栗战书参加江西代表团审议": the story may only tell what he said there, the headline that he took part
        provisional.add_role(*headline_role, None)
    for ev in events:
        if ev.speakers_attend:  # "两国元首举行会谈。…拉赫蒙表示": quoted at the talks the headline reports
            for m, role, _ in list(ev.roles):
                if role == "speaker":
                    ev.add_role(m, "attendee", None)
    _share_one_trip(events)
    _couples_share_roles(text, mentions, events)
    events = [part for ev in events for part in _joint_welcome_parts(ev)]
    events = [part for ev in events for part in _joint_meeting_parts(ev, text, lex)]
    events = [part for ev in events for part in _held_by_each_place(ev, text, lex, sentences)]
    for ev in events:
        if not ev.organizers and ev.status == "held":
            ev.organizers.extend(_hosts_told_later(text, ev, bodies, events))
        if not ev.roles and not ev.organizers and ev.status == "held":
            ev.organizers.extend(
                _named_organizer(text, ev, bodies)
                or _series_host(text, ev, lex)
                or _sentence_subject_body(text, ev, bodies_by_start, sentences)
                or _regional_press_host(text, ev, lex, sentences)
            )
    for ev in events:
        _name_the_session_of_a_standing_body(text, ev, lex)
    # the guidelines' test of a reported event: at least one named participant or a named organiser; and an
    # occasion, not a standing body whose name ends with an event noun ("博鳌亚洲论坛今天举行多场分论坛")
    events = [
        ev
        for ev in events
        if (ev.roles or ev.organizers or ev.status == "announced")
        and (ev.roles or ev.name not in lex.standalone_bodies)
    ]
    for ev in events:
        if ev.status == "held" and ev.date and pub_date and len(ev.date) == 10 and ev.date > pub_date:
            # "…决定，…全体会议于2022年10月9日在北京召开": dated after the report, so not yet held
            ev.status, ev.roles, ev.role_keys = "announced", [], set()
    return ArticleAnalysis(mentions, positions, events, bodies, sentences)


#: "比奥和夫人法蒂玛", "舒尤克夫人纳吉": how a story names a guest's wife
WIFE_GAP_RE = re.compile(r"(?:和|与|及)?夫人")


def _couples_share_roles(text: str, mentions: list[PersonMention], events: list[EventDraft]) -> None:
    """ "为比奥夫妇举行欢迎宴会": the couple is the man and the wife the story names with him ("比奥和夫人法蒂玛"),
    and so is each guest of an event held for couples ("…为中亚国家元首夫妇举行欢迎宴会")."""
    wives: dict[str, PersonMention] = {}
    for husband, wife in zip(mentions, mentions[1:], strict=False):
        if WIFE_GAP_RE.fullmatch(text, husband.end, wife.start) and husband.name != wife.name:
            wives.setdefault(husband.name, wife)
    if not wives:
        return
    for ev in events:
        couples = "夫妇" in ev.name  # "为出席中国－中亚峰会的中亚国家元首夫妇举行欢迎宴会": each guest's couple
        for m, role, _ in list(ev.roles):
            if role == "attendee" and m.name in wives and (couples or text.startswith("夫妇", m.end)):
                ev.add_role(wives[m.name], role, None)  # a couple attends together; each speaks for himself


def _share_one_trip(events: list[EventDraft]) -> None:
    """The visits one trip home ended (one sentence: "结束对新西兰、澳大利亚、马来西亚进行正式访问…回到北京")
    are one journey: whoever is said to have travelled with the leader ("陪同人员同机抵达") was on each."""
    trips: dict[int, list[EventDraft]] = {}
    for ev in events:
        if ev.head == "visit_finished":
            trips.setdefault(ev.sentence, []).append(ev)
    for visits in trips.values():
        travellers = [(m, role) for ev in visits for m, role, _ in ev.roles if role == "attendee"]
        for ev in visits:
            for m, role in travellers:
                ev.add_role(m, role, None)


def _both_sides_speak(text: str, s_start: int, s_end: int) -> bool:
    return BOTH_SIDES_SPEECH_RE.search(text, max(0, s_start - 1), s_end) is not None


def _two_sides(ev: EventDraft) -> list[PersonMention]:
    """The two people who hold the talks: the first two the event recorded (its subject and partner), the
    escorts ("王毅参加会谈") come after them."""
    sides: list[PersonMention] = []
    for m, role, _ in ev.roles:
        if role == "attendee" and all(m.name != other.name for other in sides):
            sides.append(m)
        if len(sides) == 2:
            break
    return sides if len(sides) == 2 else []


NAME_LEAD_RE = re.compile(r"(?:\d{4}年?)?(?:第[一二三四五六七八九十百零〇\d]+[届次])?")
OWN_ANNIVERSARY_RE = re.compile(r"(?:纪念|庆祝)$")


def _named_organizer(text: str, ev: EventDraft, bodies: list[tuple[int, int, str]]) -> list[str]:
    """The body an event's own name opens with ("国新办新闻发布会", "日本央行货币政策会议"), or whose
    founding it marks ("纪念中国伊斯兰教协会成立70周年座谈会"): the one that held it."""
    lead = NAME_LEAD_RE.match(text, ev.start).end()  # "第42届东盟峰会", "2023年…": a count before the body
    lo = bisect_left(bodies, (ev.start,))
    for b_start, b_end, name in bodies[lo:]:
        if b_start > lead + 2 or b_end > ev.end:
            break
        opens = b_start == lead
        founded = OWN_ANNIVERSARY_RE.search(text, ev.start, b_start) and text.startswith("成立", b_end)
        if opens or founded:
            return [name]
    return []


#: "世界经济论坛2023年年会", "不结盟运动第19次峰会": what holds a series of meetings, named before the
#: count or the year of this one
SERIES_HOST_RE = re.compile(
    r"(?:[一二三四五六七八九十]+届)?(?P<host>[^\W\d_的了就已和对距后过在是为]{2,24}?"
    r"(?:论坛|联盟|组织|运动|共同体|理事会|委员会|联委会|协会|联合会|主席团|共青团|青年团|党|机制))"
    r"(?:\d{4}年|第[一二三四五六七八九十百零〇\d]+[届次])(?!\d)"
)
#: "第36届非洲联盟峰会": an organisation of states, then its summit
UNION_SUMMIT_RE = re.compile(
    r"(?P<host>[^\W\d_的了就已和对距后过在是为]{2,16}?(?:联盟|组织|运动|共同体))(?:特别|领导人)?"
    r"(?:峰会|首脑会议|年中协调会|部长级会议)"
)


def _series_host(text: str, ev: EventDraft, lex: Lexicon) -> list[str]:
    """The host an event's own name implies, where no recognised body opens it: the holder of the series it
    counts ("博鳌亚洲论坛2024年年会", "中非合作论坛第九届部长级会议") or the union whose summit it is; never
    a place ("北京2022年冬奥会" is hosted by a city's government, not by "北京")."""
    if ev.start < 0:
        return []  # a headline's event: its name is read elsewhere
    lead = NAME_LEAD_RE.match(text, ev.start).end()
    m = SERIES_HOST_RE.match(text, ev.start, ev.end) if lead == ev.start else None
    m = m or UNION_SUMMIT_RE.match(text, lead, ev.end)
    if m is None or (place := lex.place_re.match(m.group("host"))) and place.end() >= len(m.group("host")) - 1:
        return []
    return [m.group("host")]


#: "本届论坛由中国道教协会、中华宗教文化交流协会主办", "2023北京文化论坛以…为年度主题，由中宣部和北京市委…共同主办"
HOSTS_TOLD_RE = re.compile(
    r"(?P<this>本届|本次|此次|这次|该)?(?P<called>[^，。；：“”\n]{0,20}?)"
    r"(?P<head>论坛|大会|活动|会议|展览|博览会|峰会|节|赛|会)"
    r"(?:以[^。；]{0,40}?为[^，。；]{0,6}主题[，,])?由(?P<orgs>[^，。；]{2,80}?)(?:共同|联合)?(?:主办|举办)"
)


def _hosts_told_later(
    text: str, ev: EventDraft, bodies: list[tuple[int, int, str]], events: list[EventDraft]
) -> list[str]:
    """The hosts a later sentence names for the event, by its name or as "本届论坛", "本次活动" when no other
    event was told in between (an event whose report names neither people nor hosts is kept only when its
    hosts are found)."""
    for m in HOSTS_TOLD_RE.finditer(text, max(ev.end, 0)):  # a headline's event has no offsets (-1)
        called = m.group("called") + m.group("head")
        this_one = m.group("this") is not None and not m.group("called")
        if this_one and any(ev.end < other.start < m.start() for other in events if other is not ev):
            continue
        if not (ev.name.endswith(m.group("head")) and (called in ev.name or this_one)):
            continue
        lo = bisect_left(bodies, (m.start("orgs"),))
        return [name for b_start, b_end, name in bodies[lo:] if b_end <= m.end("orgs")]
    return []


#: "上海市新冠肺炎疫情防控新闻发布会": a press conference named after a province or city is its government's
REGIONAL_PRESS_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,7}?(?:省|市|自治区))[^，。；、]{0,16}新闻发布会$")


def _regional_press_host(
    text: str, ev: EventDraft, lex: Lexicon, sentences: list[tuple[int, int]]
) -> list[str]:
    """The government of the province or city a press conference is named after, or of the province that
    convened it ("西藏新冠肺炎疫情防控工作新闻发布会介绍", "今天，北京召开防汛救灾工作情况新闻发布会"): the gold's
    organizer.  A city's short name opens the names of its games too ("杭州第4届亚残运会…新闻发布会", held by
    the games' committee), so only a province's counts unless the level is written out."""
    m = REGIONAL_PRESS_RE.fullmatch(text, ev.start, ev.end)
    if m and ev.name == text[ev.start : ev.end]:
        return [m.group("place") + "政府"]
    if not BRIEFING_HEAD_RE.search(ev.name):
        return []
    s_start = sentences[ev.sentence][0]
    places = [lex.place_re.match(text, ev.start)]
    if convened := CONVENED_HERE_RE.search(text, max(s_start, ev.start - 4), ev.start):
        # the clause's subject: a place right after a clause opening ("今天，北京召开")
        at = convened.start()
        places += [
            lex.place_re.fullmatch(text, j, at)
            for j in range(max(s_start, at - 7), at - 1)
            if text[j - 1] in "，,：:。"
        ]
    for place in places:
        if place is not None and lex.places.get(place.group(), ("", ""))[0] == "province":
            return [_full_place_name(place.group(), lex) + "政府"]
    return []


def _full_place_name(name: str, lex: Lexicon) -> str:
    """西藏 → 西藏自治区, 北京 → 北京市: the name with its level, as the places table writes it (looked up
    only for the rare briefing no body is named for, so no index is kept)."""
    fulls = (name + suffix for suffix in PLACE_LEVEL_SUFFIXES)
    return next((full for full in fulls if full in lex.places), name)



CONVENED_HERE_RE = re.compile(r"(?:召开|举行|举办)(?:了)?$")
SENTENCE_DAY_LEAD_RE = re.compile(
    r"(?:(?:当地时间)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?[，,]|(?:今天|昨天)(?:（[^）]{1,10}）)?(?:上午|下午|晚上|晚)?[，,])?"
)


def _sentence_subject_body(
    text: str, ev: EventDraft, bodies_by_start: dict[int, tuple[int, int, str]], sentences: list[tuple[int, int]]
) -> list[str]:
    """The bodies that open the event's sentence as its subject, when a later clause says they convened the
    event ("水利部、应急管理部第一时间派出专家组…，今天上午召开防汛专题会商"): the ones that held it."""
    s_start = sentences[ev.sentence][0]
    if not CONVENED_HERE_RE.search(text, max(s_start, ev.start - 4), ev.start):
        return []
    subject = SENTENCE_DAY_LEAD_RE.match(text, s_start).end()  # "19日，马来西亚奥林匹克委员会…举行授旗仪式"
    return _joint_bodies(text, subject, ev.start, bodies_by_start)


#: the meeting a standing body holds, said right after its name: "联合国大会举行会议", "…9日召开关于X的紧急特别
#: 会议", "…27日举行活动纪念…"
SESSION_OF_BODY_RE = re.compile(
    r"(?:今天|昨天|当天|当地时间)?(?:\d{1,2}日)?(?:举行|召开)了?(?:关于[^，。；]{1,24}?的)?"
    r"(?P<kind>(?:紧急|特别|全体|高级别|首脑|部长级)*会议|活动)"
)


def _name_the_session_of_a_standing_body(text: str, ev: EventDraft, lex: Lexicon) -> None:
    """ "联合国大会举行会议": a standing body whose name ends with an event noun (大会, 论坛) was read as the event;
    the meeting it holds right after its name is the event (联合国大会会议), held by the body."""
    if ev.roles or ev.name not in lex.standalone_bodies or text[ev.start : ev.end] != ev.name:
        return
    if (held := SESSION_OF_BODY_RE.match(text, ev.end)) is None:
        return
    if ev.name not in ev.organizers:
        ev.organizers.append(ev.name)
    ev.name += held.group("kind")


#: places listed as a clause's subject that each hold the event: "近日，吉林省、西藏自治区分别举行…"
EACH_PLACE_HOLDS_RE = re.compile(r"(?:^|[，,：:])(?P<places>[^，,：:。；]{2,40}?)(?:分别|各自)(?:举行|召开|举办)了?$")
PLACE_LIST_JOINERS_RE = re.compile(r"[、和及与]")


def _held_by_each_place(
    ev: EventDraft, text: str, lex: Lexicon, sentences: list[tuple[int, int]]
) -> list[EventDraft]:
    """ "近日，吉林省、西藏自治区分别举行“中国这十年”主题新闻发布会": provinces or cities listed as the subject
    that each held the event: one event each, named with the place and held by its government (the
    organiser :func:`_regional_press_host` gives one province's briefing)."""
    if ev.roles or ev.organizers or ev.status != "held":
        return [ev]
    s_start = sentences[ev.sentence][0]
    listed = EACH_PLACE_HOLDS_RE.search(text[s_start : ev.start])
    if listed is None:
        return [ev]
    places = PLACE_LIST_JOINERS_RE.split(listed.group("places"))
    levels = [lex.places.get(place, ("",))[0] for place in places]
    if len(places) < 2 or not all(level in ("province", "city") for level in levels):
        return [ev]
    return [
        replace(
            ev,
            name=place + ev.name,
            organizers=[_full_place_name(place, lex) + "政府"],
            roles=[],
            role_keys=set(),
            called=set(ev.called),
        )
        for place in places  # each its own lists: a role added to one later is not the others'
    ]


#: what joins bodies written together as one subject or as the hosts at the head of an event
BODY_JOINERS = ("、", "和", "与", "及")


def _joint_bodies(text: str, start: int, end: int, bodies_by_start: dict[int, tuple[int, int, str]]) -> list[str]:
    """The body starting at ``start`` and each one joined to it by 、/和/与/及 right after, up to ``end``: the
    joint hosts written together ("中宣部、国家卫生健康委联合发布…")."""
    hosts: list[str] = []
    body = bodies_by_start.get(start)
    while body is not None and body[1] <= end:
        hosts.append(body[2])
        body = bodies_by_start.get(body[1] + 1) if text[body[1] : body[1] + 1] in BODY_JOINERS else None
    return hosts


RECALLED_RE = re.compile(
    # "早在2017年…", "这正是2022年4月，…": the words that point back before the date
    r"\s*(?:早在|早于|这正是|正是|那是)?"
    r"(?:(?:(?P<year>(?:19|20)\d{2})年|(?P<this_year>今年))(?:(?P<month>\d{1,2})月(?:份)?)?(?![\d份])"
    r"|同年\d{1,2}月(?!\d))(?!\d{1,2}日)"
)


LEDE_STOP_RE = re.compile(r"[。！？；!?;]")


def _lede_end(text: str, sentences: list[tuple[int, int]]) -> int:
    """The index of the story's second sentence, as far as the lede reaches: a dateline and heading lines
    that close with no stop ("央视网消息（新闻联播）：", a communiqué's title repeated) come before it."""
    first = next((k for k, (s, e) in enumerate(sentences) if LEDE_STOP_RE.search(text, s, e)), 0)
    return max(1, first)


def _recalled(text: str, s_start: int, subject: int, pub_date: str | None) -> bool:
    """A sentence whose clause before its first person or event opens with an earlier year and at most a month
    ("2017年6月，", "2016年", "同年9月，"), or with an earlier month of this year ("今年4月，" in June), recalls
    the past; a report gives the day ("十年前的3月4日"), unless the day is two or more years gone."""
    if not pub_date:
        return False
    for start in [s_start] + [c.end() for c in CLAUSE_COMMA_RE.finditer(text, s_start, subject)]:
        back = RETROSPECTIVE_RE.match(text, start)
        if (back and not GIVEN_DAY_RE.match(text, back.end())) or LATELY_RE.match(text, start):
            return True  # "十年前，习近平总书记在参观…时", "前不久举行的…对话会上": told again, not reported
        m = RECALLED_RE.match(text, start)
        if m and _earlier_than(m.group("year"), m.group("this_year"), m.group("month"), pub_date):
            return True
        # "2021年6月19日，莱希当选伊朗总统" in a story of 2024: a day two or more years gone is history too
        dated = DAY_YEARS_AGO_RE.match(text, start)
        if dated and pub_date[:4].isdigit() and int(dated.group("year")) <= int(pub_date[:4]) - 2:
            return True
    return False


def _earlier_than(year: str | None, this_year: str | None, month: str | None, pub_date: str) -> bool:
    if year is None and this_year is None:
        return True  # 同年
    if year is not None and year < pub_date[:4]:
        return True
    this = this_year is not None or year == pub_date[:4]
    return bool(this and month and pub_date[5:7].isdigit() and int(month) < int(pub_date[5:7]))


DAY_YEARS_AGO_RE = re.compile(r"\s*(?P<year>(?:19|20)\d{2})年\d{1,2}月\d{1,2}日[，,]")


#: what a commentary looks back on: an occasion the news has told before ("前不久举行的…", "今年以来，")
#: "十年前的3月4日": a day given, the report of what happened on it
GIVEN_DAY_RE = re.compile(r"的?(?:\d{1,2}月)?\d{1,2}日")
LATELY_RE = re.compile(r"\s*(?:前不久|不久前|今年以来[，,])")
CLAUSE_COMMA_RE = re.compile(r"[，,：:]")  # a clause also starts after a dateline ("…（新闻联播）：2014年4月，")


VISIT_VERB_RE = re.compile(r"来到|前往|深入|走进|" + INSPECTION_VERB_RE.pattern)


def _escorted_before(
    text: str, s_start: int, group: list[PersonMention], said: str, sent_groups: list[list[PersonMention]]
) -> list[PersonMention]:
    """The persons a "在…陪同下" frame escorts: the group just before the 在 that opens it."""
    if "陪同" not in said or not text.endswith("在", s_start, chain_start(group)):
        return []
    index = next((k for k, g in enumerate(sent_groups) if g is group), 0)
    return sent_groups[index - 1] if index > 0 else []


def _tour_escorted(text: str, verb_end: int, s_end: int, events: list[EventDraft]) -> EventDraft | None:
    """The tour of the story, when the escorted go on to visit places in the clause after "陪同下"."""
    first = CLAUSE_END_RE.search(text, verb_end, s_end)
    second = CLAUSE_END_RE.search(text, first.end(), s_end) if first else None
    if not VISIT_VERB_RE.search(text, verb_end, second.start() if second else s_end):
        return None
    return _story_tour(events)


#: the roles of those at an arrival: who flew in with the guest, who met him at the airport or station
# "…到机场迎接", "…等高级官员热情迎接。", "拉赫蒙率…等高级官员热情迎接。": the greeters of the arrival told
ARRIVAL_ROLE_RE = re.compile(
    r"(?:同机|一同)抵达|(?:机场|车站)(?:热情)?迎接|上前迎接|(?:官员|人员|代表)(?:热情|隆重)?迎接[。；]"
)
LED_GREETERS_RE = re.compile(r"率[^。；]{2,120}?迎接[。；]")


def _story_arrival(events: list[EventDraft]) -> EventDraft | None:
    """The latest arrival the story reports as held."""
    return next((e for e in reversed(events) if e.head in ARRIVAL_CLASSES and e.status == "held"), None)


#: the travellers of a trip home: "…等陪同人员同机返回", "陪同习近平出访的…王毅等同机返回"
TRIP_HOME_ROLE_RE = re.compile(r"同机(?:返回|回国|返京)")


#: the travellers of an arrival, not its greeters: "…等陪同人员同机抵达", "…一同抵达"
TRAVELLERS_RE = re.compile(r"(?:同机|一同)抵达")


def _visits_begun_by(arrival: EventDraft, events: list[EventDraft]) -> list[EventDraft]:
    """The visits the story told by the time of the arrival, of the one who arrived ("习近平乘专机抵达巴黎，…
    对法国进行国事访问", "李强…抵达吉隆坡，开始对马来西亚进行正式访问"): the trip his companions are on."""
    subject = next((m.name for m, role, _ in arrival.roles if role == "attendee"), None)
    return [
        ev
        for ev in events
        if ev is not arrival
        and ev.head in VISITS_ON_ARRIVAL
        and ev.status == "held"
        and ev.sentence <= arrival.sentence
        and subject in ev.names()
    ]


def _story_trip_home(events: list[EventDraft]) -> EventDraft | None:
    """The latest visit a trip home ended ("在结束对巴西进行国事访问后回到北京")."""
    return next((e for e in reversed(events) if e.head == "visit_finished"), None)


def _story_tour(events: list[EventDraft]) -> EventDraft | None:
    """The latest tour the story reports as held."""
    return next((e for e in reversed(events) if e.type == "inspection" and e.status == "held"), None)


IN_SCOPE_NAME_RE = re.compile(r"(?:大会|会议|全会|本次|此次|这次|该|本届|今年的)")
#: "12日在内阁会议上称", "12日以视频方式在…对话会上发表致辞"
SPOKEN_AT_RE = re.compile(
    r"(?:" + dates.DAY + ")?" + dates.DAY_PART + r"?(?:" + VIDEO_MANNER + r")?在(?P<at>[^，。；]{2,30}?)(?:上|期间)$"
)


#: "习近平在北京向2023年…全球服务贸易峰会发表视频致辞": the occasion a speech is addressed to
ADDRESSED_TO = r"(?:在[^，。；向]{1,12}?)?向(?P<at>[^，。；]{2,40}?(?:会|论坛|开幕式|闭幕式|典礼|仪式|活动|庆典))"
ADDRESSED_TO_RE = re.compile(ADDRESSED_TO + r"(?=发表(?:视频)?(?:致辞|讲话|演讲))")
SPOKEN_TO_RE = re.compile(r"(?:" + dates.DAY + ")?" + dates.DAY_PART + "?" + ADDRESSED_TO + "$")


def _spoken_at(text: str, name_end: int, verb_start: int, sent_events: list[Ent]) -> Ent | None:
    """The event a speaker's occasion names ("在内阁会议上称", "向…峰会发表视频致辞"): one told as held, not a
    generic noun."""
    m = SPOKEN_AT_RE.search(text, name_end, verb_start) or SPOKEN_TO_RE.search(text, name_end, verb_start)
    if m is None or m.start() != name_end:
        return None
    ent = _event_named_at(m, sent_events)
    if ent is None or FUTURE_RE.search(text, name_end, m.start("at")):
        return None
    if (_is_generic(ent) and ent.start == m.start("at")) or IN_SCOPE_NAME_RE.match(ent.text):
        # "在会上表示", "在大会开幕式上": the event in scope, read elsewhere; "在集体安全条约组织峰会上": named
        return None
    return ent


def _event_named_at(occasion: re.Match[str], sent_events: list[Ent]) -> Ent | None:
    """The event phrase of the sentence that ends the occasion's place ("在|内阁会议|上")."""
    return next((e for e in sent_events if e.start >= occasion.start("at") and e.end == occasion.end("at")), None)


PRESS_HEADS = frozenset({"记者会", "新闻发布会", "发布会", "吹风会"})
PRESS_AT_RE = re.compile(
    r"(?:" + dates.DAY + "|" + dates.RELATIVE_DAY + ")?" + dates.DAY_PART + r"?在(?P<at>[^，。；]{2,30}?)上$"
)


def _press_conference_at(text: str, name_end: int, verb_start: int, sent_events: list[Ent]) -> Ent | None:
    """A press conference named only by its kind as the occasion of a speaker's words ("在记者会上称");
    not a routine one (例行记者会), which a spokesman gives every working day."""
    m = PRESS_AT_RE.match(text, name_end, verb_start)
    if m is None or "例行" in m.group("at"):
        return None
    ent = _event_named_at(m, sent_events)
    return ent if ent is not None and ent.data["head"] in PRESS_HEADS and _is_generic(ent) else None


ALSO_ATTENDED_RE = re.compile(r"并(?:出席|参加)")
#: "…，并主持/出席…": a later clause of the subject's sentence that takes him to an event
AND_THEN_RE = re.compile(r"[，,]并(?=主持|召开|出席|参加|列席)")
CONVENED_LATER_RE = re.compile(r"(?:[，,]并?|并)(?:主持召开|主持)(?:了)?")


CLOSING_ATTENDANCE_RE = re.compile(
    r"(?:出席|参加|与会|列席)(?:了)?(?:会议|峰会|活动|仪式|开幕式)?(?:并(?:致辞|讲话|发言))?[。；]?$"
)
OTHER_VERB_RE = re.compile(
    r"主持|出席|参加|与会|列席|会见|会谈|表示|指出|强调|说|介绍|宣布|致辞|讲话|发言|签署|举行|召开"
)


TOGETHER_RE = re.compile(r"(?:共同|一同|一起|一道)")
TOGETHER_JOIN_RE = re.compile(r"(?:\d{1,2}日(?:上午|下午|晚上|晚)?)?(?:在[^，。；同与和]{1,12}?)?[同与和]")


def _inside_anothers_words(text: str, s_start: int, at: int) -> bool:
    """Whether ``at`` stands inside what someone said earlier in its sentence ("韩正表示，…习近平提出"), in the
    same part of it (a semicolon opens the next speaker's part: "…指出，…；王沪宁表示")."""
    part = max(s_start, text.rfind("；", s_start, at) + 1)
    return SPOKEN_RE.search(text, part, at) is not None


def _together_with(text: str, pos: int, groups: list[list[PersonMention]]) -> list[PersonMention] | None:
    """The group joined to the one ending at ``pos`` by 同/与/和 and doing the next thing together."""
    joined = TOGETHER_JOIN_RE.match(text, pos)  # "李强在珀斯同澳大利亚总理阿尔巴尼斯共同出席…"
    if joined is None:
        return None
    pos = joined.end() - 1
    partner = next((g for g in groups if g and pos + 1 <= chain_start(g) <= pos + 9), None)
    if partner is None or CLAUSE_END_RE.search(text, pos, partner[0].start):
        return None
    return partner if TOGETHER_RE.match(text, partner[-1].end) else None


def _closing_attendance(text: str, pos: int, s_end: int) -> int | None:
    """Where the attendance verb that closes the sentence starts, if nothing but names, titles and list
    words stand between ``pos`` and it."""
    closing = CLOSING_ATTENDANCE_RE.search(text, pos, s_end)
    if closing is None or closing.start() - pos > 160 or OTHER_VERB_RE.search(text, pos, closing.start()):
        return None
    return closing.start()


def _convened_on_tour(current: EventDraft | None, ent: Ent, roles: list[str], verb: str) -> bool:
    """A meeting named only by its kind ("座谈会", "紧急会议") that the subject convenes or holds (召开, 举行) while
    the story's event in scope is a tour someone was read on, or an activity: one of its own, as "…来到南京
    大学…，并召开座谈会" and "…集会活动。…斯塔默6日再度举行紧急会议" are.  "主持会议" chairs the meeting in
    scope, and a headline's tour no one was yet read on may be that meeting itself."""
    return (
        current is not None
        and ((current.type == "inspection" and bool(current.roles)) or current.type == "activity")
        and ent.data["type"] == "meeting"
        and roles[0] == "chair"
        and ("召开" in verb or "举行" in verb)
    )


def _names_of(group: list[PersonMention]) -> str:
    """The group's names, each once, as an event's name opens with them ("李希召开座谈会")."""
    return "".join(dict.fromkeys(m.name for m in group))


def _chaired_by(meeting: EventDraft, group: list[PersonMention], spoke: bool) -> None:
    """The group chairs the meeting it convened, and speaks there when the sentence says so ("…并发表重要讲话")."""
    for pos, m in enumerate(group, 1):
        for role in ("chair", "speaker") if spoke else ("chair",):
            meeting.add_role(m, role, pos if len(group) > 1 else None)


def _told_apart_with(event: EventDraft, told: list[EventDraft], group: list[PersonMention]) -> list[EventDraft]:
    """The other events of the sentence that told ``event``, of its class, that each of the group took part
    in: the meetings "分别会见A、B" told apart, where whoever they share goes on to speak."""
    return [
        e
        for e in told
        if e is not event
        and e.sentence == event.sentence
        and e.head == event.head
        and e.status == "held"
        and all(m.name in e.names() for m in group)
    ]


def _days_of_a_trip(event: EventDraft, told: list[EventDraft]) -> bool:
    """Whether the event's days are those of another event of the story, told in the same sentence
    (the visit or tour on which it was held): days it took from its neighbour, not its own."""
    if not event.end_date or event.end_date == event.date or len(event.date or "") != 10:
        return False
    return any(
        e is not event and e.sentence == event.sentence and (e.date, e.end_date) == (event.date, event.end_date)
        for e in told
    )


def _on_one_day_of_several(meeting: EventDraft, told: list[EventDraft]) -> None:
    """ "李希22日至25日到江苏调研…并召开座谈会": a meeting convened on a tour of several days was held on one
    of them, which the text does not say; the tour's days are not the meeting's."""
    tours = [e for e in told if e is not meeting and e.end_date and e.end_date != e.date]
    if (meeting.end_date and meeting.end_date != meeting.date) or any(meeting.date == e.date for e in tours):
        meeting.date = meeting.end_date = None


def _also_attended(
    text: str, trigger_end: int, sent_events: list[Ent], events: list[EventDraft], current: EventDraft | None
) -> EventDraft | None:
    """ "陪同考察并出席座谈会": the meeting the story told, attended by the same people after their verb."""
    also = ALSO_ATTENDED_RE.match(text, trigger_end)
    if also is None:
        return None
    ent = next((e for e in sent_events if e.start == also.end()), None)
    if ent is None or not _is_generic(ent):
        return None
    return _event_of_kind(events, current, ent.data["head"])


GUESTS_OF_RE = re.compile(r"(?:的)?(?:与会|全体)?(?:代表|嘉宾|人员|成员|人士|运动员)")


# "到访的朝鲜外务相崔善姬", "来访的欧洲安全与合作组织轮值主席国波兰外交部长拉乌": who the guest is may come
# between the visit and the guest's own title, but no other guest of a list does
ARRIVED_GUEST_RE = re.compile(r"(?:到访|来访)的[^，。；、和]{0,24}$")


def _guest_visits(text: str, hit: ClassHit) -> list[ClassHit]:
    """ "普京…会见了到访的朝鲜外务相崔善姬", "与到访的土耳其总统埃尔多安举行会谈": the guest met is on a
    visit, an event of its own (the class that reads "到访的X" when no meeting is told with it)."""
    visit = next(cls for cls in event_classes() if cls.name == "visit_arriving")
    out = []
    for guest in hit.others:
        start = chain_start([guest])
        arrived = ARRIVED_GUEST_RE.search(text, max(0, start - 30), start)
        if arrived is not None and not any(arrived.start() < m.start < start for m in hit.subjects + hit.others):
            out.append(ClassHit(visit, arrived.start(), arrived.start() + 3, [], [guest]))
    return out


def _guests_of(a: str, b: str) -> bool:
    """ "王沪宁会见纪念…座谈会与会代表" names the guests of the 座谈会, and meets them: two events."""
    short, long = sorted((a, b), key=len)
    at = long.find(short)
    return at >= 0 and bool(GUESTS_OF_RE.match(long, at + len(short)))


def _listed_places(listed: str, lex: Lexicon) -> list[str]:
    """The places of "沙特、澳大利亚和日本": split at 、, and at 和/及 only between two known places, so that
    特立尼达和多巴哥 stays one country."""
    places = []
    for item in listed.split("、"):
        joined = re.fullmatch(r"(?P<a>.+?)(?:和|及)(?P<b>.+)", item)
        if item not in lex.places and joined and joined["a"] in lex.places and joined["b"] in lex.places:
            places += [joined["a"], joined["b"]]
        else:
            places.append(item)
    return places


def _hosted_elsewhere(host: str | None, event: EventDraft) -> bool:
    """Whether an event its host names is another than ``event``, held by other hosts: each embassy's own
    reception in "中国驻老挝使馆举办国庆招待会…在中国驻瑞典使馆举办的国庆招待会上"."""
    return bool(host and event.organizers) and not any(_same_body(host, o) for o in event.organizers)


def _same_body(a: str, b: str) -> bool:
    """Whether two names of an event's host may be one body: 安理会 and 联合国安理会, 中国使馆 and 中国驻美国使馆,
    but not 中国驻瑞典使馆 and 中国驻老挝使馆."""
    return a == b or _abbreviates(a, b) or _abbreviates(b, a)


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an abbreviation of ``long``: its characters, in order, among those of ``long``
    (晋衔 of 中央军委晋升上将军衔)."""
    if len(short) < 2 or len(short) >= len(long):
        return False
    found = iter(long)
    return all(char in found for char in short)


def _event_of_kind(events: list[EventDraft], current: EventDraft | None, head: str) -> EventDraft | None:
    """The event in scope if a generic noun ("座谈会") fits it, else the latest event of that kind."""
    held = [e for e in reversed(events) if e.status == "held"]
    # "出席闭幕式的国际贵宾有…" after a handover was told: the games' closing the story called so before,
    # or said closed ("…会议闭幕"), before one whose name has the noun (a speech's "出席了大会开幕会和闭幕会")
    if called := next((e for e in reversed(held) if head in e.called), None):
        return called  # the first: the story's own event, which its lede said closed
    if current is not None and head in current.name:
        return current
    return next((e for e in held if head in e.name), None)


def _event_of_kind_named_in(
    text: str, clause: re.Match[str], sent_events: list[Ent], events: list[EventDraft], current: EventDraft | None
) -> EventDraft | None:
    """The event a roster's opening clause names by a generic noun ("出席闭幕式的国际贵宾有："), if any."""
    named = next(
        (e for e in sent_events if clause.start() <= e.start and e.end <= clause.end() and _is_generic(e)), None
    )
    return _event_of_kind(events, current, named.data["head"]) if named is not None else None


def _report_subject(text: str, ent: Ent) -> bool:
    """Whether an event noun is the subject of a report, a bill or an account ("关于检查…情况的报告")."""
    if CASE_REPORTED_RE.match(text, ent.end):
        return True  # "审议了…访问俄罗斯…并在俄出席第七届东方经济论坛情况的书面报告"
    return "关于" in text[max(ent.start, ent.end - 8) : ent.end] and REPORT_ON_RE.match(text, ent.end) is not None


SHOW_RE = re.compile(r"演出|表演|展演|晚会|音乐会")


def _part_of(current: EventDraft | None, hit: ClassHit, text: str) -> bool:
    """Whether a class mention tells part of the event in scope rather than a new event.

    A site visited by the same people on their tour ("首先考察了…园区") is part of the tour; a talk
    given at a meeting named by its own noun ("集体学习…王巍作了讲座") is part of that meeting, while a
    second lecture after a first is a lecture of its own.
    """
    if current is None:
        return False
    mourning = current.head in MOURNING_CLASSES or FUNERAL_RE.search(current.name)
    if mourning and RELATIVES_CONSOLED_RE.search(text, hit.trigger_start, hit.trigger_end + 8):
        return True  # "…为钱正英同志送别，并慰问其亲属": the consolation is part of the farewell
    if hit.cls.name == "site_visit":
        # "习近平来到…考察，参观了…成果展", "…开幕式。王沪宁等参观了展览": a site seen on the tour or at the
        # occasion in scope is part of it; a visit to a second site after a first is a visit of its own, and
        # so is one told from a day of its own by others ("5月19日上午，…彭丽媛邀请…共同参观西安易俗社")
        opening = max(text.rfind(mark, 0, hit.trigger_start) for mark in "。\n") + 1
        dated = SENTENCE_DAY_LEAD_RE.match(text, opening).end() > opening
        others = not current.names() & {m.name for m in hit.subjects}
        return current.head != "site_visit" and not (dated and others)
    if hit.cls.name == "performance" and SHOW_RE.search(current.name) and current.status == "held":
        return True  # "…文艺演出进军营活动举行。…孙伟红观看演出": the show watched is the one in scope
    if current.type != hit.cls.type:
        return False
    if hit.cls.name == "condolence" and FUNERAL_RE.search(current.name):
        return True  # "…遗体在八宝山火化。…李四等到八宝山为王仲文同志送别": the farewell is the funeral told
    if hit.cls.name == "inspection" and _en_route(text, hit):
        return False  # "在返京途中，习近平在山东省委书记林武…陪同下来到枣庄市考察": a tour of its own
    if hit.subjects and JOINING_RE.search(text, hit.subjects[-1].end, hit.trigger_end):
        return True  # "李鸿忠等一同看望": the others join the visit just reported
    if hit.cls.name == "inspection":
        return bool(current.names() & {m.name for m in hit.subjects})
    if hit.cls.name == "lecture":
        # a meeting named by its own noun (集体学习, 座谈会), not one a verb told ("陆昊还与学员座谈"): a lecture
        # after that is the next speaker's own
        return current.head not in CLASS_NAMES
    if hit.cls.name == "wreath":
        # "…举行仪式，纪念…。X代表全国政协…敬献花篮": wreaths laid at the commemoration told, not after a
        # welcome ceremony (a guest's wreath at the monument is a ceremony of its own)
        return bool(COMMEMORATION_RE.search(current.name))
    if hit.cls.name == "decoration":
        # "…颁授仪式在京隆重举行，习近平向…获得者颁授勋章奖章": the conferring is what the ceremony told does
        return bool(AWARD_CEREMONY_RE.search(current.name))
    return False


#: a tour made on the way home from another: "9月24日下午，在返京途中，习近平…来到枣庄市考察"
EN_ROUTE_RE = re.compile(r"(?:返京|回京|返程|归国)途中")


def _en_route(text: str, hit: ClassHit) -> bool:
    """Whether the clause of a tour says it was made on the way back from the one told before it."""
    opening = max(text.rfind(mark, 0, hit.trigger_start) for mark in "。\n")
    return EN_ROUTE_RE.search(text, opening + 1, hit.trigger_start) is not None


def _joined(events: list[EventDraft], hit: ClassHit, text: str) -> EventDraft | None:
    """The event of the story that people "一同"/"陪同" a verb of its class join, told before the
    event now in scope ("…考察，主持召开座谈会…。李强出席座谈会。蔡奇陪同考察")."""
    if not hit.subjects or (hit.cls.name == "inspection" and _en_route(text, hit)):
        return None
    if JOINING_RE.search(text, hit.subjects[-1].end, hit.trigger_end):
        return next((e for e in reversed(events) if e.type == hit.cls.type and e.status == "held"), None)
    if hit.cls.name in ARRIVAL_CLASSES:
        # "习近平乘专机抵达美国旧金山…。习近平乘坐专机抵达旧金山国际机场时，受到…迎接": one arrival, told twice
        subjects = {m.name for m in hit.subjects}
        return next((e for e in events if e.head in ARRIVAL_CLASSES and subjects & e.names()), None)
    if hit.cls.name == "inspection":
        # "…会见兵团建设者代表。…习近平来到吐鲁番市考察调研": a stop of the tour the story told first
        subjects = {m.name for m in hit.subjects}
        return next((e for e in events if e.type == "inspection" and e.status == "held" and subjects & e.names()), None)
    return None


def _elected_posts(text, group, triggers, s_end, region, lex, positions):
    """ "彭丽娟当选渝中区妇联主席，邓雪洁、刘芷廷当选副主席": the post each was elected to."""
    from kg.extract.recognise import body_ending_at

    end = next(t[3] for t in triggers if t[0] == "elected")
    clause = re.compile(r"[，。；]").search(text, end, s_end)
    stop = clause.start() if clause else s_end
    title = lex.title_ending_at(text, stop, end)
    if not title:
        return []
    t_start = stop - len(title)
    b_start = body_ending_at(text, t_start, lex, floor=end)
    if b_start is not None:
        title, body = implied_body_written(title, canonical_body(text[b_start:t_start], region, lex))
    elif title in POST_VARIANTS:  # "当选党的二十大代表": the form names its own body and borrows none
        title, body = normalise_post(title, None)
    elif (country := country_ending_at(text, t_start, lex)) is not None:
        body = country  # "梁强当选新任越南国家主席": the country's, not a body of his party's chain
    else:  # "当选副主席" after "当选渝中区妇联主席": the body named for the first one elected
        body = next((b for _, t, b in reversed(positions) if b and t in text[end - 40 : end]), None)
        body = body or next((b for _, _, b in reversed(positions) if b), None)
    return [(m, title, body) for m in group]


# the subject of a headline and the part it took: "栗战书参加江西代表团审议", "王沪宁出席…开幕式"
HEADLINE_ROLE_RE = re.compile(r"(?:在[^，。；\s]{1,12}?)?(?P<verb>出席|参加|列席|主持召开|主持)")
HEADLINE_ROLES = {"出席": "attendee", "参加": "attendee", "列席": "nonvoting", "主持召开": "chair", "主持": "chair"}


def _headline_role(title: str | None, mentions: list[PersonMention]) -> tuple[PersonMention, str] | None:
    """The person a headline opens with, as the story names them, and the role its verb gives."""
    headline = event_headline(title) or ""
    subject = max((m for m in mentions if headline.startswith(m.name)), key=lambda m: len(m.name), default=None)
    if subject is None:
        return None
    verb = HEADLINE_ROLE_RE.match(headline, len(subject.name))
    return (subject, HEADLINE_ROLES[verb.group("verb")]) if verb else None


def _title_event(title: str, region: str | None, lex: Lexicon) -> EventDraft | None:
    from kg.extract.recognise import find_event_phrases

    for ent in find_event_phrases(title, lex, []):
        if not ent.data["background"] and _event_happened(title, ent, 0, lede=True):
            name = canonical_event_name(ent.data.get("name") or ent.text, region, lex)
            subject = re.match(r"^(.{2,20}?)(?:召开|举行)", title[: ent.start])
            if subject and subject.group(1).endswith(("主持", "出席")) and "和" not in ent.text:
                subject = None  # "李强主持召开国务院常务会议" names the chair: the meeting keeps its own name
            if subject and not name.startswith(subject.group(1)[:2]):
                name = canonical_event_name(subject.group(1) + ent.text, region, lex)
            if len(name) <= len(ent.data["head"]) + 1:
                continue  # "…会议" alone in a headline names no event of its own
            drafted = EventDraft(name, ent.data["type"], -1, -1, 0, head=ent.data["head"], from_title=True)
            if (closing := CLOSING_RE.match(title, ent.end)) and "闭幕" in closing.group():
                drafted.called.update(CLOSINGS)  # "全国政协十四届一次会议闭幕": the story's 闭幕会 is its closing
            return drafted
    return None


def _title_class_event(title: str, names: set[str], region: str | None, lex: Lexicon) -> EventDraft | None:
    """A headline that reports an event with a verb: "习近平同塔吉克斯坦总统举行会谈", "李希在福建调研".

    The story may never repeat the verb with the names ("两国元首先后举行小范围会谈"), yet what its people
    say ("习近平指出") is said at that event; the headline, whose subject the story names, is its name.
    """
    headline = event_headline(title) or ""
    subject = max((n for n in names if headline.startswith(n)), key=len, default=None)
    if subject is None:
        return None
    found = _headline_verb(headline, GROUP_SKIP_RE.match(headline, len(subject)).end(), cited_too=False)
    if found is None:
        return None
    cls, m = found
    name = canonical_event_name(headline, region, lex)
    # v2: both sides of a 会见/会谈, the official on a tour, attend; at a 座谈 or a 集体谈话 a speaker only speaks
    attend = "attendee" in cls.subject_roles and not any(w in m.group("trigger") for w in ("座谈", "集体谈话"))
    return EventDraft(name, cls.type, -1, -1, 0, head=cls.name, from_title=True, speakers_attend=attend)


DURING_MEETING_RE = re.compile(
    r"在?(?:集体|分别)?(?:会见|会谈|会晤|同|与)(?P<who>[^，。；]{1,30}?)(?:会谈|会晤|会见|座谈|茶叙)?时[，,]"
)
TALKS_AFTER_RE = re.compile(r"会谈|会晤")


def _event_during(text: str, s_start: int, events: list) -> EventDraft | None:
    """The event a sentence opening "在会见X时，" speaks of: the latest one X attends, or whose name
    holds X ("在集体会见论坛理事和战略合作伙伴代表时", "在同中外企业家代表座谈时")."""
    m = DURING_MEETING_RE.match(text, s_start)
    if m is None:
        return None
    who = m.group("who")  # the person may be named bare, as no rule reads a name alone ("会见奥尔塔时")
    for e in reversed(events):
        if any(len(n) >= 2 and n in who for n in e.names()) or (len(who) >= 4 and who in e.name):
            return e
    return None


def _meeting_told_during(
    text: str, s_start: int, group: list[PersonMention], mentions: list[PersonMention], sent: int, new_event
) -> EventDraft | None:
    """A meeting a story tells only through what was said at it: "在会见巴西总统卢拉时，李希表示" in a
    visit's story that never says "李希会见卢拉" (when it does, :func:`_event_during` finds that meeting)."""
    m = DURING_MEETING_RE.match(text, s_start)
    if m is None or group[0].start < m.end():
        return None
    talks = TALKS_AFTER_RE.match(text, m.end("who"))  # "在同埃及参议长阿卜杜拉齐格会谈时，李希表示"
    if "会见" in text[m.start() : m.start("who")]:
        name, head = _names_of(group) + "会见" + m.group("who"), "meeting_with"
    elif talks is not None and re.search("同|与", text[m.start() : m.start("who")]):
        name, head = _names_of(group) + "同" + m.group("who") + talks.group(), "talks_with"
    else:
        return None
    guests = [p for p in mentions if m.start("who") <= p.start and p.end <= m.end("who")]
    if not guests:
        return None
    meeting = new_event(name, "meeting", m.start("who"), m.end("who"), sent, head)
    for person in group + guests:
        meeting.add_role(person, "attendee", None)
    return meeting


def _clause_end(text: str, pos: int, s_end: int) -> int:
    m = CLAUSE_END_RE.search(text, pos, s_end)
    return m.start() if m else s_end


def _speaker_s_meeting_told_with(current: EventDraft, events: list[EventDraft], names: set[str]) -> EventDraft:
    """The event a speaker who is not at the one in scope spoke at: told in the same sentence, with him in it.

    One of the meetings a "分别" told apart ("分别同岸田文雄、尹锡悦会面。…尹锡悦表示"); on a visit, the meeting
    with the host who speaks ("…访问，分别会见…拉鲁萨、…塔亚尼。…拉鲁萨表示"); or the one meeting of a lede
    that names several events ("…在圣彼得堡会见总统普京，…并出席…第九次会议。…普京请赵乐际转达…。他说").
    Speakers named together must all be at it (not "哈莉玛、李显龙等表示" after meetings with each); the one in
    scope when there is none."""
    return next(
        (
            e
            for e in reversed(events)
            if e is not current
            and e.sentence == current.sentence
            and (e.head == current.head or current.head in VISIT_HEADS or e.type == "meeting")
            and names <= e.names()
        ),
        current,
    )


def _speaks_in_the_next_clause(text: str, pos: int, s_end: int) -> bool:
    """Whether the clause right after the one read opens on a speech verb with no subject of its own."""
    boundary = CLAUSE_BOUNDARY_RE.search(text, pos, s_end)
    return boundary is not None and ZERO_SUBJECT_SPEECH_RE.match(text, boundary.start()) is not None


IN_SCOPE_RE = re.compile(
    r"在[^，。]{0,16}(?:会上|会议上|仪式上|活动上|座谈会上|讲话中|致辞中|上讲话)"
    r"|^\s*(?:在)?(?:[^，。；]{0,10}?(?:会上|会议上|仪式上)|活动中|会谈中|会见中|调研中|考察中|调研期间|考察期间)[，,]"
)


# after talks, the meeting the two sides chair together: "举行会谈并共同主持中土合作委员会第六次会议"
CO_CHAIRED_RE = re.compile(r"(?:后)?[，,]?并?共同主持(?:召开|举行)?(?:了)?")
# a sentence that opens on the event it speaks of by that event's own noun: "座谈会上，", "在开幕式上，"
OPENING_NOUN_RE = re.compile(r"\s*(?:在)?(?:这次|此次|本次|该)?(?P<noun>[^，。；]{3,10}?)上[，,]")


def _event_named_at_opening(
    text: str, s_start: int, events: list[EventDraft], current: EventDraft
) -> EventDraft | None:
    """The event an opening such as "座谈会上，" names, when it is not the one in scope (a tour was told
    between); None when the noun fits the event in scope or no event told before."""
    m = OPENING_NOUN_RE.match(text, s_start)
    if m is None or m.group("noun") in current.name:
        return None
    return next((e for e in reversed(events) if m.group("noun") in e.name and e.status == "held"), None)


#: what a speech is said to be about: "围绕学习贯彻习近平总书记近期重要讲话精神作了发言"
SPEECH_TOPIC_RE = re.compile(r"围绕(?:学习贯彻|贯彻落实|学习)?(?P<topic>[^，。；]{6,40}?)(?:作|进行)")
#: the length of a topic's opening that must be found in an agenda
TOPIC_KEY = 8


def _event_of_agenda(
    text: str, s_start: int, speech_at: int, events: list[EventDraft], sentences: list[tuple[int, int]],
    target: EventDraft,
) -> EventDraft | None:
    """The earlier event of the story whose own sentences set the topic a speaker speaks to ("会议传达学习
    贯彻习近平总书记近期重要讲话精神。…主席会议举行了集体学习，主题是…。A、B围绕学习贯彻习近平总书记近期
    重要讲话精神作了发言"), when the event in scope told no such words; None otherwise."""
    m = SPEECH_TOPIC_RE.search(text, s_start, speech_at + 2)
    if m is None:
        return None
    key = m.group("topic")[:TOPIC_KEY]
    held = [e for e in events if e.status == "held" and e.sentence < len(sentences)]
    for pos, event in enumerate(held):
        start = sentences[event.sentence][0]
        end = sentences[held[pos + 1].sentence][0] if pos + 1 < len(held) else s_start
        if key in text[start:min(end, s_start)]:
            return event if event is not target else None
    return None


def _in_scope(text: str, s_start: int, s_end: int) -> bool:
    """A sentence that says it speaks of the event at hand ("在会上…", "座谈会上，…先后发言")."""
    return bool(IN_SCOPE_RE.search(text[s_start:s_end]))


VISIT_CLAUSE_RE = re.compile(
    r"(?:【[^】]{0,24}】)?(?:(?:" + dates.DAY + r"|今天|当天|日前|近日)[，,]?)?(?P<clause>[^，。；]{4,40}?)[，,]$"
)


def _visit_before(text, s_start, group_start, sent, new_event) -> EventDraft | None:
    """A visit told in the clause before the people who escorted it, by a group no rule names a person."""
    m = VISIT_CLAUSE_RE.fullmatch(text, s_start, group_start)
    if m is None or not INSPECTION_VERB_RE.search(m.group("clause")):
        return None
    return new_event(m.group("clause"), "inspection", s_start + m.start("clause"), s_start + m.end("clause"), sent, "")


#: a headline's subject that names no one: "中德两国总理", "两国元首", "双方"
COLLECTIVE_SUBJECT_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?)?两国(?:元首|总理|首脑|领导人|外长)|双方")


#: a sentence whose subject is the guests of the event as a whole, and what they said or how they took it:
#: "国际经济组织负责人高度赞赏…，表示…", "与会阿方领导人积极呼应…"
GUESTS_SPEAK_RE = re.compile(
    r"\s*(?:与会(?:[外阿非拉各]方|各国)?|[外阿非拉各]方|各国|国际[^，。；、]{0,8}?组织)的?(?:领导人|负责人)们?"
    r"[^。；]{0,80}?(?:表示|指出|强调|认为|说|呼应|赞赏)"
)
#: the fewest guests listed together that make a gathering whose guests speak as one
GUESTS_LISTED_MIN = 3


#: the bodies of China's own state and Party, whose holders host the guests rather than speak among them
DOMESTIC_BODY_PREFIXES = ("中共", "中央", "全国", "国务院", "国家", "中国")


def _listed_guests(event: EventDraft, sentences: list[tuple[int, int]], hosts: set[str]) -> list[PersonMention]:
    """The attendees an event's story lists together (the sentence naming most of them): the guests its
    collective subject ("与会领导人") speaks for, not the escorts named one by one later, nor the hosts who
    hold China's posts ("中共中央政治局常委李强、赵乐际…出席。…非方领导人…高度赞赏")."""
    by_sentence: dict[int, list[PersonMention]] = {}
    for m, role, _ in event.roles:
        if role == "attendee" and m.name not in hosts:
            by_sentence.setdefault(sentence_index(sentences, m.start), []).append(m)
    listed = max(by_sentence.values(), key=len, default=[])
    return listed if len(listed) >= GUESTS_LISTED_MIN else []


def _headline_event(title: str, sent: int, new_event) -> EventDraft | None:
    """The event a story's headline reports of a collective subject ("中德两国总理共同会见记者"), for those
    the story says attended everything above when it told no event of its own."""
    headline = event_headline(title) or ""
    subject = COLLECTIVE_SUBJECT_RE.match(headline)
    if subject is None:
        return None
    found = _headline_verb(headline, GROUP_SKIP_RE.match(headline, subject.end()).end())
    return new_event(headline, found[0].type, -1, -1, sent, found[0].name) if found is not None else None


def _headline_verb(headline: str, after: int, *, cited_too: bool = True) -> tuple[EventClass, re.Match[str]] | None:
    """The class, and its verb, that a headline writes right after its subject ("…同塔吉克斯坦总统举行会谈");
    not one that cites an earlier occasion where ``cited_too`` is False ("…考察时的重要讲话")."""
    for cls in event_classes():
        if cls.where != "after" or cls.name_template == "{current}":
            continue
        m = cls.trigger.match(headline, after)
        cited = not cited_too and m is not None and CITED_AFTER_RE.match(headline, m.end()) is not None
        if m and not cls.not_if.search(headline, 0, m.end("trigger")) and not cited:
            return cls, m
    return None


#: an election's result announced by whoever counts the votes, and the odds of one still to come
RESULT_TOLD_BEFORE_RE = re.compile(r"宣布$|确认$|公布$")
ODDS_RE = re.compile(r"难度|可能|有望|或将|能否|预计|恐")


def _descriptive_event(text, group, s_start, clause_end, sent, new_event) -> EventDraft | None:
    """An event the text names only by what the group did: "张青莉一行调研大足区渝馨家园建设情况"."""
    start = group[0].start
    clause = text[start:clause_end]
    if ALL_ABOVE_RE.search(clause):
        return None  # "王毅、何立峰等出席上述活动": the clause points back, it names no event of its own
    if not INSPECTION_VERB_RE.search(clause) and not re.search(r"会议|座谈|活动|仪式|开幕式|闭幕式|当选|选举", clause):
        lex = Lexicon.load()
        noun = lex.event_noun_re.search(clause)  # "蔡奇出席结业式并作总结讲话": a kind the noun table gives
        if noun is None:
            return None
        return new_event(clause[:40], lex.event_types.get(noun.group(), "activity"), start, clause_end, sent, "")
    if INSPECTION_VERB_RE.search(clause):
        etype = "inspection"
    elif re.search(r"仪式|开幕式|闭幕式", clause):
        etype = "ceremony"  # "谌贻琴应邀出席闭幕式": the ceremony of an event the story names no further
    elif "会" in clause or re.search(r"当选|选举", clause):
        etype = "meeting"  # "蒋崇华当选县长": elected at a session the story does not name
        if RESULT_TOLD_BEFORE_RE.search(text, max(s_start, start - 6), start) or ODDS_RE.search(clause):
            return None  # "选举委员会…正式宣布普拉博沃当选…", "乔丹当选议长仍有很大难度": a result, or odds
    else:
        etype = "activity"
    return new_event(clause[:40], etype, start, clause_end, sent, "")


# A day told relative to the report inside the event's own clause: "在今天举行的…发布会上", "昨天召开的…"
OWN_CLAUSE_DAY_RE = re.compile(r"今天|今日|昨天|昨日")
CLAUSE_BREAK_RE = re.compile(r"[，；：,;]")


def _clause_around(text: str, s_start: int, s_end: int, at: int) -> tuple[int, int]:
    """The clause of a sentence that holds ``at``: from after the comma before it to the comma after."""
    breaks = [m.end() for m in CLAUSE_BREAK_RE.finditer(text, s_start, at)]
    after = CLAUSE_BREAK_RE.search(text, at, s_end)
    return (breaks[-1] if breaks else s_start), (after.start() if after else s_end)


def _first_date(date_ents, sent_span, text, pub_date, context_year) -> tuple[str | None, str | None]:
    s_start, s_end = sent_span
    for d in date_ents:
        if s_start <= d.start < s_end and "day" in d.data and not CUT_OFF_RE.search(text, max(0, d.start - 3), d.start):
            return dates.resolve(d.data, pub_date, context_year)
    return None, None
