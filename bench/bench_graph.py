"""Build the knowledge graph of a whole folder and time every stage and every shipped query.

Prints the number of articles, triples and quads, the time of extraction, identity
resolution, store loading and export, the peak resident memory of the process
(``resource.getrusage``), the store's size on disk, and the latency of each named
query in ``kg/queries`` on the built graph, with arguments taken from the graph
itself (its busiest person, event and body).

    python bench/bench_graph.py [FOLDER] [--store DIR] [--facts FACTS.jsonl] [--save-facts FACTS.jsonl]
                                [--output FILE ...] [--repeat 3]

FOLDER defaults to the full CCTV corpus, /work/shared/corpus/cctv (1,095 days).
``--facts`` skips extraction and builds from facts saved earlier by ``--save-facts``
or ``kg extract``, to time the graph stages alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kg.graph import sparql
from kg.graph import store as stores
from kg.graph.resolve import resolve
from kg.model import ArticleFacts, IngestError

BUSIEST = {
    "person": """SELECT ?x (COUNT(*) AS ?n) WHERE { ?e <https://w3id.org/zhgov-kg/ontology#participant> ?x }
                 GROUP BY ?x ORDER BY DESC(?n) LIMIT 2""",
    "event": """SELECT ?x (COUNT(*) AS ?n) WHERE { ?x <https://w3id.org/zhgov-kg/ontology#participant> ?p }
                GROUP BY ?x ORDER BY DESC(?n) LIMIT 1""",
    "body": """SELECT ?x (COUNT(*) AS ?n) WHERE { ?e <https://w3id.org/zhgov-kg/ontology#organizer> ?x }
               GROUP BY ?x ORDER BY DESC(?n) LIMIT 1""",
}
LABEL = "SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def extract(folder: str) -> tuple[list[ArticleFacts], int]:
    from kg.extract.pipeline import extract_facts

    facts, errors = [], 0
    for item in extract_facts([folder]):
        if isinstance(item, IngestError):
            errors += 1
            print(f"  input error: {item}", file=sys.stderr)
        else:
            facts.append(item)
    return facts, errors


def load_facts(path: str) -> list[ArticleFacts]:
    with open(path, encoding="utf-8") as handle:
        return [ArticleFacts.from_dict(json.loads(line)) for line in handle if line.strip()]


def label_of(store: object, iri: object) -> str:
    found = list(store.query(LABEL.replace("?x", str(iri))))  # type: ignore[attr-defined]
    return found[0]["l"].value if found else str(iri)


def arguments(store: object) -> dict[str, dict[str, str]]:
    """Arguments for each named query, chosen from the graph (labels, so the name matching is timed too)."""
    picks: dict[str, list[str]] = {}
    for kind, query in BUSIEST.items():
        picks[kind] = [label_of(store, row["x"]) for row in store.query(query)]  # type: ignore[attr-defined]
    person = picks["person"][0]
    other = picks["person"][1] if len(picks["person"]) > 1 else person
    return {
        "attendees": {"event": picks["event"][0]},
        "meetings-of": {"person": person},
        "posts": {"body": picks["body"][0]},
        "posts-of": {"person": person},
        "co-attendance": {"a": person, "b": other},
        "body-meetings": {"body": picks["body"][0], "from": "2022-01-01", "to": "2022-12-31"},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/work/shared/corpus/cctv")
    parser.add_argument("--store", help="store directory (default: a temporary one)")
    parser.add_argument("--facts", help="build from these extracted facts instead of running the pipeline")
    parser.add_argument("--save-facts", help="also write the extracted facts here (JSON Lines)")
    parser.add_argument("--output", "-o", action="append", default=[], help="also export to this file (repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (median reported)")
    args = parser.parse_args()

    started = time.perf_counter()
    if args.facts:
        t0 = time.perf_counter()
        facts, errors = load_facts(args.facts), 0
        print(f"read facts          {time.perf_counter() - t0:8.1f} s   {len(facts):,} articles from {args.facts}")
    else:
        t0 = time.perf_counter()
        facts, errors = extract(args.folder)
        print(f"extraction          {time.perf_counter() - t0:8.1f} s   {len(facts):,} articles, {errors} input errors")
    if args.save_facts:
        with open(args.save_facts, "w", encoding="utf-8") as out:
            for article in facts:
                out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")

    t0 = time.perf_counter()
    resolution = resolve(facts)
    persons = len({p.key for p in resolution.persons.values()})
    events = len({e.key for e in resolution.events.values()})
    reports = sum(len(a.events) for a in resolution.articles)
    bodies = len(resolution.bodies)
    print(
        f"identity resolution {time.perf_counter() - t0:8.1f} s   {persons:,} persons, {bodies:,} bodies, "
        f"{events:,} events from {reports:,} event reports"
    )

    workdir = None if args.store else tempfile.TemporaryDirectory(prefix="kg-bench-")
    store_dir = Path(args.store) if args.store else Path(workdir.name) / "store"  # type: ignore[union-attr]
    t0 = time.perf_counter()
    triples = stores.build(resolution, store_dir)
    print(f"graph + store load  {time.perf_counter() - t0:8.1f} s   {triples:,} triples (merged graph)")
    store = stores.open_store(store_dir)
    quads = len(store)
    disk = sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file())
    print(f"store               {quads:,} quads (named graphs + merged graph), {disk / 2**20:,.0f} MB on disk")
    for output in args.output:
        t0 = time.perf_counter()
        stores.export(store, output)
        size = Path(output).stat().st_size
        print(f"export {Path(output).name:<12} {time.perf_counter() - t0:8.1f} s   {size / 2**20:,.1f} MB")
    print(f"total               {time.perf_counter() - started:8.1f} s")
    print(f"peak RSS            {peak_mb():8,.0f} MB")

    print("\nnamed query latency (median of", args.repeat, "runs, embedded store):")
    for name, values in arguments(store).items():
        text = sparql.named_queries()[name].bind(values)
        times, rows = [], 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            rows = len(sparql.rows(sparql.run(store, text))[1])
            times.append(time.perf_counter() - t0)
        shown = ", ".join(f"{k}={v}" for k, v in values.items())
        print(f"  {name:<14} {statistics.median(times) * 1000:9.1f} ms  {rows:6,} rows   ({shown})")
    if workdir is not None:
        del store
        workdir.cleanup()


if __name__ == "__main__":
    main()
