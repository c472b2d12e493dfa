"""Bodies (organisations) by grammar: an anchor, a stem and a suffix, cut where the name starts and ends.

Kept apart from person recognition (:mod:`kg.extract.recognise`) because the two change for different
reasons: the body grammar follows the gold guidelines on what counts as a body (a government, Party or
mass organisation, a department, a company, a school, a hospital, an association), while the person
rules follow how officials are introduced.  Everything here is a pure function from text to spans.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from typing import NamedTuple

from kg.extract.lexicon import (
    HAN,
    SHORT_FORM_KINDS,
    Lexicon,
    alternation,
    dictionary_places,
    dictionary_words,
    guarded_alternation,
    place_ending_at,
)

# Words of a sentence that no body name holds: verbs that act on or with bodies, adverbs, prepositions,
# sessions and reports ("秘鲁出席亚太经合组织", "中国政府通过驻汤加使馆", "全国政协八届一次会议和…").
NEVER_HOLDS_WORDS = (
    # meeting, visiting and receiving
    "出席|参加|举行|召开|会见|访问|主持|抵达|看望|慰问|考察|调研|视察|走访|来到|前往|驻留|进驻|"
    "走进|赶赴|列席|获邀|加入|致函|深入|欢迎|"
    # saying, deciding and publishing
    "表示|指出|发布|签署|公布|汇报|传达|审议|听取|宣布|印发|发表|强调|讨论|分组|补选|"
    # time and manner
    "已经|分别|先后|目前|正在|继续|不断|持续|今天|昨天|明天|当天|今年|近日|日前|第一时间|反复|及时|"
    "就此|专门|首个|略微|有所|明年|去年|"
    # sessions, reports, people and lists
    "全体|等国|等地|工作会议|大楼|次会议|会议精神|负责人|使节|成员|两会|工作报告|"
    # acting on or with bodies
    "达到|成为|获得|实现|推进|推动|通过|委托|发起|成立|主办|接任|设立|坚持|推迟|提供|关于|联动|"
    "查处|作出|所属|联系|设置|来自|积极|发生|开展|经过|根据|按照|围绕|面向|针对|带领|牵头|携手|"
    "贯彻|落实|坚决|部署|决定|批准|帮助|参与|提升|打造|建立|做好|抓好|聚焦|助力|推出|启动|完成|"
    "导致|学习|贡献|要求|包括|袭击|致力|没有|办理|改进|纳入|组建|填补|增进|位于|支持|改善|开办|"
    "累计|安排|加快|共有|出现|落入|地处|优化|招收|设有|重新|考虑|允许|声援|追究|属于|"
    # granting, congratulating, watching, planning: "授予X大学", "复信X学校", "谋划学校", "洞察时局"
    "授予|明确|配置|观看|复信|办好|谋划|洞察|返回|范围内|健全|完善|飞往|飞抵|钦佩|高度|评价|赞赏|赞扬|又一名|"
    "采纳|呼吁|担任|运抵|空袭|旗下|参观|瞻仰|观摩|送往|送到|送至|转往|转至|赶往|"
    # what a sentence does with a body: "发挥二十国集团", "教育部升级国家中小学", "委内瑞拉政府指责…政府"
    "发挥|升级|开立|指责|认可|提高|筹办|扎根|摒弃|充分利用|历史上|仍处|现有|"
    # one body acting with or on another, or news quoted from one: "中国残联配合工业和信息化部",
    # "中宣部会同中央党史和文献研究院", "美国媒体援引美国疾控中心", "科学技术部不再保留国家外国专家局"
    "配合|援引|列入|不再保留|建成|组建|鼓励|弘扬|认识|下属|"
    # the Party and the state as a pair: "越南党和政府高度赞赏", "党和国家中心任务"
    "党和政府|党和国家"
)
# Words with a context: 境内 (not 境内外), 共同 (not 共同体), a meeting (not the one a memorial is named
# after: 遵义会议纪念馆), 等 (not 高等, 平等), 中国 inside 发展中国家
NEVER_HOLDS_IN_CONTEXT = (
    "境内(?!外)|共同(?!体)|(?<!协商)会议(?!纪念|会址|旧址)|(?<![高平同中初均对])等|(?<=发展)中国家(?!科学院)"
    # a verb, not the office named after the work ("全国文明城市创建办", "人道主义事务协调厅", "合作经济指导司",
    # "高层协调与合作委员会"), nor 会同县, "常委会同意", "社会同心"
    "|指导(?!委员会|中心|组|站|处|办|司|局|服务)|督导(?!组|办|委员会|司|局|处)|创建(?!办|工作|指挥部|领导小组)"
    "|协调(?!办|组|小组|委员会|中心|处|会|机制|厅|司|局|部|理事会|指挥部|与|和)"
    "|(?<=[部委局院厅办司署门）)])会同(?![县意心])"
    "|(?<=祝)贺"  # "祝贺国防科技大学": 祝 is no name character, and 贺 is the rest of its verb
    "|(?<![美德法英韩泰俄])国内外?(?!蒙)"  # "菲律宾国内政局", "国内外航空公司"; not 中国内蒙古, 美国内政部
)
# Tried at every character of every body, so laid out as a trie (:func:`alternation`) behind a test of the
# first character: most characters begin none of these words and cost one set lookup.
_NEVER_FIRST = "".join(sorted({w[0] for w in NEVER_HOLDS_WORDS.split("|")} | set("境共会等中贺国指协督创")))
BODY_NAME_NEVER_HOLDS = f"(?=[{_NEVER_FIRST}])(?:{alternation(NEVER_HOLDS_WORDS.split('|'))}|{NEVER_HOLDS_IN_CONTEXT})"


class BodyPatterns(NamedTuple):
    """The body grammar of one lexicon, compiled once."""

    at_end: re.Pattern[str]  # the anchored body that ends a string
    any: re.Pattern[str]  # any body, anchored or named by a strong suffix
    anchored: re.Pattern[str]
    named: re.Pattern[str]  # a name of its own before a suffix that names bodies by itself (长江大学)
    named_suffix_end: re.Pattern[str]  # that suffix, ending the string (学校 of 这些学校)
    conjoined: re.Pattern[str]  # an owner and a conjunction before the body (区和大医院)
    ends: re.Pattern[str]  # any word a body name ends with: runs of text without one hold no body
    foreign_party: re.Pattern[str]  # a country and the name of one of its parties (阿根廷正义党, 德国社民党)


#: one term of a congress or committee: "第八届", "十届"
TERM = "第?[一二三四五六七八九十]+届"


def _body_patterns(lex: Lexicon) -> BodyPatterns:
    # a place, behind a test of its first character (the trie of places is tried at every character)
    place = f"(?=[{''.join(sorted({p[0] for p in lex.places}))}])(?:{lex.place_re.pattern})"
    # Name characters; a bracket holds a short name of its own ("公元管道(重庆)有限公司"), never a date
    # ("国家卫生健康委今天(1月31日)通报"), and no body name has Arabic digits.
    not_core = "的了在对为是将把被从向以并也还都要让给说由召兼愿祝请已每按到称某至较"
    # "秘鲁出席亚太经合组织", "中国政府通过驻汤加使馆", "全国人大常委会关于延长授权国务院": a body name
    # holds no verb, adverb or preposition of its sentence
    verbs = BODY_NAME_NEVER_HOLDS
    # 对 is a preposition, but 对外 opens the name of bodies that work abroad (对外经济贸易大学, 对外友好协会)
    core = f"(?:[（(][{HAN}]{{1,8}}[）)]|对外|(?![{not_core}]|{verbs})[{HAN}A-Za-z·])"
    link = r"(?!和|与|及|同|会同|联合|等)"  # "X局和Y局" are two bodies: a link of a chain never starts with 和
    # "中俄投资合作委员会", "中越双边合作指导委员会": China and a country by its one-character short form own
    # a bilateral body; not 中 before a country's full name ("其中美国政府") nor 中美洲
    abbrevs = "".join(sorted(lex.country_abbrev))
    bilateral = f"中(?!{place}|美洲)[{abbrevs}]" if abbrevs else "(?!)"
    # "大湾村党总支", "坑口村党支部": a village owns its Party branch (and nothing else here)
    # (a plain look-ahead first: the costly name characters are read only before a 村 and its branch)
    village = f"(?=[{HAN}]{{1,4}}村党)(?:(?![{not_core}村]|{verbs})[{HAN}]){{1,4}}村(?=党总支|党支部|党委)"
    anchor = f"(?:{place}|{lex.body_anchor_re}|{bilateral}|{village}|[区市县省镇])"
    suffix = f"(?:{lex.body_suffix_re}|{lex.body_short_suffix_re})"
    standalone = "|".join(re.escape(b) for b in sorted(lex.standalone_bodies, key=len, reverse=True))
    # a country owns the movements, forces and parties known by their own name ("黎巴嫩真主党"), not the
    # international bodies ("美国北约未回应…", "中国东盟全面战略伙伴关系": two parties side by side)
    owned = [b for b in lex.standalone_bodies if lex.body_kinds.get(b) != "international"]
    owned_standalone = "|".join(re.escape(b) for b in sorted(owned, key=len, reverse=True))
    # a country before a body known by its own name is part of it ("黎巴嫩真主党", "也门胡塞武装")
    # "中国国民党革命委员会第八届、九届、十届中央委员会": the terms a biography lists between a body and its organ
    terms = f"(?:{TERM}、)+{TERM}"
    anchored = (
        f"(?:(?:{place})(?:{owned_standalone})|(?:{standalone})|{anchor}+{core}{{0,14}}?{suffix})"
        f"(?:{link}(?:{terms})?{core}{{0,12}}?{suffix})*"
    )
    strong = f"{core}{{1,14}}?(?:{lex.body_suffix_re})(?:{link}{core}{{0,12}}?{suffix})*"
    body = f"(?:{anchored}|{strong})"
    named = f"{core}{{1,14}}?(?:{lex.body_named_suffix_re})"
    conjoined = f"(?:{place}|{lex.body_anchor_re}|[区市县省])+[和与及]"
    return BodyPatterns(
        at_end=re.compile(f"(?:{anchored})$"),
        any=re.compile(body),
        anchored=re.compile(anchored),
        named=re.compile(named),
        named_suffix_end=re.compile(f"(?:{lex.body_named_suffix_re})$"),
        conjoined=re.compile(conjoined),
        ends=re.compile(guarded_alternation(lex.body_kinds)),  # every suffix and standalone body
        foreign_party=_foreign_party_re(lex),
    )


def _foreign_party_re(lex: Lexicon) -> re.Pattern[str]:
    """A foreign party: its country, a name of two to eight characters, 党 ("阿根廷正义党", "俄罗斯统一俄罗斯党").

    党 alone is "the Party" in Chinese news (党中央, 全党, 听党话), so it names a party only after a foreign
    country and a name that is neither a description (执政党, 各政党, 两党) nor the Party's work (党组, 党员)."""
    countries = sorted((p for p, (level, _) in lex.places.items() if level == "country" and p != "中国"), key=len)
    if not countries:
        return re.compile("(?!)")
    return re.compile(
        f"(?:{alternation(countries)})(?!执政|在野|反对|各|两|多|主要|全|大|小|政党|该|其)"
        f"(?:(?![党和与及的、])[{HAN}]){{2,8}}党(?![组委员内外务建史性风章纪政籍费课])"
    )


