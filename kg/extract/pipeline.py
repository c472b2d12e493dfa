"""The extraction pipeline, end to end: inputs in, one :class:`ArticleFacts` per article out.

ingest → normalise → segment → spaCy (char tokenizer + ``zhgov_recogniser``) → rules → facts.
Documents stream through one at a time and the result of each article is plain data, so a worker
pool can run :func:`extract_source` and the caller merge the results.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import kg.extract.components  # noqa: F401  (registers the factories)
from kg.extract.lexicon import Lexicon
from kg.extract.recognise import PLACE_NAMED_AFTER_RE, body_of_a_country_abroad, find_byline_names, headline_names
from kg.extract.rules import analyse
from kg.ingest.read import read_sources
from kg.ingest.segment import segment
from kg.model import (
    Article,
    ArticleFacts,
    Body,
    Event,
    IngestError,
    Mention,
    Participation,
    Person,
    Position,
    Source,
)

CONFIG = Path(str(resources.files("kg") / "config.cfg"))
# components that read a page's articles one after another (the names each article introduces are
# known to the next); the others get the whole page at once through their ``pipe``
PAGE_ORDERED = frozenset({"zhgov_recogniser"})


@cache
def load_nlp() -> Language:
    """The zhgov pipeline, built from ``kg/config.cfg``."""
    config = spacy.util.load_config(CONFIG)
    return spacy.util.load_model_from_config(config, auto_fill=True)


def extract_facts(
    inputs: Sequence[str], *, date: str | None = None, region: str | None = None
) -> Iterator[ArticleFacts | IngestError]:
    for source in read_sources(inputs, date=date, region=region):
        if isinstance(source, IngestError):
            yield source
            continue
        try:
            yield from extract_source(source)
        except Exception as exc:  # one bad page must never lose the batch
            yield IngestError(source.path or source.doc_id, f"extraction failed: {type(exc).__name__}: {exc}")


def extract_source(source: Source) -> list[ArticleFacts]:
    """Facts of every article of one page; names read earlier on the page help later articles."""
    nlp = load_nlp()
    lex = Lexicon.load()
    articles = segment(source)
    # The year of an undated page is not guessed from the years it mentions (last year's figures,
    # next years' plans); an event gets a year from its own sentence or stays month-day.
    year = int(source.pub_date[:4]) if source.pub_date else None
    bylines = [_bylines(article, source, lex) for article in articles]
    known = {name for found in bylines for _, _, name, _, _ in found}
    docs = [nlp.make_doc(article.text) for article in articles]
    for article, doc in zip(articles, docs, strict=True):
        doc.user_data["headline_names"] = headline_names(article.title, lex)
    for name, proc in nlp.pipeline:
        if name in PAGE_ORDERED:
            # the rules read the page in order: names introduced in one article are known in the next
            for doc in docs:
                doc.user_data["known_names"] = known
                proc(doc)
                known.update(span._.person.name for span in doc.spans["persons"] if span._.person.intro)
        else:  # a statistical component reads the page's articles together, in few model calls
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
    results = [
        _facts(article, source, doc, year, lex, article_bylines)
        for article, doc, article_bylines in zip(articles, docs, bylines, strict=True)
    ]
    results = _elected_from_page_rosters(articles, _dates_from_the_day_told(_full_names(results)))
    results = _places_named_on_the_page(source.text, results, lex)
    results = _premiers_abroad(results, lex)
    return _guests_at_page_events(articles, source, _one_event_by_its_count(results), lex)


#: the body a bare 总理 or 副总理 implies at home
HOME_CABINET = "国务院"


def _premiers_abroad(results: list[ArticleFacts], lex: Lexicon) -> list[ArticleFacts]:
    """A premier the page names as his country's ("新加坡总理李显龙", "新加坡副总理颜金勇") is no premier of the
    国务院 where he is addressed by his title alone ("李显龙总理", "颜金勇副总理"): a Chinese-looking name
    addressed so is read as the State Council's, unless the page says whose premier he is."""
    abroad = {
        (position.person, position.title[-2:])
        for facts in results
        for position in facts.positions
        if position.body and body_of_a_country_abroad(position.body, lex)
    }
    if not abroad:
        return results
    for facts in results:
        facts.positions = [
            p for p in facts.positions if not (p.body == HOME_CABINET and (p.person, p.title[-2:]) in abroad)
        ]
    return results


