"""Score extracted facts against the hand-made gold (tests/data/gold/GUIDELINES.md).

The gold is written per source document, while the pipeline returns facts per
article; :func:`predictions_by_doc` folds the articles of one document into the
gold's own shape, so that gold and predictions go through one comparison path
(and the gold scored against itself is a real check of that path, see
:func:`facts_from_gold`).

Matching rules (the "Scoring" section of the guidelines, made exact):

* Strings are compared after NFKC (full-/half-width forms agree) with layout
  whitespace between Han characters removed ("刘 侃" is "刘侃").
* Persons: the set of names per document.  Positions: the set of
  (person, title) pairs; the org is shown in error listings but not scored.
  Organizations: the set of body names, each read through the tool's alias table
  (``kg/resources/body_aliases.tsv``, the names the graph stores) on both sides, in the
  document's region: the guidelines keep one spelling per body and leave the
  aliases (全国人民代表大会 = 全国人大, 区政府 in a 大足 paper = 大足区政府) to that table.
* Events: a predicted event *can* match a gold event of the same document when
  their start dates agree where both have one, and their names share a run of
  4+ letters/digits (punctuation ignored) or most of their participants are in
  common (shared persons > half of the larger participant set).  Dates agree
  when every field both sides know (year, month, day) is equal, so
  ``--09-12`` agrees with ``2025-09-12`` and a year-month ``2025-05`` agrees
  with any day of May 2025.  Among the candidates, the one-to-one assignment is
  a maximum-cardinality, maximum-weight bipartite matching (NetworkX), the
  weight favouring exact dates, long shared name runs and shared participants;
  it is deterministic for a given input order.
* Participations: (person, event) pairs and (person, event, role) triples, the
  predicted event standing for the gold event it was matched to.
* Event month-day and type accuracies are measured over event pairs matched by
  the same rule *without* the date condition: with it, a wrong day could never
  be counted, because such an event would not match at all.  Month-day is the
  start's (month, day); both missing agree, one missing disagrees.  A
  year-month gold date has no month-day (the model writes ``None`` when the text
  gives no day).

The dev gold is split once, by a hash of each gold file's name, into *tune* (about two thirds: the
documents whose errors may be studied) and *check* (scored only to report); :func:`split_of` is the
whole rule, so a new gold file falls into its part without anyone choosing.

Figures are micro-averaged over the gold documents; predictions for documents
absent from the gold are ignored and a gold document without predictions counts
as all missed.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path, PurePath
from typing import Any

from kg.model import ArticleFacts, Body, Event, Mention, Participation, Person, Position

CATEGORIES: tuple[str, ...] = (
    "persons",
    "positions",
    "events",
    "participations",
    "participations_with_role",
    "organizations",
)
ACCURACIES: tuple[str, ...] = ("event_month_day", "event_type")

MIN_SHARED_RUN = 4
SPLITS: tuple[str, ...] = ("tune", "check")


def split_of(doc: str) -> str:
    """``tune`` or ``check`` for a gold document, from its gold file name (``<stem>.json``) alone.

    A SHA-256 byte of the name, not a list, decides: one document in three lands in *check*.
    """
    name = PurePath(doc).stem + ".json"
    return "check" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 3 == 0 else "tune"


class GoldError(ValueError):
    """A gold directory or file that cannot be used; the message is one line."""


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date of which the year, or the day, may be unknown."""

    year: int | None
    month: int | None
    day: int | None

    @property
    def month_day(self) -> tuple[int, int] | None:
        if self.month is None or self.day is None:
            return None
        return (self.month, self.day)


# A date string that could not be read: agrees with no real date.
UNREADABLE = PartialDate(None, None, None)

_FULL = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")


