"""``kg evaluate``: score the extractor against the gold annotation files.

The summary tables (tune, check, all) are always the last thing printed, so that
``kg evaluate ... | tail -n 36`` shows all of them; per-document figures and the
error listing come before it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import click

from kg.evaluate import SPLITS, GoldError, Report, load_gold, predictions_by_doc, read_predictions, score
from kg.model import ArticleFacts


def _report_problem(message: str, problems: list[str]) -> None:
    """One line on stderr as soon as an input fails; the batch goes on."""
    problems.append(message)
    click.echo(" ".join(message.split()), err=True)


def _facts_from_jsonl(path: str, problems: list[str]) -> Iterator[ArticleFacts]:
    try:
        with click.open_file(path, encoding="utf-8-sig") as stream:
            for item in read_predictions(stream, path):
                if isinstance(item, str):
                    _report_problem(item, problems)
                else:
                    yield item
    except OSError as err:
        raise click.ClickException(f"{path}: cannot read predictions ({err.strerror})") from None
    except UnicodeDecodeError as err:
        raise click.ClickException(f"{path}: predictions are not UTF-8 ({err.reason})") from None


def _facts_from_pipeline(
    paths: tuple[str, ...], date: str | None, region: str | None, problems: list[str]
) -> Iterator[ArticleFacts]:
    try:
        from kg.extract.pipeline import extract_facts
    except ImportError as err:
        raise click.ClickException(f"extraction pipeline unavailable: {err}") from None
    from kg.model import IngestError

    for item in extract_facts(list(paths), date=date, region=region):
        if isinstance(item, IngestError):
            _report_problem(str(item), problems)
        else:
            yield item


@click.command()
@click.option("--gold", "gold_dir", required=True, metavar="DIR",
              help="Gold *.json files (searched recursively), or one gold file.")
@click.option("--predictions", metavar="FILE.jsonl",
              help="Score a saved `kg extract` run (JSON Lines, '-' for stdin) instead of extracting PATHS.")
@click.option("--show-errors", is_flag=True, help="List missed, spurious and mismatched items per document.")
@click.option("--per-doc", is_flag=True, help="Print F1 per document before the summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object instead of tables.")
@click.option("--date", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--region", metavar="NAME", help="Region (e.g. 大足区) for inputs that carry none.")
@click.option(
    "--split",
    type=click.Choice(("all", *SPLITS)),
    default="all",
    show_default=True,
    help="Score only the tune or the check part of the gold (fixed by a hash of each gold file name); "
    "'all' prints tune, check and both together.",
)
@click.argument("paths", nargs=-1)
def evaluate(
    gold_dir: str,
    predictions: str | None,
    show_errors: bool,
    per_doc: bool,
    as_json: bool,
    split: str,
    date: str | None,
    region: str | None,
    paths: tuple[str, ...],
) -> None:
    """Extract facts from PATHS (or read --predictions) and score them against the gold in DIR.

    Precision, recall and F1 for persons, positions, events, participations
    with and without role, and organizations; event month-day and type
    accuracy.  Only documents present in the gold are scored.  Unreadable
    inputs are reported on stderr, the rest is scored, and the exit status
    is 1.
    """
    if bool(predictions) == bool(paths):
        raise click.UsageError("give either PATHS to extract or --predictions FILE.jsonl, not both or neither")
    try:
        gold = load_gold(gold_dir)
    except GoldError as err:
        raise click.ClickException(str(err)) from None

    problems: list[str] = []
    if predictions:
        facts = _facts_from_jsonl(predictions, problems)
    else:
        facts = _facts_from_pipeline(paths, date, region, problems)
    report = score(gold, predictions_by_doc(facts))
    if split != "all":
        report = report.part(split)
    parts: list[tuple[str, Report]] = [(split, report)]
    if split == "all":
        split_parts = [(name, part) for name in SPLITS if (part := report.part(name)).docs]
        parts = split_parts + parts if len(split_parts) > 1 else split_parts or parts

    if as_json:
        data = report.to_dict(per_doc=per_doc, errors=show_errors, input_errors=len(problems))
        data["split"] = split
        data["parts"] = {name: part.to_dict(input_errors=len(problems)) for name, part in parts}
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        if per_doc:
            click.echo("\n".join(report.per_doc_lines()))
            click.echo()
        if show_errors:
            click.echo("\n".join(report.error_lines()) or "no errors")
            click.echo()
        tables = []
        for name, part in parts:
            lines = part.summary_lines(input_errors=len(problems))
            lines[0] = f"[{name}] {lines[0]}"
            tables.append("\n".join(lines))
        click.echo(f"gold: {gold_dir}\n" + "\n\n".join(tables))
    if problems:
        sys.exit(1)
