"""``kg serve``: the store as a read-only SPARQL 1.1 endpoint, served by the Oxigraph server.

The server is Oxigraph's own (the ``oxigraph`` binary from the PyPI package of
that name, run as ``oxigraph serve-read-only``), not a server of ours: it speaks
the whole SPARQL 1.1 Protocol, content negotiation and the Graph Store Protocol
for reading, and refuses every update. The store's default graph is the merged
graph, so the endpoint answers the named queries exactly as the embedded store.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import click

from kg.commands.options import UsageProblem

LOCAL = ("127.0.0.1", "localhost", "::1")


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server next to this interpreter (the virtualenv's bin/), else on PATH."""
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return shutil.which("oxigraph", path=search)


def server_command(store: Path, host: str, port: int, timeout: int | None) -> list[str]:
    """The command line that serves ``store`` read-only on ``host:port``."""
    binary = oxigraph_binary()
    if binary is None:
        raise click.ClickException("the Oxigraph server is not installed: pip install oxigraph")
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    command = [binary, "serve-read-only", "--location", str(store), "--bind", bind]
    if timeout:
        command += ["--timeout-s", str(timeout)]
    return command


@click.command()
@click.option(
    "--store", "store_dir", type=click.Path(file_okay=False), help="Graph store [default: ./store or $KG_STORE]."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="TCP port.")
@click.option("--timeout", type=click.IntRange(min=1), default=60, show_default=True, help="Seconds a query may run.")
def serve(store_dir: str | None, host: str, port: int, timeout: int) -> None:
    """Serve the store read-only as a SPARQL 1.1 endpoint until Ctrl-C.

    Queries go to http://HOST:PORT/query (GET or POST, any SPARQL 1.1 client,
    `kg query --endpoint`, the notebooks, YASGUI); updates are refused. The
    server listens on 127.0.0.1 only unless --host says otherwise.
    """
    from kg.graph import store as stores

    store = Path(store_dir) if store_dir else stores.default_store()
    if not stores.is_store(store):
        raise UsageProblem(f"no graph store at {store} (run `kg build PATHS --store {store}` first)")
    command = server_command(store, host, port, timeout)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"SPARQL endpoint http://{shown}:{port}/query over {store} (read-only; Ctrl-C stops)", err=True)
    if host not in LOCAL:
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can query the graph", err=True)
    sys.stderr.flush()
    sys.stdout.flush()
    os.execv(command[0], command)  # the server takes over this process: signals and exit status are its own
