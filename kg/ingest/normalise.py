"""Stage 2: a clean working copy of a page that still points back at every original character.

PDF-to-text leaves three kinds of noise that break the rules downstream:

* column line breaks in mid-sentence ("…大足区人大常委会\\n主任王志主持召开…"), which must be
  joined, while headline lines (short, unpunctuated) must stay on their own line, and blank lines
  stay paragraph breaks;
* spaces inside words, names and dates ("9 月 15 日", "刘 侃", "大足 区政府", "迄今 45载"), which
  must go, while spaces between Latin words ("BOGDANOV VIKTOR") and between the names of a byline
  ("记者 崔晓玲 晏曼玮") are real and stay;
* half-width punctuation in Chinese text ("近日,由大足区政府主办(…)"), which becomes full-width
  so that one set of rules fits every page, and full-width digits/letters, which become ASCII.

Every output character records the original code point it came from (:class:`~kg.model.OffsetMap`),
so a span found in the normalised text maps back to ``original[o_s:o_e]``, which is the same text up
to the removed line breaks and spaces.  The work is done line by line with precompiled regular
expressions and a fast path for clean lines, so a 5 MB single-line file costs linear time.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import cache
from importlib import resources
from statistics import median

from kg.model import OFFSET_CODE, OffsetMap

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Punctuation and symbols set in Chinese typography: CJK symbols, full-width forms, curly quotes,
# dashes, ellipsis, middle dot.
WIDE_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2010-\u2027\u00b7\u2e3a\u2e3b"
_WIDE = re.compile(f"[{HAN}{WIDE_PUNCT}\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_HAN_CHAR = re.compile(f"[{HAN}]")

# Horizontal spaces of every width, and invisible characters that PDF extraction leaves behind.
_SPACE_CHARS = frozenset(" \t\u3000\u00a0\u202f\u205f\x0b\x0c\u2028\u2029\x85\ufeff\u200b\u200c\u200d\u2060") | {
    chr(c) for c in range(0x2002, 0x200B)
}
_STRIP = "".join(sorted(_SPACE_CHARS))
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")

_LINE_END = re.compile(r"\r\n|\r|\n")
# Characters that may need an edit; a line without any is copied as is.
_ATTENTION = re.compile(f"[{re.escape(_STRIP)}]+|[(),:;!?\"']|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]")
_TO_WIDE = {"(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_FULLWIDTH_ALNUM = {
    chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
}
_FULLWIDTH_ALNUM["\uff05"] = "%"

SENTENCE_END = frozenset("。！？!?…")
CLOSERS = frozenset("”’」』）)】》\"'")
# Punctuation inside a line that marks running text rather than a headline or a byline.
_CLAUSE_PUNCT = re.compile("[，。；！？,;!?]")
_SENTENCE_PUNCT = re.compile("[。！？]")

_MARKDOWN_HEADING_MARK = re.compile(r"#{1,6}")

LABEL_MAX = 60  # a headline or byline line is at most this many characters
# Lines that open a unit of their own and are never glued to the line before or after.
_STRUCTURAL = re.compile(
    r"#{1,6}\s|\*\*|\[[^\]]{0,80}\]\(|<!--|-{3,}$|\*{3,}$|\||>\s|[-*+]\s|\d{1,2}[.、．](?![0-9])|[（(][0-9]{1,2}[）)]|□|■|●|◆"
)


# --------------------------------------------------------------------------- resources


def resource_lines(name: str) -> list[str]:
    text = (resources.files("kg") / "resources" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def layout_cues() -> dict[str, re.Pattern[str]]:
    """The page-layout patterns of ``page_layout.tsv``, one compiled alternation per kind."""
    by_kind: dict[str, list[str]] = {}
    for line in resource_lines("page_layout.tsv"):
        kind, pattern = line.split("\t")[:2]
        by_kind.setdefault(kind, []).append(f"(?:{pattern})")
    return {kind: re.compile("|".join(patterns)) for kind, patterns in by_kind.items()}


@cache
def byline_roles() -> tuple[str, ...]:
    words = [w for line in resource_lines("byline_roles.txt") for w in line.split()]
    return tuple(sorted(set(words), key=len, reverse=True))


@cache
def _byline_role_at_end() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, byline_roles())) + ")$")


@cache
def _byline_role_inside() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, byline_roles())))


@cache
def _paragraph_openers() -> re.Pattern[str]:
    cues = layout_cues()
    return re.compile("|".join(cues[k].pattern for k in ("dateline", "continuation", "byline") if k in cues))


# --------------------------------------------------------------------------- output


class _Output:
    """Normalised text under construction, with the original offset of every character.

    Unchanged stretches of the original are kept as one pending run, so that a clean page costs
    a handful of slice copies rather than one operation per line.
    """

    __slots__ = ("source", "pieces", "origin", "run_start", "run_end")

    def __init__(self, source: str) -> None:
        self.source = source
        self.pieces: list[str] = []
        self.origin = array(OFFSET_CODE)
        self.run_start = 0
        self.run_end = 0

    def _flush(self) -> None:
        if self.run_end > self.run_start:
            self.pieces.append(self.source[self.run_start : self.run_end])
            self.origin.extend(range(self.run_start, self.run_end))
        self.run_start = self.run_end = 0

    def copy(self, start: int, end: int) -> None:
        """Copy ``source[start:end]`` unchanged."""
        if end <= start:
            return
        if start != self.run_end or self.run_end == self.run_start:
            self._flush()
            self.run_start = start
        self.run_end = end

    def put(self, char: str, at: int) -> None:
        """Emit ``char`` standing for the original character at ``at``."""
        if self.source[at] == char:
            self.copy(at, at + 1)
            return
        self._flush()
        self.pieces.append(char)
        self.origin.append(at)

    def result(self) -> tuple[str, OffsetMap]:
        self._flush()
        origin = self.origin
        origin.append(origin[-1] + 1 if len(origin) else 0)
        return "".join(self.pieces), OffsetMap(origin)


# --------------------------------------------------------------------------- lines


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(content start, content end, terminator position) for every line, content stripped."""
    lines = []
    start = 0
    if "\r" in text:
        for match in _LINE_END.finditer(text):
            lines.append(_stripped(text, start, match.start(), match.start()))
            start = match.end()
        if start < len(text):
            lines.append(_stripped(text, start, len(text), -1))
        return lines
    space = _SPACE_CHARS
    for line in text.split("\n"):
        end = start + len(line)
        if line and line[0] not in space and line[-1] not in space:
            lines.append((start, end, end))
        else:
            lines.append(_stripped(text, start, end, end))
        start = end + 1
    if lines and lines[-1][2] >= len(text):  # the last line has no line break after it
        s, e, _ = lines.pop()
        lines.append((s, e, -1))
    return lines