_BODY_CACHE: dict[int, BodyPatterns] = {}


def body_patterns(lex: Lexicon) -> BodyPatterns:
    key = id(lex)
    if key not in _BODY_CACHE:
        _BODY_CACHE[key] = _body_patterns(lex)
    return _BODY_CACHE[key]


LEVEL_CHARS = frozenset("省市县区州旗镇乡")
# An international body says what it does between 世界/国际 and its suffix; "国际组织" says nothing
INTERNATIONAL_RE = re.compile(f"(?:世界|国际)[{HAN}]{{1,10}}?(?:组织|联盟|联合会|委员会|理事会|协会)")


def _owned_start(text: str, s: int, e: int, lex: Lexicon) -> int | None:
    """Where the body in text[s:e] starts when it says whose it is, or None when it never does.

    A body begins with its anchor (a place, a level prefix, 中共/全国/国家…) or with a name of its own
    before a suffix that names bodies by themselves (大学, 医院, 有限公司).  Words the pattern ran into
    from the left ("出席县政协", "有中央纪委", "2104名全国政协") are cut at the first anchored start;
    an office with no owner at all ("新时代政协", "地方政府", "你们公司") is no body.
    """
    patterns = body_patterns(lex)
    if (conj := patterns.conjoined.match(text, s, e)) and e - conj.end() >= 2:
        s = conj.end()  # "区和大医院": the body is what follows the conjunction
    elif (after := _after_place_and(text, s, e)) is not None:
        s = after  # "依安县与北大荒集团": a county the places table does not list, then 与
    if patterns.anchored.fullmatch(text, s, e):
        return s
    inner = next((k for k in range(s + 1, e - 1) if patterns.anchored.fullmatch(text, k, e)), None)
    if inner is None:
        m = patterns.named.match(text, s, e)
        suffix = patterns.named_suffix_end.search(text, s, m.end()) if m else None
        if INTERNATIONAL_RE.fullmatch(text, s, e):
            return s  # "世界旅游组织", "国际铁路联盟": named by what they do worldwide
        if suffix is None or lex.body_generic_re.fullmatch(text, s, suffix.start()):
            return None  # "这些学校", "各地医院", "寄宿学校": bodies described, none named
        return s
    if patterns.any.fullmatch(text, s, inner):
        return s  # "太极集团|重庆中药二厂": a parent body before it
    return _place_before(text, inner, s)  # "临澧县人民医院": 临澧县 is known to the segmenter's dictionary


def _after_place_and(text: str, s: int, e: int) -> int | None:
    """Where the body starts after a place of the segmenter's dictionary and a conjunction ("依安县与|北大荒集团"):
    the place is a partner of the body, not its owner."""
    for k in range(s + 2, min(e - 2, s + 7)):
        if text[k] in "和与及同" and text[s:k] in dictionary_places():
            return k + 1
    return None


# Owners that are several jurisdictions or a whole level at once: "省区市纪委", "市县政协", "区县政府",
# "镇街人大", "省级政协", "国家级博物馆", "各级妇联组织" name a class of bodies, not one.
SEVERAL_OWNERS_RE = re.compile(
    r"(?:省区市|省市县|省市区|市县区|市区县|区县|县区|市县|县市|县乡|乡镇|镇街|街镇|省市)+|(?:国家|省|市|县|区|乡|镇)级|各级"
)


# What kind of school it is, said right before 学校/中学/小学: "原住民寄宿学校", "一所私立中学"
SCHOOL_KIND_RE = re.compile(r"(?:寄宿|公立|私立|民办|公办|教会)$")

# What China and a country cannot own together: a government, a parliament, a ministry ("中德政府磋商");
# committees, councils, a friendship hospital or school they can ("中俄投资合作委员会", "中巴友谊医院")
BILATERAL_NONE_RE = re.compile(r"(?:政府|议会|国会|[部局厅署省])$")

# A body's charter or agenda named after it: "遵守联合国宪章", "落实联合国2030年可持续发展议程" name a
# document, not the body as an actor
#: after a body of "all the district" (全区人大…), the sector it names: its system, its work, its front
SECTOR_AFTER_RE = re.compile(r"系统|工作|战线|事业")
ALL_OF_LEVEL_RE = re.compile(r"全[区县市省州镇乡]|.全[区县市省州镇乡]")
DOCUMENT_AFTER_RE = re.compile(r"宪章|(?:\d{4}年)?可持续发展(?:议程|目标)")
DESCRIBED_BEFORE = frozenset(("当地", "本地", "外地", "附近", "周边"))
# Groups of countries: 国家 after them means "countries" ("金砖国家", "发展中国家", "东盟国家", "非洲国家")
COUNTRIES_BEFORE_RE = re.compile(
    r"(?:金砖|发展中|东盟|阿拉伯|非洲|拉美|欧洲|亚洲|西方|沿线|伙伴|成员|周边|中亚|南亚|岛屿|加勒比|友好|其他|有关|相关|各)$"
)

