"""Canonical names of bodies and events within an article's region.

A district paper writes "区人大常委会" and means 大足区人大常委会; "区三届人大常委会" is the same body
in its third term; "大足区人民政府" and "区政府" are one body.  Canonical forms follow the gold
guidelines: the bare level prefix is expanded with the region, the short forms the paper uses are
kept, "人民政府" becomes "政府".
"""

from __future__ import annotations

import re

from kg.extract.lexicon import SHORT_FORM_KINDS, Lexicon, dictionary_places

TERM_IN_BODY_RE = re.compile(
    r"(?:第?[一二三四五六七八九十\d]+届、)*第?[一二三四五六七八九十\d]+届(?=人大|政协|全国|中央|委员会|人民代表大会|主席团|执行委员会|常委会|政府$)"
    r"|(?:新一|上一|本)届"
    # "政协第十一届平阴县委员会" read as 第十一届平阴县政协: the term before the place is no part of the body
    r"|^第[一二三四五六七八九十\d]+届(?=[\u4e00-\u9fff]{2,6}(?:人大|政协|人大常委会|委员会)$)"
)
#: "该县县委" (a 温县 paper) read as 县县委: the level said twice, once for "this county", once for the body
LEVEL_TWICE_RE = re.compile(r"^([区县])\1(?=委|政府|人大|政协)")
SELF_REFERENCE = ("我区", "全区", "本区", "我县", "全县", "我市", "全市")
ALIASES = {"党中央": "中共中央", "中央政治局": "中共中央政治局", "中央": "中共中央", "中共中央委员会": "中共中央"}


REGION_LEVEL_BY_SUFFIX = (
    ("自治县", "county"),
    ("自治州", "city"),
    ("县", "county"),
    ("旗", "county"),
    ("区", "district"),
    ("市", "city"),
    ("州", "city"),
    ("盟", "city"),
    ("省", "province"),
)


def level_of(region: str | None, lex: Lexicon) -> str:
    """The level of a region: from the places table, or else from its administrative suffix.

    Papers of every province come in, and the table cannot list every county: "衡东县" is a county
    because of 县, so a "县委" in its paper is 衡东县委 whether or not the table knows it.
    """
    if not region:
        return ""
    known = lex.places.get(region)
    if known:
        return known[0]
    if len(region) < 2:
        return ""
    return next((level for suffix, level in REGION_LEVEL_BY_SUFFIX if region.endswith(suffix)), "")


def city_of(region: str | None, lex: Lexicon) -> str | None:
    if not region:
        return None
    level, parent = lex.places.get(region, (level_of(region, lex), ""))
    if level in ("district", "county", "zone"):
        return parent or None
    if level in ("city", "province"):
        return region
    return None


# 市场监管总局, 市民, 区域, 县域, 市级, 区属: the level character begins a word, not a bare prefix
# (the same exclusions as the alias table's bare-prefix rule)
NOT_A_PREFIX_RE = re.compile(r"^[区县市](?:场|民|区|县|域|级|属|内|外|直)")


def _subdivision_or_body(rest: str, lex: Lexicon) -> bool:
    """Is ``rest`` a body word (政协, 妇联) or a subdivision of the district (智凤街道, 拾万镇)?"""
    return rest in lex.body_kinds or (len(rest) >= 3 and rest.endswith(("街道", "镇", "乡")))


def expand_prefix(name: str, region: str | None, lex: Lexicon) -> str:
    """区X → 大足区X, 市X → 重庆市X, 我区X → 大足区X, 重庆市大足区X → 大足区X, 大足政协 → 大足区政协."""
    if not region or region == "中国" or (NOT_A_PREFIX_RE.match(name) and not LEVEL_TWICE_RE.match(name)):
        return name
    level = level_of(region, lex)
    city = city_of(region, lex)
    if LEVEL_TWICE_RE.match(name):
        name = name[1:]
    for word in SELF_REFERENCE:
        if name.startswith(word):
            target = region if word[1] == region[-1] else (city if word[1] == "市" else None)
            if target:
                return target + name[2:]
    short = region[:-1] if len(region) >= 3 and region[-1] in "区县" else ""
    rest = name[len(short) :]
    if short and name.startswith(short) and not name.startswith(region) and _subdivision_or_body(rest, lex):
        return region + rest  # "大足政协", "渝中妇联", "大足智凤街道": the district's short name before its own
    if name[:1] in ("区", "县") and level in ("district", "county", "zone") and region.endswith(name[0]):
        return region + name[1:]
    if name[:1] == "市" and city:
        return city + name[1:]
    if city and name.startswith(city) and region != city and name[len(city) :].startswith(region):
        return name[len(city) :]
    return name


