"""Event classes that a verb reports: the table ``kg/resources/event_classes.tsv`` and its matcher.

Most national news reports an event by what people did, not by a noun that names it: "韩正27日在
北京会见洪都拉斯外长雷纳", "赵乐际…同越南国会主席王庭惠举行会谈", "李希在福建调研".  Each row of the
table is one such class: the trigger verb, where the persons stand around it, their roles, how the
event is named, and what makes a mention not an event held (an announced or habitual one).  The
matcher here only says which class a group of persons triggers and who stands where; the rule layer
(:mod:`kg.extract.rules`) makes the event and records the roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.extract.dates import DAY
from kg.extract.lexicon import Lexicon
from kg.extract.recognise import TENURE_WORDS, TIMES_COUNTED, PersonMention

#: occasions counted, not one reported: "习近平总书记一次次深入民族地区调研", "多次会见"
COUNTED = TIMES_COUNTED + "|一回回|屡次"
# What announces an event for later: "将于…", "即将…", "将出席…", "决定…召开…", "筹备…".
PLANNED = (
    r"将于|即将|将在|拟于|计划于"
    r"|将(?:会见|会晤|访问|出席|参加|赴|前往|应邀|举行|召开|举办|主办|承办|主持|对|同|与|在)"
    r"|决定(?:于)?(?:[^，。；]{1,16}?)?(?:召开|举行|举办)|筹备|研究(?:部署)?(?:了)?召开|待(?:召开|举行)"
    # "这次常委会会议的一项重要任务是为召开十三届全国人大五次会议作准备": what a meeting prepares
    r"|为(?:召开|举行|举办)"
)
# What may stand between a subject and its verb: a date, a time of day, a place, a manner, an adverb.
# "10月21日至23日访问文莱": the last day of a stay
DAY_RANGE_END = r"(?:(?:至|到|—|－|-|和)(?:\d{1,2}月)?\d{1,2}日)?"
#: "以视频方式出席", "通过视频连线参加": how a leader takes part from afar
VIDEO_MANNER = r"以视频(?:连线)?方式|通过视频(?:连线)?(?:方式)?|以视频会议形式"
ADVERBIAL = (
    # "习近平和…李强、赵乐际，23日中午在人民大会堂同…见面": a comma may set the date off from the subject
    r"(?:[，,](?=(?:当地时间|北京时间)?(?:" + DAY + r"|今天|今日|当天|当日|昨天)))?"
    r"(?:当地时间|北京时间)?(?:于?" + DAY + DAY_RANGE_END + r"|今天|今日|当天|当日|昨天|近日|日前|此前|上周)?"
    r"(?:（[^）]{0,12}）)?(?:上午|下午|晚上|晚间|晚|中午|凌晨)?"
    r"(?:受[^，。；]{1,30}?委托[，,]?)?"
    # "代表中共中央在昆明会见", "代表X，向…献花篮"
    r"(?:代表[^，。；在]{2,30}?(?:(?=在|会见|看望|同|与)|[，,](?=(?:分别|共同|一同)?(?:向|于|在|到|赴|前往|率))))?"
    # "洪森率团赴中国驻柬埔寨使馆吊唁": the head of a group
    r"(?:率(?:团|队|[^，。；]{0,16}?代表团|有关部门(?:负责同志)?)|带队)?"
    # a first clause of movement: "专程来到各分组讨论地点，慰问…", "还来到新知青艺社，与…座谈"
    r"(?:(?:专程|先后|分别|还|又)?(?:深入|来到|前往|赶赴)[^，。；]{1,24}?[，,])?"
    r"(?:还|也|又)?"
    # "在结束出席金砖国家领导人会晤…回到国内后，在乌鲁木齐专门听取…": what was done before, then the verb
    r"(?:在?结束[^，。；]{2,60}?(?:后|之后)[，,]?)?"
    r"(?:在[^。；]{1,40}?的(?:陪同|带领|率领)下[，,]?)?"  # "在镇党委书记石岩的陪同下，到…慰问"
    r"(?:在(?:(?!指出|强调|表示|要求|讲话|主持|出席|参加|列席)[^，。；]){1,24}?)?"
    f"(?:{VIDEO_MANNER})?"
    # "就本轮疫情奥密克戎系列变异株传播特点、科学防控接受…专访": the matter, then the verb; a matter "向" someone
    # is a message's ("就…逝世向…家属…致以慰问")
    r"(?:就(?:(?!向)[^，。；]){1,30}?)?"
    r"(?:是?应[^，。；]{1,20}?的?邀请|应约|应邀)?"
    r"(?:还|也|再次|又|先后|分别|共同|一同|专门|亲切)?"
)
WELCOMED_RE = re.compile(r"(?:表示|致以)")
PARTNER_JOIN_RE = re.compile(ADVERBIAL + r"(?:同|与|和)")
POSSESSOR_RE = re.compile(r"(?:书记|主席|总统|总理|部长|同志|先生|女士)?的")
# "习近平等党和国家领导人在人民大会堂会见…": the list's descriptor stands between it and the verb
GROUP_SKIP_RE = re.compile(
    r"(?:等(?:党和国家|中央)?领导(?:人|同志)|等人|等同志|等|同志|一行|总书记|主席|夫妇|夫人)*"
)
CLAUSE_END_RE = re.compile(r"[，。；！？]")
CITED_BEFORE_RE = re.compile(r"(?:传达|转达|学习|贯彻|落实|领会|深入学习)[^，。；]{0,14}$")
# "…在福州考察时的重要讲话", "在主持中共中央政治局第十七次集体学习时的重要讲话": an earlier occasion cited;
# "做好调研的同时": a manner, not an event
CITED_AFTER_RE = re.compile(r"[^，。；]{0,24}?时(?:的|所作的|发表的)|的同时")
# "习近平总书记视察贵州重要讲话精神": a tour named as the occasion of a speech now studied, not a tour reported
TOUR_CITED_RE = re.compile(r"[^，。；并时]{0,8}?(?:重要讲话|讲话精神|重要指示)")
RETROSPECTIVE_RE = re.compile(
    r"(?:去年|前年|[\d一二两三四五六七八九十]{1,2}(?:年|个月|周|个星期)前|多年前|上世纪"
    # "党的十八大后，习近平总书记首次赴农村考察就来到阜平", "十年来": years told over, not a day's report
    r"|党的[一二三四五六七八九十]{2,3}大(?:以来|后|之后)[，,]|(?:[\d一二两三四五六七八九十]{1,3}|多|近)年(?:以)?来[，,])"
)
# words to someone present: "同你举行会谈", "同总统先生举行会晤"; a sentence in the first person is someone's words
SECOND_PERSON_RE = re.compile(r"[你您]|(?:总统|主席|总理|首相|国王)先生|阁下|陛下")
FIRST_PERSON_RE = re.compile(r"[“「]?我(?:们|国)?(?![国军省市县区])")
#: a day told as news tells the day of its report ("5日下午，", "今天"), not one with its month or year
#: ("2019年4月15日", "9月20日" in a March story may be months ago): what happened then is reported
DAY_TOLD_RE = re.compile(r"(?<![\d年月])\d{1,2}日|今天|今日|当天|当日|昨天|昨日")


def told_with_its_day(text: str, at: int) -> bool:
    """Whether the sentence up to ``at`` gives the day of what it tells: "5日下午，习近平总书记在参加…
    审议时强调" reports that day's deliberation; "习近平总书记在…考察时强调" quotes an earlier tour."""
    opening = max(text.rfind(mark, 0, at) for mark in "。\n") + 1
    return DAY_TOLD_RE.search(text, opening, at) is not None


