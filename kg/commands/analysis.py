"""``kg stats`` and ``kg export-network``: the measures and networks of :mod:`kg.analysis` from the shell."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import click

from kg.commands.options import UsageProblem, graph_source_options, network_filter_options

NETWORKS = ("full", "co-attendance", "person-event", "affiliation")


def _open(store_dir: str | None, graph_file: str | None) -> Any:
    from kg.graph import store as stores

    if store_dir and graph_file:
        raise UsageProblem("give at most one of --store, --graph")
    source = graph_file or store_dir or stores.default_store()
    try:
        return stores.load_file(source) if graph_file else stores.open_store(source)
    except FileNotFoundError as error:
        message = f"cannot read {source}: {error.strerror}" if error.strerror else str(error.args[0])
        raise click.ClickException(" ".join(message.split())) from None
    except (ValueError, SyntaxError, OSError) as error:
        raise click.ClickException(f"cannot read {source}: {' '.join(str(error).split())}") from None


def _network(store: Any, kind: str, min_events: int, roles: tuple[str, ...]) -> Any:
    from kg import analysis

    wanted = set(roles) or None
    if kind == "co-attendance":
        return analysis.co_attendance(store, min_events=min_events, roles=wanted)
    if kind == "person-event":
        return analysis.person_event_graph(store, roles=wanted)
    if kind == "affiliation":
        return analysis.affiliation_graph(store)
    return analysis.knowledge_network(store)


@click.command("export-network")
@graph_source_options
@click.option(
    "--output",
    "-o",
    "outputs",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Network file to write: .graphml or .gexf (Gephi, Cytoscape). Repeatable.",
)
@click.option(
    "--network",
    "kind",
    type=click.Choice(NETWORKS),
    default="full",
    show_default=True,
    help="full: persons, events, bodies and posts; co-attendance: weighted person-person; "
    "person-event: bipartite; affiliation: persons, posts and bodies.",
)
@network_filter_options
@click.option(
    "--tables",
    "tables_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write persons, bodies, events, participations and post_holdings as CSV into this directory.",
)
def export_network(
    store_dir: str | None,
    graph_file: str | None,
    outputs: tuple[Path, ...],
    kind: str,
    min_events: int,
    roles: tuple[str, ...],
    tables_dir: Path | None,
) -> None:
    """Write the graph as a network (GraphML, GEXF) and as CSV tables.

    Node ids are the IRIs of the RDF graph; labels, types and IRIs travel as
    node attributes, roles and weights as edge attributes.
    """
    from kg import analysis

    if not outputs and tables_dir is None:
        raise UsageProblem("nothing to write: give --output FILE.graphml|.gexf and/or --tables DIR")
    for output in outputs:
        if output.suffix.lower() not in (".graphml", ".gexf"):
            raise UsageProblem(f"{output}: unsupported network file extension (use .graphml or .gexf)")
    store = _open(store_dir, graph_file)
    written: list[str] = []
    try:
        if outputs:
            network = _network(store, kind, min_events, roles)
            for output in outputs:
                analysis.write_network(network, output)
            written += [f"{o} ({network.number_of_nodes()} nodes, {network.number_of_edges()} edges)" for o in outputs]
        if tables_dir is not None:
            written += [str(p) for p in analysis.export_tables(store, tables_dir)]
    except OSError as error:
        raise click.ClickException(f"cannot write: {' '.join(str(error).split())}") from None
    click.echo(f"kg: wrote {', '.join(written)}", err=True)


def _summary(store: Any, top: int, min_events: int, roles: tuple[str, ...], k: int | None) -> dict[str, Any]:
    """The figures of ``kg stats``: counted by the store where the graph is laid out as kg writes it
    (:func:`kg.analysis.census`, ~1 s on the CCTV corpus), else read from the tables (~10 s)."""
    from kg import analysis

    counted = analysis.census(store, set(roles) or None)
    if counted is not None:
        network = counted.co_attendance(min_events)
        return _summary_of(
            analysis,
            {
                "counts": counted.counts,
                "events_by_type": counted.events_by_type,
                "participations_by_role": counted.participations_by_role,
            },
            network,
            counted.top_chairs(top),
            top,
            k,
        )
    return _summary_from_tables(store, top, min_events, roles, k)


def _summary_from_tables(store: Any, top: int, min_events: int, roles: tuple[str, ...], k: int | None) -> dict:
    """:func:`_summary` from the tables of :mod:`kg.analysis`, each read once."""
    from kg import analysis

    with analysis.reading(store):
        people = analysis.persons(store)
        happenings = analysis.events(store)
        roster = analysis.participations(store)
        figures = {
            "counts": {
                "persons": len(people),
                "bodies": len(analysis.bodies(store)),
                "events": len(happenings),
                "participations": len(roster),
                "post_holdings": len(analysis.post_holdings(store)),
            },
            "events_by_type": dict(sorted(Counter(e["type"] for e in happenings).items())),
            "participations_by_role": dict(sorted(Counter(p["role"] for p in roster).items())),
        }
        network = analysis.co_attendance(store, min_events=min_events, roles=set(roles) or None)
        return _summary_of(analysis, figures, network, analysis.top_chairs(store, top), top, k)


def _summary_of(
    analysis: Any, figures: dict[str, Any], network: Any, chairs: list[dict[str, Any]], top: int, k: int | None
) -> dict[str, Any]:
    from kg.extract.batch import default_jobs  # the standard library only, no spaCy

    central = analysis.centrality_table(network, k=k, jobs=default_jobs())
    sizes = Counter(row["community"] for row in central)  # community 0 is the largest
    return {
        **figures,
        "co_attendance": {
            "nodes": network.number_of_nodes(),
            "edges": network.number_of_edges(),
            "communities": sum(1 for size in sizes.values() if size > 1),
            "largest_community": sizes[0],
        },
        "central": [
            {k: r[k] for k in ("id", "label", "region", "degree", "weighted_degree", "pagerank", "betweenness")}
            for r in central[:top]
        ],
        "chairs": [
            {"id": analysis.short_iri(r["person"]), **{k: r[k] for k in ("label", "region", "chaired")}} for r in chairs
        ],
        "pairs": [
            {"a": r["a_label"], "b": r["b_label"], "events": r["events"]} for r in analysis.top_pairs(network, top)
        ],
    }


def _table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(none)"
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    columns = list(rows[0])
    cells = [[("" if r[c] is None else str(r[c])) for c in columns] for r in rows]
    widths = [max(width(c), *(width(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c + " " * (w - width(c)) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v + " " * (w - width(v)) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


@click.command()
@graph_source_options
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Rows in each ranking.")
@network_filter_options
@click.option(
    "--k",
    "samples",
    type=click.IntRange(min=1),
    default=None,
    help="Estimate betweenness from this many sampled sources [default: exact up to 500 persons, else 500 sources].",
)
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
def stats(
    store_dir: str | None,
    graph_file: str | None,
    top: int,
    min_events: int,
    roles: tuple[str, ...],
    samples: int | None,
    fmt: str,
) -> None:
    """Size of the graph and the measures researchers cite: who is central in the co-attendance
    network (degree, weighted degree, PageRank, betweenness), who chairs most, which pairs meet most."""
    store = _open(store_dir, graph_file)
    try:
        summary = _summary(store, top, min_events, roles, samples)
    except ImportError as error:
        raise click.ClickException(" ".join(str(error).split())) from None
    if fmt == "json":
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in summary["counts"].items())
    co = summary["co_attendance"]
    click.echo(f"graph: {counts}")
    click.echo("events by type: " + ", ".join(f"{k} {v}" for k, v in summary["events_by_type"].items()))
    click.echo("roles: " + ", ".join(f"{k} {v}" for k, v in summary["participations_by_role"].items()))
    click.echo(
        f"co-attendance: {co['nodes']} persons, {co['edges']} pairs, {co['communities']} communities "
        f"(largest {co['largest_community']})"
    )
    for title, key in (("most central", "central"), ("chairs most", "chairs"), ("meet most often", "pairs")):
        click.echo(f"\n{title}:\n{_table(summary[key])}")