# A place's name, told by what is written right before it ("首都贝尔格莱德", "港口城市敖德萨")
PLACE_NAMED_BEFORE_RE = re.compile(r"(?:首都|城市|首府|州府|港口|小镇|城镇)$")


def _places_named_on_the_page(page: str, results: list[ArticleFacts], lex: Lexicon) -> list[ArticleFacts]:
    """Transliterations the page writes as places somewhere ("敖德萨州", "首都贝尔格莱德") are no persons where
    another story (or the summary at the top) names them bare and gives them nothing to do or hold.

    One story reads its own places (:func:`kg.extract.recognise._named_as_places`); a day's news names a
    city in one story as a region ("敖德萨州") and in another bare ("基辅、敖德萨多次传来爆炸声").
    """
    acting = {p.person for facts in results for p in facts.positions}
    acting |= {p.person for facts in results for e in facts.events for p in e.participants}
    places = set()
    for name in {p.name for facts in results for p in facts.persons} - acting:
        # a transliteration ("夏威夷": one character of it may be one names seldom use)
        if len(name) < 3 or "·" in name or sum(c not in lex.translit_chars for c in name) > 1:
            continue
        for m in re.finditer(re.escape(name), page):
            if PLACE_NAMED_AFTER_RE.match(page, m.end()) or PLACE_NAMED_BEFORE_RE.search(page, 0, m.start()):
                places.add(name)
                break
    if places:
        for facts in results:
            facts.persons = [p for p in facts.persons if p.name not in places]
    return results


# a story that is only a list of a body's members: "中国共产党第二十届中央委员会候补委员名单（171名）"
ROSTER_STORY_RE = re.compile(
    r"(?:中国共产党|中共)?(?:第?[一二三四五六七八九十]+届)?(?P<body>[^，。；（]{2,30}?)"
    r"(?:委员|候补委员|常务委员|常委|成员|组成人员)名单(?:[（(][^）)]*[）)])?"
)
ELECTION_VERB = r"选举(?:产生|出|了)"  # the start of the pattern that finds the electing story


def _elected_from_page_rosters(articles: Sequence[Article], results: list[ArticleFacts]) -> list[ArticleFacts]:
    """The members a page lists in a story of their own, elected at the session another story of the page
    reports electing that body.

    A party congress's news gives the session ("…选举出由205名委员、171名候补委员组成的二十届中央委员会") and
    each elected body's list apart ("中国共产党第二十届中央委员会委员名单"); every listed person is `elected`
    at that session, read where the list names them.
    """
    for article, facts in zip(articles, results, strict=True):
        roster = ROSTER_STORY_RE.fullmatch((article.title or "").strip())
        if roster is None or any(e.status == "held" for e in facts.events) or not facts.positions:
            continue
        electing = re.compile(ELECTION_VERB + r"[^。；]{0,40}?" + re.escape(roster.group("body")))
        session = next(
            (
                event
                for other, other_facts in zip(articles, results, strict=True)
                if other is not article and electing.search(other.text)
                for event in other_facts.events
                if event.status == "held" and event.type == "meeting"
            ),
            None,
        )
        if session is None:
            continue
        elected = {p.person for p in session.participants if p.role == "elected"}
        for position in facts.positions:
            if position.person not in elected:
                elected.add(position.person)
                session.participants.append(
                    Participation(position.person, "elected", position.title, mention=position.mention)
                )
    return results


