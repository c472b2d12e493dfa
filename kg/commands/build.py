"""``kg build`` and ``kg validate``: from inputs to a graph store and graph files, and the SHACL check."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from kg.commands.extract import run_options
from kg.commands.options import UsageProblem
from kg.io import describe_os_error
from kg.model import ArticleFacts, IngestError, one_line

FORMATS = ("table", "csv", "tsv", "json")


def _warn(message: str) -> None:
    click.echo(f"kg: {message}", err=True)


# ---------------------------------------------------------------------------------------------
# kg build
# ---------------------------------------------------------------------------------------------


def _facts_from_jsonl(paths: tuple[str, ...]) -> Iterator[ArticleFacts | IngestError]:
    """Facts as printed by ``kg extract`` (one article a line), each bad line an error.

    Lines are read by the guarded reader of :mod:`kg.ingest.read` (streamed, size-capped, deep
    nesting, long numbers, NUL bytes and non-UTF-8 bytes reported with their line), so one bad
    record costs that record only.
    """
    from kg.ingest.read import json_lines

    for path in paths:
        for where, value in json_lines(path):
            if isinstance(value, IngestError):
                yield value
                continue
            try:
                facts = ArticleFacts.from_dict(value)  # type: ignore[arg-type]
                json.dumps(facts.to_dict(), ensure_ascii=False).encode("utf-8")  # lone surrogates fail here
            except (ValueError, TypeError, KeyError, AttributeError, UnicodeEncodeError) as error:
                yield IngestError(where, f"not an extracted-facts record ({one_line(str(error))[:120]})")
                continue
            yield facts


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
@click.option(
    "--update",
    is_flag=True,
    help="Add PATHS to the existing --store: new documents are added, changed ones (by content) replaced, "
    "the rest kept; only the document graphs that change are rewritten.",
)
@run_options
def build(
    paths: tuple[str, ...],
    store_dir: Path | None,
    no_store: bool,
    outputs: tuple[Path, ...],
    date: str | None,
    region: str | None,
    from_facts: bool,
    update: bool,
    jobs: int | None,
    dask_address: str | None,
    quiet: bool,
    no_cache: bool,
) -> None:
    """Extract facts from PATHS, resolve identities, and write the knowledge graph.

    The graph goes into an embedded Oxigraph store (query it with `kg query` and
    the named-query commands) and to any --output files. Extraction runs on every
    core (--jobs) or a Dask cluster (--dask), and each document's facts are
    cached, so a build that was stopped starts where it was. Unreadable inputs are
    reported one line each on stderr and the rest is built; the exit status is
    then 1. The previous store answers queries until the new one is complete.
    """
    from kg.graph import store as stores
    from kg.io import signals_as_exits

    for output in outputs:
        try:
            stores.file_format(output)
        except ValueError as error:
            raise UsageProblem(str(error)) from None
    if no_store and not outputs:
        raise UsageProblem("--no-store needs at least one --output file")
    if update and (no_store or from_facts):
        raise UsageProblem("--update adds documents to a --store; it cannot be used with --no-store or --facts")
    target = None
    if not no_store:
        try:
            target = stores.check_store_target(store_dir or stores.default_store(), outputs)
        except (ValueError, FileExistsError) as error:
            raise UsageProblem(str(error)) from None
    if update and target is not None and not stores.owned_store(target):
        raise UsageProblem(f"--update needs a store built by kg at {target}; build it first without --update")
    run = _Run(paths, target, outputs, date, region, from_facts, update, jobs, dask_address, quiet, no_cache)
    run.display = str(store_dir or stores.default_store())
    with signals_as_exits("build", "the previous store and files are unchanged" if target else "no file written"):
        if target is None:
            run.go()
        else:
            _go_locked(run, target)
    if run.errors:
        sys.exit(1)


def _go_locked(run: _Run, target: Any) -> None:
    """Build into a store while holding its lock, so that a second build fails at once."""
    from kg.graph import store as stores

    try:
        lock = stores.store_lock(target)
        lock.__enter__()
    except stores.StoreBusy as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot lock {target}: {describe_os_error(error)}") from None
    try:
        run.go()
    finally:
        lock.__exit__(None, None, None)


class _Run:
    """One ``kg build``: sources → facts → resolution → store and files."""

    def __init__(
        self,
        paths: tuple[str, ...],
        target: Path | None,
        outputs: tuple[Path, ...],
        date: str | None,
        region: str | None,
        from_facts: bool,
        update: bool,
        jobs: int | None,
        dask_address: str | None,
        quiet: bool,
        no_cache: bool,
    ) -> None:
        self.paths, self.target, self.outputs = paths, target, outputs
        self.date, self.region, self.from_facts, self.update = date, region, from_facts, update
        self.jobs, self.dask_address, self.quiet, self.no_cache = jobs, dask_address, quiet, no_cache
        self.errors = 0
        self.display = str(target)

    def _say(self, message: str) -> None:
        if not self.quiet:
            _warn(message)

    def go(self) -> None:
        from kg.extract.batch import Stats
        from kg.graph import store as stores

        if self.target is not None:
            for removed in stores.clean_temporaries(self.target):
                self._say(f"removed {removed.name}, left by a build that did not finish")
        stats = Stats(keep=self.target is not None)
        stored: list[tuple[str, list[ArticleFacts], str]] = []
        replaced: set[str] = set()
        started = time.monotonic()
        if self.from_facts:
            facts = self._collect(_facts_from_jsonl(self.paths))
        else:
            sources, read_stored = None, None
            if self.update:
                sources, replaced = self._plan_update()

                def read_stored() -> None:
                    stored.extend(self._stored_facts(replaced))

            facts = self._collect(self._extract(stats, sources, read_stored))
        extracted = time.monotonic() - started
        new_orders = {d.order for d in stats.kept}
        every = [(order, group) for order, group, _ in stored if order not in new_orders]
        every += _grouped(facts, stats)
        every.sort(key=lambda entry: entry[0])
        articles = [article for _, group in every for article in group]
        if not articles:
            raise click.ClickException(
                "no articles to build a graph from" + (f" ({self.errors} inputs failed)" if self.errors else "")
            )
        contents = _contents(stored, stats)
        self._write(articles, stats, replaced, extracted, contents)

    def _extract(
        self, stats: Any, sources: Any, meanwhile: Callable[[], None] | None = None
    ) -> Iterator[ArticleFacts | IngestError]:
        from kg.commands.extract import open_run_cache
        from kg.extract.batch import Progress
        from kg.extract.batch import extract as run

        return run(
            list(self.paths),
            date=self.date,
            region=self.region,
            jobs=self.jobs,
            dask_address=self.dask_address,
            cache=open_run_cache(self.no_cache, "build"),
            progress=lambda total: Progress(total, "build", quiet=self.quiet),
            stats=stats,
            sources=sources,
            meanwhile=meanwhile,
        )

    def _collect(self, stream: Iterable[ArticleFacts | IngestError]) -> list[ArticleFacts]:
        facts: list[ArticleFacts] = []
        try:
            for item in stream:
                if isinstance(item, IngestError):
                    self.errors += item.lost  # a notice about a record read after a repair is no failure
                    _warn(str(item))
                else:
                    facts.append(item)
        except RuntimeError as error:  # the Dask cluster could not be used
            raise click.ClickException(str(error)) from None
        return facts

    def _plan_update(self) -> tuple[list[Any], set[str]]:
        """Sources that are new or changed, and the ids of the stored documents they replace."""
        from kg.cache import content_hash
        from kg.graph import store as stores
        from kg.ingest.read import read_sources

        known = stores.StoreFacts(self.target / stores.FACTS_FILE)
        try:
            contents = known.contents()
        finally:
            known.close()
        sources: list[Any] = []
        replaced: set[str] = set()
        for item in read_sources(list(self.paths), date=self.date, region=self.region):
            if isinstance(item, IngestError) or contents.get(item.doc_id) != content_hash(item):
                sources.append(item)
                if not isinstance(item, IngestError) and item.doc_id in contents:
                    replaced.add(item.doc_id)
        kept = len(contents) - len(replaced)
        self._say(f"--update: {len(sources)} new or changed documents, {kept} kept from {self.display}")
        return sources, replaced

    def _stored_facts(self, replaced: set[str]) -> list[tuple[str, list[ArticleFacts], str]]:
        """The stored facts of every document not ``replaced`` (decoded while the new ones are extracted)."""
        from kg.graph import store as stores

        known = stores.StoreFacts(self.target / stores.FACTS_FILE)
        try:
            return known.facts(skip=replaced)
        finally:
            known.close()

    def _write(
        self, articles: list[ArticleFacts], stats: Any, replaced: set[str], extracted: float, contents: dict[str, str]
    ) -> None:
        from kg.cache import pipeline_version
        from kg.extract.batch import default_jobs
        from kg.graph import store as stores
        from kg.graph.resolve import resolve

        jobs = self.jobs or default_jobs()
        started = time.monotonic()
        if len(articles) >= 1000:
            self._say(f"resolving identities and writing the graph of {len(articles)} articles")
        resolution = resolve(articles)
        timings = {"resolution": time.monotonic() - started}
        for warning in resolution.warnings:
            _warn(warning)
        signatures = stores.signatures(resolution, contents) if self.target is not None else {}
        timings["signatures"] = time.monotonic() - started - timings["resolution"]

        def keep_facts(directory: Path) -> None:
            sidecar = stores.StoreFacts(directory / stores.FACTS_FILE)
            try:
                sidecar.write(
                    ((d.doc_id, d.content, d.order, d.packed) for d in stats.kept),
                    signatures,
                    {"pipeline": pipeline_version()},
                    remove=replaced,
                )
            finally:
                sidecar.close()

        try:
            if self.update:
                count, plan = stores.update(resolution, self.target, signatures, self.outputs, keep_facts, jobs)
                how = "; identities changed across the store, so it was rewritten whole" if plan.rebuilt else ""
                self._say(f"--update: {len(plan.written)} article graphs written, {len(plan.removed)} removed{how}")
            else:
                count = stores.build(
                    resolution, self.target, self.outputs, keep_facts if self.target else None, jobs, timings
                )
        except OSError as error:
            raise click.ClickException(f"cannot write the graph: {describe_os_error(error)}") from None
        persons = len({p.key for p in resolution.persons.values()})
        events = len({e.key for e in resolution.events.values()})
        written = [self.display] if self.target is not None else []
        written += [str(o) for o in self.outputs]
        bodies = len(resolution.bodies)
        self._say(
            f"{count} triples from {len(resolution.articles)} articles ({persons} persons, {bodies} bodies, "
            f"{events} events) -> {', '.join(written)} "
            f"[extraction {extracted:.1f}s, {stats.cached} documents from the cache; "
            f"graph {time.monotonic() - started:.1f}s: {_phases(timings)}]"
        )


def _phases(timings: dict[str, float]) -> str:
    """Where the graph time went. The document graphs are written and loaded into the store at once,
    then the store is compacted while the files are written, so those are given as the moment each
    ended, from the start of writing, with the length of the compaction."""
    out = [
        f"{label} {timings[key]:.1f}s" for key, label in (("resolution", "resolution"), ("signatures", "signatures"))
    ]
    overlapped = [
        f"{label} at {timings[key]:.1f}s"
        for key, label in (("parts", "graphs written"), ("loaded", "store loaded"), ("files", "files written"))
        if key in timings
    ]
    if "compaction" in timings:
        overlapped.append(f"compaction {timings['compaction']:.1f}s beside the files")
    if overlapped:
        out.append("writing: " + ", ".join(overlapped))
    if "finish" in timings:
        out.append(f"facts kept {timings['finish']:.1f}s")
    return "; ".join(out)


def _contents(stored: list[tuple[str, list[ArticleFacts], str]], stats: Any) -> dict[str, str]:
    """Document id -> hash of its packed facts (for the graph signatures)."""
    from kg.graph.store import packed_hash

    out = {group[0].doc_id: digest for _, group, digest in stored if group}
    out.update({document.doc_id: packed_hash(document.packed) for document in stats.kept})
    return out


def _grouped(facts: list[ArticleFacts], stats: Any) -> list[tuple[str, list[ArticleFacts]]]:
    """Facts grouped by document, with the order key of each (facts from --facts files: by id)."""
    orders = {d.doc_id: d.order for d in stats.kept}
    groups: dict[str, list[ArticleFacts]] = {}
    for article in facts:
        groups.setdefault(orders.get(article.doc_id, article.doc_id), []).append(article)
    return [(order, sorted(group, key=_article_order)) for order, group in groups.items()]


def _article_order(article: ArticleFacts) -> tuple[int, str]:
    """Articles of one document by their number (``page.txt#2`` before ``page.txt#10``)."""
    _, _, number = article.article_id.rpartition("#")
    return (int(number) if number.isdigit() else -1, article.article_id)


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
