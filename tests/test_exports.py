"""The checked-in exports are the graph of the bundled sample as the code builds it today.

``exports/rebuild.py`` runs the documented ``kg`` commands; this test runs them
into a temporary folder and compares byte for byte. When extraction or the graph
layout changes, the test fails until ``python exports/rebuild.py`` is run and
the result committed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "exports"


def _rebuild_module():
    spec = importlib.util.spec_from_file_location("exports_rebuild", EXPORTS / "rebuild.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    _rebuild_module().rebuild(folder)
    return folder


def test_every_export_is_checked_in_and_fresh(rebuilt: Path) -> None:
    stale = []
    for name in _rebuild_module().OUTPUTS:
        fresh, checked_in = rebuilt / name, EXPORTS / name
        assert fresh.is_file(), f"rebuild did not write {name}"
        if not checked_in.is_file() or checked_in.read_bytes() != fresh.read_bytes():
            stale.append(name)
    assert not stale, f"stale exports: {', '.join(stale)}; run `python exports/rebuild.py` and commit them"


def test_the_rebuild_is_deterministic(rebuilt: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    _rebuild_module().rebuild(again)
    for name in _rebuild_module().OUTPUTS:
        assert (again / name).read_bytes() == (rebuilt / name).read_bytes(), name


def test_the_exports_say_what_the_pages_say(rebuilt: Path) -> None:
    turtle = Graph().parse(rebuilt / "sample.ttl", format="turtle")
    triples = Graph().parse(rebuilt / "sample.nt", format="nt")
    assert len(turtle) == len(triples) > 0
    answer = turtle.query(
        """PREFIX kg: <https://w3id.org/zhgov-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
           SELECT ?chair ?nonvoting WHERE {
             ?e rdfs:label ?name . FILTER(CONTAINS(STR(?name), "第五十五次主任会议"))
             ?e kg:chair/rdfs:label ?chair ; kg:nonVotingAttendee/rdfs:label ?nonvoting }"""
    )
    assert {(str(c), str(n)) for c, n in answer} == {("王志", "杨爱民")}
    network = nx.read_graphml(rebuilt / "sample.graphml")
    [meeting] = [n for n, d in network.nodes(data=True) if "第五十五次主任会议" in d.get("label", "")]
    around = {
        network.nodes[p]["label"]: network.edges[p, meeting]["roles"]
        for p in network[meeting]
        if network.nodes[p]["type"] == "Person"
    }
    assert around["杨爱民"] == "nonvoting"
    assert {"肖朝华", "周虹", "黄克成", "曾纪红"} <= {name for name, roles in around.items() if "attendee" in roles}
    people = nx.read_graphml(rebuilt / "sample-co-attendance.graphml")
    labels = {d["label"] for _, d in people.nodes(data=True)}
    assert {"王志", "肖朝华", "杨爱民"} <= labels