# "会见来华出席中非合作论坛北京峰会的中非总统图瓦德拉": who the guest is, and the event he came to attend
GUEST_OF_EVENT_RE = re.compile(r"来华出席(?P<event>[^，。；、的]{4,40}?)(?:并[^，。；的]{1,24})?的")
QUOTES_RE = re.compile(r"[“”\"「」《》\s]")
DASHES_RE = re.compile(r"[－—–-]")
WISHED_RE = re.compile(r"(?:支持|预祝|祝愿|相信|期待|希望|确保|助力|推动)[^，。；]{0,6}$")
EDITION_RE = re.compile(r"首届|第[一二三四五六七八九十百\d]+届|\d{4}年?")


#: the count of a series' meeting in its name: "金砖国家领导人第十五次会晤", "首届中国－中亚峰会"
SERIES_COUNT_RE = re.compile(r"第[一二三四五六七八九十百\d]+[次届]|首届")


def _one_event_by_its_count(results: list[ArticleFacts]) -> list[ArticleFacts]:
    """An event a story names without its count is the one another story of the page reports with it.

    "习近平出席金砖国家领导人第十五次会晤" is told in one story; each meeting held "出席金砖国家领导人会晤期间"
    names the summit again without its count. The page reports one summit, with everyone the stories put
    there; it is dated by the story that reports it (a day told elsewhere must agree).
    """
    counted: dict[tuple[str, str], Event] = {}
    for facts in results:
        for event in facts.events:
            bare = SERIES_COUNT_RE.sub("", event.name)
            if event.status == "held" and bare != event.name:
                counted.setdefault((bare, event.type), event)
    if not counted:
        return results
    for facts in results:
        kept = []
        for event in facts.events:
            named = counted.get((event.name, event.type))
            apart = named is None or named is event or event.status != "held"
            if apart or (event.date and named.date and event.date != named.date):
                kept.append(event)
                continue
            _join(named, event.participants)
            named.organizers.extend(o for o in event.organizers if o not in named.organizers)
        facts.events = kept
    return results


def _guests_at_page_events(
    articles: Sequence[Article], source: Source, results: list[ArticleFacts], lex: Lexicon
) -> list[ArticleFacts]:
    """Guests a page describes as come to attend an event (来华出席X的Y) attend X, once for the page.

    Each meeting with a guest of a summit names the summit again; the guest attends the summit the page
    reports (its day, where a story tells it), or one event the page names by that name, in the first
    story that names it so.
    """
    def key(name: str) -> str:
        return DASHES_RE.sub("-", QUOTES_RE.sub("", name))

    by_key: dict[str, Event] = {}
    for facts in results:
        for event in facts.events:
            if event.status == "held":
                by_key.setdefault(key(event.name), event)
    made = 0
    for article, facts in zip(articles, results, strict=True):
        text = article.text
        for m in GUEST_OF_EVENT_RE.finditer(text):
            if (event_type := _event_type(m.group("event"), lex)) is None:
                continue
            clause = re.search(r"[，。；]", text[m.end() :])
            lo, _ = article.offsets.to_original(m.end(), m.end() + 1)
            _, hi = article.offsets.to_original(m.end(), m.end() + (clause.start() if clause else len(text) - m.end()))
            guests = [
                (person.name, mention)
                for person in facts.persons
                for mention in person.mentions
                if lo <= mention.start < hi
            ]
            if not guests:
                continue
            wanted = key(m.group("event"))
            event = by_key.get(wanted) or next(
                (e for k, e in by_key.items() if k.endswith(wanted) and EDITION_RE.fullmatch(k[: -len(wanted)])),
                None,
            )  # "来华出席中国—中亚峰会" and the page's "首届中国－中亚峰会"
            if event is None and not _told_as_held(m.group("event"), articles):
                continue  # "来华出席中国—中亚峰会" the day before it opens: the page reports no summit held
            if event is None:
                o_start, o_end = article.offsets.to_original(*m.span("event"))
                sentence = _sentence_around(text, m.start())
                event = Event(
                    key=f"{article.article_id}/g{made}",
                    name=m.group("event"),
                    type=event_type,
                    mention=Mention(article.doc_id, o_start, o_end, source.text[o_start:o_end], sentence),
                )
                made += 1
                facts.events.append(event)
                by_key[key(event.name)] = event
            _join(event, [Participation(name, "attendee", mention=mention) for name, mention in guests])
    return results


