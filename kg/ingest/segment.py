"""Stage 3: cut a normalised page into articles.

A newspaper page extracted from PDF, or a day of CCTV transcripts in markdown, holds many stories.
Each story is recognised by cues any reader of Chinese news uses, kept as data in
``kg/resources/page_layout.tsv``:

* markdown headings (``### …`` stories of a 新闻联播 day; the ``## 新闻摘要`` table of contents is
  skipped) and ``[查看原文](url)`` lines, whose url goes to the story;
* datelines that open a story (新渝报讯, 本报讯, 央视网消息, 新华社北京9月12日电, （记者 X）) and
  bylines (□ 华龙网记者 X);
* headline lines — short and unpunctuated.  On many pages the headline is printed *after* the body
  it belongs to, so a headline between two stories is given to the side it resembles more
  (shared character bigrams with each story's lead);
* continuation fragments "（上接1版）", photo captions closed by "新渝报记者 X 摄", and digests
  ("国内联播快讯", "新闻快递") whose items become articles of their own.

The result is plain :class:`~kg.model.Article` records whose text is a subsequence of the
normalised page and whose :class:`~kg.model.OffsetMap` points into ``source.text``.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from functools import cache

from kg.ingest.normalise import HAN, LABEL_MAX, is_terminal, layout_cues, normalise_page, resource_lines
from kg.model import OFFSET_CODE, Article, OffsetMap, Source

# Paragraph kinds
TEXT = "text"
HEADLINE = "headline"  # short unpunctuated line
HEADING = "heading"  # markdown heading
BOLD = "bold"  # a whole line in **bold**: an item title in a digest, a subheading elsewhere
DATELINE = "dateline"
BYLINE = "byline"
CONTINUATION = "continuation"
CREDIT = "credit"  # "新渝报记者 侯小梅": closes a digest item
PHOTO_CREDIT = "photo_credit"  # "新渝报记者 黄舒 摄": closes a photo caption
LINK = "link"
TOC = "toc"
PAGE_TITLE = "page_title"
SKIP = "skip"

STARTS_STORY = frozenset({DATELINE, BYLINE, CONTINUATION})
TITLE_LIKE = frozenset({HEADLINE, HEADING})

_HEADING = re.compile(r"(#{1,6}) +")
_BOLD_LINE = re.compile(r"\*\*(.+)\*\*")
_LINK_LINE = re.compile(r"\[[^\]]{0,40}\]\((https?://[^)\s]{1,2000})\)")
_PAGE_DATE = re.compile(r"(?:19|20)[0-9]{2}(?:[01][0-9][0-3][0-9]|[-/.年][0-9]{1,2}[-/.月][0-9]{1,2})")
_CLAUSE_PUNCT = re.compile("[，。；！？,;!?]")
_HAN_CHAR = re.compile(f"[{HAN}]")
_WORD_RUN = re.compile(f"[{HAN}0-9A-Za-z]+")
_BRACKETED = re.compile(r"[（(][^）)]{0,30}[）)]")
_CREDIT_PHOTO_END = re.compile(r"(?:摄|供图|文/图|图/文)$")
_MID_SENTENCE_END = re.compile(f"[{HAN}0-9A-Za-z，、；：“‘《（—]$")

LEAD_CHARS = 300  # how much of a story's opening is compared with a headline
TAIL_CHARS = 4 * LEAD_CHARS  # how much of a story's end is compared with a headline inside it
SAME_STORY = 0.34  # bigram overlap at which a headline is taken to belong to a story
KICKER_MAX = 60  # a one-line unpunctuated "story" before a headline is the headline's kicker
HEAD_CHARS = 80  # story cues are matched on a paragraph's first characters only
# An article longer than this is cut into pieces on paragraph or sentence boundaries: no news story
# is that long (the longest of 1,095 CCTV days is 22,337 characters), spaCy refuses texts of a
# million characters (E088), and the rules downstream work sentence by sentence anyway.
ARTICLE_MAX = 100_000
# A table of contents lists short items ("1.十四届全国人大一次会议举行第二次全体会议；"); a longer
# paragraph under a 新闻摘要 heading is running text, which ends the skipped section.
TOC_ITEM_MAX = 300
# How far past a headline the segmenter looks for the opening of the story it may head.
LOOKAHEAD_PARAS = 64
_SENTENCE_CUT = re.compile("[。！？!?][”’」』）)】》\"']*")


@dataclass(slots=True)
class _Para:
    """One line of the normalised page, classified."""

    start: int  # line content in the normalised text
    end: int
    kind: str
    block: int  # paragraphs in one block have no blank line between them
    body: list[tuple[int, int]] = field(default_factory=list)  # ranges of article text (markup removed)
    title: str = ""  # for headings, headlines and bold item titles
    level: int = 0
    url: str | None = None
    empty_dateline: bool = False
    cached: str | None = None  # the text, once asked for: headline matching asks many times

    def text(self, norm: str) -> str:
        if self.cached is None:
            body = self.body
            if len(body) == 1:
                self.cached = norm[body[0][0] : body[0][1]]
            else:
                self.cached = "".join(norm[a:b] for a, b in body)
        return self.cached


@dataclass(slots=True)
class _Draft:
    title: str | None = None
    paras: list[_Para] = field(default_factory=list)
    opened_by: str | None = None  # kind of the first body paragraph
    url: str | None = None
    is_continuation: bool = False
    has_body: bool = False  # any text beyond bylines and markers
    headed: bool = False  # opened by a markdown heading: the transcript marks its stories itself
    lead: str = ""  # the opening text, kept as paragraphs are added (see :func:`_lead`)
    tail: str = ""  # the closing text, likewise (see :func:`_whole`)


# --------------------------------------------------------------------------- classification


def _plain_ranges(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The line's ranges with markdown emphasis markers ("**") left out."""
    ranges = []
    pos = start
    while True:
        k = norm.find("**", pos, end)
        if k < 0:
            break
        if k > pos:
            ranges.append((pos, k))
        pos = k + 2
    if pos < end:
        ranges.append((pos, end))
    return ranges


