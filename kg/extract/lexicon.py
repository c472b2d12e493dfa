"""The rule layer's vocabulary, loaded from the tables in ``kg/resources``.

Everything a linguist would want to extend — titles, surnames, body suffixes, role triggers, event
nouns — lives in those tables; this module only parses them and compiles them into matchers once
per process (``Lexicon.load`` is cached).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

RESOURCES = Path(str(resources.files("kg") / "resources"))

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def _rows(name: str) -> list[list[str]]:
    """Non-comment, non-blank lines of a resource table, split on tabs."""
    text = (RESOURCES / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def set_phrases() -> frozenset[str]:
    """The four-character words of spacy-pkuseg's shipped dictionary: idioms and set phrases.

    The dictionary (``spacy_pkuseg/dicts/default.pkl``, about 390,000 words, 85,000 of four characters:
    推陈出新, 知行合一, 移风易俗 …) tells where words run in text that has no spaces; a name proposed
    inside one ("推陈出新" → 陈出新) cuts a word in two.  Loaded once per process, only when a proposal
    needs judging.
    """
    return dictionary_words(4)


@cache
def dictionary_places() -> frozenset[str]:
    """Place names of spacy-pkuseg's shipped dictionary: words of 3–6 characters ending in a level
    (临澧县, 衡东县, 川汇区, 眉山市, 拾万镇).

    ``places.tsv`` lists the regions the tool was built on; papers of every province name their own
    counties.  The dictionary's words of this shape are mostly places, with a few generic nouns of
    the same shape (开发区, 直辖市) that are bodies' anchors all the same.
    """
    levels = frozenset("省市县区州旗镇乡")
    return frozenset(w for n in range(3, 7) for w in _han_words_by_length().get(n, ()) if w[-1] in levels)


def dictionary_words(length: int) -> frozenset[str]:
    """The Han words of one length in spacy-pkuseg's shipped dictionary (万元, 试行, 周一): a lone
    credit "(万元)" closing a paragraph is a word, not a reporter's name."""
    return _han_words_by_length().get(length, frozenset())


_ALL_HAN_RE = re.compile("[\u4e00-\u9fff]+")


@cache
def _han_words_by_length() -> dict[int, frozenset[str]]:
    """The dictionary's words of Han characters only, by length, read in one pass: every process that
    judges a proposal needs three lengths of them, and a pass per length cost 0.2 s each."""
    by_length: dict[int, set[str]] = {}
    for word in _pkuseg_words():
        if _ALL_HAN_RE.fullmatch(word):
            by_length.setdefault(len(word), set()).add(word)
    return {length: frozenset(words) for length, words in by_length.items()}


def place_ending_at(text: str, last: int, floor: int = 0) -> int | None:
    """Start of the longest place of :func:`dictionary_places` whose level character is ``text[last]``."""
    places = dictionary_places()
    return next((j for j in range(max(floor, last - 5), last - 1) if text[j : last + 1] in places), None)


def _pkuseg_words() -> list[str]:
    """The words of spacy-pkuseg's shipped dictionary (``spacy_pkuseg/dicts/default.pkl``)."""
    import pickle
    from importlib.util import find_spec

    spec = find_spec("spacy_pkuseg")  # located, not imported: the segmenter itself is not needed here
    if spec is None or spec.origin is None:
        return []
    path = Path(spec.origin).parent / "dicts" / "default.pkl"
    with path.open("rb") as handle:
        words = pickle.load(handle)  # the package's own data file: a str of words, one per line
    return words.split("\n")


def _words(name: str) -> list[str]:
    """Whitespace-separated items of a word-list resource."""
    return [w for row in _rows(name) for cell in row for w in cell.split()]