def _join(event: Event, participations: Iterable[Participation]) -> None:
    """Add to an event the participations it lacks (a person in a role), each once, in order."""
    present = {(p.person, p.role) for p in event.participants}
    for participation in participations:
        if (participation.person, participation.role) not in present:
            present.add((participation.person, participation.role))
            event.participants.append(participation)


def _told_as_held(name: str, articles: Sequence[Article]) -> bool:
    """Whether the page says the event took place: "X昨天举行了多场专题论坛", "祝贺中方成功主办此次X"."""
    named = re.escape(name)
    held = re.compile(
        named + r"(?:(?!将|拟|计划)[^，。；的并]){0,16}?(?:举行|召开|开幕|闭幕|落幕|结束)(?![式前在之])"
        r"|(?:成功|圆满)(?:主办|举办|举行|召开)(?:了)?(?:此次|本次|这次)?" + named
    )
    return any(
        not WISHED_RE.search(article.text, max(0, m.start() - 8), m.start())
        for article in articles
        for m in held.finditer(article.text)
    )  # "南非支持中方成功主办这次…峰会": a wish before the summit, not a report of it


def _event_type(name: str, lex: Lexicon) -> str | None:
    """The type of an event named by its noun (峰会, 论坛 → meeting; 开幕式 → ceremony); None if it names none."""
    return next((etype for noun, etype in _nouns_longest_first(lex.event_nouns) if name.endswith(noun)), None)


@cache
def _nouns_longest_first(nouns: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(nouns, key=lambda row: -len(row[0])))


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    ends = [e for e in (text.find(c, at) for c in "。！？\n") if e >= 0]
    return text[start : (min(ends) + 1 if ends else len(text))].strip()


# kinds of event a later story of the same page may tell without its day ("欢迎仪式后，两国元首举行会谈")
DAY_TOLD_TYPES = ("meeting", "ceremony")
BANQUET_RE = re.compile(r"宴会|晚宴|午宴|国宴")


def _dates_from_the_day_told(results: list[ArticleFacts]) -> list[ArticleFacts]:
    """An undated meeting, ceremony or banquet of a page takes the day of an earlier one with the same two people.

    A state visit is told in several stories: the talks "当地时间7月5日下午" in one, "欢迎仪式后，两国元首
    举行会谈" and "当晚，…欢迎宴会" in the next. Two people who meet on one page's news met on the day the
    page told first; one person in common is not enough (a leader's other engagements).
    """
    dated: list[tuple[set[str], str]] = []
    for facts in results:
        for event in facts.events:
            people = {p.person for p in event.participants}
            told = event.type in DAY_TOLD_TYPES or bool(BANQUET_RE.search(event.name))
            if event.status == "held" and event.date is None and told and len(people) >= 2:
                day = next((d for others, d in reversed(dated) if len(people & others) >= 2), None)
                if day is not None:
                    event.date = day
            if event.status == "held" and event.date and len(event.date) == 10 and len(people) >= 2:
                dated.append((people, event.date))
    return results


def _posts_apart(titles: dict[str, set[str]], short: str, full: str) -> bool:
    """ "沙特国王萨勒曼" and "沙特王储穆罕默德·本·萨勒曼": a short name with posts of its own, none the full
    name's, is another person; posts compare by their last two characters, so 当选总理 (taken up) and
    总理 (held) are one."""
    mine, theirs = titles.get(short), titles.get(full)
    return bool(mine and theirs and not {t[-2:] for t in mine} & {t[-2:] for t in theirs})


#: a relative of someone just named: "美国总统拜登赦免其子亨特·拜登"
KIN_BEFORE_RE = re.compile(r"(?:其子|之子|儿子|女儿|其女|之女|妻子|丈夫|夫人|兄弟|弟弟|哥哥|姐姐|妹妹|父亲|母亲)$")