def _trim(norm: str, ranges: list[tuple[int, int]], skip: int) -> list[tuple[int, int]]:
    """``ranges`` without their first ``skip`` characters (a marker such as "（上接1版）")."""
    out = []
    for a, b in ranges:
        if skip >= b - a:
            skip -= b - a
            continue
        out.append((a + skip, b))
        skip = 0
    # drop leading spaces left behind
    while out and norm[out[0][0]] == " ":
        a, b = out[0]
        out[0] = (a + 1, b)
        if out[0][0] >= b:
            out.pop(0)
    return out


def _is_label(text: str) -> bool:
    return 0 < len(text) <= LABEL_MAX and not _CLAUSE_PUNCT.search(text)


def _classify(norm: str, start: int, end: int, block: int, first: bool) -> _Para:
    cues = layout_cues()
    para = _Para(start, end, TEXT, block, body=[(start, end)])
    lead = norm[start]

    heading = _HEADING.match(norm, start, end) if lead == "#" else None
    if heading:
        level = len(heading.group(1))
        inner_start = heading.end()
        inner = norm[inner_start:end].replace("**", "").strip()
        para.level = level
        para.body = _plain_ranges(norm, inner_start, end)
        if first and level == 1 and len(inner) <= 2 * LABEL_MAX and _PAGE_DATE.search(inner):
            para.kind = PAGE_TITLE
            return para
        if cues["toc"].match(inner):
            para.kind = TOC
            return para
        # Titles may end in ！ or ？ ("让我们一起向未来！"), but a full stop means running text.
        if len(inner) <= 2 * LABEL_MAX and "。" not in inner and not cues["dateline"].match(inner):
            if cues["byline"].match(inner):
                para.kind = BYLINE
                return para
            para.kind = HEADING
            para.title = inner
            return para
        # A "heading" that is really running text (a mis-tagged paragraph): classify its content.
    else:
        if lead == "[":
            link = _LINK_LINE.fullmatch(norm, start, end)
            if link:
                para.kind = LINK
                para.url = link.group(1)
                return para
        if cues["boilerplate"].match(norm, start, end):
            para.kind = SKIP
            return para
        if norm.startswith("**", start):
            bold = _BOLD_LINE.fullmatch(norm, start, end)
            if bold and "**" not in bold.group(1):
                inner = bold.group(1).strip()
                para.body = [(start + 2, end - 2)]
                if _is_label(inner) and not cues["dateline"].match(inner):
                    para.kind = BOLD
                    para.title = inner
                    return para
            para.body = _plain_ranges(norm, start, end)

    total = sum(b - a for a, b in para.body)
    if len(para.body) == 1:
        a, b = para.body[0]
        head = norm[a : min(b, a + HEAD_CHARS)]
    else:
        head = "".join(norm[a:b] for a, b in para.body)[:HEAD_CHARS]
    marker = cues["continuation"].match(head)
    if marker:
        para.kind = CONTINUATION
        para.body = _trim(norm, para.body, marker.end())
        return para
    dateline = cues["dateline"].match(head)
    if dateline:
        para.kind = DATELINE
        if total <= HEAD_CHARS:
            rest = _BRACKETED.sub("", head[dateline.end() :])
            para.empty_dateline = not _HAN_CHAR.search(rest)
        return para
    if total > LABEL_MAX:
        return para
    plain = head  # the whole paragraph: it is short
    if _CLAUSE_PUNCT.search(plain):
        return para
    if cues["byline"].match(plain):
        para.kind = BYLINE
    elif cues["credit"].match(plain):
        para.kind = PHOTO_CREDIT if _CREDIT_PHOTO_END.search(plain) else CREDIT
    elif not cues["attribution"].match(plain) and not is_terminal(plain) and len(plain) > 2:
        para.kind = HEADLINE
        para.title = plain
    return para