def alternation(words: Iterable[str]) -> str:
    """A regex that matches any of ``words``, preferring the longest word at each position.

    The words are laid out as a trie ("书记|副书记|党组书记" → "(?:书记|副书记|党组书记)" shares prefixes:
    "党组(?:书记|成员)"): Python's ``re`` tries an alternation's branches one by one at every position,
    so 1,500 titles written as a flat list cost 1,500 comparisons a character; the trie costs one per
    character of the words that really begin there (16× faster on CCTV text).  Siblings begin with
    different characters and a word's longer continuations are tried before it ends, so the match is
    the one the flat longest-first list gives.
    """
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def guarded_alternation(words: Iterable[str]) -> str:
    """:func:`alternation` behind a test of the first character (``(?=[…])``), for a pattern searched
    across a text: ``re`` skips to a possible start with one set lookup only when the pattern opens with a
    literal or a character class, and a trie grouped with others tries each of its first characters in
    turn at every position (~10× slower on CCTV text for the body-end words)."""
    words = [word for word in set(words) if word]
    if not words:
        return "(?!)"
    firsts = "".join(sorted({word[0] for word in words}))
    return f"(?=[{re.escape(firsts)}]){alternation(words)}"


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: its continuations first, then the word itself
        return f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else body + "?"
    return body


@dataclass(frozen=True)
class TitleInfo:
    base: str
    implied_body: str | None
    kind: str


@dataclass(frozen=True)
class AddressForm:
    """"习近平主席": the post a form of address names, for the holder's term (ISO dates, None = open)."""

    name: str
    address: str
    title: str
    body: str | None
    start: str
    end: str | None

    def holds_on(self, day: str | None) -> bool:
        """Is the post held on ``day``?  Undated text reads only a post still held."""
        if day is None:
            return self.end is None
        return self.start <= day and (self.end is None or day < self.end)


