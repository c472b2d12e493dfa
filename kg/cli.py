"""The ``kg`` command line.

Subcommands live in :mod:`kg.commands` modules and are imported only when
called, so ``kg --help`` stays fast and one broken optional stack never takes
the whole tool down.
"""

from __future__ import annotations

import importlib

import click

# name -> (module, attribute, one-line help)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "extract": ("kg.commands.extract", "extract", "Print extracted facts as JSON Lines, one article a line."),
    "evaluate": ("kg.commands.evaluate", "evaluate", "Score extraction against gold annotation files."),
    "build": ("kg.commands.build", "build", "Extract, resolve and write the knowledge graph (store and files)."),
    "query": ("kg.commands.query", "query", "Run a SPARQL query on the graph store, a graph file or an endpoint."),
    "validate": ("kg.commands.build", "validate", "Check a graph against the SHACL shapes."),
    "attendees": ("kg.commands.query", "attendees", "Who took part in an event, in which roles."),
    "meetings-of": ("kg.commands.query", "meetings_of", "Which events a person took part in, with roles and dates."),
    "posts": ("kg.commands.query", "posts", "Who holds posts in a body."),
    "posts-of": ("kg.commands.query", "posts_of", "Which posts a person holds."),
    "co-attendance": ("kg.commands.query", "co_attendance", "Events two persons both took part in."),
    "body-meetings": ("kg.commands.query", "body_meetings", "Events a body organised, in a date range."),
    "co-attendees": ("kg.commands.query", "co_attendees", "Who takes part most often together with a person."),
    "evidence": ("kg.commands.query", "evidence", "Each fact about a person or event with its source sentence."),
    "serve": ("kg.commands.serve", "serve", "Serve the store read-only as a SPARQL endpoint (Oxigraph server)."),
    "push": ("kg.commands.push", "push", "Load the graph into a SPARQL store (Graph Store Protocol)."),
    "export-tables": ("kg.commands.tables", "export_tables", "Write tables (CSV, XLSX, Parquet) with provenance."),
    "export-popolo": ("kg.commands.tables", "export_popolo", "Write persons, bodies, posts and events as Popolo JSON."),
    "stats": ("kg.commands.analysis", "stats", "Graph size and network measures: centrality, chairs, pairs."),
    "export-network": ("kg.commands.analysis", "export_network", "Write the graph as GraphML/GEXF and CSV tables."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup)
@click.version_option(package_name="zhgov-kg")
def main() -> None:
    """Build a knowledge graph of officials, bodies and meetings from Chinese government news."""
