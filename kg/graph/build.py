"""Facts → RDF: one named graph per source document, with provenance on every node and record.

The graph is written once, as a stream of quads; the *terms* come from a
pluggable factory: `RdflibTerms` gives rdflib objects (the modelling API for
notebooks, tests and rdflib serialisers), `OxigraphTerms` gives pyoxigraph
objects for the fast path that bulk-loads millions of quads into the embedded
store. Both produce exactly the same graph.

### Named graphs

- `<document IRI>` (`doc:…`): one named graph per source article (graph name =
  its `kg:Document` IRI), holding everything read from it: the document's own
  description, and every person, body, event, post, post holding,
  participation and mention it states, each with `prov:wasDerivedFrom` the
  document and `kg:mention` the exact spans. Attributes a node has once (a
  label, an event's date) are decided for the whole batch by the identity
  rules and written alike into every document graph the node appears in, so
  the merged graph stays single-valued.
- `graph:build`: the PROV record of the build, a `kg:ExtractionRun` whose IRI
  hashes the software version and the set of input documents (no clock, so
  rebuilding the same input gives the same graph), and the `kg:firstAttested` /
  `kg:lastAttested` span of each post holding, a fact about the whole batch
  rather than one document.
- `<https://w3id.org/zhgov-kg/ontology>`: the vocabulary itself, so that a store
  holding an export can label roles, classes and body kinds.

The **merged graph** is the set union of these graphs: it is what the `.ttl`,
`.nt` and `.jsonld` exports contain and what the embedded store's default graph
holds (queries need no `GRAPH` clause); `.nq` and `.trig` exports keep the
named graphs.

### Materialised inferences

Every node is typed with all superclasses of its class, and every property
statement is repeated with all its superproperties, as declared in
`ontology/kg.ttl`: a `kg:Meeting` is also a `kg:Event` and a `schema:Event`; a
`kg:chair` edge is also `kg:participant` and `schema:attendee`; a
`kg:PostHolding` is an `org:Membership` with `org:member` and
`org:organization`. Stores without a reasoner therefore answer like stores with
RDFS reasoning over the ontology. No blank nodes are used anywhere, so graphs
compare and merge by plain set operations.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef

from kg import __version__
from kg.graph.pinyin import body_pinyin, person_pinyin
from kg.graph.prefixes import PINYIN
from kg.graph.resolve import Resolution, clean_text, date_kind, normalise_text, resolve
from kg.graph.vocab import (
    BUILD_GRAPH,
    DCTERMS,
    EVENT_CLASSES,
    ID,
    KG,
    NIF,
    ONTOLOGY_IRI,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    ROLE_CONCEPTS,
    ROLE_PROPERTIES,
    SCHEMA,
    SKOS,
    XSD,
    body_kind_concepts,
    mint,
    ontology,
    superclasses,
    superproperties,
)
from kg.model import ArticleFacts, Mention


class _Names:
    """An rdflib namespace whose terms are looked up once: ``DefinedNamespace.__getattr__`` costs about a
    microsecond a call, and the writer names a property or class for each of millions of quads."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        value = getattr(self._namespace, name)
        setattr(self, name, value)
        return value


KG, PROV, RDF, RDFS, SKOS, DCTERMS, SCHEMA, NIF, XSD = (  # type: ignore[misc]
    _Names(namespace) for namespace in (KG, PROV, RDF, RDFS, SKOS, DCTERMS, SCHEMA, NIF, XSD)
)

AGENT = ID[f"agent/zhgov-kg/{__version__}"]


