"""Rebuild the checked-in exports of the bundled sample: ``python exports/rebuild.py [DIR]``.

Runs the same ``kg`` commands a user would (listed in :data:`COMMANDS`, and in
``exports/README.md``), so ``tests/test_exports.py`` can rebuild into a
temporary folder and compare with the checked-in copies byte for byte. Every
output is deterministic: sorted, no timestamps, IRIs hashed from the content.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: ``kg`` command lines, with ``{out}`` the output folder and ``{root}`` the repository.
COMMANDS: list[list[str]] = [
    ["build", "{root}/kg/sample/seeds", "--no-store", "-o", "{out}/sample.ttl", "-o", "{out}/sample.nt"],
    ["export-network", "--graph", "{out}/sample.nt", "-o", "{out}/sample.graphml", "--tables", "{out}/tables"],
    [
        "export-network",
        "--graph",
        "{out}/sample.nt",
        "--network",
        "co-attendance",
        "-o",
        "{out}/sample-co-attendance.graphml",
    ],
    ["export-popolo", "--graph", "{out}/sample.nt", "-o", "{out}/sample.popolo.json"],
]

#: The files the commands write, relative to the output folder.
OUTPUTS: list[str] = [
    "sample.ttl",
    "sample.nt",
    "sample.graphml",
    "sample-co-attendance.graphml",
    "sample.popolo.json",
    "tables/persons.csv",
    "tables/bodies.csv",
    "tables/events.csv",
    "tables/participations.csv",
    "tables/post_holdings.csv",
]


def rebuild(out: Path = HERE) -> list[Path]:
    """Run :data:`COMMANDS` into ``out``; returns the files written."""
    from kg.cli import main

    for command in COMMANDS:
        args = [part.format(out=out, root=ROOT) for part in command]
        main(args, standalone_mode=False)
    return [out / name for name in OUTPUTS]


if __name__ == "__main__":
    for path in rebuild(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