_OPENERS = "“‘《（(【「"
_CLOSERS = "”’》）)】」"


def _balanced(text: str) -> bool:
    return all(text.count(o) == text.count(c) for o, c in zip(_OPENERS, _CLOSERS, strict=True))


def _demote_fragments(norm: str, paras: list[_Para], full_line: float) -> None:
    """Headline candidates that are really body lines cut off by a stray blank line."""
    for k, para in enumerate(paras):
        if para.kind != HEADLINE:
            continue
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        previous = paras[k - 1] if k else None
        alone = (previous is None or previous.block != para.block) and (nxt is None or nxt.block != para.block)
        if not _balanced(para.title):
            para.kind = TEXT  # "“我们这几年就是靠这些新产品开辟出": a quotation running on
        elif alone and nxt is not None and nxt.kind == TEXT and len(para.title) >= full_line:
            para.kind = TEXT  # a full column line, continued after the blank line


def _paragraphs(norm: str, full_line: float = float("inf")) -> list[_Para]:
    paras = []
    block = 0
    pos = 0
    first = True
    length = len(norm)
    while pos <= length:
        end = norm.find("\n", pos)
        if end < 0:
            end = length
        if end == pos:
            block += 1
        else:
            para = _classify(norm, pos, end, block, first)
            first = False
            if para.kind == HEADLINE and paras and paras[-1].block == block and paras[-1].kind not in TITLE_LIKE:
                para.kind = TEXT  # a short last line of a paragraph, not a headline: headlines open a block
            if para.kind != SKIP:
                paras.append(para)
        pos = end + 1
    _demote_fragments(norm, paras, full_line)
    return paras


# --------------------------------------------------------------------------- headline attachment


def _bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _WORD_RUN.findall(text):
        grams.update(map(str.__add__, run, run[1:]))
    return grams


def _overlap(title: str, text: str) -> float:
    """Share of the title's character bigrams found in ``text``."""
    wanted = _bigrams(title)
    if not wanted or not text:
        return 0.0
    # Both characters of a wanted bigram are word characters, so it is a bigram of ``text`` exactly
    # when it occurs in it as a substring: a few substring searches instead of the text's bigram set.
    return sum(gram in text for gram in wanted) / len(wanted)


_LEAD_KINDS = frozenset({TEXT, DATELINE, CONTINUATION, BOLD})


def _lead(draft: _Draft | None) -> str:
    """The first :data:`LEAD_CHARS` characters of the story's text paragraphs (kept up to date by
    :meth:`_Segmenter.add`, so that a headline costs no walk over a long story)."""
    return draft.lead[:LEAD_CHARS] if draft is not None else ""


def _whole(draft: _Draft | None) -> str:
    """The last ``TAIL_CHARS`` characters of the story (kept up to date by :meth:`_Segmenter.add`:
    a story grown long by many subheadings must not be joined whole for every headline)."""
    return draft.tail if draft is not None else ""