class Terms:
    """Makes RDF terms and quads for one backend; subclasses say which."""

    def iri(self, value: str) -> Any:
        raise NotImplementedError

    def zh(self, value: str) -> Any:
        raise NotImplementedError

    def en(self, value: str) -> Any:
        raise NotImplementedError

    def typed(self, value: str, datatype: str) -> Any:
        raise NotImplementedError

    def quad(self, s: Any, p: Any, o: Any, g: Any) -> Any:
        raise NotImplementedError

    def minted(self, value: str) -> Any:
        """The term of an IRI this module minted (:func:`_minted`: always valid) that no other quad of the
        build repeats much (a mention's): backends may skip checking and caching it."""
        return self.iri(value)

    def from_rdflib(self, term: Any) -> Any:
        """A term of this backend from an rdflib term (used for the ontology graph)."""
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, Literal):
            if term.language:
                return self.zh(str(term)) if term.language == "zh" else self._lang(str(term), term.language)
            return self.typed(str(term), term.datatype or XSD.string)
        raise ValueError(f"unexpected term in the ontology: {term!r}")

    def _lang(self, value: str, language: str) -> Any:
        raise NotImplementedError

    def closures(self) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
        """Property -> itself and its superproperties, class -> itself and its superclasses, as terms of
        this backend; shared by every writer using these terms, so each is worked out once per build."""
        found = self.__dict__.get("_closures")
        if found is None:
            found = self.__dict__["_closures"] = ({}, {})
        return found


class RdflibTerms(Terms):
    """rdflib terms; quads are ``(s, p, o, graph IRI)`` tuples."""

    def iri(self, value: str) -> URIRef:
        return value if type(value) is URIRef else URIRef(value)

    def zh(self, value: str) -> Literal:
        return Literal(value, lang="zh")

    def en(self, value: str) -> Literal:
        return Literal(value, lang="en")

    def _lang(self, value: str, language: str) -> Literal:
        return Literal(value, lang=language)

    def typed(self, value: str, datatype: str) -> Literal:
        if datatype == XSD.string:  # RDF 1.1 simple literal: what every parser gives back
            return Literal(value)
        return Literal(value, datatype=self.iri(datatype))

    def quad(self, s: Any, p: Any, o: Any, g: Any) -> tuple[Any, Any, Any, Any]:
        return (s, p, o, g)


class OxigraphTerms(Terms):
    """pyoxigraph terms and :class:`pyoxigraph.Quad` objects (IRIs are cached: they repeat a lot)."""

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def zh(self, value: str) -> ox.Literal:
        return ox.Literal(value, language="zh")

    def en(self, value: str) -> ox.Literal:
        return ox.Literal(value, language="en")

    def _lang(self, value: str, language: str) -> ox.Literal:
        return ox.Literal(value, language=language)

    def typed(self, value: str, datatype: str) -> ox.Literal:
        if datatype == XSD.string:
            return ox.Literal(value)
        return ox.Literal(value, datatype=self.iri(datatype))

    def quad(self, s: Any, p: Any, o: Any, g: Any) -> ox.Quad:
        return ox.Quad(s, p, o, g)


_XSD_STRING = XSD.string
_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_NT_SPECIAL = re.compile(r'["\\\n\r]')


def _nt_string(value: str) -> str:
    """A string as an N-Triples quoted literal (the four characters the grammar forbids are escaped)."""
    if _NT_SPECIAL.search(value):
        value = value.translate(_NT_ESCAPES)
    return f'"{value}"'


class NTriplesTerms(Terms):
    """Terms as N-Triples text, and a quad as the text of its triple (``s p o``), without its graph.

    The fast path of a build: text costs a fraction of a pyoxigraph object to make, workers can
    write it to files in parallel, and Oxigraph's bulk loader parses it in Rust. All quads of a
    :class:`_Writer` share its graph, which the caller appends. IRIs are checked by pyoxigraph once
    each, so an invalid one raises ``ValueError`` exactly where :class:`OxigraphTerms` would.
    """

    def __init__(self) -> None:
        self._iris: dict[str, str] = {}
        self._tags: dict[str, str] = {}
        self._datatypes: dict[str, str] = {}

    def iri(self, value: str) -> str:
        term = self._iris.get(value)
        if term is None:
            ox.NamedNode(value)  # validates
            term = self._iris[value] = f"<{value}>"
        return term

    def minted(self, value: str) -> str:
        return f"<{value}>"  # 140k mention IRIs on CCTV: checking and caching each cost time and memory

    def zh(self, value: str) -> str:
        return _nt_string(value) + "@zh"

    def en(self, value: str) -> str:
        return _nt_string(value) + "@en"

    def _lang(self, value: str, language: str) -> str:
        tag = self._tags.get(language)
        if tag is None:
            tag = self._tags[language] = "@" + ox.Literal("", language=language).language  # validated
        return _nt_string(value) + tag

    def typed(self, value: str, datatype: str) -> str:
        # the suffix of each datatype is looked up by identity first (the writer passes the same few
        # objects), as rdflib's __eq__, called for every integer otherwise, is slow
        suffix = self._datatypes.get(datatype)
        if suffix is None:
            suffix = self._datatypes[datatype] = "" if datatype == _XSD_STRING else f"^^{self.iri(datatype)}"
        return _nt_string(value) + suffix

    def quad(self, s: str, p: str, o: str, g: str) -> str:
        return f"{s} {p} {o}"