def _parse_point(text: str) -> PartialDate:
    text = text.strip()
    if m := _FULL.fullmatch(text):
        point = PartialDate(int(m[1]), int(m[2]), int(m[3]))
    elif m := _MONTH_DAY.fullmatch(text):
        point = PartialDate(None, int(m[1]), int(m[2]))
    elif m := _YEAR_MONTH.fullmatch(text):
        point = PartialDate(int(m[1]), int(m[2]), None)
    else:
        raise ValueError(f"unreadable date {text!r}")
    if not 1 <= point.month <= 12 or (point.day is not None and not 1 <= point.day <= 31):
        raise ValueError(f"impossible date {text!r}")
    return point


def parse_date(value: str | None) -> tuple[PartialDate | None, PartialDate | None]:
    """(start, end) of a gold-style date: ``YYYY-MM-DD``, ``--MM-DD``, ``YYYY-MM`` or ``A/B``.

    Raises ``ValueError`` for anything else.
    """
    if value is None or not str(value).strip():
        return None, None
    parts = str(value).split("/")
    if len(parts) > 2:
        raise ValueError(f"unreadable date range {value!r}")
    start = _parse_point(parts[0])
    end = _parse_point(parts[1]) if len(parts) == 2 else None
    return start, end


def dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    """True when either is missing, or every field both sides know is equal."""
    if a is None or b is None:
        return True
    if a == UNREADABLE or b == UNREADABLE:
        return False
    return all(x is None or y is None or x == y for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)))


def format_date_range(start: str | None, end: str | None) -> str | None:
    """Our model's ``date``/``end_date`` pair as the gold writes it."""
    if not start:
        return None
    return f"{start}/{end}" if end and end != start else start


# --------------------------------------------------------------------------- gold


def load_gold(path: str | Path) -> dict[str, dict]:
    """Every ``*.json`` gold file under ``path`` (recursively, or one file), keyed by its ``doc``.

    Raises :class:`GoldError` with a one-line message for a missing directory,
    no gold files, unreadable JSON or a file that does not have the gold shape.
    """
    root = Path(path)
    if root.is_file():
        files = [root]
    elif root.is_dir():
        files = sorted(p for p in root.rglob("*.json") if p.is_file())
        if not files:
            raise GoldError(f"{root}: no gold *.json files found")
    else:
        raise GoldError(f"{root}: gold directory not found")
    gold: dict[str, dict] = {}
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8-sig"))
        except UnicodeDecodeError as err:
            raise GoldError(f"{file}: not UTF-8 ({err.reason})") from None
        except json.JSONDecodeError as err:
            raise GoldError(f"{file}: bad JSON at line {err.lineno} column {err.colno}: {err.msg}") from None
        except OSError as err:
            raise GoldError(f"{file}: cannot read ({err.strerror})") from None
        try:
            _check_gold_shape(data)
        except ValueError as err:
            raise GoldError(f"{file}: {err}") from None
        if data["doc"] in gold:
            raise GoldError(f"{file}: doc {data['doc']!r} is annotated twice")
        gold[data["doc"]] = data
    return gold


def _check_gold_shape(data: Any) -> None:
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if not isinstance(data.get("doc"), str) or not data["doc"]:
        raise ValueError("missing 'doc' (the source file name)")
    for key in ("persons", "organizations", "events"):
        if not isinstance(data.get(key, []), list):
            raise ValueError(f"'{key}' is not a list")
    for i, person in enumerate(data.get("persons", [])):
        if not isinstance(person, dict) or not isinstance(person.get("name"), str):
            raise ValueError(f"persons[{i}] has no name")
        for position in person.get("positions") or []:
            if not isinstance(position, dict) or not isinstance(position.get("title"), str):
                raise ValueError(f"persons[{i}] ({person['name']}) has a position without a title")
    for i, event in enumerate(data.get("events", [])):
        if not isinstance(event, dict) or not isinstance(event.get("name"), str):
            raise ValueError(f"events[{i}] has no name")
        parse_date(event.get("date"))
        for participant in event.get("participants") or []:
            if not isinstance(participant, dict) or not all(
                isinstance(participant.get(k), str) for k in ("name", "role")
            ):
                raise ValueError(f"events[{i}] ({event['name']}) has a participant without name or role")


