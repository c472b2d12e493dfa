"""Time every named query: median of repeated runs, in the process and from the shell.

On the store of the whole CCTV corpus (``--store``, or built here from
/work/shared/corpus/cctv with ``kg build``, a few minutes) and, with
``--synthetic N``, on a synthetic store of at least N triples laid out like a
built one (persons with Chinese and pinyin labels, bodies, events with dates,
participations with roles and mentions, one named graph per document plus the
merged default graph). Arguments are chosen from the store itself: the person,
event and body with the most facts. Prints milliseconds per query (median,
min, max of ``--repeat`` runs, name lookup included, asked as the commands ask
them: :meth:`kg.graph.sparql.NamedQuery.answer`, ``kg evidence`` with its default
``--limit``), the median of those medians, and the wall time of ``kg attendees``,
``meetings-of``, ``evidence`` and ``stats`` as a user types them, start-up included.

    python bench/bench_query.py [--store DIR] [--synthetic 10000000 [--synthetic-store DIR]] [--repeat 15]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.graph import sparql
from kg.graph import store as stores
from kg.graph.pinyin import person_pinyin
from kg.graph.prefixes import PINYIN, PREFIXES

CORPUS = "/work/shared/corpus/cctv"
#: Rows kg evidence shows by default (kg.commands.query.EVIDENCE_LIMIT).
EVIDENCE_LIMIT = 100
KG = PREFIXES["kg"]


def pick(store: ox.Store) -> dict[str, str]:
    """Names to ask about: the busiest person, a frequent co-attendee, the biggest event and the busiest body."""

    def one(query: str) -> dict[str, str]:
        solution = next(iter(sparql.run(store, query, PREFIXES)))
        return {k: solution[k].value for k in ("a", "b") if solution[k] is not None}

    person = one(
        "SELECT ?a ?b WHERE { { SELECT ?p (COUNT(*) AS ?n) WHERE { ?x kg:agent ?p } GROUP BY ?p"
        " ORDER BY DESC(?n) LIMIT 1 }"
        " ?p rdfs:label ?a . OPTIONAL { ?p skos:altLabel ?b FILTER(LANG(?b) = 'zh-latn-pinyin') } }"
    )
    other = one(
        f"SELECT ?a ?b WHERE {{ ?p rdfs:label {ox.Literal(person['a'], language='zh')} . ?e kg:participant ?p , ?o ."
        " FILTER(?o != ?p) ?o rdfs:label ?a . BIND(1 AS ?b) } GROUP BY ?a ?b ORDER BY DESC(COUNT(*)) LIMIT 1"
    )
    event = one(
        "SELECT ?a ?b WHERE { { SELECT ?e (COUNT(*) AS ?n) WHERE { ?e kg:participant ?p } GROUP BY ?e"
        " ORDER BY DESC(?n) LIMIT 1 } ?e rdfs:label ?a . BIND(1 AS ?b) }"
    )
    body = one(
        "SELECT ?a ?b WHERE { { SELECT ?o (COUNT(*) AS ?n) WHERE { ?h kg:organization ?o } GROUP BY ?o"
        " ORDER BY DESC(?n) LIMIT 1 } ?o rdfs:label ?a . BIND(1 AS ?b) }"
    )
    return {
        "person": person["a"],
        "pinyin": person.get("b", ""),
        "other": other["a"],
        "event": event["a"],
        "body": body["a"],
    }


def cases(names: dict[str, str]) -> list[tuple[str, dict[str, str]]]:
    year = {"from": "2023-01-01", "to": "2023-12-31"}
    found = [
        ("attendees", {"event": names["event"]}),
        ("attendees", {"event": names["event"][-6:], **year}),
        ("meetings-of", {"person": names["person"]}),
        ("meetings-of", {"person": names["person"], **year}),
        ("posts", {"body": names["body"]}),
        ("posts-of", {"person": names["person"]}),
        ("co-attendance", {"a": names["person"], "b": names["other"]}),
        ("co-attendees", {"person": names["person"], **year}),
        ("body-meetings", {"body": names["body"], **year}),
        ("evidence", {"subject": names["person"]}),  # with kg evidence's default limit
        ("evidence", {"subject": names["other"]}),
    ]
    if names.get("pinyin"):
        found.append(("meetings-of", {"person": names["pinyin"], **year}))
    return found


def time_queries(store: ox.Store, repeat: int) -> list[float]:
    """Median milliseconds of each case, asked as the commands ask (:meth:`NamedQuery.answer`, name lookup included)."""
    run = lambda query: sparql.run(store, query)  # noqa: E731
    names = pick(store)
    print(f"  asking about {names}")
    medians = []
    for name, values in cases(names):
        query = sparql.named_queries()[name]
        limit = EVIDENCE_LIMIT if name == "evidence" else None
        times, shown, total = [], 0, 0
        for _ in range(repeat):
            start = time.perf_counter()
            answer = query.answer(values, run, limit)
            times.append((time.perf_counter() - start) * 1000)
            shown, total = len(answer.rows), answer.total
        medians.append(statistics.median(times))
        described = ", ".join(f"{k}={v}" for k, v in values.items())
        rows = f"{shown} rows" if shown == total else f"{shown} of {total} rows"
        print(
            f"  {name:14} {described[:60]:60} median {medians[-1]:8.1f} ms"
            f"  (min {min(times):.1f}, max {max(times):.1f})  {rows}"
        )
    print(f"  median of the {len(medians)} medians: {statistics.median(medians):.1f} ms")
    return medians


def time_cli(store_dir: Path, names: dict[str, str], repeat: int = 5) -> None:
    """Wall time of commands as typed, start-up included."""
    kg = str(Path(sys.executable).parent / "kg")
    commands = [
        ["attendees", names["event"]],
        ["meetings-of", names["person"]],
        ["evidence", names["person"]],
        ["stats"],
    ]
    for args in commands:
        times = []
        for _ in range(repeat if args[0] != "stats" else 3):
            start = time.perf_counter()
            subprocess.run([kg, *args, "--store", str(store_dir)], check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        print(f"  kg {args[0]} … wall, start-up included: median {statistics.median(times):.2f} s")


# ---------------------------------------------------------------------------------------------
# A synthetic store of N triples
# ---------------------------------------------------------------------------------------------


def synthetic_quads(triples: int, seed: int = 0) -> Iterator[ox.Quad]:
    """Quads of a made-up corpus laid out like a built store: each triple in a document graph and the default graph."""
    rng = random.Random(seed)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖"
    given = "志强伟明华建国文军平东海红英杰涛斌超勇军鹏宇辉刚健峰磊亮"
    iri, lit = ox.NamedNode, ox.Literal
    a, label, alt = iri(PREFIXES["rdf"] + "type"), iri(PREFIXES["rdfs"] + "label"), iri(PREFIXES["skos"] + "altLabel")
    k = {
        n: iri(KG + n)
        for n in (
            "Person",
            "Event",
            "Meeting",
            "Body",
            "Participation",
            "Mention",
            "PostHolding",
            "participant",
            "attendee",
            "chair",
            "event",
            "agent",
            "role",
            "date",
            "organizer",
            "mention",
            "document",
            "evidence",
            "holder",
            "title",
            "organization",
            "sourceFile",
            "AttendeeRole",
            "ChairRole",
            "Document",
        )
    }
    begin, end, anchor = (iri(PREFIXES["nif"] + n) for n in ("beginIndex", "endIndex", "anchorOf"))
    derived = iri(PREFIXES["prov"] + "wasDerivedFrom")
    xsd_date, xsd_int = iri(PREFIXES["xsd"] + "date"), iri(PREFIXES["xsd"] + "integer")
    persons = max(1000, triples // 60)
    bodies = max(100, triples // 600)
    events = max(100, triples // 80)
    person_names = [rng.choice(surnames) + "".join(rng.choices(given, k=rng.choice((1, 2)))) for _ in range(persons)]
    count = 0

    def emit(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal, g: ox.NamedNode) -> Iterator[ox.Quad]:
        yield ox.Quad(s, p, o, g)
        yield ox.Quad(s, p, o)

    for e in range(events):
        doc = iri(f"{PREFIXES['doc']}s{e // 5}")
        event = iri(f"{PREFIXES['event']}s{e}")
        day = f"{2010 + e % 15}-{1 + e % 12:02d}-{1 + e % 28:02d}"
        body = iri(f"{PREFIXES['body']}s{rng.randrange(bodies)}")
        quads = [
            (doc, a, k["Document"]),
            (doc, k["sourceFile"], lit(f"{day}.md")),
            (event, a, k["Event"]),
            (event, a, k["Meeting"]),
            (event, label, lit(f"第{e}次会议", language="zh")),
            (event, k["date"], lit(day, datatype=xsd_date)),
            (event, k["organizer"], body),
            (event, derived, doc),
            (body, a, k["Body"]),
            (body, label, lit(f"机构{body.value[-6:]}委员会", language="zh")),
        ]
        for position, p in enumerate(rng.sample(range(persons), 6)):
            person = iri(f"{PREFIXES['person']}s{p}")
            role = "chair" if position == 0 else "attendee"
            record = iri(f"{PREFIXES['participation']}s{e}-{p}")
            mention = iri(f"{PREFIXES['mention']}s{e}-{p}")
            name = person_names[p]
            quads += [
                (person, a, k["Person"]),
                (person, label, lit(name, language="zh")),
                (person, alt, lit(person_pinyin(name) or name, language=PINYIN.lower())),
                (event, k[role], person),
                (event, k["participant"], person),
                (record, a, k["Participation"]),
                (record, k["event"], event),
                (record, k["agent"], person),
                (record, k["role"], k["ChairRole" if role == "chair" else "AttendeeRole"]),
                (record, k["mention"], mention),
                (record, derived, doc),
                (mention, a, k["Mention"]),
                (mention, k["document"], doc),
                (mention, begin, lit(str(position * 10), datatype=xsd_int)),
                (mention, end, lit(str(position * 10 + len(name)), datatype=xsd_int)),
                (mention, anchor, lit(name)),
                (mention, k["evidence"], lit(f"{name}出席第{e}次会议。")),
            ]
        chair = iri(f"{PREFIXES['person']}s{e % persons}")
        holding = iri(f"{PREFIXES['holding']}s{e}")
        mention = iri(f"{PREFIXES['mention']}h{e}")
        quads += [
            (holding, a, k["PostHolding"]),
            (holding, k["holder"], chair),
            (holding, k["title"], lit("主任", language="zh")),
            (holding, k["organization"], body),
            (holding, derived, doc),
            (holding, k["mention"], mention),
            (mention, a, k["Mention"]),
            (mention, k["document"], doc),
            (mention, anchor, lit("主任")),
        ]
        for s, p, o in quads:
            yield from emit(s, p, o, doc)
        count += len(quads) - 3 * 6 - 2  # person and body descriptions repeat from event to event
        if count >= triples:
            return


def synthetic_store(folder: Path, triples: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "synthetic"
    store = ox.Store(str(target))
    chunk: list[ox.Quad] = []
    for quad in synthetic_quads(triples):
        chunk.append(quad)
        if len(chunk) >= 500_000:
            store.bulk_extend(chunk)
            chunk = []
    store.bulk_extend(chunk)
    store.optimize()
    del store
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="a store built from the whole corpus (else built here)")
    parser.add_argument("--synthetic", type=int, default=0, help="also time a synthetic store of this many triples")
    parser.add_argument("--synthetic-store", type=Path, help="where to keep the synthetic store (reused if present)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-query-") as scratch:
        folder = Path(scratch)
        store_dir = args.store
        if store_dir is None:
            store_dir = folder / "cctv"
            start = time.perf_counter()
            subprocess.run(
                [str(Path(sys.executable).parent / "kg"), "build", CORPUS, "--store", str(store_dir)], check=True
            )
            print(f"built the corpus store in {time.perf_counter() - start:.0f} s")
        store = stores.open_store(store_dir)
        print(f"corpus store {store_dir}: {stores.triple_count(store):,} triples")
        time_queries(store, args.repeat)
        time_cli(store_dir, pick(store))
        if args.synthetic:
            start = time.perf_counter()
            kept = args.synthetic_store
            if kept is not None and (kept / "synthetic").is_dir():
                synthetic = kept / "synthetic"
            else:
                synthetic = synthetic_store(kept or folder, args.synthetic)
            store = ox.Store.read_only(str(synthetic))
            print(
                f"synthetic store: {stores.triple_count(store):,} triples, made in {time.perf_counter() - start:.0f} s"
            )
            time_queries(store, args.repeat)


if __name__ == "__main__":
    main()
