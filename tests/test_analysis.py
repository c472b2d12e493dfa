"""A researcher analyses the graph with NetworkX: who meets whom, who is central, who chairs, who holds posts.

The graph is built by ``kg build`` from hand-written facts of the bundled pages
(``tests/sample_facts.py``), so the expectations are exact and do not move with
extraction quality: the 大足区 主任会议 of 12 September chaired by 王志 with 肖朝华,
周虹, 黄克成 and 曾纪红 attending and 杨爱民 列席; the April 主任会议; the Party
group meeting; a namesake 王志 in 渝中区; a CCTV day.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from rdflib import Graph
from sample_facts import sample_batch

from kg import analysis as ka
from kg.cli import main

MEETING_55 = "大足区三届人大常委会第五十五次主任会议"


def kg(*args: object) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("analysis")
    facts = folder / "facts.jsonl"
    facts.write_text(
        "".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in sample_batch()), encoding="utf-8"
    )
    result = kg("build", "--facts", facts, "--store", folder / "store", "-o", folder / "g.nt", "-o", folder / "g.nq")
    assert result.exit_code == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def g(built: Path) -> ox.Store:
    return ka.load_graph(built / "g.nt")


def person(graph: nx.Graph, label: str, region: str = "大足区") -> str:
    [node] = [n for n in ka.find_nodes(graph, label) if graph.nodes[n].get("region") == region]
    return node


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def test_the_graph_loads_alike_from_a_store_a_file_a_dataset_and_an_rdflib_graph(built: Path, g: ox.Store) -> None:
    expected = ka.participations(g)
    assert expected
    assert ka.participations(built / "store") == expected
    assert ka.participations(str(built / "g.nq")) == expected
    assert ka.participations(Graph().parse(built / "g.nt", format="nt")) == expected


def test_an_unreadable_source_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="cannot read a knowledge graph"):
        ka.load_graph(42)
    with pytest.raises(FileNotFoundError):
        ka.load_graph(tmp_path / "missing.ttl")


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


def test_participations_give_the_roster_of_the_12_september_meeting(g: ox.Store) -> None:
    rows = [p for p in ka.participations(g) if p["event_label"] == MEETING_55]
    roles = {(p["person_label"], p["role"]) for p in rows}
    assert roles == {
        ("王志", "chair"),
        ("王志", "speaker"),
        ("肖朝华", "attendee"),
        ("周虹", "attendee"),
        ("黄克成", "attendee"),
        ("曾纪红", "attendee"),
        ("杨爱民", "nonvoting"),
    }
    attendees = [p["person_label"] for p in rows if p["role"] == "attendee"]
    assert attendees == ["肖朝华", "周虹", "黄克成", "曾纪红"]  # list order, which signals rank
    assert all(p["date"] == "2025-09-12" for p in rows)
    assert all("000_e0082f67350fa89f.txt" in p["sources"] for p in rows)


def test_persons_keep_namesakes_of_different_districts_apart(g: ox.Store) -> None:
    wang = {p["region"]: p for p in ka.persons(g) if p["label"] == "王志"}
    assert set(wang) == {"大足区", "渝中区"}
    assert wang["大足区"]["chaired"] == 3 and wang["渝中区"]["chaired"] == 1
    assert wang["大足区"]["id"].startswith("person:")


def test_events_carry_type_date_and_organizer(g: ox.Store) -> None:
    [meeting] = [e for e in ka.events(g) if e["label"] == MEETING_55]
    assert meeting["type"] == "meeting"
    assert meeting["date"] == "2025-09-12"
    assert meeting["ordinal"] == 55
    assert meeting["participants"] == 6


def test_tables_export_as_csv_that_pandas_reads(g: ox.Store, tmp_path: Path) -> None:
    written = ka.export_tables(g, tmp_path / "tables")
    assert sorted(p.name for p in written) == [
        "bodies.csv",
        "events.csv",
        "participations.csv",
        "persons.csv",
        "post_holdings.csv",
    ]
    with open(tmp_path / "tables" / "participations.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert ("杨爱民", "nonvoting") in {(r["person_label"], r["role"]) for r in rows}
    pandas = pytest.importorskip("pandas")
    holdings = pandas.read_csv(tmp_path / "tables" / "post_holdings.csv")
    assert "大足区人大常委会" in set(holdings.body_label)
    assert list(ka.frame(ka.persons(g)).columns) == ["person", "id", "label", "region", "events", "chaired", "posts"]


# ---------------------------------------------------------------------------------------------
# NetworkX views
# ---------------------------------------------------------------------------------------------


def test_the_person_event_graph_is_bipartite_with_roles_on_edges(g: ox.Store) -> None:
    graph = ka.person_event_graph(g)
    assert nx.is_bipartite(graph)
    [event] = ka.find_nodes(graph, MEETING_55)
    chair = person(graph, "王志")
    assert graph.nodes[event]["type"] == "Event" and graph.nodes[event]["event_type"] == "meeting"
    assert graph.nodes[chair]["iri"] == chair and graph.nodes[chair]["type"] == "Person"
    assert graph.edges[chair, event]["roles"] == ("chair", "speaker")
    assert graph.edges[person(graph, "杨爱民"), event]["roles"] == ("nonvoting",)
    assert graph.edges[person(graph, "肖朝华"), event]["list_position"] == 1


def test_co_attendance_counts_shared_events(g: ox.Store) -> None:
    people = ka.co_attendance(g)
    wang, xiao, yang = person(people, "王志"), person(people, "肖朝华"), person(people, "杨爱民")
    # 肖朝华 sat with 王志 at both 主任会议 and the Party group meeting
    assert people.edges[wang, xiao]["weight"] == 3
    assert people.edges[wang, yang]["weight"] == 1
    assert people.nodes[wang]["events"] == 3 and people.nodes[wang]["label"] == "王志"
    strong = ka.co_attendance(g, min_events=2)
    assert strong.has_edge(wang, xiao) and not strong.has_edge(wang, yang)
    assert set(strong) == set(people)  # everyone who took part stays a node
    with pytest.raises(ValueError):
        ka.co_attendance(g, min_events=0)


def test_co_attendance_counted_over_rosters_equals_the_weighted_projection(g: ox.Store) -> None:
    bipartite = ka.person_event_graph(g)
    people = [n for n, d in bipartite.nodes(data=True) if d["bipartite"] == 0]
    projected = nx.bipartite.weighted_projected_graph(bipartite, people)
    counted = ka.co_attendance(bipartite)
    assert {frozenset(e): d["weight"] for *e, d in counted.edges(data=True)} == {
        frozenset(e): d["weight"] for *e, d in projected.edges(data=True)
    }


def test_roles_restrict_who_counts(g: ox.Store) -> None:
    voting = ka.co_attendance(g, roles={"chair", "attendee"})
    assert not ka.find_nodes(voting, "杨爱民")
    assert ka.find_nodes(voting, "肖朝华")


def test_the_affiliation_graph_links_persons_posts_and_bodies(g: ox.Store) -> None:
    graph = ka.affiliation_graph(g)
    wang = person(ka.co_attendance(g), "王志")
    [body] = [n for n in ka.find_nodes(graph, "大足区人大常委会") if graph.nodes[n]["type"] == "Body"]
    posts = {graph.nodes[p]["title"] for p in graph[wang] if graph.nodes[p]["type"] == "Post"}
    assert {"主任", "党组书记"} <= posts
    director = next(p for p in graph[wang] if graph.nodes[p].get("title") == "主任")
    assert graph.edges[wang, director]["relation"] == "holds"
    assert graph.has_edge(director, body)


# ---------------------------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------------------------


def test_the_centrality_table_puts_the_chair_and_his_deputies_first(g: ox.Store) -> None:
    people = ka.co_attendance(g)
    table = ka.centrality_table(people)
    assert {r["label"] for r in table[:3]} == {"王志", "肖朝华", "黄克成"}
    top = table[0]
    assert top["weighted_degree"] == max(r["weighted_degree"] for r in table)
    assert set(top) >= {"degree", "weighted_degree", "pagerank", "betweenness", "community"}
    assert abs(sum(r["pagerank"] for r in table) - 1) < 1e-3
    assert table == ka.centrality_table(people)  # seeded: reruns agree


def test_betweenness_is_exact_when_small_and_sampled_with_k(g: ox.Store) -> None:
    people = ka.co_attendance(g)
    assert ka.betweenness(people) == nx.betweenness_centrality(people)
    path = nx.path_graph(30)
    sampled = ka.betweenness(path, k=5, seed=1)
    assert sampled == ka.betweenness(path, k=5, seed=1)
    assert sampled != nx.betweenness_centrality(path)


def test_communities_group_the_standing_committee_leadership(g: ox.Store) -> None:
    people = ka.co_attendance(g)
    groups = ka.communities(people)
    assert sum(len(c) for c in groups) == people.number_of_nodes()
    wang = person(people, "王志")
    [home] = [c for c in groups if wang in c]
    assert person(people, "肖朝华") in home
    assert person(people, "王沪宁", "中国") not in home


def test_louvain_beside_the_other_measures_gives_the_same_table() -> None:
    """kg stats computes Louvain in a forked process while PageRank and betweenness run here: the
    table is the one computed in turn, and the worker is a process of its own."""
    import multiprocessing

    cliques = [nx.complete_graph(range(start, start + 120)) for start in (0, 120, 240)]
    people = nx.union_all(cliques)
    people.add_edges_from([(0, 120), (120, 240)])
    nx.set_edge_attributes(people, 1, "weight")
    people = nx.relabel_nodes(people, {n: f"https://example.org/p{n:03d}" for n in people})
    assert people.number_of_edges() >= ka.FORK_MIN_EDGES
    with ka._communities_beside(people, 0, 1.0, jobs=2) as louvain:
        assert multiprocessing.active_children()  # the worker runs beside this process
        groups = louvain()
    assert sorted(map(min, groups)) == [f"https://example.org/p{n}" for n in ("000", "120", "240")]
    assert ka.centrality_table(people, jobs=2) == ka.centrality_table(people, jobs=1)


def test_who_chairs_most(g: ox.Store) -> None:
    chairs = ka.top_chairs(g)
    assert (chairs[0]["label"], chairs[0]["region"], chairs[0]["chaired"]) == ("王志", "大足区", 3)


def test_co_chairs_and_pairs_from_an_rdflib_graph() -> None:
    turtle = """
    @prefix kg: <https://w3id.org/zhgov-kg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix ex: <https://example.org/> .
    ex:joint a kg:Meeting, kg:Event ; rdfs:label "川渝联席会议"@zh ; kg:chair ex:a, ex:b ; kg:attendee ex:c .
    ex:other a kg:Meeting, kg:Event ; rdfs:label "第二次联席会议"@zh ; kg:chair ex:a, ex:b .
    ex:a a kg:Person ; rdfs:label "甲"@zh . ex:b a kg:Person ; rdfs:label "乙"@zh .
    ex:c a kg:Person ; rdfs:label "丙"@zh .
    """
    for event, who, role in [
        ("joint", "a", "ChairRole"),
        ("joint", "b", "ChairRole"),
        ("joint", "c", "AttendeeRole"),
        ("other", "a", "ChairRole"),
        ("other", "b", "ChairRole"),
    ]:
        turtle += (
            f"ex:p-{event}-{who} a kg:Participation ; kg:event ex:{event} ; kg:agent ex:{who} ; kg:role kg:{role} .\n"
        )
    graph = Graph().parse(data=turtle, format="turtle")
    [pair] = ka.co_chair_pairs(graph)
    assert {pair["a_label"], pair["b_label"]} == {"甲", "乙"} and pair["events"] == 2
    assert ka.top_pairs(ka.co_attendance(graph), 1)[0]["events"] == 2


def test_a_bodys_roster_over_time(g: ox.Store) -> None:
    roster = ka.body_roster(g, "大足区人大常委会")
    dates = [r["date"] for r in roster]
    assert dates == sorted(dates)
    assert ("2025-09-12", "曾纪红", "副主任") in {(r["date"], r["person_label"], r["title"]) for r in roster}
    assert {"王志", "肖朝华", "周虹", "黄克成", "曾纪红", "贺泽贵", "印国建"} <= {r["person_label"] for r in roster}
    by_alias = ka.body_roster(g, "大足区人民代表大会常务委员会")
    assert by_alias == roster
    with pytest.raises(KeyError):
        ka.body_roster(g, "不存在的机构")


# ---------------------------------------------------------------------------------------------
# Export and CLI
# ---------------------------------------------------------------------------------------------


def test_networks_round_trip_through_graphml_and_gexf(g: ox.Store, tmp_path: Path) -> None:
    people = ka.co_attendance(g)
    ka.write_network(people, tmp_path / "co.graphml")
    ka.write_network(ka.person_event_graph(g), tmp_path / "pe.gexf")
    back = nx.read_graphml(tmp_path / "co.graphml")
    wang, xiao = person(people, "王志"), person(people, "肖朝华")
    assert back.nodes[wang]["label"] == "王志" and back.nodes[wang]["iri"] == wang
    assert back.edges[wang, xiao]["weight"] == 3
    bipartite = nx.read_gexf(tmp_path / "pe.gexf")
    [event] = [n for n, d in bipartite.nodes(data=True) if d.get("label") == MEETING_55]
    assert bipartite.edges[wang, event]["roles"] == "chair;speaker"
    with pytest.raises(ValueError, match="graphml"):
        ka.write_network(people, tmp_path / "co.png")


def test_kg_stats_reports_the_central_persons(built: Path) -> None:
    result = kg("stats", "--store", built / "store", "--format", "json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.output)
    assert summary["counts"]["persons"] == 13
    assert summary["chairs"][0]["label"] == "王志" and summary["chairs"][0]["chaired"] == 3
    assert {"王志", "肖朝华"} <= {r["label"] for r in summary["central"][:3]}
    table = kg("stats", "--graph", built / "g.nt", "--top", "3")
    assert table.exit_code == 0 and "王志" in table.output and "most central" in table.output


def test_kg_export_network_writes_graphml_gexf_and_tables(built: Path, tmp_path: Path) -> None:
    result = kg(
        "export-network",
        "--store",
        built / "store",
        "--network",
        "co-attendance",
        "-o",
        tmp_path / "co.graphml",
        "-o",
        tmp_path / "co.gexf",
        "--tables",
        tmp_path / "tables",
    )
    assert result.exit_code == 0, result.stderr
    assert (
        nx.read_graphml(tmp_path / "co.graphml").number_of_edges()
        == nx.read_gexf(tmp_path / "co.gexf").number_of_edges()
    )
    assert (tmp_path / "tables" / "persons.csv").read_text(encoding="utf-8").startswith("person,id,label")
    full = kg("export-network", "--graph", built / "g.nt", "-o", tmp_path / "full.graphml")
    types = {d["type"] for _, d in nx.read_graphml(tmp_path / "full.graphml").nodes(data=True)}
    assert full.exit_code == 0 and types == {"Person", "Event", "Body", "Post"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["stats", "--graph", "missing.ttl"], "cannot read missing.ttl"),
        (["stats", "--store", "no-such-store"], "no graph store"),
        (["export-network", "--graph", "x.ttl"], "nothing to write"),
        (["export-network", "--graph", "x.ttl", "-o", "x.png"], "unsupported network file extension"),
    ],
)
def test_cli_errors_are_one_line(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = kg(*args)
    assert result.exit_code != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr


def test_a_summary_reads_each_table_of_the_store_once_and_a_notebook_reads_it_afresh(g: ox.Store) -> None:
    with ka.reading(g):
        assert ka.participations(g) is ka.participations(g)
        assert ka.persons(g) is ka.persons(g)
        inside = ka.participations(g)
    assert ka.participations(g) is not ka.participations(g)
    assert ka.participations(g) == inside


# ---------------------------------------------------------------------------------------------
# kg stats counted by the store (kg.analysis.census) gives the figures the tables give
# ---------------------------------------------------------------------------------------------

CCTV = Path(__file__).resolve().parent / "data" / "cctv"


@pytest.fixture(scope="module")
def cctv_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built by ``kg build`` from six real CCTV days (extraction included, as a user builds one)."""
    folder = tmp_path_factory.mktemp("cctv-stats")
    days = folder / "days"
    days.mkdir()
    for day in sorted(CCTV.glob("*.md"))[:6]:
        (days / day.name).write_bytes(day.read_bytes())
    store = folder / "store"
    result = kg("build", days, "--store", store, "--jobs", "1", "--quiet", "--no-cache")
    assert result.exit_code == 0, result.stderr
    return store


