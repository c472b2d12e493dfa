"""Posts: the (title, body) pairs a text gives a person ("大足区人大常委会副主任肖朝华").

A title binds to the body written with it; a title with no body of its own takes the body carried
along its own chain ("区委常委、常务副区长雷科") or the one its entry in ``titles.tsv`` implies
(副区长 → the district government).  The body of a neighbour's title in the same sentence is taken
only when the title can be a post of that body ("市委书记A、副书记B": 副书记 of 市委), never
"部长" of an 办公厅.  A foreign name (内塔尼亚胡, 马伊·凯拉) never takes a Chinese implied body:
"以总理内塔尼亚胡" is no premier of the 国务院.

:func:`normalise_post` maps the text forms of one post to one name (外长 = 外交部长 = 外交部部长 →
部长 of 外交部); the text form stays the fact's title, the normalised post is an extra reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.bodies import FORMER, TERM, regional_body_name
from kg.extract.canon import canonical_body, implied_body
from kg.extract.lexicon import HAN, Lexicon, dictionary_words
from kg.extract.recognise import (
    ADDRESSED_ABROAD_ONLY,
    BODY_BOUND_KINDS,
    COLUMN_TAG_RE,
    DEPUTY_POSTS,
    ENVOY_TITLES,
    FOREIGN_ADDRESSES,
    HEAD_TITLE_RE,
    HEADLINE_NAME_RE,
    HOME_COUNTRIES,
    OFFICE_OF_THE_POST,
    PARTY_END_RE,
    Introduction,
    PersonMention,
    TitleLink,
    body_of_a_country_abroad,
    link_title,
)
from kg.extract.sentences import sentence_index

# "…致电拉希德，祝贺他当选伊拉克共和国总统": the office a message congratulates the person on
TAKES_UP_RE = re.compile(
    # "…向费利克斯·齐塞克迪致贺电，祝贺他当选连任刚果民主共和国总统"
    r"(?:同志)?(?:(?:致贺电|致贺信|致电|致函)?[，,]祝贺(?:他|她)(?:再次)?)?"
    # "当选连任俄罗斯总统", "继续担任俄罗斯总理", "宣誓就任智利总统", "任命…贝鲁为新总理"
    # "张莉是安徽省畜牧技术推广总站站长", "徐利民，生前是浙江省金华市浦江县委常委": the post a profile says one holds
    # ("是一名村党支部书记" describes a kind of post, no body's)
    r"(?:[，,]?(?:生前|现在|目前)?是(?![一两几]?[名位个])"
    r"|当选连任|当选为|当选|宣誓就任|就任|连任|继续担任|担任|兼任|出任|升任|改任|任|为"
    r"|被[^，。；]{1,24}?(?:任命|选举|提名|推选)为)"  # "基尔·斯塔默被英国国王查尔斯三世任命为英国首相"
)
HAN_WORD_RE = re.compile(f"[{HAN}]")
NEW_IN_POST_RE = re.compile(r"新一任|新任|新")  # "当选新一任总理", "任命…为新总理"
CHAIN_JOINERS = ("、", "兼", "和")
CHAIN_END_RE = re.compile(r"[，。；：,;\n）)]|职务|等职|$")


def posts_taken_up(mentions: list[PersonMention], text: str, lex: Lexicon) -> list[tuple[PersonMention, Introduction]]:
    """Posts written after the name with the verb that gives them.

    "倪岳峰同志任河北省委委员、常委、书记", "任命许宏才为全国人大常委会预算工作委员会主任",
    "其中戴维·拉米为外交大臣": the chain starts right after the verb, its items are joined by 、 and
    it ends where the clause (or 职务) does, so "为人民服务" or "任主任委员单位" give no post.  What a
    person no longer holds ("不再担任", "免去…职务") never matches: no verb follows the name there.
    """
    out = []
    starts = {m.start: m for m in mentions}
    for m in mentions:
        end = _listed_from(m, starts, text)[-1].end  # "任命陈福利、冯怡为全国人大常委会副秘书长": each one's post
        verb = TAKES_UP_RE.match(text, _before_the_verb(text, end, lex))
        if verb:
            links = _post_chain(text, verb.end(), lex)
            if not links and (new := NEW_IN_POST_RE.match(text, verb.end())):
                links = _post_chain(text, new.end(), lex)
            if "祝贺" in verb.group() and verb.group().endswith("当选") and "再次" not in verb.group():
                # "祝贺他当选伊朗总统": elected, not yet in office (当选总统, the guidelines' president-elect)
                for link in links:
                    if "当选" + link.title in lex.titles:
                        link.title = "当选" + link.title
            if links:
                out.append((m, Introduction(links, [(m.start, m.end)], any(_foreign(lk, lex) for lk in links))))
    return out


def _listed_from(m: PersonMention, starts: dict[int, PersonMention], text: str) -> list[PersonMention]:
    """The person and those listed right after him with 、 ("陈福利、冯怡"), who share what follows the list."""
    listed = [m]
    while text.startswith("、", listed[-1].end) and listed[-1].end + 1 in starts:
        listed.append(starts[listed[-1].end + 1])
    return listed


#: what shows a holder elected to a post in office: sworn in, in the sentence that names him
SWORN_IN_RE = re.compile(r"宣誓就职|宣誓就任")
#: a head of government a parliament elects holds the post at once ("祝贺他当选巴基斯坦总理")
ELECTED_IN_OFFICE_TITLES = frozenset({"总理", "首相"})


def posts_in_office(
    positions: list[tuple[PersonMention, str, str | None]], text: str, sentences: list[tuple[int, int]]
) -> list[tuple[PersonMention, str, str | None]]:
    """A post one was elected to ("当选总统", the president-elect of the guidelines) is the post itself once the
    article shows its holder in office: sworn in in the sentence that names him ("亚美尼亚当选总统哈恰图良宣誓
    就职"), called its new holder ("伊拉克新任总统拉希德"), or a head of government (当选总理)."""
    out = []
    for mention, title, body in positions:
        post = title.removeprefix("当选")
        if post != title:
            start, end = sentences[sentence_index(sentences, mention.start)]
            new_holder = re.search(rf"新任[^，。；]{{0,12}}{re.escape(post)}{re.escape(mention.name)}", text)
            if post in ELECTED_IN_OFFICE_TITLES or SWORN_IN_RE.search(text, start, end) or new_holder:
                title = post
        out.append((mention, title, body))
    return out


# "作为全国人大代表，王亚平…", "作为冒水村党支部书记的陈望慧": a post said of the name that follows it
AS_POST_RE = re.compile(r"作为(?:一名|一位)?")
AS_POST_REACH = 30  # characters from 作为 to the end of the post it states


def posts_stated_as(mentions: list[PersonMention], text: str, lex: Lexicon) -> list[tuple[PersonMention, Introduction]]:
    """Posts stated with 作为 right before a name (or before the titles that introduce it).

    "作为全国人大代表，王亚平先后…", "作为冒水村党支部书记的陈望慧", "作为中山大学校长的全国人大代表高松表示",
    "作为…民族乡的乡长，全国人大代表扎西江村介绍": the post runs from 作为 (or from its first title, past words
    no rule reads as its body) to the 的 or the comma right before the name's own chain; a clause that goes
    on after the comma with anything else ("作为时任…书记，贯彻…不力") states no post of a name.
    """
    out = []
    for m in mentions:
        first = m.intro.links[0] if m.intro and m.intro.links and not m.intro.told_before else None
        opens = (first.body_start if first.body_start is not None else first.start) if first else m.start
        if first is not None and first.unread:  # "的全国人大代表高松": words before the title no rule read
            opens = max(text.rfind(c, max(0, opens - 6), opens) for c in "的，,") + 1 or opens
        if opens < 3 or text[opens - 1] not in "的，,":
            continue
        sep = opens - 1
        clause = max(text.rfind(c, max(0, sep - AS_POST_REACH), sep) for c in "。；！？\n，,")
        found = next(reversed(list(AS_POST_RE.finditer(text, clause + 1, sep))), None)
        if found is None:
            continue
        closed = text[:sep] + "，" + text[sep + 1 :]  # the chain ends at the 的 or the comma before the name
        # the chain starts at 作为, or at the first title after words no rule reads as its body ("冒水村")
        starts = [found.end()] + [t.start() for t in lex.title_re.finditer(text, found.end(), sep)]
        for start in starts:
            links = _post_chain(closed, start, lex)
            if links and links[-1].end == sep:
                out.append((m, Introduction(links, [(m.start, m.end)])))
                break
    return out


# "撤销王滨、韩沂政协第十三届全国委员会委员资格", "撤销李佳同志第十三届全国政协委员资格": membership revoked
REVOKED_BEFORE = "撤销"
REVOKED_AFTER_RE = re.compile(rf"(?:同志)?的?(?:{TERM})?(?=[^，。；：,;\n]{{2,30}}?资格)")
REVOKED_REACH = 32  # characters from the last name to the 资格 that closes the post


def posts_revoked(mentions: list[PersonMention], text: str, lex: Lexicon) -> list[tuple[PersonMention, Introduction]]:
    """The seat whose membership a decision revokes, held by each person listed (the decision ends it; the
    guidelines keep the post): "关于撤销吴燕生、刘石泉政协第十四届全国委员会委员资格的决定". The post runs from
    after the last name (and 同志) to 资格; "撤销其委员资格" names no one."""
    out = []
    starts = {m.start: m for m in mentions}
    for m in mentions:
        if not text.startswith(REVOKED_BEFORE, m.start - len(REVOKED_BEFORE)):
            continue
        listed = _listed_from(m, starts, text)
        end = listed[-1].end
        after = REVOKED_AFTER_RE.match(text, end)
        close = text.find("资格", end, end + REVOKED_REACH)
        if after is None or close < 0:
            continue
        closed = text[:close] + "，" + text[close + 1 :]
        links = _post_chain(closed, after.end(), lex)
        if links and links[-1].end == close:
            out += [(one, Introduction(links, [(one.start, one.end)])) for one in listed]
    return out


# "习近平总书记亲自担任文件起草组组长", "亲自挂帅担任…组长": what stands between a leader and the post he takes on
IN_PERSON_RE = re.compile(r"亲自(?:挂帅)?")


def _before_the_verb(text: str, end: int, lex: Lexicon) -> int:
    """Where the verb that gives a post may stand after a name: past 亲自, and a title of address before it
    (总书记); a title alone is no way to the verb ("主席任" is rarely a post taken)."""
    address = lex.title_re.match(text, end)
    in_person = IN_PERSON_RE.match(text, address.end() if address else end)
    return in_person.end() if in_person else end


def _foreign(link: TitleLink, lex: Lexicon) -> bool:
    return lex.titles[link.title].kind == "foreign"


def _post_chain(text: str, pos: int, lex: Lexicon) -> list[TitleLink]:
    links: list[TitleLink] = []
    while True:
        window = lex.title_re.finditer(text, pos, min(len(text), pos + 40))
        link = next(
            (
                lk
                for t in window
                if (lk := link_title(text, t.start(), t.end(), t.group(), lex, floor=pos))
                and ((lk.body_start if lk.body_start is not None else lk.start) == pos or _national(text, pos, lk))
                and (text.startswith(CHAIN_JOINERS, lk.end) or CHAIN_END_RE.match(text, lk.end))
            ),
            None,
        )
        if link is None:
            return links
        links.append(link)
        if not text.startswith(CHAIN_JOINERS, link.end):
            return links
        pos = link.end + 1


def _national(text: str, pos: int, link: TitleLink) -> bool:
    """ "(任)全国政协委员", "(撤销…)全国人大代表(资格)": 全国 opens a title whose national form names its body."""
    return (
        link.body_start is None
        and link.start == pos + len(NATIONAL_PREFIX)
        and text.startswith(NATIONAL_PREFIX, pos)
        and NATIONAL_PREFIX + link.title in POST_VARIANTS
    )


def positions_of(
    mentions: list[PersonMention],
    text: str,
    sentences,
    region: str | None,
    paper: str | None,
    lex: Lexicon,
    taken_up: list[tuple[PersonMention, Introduction]] = (),
    stated_as: list[tuple[PersonMention, Introduction]] = (),
) -> list[tuple[PersonMention, str, str | None]]:
    out = []
    last_body: dict[int, str] = {}
    last_body_end: dict[int, int] = {}  # where the person who carried it ends
    unknown_end: dict[int, int] = {}  # where the last person whose title's body went unread ends
    # the country abroad of the sentence's last post, where its holder ends, and the body it was held in
    last_country: dict[int, tuple[str, int, str]] = {}
    name_ends = {m.end for m in mentions}
    mentions_by_end = {m.end: m for m in mentions}
    # "致电夏巴兹·谢里夫…同夏巴兹总理一道": a part of a dotted name on the page is that foreigner, whatever
    # surname its first character is too
    dotted_parts = {part for m in mentions if "·" in m.name for part in m.name.split("·") if len(part) >= 2}
    chains = sorted(
        [(m.start, 0, m, m.intro) for m in mentions if m.intro]
        + [(m.start, 0, m, intro) for m, intro in stated_as]
        + [(m.start, 1, m, intro) for m, intro in taken_up],
        key=lambda chain: chain[:2],
    )
    for _, after_name, m, intro in chains:
        sent = sentence_index(sentences, m.start)
        # a foreign person: a transliterated name, or a foreign-kind title before a name that is not
        # Chinese ("外交部长" heads both 拉夫罗夫 and 王毅)
        foreign = (
            foreign_name(m.name, lex)
            or m.name in dotted_parts
            or (intro.foreign and m.name[:1] not in lex.surnames)
            or _foreign_in_story(m.name, text, sentences[sent], lex)
            # "巴基斯坦国民议会举行总理选举，…夏巴兹当选新一任总理": a post taken up in a country abroad
            or (after_name and _sentence_country(text, sentences[sent], lex) is not None)
        )
        # "白俄罗斯中国友好协会主席、前副总理托济克": a chain opened by a body of a foreign country holds
        # that country's state posts, not the 国务院's
        abroad = _chain_country(intro, lex)
        # "马来西亚下议院议长佐哈里、交通部长陆兆福", "…委派议长波拉斯、外长蒙卡达": the next item of a list of a
        # country's officials holds his post in that country too
        listed = last_country.get(sent)
        portfolio_start = None
        joint = None
        if listed:
            chain_begin = min(link.start if link.body_start is None else link.body_start for link in intro.links)
            joint = LIST_ITEM_JOIN_RE.match(text, listed[1], chain_begin)
        if joint and (
            joint.end() == chain_begin or _portfolio_of_the_list(text, joint.end(), intro.links[0].start, lex)
        ):
            foreign = True
            if _is_country(listed[2], lex):  # a body of the country ("国民议会副议长A、副议长B") is lent as it is
                abroad = abroad or listed[0]
            portfolio_start = joint.end() if joint.end() < intro.links[0].start else None
        carried = None
        carried_kind = None  # the kind (party, state …) of the title the carried body was written with
        # "农业农村部原党组书记、部长唐仁健", "二十届中央委员、…原党组书记、部长": 原 holds for the posts after it
        former, former_body = "", None
        if _held_then(intro, text):
            continue  # "1992年，时任福州市委书记习近平…": a post of the past the story recalls, not one held now
        previous_end = None
        for link in intro.links:
            own_words = previous_end is not None and link.unread and HAN_WORD_RE.search(text, previous_end, link.start)
            previous_end = link.end
            if link.start in name_ends and link.start < m.start and link.body is None:
                continue  # "习近平主席特别代表谌贻琴": 主席 addresses 习近平, the post after it is the envoy's
            info = lex.titles[link.title]
            if own_words:
                # "江苏省人大代表，…珥城村党委书记、村委会主任周忠阳": a title with unread words of its own in front
                # (the village) holds no post in the body the chain carried up to it, nor do the titles after it;
                # nor is it of the past the chain's first post was ("国民党前主席、…基金会董事长洪秀柱")
                carried, carried_kind, former = None, None, ""
            if (
                link.body
                and link.unit
                and not link.body.endswith("部")  # "希腊发展部部长": the ministry written out is his body
                and carried
                and _is_country(carried, lex)
                and MINISTER_RE.fullmatch(link.title)
            ):
                # "印尼对华合作牵头人、统筹部长卢胡特": a country's minister named by his field is that field's
                # minister of the country (统筹部长 / 印尼), as the guidelines keep "经济和气候保护部长 / 德国"
                link = replace(link, portfolio=link.body + link.portfolio)
                body = carried
            elif link.body and link.unit:
                # "县委常委、组织部长": the unit belongs to the body the chain carries (县委组织部); a head
                # title named after its unit (部长) completes the unit's name (组织 → 组织部)
                unit = link.body
                if (head := HEAD_TITLE_RE.match(link.title)) and not unit.endswith(head.group("unit")):
                    unit += head.group("unit")
                # "塞尔维亚前进党主席、国民议会议长": the state's organ is the country's, not the party's
                owner = (_country_of(carried, lex) or "") if carried and PARTY_END_RE.search(carried) else carried
                if owner and (of_place := _place_unit(owner, unit, lex)):
                    body = canonical_body(of_place, region, lex)
                else:
                    body = canonical_body(owner + unit, region, lex) if owner else unit
            elif link.body:
                body = canonical_body(link.body, region, lex)
                if info.kind not in BODY_BOUND_KINDS:  # "中央宣讲团成员、人民银行党委书记": the group owns no unit
                    carried, carried_kind = body, info.kind
            elif abroad and info.kind in ("state", "foreign"):
                body = abroad
            elif (
                info.implied_body
                and not foreign
                and (info.implied_body.startswith("{") or not carried or carried_kind != info.kind)
            ):
                # "中共中央政治局委员、国务委员": a state post does not take the party body of the chain
                body = implied_body(info.implied_body, _full_place(link.place, lex) or region, paper, lex)
                if body is None and (province := _province_of(carried or last_body.get(sent), lex)):
                    # "江西省委常委、副省长任珠峰", "湖北省委书记王蒙徽和省长王忠林": the province of the body beside it
                    body = implied_body(info.implied_body, province, paper, lex)
                if body is None and carried_kind == info.kind:
                    body = carried  # "河北省委委员、常委": no region to imply from, the chain's own body
                suffix = info.implied_body.rpartition("}")[2]
                if body is None and carried and info.implied_body.startswith("{") and carried.endswith(suffix):
                    body = carried  # "淮北市政府原党组成员、副市长": the government the chain names is the one implied
            elif link.title in POST_VARIANTS and carried and lex.places.get(carried, ("",))[0] != "country":
                body = None  # "中共中央政治局委员、国务委员兼外交部长": the ministry, not the chain's body
            else:
                # "…在西陵寺镇党委书记石岩的陪同下": a body written but not read is not the neighbour's
                # "沈跃跃，国务委员兼外交部长王毅": a title that names its own body (外交部长) borrows none
                # "…阿卜杜拉向习近平主席致贺电": a title after the name addresses him and borrows no body
                # (a post he is said to take, "当选副主席", still does)
                address = link.start >= m.end and not after_name
                # a session's role (常务主席, 执行主席) is the session's, never a standing body's
                session = info.kind == "session"
                # "，香港特别行政区候任行政长官李家超": a title written with a place of its own borrows no body
                # "…副处长裴阳，华电能源股份有限公司原党委委员、总会计师李西金": a chain whose own body went
                # unread borrows none from the person before
                written_alone = not any(other.unread for other in intro.links) and link.place is None
                borrows = written_alone and link.title not in POST_VARIANTS and not address and not session
                # "…通伦向中共中央总书记、国家主席习近平致贺电": a chain that names a body of its own borrows none
                neighbour = last_body.get(sent) if borrows and not carried else None
                between = unknown_end.get(sent, -1)
                if neighbour and between > last_body_end.get(sent, -1) and between != m.end:
                    neighbour = None  # someone else, whose body is not known, stands between
                # "…国民议会副议长拉古什、副议长帕乌诺维奇": a body shared along a list of titles; but in
                # "…主席、总统拉马福萨，…主席、总统马杜罗" each person has his own chain past the comma
                apart = any(c in "，,；;" for c in text[last_body_end.get(sent, link.start) : link.start])
                if (
                    neighbour
                    and apart
                    and (foreign or body_of_a_country_abroad(neighbour, lex))
                    and not _is_country(neighbour, lex)
                ):
                    neighbour = None
                # "中共中央总书记、国家主席": a post of the state is not held in the Party's body
                own = carried if {carried_kind, info.kind} != {"party", "state"} and not session else None
                body = own or (neighbour if neighbour and title_fits_body(link.title, neighbour) else None)
                carried = body
            if link.start >= m.end and body is None and not after_name:
                continue  # "习近平主席", "维拉总统": a form of address, the post is read where it is written
            if body is None and info.kind in BODY_BOUND_KINDS:
                continue  # "…成员、副主任": a member of a group no body names is no post
            if body is None and info.kind == "press":
                continue  # "美国调查记者西摩·赫什": a reporter's post is at an outlet; of none named, no post
            title = link.portfolio + link.title
            if body and (cut := _former_organ_at(body, lex)):
                # "意大利前经济发展部副部长杰拉奇": a former post in the country's organ, not an organ of old
                body = body[:cut] + body[cut + 1 :]
                title = title if title.startswith(FORMER) else "前" + title
            if (
                portfolio_start is not None
                and link is intro.links[0]
                and link.unread
                and body is None
                and MINISTER_RE.fullmatch(link.title)
            ):
                title, body = text[portfolio_start : link.start] + link.title, listed[0]  # "交通部长陆兆福"
            if link.title in ENVOY_TITLES and not link.portfolio and body is None:
                title = _principals_post(link.start, mentions_by_end, text, lex) + title
            if not former and title.startswith(FORMER) and title[1:] in lex.titles:
                former, former_body = title[0], body
            elif former == "前" and link.body and body != former_body and "前" not in link.body:
                former = ""  # "巴西前总统、新开发银行行长罗塞夫", "中国国民党前主席、…基金会董事长洪秀柱": a post of
                # another body, held now (but 原 holds for the whole of a Chinese chain: "原国务委员、国防部部长梁光烈")
            elif former and not title.startswith(FORMER):
                title = former + title
            if link.portfolio and body is None and abroad:
                body = abroad  # "泰国副总理兼商业部长普坦": the field's minister of the chain's country
            national = NATIONAL_PREFIX + title
            if body is None and national in POST_VARIANTS and text.endswith(NATIONAL_PREFIX, 0, link.start):
                title = national  # "全国人大代表王旭": 代表 of 全国人大
            home_state = title.startswith(tuple(HOME_COUNTRIES))  # "当选中华人民共和国主席": no country abroad's
            if body is None and title in POST_VARIANTS:
                # "以色列安全内阁授权…国防部长加兰特": the minister of the country the sentence names
                if foreign and not home_state:
                    body = _sentence_country(text, sentences[sent], lex)
                else:
                    title, body = normalise_post(title, body)  # "国务委员兼外交部长秦刚": 部长 of 外交部
            title, body = deputy_post(*standing_committee_post(*implied_body_written(title, body)))
            abroad_state = foreign and not home_state and info.kind in ("state", "foreign")
            if body is None and abroad_state and link.start < m.start:
                body = _sentence_country(text, sentences[sent], lex)  # "以色列…授权总理内塔尼亚胡": his country's
            if body is not None:
                # "市委书记" in a 宜秀区 paper is 安庆市委's; a bare prefix no reader could resolve binds to nothing
                body = regional_body_name(body, region, lex)
            out.append((m, title, body))
            if body is not None and (country := _country_of(body, lex)) and link.start < m.start:
                last_country[sent] = (country, m.end, body)
        if carried:
            last_body[sent] = carried
            last_body_end[sent] = m.end
        elif any(link.unread or link.place for link in intro.links):
            # "…特派员刘光源，中国人民解放军驻香港部队司令员彭京堂、政委赖如鑫": the body the neighbour's title was
            # written with went unread (or was a place), so the next title in the list has no known body to share
            unknown_end[sent] = m.end
    return out




def _principals_post(start: int, mentions_by_end: dict, text: str, lex: Lexicon) -> str:
    """The post of the leader whose envoy is written at ``start``: "习近平主席特别代表" and "国家主席习近平
    特别代表" are the 国家主席特别代表 the guidelines write; "" where no leader is named before him."""
    for address in lex.address_titles + ("主席", "总统", "总理", "首相"):
        principal = mentions_by_end.get(start - len(address)) if text.endswith(address, 0, start) else None
        if principal is not None:
            forms = lex.address_forms.get((principal.name, address), ())
            return forms[0].title if forms else address
    principal = mentions_by_end.get(start)
    if principal is not None and principal.intro and principal.intro.links:
        return principal.intro.links[-1].title  # "国家主席习近平特别代表"
    return ""


def posts_by_address(mentions: list[PersonMention], text: str, pub_date: str | None, lex: Lexicon):
    """Posts named by a form of address: "习近平主席" is the 国家主席 on the day of the report.

    A title after a name with no body of its own binds to nothing in the text (``positions_of`` skips
    it); for the holders of the state's top posts the title is still read as their post, from a table
    of terms (``address_forms.tsv``), so "李克强总理" gives 总理 of 国务院 in 2022 and nothing in 2024.
    """
    out = []
    for m in mentions:
        # longest address first: "韩正副主席" is no 主席
        written = next((t for t in lex.address_titles if text.startswith(t, m.end)), None)
        for form in lex.address_forms.get((m.name, written), ()):
            if form.holds_on(pub_date):
                out.append((m, form.title, form.body))
    return out


#: the addresses of deputies, speakers and chairs, which China's own officials are given as well
DEPUTIES_ADDRESSED = frozenset({"第一副总理", "副总理", "参议长", "众议长", "议长", "主席"})


def posts_by_foreign_address(
    mentions: list[PersonMention], text: str, sentences, known: list[tuple[PersonMention, str, str | None]],
    lex: Lexicon,
) -> list[tuple[PersonMention, str, str | None]]:
    """ "在习近平主席和卢拉总统的战略引领下": a foreign leader addressed by his post holds it in the one
    country abroad that his sentence, or else his story, names; where none or several are named, he
    holds it in no body written. A Chinese leader addressed (习近平主席, a form of address of
    ``address_forms.tsv``) is read from that table instead."""
    # "祝贺威廉·萨莫伊·鲁托当选肯尼亚总统…愿同鲁托总统一道": the post (当选总统) is already read
    held = {_address_key(m.name, title) for m, title, _ in known}
    addressed_at_home = {name for name, _ in lex.address_forms}
    # a country's head holds his post alone: who holds it in the story already (岸田文雄, or 岸田 so
    # written again) is no one else's
    holders = {(title, body): m.name for m, title, body in known if body is not None}
    story_countries: set[str] | None = None
    out = []
    unplaced: dict[tuple[str, str], tuple[PersonMention, str]] = {}
    for m in mentions:
        title = next((t for t in FOREIGN_ADDRESSES if text.startswith(t, m.end)), None)
        if title is not None and text.startswith(OFFICE_OF_THE_POST, m.end + len(title)):
            continue  # "…瓦伊诺、克里姆林宫总统办公厅主任": an office of the post, not the post
        if title is None or _address_key(m.name, title) in held or m.name in addressed_at_home:
            continue
        if len(m.name) == 3 and m.name[0] in lex.surnames and title not in ADDRESSED_ABROAD_ONLY:
            continue  # "胡锦涛总书记": a Chinese leader's address, whatever country the story names
        if title in DEPUTIES_ADDRESSED and not all(c in lex.translit_chars for c in m.name.replace("·", "")):
            continue  # "刘鹤副总理": China's deputies are named so too; abroad only a transliteration is read
        # "日本首相岸田文雄…岸田首相说": the same leader, written short, holds the post where he did
        same = next((body for (t, body), name in holders.items() if t == title and _one_name(name, m.name)), None)
        countries = {same} if same else _leaders_countries(text, sentences[sentence_index(sentences, m.start)], lex)
        if not countries:
            if story_countries is None:
                story_countries = _leaders_countries(text, (0, len(text)), lex)
            countries = story_countries
        country = next(iter(countries)) if len(countries) == 1 else None
        if not _one_name(holders.get((title, country), m.name), m.name):
            country = None  # "巴西总统卢拉…请卢拉转达对马杜罗总统的诚挚问候": 巴西 has its 总统 already
        if country is None:
            unplaced.setdefault(_address_key(m.name, title), (m, title))
            continue
        out.append((m, title, country))
        held.add(_address_key(m.name, title))
    # where no mention tells the country, the post is read with no body
    out += [(m, title, None) for key, (m, title) in unplaced.items() if key not in held]
    return out


# "崔铁军、高纪凡、宋燕等6位代表分别就…发言", "于现伟、郑婷婷…6名县政协委员": a list counted by what its
# people are; 代表 and 委员 alone (or "14位政协常委") are the deputies of the assembly the story reports on
COUNTED_RE = re.compile(
    r"等?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})[名位](?:(?P<assembly>(?:[省市县区]|全国)(?:人大|政协))|人大|政协)?"
    r"(?P<what>代表|委员|常委)(?![会团处组])"
)
# "黄润秋、姜大明…等6位常委作大会发言": the standing members who speak at the national advisory body's session
ASSEMBLIES = (("代表", "全国人大"), ("委员", "全国政协"), ("常委", "全国政协"))
# the national assemblies by the names a story gives them ("政协第十四届全国委员会", "十四届全国人大二次会议")
NAMED_ASSEMBLY_RE = {
    "全国政协": re.compile(r"全国政协|政协(?:第[一二三四五六七八九十]+届)?全国委员会"),
    "全国人大": re.compile(r"全国人大|全国人民代表大会"),
}


def posts_by_count(
    mentions: list[PersonMention],
    text: str,
    known: list[tuple[PersonMention, str, str | None]],
    region: str | None,
    lex: Lexicon,
) -> list[tuple[PersonMention, str, str | None]]:
    """Deputies named in a list that a count of deputies closes: each name of the list holds the post, in
    the assembly the count names (6名县政协委员: the county's), else in the national assembly where the
    story names it (全国人大, 全国政协), else in no body written."""
    held = {(m.start, title) for m, title, _ in known}
    by_end = {m.end: m for m in mentions}
    out = []
    for counted in COUNTED_RE.finditer(text):
        listed = []
        end = counted.start()
        while (m := by_end.get(end)) is not None:
            listed.append(m)
            if m.start == 0 or text[m.start - 1] not in "、和及与":
                break
            end = m.start - 1
        what, assembly = counted.group("what"), counted.group("assembly")
        if assembly:
            assembly = regional_body_name(canonical_body(assembly, region, lex), region, lex)
        else:
            assembly = next((body for word, body in ASSEMBLIES if word == what and body in text), None)
        out += [(m, what, assembly) for m in reversed(listed) if (m.start, what) not in held]
    return out


# "易纲常委建议", "南存辉委员代表全国工商联发言", "艾迎春代表、吴升艳代表", "郑金代表依次发言", "郭艳玲代表也是…":
# how a session's report names a member or deputy; 代表 only where no verb's object follows (not "…代表致公党中央发言")
ADDRESSED_MEMBER_RE = re.compile(
    r"(?P<what>常委|委员)(?![会长们联])|(?P<deputy>代表)(?=[、，,。；说表发建提认介指谈先分就在也还都则是]|依次|呼吁|带来|坦言|讲述)"
)
# an assembly below the national one, named in the story: its members are no members of the national one
LOCAL_ASSEMBLY_RE = re.compile(r"[省市县区州旗](?:人大|政协)|(?:省|市|县|区)人民代表大会")


def posts_by_members_address(
    mentions: list[PersonMention],
    text: str,
    known: list[tuple[PersonMention, str, str | None]],
) -> list[tuple[PersonMention, str, str | None]]:
    """Members of the national assembly a story reports on, addressed by their seat after the name ("易纲常委
    建议", "马建堂委员发言说", "艾迎春代表"): 委员 and 常委 of 全国政协, 代表 of 全国人大, where the story names
    that body and no assembly of a province, city or county."""
    if LOCAL_ASSEMBLY_RE.search(text):
        return []
    held = {(m.start, title) for m, title, _ in known}
    out = []
    for m in mentions:
        addressed = ADDRESSED_MEMBER_RE.match(text, m.end)
        if addressed is None:
            continue
        what = addressed.group("what") or addressed.group("deputy")
        assembly = next(
            (body for word, body in ASSEMBLIES if word == what and NAMED_ASSEMBLY_RE[body].search(text)), None
        )
        if assembly is not None and (m.start, what) not in held:
            out.append((m, what, assembly))
    return out


def _former_organ_at(body: str, lex: Lexicon) -> int | None:
    """Where a 前 stands between a country and its organ in a body's name ("意大利前经济发展部"), else None."""
    cut = body.find("前", 2)
    if cut < 0 or not _is_country(body[:cut], lex) or len(body) - cut <= 2:
        return None
    return None if body[cut : cut + 2] in dictionary_words(2) else cut  # "塞尔维亚前进党": 前进, a word


def _one_name(a: str, b: str) -> bool:
    """Whether two names are one person's, one written short (岸田 / 岸田文雄, 托卡耶夫 / 若马尔特·托卡耶夫)."""
    return a.startswith(b) or a.endswith(b) or b.startswith(a) or b.endswith(a)


def _address_key(name: str, title: str) -> tuple[str, str]:
    """One key for a post however the name and title are written: the name's last dotted part, the
    title's last two characters (鲁托 / 威廉·萨莫伊·鲁托, 总统 / 当选总统)."""
    return name.rsplit("·", 1)[-1], title[-2:]


UNIONS = frozenset({"欧盟", "东盟", "非盟", "阿盟", "联合国"})  # "冯德莱恩主席" is no chair of 联合国
WHERE_BEFORE_RE = re.compile(r"(?:在|赴|到|抵达|访问|前往|途经)$")


def _leaders_countries(text: str, span: tuple[int, int], lex: Lexicon) -> set[str]:
    """The countries abroad a stretch names as a country whose leader one may be: not a union of states
    (欧盟), nor the place where something happened ("在印尼巴厘岛达成")."""
    named = {
        m.group()
        for m in lex.place_re.finditer(text, *span)
        if lex.places.get(m.group(), ("",))[0] == "country"
        and m.group() not in HOME_COUNTRIES | UNIONS
        and not WHERE_BEFORE_RE.search(text, max(0, m.start() - 2), m.start())
        and not (m.group() == "中非" and CHINA_AFRICA_RE.match(text, m.end()))
    }
    # "续写中俄元首交往佳话": China and the other country, by its one character
    return named | {lex.country_abbrev[m.group(1)] for m in CHINA_AND_RE.finditer(text, *span)}


#: China and another country by their first characters, as the news pairs them ("中俄元首", "中美关系"); not
#: the characters of several countries' pairs (中巴: 巴西 and 巴基斯坦, 中乌, 中土, 中伊, 中印)
CHINA_AND_RE = re.compile(r"中([俄美英法德日韩朝意澳越菲叙])(?:两国|元首|关系|合作|友好|双方|战略|务实|建交)")


# "推动中非合作", "中非命运共同体": China and Africa, not the Central African Republic
CHINA_AFRICA_RE = re.compile(r"合作|关系|友好|友谊|命运共同体|双方|人民|论坛|峰会|经贸|交流|团结")


def _chain_country(intro: Introduction, lex: Lexicon) -> str | None:
    """The foreign country the first body of a title chain opens with ("白俄罗斯中国友好协会")."""
    body = next((link.body for link in intro.links if link.body), None)
    if not body:
        return None
    place = lex.place_re.match(body)
    if place is None or place.group() in HOME_COUNTRIES or lex.places[place.group()][0] != "country":
        return None
    return place.group()


def _province_of(body: str | None, lex: Lexicon) -> str | None:
    """The province a body is of ("江西省委" → 江西省), or None."""
    place = lex.place_re.match(body) if body else None
    full = _full_place(place.group(), lex) if place else None
    return full if full and lex.places.get(full, ("",))[0] == "province" else None


def _full_place(place: str | None, lex: Lexicon) -> str | None:
    """大足 → 大足区: the full name of a place written in its short form."""
    if not place:
        return None
    for suffix in ("区", "县", "市", "省"):
        if place + suffix in lex.places:
            return place + suffix
    return place




GOVERNMENT = "政府"
#: a Party committee of a level, whose place's government a chain may name next ("县委副书记、政府县长")
LEVEL_COMMITTEE_RE = re.compile(r"^(?P<place>.*[省市县区州旗])委$")
#: a village's Party branch, whose village a chain names next by its own committee ("村委会主任")
VILLAGE_BRANCH_RE = re.compile(r"^(?P<place>.*村)(?:党总支|党支部|党委)$")
#: kinds of body (body_grammar.tsv) a place has beside its Party committee: its congress, its unions
PLACE_UNIT_KINDS = frozenset({"mass", "congress", "cppcc", "court", "procuratorate"})


def _place_unit(carried: str, unit: str, lex: Lexicon) -> str | None:
    """The body of the place a chain's unit names, where it is not a unit of the Party body carried:
    "县委副书记、政府县长" → 县政府, "县委常委、总工会主席" → 县总工会, "蒙古人民党主席、政府总理" → 蒙古政府.
    The Party's own units (组织部, 宣传部, 办公室) stay the committee's: None."""
    if (village := VILLAGE_BRANCH_RE.match(carried)) and unit.startswith("村"):
        return village.group("place") + unit  # "珥城村党委书记、村委会主任": 珥城村村委会, not the branch's
    level = LEVEL_COMMITTEE_RE.match(carried)
    if unit != GOVERNMENT and not (level and lex.body_kinds.get(unit) in PLACE_UNIT_KINDS):
        return None
    if level:
        return level.group("place") + unit
    if place := lex.place_re.match(carried):
        return place.group() + unit
    return None


# between two items of a list of one country's officials: "议长佐哈里、交通部长陆兆福", "总统鲁蓬夫妇、总理…"
LIST_ITEM_JOIN_RE = re.compile(r"(?:夫妇|夫人)?[、和及]")
# a minister's field written before his title in such a list ("交通", "经济和气候保护")
PORTFOLIO_RE = re.compile(r"[\u4e00-\u9fff]{2,6}")
MINISTER_RE = re.compile(r"副?(?:部长|大臣)")


def _portfolio_of_the_list(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the words before a list item's title are only his field ("交通部长陆兆福"), not a country of
    his own ("…、卡塔尔储君埃米尔阿卜杜拉": 卡塔尔's, not the country of the item before him)."""
    # a country's full name only: a one-character short form is a word's first character too (法务部长)
    return PORTFOLIO_RE.fullmatch(text, start, end) is not None and not any(
        _is_country(text[begin:stop], lex) for begin in range(start, end - 1) for stop in range(begin + 2, end + 1)
    )


def _country_of(body: str, lex: Lexicon) -> str | None:
    """The country abroad a body is, or is of ("尼加拉瓜", "马来西亚下议院")."""
    if _is_country(body, lex):
        return None if body in HOME_COUNTRIES else body
    return lex.place_re.match(body).group() if body_of_a_country_abroad(body, lex) else None


def _is_country(body: str, lex: Lexicon) -> bool:
    return lex.places.get(body, ("",))[0] == "country"


def title_fits_body(title: str, body: str) -> bool:
    """Can ``title`` be a post of ``body``?  A head title named after its unit (部长, 局长, 厅长)
    heads a body of that unit (外交部, 公安局); other titles (主任, 书记, 委员) fit any body."""
    m = HEAD_TITLE_RE.match(title)
    return m is None or body.endswith(m.group("unit")) or m.group("unit") in body[-3:]


def _foreign_in_story(name: str, text: str, sentence: tuple[int, int], lex: Lexicon) -> bool:
    """A short transliteration (德拉吉, 亨利) in a sentence that names a country abroad: a foreigner,
    whose bare 总理 is his country's, never the 国务院's."""
    if name[:1] in lex.surnames or not all(c in lex.translit_chars for c in name.replace("·", "")):
        return False  # 蔡奇, 侯凯: a Chinese surname and characters transliterations use too
    return bool(_foreign_countries(text, sentence, lex))


def _foreign_countries(text: str, sentence: tuple[int, int], lex: Lexicon) -> set[str]:
    """The countries abroad a sentence names."""
    return {
        m.group()
        for m in lex.place_re.finditer(text, *sentence)
        if lex.places.get(m.group(), ("",))[0] == "country" and m.group() not in HOME_COUNTRIES
    }


def _sentence_country(text: str, sentence: tuple[int, int], lex: Lexicon) -> str | None:
    """The one foreign country a sentence names, if it names exactly one."""
    countries = _foreign_countries(text, sentence, lex)
    return countries.pop() if len(countries) == 1 else None


def foreign_name(name: str, lex: Lexicon) -> bool:
    """A transliterated name: dotted, or four or more characters all used in transliteration."""
    core = name.replace("·", "")
    return "·" in name or (len(core) >= 4 and all(c in lex.translit_chars for c in core))


POST_VARIANTS = {
    # text form → (post, the body it implies when none is written)
    "外长": ("部长", "外交部"),
    "外交部长": ("部长", "外交部"),
    "外交部部长": ("部长", "外交部"),
    "防长": ("部长", "国防部"),
    "国防部长": ("部长", "国防部"),
    "国防部部长": ("部长", "国防部"),
    "财长": ("部长", "财政部"),
    "财政部长": ("部长", "财政部"),
    "商务部长": ("部长", "商务部"),
    "副外长": ("副部长", "外交部"),
    "中华人民共和国主席": ("国家主席", None),
    "中华人民共和国副主席": ("国家副主席", None),
    "外交部副部长": ("副部长", "外交部"),
    "中央候补委员": ("候补中央委员", "中共中央"),  # "十九届中央候补委员": the member's formal name
    # the national deputies, named with their assembly in front of the title ("全国人大代表王旭")
    "全国人大代表": ("代表", "全国人大"),
    "全国政协委员": ("委员", "全国政协"),
    "十八大代表": ("代表", "党的十八大"),
    "十九大代表": ("代表", "党的十九大"),
    "二十大代表": ("代表", "党的二十大"),
    "二十一大代表": ("代表", "党的二十一大"),
}
NATIONAL_PREFIX = "全国"  # written before a title whose national form is a variant of its own


# a post written with the body it is held in, whatever body the chain carries: "中央书记处书记" is a 书记 of
# 中央书记处, a "委员" of a 政治局常务委员会 a 政治局常委, of a 纪委's 常务委员会 a 常委
OWN_BODY_POSTS = {"中央书记处书记": ("书记", "中央书记处")}
STANDING_COMMITTEE_POSTS = (("政治局常务委员会", "政治局常委"), ("常务委员会", "常委"))
# the Party's Central Committee in the forms a list's heading or a chain writes it: "中国共产党第二十届中央委员会
# 委员名单", "十九届中央委员会委员", "中共中央委员"; its members are known by one name each, 中央委员 and
# 候补中央委员 of 中共中央, as the communiqués and the biographies call them
CENTRAL_COMMITTEE_RE = re.compile(r"(?:中国共产党|中共)?(?:第?[一二三四五六七八九十]+届)?中央委员会|中共中央|党中央")
CENTRAL_COMMITTEE_POSTS = {"委员": "中央委员", "候补委员": "候补中央委员"}


def posts_by_column(
    title: str | None, mentions: list[PersonMention]
) -> list[tuple[PersonMention, str, str | None]]:
    """The post a column's name states of everyone its headline introduces: "【二十大代表风采】裴春亮：带着
    乡亲过上好日子 方勤：用匠心守护文化遗产" presents delegates to the 二十大, each 代表 of 党的二十大.

    Only a tag that opens with a post naming its own body (a deputy of a congress, POST_VARIANTS) states
    one; the post goes to the story's first mention of each name the headline introduces."""
    column = COLUMN_TAG_RE.match(title or "")
    if column is None:
        return []
    form = max((f for f in POST_VARIANTS if column.group("tag").startswith(f)), key=len, default=None)
    post, body = normalise_post(form, None) if form else (None, None)
    if post is None or body is None:
        return []
    introduced = {m.group("name") for m in HEADLINE_NAME_RE.finditer(title[column.end() :])}
    first: dict[str, PersonMention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.name in introduced:
            first.setdefault(m.name, m)
    return [(m, post, body) for m in first.values()]


def standing_committee_post(title: str, body: str | None) -> tuple[str, str | None]:
    """(委员, 中央政治局常务委员会) → (政治局常委, 中央);
    (委员, 中央纪律检查委员会常务委员会) → (常委, 中央纪律检查委员会)."""
    if title == "委员" and body:
        for suffix, post in STANDING_COMMITTEE_POSTS:
            if body.endswith(suffix) and len(body) > len(suffix):
                return post, body[: -len(suffix)]
    if title in CENTRAL_COMMITTEE_POSTS and body and CENTRAL_COMMITTEE_RE.fullmatch(body):
        return CENTRAL_COMMITTEE_POSTS[title], "中共中央"  # (候补委员, 中国共产党中央委员会): 候补中央委员
    return OWN_BODY_POSTS.get(title, (title, body))


def deputy_post(title: str, body: str | None) -> tuple[str, str | None]:
    """(政协委员, 平阴县政协) → (委员, 平阴县政协): with its assembly as the body, a deputy's post is the
    member's word, as "全国政协委员" is 委员 of 全国政协; a bare "政协委员" keeps its title."""
    assembly = DEPUTY_POSTS.get(title)
    if assembly is not None and body is not None and body.endswith(assembly[0]):
        return assembly[1], body
    return title, body


def _held_then(intro: Introduction, text: str) -> bool:
    """A chain that 时任 (then serving as) opens: the posts of a recalled time, not the article's."""
    if not intro.links:
        return False
    first = intro.links[0]
    opens = first.body_start if first.body_start is not None and first.body_start < first.start else first.start
    return text.endswith("时任", 0, opens)


def implied_body_written(title: str, body: str | None) -> tuple[str, str | None]:
    """(二十大代表, 党的二十大) → (代表, 党的二十大): a text form written with the very body it implies
    ("当选党的二十大代表") is that body's post, as the form alone is."""
    post, implied = POST_VARIANTS.get(title, (title, None))
    return (post, body) if body is not None and body == implied else (title, body)


def normalise_post(title: str, body: str | None) -> tuple[str, str | None]:
    """One name for the forms of one post: (外长, None) and (部长, 外交部) are both (部长, 外交部).

    A title that carries its body (外交部部长) is split into the post and the body; the body written
    in the text, when there is one, wins over the one the form implies (a foreign 外长 of 法国 keeps
    法国).  Anything else is returned unchanged.
    """
    if title in POST_VARIANTS:
        post, implied = POST_VARIANTS[title]
        return post, body or implied
    return title, body