#: kinds of body a country's one-character short form is written before and belongs to ("俄国防部",
#: "黎真主党"): read as part of the body, and written out in its canonical name
SHORT_FORM_KINDS = frozenset({"government", "movement"})


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, TitleInfo]
    title_re: re.Pattern[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    japanese_family_names: frozenset[str]  # read as family names only after a title in a clause naming Japan
    given_stopchars: frozenset[str]
    # characters seen in the given names of People's Daily 1998, and its common words (the name scorer's inventory)
    given_name_chars: frozenset[str]
    common_words: frozenset[str]
    titled_name_endings: frozenset[str]
    clause_word_surnames: frozenset[str]
    not_names: frozenset[str]
    historical_figures: frozenset[str]  # named in the news only as history (毛泽东, 冼星海): never persons
    foreign_places: frozenset[str]  # mined from the news (kg.extract.training.places): 哈尔科夫, 巴赫穆特
    name_followers: tuple[str, ...]
    follower_words: frozenset[str]  # the same words, for membership: a follower is never a name itself
    person_descriptors: tuple[str, ...]
    circumstance_descriptors: tuple[str, ...]
    translit_chars: frozenset[str]
    translit_openers: frozenset[str]  # characters a foreign name may begin with, but no other part of it
    translit_inner_syllables: frozenset[str]  # an opener's syllables a name still carries inside (卡瑟姆别克)
    dotted_name_chars: frozenset[str]  # translit_chars and the minority names' own, read around a "·"
    ethnic_name_elements: frozenset[str]  # 洛桑, 江村: two of them make a Tibetan name
    places: dict[str, tuple[str, str]]
    place_re: re.Pattern[str]
    country_abbrev: dict[str, str]
    body_kinds: dict[str, str]
    body_anchor_re: str
    body_suffix_re: str
    body_short_suffix_re: str
    body_named_suffix_re: str  # suffixes that make a body after any name (大学, 医院, 有限公司), not only an anchor
    body_generic_re: re.Pattern[str]  # a stem of only these words names no body (这些学校, 各地医院)
    standalone_bodies: dict[str, str]
    false_body_end_re: re.Pattern[str]  # a body may not end with these words (中国举办)
    false_body_word_re: re.Pattern[str]  # nor run into them (美国媒体报|道)
    roles: tuple[tuple[str, str, re.Pattern[str]], ...]
    event_nouns: tuple[tuple[str, str], ...]
    event_noun_re: re.Pattern[str]
    # (type, name template, regex, anchor): the regex is run only around its anchor's matches
    event_patterns: tuple[tuple[str, str, re.Pattern[str], re.Pattern[str]], ...]
    address_forms: dict[tuple[str, str], tuple[AddressForm, ...]]  # (name, address) → the terms

    @cached_property
    def minority_name_chars(self) -> frozenset[str]:
        """Characters of minority names read only around a "·", not in transliterations (不, 都, 热)."""
        return self.dotted_name_chars - self.translit_chars

    @cached_property
    def event_types(self) -> dict[str, str]:
        """The type of each event noun (会议 → meeting), looked up by the noun."""
        return dict(self.event_nouns)

    @cached_property
    def leader_names(self) -> frozenset[str]:
        """The names the address-form table knows as leaders' (汪洋, 韩正): a name there, though a common word too,
        is his wherever a verb makes it a subject."""
        return frozenset(name for name, _ in self.address_forms)

    @cached_property
    def word_followers(self) -> tuple[str, ...]:
        """The words of two or more characters that follow names (陪同, 表示), not the single ones (的, 在, 和)."""
        return tuple(f for f in self.name_followers if len(f) >= 2)

    @cached_property
    def describing_words(self) -> tuple[str, ...]:
        """Every word that says who a person is without a post (``person_descriptors.txt`` and
        ``circumstance_descriptors.txt``), longest first: what the model's cue windows open on, and what
        stands before a name the model reads where no title announces it."""
        return tuple(sorted({*self.person_descriptors, *self.circumstance_descriptors}, key=len, reverse=True))

    @cached_property
    def address_titles(self) -> tuple[str, ...]:
        """The titles of address, longest first."""
        return tuple(sorted({address for _, address in self.address_forms}, key=len, reverse=True))

    @staticmethod
    @cache
    def load() -> Lexicon:
        return _build()

    def title_ending_at(self, text: str, end: int, start_limit: int = 0) -> str | None:
        """Longest known title that ends exactly at ``end`` (for right-to-left chain parsing)."""
        for length in range(min(12, end - start_limit), 0, -1):
            cand = text[end - length : end]
            if cand in self.titles:
                return cand
        return None


def _titles() -> dict[str, TitleInfo]:
    modifiers: dict[str, list[str]] = {}
    for group, prefix in _rows("modifiers.tsv"):
        modifiers.setdefault(group, []).append(prefix)
    titles: dict[str, TitleInfo] = {}
    for row in _rows("titles.tsv"):
        base, mods, implied, kind = (row + ["-", "-", "-"])[:4]
        info = TitleInfo(base, None if implied == "-" else implied, kind)
        titles.setdefault(base, info)
        for group in ["any", *mods.split("|")]:
            for prefix in modifiers.get(group, []):
                titles.setdefault(prefix + base, info)
    # "宿州市纪委原常务副书记": a former post whatever its rank, so "any" prefixes every title made above
    for title, info in list(titles.items()):
        for prefix in modifiers.get("any", []):
            if not title.startswith(prefix):
                titles.setdefault(prefix + title, info)
    return titles


@cache
def _name_inventory() -> dict:
    """The name scorer's inventory (person_names.json): the characters of People's Daily 1998's given names
    and its common words.  A name whose surname no table lists is read only where its given name is made
    of those characters; a titled name before a word is none of those words (历来, not 尹力)."""
    path = RESOURCES / "person_names.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


#: the levels a place's full name ends with, longest first: 大足区 → 大足, 西藏自治区 → 西藏
PLACE_LEVEL_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "区", "县")


