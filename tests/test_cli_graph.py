"""A researcher's session: build the graph, ask it questions, validate it, from the command line."""

from __future__ import annotations

import csv
import io
import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import RDF, RDFS, Graph
from sample_facts import sample_batch

from kg.cli import main
from kg.graph.vocab import KG

# rdflib's own parsers still use their deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "kg" / "sample" / "seeds"


def kg(*args: str) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def one_line_error(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def facts_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("facts") / "facts.jsonl"
    path.write_text(
        "".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in sample_batch()), encoding="utf-8"
    )
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, facts_file: Path) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    result = kg(
        "build", "--facts", facts_file, "--store", folder / "store", "-o", folder / "g.ttl", "-o", folder / "g.nq"
    )
    assert result.exit_code == 0, result.stderr
    assert "triples from 7 articles" in result.stderr
    return folder


def test_the_help_lists_the_graph_commands() -> None:
    result = kg("--help")
    for name in ("build", "query", "validate", "attendees", "meetings-of", "posts", "co-attendance", "body-meetings"):
        assert name in result.output
    assert "第五十五次主任会议" in kg("attendees", "--help").output


def test_build_writes_the_store_and_the_files(built: Path) -> None:
    assert (built / "store" / "CURRENT").is_file()
    assert len(Graph().parse(built / "g.ttl")) > 500
    assert (built / "g.nq").read_text(encoding="utf-8").count("\n") > 500


def test_a_bad_facts_line_is_reported_and_the_rest_is_built(tmp_path: Path, facts_file: Path) -> None:
    lines = facts_file.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([lines[0], "{not json", *lines[1:]]) + "\n", encoding="utf-8")
    result = kg("build", "--facts", broken, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert f"{broken}:2: malformed JSON" in result.stderr
    assert "triples from 7 articles" in result.stderr
    assert (tmp_path / "store" / "CURRENT").is_file()


def test_an_unknown_output_format_is_refused_before_any_work(tmp_path: Path, facts_file: Path) -> None:
    result = kg("build", "--facts", facts_file, "--store", tmp_path / "store", "-o", tmp_path / "graph.xml")
    assert result.exit_code == 2
    assert "unsupported graph file extension" in one_line_error(result)
    assert not (tmp_path / "store").exists()


def test_no_store_needs_an_output_file(facts_file: Path) -> None:
    result = kg("build", "--facts", facts_file, "--no-store")
    assert result.exit_code == 2
    assert "--no-store needs" in one_line_error(result)


def test_nothing_to_build_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    result = kg("build", "--facts", empty, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert "no articles" in one_line_error(result)


def test_query_answers_as_table_csv_tsv_and_json(built: Path) -> None:
    sparql = "SELECT ?name WHERE { ?e kg:nonVotingAttendee ?p . ?p rdfs:label ?name } ORDER BY ?name"
    store = built / "store"
    table = kg("query", sparql, "--store", store)
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].strip() == "name"
    assert "杨爱民" in table.stdout and "(2 rows)" in table.stderr
    rows = list(csv.DictReader(io.StringIO(kg("query", sparql, "--store", store, "--format", "csv").stdout)))
    assert sorted(r["name"] for r in rows) == sorted(["杨爱民", "王大蓉"])
    tsv = kg("query", sparql, "--store", store, "--format", "tsv").stdout.splitlines()
    assert tsv[0] == "?name" and '"杨爱民"@zh' in tsv
    data = json.loads(kg("query", sparql, "--store", store, "--format", "json").stdout)
    assert {b["name"]["value"] for b in data["results"]["bindings"]} == {"杨爱民", "王大蓉"}


def test_query_ask_construct_file_and_graph_file(built: Path, tmp_path: Path) -> None:
    assert kg("query", "ASK { ?e kg:chair ?p }", "--store", built / "store").stdout.strip() == "true"
    construct = kg("query", "CONSTRUCT { ?e kg:chair ?p } WHERE { ?e kg:chair ?p }", "--graph", built / "g.ttl")
    assert construct.exit_code == 0
    assert len(Graph().parse(data=construct.stdout, format="nt")) >= 4
    query_file = tmp_path / "chairs.rq"
    query_file.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?e kg:chair ?p }", encoding="utf-8")
    from_file = kg("query", "--file", query_file, "--graph", built / "g.nq", "--format", "csv")
    from_store = kg("query", "--file", query_file, "--store", built / "store", "--format", "csv")
    assert from_file.stdout == from_store.stdout


def test_bad_sparql_is_one_line_and_exit_1(built: Path) -> None:
    result = kg("query", "SELEC ?x WHERE {", "--store", built / "store")
    assert result.exit_code == 1
    assert one_line_error(result).startswith("Error: invalid SPARQL")


