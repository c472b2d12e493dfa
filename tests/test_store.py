"""The embedded store on disk, the export formats, idempotent rebuilds, SHACL validation."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal
from rdflib.compare import isomorphic
from sample_facts import director_meeting, namesake_in_yuzhong, sample_batch, second_report_of_director_meeting

from kg.graph import store as stores
from kg.graph.build import document_iri, to_dataset
from kg.graph.resolve import resolve
from kg.graph.shacl import validate, violations
from kg.graph.vocab import BUILD_GRAPH, KG, NIF, ONTOLOGY_IRI

# rdflib's own parsers still use their deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

FORMATS = ["ttl", "nt", "nt.gz", "jsonld", "nq", "trig", "nq.gz", "trig.gz", "ttl.gz", "jsonld.gz"]
RDFLIB_FORMAT = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "nq": "nquads", "trig": "trig"}


def reference() -> Dataset:
    """The same batch built with rdflib terms, independently of the store."""
    return to_dataset(sample_batch())


def merged(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("built")
    outputs = [folder / f"sample.{ext}" for ext in FORMATS]
    count = stores.build(resolve(sample_batch()), folder / "store", outputs)
    return folder, count


def parse(path: Path) -> Dataset:
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    fmt = RDFLIB_FORMAT[name.rsplit(".", 1)[1]]
    data = gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
    dataset = Dataset()
    dataset.parse(data=data.decode("utf-8"), format=fmt)
    return dataset


def test_the_store_is_a_real_oxigraph_database_on_disk(built: tuple[Path, int]) -> None:
    folder, count = built
    assert stores.is_store(folder / "store")
    store = stores.open_store(folder / "store")
    assert count == stores.triple_count(store) == len(merged(reference()))
    names = {g.value for g in store.named_graphs()}
    expected = {str(document_iri(a)) for a in resolve(sample_batch()).articles} | {str(BUILD_GRAPH), str(ONTOLOGY_IRI)}
    assert names == expected


def test_the_default_graph_is_the_merged_graph_of_all_documents(built: tuple[Path, int]) -> None:
    store = stores.open_store(built[0] / "store")
    default = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {(q.subject, q.predicate, q.object) for q in stores.named_quads(store)}
    assert default == named


@pytest.mark.parametrize("ext", ["ttl", "nt", "nt.gz", "jsonld", "ttl.gz", "jsonld.gz"])
def test_triple_exports_parse_back_to_the_same_graph(built: tuple[Path, int], ext: str) -> None:
    parsed = merged(parse(built[0] / f"sample.{ext}"))
    expected = merged(reference())
    assert len(parsed) == len(expected)
    assert isomorphic(parsed, expected)


@pytest.mark.parametrize("ext", ["nq", "trig", "nq.gz", "trig.gz"])
def test_quad_exports_keep_one_named_graph_per_document(built: tuple[Path, int], ext: str) -> None:
    parsed = parse(built[0] / f"sample.{ext}")
    expected = reference()
    names = {g.identifier for g in expected.graphs() if len(g)}
    assert {g.identifier for g in parsed.graphs() if len(g)} == names
    for name in names:
        assert isomorphic(parsed.graph(name), expected.graph(name)), name


def test_rebuilding_gives_byte_identical_exports_and_the_same_store(tmp_path: Path, built: tuple[Path, int]) -> None:
    outputs = [tmp_path / f"sample.{ext}" for ext in FORMATS]
    stores.build(resolve(sample_batch()), tmp_path / "store", outputs)
    for ext in FORMATS:
        assert (tmp_path / f"sample.{ext}").read_bytes() == (built[0] / f"sample.{ext}").read_bytes(), ext
    again, before = stores.open_store(tmp_path / "store"), stores.open_store(built[0] / "store")
    assert set(again) == set(before)


def test_a_rebuild_replaces_the_previous_store(tmp_path: Path) -> None:
    target = tmp_path / "store"
    stores.build(resolve([director_meeting()]), target)
    stores.build(resolve([namesake_in_yuzhong()]), target)
    store = stores.open_store(target)
    labels = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(str(RDFS.label)), None, None)}
    assert "渝中区人大常委会第三十次主任会议" in labels
    assert "大足区三届人大常委会第五十五次主任会议" not in labels
    assert [p.name for p in tmp_path.iterdir()] == ["store"]  # no temporary directory left


def test_a_folder_that_is_not_a_store_is_never_replaced(tmp_path: Path) -> None:
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "thesis.md").write_text("draft", encoding="utf-8")
    with pytest.raises(FileExistsError):
        stores.build(resolve([director_meeting()]), precious)
    assert (precious / "thesis.md").read_text(encoding="utf-8") == "draft"


def test_unknown_export_extensions_are_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unsupported graph file extension"):
        stores.build(resolve([director_meeting()]), tmp_path / "store", [tmp_path / "graph.rdf"])
    assert not (tmp_path / "store").exists()


def test_a_failed_export_leaves_the_previous_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError), stores.atomic_output(path) as out:
        out.write(b"half a graph")
        raise RuntimeError("interrupted")
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_building_on_overlapping_inputs_merges_rather_than_duplicates(tmp_path: Path) -> None:
    overlapping = [director_meeting(), second_report_of_director_meeting(), director_meeting()]
    stores.build(resolve(overlapping), tmp_path / "a", [tmp_path / "a.nt"])
    stores.build(
        resolve([director_meeting(), second_report_of_director_meeting()]), tmp_path / "b", [tmp_path / "b.nt"]
    )
    assert (tmp_path / "a.nt").read_bytes() == (tmp_path / "b.nt").read_bytes()
    store = stores.open_store(tmp_path / "a")
    meetings = list(store.query("SELECT ?e WHERE { ?e a <https://w3id.org/zhgov-kg/ontology#Meeting> }"))
    assert len(meetings) == 1
    persons = list(store.query("SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/zhgov-kg/ontology#Person> }"))
    assert len(persons) == 6


def test_graph_files_load_like_a_store(built: tuple[Path, int]) -> None:
    for ext in ("ttl", "nq.gz", "trig"):
        store = stores.load_file(built[0] / f"sample.{ext}")
        assert stores.triple_count(store) == built[1], ext
    opened = stores.open_graph(built[0] / "store")
    assert stores.triple_count(opened) == built[1]
    with pytest.raises(FileNotFoundError, match="kg build"):
        stores.open_store(built[0] / "nowhere")


def test_the_built_graph_passes_the_shacl_shapes(built: tuple[Path, int]) -> None:
    graph = stores.to_rdflib(stores.open_store(built[0] / "store"))
    assert isomorphic(graph, merged(reference()))
    assert validate(graph) == []


def test_shacl_reports_broken_graphs_with_readable_messages(built: tuple[Path, int]) -> None:
    graph = stores.to_rdflib(stores.open_store(built[0] / "store"))
    person = next(graph.subjects(RDF.type, KG.Person))
    graph.remove((person, RDFS.label, None))
    mention = next(graph.subjects(RDF.type, KG.Mention))
    begin = graph.value(mention, NIF.beginIndex).toPython()
    graph.set((mention, NIF.endIndex, Literal(begin + 100)))
    event = next(graph.subjects(RDF.type, KG.Event))
    graph.add((event, KG.date, Literal("12 September")))
    record = next(graph.subjects(RDF.type, KG.Participation))
    graph.remove((record, KG.agent, None))
    findings = violations(validate(graph))
    text = "\n".join(str(f) for f in findings)
    assert "needs exactly one rdfs:label tagged @zh" in text
    assert "but the offsets span 100" in text
    assert "kg:date must be one xsd:date or xsd:gMonthDay" in text
    assert "exactly one kg:agent" in text
    assert all(line.startswith("Violation: ") for line in text.splitlines())