CITED_OCCASION_RE = re.compile(
    r"(?:时|期间)(?:多次|曾|也|再次|还|又)?(?:首次)?(?:指出|强调|说|提出|鼓励|勉励|嘱托|寄语)"
)
# who reports without speaking for himself: an office, a government, a news outlet ("克里姆林宫", "白宫方面")
SOURCE_SUBJECT_RE = re.compile(r"宫|方面|政府|外交部|国防部|新闻处|新闻局|通讯社|媒体|声明|办公室|总统府|发言人|网站")
REPORTED_SPEECH_RE = re.compile(r"(?:表示|说|指出|强调|认为|称|谈到)[，：:]|[“「]")
WHERE = ("after", "partner", "before")


@dataclass(frozen=True, slots=True)
class EventClass:
    name: str
    type: str
    where: str
    trigger: re.Pattern[str]
    subject_roles: tuple[str, ...]
    other_roles: tuple[str, ...]
    name_template: str
    not_if: re.Pattern[str]
    dated: bool = True


@dataclass(slots=True)
class ClassHit:
    """One group of persons triggering one event class in a sentence."""

    cls: EventClass
    trigger_start: int
    trigger_end: int
    subjects: list[PersonMention]
    others: list[PersonMention]
    partner_group: int | None = None  # index of the partner group in the sentence's groups, if any
    chained: bool = False  # read in a later clause of the subject's sentence ("…，并同…座谈")
    during: bool = False  # the clause tells what was done during the event before ("出席…会晤期间会见…")
    name: str | None = None  # the event's own name when one hit reports several events (分别会见)


#: one after another, each apart: "分别会见", "先后会见", "相继会见"
SEPARATELY_RE = re.compile(r"分别|先后|相继")
# a relative clause that describes a list of guests before their titles: "来华出席…的", "正在中国访问的"
GUESTS_CLAUSE_RE = re.compile(r"(?P<verb>[^，。；]{1,6}?)(?:来华|赴华|来京|进京|前来|正在|专程|应邀)[^，。；]{0,40}的")