def _stripped(text: str, start: int, end: int, terminator: int) -> tuple[int, int, int]:
    line = text[start:end]
    lead = len(line) - len(line.lstrip(_STRIP))
    if lead == len(line):
        return start, start, terminator
    trail = len(line) - len(line.rstrip(_STRIP))
    return start + lead, end - trail, terminator


def is_terminal(line: str) -> bool:
    """Whether a line ends a sentence (。！？…, possibly inside closing quotes or brackets)."""
    i = len(line) - 1
    while i >= 0 and line[i] in CLOSERS:
        i -= 1
    return i >= 0 and line[i] in SENTENCE_END


def _width(line: str) -> int:
    return len(line) - line.count(" ") - line.count("\u3000")


def column_width(text: str, lines: list[tuple[int, int, int]]) -> float | None:
    """Typical width of a wrapped body line on this page, or None if nothing wraps.

    Measured on lines that run on into the next line without sentence-final punctuation: on a
    newspaper page those are the column's full-width lines, so headline lines stand out as short.
    """
    widths = []
    for (s, e, _), (s2, e2, _) in zip(lines, lines[1:], strict=False):
        if s == e or s2 == e2:
            continue
        line = text[s:e]
        if _STRUCTURAL.match(line) or is_terminal(line):
            continue
        widths.append(_width(line))
    return median(widths) if widths else None


