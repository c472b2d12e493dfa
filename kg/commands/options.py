"""Options and errors shared by the commands that read a graph (query, named queries, stats, export)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from kg.model import ROLES


class UsageProblem(click.ClickException):
    """A one-line error about how the command was called (exit status 2)."""

    exit_code = 2


def graph_source_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--store DIR`` or ``--graph FILE``: where a command reads the graph from."""
    function = click.option(
        "--graph",
        "graph_file",
        type=click.Path(dir_okay=False),
        help="Read a graph file (.ttl .nt .nq .trig .jsonld [.gz]) instead of the store.",
    )(function)
    return click.option(
        "--store", "store_dir", type=click.Path(file_okay=False), help="Graph store [default: ./store or $KG_STORE]."
    )(function)


def network_filter_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--min-events`` and ``--role``: which co-attendance ties a network counts."""
    function = click.option(
        "--role", "roles", multiple=True, type=click.Choice(ROLES), help="Count only these roles. Repeatable."
    )(function)
    return click.option(
        "--min-events", type=click.IntRange(min=1), default=1, show_default=True, help="Co-attendance threshold."
    )(function)