def separate_hits(hit: ClassHit, text: str) -> list[ClassHit]:
    """ "赵乐际分别会见东帝汶总统奥尔塔、意大利总理梅洛尼": one meeting with each person named.

    Each is named "<subject><verb><the person as written>" (赵乐际会见意大利总理梅洛尼), so the
    meetings stay apart; anything else is the hit itself.
    """
    if hit.cls.name == "visit_finished" and hit.subjects and hit.name is None:
        # "在结束对新西兰、澳大利亚、马来西亚进行正式访问…后": a visit to each country
        # "…对德国进行正式访问、对法国进行正式访问并出席…峰会后": each item a visit; the visits keep their
        # own names, not the headline's ("习近平结束出席…并对巴西进行国事访问回国")
        done = FINISHED_VISIT_RE.search(text, hit.trigger_start, hit.trigger_end)
        if done is None:
            return [hit]
        subject = "、".join(dict.fromkeys(m.name for m in hit.subjects))
        names = [
            f"{subject}对{host}进行{item.group('kind') or ''}访问"
            for item in VISIT_ITEM_RE.finditer(text, done.start("host") - 1, hit.trigger_end)
            for host in HOSTS_SPLIT_RE.split(item.group("host"))
            if host
        ]
        return [ClassHit(hit.cls, hit.trigger_start, hit.trigger_end, hit.subjects, [], name=n) for n in names] or [hit]
    if hit.cls.where == "partner" and hit.subjects and len(hit.others) >= 2:
        # "李克强分别同日本首相岸田文雄、韩国总统尹锡悦会面": talks with each partner
        # "分别同A、B会面", "与马特维延科、沃洛金分别举行会谈"
        before = SEPARATELY_RE.search(text, hit.subjects[-1].end, chain_start(hit.others[:1]))
        after = SEPARATELY_RE.match(text, hit.others[-1].end, hit.trigger_end)
        if before is None and after is None:
            return [hit]
        subject = "、".join(dict.fromkeys(m.name for m in hit.subjects))
        verb = text[hit.trigger_start : hit.trigger_end]
        return [
            ClassHit(
                hit.cls,
                hit.trigger_start,
                hit.trigger_end,
                hit.subjects,
                [other],
                hit.partner_group,
                name=subject + "同" + text[chain_start([other]) : other.end] + verb,
            )
            for other in hit.others
        ]
    sep = SEPARATELY_RE.search(text, max(0, hit.trigger_start - 3), hit.trigger_end)  # "在北京分别会见"
    inside = [m for m in hit.others if m.start >= hit.trigger_start]
    if len(inside) < 2 or not hit.subjects or hit.cls.where != "after":
        return [hit]
    if sep is None:
        return _told_apart(hit, text, inside)
    first = _with_tenure(text, chain_start([inside[0]]))
    subject = "、".join(dict.fromkeys(m.name for m in hit.subjects))
    start, end = hit.trigger_start, hit.trigger_end
    if sep.start() >= inside[-1].end:
        # "与马特维延科、沃洛金分别举行会谈": the list, then 分别, then what was held with each
        joiner, held = text[start:first], text[sep.end() : end]
        if len(joiner) > 2 or not held:
            return [hit]
        return [
            ClassHit(
                hit.cls, start, end, hit.subjects, [other], chained=hit.chained, during=hit.during,
                name=subject + joiner + guest + held
            )
            for other in inside
            if (guest := text[_with_tenure(text, chain_start([other])) : other.end])
        ]
    verb = re.sub(r"了$", "", text[max(sep.end(), hit.trigger_start) : first])
    if relative := GUESTS_CLAUSE_RE.match(verb):
        verb = relative["verb"]  # "分别会见来华出席对话会的A、B": each guest is met, the clause says why they came
    if not verb or len(verb) > 6:
        # "分别会见了尼共（联合马列）主席奥利、…": a guest's body the title chain did not reach
        return _each_as_listed(hit, text, inside, sep.end()) or [hit]
    return [
        ClassHit(
            hit.cls, start, end, hit.subjects, [other],
            chained=hit.chained, during=hit.during, name=subject + verb + guest,
        )
        for other in inside
        if (guest := text[_with_tenure(text, chain_start([other])) : other.end])
    ]


#: guests met all at once
TOGETHER_RE = re.compile(r"集体|共同|一同|一起")
#: what stands between two guests of a list
GUEST_JOINER_RE = re.compile(r"、|和|及|以及")
#: a guest as a list writes him: his country, body and titles, no clause
GUEST_WRITTEN_RE = re.compile(r"[^，。；：的“”]{1,30}")


def _guests_as_listed(text: str, begin: int, inside: list[PersonMention], verb: str) -> list[str]:
    """Each guest of a list as the list writes him, from the joiner before him (the first from ``begin``):
    his country, body and titles; none where an item is more than that (a clause, the verb again)."""
    written, pos = [], begin
    for other in inside:
        joiners = list(GUEST_JOINER_RE.finditer(text, pos, other.start))
        start = joiners[-1].end() if joiners and other is not inside[0] else pos
        if not GUEST_WRITTEN_RE.fullmatch(text, start, other.end) or verb in text[start : other.end]:
            return []  # "分别看望或委托有关方面负责同志看望了A、B": the verb again, so a longer one
        written.append(text[start : other.end])
        pos = other.end
    return written


def _each_as_listed(hit: ClassHit, text: str, inside: list[PersonMention], verb_start: int) -> list[ClassHit]:
    """One event with each guest of a list, each named with the guest as the list writes him
    ("会见了尼共（联合马列）主席奥利、尼共（毛主义中心）主席普拉昌达")."""
    verb = re.sub(r"了$", "", text[verb_start : hit.trigger_end])
    return _one_with_each(hit, inside, verb, _guests_as_listed(text, hit.trigger_end, inside, verb))


def _one_with_each(hit: ClassHit, inside: list[PersonMention], verb: str, guests: list[str]) -> list[ClassHit]:
    """The hit as one event with each guest, named "<subject><verb><the guest as written>"."""
    subject = "、".join(dict.fromkeys(m.name for m in hit.subjects))
    return [
        ClassHit(
            hit.cls, hit.trigger_start, hit.trigger_end, hit.subjects, [other],
            chained=hit.chained, during=hit.during, name=subject + verb + guest,
        )
        for other, guest in zip(inside, guests, strict=False)
    ]


def _told_apart(hit: ClassHit, text: str, inside: list[PersonMention]) -> list[ClassHit]:
    """A meeting with each guest, where the story goes on to tell each meeting by itself ("会见总统班达里、
    总理德乌帕。会见班达里时，…会见德乌帕时，…"), or where each guest comes from a country of his own
    ("会见了埃及众议长贾巴利和哈萨克斯坦议会上院议长阿希姆巴耶夫")."""
    if hit.cls.name != "meeting_with":
        return [hit]
    verb = re.sub(r"了$", "", text[hit.trigger_start : hit.trigger_end])
    guests = _guests_as_listed(text, hit.trigger_end, inside, verb)
    if not guests:
        return [hit]
    later = text[hit.trigger_end :]
    if all(re.search(f"会见{re.escape(m.name)}时[，,]", later) for m in inside):
        return _one_with_each(hit, inside, verb, guests)
    if TOGETHER_RE.search(text, max(0, hit.trigger_start - 2), hit.trigger_end):
        return [hit]  # "集体会见出席峰会的各国领导人": one meeting with them all
    lex = Lexicon.load()
    countries = [_leading_country(guest, lex) for guest in guests]
    if None in countries or len(set(countries)) < len(countries):
        return [hit]
    return _one_with_each(hit, inside, verb, guests)


def _leading_country(written: str, lex: Lexicon) -> str | None:
    """The country a guest's description opens with ("埃及众议长贾巴利": 埃及)."""
    for length in range(min(12, len(written) - 1), 1, -1):
        if lex.places.get(written[:length], ("",))[0] == "country":
            return written[:length]
    return None