def _joins(text: str, a: tuple[int, int, int], b: tuple[int, int, int], threshold: float) -> bool:
    """Whether the break between two adjacent non-blank lines is a layout break to remove."""
    line_a = text[a[0] : a[1]]
    line_b = text[b[0] : b[1]]
    if _STRUCTURAL.match(line_a) or _STRUCTURAL.match(line_b):
        return False
    if is_terminal(line_a) or _width(line_a) < threshold:
        return False
    return not _paragraph_openers().match(line_b)


def _paragraphs(text: str) -> tuple[list[list[tuple[int, int, int]]], float]:
    """Lines grouped into units: a wrapped paragraph becomes one unit, a headline line stays apart.

    A blank line after a unit is recorded as a unit of no lines, so that the caller can keep
    paragraph breaks as blank lines.  Also returns the width from which a line counts as a full
    column line (infinite when the page does not wrap its lines).
    """
    lines = _lines(text)
    width = column_width(text, lines)
    threshold = max(6.0, 0.75 * width) if width else float("inf")
    units: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    previous_blank = True
    for line in lines:
        if line[0] == line[1]:
            if current:
                units.append(current)
                current = []
            if not previous_blank:
                units.append([line])  # marks a blank line (content empty)
            previous_blank = True
            continue
        if current and _joins(text, current[-1], line, threshold):
            current.append(line)
        else:
            if current:
                units.append(current)
            current = [line]
        previous_blank = False
    if current:
        units.append(current)
    while units and units[-1][0][0] == units[-1][0][1]:
        units.pop()
    return units, threshold


# --------------------------------------------------------------------------- inline edits


def _chars(char_class: str) -> frozenset[str]:
    """The characters of a regex character-class body such as :data:`HAN` (BMP ranges only)."""
    chars: set[str] = set()
    for match in re.finditer(r"(.)(?:-(.))?", char_class, re.S):
        first, last = match.group(1), match.group(2) or match.group(1)
        chars.update(map(chr, range(ord(first), ord(last) + 1)))
    return frozenset(chars)


# Set lookups: the inline edits ask these questions for every space and punctuation mark.
_HAN_CHARS = _chars(HAN)
_WIDE_CHARS = _HAN_CHARS | _chars(WIDE_PUNCT + "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a")


def _is_wide(char: str) -> bool:
    return char in _WIDE_CHARS or (char > "\uffff" and bool(_WIDE.match(char)))


def _is_han(char: str) -> bool:
    return char in _HAN_CHARS or (char > "\uffff" and bool(_HAN_CHAR.match(char)))


def _is_latin_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


class _Context:
    """What inline edits need to know about the paragraph a line belongs to (computed on demand:
    most lines need no edit at all)."""

    __slots__ = ("content", "_label", "_quotes", "quote_parity", "single_parity")

    def __init__(self, content: str) -> None:
        self.content = content
        self._label: bool | None = None
        self._quotes: tuple[bool, bool] | None = None
        self.quote_parity = 0
        self.single_parity = 0

    @property
    def label(self) -> bool:
        if self._label is None:
            self._label = _is_label(self.content)
        return self._label

    def _quote_plan(self) -> tuple[bool, bool]:
        if self._quotes is None:
            content = self.content
            has_han = bool(_HAN_CHAR.search(content))
            doubles = content.count('"')
            singles = content.count("'")
            self._quotes = (
                has_han and doubles > 0 and doubles % 2 == 0,
                has_han and singles > 0 and singles % 2 == 0 and not re.search(r"[A-Za-z]'[A-Za-z]", content),
            )
        return self._quotes

    @property
    def double_quotes(self) -> bool:
        return self._quote_plan()[0]

    @property
    def single_quotes(self) -> bool:
        return self._quote_plan()[1]


# a line of a communiqué's name list: names (with a note such as （女）) apart by spaces, a post first
# ("副主席　张又侠　何卫东", "丁薛祥　习近平　马兴瑞…"): the spaces separate names however long the line
_ROSTER_LINE = re.compile(
    r"(?:[\u4e00-\u9fff·]{1,16}(?:（[^）\s]{1,12}）)?[ \u3000]+){2,}[\u4e00-\u9fff·]{1,16}(?:（[^）\s]{1,12}）)?"
)


