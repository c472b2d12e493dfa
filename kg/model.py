"""Typed records that flow between the pipeline stages.

The stages hand each other plain dataclasses, never spaCy ``Doc`` objects, so
that a per-article result can be pickled to a worker pool, written as JSON
Lines, and merged later without the NLP stack loaded.

Offsets
    Every ``start``/``end`` in a :class:`Mention` counts Unicode code points in
    the *original* decoded text of the source file (end exclusive), so that
    ``source.text[m.start:m.end] == m.text`` always holds.  Normalised text
    (layout line breaks joined, stray spaces removed) is an internal working
    copy; :class:`OffsetMap` maps it back.

Dates
    ISO strings: ``YYYY-MM-DD`` when the year is known, ``--MM-DD`` when only
    month and day are (``xsd:gMonthDay`` lexical form), ``None`` when the text
    gives no day.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EventType = Literal["meeting", "inspection", "ceremony", "activity"]
Role = Literal["chair", "attendee", "nonvoting", "speaker", "leader", "elected"]

EVENT_TYPES: tuple[str, ...] = ("meeting", "inspection", "ceremony", "activity")
ROLES: tuple[str, ...] = ("chair", "attendee", "nonvoting", "speaker", "leader", "elected")


@dataclass(slots=True)
class Source:
    """One input record as read from disk, stdin or a JSON Lines row."""

    doc_id: str
    text: str
    path: str | None = None
    pub_date: str | None = None
    region: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` as one printable line of valid UTF-8: control characters (a newline in a file name)
    and lone surrogates (an undecodable byte of a file name, a ``\\ud800`` in a JSON string) are
    written as escapes, so that an error line neither splits nor fails to print."""
    if not _UNPRINTABLE.search(text):
        return text

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        if 0xDC80 <= code <= 0xDCFF:  # a byte that os.fsdecode could not decode
            return f"\\x{code - 0xDC00:02x}"
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, text)


@dataclass(slots=True)
class IngestError:
    """A record that could not be read as it is; the batch goes on without it.

    ``lost`` is False for a notice about a record that *was* read, with a repair the message
    describes (a damaged byte replaced, an invalid date left out, a duplicate id renamed): the
    record is among the sources too, and the user is told what changed.
    """

    where: str
    message: str
    lost: bool = True

    def __str__(self) -> str:
        return one_line(f"{self.where}: {self.message}")


# Offsets are C ints (4 bytes): code points of one input, which the input limit keeps far below 2**31.
# A 50 MB page has 17 M characters, and a map each for the page and its articles.
OFFSET_CODE = "i"


class OffsetMap:
    """Maps positions in a normalised string back to the original string.

    ``origin[i]`` is the original code-point offset of normalised character
    ``i``; one extra trailing entry holds the original end, so that an
    exclusive end offset maps too.  Stored as a compact ``array`` because a
    5 MB page would otherwise cost a Python int per character.
    """

    __slots__ = ("origin",)

    def __init__(self, origin: array) -> None:
        self.origin = origin

    @classmethod
    def identity(cls, length: int, base: int = 0) -> OffsetMap:
        return cls(array(OFFSET_CODE, range(base, base + length + 1)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalised span ``[start, end)``."""
        if end <= start:
            pos = self.origin[start]
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1

    def slice(self, start: int, end: int) -> OffsetMap:
        """The map of normalised ``text[start:end]`` (a segment of the page)."""
        sub = self.origin[start:end]
        sub.append(self.origin[end - 1] + 1 if end > start else self.origin[start])
        return OffsetMap(sub)

    def __len__(self) -> int:
        return len(self.origin) - 1


@dataclass(slots=True)
class Article:
    """One news story cut out of a page, in normalised text."""

    doc_id: str
    article_id: str
    index: int
    text: str
    offsets: OffsetMap
    title: str | None = None
    pub_date: str | None = None
    region: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    is_continuation: bool = False


@dataclass(slots=True)
class Mention:
    """Where a fact was read: exact span in the original text plus evidence."""

    doc_id: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int = -1
    sentence_end: int = -1


@dataclass(slots=True)
class Person:
    name: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Body:
    """An organisation, under its canonical name within the article's region."""

    name: str
    kind: str | None = None
    surface: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Position:
    """A (person, title, body) statement, e.g. 大足区人大常委会 · 副主任 · 肖朝华."""

    person: str
    title: str
    body: str | None
    mention: Mention | None = None


@dataclass(slots=True)
class Participation:
    """One person in one role at one event."""

    person: str
    role: str
    title_as_mentioned: str | None = None
    list_position: int | None = None
    mention: Mention | None = None


@dataclass(slots=True)
class Event:
    key: str
    name: str
    type: str
    date: str | None = None
    end_date: str | None = None
    organizers: list[str] = field(default_factory=list)
    ordinal: str | None = None
    term: str | None = None
    location: str | None = None
    participants: list[Participation] = field(default_factory=list)
    mention: Mention | None = None
    # "held" (reported as having taken place) or "announced" (将于…召开, 决定召开…): an announced
    # event is kept so that its later report can be linked to it, but it has no participants and
    # never answers "who attended".
    status: str = "held"


EVENT_STATUSES: tuple[str, ...] = ("held", "announced")


@dataclass(slots=True)
class ArticleFacts:
    """Everything extracted from one article: the unit a worker returns."""

    doc_id: str
    article_id: str
    title: str | None = None
    pub_date: str | None = None
    region: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    persons: list[Person] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleFacts:
        def mention(m: dict | None) -> Mention | None:
            return Mention(**m) if m else None

        return cls(
            **{
                k: data.get(k) for k in ("doc_id", "article_id", "title", "pub_date", "region", "source", "url", "path")
            },
            persons=[Person(p["name"], [Mention(**m) for m in p.get("mentions", [])]) for p in data.get("persons", [])],
            bodies=[
                Body(b["name"], b.get("kind"), b.get("surface"), [Mention(**m) for m in b.get("mentions", [])])
                for b in data.get("bodies", [])
            ],
            positions=[
                Position(p["person"], p["title"], p.get("body"), mention(p.get("mention")))
                for p in data.get("positions", [])
            ],
            events=[
                Event(
                    **{k: e.get(k) for k in ("key", "name", "type", "date", "end_date", "ordinal", "term", "location")},
                    organizers=list(e.get("organizers") or []),
                    participants=[
                        Participation(
                            p["person"],
                            p["role"],
                            p.get("title_as_mentioned"),
                            p.get("list_position"),
                            mention(p.get("mention")),
                        )
                        for p in e.get("participants", [])
                    ],
                    mention=mention(e.get("mention")),
                    status=e.get("status") or "held",
                )
                for e in data.get("events", [])
            ],
        )