def _following(paras: list[_Para], j: int, norm: str) -> str:
    """The opening text after a headline group, up to the next story cue."""
    text = ""
    for k in range(j, min(len(paras), j + LOOKAHEAD_PARAS)):
        para = paras[k]
        if para.kind in TITLE_LIKE or (text and para.kind in STARTS_STORY):
            break
        if para.kind in (TEXT, DATELINE, CONTINUATION, BOLD):
            text += para.text(norm)
            if len(text) >= LEAD_CHARS:
                break
    return text[:LEAD_CHARS]


def _compose_title(group: list[_Para]) -> str:
    """One title from a group of headline lines (kicker, title, subtitle, wrapped lines)."""
    headings = [k for k, p in enumerate(group) if p.kind == HEADING]
    if headings:
        group = group[headings[-1] :]  # "## 详细新闻" + "### story": the last heading is the story's
    parts: list[str] = []
    for k, para in enumerate(group):
        if not parts:
            parts.append(para.title)
            continue
        previous = group[k - 1]
        wrapped = (
            para.kind == HEADLINE
            and previous.kind == HEADLINE
            and para.block == previous.block
            and len(para.title) <= len(previous.title)
        )
        if wrapped:
            parts[-1] += para.title  # one headline broken over two lines
        else:
            parts.append(para.title)
    return " ".join(parts)


# --------------------------------------------------------------------------- segmentation