# ---------------------------------------------------------------------------------------------
# IRIs of the things a document states
# ---------------------------------------------------------------------------------------------


def document_iri(article: ArticleFacts) -> URIRef:
    return mint("doc", article.article_id)


def person_iri(key: str) -> URIRef:
    return mint("person", key)


def body_iri(key: str) -> URIRef:
    return mint("body", key)


def event_iri(key: str) -> URIRef:
    return mint("event", key)


def holding_iri(person_key: str, title: str, body_key: str) -> URIRef:
    return mint("holding", person_key, title, body_key)


def post_iri(body_key: str, title: str) -> URIRef:
    return mint("post", body_key, title)


def participation_iri(event_key: str, person_key: str, role: str) -> URIRef:
    return mint("participation", event_key, person_key, role)


def mention_iri(mention: Mention) -> URIRef:
    return mint("mention", mention.doc_id, mention.start, mention.end)


_ID = str(ID)


def _minted(kind: str, *key: object) -> str:
    """``str(mint(kind, *key))`` without making an rdflib term (the writer mints a few per quad)."""
    text = "\x1f".join("" if part is None else str(part) for part in key)
    return f"{_ID}{kind}/{hashlib.blake2b(text.encode('utf-8'), digest_size=8).hexdigest()}"


def run_iri(resolution: Resolution) -> URIRef:
    return mint("run", __version__, *sorted(a.article_id for a in resolution.articles))


_KIND_SLUG = re.compile(r"[^a-z0-9_-]+")


def body_kind_iri(kind: str) -> tuple[URIRef, bool]:
    """The concept of a body kind, and whether it had to be minted (not in kg:BodyKinds)."""
    known = body_kind_concepts().get(kind.lower())
    if known is not None:
        return known, False
    slug = _KIND_SLUG.sub("-", kind.lower()).strip("-")
    return (ID[f"kind/{slug}"] if slug else mint("kind", kind)), True


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


class _Writer:
    """Collects the quads of one named graph, adding inferred types and superproperties."""

    def __init__(self, terms: Terms, graph: str) -> None:
        self.t = terms
        self.g = terms.iri(graph)
        self.quads: list[Any] = []
        self._type = terms.iri(RDF.type)
        self._props, self._types = terms.closures()

    def add(self, s: Any, p: str, o: Any) -> None:
        for prop in self._props.get(p) or self._closure(p):
            self.quads.append(self.t.quad(s, prop, o, self.g))

    def a(self, s: Any, cls: str) -> None:
        types = self._types.get(cls)
        if types is None:
            types = self._types[cls] = [self.t.iri(c) for c in (cls, *superclasses().get(URIRef(cls), ()))]
        for t in types:
            self.quads.append(self.t.quad(s, self._type, t, self.g))

    def _closure(self, p: str) -> list[Any]:
        props = self._props[p] = [self.t.iri(q) for q in (p, *superproperties().get(URIRef(p), ()))]
        return props


class _TextWriter(_Writer):
    """A :class:`_Writer` for :class:`NTriplesTerms` that makes each ``s p o`` text itself.

    The writer makes 2.4M quads on CCTV; calling ``NTriplesTerms.quad`` for each was a quarter of
    the time of :meth:`add` (profiled). The texts are those ``quad`` makes.
    """

    def add(self, s: Any, p: str, o: Any) -> None:
        props = self._props.get(p) or self._closure(p)
        if len(props) == 1:
            self.quads.append(f"{s} {props[0]} {o}")
        else:
            self.quads.extend([f"{s} {prop} {o}" for prop in props])

    def a(self, s: Any, cls: str) -> None:
        types = self._types.get(cls)
        if types is None:
            types = self._types[cls] = [self.t.iri(c) for c in (cls, *superclasses().get(URIRef(cls), ()))]
        kind = self._type
        self.quads.extend([f"{s} {kind} {t}" for t in types])


