"""The published vocabulary: the fixed public contract, bilingual documentation, shipped copies."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SH

from kg.graph import ontology_doc, vocab
from kg.graph.vocab import (
    EVENT_CLASSES,
    ID,
    KG,
    NIF,
    ONTOLOGY_IRI,
    ROLE_CONCEPTS,
    ROLE_PROPERTIES,
    body_kind_concepts,
    mint,
    ontology,
    role_by_notation,
    superclasses,
    superproperties,
)

ONTOLOGY_TTL = ontology_doc.ONTOLOGY_DIR / "kg.ttl"
SHAPES_TTL = ontology_doc.ONTOLOGY_DIR / "shapes.ttl"
KG_NS = str(KG._NS)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_TTL, format="turtle")


def kg_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(KG_NS)}


def test_the_ontology_declares_itself_with_namespace_and_version(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert str(onto.value(ONTOLOGY_IRI, URIRef("http://purl.org/vocab/vann/preferredNamespaceUri"))) == KG_NS
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert {t.language for t in onto.objects(ONTOLOGY_IRI, DCTERMS.title)} == {"en", "zh"}


CONTRACT_CLASSES = {
    KG.Person: {FOAF.Person, vocab.SCHEMA.Person},
    KG.Body: {ORG.Organization},
    KG.Event: {vocab.SCHEMA.Event},
    KG.Meeting: {KG.Event},
    KG.Inspection: {KG.Event},
    KG.Ceremony: {KG.Event},
    KG.Activity: {KG.Event},
    KG.PostHolding: {ORG.Membership},
    KG.Document: {PROV.Entity},
    KG.Participation: set(),
    KG.Mention: {NIF.String},
}


@pytest.mark.parametrize("cls", CONTRACT_CLASSES)
def test_contract_classes_exist_with_their_alignment(onto: Graph, cls: URIRef) -> None:
    assert (cls, RDF.type, OWL.Class) in onto
    assert CONTRACT_CLASSES[cls] <= set(onto.objects(cls, RDFS.subClassOf))


@pytest.mark.parametrize("prop", ["chair", "attendee", "nonVotingAttendee", "speaker", "leader", "elected"])
def test_every_role_property_is_a_participant_edge_from_event_to_person(onto: Graph, prop: str) -> None:
    term = KG[prop]
    assert (term, RDFS.subPropertyOf, KG.participant) in onto
    assert onto.value(term, RDFS.domain) == KG.Event
    assert onto.value(term, RDFS.range) == KG.Person
    assert term in ROLE_PROPERTIES.values()


def test_contract_properties_exist(onto: Graph) -> None:
    for name in [
        "participant",
        "date",
        "endDate",
        "organizer",
        "ordinal",
        "term",
        "holder",
        "title",
        "organization",
        "firstAttested",
        "lastAttested",
        "event",
        "agent",
        "role",
        "titleAsMentioned",
        "listPosition",
        "mention",
        "document",
    ]:
        assert (KG[name], RDF.type, None) in onto, name
    assert (KG.organizer, RDFS.subPropertyOf, vocab.SCHEMA.organizer) in onto
    assert (KG.participant, RDFS.subPropertyOf, vocab.SCHEMA.attendee) in onto
    assert onto.value(KG.organizer, RDFS.range) == KG.Body


def test_every_kg_term_has_labels_and_definitions_in_chinese_and_english(onto: Graph) -> None:
    missing = []
    for term in kg_terms(onto):
        for prop in (RDFS.label, SKOS.definition):
            languages = {o.language for o in onto.objects(term, prop) if isinstance(o, Literal)}
            if not {"zh", "en"} <= languages:
                missing.append(f"{term} {prop}")
    assert missing == []


def test_the_python_namespace_lists_exactly_the_terms_of_the_turtle(onto: Graph) -> None:
    declared = {KG[name] for name in KG.__annotations__}
    assert declared == kg_terms(onto)
    with pytest.raises(AttributeError):
        KG.chiar  # noqa: B018 (a typo is an error, not a new IRI)


def test_the_ontology_has_no_blank_nodes_so_exports_stay_stable(onto: Graph) -> None:
    assert not [t for t in onto if any(isinstance(x, BNode) for x in t)]


def test_roles_and_event_types_are_skos_concepts_linked_to_the_model_codes(onto: Graph) -> None:
    assert set(role_by_notation()) == set(ROLE_CONCEPTS)
    for code, concept in ROLE_CONCEPTS.items():
        assert (concept, SKOS.inScheme, KG.ParticipationRoles) in onto
        assert onto.value(concept, KG.roleProperty) == ROLE_PROPERTIES[code]
        assert role_by_notation()[code] == concept
    for code, cls in EVENT_CLASSES.items():
        assert (cls, RDF.type, SKOS.Concept) in onto
        assert str(onto.value(cls, SKOS.notation)) == code


def test_body_kinds_are_read_from_notations_and_synonyms() -> None:
    kinds = body_kind_concepts()
    assert kinds["congress"] == KG.CongressBody
    assert kinds["court"] == KG.JudicialBody
    assert kinds["mass_org"] == KG.MassOrganization


def test_closures_follow_the_ontology() -> None:
    assert set(superclasses()[KG.Meeting]) >= {KG.Event, vocab.SCHEMA.Event}
    assert set(superproperties()[KG.chair]) == {KG.participant, vocab.SCHEMA.attendee}
    assert set(superproperties()[KG.holder]) == {ORG.member}


def test_minted_iris_are_deterministic_and_distinct() -> None:
    a = mint("person", "大足区", "王志")
    assert a == mint("person", "大足区", "王志")
    assert a != mint("person", "渝中区", "王志")
    assert a != mint("body", "大足区", "王志")
    assert a.startswith(str(ID) + "person/")
    assert len(a.rsplit("/", 1)[1]) == 16


def test_shapes_only_use_terms_of_the_ontology(onto: Graph) -> None:
    shapes = Graph().parse(SHAPES_TTL, format="turtle")
    used = {o for o in shapes.objects(None, SH.path) if isinstance(o, URIRef) and o.startswith(KG_NS)}
    used |= {o for o in shapes.objects(None, SH.targetClass)}
    assert used <= kg_terms(onto)
    targets = set(shapes.objects(None, SH.targetClass))
    assert {KG.Person, KG.Body, KG.Event, KG.PostHolding, KG.Participation, KG.Mention, KG.Document} <= targets


def test_the_package_reads_the_one_copy_of_the_turtle_files() -> None:
    assert ontology_doc.PACKAGE_LINK.resolve() == ontology_doc.ONTOLOGY_DIR.resolve()
    assert len(ontology()) == len(Graph().parse(ONTOLOGY_TTL, format="turtle"))


def test_the_readme_is_generated_from_the_turtle_and_up_to_date() -> None:
    assert ontology_doc.stale_files() == [], "run: python -m kg.graph.ontology_doc"
    readme = (ontology_doc.ONTOLOGY_DIR / "README.md").read_text(encoding="utf-8")
    assert "Generated by `python -m kg.graph.ontology_doc`" in readme
    for text in ("`kg:nonVotingAttendee`", "列席", "## Identity rules", "### Persons", "kg attendees EVENT"):
        assert text in readme


def test_the_readme_follows_an_edit_of_the_turtle() -> None:
    turtle = ONTOLOGY_TTL.read_text(encoding="utf-8").replace('"non-voting attendee"@en ,', '"sits in"@en ,', 1)
    readme = ontology_doc.render(Graph().parse(data=turtle, format="turtle"), Graph().parse(SHAPES_TTL), turtle)
    assert "`kg:nonVotingAttendee` — sits in · 列席" in readme
