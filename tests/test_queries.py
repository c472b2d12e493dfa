"""The shipped SPARQL queries answer researchers' questions, on the embedded store and on a real Oxigraph server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from sample_facts import sample_batch

from kg.graph import sparql
from kg.graph import store as stores
from kg.graph.build import event_iri
from kg.graph.resolve import resolve


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("queries")
    stores.build(resolve(sample_batch()), folder / "store", [folder / "sample.ttl", folder / "sample.nq"])
    return folder


@pytest.fixture(scope="module")
def store(built: Path) -> ox.Store:
    return stores.open_store(built / "store")


def ask(store: ox.Store, name: str, **values: str | None) -> list[dict[str, str]]:
    """Rows of a named query as {variable: lexical value}, unbound variables left out (names looked up first)."""
    results = sparql.run(store, sparql.named_queries()[name].bind(values, lambda q: sparql.run(store, q)))
    names, rows = sparql.rows(results)
    return [{n: t.value for n, t in zip(names, row, strict=True) if t is not None} for row in rows]


def test_every_shipped_query_has_a_summary_and_declared_parameters() -> None:
    queries = sparql.named_queries()
    assert set(queries) == {
        "attendees",
        "meetings-of",
        "posts",
        "posts-of",
        "co-attendance",
        "body-meetings",
        "co-attendees",
        "evidence",
    }
    for query in queries.values():
        assert query.summary
        assert any(p.required for p in query.parameters)


def test_who_chaired_and_who_sat_in_at_the_12_september_director_meeting(store: ox.Store) -> None:
    rows = ask(store, "attendees", event="第五十五次主任会议")
    assert [(r["name"], r["role"], r.get("listPosition")) for r in rows] == [
        ("王志", "chair", None),
        ("王志", "speaker", None),
        ("肖朝华", "attendee", "1"),
        ("周虹", "attendee", "2"),
        ("黄克成", "attendee", "3"),
        ("曾纪红", "attendee", "4"),
        ("杨爱民", "nonvoting", "1"),
    ]
    assert {r["eventName"] for r in rows} == {"大足区三届人大常委会第五十五次主任会议"}
    assert {r["date"] for r in rows} == {"2025-09-12"}
    assert rows[-1]["title"] == "区政府副区长"


def test_an_event_can_be_named_by_its_iri_or_any_reported_wording(store: ox.Store) -> None:
    by_name = ask(store, "attendees", event="第五十五次主任会议")
    iri = by_name[0]["event"]
    assert ask(store, "attendees", event=iri) == by_name
    assert ask(store, "attendees", event=f"<{iri}>") == by_name
    assert ask(store, "attendees", event="event:" + iri.rsplit("/", 1)[1]) == by_name
    assert ask(store, "attendees", event="人民代表大会常务委员会第五十五次") == by_name  # the other report's wording
    assert ask(store, "attendees", event="no such meeting") == []


def test_which_meetings_a_person_attended_with_roles_and_dates(store: ox.Store) -> None:
    rows = ask(store, "meetings-of", person="王志")
    daju = sorted((r["date"], ",".join(sorted(r["roles"].split(",")))) for r in rows if r["region"] == "大足区")
    assert daju == [("2025-04-16", "chair"), ("2025-09-12", "chair"), ("2025-09-12", "chair,speaker")]
    assert [(r["date"], r["roles"]) for r in rows if r["region"] == "渝中区"] == [("2025-10-24", "chair")]
    september = ask(store, "meetings-of", person="王志", **{"from": "2025-09-01", "to": "2025-09-30"})
    assert {r["eventName"] for r in september} == {
        "大足区三届人大常委会第五十五次主任会议",
        "大足区人大常委会党组2025年第16次（扩大）会议",
    }
    assert all(r["type"] == "meeting" for r in september)


def test_a_date_range_leaves_out_events_known_only_by_month_and_day(store: ox.Store) -> None:
    everything = ask(store, "meetings-of", person="钱虎")
    assert [r["date"] for r in everything] == ["--09-12"]
    assert ask(store, "meetings-of", person="钱虎", **{"from": "2025-01-01"}) == []


def test_who_holds_posts_in_a_body_whatever_spelling_is_asked(store: ox.Store) -> None:
    rows = ask(store, "posts", body="大足区人大常委会")
    holders = {(r["name"], r["title"]) for r in rows}
    assert {("王志", "主任"), ("王志", "党组书记"), ("肖朝华", "副主任"), ("贺泽贵", "副主任")} <= holders
    director = next(r for r in rows if (r["name"], r["title"]) == ("王志", "主任"))
    assert (director["firstAttested"], director["lastAttested"]) == ("2025-04-17", "2025-09-13")
    assert ask(store, "posts", body="大足区人民代表大会常务委员会") == rows


def test_the_posts_of_a_national_leader(store: ox.Store) -> None:
    rows = ask(store, "posts-of", person="王沪宁")
    assert {(r["title"], r["bodyName"]) for r in rows} == {("政治局常委", "中共中央"), ("主席", "全国政协")}
    assert {r["region"] for r in rows} == {"中国"}


def test_co_attendance_of_two_persons(store: ox.Store) -> None:
    rows = ask(store, "co-attendance", a="王志", b="肖朝华")
    assert [r["date"] for r in rows] == ["2025-04-16", "2025-09-12", "2025-09-12"]
    assert all(r["rolesB"] == "attendee" for r in rows)
    assert ask(store, "co-attendance", a="王沪宁", b="王志") == []


def test_meetings_of_a_body_in_a_date_range(store: ox.Store) -> None:
    september = {"from": "2025-09-01", "to": "2025-09-30"}
    rows = ask(store, "body-meetings", body="大足区人大常委会", **september)
    assert {(r["bodyName"], r["eventName"], r["participants"]) for r in rows} == {
        ("大足区人大常委会", "大足区三届人大常委会第五十五次主任会议", "6"),
    }
    # no body is called exactly 大足区人大常委: every body whose name contains it answers
    rows = ask(store, "body-meetings", body="大足区人大常委", **september)
    assert {(r["bodyName"], r["eventName"], r["participants"]) for r in rows} == {
        ("大足区人大常委会", "大足区三届人大常委会第五十五次主任会议", "6"),
        ("大足区人大常委会党组", "大足区人大常委会党组2025年第16次（扩大）会议", "5"),
    }
    april = ask(store, "body-meetings", body="大足区人大常委会", to="2025-06-30")
    assert [r["eventName"] for r in april] == ["大足区第三届人大常委会第五十一次主任会议"]
    organised = ask(store, "body-meetings", body="全国政协")
    assert [r["date"] for r in organised] == ["2023-11-02"]


@pytest.mark.parametrize(
    "hostile",
    [
        '"} } ; DROP ALL ; #',
        '主任会议") || true || CONTAINS("',
        "' . ?s ?p ?o . FILTER(true) #",
        '\\" } UNION { ?event ?p ?o } #',
    ],
)
def test_user_text_is_bound_as_a_literal_and_cannot_change_the_query(store: ox.Store, hostile: str) -> None:
    assert ask(store, "attendees", event=hostile) == []
    assert stores.triple_count(store) > 0


def test_values_that_are_not_valid_terms_are_refused() -> None:
    attendees = sparql.named_queries()["attendees"]
    with pytest.raises(sparql.QueryError, match="not a valid IRI"):
        attendees.bind({"event": "http://example.org/x> } ; DROP ALL #"})
    with pytest.raises(sparql.QueryError, match="not a date"):
        sparql.named_queries()["meetings-of"].bind({"person": "王志", "from": "2025-13-01"})
    with pytest.raises(sparql.QueryError, match="missing event"):
        attendees.bind({})
    with pytest.raises(sparql.QueryError, match="no parameter row"):
        sparql.bind_values("SELECT * WHERE { ?s ?p ?o }", ["event"], {})


def test_bad_sparql_is_one_clear_line(store: ox.Store) -> None:
    with pytest.raises(sparql.QueryError) as caught:
        sparql.run(store, "SELEC ?x WHERE {")
    assert str(caught.value).startswith("invalid SPARQL: ")
    assert "\n" not in str(caught.value)


# --- a real Oxigraph SPARQL server -------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http(method: str, url: str, body: bytes | None = None, content_type: str | None = None) -> int:
    request = urllib.request.Request(url, data=body, method=method)
    if content_type:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> str:
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    binary = shutil.which("oxigraph", path=search)
    assert binary, "the Oxigraph server binary comes with the test extra: pip install '.[test]'"
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                http("GET", f"{base}/query?query=ASK%7B%7D")
                break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph server did not start: {process.stderr.read()!r}") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_an_exported_graph_loaded_into_oxigraph_server_answers_like_the_embedded_store(
    server: str, built: Path, store: ox.Store
) -> None:
    status = http("PUT", f"{server}/store?default", (built / "sample.ttl").read_bytes(), "text/turtle")
    assert status in (200, 201, 204)
    endpoint = f"{server}/query"
    count = sparql.run_remote(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(next(iter(count))["n"].value) == stores.triple_count(store)
    cases = [
        ("attendees", {"event": "第五十五次主任会议"}),
        ("meetings-of", {"person": "王志", "from": "2025-01-01"}),
        ("posts", {"body": "大足区人大常委会"}),
        ("posts-of", {"person": "王沪宁"}),
        ("co-attendance", {"a": "王志", "b": "肖朝华"}),
        ("body-meetings", {"body": "大足区人大常委会", "from": "2025-09-01", "to": "2025-09-30"}),
    ]
    for name, values in cases:
        text = sparql.named_queries()[name].bind(values)
        embedded = sparql.rows(sparql.run(store, text))
        remote = sparql.rows(sparql.run_remote(endpoint, text))
        assert remote == embedded, name
        assert embedded[1], name


def test_the_server_keeps_one_named_graph_per_document_from_the_nquads_export(server: str, built: Path) -> None:
    status = http("POST", f"{server}/store", (built / "sample.nq").read_bytes(), "application/n-quads")
    assert status in (200, 201, 204)
    graphs = sparql.run_remote(
        f"{server}/query",
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <https://w3id.org/zhgov-kg/ontology#Document> } }",
    )
    assert int(next(iter(graphs))["n"].value) == len(resolve(sample_batch()).articles)
    iri = str(event_iri(resolve(sample_batch()).events[(sample_batch()[0].article_id, 0)].key))
    reports = sparql.run_remote(f"{server}/query", f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{iri}> a ?type }} }}")
    assert len(list(reports)) == 2  # the meeting is stated in both reporting documents' graphs


def test_an_unreachable_endpoint_is_one_clear_line() -> None:
    with pytest.raises(sparql.QueryError, match="cannot reach"):
        sparql.run_remote(f"http://127.0.0.1:{free_port()}/query", "ASK {}", timeout=5)


# --- evidence: from a fact back to the characters of its source file ---------------------------


def test_the_evidence_of_any_fact_leads_back_to_the_exact_characters_of_its_source_file(store: ox.Store) -> None:
    import random

    from sample_facts import source_text

    chosen = random.Random(11).sample(sorted({r["name"] for r in ask(store, "attendees", event="会议")}), 3)
    for name in [*chosen, "第五十五次主任会议"]:
        rows = ask(store, "evidence", subject=name)
        assert {r["kind"] for r in rows} & {"participation", "participant"}, name
        for row in rows:
            text = source_text(row["file"])
            assert text[int(row["begin"]) : int(row["end"])] == row["anchor"], row
            assert "".join(row["anchor"].split()) in row["sentence"], row


def test_evidence_lists_each_kind_of_fact_about_a_person(store: ox.Store) -> None:
    rows = ask(store, "evidence", subject="肖朝华")
    facts = {(r["kind"], r.get("role", ""), r.get("title", ""), r.get("otherName", "")) for r in rows}
    assert ("participation", "attendee", "", "大足区三届人大常委会第五十五次主任会议") in facts
    assert ("post", "", "副主任", "大足区人大常委会") in facts
    assert {r["file"] for r in rows} == {"000_e0082f67350fa89f.txt", "002_c4be613942b79a9f.txt"}


# --- co-attendees and dates on every list of events --------------------------------------------


def test_who_attends_most_often_with_a_person(store: ox.Store) -> None:
    rows = ask(store, "co-attendees", person="王志")
    daju = [r for r in rows if r["name"] == "王志" and r.get("otherRegion") == "大足区"]
    counts = {r["otherName"]: int(r["events"]) for r in daju}
    assert counts["肖朝华"] == 3 and counts["黄克成"] == 3
    for person in {r["person"] for r in rows}:  # most frequent first, for each 王志
        shared = [int(r["events"]) for r in rows if r["person"] == person]
        assert shared == sorted(shared, reverse=True)
    september = {r["otherName"]: int(r["events"]) for r in ask(store, "co-attendees", person="王志", **SEPTEMBER)}
    assert september["肖朝华"] == 2 and "王大蓉" not in september  # 王大蓉 sat in in April only


SEPTEMBER = {"from": "2025-09-01", "to": "2025-09-30"}


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("attendees", {"event": "主任会议"}),
        ("meetings-of", {"person": "王志"}),
        ("co-attendance", {"a": "王志", "b": "肖朝华"}),
        ("co-attendees", {"person": "王志"}),
        ("body-meetings", {"body": "大足区人大常委"}),
    ],
)
def test_every_query_that_lists_events_takes_a_date_range(store: ox.Store, name: str, values: dict) -> None:
    every = ask(store, name, **values)
    within = ask(store, name, **values, **SEPTEMBER)
    assert within and len(within) < len(every)
    for row in within:
        if "date" in row:
            assert "2025-09-01" <= row["date"] <= "2025-09-30"


def test_an_exact_name_is_found_through_the_index_and_a_part_only_when_nothing_is_called_so(
    store: ox.Store,
) -> None:
    issued: list[str] = []

    def run(query: str) -> sparql.Results:
        issued.append(query)
        return sparql.run(store, query)

    meetings = sparql.named_queries()["meetings-of"]
    meetings.bind({"person": "王志"}, run)
    assert len(issued) == 1 and "CONTAINS" not in issued[0]  # one exact lookup, no scan
    issued.clear()
    text = meetings.bind({"person": "朝华"}, run)
    assert len(issued) == 2 and "CONTAINS" in issued[1]  # nobody is called 朝华: the substring scan
    assert "person/788cccef804386f2" in text  # 肖朝华
    issued.clear()
    nothing = meetings.bind({"person": "无此人"}, run)
    assert ask(store, "meetings-of", person="无此人") == [] and "VALUES (?person ?personText) {  }" in nothing


def test_query_commands_never_import_spacy(tmp_path: Path, built: Path) -> None:
    command = [
        sys.executable,
        "-X",
        "importtime",
        "-c",
        "from kg.cli import main; main()",
        "attendees",
        "第五十五次主任会议",
        "--store",
        str(built / "store"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "肖朝华" in result.stdout
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "pyoxigraph" in imported
    assert not {m for m in imported if m.split(".")[0] in ("spacy", "thinc", "torch", "pyshacl", "networkx")}


# --- pinyin ------------------------------------------------------------------------------------


def test_a_person_or_body_can_be_asked_for_in_pinyin(store: ox.Store) -> None:
    assert ask(store, "meetings-of", person="Wang Zhi", **SEPTEMBER) == ask(
        store, "meetings-of", person="王志", **SEPTEMBER
    )
    assert ask(store, "meetings-of", person="wang  zhi") == ask(store, "meetings-of", person="王志")
    assert ask(store, "posts-of", person="Wang Huning") == ask(store, "posts-of", person="王沪宁")
    assert ask(store, "posts", body="Dazu Qu Renda Changweihui") == ask(store, "posts", body="大足区人大常委会")
    assert ask(store, "co-attendance", a="Wang Zhi", b="Xiao Chaohua") == ask(
        store, "co-attendance", a="王志", b="肖朝华"
    )


def sparql_prefixes() -> dict[str, str]:
    from kg.graph.prefixes import PREFIXES

    return PREFIXES


def test_pinyin_labels_are_tagged_and_follow_name_order(store: ox.Store) -> None:
    from kg.graph.pinyin import body_pinyin, person_pinyin

    assert person_pinyin("李强") == "Li Qiang"
    assert person_pinyin("欧阳娜娜") == "Ouyang Nana"  # a compound surname stays one word
    assert person_pinyin("约翰·史密斯") is None  # not a Han name
    assert body_pinyin("国务院") == "Guowuyuan"
    labels = {
        (s["l"].value, s["l"].language)
        for s in sparql.run(store, "SELECT ?l WHERE { ?p a kg:Person ; skos:altLabel ?l }", sparql_prefixes())
    }
    assert ("Wang Zhi", "zh-latn-pinyin") in labels
