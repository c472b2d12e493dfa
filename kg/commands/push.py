"""``kg push``: load the graph into another SPARQL store through the SPARQL 1.1 Graph Store Protocol.

Each named graph of the store (one per source document, plus ``graph:build`` and
the ontology) is sent with ``PUT <endpoint>?graph=<graph IRI>``, which *replaces*
that graph on the server: pushing again, after a rebuild or not, never
duplicates a triple. Any store implementing the protocol answers (Oxigraph
``/store``, Virtuoso ``/sparql-graph-crud-auth``, Fuseki ``/ds/data``, GraphDB
``/repositories/R/rdf-graphs/service``). Credentials come from the environment
(``KG_ENDPOINT_USER``, ``KG_ENDPOINT_PASSWORD``; Basic or Digest), never from the
command line, where other users could read them in the process list.

The target's default graph should be the union of its named graphs (Virtuoso,
GraphDB: by default; Oxigraph: ``oxigraph serve --union-default-graph``; Fuseki:
``tdb:unionDefaultGraph``) so that queries need no GRAPH clause; the named
queries return the same rows there as on the embedded store.
"""

from __future__ import annotations

import re
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import click
import pyoxigraph as ox

from kg.commands.options import UsageProblem, graph_source_options

RETRIES = 5
# a refusal the server asks the client to retry: Virtuoso's "SR172: Transaction deadlocked" (SQLSTATE
# 40001) when graphs are written side by side; its "Non unique primary key on DB.DBA.RDF_LANGUAGE" when two
# graphs written side by side register the same new language tag (zh-latn-pinyin) at once, which the one
# that lost finds registered when it tries again; or a 503 of a busy server
TRANSIENT_RE = re.compile(
    r"answered 503|answered 5\d\d .*(?:40001|[Dd]eadlock|Non unique primary key on DB\.DBA\.RDF_(?:LANGUAGE|DATATYPE))"
)


def transient(message: str) -> bool:
    """Whether a failed request is one the server invites the client to send again."""
    return TRANSIENT_RE.search(message) is not None


@dataclass(frozen=True, slots=True)
class Pushed:
    graphs: int
    triples: int


def graph_payloads(store: ox.Store) -> Iterator[tuple[str, bytes, int]]:
    """(graph IRI, N-Triples body, triple count) for each named graph of ``store``, in IRI order."""
    graphs = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    for graph in graphs:
        triples = [
            ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)
        ]
        yield graph.value, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples)


def graph_url(endpoint: str, graph: str) -> str:
    """``endpoint?graph=<graph>`` (indirect graph identification, SPARQL 1.1 GSP §4.2)."""
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"


def push_store(store: ox.Store, endpoint: str, workers: int = 4, timeout: float = 120.0) -> Pushed:
    """PUT every named graph of ``store`` to the Graph Store Protocol ``endpoint``; stops at the first failure."""
    from kg.graph.sparql import QueryError, http

    def put(item: tuple[str, bytes, int]) -> int:
        graph, body, count = item
        url, headers = graph_url(endpoint, graph), {"Content-Type": "application/n-triples"}
        for attempt in range(RETRIES):
            try:
                http(url, "PUT", body, headers, timeout)
                return count
            except QueryError as error:
                # a PUT replaces the graph, so sending it again after a transient refusal is safe
                if not transient(str(error)):
                    raise
                time.sleep(0.2 * 2**attempt)
        http(url, "PUT", body, headers, timeout)  # the last try: its failure stops the push
        return count

    graphs = triples = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for count in pool.map(put, graph_payloads(store)):
            graphs += 1
            triples += count
    return Pushed(graphs, triples)


@click.command()
@click.option(
    "--endpoint",
    required=True,
    help="The store's Graph Store Protocol URL (Oxigraph: http://127.0.0.1:7878/store; "
    "Virtuoso: http://HOST:8890/sparql-graph-crud-auth).",
)
@graph_source_options
@click.option("--workers", type=click.IntRange(1, 32), default=4, show_default=True, help="Graphs sent at once.")
def push(endpoint: str, store_dir: str | None, graph_file: str | None, workers: int) -> None:
    """Load the graph into a SPARQL store, one named graph per source document.

    Re-running replaces each graph, so the store ends up with the same triples
    however often you push. Credentials: set KG_ENDPOINT_USER and
    KG_ENDPOINT_PASSWORD in the environment. A --graph file must keep the
    named graphs (.nq or .trig, as written by kg build -o).
    """
    from kg.commands.query import open_graph
    from kg.graph.sparql import QueryError, check_endpoint

    if store_dir and graph_file:
        raise UsageProblem("give at most one of --store, --graph")
    try:
        check_endpoint(endpoint)
    except QueryError as error:
        raise UsageProblem(f"--endpoint: {error}") from None
    store = open_graph(store_dir, graph_file)
    if not any(True for _ in store.named_graphs()):
        raise UsageProblem(
            f"{graph_file or store_dir or 'the store'} has no named graphs: push a store or a .nq/.trig file"
        )
    try:
        pushed = push_store(store, endpoint, workers)
    except QueryError as error:
        raise click.ClickException(f"push stopped: {error}") from None
    click.echo(f"pushed {pushed.graphs} graphs, {pushed.triples} triples to {endpoint}", err=True)
