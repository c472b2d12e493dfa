"""Cross-document identity: which names in which articles are the same body, person or event.

The extraction reports facts article by article, naming things as the text does.
These rules decide which of those names denote one real thing, so that the graph
has one node per body, person and event however many articles mention it. Each
rule yields a normalised *key*; `kg.graph.vocab.mint` hashes the key into the
node's IRI, so the same input always gives the same IRIs and two builds over
overlapping inputs give shared things the same IRIs.

### Bodies

One node per body whatever the spelling. A body name (already expanded by the
extraction with the article's region: 区人大常委会 → 大足区人大常委会) is
NFKC-normalised (full-width brackets, layout spaces) and rewritten by the ordered
rules of `kg/resources/body_aliases.tsv` into the short official form papers use:
大足区人民代表大会常务委员会 → 大足区人大常委会, 重庆市大足区人民政府 → 大足区政府,
市发改委 / 市发展和改革委员会 → 重庆市发展改革委, 经信委 / 经济和信息化委员会 →
经济信息委, 残疾人联合会 → 残联, 中国人民政治协商会议X委员会 → X政协, 团区委 →
共青团大足区委. The canonical name is the node's `rdfs:label`; every other spelling
seen becomes a `skos:altLabel`. A bare 区/县/市 prefix the extraction left is
expanded with the article's region when the levels agree.

*Limits.* A city or district is dropped when a district is written under it
(重庆市大足区X → 大足区X), so two districts of the same name in different
cities (鼓楼区) share bodies. Abbreviations not in the table (e.g. a new
department's nickname) stay separate nodes until a row is added. A bare 市 in a
district paper is only expanded by the extraction, which knows the district's city.

### Persons

One node per person across articles, decided on the name plus a *jurisdiction*
derived from the article's context (`kg/resources/jurisdictions.tsv`):

1. National: a post in a central body (中共中央, 国务院, 全国人大常委会, 全国政协, a
   ministry …) or a national title (总书记, 国务院总理, 政治局常委 …) places the person
   in 中国, whatever paper names them; so does an article whose region is the whole
   country (新闻联播: 中国), which names provincial leaders with and without their
   posts from one day to the next.
2. Otherwise, their posts in the article: the article's own region if one of their
   posts is there, else the broadest place their post bodies begin with
   (重庆市委书记 in a district paper → 重庆市).
3. Otherwise (no post stated in the article), the article's region.
4. Otherwise (no region), the broadest place of the bodies organising the events
   they take part in; else no jurisdiction (all such mentions of a name merge).

Two mentions are one person when name and jurisdiction agree: the same 王志 in two
articles of 大足区 is one node; 王志 of 大足区 and 王志 of 渝中区 stay two. Then,
across jurisdictions, nodes with the same name that hold the same post (same title
in the same canonical body) merge, and the merged node takes the broadest
jurisdiction (so 重庆市委书记X named in a district paper and 中共中央政治局委员、
重庆市委书记X on national news become one). `kg:region` on the person records it.

*Limits.* Two namesakes in one district, or in national news, are merged (the
text rarely lets a reader tell them apart either). A person named without any post in a paper of another
region (a city leader in a district story with no title) stays a separate node.
Merging makes IRIs depend on the whole input: adding documents can merge two
nodes into one, whose IRI is that of the broadest jurisdiction.

### Events

One node per real event when several articles report it. Two reports are the
same event when they agree on the type and:

- with organisers and an ordinal (第五十五次): the organisers (canonical), the
  ordinal, the kind of meeting left when organiser, region, ordinals, terms,
  years and brackets are removed from the name (主任会议, 党组会议, 常务会议), and
  the year it took place (from its date, a year in its name such as 2025年第16次,
  or the article's date). Ordinals restart with each term or year, so within one
  year they name one meeting; the term (三届) is often left out by a second
  report, so it is an attribute rather than part of the key;
- with organisers and a date but no ordinal: the organisers, the date and that
  kind of meeting;
- with neither ordinal nor organiser: the region, the normalised name and the date;
- a session named by its term and ordinal (第十四届…第一次会议, 二十届三中全会): the kind of
  meeting, the term and the ordinal, whatever day a report tells of it — so the congress that
  sits for ten days is one event.

Then reports of one named event whose days overlap are merged: a summit dated
2023-05-18/2023-05-19 by one story and 2023-05-19 by another is one event. Meetings held every
week (国务院常务会议) keep one event per sitting, since their days never overlap.

An undated event without organiser stays local to its article. A merged event
keeps every report's evidence (`kg:mention`, `prov:wasDerivedFrom`); its single
valued attributes are the ones most reports give, a date with a year preferred
over month-day only, a name already written with the short body forms preferred
(then the longer, then code-point order); other wordings of the name become
`skos:altLabel`.

*Limits.* Reports that disagree on type, organiser, ordinal, year or date (a date
with a year against one without, when nothing else gives the year) are kept
apart rather than merged wrongly. Events without organiser and date are never
merged across articles.

### Records

A post holding is one node per (person, title, body); a participation one node
per (event, person, role); a mention one node per (source file, begin, end). Their
IRIs follow from the resolved person, body and event keys.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from kg.model import ROLES, ArticleFacts, Event

HAN = r"[\u4e00-\u9fff]"
PLACE = HAN + r"{1,7}?(?:自治区|特别行政区|自治州|自治县|省|市|区|县|州|盟|旗)"
NATIONAL = "中国"

_MIDDLE_DOTS = str.maketrans({"•": "·", "‧": "·", "・": "·", "∙": "·", "⋅": "·", "･": "·"})
_LAYOUT_SPACES = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 18)  # the same names come back in every article: each is cleaned once
def clean_text(text: str | None) -> str:
    """Text as written, without the layout: no spaces or line breaks next to Chinese characters,
    single spaces elsewhere. Labels use it; keys use :func:`normalise_text`."""
    if not text:
        return ""
    return _SPACES.sub(" ", _LAYOUT_SPACES.sub("", text)).strip()


@lru_cache(maxsize=1 << 18)  # the same names come back in every article: each is normalised once
def normalise_text(text: str | None) -> str:
    """The form keys are built from: NFKC, no layout spaces next to Chinese characters
    ("刘 侃" → 刘侃, "9 月" → 9月), single spaces between Latin words, one kind of middle dot."""
    if not text:
        return ""
    text = _LAYOUT_SPACES.sub("", unicodedata.normalize("NFKC", text))
    return _SPACES.sub(" ", text).strip().translate(_MIDDLE_DOTS)


def _rows(resource: str) -> list[dict[str, str]]:
    """Data rows of a TSV file in ``kg/resources`` (``#`` lines are comments)."""
    text = (resources.files("kg") / "resources" / resource).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _anonymous(pattern: str) -> str:
    """``pattern`` with its named groups unnamed, so that many patterns can share one alternation."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _expand_macros(pattern: str) -> str:
    return pattern.replace("{PLACE}", PLACE).replace("{HAN}", HAN)


# --------------------------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AliasRule:
    """One row of ``body_aliases.tsv``."""

    pattern: re.Pattern[str]
    replacement: str
    example: str = ""

    def apply(self, name: str, region: str) -> str:
        def substitute(match: re.Match[str]) -> str:
            level = match.groupdict().get("level")
            if level and not region.endswith(level):
                return match.group(0)
            if "{region}" in self.replacement and not region:
                return match.group(0)
            return match.expand(self.replacement.replace("{region}", region))

        return self.pattern.sub(substitute, name)


class BodyAliases:
    """Canonical body names through the alias table (pure; results are memoised)."""

    def __init__(self, rules: Iterable[AliasRule]) -> None:
        self.rules = tuple(rules)
        self._memo: dict[tuple[str, str], str] = {}
        # Most names (about 97% of the whole corpus's) match no rule at all: one search of every pattern at
        # once, in the regex engine, tells them apart five times faster than trying the rules one by one.
        self._any_rule = re.compile("|".join(f"(?:{_anonymous(rule.pattern.pattern)})" for rule in self.rules))

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, str]]) -> BodyAliases:
        return cls(
            AliasRule(
                re.compile(_expand_macros(row["pattern"])), row.get("replacement") or "", row.get("example") or ""
            )
            for row in rows
        )

    def canonical(self, name: str | None, region: str | None = None) -> str:
        """The canonical name of body ``name`` read in an article covering ``region``."""
        key = (name or "", region or "")
        found = self._memo.get(key)
        if found is None:
            found = normalise_text(name)
            place = normalise_text(region)
            if self._any_rule.search(found):
                for rule in self.rules:
                    found = rule.apply(found, place)
            self._memo[key] = found
        return found


@cache
def default_aliases() -> BodyAliases:
    """The shipped alias table (``kg/resources/body_aliases.tsv``)."""
    return BodyAliases.from_rows(_rows("body_aliases.tsv"))


# --------------------------------------------------------------------------------------------
# Jurisdictions
# --------------------------------------------------------------------------------------------


class Jurisdictions:
    """Which level of the state a region, a body or a title belongs to."""

    def __init__(self, rows: Iterable[dict[str, str]]) -> None:
        by_kind: dict[str, list[tuple[re.Pattern[str], str]]] = defaultdict(list)
        for row in rows:
            by_kind[row["kind"]].append((re.compile(_expand_macros(row["pattern"])), row.get("value") or ""))
        self._kinds = dict(by_kind)
        self._memo: dict[str, str | None] = {}

    def _any(self, kind: str, text: str) -> bool:
        return any(pattern.search(text) for pattern, _ in self._kinds.get(kind, ()))

    def is_national_region(self, region: str | None) -> bool:
        return bool(region) and self._any("national-region", normalise_text(region))

    def is_national_title(self, title: str | None) -> bool:
        return bool(title) and self._any("national-title", normalise_text(title))

    def region_scope(self, region: str | None) -> str:
        """A region string as a jurisdiction (``中国`` for the whole country)."""
        region = normalise_text(region)
        return NATIONAL if region and self.is_national_region(region) else region

    def scope_of_body(self, canonical_name: str) -> str | None:
        """``中国`` for a central body, else the place its name begins with, else None."""
        if canonical_name in self._memo:
            return self._memo[canonical_name]
        scope: str | None = None
        if self._any("national-body", canonical_name) and not self._any("not-national", canonical_name):
            scope = NATIONAL
        else:
            for pattern, _ in self._kinds.get("place", ()):
                match = pattern.search(canonical_name)
                if match:
                    scope = match.group("place")
                    break
        self._memo[canonical_name] = scope
        return scope

    def level(self, scope: str | None) -> int:
        """0 national, 1 province, 2 city, 3 county/district, 4 other place, 9 none."""
        if not scope:
            return 9
        if scope == NATIONAL:
            return 0
        for pattern, value in self._kinds.get("level", ()):
            if pattern.search(scope):
                return int(value)
        return 4

    def broadest(self, scopes: Iterable[str | None]) -> str | None:
        """The highest-level scope, ties broken by code-point order for determinism."""
        present = [s for s in scopes if s]
        return min(present, key=lambda s: (self.level(s), s)) if present else None


@cache
def default_jurisdictions() -> Jurisdictions:
    """The shipped jurisdiction table (``kg/resources/jurisdictions.tsv``)."""
    return Jurisdictions(_rows("jurisdictions.tsv"))


# --------------------------------------------------------------------------------------------
# Numbers, dates, event names
# --------------------------------------------------------------------------------------------

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMBER = re.compile(r"[0-9]+|[〇零一二两三四五六七八九十百千]+")


def cn_number(text: str | None) -> int | None:
    """The first number written in ``text``, in Arabic or Chinese numerals (第五十五次 → 55)."""
    if not text:
        return None
    match = _NUMBER.search(unicodedata.normalize("NFKC", text))
    if not match:
        return None
    token = match.group(0)
    if token.isdigit():
        return int(token)
    if all(ch in _DIGITS for ch in token):  # 二〇二五 written digit by digit
        return int("".join(str(_DIGITS[ch]) for ch in token))
    total, digit = 0, 0
    for ch in token:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
    return total + digit


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^--(\d{2})-(\d{2})$")


def date_kind(value: str | None) -> str | None:
    """``"date"`` for a valid ``YYYY-MM-DD``, ``"gMonthDay"`` for a valid ``--MM-DD``, else None."""
    if not value:
        return None
    try:
        if _FULL_DATE.match(value):
            date.fromisoformat(value)
            return "date"
        match = _MONTH_DAY.match(value)
        if match:
            date(2000, int(match.group(1)), int(match.group(2)))  # 2000 is a leap year: --02-29 is valid
            return "gMonthDay"
    except ValueError:
        return None
    return None


def event_dates(event: Event) -> tuple[str | None, str | None]:
    """Valid (start, end) of an event; a ``start/end`` range in ``date`` is split."""
    start, end = event.date, event.end_date
    if start and "/" in start:
        start, _, range_end = start.partition("/")
        end = end or range_end
    return (start if date_kind(start) else None), (end if date_kind(end) else None)


_NAME_NOISE = (
    re.compile(r"\d{4}年度?"),
    re.compile(r"第?[0-9〇零一二两三四五六七八九十百千]+(?:届|次|期)"),
    re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】"),
)
_YEAR_IN_NAME = re.compile(r"(\d{4})年")


def event_kind_words(name: str, organizers: Iterable[str], region: str, aliases: BodyAliases) -> str:
    """What remains of an event name without organisers, region, years, ordinals and brackets.

    大足区三届人大常委会第五十五次主任会议 (organiser 大足区人大常委会) → 主任会议, so that
    two reports naming the same meeting a little differently share a key.
    """
    text = aliases.canonical(name, region)
    for noise in _NAME_NOISE:
        text = noise.sub("", text)
    for organizer in sorted(organizers, key=len, reverse=True):
        text = text.replace(organizer, "")
    if region:
        text = text.replace(region, "")
    return text.lstrip("区县市")


def event_year(event: Event, article: ArticleFacts) -> str:
    """The year an event took place, as far as its report tells: its date, a year in its
    name (2025年第16次), else the date the article attests (see :func:`article_date`)."""
    start, _ = event_dates(event)
    if date_kind(start) == "date":
        return start[:4]
    written = _YEAR_IN_NAME.search(normalise_text(event.name))
    if written:
        return written.group(1)
    attested = article_date(article)
    return attested[:4] if attested else ""


SESSION_WORDS = re.compile(r"(?:代表大会|委员会|常委会|人大|政协)会议$|全会$|全体会议$")


def event_identity(event: Event, article: ArticleFacts, aliases: BodyAliases | None = None) -> str:
    """The key that two reports of the same event share (see the module rules)."""
    aliases = aliases or default_aliases()
    region = normalise_text(article.region)
    organizers = sorted({aliases.canonical(o, region) for o in event.organizers if normalise_text(o)})
    kind = event.type or "event"
    start, _ = event_dates(event)
    name = aliases.canonical(event.name, region)
    words = event_kind_words(event.name, organizers, region, aliases)
    ordinal = cn_number(event.ordinal)
    term = cn_number(event.term)
    orgs = "+".join(organizers)
    if ordinal is not None and term is not None and SESSION_WORDS.search(words):
        # "第十四届全国人民代表大会第一次会议" on each day it sits: term and ordinal name one session
        return "\x1f".join(("session", kind, orgs, words, str(term), str(ordinal)))
    if organizers and ordinal is not None:
        return "\x1f".join(("ordinal", kind, orgs, words, event_year(event, article), str(ordinal)))
    if organizers and start:
        return "\x1f".join(("dated", kind, orgs, words, start))
    if start:
        return "\x1f".join(("named", kind, region, name, start))
    return "\x1f".join(("local", kind, article.article_id, name))


# --------------------------------------------------------------------------------------------
# Resolution of a whole batch
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class PersonNode:
    key: str
    name: str
    region: str


@dataclass(slots=True)
class BodyNode:
    key: str
    region: str | None
    kind: str | None = None


@dataclass(slots=True)
class EventNode:
    key: str
    type: str
    label: str
    date: str | None = None
    end_date: str | None = None
    ordinal: int | None = None
    term: int | None = None
    location: str | None = None
    status: str = "held"  # "announced" while no report says it took place


@dataclass(slots=True)
class HoldingSpan:
    first: str | None = None
    last: str | None = None


@dataclass
class Resolution:
    """Identity decisions for a batch of articles, looked up while the graph is written."""

    articles: list[ArticleFacts]
    aliases: BodyAliases
    jurisdictions: Jurisdictions
    persons: dict[tuple[str, str], PersonNode] = field(default_factory=dict)
    bodies: dict[str, BodyNode] = field(default_factory=dict)
    events: dict[tuple[str, int], EventNode] = field(default_factory=dict)
    holding_spans: dict[tuple[str, str, str], HoldingSpan] = field(default_factory=dict)
    list_positions: dict[tuple[str, str, str], int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def person(self, article: ArticleFacts, name: str) -> PersonNode:
        return self.persons[(article.article_id, normalise_text(name))]

    def body(self, article: ArticleFacts, name: str) -> BodyNode:
        return self.bodies[self.aliases.canonical(name, article.region)]

    def event(self, article: ArticleFacts, index: int) -> EventNode:
        return self.events[(article.article_id, index)]


def article_date(article: ArticleFacts) -> str | None:
    """The date a document attests its statements on: its publication date, else the
    latest fully dated event it reports (a lower bound of the publication date)."""
    if date_kind(article.pub_date) == "date":
        return article.pub_date
    dates = [d for e in article.events for d in event_dates(e) if date_kind(d) == "date"]
    return max(dates) if dates else None


def _person_names(article: ArticleFacts) -> set[str]:
    names = {normalise_text(p.name) for p in article.persons}
    names |= {normalise_text(p.person) for p in article.positions}
    names |= {normalise_text(p.person) for e in article.events for p in e.participants}
    names.discard("")
    return names


def person_jurisdictions(
    article: ArticleFacts, aliases: BodyAliases, jurisdictions: Jurisdictions
) -> dict[str, tuple[str, frozenset[tuple[str, str]]]]:
    """Name -> (jurisdiction, posts as (canonical body, title)) for every person of one article."""
    region = normalise_text(article.region)
    region_scope = jurisdictions.region_scope(region)
    posts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    titles: dict[str, set[str]] = defaultdict(set)
    organizer_scopes: dict[str, set[str | None]] = defaultdict(set)
    for position in article.positions:
        name = normalise_text(position.person)
        titles[name].add(normalise_text(position.title))
        if normalise_text(position.body):
            posts[name].add((aliases.canonical(position.body, region), normalise_text(position.title)))
    for event in article.events:
        scopes = {jurisdictions.scope_of_body(aliases.canonical(o, region)) for o in event.organizers if o}
        for participation in event.participants:
            name = normalise_text(participation.person)
            titles[name].add(normalise_text(participation.title_as_mentioned))
            organizer_scopes[name] |= scopes

    decided: dict[str, tuple[str, frozenset[tuple[str, str]]]] = {}
    for name in _person_names(article):
        post_scopes = {jurisdictions.scope_of_body(body) for body, _ in posts[name]}
        national_title = any(jurisdictions.is_national_title(t) for t in titles[name])
        if NATIONAL in post_scopes or national_title or region_scope == NATIONAL:
            scope = NATIONAL
        elif region_scope and region_scope in post_scopes:
            scope = region_scope
        elif post_scopes - {None}:
            scope = jurisdictions.broadest(post_scopes) or ""
        elif region_scope:
            scope = region_scope
        else:
            scope = jurisdictions.broadest(organizer_scopes[name]) or ""
        decided[name] = (scope, frozenset(posts[name]))
    return decided


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, item: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _most_common(values: Counter[str], prefer: Callable[[str], object] | None = None) -> str | None:
    """Most frequent value; ties broken by ``prefer`` (smaller first), then longest, then code points."""
    if not values:
        return None
    return min(values, key=lambda v: ((prefer(v) if prefer else 0), -values[v], -len(v), v))


def unique_articles(facts: Iterable[ArticleFacts]) -> list[ArticleFacts]:
    """Articles in input order, each ``article_id`` once (the same file given twice is read once)."""
    seen: set[str] = set()
    unique = []
    for article in facts:
        if article.article_id not in seen:
            seen.add(article.article_id)
            unique.append(article)
    return unique


def resolve(
    facts: Iterable[ArticleFacts],
    aliases: BodyAliases | None = None,
    jurisdictions: Jurisdictions | None = None,
) -> Resolution:
    """Decide identities for a batch: persons, bodies, events, records (see the module rules)."""
    aliases = aliases or default_aliases()
    jurisdictions = jurisdictions or default_jurisdictions()
    articles = unique_articles(facts)
    res = Resolution(articles, aliases, jurisdictions)

    # Persons: a node per (jurisdiction, name) per article, then merge namesakes sharing a post.
    local: dict[tuple[str, str], tuple[str, str]] = {}
    post_holders: dict[tuple[str, str, str], tuple[str, str]] = {}
    forest = _UnionFind()
    for article in articles:
        for name, (scope, posts) in person_jurisdictions(article, aliases, jurisdictions).items():
            node = (scope, name)
            local[(article.article_id, name)] = node
            forest.find(node)
            for body, title in sorted(posts):
                first = post_holders.setdefault((name, body, title), node)
                forest.union(first, node)
    members: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in forest.parent:
        members[forest.find(node)].append(node)
    final: dict[tuple[str, str], PersonNode] = {}
    for group in members.values():
        scope, name = min(group, key=lambda n: (jurisdictions.level(n[0]), n[0]))
        person = PersonNode(key=f"{scope}\x1f{name}", name=name, region=scope)
        for node in group:
            final[node] = person
    res.persons = {where: final[node] for where, node in local.items()}

    # Bodies: canonical names; kind = what most articles say.
    kinds: dict[str, Counter[str]] = defaultdict(Counter)

    def body(name: str | None, article: ArticleFacts, kind: str | None = None) -> None:
        if not normalise_text(name):
            return
        key = aliases.canonical(name, article.region)
        if key not in res.bodies:
            res.bodies[key] = BodyNode(key, jurisdictions.scope_of_body(key))
        if kind:
            kinds[key][kind.strip().lower()] += 1

    for article in articles:
        for b in article.bodies:
            body(b.name, article, b.kind)
        for position in article.positions:
            body(position.body, article)
        for event in article.events:
            for organizer in event.organizers:
                body(organizer, article)
    for key, counter in kinds.items():
        res.bodies[key].kind = _most_common(counter)

    # Events: shared keys across reports, single-valued attributes by majority.
    reports: dict[str, list[Event]] = defaultdict(list)
    keys: dict[tuple[str, int], str] = {}
    for article in articles:
        for index, event in enumerate(article.events):
            key = event_identity(event, article, aliases)
            keys[(article.article_id, index)] = key
            reports[key].append(event)
    merged = _merge_overlapping_reports(reports)
    if merged:
        keys = {where: merged.get(key, key) for where, key in keys.items()}
        regrouped: dict[str, list[Event]] = defaultdict(list)
        for key, events in reports.items():
            regrouped[merged.get(key, key)].extend(events)
        reports = regrouped
    nodes: dict[str, EventNode] = {}
    for key, events in reports.items():
        starts = Counter(d for d in (event_dates(e)[0] for e in events) if d)
        ends = Counter(d for d in (event_dates(e)[1] for e in events) if d)
        without_year = lambda d: date_kind(d) != "date"  # noqa: E731
        not_canonical = lambda name: aliases.canonical(name) != normalise_text(name)  # noqa: E731
        nodes[key] = EventNode(
            key=key,
            type=events[0].type,
            label=_most_common(Counter(clean_text(e.name) for e in events if clean_text(e.name)), not_canonical) or "",
            date=_most_common(starts, without_year),
            end_date=_most_common(ends, without_year),
            ordinal=_majority_int(cn_number(e.ordinal) for e in events),
            term=_majority_int(cn_number(e.term) for e in events),
            location=_most_common(Counter(clean_text(e.location) for e in events if clean_text(e.location))),
            status="held" if any(e.status == "held" for e in events) else "announced",
        )
    res.events = {where: nodes[key] for where, key in keys.items()}

    # Records: attestation span of post holdings, smallest list position of participations.
    for article in articles:
        attested = article_date(article)
        for position in article.positions:
            person = res.person(article, position.person)
            body_key = aliases.canonical(position.body, article.region) if normalise_text(position.body) else ""
            span = res.holding_spans.setdefault((person.key, normalise_text(position.title), body_key), HoldingSpan())
            if attested:
                span.first = min(filter(None, (span.first, attested)))
                span.last = max(filter(None, (span.last, attested)))
        for index, event in enumerate(article.events):
            node = res.event(article, index)
            for participation in event.participants:
                if participation.role not in ROLES:
                    res.warnings.append(f"{article.article_id}: unknown role {participation.role!r}, skipped")
                    continue
                if participation.list_position is None:
                    continue
                key = (node.key, res.person(article, participation.person).key, participation.role)
                known = res.list_positions.get(key)
                res.list_positions[key] = (
                    participation.list_position if known is None else min(known, participation.list_position)
                )
    return res


def _merge_overlapping_reports(reports: dict[str, list[Event]]) -> dict[str, str]:
    """Keys to merge: reports of one named event whose dates overlap (a summit told on two days).

    Two keys that differ only by their date are one event when the days one report gives
    ("2022-04-20/2022-04-22") hold the day of the other ("2022-04-21"); the earliest key stands
    for them.  Series that meet every week keep one event per sitting: their days never overlap.
    """
    spans: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for key, events in reports.items():
        kind, *rest = key.split("\x1f")
        if kind not in ("named", "dated") or not rest:
            continue
        days = [event_dates(e) for e in events]
        starts = [d for d, _ in days if d]
        if not starts or len({date_kind(d) for d in starts}) != 1:
            continue
        ends = [e or d for d, e in days if d]
        spans["\x1f".join([kind, *rest[:-1]])].append((min(starts), max(ends), key))
    forest = _UnionFind()
    for group in spans.values():
        group.sort()
        reach, first = group[0][1], group[0][2]
        for start, end, key in group[1:]:
            if date_kind(start) == date_kind(reach) and start <= reach:
                forest.union(("e", first), ("e", key))
                reach = max(reach, end)
            else:
                reach, first = end, key
    return {key: forest.find(("e", key))[1] for (_, key) in forest.parent if forest.find(("e", key))[1] != key}


def _majority_int(values: Iterable[int | None]) -> int | None:
    counter = Counter(v for v in values if v is not None)
    return min(counter, key=lambda v: (-counter[v], v)) if counter else None