@pytest.mark.parametrize(
    ("min_events", "roles"), [(1, ()), (2, ()), (1, ("chair", "attendee")), (1, ("speaker",)), (1, ("elected",))]
)
def test_stats_counted_by_the_store_equal_stats_read_from_the_tables_on_real_cctv_days(
    cctv_store: Path, min_events: int, roles: tuple[str, ...]
) -> None:
    from kg.commands.analysis import _summary, _summary_from_tables

    store = ox.Store.read_only(str(cctv_store))
    assert ka.census(store, set(roles) or None) is not None  # the counted path is the one compared
    counted = _summary(store, 10, min_events, roles, None)
    assert counted["counts"]["participations"] > 50
    assert counted["co_attendance"]["edges"] > 50 or (roles or min_events > 1)
    assert counted == _summary_from_tables(store, 10, min_events, roles, None)


def test_stats_counted_by_the_store_equal_the_tables_on_the_sample(g: ox.Store) -> None:
    from kg.commands.analysis import _summary, _summary_from_tables

    assert ka.census(g) is not None
    assert _summary(g, 5, 1, (), None) == _summary_from_tables(g, 5, 1, (), None)
    counted = ka.census(g)
    assert counted is not None
    assert nx.utils.graphs_equal(counted.co_attendance(), ka.co_attendance(g))
    assert list(counted.co_attendance().nodes(data=True)) == list(ka.co_attendance(g).nodes(data=True))
    assert counted.top_chairs(None) == ka.top_chairs(g, None)


