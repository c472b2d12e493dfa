"""``kg extract``: facts as JSON Lines, one article a line, for inspection and for rescoring."""

from __future__ import annotations

import json
import sys

import click

from kg.model import IngestError


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--region", help="District/city the inputs cover (e.g. 大足区), when the text does not say.")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (atomically) instead of stdout."
)
def extract(paths: tuple[str, ...], date: str | None, region: str | None, output: str | None) -> None:
    """Extract officials, bodies, events and roles from PATHS (files, folders, globs, .jsonl, - for stdin)."""
    from kg.extract.pipeline import extract_facts
    from kg.io import atomic_writer

    failures = 0
    with atomic_writer(output) as out:
        for item in extract_facts(list(paths), date=date, region=region):
            if isinstance(item, IngestError):
                failures += 1
                click.echo(f"kg extract: {item}", err=True)
                continue
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
    sys.exit(1 if failures else 0)