# --------------------------------------------------------------------------- predictions


def predictions_by_doc(facts: Iterable[ArticleFacts]) -> dict[str, dict]:
    """Fold per-article facts into one gold-shaped dict per ``doc_id``.

    Persons, positions and bodies are unions over the document's articles (a
    position holder missing from ``persons`` is added, as the gold shape nests
    positions under persons).  Events held are kept one per extracted event (announced ones are
    not scored: the gold holds events that took place); merging
    the same event read in two articles is the resolver's job, and a duplicate
    it leaves counts as spurious.
    """
    docs: dict[str, dict] = {}
    for article in facts:
        doc = docs.setdefault(
            article.doc_id,
            {
                "doc": article.doc_id,
                "region": article.region,
                "pub_date": article.pub_date,
                "persons": [],
                "organizations": [],
                "events": [],
                "_persons": {},
            },
        )
        doc["region"] = doc["region"] or article.region
        doc["pub_date"] = doc["pub_date"] or article.pub_date
        persons: dict[str, dict] = doc["_persons"]

        def person(name: str, persons: dict[str, dict] = persons, doc: dict = doc) -> dict:
            if name not in persons:
                persons[name] = {"name": name, "positions": []}
                doc["persons"].append(persons[name])
            return persons[name]

        for p in article.persons:
            person(p.name)
        for pos in article.positions:
            entry = {"title": pos.title, "org": pos.body}
            holder = person(pos.person)
            if entry not in holder["positions"]:
                holder["positions"].append(entry)
        for body in article.bodies:
            if body.name not in doc["organizations"]:
                doc["organizations"].append(body.name)
        for event in article.events:
            if event.status == "held":  # the gold marks only events reported as held
                doc["events"].append(_event_to_gold_shape(event, article.article_id))
    for doc in docs.values():
        del doc["_persons"]
    return docs


def _event_to_gold_shape(event: Event, article_id: str) -> dict:
    participants: list[dict] = []
    for part in event.participants:
        entry = {"name": part.person, "role": part.role}
        if entry not in participants:
            participants.append(entry)
    organizers = list(event.organizers)
    return {
        "name": event.name,
        "type": event.type,
        "date": format_date_range(event.date, event.end_date),
        "organizer": organizers[0] if len(organizers) == 1 else (organizers or None),
        "participants": participants,
        "evidence": event.mention.sentence if event.mention else None,
        "article_id": article_id,
    }


def facts_from_gold(doc: dict) -> ArticleFacts:
    """A gold document as if one article had been extracted with exactly its facts.

    Lets the gold be scored against itself through :func:`predictions_by_doc`,
    and gives downstream stages hand-checked input.  Offsets are unknown (-1);
    a year-month gold date is carried over as written.
    """
    doc_id = doc["doc"]
    persons: list[Person] = []
    positions: list[Position] = []
    for p in doc.get("persons", []):
        persons.append(Person(p["name"]))
        positions.extend(Position(p["name"], q["title"], q.get("org")) for q in p.get("positions") or [])
    events: list[Event] = []
    for i, e in enumerate(doc.get("events", [])):
        start, _, end = (e.get("date") or "").partition("/")
        organizer = e.get("organizer")
        evidence = e.get("evidence") or ""
        events.append(
            Event(
                key=f"{doc_id}#gold{i}",
                name=e["name"],
                type=e.get("type") or "",
                date=start or None,
                end_date=end or None,
                organizers=[organizer] if isinstance(organizer, str) else list(organizer or []),
                participants=[Participation(q["name"], q["role"]) for q in e.get("participants") or []],
                mention=Mention(doc_id, -1, -1, evidence, evidence),
            )
        )
    return ArticleFacts(
        doc_id=doc_id,
        article_id=f"{doc_id}#gold",
        pub_date=doc.get("pub_date"),
        region=doc.get("region"),
        persons=persons,
        bodies=[Body(name) for name in doc.get("organizations", [])],
        positions=positions,
        events=events,
    )