# Offices named by what they are everywhere: "非洲国家政府", "政协组织", "全国地方政协"
CLASS_NAME_RE = re.compile(r"国家政府|国家议会|政协组织|(?:全国)?地方政协|地方人大")


# A level character that begins a word ("区域", "省域", "县属", "市场机制") is no level prefix
LEVEL_WORD_RE = re.compile(r"[区市县省州镇乡](?:域|属|内|外)|市场(?!监)")
# Words that describe or count bodies wherever they stand: "渝中区各级妇联组织", "县政协相关委室",
# "国务院有关部门", "全国大部分中小学", "地区有四所学校"
DESCRIBING_WORD_RE = re.compile(
    r"各级|各类|各地|全市|全省|全县|相关|有关|部分|这些|那些|所有|一些|多家|多国|这家|这所|那家|该|受灾|遇袭|当地"
    r"|驻外(?!事)"  # "驻外使领馆": China's missions abroad as a class, no one mission named
    r"|全国(?=[省市县区乡镇])(?!市场)"  # "全国县医院": every county's hospital
    r"|全国(?=宣传部|组织部|统战部|政法委|党委|政府)"  # "全国宣传部(长会议)": every committee's department
    r"|多个|多所|最大|官方|各报|新政府"  # "智利多个气象站", "南部最大医院", "伊朗官方通讯社", "智利新政府"
    r"|[一二三四五六七八九十]大(?=[\u4e00-\u9fff]{2})"  # "三大科研组织"
    # a numeral counting schools, firms, ministries or places: "四所", "20家", "七部委", "八市一县"
    r"|[\d一二两三四五六七八九十几数百千万]+(?:[所家座位](?!属)|部委|[市县](?=[一二两三四五六七八九十]))"
)