# what a guest's title is said to be of his time in it: "分别会见时任总统杜特尔特和新任副总统莎拉"
TENURE_RE = re.compile(f"(?:{TENURE_WORDS})$")


def _with_tenure(text: str, start: int) -> int:
    """Where a guest's title begins, with the word of its tenure before it."""
    tenure = TENURE_RE.search(text, max(0, start - 2), start)
    return tenure.start() if tenure else start


@cache
def event_classes() -> tuple[EventClass, ...]:
    """The rows of ``event_classes.tsv`` in table order (the first class that matches wins)."""
    text = (resources.files("kg") / "resources" / "event_classes.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, etype, where, trigger, subject, other, template, not_if, dated = line.split("\t")
        if where not in WHERE:
            raise ValueError(f"event_classes.tsv: {name}: 'where' must be one of {WHERE}, not {where!r}")
        pattern = trigger + "$" if where == "before" else ADVERBIAL + f"(?P<trigger>{trigger})"
        rows.append(
            EventClass(
                name,
                etype,
                where,
                re.compile(pattern),
                tuple(r for r in subject.split(",") if r),
                tuple(r for r in other.split(",") if r),
                template,
                re.compile(not_if.replace("{planned}", PLANNED + "|" + COUNTED)),
                dated == "yes",
            )
        )
    return tuple(rows)


# a paragraph that opens with someone's words: "李强表示，中马正朝着…前进。习近平主席同…举行会谈，…"
# ("听完专家企业家发言后，李克强说，…": a clause of when may come first)
SPEAKER_OPENS_RE = re.compile(r"(?:[^，。；\n]{1,16}?后[，,])?[^，。；\n]{1,24}?(?:表示|指出|强调|认为|说)[，：:]")
SAYS_RE = re.compile(r"(?:表示|指出|强调|认为|说|称)[，：:]")
# a source that reports what happened, not someone's words: "克里姆林宫方面16日表示，普京当天会见了…"
SOURCE_OPENS_RE = re.compile(r"[^，。；\n]{1,24}?(?:方面|消息|新闻处|新闻局|新闻社|通讯社|媒体|官网|网站|声明)")


def quoted_paragraph(text: str, s_start: int, s_end: int) -> bool:
    """Whether the sentence at ``s_start`` goes on with the words of someone who began speaking at the
    head of its paragraph (a later sentence of the same paragraph is still his, unless someone else
    speaks in it: "赫什近日在接受媒体采访时称，…")."""
    if SAYS_RE.search(text, s_start, s_end):
        return False
    para = text.rfind("\n", 0, s_start) + 1
    opens = SPEAKER_OPENS_RE.match(text, para)
    return para < s_start and opens is not None and not SOURCE_OPENS_RE.match(text, para, opens.end())


def chain_start(group: list[PersonMention]) -> int:
    """Where a group's first person begins, titles and bodies before the name included."""
    first = group[0]
    if first.intro and first.intro.links and not first.intro.told_before:  # "…。他们是：A": the list opens
        link = first.intro.links[0]
        return link.body_start if link.body_start is not None else link.start
    return first.start


def _in_someones_words(text: str, s_start: int, start: int, mentions: list[PersonMention]) -> bool:
    """Whether a speech verb or a quotation mark before ``start`` makes the rest someone's words. A body
    that tells what a leader did ("克里姆林宫16日表示，普京当天会见了…") reports it: no person speaks; a
    quotation closed before the person is a name ("《共建“一带一路”•权威访谈》，来看…对…的专访")."""
    said = REPORTED_SPEECH_RE.search(text, s_start, start)
    while said is not None and said.group() in "“「":
        closed = text.find("”" if said.group() == "“" else "」", said.end(), start)
        if closed < 0:
            return True
        said = REPORTED_SPEECH_RE.search(text, closed + 1, start)
    if said is None:
        return False
    return any(s_start <= m.start < said.start() for m in mentions) or not SOURCE_SUBJECT_RE.search(
        text, s_start, said.start()
    )


def _described_by(
    cls: EventClass, text: str, group: list[PersonMention], start: int, s_start: int, mentions: list[PersonMention]
) -> ClassHit | None:
    """The hit of a class whose trigger stands before the persons it describes ("正在…访问的X")."""
    m = cls.trigger.search(text, max(s_start, start - 40), start)
    # "正在法国进行国事访问的国家主席习近平在巴黎出席法国总统马克龙举行的…": the clause describes the
    # person right after it, not one named further on
    described = m is not None and not any(m.start() < p.start < start and p not in group for p in mentions)
    listed = text[start - 1 : start] in ("，", ",") and APPOINTED_AS_RE.match(text, group[-1].end) is not None
    if m is None and cls.other_roles == ("elected",) and listed:
        # "任命应勇为…副主任委员，陈润儿为…副主任委员，王建军为…": each of a list of appointments
        m = next(
            (
                listed
                for listed in re.finditer(cls.trigger.pattern.removesuffix("$"), text[s_start:start])
                if APPOINTED_BEFORE_RE.fullmatch(text, s_start + listed.end(), start)
            ),
            None,
        )
        if m is not None:
            return ClassHit(cls, s_start + m.start(), s_start + m.end(), [], list(group))
    if m and described and not CLAUSE_END_RE.search(m.group()):
        return ClassHit(cls, m.start(), m.end(), [], list(group))
    return None


def visit_of_the_subjects(
    text: str, hit: ClassHit, s_start: int, mentions: list[PersonMention]
) -> ClassHit | None:
    """ "率中国党政代表团对朝鲜进行正式友好访问的…赵乐际在平壤会见…金正恩": the subjects of the meeting are on a
    visit the clause before them tells, an event of its own."""
    if not hit.subjects or hit.cls.where == "before":
        return None
    start = chain_start(hit.subjects)
    visit = next(cls for cls in event_classes() if cls.name == "visit_relative")
    described = _described_by(visit, text, hit.subjects, start, s_start, mentions)
    if described is None or visit.not_if.search(text, s_start, start):
        return None
    return described


def match_group(
    text: str,
    groups: list[list[PersonMention]],
    index: int,
    mentions: list[PersonMention],
    s_start: int,
    s_end: int,
) -> ClassHit | None:
    """The event class that the group ``groups[index]`` of a sentence triggers, if any."""
    group = groups[index]
    start = chain_start(group)
    if (
        _in_someones_words(text, s_start, start, mentions)
        or FIRST_PERSON_RE.match(text, s_start)
        or quoted_paragraph(text, s_start, s_end)
    ):
        return None  # "…表示，习近平主席同你举行了富有成果的会谈", "我对普京总统到访表示欢迎": someone's words
    after = GROUP_SKIP_RE.match(text, group[-1].end, s_end).end()
    behalf = ON_BEHALF_SKIP_RE.match(text, after, s_end)
    if behalf is not None and not any(
        cls.where == "after" and cls.trigger.match(text, after, s_end) for cls in event_classes()
    ):
        after = behalf.end()  # "蔡奇7日上午，代表习近平总书记和党中央看望…": what he does for them
    # "转达习近平总书记的深切牵挂和亲切慰问": the person owns a noun and does nothing here, unless the
    # class reads the possessive itself ("对巴赫的独家专访")
    possessor = POSSESSOR_RE.match(text, after) is not None
    # "…、经济合作与发展组织秘书长科尔曼和…主席诺特举行": a list's later item, split from it by the 与 of a
    # body's name, is no subject of its own talks
    list_item = LIST_ITEM_BEFORE_RE.search(text, s_start, start) is not None
    for cls in event_classes():
        hit = None
        if cls.where == "after":
            m = cls.trigger.match(text, after, s_end)
            if m and not (possessor and not m.group("trigger").startswith("的")):
                hit = ClassHit(cls, m.start("trigger"), m.end("trigger"), group, [])
                hit.others = _objects(text, m.start("trigger"), m.end("trigger"), s_end, mentions)
        elif cls.where == "partner" and index + 1 < len(groups) and not list_item:
            join = PARTNER_JOIN_RE.match(text, after, s_end)
            p_start = chain_start(groups[index + 1])
            if join and join.end() <= p_start and _title_gap(text, join.end(), p_start):
                for partner in _partner_lists(text, groups, index + 1):
                    p_after = GROUP_SKIP_RE.match(text, partner[-1].end, s_end).end()
                    m = cls.trigger.match(text, p_after, s_end)
                    if m:
                        partners = [p for p in partner if not _named_for_a_spouse(text, p)]
                        hit = ClassHit(cls, m.start("trigger"), m.end("trigger"), group, partners, index + 1)
                        break
        elif cls.where == "before":
            hit = _described_by(cls, text, group, start, s_start, mentions)
        if hit is None:
            continue
        if text.startswith("家", group[-1].end) and cls.where != "before":
            return None  # "总书记走进居民董彩英家看望慰问": the home visited, not who visits
        if SECOND_PERSON_RE.search(text, start, hit.trigger_end):
            return None  # "习近平主席同你举行会谈": someone's words to a guest, not a report
        if text.endswith(("感谢", "欢迎"), s_start, start) and "到访" in text[hit.trigger_start : hit.trigger_end]:
            return None  # "村民感谢习近平和彭丽媛到访": the visit is what they thank for, told elsewhere
        honoured = HONOURED_BEFORE_RE.search(text, max(s_start, start - 9), start) is not None
        if cls.type == "ceremony" and cls.where == "after" and honoured:
            return None  # "伊朗…为已故总统莱希等人举行…遗体告别仪式": the one honoured, not who holds it
        if text.endswith(("对", "向"), s_start, start) and WELCOMED_RE.match(text, hit.trigger_end):
            return None  # "学生用中文对习近平到访表示热烈欢迎": the visit is what they welcome, told elsewhere
        if (
            text.startswith("总书记", group[-1].end)
            and CITED_OCCASION_RE.search(text, hit.trigger_end, s_end)
            and not told_with_its_day(text, hit.trigger_start)
        ):
            return None  # "习近平总书记考察…时指出": a line quoted from an earlier tour, not a tour reported
        # the trigger's own words count: "周明将赴某国调研" reads 将赴 inside the trigger's reach
        window = text[max(s_start, start - 8) : hit.trigger_end] if cls.where != "before" else text[s_start:start]
        if cls.not_if.search(window):
            return None  # "李强将于3月30日应邀出席…": announced, not held
        if cls.type == "inspection" and TOUR_CITED_RE.match(text, hit.trigger_end):
            return None
        if cls.type == "inspection" and MET_GROUP_RE.search(text, s_start, start):
            return None  # "会见由…马丁内斯率领的…考察团": the team met, not a visit of its leader's
        if CITED_BEFORE_RE.search(text, max(s_start, start - 16), start) or CITED_AFTER_RE.match(text, hit.trigger_end):
            return None  # "传达学习习近平总书记在福建考察时的重要讲话精神": an earlier event cited, not reported
        if RETROSPECTIVE_RE.match(text, s_start, start) or RETROSPECTIVE_RE.search(text, start, hit.trigger_end):
            # "去年10月，习近平总书记同阮富仲总书记举行会谈", "…主席同哈桑纳尔苏丹去年11月在旧金山会晤": recalled
            return None
        return hit
    return None


# "会见了钱正英同志亲属": the person named is not the one met
RELATIVES_RE = re.compile(r"(?:同志|先生|女士)?的?(?:亲属|家属|遗孀|子女|家人|后人|后代)")
# the next clause of a subject's sentence, or what he did during the event just told ("出席…会议期间会见…")
CHAIN_CLAUSE_RE = re.compile(r"[，,](?:并|还|又|随后|之后|同时|其间|期间|此后)?|(?<=[^，,。；])期间[，,]?")


def chained_hits(
    text: str, group: list[PersonMention], pos: int, mentions: list[PersonMention], s_end: int
) -> list[ClassHit]:
    """Events the same subject goes on to in later clauses of its sentence.

    "韩正…出席…开幕式，集体会见论坛理事代表，并同中外企业家代表座谈": after the first verb, each clause
    that opens with a class verb (no new subject of its own) reports another event of the group.
    """
    hits = []
    for boundary in CHAIN_CLAUSE_RE.finditer(text, pos, s_end):
        start = boundary.end()
        end_match = CLAUSE_END_RE.search(text, start, s_end)
        end = end_match.start() if end_match else s_end
        for cls in event_classes():
            if cls.where != "after":
                continue
            m = cls.trigger.match(text, start, end)
            if m is None:
                continue
            if any(start <= p.start < m.start("trigger") for p in mentions):
                break  # a new subject opens the clause: its own group will be read
            if cls.not_if.search(text, start, m.start("trigger")) or CITED_AFTER_RE.match(text, m.end("trigger")):
                break
            others = _objects(text, m.start("trigger"), m.end("trigger"), s_end, mentions)
            during = boundary.group().lstrip("，,").startswith("期间")
            hits.append(ClassHit(cls, m.start("trigger"), m.end("trigger"), group, others, chained=True, during=during))
            break
    return hits


#: the group met is named next: "会见由古巴共产党中央政治局委员(马丁内斯率领的…考察团)"
MET_GROUP_RE = re.compile(r"会见(?:了)?由[^，。；]{0,40}$")
#: the titles of a list's later item: "…、经济合作与发展组织秘书长(科尔曼)"
LIST_ITEM_BEFORE_RE = re.compile(r"、[^，。；、同与和]{0,24}$|、[^，。；、]{0,24}[同与和][^，。；、]{2,}$")


def _partner_lists(text: str, groups: list[list[PersonMention]], first: int) -> list[list[PersonMention]]:
    """The readings of the partners from ``groups[first]`` on, longest first: later groups join it where
    only "、" and the next one's titles stand between ("…伊维拉、联合国贸易和发展会议秘书长格林斯潘、…":
    a 和 inside a body's name splits the groups, not the list)."""
    readings = [list(groups[first])]
    for later in groups[first + 1 :]:
        gap_start, gap_end = readings[0][-1].end, chain_start(later)
        if not text.startswith(("、", "和", "及"), gap_start) or not _title_gap(text, gap_start + 1, gap_end):
            break
        readings.insert(0, readings[0] + later)
    return readings


def _title_gap(text: str, start: int, end: int) -> bool:
    """Only a partner's titles may stand between 同/与 and the partner's name ("同越南国会主席王庭惠")."""
    return end - start <= 30 and not CLAUSE_END_RE.search(text, start, end)


def _objects(
    text: str, start: int, trigger_end: int, s_end: int, mentions: list[PersonMention]
) -> list[PersonMention]:
    """Persons named from the trigger on to the end of its clause: whom the subject met ("会见…外长雷纳"),
    not a relative named only to say whose (the husband in "舒尤克夫人纳吉")."""
    end_match = CLAUSE_END_RE.search(text, trigger_end, s_end)
    end = end_match.start() if end_match else s_end
    inside = (m for m in mentions if start <= m.start and m.end <= end)
    return [
        m
        for m in inside
        if not RELATIVES_RE.match(text, m.end) and not _named_for_a_spouse(text, m) and not in_whose_name(text, m)
    ]


#: "以穆罕默德六世国王名义举行的晚宴": the one in whose name a host acts is not there
IN_NAME_BEFORE_RE = re.compile(r"以[^，。；以]{0,12}$")
IN_NAME_AFTER_RE = re.compile(r"[^，。；以]{0,6}?名义")


def in_whose_name(text: str, m: PersonMention) -> bool:
    """Whether the person is named only as the one in whose name another acts ("以…国王名义举行的晚宴")."""
    return bool(IN_NAME_BEFORE_RE.search(text, max(0, m.start - 12), m.start) and IN_NAME_AFTER_RE.match(text, m.end))


def _named_for_a_spouse(text: str, m: PersonMention) -> bool:
    """ "总统舒尤克夫人纳吉": the husband is named only to say whose wife takes part."""
    return text.startswith("夫人", m.end)


def clause_after(text: str, start: int, s_end: int, limit: int = 60, *, at_least: int = 0) -> str:
    """The text from ``start`` to the end of its clause, or to ``at_least`` (a trigger's end) if later."""
    end_match = CLAUSE_END_RE.search(text, max(start, at_least), s_end)
    end = end_match.start() if end_match else s_end
    return text[start : min(end, start + max(limit, at_least - start))]


# What a headline says after the event it names: "…时强调 贯彻落实…" (phrases after a space are cut first).
HEADLINE_TAIL_RE = re.compile(
    r"(?:时|期间|并)(?:强调|指出|表示|说|讲话|发表讲话).*$"
    r"|并(?:共同)?主持(?:召开)?[^ ]*(?:会议|委员会|论坛|对话)[^ ]*$"  # "丁薛祥访问土库曼斯坦并主持…委员会第六次会议"
)
LEADING_WHEN_RE = re.compile(
    r"(?:[，,](?=" + DAY + r"|今天|今日|当天|当日|昨天))?"
    r"(?:" + DAY + DAY_RANGE_END + r"|今天|今日|当天|当日|昨天|日前|近日)?(?:（[^）]{0,12}）)?"
    r"(?:上午|下午|晚上|晚间|晚|中午|凌晨)?"
)


# Wording an event's name does without: aspect (出席了), manner (隆重的), an earlier step ("在…会谈后"),
# the escort ("在…的陪同下").
NAME_NOISE_RE = re.compile(
    r"在[^，。；在]{1,20}?(?:会谈|会见|会晤|抵达|结束)后|在[^，。；]{1,30}?的(?:陪同|带领|率领)下[，,]?"
    r"|在?结束[^，。；]{2,60}?(?:后|之后)[，,]"  # "在结束出席…峰会…回到国内后，在昆明听取…": the step before
    r"|^是|是?应[^，。；]{1,20}?的?邀请|应邀(?=访问|出访|出席|参加)|(?<=访问)的$"
    # "会见来华出席…峰会并进行国事访问的X总统": who the guest is, told by the visit's own event
    r"|(?<=会见|会晤|会谈)(?:来华|访华|正在|在华|到访)[^，。；]{0,40}?(?:访问|访华|会议|峰会|论坛|活动|开幕式|仪式)的"
    r"|(?<=[席行见加看谈开持取])了|(?:隆重|盛大|亲切友好)的?"
    r"|(?:之际|期间|时)$"  # "习近平对塞尔维亚进行国事访问之际": the clause names a time, the event is the visit
    r"|(?<=[^，。；]{4})时(?:还|也|再次)?(?:表示|说|指出|强调|称|重申)[^，。；]*$"  # "会见…时表示": words said there
    # "习近平在上海调研期间专门召开这次座谈会": the tour is "在上海调研"; what was done during it has its own noun
    r"|(?<=调研|考察|视察|督导|走访)期间[^，。；]+$"
    r"|(?<=[察研])并(?:主持召开|主持|出席|参加)[^，。；]*$"  # "考察并主持召开…座谈会后": that meeting is its own event
    r"|(?<=会谈|会晤)并共同主持[^，。；]*$"  # "举行会谈并共同主持…委员会第六次会议": the meeting is told apart
)


def tidy_event_name(name: str) -> str:
    """A name written from the clause, as a headline would give it: "出席了拉赫蒙举行的隆重欢迎宴会" →
    "出席拉赫蒙举行的欢迎宴会"; "同X在总统府会谈后共同会见记者" → "同X共同会见记者"."""
    return NAME_NOISE_RE.sub("", name) or name


# "…——习近平总书记在河北雄安新区考察在广大干部群众中引起强烈反响": how people took an event reported before
REACTION_TITLE_RE = re.compile(r"(?:引起|引发)[^，。；]{0,8}?(?:反响|共鸣)|反响(?:热烈|强烈)")


def event_headline(title: str | None) -> str | None:
    """The part of a headline that names its event: before the first space, without "…时强调 …"; none
    in a headline of how people took an event."""
    if not title or REACTION_TITLE_RE.search(title):
        return None
    head = title.split()[0] if title.split() else title
    return HEADLINE_TAIL_RE.sub("", WHILE_WITH_RE.sub("", head, count=1))


#: "习近平在同团中央新一届领导班子成员集体谈话时强调": the 在 of "在…时" frames the talks, it is not their place
WHILE_WITH_RE = re.compile(r"在(?=(?:同|与)[^ ]*?时(?:强调|指出|表示|说|讲话|发表讲话))")


def _clause_from_subject(hit: ClassHit, text: str, s_end: int) -> str:
    """What the subject did, from right after the name ("一行调研大足区…", "在商务部作宣讲报告"), undated."""
    if not hit.subjects or hit.chained:
        return clause_after(text, hit.trigger_start, s_end)
    start = hit.subjects[-1].end
    if text.startswith("等", start) and (listed := LEADING_WHEN_RE.match(text, start + 1)).end() > start + 1:
        start = listed.end()  # "汪洋等28日到八宝山…": the list's close and its date
    if (titled := TITLE_BEFORE_DAY_RE.match(text, start)) is not None:
        start = titled.end()  # "习近平总书记28日在湖北省武汉市考察": the day is left out, and the title with it
    start += LEADING_WHEN_RE.match(text, start).end() - start
    start += LEADING_ADVERB_RE.match(text, start).end() - start  # "李希还对威尼斯进行访问"
    return clause_after(text, start, s_end, at_least=hit.trigger_end)


#: the appointments listed before the next one's name: "应勇为全国人大宪法和法律委员会副主任委员，"
APPOINTED_BEFORE_RE = re.compile(r"(?:[^，。；]{2,12}?为[^，。；]{2,40}?[，,])+")
#: …and the next name appointed "as" a post, not one who does something "for" others ("为两名同志颁发任命书")
APPOINTED_AS_RE = re.compile(r"(?:同志)?为(?![^，。；]{0,12}?(?:颁发|颁授|举行|作|进行|召开|主持|送))")
#: on whose behalf a person acts, between him and what he does ("王沪宁代表习近平…敬献花圈")
ON_BEHALF_SKIP_RE = re.compile(
    r"(?:\d{1,2}日)?(?:上午|下午|晚上?)?[，,]?代表(?:(?!欢迎|祝贺|感谢|表示|邀请)[^，。；对向为]){2,30}?"
    r"(?=看望|慰问|出席|参加|敬献|前往|赴)"
)
#: a ceremony's subject named after 为 (and his titles): the one it honours ("为伊朗已故总统莱希等人举行…")
HONOURED_BEFORE_RE = re.compile(r"(?<![作成以认因])为[^，。；为]{0,8}$")
TITLE_BEFORE_DAY_RE = re.compile(r"(?:总书记|同志)(?=" + DAY + r"|今天|今日|当天|当日|昨天|日前|近日)")
# "普京26日在会见…时表示", "马克龙5日在与…会晤时表示": the 在 of "在…时" frames the meeting, it is no place
LEADING_ADVERB_RE = re.compile(
    r"(?:还|也|又|再次|再|随后|并|在(?=会见|接见|(?:同|与|和)[^，。；]{2,30}?(?:会谈|会晤|会面)时))?"
)


VISITED_HOST_RE = re.compile(r"对(?P<host>[^，。；对]{1,8}?)进行")
VISIT_KIND_RE = re.compile(
    r"(?:正在|在)?(?P<host>[^，。；]{0,8}?)进行(?:了)?(?P<nth>首次|第[一二三四五六七八九十]次)?"
    r"(?P<kind>国事|正式|工作|友好|正式友好)?访问"
)


VISIT_WHILE_RE = re.compile(
    r"(?:对(?P<host>[^，。；]{1,12}?)的?(?:国事|正式|工作|友好)?访问|访问(?P<place>[^，。；]{1,10}?)"
    r"|在(?P<at>[^，。；]{1,10}?)访问)(?:期间|时|后|之际)$"
)
# "在结束对阿联酋正式访问后乘包机回到北京", "结束出席…峰会并对巴西进行国事访问后", "结束对A、B进行正式访问
# 并出席…会晤后", "李强总理结束对爱尔兰的正式访问，": the visit that ended, named as its own reports name it
FINISHED_VISIT_RE = re.compile(
    r"结束(?:[^，。；]{2,60}?(?:和|并|、))?对(?P<host>[^，。；]{1,30}?)的?(?:进行)?"
    r"(?P<kind>国事|正式|工作|友好|正式友好)?访问(?:(?:[，,]?并|、)[^。；]{2,60}?)?后?$"
)

#: one item of a trip's list: "对新西兰、澳大利亚进行正式访问", "对法国进行正式访问"
VISIT_ITEM_RE = re.compile(r"对(?P<host>[^，。；对]{1,30}?)的?(?:进行)?(?P<kind>国事|正式|工作|友好|正式友好)?访问")
#: the hosts of one item: "哈萨克斯坦、乌兹别克斯坦", "新西兰和澳大利亚", but "吉尔吉斯共和国" is one
HOSTS_SPLIT_RE = re.compile(r"、|和(?!国)")


STAYING_VISIT_RE = re.compile(r"正在(?P<host>[^，。；的]{1,12}?)访问的|到访(?P<place>[^，。；的]{1,10}?)的")


def _visit_words(trigger: str) -> str:
    """ "来华出席…并进行国事访问的" → "对我国进行国事访问": the visit as its own reports name it."""
    if (finished := FINISHED_VISIT_RE.search(trigger)) is not None:
        return "对" + finished.group("host") + "进行" + (finished.group("kind") or "") + "访问"
    said = VISIT_WHILE_RE.search(trigger)
    if said is not None:  # "在访问沙特期间表示", "在结束对叙利亚的访问时指出": the visit the words were said on
        return "访问" + (said.group("host") or said.group("place") or said.group("at"))
    m = VISIT_KIND_RE.search(trigger)
    if m is None:
        staying = STAYING_VISIT_RE.search(trigger)
        if staying is not None:  # "正在黎巴嫩访问的", "到访萨尔瓦多的" → 访问黎巴嫩, 访问萨尔瓦多
            return "访问" + (staying.group("host") or staying.group("place"))
        # "来华出席…并访华的", "来华访问的" → 访华
        return "访华" if "访华的" in trigger or "来华" in trigger else "访问"
    toward = VISITED_HOST_RE.search(trigger)  # "率中国党政代表团对朝鲜进行…": the host after 对, not the sender
    if toward is not None and toward.group("host") not in ("我国", "中国"):
        host = toward.group("host")
    else:
        host = "我国" if re.search(r"来华|访华|我国|中国", trigger) else m.group("host").removeprefix("对")
    kind = (m.group("nth") or "") + (m.group("kind") or "")
    return ("对" + host if host and not re.search(r"[并的]", host) else "") + "进行" + kind + "访问"


AIRPORT_RE = re.compile(r"抵达[^，。；]{1,30}?机场")


def _airport_words(trigger: str) -> str:
    """ "乘坐专机抵达巴黎奥利机场时，…热情迎接" → "抵达巴黎奥利机场": where the guest landed, without the greeters."""
    landed = AIRPORT_RE.search(trigger)
    return landed.group() if landed else trigger


def event_name(hit: ClassHit, text: str, s_end: int, headline: str | None) -> str:
    """The headline where it reports this very event ("韩正会见洪都拉斯外长"), else the class template."""
    if hit.name:
        return hit.name
    trigger = text[hit.trigger_start : hit.trigger_end]
    names = [m.name for m in hit.subjects + hit.others]
    # the verb: what follows the last person named inside the trigger ("同…米尔济约耶夫共同会见记者")
    inside = [m.end for m in hit.others if hit.trigger_start <= m.start and m.end <= hit.trigger_end]
    verb = text[max(inside) : hit.trigger_end] if inside else trigger
    verb = re.sub(r"^(?:总统|总理|主席|首相|国王|夫妇|夫人|阁下|等)*(?:共同|一同)?", "", verb)
    # "举行隆重热烈的仪式，欢迎…" is told by "…举行仪式欢迎…": the manner is no part of the verb
    core = re.sub(r"^(?:在[^，。；]{1,16}?|举行|进行|作|接受|深入|了|隆重|盛大|热烈|正式|简短|的)+", "", verb)[:2]
    headline = event_headline(headline)
    if headline and core and core in headline and any(n in headline for n in names):
        return headline
    fields = {
        "subject": "、".join(dict.fromkeys(m.name for m in hit.subjects)),
        "partner": "、".join(dict.fromkeys(m.name for m in hit.others)),
        "object": "、".join(dict.fromkeys(m.name for m in hit.others)),
        "other": "、".join(dict.fromkeys(m.name for m in hit.others)),
        "trigger": trigger,
        "clause": _clause_from_subject(hit, text, s_end),
        "visit": _visit_words(trigger),
        "airport": _airport_words(trigger),
    }
    return tidy_event_name(hit.cls.name_template.format(**fields))