NAMED_END_RE = re.compile(r"(?:大学|学院|公司|集团|研究所|研究院|医院|基金会|协会|学会)$")


def _without_country(name: str, lex: Lexicon) -> str:
    """ "俄罗斯塔斯社" → 塔斯社: a country written before a news agency known by its own name is where it is,
    not part of the name (a party or a government keeps its country: 黎巴嫩真主党, 日本国会); a country's
    one-character short form before a ministry is written out ("俄国防部" → 俄罗斯国防部)."""
    if name[:1] in lex.country_abbrev and lex.body_kinds.get(name[1:]) in SHORT_FORM_KINDS:
        return lex.country_abbrev[name[0]] + name[1:]  # "俄国防部" → 俄罗斯国防部, "黎真主党" → 黎巴嫩真主党
    for length in range(min(8, len(name) - 2), 1, -1):
        country, rest = name[:length], name[length:]
        if lex.places.get(country, ("",))[0] != "country":
            continue
        if lex.standalone_bodies.get(rest) == "media" or ("·" in rest and NAMED_END_RE.search(rest)):
            return rest  # "俄罗斯塔斯社", "美国约翰斯·霍普金斯大学": the name is the agency's, the school's own
    return name


OWN_NAME_BODIES = ("公司", "集团", "商会", "协会")


def _without_province(name: str, lex: Lexicon) -> str:
    """ "北京房山区霞云岭中心小学" → 房山区霞云岭中心小学: a province written before the county or district
    that opens a body's name is where that county is, and the name starts at the county."""
    if name.endswith(OWN_NAME_BODIES):
        return name  # "安徽东方新材料有限公司", "广东揭阳商会": the province is part of a company's own name
    for length in range(2, 9):
        if lex.places.get(name[:length], ("",))[0] != "province":
            continue
        if any(lex.places.get(name[: length + k], ("",))[0] == "province" for k in range(1, 6)):
            continue  # "内蒙古|自治区党委", "福建|省厦门市": the province's name goes on
        rest = name[length:]
        if len(rest) > 4 and any(rest[:k] in dictionary_places() for k in range(3, 7)):
            return rest
        if len(rest) > 2 and rest[:2] + "市" in dictionary_places():
            return rest  # "广西柳州站": 柳州 is the city 柳州市
    return name


def canonical_body(name: str, region: str | None, lex: Lexicon) -> str:
    """The canonical form of a body name read in a paper covering ``region`` (see the module docstring)."""
    name = ALIASES.get(name, name)
    name = _without_province(_without_country(name, lex), lex)
    name = TERM_IN_BODY_RE.sub("", name)
    name = expand_prefix(name, region, lex)
    name = name.replace("人民政府", "政府")
    for short, full in ALIASES.items():
        if name.startswith(short) and not name.startswith(full) and short != "中央":
            name = full + name[len(short) :]
    return name


def canonical_event_name(name: str, region: str | None, lex: Lexicon) -> str:
    name = name.strip("，。、：:； ")
    name = re.sub(r"^[^\w“《（(「【]+", "", name)  # "+”阿斯塔纳峰会": layout debris before the name
    name = re.sub(r"^由[^，。；]{1,40}?(?:共同|联合)?(?:主办|举办|承办|组织|发起)的", "", name)  # its organiser
    # "以“弘扬抗战精神 共筑国防长城”为主题的…文艺演出": its theme, told before the name
    name = re.sub(r"^以(?:“[^”]{1,40}”|[^，。；“”]{1,20}?)为(?:年度)?主题的", "", name)
    name = re.sub(r"^(?:的|了|此次|本次|这次|该|今年的|去年的|本届)", "", name)
    # "结束为期两天的货币政策会议": the verb and the length are not the name
    name = re.sub(r"^(?:结束|举行|召开)?(?:了)?为期[\d一两二三四五六七八九十]{1,3}天的", "", name)
    return expand_prefix(name, region, lex)


def implied_body(template: str | None, region: str | None, paper: str | None, lex: Lexicon) -> str | None:
    """The body a bare title implies: 副区长 → {district}政府 → 大足区政府."""
    if not template:
        return None
    if "{paper}" in template:
        return paper
    if "{district}" in template:
        if level_of(region, lex) not in ("district", "county", "zone", "city"):
            return None
        return template.replace("{district}", region)
    if "{city}" in template:
        city = city_of(region, lex)
        return template.replace("{city}", city) if city else None
    if "{sar}" in template:  # "澳门特别行政区行政长官贺一诚": the region the title is written with
        return template.replace("{sar}", region) if region and region.endswith("特别行政区") else None
    if "{province}" in template:  # "浙江省省长王浩": the province the title is written with
        return template.replace("{province}", region) if region and level_of(region, lex) == "province" else None
    return template