def test_query_usage_errors_are_one_line(built: Path, tmp_path: Path) -> None:
    both = kg("query", "ASK {}", "--file", tmp_path / "x.rq", "--store", built / "store")
    assert both.exit_code == 2 and "one of them" in one_line_error(both)
    sources = kg("query", "ASK {}", "--store", built / "store", "--graph", built / "g.ttl")
    assert sources.exit_code == 2 and "at most one" in one_line_error(sources)
    missing = kg("query", "ASK {}", "--store", tmp_path / "nowhere")
    assert missing.exit_code == 1 and "kg build" in one_line_error(missing)
    not_rdf = tmp_path / "notes.ttl"
    not_rdf.write_text("this is not turtle", encoding="utf-8")
    unreadable = kg("query", "ASK {}", "--graph", not_rdf)
    assert unreadable.exit_code == 1 and "cannot read" in one_line_error(unreadable)


def test_named_query_commands(built: Path) -> None:
    store = built / "store"
    attendees = kg("attendees", "第五十五次主任会议", "--store", store, "--format", "csv")
    assert attendees.exit_code == 0
    roles = [(r["name"], r["role"]) for r in csv.DictReader(io.StringIO(attendees.stdout))]
    assert roles[0] == ("王志", "chair") and roles[-1] == ("杨爱民", "nonvoting")
    september = kg(
        "meetings-of", "王志", "--from", "2025-09-01", "--to", "2025-09-30", "--store", store, "--format", "json"
    )
    names = {b["eventName"]["value"] for b in json.loads(september.stdout)["results"]["bindings"]}
    assert names == {"大足区三届人大常委会第五十五次主任会议", "大足区人大常委会党组2025年第16次（扩大）会议"}
    posts = kg("posts", "大足区人大常委会", "--graph", built / "g.ttl")
    assert posts.exit_code == 0 and "党组书记" in posts.stdout
    assert "王沪宁" in kg("posts-of", "王沪宁", "--store", store).stdout
    assert kg("co-attendance", "王志", "肖朝华", "--store", store).stdout.count("主任会议") == 2
    body = kg("body-meetings", "全国政协", "--from", "2023-01-01", "--store", store)
    assert "2023-11-02" in body.stdout


def test_named_query_argument_errors_are_one_line(built: Path) -> None:
    bad_date = kg("meetings-of", "王志", "--from", "12 September", "--store", built / "store")
    assert bad_date.exit_code == 2 and "not a date" in one_line_error(bad_date)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    offline = kg("attendees", "会议", "--endpoint", f"http://127.0.0.1:{port}/query")
    assert offline.exit_code == 1 and "cannot reach" in one_line_error(offline)


def test_validate_passes_a_built_graph_and_fails_a_broken_one(built: Path, tmp_path: Path) -> None:
    good = kg("validate", built / "store")
    assert good.exit_code == 0, good.stdout
    assert "0 violations" in good.stderr
    graph = Graph().parse(built / "g.ttl")
    for person in list(graph.subjects(RDF.type, KG.Person))[:2]:
        graph.remove((person, RDFS.label, None))
    broken = tmp_path / "broken.ttl"
    graph.serialize(broken, format="turtle")
    bad = kg("validate", broken)
    assert bad.exit_code == 1
    lines = bad.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith("Violation: person:") for line in lines)
    assert "needs exactly one rdfs:label tagged @zh" in lines[0]
    assert "2 violations" in bad.stderr


# --- end to end on the bundled sample, with the real extraction pipeline ---------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    result = kg("build", SEEDS, "--store", folder / "store", "-o", folder / "sample.nq", "-o", folder / "sample.ttl")
    assert result.exit_code == 0, result.stderr
    return folder


def test_the_bundled_sample_answers_who_chaired_and_who_sat_in_on_12_september(sample: Path) -> None:
    result = kg("attendees", "第五十五次主任会议", "--store", sample / "store", "--format", "json")
    rows = json.loads(result.stdout)["results"]["bindings"]
    roles = {(r["name"]["value"], r["role"]["value"]) for r in rows}
    assert ("王志", "chair") in roles
    assert ("杨爱民", "nonvoting") in roles
    assert {r["eventName"]["value"] for r in rows} == {"大足区三届人大常委会第五十五次主任会议"}
    assert all(r["date"]["value"].endswith("09-12") for r in rows if "date" in r)


def test_the_bundled_sample_graph_is_valid_and_rebuilds_identically(sample: Path, tmp_path: Path) -> None:
    assert kg("validate", sample / "store").exit_code == 0
    again = kg("build", SEEDS, "--store", tmp_path / "store", "-o", tmp_path / "sample.nq")
    assert again.exit_code == 0
    assert (tmp_path / "sample.nq").read_bytes() == (sample / "sample.nq").read_bytes()


def test_a_bad_input_path_is_reported_and_the_sample_still_built(tmp_path: Path) -> None:
    result = kg("build", tmp_path / "missing.txt", SEEDS / "000_e0082f67350fa89f.txt", "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
    assert (tmp_path / "store" / "CURRENT").is_file()
    posts = kg("posts", "大足区人大常委会", "--store", tmp_path / "store")
    assert "王志" in posts.stdout
