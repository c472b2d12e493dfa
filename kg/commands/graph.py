"""``kg build``, ``kg query``, ``kg validate`` and one command per named query in ``kg/queries``."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox

from kg.commands.options import UsageProblem, graph_source_options
from kg.graph.vocab import PREFIXES
from kg.model import ArticleFacts, IngestError

FORMATS = ("table", "csv", "tsv", "json")


def _warn(message: str) -> None:
    click.echo(f"kg: {message}", err=True)


# ---------------------------------------------------------------------------------------------
# kg build
# ---------------------------------------------------------------------------------------------


def _facts_from_jsonl(paths: tuple[str, ...]) -> Iterator[ArticleFacts | IngestError]:
    """Facts as printed by ``kg extract`` (one article a line), each bad line an error."""
    for path in paths:
        try:
            handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as error:
            yield IngestError(path, f"cannot open: {error.strerror or error}")
            continue
        with handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield ArticleFacts.from_dict(json.loads(line))
                except (ValueError, TypeError, KeyError, AttributeError) as error:
                    yield IngestError(f"{path}:{number}", f"not an extracted-facts record ({error})")


def _facts_from_sources(paths: tuple[str, ...], date: str | None, region: str | None) -> Iterator[Any]:
    try:
        from kg.extract.pipeline import extract_facts
    except ImportError as error:
        raise click.ClickException(f"the extraction pipeline is not available ({error})") from None
    return extract_facts(list(paths), date=date, region=region)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory of the persistent graph store to (re)write [default: ./store or $KG_STORE].",
)
@click.option("--no-store", is_flag=True, help="Write only the --output files, no store.")
@click.option(
    "--output",
    "-o",
    "outputs",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the graph to this file; format by extension: .ttl .nt .nq .trig .jsonld, each optionally .gz "
    "(.nq/.trig keep one named graph per source document). Repeatable.",
)
@click.option("--date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--region", help="Region the inputs cover (e.g. 大足区), for inputs that carry none.")
@click.option(
    "--facts", "from_facts", is_flag=True, help="PATHS are JSON Lines of extracted facts (`kg extract` output)."
)
def build(
    paths: tuple[str, ...],
    store_dir: Path | None,
    no_store: bool,
    outputs: tuple[Path, ...],
    date: str | None,
    region: str | None,
    from_facts: bool,
) -> None:
    """Extract facts from PATHS, resolve identities, and write the knowledge graph.

    The graph goes into an embedded Oxigraph store (query it with `kg query` and
    the named-query commands) and to any --output files. Unreadable inputs are
    reported one line each on stderr and the rest is built; the exit status is
    then 1.
    """
    from kg.graph import store as stores
    from kg.graph.resolve import resolve

    for output in outputs:
        try:
            stores.file_format(output)
        except ValueError as error:
            raise UsageProblem(str(error)) from None
    if no_store and not outputs:
        raise UsageProblem("--no-store needs at least one --output file")
    target = None if no_store else (store_dir or stores.default_store())
    if target is not None and (
        target.is_file() or (target.is_dir() and not stores.is_store(target) and any(target.iterdir()))
    ):
        raise UsageProblem(f"{target} exists and is not a graph store; choose another --store")

    stream = _facts_from_jsonl(paths) if from_facts else _facts_from_sources(paths, date, region)
    facts: list[ArticleFacts] = []
    errors = 0
    for item in stream:
        if isinstance(item, IngestError):
            errors += 1
            _warn(str(item))
        else:
            facts.append(item)
    if not facts:
        raise click.ClickException(
            "no articles to build a graph from" + (f" ({errors} inputs failed)" if errors else "")
        )

    resolution = resolve(facts)
    for warning in resolution.warnings:
        _warn(warning)
    try:
        count = stores.build(resolution, target, outputs)
    except OSError as error:
        raise click.ClickException(f"cannot write the graph: {error}") from None
    persons = len({p.key for p in resolution.persons.values()})
    events = len({e.key for e in resolution.events.values()})
    written = [str(target)] if target is not None else []
    written += [str(o) for o in outputs]
    bodies = len(resolution.bodies)
    _warn(
        f"{count} triples from {len(resolution.articles)} articles ({persons} persons, {bodies} bodies, "
        f"{events} events) -> {', '.join(written)}"
    )
    if errors:
        sys.exit(1)


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


@click.command()
@click.argument("target", required=False)
def validate(target: str | None) -> None:
    """Check a graph store or graph file against the SHACL shapes (ontology/shapes.ttl).

    Prints one line per finding; the exit status is 1 when there is any violation.
    """
    from kg.graph import store as stores
    from kg.graph.shacl import validate as shacl_validate
    from kg.graph.shacl import violations

    where = target or str(stores.default_store())
    try:
        graph = stores.to_rdflib(stores.open_graph(where))
    except FileNotFoundError as error:
        raise click.ClickException(str(error.args[0] if error.args else error)) from None
    except (ValueError, SyntaxError, OSError) as error:
        raise click.ClickException(f"cannot read {where}: {' '.join(str(error).split())}") from None
    findings = shacl_validate(graph)
    for finding in findings:
        click.echo(str(finding))
    broken = violations(findings)
    _warn(f"{where}: {len(graph)} triples, {len(broken)} violations, {len(findings) - len(broken)} other findings")
    if broken:
        sys.exit(1)


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