class _DocumentGraph:
    """Writes the named graph of one document."""

    def __init__(self, article: ArticleFacts, res: Resolution, terms: Terms) -> None:
        self.article = article
        self.res = res
        self.t = terms
        self.doc_iri = document_iri(article)
        self.w = (_TextWriter if type(terms) is NTriplesTerms else _Writer)(terms, self.doc_iri)
        self.doc = terms.iri(self.doc_iri)
        self._mentions: set[str] = set()
        self._persons: dict[str, Any] = {}
        self._bodies: dict[str, Any] = {}

    # -- provenance --------------------------------------------------------------------------

    def derived(self, node: Any, mentions: Iterable[Mention | None] = ()) -> None:
        self.w.add(node, PROV.wasDerivedFrom, self.doc)
        for mention in mentions:
            if mention is not None:
                self.w.add(node, KG.mention, self.mention(mention))

    def mention(self, m: Mention) -> Any:
        iri = _minted("mention", m.doc_id, m.start, m.end)
        node = self.t.minted(iri)
        if iri in self._mentions:
            return node
        self._mentions.add(iri)
        w, t = self.w, self.t
        w.a(node, KG.Mention)
        w.add(node, KG.document, self.doc)
        w.add(node, NIF.beginIndex, t.typed(str(m.start), XSD.integer))
        w.add(node, NIF.endIndex, t.typed(str(m.end), XSD.integer))
        w.add(node, NIF.anchorOf, t.typed(m.text, XSD.string))
        if m.sentence:
            w.add(node, KG.evidence, t.typed(m.sentence, XSD.string))
        if m.sentence_start >= 0 and m.sentence_end >= m.sentence_start:
            w.add(node, KG.sentenceBeginIndex, t.typed(str(m.sentence_start), XSD.integer))
            w.add(node, KG.sentenceEndIndex, t.typed(str(m.sentence_end), XSD.integer))
        return node

    # -- nodes -------------------------------------------------------------------------------

    def document(self) -> None:
        a, w, t = self.article, self.w, self.t
        w.a(self.doc, KG.Document)
        w.add(self.doc, DCTERMS.identifier, t.typed(a.article_id, XSD.string))
        w.add(self.doc, KG.sourceFile, t.typed(a.doc_id, XSD.string))
        if clean_text(a.title):
            w.add(self.doc, DCTERMS.title, t.zh(clean_text(a.title)))
        if date_kind(a.pub_date) == "date":
            w.add(self.doc, DCTERMS.date, t.typed(a.pub_date, XSD.date))
        if a.source:
            w.add(self.doc, DCTERMS.source, t.zh(a.source.strip()))
        if a.url and re.match(r"^https?://\S+$", a.url.strip()):
            try:
                w.add(self.doc, SCHEMA.url, t.iri(a.url.strip()))
            except ValueError:  # not a valid IRI for pyoxigraph: keep it as text
                w.add(self.doc, SCHEMA.url, t.typed(a.url.strip(), XSD.anyURI))
        if normalise_text(a.region):
            w.add(self.doc, KG.region, t.zh(normalise_text(a.region)))

    def person(self, name: str, mentions: Iterable[Mention] = ()) -> Any:
        node = self.res.person(self.article, name)
        term = self._persons.get(node.key)
        if term is None:
            term = self._persons[node.key] = self.t.iri(_minted("person", node.key))
            self.w.a(term, KG.Person)
            self.w.add(term, RDFS.label, self.t.zh(node.name))
            pinyin = person_pinyin(node.name)
            if pinyin:  # found by kg meetings-of "Li Qiang"
                self.w.add(term, SKOS.altLabel, self.t._lang(pinyin, PINYIN))
            if node.region:
                self.w.add(term, KG.region, self.t.zh(node.region))
            self.derived(term)
        for m in mentions:
            self.w.add(term, KG.mention, self.mention(m))
        return term

    def body(
        self, name: str, surfaces: Iterable[str | None] = (), kind: str | None = None, mentions: Iterable[Mention] = ()
    ) -> Any:
        node = self.res.body(self.article, name)
        w, t = self.w, self.t
        term = self._bodies.get(node.key)
        if term is None:
            term = self._bodies[node.key] = t.iri(_minted("body", node.key))
            w.a(term, KG.Body)
            w.add(term, RDFS.label, t.zh(node.key))
            pinyin = body_pinyin(node.key)
            if pinyin:
                w.add(term, SKOS.altLabel, t._lang(pinyin, PINYIN))
            if node.region:
                w.add(term, KG.region, t.zh(node.region))
            if node.kind:
                concept, minted = body_kind_iri(node.kind)
                if minted:
                    c = t.iri(concept)
                    w.add(c, RDF.type, t.iri(SKOS.Concept))
                    w.add(c, SKOS.inScheme, t.iri(KG.BodyKinds))
                    w.add(c, SKOS.notation, t.typed(node.kind, XSD.string))
                    w.add(c, SKOS.prefLabel, t.en(node.kind))
                w.add(term, KG.bodyKind, t.iri(concept))
            self.derived(term)
        for surface in (name, *surfaces):
            alias = clean_text(surface)
            if alias and normalise_text(alias) != node.key:
                w.add(term, SKOS.altLabel, t.zh(alias))
        for m in mentions:
            w.add(term, KG.mention, self.mention(m))
        return term

    def positions(self) -> None:
        w, t = self.w, self.t
        for position in self.article.positions:
            title = normalise_text(position.title)
            if not title or not normalise_text(position.person):
                continue
            person = self.person(position.person)
            holder_key = self.res.person(self.article, position.person).key
            body_key = ""
            body = None
            if normalise_text(position.body):
                body = self.body(position.body)
                body_key = self.res.body(self.article, position.body).key
            holding = t.iri(_minted("holding", holder_key, title, body_key))
            w.a(holding, KG.PostHolding)
            w.add(holding, KG.holder, person)
            w.add(holding, KG.title, t.zh(title))
            if body is not None:
                w.add(holding, KG.organization, body)
                post = t.iri(_minted("post", body_key, title))
                w.a(post, KG.Post)
                w.add(post, RDFS.label, t.zh(body_key + title))
                w.add(post, KG.title, t.zh(title))
                w.add(post, KG.postIn, body)
                self.derived(post)
                w.add(holding, KG.post, post)
            self.derived(holding, (position.mention,))

    def events(self) -> None:
        w, t = self.w, self.t
        for index, event in enumerate(self.article.events):
            node = self.res.event(self.article, index)
            term = t.iri(_minted("event", node.key))
            w.a(term, EVENT_CLASSES.get(node.type, KG.Event))
            if node.label:
                w.add(term, RDFS.label, t.zh(node.label))
            written = clean_text(event.name)
            if written and written != node.label:
                w.add(term, SKOS.altLabel, t.zh(written))
            for value, prop in ((node.date, KG.date), (node.end_date, KG.endDate)):
                kind = date_kind(value)
                if kind:
                    w.add(term, prop, t.typed(value, XSD.date if kind == "date" else XSD.gMonthDay))
            if node.ordinal is not None:
                w.add(term, KG.ordinal, t.typed(str(node.ordinal), XSD.integer))
            if node.term is not None:
                w.add(term, KG.term, t.typed(str(node.term), XSD.integer))
            if node.location:
                w.add(term, KG.location, t.zh(node.location))
            w.add(term, KG.status, t.typed(node.status, XSD.string))
            for organizer in event.organizers:
                if normalise_text(organizer):
                    w.add(term, KG.organizer, self.body(organizer))
            self.derived(term, (event.mention,))
            for participation in event.participants:
                prop = ROLE_PROPERTIES.get(participation.role)
                if prop is None or not normalise_text(participation.person):
                    continue
                person = self.person(participation.person)
                person_key = self.res.person(self.article, participation.person).key
                w.add(term, prop, person)
                record = t.iri(_minted("participation", node.key, person_key, participation.role))
                w.a(record, KG.Participation)
                w.add(record, KG.event, term)
                w.add(record, KG.agent, person)
                w.add(record, KG.role, t.iri(ROLE_CONCEPTS[participation.role]))
                if clean_text(participation.title_as_mentioned):
                    w.add(record, KG.titleAsMentioned, t.zh(clean_text(participation.title_as_mentioned)))
                position = self.res.list_positions.get((node.key, person_key, participation.role))
                if position is not None:
                    w.add(record, KG.listPosition, t.typed(str(position), XSD.integer))
                self.derived(record, (participation.mention,))

    def write(self) -> list[Any]:
        self.document()
        for person in self.article.persons:
            if normalise_text(person.name):
                self.person(person.name, person.mentions)
        for body in self.article.bodies:
            if normalise_text(body.name):
                self.body(body.name, (body.surface,), body.kind, body.mentions)
        self.positions()
        self.events()
        return self.w.quads