def _build() -> Lexicon:
    titles = _titles()
    surnames_all = _words("surnames.txt")
    places = {row[0]: (row[1], row[2]) for row in _rows("places.tsv")}
    short_places = {}
    for name, (level, parent) in places.items():
        # 大足区 → 大足, 重庆市 → 重庆, 四川省 → 四川: papers use the short form as often as the long one.
        for suffix in PLACE_LEVEL_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2 and level != "country":
                short_places.setdefault(name[: -len(suffix)], (level, parent))
                break
    all_places = {**short_places, **places}
    grammar = _rows("body_grammar.tsv")
    anchors = [r[1] for r in grammar if r[0] == "anchor"]
    suffixes = {r[1]: r[2] for r in grammar if r[0] == "suffix"}
    standalone = {r[1]: r[2] for r in grammar if r[0] == "standalone"}
    long_suffixes = [s for s in suffixes if len(s) >= 2]
    short_suffixes = [s for s in suffixes if len(s) == 1]
    false_words = [r[1] for r in grammar if r[0] == "false"]
    jurisdictional = [r for r in grammar if r[0] == "jurisdictional"]
    jurisdictional_kinds = {r[2] for r in jurisdictional if r[2] != "-"}
    jurisdictional_words = {r[1] for r in jurisdictional if r[1] != "-"}
    named_suffixes = [
        s for s in long_suffixes if suffixes[s] not in jurisdictional_kinds and s not in jurisdictional_words
    ]
    roles = tuple((row[0], row[1], re.compile(row[2])) for row in _rows("roles.tsv"))
    event_nouns = tuple((row[0], row[1]) for row in _rows("event_nouns.tsv"))
    return Lexicon(
        titles=titles,
        title_re=re.compile(alternation(titles)),
        surnames=frozenset(s for s in surnames_all if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames_all if len(s) == 2),
        japanese_family_names=frozenset(_words("japanese_family_names.txt")),
        given_stopchars=frozenset("".join(_words("given_name_stopchars.txt"))),
        given_name_chars=frozenset(_name_inventory().get("given_chars", "")),
        common_words=frozenset(_name_inventory().get("words", "").split()),
        titled_name_endings=frozenset("".join(_words("titled_name_endings.txt"))),
        clause_word_surnames=frozenset("".join(_words("clause_word_surnames.txt"))),
        not_names=frozenset(_words("not_names.txt")),
        historical_figures=frozenset(_words("historical_figures.txt")),
        foreign_places=frozenset(_words("foreign_places.txt")),
        name_followers=tuple(sorted(set(_words("name_followers.txt")), key=len, reverse=True)),
        follower_words=frozenset(_words("name_followers.txt")),
        person_descriptors=tuple(sorted(set(_words("person_descriptors.txt")), key=len, reverse=True)),
        circumstance_descriptors=tuple(sorted(set(_words("circumstance_descriptors.txt")), key=len, reverse=True)),
        translit_chars=frozenset("".join(_words("translit_chars.txt"))),
        translit_openers=frozenset("".join(_words("translit_openers.txt"))),
        translit_inner_syllables=frozenset(_words("translit_inner_syllables.txt")),
        dotted_name_chars=frozenset("".join(_words("translit_chars.txt") + _words("dotted_name_chars.txt"))),
        ethnic_name_elements=frozenset(_words("ethnic_name_elements.txt")),
        places=all_places,
        place_re=re.compile(alternation(all_places)),
        country_abbrev={row[0]: row[1] for row in _rows("country_abbreviations.tsv")},
        body_kinds={**suffixes, **standalone},
        body_anchor_re=alternation(anchors),
        body_suffix_re=alternation(long_suffixes),
        body_short_suffix_re=alternation(short_suffixes),
        body_named_suffix_re=alternation(named_suffixes),
        body_generic_re=re.compile(f"(?:{alternation(r[1] for r in grammar if r[0] == 'generic')})+"),
        standalone_bodies=standalone,
        false_body_end_re=re.compile("(?:" + alternation(false_words) + ")$"),
        false_body_word_re=re.compile(alternation(false_words)),
        roles=roles,
        event_nouns=event_nouns,
        # a noun ending in 会 with 议 after it is the end of another word before 会议 ("安全会议" is no 全会),
        # unless 议 opens a word of its own ("大会议程", "峰会议题", "全会议定")
        event_noun_re=re.compile("(?:" + alternation([n for n, _ in event_nouns]) + ")(?!议(?![程题案定]))"),
        event_patterns=tuple(
            (row[0], row[1], re.compile(row[2]), re.compile(row[3])) for row in _rows("event_patterns.tsv")
        ),
        address_forms=_address_forms(),
    )


def _address_forms() -> dict[tuple[str, str], tuple[AddressForm, ...]]:
    forms: dict[tuple[str, str], list[AddressForm]] = {}
    for name, address, title, body, start, end in _rows("address_forms.tsv"):
        form = AddressForm(name, address, title, None if body == "-" else body, start, None if end == "-" else end)
        forms.setdefault((name, address), []).append(form)
    return {key: tuple(terms) for key, terms in forms.items()}
