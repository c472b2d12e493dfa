"""The graph's namespace prefixes as plain strings.

Kept apart from :mod:`kg.graph.vocab` (which parses the ontology with rdflib) so
that the query commands, which only need to write and shorten IRIs, start in a
few tens of milliseconds: importing rdflib alone costs more than answering a
named query from the store's indexes.
"""

from __future__ import annotations

KG_NS = "https://w3id.org/zhgov-kg/ontology#"
ID_NS = "https://w3id.org/zhgov-kg/id/"

#: Kinds of minted resources; each gets its own IRI folder and Turtle prefix.
RESOURCE_KINDS = ("person", "body", "event", "post", "holding", "participation", "mention", "doc", "run", "kind")

#: Prefixes written into Turtle/TriG/JSON-LD exports and offered to SPARQL queries.
PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    **{kind: f"{ID_NS}{kind}/" for kind in RESOURCE_KINDS},
    "graph": f"{ID_NS}graph/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
}

RDFS_LABEL = PREFIXES["rdfs"] + "label"
SKOS_ALT_LABEL = PREFIXES["skos"] + "altLabel"
XSD_DATE = PREFIXES["xsd"] + "date"

#: Language tag of the pinyin labels: BCP 47 ``zh-Latn-pinyin``, written in lower case as stores and
#: rdflib normalise it (tags compare case-insensitively; ``LANGMATCHES(LANG(?l), "zh-Latn-pinyin")``).
PINYIN = "zh-latn-pinyin"
