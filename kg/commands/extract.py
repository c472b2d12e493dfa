"""``kg extract``: facts as JSON Lines, one article a line, for inspection and for rescoring."""

from __future__ import annotations

import json
import sys

import click

from kg.commands.options import UsageProblem
from kg.model import IngestError


def run_options(function):  # noqa: ANN001, ANN201 - a click decorator
    """``--jobs``, ``--dask``, ``--quiet``, ``--no-cache``: how extraction runs (shared with ``kg build``)."""
    function = click.option(
        "--no-cache", is_flag=True, help="Extract every document again (ignore and do not fill the extraction cache)."
    )(function)
    function = click.option("--quiet", "-q", is_flag=True, help="No progress on stderr (errors are still reported).")(
        function
    )
    function = click.option(
        "--dask",
        "dask_address",
        metavar="ADDRESS",
        help="Send batches to this dask.distributed scheduler (e.g. tcp://10.0.0.5:8786) instead of local workers.",
    )(function)
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes for extraction [default: every core of the machine].",
    )(function)


def open_run_cache(no_cache: bool, command: str):  # noqa: ANN201
    """The extraction cache, unless refused; a cache that cannot be opened is a warning, not a failure."""
    if no_cache:
        return None
    from kg.cache import open_cache

    cache, problem = open_cache()
    if problem:
        click.echo(f"kg {command}: {problem}", err=True)
    return cache


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--region", help="District/city the inputs cover (e.g. 大足区), when the text does not say.")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (atomically) instead of stdout."
)
@run_options
def extract(
    paths: tuple[str, ...],
    date: str | None,
    region: str | None,
    output: str | None,
    jobs: int | None,
    dask_address: str | None,
    quiet: bool,
    no_cache: bool,
) -> None:
    """Extract officials, bodies, events and roles from PATHS (files, folders, globs, .jsonl, - for stdin).

    Articles come out in a fixed order (by document), the same whatever --jobs and the order of
    PATHS. An existing -o file is never replaced by an empty result.
    """
    from kg.io import NothingWritten, OutputProblem, atomic_writer, describe_os_error, signals_as_exits

    if output is None and sys.stdout is None:
        raise UsageProblem("standard output is closed; give an output file with -o")
    kept = f"{output} is unchanged" if output else ""
    with signals_as_exits("extract", kept):
        from kg.extract.batch import Progress, Stats
        from kg.extract.batch import extract as run

        cache = open_run_cache(no_cache, "extract")
        stats = Stats()
        failures = written = 0
        try:
            with atomic_writer(output, keep_if_empty=True) as out:
                for item in run(
                    list(paths),
                    date=date,
                    region=region,
                    jobs=jobs,
                    dask_address=dask_address,
                    cache=cache,
                    progress=lambda total: Progress(total, "extract", quiet=quiet),
                    stats=stats,
                    records=True,
                ):
                    if isinstance(item, IngestError):
                        failures += item.lost  # a notice about a record read after a repair is no failure
                        click.echo(f"kg extract: {item}", err=True)
                        continue
                    out.write(json.dumps(item, ensure_ascii=False) + "\n")
                    written += 1
        except NothingWritten:
            raise OutputProblem(f"no articles extracted; {output} left unchanged") from None
        except RuntimeError as error:  # the Dask cluster could not be used
            raise OutputProblem(str(error)) from None
        except OSError as error:
            if isinstance(error, BrokenPipeError):
                raise
            where = output or "standard output"
            raise OutputProblem(f"cannot write {where}: {describe_os_error(error)}") from None
        if not written and output is None and not failures:
            click.echo("kg extract: no articles extracted", err=True)
            sys.exit(1)
    sys.exit(1 if failures or not written else 0)