def _described(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Is text[s:e] a class of bodies described rather than one body named?

    Its owner is several levels or a level as such ("省区市纪委", "市级中心"), not a place; or it is
    a suffix that names bodies by itself after words that only describe or count ("全国中小学",
    "所受灾中小学", "四所学校").
    """
    if SEVERAL_OWNERS_RE.match(text, s, e) and not lex.place_re.match(text, s, e):
        return True
    place = lex.place_re.match(text, s, e)
    if (
        place
        and lex.places[place.group()][0] == "continent"
        and text.startswith(("国家", "各国", "地区", "次区域", "第一", "裔", "之"), place.end())
        and text[s:e] not in lex.standalone_bodies
    ):
        # "非洲国家政府", "非洲地区组织": the bodies of a continent's countries or regions, not one body; "非洲裔美国人
        # 经济和文化中心", "非洲之所": a people or a phrase, not the continent
        return True
    if text[s] in LEVEL_CHARS and SEVERAL_OWNERS_RE.match(text, s + 1, e):
        return True  # "省乡镇人大(工作条例)": the towns of a province, not one congress
    if CLASS_NAME_RE.fullmatch(text, s, e):
        return True
    if LEVEL_WORD_RE.match(text, s, e) or (s > 0 and text[s - 1] in NUMERALS and text[s] in "家所座个"):
        return True  # "区域中心", "省域副中心"; "9|家外商独资基金管理公司"
    if text[max(0, s - 2) : s] in DESCRIBED_BEFORE or text[s - 1 : s] == "某":
        return True  # "当地|农业科学研究所", "广东某|新材料科技有限公司": a body described or kept anonymous
    if text.startswith("国家", s) and COUNTRIES_BEFORE_RE.search(text, max(0, s - 5), s):
        return True  # "金砖国家|疫苗研发中心": 国家 is "countries" there, not the state
    if DESCRIBING_WORD_RE.search(text, s, e):
        return True
    patterns = body_patterns(lex)
    suffix = patterns.named_suffix_end.search(text, s, e)
    if suffix is None or suffix.start() <= s:
        return False
    stem = text[s : suffix.start()]
    if stem[0] in LEVEL_CHARS and len(stem) > 1:
        stem = stem[1:]  # "区|中小学": a level prefix before a described school still describes it
    if stem[-1] in "该这那此其" or (len(stem) < 2 and not patterns.anchored.fullmatch(text, s, e)):
        return True  # "去年该公司", "占公司": a company pointed at, or a stem too short to be a name
    if SCHOOL_KIND_RE.search(stem):
        return True  # "原住民寄宿学校", "双语公立学校": a kind of school, not one school's name
    return lex.body_generic_re.fullmatch(stem) is not None


def body_ending_at(text: str, end: int, lex: Lexicon, *, floor: int = 0) -> int | None:
    """Start of the longest anchored body name that ends exactly at ``end`` (or None)."""
    at_end = body_patterns(lex).at_end
    lo = max(floor, end - 40)
    m = at_end.search(text[lo:end])  # the leftmost start that reaches ``end``: the longest body
    if m is None:
        return None
    start = _place_before(text, lo + m.start(), lo)
    return _after_place_and_preposition(text, start, end, body_patterns(lex).any, lex)


def named_body_ending_at(text: str, end: int, lex: Lexicon, *, floor: int = 0) -> int | None:
    """Start of a body known by its own name (清华大学, 国际儒学联合会, 中国佛教协会西藏分会) that ends at ``end``.

    :func:`body_ending_at` reads the names a place or an anchor opens; a school, a company or an association
    is named by words of its own, which only the whole grammar of :func:`find_bodies` tells from a class of
    bodies ("四所学校") or a word before it, so that grammar is run on the run of name characters before
    ``end`` — where a suffix of such names ends there (a cheap test first)."""
    patterns = body_patterns(lex)
    if not patterns.named_suffix_end.search(text, max(floor, end - 8), end) and not INTERNATIONAL_END_RE.search(
        text, max(floor, end - 16), end
    ):
        return None
    run = BODY_CHAR_RUN_ENDING_RE.search(text, max(floor, end - 24), end)
    if run is None:
        return None
    return next((run.start() + s for s, e in find_bodies(run.group(), lex) if run.start() + e == end), None)


INTERNATIONAL_END_RE = re.compile(INTERNATIONAL_RE.pattern + "$")
BODY_CHAR_RUN_ENDING_RE = re.compile(f"[{HAN}A-Za-z0-9（）()·]+$")


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
            found = _bodies_in(masked, r_start, r_end, body_re, lex)
            out.extend(_with_leading_groups(masked, r_start, r_end, found, lex))
        if "党" in run.group():
            out.extend(_foreign_parties(masked, r_start, r_end, out, patterns))
    out = _with_dashed_bilateral_bodies(masked, out)
    out.extend(_listed_companies(masked, out))
    out.extend(_byline_outlets(masked, out))
    out.extend(_periodicals(masked, out))
    out.extend(_armies_by_short_name(masked, out))
    return sorted((s, e) for s, e in out if not _troops(masked, s, e) and not reads_as_a_clause(masked[s:e], lex))


#: words that never stand inside a body's name: what a clause does ("国家大剧院迎来建院", "北约轰炸南联盟")
CLAUSE_VERB_RE = re.compile(
    r"迎来|轰炸|带进|迁入|进入|建成|悍然|强行|陆续|正全力|全力|努力|精心|获批|打掉|成功(?:举办|申办|组织|连任)"
)
#: verbs that make a clause of a place before them ("上海建设国际金融中心", "广东组织宣讲团"), though a noun
#: before them makes a body (新疆生产建设兵团, 上海合作组织)
PLACE_VERB_RE = re.compile(r"建设(?!银行)|组织|加强|举办|设立|打造")


def reads_as_a_clause(name: str, lex: Lexicon) -> bool:
    """Whether a body's name is a clause that runs into one: a verb inside it, or a place doing something."""
    if CLAUSE_VERB_RE.search(name, 1):
        return True
    for m in PLACE_VERB_RE.finditer(name, 2):
        before = name[: m.start()]
        if before in lex.places or before in lex.country_abbrev or lex.place_re.fullmatch(before):
            return True
    return False


# The outlet a report opens with: "宁陕融媒讯(记者 …)", "云上通城讯 记者…", "今日竹山网消息 7月23日"
BYLINE_OUTLET_RE = re.compile(rf"(?:^|\n)([{HAN}]{{2,8}}?)(?:讯|消息)[ \u3000]*[（(]?(?:记者|通讯员|\d{{1,2}}月)")


def _byline_outlets(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paper, site or app a report is credited to at its start is a media body (本报, 本网 are the page's own)."""
    out = []
    for m in BYLINE_OUTLET_RE.finditer(text):
        s, e = m.span(1)
        if not text.startswith(("本报", "本网", "本台", "本刊"), s) and not any(a < e and s < b for a, b in found):
            out.append((s, e))
    return out


# A periodical named by its title in book marks and what it is: "《求是》杂志", "《瞭望》新闻周刊" (the alias
# table writes it without the marks, 求是杂志); a title alone ("《求是》") may name an issue or an article
PERIODICAL_RE = re.compile(rf"《[{HAN}]{{1,8}}》(?:杂志社|杂志|新闻周刊|周刊|半月刊|月刊|画报)")


def _periodicals(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Magazines named by their title in book marks: a media body, like a newspaper the grammar reads."""
    return [m.span() for m in PERIODICAL_RE.finditer(text) if not any(a < m.end() and m.start() < b for a, b in found)]


#: what makes a word of the 军 that ends a body's name: 军事, 军队, 军民, 军工, 军费, 军籍, 军衔, 军龄, 军种, 军纪, 军校
ARMY_WORD_AFTER_RE = re.compile(r"[事队民工费籍衔龄种纪校]")
# Israel's army by its short name ("以军称", "以军空袭"): 以 alone is a preposition, never Israel's short form
# before a ministry, so the one name is read by itself; not where 军 opens a word ("对以军事地点": Israel's
# military sites, "以军民融合为": by)
SHORT_ARMY_NAME_RE = re.compile(f"以军(?!{ARMY_WORD_AFTER_RE.pattern})")


def _armies_by_short_name(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = (m.span() for m in SHORT_ARMY_NAME_RE.finditer(text))
    return [(s, e) for s, e in spans if not any(a < e and s < b for a, b in found)]


# A company by its short name in a list of places visited: a brand and its trade ("玛耐伦科技、铱伦科技",
# "叶亮家居、永豪科技、通成新材料等"), the brand no word of the dictionary and no trade of its own
LISTED_COMPANY_RE = re.compile(
    f"(?<=[、到往进察观])((?:(?![了和及与到入做投等的])[{HAN}]){{2,3}}?)"
    r"(?:科技|实业|家居|家俱|包装|新材料|智造|焦糖|鞋业|服饰|电器|光电|环保)(?=[、，,等])"
)
TRADE_IN_BRAND_RE = re.compile(r"能源|电池|锂电|物联|智能|数字|绿色|低碳|生物|信息|网络|新|高|大")


def _listed_companies(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if "、" not in text:
        return []
    words2, words3 = dictionary_words(2), dictionary_words(3)
    out = []
    for m in LISTED_COMPANY_RE.finditer(text):
        brand = m.group(1)
        listed = text[m.start() - 1] == "、" or text.startswith("、", m.end())
        if not listed or brand in words2 or brand in words3 or TRADE_IN_BRAND_RE.search(brand):
            continue
        if not any(s < m.end() and m.start() < e for s, e in found):
            out.append(m.span())
    return out


# "中国—中亚实业家委员会", "中国—委内瑞拉高级混合委员会", "中国-葡语国家经贸合作论坛": China, a dash, a partner
DASHED_BILATERAL_RE = re.compile(f"中国[—－–-]([{HAN}]{{2,16}}?)(?:委员会|理事会|秘书处|合作论坛)")


def _with_dashed_bilateral_bodies(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A body China holds with a country or a region, its name written with a dash: the grammar reads names
    of characters only and finds the part after the dash at most; the whole name replaces it."""
    if "中国" not in text:
        return found
    out = list(found)
    for m in DASHED_BILATERAL_RE.finditer(text):
        if NEVER_HOLDS_RE.search(m.group(1)):
            continue
        out = [(s, e) for s, e in out if not (m.start() <= s and e <= m.end())] + [m.span()]
    return out


def _foreign_parties(
    text: str, r_start: int, r_end: int, found: list[tuple[int, int]], patterns: BodyPatterns
) -> list[tuple[int, int]]:
    """Foreign parties the suffix grammar has no word for ("阿根廷正义党", "日本自民党"), where no body is found."""
    return [
        m.span()
        for m in patterns.foreign_party.finditer(text, r_start, r_end)
        if not NEVER_HOLDS_RE.search(m.group(), 2)
        and not PARTY_STEM_DESCRIBES_RE.search(m.group(), 2)
        and not any(s < m.end() and m.start() < e for s, e in found)
    ]


# Words that describe a party or report on it rather than name it: "韩国最大在野党", "英国又一名保守党",
# "伊拉克北部库尔德工人党", "南非高度评价中国共产党"
PARTY_STEM_DESCRIBES_RE = re.compile(
    r"中国|我国|在野|执政|反对|最大|第一|又|一名|[东西南北中]部|对|评价|钦佩|赞赏|祝贺|同"
)


# The armed forces as the soldiers in them: "解放军和武警部队官兵", "武警战士们", "解放军各单位"
ARMED_FORCES = frozenset(("解放军", "人民解放军", "中国人民解放军", "武警", "武警部队", "中国人民武装警察部队"))
TROOPS_AFTER_RE = re.compile(
    r"(?:[和、及与](?:中国人民)?(?:解放军|武警部队|武警))?(?:广大)?(?:官兵|战士|指战员|各单位|有关单位|某部|部队官兵|民兵)"
)


def _troops(text: str, s: int, e: int) -> bool:
    """Is the army or the armed police named here as its soldiers or units rather than as a body?"""
    return text[s:e] in ARMED_FORCES and TROOPS_AFTER_RE.match(text, e) is not None


LEADING_GROUP_RE = re.compile(r"领导小组(?:办公室)?")
# where the name of a leading group cannot reach back across: the verb that convenes or joins it, a list
GROUP_LEFT_STOP_RE = re.compile(
    r"召开|主持|出席|参加|成立|担任|任命|调整|按照|根据|依照|发挥|部署和|要|、|的|在|由|是|为|任|对|向|"
    r"\d+年(?:\d+月)?(?:\d+日)?"
)


def _with_leading_groups(
    text: str, r_start: int, r_end: int, found: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[int, int]]:
    """Leading groups are named by their task, verbs included ("推动黄河流域生态保护和高质量发展领导小组",
    "国家质量强国建设协调推进领导小组办公室"), so the grammar's rule that a name holds no verb would cut
    them; the name runs back from 领导小组 to the verb or list mark before it. A task of fewer than
    eight characters with no owner ("防汛工作领导小组") describes a group rather than naming one."""
    out = list(found)
    for m in LEADING_GROUP_RE.finditer(text, r_start, r_end):
        start = _leading_group_start(text, r_start, m.start(), m.end(), lex)
        if start is None:
            continue
        out = [(s, e) for s, e in out if not (start <= s and e <= m.end())]  # the whole group, not a part of it
        out.append((start, m.end()))
    return sorted(out)


def _leading_group_start(text: str, run_start: int, group: int, end: int, lex: Lexicon) -> int | None:
    """Where the name of the leading group whose 领导小组 stands at ``group`` starts, or None if it names none."""
    floor = max(run_start, group - 30)
    stops = [x.end() for x in GROUP_LEFT_STOP_RE.finditer(text, floor, group)]
    start = stops[-1] if stops else floor  # no verb is trimmed: 推动…, 推进… open a group's task
    task = group - start
    owned = body_patterns(lex).anchored.match(text, start, end) or lex.place_re.match(text, start, end)
    if task < 2 or (task < 8 and not owned) or _described(text, start, end, lex):
        return None
    return start


LEADING_GROUP_END_RE = re.compile(r"领导小组(?:办公室)?$")


def leading_group_ending_at(text: str, end: int, lex: Lexicon, floor: int = 0) -> int | None:
    """Start of the leading group whose name ends at ``end`` ("推动黄河流域生态保护和高质量发展领导小组"), or None.

    The body grammar reads no verb or 和 inside a name, so a title written after such a group
    ("…领导小组组长韩正") finds its body here, read as :func:`find_bodies` reads the group."""
    m = LEADING_GROUP_END_RE.search(text, max(floor, end - 16), end)
    if m is None:
        return None
    run_start = end
    while run_start > floor and BODY_CHAR_RUN_RE.fullmatch(text, run_start - 1, run_start):
        run_start -= 1
    return _leading_group_start(text, run_start, m.start(), end, lex)


def _bodies_in(masked: str, r_start: int, r_end: int, body_re: re.Pattern[str], lex: Lexicon) -> list[tuple[int, int]]:
    """The bodies of one run of name characters: each grammar match is cut into pieces, each piece is
    cut where the name ends (a word running on, a title) and starts (an owner, a verb before it), and
    what is left is kept unless it is no body after all (:func:`_no_body`)."""
    out = []
    for m in body_re.finditer(masked, r_start, r_end):
        for s, e in _pieces(masked, *m.span(), body_re, lex):
            while e - s >= 2 and _false_body_end(masked, e, lex):
                # "澳门特区政府举办": back off to the longest body that does not end inside a word
                # (else a body that starts after s: "绕|县委中心" backs off to 县委)
                shorter = next((e2 for e2 in range(e - 1, s + 1, -1) if body_re.fullmatch(masked, s, e2)), None)
                if shorter is None:
                    shorter = next(
                        (e2 for e2 in range(e - 1, s + 2, -1) if _ends_with_body(masked, s + 1, e2, body_re)), s
                    )
                e = shorter
            e = _title_cut(masked, s, e, body_re, lex)
            if e - s < 2:
                continue
            start = _owned_start(masked, _trim_lead(masked, s, e, lex), e, lex)
            if start is not None:
                start = _after_sentence_words(masked, start, e, lex)
            if start is not None and (e := _organised_by(masked, start, e, body_re, lex)) - start < 2:
                continue
            if start is None or _no_body(masked, start, e, lex):
                continue
            if masked.startswith("机关", e) and not masked.startswith("机关党", e):
                e += 2  # "全国政协机关", "区纪委监委机关": the body's own offices are a body
            start = _country_abbreviation_before(masked, _place_before(masked, start, r_start), e, r_start, lex)
            start = _company_after_country(masked, start, e, lex)
            start = _named_after_person(masked, start, e)
            out.extend(_joined_bodies(masked, start, e, lex))
    return out


PLACE_THEN_PREPOSITION_RE = re.compile(r"[省市县区州](?P<prep>[同与和向])")


def _after_place_and_preposition(
    text: str, s: int, e: int, body_re: re.Pattern[str], lex: Lexicon | None = None
) -> int:
    """ "(李强在)黄山市同世界银行(行长…)": where the meeting was, a preposition, then the body; 同 and 与 open
    no body's name after a place, unless they make a word with the next character (同济大学, 和平区)."""
    m = PLACE_THEN_PREPOSITION_RE.search(text, s + 1, e)
    if m is not None:
        prep = m.start("prep")
    elif (
        lex is not None
        and any(text.find(c, s + 2, e) >= 0 for c in "同与和向")  # cheap: most bodies hold no preposition
        and (place := lex.place_re.match(text, s, e))
        and place.end() < e
    ):
        prep = place.end()  # "在北京同欧盟委员会执行副主席…会谈": a city named without its level
        if text[prep] not in "同与和向":
            return s
    else:
        return s
    rest = prep + 1
    if text[prep : rest + 1] in dictionary_words(2) or e - rest < 4 or not body_re.fullmatch(text, rest, e):
        return s
    return rest


COMPANY_END_RE = re.compile(r"(?:公司|集团|银行)$")
# What a company that carries its country's name does, or whose it is: "美国航空公司", "德国数据公司",
# "俄罗斯国家原子能公司", "俄罗斯储蓄银行", "瑞士信贷银行"; a stem made only of such words is no name of its own
TRADE_WORDS_RE = re.compile(
    r"(?:航空|航天|铁路|保险|物流|电力|电气|石油|天然气|能源|电信|通信|金融|证券|投资|汽车|医药|制药|广播|电视|原子能|"
    r"钢铁|化工|航运|海运|邮政|船舶|造船|核电|电网|数据|咨询|工业|股份|矿业|电子|软件|网络|传媒|新闻|交通|运输|贸易|"
    r"商业|农业|食品|生物|科技|技术|信息|控股|实业|国际|环球|国家|国立|国营|国有|联邦|公共|皇家|全国|"
    r"中央|储蓄|信贷|储备|开发|发展|进出口|农村|地区性|地区|中小|各大|全国性)+"
)


def _company_after_country(text: str, s: int, e: int, lex: Lexicon) -> int:
    """ "美国微软公司", "德国宝马集团", "美国硅谷银行": a foreign country before a company or bank known by its own
    name says where it is, not what it is called (the gold writes 微软公司, 硅谷银行); one named by its trade or as the
    nation's after the country ("美国航空公司", "美国广播公司", "俄罗斯国家原子能公司") and Chinese companies
    (中国石油天然气集团公司) keep it."""
    suffix = COMPANY_END_RE.search(text, s, e)
    if suffix is None:
        return s
    for length in range(min(8, suffix.start() - s - 2), 1, -1):
        country = text[s : s + length]
        if country in ("中国", "中华人民共和国") or lex.places.get(country, ("",))[0] != "country":
            continue
        stem = text[s + length : suffix.start()]
        if "公司" in stem or "集团" in stem or "银行" in stem:
            return s  # "英国石油公司美国分公司": a unit of a company, named with its parent
        if TRADE_WORDS_RE.fullmatch(stem) or lex.body_generic_re.fullmatch(stem) or lex.place_re.match(stem):
            return s
        return s + length
    return s


# Bodies named after a person: "毛泽东同志纪念馆", "X故居"; the name was masked as a person
NAMED_AFTER_PERSON_RE = re.compile(r"(?:纪念馆|纪念堂|故居|旧居|陈列馆)$")
MASK = "\x00"


def _named_after_person(text: str, s: int, e: int) -> int:
    """ "毛泽东才溪乡调查纪念馆": a memorial or former residence that opens with a person's name (masked from the
    body grammar as a person) starts at the name."""
    if s < 2 or text[s - 1] != MASK or not NAMED_AFTER_PERSON_RE.search(text, s, e):
        return s
    j = s
    while j > 0 and text[j - 1] == MASK:
        j -= 1
    return j if 2 <= s - j <= 4 else s


def _no_body(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Is text[s:e], shaped like a body, none after all?

    A class of bodies described or counted (:func:`_described`); a body named in a document's title;
    a level character that ends a word ("城|市三级医院"); the state itself ("中国政府"); a country before
    a particle ("乌克兰所为", "意大利分处") or before 公司 ("宁波公司": a company somewhere, not named).
    """
    if _described(text, s, e, lex) or _in_document_title(text, s, e) or DOCUMENT_AFTER_RE.match(text, e):
        return True
    if ALL_OF_LEVEL_RE.match(text, max(0, s - 1), e) and SECTOR_AFTER_RE.match(text, e):
        return True  # "全区人大系统", "全市政协工作": the sector of every such body, not one body
    if text[s] == "中" and text[s + 1 : s + 2] in lex.country_abbrev and BILATERAL_NONE_RE.search(text, s, e):
        return True  # "中德政府(磋商)": China and Germany own no government together
    if text[s - 1 : s + 1] in LEVEL_IN_A_WORD or OWN_STATE_RE.fullmatch(text, s, e):
        return True
    if text[e - 1] == "军" and ARMY_WORD_AFTER_RE.match(text, e):
        return True  # "对以军事地点", "以军民融合为": 军 opens a word (军事, 军民), no army is named
    if text.startswith("行政区", s):
        return True  # "支持行政长官和特别行政区政府": whose region, the body does not say (特别 read as an adverb)
    if text[e - 1] in PARTICLE_SUFFIXES and lex.place_re.fullmatch(text, s, e - 1):
        return True
    return text.startswith("公司", e - 2) and lex.place_re.fullmatch(text, s, e - 2) is not None


def _pieces(text: str, s: int, e: int, body_re: re.Pattern[str], lex: Lexicon) -> list[tuple[int, int]]:
    """The parts of one grammar match that can be bodies: it is cut at a verb inside it ("国务院委|托…",
    where the chain took 委 for a suffix) and at a conjunction after a finished body name ("腾讯公司与
    黄埔海关"; "节能与综合利用处", "工业和信息化部" keep theirs: no body ends before the conjunction),
    before a body known by name ("…卫生部门和世界卫生组织") or one a place opens ("利雅得与沙特外交部")."""
    pieces, cursor = [], s
    for k in range(s + 1, e - 1):
        if k < cursor:
            continue
        verb = NEVER_HOLDS_RE.match(text, k, e)
        if verb is not None and text[k:e] not in lex.standalone_bodies:  # not the 共同 of "日本|共同社"
            pieces.append((cursor, k))
            cursor = verb.end()
        elif k - cursor >= 2 and (term := TERM_AFTER_BODY_RE.match(text, k, e)) and body_re.fullmatch(text, cursor, k):
            pieces.append((cursor, k))
            cursor = term.end()
        elif (
            text.startswith("组织", k)
            and e - k > 3
            and body_re.fullmatch(text, cursor, k)
            and body_re.match(text, k + 2, e)
        ):
            pieces.append((cursor, k))  # "市人大常委会组织|市人大代表视察": the verb between two bodies
            cursor = k + 2
        elif text[k] in "和与及同暨" and k - cursor >= 2 and _second_body_after(text, cursor, k, e, body_re, lex):
            pieces.append((cursor, k))
            cursor = k + 1
    pieces.append((cursor, e))
    return [(a, b) for a, b in pieces if b - a >= 2]


def _second_body_after(text: str, s: int, k: int, e: int, body_re: re.Pattern[str], lex: Lexicon) -> bool:
    """Is the conjunction at ``k`` between two bodies rather than inside one name?"""
    if _ends_with_body(text, s, k, body_re) or text[k + 1 : e] in lex.standalone_bodies:
        return True
    return bool(lex.place_re.match(text, k + 1, e) and body_patterns(lex).anchored.fullmatch(text, k + 1, e))


def _ends_with_body(text: str, s: int, e: int, body_re: re.Pattern[str]) -> bool:
    """Does a body name end at ``e`` (starting anywhere from ``s``)?"""
    return any(body_re.fullmatch(text, k, e) for k in range(s, e - 1))


NEVER_HOLDS_RE = re.compile(BODY_NAME_NEVER_HOLDS)


def _after_sentence_words(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where the body starts once the words of the sentence around it are cut off, or None.

    The grammar may start a body on the second character of a verb ("积|极组织全国政协", "推|迟中小学")
    or after an owner and a conjunction inside a longer run ("贯彻党中央和|中央军委"); each cut leaves
    the body that still says whose it is.
    """
    patterns = body_patterns(lex)
    for _ in range(3):  # a verb, then a conjunction: a few cuts at most
        moved = start
        verb = NEVER_HOLDS_RE.match(text, start - 1) if start > 0 else None
        if verb is not None and verb.end() > start:
            moved = verb.end()
        if (conj := patterns.conjoined.match(text, moved, end)) and end - conj.end() >= 2:
            moved = conj.end()
        if moved == start:
            return start
        if end - moved < 2 or (start := _owned_start(text, _trim_lead(text, moved, end, lex), end, lex)) is None:
            return None
    return start


def _joined_bodies(text: str, s: int, e: int, lex: Lexicon) -> list[tuple[int, int]]:
    """ "中央纪委国家监委", "中共中央国务院": two bodies known by name written together (a unit after its
    body, "中央广播电视总台中央新影集团", stays whole); "市委人大(工作会议)": a Party committee before a
    congress, which is no unit of it; "县委县政府": a Party committee and a government; "X学校党总支": a
    unit of a school, hospital, company or society named by its own name names that body as well."""
    patterns = body_patterns(lex)
    if text[s:e] not in lex.standalone_bodies:  # 联合国安理会 is one body
        for k in range(s + 2, e - 1):
            if text[s:k] in lex.standalone_bodies and text[k:e] in lex.standalone_bodies:
                return [(s, k), (k, e)]
    top = TOP_LEVEL_AFTER_PARTY_RE.search(text, s, e)
    if top is not None and top.end() == e and patterns.anchored.fullmatch(text, s, top.start()):
        return [(s, top.start())]
    for k in range(e - 3, s + 1, -1) if text[e - 1] == "司" else ():  # "外交部领事司": the ministry too
        parent = text[s:k]
        national = parent in lex.standalone_bodies or (
            (parent.startswith(NATIONAL_OWNERS) or parent[-1] in "部委局署") and patterns.anchored.fullmatch(text, s, k)
        )
        if national and UNIT_OF_A_MINISTRY_RE.fullmatch(text, k, e):
            return [(s, k), (s, e)]
    for k in range(e - 3, s + 3, -1) if text[e - 1] in "部司处" else ():  # "联合国粮农组织|经济与社会发展部"
        if text[s:k] != "联合国" and text.startswith("联合国", s) and text[k - 2 : k] == "组织":
            return [(s, k), (s, e)]
    for k in range(e - 2, s + 3, -1):  # "X学校党总支", "X医学会骨科学专业委员会": the school or society too
        parent = patterns.named_suffix_end.search(text, s, k)
        if parent is None or parent.start() - s < 2 or not UNIT_OF_A_NAMED_BODY_RE.fullmatch(text, k, e):
            continue
        if text[k] == "议":
            continue  # "政治协商会|议": 商会 inside 协商会议 names no chamber of commerce
        if _owned_start(text, s, k, lex) == s:
            return [(s, k), (s, e)]
    for k in range(s + 2, e - 1):  # "县委县政府", "区委区政府": the level prefix starts the second body
        if not (text[k] in "区市县省" and text[k - 1] == "委") or not patterns.anchored.fullmatch(text, k, e):
            continue
        first = patterns.anchored.fullmatch(text, s, k) or (
            text[k - 2] in LEVEL_CHARS and place_ending_at(text, k - 2, s) == s  # "揭东区委|区政府"
        )
        if first:
            return [(s, k), (k, e)]
    return [(s, e)]


# The units of a school, hospital, company or society that name it too: its Party branch or committee,
# a specialist committee, a training centre ("X学校党总支", "X医学会骨科学专业委员会"); not a company's legal
# form ("X集团|有限公司") nor a hospital of a university, each a body of its own.
UNIT_OF_A_NAMED_BODY_RE = re.compile(
    f"(?:[{HAN}]{{0,6}}(?:党总支|党委|党支部|党组|团委|工会|委员会|分会)|[{HAN}]{{2}}中心)"
)
# A department of a ministry or a national bureau ("外交部|领事司", "国家疾控局|传防司", "国家卫生健康委|医政司")
UNIT_OF_A_MINISTRY_RE = re.compile(f"[{HAN}]{{1,10}}(?<!公)司")  # not a company's 有限公司
NATIONAL_OWNERS = ("国家", "国务院", "中共中央", "中央")
# 人大, 政协, 政府 are institutions of their own, never a unit of the Party committee written before them
TOP_LEVEL_AFTER_PARTY_RE = re.compile(r"(?<=委)(?:人大|政协|政府|人民政府)")


# A level character that ends a word ("城市", "地区", "战区", "社区") opens no body: "城市三级医院",
# "受灾地区学校", "南部战区海军" have no 市/区 prefix to expand.
LEVEL_IN_A_WORD = frozenset(
    re.findall(
        r"\w\w",
        "城市都市超市股市夜市集市门市上市地区战区社区园区景区辖区片区郊区山区小区街区校区湾区灾区牧区老区城区市区矿区营区特区"
        # two levels at once: "各乡镇|政协", "市县|政府" name every town's or county's office
        "乡镇村镇城镇集镇市镇区县市县县市省市县区",
    )
)
# One-character suffixes that are also particles or verbs: right after a place they name no office
PARTICLE_SUFFIXES = frozenset("所处科站社报馆")
# "中国政府", "我国政府": the state the paper writes in, as a country is no body (its government is 国务院);
# "中央人大(工作会议)", "中央政协": the Party centre's conference on congress work, no body of that name
OWN_STATE_RE = re.compile(r"(?:中国|我国)(?:人民)?政府|中央(?:人大|政协|政府)")


def _country_abbreviation_before(text: str, start: int, end: int, floor: int, lex: Lexicon) -> int:
    """ "俄国防部", "乌外交部", "俄常驻联合国代表团", "黎真主党": a country's one-character short form before a
    ministry, a mission or a movement known by name is part of it (canon writes it out: 俄罗斯国防部);
    "今日外交部" is a day, not Japan."""
    if start - 1 < floor or text[start - 1] not in lex.country_abbrev or text[start:end] not in lex.standalone_bodies:
        return start
    kind = lex.body_kinds.get(text[start:end])
    if (kind not in SHORT_FORM_KINDS and text[start:end] != "常驻联合国代表团") or (
        start >= 2 and text[start - 2] in NOT_BEFORE_ABBREVIATION
    ):
        return start
    return start - 1


# characters that make a day or a word with the one-character short form after them (今日, 次日, 中美)
NOT_BEFORE_ABBREVIATION = frozenset("今昨明次当每本节月周前后翌近中0123456789")


def _in_document_title(text: str, s: int, e: int) -> bool:
    """ "《中国共产党纪律处分条例》": a body's name that opens a title in book marks and does not close it
    names a document, not the body ("《求是》杂志" closes it: the magazine is named)."""
    return s > 0 and text[s - 1] == "《" and text[e : e + 1] != "》"


def _place_before(text: str, start: int, floor: int) -> int:
    """Where a body that opens with a bare level really starts: "衡东|县委" → 衡东县委 when the segmenter's
    dictionary knows 衡东县 (a county the places table does not list)."""
    if text[start] not in LEVEL_CHARS:
        return start
    found = place_ending_at(text, start, floor)
    return start if found is None else found


BODY_LEAD_RE = re.compile(
    r"(?:我们|他们|她们|我谨代表|谨代表|代表|感谢|加强|进一步|推动|促进|实现|发挥|充分发挥|积极|依托|依靠|"
    r"目前|当地|首批|由于|通过|联合|协助|支持|配合|指导|督促|要求|希望|邀请|会同|和|与|及|同|据|另据|就|我国|"
    r"他们|他|她|一行|先后|分别|随后|来到|走进|走访|前往|深入|到|赴|参观|考察|调研|视察|看望|慰问|观摩|察看|位于)+"
)


def _trim_lead(text: str, s: int, e: int, lex: Lexicon) -> int:
    """Where a body really starts: "感谢中国政府" → 中国政府, "进一步加强中央纪委常委会" → 中央纪委常委会.

    A verb or adverb the body pattern ran into from the left is dropped when a body still follows.
    """
    patterns = body_patterns(lex)
    if text[s] in "年月日" and s > 0 and text[s - 1].isdigit() and e - s > 2:
        s += 1  # "2019|年埃塞航空公司": the date before the name
    if e - s >= 3 and text[s] in LEVEL_CHARS and text[s + 1] == text[s]:
        s += 1  # "该县|县委", "全区|区政协": the first level ends the word before
    if (term := TERM_LEAD_RE.match(text, s, e)) and e - term.end() >= 2 and patterns.any.match(text, term.end(), e):
        s = term.end()  # "第十一届|平阴县政协": the term is of the session, the body is the CPPCC
    if (place := lex.place_re.match(text, s, e)) and text.startswith(NATIONAL_ASSEMBLIES, place.end()):
        s = place.end()  # "澳门|全国人大代表": a national assembly, whose deputies the place elects, is no place's
    m = BODY_LEAD_RE.match(text, s, e)
    if m and patterns.anchored.fullmatch(text, s, e) and not text.startswith(("国务院", "国家"), m.end()):
        return s  # 联合国安理会 begins with 联合 and is a body all the same (but "联合|国务院国资委")
    if m and e - m.end() >= 2:
        s = m.end()
    described = DESCRIPTOR_LEAD_RE.match(text, s, e)
    suffix = patterns.named_suffix_end.search(text, described.end(), e) if described else None
    if suffix and suffix.start() - described.end() >= 2 and patterns.named.fullmatch(text, described.end(), e):
        return described.end()  # "台资企业|六和机械公司", "军火巨头|雷神公司"; not "中小企业|协会"
    return s


#: China's national assemblies, which a place elects deputies to but does not own (美国全国广播公司 is America's)
NATIONAL_ASSEMBLIES = ("全国人大", "全国人民代表大会", "全国政协")
# A term of office before a body: "第十一届平阴县政协", "十四届全国人大"
TERM_LEAD_RE = re.compile(r"第?[一二三四五六七八九十百〇\d]+届")
# A term after a body, where no body follows: the session or event of the body ("X医学会骨科学专业委员会|第四届
# 学术年会", "县政协|十一届十八次常委会会议"); "区|三届人大", "十四届|全国人大" keep theirs
TERM_AFTER_BODY_RE = re.compile(
    r"第?[一二三四五六七八九十百〇\d]+届(?!人大|人民代表大会|政协|委员会|中央|全国|常委会|执行委员会|主席团|[区县市省]?[党纪]?委)"
)


# What a company is before its name is said: "台资企业六和机械公司", "A级绿色工厂盛泰光电股份有限公司"
DESCRIPTOR_LEAD_RE = re.compile(
    r"[^\x00]{0,10}?(?:企业|巨头|工厂|厂商|运营商|制造商|供应商|开发商|服务商|进口商|零售商|经销商|龙头|机构|景点)"
)


NUMERALS = "0123456789一二两三四五六七八九十百千万几多数"


def _false_body_end(text: str, end: int, lex: Lexicon) -> bool:
    """Does the body end inside a word: a verb ("中国举办"), a longer word ("美国媒体报(道)"), or a measure
    word after a numeral ("依安县一处": 处 counts places, it names no office)?"""
    if text.startswith("武装部队", end - 4):
        return False  # "苏丹武装部队": the armed forces of a country (部队 alone is troops, no body)
    if lex.false_body_end_re.search(text, max(0, end - 4), end) and not _ends_a_long_standalone_name(text, end, lex):
        return True  # not "快速支援部队": the last word of a name known by itself is the name's
    if lex.false_body_word_re.match(text, end - 1):
        return True
    if end >= 2 and (word := lex.false_body_word_re.match(text, end - 2)) is not None and word.end() > end:
        return True  # "县委中心|组": a word that starts with the suffix (中心组) and runs on
    if end >= 3 and text[end - 2 : end] == "政局" and text[end - 3] not in "邮民财行市家":
        return True  # "英国政局", "伊拉克政局": the political situation (邮政局, 民政局, 财政局 are offices)
    if end >= 3 and text[end - 3 : end] == "委中心" and not text.startswith("组", end):
        return True  # "围绕县委中心(和…)": the committee's central task, the committee is named
    return end >= 2 and text[end - 2] in NUMERALS and lex.body_kinds.get(text[end - 1]) is not None


def _ends_a_long_standalone_name(text: str, end: int, lex: Lexicon) -> bool:
    """Does a body known by its own name of four characters or more end here? Its last word is part of
    the name, whatever it means alone (the 部队 of 快速支援部队); short names (央行长) may still run on."""
    return any(text[end - length : end] in lex.standalone_bodies for length in range(4, min(end, 12) + 1))


def _organised_by(text: str, s: int, e: int, body_re: re.Pattern[str], lex: Lexicon) -> int:
    """ "国家民委组织(…)", "天津组织(党员…)": 组织 after a body or a place is the verb "organise", not the
    suffix of 世界卫生组织 or 上海合作组织; the body ends before it (a place alone is no body)."""
    if e - s < 3 or not text.startswith("组织", e - 2) or text[s:e] in lex.standalone_bodies:
        return e  # 集安组织 is a body of its own, though 集安 is also a city
    if body_re.fullmatch(text, s, e - 2):
        return e - 2
    owner = text[s : e - 2]
    places = dictionary_places()
    if (
        lex.place_re.fullmatch(owner)
        or owner in LEVEL_CHARS
        or owner in places
        or any(f"{owner[k:]}市" in places for k in range(max(0, len(owner) - 4), len(owner) - 1))
    ):
        return s  # "漯河市组织(农技人员)", "孝感组织(志愿服务队伍)": the segmenter's dictionary knows these cities
    return e


#: what marks a post as held before ("原部长", "前总统"): written on a title, it holds for the chain's titles after it
FORMER = ("原", "前")


def _title_cut(text: str, s: int, e: int, body_re: re.Pattern[str], lex: Lexicon) -> int:
    """ "外交部部长", "最高人民法院副院长": where a title starts in the body's last two characters and the
    text before it is a body, the body ends there ("全国政协委员" keeps 全国政协: 全国 is no body); a former
    post's 原 reaches one further back ("国家烟草专卖局原党组书记": 原 ends no body's name)."""
    for k in (e - 1, e - 2, e - 3):
        if k == e - 3 and text[k : k + 1] not in FORMER:
            continue
        title = lex.title_re.match(text, k) if k > s else None
        if title is not None and title.end() > e and body_re.fullmatch(text, s, k):
            return k
    return e


# --------------------------------------------------------------------------------------------
# A bare level prefix in the canonical name: 市委 in a county paper is its city's, 省委 its province's
# --------------------------------------------------------------------------------------------


@cache
def region_parents() -> dict[str, tuple[str, str]]:
    """{county, district or city: (its city, its province)} from ``body_regions.tsv`` (the national codes)."""
    text = (resources.files("kg") / "resources" / "body_regions.tsv").read_text(encoding="utf-8")
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    return {row[0]: (row[1], row[2]) for row in rows if len(row) == 3}


def parents_of(region: str | None, lex: Lexicon) -> tuple[str, str]:
    """(city, province) above a region: the places table first (Chongqing's districts), then the national table.
    Empty strings where there is none: a city's city is itself, a municipality's districts have no province."""
    if not region:
        return "", ""
    level, parent = lex.places.get(region, ("", ""))
    if level in ("district", "county", "zone") and parent:
        return parent, region_parents().get(parent, ("", ""))[1]
    return region_parents().get(region, ("", ""))


# A level character that opens a body's canonical name with no place before it ("市委", "省委常委会", "镇政府");
# not one that begins a word (市场监管局, 省级, 县域, 乡村振兴局, 乡镇, 市民)
BARE_LEVEL_RE = re.compile(r"[区县市省镇乡](?!场|民|区|县|域|级|属|内|外|直|村|镇|乡|街)")


def regional_body_name(name: str, region: str | None, lex: Lexicon) -> str | None:
    """The canonical name of a body once a bare level prefix left in it is expanded above the paper's region,
    or None when no reader could tell which body it is.

    The gold guidelines expand a bare prefix with the region the paper covers; :func:`kg.extract.canon.
    expand_prefix` does it for the region's own level (区政协 in a 大足区 paper) and for a city it knows.
    Above a county the paper's city and province are facts of the national codes: "市委" in a 宜秀区 paper is
    安庆市委, "省委" is 安徽省委.  What stays bare is no body a reader could name: "镇政府" (which town?),
    "市人民医院" in national news, "省委" in a Chongqing paper; it is dropped (precision first).  A paper of
    unknown region keeps its bare names, as the gold does.
    """
    if region == "中国" and name in ("政协", "政协常委会", "人大常委会"):
        return "全国" + name  # national news: "审议政协常委会工作报告" at the 两会 is the national CPPCC's
    if not name or not BARE_LEVEL_RE.match(name) or _opens_with_place(name, lex) or not region:
        return name
    city, province = parents_of(region, lex)
    if name[0] == "市" and city and region[-1] in "区县旗":
        return city + name[1:]
    if name[0] == "省" and province:
        return province + name[1:]
    return None


def _opens_with_place(name: str, lex: Lexicon) -> bool:
    """ "市中区政府", "镇江市委", "县前街道": a place whose name begins with a level character."""
    return any(name[:k] in lex.places or name[:k] in dictionary_places() for k in range(2, min(7, len(name) + 1)))


# --------------------------------------------------------------------------------------------
# The article's bodies with their canonical names: expansion above the region, departments listed after an owner
# --------------------------------------------------------------------------------------------

# A department named without its owner in a list after one that has it: "县政府办、公安局、财政局、人行、信用联社"
LISTED_DEPARTMENT_RE = re.compile(
    f"、((?:(?![的和与及等、])[{HAN}]){{1,5}}?(?:局|委|办|联社)|人行|工行|农行|建行|中行)(?=[、，,。；等]|负责|主要|相关)"
)


def article_bodies(
    text: str, bodies: list[tuple[int, int, str]], region: str | None, lex: Lexicon
) -> list[tuple[int, int, str]]:
    """The (start, end, canonical name) bodies of an article, as the rules read them, made whole.

    Every name goes through :func:`regional_body_name` (expanded above the region, or dropped when no reader
    could tell which body it is).  A county paper lists offices after the first one that names their owner
    ("县政府办、公安局、财政局、发改局…负责人"): each listed department is the owner's too, and is added with the
    owner's name (紫阳县公安局).  Meant for the rules' list of bodies (``kg.extract.rules.analyse``).
    """
    from kg.extract.canon import canonical_body  # the canonical form is the extraction stage's, loaded lazily

    out = []
    for start, end, name in bodies:
        regional = regional_body_name(name, region, lex)
        if regional:
            out.append((start, end, regional))
    taken = {(s, e) for s, e, _ in bodies}
    for start, end, _ in list(out):
        owner = _owner_prefix(text[start:end], lex)
        if owner is None or not text.startswith("、", end):
            continue
        pos = end
        while (m := LISTED_DEPARTMENT_RE.match(text, pos)) is not None:
            span = m.span(1)
            if span not in taken and not lex.body_generic_re.fullmatch(m.group(1)):
                name = regional_body_name(canonical_body(owner + m.group(1), region, lex), region, lex)
                if name:
                    out.append((*span, name))
            pos = m.end(1)
    return sorted(out)


def _owner_prefix(surface: str, lex: Lexicon) -> str | None:
    """Whose office ``surface`` is, as written at its start: a level ("县政府办" → 县), a place ("紫阳县财政局" →
    紫阳县), or None for a body with no owner written before it."""
    if surface[:1] in "区县市省" and BARE_LEVEL_RE.match(surface) is not None:
        return surface[0]
    if (m := lex.place_re.match(surface)) is not None and m.end() < len(surface):
        return m.group()
    return next((surface[:k] for k in range(6, 2, -1) if surface[:k] in dictionary_places()), None)
