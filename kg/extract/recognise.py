"""Entity recognition by lexicon and grammar: pure functions from text to labelled spans.

These run inside the spaCy components (:mod:`kg.extract.components`) but know nothing of spaCy, so they can
be tested on a sentence and reused by any caller.  The order matters and mirrors how a reader parses
an official's introduction: titles first ("副主任"), then the names they introduce ("肖朝华、周虹"),
then the body in front of the title chain ("大足区人大常委会"), then everything else with the
people and posts masked out so that a body or event name can never run through them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kg.extract.bodies import (
    INTERNATIONAL_RE,
    TERM,
    body_ending_at,
    body_patterns,
    country_ending_at,
    find_bodies,
    leading_group_ending_at,
    named_body_ending_at,
)
from kg.extract.dates import DAY
from kg.extract.lexicon import HAN, Lexicon, alternation, dictionary_places, dictionary_words, set_phrases

PUNCT_BOUNDARY = set("、，。；：！？（）()“”‘’「」《》〈〉\"'…—-·,.;:!?/／ \u3000\t\n")
MASK = "\x00"


@dataclass(slots=True)
class Ent:
    label: str
    start: int
    end: int
    text: str
    data: dict = field(default_factory=dict)


# --------------------------------------------------------------------------------------------- dates

CN_NUM = "〇零一二三四五六七八九十两"
# every date opens with a digit: the look-ahead lets the scan skip the rest of the text at one test a character
DATE_RE = re.compile(
    r"(?=\d)(?:"
    r"(?:(?P<year>\d{4})年)?"
    r"(?:(?P<month>\d{1,2})月)?"
    r"(?P<day>\d{1,2})日"
    r"(?:(?P<part>上午|下午|晚上|晚|早上|中午|凌晨|夜间))?"
    r"(?:(?:至|到|—|－|-|~|～|和)(?:(?P<month2>\d{1,2})月)?(?P<day2>\d{1,2})日)?"
    r"|(?P<ym_year>\d{4})年(?P<ym_month>\d{1,2})月(?!\d)"
    r"|(?<![\d年])(?P<m_only>\d{1,2})月(?![\d份])"
    r")"
)
RELATIVE_DAY_RE = re.compile(r"今天|今日|当天|当日|昨天|昨日|前天|日前|近日|近期|此前|上午|下午")


# What makes a bare "N日" a count of days: "连续3日", "近7日", "长达15日", "为期3日"
DURATION_BEFORE_RE = re.compile(r"(?:连续|近|达|历时|为期|最近|过去)$")
SINCE_BEFORE_RE = re.compile(r"(?:自|从)(?:去年|今年|前年|\d{4}年)?$")
SINCE_AFTER_RE = re.compile(r"[^，。；！？]{0,24}?(?:以来|至今|起至今)")
YEARS_AGO_RE = re.compile(r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})(?:周)?年前的$")


def find_dates(text: str) -> list[Ent]:
    """Explicit dates: 2025年9月12日, 9月9日至11日, 2日上午, 5月 (month alone).

    "十年前的12月4日" keeps how many years back it is (``years_ago``): a retrospective dates its
    event in its own year, not the report's.
    """
    ents = []
    for m in DATE_RE.finditer(text):
        groups = {k: v for k, v in m.groupdict().items() if v}
        if "day" in groups and "month" not in groups and m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        bare_day = "month" not in groups and "day" in groups
        if bare_day and DURATION_BEFORE_RE.search(text, max(0, m.start() - 2), m.start()):
            continue  # "连续3日降低", "近7日": a count of days, no day of the month
        if SINCE_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) and SINCE_AFTER_RE.match(text, m.end()):
            continue  # "这是自去年10月7日巴以冲突升级以来，…首次…": the day a period starts, no event's day
        if "year" not in groups and (ago := YEARS_AGO_RE.search(text, max(0, m.start() - 8), m.start())):
            n = ago.group("n")
            years = int(n) if n.isdigit() else _cn_number(n)
            if years:
                groups["years_ago"] = str(years)
        ents.append(Ent("DATE", m.start(), m.end(), m.group(), groups))
    return ents


def _cn_number(text: str) -> int | None:
    """一 … 九十九 written in Chinese numerals (十, 二十, 十五, 三十五)."""
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if "十" not in text:
        return digits.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    value = (digits.get(tens, 0) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)
    return value or None


# --------------------------------------------------------------------------------------------- names


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _right_boundary_ok(text: str, end: int, lex: Lexicon) -> bool:
    if end >= len(text):
        return True
    ch = text[end]
    if ch in PUNCT_BOUNDARY or ch.isdigit() or ch == MASK:
        return True
    if ch == "时" and text[end : end + 2] in dictionary_words(2):
        return False  # "会见…特使翟隽时，" ends a name; "关于新时代" is a word (时代) read on, no name's end
    return text.startswith(lex.name_followers, end)


#: what a titled person does right after his name, never the start of another name ("魏凤和致辞")
# after a name ending in 和, these show the 和 is the name's own: no conjunction is followed by a verb,
# nor by 先后/分别, which stand after a whole list ("…、无党派人士代表包信和先后发言")
ACTS_AFTER_NAME = ("致辞", "表示", "指出", "强调", "讲话", "发言", "宣布", "会见", "会晤", "说，", "说：")
ACTS_AFTER_NAME += ("先后", "分别")


#: numerals that end Japanese given names (晋三, 一郎) after a two-character family name, never a Chinese one's
JAPANESE_GIVEN_NUMERALS = frozenset("一二三四五六七八九十")


#: function words that open right after a name and whose first character a given name may have (关, 以, 由)
WORDS_THAT_FOLLOW_NAMES_ACROSS = frozenset({"关于", "对于", "由于", "至于", "以及", "以来", "等于"})


def chinese_name_at(
    text: str, start: int, lex: Lexicon, *, strict: bool = False, announced: bool = False
) -> int | None:
    """End of a Chinese personal name starting at ``start``, or None.

    A name is a surname (复姓 first) and one or two given characters, followed by punctuation or a
    word that may follow a name (主持, 出席, 表示 …).  Three characters are tried before two, so
    "肖朝华、" is 肖朝华 and "王志主持" is 王志; a given character that is really a clause word
    ("王志说") rejects the longer reading.  Where a title announces the name (``announced``), only the
    last given character is held to that test, unless the surname is a clause word itself: a clause word
    can end a name read too far ("县长王志说"), but a word-like character inside a titled name is the
    name's own (顾其斌, 张向东, 党方建).
    """
    two = text[start : start + 2]
    japanese = 0 if two in lex.compound_surnames or not announced else _japanese_family_name_at(text, start, lex)
    if japanese:
        surname_len = japanese
    elif two in lex.compound_surnames:
        surname_len = 2
    elif text[start : start + 1] in lex.surnames:
        surname_len = 1
    else:
        return None
    # "日本前首相鸠山由纪夫": after a title, a Japanese family name (a two-character surname) may take a
    # given name of three characters
    for given_len in (3, 2, 1) if (surname_len == 2 or japanese) and announced else (2, 1):
        end = start + surname_len + given_len
        if end > len(text):
            continue
        given = text[start + surname_len : end]
        # not where the surname is itself a clause word: "记者从工业和…", "总书记来到位于…", "国王向中方"
        # a compound surname (欧阳, 植田) is no clause word either: "行长植田和男" is 植田 and 和男
        relaxed = (
            announced
            and given_len >= 2
            and (surname_len >= 2 or japanese or text[start] not in lex.clause_word_surnames)
        )
        # a Japanese given name of three may open with a character that ends Chinese ones (山口那津男)
        tested = given[1:] if relaxed and given_len == 3 else given[-1:] if relaxed else given
        stops = lex.given_stopchars - lex.titled_name_endings if relaxed else lex.given_stopchars
        if surname_len >= 2 or japanese:
            stops = stops - JAPANESE_GIVEN_NUMERALS  # "安倍晋三": a Japanese given name may end in a numeral
        # "国防部长魏凤和致辞": 和 ends the name when what follows it is what a speaker does, never a name
        spoken = announced and given_len == 2 and given[-1] == "和" and text.startswith(ACTS_AFTER_NAME, end)
        # "应越南…总理范明政邀请": a last given character that often opens a word (政府) ends the name that the
        # frame of an invitation closes
        followed = (
            given_len == 2
            and announced
            and given[-1] in lex.given_name_chars
            and text.startswith("邀请", end)
            and INVITED_BY_RE.search(text, max(0, start - 40), start) is not None
        )
        if not spoken and (not all(_is_han(c) for c in given) or (any(c in stops for c in tested) and not followed)):
            continue
        if given_len == 2 and given in lex.follower_words:
            continue  # "执行主席席就座": a word that follows names is not the given name of one
        if given_len == 2 and text[end - 1 : end + 1] in WORDS_THAT_FOLLOW_NAMES_ACROSS:
            continue  # "全国人大代表秦飞关于…的建议": 关于 follows the name, its 关 is no given character
        if _right_boundary_ok(text, end, lex):
            ambiguous = strict and given_len == 1 and surname_len == 1 and end < len(text) and _is_han(text[end])
            if ambiguous and not text.startswith(lex.name_followers, end):
                continue  # "X某" followed by more Han text needs a follower word to be a name
            return end
    if announced and surname_len == 1 and text[start + 1 : start + 2] in lex.surnames:
        # "行政长官林郑月娥": a married woman's name in Hong Kong and Macao, her husband's surname before her own;
        # neither the two surnames nor the given name make a word ("关于加强", "殷殷嘱托")
        end = start + 4
        given = text[start + 2 : end]
        words = dictionary_words(2)
        if (
            len(given) == 2
            and all(c in lex.given_name_chars for c in given)
            and given[-1] not in lex.given_stopchars
            and given[-1] not in PLACE_OF_A_PERSON  # "村民蔡文明家": his home, after a name of three
            and text[start : start + 2] not in words
            and given not in words
            and not all(c in lex.translit_chars for c in text[start:end])  # "霍贾斯特-迈赫尔": a transliteration
            and text[end : end + 1] not in ("-", "·")
            and _right_boundary_ok(text, end, lex)
        ):
            return end
    return None


#: Japan named earlier in the sentence, by its name, its short form or one of its parties: "日本公明党党首山口那津男",
#: "日本经济产业大臣萩生田光一", "…秉持公明党创始人池田大作…日中友好…"
JAPAN_IN_SENTENCE_RE = re.compile(r"(?:日本|日方|日中|中日|日美|日韩|自民党|公明党|立宪民主党|社民党)[^。！？\n]*$")


def _japanese_family_name_at(text: str, start: int, lex: Lexicon) -> int:
    """Length of a word-like Japanese family name (山口, 萩生田) at ``start`` in a sentence naming Japan, else 0.

    Such names are places or words elsewhere (山口县, 福岛核电站), so they are read only where a title
    announces a name and the sentence has named Japan before it.
    """
    if JAPAN_IN_SENTENCE_RE.search(text, max(0, start - 40), start) is None:
        return 0
    return next((n for n in (3, 2, 1) if text[start : start + n] in lex.japanese_family_names), 0)


#: the opening of an invitation's frame, "应…邀请", in the clause before a name
INVITED_BY_RE = re.compile(r"应[^，。；]*$")
#: what follows a name as the place of that person: "在村民蔡文明家", "到王华处"
PLACE_OF_A_PERSON = frozenset("家处里")


def two_character_name_before_word(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a titled two-character Chinese name that a word follows, which no table lists as one that
    follows names ("北京市委书记尹力提交了书面发言"): the name's last character makes no word with the next
    one (力提), the word is no transliteration (古兰|拜尔·茹仙), and the name is no common word of People's Daily
1998 ("总书记历来高度重视"; spacy-pkuseg's dictionary lists names of the news such as 尹力, so it cannot say)."""
    end = start + 2
    words = dictionary_words(2)
    name = text[start:end]
    if (
        len(name) < 2
        or name[0] not in lex.surnames
        or name[0] in lex.clause_word_surnames
        or name[1] not in lex.given_name_chars
        or name[1] in "村镇乡"  # "三溪镇长林村果蔬专业合作社": a village, its title cut from a town
        or name in lex.common_words
        or is_not_a_name(name, lex)
        or text[end : end + 2] not in words
        or text[end - 1 : end + 1] in words
        or text[start - 1 : start + 1] in words  # "湖北省长江大保护": 长江 runs across the title's end
        or _title_inside_word_before(text, start, lex)
        or text[end] in lex.given_name_chars  # "孙力军政", "杨家玉成功": a third given character may be the name's
        or all(c in lex.translit_chars for c in text[end : end + 2])
        or "·" in text[end : end + 8]  # "穆拉特别克·伊马纳利耶夫": a transliteration goes on
        or _body_at(text, start, end, lex)  # "全国人大代表盛虹控股集团有限公司董事长"
    ):
        return None
    return end


