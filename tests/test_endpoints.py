"""A researcher puts the graph into real triple stores and asks them the same questions.

Everything here runs against real servers started by the test on 127.0.0.1:
the Oxigraph server (``kg serve``, and a writable one to push to) and, where the
Debian package ``virtuoso-opensource`` is installed (``.ci/run`` installs it),
Virtuoso 7. Every named query must give the same rows from each server as from
the embedded store; pushing twice must leave the same triples.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from sample_facts import sample_batch

from kg.cli import main
from kg.commands.push import push_store
from kg.commands.serve import oxigraph_binary
from kg.graph import sparql
from kg.graph import store as stores
from kg.graph.resolve import resolve

#: Every named query, with arguments that give rows on the sample.
CASES: list[tuple[str, dict[str, str]]] = [
    ("attendees", {"event": "第五十五次主任会议"}),
    ("attendees", {"event": "主任会议", "from": "2025-09-01", "to": "2025-09-30"}),
    ("meetings-of", {"person": "王志", "from": "2025-01-01"}),
    ("meetings-of", {"person": "王"}),
    ("posts", {"body": "大足区人大常委会"}),
    ("posts-of", {"person": "王沪宁"}),
    ("co-attendance", {"a": "王志", "b": "肖朝华"}),
    ("co-attendees", {"person": "王志"}),
    ("co-attendees", {"person": "王志", "from": "2025-09-01", "to": "2025-09-30"}),
    ("body-meetings", {"body": "大足区人大常委", "from": "2025-09-01", "to": "2025-09-30"}),
    ("evidence", {"subject": "肖朝华"}),
]

OURS = "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/zhgov-kg/'))"
COUNT_QUADS = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}"
COUNT_GRAPHS = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}"


def kg(*args: str) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"server did not start: {process.communicate()[1]!r}") from None
            time.sleep(0.2)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def answers(run: sparql.Runner, name: str, values: dict[str, str]) -> list[tuple[tuple[str, str], ...]]:
    """A named query's rows, order-free: (variable, value) pairs; GROUP_CONCAT lists sorted (their order is free)."""
    query = sparql.named_queries()[name]
    names, rows = sparql.rows(run(query.bind(values, run)))
    table = []
    for row in rows:
        cells = []
        for variable, term in zip(names, row, strict=True):
            value = "" if term is None else term.value
            if variable in ("roles", "rolesA", "rolesB"):
                value = ",".join(sorted(value.split(",")))
            cells.append((variable, value))
        table.append(tuple(cells))
    return sorted(table)


def count(run: sparql.Runner, query: str) -> int:
    return int(next(iter(run(query)))["n"].value)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("endpoints")
    stores.build(resolve(sample_batch()), folder / "store", [folder / "sample.nq"])
    return folder


@pytest.fixture(scope="module")
def store(built: Path) -> ox.Store:
    return stores.open_store(built / "store")


def embedded(store: ox.Store) -> sparql.Runner:
    return lambda query: sparql.run(store, query)


def remote(endpoint: str) -> sparql.Runner:
    return lambda query: sparql.run_remote(endpoint, query)


def named_quads(store: ox.Store) -> int:
    return sum(1 for _ in stores.named_quads(store))


# --- kg serve: the store read-only over HTTP --------------------------------------------------


@pytest.fixture(scope="module")
def served(built: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "kg"), "serve", "--store", str(built / "store"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process, 30)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


def test_kg_serve_answers_every_named_query_like_the_embedded_store(served: str, store: ox.Store) -> None:
    for name, values in CASES:
        here = answers(embedded(store), name, values)
        assert here, (name, values)
        assert answers(remote(f"{served}/query"), name, values) == here, (name, values)