def _is_label(content: str) -> bool:
    """A headline or byline: short and without clause punctuation, or a markdown heading; or a line of
    names apart by spaces."""
    if _ROSTER_LINE.fullmatch(content.strip()):
        return True
    if content.startswith("#"):
        return not _SENTENCE_PUNCT.search(content) and len(content) <= 2 * LABEL_MAX
    return len(content) <= LABEL_MAX and not _CLAUSE_PUNCT.search(content)


_LEFT_TOKEN = re.compile(r"[^\s（(\[【“‘\"'，。、；：！？,;:!?]*$")
_RIGHT_TOKEN = re.compile(r"[^\s）)\]】”’\"'，。、；：！？,;:!?]*")
_LEFT_STOP = frozenset("（([【“‘\"'，。、；：！？,;:!?")


def _left_token(line: str, i: int) -> str:
    """The word before position ``i`` (at most 24 characters back), as :data:`_LEFT_TOKEN` finds it,
    read backwards: a regex search from 24 characters back retries at every start, and spaced-out
    text asks this for every space."""
    k = i
    low = max(0, i - 24)
    while k > low:
        char = line[k - 1]
        if char in _LEFT_STOP or char.isspace():
            break
        k -= 1
    return line[k:i]


def _keeps_han_space(line: str, i: int, j: int, ctx: _Context) -> bool:
    """Whether a space between two Han characters separates words (bylines, headlines) rather than
    splitting one ("刘 侃", "大足 区政府")."""
    left = _left_token(line, i)
    right = _RIGHT_TOKEN.match(line, j, j + 24).group()
    if len(left) <= 1 and len(right) <= 1:
        return False  # "刘 侃": two halves of one name
    if _byline_role_at_end().search(left):
        return True  # "记者 余佳"
    if _in_byline_brackets(line, i):
        return True  # "（记者 崔晓玲 晏曼玮）"
    if ctx.label:
        return True  # "弘扬抗战精神 激励新兵奋进", "首席记者 刘侃"
    # "(大足智凤街道 唐杰)": a signature in brackets closing the paragraph.
    end = j + len(right)
    return 2 <= len(right) <= 4 and line[end : end + 1] in (")", "）") and end + 1 == len(line)


def _in_byline_brackets(line: str, i: int) -> bool:
    window_start = max(0, i - 40)
    opening = max(line.rfind("（", window_start, i), line.rfind("(", window_start, i))
    if opening < 0:
        return False
    closing = max(line.rfind("）", opening, i), line.rfind(")", opening, i))
    if closing > opening:
        return False
    return bool(_byline_role_inside().search(line, opening + 1, i))


def _paren_plan(line: str) -> dict[int, bool]:
    """For each ASCII parenthesis, whether it becomes full-width: a matched pair converts together
    when Chinese touches it inside or outside, so that "(1)两部门" never becomes "(1）两部门"."""
    plan: dict[int, bool] = {}
    stack: list[int] = []
    for match in re.finditer(r"[()]", line):
        k = match.start()
        if line[k] == "(":
            stack.append(k)
        elif stack:
            o = stack.pop()
            touches = _wide_before(line, o) or _wide_after(line, o) or _wide_before(line, k) or _wide_after(line, k)
            plan[o] = plan[k] = touches
        else:
            plan[k] = _wide_before(line, k) or _wide_after(line, k)
    for o in stack:
        plan[o] = _wide_before(line, o) or _wide_after(line, o)
    return plan


def _neighbour_before(line: str, k: int) -> str:
    k -= 1
    while k >= 0 and line[k] in _SPACE_CHARS:
        k -= 1
    return line[k] if k >= 0 else ""


def _neighbour_after(line: str, k: int) -> str:
    k += 1
    while k < len(line) and line[k] in _SPACE_CHARS:
        k += 1
    return line[k] if k < len(line) else ""


def _wide_before(line: str, k: int) -> bool:
    char = _neighbour_before(line, k)
    return bool(char) and _is_wide(char)


def _wide_after(line: str, k: int) -> bool:
    char = _neighbour_after(line, k)
    return bool(char) and _is_wide(char)


