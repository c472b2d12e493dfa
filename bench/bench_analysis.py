"""Time the analysis of a corpus-sized graph: NetworkX views, co-attendance, measures, tables.

Builds the graph of a folder (default: the full CCTV corpus, /work/shared/corpus/cctv,
1,095 days) or reads one already built, then times each step a notebook user
takes: loading, the tables, the bipartite person–event graph, the co-attendance
network counted over event rosters, PageRank, betweenness (sampled with ``k``
sources above 2,000 persons), Louvain communities, who chairs most, a body's
roster, CSV and GraphML export. Prints seconds per step and the peak resident
memory of the process (``resource.getrusage``).

    python bench/bench_analysis.py [FOLDER] [--store DIR | --graph FILE | --facts FACTS.jsonl] [--k 500]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from kg import analysis as ka

CORPUS = "/work/shared/corpus/cctv"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step(name: str, function: Callable[[], Any], describe: Callable[[Any], str] = lambda _: "") -> Any:
    start = time.perf_counter()
    result = function()
    elapsed = time.perf_counter() - start
    print(f"{name:<28}{elapsed:8.2f} s   {describe(result)}", flush=True)
    return result


def build(folder: str | None, facts_file: str | None, store_dir: Path) -> None:
    from kg.graph import store as stores
    from kg.graph.resolve import resolve
    from kg.model import ArticleFacts, IngestError

    if facts_file:
        import json

        with open(facts_file, encoding="utf-8") as handle:
            facts = step(
                "read facts",
                lambda: [ArticleFacts.from_dict(json.loads(line)) for line in handle if line.strip()],
                lambda f: f"{len(f):,} articles",
            )
    else:
        from kg.extract.pipeline import extract_facts

        facts = step(
            "extraction",
            lambda: [f for f in extract_facts([folder]) if not isinstance(f, IngestError)],
            lambda f: f"{len(f):,} articles",
        )
    resolution = step("identity resolution", lambda: resolve(facts))
    step("graph + store load", lambda: stores.build(resolution, store_dir), lambda n: f"{n:,} triples")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=CORPUS)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--store", help="a store built by `kg build` (skips the build)")
    source.add_argument("--graph", help="a graph file (.ttl .nt .nq [.gz]) (skips the build)")
    source.add_argument("--facts", help="build from facts saved by `kg extract` instead of extracting")
    parser.add_argument(
        "--k", type=int, default=None, help="betweenness sources [default: exact <= 2000 nodes, else 500]"
    )
    parser.add_argument("--out", help="write CSV tables and GraphML here [default: a temporary folder]")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-analysis-") as scratch:
        if args.store or args.graph:
            source_path = args.store or args.graph
        else:
            source_path = str(Path(scratch) / "store")
            build(args.folder, args.facts, Path(source_path))
        print(f"peak RSS after build      {peak_mb():8,.0f} MB", flush=True)

        g = step("load graph", lambda: ka.load_graph(source_path))
        parts = step("participations table", lambda: ka.participations(g), lambda t: f"{len(t):,} rows")
        roles = Counter(p["role"] for p in parts)
        print(f"{'':<40}{dict(sorted(roles.items()))}")
        bipartite = step(
            "person_event_graph",
            lambda: ka.person_event_graph(g),
            lambda b: f"{b.number_of_nodes():,} nodes, {b.number_of_edges():,} edges",
        )
        people = step(
            "co_attendance (rosters)",
            lambda: ka.co_attendance(bipartite),
            lambda c: f"{c.number_of_nodes():,} persons, {c.number_of_edges():,} pairs",
        )
        biggest = max(
            (len(list(bipartite[n])) for n, d in bipartite.nodes(data=True) if d["bipartite"] == 1), default=0
        )
        print(f"{'':<40}largest roster {biggest:,} persons")
        step(
            "co_attendance min_events=2",
            lambda: ka.co_attendance(bipartite, min_events=2),
            lambda c: f"{c.number_of_edges():,} pairs",
        )
        rank = step("pagerank (weighted)", lambda: nx.pagerank(people, weight="weight"))
        between = step(
            "betweenness",
            lambda: ka.betweenness(people, k=args.k),
            lambda _: (
                "exact"
                if people.number_of_nodes() <= ka.EXACT_BETWEENNESS_LIMIT and args.k is None
                else f"sampled k={args.k or ka.BETWEENNESS_SAMPLES}"
            ),
        )
        groups = step(
            "louvain communities",
            lambda: ka.communities(people),
            lambda c: f"{len(c):,} communities, largest {len(c[0]) if c else 0:,}",
        )
        table = step(
            "centrality_table (all)", lambda: ka.centrality_table(people, k=args.k), lambda t: f"{len(t):,} rows"
        )
        chairs = step(
            "top_chairs", lambda: ka.top_chairs(g, 5), lambda t: ", ".join(f"{r['label']} {r['chaired']}" for r in t)
        )
        pairs = step(
            "top_pairs",
            lambda: ka.top_pairs(people, 5),
            lambda t: ", ".join(f"{r['a_label']}-{r['b_label']} {r['events']}" for r in t),
        )
        holdings = ka.post_holdings(g)
        busiest = Counter(h["body_label"] for h in holdings if h["body_label"]).most_common(1)
        if busiest:
            step(
                f"body_roster({busiest[0][0]})", lambda: ka.body_roster(g, busiest[0][0]), lambda t: f"{len(t):,} rows"
            )
        out = Path(args.out) if args.out else Path(scratch) / "out"
        step("export_tables (CSV)", lambda: ka.export_tables(g, out / "tables"))
        step(
            "write GraphML co-attendance",
            lambda: ka.write_network(people, out / "co-attendance.graphml"),
            lambda p: f"{p.stat().st_size / 1e6:.1f} MB",
        )
        print(f"peak RSS                  {peak_mb():8,.0f} MB")
        print("\nmost central (weighted degree):")
        for row in table[:10]:
            print(
                f"  {row['label']:<8} {row['region'] or '':<6} degree {row['degree']:>5}  weighted "
                f"{row['weighted_degree']:>6}  pagerank {rank[row['node']]:.4f}  betweenness {between[row['node']]:.4f}"
            )
        del groups, chairs, pairs
    sys.stdout.flush()


if __name__ == "__main__":
    main()
