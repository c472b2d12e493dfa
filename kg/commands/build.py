"""``kg build`` and ``kg validate``: from inputs to a graph store and graph files, and the SHACL check."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from kg.commands.options import UsageProblem
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