def article_quads(article: ArticleFacts, resolution: Resolution, terms: Terms) -> list[Any]:
    """The quads of one document's named graph."""
    return _DocumentGraph(article, resolution, terms).write()


def article_triples(article: ArticleFacts, resolution: Resolution, terms: NTriplesTerms) -> tuple[str, list[str]]:
    """The named graph of one document as text: its graph name and the ``s p o`` text of each triple
    (with :class:`NTriplesTerms`), in the order :func:`article_quads` gives them."""
    writer = _DocumentGraph(article, resolution, terms)
    return writer.w.g, writer.write()


def build_quads(resolution: Resolution, terms: Terms) -> list[Any]:
    """The quads of ``graph:build``: the PROV extraction run and post-holding attestation spans."""
    w, t = _Writer(terms, BUILD_GRAPH), terms
    run = t.iri(run_iri(resolution))
    agent = t.iri(AGENT)
    w.a(run, KG.ExtractionRun)
    w.add(run, RDFS.label, t.en(f"zhgov-kg {__version__} extraction of {len(resolution.articles)} documents"))
    w.add(run, PROV.wasAssociatedWith, agent)
    w.add(agent, RDF.type, t.iri(PROV.SoftwareAgent))
    w.add(agent, RDFS.label, t.en(f"zhgov-kg {__version__}"))
    for article in resolution.articles:
        w.add(run, PROV.used, t.iri(document_iri(article)))
    for (person_key, title, body_key), span in sorted(resolution.holding_spans.items()):
        if span.first and span.last:
            holding = t.iri(holding_iri(person_key, title, body_key))
            w.add(holding, KG.firstAttested, t.typed(span.first, XSD.date))
            w.add(holding, KG.lastAttested, t.typed(span.last, XSD.date))
    return w.quads