def _relatives(results: list[ArticleFacts]) -> dict[str, tuple[int, int]]:
    """The full names the page writes right after a word of kinship, with where each is first told: a relative
    shares the family's part of the name with the one named before him ("美国总统拜登赦免其子亨特·拜登")."""
    found: dict[str, tuple[int, int]] = {}
    for k, facts in enumerate(results):
        for person in (p for p in facts.persons if "·" in p.name):
            for m in person.mentions:
                if m.sentence_start >= 0 and KIN_BEFORE_RE.search(m.sentence[: m.start - m.sentence_start]):
                    found[person.name] = min(found.get(person.name, (k, m.start)), (k, m.start))
    return found


def _told_before(results: list[ArticleFacts], name: str, at: tuple[int, int]) -> bool:
    """Whether the page names ``name`` before ``at`` (an article's index, a start in it)."""
    return any(
        (k, m.start) < at
        for k, facts in enumerate(results[: at[0] + 1])
        for person in facts.persons
        if person.name == name
        for m in person.mentions
    )


def _full_names(results: list[ArticleFacts]) -> list[ArticleFacts]:
    """A foreign name given in full once on a page ("帕特里斯·塔隆") stands for its short form ("塔隆").

    Reports name a foreign guest in full at the first mention and by the last part (or another part of
    three characters or more: a Spanish first surname, an Arab given name) afterwards; both are one
    person.  Only a part that belongs to exactly one full name on the page is mapped.
    """
    owners: dict[str, set[str]] = {}
    for facts in results:
        for person in facts.persons:
            if "·" in person.name:
                parts = person.name.split("·")
                owners.setdefault(parts[-1], set()).add(person.name)
                # "迪娜·埃尔西利娅·博鲁阿尔特·塞加拉" is "博鲁阿尔特" afterwards (a Spanish name's first surname),
                # "巴沙尔·阿萨德" is "巴沙尔" (how the news names him): any part of three characters or more
                for part in parts[:-1]:
                    if len(part) >= 3:
                        owners.setdefault(part, set()).add(person.name)
    titles: dict[str, set[str]] = {}
    for facts in results:
        for position in facts.positions:
            titles.setdefault(position.person, set()).add(position.title)
    relatives = _relatives(results)
    full: dict[str, str] = {}
    for short, names in owners.items():
        if len(names) != 1 or len(short) < 2:
            continue
        (name,) = names
        if _posts_apart(titles, short, name) or (name in relatives and _told_before(results, short, relatives[name])):
            continue  # "美国总统拜登…其子亨特·拜登": the titled 拜登 told first is not his son
        full[short] = name
    if not full:
        return results
    for facts in results:
        merged: dict[str, Person] = {}
        for person in facts.persons:
            name = full.get(person.name, person.name)
            merged.setdefault(name, Person(name)).mentions.extend(person.mentions)
        facts.persons = list(merged.values())
        for position in facts.positions:
            position.person = full.get(position.person, position.person)
        for event in facts.events:
            seen: set[tuple[str, str]] = set()
            kept = []
            for part in event.participants:
                part.person = full.get(part.person, part.person)
                if (part.person, part.role) not in seen:
                    seen.add((part.person, part.role))
                    kept.append(part)
            event.participants = kept
    return results


def _bylines(article: Article, source: Source, lex: Lexicon):
    """Bylines read in the original text of the article (the normalised text has lost their spaces).

    An article may be made of separate stretches of the page (a stranded paragraph given back to it),
    so a byline counts only when its characters are the article's own.
    """
    o_start, o_end = article.offsets.to_original(0, len(article.text))
    original = source.text[o_start:o_end]
    own = sorted(article.offsets.origin)
    out = []
    for s, e, name, role, paper in find_byline_names(original, lex):
        at = bisect_left(own, o_start + s)
        if at < len(own) and own[at] < o_start + e:
            out.append((o_start + s, o_start + e, name, role, paper))
    return out


