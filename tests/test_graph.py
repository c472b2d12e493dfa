"""Facts become RDF with provenance on every node, materialised inferences, one graph per document."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, SKOS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV
from sample_facts import (
    cctv_cppcc_closing,
    director_meeting,
    namesake_in_yuzhong,
    sample_batch,
    second_report_of_director_meeting,
    source_text,
)

from kg.graph import vocab
from kg.graph.build import OxigraphTerms, RdflibTerms, document_iri, quads, run_iri, to_dataset
from kg.graph.resolve import resolve
from kg.graph.store import to_rdflib_term
from kg.graph.vocab import BUILD_GRAPH, KG, NIF, ONTOLOGY_IRI, superclasses


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return to_dataset(sample_batch())


@pytest.fixture(scope="module")
def merged(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def labelled(graph: Graph, cls: URIRef, label: str) -> list[URIRef]:
    return [s for s in graph.subjects(RDF.type, cls) if (s, RDFS.label, Literal(label, lang="zh")) in graph]


def the(graph: Graph, cls: URIRef, label: str) -> URIRef:
    found = labelled(graph, cls, label)
    assert len(found) == 1, (label, found)
    return found[0]


def meeting(graph: Graph, ordinal: int) -> URIRef:
    found = [e for e in graph.subjects(KG.ordinal, Literal(ordinal)) if (e, RDF.type, KG.Meeting) in graph]
    assert len(found) == 1
    return found[0]


def test_each_document_has_its_own_named_graph_plus_build_and_ontology(dataset: Dataset) -> None:
    names = {g.identifier for g in dataset.graphs() if len(g)}
    documents = {document_iri(a) for a in resolve(sample_batch()).articles}
    assert names == documents | {BUILD_GRAPH, ONTOLOGY_IRI}
    for article in sample_batch():
        graph = dataset.graph(document_iri(article))
        assert (document_iri(article), RDF.type, KG.Document) in graph
        assert (document_iri(article), DCTERMS.identifier, Literal(article.article_id)) in graph
        assert (document_iri(article), KG.sourceFile, Literal(article.doc_id)) in graph


def test_who_chaired_and_who_sat_in_at_the_director_meeting(merged: Graph) -> None:
    event = meeting(merged, 55)
    chair, nonvoting = set(merged.objects(event, KG.chair)), set(merged.objects(event, KG.nonVotingAttendee))
    assert {merged.value(p, RDFS.label) for p in chair} == {Literal("王志", lang="zh")}
    assert {merged.value(p, RDFS.label) for p in nonvoting} == {Literal("杨爱民", lang="zh")}
    attendees = {str(merged.value(p, RDFS.label)) for p in merged.objects(event, KG.attendee)}
    assert attendees == {"肖朝华", "周虹", "黄克成", "曾纪红"}
    assert merged.value(event, KG.date) == Literal("2025-09-12", datatype=vocab.XSD.date)
    assert merged.value(event, KG.term) == Literal(3)
    assert {str(merged.value(b, RDFS.label)) for b in merged.objects(event, KG.organizer)} == {"大足区人大常委会"}


def test_one_meeting_reported_by_two_articles_is_one_node_with_both_evidences(merged: Graph) -> None:
    event = meeting(merged, 55)
    sources = set(merged.objects(event, PROV.wasDerivedFrom))
    assert sources == {document_iri(director_meeting()), document_iri(second_report_of_director_meeting())}
    assert len(set(merged.objects(event, KG.mention))) == 2
    assert len(set(merged.objects(event, RDFS.label))) == 1
    assert set(merged.objects(event, SKOS.altLabel))  # the other report's wording
    chair_record = [p for p in merged.subjects(KG.event, event) if merged.value(p, KG.role) == KG.ChairRole]
    assert len(chair_record) == 1
    assert set(merged.objects(chair_record[0], PROV.wasDerivedFrom)) == sources


def test_bodies_are_one_node_whatever_the_spelling(merged: Graph) -> None:
    congress = the(merged, KG.Body, "大足区人大常委会")
    assert Literal("大足区人民代表大会常务委员会", lang="zh") in set(merged.objects(congress, SKOS.altLabel))
    assert merged.value(congress, KG.bodyKind) == KG.CongressBody
    government = the(merged, KG.Body, "大足区政府")
    assert Literal("区政府", lang="zh") in set(merged.objects(government, SKOS.altLabel))
    federation = the(merged, KG.Body, "大足区残联")
    assert Literal("大足区残疾人联合会", lang="zh") in set(merged.objects(federation, SKOS.altLabel))
    assert not labelled(merged, KG.Body, "大足区人民代表大会常务委员会")


def test_namesakes_are_two_nodes_and_one_person_across_pages_is_one(merged: Graph) -> None:
    wang = labelled(merged, KG.Person, "王志")
    assert len(wang) == 2
    regions = {str(merged.value(p, KG.region)) for p in wang}
    assert regions == {"大足区", "渝中区"}
    daju = next(p for p in wang if str(merged.value(p, KG.region)) == "大足区")
    chaired = {str(merged.value(e, KG.ordinal)) for e in merged.subjects(KG.chair, daju)}
    assert chaired == {"55", "51", "16"}
    xi = the(merged, KG.Person, "习近平")
    assert str(merged.value(xi, KG.region)) == "中国"
    assert len(set(merged.objects(xi, PROV.wasDerivedFrom))) == 2  # district paper and national news


def test_post_holdings_are_org_memberships_with_posts_and_attestation(merged: Graph) -> None:
    wang = next(p for p in labelled(merged, KG.Person, "王志") if str(merged.value(p, KG.region)) == "大足区")
    holdings = {str(merged.value(h, KG.title)): h for h in merged.subjects(KG.holder, wang)}
    assert set(holdings) == {"主任", "党组书记"}
    director = holdings["主任"]
    assert (director, RDF.type, ORG.Membership) in merged
    assert (director, ORG.member, wang) in merged
    body = merged.value(director, KG.organization)
    assert str(merged.value(body, RDFS.label)) == "大足区人大常委会"
    post = merged.value(director, KG.post)
    assert str(merged.value(post, RDFS.label)) == "大足区人大常委会主任"
    assert (post, RDF.type, ORG.Post) in merged
    assert merged.value(director, KG.firstAttested) == Literal("2025-04-17", datatype=vocab.XSD.date)
    assert merged.value(director, KG.lastAttested) == Literal("2025-09-13", datatype=vocab.XSD.date)


def test_participations_carry_role_title_and_list_position(merged: Graph) -> None:
    event = meeting(merged, 55)
    records = {
        (str(merged.value(merged.value(p, KG.agent), RDFS.label)), merged.value(p, KG.role)): p
        for p in merged.subjects(KG.event, event)
    }
    zeng = records[("曾纪红", KG.AttendeeRole)]
    assert merged.value(zeng, KG.listPosition) == Literal(4)
    assert merged.value(zeng, KG.titleAsMentioned) == Literal("大足区人大常委会副主任", lang="zh")
    assert ("王志", KG.SpeakerRole) in records
    assert (event, KG.speaker, merged.value(records[("王志", KG.SpeakerRole)], KG.agent)) in merged


def test_every_extracted_node_and_record_is_derived_from_a_document(merged: Graph) -> None:
    for cls in (KG.Person, KG.Body, KG.Event, KG.Post, KG.PostHolding, KG.Participation):
        nodes = set(merged.subjects(RDF.type, cls))
        assert nodes, cls
        for node in nodes:
            sources = set(merged.objects(node, PROV.wasDerivedFrom))
            assert sources and all((s, RDF.type, KG.Document) in merged for s in sources), node


def test_mentions_point_at_the_exact_text_of_the_source_file(merged: Graph) -> None:
    mentions = set(merged.subjects(RDF.type, KG.Mention))
    assert len(mentions) > 40
    for mention in mentions:
        document = merged.value(mention, KG.document)
        text = source_text(str(merged.value(document, KG.sourceFile)))
        begin, end = merged.value(mention, NIF.beginIndex).toPython(), merged.value(mention, NIF.endIndex).toPython()
        assert text[begin:end] == str(merged.value(mention, NIF.anchorOf))
        assert (mention, RDF.type, NIF.String) in merged
    cctv_chair = [m for m in mentions if str(merged.value(m, NIF.anchorOf)) == "王沪宁"]
    assert cctv_chair and "主持闭幕会" in str(merged.value(cctv_chair[0], KG.evidence))


def test_inferences_are_materialised(merged: Graph) -> None:
    for cls, supers in superclasses().items():
        if not str(cls).startswith(str(KG._NS)):
            continue
        for node in merged.subjects(RDF.type, cls):
            for parent in supers:
                assert (node, RDF.type, parent) in merged, (node, parent)
    for prop in vocab.ROLE_PROPERTIES.values():
        for event, person in merged.subject_objects(prop):
            assert (event, KG.participant, person) in merged
            assert (event, vocab.SCHEMA.attendee, person) in merged
    for event, body in merged.subject_objects(KG.organizer):
        assert (event, vocab.SCHEMA.organizer, body) in merged


def test_dates_use_date_or_month_day_types(merged: Graph) -> None:
    types = {o.datatype for o in merged.objects(None, KG.date)}
    assert types == {vocab.XSD.date, vocab.XSD.gMonthDay}


def test_no_blank_nodes(merged: Graph) -> None:
    assert not [t for t in merged if any(isinstance(x, BNode) for x in t)]


def test_rebuilding_gives_the_same_graph_and_both_backends_agree() -> None:
    first = list(quads(sample_batch(), RdflibTerms()))
    assert first == list(quads(sample_batch(), RdflibTerms()))
    from_oxigraph = {
        tuple(to_rdflib_term(t) for t in (q.subject, q.predicate, q.object, q.graph_name))
        for q in quads(sample_batch(), OxigraphTerms())
    }
    assert set(first) == from_oxigraph


def test_the_build_run_is_named_by_its_inputs_not_by_a_clock(dataset: Dataset) -> None:
    build = dataset.graph(BUILD_GRAPH)
    runs = set(build.subjects(RDF.type, KG.ExtractionRun))
    assert runs == {run_iri(resolve(sample_batch()))}
    run = runs.pop()
    assert (run, RDF.type, PROV.Activity) in build
    assert len(set(build.objects(run, PROV.used))) == len(resolve(sample_batch()).articles)
    assert run == run_iri(resolve(list(reversed(sample_batch()))))
    assert run != run_iri(resolve([director_meeting()]))


def test_overlapping_builds_name_shared_things_alike() -> None:
    def merged_of(batch: list) -> Graph:
        graph = Graph()
        for s, p, o, _ in to_dataset(batch).quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph

    first = merged_of([director_meeting(), namesake_in_yuzhong()])
    second = merged_of([director_meeting(), second_report_of_director_meeting(), cctv_cppcc_closing()])
    together = merged_of(
        [director_meeting(), namesake_in_yuzhong(), second_report_of_director_meeting(), cctv_cppcc_closing()]
    )
    for cls in (KG.Person, KG.Body, KG.Event):
        shared = set(first.subjects(RDF.type, cls)) & set(second.subjects(RDF.type, cls))
        assert shared, cls
        assert shared <= set(together.subjects(RDF.type, cls))
    assert len(labelled(together, KG.Person, "王志")) == 2
    assert len([e for e in together.subjects(KG.ordinal, Literal(55))]) == 1


def test_every_event_says_whether_it_was_held_or_only_announced(merged: Graph) -> None:
    statuses = {str(o) for e in merged.subjects(RDF.type, KG.Event) for o in merged.objects(e, KG.status)}
    assert statuses == {"held"}
    from kg.model import ArticleFacts, Event

    plan = ArticleFacts(
        "p.md", "p.md#1", pub_date="2025-03-01",
        events=[Event("e", "第五届消费品博览会", "activity", "2025-04-10", status="announced")],
    )
    graph = Graph()
    for s, p, o, _ in to_dataset([plan]).quads((None, None, None, None)):
        graph.add((s, p, o))
    [event] = graph.subjects(KG.status, Literal("announced"))
    assert list(graph.objects(event, KG.participant)) == []