def ontology_quads(terms: Terms) -> list[Any]:
    """The vocabulary, in its own named graph ``<https://w3id.org/zhgov-kg/ontology>``."""
    g = terms.iri(ONTOLOGY_IRI)
    return [
        terms.quad(terms.from_rdflib(s), terms.from_rdflib(p), terms.from_rdflib(o), g)
        for s, p, o in sorted(ontology())
    ]


def quads(facts: Iterable[ArticleFacts] | Resolution, terms: Terms | None = None) -> Iterator[Any]:
    """Every quad of the dataset for a batch of facts (or an existing resolution), document by document."""
    terms = terms or RdflibTerms()
    resolution = facts if isinstance(facts, Resolution) else resolve(facts)
    for article in resolution.articles:
        yield from article_quads(article, resolution, terms)
    yield from build_quads(resolution, terms)
    yield from ontology_quads(terms)


def to_dataset(facts: Iterable[ArticleFacts] | Resolution) -> Dataset:
    """The whole dataset as an rdflib :class:`~rdflib.Dataset` (default graph = union of all graphs)."""
    dataset = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
    graphs: dict[str, Any] = {}
    for s, p, o, g in quads(facts, RdflibTerms()):
        graph = graphs.get(g)
        if graph is None:
            graph = graphs[g] = dataset.graph(g)
        graph.add((s, p, o))
    return dataset
