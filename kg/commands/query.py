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
from kg.graph.prefixes import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")

# ---------------------------------------------------------------------------------------------
# Query sources and output
# ---------------------------------------------------------------------------------------------


def _source_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format."
    )(function)
    function = click.option(
        "--endpoint",
        help="Ask this SPARQL 1.1 endpoint instead (http/https only, e.g. http://127.0.0.1:7878/query). "
        "Credentials, if any, from $KG_ENDPOINT_USER and $KG_ENDPOINT_PASSWORD.",
    )(function)
    return graph_source_options(function)


def _runner(store_dir: str | None, graph_file: str | None, endpoint: str | None) -> Callable[[str], Any]:
    """A function answering SPARQL on the chosen graph (the store's default graph is the merged graph).

    The embedded store gets the predeclared prefixes as an option, so error
    positions refer to the user's own lines; endpoints get them as a prologue.
    """
    from kg.graph import sparql

    if sum(x is not None for x in (store_dir, graph_file, endpoint)) > 1:
        raise UsageProblem("give at most one of --store, --graph, --endpoint")
    if endpoint:
        try:
            sparql.check_endpoint(endpoint)
        except sparql.QueryError as error:
            raise UsageProblem(f"--endpoint: {error}") from None
        return lambda query: sparql.run_remote(endpoint, _prologue(query) + query)
    store = open_graph(store_dir, graph_file)
    return lambda query: sparql.run(store, query, PREFIXES)


def open_graph(store_dir: str | None, graph_file: str | None) -> ox.Store:
    """The store (read-only) or graph file a command reads; a missing or bad one is a one-line error."""
    from kg.graph import store as stores

    try:
        return stores.load_file(graph_file) if graph_file else stores.open_store(store_dir or stores.default_store())
    except FileNotFoundError as error:
        message = (
            f"cannot read {graph_file}: {error.strerror}"
            if error.strerror
            else str(error.args[0] if error.args else error)
        )
        raise click.ClickException(" ".join(message.split())) from None
    except (ValueError, SyntaxError, OSError) as error:
        raise click.ClickException(f"cannot read {graph_file or store_dir}: {' '.join(str(error).split())}") from None


