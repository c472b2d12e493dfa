"""The graph's vocabulary as rdflib namespaces, plus the few facts about it that code needs.

Everything here is read from ``ontology/kg.ttl`` (shipped inside the package as
``kg/resources/ontology/kg.ttl``) or follows from the published IRI patterns, so
the Turtle file stays the single source of truth: class and property closures
used to materialise inferences, role and event-type concepts, body kinds.

IRIs of resources are minted from *keys* (normalised strings decided by
:mod:`kg.graph.resolve`), never from counters, so rebuilding the same input gives the
same IRIs and two builds over overlapping inputs name shared things alike.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SDO, DefinedNamespace

from kg.graph.prefixes import PREFIXES, RESOURCE_KINDS


class KG(DefinedNamespace):
    """The ``kg:`` vocabulary: every term of ``ontology/kg.ttl`` (a test keeps the two equal).

    A closed namespace, so a typo is an error rather than a new IRI, and names that
    clash with ``str`` methods (``KG.title``, ``KG.term``) still give IRIs.
    """

    _NS = Namespace("https://w3id.org/zhgov-kg/ontology#")
    _fail = True

    # classes
    Person: URIRef
    Body: URIRef
    Event: URIRef
    Meeting: URIRef
    Inspection: URIRef
    Ceremony: URIRef
    Activity: URIRef
    Post: URIRef
    PostHolding: URIRef
    Participation: URIRef
    Document: URIRef
    Mention: URIRef
    ExtractionRun: URIRef
    # Event -> Person roles
    participant: URIRef
    chair: URIRef
    attendee: URIRef
    nonVotingAttendee: URIRef
    speaker: URIRef
    leader: URIRef
    elected: URIRef
    # events
    date: URIRef
    endDate: URIRef
    organizer: URIRef
    ordinal: URIRef
    term: URIRef
    location: URIRef
    status: URIRef
    # posts
    holder: URIRef
    title: URIRef
    organization: URIRef
    post: URIRef
    postIn: URIRef
    firstAttested: URIRef
    lastAttested: URIRef
    # participations
    event: URIRef
    agent: URIRef
    role: URIRef
    titleAsMentioned: URIRef
    listPosition: URIRef
    roleProperty: URIRef
    # bodies, persons, documents, mentions
    bodyKind: URIRef
    region: URIRef
    sourceFile: URIRef
    mention: URIRef
    document: URIRef
    evidence: URIRef
    sentenceBeginIndex: URIRef
    sentenceEndIndex: URIRef
    # concept schemes and concepts
    EventTypes: URIRef
    ParticipationRoles: URIRef
    ChairRole: URIRef
    AttendeeRole: URIRef
    NonVotingAttendeeRole: URIRef
    SpeakerRole: URIRef
    LeaderRole: URIRef
    ElectedRole: URIRef
    BodyKinds: URIRef
    PartyBody: URIRef
    CongressBody: URIRef
    GovernmentBody: URIRef
    CppccBody: URIRef
    JudicialBody: URIRef
    MassOrganization: URIRef
    DemocraticParty: URIRef
    MilitaryBody: URIRef
    Company: URIRef
    School: URIRef
    Hospital: URIRef
    MediaOutlet: URIRef
    Association: URIRef
    GrassrootsBody: URIRef
    ForeignBody: URIRef
    OtherBody: URIRef


ID = Namespace("https://w3id.org/zhgov-kg/id/")
ONTOLOGY_IRI = URIRef("https://w3id.org/zhgov-kg/ontology")
SCHEMA = SDO
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

__all__ = [
    "DCTERMS",
    "FOAF",
    "ID",
    "KG",
    "NIF",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
    "BUILD_GRAPH",
    "EVENT_CLASSES",
    "PREFIXES",
    "RESOURCE_KINDS",
    "ROLE_CONCEPTS",
    "ROLE_PROPERTIES",
    "body_kind_concepts",
    "mint",
    "ontology",
    "ontology_file",
    "role_by_notation",
    "superclasses",
    "superproperties",
]

# Kinds of minted resources and the prefixes of exports and queries: plain strings in
# kg.graph.prefixes, so the query commands need not import rdflib.
#: Named graph holding what belongs to a whole build rather than to one document:
#: the PROV extraction run and the attestation span of each post holding.
BUILD_GRAPH = ID["graph/build"]

#: Extraction role codes (kg.model.ROLES) -> Event -> Person property.
ROLE_PROPERTIES: dict[str, URIRef] = {
    "chair": KG.chair,
    "attendee": KG.attendee,
    "nonvoting": KG.nonVotingAttendee,
    "speaker": KG.speaker,
    "leader": KG.leader,
    "elected": KG.elected,
}

#: Extraction role codes -> SKOS concept of kg:ParticipationRoles.
ROLE_CONCEPTS: dict[str, URIRef] = {
    "chair": KG.ChairRole,
    "attendee": KG.AttendeeRole,
    "nonvoting": KG.NonVotingAttendeeRole,
    "speaker": KG.SpeakerRole,
    "leader": KG.LeaderRole,
    "elected": KG.ElectedRole,
}

#: Extraction event types (kg.model.EVENT_TYPES) -> class (also a concept of kg:EventTypes).
EVENT_CLASSES: dict[str, URIRef] = {
    "meeting": KG.Meeting,
    "inspection": KG.Inspection,
    "ceremony": KG.Ceremony,
    "activity": KG.Activity,
}


def mint(kind: str, *key: object) -> URIRef:
    """The IRI of a resource of ``kind`` identified by ``key`` (already normalised).

    A 64-bit BLAKE2b digest of the key parts: short enough to read, and with
    ~10^7 nodes the chance of any collision stays below 10^-5.
    """
    text = "\x1f".join("" if part is None else str(part) for part in key)
    return ID[f"{kind}/{hashlib.blake2b(text.encode('utf-8'), digest_size=8).hexdigest()}"]


def ontology_file(name: str) -> Path:
    """Path of a shipped ontology file (``kg.ttl`` or ``shapes.ttl``).

    ``kg/resources/ontology`` is a link to the repository's ``ontology/`` folder, so
    there is one copy in the source tree and a plain ``pip install .`` still ships it.
    """
    return Path(str(resources.files("kg") / "resources" / "ontology" / name))


@cache
def ontology() -> Graph:
    """The ontology graph (parsed once per process)."""
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


def _closure(relation: URIRef) -> dict[URIRef, tuple[URIRef, ...]]:
    graph = ontology()
    closure: dict[URIRef, tuple[URIRef, ...]] = {}
    for term in set(graph.subjects(relation, None)):
        if isinstance(term, URIRef):
            supers = [s for s in graph.transitive_objects(term, relation) if s != term and isinstance(s, URIRef)]
            closure[term] = tuple(sorted(supers))
    return closure


@cache
def superclasses() -> dict[URIRef, tuple[URIRef, ...]]:
    """Each class -> all its named superclasses (rdfs:subClassOf, transitive)."""
    return _closure(RDFS.subClassOf)


@cache
def superproperties() -> dict[URIRef, tuple[URIRef, ...]]:
    """Each property -> all its superproperties (rdfs:subPropertyOf, transitive)."""
    return _closure(RDFS.subPropertyOf)


@cache
def role_by_notation() -> dict[str, URIRef]:
    """skos:notation -> concept, for the participation roles."""
    graph = ontology()
    return {str(graph.value(c, SKOS.notation)): c for c in graph.subjects(SKOS.inScheme, KG.ParticipationRoles)}


@cache
def body_kind_concepts() -> dict[str, URIRef]:
    """Lower-case notation or hidden label -> concept of kg:BodyKinds."""
    graph = ontology()
    table: dict[str, URIRef] = {}
    for concept in sorted(graph.subjects(SKOS.inScheme, KG.BodyKinds)):
        for label in (*graph.objects(concept, SKOS.notation), *graph.objects(concept, SKOS.hiddenLabel)):
            table.setdefault(str(label).lower(), concept)
    return table