def _emit_line(out: _Output, text: str, start: int, end: int, ctx: _Context) -> None:
    """Copy one line's content, applying the inline edits, with original offsets."""
    line = text[start:end]
    if not _ATTENTION.search(line):
        out.copy(start, end)
        return
    parens: dict[int, bool] | None = None
    pos = 0
    for match in _ATTENTION.finditer(line):
        i, j = match.span()
        out.copy(start + pos, start + i)
        pos = j
        char = line[i]
        if char in _SPACE_CHARS:
            _emit_space(out, line, i, j, start, ctx)
        elif char in _FULLWIDTH_ALNUM:
            out.put(_FULLWIDTH_ALNUM[char], start + i)
        elif char in "()":
            if parens is None:
                parens = _paren_plan(line)
            out.put(_TO_WIDE[char] if parens.get(i) else char, start + i)
        elif char in ",:;!?":
            before, after = _neighbour_before(line, i), _neighbour_after(line, i)
            between_digits = before.isdigit() and before.isascii() and after.isdigit() and after.isascii()
            wide = (bool(before) and _is_wide(before)) or (bool(after) and _is_wide(after))
            out.put(_TO_WIDE[char] if wide and not between_digits else char, start + i)
        elif char == '"':
            if ctx.double_quotes:
                out.put("“" if ctx.quote_parity == 0 else "”", start + i)
                ctx.quote_parity ^= 1
            else:
                out.put(char, start + i)
        elif char == "'":
            if ctx.single_quotes:
                out.put("‘" if ctx.single_parity == 0 else "’", start + i)
                ctx.single_parity ^= 1
            else:
                out.put(char, start + i)
    out.copy(start + pos, end)


def _emit_space(out: _Output, line: str, i: int, j: int, start: int, ctx: _Context) -> None:
    if j - i == 1:
        if line[i] in _ZERO_WIDTH:
            return
        first = i
    else:
        first = next((k for k in range(i, j) if line[k] not in _ZERO_WIDTH), -1)
        if first < 0:
            return  # zero-width characters only
    before, after = line[i - 1], line[j]
    if (not _is_wide(before) and not _is_wide(after)) or _MARKDOWN_HEADING_MARK.fullmatch(line, 0, i):
        # Between Latin words or numbers: one plain space.
        out.put(" ", start + first)
        return
    if _is_han(before) and _is_han(after) and _keeps_han_space(line, i, j, ctx):
        out.put(" ", start + first)
    # Otherwise a layout space next to Chinese text: dropped.


# --------------------------------------------------------------------------- entry point


@dataclass(frozen=True, slots=True)
class Page:
    """A normalised page: text, offsets into the original, and the layout's column width."""

    text: str
    offsets: OffsetMap
    full_line: float  # a line at least this wide (in characters) fills its column


def normalise(text: str) -> tuple[str, OffsetMap]:
    """The normalised text and the map from its positions back to ``text``."""
    page = normalise_page(text)
    return page.text, page.offsets


def normalise_page(text: str) -> Page:
    """:func:`normalise`, keeping what it learnt about the page layout for the segmenter."""
    out = _Output(text)
    units, full_line = _paragraphs(text)
    for n, unit in enumerate(units):
        first_start = unit[0][0]
        if first_start == unit[0][1]:  # a blank line: keep one paragraph break
            if unit[0][2] >= 0 and n + 1 < len(units):
                out.put("\n", unit[0][2])
            continue
        ctx = _Context(text[unit[0][0] : unit[0][1]] if len(unit) == 1 else " ".join(text[s:e] for s, e, _ in unit))
        for k, (s, e, terminator) in enumerate(unit):
            _emit_line(out, text, s, e, ctx)
            if k + 1 < len(unit):
                nxt = unit[k + 1]
                # A Latin word wrapped across the break keeps a space: "BOGDANOV\nVIKTOR".
                if _is_latin_word_char(text[e - 1]) and _is_latin_word_char(text[nxt[0]]):
                    out.put(" ", terminator)
        last_terminator = unit[-1][2]
        if n + 1 < len(units) and last_terminator >= 0:
            out.put("\n", last_terminator)
    normalised, offsets = out.result()
    return Page(normalised, offsets, full_line)