def _prologue(query: str) -> str:
    """PREFIX lines for the predeclared prefixes the query does not declare itself."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if f"PREFIX {p}:" not in query)


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


_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}


def _emit(results: Any, fmt: str) -> None:
    from kg.graph.sparql import rows

    out = sys.stdout.buffer
    if isinstance(results, ox.QueryBoolean):
        if fmt == "json":
            out.write(results.serialize(format=ox.QueryResultsFormat.JSON) + b"\n")
        else:
            click.echo("true" if bool(results) else "false")
    elif isinstance(results, ox.QueryTriples | list):
        rdf = ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.N_TRIPLES
        out.write(ox.serialize(results, format=rdf))
    elif fmt == "table":
        names, table = rows(results)
        click.echo(_table(names, table))
        click.echo(f"({len(table)} row{'s' if len(table) != 1 else ''})", err=True)
    else:
        out.write(results.serialize(format=_RESULT_FORMATS[fmt]))
    out.flush()


def _emit_answer(answer: Any, fmt: str) -> None:
    """Rows of a named query (:class:`kg.graph.sparql.Answer`) as a table, CSV, TSV or SPARQL JSON."""
    out = sys.stdout.buffer
    if fmt == "table":
        click.echo(_table(answer.names, answer.rows))
        click.echo(f"({len(answer.rows)} row{'s' if len(answer.rows) != 1 else ''})", err=True)
    else:
        out.write(answer.serialize(_RESULT_FORMATS[fmt]))
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
@click.option(
    "--allow-service",
    is_flag=True,
    help="Allow SERVICE clauses (federated queries send requests to the hosts they name; off by default).",
)
@_source_options
def query(
    sparql: str | None,
    query_file: str | None,
    allow_service: bool,
    store_dir: str | None,
    graph_file: str | None,
    endpoint: str | None,
    fmt: str,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the graph.

    The default graph is the merged graph (every document's facts, each once),
    so queries need no GRAPH clause; GRAPH ?doc { ... } reaches what one source
    document states. Prefixes kg:, person:, event:, body: ... are predeclared.
    Labels carry language tags: match a name with "王志"@zh (a plain "王志" is
    another literal) or with STR(?label) = "王志"; pinyin labels are
    skos:altLabel "Wang Zhi"@zh-Latn-pinyin.
    """
    from kg.graph.sparql import uses_service

    if (sparql is None) == (query_file is None):
        raise UsageProblem("give a SPARQL query or --file Q.rq (one of them)")
    if query_file is not None:
        try:
            sparql = Path(query_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UsageProblem(f"cannot read {query_file}: {error}") from None
    assert sparql is not None
    if not allow_service and uses_service(sparql):
        raise UsageProblem("the query has a SERVICE clause (a request to another host); pass --allow-service to run it")
    _answer(_runner(store_dir, graph_file, endpoint), sparql, fmt)


# ---------------------------------------------------------------------------------------------
# Named queries
# ---------------------------------------------------------------------------------------------


def _evidence_text(answer: Any) -> None:
    """Evidence as a reader wants it: per person or event, each sentence once with the facts it states."""
    names, table = answer.names, answer.rows
    records = [{n: ("" if t is None else t.value) for n, t in zip(names, row, strict=True)} for row in table]
    subject = None
    place = None
    for record in records:
        if record["subject"] != subject:
            subject, place = record["subject"], None
            click.echo(f"{record['name']}  <{subject}>")
        here = (record["file"], record["begin"], record["end"])
        if here != place:
            place = here
            published = f"  {record['published']}" if record["published"] else ""
            anchor = record["anchor"].replace("\n", "⏎")
            click.echo(f"  {record['file']} [{record['begin']}:{record['end']}] {anchor}{published}")
            if record["sentence"]:
                click.echo(f"    「{record['sentence']}」")
        kind = record["kind"]
        if kind == "participation":
            click.echo(f"      - {record['role']} of {record['otherName']}  <{record['other']}>")
        elif kind == "participant":
            click.echo(f"      - {record['otherName']}: {record['role']}  <{record['other']}>")
        elif kind == "post":
            body = f" of {record['otherName']}" if record["otherName"] else ""
            click.echo(f"      - post {record['title']}{body}  <{record['fact']}>")
    click.echo(f"({len(records)} fact{'s' if len(records) != 1 else ''} with evidence)", err=True)


def _limit_note(answer: Any, limit: int | None) -> None:
    """Say on stderr when a limit left rows out, and how to see them."""
    if limit and answer.total > len(answer.rows):
        click.echo(
            f"({len(answer.rows)} of {answer.total:,} rows shown; --limit N shows more, --limit 0 all)", err=True
        )


def named_query_command(
    name: str, text: Callable[[Any], None] | None = None, limit: int | None = None
) -> click.Command:
    """A command for the shipped query ``kg/queries/<name>.rq`` (arguments from its header).

    ``text``, if given, prints the results for reading and is the default output format.
    ``limit``, if given, adds ``--limit N`` with this default: at most N rows are
    shown (0: all) and a note on stderr says how many there are.
    """
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
    if limit is not None:
        params.append(
            click.Option(
                ["--limit"],
                type=click.IntRange(min=0),
                default=limit,
                show_default=True,
                help="Show at most this many rows (0: all); a note on stderr says how many there are.",
            )
        )
    lines += ["", f"The SPARQL is kg/queries/{name}.rq; run it yourself with `kg query --file`."]

    def callback(store_dir: str | None, graph_file: str | None, endpoint: str | None, fmt: str, **values: Any) -> None:
        limit = values.pop("limit", None)
        run = _runner(store_dir, graph_file, endpoint)
        try:
            named.bind(values)  # a bad date or IRI is a usage error, before any lookup
        except QueryError as error:
            raise UsageProblem(str(error)) from None
        try:
            answer = named.answer(values, run, limit)
        except QueryError as error:
            raise click.ClickException(str(error)) from None
        if fmt == "text" and text is not None:
            text(answer)
        else:
            _emit_answer(answer, "table" if fmt == "text" else fmt)
        _limit_note(answer, limit)

    command = click.Command(name, params=params, callback=callback, help="\n".join(lines), short_help=named.summary)
    command = _source_options(command)
    if text is not None:
        for param in command.params:
            if param.name == "fmt":
                param.type = click.Choice(("text", *FORMATS))
                param.default = "text"
    return command


attendees = named_query_command("attendees")
meetings_of = named_query_command("meetings-of")
posts = named_query_command("posts")
posts_of = named_query_command("posts-of")
co_attendance = named_query_command("co-attendance")
body_meetings = named_query_command("body-meetings")
co_attendees = named_query_command("co-attendees")
#: Rows ``kg evidence`` shows unless told otherwise: a national leader has ~21,000 (every mention of the name).
EVIDENCE_LIMIT = 100

evidence = named_query_command("evidence", _evidence_text, EVIDENCE_LIMIT)