def _body_at(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a body's name begins at ``start`` and runs past ``end``."""
    m = body_patterns(lex).any.match(text, start)
    return m is not None and m.end() > end


def foreign_name_at(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a transliterated foreign name (普京, 马伊·凯拉) starting at ``start``, or None."""
    dotted = DOTTED_NAME_RE.match(text, start)
    # the dots vouch for the parts after the first; the first is a name's own ("兼首相穆罕默德·本·…" is not)
    if dotted and dotted.group().count("·") >= 2 and not lex.title_re.search(text, start, text.index("·", start)):
        last_dot = text.rindex("·", start, dotted.end())
        for end in range(last_dot + 2, dotted.end() + 1):  # "…·塔隆表示": the name ends before 表示
            if _right_boundary_ok(text, end, lex):
                return end  # "帕特里斯·阿塔纳斯·纪尧姆·塔隆": the dots vouch for every part
    i = start
    n = len(text)
    # "马皮萨-恩卡库拉": a hyphen joins the parts of a name as the dot does
    chars = lex.translit_chars
    if i + 1 < n and text[i] in lex.translit_openers and text[i + 1] in chars:
        i += 1  # "别克捷诺夫": a name may open with a character that, after a name, opens a word (特别, 大学)
    while i < n:
        if text[i] in chars or (text[i] in "·-" and i > start and i + 1 < n):
            if text[i] == "·":
                chars = lex.dotted_name_chars  # "艾米拉古丽·阿不都": after the dot, a minority name's characters too
            i += 1
        elif i - start >= 2 and text[i : i + 2] in lex.translit_inner_syllables:
            i += 2  # "卡瑟姆别克": the -bek of a Central Asian name, though 别 opens words after one
        else:
            break
    if i - start >= 2 and (regnal := REGNAL_RE.match(text, i)):
        return regnal.end()  # "国王查尔斯三世", "国王图普六世": a monarch's number is part of the name
    if _joined_run_before_word(text, start, i):
        return i  # "托马斯-格林菲尔德证实": the joined parts run whole up to a word that opens no name
    # Walk back until the rest of the sentence may follow the name.
    run_end = i
    last_dot = text.rfind("·", start, run_end)
    if last_dot >= 0:
        i = run_end = trim_dotted_tail(text, start, run_end, lex)  # "丹尼斯·穆内内|热烈欢迎"
    while i - start >= 2:
        if text[i - 1] not in "·-" and _right_boundary_ok(text, i, lex):
            return i
        if i - 1 == last_dot and run_end - last_dot > 2 and text[run_end : run_end + 1] in lex.given_stopchars:
            # "指挥官维萨姆·塔维尔后": the dot vouches for the part after it, up to where transliteration stops
            return run_end
        i -= 1
    return None


def _joined_run_before_word(text: str, start: int, end: int) -> bool:
    """A run of transliteration joined by a hyphen or dot, whose last part has two or more characters and
    which a two-character word follows that does not start inside the name ("…-格林菲尔德证实")."""
    joiner = max(text.rfind("-", start, end), text.rfind("·", start, end))
    words = dictionary_words(2)
    return (
        joiner > start
        and end - joiner > 2
        and text[end : end + 2] in words
        and text[end - 1 : end + 1] not in words
        and text[end - 2 : end] not in words
    )


def _dotted_past_one_odd(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """ "总统乌赫那·呼日勒苏赫": a titled foreign name read up to a character the table lacks (那) goes on
    when that one character stands right before a dot; the dot joins the parts, and the name ends
    where the rest of the sentence may follow it."""
    if not text.startswith("·", end + 1) or (dotted := DOTTED_NAME_RE.match(text, start)) is None:
        return None
    for stop in range(end + 4, dotted.end() + 1):
        if _right_boundary_ok(text, stop, lex):
            return stop
    return None


def _past_the_dot(text: str, dot: int, lex: Lexicon) -> int | None:
    """The end of the part after a titled name's dot: two to eight Han characters, up to where the rest of
    the sentence may follow a name."""
    words = dictionary_words(2)
    for stop in range(dot + 2, min(len(text), dot + 10) + 1):
        if not _is_han(text[stop - 1]):
            return None
        if _right_boundary_ok(text, stop, lex):
            return stop
        word = text[stop : stop + 2]
        if (word in words or word in lex.common_words) and text[stop - 1 : stop + 1] not in words:
            return stop  # "马克·米利通话": where a word begins that runs across no part of the name
    return None


#: what closes the second part of a titled foreign name leniently read: punctuation or a list's joiner
JOINED_PART_END = frozenset("，、。；：和与及")


def _joined_part_to_punctuation(text: str, end: int, lex: Lexicon) -> int | None:
    """ "荷兰国王威廉-亚历山大。": after a titled name's hyphen or dot the next part runs to punctuation, though
    it holds characters the table lacks (历, 山, 大): the joiner vouches that a name goes on."""
    if text[end : end + 1] not in ("-", "·"):
        return None
    words = dictionary_words(2)
    for stop in range(end + 2, min(len(text), end + 5) + 1):  # a part of one to four characters (亚历山大)
        last = text[stop - 1]
        if not _is_han(last) or last in NOT_IN_TRANSLITERATION or lex.title_re.match(text, stop - 1):
            return None  # "…-总统": a title, not a name's second part
        part = text[end + 1 : stop]
        plain = len(part) >= 2 and all(c in lex.translit_chars for c in part)  # not "勒|科尔尼", "布|兰科"
        if (
            text[stop : stop + 1] in JOINED_PART_END
            or text.startswith(lex.name_followers, stop)
            or (plain and text[stop : stop + 2] in words)
        ):
            # "…-亚历山大。", "伊姆兰·汗致慰问电", "…-卡内尔邀请": the part ends where a name may end
            return stop
    return None


REGNAL_RE = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪界代])")


LATIN_NAME_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]{2,}){1,3}(?![A-Za-z0-9])")


def latin_name_at(text: str, start: int) -> int | None:
    """A name written in Latin capitals, as papers print some foreigners' names (BOGDANOV VIKTOR)."""
    m = LATIN_NAME_RE.match(text, start)
    return m.end() if m else None


def find_latin_names(text: str) -> list[tuple[int, int]]:
    """Two or more capitalised Latin words set inside Chinese text: a foreigner's name as printed."""
    return [
        m.span()
        for m in LATIN_NAME_RE.finditer(text)
        if m.start() > 0 and _is_han(text[m.start() - 1]) and m.end() < len(text) and _is_han(text[m.end()])
    ]


def tibetan_name_at(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a Tibetan or Mongolian name of two elements (扎西 + 江村, 乌云 + 其木格) from ``start``, or None."""
    for end in (start + 5, start + 4):
        if end <= len(text) and ethnic_name(text[start:end], lex) and _right_boundary_ok(text, end, lex):
            return end
    return None


#: characters that never stand inside a transliterated name, however leniently it is read
NOT_IN_TRANSLITERATION = frozenset("的在和与及是为了说对向从将把被等就也都已又还到赴称于国访")
RELATION_WORDS = ("夫人", "丈夫", "妻子", "女儿", "儿子", "先生", "女士")


def lenient_foreign_name_at(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a transliteration of 3–8 characters with one character the table lacks ("朔尔茨",
    "拉夫连季耶夫"), or two in a name of five or more (Mongolian 呼日勒苏赫), read only where a foreign
    title announces a name and nothing stricter reads one.

    The odd character may stand anywhere but last and makes no word with its neighbours ("普京|访华",
    "总统|助理"); the name ends at the longest run of Han characters that a name's right boundary (a
    date, 表示, punctuation) follows, never at a dot or a hyphen, past which a longer name goes on.
    """
    if lex.title_re.match(text, start) or text.startswith(RELATION_WORDS, start):
        return None  # "总理帕什尼扬", "夫人伊莉亚娜": a title or a relation, then the name
    words = dictionary_words(2)
    best = None
    odd = 0
    i = start
    while i < len(text) and i - start < 8 and _is_han(text[i]) and text[i] not in NOT_IN_TRANSLITERATION:
        if text[i] not in lex.translit_chars:
            odd += 1
            if odd > 2 or (i > start and text[i - 1 : i + 1] in words) or text[i : i + 2] in words:
                break
        i += 1
        # "丹麦国王腓特烈十世登基": a monarch's ordinal closes his name ("首相以穆罕默德六世国王名义": not 以)
        regnal = REGNAL_RE.match(text, i) if i - start >= 3 and text[i - 1] != "世" else None
        if regnal and text[start] not in "以向对为":
            return regnal.end()
        if (
            i - start >= (3 if odd <= 1 else 5)  # two odd characters in a long name: 呼日勒苏赫, 奥云额尔登
            and text[i - 1] in lex.translit_chars
            and text[i : i + 1] not in ("·", "-")
            and _right_boundary_ok(text, i, lex)
        ):
            best = i
    if best is None and _two_with_one_odd(text, start, lex, words):
        return start + 2
    return best


#: what may close a two-character transliteration read leniently: punctuation, or what a leader does
TWO_CHARACTER_NAME_END = frozenset("，、。；：")
TWO_CHARACTER_NAME_ACTS = ("将于", "向", "表示", "指出", "强调", "致电", "致函", "会见", "会晤", "出席", "发表")


def _two_with_one_odd(text: str, start: int, lex: Lexicon, words: frozenset[str]) -> bool:
    """"总书记通伦，": a titled foreign name of two characters, one of which the table lacks (通), that
    punctuation closes and that makes no word ("总统大选。", "国王陛下，")."""
    pair = text[start : start + 2]
    return (
        len(pair) == 2
        and pair[0] not in "来去赴到在从向对为与和"  # "特别代表来法出席": a verb and a country, not a name
        and all(_is_han(c) and c not in NOT_IN_TRANSLITERATION for c in pair)
        and sum(c not in lex.translit_chars for c in pair) == 1
        and pair not in words
        and (
            text[start + 2 : start + 3] in TWO_CHARACTER_NAME_END
            # "国家主席通伦将于…", "…通伦向习近平致贺电": a word that follows names, none across the edge
            or (text.startswith(TWO_CHARACTER_NAME_ACTS, start + 2) and text[start + 1 : start + 3] not in words)
        )
    )


def _title_inside_word_before(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the title that ends at ``start`` begins inside a word ("头部长吻修目": 头部) or follows a name
    it addresses ("习近平总书记原声短片"): then it announces no name after it."""
    title = lex.title_ending_at(text, start, max(0, start - 8))
    if title is None:
        return False
    t_start = start - len(title)
    addressed = any(chinese_name_at(text, t_start - n, lex) == t_start for n in (3, 2) if t_start >= n)
    return addressed or text[t_start - 1 : t_start + 1] in dictionary_words(2)


def rare_surname_name_at(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a three-character name whose surname the table lacks (鲜瑞芳, 信春鹰), right after its title.

    Local news names local officials with rare surnames, and each one missed is every meeting they
    attended missed.  Only punctuation or a word that follows names may close it, and no dictionary
    word may run across its edges or make its given name ("社会长治久安", "国务委员兼国防部长",
    "主席观大势、谋大局", "布迪陪同"): what is left is a name the text could mean nothing else by."""
    end = start + 3
    name = text[start:end]
    words = dictionary_words(2)
    if (
        len(name) < 3
        or not all(_is_han(c) for c in name)
        or name[0] in lex.clause_word_surnames
        or name[0] in NOT_IN_TRANSLITERATION
        # a clause word at the edges ends the reading; inside a titled name it is the name's own (信长星)
        or any(c in lex.given_stopchars for c in name[0] + name[2])
        or not all(c in lex.given_name_chars for c in name[1:])  # "负责人见事迟": 事 is in no given name
        or _title_inside_word_before(text, start, lex)
        or name[:2] in words
        or name[1:] in words
        or text[start - 1 : start + 1] in words
        or text[end - 1 : end + 1] in words
        or name in dictionary_words(3)
        or is_not_a_name(name, lex)
        or lex.place_re.match(text, start)
    ):
        return None
    if text[end : end + 1] == "的":
        return None  # "记者用手中的笔": a possessive closes a phrase as readily as a name
    closed = end >= len(text) or text[end] in PUNCT_BOUNDARY or text.startswith(lex.name_followers, end)
    return end if closed else None


def name_at(text: str, start: int, lex: Lexicon, *, foreign_first: bool = False, announced: bool = False) -> int | None:
    if start >= len(text):
        return None
    if announced and (tibetan := tibetan_name_at(text, start, lex)) is not None:
        return tibetan  # "全国人大代表扎西江村介绍", "副主席白玛赤林": no surname, two name elements
    if foreign_first:
        end = foreign_name_at(text, start, lex)
        if announced and end is not None and (dotted := _dotted_past_one_odd(text, start, end, lex)):
            return dotted
        if announced and end is not None and (joined := _joined_part_to_punctuation(text, end, lex)):
            return joined
        return (
            end
            or chinese_name_at(text, start, lex, announced=announced)
            or (lenient_foreign_name_at(text, start, lex) if announced else None)
        )
    end = chinese_name_at(text, start, lex, announced=announced)
    dotted = foreign_name_at(text, start, lex) if end is not None and text[end : end + 1] == "·" else None
    if dotted is not None and dotted <= end and announced:
        # "新闻发言人马克·亚当斯介绍": a titled name goes on past its dot though a syllable (当) is not in the table
        end = _past_the_dot(text, end, lex) or end
    elif dotted:
        # "领导人穆萨·达迪斯·卡马拉": a dot goes on past a reading as a Chinese name, up to a word that follows
        # names ("教授莫林·米勒博士的话")
        follower = next((p for p in range(end + 2, dotted) if text.startswith(lex.name_followers, p)), dotted)
        end = max(end, follower)
    if end is None and text[start] in lex.translit_chars:
        end = foreign_name_at(text, start, lex)
    if end is None and "A" <= text[start] <= "Z":
        end = latin_name_at(text, start)
    return end


# ------------------------------------------------------------------------------------------- titles

LIST_JOINERS = ("、", "和", "及", "与", "/", "／")  # the slash of a pair in sport: "中国组合陈艺文/昌雅妮"
#: kinds of title (titles.tsv) that are a post only in the body written before them: 成员
BODY_BOUND_KINDS = frozenset({"group"})


@dataclass(slots=True)
class TitleLink:
    """One title in a chain, with the body written in front of it (if any)."""

    title: str
    start: int
    end: int
    body: str | None
    body_start: int | None
    place: str | None = None
    unit: bool = False  # the body is a unit of the chain's body ("县委常委、组织部长": 县委组织部)
    unread: bool = False  # words stand before the title that no rule read as its body ("西陵寺镇党委书记")
    portfolio: str = ""  # a foreign minister's field, written between his country and 部长 ("经济和气候保护")


@dataclass(slots=True)
class Introduction:
    """ "大足区人大常委会党组书记、主任王志": a title chain and the persons it introduces."""

    links: list[TitleLink]
    persons: list[tuple[int, int]]
    foreign: bool = False
    roster: bool = False  # a line of a communiqué's name list ("名单如下："): those elected to the post
    told_before: bool = False  # the posts were told in the sentence before the list ("…。他们是：A、B")


# ------------------------------------------------------------------------------------------ rosters

ROSTER_OPEN_RE = re.compile(r"名单(?:如下)?[：:]\n")
ROSTER_HEADING_RE = re.compile(
    r"(?:[一二三四五六七八九十]+、)?(?P<heading>[^\s（()，。：:]{2,40}?)(?:名单)?(?:[（(][^）)]*[）)])?"
)
# the list's own heading, alone on its line or after the lede's source ("**央视网消息**（新闻联播）：…名单")
ROSTER_TITLE_RE = re.compile(r"(?:^|\n)(?:[^\n。]{0,30}?[：:])?([^\n，。：:]{4,40}名单)\n")
ROSTER_NOTE_RE = re.compile(r"[（(][^）)\s]{1,12}[）)]")  # （女）, （满族）, （女，蒙古族）, （解放军）
ROSTER_SUB_BODIES = ("常务委员会",)  # a sub-heading that names a part of the section's body
INSIDE_A_BODY = ("会", "大会", "团")  # what follows a title read inside a body's name (委员会, 代表大会, 主席团)
# "廷·巴特尔": a dotted name's first part may be one character
ROSTER_NAME_RE = re.compile(f"[{HAN}]{{2,4}}|[{HAN}]{{1,10}}(?:·[{HAN}]{{1,10}}){{1,3}}")


def find_roster(text: str, lex: Lexicon) -> list[Introduction]:
    """The names of a communiqué's lists, each with the post of its section or row.

    "全会选举了…名单如下：\n一、中央政治局委员\n（按姓氏笔画为序排列）\n丁薛祥 习近平 …\n五、中央军事委员会
    主席、副主席、委员\n副主席 张又侠 何卫东": a heading names a post (and the body before it), a row may open
    with its own post; the names are apart by spaces.  The list ends at the first line that is neither.
    """
    out: list[Introduction] = []
    # "…名单如下：" opens the list after it; "中国共产党第二十届中央委员会委员名单" is the list's own heading
    openings = [m.end() for m in ROSTER_OPEN_RE.finditer(text)] + [m.start(1) for m in ROSTER_TITLE_RE.finditer(text)]
    for pos in sorted(openings):
        heading: TitleLink | None = None
        body: tuple[str, int] | None = None
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip() or (line.startswith(("（", "(")) and line.endswith(("）", ")"))):
                pos = end + 1  # a blank line, "（按姓氏笔画为序排列）"
                continue
            head = ROSTER_HEADING_RE.fullmatch(line)
            # the 委员 of "委员会" is part of a body's name, not a post
            # (nor the 代表 of "全国代表大会", the 主席 of "主席团")
            titles = [t for t in lex.title_re.finditer(text, pos, end) if not text.startswith(INSIDE_A_BODY, t.end())]
            titles = titles if head else []
            if head and titles and " " not in line and titles[-1].end() >= pos + head.end("heading") - 1:
                first, last = titles[0], titles[-1]
                own = text[pos + head.start("heading") : first.start()]
                if own in ROSTER_SUB_BODIES and body:
                    own = body[0] + own  # "常务委员会委员" under 中央纪律检查委员会: its standing committee
                body = (own, pos + head.start("heading"))
                if last.end() == pos + head.end("heading") and len(titles) == 1:
                    heading = TitleLink(
                        last.group(), last.start(), last.end(), body[0] or None, body[1] if body[0] else None
                    )
                else:
                    heading = None  # "中央军事委员会主席、副主席、委员": each row names its post
                pos = end + 1
                continue
            # the names of a row, apart by spaces, their notes (（女）, （满族）) left out
            tokens = [
                (m.start() + pos, m.end() + pos)
                for m in re.finditer(r"[^ \u3000（()）：:]+", ROSTER_NOTE_RE.sub(lambda n: " " * len(n.group()), line))
            ]
            if not tokens:
                break
            link = heading
            s0, e0 = tokens[0]
            if text[s0:e0] in lex.titles:
                row = text[s0:e0]
                link = TitleLink(
                    row, s0, e0, body[0] if body and body[0] else None, body[1] if body and body[0] else None
                )
                tokens = tokens[1:]
                if not tokens:  # "委员：（按姓氏笔画为序排列）": the post of the rows after it
                    heading = link
                    pos = end + 1
                    continue
            # a long line of names vouches for each ("吉林" is a person in a list of 171); a short one does not
            vouched = len(tokens) >= 5
            names = [
                (s, e)
                for s, e in tokens
                if ROSTER_NAME_RE.fullmatch(text, s, e) and (vouched or not is_not_a_name(text[s:e], lex))
            ]
            if link is None or not names or len(names) < len(tokens):
                break
            out.append(Introduction([link], names, roster=True))
            pos = end + 1
    return out


# "他们是：", "她们分别是：": the persons a sentence before spoke of, listed after it
PRONOUN_ROSTER_RE = re.compile(r"(?:他们|她们)(?:分别)?是[：:]")
# what they are, said at the end of that sentence: "…担任大会执行主席，并在主席台前排就座"
SERVE_AS_RE = re.compile(r"担任(?:大会|会议)?")
# whose members they are: "…任命了…香港特别行政区基本法委员会组成人员"
MEMBERS_OF_END_RE = re.compile(r"(?:组成人员|成员|领导班子)[。；]?$")


def find_pronoun_rosters(
    text: str, intros: list[Introduction], lex: Lexicon, known: set[str] | None = None
) -> list[Introduction]:
    """The holders of posts a sentence names, listed in the next one after "他们是：".

    "十四届全国人大常委会委员长、副委员长、秘书长担任大会执行主席…。他们是：赵乐际、李鸿忠…、刘奇": each
    is 执行主席; the posts of the subject go by protocol order (:func:`_by_protocol_order`).  "…基本法
    委员会组成人员。他们是：主任沈春耀，副主任…": the titles written in the list are of that body, which
    is set on their introductions (``intros``) in place.
    """
    out: list[Introduction] = []
    for m in PRONOUN_ROSTER_RE.finditer(text):
        start = max(text.rfind("。", 0, m.start() - 1), text.rfind("\n", 0, m.start() - 1)) + 1
        before = text[start : m.start()]
        if (members := MEMBERS_OF_END_RE.search(before)) is not None:
            b_start = body_ending_at(text, start + members.start(), lex, floor=start)
            if b_start is not None:
                body = text[b_start : start + members.start()]
                _set_body_of_listed(text, intros, m.end(), body, b_start)
        serve = next(reversed(list(SERVE_AS_RE.finditer(text, start, m.start()))), None)
        if serve is None or (title := lex.title_re.match(text, serve.end())) is None:
            continue
        persons = names_from(text, m.end(), lex, known=known)
        if len(persons) < 2:
            continue
        role = TitleLink(title.group(), title.start(), title.end(), None, None)
        subject = [t for t in lex.title_re.finditer(text, start, serve.start()) if text[t.end() : t.end() + 1] != "会"]
        held = _by_protocol_order(subject, len(persons))
        if held is None:
            out.append(Introduction([role], persons, told_before=True))
            continue
        body = link_title(text, subject[0].start(), subject[0].end(), subject[0].group(), lex, start)
        for posts, names in _grouped(held, persons):
            links = [TitleLink(t.group(), t.start(), t.end(), body.body, body.body_start) for t in posts]
            out.append(Introduction([*links, role], names, told_before=True))
    return out


def _by_protocol_order(titles: list[re.Match[str]], count: int) -> list[re.Match[str]] | None:
    """The title of each of ``count`` persons listed in protocol order after "委员长、副委员长、秘书长".

    A title without 副 has one holder; a single deputy title (副委员长) has all the others. Any other
    subject (several deputy titles, more titles than persons) says nothing of who holds which.
    """
    deputies = [t for t in titles if "副" in t.group()]
    if not titles or len(deputies) > 1 or count < len(titles) or (not deputies and count != len(titles)):
        return None
    out: list[re.Match[str]] = []
    for t in titles:
        out.extend([t] * (count - len(titles) + 1 if t in deputies else 1))
    return out


def _grouped(held: list[re.Match[str]], persons: list[tuple[int, int]]):
    """Runs of persons who hold the same title, with that title."""
    run: list[tuple[int, int]] = []
    for k, span in enumerate(persons):
        run.append(span)
        if k + 1 == len(persons) or held[k + 1] is not held[k]:
            yield [held[k]], run
            run = []


def _set_body_of_listed(text: str, intros: list[Introduction], start: int, body: str, body_start: int) -> None:
    """Give the body of a roster's heading sentence to the titles its list writes with no body."""
    end = text.find("。", start)
    end = len(text) if end < 0 else end
    for intro in intros:
        if intro.links and start <= intro.links[0].start < end:
            for k, link in enumerate(intro.links):
                if link.body is None:
                    intro.links[k] = TitleLink(link.title, link.start, link.end, body, body_start)


def _adverb_after_postnominal(text: str, t_start: int, name_start: int, lex: Lexicon) -> bool:
    """Whether a title follows the name it is said of ("习近平总书记") and a clause word follows the title
    (都, 也, 曾, 向…): then the clause word opens the person's predicate, it is no surname of a new name."""
    if text[name_start : name_start + 1] not in lex.clause_word_surnames:
        return False
    return any(
        chinese_name_at(text, t_start - size, lex, announced=True) == t_start
        for size in (3, 2)
        if t_start - size >= 0 and text[t_start - size] in lex.surnames
    )


def _list_closed_by_and(text: str, persons: list[tuple[int, int]]) -> int | None:
    """Where a title's list ends when a 和 joins it to a list of others: the index of the name after 和,
    when that name is followed by "、" (an item that closes a list is its last one)."""
    for k in range(1, len(persons) - 1):
        if text[persons[k - 1][1] : persons[k][0]] == "和" and text[persons[k][1] : persons[k][1] + 1] == "、":
            return k
    return None


def find_introductions(text: str, lex: Lexicon, known: set[str] | None = None) -> list[Introduction]:
    """Title chains and the names that follow them.

    A raw title match counts only when a name (or list of names) follows it directly, or when it
    chains through "、" (and an optional body) to a title that does; "主任会议" and the "常委" inside
    "人大常委会" therefore never become titles.
    """
    raws = [(m.start(), m.end(), m.group()) for m in lex.title_re.finditer(text)]
    intros: list[Introduction] = []
    used_until = 0
    for idx, (t_start, t_end, title) in enumerate(raws):
        if t_start < used_until:
            continue
        info = lex.titles[title]
        country_before = country_ending_at(text, t_start, lex) or (
            formal[0] if (formal := formal_country_ending_at(text, t_start, lex)) else None
        )
        if country_before is None and (lex.places.get(title, ("",))[0] == "country" or title in COUNTRY_BOUND_TITLES):
            # "苏丹" is a monarch's title only after his country ("文莱苏丹哈桑纳尔"), else Sudan; "卢森堡大公亨利",
            # but "最大公约数"
            continue
        if _title_inside_word(text, t_start, t_end) or _title_cut_from_words(text, t_start, t_end, lex):
            continue  # "成员国关系", "轮值主席国职责", "地处长江上游": the title is part of other words
        foreign = info.kind == "foreign" or country_before is not None
        name_start = t_end + 1 if text[t_end : t_end + 1] in (" ", "\u3000") else t_end  # "局长 薛千勇" bylines
        # "县委常委、提名副县长人选张宏标", "七届政协主席提名人选朱永国": a nominee holds no post yet
        nominee = NOMINEE_AFTER_RE.match(text, t_end)
        if nominee is not None:
            name_start = nominee.end()
        persons = names_from(text, name_start, lex, foreign_first=foreign, known=known)
        if persons and _adverb_after_postnominal(text, t_start, name_start, lex):
            persons = []  # "习近平总书记都亲自为江苏指航定向": his title, then the adverb of his clause
        if not persons and (verb := ROSTER_VERB_RE.match(text, t_end)):
            # "…大会主席团常务委员会成员有习近平、李克强": a post, the verb of a roster, then its holders; one
            # name needs the colon ("书记是张三" is rare, "委员为民办实事" is not a roster)
            listed = names_from(text, verb.end(), lex, foreign_first=foreign, known=known)
            persons = listed if len(listed) >= 2 or verb.group().endswith(("：", ":")) else []
        if not persons and country_before is not None and title in ROYAL_TITLES:
            # "泰国公主诗琳通独家专访", "泰国国王哇集拉隆功和王后": a royal name, however it is transliterated
            persons = [span] if (span := royal_name_at(text, name_start, lex)) else []
        if not persons and not foreign and _after_a_foreigner_listed(text, t_start, intros):
            # "会见总统呼日勒苏赫、总理奥云额尔登": the next official of the same list, of the same country
            foreign = True
            persons = names_from(text, name_start, lex, foreign_first=True, known=known)
        if not persons and not foreign and _chain_abroad(text, raws, idx, lex, used_until):
            # "老挝人民革命党中央委员会总书记通伦", "蒙古人民党主席、政府总理奥云额尔登": a post of a party or a
            # chain abroad, held by a foreigner
            foreign = True
            persons = names_from(text, name_start, lex, foreign_first=True, known=known)
        if not persons:
            continue
        if len(persons) > 1 and text[persons[0][1] : persons[0][1] + 1] == "和" and _closed_by_descriptor(
            text, persons[-1][1], lex
        ):
            persons = persons[:1]  # "…国家主席习近平和李克强、栗战书等党和国家领导人": the others hold no such post
        if (cut := _list_closed_by_and(text, persons)) is not None:
            # "全国政协副主席张庆黎、万钢、郑建邦和尚福林、王伟光等同志作交流发言": 和 closes the title's list;
            # the names listed on after the next one are others, who hold no such post
            persons = persons[:cut]
        floor = used_until  # a body never runs back across a name already read
        links = [link_title(text, t_start, t_end, title, lex, floor)]
        if info.kind in BODY_BOUND_KINDS and links[0].body is None:
            continue  # "团队成员张某": a member of no group the text names
        # walk left through the chain: "党组书记、主任", "区委常委、常务副区长", "副主席、民建大足区委主委"
        j = idx - 1
        cursor = links[0].body_start if links[0].body_start is not None else t_start
        presidium = PRESIDIUM_BEFORE_RE.search(text, floor, t_start) if info.kind == "session" else None
        if presidium and links[0].body is None:
            cursor = presidium.start()  # "区人大常委会主任、大会主席团常务主席范大玉": the chain goes on past it
        after_comma = 0  # links right of the leftmost "，" the walk crossed
        while j >= 0:
            p_start, p_end, p_title = raws[j]
            if p_end > cursor and p_start >= floor:
                j -= 1  # "政治局委员、全国人大常委会副委员长": the 常委 inside the body is no link
                continue
            gap = text[p_end:cursor]
            # "民族领袖、人民委员会主席": the 委员 inside a stem no grammar reads, after the chain's 、, is no link
            comma = text.rfind("、", max(floor, p_start - 8), p_start) if links[0].body is None else -1
            stem = text[comma + 1 : cursor]
            inside = comma >= 0 and comma < p_start and p_end < cursor and gap not in ("兼", "、兼")
            if inside and len(stem) <= 9 and all(_is_han(c) for c in stem):
                j -= 1
                continue
            unit = UNIT_GAP_RE.match(gap) if p_end <= cursor and links[0].body is None else None
            stem = unit.group("unit") if unit else ""
            # "县委常委、统战部长": before a head title any short stem is the unit's (统战, 宣传, 政法)
            short_stem = HEAD_TITLE_RE.match(title) is not None and 2 <= len(stem) <= 4
            if unit and (_unit_re(lex).fullmatch(stem) or short_stem):
                # "县委常委、组织部长", "县人大常委会副主任、办公室主任": a unit of the body before it; but a stem
                # that names its own country or place is a body of its own ("…党主席、俄联邦安全会议副主席")
                # nor is an institution one ("中国科学院院士、清华大学教授", "北京大学校长、中科院院士")
                own = stem[:1] in lex.country_abbrev or lex.place_re.match(stem) is not None
                own = own or INSTITUTION_END_RE.search(stem) is not None
                first = links[0]
                u_start = p_end + unit.start("unit")
                links[0] = TitleLink(first.title, first.start, first.end, stem, u_start, unit=not own)
                gap, cursor = text[p_end:u_start], u_start
            # "越南共产党中央政治局委员、河内市委书记": a place no lexicon knows names the committee the grammar
            # read only by its generic end; the chain goes on past it
            named = LOCAL_STEM_GAP_RE.fullmatch(gap) if links[0].body in GENERIC_LOCAL_BODIES else None
            if named is not None and links[0].body_start == cursor and not lex.place_re.match(named.group("stem")):
                first = links[0]
                links[0] = replace(first, body=named.group("stem") + first.body, body_start=p_end + 1)
                gap, cursor = "、", p_end + 1
            # "全国人大代表、四川眉山永丰村党委书记李雪平": words no rule read as a body before the next title
            # are that title's own; the chain goes on past them
            unread = UNREAD_STEM_GAP_RE.fullmatch(gap) if _reads_unread(text, links[0], floor) else None
            if unread is not None:
                gap, cursor = unread.group("sep"), p_end + 1
            # "国务委员兼外交部长"; "十九届中央委员、十九届全国政协常委": a term before the next body
            joined = gap in ("、", "", "兼", "、兼", "、提名") or CHAIN_TERM_GAP_RE.fullmatch(gap) is not None
            # "第十九届中央委员，全国政协原常委、…主任沈德咏": a chain split by commas, kept if it opens a clause
            comma = gap in ("，", ",")
            if p_end <= cursor and (joined or comma):
                if comma:
                    after_comma = len(links)
                link = link_title(text, p_start, p_end, p_title, lex, floor)
                first = links[0]
                staff = lex.titles[first.title].kind == "staff"
                if not gap and p_title in PRINCIPAL_TITLES and staff and first.body is None:
                    # "联合国秘书长发言人迪雅里克", "世卫组织总干事高级顾问": the staff of the principal, who
                    # is no one named here; the title is the principal's with the staff's
                    links[0] = TitleLink(
                        first.title, first.start, first.end, link.body, link.body_start, link.place,
                        portfolio=link.portfolio + p_title + first.portfolio,
                    )
                    cursor = link.body_start if link.body_start is not None else p_start
                    j -= 1
                    continue
                links.insert(0, link)
                cursor = link.body_start if link.body_start is not None else p_start
                j -= 1
                continue
            break
        if after_comma and not _opens_clause(text, cursor, floor):
            links = links[-after_comma:]  # "出席的有区委书记，副区长王强": the words before the comma are no chain
        if nominee is not None:
            links = links[:-1]  # the post he is nominated for is not his
            if not links:
                continue
        intros.append(Introduction(links, persons, foreign))
        used_until = persons[-1][1]
    return intros


#: a head's title, which the title of one on his staff (kind "staff") may follow with nothing between
PRINCIPAL_TITLES = frozenset({"秘书长", "副秘书长", "总干事", "总统", "总理", "首相", "国务卿", "主席"})
NOMINEE_AFTER_RE = re.compile(r"(?:提名)?人选")
PRESIDIUM_BEFORE_RE = re.compile(r"(?:大会)?主席团$")
# the verb between a post and the roster of its holders: "成员有", "执行主席是：", "委员分别为"
ROSTER_VERB_RE = re.compile(r"(?:分别)?(?:有|是|为)[：:]?")
# the standing committee of a session's presidium, a group its members belong to ("大会主席团常务委员会成员")
SESSION_PRESIDIUM_RE = re.compile(r"(?:大会|会议)主席团(?:常务委员会)?$")
# "、执政党非洲人国民大会主席": what the party is, before its name
# "…中央委员会主席和第七届中央委员会名誉主席": a term after 和 opens the next post of the same person
CHAIN_TERM_GAP_RE = re.compile(f"、(?:{TERM}|执政党|反对党)|和{TERM}")
#: the terms a biography lists ("第九届、十届"), one or several
TERMS = f"(?:{TERM}、)*{TERM}"
CLAUSE_OPENING_RE = re.compile(rf"(?:^|[，,。；;：:\n（(“]|对)(?:{TERMS})?$")
# "中华全国台湾同胞联谊会第四届、五届会长": the terms of the post, between its body and its title
TERMS_BEFORE_TITLE_RE = re.compile(rf"{TERMS}$")


def _opens_clause(text: str, start: int, floor: int) -> bool:
    """Whether a title chain starting at ``start`` opens a clause (after punctuation or 对, past a term):
    only then may a chain run on across a comma."""
    return start <= floor or CLAUSE_OPENING_RE.search(text, max(floor, start - 16), start) is not None


# a head title named after its unit (部长 of a 部, 局长 of a 局): "统战部长" names the unit 统战部
HEAD_TITLE_RE = re.compile(r"^(?:常务|第一|执行)?副?(?P<unit>[部局厅处科院所校台站署行社司委])长$")
#: what ends the name of an institution of its own, never a unit of the body before it in a chain
INSTITUTION_END_RE = re.compile(r"(?:大学|学院|医院|研究院|研究所|公司|集团|银行|中学|小学|科学院|工程院|中科院)$")
UNIT_GAP_RE = re.compile(f"^、(?:兼)?(?P<unit>[{HAN}]{{2,8}})$")
#: the generic end of a local committee or government abroad, read without the place that names it
GENERIC_LOCAL_BODIES = frozenset({"市委", "省委", "州委", "县委", "市政府", "省政府", "中央委员会"})
LOCAL_STEM_GAP_RE = re.compile(f"、(?P<stem>[{HAN}]{{2,6}})")
# the unread words before a chain's next title, after 、 or a comma: "、四川眉山永丰村", "、中央党校（国家行政学院）"
UNREAD_STEM_GAP_RE = re.compile(f"(?P<sep>[、，,])[{HAN}]{{2,14}}(?:[（(][{HAN}]{{2,12}}[）)])?")


def _reads_unread(text: str, link: TitleLink, floor: int) -> bool:
    """Whether words stand before a chain's leftmost title that no rule read as its body: Han characters, or
    a body's alias in brackets ("中央党校（国家行政学院）教授")."""
    if link.body is not None:  # "全国人大代表、张家港市永联村党委书记": a village's branch after an unread county
        return link.unread and link.body_start is not None and link.body_start > floor
    if link.place is not None or link.start <= floor:
        return False
    return link.unread or (text[link.start - 1] in "）)" and _is_han(text[link.start - 2 : link.start - 1]))
_UNIT_CACHE: dict[int, re.Pattern[str]] = {}


def _unit_re(lex: Lexicon) -> re.Pattern[str]:
    """A unit named without its owner (办公室, 组织部, 宣传部, 政法委): a body suffix with a short stem."""
    key = id(lex)
    if key not in _UNIT_CACHE:
        suffixes = "|".join(p for p in (lex.body_suffix_re, lex.body_short_suffix_re) if p)
        _UNIT_CACHE[key] = re.compile(f"[{HAN}]{{0,6}}?(?:{suffixes})")
    return _UNIT_CACHE[key]


#: the words a country's one-character form follows as a country ("同俄总统", "和美国务卿")
BEFORE_A_COUNTRY = frozenset("同与和及跟向对、，,。；：“")


def _abbreviation_inside_word(text: str, at: int, floor: int) -> bool:
    """Whether the one character at ``at`` that may stand for a country ends a word with the character
    before it ("司法部长", "执法部门"), so that it stands for no country."""
    if at - 1 < floor or text[at - 1] in BEFORE_A_COUNTRY or not _is_han(text[at - 1]):
        return False
    return text[at - 1 : at + 1] in dictionary_words(2)


def link_title(text: str, t_start: int, t_end: int, title: str, lex: Lexicon, floor: int = 0) -> TitleLink:
    if title in ENVOY_POSTS and (posted := _posted_to(text, t_start, title, lex, floor)) is not None:
        return posted
    short = _short_name_before(text, t_start, lex, floor) if t_start > floor and text[t_start - 1] in "）)" else None
    if short is not None:
        return TitleLink(title, t_start, t_end, text[short[0] : short[1]], short[0])
    b_start = body_ending_at(text, t_start, lex, floor=floor)
    if b_start is None and (terms := TERMS_BEFORE_TITLE_RE.search(text, max(floor, t_start - 16), t_start)):
        b_start = body_ending_at(text, terms.start(), lex, floor=floor)
        if b_start is None:
            b_start = named_body_ending_at(text, terms.start(), lex, floor=floor)
        if b_start is not None:
            return TitleLink(title, t_start, t_end, text[b_start : terms.start()], b_start)
    if b_start is None:  # "推动黄河流域生态保护和高质量发展领导小组组长": a group named by its task
        b_start = leading_group_ending_at(text, t_start, lex, floor=floor)
    if b_start is None:  # "清华大学校长", "国际儒学联合会会长": a body named by its own name
        b_start = named_body_ending_at(text, t_start, lex, floor=floor)
    if b_start is not None:
        if b_start > floor and text[b_start - 1] in lex.country_abbrev and not _is_han(text[b_start - 2 : b_start - 1]):
            b_start -= 1  # "俄外交部副部长": the ministry of the country its one character names, not China's
        return TitleLink(title, t_start, t_end, text[b_start:t_start], b_start)
    if (unit := TERRITORIAL_UNIT_RE.match(title) or DEPUTY_UNIT_RE.match(title)) and len(title) > unit.end():
        # "西陵寺镇党委书记", "开发区党工委书记": a place's party committee is a body, its head the 书记
        u_end = t_start + unit.end()
        u_start = body_ending_at(text, u_end, lex, floor=floor)
        if u_start is not None and u_start < t_start and PLACE_LEVEL_END_RE.search(text, u_start, t_start):
            if unit.re is DEPUTY_UNIT_RE:  # the deputy's title stays whole: it is the lexicon's key
                return TitleLink(title, t_start, t_end, text[u_start:u_end], u_start)
            return TitleLink(title[unit.end() :], u_end, t_end, text[u_start:u_end], u_start)
    if t_start > floor and text[t_start - 1] == "村" and (unit := VILLAGE_UNIT_RE.match(title)):
        u_end = t_start + unit.end()
        if (u_start := body_ending_at(text, u_end, lex, floor=floor)) is not None and u_start < t_start:
            cut = u_start > floor and _is_han(text[u_start - 1]) and LAST_LEVEL_RE.search(text, u_start, t_start)
            if cut:  # "张家港市永联村": a county the lexicon lacks, read cut short, is left out, as words unread
                return TitleLink(title, t_start, t_end, text[cut.end() : u_end], cut.end(), unread=True)
            return TitleLink(title, t_start, t_end, text[u_start:u_end], u_start)
    for length in range(min(12, t_start), 1, -1):
        cand = text[t_start - length : t_start]
        if cand in lex.places and lex.places[cand][0] != "country":
            # "大足区副区长": a place, not a body; the title's implied body is that place's
            return TitleLink(title, t_start, t_end, None, t_start - length, place=cand)
    if title in ENVOY_TITLES and (field := _envoy_field_before(text, t_start, lex, floor)) is not None:
        # "俄罗斯总统叙利亚问题特别代表", "欧盟外交与安全政策高级代表": the envoy's field is part of his title
        b_start, f_start = field
        return TitleLink(title, t_start, t_end, text[b_start:f_start], b_start, portfolio=text[f_start:t_start])
    if title in PORTFOLIO_TITLES and (found := _portfolio_before(text, t_start, lex, floor)) is not None:
        portfolio, country, c_start = found
        return TitleLink(title, t_start, t_end, country, c_start, portfolio=portfolio)
    country = country_ending_at(text, t_start, lex)
    if country is not None:
        for length in range(min(12, t_start), 0, -1):
            cand = text[t_start - length : t_start]
            if cand == country or lex.country_abbrev.get(cand) == country:
                if length == 1 and _abbreviation_inside_word(text, t_start - 1, floor):
                    break  # "司法部长": 法 ends the field's word, it is no France
                return TitleLink(title, t_start, t_end, country, t_start - length)
    if (formal := formal_country_ending_at(text, t_start, lex)) is not None:
        return TitleLink(title, t_start, t_end, formal[0], formal[1])  # "泰王国总理", "伊拉克共和国总统"
    if (field := _field_abroad_before(text, t_start, title, lex, floor)) is not None:
        return field  # "美国国家安全委员会战略沟通协调员", "北约欧洲盟军总司令", "澳大利亚反对党领袖": as written
    if lex.titles[title].kind in BODY_BOUND_KINDS and (presidium := SESSION_PRESIDIUM_RE.search(text, floor, t_start)):
        return TitleLink(title, t_start, t_end, presidium.group(), presidium.start())
    left = max(floor, t_start - 2)
    unread = t_start > floor and _is_han(text[t_start - 1]) and not OPEN_LEFT_RE.search(text, left, t_start)
    return TitleLink(title, t_start, t_end, None, None, unread=unread)


#: an envoy posted to a country, and the mission he heads: "中国驻美国大使谢锋", "俄罗斯驻美大使安东诺夫"
ENVOY_POSTS = {"大使": "大使馆", "副大使": "大使馆", "总领事": "总领事馆"}
POSTED_TO_RE = re.compile(f"驻(?P<host>[{HAN}]{{1,8}})$")
TENURE_BEFORE_POSTING_RE = re.compile(r"(?:新任|前任|首任|现任|候任)$")


def _posted_to(text: str, t_start: int, title: str, lex: Lexicon, floor: int) -> TitleLink | None:
    """The link of an envoy's title written with where he is posted ("驻沙特大使").

    The guidelines record China's envoy as the envoy of the mission ("大使" of 中国驻美国大使馆) and a
    foreign one by his post and the country that sends him ("驻美大使" of 俄罗斯): the host country is
    neither's body.
    """
    posted = POSTED_TO_RE.search(text, max(floor, t_start - 9), t_start)
    if posted is None or not (country_ending_at(text, t_start, lex) or posted["host"] in lex.places):
        return None
    t_end = t_start + len(title)
    # "伊朗新任驻沙特大使": a word of tenure may stand between the sender and his posting
    tenure = TENURE_BEFORE_POSTING_RE.search(text, max(floor, posted.start() - 2), posted.start())
    s_end = tenure.start() if tenure else posted.start()
    sender = country_ending_at(text, s_end, lex) if s_end > floor else None
    # a country's one-character short form stands before 驻 as before a title: "俄驻美大使"
    written = sender if sender is None or text.endswith(sender, 0, s_end) else text[s_end - 1]
    s_start = s_end - len(written) if sender else posted.start()
    if sender is None or sender in HOME_COUNTRIES:
        mission = "中国" + text[posted.start() : t_start] + ENVOY_POSTS[title]
        return TitleLink(title, t_start, t_end, mission, s_start)
    return TitleLink(title, t_start, t_end, sender, s_start, portfolio=text[posted.start() : t_start])


# what a movement, a front or an armed group is called before its short name in brackets
ORGANISATION_END_RE = re.compile(r"(?:运动|组织|阵线|联盟|武装|党|集团|委员会|政府)$")


def _short_name_before(text: str, t_start: int, lex: Lexicon, floor: int) -> tuple[int, int] | None:
    """The body of "巴勒斯坦伊斯兰抵抗运动（哈马斯）领导人": the full name if the grammar reads it, else the short
    name in the brackets, when what stands before them is called like an organisation."""
    reach = max(floor, t_start - 12)
    opening = max(text.rfind("（", reach, t_start), text.rfind("(", reach, t_start))
    inner = text[opening + 1 : t_start - 1]
    if opening <= floor or not 2 <= len(inner) <= 8 or not all(_is_han(c) for c in inner) or inner.endswith("派"):
        return None  # "巴基斯坦穆斯林联盟（谢里夫派）主席": a faction of the body, not its short name
    if (b_start := body_ending_at(text, opening, lex, floor=floor)) is not None:
        return b_start, opening
    if ORGANISATION_END_RE.search(text, max(floor, opening - 16), opening):
        return opening + 1, t_start - 1
    return None


#: an envoy's title, written after the principal who sends him and the question he is sent on
ENVOY_TITLES = frozenset({"特使", "特别代表", "高级代表", "特别报告员", "特别协调员"})
ENVOY_FIELD_RE = re.compile(
    f"(?:总统|总理|首相|秘书长)(?:[{HAN}]{{1,8}}(?:问题|事务))?|[{HAN}]{{1,10}}(?:问题|事务|政策)"
)


def _envoy_field_before(text: str, t_start: int, lex: Lexicon, floor: int) -> tuple[int, int] | None:
    """Where the body or country that sends an envoy starts, and where his field starts: "俄罗斯|总统叙利亚
    问题|特别代表", "联合国|人权问题|特别报告员", "美国|伊朗问题|特使" — the shortest field after which
    a body or a country ends; none where nothing sends him ("叙利亚问题特使" alone keeps 特使)."""
    for f_start in range(t_start - 2, max(floor, t_start - 16) - 1, -1):
        if not ENVOY_FIELD_RE.fullmatch(text, f_start, t_start):
            continue
        b_start = body_ending_at(text, f_start, lex, floor=floor)
        if b_start is None and (country := country_ending_at(text, f_start, lex)) is not None:
            b_start = f_start - len(country) if text.endswith(country, 0, f_start) else None
        if b_start is not None:
            return b_start, f_start
    return None


def _field_abroad_before(text: str, t_start: int, title: str, lex: Lexicon, floor: int) -> TitleLink | None:
    """The link of a title abroad written with its field between the body (or country) and the title:
    "智利外交部|国际经济关系|副部长", "世界气象组织|极端高温问题|高级顾问", "澳大利亚|反对党|领袖".

    Foreign and international offices are written with what they are for, and the guidelines keep the
    title as written, so the field is part of the title (unlike a Chinese body's unit, which the body
    grammar reads). Only after a body abroad or a country: at home the words before a title are a
    body the grammar did not read, and a field read there would spoil the title. What stands there may
    also be the body itself, which the grammar does not know: a party abroad ("阿根廷|正义党|主席") or
    a place ("俄罗斯|库尔斯克州|州长"), whose title stays bare.
    """
    if lex.titles[title].kind == "press" or title in ENVOY_TITLES:
        return None  # "美国调查记者西摩·赫什": a reporter's post is at an outlet, never a country
    if not _abroad_nearby(text, max(floor, t_start - PARTY_REACH - 12), t_start - 2, lex):
        return None  # most titles have no country or body abroad before them: the walk below is costly
    head = HEAD_TITLE_RE.match(title)
    t_end = t_start + len(title)
    if (rank := PARTY_RANK_RE.search(text, max(floor, t_start - PARTY_REACH - 2), t_start)) is not None:
        # "印度尼西亚民主斗争党总主席", "德国选择党联合领导人", "黎巴嫩真主党前领导人": the rank is the title's, the
        # party the body, as when no rank is written
        party = _field_abroad_before(text, rank.start("rank"), title, lex, floor)
        if party is not None and party.body is not None and not party.portfolio:
            rank_text = text[rank.start("rank") : t_start]
            return TitleLink(title, t_start, t_end, party.body, party.body_start, portfolio=rank_text)
    for f_start in range(t_start - 2, max(floor, t_start - PARTY_REACH) - 1, -1):
        field = text[f_start:t_start]
        if not all(_is_han(c) for c in field) or any(c in NOT_IN_FIELD for c in field.strip("和与")):
            return None
        if TENURE_FIELD_RE.match(field) or VERB_IN_FIELD_RE.search(field):
            return None  # "美国现任总统", "泰国宪法法院裁定总理": a time in the post, or a verb, not a field
        own_body = OWN_BODY_END_RE.search(field) is not None or field in lex.places
        own_body = own_body and field not in PARTY_DESCRIPTORS
        if t_start - f_start > FIELD_REACH and not own_body:
            continue
        if not _plausible_portfolio(field, lex) or ORGAN_END_RE.search(field) or field[0] == "党":
            continue  # "联合国大会主席": the body's organ, which the title heads
        b_start = None
        if not own_body and (b_start := _international_body_ending_at(text, f_start, floor)) is None:
            b_start = body_ending_at(text, f_start, lex, floor=floor)
            if b_start is not None and not _body_abroad(text[b_start:f_start], lex):
                return None
            if b_start is not None and _body_goes_on(text, b_start, f_start, lex, floor):
                continue  # "联合国生化武器委|员会前成员": the body goes on into what looked like a field
        if b_start is None:  # a party or a place is named after its country only
            country = country_ending_at(text, f_start, lex)
            if country is None or country in HOME_COUNTRIES or not text.endswith(country, 0, f_start):
                continue
            if any(text[f_start - n : f_start] in lex.places for n in range(len(country) + 1, len(country) + 3)):
                return None  # "内蒙古|赤峰市…": the country's name ends a place at home
            if head:
                return None  # "美国联邦航空管理局长": what is written before a head title names the unit he heads
            b_start = f_start - len(country)
            if own_body and (outer := country_ending_at(text, b_start, lex)) and text.endswith(outer, 0, b_start):
                b_start -= len(outer)  # "南苏丹|苏丹人民解放运动": a party named after a country, of another
        if head and not text.endswith(head.group("unit"), 0, f_start):
            return None  # the head of the unit the field names, not of the body before it
        if own_body:  # named with its country, as the grammar names a body abroad ("南非非洲人国民大会")
            return TitleLink(title, t_start, t_end, text[b_start:t_start], b_start)
        return TitleLink(title, t_start, t_end, text[b_start:f_start], b_start, portfolio=field)
    return None


#: the longest field written between a body abroad (or a country) and the title it qualifies, and the
#: longest name of a party or place abroad written there ("委内瑞拉|统一社会主义党|主席")
FIELD_REACH = 8
PARTY_REACH = 14
#: what, written before a title, is a body of its own: a party, a movement, a place abroad
PARTY_ENDINGS = r"党|运动|阵线|联盟|同盟|阵营"
PARTY_END_RE = re.compile(f"(?:{PARTY_ENDINGS})$")
OWN_BODY_END_RE = re.compile(f"(?:{PARTY_ENDINGS}|[省州市县邦]|(?<!地)区)$")
#: a rank written between a party and its leader's title: "民主斗争党|总|主席", "选择党|联合|领导人", "真主党|前|领导人"
PARTY_RANK_RE = re.compile(f"(?:{PARTY_ENDINGS})(?P<rank>总|联合|前|副|代理|名誉)$")
#: what a party is, not its name: the field of its leader's title ("澳大利亚反对党领袖")
PARTY_DESCRIPTORS = frozenset({"反对党", "执政党", "在野党", "反对派", "多数党", "少数党"})
#: a body of its own, not the field of a title: an organ ("联合国大会", "国民议会", "贸发会议"), a unit of arms
#: ("伊朗军队司令", "真主党武装反坦克战线指挥官"), a company, a school, a paper ("天堂动物园")
ORGAN_END_RE = re.compile(
    r"(?:会|院|部|委|厅|局|署|处|组|团|办|议|园|馆|所|校|司|行|社|台|拉达|呼拉尔|杜马|队|战线|旅|师|营|武装)$"
)
#: what stops a title's field: a word of the sentence around it, or a body's 部 (but "反对党" is a field)
NOT_IN_FIELD = frozenset("兼的在和是为了向从将把被部籍")
#: the time of a post, not its field
TENURE_WORDS = r"时任|新任|现任|首任|前任|候任"
TENURE_FIELD_RE = re.compile(f"{TENURE_WORDS}|当选|新一届|已故|(?:联邦)?第[一二三四五六七八九十\\d]+[任届]")
#: a verb before the title of the person it acts on
VERB_IN_FIELD_RE = re.compile(
    r"裁定|决定|宣布|任命|提名|批准|要求|呼吁|会见|会晤|邀请|祝贺|致电|致函|表示|认为|指出|谴责|支持|同意|解除|罢免"
    r"|免去|弹劾|起诉|逮捕|指控|称赞|感谢|欢迎|派遣|委派|授权|代表|称"
)


_ABROAD_CACHE: dict[int, re.Pattern[str]] = {}


def _abroad_nearby(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a country abroad, its one-character short form, or an international body is written in
    ``text[start:end]`` (a cheap test before reading a title's field)."""
    key = id(lex)
    if key not in _ABROAD_CACHE:
        names = [name for name, (level, *_) in lex.places.items() if level == "country" and name not in HOME_COUNTRIES]
        names += [b for b, kind in lex.standalone_bodies.items() if kind in ("international", "foreign")]
        _ABROAD_CACHE[key] = re.compile(
            f"{alternation(names)}|[{''.join(lex.country_abbrev)}]|{INTERNATIONAL_RE.pattern}"
        )
    return _ABROAD_CACHE[key].search(text, start, end) is not None


def _body_goes_on(text: str, b_start: int, end: int, lex: Lexicon, floor: int) -> bool:
    """Whether the body read up to ``end`` is cut inside a word that a longer reading of it completes."""
    return text[end - 1 : end + 1] in dictionary_words(2) and b_start in (
        body_ending_at(text, end + k, lex, floor=floor) for k in (1, 2)
    )


def _international_body_ending_at(text: str, end: int, floor: int) -> int | None:
    """Start of an international body named by what it does ("世界气象组织") that ends at ``end``."""
    for start in range(max(floor, end - 14), end - 3):
        if INTERNATIONAL_RE.fullmatch(text, start, end):
            return start
    return None


def _body_abroad(body: str, lex: Lexicon) -> bool:
    """A body of a country abroad ("美国国防部") or an international one ("北约", "世界气象组织")."""
    if lex.standalone_bodies.get(body) in ("international", "foreign") or INTERNATIONAL_RE.fullmatch(body):
        return True
    return body_of_a_country_abroad(body, lex)


#: Places abroad that own bodies: countries, and continents ("欧洲议会", "非洲联盟委员会")
ABROAD_LEVELS = frozenset({"country", "continent"})


def body_of_a_country_abroad(body: str, lex: Lexicon) -> bool:
    """A body of a country or continent abroad, named with it ("南非非洲人国民大会", "欧洲理事会")."""
    place = lex.place_re.match(body)
    return place is not None and lex.places[place.group()][0] in ABROAD_LEVELS and place.group() not in HOME_COUNTRIES


#: a minister's title that a foreign paper's text writes after his field, with no ministry: "德国经济和气候保护部长"
PORTFOLIO_TITLES = frozenset({"部长", "大臣"})
NOT_IN_PORTFOLIO = frozenset("兼的在和是为了对向从将把被部")  # 和 only inside: "经济和气候保护"


#: the words after which a country's one-character short form opens a minister's title ("在澳资源部长…陪同下")
SHORT_COUNTRY_AFTER = frozenset("在和与同及")


def _portfolio_before(text: str, t_start: int, lex: Lexicon, floor: int) -> tuple[str, str | None, int] | None:
    """A foreign minister's field and country: "德国经济和气候保护部长", "泰国副总理兼商业部长".

    The guidelines record such a minister as the field's minister of his country (经济和气候保护部长 /
    德国), as the text writes him; a ministry written out ("希腊发展部部长") is a body and is read as
    one before this. The field runs back from the title over Han characters to a foreign country, or
    to 兼 after a title that a foreign country opens (the country is then the chain's).
    """
    s = t_start
    listed = False  # "爱尔兰环境、气候与通讯部长": fields listed with 、, the last joined by 与 or 和
    while s > max(floor, t_start - 14):
        char = text[s - 1]
        if char == "、" and not listed and _is_han(text[s - 2 : s - 1]) and any(c in "与和" for c in text[s:t_start]):
            listed = True
            s -= 1
            continue
        # "外交与国际合作部大臣": a minister the text calls by his ministry and 大臣 keeps it in his title
        allowed = (char == "部" and s == t_start and text.startswith("大臣", t_start)) or (
            char in "和与" and t_start - s >= 2
        )
        if not _is_han(char) or (char in NOT_IN_PORTFOLIO and not allowed):
            break
        s -= 1
        if t_start - s < 2:
            continue
        country = country_ending_at(text, s, lex)
        if country is not None and not text.endswith(country, 0, s) and _abbreviation_inside_word(text, s - 1, floor):
            country = None  # "美国国土安全部长": the 土 of 国土 is no Turkey; the field runs on to 美国
        if country is not None and country not in HOME_COUNTRIES:
            field = text[s:t_start]
            if not _plausible_portfolio(field, lex) or "党" in field:
                return None  # "自民党国土强韧化推进本部长": a party's office, not a minister's field
            start = s - len(country) if text.endswith(country, 0, s) else s - 1
            if start == s - 1 and _is_han(text[start - 1 : start]) and text[start - 1] not in SHORT_COUNTRY_AFTER:
                return None  # "国土强韧化推进本部长": a country's one-character short form stands alone (俄, 土)
            return field, country, start
    field = text[s:t_start]
    if text[s - 1 : s] == "兼" and len(field) <= 8 and _plausible_portfolio(field, lex):
        for begin in range(max(floor, s - 8), s - 1):
            head = lex.title_re.match(text, begin)
            if head is not None and head.end() == s - 1:
                country = country_ending_at(text, begin, lex)
                if country is None and head.group() in PORTFOLIO_TITLES:
                    # "爱尔兰环境、气候与通讯部长兼交通部长": the minister before 兼 has a field of his own
                    country = (_portfolio_before(text, begin, lex, floor) or ("", None))[1]
                if country is not None and country not in HOME_COUNTRIES:
                    return field, None, s  # the field is where the chain goes on to the left, through 兼
    return None


def _country_in_field(field: str, end: int, lex: Lexicon) -> bool:
    """Whether a country's name ends at ``end`` of a minister's field; the 法 of 司法 is no France."""
    country = country_ending_at(field, end, lex)
    if country is None:
        return False
    one_char = not field.endswith(country, 0, end) and end >= 1 and field[end - 1] in lex.country_abbrev
    return not (one_char and _abbreviation_inside_word(field, end - 1, 0))


#: the country the news is at home in: never "abroad"
HOME_COUNTRIES = frozenset({"中国", "中华人民共和国"})


def _plausible_portfolio(field: str, lex: Lexicon) -> bool:
    """A field is two or more characters, opens with no joiner, and holds no title or country of its own
    ("俄罗斯和乌克兰部长" is two countries' ministers, not a field 和乌克兰)."""
    return (
        len(field) >= 2
        and field[0] not in "和与"
        and not lex.title_re.search(field)
        and not any(_country_in_field(field, end, lex) for end in range(1, len(field) + 1))
    )


# a state's formal name: its country's name and the form of the state ("伊拉克共和国", "泰王国",
# "阿拉伯埃及共和国", "美利坚合众国"); 中华人民共和国 reads no country before 人民共和国, so stays at home
FORMAL_STATE_RE = re.compile(
    r"(?:联邦民主共和国|民主共和国|人民共和国|伊斯兰共和国|联邦共和国|社会主义共和国|共和国|联合王国|王国|合众国|大公国|公国|苏丹国|联邦)$"
)


#: how long the words between a country's name and its state form may be: "玻利瓦尔", "民主", "多民族"
FORMAL_QUALIFIER_REACH = 6


def formal_country_ending_at(text: str, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """The country a state's formal name ending at ``end`` names, and where the formal name starts."""
    form = FORMAL_STATE_RE.search(text, max(0, end - 8), end)
    if form is None:
        return None
    country = country_ending_at(text, form.start(), lex)
    run = _translit_run_ending_at(text, form.start(), lex) if country is None and form.group() == "共和国" else None
    if run is not None and (run == 0 or not _is_han(text[run - 1]) or text.endswith("联邦", 0, run)):
        # "达吉斯坦共和国领导人", "俄罗斯联邦车臣共和国": a republic of a federation, named in full (but in
        # "委内瑞拉玻利瓦尔共和国" the run is the end of a longer name)
        return text[run : form.end()], run
    anchor = form.start()
    if country is None:
        # "委内瑞拉|玻利瓦尔|共和国", "阿尔及利亚|民主|人民共和国": a qualifier between the country and the form
        for at in range(form.start() - 1, max(0, form.start() - FORMAL_QUALIFIER_REACH) - 1, -1):
            if at <= 0 or not _is_han(text[at]):
                break
            if (country := country_ending_at(text, at, lex)) is not None:
                # written in full before its qualifier ("德意志联邦共和国" holds 意, the short of 意大利, not it),
                # and no federation's republic ("俄罗斯联邦车臣共和国")
                if not text.endswith(country, 0, at) or "联邦" in text[at - 2 : form.start()]:
                    country = None
                anchor = at
                break
    if country is None:  # "泰王国": the country's short name and 国 (泰国)
        short = next(
            (k for k in (2, 1) if lex.places.get(text[form.start() - k : form.start()] + "国", ("",))[0] == "country"),
            None,
        )
        return (text[form.start() - short : form.start()] + "国", form.start() - short) if short else None
    for length in range(min(12, anchor), 0, -1):
        cand = text[anchor - length : anchor]
        if cand == country or lex.country_abbrev.get(cand) == country:
            return country, anchor - length
    return None


def _translit_run_ending_at(text: str, end: int, lex: Lexicon) -> int | None:
    """Start of a run of three or more transliteration characters ending at ``end``, or None."""
    start = end
    while start > 0 and text[start - 1] in lex.translit_chars and end - start < 8:
        start -= 1
    return start if end - start >= 3 else None


# the party committee of a place, written inside a title ("镇党委书记"); an institution's (民政局党委书记)
# keeps the title whole, as the guidelines write it
TERRITORIAL_UNIT_RE = re.compile(r"党工委|党委")
# a village's Party branch, written inside a title ("冒水村党支部书记"): the branch is the body, and the title
# stays whole, as most of the gold writes it (党支部书记 of 裴寨村党支部)
VILLAGE_UNIT_RE = re.compile(r"党总支|党支部|党委")
LAST_LEVEL_RE = re.compile(r"[市县区镇乡旗](?=[^市县区镇乡旗]*村$)")
#: a deputy's title, the assembly it names and the member's word: "平阴县政协委员" is a 委员 of 平阴县政协
DEPUTY_POSTS = {"人大代表": ("人大", "代表"), "政协委员": ("政协", "委员")}
# with the place written, the assembly is the body (平阴县政协) and kg.extract.posts.deputy_post gives the post
DEPUTY_UNIT_RE = re.compile("|".join(f"{unit}(?={member}$)" for unit, member in DEPUTY_POSTS.values()))
PLACE_LEVEL_END_RE = re.compile(r"(?:[镇乡区县市旗省]|自治区|街道|开发区|园区|新区)$")  # "江苏省人大代表"

# what may stand right before a title that carries no body of its own: a delimiter or a conjunction
OPEN_LEFT_RE = re.compile(r"(?:和|及|与|兼|并|还有|以及|由|任|是)$")

LIST_ITEM_DELIMITERS = set("、，,。；;：:）)\n")
LIST_END_CHARS = set("等和及与在说也还都均将又则并同")
NOT_IN_LISTED_NAME = LIST_END_CHARS | set("的了是着过把被从向对为这那该其们之而或不没们")
NAME_INNER_CHARS = set("其又之同均和")
DOTTED_ITEM_RE = re.compile(f"[{HAN}]{{1,8}}(?:·[{HAN}]{{1,10}}){{1,3}}")
HAN_RUN_RE = re.compile(f"[{HAN}]+")


def list_item_at(text: str, start: int, lex: Lexicon) -> int | None:
    """End of one item of a list already shown to list people ("副主席张庆黎、刘奇葆、…"), or None.

    Inside such a list the context vouches for the item, so the surname table is not asked: rare
    surnames (栗战书, 辜胜阻) and names in other scripts' transliteration (帕巴拉·格列朗杰,
    艾力更·依明巴海) are read too.  An item is 2–4 Han characters (or a dotted name) standing between
    list delimiters, or closing the list before a word that may follow a name ("高云龙在主席台就座").
    """
    dotted = DOTTED_ITEM_RE.match(text, start)
    if dotted and all(c in lex.dotted_name_chars for c in text[start : text.index("·", start)]):
        last_dot = text.rindex("·", start, dotted.end())
        if dotted.end() < len(text) and text[dotted.end()] in "、，,":
            return dotted.end()  # "阿不来提·阿不都热西提、": the whole name up to the list comma, 都 and all
        for end in range(last_dot + 3, dotted.end() + 1):  # "艾力更·依明在主席台…": no further than the name
            if end >= len(text) or text[end] in LIST_ITEM_DELIMITERS or _closes_listed_name(text, end, lex):
                return end
    run = HAN_RUN_RE.match(text, start)
    if run is None or lex.title_re.match(text, start):
        return None  # "程贤华、副主任张造林": the next item opens with a title, not a name
    if (place := lex.place_re.match(text, start)) and place.end() > start + 1:
        return None  # "巴沙尔、土耳其总统埃尔多安": the next item opens with a country, not a name
    if 2 <= len(run.group()) <= 4 or (len(run.group()) == 5 and ethnic_name(run.group(), lex)):
        end = run.end()
        if end >= len(text) or text[end] in LIST_ITEM_DELIMITERS:
            # "卞红发言。": the name stops before a word that follows names, not at the punctuation
            end = next(
                (start + n for n in (2, 3) if len(run.group()) - n >= 2 and run.group()[n:] in lex.name_followers), end
            )
            closed = end < len(text) and text[end] in "、，,"
            return end if _plausible_item(text[start:end], lex, closed=closed) else None
    for length in (3, 2):
        end = start + length
        item = text[start:end]
        if end > run.end() or (length == 3 and item[-1] in LIST_END_CHARS):
            continue
        if _closes_listed_name(text, end, lex) and _plausible_item(item, lex):
            return end
    return None


def _closes_listed_name(text: str, end: int, lex: Lexicon) -> bool:
    """A list of people goes on ("和曾纪红") or ends in what they did ("在主席台就座", "出席")."""
    if text.startswith(("的", "了", "着", "过"), end) or lex.title_re.match(text, end):
        return False  # "新当选的…", "常务副主席": not a name before these
    if text.startswith(("和", "及", "与"), end):
        return chinese_name_at(text, end + 1, lex) is not None  # not "环境与资源保护委员会"
    return text.startswith(lex.name_followers, end)


def ethnic_name(item: str, lex: Lexicon) -> bool:
    """Two elements of Tibetan or Mongolian names and nothing else: 洛桑江村, 向巴平措, 乌云其木格."""
    return any(
        item[:cut] in lex.ethnic_name_elements and item[cut:] in lex.ethnic_name_elements
        for cut in range(2, len(item) - 1)
    )


def _plausible_item(item: str, lex: Lexicon, *, closed: bool = False) -> bool:
    """``closed``: a list comma follows the item, so a last 和/与/及 is the name's own ("征书和、徐学坤"),
    no joiner."""
    if item in lex.not_names or lex.title_re.search(item) or lex.place_re.match(item):
        return False
    if ethnic_name(item, lex):
        return True  # "李鸿忠、洛桑江村、刘奇": a Tibetan name, whatever character it ends with
    if len(item) >= 3 and item[-1] in "镇乡村":
        return False  # "水利局、侯庙镇、城南村负责同志": a list of units and places
    # "张又侠、许其亮": these stand inside names (顾其斌, 张又侠, 杨和平), never at their edges (其他, 又称)
    outer, inner = (item[0] + item[2], item[1]) if len(item) == 3 else (item, "")
    if closed and len(item) == 3 and item[-1] in "和与及":
        outer = item[0]  # "征书和、": the comma shows the last character is the name's own, no joiner
    return not any(c in NOT_IN_LISTED_NAME for c in outer) and inner not in NOT_IN_LISTED_NAME - NAME_INNER_CHARS


def _foreign_body_before(text: str, t_start: int, t_end: int, title: str, lex: Lexicon, floor: int) -> bool:
    """Whether the body written before a title is a foreign country's (老挝人民革命党中央委员会)."""
    if not _is_han(text[t_start - 1 : t_start]):
        return False
    body = link_title(text, t_start, t_end, title, lex, floor).body
    if body is None:
        # "蒙古国国家大呼拉尔主席": a country, then a stem no grammar reads (a parliament's own name)
        for stem_start in range(t_start - 2, max(floor, t_start - 8) - 1, -1):
            if not _is_han(text[stem_start]):
                return False
            country = country_ending_at(text, stem_start, lex)
            if country is not None:  # "乌总统办公室顾问", but not "巴方按照习近平主席…": a stem of no clause words
                stem = text[stem_start:t_start]
                return country not in HOME_COUNTRIES and not any(c in NOT_IN_STEM for c in stem)
        return False
    place = lex.place_re.match(body)
    return place is not None and place.group() not in HOME_COUNTRIES and lex.places[place.group()][0] in ABROAD_LEVELS


#: what the name of a body abroad between its country and a title never holds: "巴方按照习近平主席…"
NOT_IN_STEM = frozenset("方的按照和与同在对向为是了")
#: titles that are a title only after the country they are held in
COUNTRY_BOUND_TITLES = frozenset({"大公"})
#: titles of a royal house, which a country before them makes a monarch's or a royal's
ROYAL_TITLES = frozenset({"国王", "女王", "王后", "王储", "王子", "公主", "亲王", "埃米尔", "苏丹"})
ROYAL_NAME_END = frozenset("，、。；：和与及的")


def royal_name_at(text: str, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The name after a country's royal title, read to punctuation, a joiner or a word that follows names,
    whatever its characters (诗琳通, 哇集拉隆功): Thai and Arabic royal names keep characters the
    transliteration table lacks, and the country and the title vouch for a name ("泰国公主出席活动" has none:
    a word begins where the name would)."""
    words = dictionary_words(2)
    if text.startswith(lex.name_followers, start) or words & {text[start : start + 2], text[start - 1 : start + 1]}:
        return None  # "…出席活动", "英国王室及人民": a word where the name would begin, or across the title's end
    for end in range(start + 2, min(len(text), start + 7) + 1):
        if not _is_han(text[end - 1]) or text[end - 1] in NOT_IN_TRANSLITERATION or lex.title_re.match(text, end - 1):
            return None
        if text[end : end + 1] in ROYAL_NAME_END or text.startswith(lex.name_followers, end):
            name = text[start:end]
            return None if is_not_a_name(name, lex) or lex.place_re.match(name) else (start, end)
    return None


def _chain_abroad(text: str, raws: list[tuple[int, int, str]], idx: int, lex: Lexicon, floor: int) -> bool:
    """Whether the title ``raws[idx]``, or a title chained before it by 、, is held in a body abroad."""
    while True:
        t_start, t_end, title = raws[idx]
        if _foreign_body_before(text, t_start, t_end, title, lex, floor):
            return True
        link = link_title(text, t_start, t_end, title, lex, floor)
        start = link.body_start if link.body_start is not None else t_start
        idx -= 1
        while idx >= 0 and text[raws[idx][1] : raws[idx][1] + 1] != "、" and start - raws[idx][1] <= 8:
            idx -= 1  # "…、人民委员会主席": the 委员 inside the stem before the title is no title of the chain
        if idx < 0 or raws[idx][0] < floor:
            return False
        # the 、 after the title before, then a stem no grammar reads (政府, 人民委员会)
        joint = raws[idx][1]
        if text[joint : joint + 1] != "、" or not all(_is_han(c) for c in text[joint + 1 : start]) or start - joint > 8:
            return False


def _title_cut_from_words(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """"地处长江上游": the title's first character ends a word before it (地处), its last begins a word after
    it (长江) and a word follows that (上游): the text reads words across it, not a title and a name.
    ("加拿大众议院议长安东尼", "部队长孙宝嵩" read 大众 and 长安, 部队 and 长孙, but no word after those.)
    Where a body's name ends right before the title, the title is its post ("国际儒学联合会|会长|孙春兰",
    though 会会, 长孙 and 春兰 are words); but a ministry that closes on the title's 部 is a ministry's unit
    ("水利部|长江|水利委员会": no 部长 江水利)."""
    words = dictionary_words(2)
    if text[end - 1 : end + 1] not in words or text[end + 1 : end + 3] not in words:
        return False
    # "水利部长江水利委员会", "交通运输部长江航务管理局": the 部 closes a ministry, the 长 opens 长江
    ministry = text[start] == "部" and any(
        body.endswith("部") and text.endswith(body, 0, start + 1) for body in lex.standalone_bodies
    )
    return ministry or (
        start > 0
        and text[start - 1 : start + 1] in words
        and body_ending_at(text, start, lex) is None
        and named_body_ending_at(text, start, lex) is None
    )


def _title_inside_word(text: str, start: int, end: int) -> bool:
    """Whether the title, or its last two characters, and what follows make a longer word (成员国, 主席国 of
    "轮值主席国"): no name follows such a title."""
    return any(
        text[begin : end + extra] in dictionary_words(end - begin + extra)
        for begin in {start, max(start, end - 2)}
        for extra in (1, 2)
    )


def _after_a_foreigner_listed(text: str, t_start: int, intros: list[Introduction]) -> bool:
    """Whether the title at ``t_start`` opens the next item of a list whose last item is a foreign official
    ("总统呼日勒苏赫、总理…"): "、" right after the name a foreign title introduced."""
    if not intros or text[t_start - 1 : t_start] != "、":
        return False
    last = intros[-1]
    return last.foreign and bool(last.persons) and last.persons[-1][1] == t_start - 1


def names_from(
    text: str, start: int, lex: Lexicon, *, foreign_first: bool = False, known: set[str] | None = None
) -> list[tuple[int, int]]:
    """A name or a list of names starting at ``start``: 肖朝华、周虹、黄克成和曾纪红.

    The first name must read as a name by itself; once a title has opened a list, each later item
    is read by :func:`list_item_at`.
    """
    out: list[tuple[int, int]] = []
    pos = start
    while True:
        # the longer of a name known on the page and the titled reading: the recogniser's "马荣" does not
        # cut "主任马荣界领誓" short, nor the grammar's "魏凤" the known "魏凤和"
        readings = (_known_at(text, pos, known), name_at(text, pos, lex, foreign_first=foreign_first, announced=True))
        end = max((r for r in readings if r is not None), default=None)
        if readings[0] is not None and end == readings[0] + 1 and text[end - 1 : end + 1] in dictionary_words(2):
            end = readings[0]  # "主席巴赫交给": the known 巴赫, whose next character opens a word (交给)
        if end is None and not out and foreign_first:
            end = _translit_run_before_word(text, pos, lex)  # "美国总统拜登通话": the name ends where a word begins
        if end is None and not out and not foreign_first and pos == start:
            # "副县长鲜瑞芳及相关部门负责人", "北京市委书记尹力提交了书面发言"
            end = rare_surname_name_at(text, pos, lex) or two_character_name_before_word(text, pos, lex)
        if end is None and out and text[pos - 1] in "、/／":
            end = list_item_at(text, pos, lex)
        elif out and end is not None and text[pos - 1] == "、":
            end = max(end, list_item_at(text, pos, lex) or end)  # 帕巴拉 → 帕巴拉·格列朗杰
        if end is None or is_not_a_name(text[pos:end], lex):
            break  # "西班牙首相桑切斯、科特迪瓦总理阿希": a country ends the list
        if not out and _clause_word_run_on(text, pos, end, lex):
            break  # "记者从正在召开的…", "记者从巴黎…获悉": a clause word, not a surname
        if not out and _what_members_do(text, pos, end, lex):
            break  # "向共和党议员施压，", "回应代表委员关切。"
        if (place := lex.place_re.match(text, pos)) and (place.end() > end or lex.title_re.match(text, place.end())):
            break  # "…、马耳他总统维拉": 马耳 is the start of a country; "…、阿曼苏丹海赛姆": a country and a title
        if end - pos >= 3 and lex.title_re.match(text, end - 1) and is_not_a_name(text[pos : end - 1], lex):
            break  # "…、贝宁副总统塔拉塔": 副 opens the next one's title; 贝宁 is a country, not a name
        if out and any((t := lex.title_re.match(text, k)) and t.end() > end for k in range(pos + 1, end)):
            break  # "…于伟国、农委主任委员杜家毫": a title runs out of the item, the next one's chain begins
        if out and (body := body_patterns(lex).any.match(text, pos)) and body.end() - pos >= 6:
            break  # "…洪博、经济合作与发展组织秘书长科尔曼": the next item opens with a body, not a name
        out.append((pos, end))
        nxt = end
        if note := NAME_NOTE_RE.match(text, nxt):
            nxt = note.end()  # "沈跃跃（女）、王勇": a note of sex or nation after a listed name
        if nxt < len(text) and text[nxt] in LIST_JOINERS:
            pos = nxt + 1
            continue
        break
    return out


#: titles papers also write for the members of a body as a group ("代表委员", "共和党议员")
MEMBER_TITLES = ("委员", "议员", "代表", "常委", "成员")


def _what_members_do(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a two-character "name" after a member's title is a common word the clause ends with: what the
    members do or have ("向共和党议员施压，", "回应代表委员关切。"), not one member named."""
    return (
        end - start == 2
        and text.endswith(MEMBER_TITLES, 0, start)
        and text[start:end] in lex.common_words
        and text[end : end + 1] in ("", "，", "。", "；", "！", "？", ",", ";")
    )


def _clause_word_run_on(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a name read at ``start`` opens with a clause word (从, 于, 向…) followed by a word of its own
    ("从|巴黎", "从|国家", "从正|在"): a clause, not a surname and a given name."""
    if text[start] not in lex.clause_word_surnames:
        return False
    if text[end - 1 : end + 1] in dictionary_words(2):
        return True
    # a common surname keeps a given name that is a word (任建新, 于长江); a rare one does not (从|国家)
    return text[start] not in COMMON_CLAUSE_WORD_SURNAMES and text[start + 1 : end] in dictionary_words(end - start - 1)


#: the clause-word surnames many people bear (任, 于, 曾): a given name after them may be a word
COMMON_CLAUSE_WORD_SURNAMES = frozenset("任于曾")


NAME_NOTE_RE = re.compile(f"[（(](?:女|[{HAN}]{{1,4}}族|女[，,][{HAN}]{{1,4}}族|解放军|武警)[）)]")


def _translit_run_before_word(text: str, start: int, lex: Lexicon) -> int | None:
    """The end of a run of transliteration characters right after a foreign title, where the next two
    characters are a word (通话, 开启): the name stops where the verb begins."""
    end = start + (text[start : start + 1] in lex.translit_openers)
    while end < len(text) and text[end] in lex.translit_chars:
        end += 1
    if end - start < 2 or text[end : end + 2] not in dictionary_words(2) or lex.place_re.fullmatch(text, start, end):
        return None
    return end


def _known_at(text: str, pos: int, known: set[str] | None) -> int | None:
    if not known:
        return None
    for length in (4, 3, 2, 5, 6, 7, 8):
        if pos + length <= len(text) and text[pos : pos + length] in known:
            return pos + length
    return None


# ------------------------------------------------------------------------------------------- bylines

BYLINE_ROLE = r"(?:首席|见习|特约|全媒体|融媒体|实习|摄影)?记者|实习生|通讯员|责任编辑|编辑|责编|审核|终审|作者"
# the role first, the paper looked for before it
BYLINE_RE = re.compile(
    # behind the roles' first characters, which lets the scan skip the rest at one test a character
    rf"(?=[首见特全融实摄记通责编审终作])(?P<role>{BYLINE_ROLE})"
    rf"(?P<names>(?:[:：][ \u3000]*|[ \u3000]+)(?!{BYLINE_ROLE})[\u4e00-\u9fff]{{1,4}}"
    rf"(?:[ \u3000]+(?!{BYLINE_ROLE})[\u4e00-\u9fff]{{1,4}})*)"
)
# a credit in brackets, the names straight after the role: "(记者刘臣 孙波 陈锐)", "（记者冯 艳 孙 敏）";
# the bracket closing right after the names is what tells the credit from a sentence ("(记者从…获悉)")
BRACKET_BYLINE_RE = re.compile(
    rf"(?<=[（(])(?P<role>{BYLINE_ROLE})"
    rf"(?P<names>(?!{BYLINE_ROLE})[\u4e00-\u9fff]{{1,4}}(?:[ \u3000]+(?!{BYLINE_ROLE})[\u4e00-\u9fff]{{1,4}})*)"
    r"(?=[ \u3000]*[）)])"
)
NOT_PAPER_START = ("首席", "见习", "特约", "全媒体", "融媒体", "责任")


def _paper_before(text: str, start: int, floor: int) -> str | None:
    """The paper named right before a byline's role ("新渝报记者"): up to six Han characters, none of
    them opening a modifier of the role (首席, 见习 …)."""
    run = start
    while run > max(floor, start - 6) and _is_han(text[run - 1]):
        if text.startswith(NOT_PAPER_START, run - 1):
            break
        run -= 1
    while run < start and text.startswith(NOT_PAPER_START, run):
        run += 1
    return text[run:start] if start - run >= 2 else None


# A credit of names alone closing a paragraph: "(林云洁 真魏皓)", "（燕雨萌）", "井娇摄影报道"
CREDIT_RE = re.compile(
    r"[(（][ \u3000]*(?P<names>[\u4e00-\u9fff]{1,4}(?:[ \u3000]+[\u4e00-\u9fff]{1,4}){0,5})[ \u3000]*[)）][ \u3000]*$",
    re.MULTILINE,
)
PHOTO_CREDIT_RE = re.compile(
    r"^(?P<names>[\u4e00-\u9fff]{2,3})[ \u3000]*(?:摄影报道|图文报道)[ \u3000]*$", re.MULTILINE
)
# roles that credit the work rather than name a post ("作者 张恒")
UNTITLED_BYLINE_ROLES = frozenset({"作者"})


def _credited_names(names: str, base: int, lex: Lexicon, *, strict: bool) -> list[tuple[int, int, str]]:
    """The names of a credit separated by spaces; a one-character piece joins the next ("徐 峰")."""
    merged: list[list] = []
    for t in re.finditer(r"[\u4e00-\u9fff]+", names):
        tok = t.group()
        if tok in ("摄", "文", "图", "文图"):
            break
        if merged and len(merged[-1][2]) == 1 and len(tok) <= 2:
            merged[-1][1] = t.end()
            merged[-1][2] += tok
        else:
            merged.append([t.start(), t.end(), tok])
    out = []
    unsurnamed = 0
    for s, e, tok in merged:
        surname = 2 if tok[:2] in lex.compound_surnames else 1 if tok[0] in lex.surnames else 0
        if not surname and strict and len(merged) >= 2 and 2 <= len(tok) <= 3:
            # "(林云洁 真魏皓)": beside names the table reads, a rare surname (真) is a name all the same
            if tok in dictionary_words(len(tok)) or lex.place_re.fullmatch(tok) or is_not_a_name(tok, lex):
                return []
            unsurnamed += 1
            out.append((base + s, base + e, tok))
            continue
        if not surname or not 2 <= len(tok) <= 4:
            if strict:
                return []  # "(试行)", "(周一)": not a credit, unless every piece reads as a name
            continue
        given = tok[surname:] if len(merged) == 1 else tok[-1]  # several names vouch for each other
        if strict and (
            any(c in lex.given_stopchars for c in given)
            or lex.place_re.fullmatch(tok)
            or is_not_a_name(tok, lex)
            # "(试行)", "(周一)"; a three-character name the dictionary also lists (张景明) is still a name
            or (len(merged) == 1 and len(tok) == 2 and tok in dictionary_words(2))
        ):
            return []
        out.append((base + s, base + e, tok))
    if strict and unsurnamed > len(merged) - unsurnamed:
        return []  # most pieces read as no name: "(试行 草案)"
    return out


def find_byline_names(original: str, lex: Lexicon) -> list[tuple[int, int, str, str | None, str | None]]:
    """Reporters and editors named in datelines and credits: （记者 崔晓玲 晏曼玮）, 新渝报记者 黄舒 摄,
    记者:张思琪, 编辑:杨萍萍, and a paragraph's closing credit of names alone, (林云洁 真魏皓).

    Works on the *original* text, because the spaces between the names are the only separator and
    normalisation removes spaces inside Chinese text.  Returns (start, end, name, role, paper); the
    role is None where the credit names no post (作者, a bare credit).
    """
    out: list[tuple[int, int, str, str | None, str | None]] = []
    taken: set[int] = set()
    floor = 0
    spaced = list(BYLINE_RE.finditer(original))
    bracketed = [
        m
        for m in BRACKET_BYLINE_RE.finditer(original)
        if not any(b.start() < m.end() and m.start() < b.end() for b in spaced)
    ]
    for m in sorted(spaced + bracketed, key=lambda m: m.start()):
        role = m.group("role")
        title = None if role in UNTITLED_BYLINE_ROLES else role
        paper = _paper_before(original, m.start(), floor) if title else None
        for s, e, tok in _credited_names(m.group("names"), m.start("names"), lex, strict=False):
            out.append((s, e, tok, title, paper))
            taken.add(s)
        floor = m.end()
    for m in (*CREDIT_RE.finditer(original), *PHOTO_CREDIT_RE.finditer(original)):
        for s, e, tok in _credited_names(m.group("names"), m.start("names"), lex, strict=True):
            if s not in taken:
                out.append((s, e, tok, None, None))
    return sorted(out)


# ------------------------------------------------------------------------------------------- events

SOURCE_OF_NEWS_RE = re.compile(
    r"(?:记者)?(?:今天|今日|昨天|\d{1,2}日)?(?:（[^）]{1,12}）)?从(?:今天|今日|昨天)?(?:（[^）]{1,12}）)?"
)
EVENT_LEFT_STOP = set("，。；：！？、\n \u3000") | {MASK}
# what follows a phrase that names an occasion, not an event reported: its spirit, a speech given there,
# its rehearsal, countdown, preparation or date ("观看了冬奥会开幕式彩排", "研究…全会筹备工作",
# "讨论决定了…会议召开时间")
EVENT_BACKGROUND_RE = re.compile(
    r"(?:的)?(?:精神|上的讲话|重要讲话|部署要求|筹备|召开时间|召开日期|会期)|彩排|预演|倒计时|门票"
    # "开展补贴性职业技能培训近1亿人次", "举办各类招聘活动近1万场": a count of occasions, not one of them
    r"|[近超约达共逾]{0,2}(?!一[场次期])[\d.一二三四五六七八九十百千万亿]+(?:余|多)?(?:万|亿)?(?:人次|场次|场|次|期)"
)
EVENT_BACKGROUND_LEFT_RE = re.compile(
    r"(?:学习|贯彻|落实|传达|领会|宣传|宣讲|祝贺|庆祝|迎接|喜迎|纪念|筹备|召开前|期间)(?:贯彻|好|了)?$"
    # "为出席中国－中亚峰会的各国元首举行欢迎宴会": the guests are named by the summit they came for
    r"|为(?:出席|参加)$"
    # "在去年11月举行的中非合作论坛第八届部长级会议上，中方宣布…": an occasion of months or years ago, the
    # setting of what the story tells, not what it reports
    r"|(?:去年|前年|上月|上个月|此前|\d{4}年|今年\d{1,2}月)(?:\d{1,2}月)?(?:\d{1,2}日)?(?:在[^，。；]{1,12}?)?"
    r"(?:举行|召开|举办)的$"
)


#: how often something was done, not an ordinal ("三次", "4次", "多次", "一次次"; not "第二十七次")
TIMES_COUNTED = r"(?<![第这那每\d一二三四五六七八九十百])(?:[两三四五六七八九十几]|多|\d+)次|一次次"
#: "主持召开三次座谈会聚焦长江经济带发展": occasions counted, not one reported
COUNTED_EVENTS_RE = re.compile(TIMES_COUNTED + "|一场场")
# a protest, a strike or a military operation is no event of the graph (guidelines v2), whoever speaks of it
UNREST_RE = re.compile(r"(?:抗议|示威|游行|罢工|骚乱|暴乱|恐怖|袭击|军事)(?:集会|活动|行动)$")


#: a verb that proposes or decides the event named after it ...
PROPOSED_RE = re.compile(r"建议|提议|决定")
#: ... for a day and place still to come: "…会议于2024年3月4日在北京召开"
HELD_LATER_RE = re.compile(r"(?:于|在)[^，。；]{1,30}?(?:召开|举行|举办)")


def find_event_phrases(text: str, lex: Lexicon, blocked: list[tuple[int, int]]) -> list[Ent]:
    """Event noun phrases (区政府第140次常务会议, 主任接待日活动, 专题调研) with their type.

    The phrase runs left from its head noun to the nearest punctuation, trigger verb or masked
    person/title span.  Phrases that only cite a meeting's 精神 are marked as background.
    """
    out = []
    blocked_chars = bytearray(len(text))
    for s, e in blocked:
        blocked_chars[s:e] = b"\x01" * (e - s)
    types = lex.event_types
    for m in lex.event_noun_re.finditer(text):
        s, e = m.span()
        if any(blocked_chars[s:e]) or text.startswith(("堂", "中心", "室", "厅"), e):
            continue  # "人民大会堂", "撒马尔罕国际会议中心", "会议室": a place, not a congress or a meeting
        if text.startswith("》", e):
            continue  # "《中国书法大会》节目": the title of a work, not an event
        left = s
        quote_depth = 0
        while left > 0 and s - left < 48:
            ch = text[left - 1]
            if ch in "”」』":
                quote_depth += 1
            elif ch in "“「『":
                quote_depth = max(0, quote_depth - 1)
            if quote_depth == 0 and (ch in EVENT_LEFT_STOP or blocked_chars[left - 1]):
                break
            left -= 1
        phrase = text[left:e]
        trigger = _last_trigger(phrase)
        if trigger and trigger.end() > s - left:
            trigger = _last_trigger(text[left:s])  # a verb inside the head noun is the noun's ("…启动仪式")
        if trigger:
            left += trigger.end()
        if SPEECH_ADDRESSED_RE.match(text, e):
            # "向国际奥委会第139次全会开幕式发表视频致辞": the occasion addressed, not the 向 before it
            left = max((to.end() for to in XIANG_ADDRESSING_RE.finditer(text, left, s)), default=left)
        if told_by := SOURCE_OF_NEWS_RE.match(text, left, s):
            left = told_by.end()  # "记者从今天（9月5日）商务部专题新闻发布会上了解到": where the news was heard
        if (proposed := PROPOSED_RE.match(text, left, s)) and HELD_LATER_RE.match(text, e):
            # "建议全国政协十四届二次会议于2024年3月4日在北京召开": the verb is no part of the name
            left = proposed.end()
        coordinated = enumeration = False
        tail = ENUMERATION_TAIL_RE.match(text, left)
        if _second_of_two_meetings(text, left, e, m.group(), out, types):
            left = out[-1].start  # "主持召开A会议、B会议": one phrase, cut in two with the same people later
        elif not trigger and left > 0 and (text[left - 1] == "、" or tail):
            verb = _enumeration_verb(text, left, commas=1 if tail else 0)
            if verb is not None and text.count("“", verb, left) > text.count("”", verb, left):
                verb = None  # the "、" is inside a quoted name: "“‘信用融资’进园区、进村居…”"
            if verb is not None and out and out[-1].end > verb:
                coordinated = True  # "组织了…联欢会、…活动": a second event under the same verb
            elif verb is not None and types.get(m.group()) == "activity" and "等" in text[left:s]:
                left = verb  # "举办花车巡游、烟花表演，以及…等大型贺岁活动": one event, all the items
                enumeration = True
        if text[left:e].count("“") > text[left:e].count("”") and text[e : e + 1] == "”":
            e += 1  # "“东北虎三胞胎全球征名活动”": keep the quote whole
        if out and out[-1].start >= left and out[-1].end <= e:
            out.pop()  # "“主任接待日”活动" replaces the "接待日" inside it
        out.append(
            Ent(
                "EVENT",
                left,
                e,
                text[left:e],
                {
                    "type": types.get(m.group(), "activity"),
                    "head": m.group(),
                    "background": bool(
                        EVENT_BACKGROUND_RE.match(text, e)
                        or EVENT_BACKGROUND_LEFT_RE.search(text, 0, left)
                        or UNREST_RE.search(text, left, e)
                        or COUNTED_EVENTS_RE.match(text, left)
                    ),
                    "coordinated": coordinated,
                    "enumeration": enumeration,
                },
            )
        )
    out.extend(_pattern_events(text, lex, blocked))
    out.sort(key=lambda ent: ent.start)
    return out


#: a speech addressed to the occasion named before it ("向…峰会开幕式发表视频致辞": also from 峰会, a name
#: inside the occasion's), and the 向 that addresses it (not 面向, 走向, 迈向 … inside a name)
SPEECH_ADDRESSED_RE = re.compile(r"[^，。；、\s]{0,12}?(?:发表)?(?:视频|书面)?(?:致辞|讲话|演讲)")
XIANG_ADDRESSING_RE = re.compile(r"(?<![面走迈导方意志双定转动趋去倾指心])向")


CONVENED_BEFORE_RE = re.compile(r"(?:主持|召开)(?:了)?$")


def _second_of_two_meetings(text: str, left: int, end: int, head: str, found: list[Ent], types: dict) -> bool:
    """A meeting's name right after another's and a "、" ("…第一次会议、…第一次会议"), the last of the
    list: the two are governed by the verb before the first."""
    if left == 0 or text[left - 1] != "、" or not found or found[-1].end != left - 1:
        return False
    previous = found[-1]
    if not CONVENED_BEFORE_RE.search(text, max(0, previous.start - 6), previous.start):
        return False  # "赴柬埔寨出席A会议、B会议和C峰会": a list the rules read item by item
    return (
        types.get(head) == "meeting"
        and previous.data["type"] == "meeting"
        and not previous.data["background"]
        and end - left >= 5
        and previous.end - previous.start >= 5
        and text[end : end + 1] != "等"
    )


ENUMERATION_TAIL_RE = re.compile(r"(?:以及|及)")
ENUMERATION_VERB_RE = re.compile(r"(?:举办|组织|开展|推出|举行|策划)(?:了|的)?")


def _enumeration_verb(text: str, left: int, *, commas: int) -> int | None:
    """Where the objects governed by the verb before an enumeration start, or None.

    "推出百余年考古成果展、全球…等系列活动": the verb 推出 governs every item up to the head noun.
    The items may cross ``commas`` commas ("…烟花表演，以及…活动") and no stronger stop.
    """
    floor = max(0, left - 40)
    stop = max(text.rfind(c, floor, left) for c in "。；：！？\n")
    floor = max(floor, stop + 1)
    pos = left
    for _ in range(commas + 1):
        comma = text.rfind("，", floor, pos)
        if comma < 0:
            break
        pos = comma
    else:
        floor = pos + 1
    best = None
    for m in ENUMERATION_VERB_RE.finditer(text, floor, left):
        best = m.end()
    return best


PATTERN_BEFORE, PATTERN_AFTER = 40, 160  # how far a pattern's match may reach before and after its anchor


#: the groups of an event pattern that name the bodies holding it: a person inside one is no body
PARTY_GROUPS = ("body", "other")


def _pattern_events(text: str, lex: Lexicon, persons: list[tuple[int, int]]) -> list[Ent]:
    """Events named by a pattern of the sentence (``event_patterns.tsv``): "李克强同志的遗体…火化".

    A ``who`` group starts at the person named in it, so "国务院原总理李克强同志" names 李克强; a ``body``
    or ``other`` group names bodies, so a match with a person in one is none.
    """
    out = []
    for etype, template, pattern, anchor in lex.event_patterns:
        seen: set[tuple[int, int]] = set()
        # a pattern that may start anywhere costs a scan from every character: run it near its anchor only
        windows = [(max(0, a.start() - PATTERN_BEFORE), a.end() + PATTERN_AFTER) for a in anchor.finditer(text)]
        for m in (m for lo, hi in windows for m in pattern.finditer(text, lo, min(len(text), hi))):
            if m.span() in seen:
                continue
            seen.add(m.span())
            groups = m.groupdict()
            parties = [m.span(key) for key in PARTY_GROUPS if groups.get(key)]
            if any(a <= s < b for a, b in parties for s, _ in persons):
                continue  # "赵乐际与王庭惠签署…协议": leaders who sign, not the bodies the pattern is about
            start = m.start()
            if "who" in groups:
                w_start, w_end = m.span("who")
                inside = [s for s, e in persons if w_start <= s < w_end]
                titles = [t.end() for t in lex.title_re.finditer(text, w_start, w_end) if t.end() < w_end - 2]
                if inside or titles:  # "国务院原总理李克强同志": the name, not the post before it
                    start = max(inside) if inside else max(titles)
                    groups["who"] = text[start:w_end]
            name = template.format(**{key: value or "" for key, value in groups.items()})  # an optional group unmatched
            data = {"type": etype, "head": "", "background": False, "name": name, "reported": True}
            out.append(Ent("EVENT", start, m.end(), text[start : m.end()], data))
    return out


TRIGGER_PREFIX_RE = re.compile(
    r"^.*(?:主持召开|主持举行|召开|举行的|举行|举办|开展|进行(?=第[^，。；]{1,6}次(?:集体|专题)学习)|组织|主持|出席|参加|列席|观看|参观|来到|走进|前往|带队|一行|"
    r"陪同|一同|随同|启动|作题为|题为|作了|祝贺|宣布|预祝|在(?!线)|向(?=大会|会议|全会)"
    # "记者今天从国家知识产权局例行新闻发布会上获悉": the briefing of that day where the news was heard
    r"|(?:今天|今日|当天|当日|\d{1,2}日)(?:（[^）]{1,12}）)?从(?=[^从]{2,40}(?:发布会|吹风会|通气会|见面会)$))"
    r"(?:了|的|完(?![善成整备全美]))?"  # "参加完冬奥会开幕式": done with it, the event is what follows
)


def _last_trigger(phrase: str) -> re.Match[str] | None:
    """The verb the event phrase starts after: the last one, not one inside a quoted name
    ("启动“全民反诈在行动”集中宣传月活动")."""
    trigger = TRIGGER_PREFIX_RE.search(phrase)
    while trigger is not None and phrase.count("“", 0, trigger.end()) > phrase.count("”", 0, trigger.end()):
        trigger = TRIGGER_PREFIX_RE.search(phrase[: phrase.rindex("“", 0, trigger.end())])
    return trigger


# --------------------------------------------------------------------------------------- all together


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    name: str
    intro: Introduction | None = None


class Occupied:
    """The spans taken so far in one text, with an overlap test that costs the span's length.

    A list scanned for each candidate made recognition quadratic in the number of names (10,000
    names in one list took minutes); a byte mask over the text answers in C.  Iterating yields the
    spans in the order they were added, so it stands in for the list it replaces.
    """

    __slots__ = ("mask", "spans")

    def __init__(self, length: int) -> None:
        self.mask = bytearray(length)
        self.spans: list[tuple[int, int]] = []

    def append(self, span: tuple[int, int]) -> None:
        s, e = span
        self.spans.append(span)
        self.mask[s:e] = b"\x01" * (e - s)

    def overlaps(self, s: int, e: int) -> bool:
        return s < e and self.mask.find(1, max(0, s), e) >= 0

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)


def _overlaps(spans, s: int, e: int) -> bool:
    if isinstance(spans, Occupied):
        return spans.overlaps(s, e)
    return any(a < e and s < b for a, b in spans)


#: what a post's title opens when it names no holder: "总统府", "总统官邸", "克里姆林宫总统办公厅", "总统选举"
OFFICE_OF_THE_POST = ("府", "官邸", "办公", "令", "选举", "大选", "竞选", "候选")
POSTNOMINAL_TITLES = (
    "总书记", "委员长", "总统", "总理", "主席", "书记", "首相", "院士", "国王", "女王", "王储",
    "常委", "委员",  # "曹卫星常委提出", "魏青松委员发言": how the CPPCC's reports name a member who speaks
)
MEMBER_POSTNOMINALS = frozenset({"常委", "委员"})
#: the posts a leader abroad is addressed by after the name ("文在寅总统", "石破茂首相")
ADDRESSING_TITLES = ("总统", "首相", "总理", "国王", "女王", "王储")
LEFT_OF_NAME = set("的向同和与对为在是了给致由有将把让请跟被及、，。；：“（") | {MASK}


def _clear_left(text: str, start: int) -> bool:
    return start == 0 or not _is_han(text[start - 1]) or text[start - 1] in LEFT_OF_NAME


def find_postnominal(
    text: str, lex: Lexicon, taken: list[tuple[int, int]], common_words: frozenset[str] = frozenset()
) -> list[Introduction]:
    """ "习近平总书记", "维拉总统": a name followed by the post it is known by.

    Before 常委 and 委员 a common word (``common_words``, People's Daily 1998; spacy-pkuseg's dictionary
    without the name scorer) is no name: "全体委员", "宗教委员"."""
    out = []
    words = dictionary_words(2)
    for title in POSTNOMINAL_TITLES:
        for m in re.finditer(title, text):
            # the whole title ending here ("贝宁副总统": 副总统, so no name ends at 副)
            t_start = m.end() - len(lex.title_ending_at(text, m.end(), max(0, m.start() - 6)) or title)
            if text.startswith(OFFICE_OF_THE_POST, m.end()):
                continue  # "在杜尚别总统府", "在巴西利亚总统官邸": a building, not a post
            if text.startswith(("、", "兼"), m.end()) and lex.title_re.match(text, m.end() + 1):
                continue  # "巴勒斯坦法塔赫主席、总统阿巴斯": a chain of titles goes on to the name after it
            member = title in MEMBER_POSTNOMINALS
            if member and text.startswith("会", m.end()):
                continue  # "有关专门委员会", "全国委员会": a body, not a member after his name
            for length in (3, 2, 4):
                s = t_start - length
                if s < 0 or _overlaps(taken, s, t_start) or text[s : m.end()] in lex.titles:
                    continue
                if is_not_a_name(text[s:t_start], lex):
                    continue  # "印尼总统", "智利新当选总统": a country, not a name
                if text[t_start - 1] in lex.country_abbrev and title in ADDRESSED_ABROAD_ONLY:
                    continue  # "对于俄乌总统会晤", "解除乌总统办公室副主任": the country's abbreviation, no name's end
                if member and text[s:t_start] in (common_words or dictionary_words(t_start - s)):
                    continue  # "全体委员", "宗教委员": a word, not a member's name
                if member and _clause_word_run_on(text, s, t_start, lex):
                    continue  # "会议通过了经全体委员酝酿讨论的…": a clause word, then a word
                # "市委许继伟书记", "武汉大学李德仁院士": the body written before the name is the post's
                if chinese_name_at(text, s, lex) != t_start and not (
                    member and _vouched_by_the_seat(text, s, t_start, lex)
                ):
                    continue
                body_start = None if _clear_left(text, s) else _body_just_before(text, s, lex, taken)
                if (
                    body_start is None
                    and text[s - 1 : s + 1] in words
                    and text[s + 1 : t_start] in dictionary_words(t_start - s - 1)
                ):
                    continue  # "围拢过来欢送总书记": words run across the name (过来, 欢送); "学习习近平总书记" is read
                if body_start is None and length == 2 and not _clear_left(text, s) and text[s:t_start] in words:
                    continue  # "生动展现总书记…": a word before the title, not a name
                # "学习讨论姬脉常书记讲话": how local news addresses its secretary, after a verb that ends where
                # the name begins, and no word inside the name ("参加经济界委员小组讨论", "社会民主党联合主席");
                # a head of state so addressed after a verb ("欢迎习近平主席到访") is a guest, read elsewhere
                after_word = (
                    title == "书记"
                    and length == 3
                    and text[s - 2 : s] in words
                    and text[s - 1 : s + 1] not in words
                    and text[s : s + 2] not in words
                    and text[s + 1 : t_start] not in words
                    and not all(c in lex.translit_chars for c in text[s - 2 : t_start])
                )
                if title == "总书记" or _clear_left(text, s) or body_start is not None or after_word:
                    body = text[body_start:s] if body_start is not None else None
                    # the whole title as written: "李鸿忠副委员长" is a 副委员长
                    link = TitleLink(text[t_start : m.end()], t_start, m.end(), body, body_start)
                    out.append(Introduction([link], [(s, t_start)]))
                    taken.append((s, t_start))
                    break
            else:
                s = _transliterated_before(text, t_start, lex)
                if s is not None and s > 0 and text[s - 1] == "·":
                    # "艾力更·依明巴海副委员长": the whole dotted name before the title
                    s = next((ds for ds, de in find_dotted_names(text[:t_start], lex) if de == t_start), s)
                if s is not None and s > 2 and text[s - 1] == "-":
                    # "迪亚斯-卡内尔第一书记": the whole hyphenated name before the title
                    s = _transliterated_before(text, s - 1, lex) or s
                country = country_ending_at(text, t_start, lex) if s is not None else None
                if country is not None and len(country) > t_start - s:
                    continue  # "冈比亚总统", "利比亚总统委员会": the end of a country's name, not a name
                if s is not None and not _overlaps(taken, s, t_start):
                    link = TitleLink(title, t_start, m.end(), None, None)
                    out.append(Introduction([link], [(s, t_start)], foreign=True))
                    taken.append((s, t_start))
    return out


def _vouched_by_the_seat(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A three-character name whose last character, ending names seldom, is vouched for by the member's seat
    after it ("蔡冠深常委建议": 深 opens 深入 after a name, but here it is a given name's, as names have it)."""
    given = text[start + 1 : end]
    return (
        end - start == 3
        and text[start] in lex.surnames
        and _clear_left(text, start)
        and all(c in lex.given_name_chars for c in given)
        and not GLUE_RE.fullmatch(given[-1])
        and given[-1] not in NOT_IN_LISTED_NAME
        and given[0] not in lex.given_stopchars
        and given not in dictionary_words(2)
        and text[start : start + 2] not in dictionary_words(2)  # "，宣传好政协委员…": a verb and its complement
    )


def _body_just_before(text: str, end: int, lex: Lexicon, taken) -> int | None:
    """Start of the longest body that ends at ``end`` and runs across no name read before it."""
    floor = max((e for _, e in taken if e <= end), default=0)
    first = body_ending_at(text, end, lex, floor=max(floor, end - 20))
    if first is None:
        return None  # no body ends here at all: one look, the common case
    for start in range(first, end - 1):
        if body_ending_at(text, end, lex, floor=start) == start:
            return start
    return None


#: a verb a foreign leader addressed by his post is the object of: "会见洪玛奈首相", "祝贺拉马福萨总统"
GREETED_BEFORE_RE = re.compile(r"(?:会见|会晤|接见|看望|致电|祝贺|感谢|欢迎|邀请|宴请|转达)$")


def _transliterated_before(text: str, end: int, lex: Lexicon) -> int | None:
    """Start of a transliterated name that ends at ``end`` with a clear left edge ("向卡里姆总统")."""
    s = end
    while s > 0 and end - s < 8 and text[s - 1] in lex.translit_chars:
        s -= 1
    if s > 0 and end - s >= 1 and text[s - 1] in lex.translit_openers and _clear_left(text, s - 1):
        s -= 1  # "和通伦总书记": a name may open with a character that after a name opens a word (通过)
    if (country := lex.place_re.match(text, s, end)) and end - country.end() >= 2 and _clear_left(text, s):
        s = country.end()  # "沙特阿拉伯萨勒曼国王": the king of the country written before him
    elif not (_clear_left(text, s) or GREETED_BEFORE_RE.search(text, max(0, s - 2), s)):
        return None
    name = text[s:end]
    if len(name) < 2 or name in lex.places or is_not_a_name(name, lex):
        return None
    if country_ending_at(text, end, lex) is not None:
        return None  # "俄罗斯总统": a country, not a name
    return s


# what opens a list of the people just spoken of: "他们是：", "在主席台就座的还有：", "名单如下："
LIST_INTRO_RE = re.compile(r"(?:他们是|她们是|分别是|依次是|还有|名单如下)[：:]$")
# places a list closes as, described first: "等受降雨影响较大的地区", "等沿海的省份"
PLACES_DESCRIBED = r"等[^，。；、]{1,14}?的(?:地区|城市|地方|省份|国家|区县|乡镇)"
# "刘家峡、海勃湾、小浪底等骨干水库工程", "大熊猫、东北虎豹、朱鹮等物种", "商贸、文旅、康养等生活性服务业": a list
# closed as one of works, species, sites, civilisations or trades, not of people
THINGS_CLOSING = (
    r"等(?:(?![也都均到在赴往来去将出参与])[^，。；、]){0,4}?"
    r"(?:物种|动物|植物|作物|品种|工程|枢纽|水库|水电站|电站|港口|文明|目标|遗址|景区|河流|湖泊|文物|藏品|展品|服务业|产业"
    r"|行业|业态|领域)"
    r"(?![师人员家者技协代专领骨精名界]|工人|工作者)"
)
UNREAD_ITEMS_RE = re.compile(r"(?:[、和][^、，。；：\s]{1,5}?(?=[、和]|[\d一二三四五六七八九十两几多]))*")
PLACE_LIST_CLOSING_RE = re.compile(
    r"等(?:地|国|城市|地区|方向|省|市|县|区|港|机场)"
    r"|等[\d一二三四五六七八九十两几多]+个(?:区|县|市|省|乡镇|街道|城市|国家|地区)"  # "平谷、门头沟等5个区"
    # "平伍、伍益、宁韶…五条高速公路": things counted by their measure word, never people (人, 位, 名)
    r"|等?[\d一二三四五六七八九十两几多]+(?:条|座|家|所|项|处|艘|架|辆|款|种|类)"
    r"|" + PLACES_DESCRIBED  # "张家界、常德等受降雨影响较大的地区"
    + r"|"
    + THINGS_CLOSING
)
PERSON_LIST_CLOSING_RE = re.compile(r"(?:等)?(?:同志|陪同|出席|参加|列席|一同|当选|在主席台|分别|共同|等人)")


def _continues_list(text: str, start: int, listed: Occupied) -> bool:
    """Whether the item at ``start`` goes on a list of people read just before, past one item no rule
    could read ("…何立峰、张又侠、张国清…"): the list's context vouches for it as for the items before."""
    if start < 2 or text[start - 1] != "、":
        return False
    if listed.overlaps(start - 2, start - 1):
        return True
    before = text.rfind("、", max(0, start - 12), start - 1)
    return before > 0 and listed.overlaps(before - 1, before)


def find_name_lists(
    text: str,
    lex: Lexicon,
    known: set[str],
    taken: list[tuple[int, int]],
    common_words: frozenset[str] | set[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Untitled lists of names: "李强、赵乐际、王沪宁…等同志", "肖捷、何立峰陪同".

    Each item must read as a name on its own; the list counts when one item is already known or
    the list closes the way lists of people close (等同志, 同志, 陪同, 出席 …). A list whose items
    are mostly common words ("高原、高温、高寒等复杂环境": each a surname and a name's length) is a
    list of things, unless something announced it as people.
    """
    out: list[tuple[int, int]] = []
    listed = Occupied(len(text))
    pos = 0
    while True:
        sep = text.find("、", pos)
        if sep < 0:
            break
        pos = sep + 1
        introduced = False
        # "向巴平措、王建华": a Tibetan or Mongolian name of two elements opens the list whole
        start = next(
            (
                n_start
                for n_start in (sep - 5, sep - 4)
                if n_start >= 0 and _clear_left(text, n_start) and ethnic_name(text[n_start:sep], lex)
            ),
            None,
        )
        lengths = (3, 2, 4) if start is None else ()
        for length in lengths:
            s = sep - length
            if s < 0:
                continue
            introduced = (
                (
                    text.endswith(lex.person_descriptors, 0, s)
                    or bool(LIST_INTRO_RE.search(text, max(0, s - 8), s))
                    or _continues_list(text, s, listed)
                )
                and list_item_at(text, s, lex) == sep
                # "提升教师政治地位、社会地位": the first item must read as a name by itself
                and sep in (chinese_name_at(text, s, lex, announced=True), foreign_name_at(text, s, lex))
            )
            if introduced or (_clear_left(text, s) and chinese_name_at(text, s, lex) == sep):
                start = s
                break
        if start is None or listed.overlaps(start, start + 1):
            continue
        items = [(start, sep)]
        cursor = sep
        strict_end = None  # where the items read by the surname table alone end
        while cursor < len(text) and text[cursor] in "、和及":
            end = chinese_name_at(text, cursor + 1, lex, strict=True) or tibetan_name_at(text, cursor + 1, lex)
            if end is None and text[cursor] in "、和" and (introduced or len(items) >= 2):
                strict_end = strict_end or (len(items), cursor)
                end = list_item_at(text, cursor + 1, lex)  # rare surnames inside a list of people
            if end is None:
                break
            items.append((cursor + 1, end))
            cursor = end
        if strict_end and not (introduced or PERSON_LIST_CLOSING_RE.match(text, cursor)):
            (kept, cursor) = strict_end  # "国家观、历史观、民族观": not a list of people after all
            items = items[:kept]
        if len(items) < 2 or _closes_a_list_of_things(text, cursor):
            continue  # "张家口、唐山等地": a list of places
        closing = re.match(r"(?:等同志|同志|等|陪同|出席|参加|列席|一同|分别|共同|当选)", text[cursor : cursor + 3])
        if any(text[a:b] in lex.not_names for a, b in items):
            continue
        has_known = any(text[a:b] in known for a, b in items)
        if not introduced and not has_known and 2 * sum(text[a:b] in common_words for a, b in items) > len(items):
            continue
        if not introduced and (_one_head_of_words(text, items, common_words) or _words_after_one_word(text, items)):
            continue  # "克服了高寒、高海拔、高瓦斯等环境": one character heads words, no family names people
        if not introduced and not has_known and _after_a_listed_word(text, items[0][0]):
            continue  # "举办论坛、展览、展映等活动": the list of things goes on from a word no name reads
        if (
            closing
            or introduced
            or len(items) >= 3
            or any(text[a:b] in known or _overlaps(taken, a, b) for a, b in items)
        ):
            for item in items:
                if not _overlaps(taken, *item):
                    out.append(item)
                    listed.append(item)
            pos = cursor
    return out


def _closes_a_list_of_things(text: str, pos: int) -> bool:
    """Whether the list going on at ``pos`` closes, past the items no name reads, as a list of places or of things
    counted ("张家口、唐山等地", "、江杉、城陵矶五条高速公路")."""
    return PLACE_LIST_CLOSING_RE.match(text, UNREAD_ITEMS_RE.match(text, pos).end()) is not None


def _after_a_listed_word(text: str, start: int) -> bool:
    """Whether the item before a list's first name, joined by 、, ends in a common word ("论坛、展览"): a name
    there would have opened the list itself."""
    return start >= 3 and text[start - 1] == "、" and text[start - 3 : start - 1] in dictionary_words(2)


def _one_head_of_words(text: str, items: list[tuple[int, int]], common_words: frozenset[str] | set[str]) -> bool:
    """Whether every item of a list opens with one character and most go on with a common word."""
    heads = {text[a] for a, _ in items}
    worded = sum(text[a:b] in common_words or text[a + 1 : b] in common_words for a, b in items)
    return len(heads) == 1 and 2 * worded > len(items)


# how a vote went, between an elected name and its verb: "李家超高票当选", "以全票当选"
VOTE_BEFORE_ELECTED = r"(?:以?(?:高票|全票|满票)|再次|首次)?"
# a report or speech given: "汪洋作总结讲话", "李强作政府工作报告"
GIVES_REPORT = r"作(?:了)?[^，。；的]{0,8}?(?:讲话|报告|说明)"
SUBJECT_VERBS_RE = re.compile(
    VOTE_BEFORE_ELECTED + r"当选|" + GIVES_REPORT + "|"
    r"(?:表示|指出|强调|说|介绍|主持|出席|参加|列席|讲话|致辞|带队|一行|听取|要求|认为|希望|宣布|宣读|来到|前往|调研|考察|集体会见|"
    r"转达|在[^，。；]{1,20}?(?:上|中)(?:讲话|表示|指出|强调|致辞|发言|宣读))"
)
# the verbs after which a two-character subject is a name ("王志表示"), not a word ("大家在")
STRONG_SUBJECT_VERBS_RE = re.compile(VOTE_BEFORE_ELECTED + r"(?:表示|指出|强调|当选|主持|讲话|说|在)|" + GIVES_REPORT)
CLAUSE_START_RE = re.compile(r"(?:^|(?<=[，。；：！？“\n])|(?<=由))")  # "会议由王志主持": the agent after 由
#: a sentence of its own that says who else took part in the story's event ("铁凝参加会谈。", "尤权陪同调研。"):
#: its subject is a name, however short
ROLE_IN_THE_EVENT_RE = re.compile(
    r"(?:参加|出席|列席|陪同)(?:会谈|会见|会晤|会议|座谈会|考察|调研|活动|仪式)(?:[。；]|$)"
)
#: "丁薛祥和中央有关部门负责同志陪同考察": a name beside the officials no one names, who take part with him
WITH_UNNAMED_OFFICIALS_RE = re.compile(r"和[^，。；、]{2,20}?负责(?:同志|人)等?(?:陪同|参加|出席|列席)")


def find_subject_names(text: str, lex: Lexicon, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name opening a clause as the subject of a speech or role verb: "黄茂军表示", "彭丽娟当选"."""
    out = []
    for m in CLAUSE_START_RE.finditer(text):
        s = m.end()
        # "洛桑江村参加会见": a Tibetan or Mongolian name of two elements is the subject as well
        end = chinese_name_at(text, s, lex, strict=True) or tibetan_name_at(text, s, lex)
        end = end or _middle_stop_name(text, s, lex)  # "，蒋作君主持开幕会"
        if text[s : s + 2] in lex.leader_names and (end is None or (end == s + 3 and _word_at(text, s + 2))):
            end = s + 2  # "韩正集体会见": a leader's name, then a word
        took_part = end is not None and (
            WITH_UNNAMED_OFFICIALS_RE.match(text, end)
            or (_opens_sentence(text, s) and ROLE_IN_THE_EVENT_RE.match(text, end))
        )
        if end is None or _overlaps(taken, s, end) or not (SUBJECT_VERBS_RE.match(text, end) or took_part):
            continue
        if is_not_a_name(text[s:end], lex):
            continue  # "智利新当选总统…": a country and the word after it
        if text[s] in FRONT_GLUE and text[s + 1 : end] in dictionary_words(end - s - 1):
            continue  # "，向大家表示衷心感谢": a preposition and a word, not a surname and a name
        if _clause_word_run_on(text, s, end, lex):
            continue  # "从巴黎前往…": a clause word, then a word
        leader = text[s:end] in lex.leader_names
        if end - s == 2 and not (STRONG_SUBJECT_VERBS_RE.match(text, end) or took_part or leader):
            continue
        out.append((s, end))
    return out


def _word_at(text: str, at: int) -> bool:
    """Whether a word of two characters of the segmenter's dictionary begins at ``at``."""
    return text[at : at + 2] in dictionary_words(2)


def _opens_sentence(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in "。\n"


def _middle_stop_name(text: str, start: int, lex: Lexicon) -> int | None:
    """The end of a three-character name whose middle character is one that ends names (作, 主, 会: 蒋作君,
    李作成) when a strong subject verb follows it ("，蒋作君主持开幕会"); its two given characters make no word."""
    end = start + 3
    given = text[start + 1 : end]
    if (
        text[start : start + 1] not in lex.surnames
        or text[start] in lex.clause_word_surnames
        or len(given) < 2
        or not all(_is_han(c) for c in given)
        or given[0] not in lex.given_stopchars
        or given[1] in lex.given_stopchars
        or given in dictionary_words(2)
        or given in lex.follower_words
    ):
        return None
    verb = STRONG_SUBJECT_VERBS_RE.match(text, end)
    if verb is None or text.startswith("在", end):
        return None
    return None if len(verb.group()) == 1 and text[end : end + 2] in dictionary_words(2) else end  # "简化版说明书"


APPOINTMENT_RE = re.compile(r"(?:任命|免去|撤销|接受|批准|授予|追授|增补|增选)")
# what follows the name: "为", "的…职务", "辞去", the quoted title an honour gives ("授予单某“时代楷模”称号");
# after 撤销 also the body whose membership is revoked ("撤销于某政协第十三届全国委员会委员资格")
# the rest of one appointment, up to the next appointee's clause: "为全国人大农业与农村委员会副主任委员，"
NEXT_APPOINTEE_RE = re.compile(r"为[^，。；：]{2,40}[，,](?=[^，。；：]{2,4}?为)")
APPOINTED_AFTER_RE = re.compile(
    r"为|的|同志|辞去|、|和|担任|兼任|“"
    r"|(?<!的)第[一二三四五六七八九十]+届(?:全国)?(?:政协|人大)"  # "免去吴某第十四届全国政协常委…职务"
    r"|政协第[一二三四五六七八九十]+届全国委员会"  # "免去李某政协第十四届全国委员会…副主任职务"
)
REVOKED_FROM_RE = re.compile(r"(?:全国)?政协|(?:全国)?人大")
#: "赵一德同志任陕西省委书记": a decision names each person it appoints with 同志
COMRADE_APPOINTED_RE = re.compile(
    # "张敬安不再担任提案委员会驻会副主任": a decision's clause that relieves someone names him without 同志
    r"(?<=[：:，,。；])(?P<name>[\u4e00-\u9fff]{2,3})(?:同志(?:任|兼任|担任|不再)|(?<![将也已都还就])不再担任)"
)


#: particles that end a clause's noun, never a given name: "撤销李华|的…资格"
PARTICLES = frozenset("的之了着过")


def find_appointed_names(text: str, lex: Lexicon, taken) -> list[tuple[int, int]]:
    """Names in appointment decisions: "任命许宏才为…", "免去史耀斌的…职务", "接受王刚辞去…".

    The verb and what follows the name (为, 的…职务, 辞去) are the context; a list after the verb
    ("任命张三、李四为…") is read item by item, and so is a decision that names one appointee a clause
    ("任命A为…，B为…，C为…").
    """
    out = []
    for m in APPOINTMENT_RE.finditer(text):
        pos = m.end()
        while True:
            end = (
                next(
                    (
                        pos + n
                        for n in (3, 2)
                        if (text[pos] in lex.surnames or text[pos : pos + 2] in lex.compound_surnames)
                        and all(_is_han(c) and c not in PARTICLES for c in text[pos + 1 : pos + n])
                        and (
                            APPOINTED_AFTER_RE.match(text, pos + n)
                            or (m.group() == "撤销" and REVOKED_FROM_RE.match(text, pos + n))
                        )
                    ),
                    None,
                )
                if pos < len(text)
                else None
            )
            if end is None or _overlaps(taken, pos, end):
                break
            if text[pos:end] in lex.not_names:
                break
            out.append((pos, end))
            if text[end] in "、和":
                pos = end + 1
                continue
            # "任命应勇为…副主任委员，陈润儿为…副主任委员，王建军为…": the decision goes on, one clause a name
            more = NEXT_APPOINTEE_RE.match(text, end) if m.group() == "任命" else None
            if more is None:
                break
            pos = more.end()
    for m in COMRADE_APPOINTED_RE.finditer(text):
        s, e = m.span("name")
        name = m.group("name")
        surnamed = name[0] in lex.surnames or name[:2] in lex.compound_surnames
        if surnamed and not _overlaps(taken, s, e) and name not in lex.not_names and (s, e) not in out:
            out.append((s, e))
    return out


# "致电拉希德，祝贺他当选伊拉克共和国总统", "致电祝贺米莱当选阿根廷总统": whoever a message congratulates
# on taking office is named between the message and the office
CONGRATULATED_RE = re.compile(
    r"致(?:电|函|信|贺电|贺信)(?:祝贺)?(?P<name>[^，。；、：:“”（）()\s]{2,40}?)"
    r"(?:[，,]祝贺(?:他|她)|(?:当选|就任|连任|胜选|再次当选))"
)


def find_congratulated_names(text: str, lex: Lexicon, taken) -> list[tuple[int, int]]:
    """Names congratulated on an election or an office: the message and the office frame the name,
    which is read as a name of its own (a transliteration, leniently; a dotted name; a Chinese name)."""
    out = []
    for m in CONGRATULATED_RE.finditer(text):
        s, e = m.span("name")
        if _overlaps(taken, s, e) or lex.title_re.search(text, s, e) or lex.place_re.match(text, s):
            continue
        readings = (
            foreign_name_at(text, s, lex),
            lenient_foreign_name_at(text, s, lex),
            chinese_name_at(text, s, lex, announced=True),
        )
        if e in readings and not is_not_a_name(text[s:e], lex):
            out.append((s, e))
    return out


#: titles a foreign leader is addressed by after his name ("卢拉总统", "穆罕默德六世国王"), longest first
FOREIGN_ADDRESSES = (
    "第一副总理", "国家主席", "副总统", "副总理", "总书记", "参议长", "众议长",
    "总统", "国王", "女王", "首相", "总理", "公主", "苏丹", "王储", "埃米尔", "议长",
    "亲王", "王子", "王后", "太后", "天皇", "大公", "主席",
)
#: the addresses no Chinese official is given: "马杜罗总统" is a foreign leader though 马 is a surname
ADDRESSED_ABROAD_ONLY = frozenset(FOREIGN_ADDRESSES) - {
    "国家主席", "总书记", "总理", "副总理", "第一副总理", "议长", "主席",
}
#: the addresses that announce a name before them: not 苏丹, a country's name too (努尔苏丹, 南苏丹), nor the
#: 大公 and 公主 of other words (最大公立医院, 公主岭), nor those China's own officials are given too
NAME_ANNOUNCING_ADDRESSES = frozenset(FOREIGN_ADDRESSES) - {
    "苏丹", "大公", "公主", "国家主席", "总书记", "参议长", "众议长", "议长", "主席",
}
ADDRESS_RE = re.compile("|".join(sorted(NAME_ANNOUNCING_ADDRESSES, key=len, reverse=True)))
#: what a name addressed by his post follows: a preposition or a list ("同哈拉尔五世国王", "和莫尼列太后")
ADDRESSED_AFTER = frozenset("同和与对向请、，")
REGNAL_CHARS = frozenset("一二三四五六七八九十世·-")


def _country_ends_at(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the name of a country is written in full right before ``end`` (not one character of it: 美)."""
    country = country_ending_at(text, end, lex)
    return country is not None and text.endswith(country, 0, end)


def find_addressed_names(text: str, lex: Lexicon, taken) -> list[tuple[int, int]]:
    """A transliterated name right before the post it is addressed by: "习近平主席同呼日勒苏赫总统保持经常性
    沟通", "对莫尼列太后的良好祝愿", "同阿尔贝二世亲王的“奥运缘分”".

    The address announces the name as a title before it would; the name follows a preposition, a
    list's mark, its country or 元首 ("日本德仁天皇", "摩纳哥元首阿尔贝二世亲王"), is a transliteration
    (leniently: one odd character, two in a long name) and no country or place ("同巴西总统", "和巴布达总理").
    """
    out = []
    for m in ADDRESS_RE.finditer(text):
        end = m.start()
        if end < 2 or not _is_han(text[end - 1]):
            continue
        if _overlaps(taken, m.end(), m.end() + 1) or text.startswith(OFFICE_OF_THE_POST, m.end()):
            continue  # "阿联酋阿布扎比王储穆罕默德": a title before its holder's name, its body before it
        floor = end  # how far left a transliteration may reach: two characters it lacks at most
        odd = 0
        while floor > 0 and end - floor < 12 and (_is_han(text[floor - 1]) or text[floor - 1] in "·-"):
            if text[floor - 1] not in lex.translit_chars and text[floor - 1] not in REGNAL_CHARS:
                odd += 1
                if odd > 2:
                    break
            floor -= 1
        for start in range(end - 2, floor - 1, -1):  # the shortest name: "愿同穆罕默德总统", not 愿同穆罕默德
            if _overlaps(taken, start, end) or not (
                text[start - 1 : start] in ADDRESSED_AFTER
                or text.endswith("元首", 0, start)  # "摩纳哥元首阿尔贝二世亲王"
                or _country_ends_at(text, start, lex)  # "蒙古国呼日勒苏赫总统"
            ):
                continue
            name = text[start:end]
            closed = name + "。"  # the address is read as the end of the name's clause
            if len(name) not in (foreign_name_at(closed, 0, lex), lenient_foreign_name_at(closed, 0, lex)):
                continue
            if (
                is_not_a_name(name, lex)
                or TENURE_FIELD_RE.search(name)  # "亚美尼亚时任总统", "候任总理"
                or all(c in lex.country_abbrev for c in name)  # "俄美总统", "德意总理"
                # "对于俄乌总统会晤": a country's abbreviation ends the run, and no name is left before it
                or (name[-1] in lex.country_abbrev and foreign_name_at(name[:-1] + "。", 0, lex) != len(name) - 1)
                or any(name[k:] in lex.foreign_places or name[k:] in lex.places for k in range(len(name) - 1))
            ):
                break  # "阿联酋阿布扎比王储": a place; no longer name is read either
            if _country_ends_at(text, end, lex):
                continue  # "和巴布达总理": the end of 安提瓜和巴布达
            out.append((start, end))
            break
    return out


#: what a sports result says after the names of those who made it: "唐钱婷以28秒76赢得女子50米蛙泳冠军",
#: "张雨霏凭借后程的冲刺，以56秒12的成绩夺得", "闫文港、殷正位列第3、第7位"
RESULT_AFTER_NAMES_RE = re.compile(
    r"以\d(?:\d|[.:：′″'\"]|分|秒|米|环|分钟|小时|公斤|厘米)*(?:的(?:总|好)?成绩|的总分)?"
    r"(?:夺得|获得|赢得|摘得|夺冠|打破|刷新|位列|排名|晋级|收获|卫冕|摘金|折桂)"
    r"|位列(?:第|前)|卫冕"
    # a title or a medal won: "杨月夺得冠军，姚娟获得亚军", "…夺得女子50米自由泳S11级比赛冠军", "…夺冠"
    r"|(?:夺得|获得|赢得|摘得|勇夺|斩获|收获|拿下)了?[^，。；]{0,24}?(?:冠军|亚军|季军|金牌|银牌|铜牌)|夺冠"
    r"|(?:刷新|打破)了?[^，。；]{0,12}?纪录"  # "郭金城刷新世界纪录"
    # the medal won told first: "女子10000米的金牌被夏雨雨夺得"
    r"|(?:(?<=被[\u4e00-\u9fff]{2})|(?<=被[\u4e00-\u9fff]{3}))(?:夺得|摘得|获得|斩获)(?=[，。；])"
)
#: what may stand between the names and the result: "闫文港、殷正分别位列", "陈艺文和昌雅妮轻松卫冕"
RESULT_ADVERBS = ("分别", "轻松", "成功")
#: how or where the result was made, between the name and the result: "张雨霏凭借后程的冲刺，以…",
#: "李英粒凭借13米45的成绩夺冠", "陈敏仪在女子个人W1级决赛中夺得冠军"
#: "林细妹为中国体育代表团收获…金牌": for whom it was won
BY_MEANS_BEFORE_RE = re.compile(
    r"(?:凭借[^，。；]{1,20}?[，,]?|在[^，。；在]{1,20}?(?:比赛|决赛|赛)?中|为(?:中国|[^，。；为]{0,6}?队)[^，。；为]{0,10}?)$"
)
ATHLETES = ("选手", "运动员", "小将", "名将")


def _athlete_left(text: str, s: int) -> bool:
    return _clear_left(text, s) or text[s - 2 : s] in ATHLETES


def find_scored_names(text: str, lex: Lexicon, taken) -> list[tuple[int, int]]:
    """The Chinese names a sports result is told of (:data:`RESULT_AFTER_NAMES_RE`), and the names listed
    before them with 、 or 和: the result's words say that people, not bodies or places, made it. Each
    name begins after punctuation or a word that closes before it, and is no word itself."""
    out = []
    for m in RESULT_AFTER_NAMES_RE.finditer(text):
        end = m.start()
        if means := BY_MEANS_BEFORE_RE.search(text, max(0, end - 24), end):
            end = means.start()  # "张雨霏凭借后程的冲刺，以56秒12的成绩夺得": the name before the means
        if text.endswith(RESULT_ADVERBS, 0, end):
            end -= 2
        while True:
            # the result's words close the name, as a sentence's end would
            found = _name_ending_at(text, end, lex, taken, lambda s: _athlete_left(text, s), closed=True)
            if found is None:
                break
            out.append((found, end))
            if text[found - 1 : found] not in ("、", "和", "/"):
                break
            end = found - 1  # "闫文港、殷正位列…", "冯攀峰/周影夺得冠军": the list (or the pair) goes on before
    return out


#: an athlete's team before the name: "山东队的毛秉强夺得…", "中国队选手郑惟桐", "河南队的苏帅兵和河北队的…"
TEAM_BEFORE_NAME_RE = re.compile(r"队(?:的|选手|运动员|小将|名将)")


def find_team_names(text: str, lex: Lexicon, taken) -> list[tuple[int, int]]:
    """The Chinese names a place's team announces, as a title does, and the names listed after them with
    、 or 和: a province's or a country's team ("山东队", "中国队") is made of people; other teams
    ("救援队的队员们", "部队的领导") are not read."""
    out = []
    for m in TEAM_BEFORE_NAME_RE.finditer(text):
        if not any(text[m.start() - n : m.start()] in lex.places for n in (2, 3) if m.start() >= n):
            continue
        start = m.end()
        while (end := chinese_name_at(text, start, lex, announced=True)) is not None:
            if _overlaps(taken, start, end) or not _plain_name(text, start, end, lex):
                break
            out.append((start, end))
            if text[end : end + 1] not in ("、", "和"):
                break
            start = end + 1  # "黑龙江队的靳然、杨帆、李婕": the list goes on
    return out


#: a list closed by the count of the people in it: "马银国等9人", "张伟等三名同志"
PEOPLE_COUNTED_RE = re.compile(r"等(?:[0-9]+|[一二三四五六七八九十两]{1,3})(?:人|名|位)")


def find_counted_names(text: str, lex: Lexicon, taken) -> list[tuple[int, int]]:
    """A Chinese name before a count of people ("发布了马银国等9人和1个集体"): the count says the name is a
    person's, as 位 and 名 say it of a list's items.  The name begins after punctuation or after a word
    that ends where it begins (发布了, 表彰), and is no word itself."""
    words = dictionary_words(2)

    def left_ok(s: int) -> bool:
        return _clear_left(text, s) or (text[s - 2 : s] in words and text[s - 1 : s + 1] not in words)

    out = []
    for m in PEOPLE_COUNTED_RE.finditer(text):
        if (s := _name_ending_at(text, m.start(), lex, taken, left_ok)) is not None:
            out.append((s, m.start()))
    return out


def _name_ending_at(
    text: str, end: int, lex: Lexicon, taken, left_ok: Callable[[int], bool], closed: bool = False
) -> int | None:
    """Where a Chinese name of three or two characters that ends at ``end`` begins: one that is no word,
    place or other non-name, and whose left side ``left_ok`` accepts; with ``closed``, read as if the
    clause ended at ``end``."""
    reading = text[:end] + "。" if closed else text
    for length in (3, 2):
        s = end - length
        if s < 0 or _overlaps(taken, s, end) or chinese_name_at(reading, s, lex, announced=True) != end:
            continue
        if _plain_name(text, s, end, lex) and left_ok(s):
            return s
    return None


def _plain_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a name read by its context alone is no word, no place and no other non-name."""
    name = text[start:end]
    return not (name in dictionary_words(len(name)) or is_not_a_name(name, lex) or lex.place_re.match(text, start))


def _country_in_clause_before(text: str, end: int, lex: Lexicon, reach: int = 8) -> bool:
    """Whether a foreign country is named in the few characters of the clause before ``end`` ("荷兰名将",
    "斯洛伐克队选手", "英国田径运动员")."""
    for stop in range(end, max(0, end - reach) - 1, -1):
        if stop < end and text[stop] in "，。；：！？、\n":
            return False
        country = country_ending_at(text, stop, lex) if stop >= 2 else None
        if country is not None and country not in HOME_COUNTRIES and len(country) >= 2:
            return True
    return False


_DESCRIPTOR_CACHE: dict[int, re.Pattern[str]] = {}
_CIRCUMSTANCE_CACHE: dict[int, re.Pattern[str]] = {}


def find_described_names(text: str, lex: Lexicon, taken) -> list[tuple[int, int]]:
    """Names after a word that describes a person without a post: "航天员叶光富、李聪、李广苏",
    "科学家潘建伟介绍", "无党派人士代表朴世龙先后发言" (``person_descriptors.txt``)."""
    key = id(lex)
    if key not in _DESCRIPTOR_CACHE:
        _DESCRIPTOR_CACHE[key] = re.compile(alternation(lex.person_descriptors))
    out = []
    if key not in _CIRCUMSTANCE_CACHE:
        _CIRCUMSTANCE_CACHE[key] = re.compile(alternation(lex.circumstance_descriptors))
    for m in _CIRCUMSTANCE_CACHE[key].finditer(text):
        s = m.end()
        # the circumstance announces a name as a title does: only its last character must end a name (孙百义)
        e = chinese_name_at(text, s, lex, strict=True, announced=True)
        if e is not None and e - s == 3 and text[e - 1] == "家":
            e -= 1  # "在村民李盟家，": the home of 李盟
        home = next((n for n in (3, 2) if _home_of_name_at(text, s, s + n, lex)), None)
        if home is not None:
            e = s + home  # "回迁居民李敬和家中": the home of 李敬和, not 李敬 and someone else
        if (
            e is None
            and _name_before_word(text, s, s + 3, lex)
            and chinese_name_at(text[s : s + 3] + "，", 0, lex, strict=True, announced=True) == 3
        ):
            e = s + 3  # "牧民郑巴根成立了": a name ends where a word begins that runs across neither it nor its end
        if e is None or _overlaps(taken, s, e) or is_not_a_name(text[s:e], lex) or text[e - 1] in "部局委厅办节会处":
            continue  # "残疾人展能节": an occasion, not a name
        if text[s] in lex.clause_word_surnames and text[s + 1 : e] in dictionary_words(e - s - 1):
            continue  # "村民从流转、采摘到管护": a clause word and a word, not a surname and a given name
        # a word of spacy-pkuseg's dictionary may still be a name (周琦) if it reads as a name and nothing else
        if (text[s:e] not in dictionary_words(e - s) or _name_without_words(text, s, e, lex)) and (
            e >= len(text)
            or text[e] in "、，,。；和及家等的"
            or (e - s == 3 and _name_before_word(text, s, e, lex))
            # "村民龙先兰正忙着", "种粮大户宋维大就新添了": a name that reads as nothing else, then a word
            # that follows names and runs not across its last character ("患者占比|超过")
            or (
                e - s == 3
                and text.startswith(lex.name_followers, e)
                and text[e - 1 : e + 1] not in dictionary_words(2)
                and _name_without_words(text, s, e, lex)
            )
        ):
            out.append((s, e))  # "困难户刘桂花、", "在优抚军人周德育的家中", "经销商周琦和"
    for m in _DESCRIPTOR_CACHE[key].finditer(text):
        if text[m.end() : m.end() + 1] in lex.clause_word_surnames and "、" not in text[m.end() + 2 : m.end() + 4]:
            continue  # "县领导都详细了解…", "县领导也分别…": an adverb after the descriptor, not a surname
        # "瑞士选手格雷莫德第一时间…", "英国田径运动员乌贾违反…": a country before the descriptor announces a
        # transliterated name, read up to the word that follows it
        foreign = text[m.end() : m.end() + 1] in lex.translit_chars and _country_in_clause_before(text, m.start(), lex)
        for s, e in names_from(text, m.end(), lex, foreign_first=foreign):
            name = text[s:e]
            if _overlaps(taken, s, e) or is_not_a_name(name, lex) or name[-1] in "部局委厅办节会处":
                break  # "退役军人事务部", "残疾人展能节": a body or an occasion, not a name, follows
            if len(name) == 2 and name in dictionary_words(2) and not text.startswith("、", e):
                break  # "运动员关怀及服务": what the athletes get, a word, not a name
            out.append((s, e))
    return out


def _home_of_name_at(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether ``text[s:e]`` is a name followed by the home, 家 alone or 家中/家里/家门 ("在村民顾德海家，",
    "居民李敬和家中"), not by a word 家 opens ("经新家园")."""
    if not text.startswith("家", e) or (text[e : e + 2] in dictionary_words(2) and text[e + 1 : e + 2] not in "中里门"):
        return False
    if text[e - 1 : e + 1] in dictionary_words(2):
        return False  # "北部居民安全回家": going home, not a home
    read = chinese_name_at(text[s:e] + "，", 0, lex, strict=True, announced=True)
    # a name's last character may be a word of its own (李敬|和): before the home it is still the name's
    return read == e - s or (read == e - s - 1 and e - s == 3 and text[e - 1] in lex.given_name_chars)


def _name_without_words(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether ``text[s:e]`` reads as a name and nothing else: given characters that names use, no
    common word of People's Daily in or across it ("成为全社会", "游客近距离", "老师满满的")."""
    name = text[s:e]
    return (
        name not in lex.common_words
        and text[s] not in lex.clause_word_surnames
        and len(set(name)) == len(name)
        and all(c in lex.given_name_chars for c in name[1:])
        and not any(text[i : i + 2] in lex.common_words for i in range(max(0, s - 1), e - 1))
    )


def _name_before_word(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """A name that reads as nothing else, then a common word that starts where it ends and runs across
    neither its last character nor the next: "郑巴根|成立了", not "成为全|社会"."""
    return (
        _name_without_words(text, s, e, lex)
        and text[e : e + 2] in lex.common_words
        and text[e - 1 : e + 1] not in lex.common_words
        and text[e - 1 : e + 2] not in lex.common_words
    )


# up to seven parts, and the Arabic "bin" between them: "穆罕默德·本·萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特"
DOTTED_NAME_RE = re.compile(r"[^\W\d_]{2,8}(?:·(?:本|[^\W\d_]{2,10})){0,5}·[^\W\d_]{2,10}")
INSTITUTION_AFTER_RE = re.compile(
    # "约翰斯·霍普金斯大学", "尼古拉·特斯拉国际机场"
    r"大学|学院|医院|基金会|研究院|研究所|研究中心|公司|集团|中心|博物馆|图书馆|基金|(?:国际)?机场"
)
SPOUSE_RE = re.compile(r"(?:和|及|偕|与)夫人")
SPOUSE_AFTER_NAME_RE = re.compile(r"(?<=[\u4e00-\u9fff])夫人(?=[\u4e00-\u9fff])")  # "总统舒尤克夫人纳吉"


DEGREE_WORDS = frozenset({"博士", "硕士", "院士", "先生", "女士", "教授"})


def trim_dotted_tail(text: str, start: int, end: int, lex: Lexicon) -> int:
    """End of a dotted name without what the run took from the next word: "吉特拉斯|热烈欢迎",
    "米勒|博士": a minority name's character (``dotted_name_chars.txt``) that opens a common word with
    the one after it, or a title.  Transliteration characters are never cut: a transliteration is full
    of words (阿|巴斯, 博|里奇), and the model reads names with characters no table lists (易卜拉欣)."""
    dot = text.rfind("·", start, end)
    words = dictionary_words(2)
    minority = lex.minority_name_chars
    while end - dot > 3:
        last = text[end - 1]
        if last in minority and text[end - 1 : end + 1] in words:
            end -= 1  # "吉特拉斯|热(烈)": a minority name's character that opens the next word
        elif lex.title_re.fullmatch(text, end - 2, end) or text[end - 2 : end] in DEGREE_WORDS:
            end -= 2  # "米勒|博士"
        elif text[end - 1] == "任" and lex.title_re.match(text, end):
            end -= 1  # "让-诺埃尔·巴罗|任外交部长": the verb of the post he takes
        elif (text[end - 2] in minority or text[end - 1] in minority) and text[end - 2 : end] in words:
            end -= 2  # "吉特拉斯|热烈", "丹尼斯·穆内内|热烈欢迎"
        else:
            break
    return end


def find_dotted_names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Transliterated names joined by "·" (马伊·凯拉, 克里斯·希普金斯): a person wherever they stand."""
    if "·" not in text:
        return []  # most articles: the pattern would try every character for nothing
    out = []
    chars = lex.dotted_name_chars
    for m in DOTTED_NAME_RE.finditer(text):
        s = m.start()
        while s < m.end() and text[s] not in chars:
            s += 1
        # keep only the transliteration run on the left of the dot
        dot = text.index("·", s) if "·" in text[s : m.end()] else -1
        if dot < 0:
            continue
        left = dot
        while left > s and text[left - 1] in chars:
            left -= 1
        if left >= 2 and text[left - 1] == "-" and _is_han(text[left - 2]):
            # "让-诺埃尔·巴罗", "让-吕克·梅朗雄": a hyphenated first name, whole (让 of Jean is one character
            # no other name uses)
            left -= 2
            while left > 0 and text[left - 1] in chars:
                left -= 1
        if dot - left > 2 and text[left - 1 : left + 1] in dictionary_words(2) and (
            text[left] == "士" or lex.title_re.fullmatch(text, left - 1, left + 1)
        ):
            left += 1  # "美国媒体人士罗伯特·布里奇": 士 ends 人士, 女士; "委员会主席安德烈娅·耶利内克": 主席
        if dot - left < 2:
            continue
        end = dot + 1
        # "塔耶·阿茨克-塞拉西·阿姆德": a hyphen joins the parts of one name, as the dot does
        while end < len(text) and (
            text[end] in chars
            or (text[end] == "·" and end + 1 < len(text))
            or (text[end] == "-" and end + 1 < len(text) and text[end + 1] in chars)
        ):
            end += 1
        hyphen = text.rfind("-", dot, end)
        if hyphen > 0:
            # "杜特尔特-卡彪，": the short part after a hyphen runs to the punctuation that closes the name
            tail = end
            while tail < len(text) and _is_han(text[tail]) and tail - hyphen <= 4:
                tail += 1
            if tail < len(text) and not _is_han(text[tail]) and text[tail] not in "·-":
                end = tail
        if m.group().count("·") >= 2 and end < m.end() and text[m.end() - 1] != "·":
            end = m.end()  # "帕特里斯·阿塔纳斯·纪尧姆·塔隆": three dots vouch for every part
        if INSTITUTION_AFTER_RE.match(text, end):
            continue  # "约翰斯·霍普金斯大学": an institution named after a person
        end = trim_dotted_tail(text, left, end, lex)
        if end - dot > 2 and text[end - 1] != "·":  # the dot is evidence enough; take the whole run
            out.append((left, end))
    return out


def find_spouses(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """ "习近平和夫人彭丽媛": the spouse named after a leader, and the leader named before."""
    out = []
    for m in SPOUSE_AFTER_NAME_RE.finditer(text):
        if SPOUSE_RE.match(text, m.start() - 1):
            continue  # "和夫人": read below, with the leader before it
        end = chinese_name_at(text, m.end(), lex) or foreign_name_at(text, m.end(), lex)
        if end is not None and _right_boundary_ok(text, end, lex) and not is_not_a_name(text[m.end() : end], lex):
            out.append((m.end(), end))  # "匈牙利总统舒尤克夫人纳吉", "总理欧尔班夫人雷沃伊"
    for m in SPOUSE_RE.finditer(text):
        end = chinese_name_at(text, m.end(), lex) or foreign_name_at(text, m.end(), lex)  # "和夫人丽莎"
        if end is None:
            continue
        out.append((m.end(), end))
        for length in (3, 2):
            s = m.start() - length
            leader = text[s : m.start()] if s >= 0 else ""
            if leader and all(map(_is_han, leader)) and _clear_left(text, s) and _plausible_item(leader, lex):
                out.append((s, m.start()))
                break
    return out


PERSON_CUE_RE = re.compile(
    r"说|表示|指出|强调|介绍|认为|告诉|坦言|回忆|岁|夫妇|一家|正在|正跟|带领|是.{0,20}负责人"
    r"|是[^，。；]{0,16}?(?:一名|一位)"  # "王征是北京的一名摄影师": who someone is
    # the verbs of taking part: "石泰峰一同调研", "铁凝参加会见", "陈旭等也到机场迎接", "尹力提交了书面发言"
    r"|参加|出席|陪同|一同|迎接|会见|会谈|主持|发言|讲话|致辞"
)
# Sentences that tell who someone is rather than a post ("医废收运员李军", "火炬手周苏红", "获得者张虹",
# "牧民郑巴根") or what athletes did ("陈芋汐和全红婵分获冠亚军"): the scorer reads them too, but keeps
# only a name right after such a word, in a list with another name, or before an athlete's verb.
DESCRIBED_CUE = r"(?:[员手者]|[牧村农市居]民|冠军|选手|队友)(?=[{surnames}])|夺冠|卫冕|金牌|银牌|铜牌|分获|战胜|击败"


_DESCRIBED_CUE_CACHE: dict[int, re.Pattern[str]] = {}


def _described_cue_re(lex: Lexicon) -> re.Pattern[str]:
    """The describing cue, a describing word only where a surname follows it (委员会, 人员 are no cue)."""
    key = id(lex)
    if key not in _DESCRIBED_CUE_CACHE:
        surnames = "".join(sorted(c for c in lex.surnames if len(c) == 1))
        _DESCRIBED_CUE_CACHE[key] = re.compile(DESCRIBED_CUE.format(surnames=surnames))
    return _DESCRIBED_CUE_CACHE[key]
DESCRIBED_BEFORE_RE = re.compile(r"(?:[员手者]|[牧村农市居]民|冠军|选手|组合|小将|队友)$")
ATHLETE_AFTER_RE = re.compile(
    # "郑钦文2比1逆转战胜…", "王楚钦以4:3战胜…": a score before the win
    r"(?:以[^，。；]{1,12}?|轻松|携手|再次|成功|分别|\d+[比:：]\d+(?:的比分)?(?:逆转)?)?"
    r"(?:获得|夺得|分获|摘得|拿下|赢得|夺冠|打破|包揽|卫冕|战胜|击败)"
)
LISTED_WITH_RE = re.compile(r"[、和/]")
SENTENCE_RE = re.compile(r"[^。！？；\n]+[。！？；\n]?")


def find_model_names(text: str, model, lex: Lexicon, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The statistical name scorer (:mod:`kg.extract.names`), run only on sentences with a person cue.

    This is the cascade: the lexicon rules above run everywhere; the scorer looks only at sentences
    where someone speaks, is aged, or heads something, and only keeps Chinese names (surname first)
    and dotted foreign names, where its precision was measured highest.
    """
    out = []
    for sent in SENTENCE_RE.finditer(text):
        cued = PERSON_CUE_RE.search(sent.group()) is not None
        if not cued and not _described_cue_re(lex).search(sent.group()):
            continue
        found = [(s + sent.start(), e + sent.start()) for s, e, _ in model.find(sent.group())]
        found += [partner for s, e in found if (partner := _athlete_partner(text, e, lex)) not in (None, *found)]
        for s, e in found:
            if not cued and not _described(text, s, e, found):
                continue
            name = text[s:e]
            chinese = name[:1] in lex.surnames or name[:2] in lex.compound_surnames
            if not (chinese or "·" in name):
                continue
            if name in lex.not_names or _overlaps(taken, s, e) or name[-1] in CHINESE_PLACE_LEVEL:
                continue  # "侯庙镇": a place's own level ends it
            if lex.title_re.fullmatch(name):
                continue  # "…联盟总司库、国民议会议长采冈": the title of the name after it (司 is a surname too)
            if LIST_OF_COMPANIES_RE.match(text, e):
                continue  # "沃尔玛、巴斯夫等14家跨国公司": an item of a list of firms
            if _place_context(text, s, e, "·" in name, lex) or _reads_as_a_place_or_word(text, s, e, lex):
                continue  # "赴岑巩县", "深入舞泉、辛安等乡镇", "黔东(岑巩)", "鸿乐源果蔬": a place, or a word cut
            if _cuts_set_phrase(text, s, e):
                continue  # "踔|厉奋发": an idiom cut at its first character
            if _words_of_one_tail(text, s, e):
                continue  # "群众性、高知性、统战性": words made by one suffix, not a name
            if COUNTED_THING_BEFORE_RE.search(text, max(0, s - 4), s):
                continue  # "有550多处林火正在燃烧": a numeral and a measure word count things, never a person
            if _not_a_scored_name(text, s, e, lex, model.inventory.words):
                continue
            if PLACE_LEFT_RE.search(text, max(0, s - 3), s) and not ESCORTED_BY_RE.match(text, e):
                continue  # "在吉隆坡和布城分别会见", "在埃及沙姆沙伊赫举行": where, not who
            regnal = REGNAL_RE.match(text, e)
            e = _before_a_title_across(text, s, e, lex)  # "焦安亲|王": the name ends where 亲王 begins
            out.append((s, regnal.end() if regnal else e))  # "会见费利佩六世时": the king's number is his name's
    return out


def _before_a_title_across(text: str, s: int, e: int, lex: Lexicon) -> int:
    """Where a proposed name ends when a title begins inside it and runs past its end ("焦安亲王": 亲王)."""
    for k in (e - 1, e - 2):
        title = lex.title_re.match(text, k) if k - s >= 2 else None
        if title is not None and title.end() > e:
            return k
    return e


# a numeral and a measure word of things ("550多处", "三座", "一项"): people are counted by 名, 位 or 人
COUNTED_THING_BEFORE_RE = re.compile(r"[\d一二三四五六七八九十百千万两几][多余]?[处座项件种条块所家台辆架艘]$")


def _athlete_partner(text: str, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "陈芋汐和全红婵分获冠亚军": the name joined to one the scorer read, before what the pair won.

    The scorer reads names by their characters and context and may miss the second of a pair (a rare
    surname, 全); the athlete's verb right after it closes the name as a follower word closes others."""
    if text[end : end + 1] not in ("和", "、", "/"):
        return None  # "程文涛/石浩玙": a pair of one event's team is written with a slash
    start = end + 1
    surname = 2 if text[start : start + 2] in lex.compound_surnames else int(text[start : start + 1] in lex.surnames)
    for given in (2, 1) if surname else ():
        stop = start + surname + given
        name = text[start + surname : stop]
        if all(_is_han(c) and c not in lex.given_stopchars for c in name) and ATHLETE_AFTER_RE.match(text, stop):
            return start, stop
    return None


def _described(text: str, s: int, e: int, found: list[tuple[int, int]]) -> bool:
    """A name the scorer read in a sentence that describes people: right after who they are, in a list
    with another name the scorer read, or before what an athlete won."""
    listed = any(
        (b == s - 1 and LISTED_WITH_RE.fullmatch(text, b, s)) or (a == e + 1 and LISTED_WITH_RE.fullmatch(text, e, a))
        for a, b in found
    )
    return bool(DESCRIBED_BEFORE_RE.search(text, max(0, s - 3), s)) or listed or bool(ATHLETE_AFTER_RE.match(text, e))


SERIAL_NUMBER_RE = re.compile(r"[一二三四五六七八九十\d]+号")


def _not_a_scored_name(text: str, s: int, e: int, lex: Lexicon, common_words) -> bool:
    """What the name scorer reads as a name in a sentence it looks at, but is none.

    A Chinese name is at most three characters (four with a compound surname), not a common word by
    itself (陶器, 包机), not cut off a word that goes on after it (刘洋|成功,
    姜镇|立刻), and not a preposition before a place or a word (向|湖南, 向|和平).
    """
    name = text[s:e]
    if "·" in name:
        return False
    longest = 4 if name[:2] in lex.compound_surnames else 3
    foreign = len(name) >= 4 and sum(c in lex.translit_chars for c in name) >= len(name) - 2  # 易卜拉欣
    if (len(name) > longest and not foreign) or name in common_words:
        return True
    country = lex.place_re.match(name) if foreign else None
    if country and len(country.group()) >= 3 and len(name) - country.end() >= 2:
        return True  # "巴勒斯坦法塔赫主席": a country's party or place, read as one transliteration
    if e < len(text) and text[e - 1 : e + 1] in common_words and not PERSONS_LIST_CLOSER_RE.match(text, e):
        return True
    if SERIAL_NUMBER_RE.match(text, e):
        return True  # "向天舟二号发出指令": a craft's number follows its name, no person's
    if _four_character_phrase(text, s, e):
        return True  # "修史立典，存史启智", "以史为鉴、": a saying of four characters, not a verb and a name
    rest = name[1:]
    return name[0] in FRONT_GLUE and (rest in dictionary_words(len(rest)) or bool(lex.place_re.fullmatch(rest)))


PHRASE_EDGE = set("，、；：。！？“”\n")


def _four_character_phrase(text: str, s: int, e: int) -> bool:
    """A three-character span that one character before it makes a whole clause of four (，修史立典，), or
    a phrase opened by 以 that ends there (以史为鉴、, 以史鉴今、): the four-character sayings speeches
    are made of."""
    if e - s != 3 or s == 0 or e >= len(text) or text[e] not in PHRASE_EDGE or not _is_han(text[s - 1]):
        return False
    return text[s - 1] == "以" or (s >= 2 and text[s - 2] in PHRASE_EDGE)


# "在李强的陪同下", "在王毅陪同下": a name after 在 is a person when someone is with him
ESCORTED_BY_RE = re.compile(r"(?:同志)?的?(?:陪同|带领|率领|主持|见证|关心)")


DOCUMENT_END_RE = re.compile(r"(?:皮书|宣言|公报|声明|决议|条例|纲要|规划|报告|意见|通知|办法|法案)$")


def is_not_a_name(name: str, lex: Lexicon) -> bool:
    """A country, place, vote, document or common word that reads like a name (全票, 印尼, 白皮书), or
    the very word that follows names (宣誓, 陪同)."""
    return (
        name in lex.not_names
        or name in lex.follower_words
        or (len(name) >= 3 and name[-1] in "镇乡段")  # "侯庙镇": a town's level ends it; "吴江段": a road's section
        # "欢迎王岐山副主席来菲出席", "赴美访问": coming to a country, named by its one character
        or (len(name) == 2 and name[0] in "来赴访抵离" and name[1] in lex.country_abbrev)
        # "哈尔科夫州", "亚拉巴马州": a transliteration and a level is a region abroad
        or (len(name) >= 3 and name[-1] in "州省市" and all(c in lex.translit_chars for c in name[:-1]))
        or name in lex.places
        or name in lex.country_abbrev
        or (len(name) == 2 and name[1] == "方" and name[0] in lex.country_abbrev)  # "韩方高度重视": the Korean side
        or name in lex.standalone_bodies
        or bool(DOCUMENT_END_RE.search(name))
        or _country_and_one(name, lex)
    )


def _country_and_one(name: str, lex: Lexicon) -> bool:
    """ "智利新当选总统博里奇": a country's name and one more character is no name; nor one character and
    a country's name ("峰会主席国沙特王储": 主席|国沙特)."""
    return any(
        len(country) >= 2 and lex.places.get(country, ("",))[0] == "country" for country in (name[:-1], name[1:])
    )


NOT_IN_MODEL_NAME = set("的了是着过把被从向对为这那该其们之而或不没，、。")
PLAIN_BOUNDARY = set("、，。；：！？）)”")
MODEL_NAME_RE = re.compile(f"[{HAN}]{{2,10}}|[{HAN}]{{1,10}}(?:·[{HAN}]{{1,10}}){{1,4}}")
DOCUMENT_LEFT = set("《〈“")


def judge_model_spans(
    text: str,
    lex: Lexicon,
    spans: list[tuple[int, int]],
    known: set[str] | None = None,
    common_words: frozenset[str] | set[str] = frozenset(),
    described: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """The trained recogniser's PERSON proposals that the rule context supports.

    A proposal must look like a name (2–4 Han characters, or a dotted name), must not be a
    country, place, document title, vote or common word, and needs one piece of context: a title
    just before it, a word that follows names just after it ("表示", "出席", "、"), list
    punctuation, foreign-name characters throughout, a Chinese surname with a name's right
    boundary, or the same name already known on the page.  Without a title or a known name, a
    common word of People's Daily 1998 (``common_words``: 明天, 达成, 国防) is not taken.

    A proposal whose only support is a word before it that says who the person is ("种粮大户", "居民")
    goes to ``described`` when given (else it is dropped): a person where the rules read no name there,
    whose edges never override theirs.
    """
    out = []
    for s, e in spans:
        name = text[s:e]
        if (
            len(name) >= 3
            and GLUE_RE.fullmatch(name[-1])
            and name[-1] not in lex.translit_chars
            and all(c in lex.translit_chars for c in name[:-1])
            and text[e : e + 2] in dictionary_words(2)
        ):
            e -= 1  # "防长加兰特欲前往美国": the verb's adverb read into a foreign name
            name = name[:-1]
        elif (
            len(name) >= 3
            and "·" not in name
            and name[-1] not in lex.translit_chars
            and all(c in lex.translit_chars for c in name[:-1])
            and text[e - 1 : e + 1] in dictionary_words(2)
        ):
            e -= 1  # "美国总统拜登赦免其子": the verb's first character read into a foreign name
            name = name[:-1]
        if len(name) >= 4 and "·" not in name and name[-2:] in lex.follower_words:
            e -= 2  # "州长贝希尔宣布，": the verb after a foreign name read into it
            name = name[:-2]
        if not MODEL_NAME_RE.fullmatch(name) or is_not_a_name(name, lex) or lex.title_re.search(name):
            continue
        if len(name) >= 3 and name[0] == name[1] and "·" not in name:
            continue  # "袁袁位": no name repeats its surname; a page's drop capital doubled the first character
        if len(name) > 4 and "·" not in name and sum(c in lex.translit_chars for c in name) < len(name) - 1:
            continue  # a long undotted name is a transliteration (阿卜杜拉希扬), not a Han phrase
        if (s > 0 and text[s - 1] in DOCUMENT_LEFT) or any(c in NOT_IN_MODEL_NAME for c in name):
            continue
        if lex.place_re.fullmatch(name) or body_ending_at(text, e, lex, floor=s) is not None:
            continue
        if len(name) == 3 and name[2] in "和及与" and name[:2] in common_words and not (known and name in known):
            continue  # "金正恩总书记关怀和指导下": a word and a conjunction after the title
        if _what_members_do(text, s, e, lex):
            continue  # "向共和党议员施压，": what the members do, after their title
        if (
            len(name) >= 4
            and "·" not in name
            and name[-2:] in dictionary_words(2)
            and all(c not in lex.translit_chars for c in name[-2:])
        ):
            continue  # "普京开启": a name with the verb after it read on
        bracketed = s > 0 and text[s - 1] in "（(" and e < len(text) and text[e] in "）)"
        if bracketed and body_ending_at(text, s - 1, lex) is not None:
            continue  # "巴勒斯坦伊斯兰圣战组织（杰哈德）": a body's short name in brackets after it
        if LIST_OF_COMPANIES_RE.match(text, e):
            continue  # "华为、比亚迪、迈瑞等一批链主企业"
        if text[e : e + 1] in "、和" and _closes_a_list_of_things(text, e):
            continue  # "伍华、宁杭、江涛、城北五条高速公路", "张家口、唐山等地": a list of things or places
        before = text[max(0, s - 12) : s].rstrip(" \u3000")
        titled = lex.title_ending_at(before, len(before)) is not None
        listed = (s > 0 and text[s - 1] in "、和及与") or text[e : e + 1] == "、"
        # "哈拉尔五世国王": a monarch's number is part of his name, and his title follows it
        monarch = REGNAL_RE.match(text, e)
        monarch = monarch if monarch and lex.title_re.match(text, monarch.end()) else None
        follows = (
            e >= len(text)
            or _right_boundary_ok(text, e, lex)
            or bool(SUBJECT_VERBS_RE.match(text, e))
            or monarch is not None
        )
        foreign = "·" in name or all(c in lex.translit_chars for c in name)
        chinese = chinese_name_at(text, s, lex) == e
        if not titled and (_place_context(text, s, e, foreign, lex) or (foreign and PLACE_END_RE.search(name))):
            continue  # "在杜尚别总统府", "哈尔科夫州", "波克罗夫斯克": a foreign place, not a person
        if not (known and name in known) and (
            _crosses_word(text, s, e, common_words, lex) or _cuts_set_phrase(text, s, e)
        ):
            continue  # "学深悟透…关于宗教", "推陈出新": the span cuts a word in two
        if not titled and not (known and name in known) and _reads_as_a_place_or_word(text, s, e, lex):
            continue  # "黔东(岑巩)", "鸿乐源果蔬有限公司"
        if not titled and name in lex.foreign_places:
            continue  # "集中在基辅周边和哈尔科夫": a town the news names as a place, never as a person
        unvouched = not titled and not foreign and not (known and name in known)
        if listed and unvouched and _listed_among_things(text, s, e, lex, common_words, spans):
            continue  # "配有空调、冷热水等": a list of things, one of them cut like a name
        if (
            listed
            and not titled
            and not (known and name in known)
            and (
                _words_under_one_head(text, s, e)
                or _words_after_one_word(text, [(s, e), *_items_as_long_beside(text, s, e)])
            )
        ):
            continue  # "克服了高寒、高海拔、高瓦斯等环境", "黄河安、黄河净": words under one head, not a family's names
        if not titled and not (known and name in known) and _named_after_a_place(name, lex):
            continue  # "黄浦江、苏州河穿城而过"
        # "折粽叶、填糯米、扎粽线": an item of a list is a name when a surname opens it or a name stands beside it
        named_list = listed and (name[0] in lex.surnames or _beside_a_proposal(text, s, e, spans))
        supported = follows and (named_list or foreign or chinese) and name not in common_words
        # "习近平主席同石破茂首相在秘鲁举行会晤": a leader addressed by his post after his name, which opens
        # with a surname (Japanese and Korean names read as no Chinese given name)
        addressed = (
            _clear_left(text, s)
            and text.startswith(ADDRESSING_TITLES, e)
            and name[0] in lex.surnames
            and name not in common_words
            and not _two_common_words(name, common_words)
        )
        supported = supported or addressed
        # "种粮大户杨永刚新买的…", "城乡大巴司机林波每天…": a word that says who the person is, as a title would,
        # and the model's right edge where no follower word marks one
        described_only = (
            not titled
            and name not in common_words
            and (foreign or _reads_as_a_name_here(text, s, e, lex, common_words))
            and text.endswith(lex.describing_words, 0, s)
        )
        if titled and name in common_words and not (follows and text[e : e + 1] in PLAIN_BOUNDARY):
            titled = False  # "记者关注的热点", "代表依法履职": a common word after a title, not a name
        title_start = max(0, s - 12) + len(before) - len(lex.title_ending_at(before, len(before)) or "")
        if titled and name in common_words and _addresses_before(text, title_start, lex, known or (), spans):
            continue  # "米尔济约耶夫总统商定": the title addresses the person before it
        if not (known and name in known) and not foreign and _two_common_words(name, common_words):
            continue  # "习近平总书记郑重宣布": an adverb and a verb after the title, not a name
        if described_only and not (titled or (known and name in known) or supported):
            if described is not None:
                described.append((s, e))
            continue
        if titled or (known and name in known) or supported:
            out.append((s, monarch.end() if monarch else trim_dotted_tail(text, s, e, lex) if "·" in name else e))
    if any("·" in text[s:e] for s, e in out):
        # "艾力更·依明|巴海": a dotted name runs on as far as the dot vouches for, whatever the model cut
        dotted = find_dotted_names(text, lex)
        out = [
            next(
                (
                    (ds, de)
                    for ds, de in dotted
                    if ds == s
                    and e <= de
                    and not _right_boundary_ok(text, e, lex)
                    and _right_boundary_ok(text, de, lex)
                    and not lex.title_re.match(text, e)
                    and all(c in lex.dotted_name_chars for c in text[e:de])
                ),
                (s, e),
            )
            for s, e in out
        ]
    return out


def _reads_as_a_name_here(text: str, s: int, e: int, lex: Lexicon, common_words) -> bool:
    """Whether the model's ``text[s:e]`` reads as a Chinese surname and given name and as nothing else
    where it stands: no other reading of a name from its surname ("蔡旭|哲", "胡凯以"), no common word
    in it or across its end ("谈收获", "原则居", "李大伯", "经新|家园"), no place after it ("金山桥街道")."""
    name = text[s:e]
    if chinese_name_at(text, s, lex) not in (None, e) or text.startswith(PLACE_AFTER_NAME, e):
        return False
    if name[-1] in "来到去在赴回离" and lex.place_re.match(text, e):
        return False  # "快递小哥王震来深圳": the verb before a place read into the name
    if name[:2] in common_words or name[1:] in common_words or text[e - 1 : e + 1] in common_words:
        return False
    if name[0] in lex.clause_word_surnames:
        return False  # "居民经新家园通道…": a clause word, not a surname, after the descriptor
    if name[1:] in KIN_ADDRESSES:
        return False  # "患者李大伯": how the story calls him, not his name
    for surname in (name[:2], name[:1]):
        given = name[len(surname) :]
        if surname in lex.surnames and 1 <= len(given) <= 2 and all(c in lex.given_name_chars for c in given):
            return True
    return False


KIN_ADDRESSES = frozenset(
    {"大伯", "大爷", "大妈", "大娘", "大婶", "大姐", "大哥", "阿姨", "奶奶", "爷爷", "老汉", "师傅", "老师", "老人"}
)
PLACE_AFTER_NAME = ("街道", "社区", "村", "镇", "乡", "县", "区", "市", "路", "街", "桥", "山", "湖", "河")


def _addresses_before(text: str, t_start: int, lex: Lexicon, known, spans=()) -> bool:
    """Whether the title at ``t_start`` addresses the person written just before it ("习近平总书记",
    "米尔济约耶夫总统", "习主席"), or follows another title ("代表委员"): then the word after it is no name."""
    if any(text[t_start - n : t_start] in known for n in range(2, 9) if t_start >= n):
        return True
    # a proposed name that reads as a name (not "圭亚那合作共和国" before 总统阿里)
    named = any(
        e == t_start
        and (chinese_name_at(text, s, lex) == e or sum(c not in lex.translit_chars for c in text[s:e]) <= 1)
        for s, e in spans
    )
    if named or lex.title_ending_at(text[:t_start], t_start, max(0, t_start - 8)):
        return True
    # "同党中央、习主席保持…": a surname alone addresses a leader
    return t_start >= 1 and text[t_start - 1] in lex.surnames and (t_start == 1 or text[t_start - 2] in "、，。；：“（")


def _closed_by_descriptor(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a list of names ends with 等 and a word that describes them ("等党和国家领导人")."""
    return text.startswith("等", end) and text.startswith(lex.person_descriptors, end + 1)


def _two_common_words(name: str, common_words: frozenset[str] | set[str]) -> bool:
    """Whether a span of four or more characters is two common words of People's Daily (郑重|宣布)."""
    halves = ((name[:k], name[k:]) for k in range(2, len(name) - 1))
    return len(name) >= 4 and any(a in common_words and b in common_words for a, b in halves)


# what closes a list of companies or things: "等一批带动能力强的链主企业", "等公司", "等多棵树苗", "等产品" (but
# 企业家, 企业负责人 are people)
LIST_OF_COMPANIES_RE = re.compile(
    r"(?:、[^，。；、]{2,8})*等(?:"
    r"(?:[^，。；、等]{0,12}?)"
    r"(?:企业|公司|集团|品牌|厂商|树苗|树木|树种|苗木|花卉|品种|产品|作物)(?!家|负责人|代表|职工|员工|主|人)"
    # "沃尔玛、巴斯夫等14家跨国公司负责人": 家 counts firms and institutions, never people (位, 名)
    r"|[\d一二三四五六七八九十百几多]+家"
    r")"
)


LIST_ITEM_STOPS = frozenset("、，。；：,;:（）()“”\n和及与等")


def _list_neighbours(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The items of a list written with 、 right before and right after ``text[s:e]``."""
    neighbours = []
    if s > 0 and text[s - 1] == "、":
        a = s - 1
        while a > max(0, s - 7) and text[a - 1] not in LIST_ITEM_STOPS:
            a -= 1
        neighbours.append((a, s - 1))
    if text[e : e + 1] == "、":
        b = e + 1
        while b < min(len(text), e + 7) and text[b] not in LIST_ITEM_STOPS:
            b += 1
        neighbours.append((e + 1, b))
    return neighbours


def _items_as_long_beside(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The list items beside ``text[s:e]``, cut to its length (what runs on after the last item is no item)."""
    return [(a, min(b, a + e - s)) for a, b in _list_neighbours(text, s, e)]


def _beside_a_proposal(text: str, s: int, e: int, proposals: list[tuple[int, int]]) -> bool:
    """Whether the item before or after ``text[s:e]`` in a list is one of the recogniser's name proposals."""
    starts = {a for a, _ in proposals}
    return any(a in starts for a, _ in _list_neighbours(text, s, e))


def _named_after_a_place(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` is a place's name and 江, 河, 湖 or 园 (黄浦江: 黄浦区; 苏州河; 中关村房山园): the river,
    lake or park named after the place."""
    stem = name[:-1]
    return (
        len(stem) >= 2
        and name[-1] in "江河湖园"
        and (stem in lex.places or any(stem + level in dictionary_places() for level in "县区市"))
    )


def _words_under_one_head(text: str, s: int, e: int) -> bool:
    """ "高寒、高海拔、高瓦斯": the item and a neighbour open with one character and go on with words."""
    return text[s + 1 : e] in dictionary_words(e - s - 1) and any(
        text[a] == text[s] and text[a + 1 : b] in dictionary_words(b - a - 1)
        for a, b in _list_neighbours(text, s, e)
        if 2 <= b - a <= 3
    )


def _words_of_one_tail(text: str, s: int, e: int) -> bool:
    """ "群众性、高知性、统战性": the item and a neighbour as long end with one character after a word each."""
    length = e - s
    if length < 3 or text[s:e - 1] not in dictionary_words(length - 1):
        return False
    beside = [(s - 1 - length, s - 1)] if text[s - 1 : s] == "、" else []
    beside += [(e + 1, e + 1 + length)] if text[e : e + 1] == "、" else []
    stems = dictionary_words(length - 1)
    return any(a >= 0 and text[b - 1] == text[e - 1] and text[a : b - 1] in stems for a, b in beside)


def _words_after_one_word(text: str, items: list[tuple[int, int]]) -> bool:
    """ "黄河安、黄河净、黄河美": items that all open with one word of two characters, not the names of a family."""
    heads = {text[a : a + 2] for a, b in items if b - a >= 3}
    return len(heads) == 1 and len(items) >= 2 and all(b - a >= 3 for a, b in items) and heads <= dictionary_words(2)


def _listed_among_things(
    text: str,
    s: int,
    e: int,
    lex: Lexicon,
    common_words: frozenset[str] | set[str],
    proposals: list[tuple[int, int]],
) -> bool:
    """Whether an item of a list of things stands beside ``text[s:e]``: a neighbouring item that is a
    common word and no name proposal ("自行车、皮划艇、篮球等", "空调、冷热水等"); a title closing the
    item before is a list of appointments ("任命A为副主任、B为…"), not of things."""
    neighbours = _list_neighbours(text, s, e)
    # the item before may run on from the clause that opens the list ("配有空调、"): its last word counts
    return any(
        text[k:b] in common_words and (k, b) not in proposals and not (k > a and lex.title_re.fullmatch(text, k, b))
        for a, b in neighbours
        for k in range(a, b - 1)
        if k == a or a < s
    )


PLACE_RIGHT_RE = re.compile(
    r"州|市|省|地区|方向|附近|一带|郊区|前线|港|机场|总统府|市中心|境内|当地|城|村|镇|河|湾|方面军"
)
PLACE_LEFT_RE = re.compile(
    r"(?:在|于|抵达|到达|前往|飞抵|来到|访问|袭击|进攻|攻占|控制|位于|从|至|向|[东西南北中]部的)$"
)


PLACE_END_RE = re.compile(r"(?:斯克|夫卡|格勒|斯托克|波尔|堡|州)$")
LIST_OF_PLACES_RE = re.compile(
    r"(?:[^，。；、]{2,8}、)*[^，。；、]{0,8}?(?:"
    # "拉合尔、卡拉奇、奎达等主要城市", "巴赫穆特、索列达尔等定居点"
    r"等(?:多|多个|多座)?(?:主要|重要|其他|周边)?(?:方向|地|城市|地区|国|定居点|居民点"
    r"|(?:乡镇|镇|乡|村|街道|社区)(?![长委领干党]))"
    # "基辅、…、马里乌波尔五个乌克兰城市", "安提瓜和巴布达等多个拉美和加勒比国家", "赫拉特、巴德吉斯与法拉三个省":
    # counted places of a kind
    r"|等?(?:[\d一二三四五六七八九十两几]+|多)[个座][^，。；、]{0,8}?(?:城市|国家|地区|省份|省|州|水电站|港口)"
    r"(?![领机部干工委长])"
    r"|(?:[\d一二三四五六七八九十两几]+|多)地(?![区方震])"  # "布恰、戈斯托梅利、伊万基夫三地"
    r"|" + PLACES_DESCRIBED  # "张家界、常德等受降雨影响较大的地区"
    + r"|"
    + THINGS_CLOSING
    + r")"
)
#: what joins the items of a list of places ("赫拉特、巴德吉斯与法拉三个省")
PLACE_LIST_JOINERS = ("、", "和", "与", "及")
# a level right after a Chinese name makes it a place ("赴岑巩县开展调研"), unless a title starts there (县长)
CHINESE_PLACE_LEVEL = frozenset("县区镇乡村旗")


def _place_context(text: str, s: int, e: int, foreign: bool = True, lex: Lexicon | None = None) -> bool:
    """A name standing where a place stands: in a list that closes as a list of places ("在红利曼、
    赫尔松等方向", "深入舞泉、辛安等乡镇"), right before a level ("赴岑巩县"), and for a transliteration
    also after 在/抵达/袭击 or before 州/市/附近."""
    at = e + (text[e : e + 1] in PLACE_LIST_JOINERS)
    # a few items, not 10,000: "安提瓜和巴布达等多个拉美和加勒比国家"
    if text[e : e + 1] in (*PLACE_LIST_JOINERS, "等") and LIST_OF_PLACES_RE.match(text, at, at + 60):
        return True
    if lex is not None and text[e : e + 1] in CHINESE_PLACE_LEVEL and not lex.title_re.match(text, e):
        return True
    if text.startswith(("街道", "社区"), e):
        return True  # "金山桥街道金坪社区": the subdistrict's name, not a person's
    return foreign and bool(PLACE_RIGHT_RE.match(text, e) or PLACE_LEFT_RE.search(text, max(0, s - 3), s))


def _reads_as_a_place_or_word(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """An untitled span that is a place's short name (岑巩 of 岑巩县, in spacy-pkuseg's dictionary), a
    name read without its surname (泽昆 of 缑泽昆), or one whose first character ends a word begun
    before it (肉牛|养殖) where the two before make none ("对李|家超": 对李 is no word)."""
    name = text[s:e]
    if len(name) == 2 and any(name + level in dictionary_places() for level in "县区市"):
        return True
    words = dictionary_words(2)
    if s > 1 and _is_han(text[s - 1]) and text[s - 1 : s + 1] in words and text[s - 2 : s] not in words:
        return True  # "肉牛|养殖": the span's first character ends a word begun before it
    # "缑泽昆" read as 泽昆: the name begins one character earlier (but the 席 of "主席汪洋" ends a title)
    return (
        s > 0
        and text[s - 1] in lex.surnames
        and chinese_name_at(text, s - 1, lex) == e
        and lex.title_ending_at(text, s, max(0, s - 8)) is None
    )


def _cuts_set_phrase(text: str, s: int, e: int) -> bool:
    """Does an idiom or set phrase of four characters (spacy-pkuseg's dictionary) run across an edge?"""
    phrases = set_phrases()
    return any(text[k : k + 4] in phrases for k in range(max(0, s - 3), s)) or any(
        text[k : k + 4] in phrases for k in range(max(s, e - 3), e) if k + 4 > e
    )


def _crosses_word(text: str, s: int, e: int, words, lex: Lexicon) -> bool:
    """Does a common word run across either edge of the span, or open it ("关于宗", "依法履职")?"""
    if not words:
        return False
    return (
        (s > 0 and text[s - 1 : s + 1] in words)
        or (e < len(text) and text[e - 1 : e + 1] in words and not PERSONS_LIST_CLOSER_RE.match(text, e))
        or (e - s >= 3 and text[s : s + 2] in words and text[s] not in lex.surnames)
    )


# "习近平等党和国家领导人", "王建平等同志": 等 closes a list of people, it is not the word 平等 run across the name
PERSONS_LIST_CLOSER_RE = re.compile(
    r"等(?:人|同志|党和国家领导人|中央领导同志|领导同志|领导|[\d一二三四五六七八九十]+[位名人])"
)


GLUE_RE = re.compile(r"[在副陪应等和与及向对为是从率将已也还就同欲拟曾均常遭被正]")
#: what stands after a word, never after a joining 和 ("魏凤和，"; "A和B" always has B)
CLAUSE_PUNCTUATION = frozenset("，。；、：！？")


#: characters that end no name, whatever the page reads: "则" (then), "亦" (also), "案" (the case of)
NEVER_LAST = frozenset("则亦案")
SCORED_GLUE = set("在副陪应等和与及向对为是从率将已也还就同时亦送正回帮有一常赞")


WHEN_GLUE_RE = re.compile(r"时[，,]")
FRONT_GLUE = frozenset("向对和与同给跟被把将在为及由应")


def _post_follows(p: PersonMention, text: str, lex: Lexicon) -> bool:
    """The post the name is known by starts where the name ends, and is whole without its last character:
    "姬脉常书记" (书记 needs no 常), not "王立副委员长" (副 is the post's)."""
    return (
        p.intro is not None
        and any(link.start == p.end for link in p.intro.links)
        and lex.title_re.match(text, p.end - 1) is None
    )


def _cause_glued(name: str, text: str, end: int, lex: Lexicon) -> bool:
    """ "约翰逊因疫情…", "斯卡利斯因无法获得…": a transliteration read on into 因 (because), which a word
    follows. A last part of two characters keeps its 因 (侯赛因), and so does a name a follower word closes."""
    last = name.rsplit("·", 1)[-1]
    return (
        last.endswith("因")
        and len(last) >= 4
        and not text.startswith(lex.name_followers, end)
        and (text[end : end + 2] in lex.common_words or text[end : end + 2] in dictionary_words(2))
    )


def _trim_glued(persons: list[PersonMention], text: str, lex: Lexicon, name_model=None) -> None:
    """ "李希在", "肖捷副", "韩正陪": a name plus the first character of the word after it.

    When a page names 李希 and also reads 李希在, the longer reading is the short name glued to
    a following word (在, 副总理, 陪同); its end moves back one character.
    """
    for p in persons:
        if (
            len(p.name) == 2
            and text[p.end : p.end + 1] == "和"
            and (text.startswith(ACTS_AFTER_NAME, p.end + 1) or text[p.end + 1 : p.end + 2] in CLAUSE_PUNCTUATION)
        ):
            # "魏凤和致辞", "刘鹤、张又侠、魏凤和，中央军委委员…": no one else's name follows 和, nor does
            # a comma follow a joining 和, so 和 is the name's own
            p.end += 1
            p.name = text[p.start : p.end]
            if p.intro is not None:
                p.intro.persons = [(s, p.end) if s == p.start else (s, e) for s, e in p.intro.persons]
    names = {p.name for p in persons}
    for p in persons:
        # "汤洪波登上机械臂" beside 汤洪波: the last character opens a word that follows names
        glued = p.name[:-1] in names and (
            GLUE_RE.fullmatch(p.name[-1]) or (len(p.name) >= 3 and text.startswith(lex.word_followers, p.end - 1))
        )
        own_he = p.name[-1] == "和" and text.startswith(ACTS_AFTER_NAME, p.end)  # "魏凤和致辞", "包信和先后发言"
        if glued and own_he:
            glued = False
        if len(p.name) == 3 and not glued and p.intro is None and text.startswith(lex.word_followers, p.end - 1):
            glued = True  # "赵强陪同": 陪 opens the word after the name
        if (
            not glued
            and not own_he
            and name_model is not None
            and len(p.name) == 3
            and p.name[-1] in SCORED_GLUE
            and p.name[0] in lex.surnames
            and not _post_follows(p, text, lex)
            and name_model.score(text, p.start, p.end - 1) > name_model.score(text, p.start, p.end)
        ):
            glued = True  # "冯飞陪同", "姜鹏正在": the name scorer prefers the shorter name, unless the post follows
            # the name straight after it ("姬脉常书记讲话": 常 is his, since 书记 begins where he ends)
        if not glued and len(p.name) >= 3 and SPOUSE_RE.match(text, p.end - 1):
            glued = True  # "周明和夫人王华": 和 joins the spouse, it ends no name
        if not glued and len(p.name) >= 3 and WHEN_GLUE_RE.match(text, p.end - 1):
            glued = True  # "在会见巴西总统卢拉时，", "会见苏林时，": 时 opens the clause "when …"
        if not glued and len(p.name) >= 3 and p.name[-1] in NEVER_LAST:
            glued = True  # "菲佐则表示", "拜登亦致信", "李东案": a word after the name, never its end
        if not glued and _cause_glued(p.name, text, p.end, lex):
            glued = True  # "首相约翰逊因疫情期间违规聚会…": 因 opens the cause, it ends no name
        if len(p.name) >= 3 and glued:
            p.end -= 1
            p.name = text[p.start : p.end]
            if p.intro is not None:
                p.intro.persons = [(s, p.end) if s == p.start else (s, e) for s, e in p.intro.persons]
        elif len(p.name) >= 3 and p.name[0] in FRONT_GLUE and p.name[1:] in names:
            # "向普京总统…致以祝贺" beside 普京: a preposition glued in front of a name the page reads
            p.start += 1
            p.name = text[p.start : p.end]
            if p.intro is not None:
                p.intro.persons = [(p.start, e) if e == p.end else (s, e) for s, e in p.intro.persons]


#: "“亚伯拉罕·林肯”号航母": a name quoted before 号 is a ship's or a craft's
CRAFT_NAMED_RE = re.compile(r"[^，。；“”\"]{0,6}[”\"]号")  # "“戈尔什科夫海军元帅”号护卫舰": a rank inside the quote
#: after a name, what only the dead are given: an anniversary of birth or death, the martyr's name
COMMEMORATED_AFTER_RE = re.compile(
    r"(?:同志|将军|先生|女士|元帅|主席|总理|委员长)?"
    r"(?:(?:诞辰|逝世|牺牲|遇难|殉职|去世)[\d一二三四五六七八九十百]+周年|烈士(?!陵园|纪念))"
)
#: "为毛泽东、周恩来、刘少奇…等已故老一辈无产阶级革命家…默哀": a list closed by 已故
DECEASED_LIST_END_RE = re.compile(r"(?:等)?已故")


# what follows a foreign place's name where the story writes it as one: "卢甘斯克地区", "巴赫穆特方向"
PLACE_NAMED_AFTER_RE = re.compile(r"州|市|地区|方向|附近|一带|郊区|前线|港|机场|市中心|境内|人民共和国|共和国")
LAND_NAMED_AFTER_RE = re.compile(r"地区|湿地|水电站|境内|一带|附近|郊区|景区|保护区|流域|腹地|湖区|县(?![长委])")


def _inside_country_names(text: str, persons: list[PersonMention], lex: Lexicon) -> list[PersonMention]:
    """Mentions read inside a country's name: "安提瓜和巴布达总理布朗" names no 安提瓜 and no 巴布达."""
    inside = []
    for p in persons:
        # only the few characters around each mention are read: a country's name is at most a dozen long
        low = max(0, p.start - 12)
        for m in lex.place_re.finditer(text, low, min(len(text), p.end + 12)):
            if m.start() > p.start:
                break
            if (
                p.end <= m.end()
                and m.end() - m.start() > p.end - p.start
                and len(m.group()) >= 4
                and lex.places.get(m.group(), ("",))[0] == "country"
            ):
                inside.append(p)
                break
    return inside


def _named_as_places(text: str, persons: list[PersonMention], lex: Lexicon) -> set[str]:
    """Transliterations the same story writes as places ("卢甘斯克地区", "巴赫穆特方向"): an untitled
    mention of one elsewhere in the story ("顿涅茨克和卢甘斯克独立") is the place again, not a person."""
    titled = {p.name for p in persons if p.intro is not None}
    out = set()
    for name in {p.name for p in persons if p.intro is None} - titled:
        if len(name) < 3 or "·" in name:
            continue
        # a Chinese-looking name is a place only by what a name never carries ("若尔盖湿地", "贺兰山腹地")
        if name in lex.leader_names:
            continue
        after = PLACE_NAMED_AFTER_RE if all(c in lex.translit_chars for c in name) else LAND_NAMED_AFTER_RE
        for m in re.finditer(re.escape(name), text):
            if after.match(text, m.end()):
                out.add(name)
                break
    return out


def commemorated_names(text: str, persons: list[PersonMention]) -> set[str]:
    """Names the article commemorates rather than reports on: "史迪威将军诞辰140周年", "黄继光烈士", the
    list "为毛泽东、周恩来…等已故老一辈革命家默哀".

    The guidelines leave historical and commemorated figures out: they hold no post and attend
    nothing on the day of the report. A recent death ("江泽民同志逝世") is news, not an anniversary, and
    its subject stays a person.
    """
    gone: set[str] = set()
    run: list[str] = []  # the names of a list read so far, each joined to the next by 、 or 和
    for i, p in enumerate(persons):
        if not (i and text[persons[i - 1].end : p.start] in ("、", "和")):
            run = []
        run.append(p.name)
        if COMMEMORATED_AFTER_RE.match(text, p.end):
            gone.add(p.name)
        elif DECEASED_LIST_END_RE.match(text, p.end):
            gone.update(run)
    return gone


#: what may follow a name already read but not a new reading: "巴赫请韩正转达…" (a new reading of
#: "巴育邀请" would end it at 邀 before 请)
KNOWN_NAME_FOLLOWERS = ("请",)


def _known_mentions(
    text: str, lex: Lexicon, known: set[str], taken: Occupied, titles: Occupied
) -> list[tuple[int, int]]:
    """Later bare mentions of names already read: one pass over the text, longest name first.

    A pattern per name made this quadratic (10,000 names × the text); here each position whose
    character starts a known name looks up the few lengths names have (a character class of those
    characters would cost more to compile, once a page's names change, than the loop).
    """
    names = {n for n in known if len(n) >= 2}
    if not names:
        return []
    firsts = {n[0] for n in names}
    lengths = sorted({len(n) for n in names}, reverse=True)
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in firsts:
            i += 1
            continue
        for length in lengths:
            e = i + length
            if (
                e <= n
                and text[i:e] in names
                and not taken.overlaps(i, e)
                and not titles.overlaps(i, e)
                and (_right_boundary_ok(text, e, lex) or text.startswith(KNOWN_NAME_FOLLOWERS, e))
                # "比亚" (喀麦隆总统) inside "冈比亚", "赞比亚": the end of a place's name is no mention
                and not any(text[k:e] in lex.places for k in range(max(0, i - 3), i))
            ):
                out.append((i, e))
                break
        else:
            i += 1
            continue
        i = out[-1][1]
    return out


#: a column's tag at the head of a story's headline: "【二十大代表风采】裴春亮：… 方勤：…"
COLUMN_TAG_RE = re.compile(r"^【(?P<tag>[^】]{2,24})】")
#: what the headline of a column's story introduces: a name (or a place) and a colon, at its start or after a space
HEADLINE_NAME_RE = re.compile(r"(?:^|\s)(?P<name>[^\s：:]{2,12})[：:]")


def headline_names(title: str | None, lex: Lexicon) -> set[str]:
    """The persons a column's headline introduces ("【奋斗者 正青春】周雷：…", "【大国工匠】阎敏：…"): each
    item written as a Chinese name (a surname and one or two given characters no clause or place word
    holds), not a place. The story then names them with no title ("快递小哥宋学文，在平凡的岗位上…")."""
    column = COLUMN_TAG_RE.match(title or "")
    if column is None:
        # "徐利民：牢记为民宗旨 彰显公仆本色": a feature's headline opens with the name of the one it is about
        first = HEADLINE_NAME_RE.match(title or "")
        items = [first] if first and not body_patterns(lex).any.fullmatch(first["name"]) else []
    else:
        items = list(HEADLINE_NAME_RE.finditer(title[column.end() :]))
    found = set()
    for item in items:
        name = item.group("name")
        surname = 2 if name[:2] in lex.compound_surnames else 1 if name[:1] in lex.surnames else 0
        given = name[surname:]
        if (
            surname
            and 1 <= len(given) <= 2
            and given[-1] not in lex.given_stopchars
            and name not in lex.places
            and not is_not_a_name(name, lex)
        ):
            found.add(name)
    return found


def recognise_article(
    text: str,
    lex: Lexicon,
    known: set[str] | None = None,
    name_model=None,
    *,
    model_spans: list[tuple[int, int]] | None = None,
) -> dict:
    """Every entity of one article: dates, introductions, persons, bodies, event phrases.

    ``known`` holds names already read on the same page (or given by the caller), so that a later
    bare mention ("王志指出") is found by exact match.  ``model_spans`` are the trained
    recogniser's PERSON proposals (:mod:`kg.extract.ner`): those the context supports
    (:func:`judge_model_spans`) become known names first, so their boundaries win where the
    grammar reads a name too ("魏凤和", not "魏凤"), and are persons where it reads none.
    """
    known = set(known or ())
    common = name_model.inventory.words if name_model is not None else frozenset()
    described: list[tuple[int, int]] = []
    accepted = judge_model_spans(text, lex, model_spans, known, common, described) if model_spans else []
    known.update(text[s:e] for s, e in accepted)
    model_at: dict[int, tuple[int, int]] = {}  # character → the accepted model span covering it
    for span in accepted:
        for i in range(*span):
            model_at[i] = span
    dates = find_dates(text)
    intros = [intro for intro in find_introductions(text, lex, known) if _keep_intro(intro, text, lex, common, known)]
    rosters = find_roster(text, lex)
    told = find_pronoun_rosters(text, intros, lex, known)
    taken_spans = {span for intro in intros for span in intro.persons}
    rosters += [intro for intro in told if not any(span in taken_spans for span in intro.persons)]
    listed = {span for intro in rosters for span in intro.persons}
    intros = [intro for intro in intros if not any(span in listed for span in intro.persons)] + rosters
    persons: list[PersonMention] = []
    taken = Occupied(len(text))
    for intro in intros:
        for s, e in intro.persons:
            persons.append(PersonMention(s, e, text[s:e], intro))
            taken.append((s, e))
            known.add(text[s:e])
    for intro in find_postnominal(text, lex, taken, common):
        intros.append(intro)
        ((s, e),) = intro.persons
        persons.append(PersonMention(s, e, text[s:e], intro))
        known.add(text[s:e])

    def add(s: int, e: int, remember: bool = True, weak: bool = False) -> None:
        """A person found without a title; where the model read the same name, its boundaries win."""
        agreed = next((model_at[i] for i in range(s, e) if i in model_at), None)
        if agreed is not None and agreed != (s, e) and agreed[0] <= s and not taken.overlaps(*agreed):
            # "刘鹤和魏凤和、王勇": 魏凤和, not 魏凤; but the recogniser's 泽昆 never cuts 缑泽昆 short
            s, e = agreed
            weak = False
        # "朔尔茨表示": the known 朔尔茨, not the 尔茨 a reading from its second character gives
        longer = next((n for n in range(e - s + 1, e - s + 4) if n <= e and text[e - n : e] in known), None)
        if longer is not None and not taken.overlaps(e - longer, e):
            s = e - longer
        name = text[s:e]
        if is_not_a_name(name, lex) or (weak and name in common and name not in known and name not in lex.leader_names):
            return
        if name not in known and _place_context(text, s, e, False, lex):
            return  # "深入舞泉、辛安、侯集等乡镇": a list of places, not of people
        if name not in known and name in lex.foreign_places:
            return  # "马里乌波尔的排雷工作": a town the news names as a place, never as a person
        if name not in known and _named_after_a_place(name, lex):
            return  # "在中关村房山园一家新能源企业": a park named after its district
        persons.append(PersonMention(s, e, text[s:e], None))
        taken.append((s, e))
        if remember:
            known.add(text[s:e])

    for s, e in find_name_lists(text, lex, known, taken, common):
        if not _overlaps(taken, s, e):
            add(s, e)
    for s, e in find_dotted_names(text, lex) + find_spouses(text, lex):
        if not _overlaps(taken, s, e):
            add(s, e)
    for s, e in find_subject_names(text, lex, taken):
        add(s, e, weak=True)
    for s, e in find_described_names(text, lex, taken):
        if not _overlaps(taken, s, e):
            add(s, e)
    for s, e in find_appointed_names(text, lex, taken):
        if not _overlaps(taken, s, e):
            add(s, e, weak=True)
    for s, e in find_congratulated_names(text, lex, taken):
        add(s, e)
    for s, e in find_counted_names(text, lex, taken):
        add(s, e)
    for s, e in find_addressed_names(text, lex, taken):
        add(s, e)
    for s, e in find_scored_names(text, lex, taken) + find_team_names(text, lex, taken):
        if not _overlaps(taken, s, e):
            add(s, e)
    if name_model is not None:
        for s, e in find_model_names(text, name_model, lex, taken):
            add(s, e, weak=True)
    for s, e in accepted + described:
        if not _overlaps(taken, s, e):
            add(s, e)
    titles = Occupied(len(text))
    for intro in intros:
        for link in intro.links:
            titles.append((link.start, link.end))
    for s, e in find_latin_names(text):
        if not _overlaps(taken, s, e):
            add(s, e, remember=False)
    # "西摩·赫什 … 赫什近日称": a foreign name given in full is then written by its last part
    known.update(
        short
        for name in [n for n in known if "·" in n]
        if len(short := name.rsplit("·", 1)[1]) >= 2 and not is_not_a_name(short, lex)
    )
    for s, e in _known_mentions(text, lex, known, taken, titles):
        persons.append(PersonMention(s, e, text[s:e], None))
        taken.append((s, e))
    for s, e in _names_between_names(text, persons, lex, common):
        persons.append(PersonMention(s, e, text[s:e], None))
        taken.append((s, e))
    for s, e in _names_after_names(text, persons, lex, taken):
        persons.append(PersonMention(s, e, text[s:e], None))
        taken.append((s, e))
    _trim_glued(persons, text, lex, name_model)
    if inside := {id(p) for p in _inside_country_names(text, persons, lex)}:
        persons = [p for p in persons if id(p) not in inside]
    if places := _named_as_places(text, persons, lex):
        persons = [p for p in persons if p.intro is not None or p.name not in places]
    persons.sort(key=lambda p: p.start)
    if gone := commemorated_names(text, persons):
        persons = [p for p in persons if p.name not in gone]
    # "学习毛泽东思想", "冼星海的《黄河大合唱》": people of history, read (so that no other reading takes their
    # characters) but no persons of today's news
    persons = [p for p in persons if p.name not in lex.historical_figures]
    persons = [p for p in persons if not CRAFT_NAMED_RE.match(text, p.end) or text[p.start - 1 : p.start] not in "“\""]
    masked = list(text)
    for s, e in list(taken) + list(titles):
        masked[s:e] = MASK * (e - s)
    masked_text = "".join(masked)
    bodies = find_bodies(masked_text, lex)
    # a body written as the first part of a title ("教育部党组书记", "俄罗斯联邦委员会主席") is named there too,
    # though the title masks it from the body grammar
    found = set(bodies)
    for intro in intros:
        for link in intro.links:
            if link.body and link.body_start is not None and not link.unit:
                span = (link.body_start, link.body_start + len(link.body))
                if text[span[0] : span[1]] == link.body and span not in found and not is_not_a_name(link.body, lex):
                    found.add(span)
                    bodies.append(span)
    bodies.sort()
    events = find_event_phrases(text, lex, taken)
    return {"dates": dates, "intros": intros, "persons": persons, "bodies": bodies, "events": events}


LIST_GAP_ITEM_RE = re.compile(f"[{HAN}]{{2,3}}")


def _names_between_names(
    text: str, persons: list[PersonMention], lex: Lexicon, common_words: frozenset[str] | set[str] = frozenset()
) -> list[tuple[int, int]]:
    """Items of a list of names that no rule read: "副主任谭庚山、丁兴俊、征书和、徐学坤出席".

    Between two persons of one list, joined by 、 only, every item of two or three Han characters is
    a name as well (a rare surname, a given name ending in 和).  An item that reads as words (稳增长:
    增长 is a common word of People's Daily 1998), a place or a title is not.
    """
    out = []
    ordered = sorted(persons, key=lambda p: p.start)
    for left, right in zip(ordered, ordered[1:], strict=False):
        gap = text[left.end : right.start]
        if not (gap.startswith("、") and gap.endswith("、")) or len(gap) > 40:
            continue
        items = gap[1:-1].split("、")
        if not all(LIST_GAP_ITEM_RE.fullmatch(item) for item in items):
            continue
        if any(
            is_not_a_name(item, lex)
            or lex.title_re.search(item)
            or any(item[k : k + 2] in common_words for k in range(len(item) - 1))
            for item in items
        ):
            continue
        pos = left.end + 1
        for item in items:
            out.append((pos, pos + len(item)))
            pos += len(item) + 1
    return out


def _names_after_names(text: str, persons: list[PersonMention], lex: Lexicon, taken: Occupied) -> list[tuple[int, int]]:
    """The last item of a list that a name opens: "撤销吴燕生、刘石泉、王长青政协…委员资格", "张文澳、梁朝辉包揽了
    冠亚军", "徐嘉余、覃海洋、孙佳俊和潘展乐四位队员".

    Whatever read the first names (a verb of appointment, the model) may stop short of the last one,
    which runs into the words after it; inside the list, :func:`list_item_at` reads it.  Only the list's
    last item is read, and only a Chinese name that reads as nothing else: the first items may have been
    read by weaker rules than a title, and "梭梭、乔木、花棒" or "单收、单储、单加工" are no names.
    """
    out: list[tuple[int, int]] = []
    for person in sorted(persons, key=lambda p: p.start):
        pos = person.end
        joiner = text[pos : pos + 1]
        # "…、孙佳俊和潘展乐": 和 joins the last item of a list only, not a name and what he does with it, unless
        # the two take part together ("孙春兰和苗华出席")
        paired = joiner == "和" and text[person.start - 1 : person.start] != "、"
        listed = joiner in ("、", "和")
        if not listed or pos + 3 > len(text) or taken.overlaps(pos + 1, pos + 2):
            continue
        if lex.place_re.match(text, pos + 1):
            continue  # "…、马来西亚国会下议院议长佐哈里": a country opens the next item
        # the longer of the two readings that is a name: "宋令东安全返回", not 宋令
        readings = (list_item_at(text, pos + 1, lex), _last_item_before_word(text, pos + 1, lex))
        end = max(
            (
                e
                for e in readings
                if e is not None
                and text[e : e + 1] not in ("、", "和")
                and (not paired or PAIR_TAKES_PART_RE.match(text, e))
                and text[pos + 1] in lex.surnames
                and _name_without_words(text, pos + 1, e, lex)
                and not _place_context(text, pos + 1, e, False, lex)  # "…、金山桥街道金坪社区…居民龙立勤"
            ),
            default=None,
        )
        if end is not None:
            out.append((pos + 1, end))
    return out


# the verb two names joined by 和 take part with: "孙春兰和苗华出席", "姜信治和陈希出席开班式"
PAIR_TAKES_PART_RE = re.compile(r"(?:出席|参加|列席|陪同|一同)")
# a count of the people a list names, right after its last name: "…蔡旭哲三名航天员", "…潘展乐四位队员"
PEOPLE_COUNT_AFTER_RE = re.compile(r"[两二三四五六七八九十\d]+(?:名|位)")


def _last_item_before_word(text: str, start: int, lex: Lexicon) -> int | None:
    """The last name of a list, run into the word after it ("李广苏密切协同", "王长青政协委员资格") or into
    the count of the list ("蔡旭哲三名航天员"), but not the first part of the next one's post ("民进中央主席
    蔡达峰")."""
    for end in (start + 3, start + 2):
        if end > len(text) or (end == start + 2 and text[end : end + 1] in lex.given_name_chars):
            continue  # "宋令东安全返回": a third given character may be the name's
        before_word = _name_before_word(text, start, end, lex) or PEOPLE_COUNT_AFTER_RE.match(text, end)
        if before_word and not lex.title_re.search(text, end, end + 8):
            return end
    return None


def _keep_intro(intro: Introduction, text: str, lex: Lexicon, common=frozenset(), known=frozenset()) -> bool:
    """An introduction whose first name is a country, a vote or a common word introduces no one.

    A common word after a title ("记者关注的热点") is a name only when a name's boundary closes it
    ("主席汪洋出席", "主席汪洋、") or the page already knows it.
    """
    s, e = intro.persons[0]
    name = text[s:e]
    if is_not_a_name(name, lex):
        return False
    if len(name) == 3 and name[2] in "和及与" and name[:2] in common and name[:2] not in known:
        return False  # "金正恩总书记关怀和指导下": a word and a conjunction after the title, not a name
    if name in common and name not in known:
        t_start = intro.links[0].start
        if _addresses_before(text, t_start, lex, known):
            return False  # "习近平总书记郑重宣布", "习主席保持…": the title addresses the name before it
        dated = DATE_AFTER_NAME_RE.match(text, e) is not None  # "主席汪洋20日下午在京会见…"
        located = LOCATED_ACT_RE.match(text, e) is not None  # "主席汪洋在人民大会堂会见…"
        planned = PLANNED_ACT_RE.match(text, e) is not None  # "主席汪洋将作…工作报告"
        reported = REPORT_ACT_RE.match(text, e) is not None  # "主任委员钟山作的关于…报告"
        sent = SENT_ACT_RE.match(text, e) is not None  # "主席汪洋向论坛组委会发贺信"
        closed = e >= len(text) or text[e] in PLAIN_BOUNDARY or text.startswith(lex.word_followers, e)
        # "主席汪洋等28日到八宝山…", "主席汪洋等出席": a list closed by 等, then what its people do
        after = e + 1 if text.startswith("等", e) else None
        listed = after is not None and (
            DATE_AFTER_NAME_RE.match(text, after) is not None
            or text.startswith(lex.word_followers, after)
            or text.startswith(lex.person_descriptors, after)
        )
        return closed or dated or located or planned or reported or sent or listed
    return True


# Where a titled name does something, then what: "主席汪洋在人民大会堂会见…" (not "记者关注在…的热点")
LOCATED_ACT_RE = re.compile(
    r"在(?:[^，。；的]{1,14}?(?:会见|会晤|出席|主持|参加|调研|考察|视察|会谈|召开|举行)|(?:致辞|讲话|发言)时)"
)
# A report or speech the titled name gives: "主任委员钟山作的关于…的报告", "主席汪洋作总结讲话"
REPORT_ACT_RE = re.compile(r"作(?:了|的)?(?:关于|[^，。；]{0,12}?(?:报告|讲话|说明|发言))")
# A message the titled name sends: "主席汪洋向论坛组委会发贺信", "主席汪洋向…致贺信"
SENT_ACT_RE = re.compile(r"向[^，。；]{1,24}?(?:发|致|发来|致以)(?:了)?(?:贺信|贺电|贺词|慰问信|慰问电|唁电|信|电)")
# What a titled name will do: "主席汪洋将作…报告", "总统拉索将于…访华"
PLANNED_ACT_RE = re.compile(r"将(?:于|在|作|出席|主持|参加|会见|会晤|访问|赴|前往|率团|率队|同|与|发表|举行)")
# A day or time of day right after a titled name closes it like punctuation does.
DATE_AFTER_NAME_RE = re.compile(DAY + r"|今天|今日|昨天|当天|当日|近日|日前|上午|下午|晚上")