class _Segmenter:
    """Reads the classified paragraphs in page order and decides where each story begins and ends."""

    def __init__(self, norm: str, paras: list[_Para]) -> None:
        self.norm = norm
        self.paras = paras
        self.drafts: list[_Draft] = []
        self.cur: _Draft | None = None
        self.digest: list[_Draft] | None = None  # items of the digest being read
        self.digest_has_titles = False
        self.skip_level: int | None = None
        self.unlinked: list[_Draft] = []  # digest items that have not had a url yet

    # -- drafts

    def close(self) -> None:
        if self.cur is not None and self.cur.has_body:
            self.drafts.append(self.cur)
        self.cur = None

    def open(self, title: str | None = None) -> _Draft:
        self.close()
        self.cur = _Draft(title=title)
        if self.digest is not None:
            self.digest.append(self.cur)
            self.unlinked.append(self.cur)
        return self.cur

    def add(self, para: _Para) -> None:
        cur = self.cur if self.cur is not None else self.open()
        if cur.opened_by is None and para.kind != HEADLINE:
            cur.opened_by = para.kind
        if para.kind == CONTINUATION and not cur.has_body:
            cur.is_continuation = True
        if para.body and para.kind in (TEXT, DATELINE, CONTINUATION):
            cur.has_body = True  # bylines, credits and bold or plain subheadings do not open a story
        if para.body:
            cur.paras.append(para)
            text = para.text(self.norm)
            if para.kind in _LEAD_KINDS and len(cur.lead) < LEAD_CHARS:
                cur.lead += text
            cur.tail = (cur.tail + text)[-TAIL_CHARS:]

    def end_digest(self) -> None:
        self.digest = None
        self.digest_has_titles = False
        self.unlinked = []

    # -- main loop

    def run(self) -> list[_Draft]:
        paras = self.paras
        i = 0
        while i < len(paras):
            para = paras[i]
            if self.skip_level is not None:
                if para.kind in (HEADING, TOC, PAGE_TITLE) and para.level and para.level <= self.skip_level:
                    self.skip_level = None
                elif para.kind in (TEXT, DATELINE) and para.end - para.start > TOC_ITEM_MAX:
                    self.skip_level = None  # running text: the table of contents has ended
                else:
                    i += 1
                    continue
            kind = para.kind
            if kind == PAGE_TITLE:
                i += 1
            elif kind == TOC:
                self.close()
                self.skip_level = para.level or 6
                i += 1
            elif kind == LINK:
                self.take_url(para.url)
                i += 1
            elif kind in TITLE_LIKE:
                i = self.headline_group(i)
            elif kind == BOLD:
                self.bold(para)
                i += 1
            elif kind in STARTS_STORY:
                self.story_start(para, i)
                i += 1
            elif kind in (CREDIT, PHOTO_CREDIT):
                self.credit(para)
                i += 1
            else:
                self.text(para)
                i += 1
        self.close()
        return self.drafts

    def take_url(self, url: str | None) -> None:
        if self.digest:
            # Every digest item still without a url takes it; the list of those is kept, so that a
            # digest of many items and links costs one pass.
            targets = self.unlinked
            self.unlinked = []
        else:
            targets = [self.cur or (self.drafts[-1] if self.drafts else None)]
        for draft in targets:
            if draft is not None and draft.url is None:
                draft.url = url

    def bold(self, para: _Para) -> None:
        if self.digest is not None and self.digest_has_titles:
            self.open(para.title)
            return
        self.text(para)  # a subheading inside a story

    def story_start(self, para: _Para, i: int) -> None:
        cur = self.cur
        if para.kind == DATELINE and para.empty_dateline and self.digest is not None:
            # "**央视网消息**（新闻联播）：" alone, opening a digest: each item has its own title.
            self.digest_has_titles = self.digest_has_titles or self._next_kind(i) == BOLD
            return
        if cur is not None and not cur.has_body:
            self.add(para)  # the headline was printed before its dateline
            return
        if self.digest is not None:
            self.end_digest()
        self.open()
        self.add(para)

    def credit(self, para: _Para) -> None:
        if self.cur is None and self.drafts:
            self.drafts[-1].paras.append(para)  # a credit right after its item was closed
            return
        self.add(para)
        self.close()

    def text(self, para: _Para) -> None:
        cur = self.cur
        if self.digest is not None and not self.digest_has_titles and cur is not None and cur.has_body:
            self.open()  # an untitled digest: one item per paragraph
        self.add(para)

    def start_digest(self, *, titled: bool) -> None:
        self.close()
        self.digest = []
        self.digest_has_titles = titled

    def _is_kicker(self, draft: _Draft | None) -> bool:
        """A lone short unpunctuated line (too long or too comma'd to pass as a headline itself)."""
        if draft is None or draft.title is not None or len(draft.paras) != 1:
            return False
        para = draft.paras[0]
        text = para.text(self.norm)
        return para.kind == TEXT and len(text) <= KICKER_MAX and not re.search("[。！？；]", text)

    def _next_kind(self, i: int) -> str | None:
        paras = self.paras
        for k in range(i + 1, len(paras)):
            if paras[k].kind not in (LINK, SKIP):
                return paras[k].kind
        return None

    def headline_group(self, i: int) -> int:
        paras, norm = self.paras, self.norm
        j = i
        while j < len(paras) and paras[j].kind in TITLE_LIKE:
            j += 1
        group = paras[i:j]
        title = _compose_title(group)
        nxt = next((paras[k] for k in range(j, len(paras)) if paras[k].kind != LINK), None)
        markdown = any(p.kind == HEADING for p in group)
        cur = self.cur

        if self.digest is not None:
            if self.digest_has_titles and not markdown and cur is not None and cur.has_body:
                self.add_subheading(group)  # a plain line inside a titled digest item
                return j
            self.end_digest()
        if layout_cues()["digest"].match(title.replace(" ", "")):
            # "国内联播快讯", "新闻快递": several short items follow.
            self.close()
            self.start_digest(titled=any(p.kind == BOLD for p in paras[j : j + 4]))
            return j

        untitled_story = cur is not None and cur.title is None and cur.has_body
        if markdown:
            own = (
                _overlap(title, _lead(cur))
                if untitled_story and cur.opened_by in (DATELINE, BYLINE) and nxt is not None and nxt.kind == TEXT
                else 0.0
            )
            if own >= 0.5 and own >= _overlap(title, _following(paras, j, norm)):
                cur.title = title  # the headline was set after the opening of its own story
            else:
                self.open(title).headed = True
            return j

        if cur is not None and cur.headed and cur.has_body and nxt is not None and nxt.kind == TEXT:
            self.add_subheading(group)  # a plain line inside a story the markup already delimits
            return j

        if nxt is None or nxt.kind in STARTS_STORY:
            before = _overlap(title, _following(paras, j, norm)) if nxt is not None else -1.0
            after = _overlap(title, _lead(cur)) if untitled_story else -1.0
            if untitled_story and after > 0 and after >= before:
                cur.title = title  # a headline printed after its story
                self.close()
            elif nxt is not None and self._is_kicker(cur):
                # (a headline that closes the page heads nothing: the line before it stays a story of its own)
                kicker = cur.paras[0].text(norm)
                self.cur = None  # the kicker line joins the title instead of standing as a story
                self.open(f"{kicker} {title}")
            else:
                self.open(title)  # a headline printed before its story
            return j

        # Running text follows the headline.
        if cur is None:
            self.open(title)
            return j
        if not cur.has_body:
            cur.title = f"{cur.title} {title}" if cur.title else title
            return j
        before = _overlap(title, _following(paras, j, norm))
        if untitled_story:
            after = _overlap(title, _lead(cur))
            # A story opened by its dateline has no headline before it: one after it is its own.
            opened = cur.opened_by in STARTS_STORY
            if after >= SAME_STORY and (after > before or (opened and after == before)):
                cur.title = title  # after its story; the text that follows is another story
                self.close()
                return j
        within = _overlap(title, _whole(cur))
        if before > within:
            self.open(title)  # a new story whose dateline was lost or never printed
        else:
            self.add_subheading(group)
        return j

    def add_subheading(self, group: list[_Para]) -> None:
        """Keep headline lines inside the current story, as text."""
        for para in group:
            self.add(para)