def _facts(article: Article, source: Source, doc: Doc, year: int | None, lex: Lexicon, bylines: list) -> ArticleFacts:
    text = article.text
    paper = article.source or source.source
    analysis = analyse(
        doc,
        region=article.region,
        pub_date=article.pub_date,
        context_year=year,
        paper=paper,
        lex=lex,
        title=article.title,
    )
    sentences = analysis.sentences

    def mention(start: int, end: int) -> Mention:
        from kg.extract.sentences import sentence_index

        o_start, o_end = article.offsets.to_original(start, end)
        if sentences:
            s_start, s_end = sentences[sentence_index(sentences, start)]
        else:
            s_start, s_end = 0, len(text)
        so_start, so_end = article.offsets.to_original(s_start, s_end)
        return Mention(
            article.doc_id,
            o_start,
            o_end,
            source.text[o_start:o_end],
            text[s_start:s_end].strip(),
            so_start,
            so_end,
        )

    facts = ArticleFacts(
        doc_id=article.doc_id,
        article_id=article.article_id,
        title=article.title,
        pub_date=article.pub_date,
        region=article.region,
        source=article.source,
        url=article.url,
        path=article.path,
    )
    persons: dict[str, Person] = {}
    for p in analysis.persons:
        persons.setdefault(p.name, Person(p.name)).mentions.append(mention(p.start, p.end))
    seen_positions: set[tuple[str, str, str | None]] = set()
    for p, title, body in analysis.positions:
        key = (p.name, title, body)
        if key not in seen_positions:
            seen_positions.add(key)
            facts.positions.append(Position(p.name, title, body, mention(p.start, p.end)))
    for o_start, o_end, name, role, byline_paper in bylines:
        person = persons.setdefault(name, Person(name))
        byline_mention = Mention(article.doc_id, o_start, o_end, source.text[o_start:o_end], "", o_start, o_end)
        person.mentions.append(byline_mention)
        key = (name, role, byline_paper or paper)
        if role is not None and key not in seen_positions:
            seen_positions.add(key)
            facts.positions.append(Position(name, role, byline_paper or paper, byline_mention))
    facts.persons = list(persons.values())
    bodies: dict[str, Body] = {}
    for s, e, name in analysis.bodies:
        if len(name) >= 2:
            body = bodies.setdefault(name, Body(name, surface=text[s:e]))
            body.mentions.append(mention(s, e))
    for p, _, name in analysis.positions:
        # the body a post is held in (already expanded above the region by the posts) is a body of the
        # article even where no grammar rule read it alone ("县水利局长王明": 县水利局); countries are places,
        # and bare short names name no body
        if name and len(name) > 2 and lex.places.get(name, ("",))[0] != "country" and name not in bodies:
            bodies[name] = Body(name, surface=name)
            bodies[name].mentions.append(mention(p.start, p.end))
    facts.bodies = list(bodies.values())
    titles = {p.start: t for p, t, _ in analysis.positions}
    for n, ev in enumerate(analysis.events):
        event = Event(
            key=f"{article.article_id}/e{n}",
            name=ev.name,
            type=ev.type,
            date=ev.date,
            end_date=ev.end_date,
            organizers=ev.organizers,
            ordinal=ev.ordinal,
            term=ev.term,
            location=ev.location,
            mention=_title_mention(article, source) if ev.from_title else mention(ev.start, ev.end),
            status=ev.status,
        )
        for m, role, pos in ev.roles:
            event.participants.append(Participation(m.name, role, titles.get(m.start), pos, mention(m.start, m.end)))
        facts.events.append(event)
    return facts


def _title_mention(article: Article, source: Source) -> Mention | None:
    """Where the headline stands in the original page (line breaks of the layout allowed)."""
    import re

    if not article.title:
        return None
    pattern = r"\s*".join(re.escape(c) for c in article.title if not c.isspace())
    m = re.search(pattern, source.text)
    if not m:
        return None
    return Mention(article.doc_id, m.start(), m.end(), m.group(), article.title, m.start(), m.end())


def iter_texts(texts: Iterable[str]) -> Iterator[ArticleFacts]:
    """Facts from raw strings (handy in notebooks and tests)."""
    for n, text in enumerate(texts):
        yield from extract_source(Source(doc_id=f"text-{n}", text=text))
