"""``kg query`` and one command per named query in ``kg/queries``: questions asked of a built graph."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox

from kg.commands.options import UsageProblem, graph_source_options
from kg.graph.vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")

# ---------------------------------------------------------------------------------------------
# Query sources and output
# ---------------------------------------------------------------------------------------------


def _source_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format."
    )(function)
    function = click.option(
        "--endpoint", help="Ask this SPARQL 1.1 endpoint instead (e.g. http://localhost:7878/query)."
    )(function)
    return graph_source_options(function)


def _runner(store_dir: str | None, graph_file: str | None, endpoint: str | None) -> Callable[[str], Any]:
    from kg.graph import sparql
    from kg.graph import store as stores

    if sum(x is not None for x in (store_dir, graph_file, endpoint)) > 1:
        raise UsageProblem("give at most one of --store, --graph, --endpoint")
    if endpoint:
        return lambda query: sparql.run_remote(endpoint, query)
    try:
        store = stores.load_file(graph_file) if graph_file else stores.open_store(store_dir or stores.default_store())
    except FileNotFoundError as error:
        raise click.ClickException(str(error.args[0] if error.args else error)) from None
    except (ValueError, SyntaxError, OSError) as error:
        raise click.ClickException(f"cannot read {graph_file or store_dir}: {' '.join(str(error).split())}") from None
    return lambda query: sparql.run(store, query)


def _short(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(names: list[str], rows: list[list[Any]]) -> str:
    cells = [[_short(term).replace("\n", " ") for term in row] for row in rows]
    widths = [max([_width(n), *(_width(r[i]) for r in cells)]) for i, n in enumerate(names)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    return "\n".join([line(names), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def _emit(results: Any, fmt: str) -> None:
    from kg.graph.sparql import rows

    out = sys.stdout.buffer
    if isinstance(results, ox.QueryBoolean):
        if fmt == "json":
            out.write(results.serialize(format=ox.QueryResultsFormat.JSON) + b"\n")
        else:
            click.echo("true" if bool(results) else "false")
    elif isinstance(results, ox.QueryTriples):
        rdf = ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.N_TRIPLES
        out.write(ox.serialize(results, format=rdf))
    elif fmt == "table":
        names, table = rows(results)
        click.echo(_table(names, table))
        click.echo(f"({len(table)} row{'s' if len(table) != 1 else ''})", err=True)
    else:
        result_format = {
            "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV,
            "json": ox.QueryResultsFormat.JSON,
        }[fmt]
        out.write(results.serialize(format=result_format))
    out.flush()


def _answer(run: Callable[[str], Any], query: str, fmt: str) -> None:
    from kg.graph.sparql import QueryError

    try:
        _emit(run(query), fmt)
    except QueryError as error:
        raise click.ClickException(str(error)) from None


# ---------------------------------------------------------------------------------------------
# kg query, kg validate
# ---------------------------------------------------------------------------------------------


@click.command()
@click.argument("sparql", required=False)
@click.option("--file", "-f", "query_file", type=click.Path(dir_okay=False), help="Read the query from this .rq file.")
@_source_options
def query(
    sparql: str | None,
    query_file: str | None,
    store_dir: str | None,
    graph_file: str | None,
    endpoint: str | None,
    fmt: str,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT) on the graph.

    The default graph is the merged graph (every document's facts, each once),
    so queries need no GRAPH clause; GRAPH ?doc { ... } reaches what one source
    document states. Prefixes kg:, person:, event:, body: ... are predeclared.
    """
    if (sparql is None) == (query_file is None):
        raise UsageProblem("give a SPARQL query or --file Q.rq (one of them)")
    if query_file is not None:
        try:
            sparql = Path(query_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UsageProblem(f"cannot read {query_file}: {error}") from None
    assert sparql is not None
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if f"PREFIX {p}:" not in sparql)
    _answer(_runner(store_dir, graph_file, endpoint), prologue + sparql, fmt)


# ---------------------------------------------------------------------------------------------
# Named queries
# ---------------------------------------------------------------------------------------------


def named_query_command(name: str) -> click.Command:
    """A command for the shipped query ``kg/queries/<name>.rq`` (arguments from its header)."""
    from kg.graph.sparql import QueryError, named_queries

    named = named_queries()[name]
    params: list[click.Parameter] = []
    lines = [named.summary, ""]
    for parameter in named.parameters:
        if parameter.required:
            params.append(click.Argument([parameter.name], required=True))
            lines.append(f"{parameter.name.upper()}: {parameter.help}")
        else:
            params.append(click.Option([f"--{parameter.name}"], help=parameter.help))
    lines += ["", f"The SPARQL is kg/queries/{name}.rq; run it yourself with `kg query --file`."]

    def callback(store_dir: str | None, graph_file: str | None, endpoint: str | None, fmt: str, **values: Any) -> None:
        try:
            text = named.bind(values)
        except QueryError as error:
            raise UsageProblem(str(error)) from None
        _answer(_runner(store_dir, graph_file, endpoint), text, fmt)

    command = click.Command(name, params=params, callback=callback, help="\n".join(lines), short_help=named.summary)
    return _source_options(command)


attendees = named_query_command("attendees")
meetings_of = named_query_command("meetings-of")
posts = named_query_command("posts")
posts_of = named_query_command("posts-of")
co_attendance = named_query_command("co-attendance")
body_meetings = named_query_command("body-meetings")