# --------------------------------------------------------------------------- articles


def _glues(previous: _Para, para: _Para, norm: str) -> bool:
    """Whether a blank line between two text paragraphs fell in mid-sentence (PDF column break)."""
    if previous.kind not in (TEXT, DATELINE, CONTINUATION) or para.kind != TEXT:
        return False
    if previous.block == para.block or not previous.body or not para.body:
        return False
    last = norm[previous.body[-1][1] - 1]
    return bool(_MID_SENTENCE_END.match(last)) and (previous.end - previous.start) >= 8


def _article_map(norm: str, omap: OffsetMap, ranges: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    """Article text from pieces of the page, and its map into the original (pieces' maps joined)."""
    if len(ranges) == 1:
        a, b = ranges[0]
        return norm[a:b], omap.slice(a, b)
    origin = array(OFFSET_CODE)
    for a, b in ranges:
        origin.extend(omap.origin[a:b])
    origin.append(origin[-1] + 1)
    return "".join(norm[a:b] for a, b in ranges), OffsetMap(origin)


def _draft_ranges(draft: _Draft, norm: str) -> list[tuple[int, int]]:
    """The pieces of the normalised page that make up the article's text, in order."""
    ranges: list[tuple[int, int]] = []
    previous: _Para | None = None
    for para in draft.paras:
        if not para.body:
            continue
        if previous is not None and not _glues(previous, para, norm):
            # the line break after the previous paragraph stands for the paragraph break
            ranges.append((previous.end, previous.end + 1))
        for a, b in para.body:
            if ranges and ranges[-1][1] == a:
                ranges[-1] = (ranges[-1][0], b)
            else:
                ranges.append((a, b))
        previous = para
    return ranges


@dataclass(frozen=True, slots=True)
class _StrayRule:
    name: str
    unit: str
    cue: re.Pattern[str]
    where: str
    home: re.Pattern[str]


@cache
def _stray_rules() -> tuple[_StrayRule, ...]:
    rows = [line.split("\t") for line in resource_lines("stray_paragraphs.tsv")]
    return tuple(_StrayRule(n, u, re.compile(c), w, re.compile(h)) for n, u, c, w, h in rows)


def _draft_text(draft: _Draft, norm: str, where: str) -> str:
    title = draft.title or ""
    return title if where == "title" else title + "\n" + "\n".join(p.text(norm) for p in draft.paras)


def _stray_units(draft: _Draft, rule: _StrayRule, norm: str) -> list[list[_Para]]:
    """The paragraphs of ``draft`` that the rule would move, grouped as they move together."""
    paras = [p for p in draft.paras if p.kind == TEXT]
    units = []
    for i, para in enumerate(paras):
        text = para.text(norm)
        if rule.unit == "para" and rule.cue.search(text):
            units.append([para])
        elif rule.unit == "qa" and i + 1 < len(paras):
            question = text.strip()
            if question.endswith(("？", "?")) and len(question) <= 100 and rule.cue.match(paras[i + 1].text(norm)):
                units.append([para, paras[i + 1]])
    return units


def _return_stray_paragraphs(drafts: list[_Draft], norm: str) -> None:
    """Give paragraphs stranded by the column order back to the article they belong to.

    On a PDF page whose columns are read out of order, the answers of a press conference
    ("…有哪些成效？" / "区科技局副局长陈建录表示，…") or the results of an election ("彭丽娟当选
    渝中区妇联主席") land inside other stories.  The rules of ``stray_paragraphs.tsv`` say which
    article is their home; a paragraph moves only when exactly one article of the page is.
    """
    for rule in _stray_rules():
        homes = [d for d in drafts if rule.home.search(_draft_text(d, norm, rule.where))]
        if len(homes) != 1:
            continue
        home = homes[0]
        if rule.unit == "qa" and not _stray_units(home, rule, norm):
            continue  # a press-conference story shows its own question-and-answer form first
        for draft in drafts:
            if draft is home:  # the only article the rule's home pattern fits
                continue
            moving = {id(para): para for unit in _stray_units(draft, rule, norm) for para in unit}
            if moving:  # one pass per article: list.remove per paragraph would be quadratic
                draft.paras = [para for para in draft.paras if id(para) not in moving]
                home.paras.extend(moving.values())


def _pieces(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` pieces of an article text, each at most :data:`ARTICLE_MAX` long.

    A cut goes after the last paragraph break in the second half of the window, else after the last
    sentence end there, else (a line with no punctuation at all) at the window's end; the break
    itself is dropped, so the pieces are the text less the line breaks they were cut at.
    """
    pieces = []
    start = 0
    length = len(text)
    while length - start > ARTICLE_MAX:
        low, high = start + ARTICLE_MAX // 2, start + ARTICLE_MAX
        cut = text.rfind("\n", low, high)
        if cut >= 0:
            pieces.append((start, cut))
            start = cut + 1
            continue
        ends = [m.end() for m in _SENTENCE_CUT.finditer(text, low, high)]
        cut = ends[-1] if ends else high
        pieces.append((start, cut))
        start = cut
    pieces.append((start, length))
    return [(a, b) for a, b in pieces if text[a:b].strip()]


def _fallback_draft(paras: list[_Para]) -> _Draft | None:
    """The whole page as one story, when no story cue opened any: text is never dropped unread
    (a transcript line that runs on after its header, a page of headline-like lines)."""
    kept = [p for p in paras if p.kind not in (PAGE_TITLE, LINK) and p.body]
    if not kept:
        return None
    title = next((p.title for p in kept if p.kind in TITLE_LIKE and p.title), None)
    url = next((p.url for p in paras if p.kind == LINK), None)
    return _Draft(title=title, paras=kept, url=url, has_body=True)


def segment(source: Source) -> list[Article]:
    """The articles of one source, in page order, with text normalised and offsets into the source.

    An article longer than :data:`ARTICLE_MAX` comes as several, cut on paragraph or sentence
    boundaries, the first with the title; a page on which no story opens is one article, so that
    no text of a non-empty page is silently dropped.
    """
    page = normalise_page(source.text)
    norm, omap = page.text, page.offsets
    paras = _paragraphs(norm, page.full_line)
    drafts = _Segmenter(norm, paras).run()
    if any(draft.is_continuation for draft in drafts):  # a printed page, whose columns may be out of order
        _return_stray_paragraphs(drafts, norm)
    articles: list[Article] = []

    def emit(drafts: list[_Draft]) -> None:
        for draft in drafts:
            ranges = _draft_ranges(draft, norm)
            if not ranges:
                continue
            whole, whole_offsets = _article_map(norm, omap, ranges)
            if not whole.strip():
                continue
            pieces = [(0, len(whole))] if len(whole) <= ARTICLE_MAX else _pieces(whole)
            for n, (a, b) in enumerate(pieces):
                text, offsets = (whole, whole_offsets) if len(pieces) == 1 else (whole[a:b], whole_offsets.slice(a, b))
                index = len(articles)
                title = draft.title if n == 0 else None
                if title is None and index == 0 and source.title:
                    title = source.title
                articles.append(
                    Article(
                        doc_id=source.doc_id,
                        article_id=f"{source.doc_id}#{index}",
                        index=index,
                        text=text,
                        offsets=offsets,
                        title=title,
                        pub_date=source.pub_date,
                        region=source.region,
                        source=source.source,
                        url=draft.url or source.url,
                        path=source.path,
                        is_continuation=draft.is_continuation and n == 0,
                    )
                )

    emit(drafts)
    if not articles:
        fallback = _fallback_draft(paras)
        if fallback is not None:
            emit([fallback])
    return articles