def test_kg_serve_refuses_updates_and_writes(served: str, store: ox.Store) -> None:
    before = stores.triple_count(store)
    attempts = [
        ("POST", f"{served}/update", b"update=DROP+ALL", "application/x-www-form-urlencoded"),
        ("POST", f"{served}/update", b"CLEAR DEFAULT", "application/sparql-update"),
        ("PUT", f"{served}/store?default", b"<http://x/s> <http://x/p> <http://x/o> .", "application/n-triples"),
        ("DELETE", f"{served}/store?default", None, None),
    ]
    for method, url, body, media in attempts:
        request = urllib.request.Request(
            url, data=body, method=method, headers={"Content-Type": media} if media else {}
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert 400 <= refused.value.code < 500, (method, url)
    assert count(remote(f"{served}/query"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == before


def test_kg_serve_listens_on_the_loopback_only_by_default(built: Path) -> None:
    from kg.commands.serve import server_command

    command = server_command(built / "store", "127.0.0.1", 7878, 60)
    assert command[1:5] == ["serve-read-only", "--location", str(built / "store"), "--bind"]
    assert command[5] == "127.0.0.1:7878"
    assert "--host" in kg("serve", "--help").output and "127.0.0.1" in kg("serve", "--help").output


def test_kg_serve_without_a_store_is_one_line(tmp_path: Path) -> None:
    result = kg("serve", "--store", tmp_path / "nothing")
    assert result.exit_code == 2
    assert "no graph store at" in result.stderr and "Traceback" not in result.stderr


# --- kg query --endpoint: the SPARQL 1.1 Protocol ----------------------------------------------


def test_kg_query_asks_an_endpoint_with_get_and_with_a_form_encoded_post(served: str, store: ox.Store) -> None:
    short = kg("query", "--endpoint", f"{served}/query", "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert short.exit_code == 0, short.stderr
    assert short.stdout.splitlines()[1] == str(stores.triple_count(store))
    padding = "#" + "x" * (sparql.GET_LIMIT + 100) + "\n"  # too long for a URL: sent as a form-encoded POST
    long = kg(
        "query", "--endpoint", f"{served}/query", "--format", "csv", padding + "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    )
    assert long.exit_code == 0, long.stderr
    assert long.stdout == short.stdout
    graph = kg("query", "--endpoint", f"{served}/query", "CONSTRUCT WHERE { ?e a kg:Meeting } LIMIT 3")
    assert graph.exit_code == 0, graph.stderr
    assert len(graph.stdout.splitlines()) == 3 and "ontology#Meeting" in graph.stdout


def test_named_query_commands_take_an_endpoint(served: str) -> None:
    result = kg("attendees", "第五十五次主任会议", "--endpoint", f"{served}/query", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert "肖朝华" in result.stdout and "杨爱民" in result.stdout


@pytest.mark.parametrize("endpoint", ["file:///etc/passwd", "ftp://example.org/sparql", "localhost:7878/query", "/q"])
def test_only_http_endpoints_are_asked(endpoint: str) -> None:
    result = kg("query", "--endpoint", endpoint, "ASK {}")
    assert result.exit_code == 2
    assert "not an http:// or https:// URL" in result.stderr and "Traceback" not in result.stderr


def test_federated_queries_run_only_when_asked_for(served: str, built: Path) -> None:
    federated = f"SELECT (COUNT(*) AS ?n) WHERE {{ SERVICE <{served}/query> {{ ?s a kg:Person }} }}"
    refused = kg("query", "--store", built / "store", federated)
    assert refused.exit_code == 2
    assert "SERVICE" in refused.stderr and "--allow-service" in refused.stderr
    lower = kg("query", "--store", built / "store", federated.replace("SERVICE", "service"))
    assert lower.exit_code == 2
    allowed = kg("query", "--store", built / "store", "--allow-service", "--format", "csv", federated)
    assert allowed.exit_code == 0, allowed.stderr
    assert int(allowed.stdout.splitlines()[1]) > 10
    harmless = kg("query", "--store", built / "store", 'SELECT ?service WHERE { BIND("SERVICE <x> {}" AS ?service) }')
    assert harmless.exit_code == 0, harmless.stderr


def test_an_unreachable_endpoint_is_one_clear_line() -> None:
    result = kg("query", "--endpoint", f"http://127.0.0.1:{free_port()}/query", "ASK {}")
    assert result.exit_code == 1
    assert "cannot reach" in result.stderr and len(result.stderr.strip().splitlines()) == 1


# --- kg push: the Graph Store Protocol ---------------------------------------------------------


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = oxigraph_binary()
    assert binary, "the Oxigraph server comes with the package: pip install ."
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process, 30)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


def test_push_to_oxigraph_twice_keeps_one_copy_and_answers_like_the_embedded_store(
    oxigraph_server: str, built: Path, store: ox.Store
) -> None:
    ask = remote(f"{oxigraph_server}/query")
    first = kg("push", "--endpoint", f"{oxigraph_server}/store", "--store", built / "store")
    assert first.exit_code == 0, first.stderr
    graphs = len(list(store.named_graphs()))
    assert f"pushed {graphs} graphs" in first.stderr
    assert count(ask, COUNT_QUADS) == named_quads(store)
    assert count(ask, COUNT_GRAPHS) == graphs == len(resolve(sample_batch()).articles) + 2  # + build, ontology
    second = kg("push", "--endpoint", f"{oxigraph_server}/store", "--graph", built / "sample.nq")
    assert second.exit_code == 0, second.stderr
    assert count(ask, COUNT_QUADS) == named_quads(store)
    for name, values in CASES:
        assert answers(ask, name, values) == answers(embedded(store), name, values), (name, values)


def test_push_refuses_a_file_without_named_graphs_and_bad_urls(built: Path, tmp_path: Path) -> None:
    triples = tmp_path / "g.nt"
    triples.write_text("<http://x/s> <http://x/p> <http://x/o> .\n", encoding="utf-8")
    result = kg("push", "--endpoint", "http://127.0.0.1:1/store", "--graph", triples)
    assert result.exit_code == 2 and "no named graphs" in result.stderr
    result = kg("push", "--endpoint", "file:///tmp/x", "--store", built / "store")
    assert result.exit_code == 2 and "not an http:// or https:// URL" in result.stderr
    result = kg("push", "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--store", built / "store")
    assert result.exit_code == 1 and "push stopped: cannot reach" in result.stderr


# --- Virtuoso 7 --------------------------------------------------------------------------------

VIRTUOSO_INI = """
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource; .ci/run does)")
    folder = tmp_path_factory.mktemp("virtuoso")
    port = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=free_port(), http_port=port), encoding="utf-8")
    process = subprocess.Popen(
        [binary, "+configfile", str(ini), "+foreground"], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", process, 120)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


def test_push_to_virtuoso_twice_keeps_one_copy_and_answers_like_the_embedded_store(
    virtuoso: str, built: Path, store: ox.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ask = remote(f"{virtuoso}/sparql")
    endpoint = f"{virtuoso}/sparql-graph-crud-auth"
    anonymous = kg("push", "--endpoint", endpoint, "--store", built / "store")
    assert anonymous.exit_code == 1 and "401" in anonymous.stderr  # Virtuoso wants its credentials
    monkeypatch.setenv(sparql.USER_ENV, "dba")
    monkeypatch.setenv(sparql.PASSWORD_ENV, "dba")  # the fresh database's default; Digest authentication
    for _ in range(2):
        result = kg("push", "--endpoint", endpoint, "--store", built / "store")
        assert result.exit_code == 0, result.stderr
        assert count(ask, COUNT_QUADS) == named_quads(store)
    for name, values in CASES:
        assert answers(ask, name, values) == answers(embedded(store), name, values), (name, values)


def test_virtuoso_answers_kg_query_by_get_and_form_encoded_post(virtuoso: str, store: ox.Store) -> None:
    # runs after the push above (module order)
    query = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Person }"
    short = kg("query", "--endpoint", f"{virtuoso}/sparql", "--format", "csv", query)
    long = kg("query", "--endpoint", f"{virtuoso}/sparql", "--format", "csv", "#" + "x" * 3000 + "\n" + query)
    assert short.exit_code == 0 and long.exit_code == 0, short.stderr + long.stderr
    assert short.stdout == long.stdout
    assert int(short.stdout.splitlines()[1]) == count(
        embedded(store), query.replace("kg:", "<https://w3id.org/zhgov-kg/ontology#").replace("Person", "Person>")
    )


def test_push_store_reports_what_it_sent(oxigraph_server: str, store: ox.Store) -> None:
    pushed = push_store(store, f"{oxigraph_server}/store", workers=2)
    assert pushed.graphs == len(list(store.named_graphs()))
    assert pushed.triples == named_quads(store)
    assert os.environ.get(sparql.USER_ENV) is None  # credentials were never needed nor left behind


def test_a_push_sends_a_graph_again_when_the_server_says_it_deadlocked_and_never_on_a_real_error():
    from kg.commands.push import transient

    deadlock = "http://h:8890/sparql-graph-crud-auth answered 500 Request Failed: Error 40001 SR172: deadlocked"
    assert transient(deadlock)
    race = (
        "http://h:8890/sparql-graph-crud-auth answered 500 SR197: Non unique primary key on DB.DBA.RDF_LANGUAGE."
    )
    assert transient(race)  # two graphs registering one new language tag side by side
    assert transient("http://h/store answered 503 Service Unavailable: busy")
    assert not transient("http://h/store answered 400 Bad Request: syntax error at line 3")
    assert not transient("http://h/store answered 500 Internal Server Error: out of disk")