def read_predictions(lines: Iterable[str], where: str = "-") -> Iterator[ArticleFacts | str]:
    """ArticleFacts from ``kg extract`` JSON Lines; a bad line yields a one-line error string instead."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield ArticleFacts.from_dict(json.loads(line))
        except json.JSONDecodeError as err:
            yield f"{where}:{number}: bad JSON: {err.msg}"
        except (TypeError, KeyError, AttributeError) as err:
            yield f"{where}:{number}: not an ArticleFacts record: {type(err).__name__}: {err}"


# --------------------------------------------------------------------------- normalised views


_HAN_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def normalise(text: str | None) -> str:
    """Comparison key: NFKC, outer whitespace stripped, layout spaces between Han removed."""
    if not text:
        return ""
    return _HAN_GAP.sub("", unicodedata.normalize("NFKC", text).strip())


def _letters(text: str) -> str:
    return "".join(ch for ch in normalise(text) if unicodedata.category(ch)[0] in "LN")


def longest_shared_run(a: str, b: str) -> int:
    """Length of the longest run of characters two strings share."""
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


@dataclass(slots=True)
class _EventView:
    index: int
    name: str
    letters: str
    type: str
    date: str | None
    start: PartialDate | None
    participants: frozenset[str]
    roles: frozenset[tuple[str, str]]
    evidence: str | None
    article_id: str | None

    def label(self) -> str:
        where = f", {self.article_id}" if self.article_id else ""
        return f"{self.name} [{self.date or 'no date'}, {self.type or 'no type'}{where}]"


@dataclass(slots=True)
class _DocView:
    persons: set[str] = field(default_factory=set)
    positions: dict[tuple[str, str], list[str | None]] = field(default_factory=dict)
    organizations: set[str] = field(default_factory=set)
    events: list[_EventView] = field(default_factory=list)


def _view(doc: dict | None, region: str | None = None) -> _DocView:
    from kg.graph.resolve import default_aliases  # the graph stage's names, loaded only to score

    view = _DocView()
    if not doc:
        return view
    for person in doc.get("persons") or []:
        name = normalise(person.get("name"))
        if not name:
            continue
        view.persons.add(name)
        for position in person.get("positions") or []:
            orgs = view.positions.setdefault((name, normalise(position.get("title"))), [])
            if position.get("org") not in orgs:
                orgs.append(position.get("org"))
    aliases = default_aliases()
    region = doc.get("region") or region
    names = (normalise(o) for o in doc.get("organizations") or [])
    view.organizations = {aliases.canonical(name, region) for name in names if name}
    for i, event in enumerate(doc.get("events") or []):
        try:
            start, _ = parse_date(event.get("date"))
        except ValueError:
            start = UNREADABLE
        parts = [(normalise(p.get("name")), normalise(p.get("role"))) for p in event.get("participants") or []]
        view.events.append(
            _EventView(
                index=i,
                name=normalise(event.get("name")),
                letters=_letters(event.get("name")),
                type=normalise(event.get("type")),
                date=event.get("date"),
                start=start,
                participants=frozenset(name for name, _ in parts if name),
                roles=frozenset((name, role) for name, role in parts if name),
                evidence=event.get("evidence"),
                article_id=event.get("article_id"),
            )
        )
    return view


# --------------------------------------------------------------------------- event matching


def _pair_weight(g: _EventView, p: _EventView, *, require_dates: bool) -> int | None:
    """Preference for pairing two events, or None when they may not be paired."""
    if require_dates and not dates_agree(g.start, p.start):
        return None
    run = longest_shared_run(g.letters, p.letters)
    shared = len(g.participants & p.participants)
    most_in_common = shared > 0 and 2 * shared > max(len(g.participants), len(p.participants))
    if run < MIN_SHARED_RUN and not most_in_common:
        return None
    # Same date beats an unknown date, which beats a clash (possible only when dates are not required).
    date_bonus = 1000 if g.start is None or p.start is None else 2000 * dates_agree(g.start, p.start)
    name_similarity = run / max(len(g.letters), len(p.letters), 1)
    union = len(g.participants | p.participants)
    participant_similarity = shared / union if union else 0.0
    return date_bonus + round(1000 * name_similarity) + round(1000 * participant_similarity) + 1


def match_events(gold: list[_EventView], predicted: list[_EventView], *, require_dates: bool = True) -> dict[int, int]:
    """One-to-one pairing {gold index: predicted index}, most pairs first, then best pairs."""
    import networkx as nx

    graph = nx.Graph()
    for g in gold:
        for p in predicted:
            weight = _pair_weight(g, p, require_dates=require_dates)
            if weight is not None:
                graph.add_edge(("gold", g.index), ("pred", p.index), weight=weight)
    pairs: dict[int, int] = {}
    for u, v in nx.max_weight_matching(graph, maxcardinality=True):
        (_, gi), (_, pi) = (u, v) if u[0] == "gold" else (v, u)
        pairs[gi] = pi
    return dict(sorted(pairs.items()))


# --------------------------------------------------------------------------- report


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        # Nothing predicted: perfect if nothing was there to find.
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, float | int | None]:
        value = self.value
        return {"accuracy": None if value is None else round(value, 4), "correct": self.correct, "total": self.total}


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """One missed, spurious or mismatched fact, with what a developer needs to find it."""

    doc: str
    category: str
    kind: str  # "missed" | "spurious" | "mismatch"
    item: str
    evidence: str | None = None

    def format(self) -> str:
        line = f"{self.doc}  {self.category:<24} {self.kind:<8}  {self.item}"
        if self.evidence:
            line += f"\n    evidence: {self.evidence}"
        return line

    def to_dict(self) -> dict[str, str | None]:
        return {"doc": self.doc, "category": self.category, "kind": self.kind, "item": self.item,
                "evidence": self.evidence}


@dataclass(slots=True)
class DocScore:
    doc: str
    predicted_doc: str | None
    counts: dict[str, Counts]
    accuracy: dict[str, Accuracy]
    errors: list[ErrorItem]

    def to_dict(self) -> dict[str, Any]:
        return {
            "predicted_doc": self.predicted_doc,
            **{name: self.counts[name].to_dict() for name in CATEGORIES},
            **{name: self.accuracy[name].to_dict() for name in ACCURACIES},
        }


@dataclass(slots=True)
class Report:
    docs: dict[str, DocScore]
    ignored_docs: list[str] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, Counts]:
        return {name: sum((d.counts[name] for d in self.docs.values()), Counts()) for name in CATEGORIES}

    @property
    def accuracy(self) -> dict[str, Accuracy]:
        return {name: sum((d.accuracy[name] for d in self.docs.values()), Accuracy()) for name in ACCURACIES}

    @property
    def errors(self) -> list[ErrorItem]:
        return [e for d in self.docs.values() for e in d.errors]

    def part(self, split: str) -> Report:
        """The report restricted to the gold documents of one split (``tune`` or ``check``).

        An unknown split is an error, not an empty report: an empty report scores a perfect 1.0,
        and a floor test asking for it could never fail.
        """
        if split not in SPLITS:
            raise ValueError(f"unknown split {split!r}: one of {', '.join(SPLITS)}; use the report itself for all")
        return Report({doc: s for doc, s in self.docs.items() if split_of(doc) == split}, self.ignored_docs)

    def summary_lines(self, input_errors: int = 0) -> list[str]:
        """The compact closing table: at most 10 lines."""
        with_predictions = sum(1 for d in self.docs.values() if d.predicted_doc is not None)
        head = f"gold docs: {len(self.docs)} ({with_predictions} with predictions)"
        if self.ignored_docs:
            head += f"; {len(self.ignored_docs)} predicted docs not in gold ignored"
        if input_errors:
            head += f"; {input_errors} input errors"
        lines = [head, f"{'metric':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>6}{'fn':>6}"]
        for name, c in self.totals.items():
            lines.append(f"{name:<26}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>7}{c.fp:>6}{c.fn:>6}")
        for name, a in self.accuracy.items():
            value = "n/a" if a.value is None else f"{a.value:.3f}"
            lines.append(f"{name + ' acc':<26}{value:>7}  ({a.correct}/{a.total} event pairs matched by name)")
        return lines

    def per_doc_lines(self) -> list[str]:
        short = {"persons": "pers", "positions": "pos", "events": "evt", "participations": "part",
                 "participations_with_role": "role", "organizations": "org"}
        width = max([len(d) for d in self.docs] + [3])
        lines = [f"{'doc':<{width}}" + "".join(f"{short[n]:>7}" for n in CATEGORIES) + f"{'md':>7}  (F1; md = acc)"]
        for doc, score in self.docs.items():
            md = score.accuracy["event_month_day"].value
            cells = "".join(f"{score.counts[n].f1:>7.3f}" for n in CATEGORIES)
            missing = "  (no predictions)" if score.predicted_doc is None else ""
            lines.append(f"{doc:<{width}}{cells}{'n/a' if md is None else f'{md:.3f}':>7}{missing}")
        return lines

    def error_lines(self) -> list[str]:
        return [e.format() for e in self.errors]

    def to_dict(self, *, per_doc: bool = False, errors: bool = False, input_errors: int = 0) -> dict[str, Any]:
        out: dict[str, Any] = {
            "gold_docs": len(self.docs),
            "docs_with_predictions": sum(1 for d in self.docs.values() if d.predicted_doc is not None),
            "ignored_docs": self.ignored_docs,
            "input_errors": input_errors,
            **{name: c.to_dict() for name, c in self.totals.items()},
            **{name: a.to_dict() for name, a in self.accuracy.items()},
        }
        if per_doc:
            out["docs"] = {doc: score.to_dict() for doc, score in self.docs.items()}
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


# --------------------------------------------------------------------------- scoring


def _pair_docs(gold: dict[str, dict], predicted: dict[str, dict]) -> tuple[dict[str, str], list[str]]:
    """{gold doc: predicted doc}: exact ids first, then base name, then name without extension."""
    pairs = {doc: doc for doc in predicted if doc in gold}
    for name_of in (lambda d: PurePath(d).name, lambda d: PurePath(PurePath(d).name).stem):
        open_gold: dict[str, list[str]] = {}
        for doc in gold:
            if doc not in pairs:
                open_gold.setdefault(name_of(doc), []).append(doc)
        for doc_id in predicted:
            if doc_id in pairs.values():
                continue
            targets = open_gold.get(name_of(doc_id), [])
            if len(targets) == 1 and targets[0] not in pairs:
                pairs[targets[0]] = doc_id
    claimed = set(pairs.values())
    return pairs, sorted(doc_id for doc_id in predicted if doc_id not in claimed)


def _set_counts(
    doc: str, category: str, gold: set, predicted: set, describe, errors: list[ErrorItem]
) -> Counts:
    for item in sorted(gold - predicted, key=repr):
        text, evidence = describe(item, "gold")
        errors.append(ErrorItem(doc, category, "missed", text, evidence))
    for item in sorted(predicted - gold, key=repr):
        text, evidence = describe(item, "pred")
        errors.append(ErrorItem(doc, category, "spurious", text, evidence))
    tp = len(gold & predicted)
    return Counts(tp, len(predicted) - tp, len(gold) - tp)


def score_doc(doc: str, gold_doc: dict, predicted_doc: dict | None, predicted_id: str | None = None) -> DocScore:
    """Compare one document's gold with its gold-shaped predictions."""
    region = (gold_doc or {}).get("region") or (predicted_doc or {}).get("region")
    g, p = _view(gold_doc, region), _view(predicted_doc, region)
    errors: list[ErrorItem] = []
    counts: dict[str, Counts] = {}

    def plain(item, _side):
        return (item, None)

    counts["persons"] = _set_counts(doc, "persons", g.persons, p.persons, plain, errors)

    def position(item, side):
        orgs = (g if side == "gold" else p).positions[item]
        where = " / ".join(o or "no org" for o in orgs)
        return (f"{item[0]} · {item[1]} ({where})", None)

    counts["positions"] = _set_counts(doc, "positions", set(g.positions), set(p.positions), position, errors)

    pairs = match_events(g.events, p.events)
    event_id = {("pred", pi): ("gold", gi) for gi, pi in pairs.items()}

    def event(ref: tuple[str, int]) -> _EventView:
        side, index = ref
        return (g.events if side == "gold" else p.events)[index]

    gold_events = {("gold", e.index) for e in g.events}
    pred_events = {event_id.get(("pred", e.index), ("pred", e.index)) for e in p.events}

    def describe_event(ref, _side):
        e = event(ref)
        return (e.label(), e.evidence)

    counts["events"] = _set_counts(doc, "events", gold_events, pred_events, describe_event, errors)

    def refs(view: _DocView, side: str, with_role: bool) -> set:
        out = set()
        for e in view.events:
            ref = (side, e.index) if side == "gold" else event_id.get(("pred", e.index), ("pred", e.index))
            if with_role:
                out.update((name, ref, role) for name, role in e.roles)
            else:
                out.update((name, ref) for name in e.participants)
        return out

    matched_pred = {gi: p.events[pi] for gi, pi in pairs.items()}

    def describe_participation(item, side):
        e = event(item[1])
        role = f" as {item[2]}" if len(item) == 3 else ""
        found = matched_pred.get(e.index) if item[1][0] == "gold" and side == "pred" else None
        where = f" (read in {found.article_id})" if found is not None and found.article_id else ""
        return (f"{item[0]}{role} @ {e.label()}{where}", e.evidence)

    counts["participations"] = _set_counts(
        doc, "participations", refs(g, "gold", False), refs(p, "pred", False), describe_participation, errors
    )
    counts["participations_with_role"] = _set_counts(
        doc, "participations_with_role", refs(g, "gold", True), refs(p, "pred", True), describe_participation, errors
    )
    counts["organizations"] = _set_counts(doc, "organizations", g.organizations, p.organizations, plain, errors)

    accuracy = {name: Accuracy() for name in ACCURACIES}
    for gi, pi in match_events(g.events, p.events, require_dates=False).items():
        ge, pe = g.events[gi], p.events[pi]
        gold_md = ge.start.month_day if ge.start else None
        pred_md = pe.start.month_day if pe.start else None
        if pe.start == UNREADABLE:
            pred_md = (0, 0)
        accuracy["event_month_day"] += Accuracy(int(gold_md == pred_md), 1)
        if gold_md != pred_md:
            errors.append(ErrorItem(doc, "event_month_day", "mismatch",
                                    f"gold {ge.date or 'no date'} vs predicted {pe.date or 'no date'}: {ge.name}"
                                    + (f" (read in {pe.article_id})" if pe.article_id else ""),
                                    ge.evidence))
        accuracy["event_type"] += Accuracy(int(ge.type == pe.type), 1)
        if ge.type != pe.type:
            errors.append(ErrorItem(doc, "event_type", "mismatch",
                                    f"gold {ge.type or 'none'} vs predicted {pe.type or 'none'}: {ge.name}",
                                    ge.evidence))
    return DocScore(doc, predicted_id, counts, accuracy, errors)


def score(gold: dict[str, dict], predicted: dict[str, dict]) -> Report:
    """Score gold-shaped predictions (from :func:`predictions_by_doc`) against :func:`load_gold` output.

    Prediction ids are paired with gold docs by exact id, else by base name, else
    by name without extension (``000_x`` finds ``000_x.txt``).
    """
    pairs, ignored = _pair_docs(gold, predicted)
    docs = {
        doc: score_doc(doc, gold[doc], predicted.get(pairs[doc]) if doc in pairs else None, pairs.get(doc))
        for doc in gold
    }
    return Report(docs, ignored)