def test_a_graph_not_laid_out_as_kg_writes_it_is_read_from_the_tables(g: ox.Store, built: Path) -> None:
    """A participation record without its role edge (a graph edited by hand): the counts disagree, the tables answer."""
    edited = ox.Store()
    edited.extend(g.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    chair = ox.NamedNode("https://w3id.org/zhgov-kg/ontology#chair")
    edge = next(iter(edited.quads_for_pattern(None, chair, None, ox.DefaultGraph())))
    edited.remove(edge)
    assert ka.census(edited) is None
    from kg.commands.analysis import _summary

    summary = _summary(edited, 10, 1, (), None)
    assert summary["counts"]["participations"] == len(ka.participations(edited)) == len(ka.participations(g))


@pytest.mark.parametrize("directed", [False, True])
def test_betweenness_gives_networkx_figures_exact_and_sampled(directed: bool) -> None:
    graph = nx.gnm_random_graph(160, 700, seed=3, directed=directed)
    graph = nx.relabel_nodes(graph, {n: f"p{n:03d}" for n in graph})
    graph.add_node("alone")
    # components of other depths: each search stops when it has seen its own component
    nx.add_path(graph, [f"q{i}" for i in range(7)])
    nx.add_cycle(graph, ["r0", "r1", "r2"])
    for k in (None, 1, 40, 171):
        ours, theirs = ka.betweenness(graph, k=k), nx.betweenness_centrality(graph, k=k, seed=0)
        assert set(ours) == set(theirs)
        for node, value in theirs.items():
            assert ours[node] == pytest.approx(value, abs=1e-15, nan_ok=True), (k, node)


def test_top_pairs_are_the_first_of_all_pairs_in_order(g: ox.Store) -> None:
    people = ka.co_attendance(g)
    every = ka.top_pairs(people, None)
    assert [r["events"] for r in every] == sorted((r["events"] for r in every), reverse=True)
    assert ka.top_pairs(people, 3) == every[:3]
