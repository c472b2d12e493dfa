"""Graph analysis for notebooks: NetworkX views of the knowledge graph, the measures researchers cite, tidy tables.

The RDF graph stays the source of truth. This module reads what analysis needs
from it with a handful of SPARQL queries on the embedded Oxigraph store (fast
at corpus scale: no Python object per triple) and builds plain NetworkX graphs
whose node keys are the resources' IRIs and whose attributes carry the Chinese
label, the type and the IRI, so every result maps back to the RDF.

Everything is a plain function, NetworkX style::

    from kg import analysis as ka
    g = ka.load_graph("exports/sample.ttl")          # or a store directory, or an rdflib Graph
    people = ka.co_attendance(g, min_events=1)        # weighted person-person graph
    ka.centrality_table(people)[:5]                   # degree, weighted degree, PageRank, betweenness, community
    ka.frame(ka.participations(g))                    # a pandas DataFrame, when pandas is installed

Co-attendance is counted over event rosters rather than with
``networkx.algorithms.bipartite.weighted_projected_graph``: one pass over each
event's participants costs the sum of squared roster sizes, while the projection
walks every person's two-hop neighbourhood (15 s against 376 s at 1M triples).

Tables are lists of dicts with stable column order and stable row order, so CSV
exports are byte-identical for the same graph. pandas and matplotlib are
optional (the ``notebooks`` extra); this module imports them only when asked.
"""

from __future__ import annotations

import csv
import functools
import heapq
import io
import math
import os
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pyoxigraph as ox

from kg.graph.vocab import EVENT_CLASSES, PREFIXES, ROLE_CONCEPTS, ROLE_PROPERTIES

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from matplotlib.axes import Axes

__all__ = [
    "ROLES",
    "affiliation_graph",
    "betweenness",
    "bodies",
    "body_roster",
    "centrality_table",
    "co_attendance",
    "co_chair_pairs",
    "communities",
    "component_layout",
    "draw_network",
    "events",
    "export_tables",
    "find_nodes",
    "knowledge_network",
    "frame",
    "load_graph",
    "participations",
    "person_event_graph",
    "persons",
    "post_holdings",
    "short_iri",
    "top_chairs",
    "top_pairs",
    "use_cjk_font",
    "write_network",
]

#: Roles in the order a roster lists them (chair first); also the order of ``roles`` tuples on edges.
ROLES: tuple[str, ...] = tuple(ROLE_CONCEPTS)
_ROLE_OF_CONCEPT = {str(concept): role for role, concept in ROLE_CONCEPTS.items()}
_TYPE_OF_CLASS = {str(cls): kind for kind, cls in EVENT_CLASSES.items()}

#: Above this many nodes, betweenness is estimated from ``k`` sampled sources instead of computed exactly.
EXACT_BETWEENNESS_LIMIT = 500
#: Sources sampled for betweenness on graphs above the limit (Brandes & Pich 2007: error falls as 1/sqrt(k)).
BETWEENNESS_SAMPLES = 500

_PREFIXES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items())

# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


# While a summary reads one store (``with reading(store):``), each table is read from it once.
_READING: dict[str, Any] | None = None


@contextmanager
def reading(g: Any) -> Iterator[ox.Store]:
    """Within this block, each table of ``g`` (persons, events, participations …) is read once.

    ``kg stats`` reads the participations for the counts, the co-attendance network, the chairs and
    the pairs: five reads of ~25,000 rows on the CCTV corpus store.  Outside the block every call reads
    the store afresh, so a notebook that updates its store sees the change.
    """
    global _READING
    previous, _READING = _READING, {"store": load_graph(g)}
    try:
        yield _READING["store"]
    finally:
        _READING = previous


def _read_once(table: Any) -> Any:
    @functools.wraps(table)
    def read(g: Any) -> list[dict[str, Any]]:
        if _READING is None or load_graph(g) is not _READING["store"]:
            return table(g)
        if table.__name__ not in _READING:
            _READING[table.__name__] = table(g)
        return _READING[table.__name__]

    return read


def load_graph(source: Any) -> ox.Store:
    """The knowledge graph as a pyoxigraph store whose default graph is the merged graph.

    ``source`` is a store directory written by ``kg build`` (opened read-only), a
    graph file (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld``, optionally
    ``.gz``; loaded into memory), an rdflib ``Graph`` or ``Dataset`` (copied), or
    a store already loaded (returned as is). Every other function here accepts
    the same sources, but loading once and passing the store saves re-reading.
    """
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, str | os.PathLike):
        from kg.graph.store import open_graph

        return open_graph(source)
    try:
        from rdflib import Dataset, Graph
        from rdflib.graph import ConjunctiveGraph
    except ImportError:  # pragma: no cover - rdflib is a core dependency
        Graph = Dataset = ConjunctiveGraph = ()  # type: ignore[assignment,misc]
    if isinstance(source, Dataset | ConjunctiveGraph):
        store = ox.Store()
        store.load(source.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        return store
    if isinstance(source, Graph):
        store = ox.Store()
        store.load(source.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
        return store
    raise TypeError(f"cannot read a knowledge graph from {type(source).__name__}: give a path, a store or a Graph")


def short_iri(iri: str) -> str:
    """``person:8af3…`` for a minted IRI (the form ``kg`` commands print and accept), else the IRI."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _select(store: ox.Store, query: str) -> Iterator[dict[str, str | int | None]]:
    """Rows of a SELECT as plain Python values: IRIs and literals as strings, integers as int."""
    solutions = store.query(f"{_PREFIXES}\n{query}")
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        row: dict[str, str | int | None] = {}
        for name in names:
            term = solution[name]
            if term is None:
                row[name] = None
            elif isinstance(term, ox.Literal) and term.datatype.value.endswith("#integer"):
                row[name] = int(term.value)
            else:
                row[name] = term.value
        yield row


def _first(values: Iterable[Any]) -> Any:
    """The smallest non-empty value: a deterministic choice where the graph offers several."""
    present = sorted(v for v in values if v is not None and v != "")
    return present[0] if present else None


def _joined(values: Iterable[Any], separator: str = ";") -> str:
    return separator.join(sorted({str(v) for v in values if v is not None and v != ""}))


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


@_read_once
def persons(g: Any) -> list[dict[str, Any]]:
    """One row per person: ``person`` (IRI), ``id``, ``label``, ``region``, ``events``, ``chaired``, ``posts``."""
    store = load_graph(g)
    rows: dict[str, dict[str, Any]] = {}
    for r in _select(
        store,
        """SELECT ?p ?label ?region WHERE {
             ?p a kg:Person . OPTIONAL { ?p rdfs:label ?label } OPTIONAL { ?p kg:region ?region } }""",
    ):
        row = rows.setdefault(r["p"], {"labels": [], "regions": []})
        row["labels"].append(r["label"])
        row["regions"].append(r["region"])
    events_of: dict[str, set[str]] = defaultdict(set)
    chaired: dict[str, set[str]] = defaultdict(set)
    for p in participations(store):
        events_of[p["person"]].add(p["event"])
        if p["role"] == "chair":
            chaired[p["person"]].add(p["event"])
    posts = Counter(h["person"] for h in post_holdings(store))
    return [
        {
            "person": iri,
            "id": short_iri(iri),
            "label": _first(rows[iri]["labels"]),
            "region": _first(rows[iri]["regions"]),
            "events": len(events_of[iri]),
            "chaired": len(chaired[iri]),
            "posts": posts[iri],
        }
        for iri in sorted(rows)
    ]


@_read_once
def bodies(g: Any) -> list[dict[str, Any]]:
    """One row per body: ``body`` (IRI), ``id``, ``label``, ``kind`` (notation), ``region``, ``aliases``."""
    store = load_graph(g)
    rows: dict[str, dict[str, set[Any]]] = {}
    for r in _select(
        store,
        """SELECT ?b ?label ?kind ?region ?alias WHERE {
             ?b a kg:Body . OPTIONAL { ?b rdfs:label ?label }
             OPTIONAL { ?b kg:bodyKind ?k . OPTIONAL { ?k skos:notation ?notation } }
             BIND(COALESCE(STR(?notation), REPLACE(STR(?k), "^.*[#/]", "")) AS ?kind)
             OPTIONAL { ?b kg:region ?region }
             OPTIONAL { ?b skos:altLabel ?alias FILTER(LANG(?alias) = "zh") } }""",
    ):
        row = rows.setdefault(r["b"], defaultdict(set))
        for key in ("label", "kind", "region", "alias"):
            if r[key]:
                row[key].add(r[key])
    return [
        {
            "body": iri,
            "id": short_iri(iri),
            "label": _first(rows[iri]["label"]),
            "kind": _first(rows[iri]["kind"]),
            "region": _first(rows[iri]["region"]),
            "aliases": _joined(rows[iri]["alias"]),
        }
        for iri in sorted(rows)
    ]


@_read_once
def events(g: Any) -> list[dict[str, Any]]:
    """One row per event: ``event`` (IRI), ``id``, ``label``, ``type``, ``date``, ``end_date``, ``ordinal``,
    ``term``, ``organizers`` (labels, ``;``-joined), ``reported`` (earliest publication date of a reporting
    document: a year for events dated by month and day only) and ``participants``."""
    store = load_graph(g)
    rows: dict[str, dict[str, Any]] = {}
    for r in _select(
        store,
        """SELECT ?e ?label ?type ?date ?end ?ordinal ?term WHERE {
             ?e a kg:Event ; a ?type . FILTER(?type IN (kg:Meeting, kg:Inspection, kg:Ceremony, kg:Activity))
             OPTIONAL { ?e rdfs:label ?label } OPTIONAL { ?e kg:date ?date } OPTIONAL { ?e kg:endDate ?end }
             OPTIONAL { ?e kg:ordinal ?ordinal } OPTIONAL { ?e kg:term ?term } }""",
    ):
        row = rows.setdefault(r["e"], defaultdict(list))
        for key in ("label", "date", "end", "ordinal", "term"):
            row[key].append(r[key])
        row["type"].append(_TYPE_OF_CLASS.get(r["type"]))
    organizers: dict[str, set[str]] = defaultdict(set)
    for r in _select(store, "SELECT ?e ?name WHERE { ?e a kg:Event ; kg:organizer ?b . ?b rdfs:label ?name }"):
        organizers[r["e"]].add(r["name"])
    reported: dict[str, list[str]] = defaultdict(list)
    for r in _select(store, "SELECT ?e ?day WHERE { ?e a kg:Event ; prov:wasDerivedFrom ?d . ?d dcterms:date ?day }"):
        reported[r["e"]].append(r["day"])
    participants: dict[str, set[str]] = defaultdict(set)
    for r in _select(store, "SELECT ?e ?p WHERE { ?e a kg:Event ; kg:participant ?p }"):
        participants[r["e"]].add(r["p"])
    return [
        {
            "event": iri,
            "id": short_iri(iri),
            "label": _first(row["label"]),
            "type": _first(row["type"]),
            "date": _first(row["date"]),
            "end_date": _first(row["end"]),
            "ordinal": _first(row["ordinal"]),
            "term": _first(row["term"]),
            "organizers": _joined(organizers[iri]),
            "reported": _first(reported[iri]),
            "participants": len(participants[iri]),
        }
        for iri, row in sorted(rows.items())
    ]


@_read_once
def participations(g: Any) -> list[dict[str, Any]]:
    """One row per person in one role at one event (the ``kg:Participation`` records), ordered by event,
    role and list position: ``event``, ``event_label``, ``date``, ``person``, ``person_label``, ``role``,
    ``title`` (as written; several wordings ``;``-joined), ``list_position``, ``sources`` (source files)."""
    store = load_graph(g)
    rows: dict[str, dict[str, Any]] = {}
    for r in _select(
        store,
        """SELECT ?part ?e ?elabel ?date ?p ?plabel ?role ?title ?pos WHERE {
             ?part a kg:Participation ; kg:event ?e ; kg:agent ?p ; kg:role ?role .
             OPTIONAL { ?e rdfs:label ?elabel } OPTIONAL { ?e kg:date ?date } OPTIONAL { ?p rdfs:label ?plabel }
             OPTIONAL { ?part kg:titleAsMentioned ?title } OPTIONAL { ?part kg:listPosition ?pos } }""",
    ):
        row = rows.setdefault(r["part"], {"r": r, "titles": set(), "positions": set(), "sources": set()})
        if r["title"]:
            row["titles"].add(r["title"])
        if r["pos"] is not None:
            row["positions"].add(r["pos"])
    for r in _select(
        store,
        """SELECT ?part ?file WHERE { ?part a kg:Participation ; prov:wasDerivedFrom ?d . ?d kg:sourceFile ?file }""",
    ):
        if r["part"] in rows:
            rows[r["part"]]["sources"].add(r["file"])
    table = []
    for row in rows.values():
        r = row["r"]
        table.append(
            {
                "event": r["e"],
                "event_label": r["elabel"],
                "date": r["date"],
                "person": r["p"],
                "person_label": r["plabel"],
                "role": _ROLE_OF_CONCEPT.get(r["role"], short_iri(r["role"])),
                "title": _joined(row["titles"]),
                "list_position": min(row["positions"]) if row["positions"] else None,
                "sources": _joined(row["sources"]),
            }
        )
    rank = {role: i for i, role in enumerate(ROLES)}
    table.sort(
        key=lambda t: (
            t["event"],
            rank.get(t["role"], len(rank)),
            t["list_position"] if t["list_position"] is not None else 1 << 30,
            t["person"],
        )
    )
    return table


@_read_once
def post_holdings(g: Any) -> list[dict[str, Any]]:
    """One row per post holding (person, title, body): ``holding``, ``person``, ``person_label``, ``title``,
    ``body``, ``body_label``, ``post``, ``first_attested``, ``last_attested``, ``attested`` (publication
    dates of the stating documents, ``;``-joined), ``sources``. The attestation dates bound what the documents
    say, not the tenure."""
    store = load_graph(g)
    rows: dict[str, dict[str, Any]] = {}
    for r in _select(
        store,
        """SELECT ?h ?p ?plabel ?title ?b ?blabel ?post ?first ?last WHERE {
             ?h a kg:PostHolding ; kg:holder ?p . OPTIONAL { ?h kg:title ?title } OPTIONAL { ?p rdfs:label ?plabel }
             OPTIONAL { ?h kg:organization ?b . OPTIONAL { ?b rdfs:label ?blabel } }
             OPTIONAL { ?h kg:post ?post }
             OPTIONAL { ?h kg:firstAttested ?first } OPTIONAL { ?h kg:lastAttested ?last } }""",
    ):
        rows.setdefault(r["h"], {"r": r, "dates": set(), "sources": set()})
    for r in _select(
        store,
        """SELECT ?h ?file ?day WHERE { ?h a kg:PostHolding ; prov:wasDerivedFrom ?d . ?d kg:sourceFile ?file
             OPTIONAL { ?d dcterms:date ?day } }""",
    ):
        if r["h"] in rows:
            rows[r["h"]]["sources"].add(r["file"])
            if r["day"]:
                rows[r["h"]]["dates"].add(r["day"])
    table = [
        {
            "holding": h,
            "person": row["r"]["p"],
            "person_label": row["r"]["plabel"],
            "title": row["r"]["title"],
            "body": row["r"]["b"],
            "body_label": row["r"]["blabel"],
            "post": row["r"]["post"],
            "first_attested": row["r"]["first"],
            "last_attested": row["r"]["last"],
            "attested": _joined(row["dates"]),
            "sources": _joined(row["sources"]),
        }
        for h, row in rows.items()
    ]
    table.sort(key=lambda t: (t["body_label"] or "", t["person_label"] or "", t["title"] or "", t["holding"]))
    return table


def frame(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> pandas.DataFrame:
    """A table as a pandas DataFrame (pandas comes with the ``notebooks`` extra)."""
    try:
        import pandas
    except ImportError:
        raise ImportError("tables as DataFrames need pandas: pip install 'zhgov-kg[notebooks]'") from None
    return pandas.DataFrame(list(rows), columns=list(columns) if columns else None)


TABLES = {
    "persons": persons,
    "bodies": bodies,
    "events": events,
    "participations": participations,
    "post_holdings": post_holdings,
}


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def table_csv(rows: Sequence[Mapping[str, Any]]) -> bytes:
    """A table as UTF-8 CSV (header row first; empty cells for missing values), ``\\n`` line ends."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)
    return out.getvalue().encode("utf-8")


def export_tables(g: Any, directory: str | os.PathLike[str]) -> list[Path]:
    """Write ``persons.csv``, ``bodies.csv``, ``events.csv``, ``participations.csv`` and
    ``post_holdings.csv`` to ``directory`` (UTF-8, sorted rows, each file replaced atomically);
    ``pandas.read_csv`` reads them as they are."""
    store = load_graph(g)
    written = []
    for name, table in TABLES.items():
        path = Path(directory) / f"{name}.csv"
        _atomic_write(path, table_csv(table(store)))
        written.append(path)
    return written


# ---------------------------------------------------------------------------------------------
# NetworkX views
# ---------------------------------------------------------------------------------------------


def _node_attributes(node_type: str, iri: str, label: str | None, **more: Any) -> dict[str, Any]:
    attributes = {"label": label or short_iri(iri), "type": node_type, "iri": iri}
    attributes.update({k: v for k, v in more.items() if v is not None and v != ""})
    return attributes


def person_event_graph(g: Any, roles: Iterable[str] | None = None) -> nx.Graph:
    """Bipartite graph of persons (``bipartite=0``) and events (``bipartite=1``).

    An edge joins a person to an event they took part in; it carries ``roles``
    (a tuple in :data:`ROLES` order, e.g. ``("chair", "speaker")``), the event's
    ``date``, the ``title`` as written and the best ``list_position``. ``roles``
    keeps only those roles (e.g. ``{"chair", "attendee", "nonvoting"}`` to leave
    out speakers named in passing). Nodes carry ``label``, ``type`` (``Person``
    or the event's type), ``iri`` and, for events, ``date``.
    """
    store = load_graph(g)
    wanted = set(roles) if roles is not None else None
    table = [p for p in participations(store) if wanted is None or p["role"] in wanted]
    graph = nx.Graph()
    people = {p["person"]: p for p in persons(store)}
    happenings = {e["event"]: e for e in events(store)}
    for iri in sorted({p["person"] for p in table}):
        row = people.get(iri, {})
        graph.add_node(iri, **_node_attributes("Person", iri, row.get("label"), region=row.get("region")), bipartite=0)
    for iri in sorted({p["event"] for p in table}):
        row = happenings.get(iri, {})
        graph.add_node(
            iri,
            **_node_attributes(
                "Event",
                iri,
                row.get("label"),
                event_type=row.get("type"),
                date=row.get("date"),
                organizers=row.get("organizers"),
            ),
            bipartite=1,
        )
    rank = {role: i for i, role in enumerate(ROLES)}
    for p in table:  # sorted by event, role, position
        if graph.has_edge(p["person"], p["event"]):
            edge = graph.edges[p["person"], p["event"]]
            edge["roles"] = tuple(sorted({*edge["roles"], p["role"]}, key=lambda r: rank.get(r, len(rank))))
            if p["list_position"] is not None:
                edge["list_position"] = min(edge.get("list_position", p["list_position"]), p["list_position"])
            if p["title"] and not edge.get("title"):
                edge["title"] = p["title"]
        else:
            attributes = {
                "roles": (p["role"],),
                "date": p["date"],
                "title": p["title"],
                "list_position": p["list_position"],
            }
            graph.add_edge(p["person"], p["event"], **{k: v for k, v in attributes.items() if v not in (None, "")})
    return graph


def _rosters(g: Any, roles: Iterable[str] | None) -> tuple[dict[str, list[str]], nx.Graph]:
    """Each event's participants (sorted), and the bipartite graph they were read from."""
    bipartite = g if isinstance(g, nx.Graph) else person_event_graph(g, roles)
    wanted = set(roles) if roles is not None else None
    rosters: dict[str, list[str]] = {}
    for node, data in bipartite.nodes(data=True):
        if data.get("bipartite") != 1:
            continue
        people = [
            p
            for p in bipartite[node]
            if wanted is None or wanted.intersection(bipartite.edges[p, node].get("roles", ()))
        ]
        rosters[node] = sorted(people)
    return rosters, bipartite


def co_attendance(g: Any, min_events: int = 1, roles: Iterable[str] | None = None) -> nx.Graph:
    """Weighted person–person graph: an edge for each pair who took part in at least ``min_events``
    events together, ``weight`` = the number of such events.

    ``g`` is a graph source (see :func:`load_graph`) or a graph made by
    :func:`person_event_graph`. Pairs are counted over each event's roster in
    one pass (cost: sum of squared roster sizes). Every person who took part in
    some event is a node, alone if they shared no event often enough; nodes
    carry ``label``, ``type``, ``iri``, ``region`` and ``events`` (how many they
    took part in).
    """
    if min_events < 1:
        raise ValueError("min_events must be at least 1")
    rosters, bipartite = _rosters(g, roles)

    def attributes(person: str) -> dict[str, Any]:
        return {k: v for k, v in bipartite.nodes[person].items() if k != "bipartite"}

    return _pair_graph(rosters.values(), attributes, min_events)


def _pair_graph(
    rosters: Iterable[Sequence[str]], attributes: Callable[[str], dict[str, Any]], min_events: int
) -> nx.Graph:
    """The co-attendance graph of event rosters (each a sorted list of persons), nodes described by ``attributes``.

    Nodes go in sorted order and edges in sorted pair order: PageRank, Louvain and betweenness
    sampling follow the graph's order, so every way of reading the rosters must build it alike.
    """
    pairs: Counter[tuple[str, str]] = Counter()
    attended: Counter[str] = Counter()
    for roster in rosters:
        attended.update(roster)
        pairs.update(combinations(roster, 2))  # roster sorted, so each pair is (smaller, larger)
    graph = nx.Graph()
    for person in sorted(attended):
        graph.add_node(person, **attributes(person), events=attended[person])
    graph.add_weighted_edges_from((a, b, count) for (a, b), count in sorted(pairs.items()) if count >= min_events)
    return graph


# ---------------------------------------------------------------------------------------------
# Counting: what `kg stats` reports, read without a Python row per participation
# ---------------------------------------------------------------------------------------------

_ROLE_EDGES = " ".join(f"<{prop}>" for prop in ROLE_PROPERTIES.values())
_ROLE_OF_EDGE = {str(prop): role for role, prop in ROLE_PROPERTIES.items()}
_KIND_ROWS = " ".join(f'(<{cls}> "{kind}")' for kind, cls in EVENT_CLASSES.items())


@dataclass(frozen=True, slots=True)
class Census:
    """The figures of ``kg stats`` before any network measure, read with counting queries.

    ``rosters`` are the events' participants in the roles asked for (each sorted, events
    anonymous: an event's IRI is never needed, and reading tens of thousands of IRIs from
    RocksDB is most of what the tables cost); ``people`` the label and region of each person
    taking part in anything (typed ``kg:Person``, as in :func:`persons`); ``attended`` and
    ``chaired`` the events each person took part in (all roles) and chaired.
    """

    counts: dict[str, int]
    events_by_type: dict[str, int]
    participations_by_role: dict[str, int]
    rosters: list[list[str]]
    people: dict[str, dict[str, Any]]
    attended: Counter[str]
    chaired: Counter[str]

    def co_attendance(self, min_events: int = 1) -> nx.Graph:
        """:func:`co_attendance` of the graph counted, with the same nodes, attributes and order."""
        if min_events < 1:
            raise ValueError("min_events must be at least 1")

        def attributes(person: str) -> dict[str, Any]:
            row = self.people.get(person, {})
            return _node_attributes("Person", person, row.get("label"), region=row.get("region"))

        return _pair_graph(self.rosters, attributes, min_events)

    def top_chairs(self, n: int | None = 10) -> list[dict[str, Any]]:
        """:func:`top_chairs` from the counts."""
        rows = [
            {
                "person": person,
                "label": self.people[person]["label"],
                "region": self.people[person]["region"],
                "chaired": chaired,
                "events": self.attended[person],
            }
            for person, chaired in self.chaired.items()
            if chaired and person in self.people
        ]
        rows.sort(key=lambda r: (-r["chaired"], -r["events"], r["label"] or "", r["person"]))
        return rows if n is None else rows[:n]


def _count(store: ox.Store, pattern: str) -> int:
    """How many solutions ``pattern`` has (the store counts; no term is read)."""
    return sum(int(r["n"] or 0) for r in _select(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"))


def _count_by(store: ox.Store, key: str, pattern: str) -> dict[str, int]:
    """How many solutions ``pattern`` has for each value of ``?key``."""
    query = f"SELECT ?{key} (COUNT(*) AS ?n) WHERE {{ {pattern} }} GROUP BY ?{key}"
    return {str(r[key]): int(r["n"] or 0) for r in _select(store, query)}


def census(g: Any, roles: Iterable[str] | None = None) -> Census | None:
    """What ``kg stats`` reports of ``g`` (rosters in ``roles`` only), read with a few counting queries.

    The tables (:func:`participations` and the rest) read every record with its IRIs, labels
    and sources: 11 s on the CCTV corpus store, nearly all of it RocksDB looking up the text of
    ~100,000 IRIs (~10-20 µs each). Here the store counts, and the only terms read are the
    participants of each event (grouped by event, whose IRI is never read) and their labels:
    ~0.6 s. The figures are those of the tables for a graph laid out as kg writes it, which
    simple counts confirm: one participation record (one event, agent and role) per role edge
    ``event kg:chair person``, the edge's superproperty ``kg:participant`` beside it, one event
    class per ``kg:Event``, one holder per ``kg:PostHolding``. A count that disagrees means a
    graph made by other means: that figure is then read the long way (None: the participations,
    which the caller then reads from the tables).
    """
    store = load_graph(g)
    records = _count(store, "?x a kg:Participation")
    by_concept = {
        _ROLE_OF_CONCEPT.get(concept, ""): n for concept, n in _count_by(store, "role", "?x kg:role ?role").items()
    }
    by_edge = {
        _ROLE_OF_EDGE[edge]: n
        for edge, n in _count_by(store, "edge", f"VALUES ?edge {{ {_ROLE_EDGES} }} ?x ?edge ?y").items()
    }
    if not (
        records == _count(store, "?x kg:event ?y") == _count(store, "?x kg:agent ?y") == sum(by_edge.values())
        and by_concept == by_edge
    ):
        return None
    all_roles = roles is None or set(roles) >= set(ROLE_PROPERTIES)
    edges = " ".join(f"<{ROLE_PROPERTIES[r]}>" for r in sorted(ROLE_PROPERTIES) if all_roles or r in set(roles or ()))
    participants = "?e kg:participant ?p"
    pairs = _count(store, participants)
    if not all_roles or pairs != _count(
        store, f"SELECT DISTINCT ?e ?p WHERE {{ VALUES ?edge {{ {_ROLE_EDGES} }} ?e ?edge ?p }}"
    ):
        participants = f"VALUES ?edge {{ {edges} }} ?e ?edge ?p"
    rosters = []
    if edges:
        rosters = [
            sorted(str(r["roster"]).split(" "))
            for r in _select(
                store,
                f"""SELECT (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?roster)
                    WHERE {{ {participants} }} GROUP BY ?e""",
            )
        ]
    labels: dict[str, list[Any]] = defaultdict(list)
    regions: dict[str, list[Any]] = defaultdict(list)
    for r in _select(
        store,
        f"""SELECT ?p ?label ?region WHERE {{
              {{ SELECT DISTINCT ?p WHERE {{ VALUES ?edge {{ {_ROLE_EDGES} }} ?e ?edge ?p }} }}
              ?p a kg:Person . OPTIONAL {{ ?p rdfs:label ?label }} OPTIONAL {{ ?p kg:region ?region }} }}""",
    ):
        labels[str(r["p"])].append(r["label"])
        regions[str(r["p"])].append(r["region"])
    people = {p: {"label": _first(labels[p]), "region": _first(regions[p])} for p in labels}
    attended: Counter[str] = Counter()
    if all_roles:
        for roster in rosters:
            attended.update(roster)
    else:
        attended.update(
            _count_by(store, "p", f"SELECT DISTINCT ?e ?p WHERE {{ VALUES ?edge {{ {_ROLE_EDGES} }} ?e ?edge ?p }}")
        )
    chaired = Counter(_count_by(store, "p", f"?e <{ROLE_PROPERTIES['chair']}> ?p"))
    kinds = _count_by(store, "kind", f"VALUES (?type ?kind) {{ {_KIND_ROWS} }} ?e a ?type")
    if sum(kinds.values()) != _count(store, "?e a kg:Event"):  # an event of no class or of several
        kinds = _count_by(
            store,
            "kind",
            f"""{{ SELECT ?e (MIN(?k) AS ?kind)
                   WHERE {{ VALUES (?type ?k) {{ {_KIND_ROWS} }} ?e a ?type . ?e a kg:Event }} GROUP BY ?e }}""",
        )
    holdings = _count(store, "?h a kg:PostHolding")
    if holdings != _count(store, "SELECT DISTINCT ?h WHERE { ?h kg:holder ?p }"):
        holdings = _count(store, "?h a kg:PostHolding FILTER EXISTS { ?h kg:holder ?p }")
    return Census(
        counts={
            "persons": _count(store, "?p a kg:Person"),
            "bodies": _count(store, "?b a kg:Body"),
            "events": sum(kinds.values()),
            "participations": records,
            "post_holdings": holdings,
        },
        events_by_type=dict(sorted((kind, n) for kind, n in kinds.items() if n)),
        participations_by_role=dict(sorted((role, n) for role, n in by_edge.items() if n)),
        rosters=rosters,
        people=people,
        attended=attended,
        chaired=chaired,
    )


def affiliation_graph(g: Any) -> nx.Graph:
    """Persons, posts and bodies: ``person —holds→ post —postIn→ body`` from the post holdings.

    Person–post edges carry the ``title`` and the ``first_attested`` /
    ``last_attested`` dates of the documents that state the holding. A holding
    without a named post but with a body links person and body directly
    (``relation="memberOf"``). Nodes carry ``label``, ``type`` (``Person``,
    ``Post``, ``Body``) and ``iri``; bodies also ``kind``.
    """
    store = load_graph(g)
    kinds = {b["body"]: b for b in bodies(store)}
    holdings = post_holdings(store)
    graph = nx.Graph()
    for h in holdings:  # nodes first, in sorted order, so exports are stable
        graph.add_node(h["person"], **_node_attributes("Person", h["person"], h["person_label"]))
    for h in holdings:
        if h["body"]:
            body = kinds.get(h["body"], {})
            graph.add_node(h["body"], **_node_attributes("Body", h["body"], h["body_label"], kind=body.get("kind")))
        if h["post"]:
            label = f"{h['body_label'] or ''}{h['title'] or ''}"
            graph.add_node(h["post"], **_node_attributes("Post", h["post"], label, title=h["title"]))
    for h in holdings:
        spans = {"title": h["title"], "first_attested": h["first_attested"], "last_attested": h["last_attested"]}
        spans = {k: v for k, v in spans.items() if v}
        if h["post"]:
            graph.add_edge(h["person"], h["post"], relation="holds", **spans)
            if h["body"]:
                graph.add_edge(h["post"], h["body"], relation="postIn")
        elif h["body"]:
            graph.add_edge(h["person"], h["body"], relation="memberOf", **spans)
    return graph


def knowledge_network(g: Any) -> nx.Graph:
    """Persons, events, bodies and posts in one graph, for Gephi or Cytoscape: the union of
    :func:`person_event_graph` (``relation="participant"`` with ``roles``), :func:`affiliation_graph`
    and event–organizer edges (``relation="organizer"``). Node ``type`` tells the kinds apart."""
    store = load_graph(g)
    people_events = person_event_graph(store)
    for _, _, data in people_events.edges(data=True):
        data["relation"] = "participant"
    for _, data in people_events.nodes(data=True):
        data.pop("bipartite", None)
    graph = nx.compose(people_events, affiliation_graph(store))
    named = {b["body"]: b for b in bodies(store)}
    happenings = {e["event"]: e for e in events(store)}
    organised = _select(store, "SELECT ?e ?b WHERE { ?e a kg:Event ; kg:organizer ?b . ?b a kg:Body }")
    for row in sorted(organised, key=lambda r: (r["e"], r["b"])):
        if row["e"] not in graph:
            event = happenings.get(row["e"], {})
            graph.add_node(
                row["e"], **_node_attributes("Event", row["e"], event.get("label"), event_type=event.get("type"))
            )
        if row["b"] not in graph:
            body = named.get(row["b"], {})
            graph.add_node(row["b"], **_node_attributes("Body", row["b"], body.get("label"), kind=body.get("kind")))
        graph.add_edge(row["e"], row["b"], relation="organizer")
    return graph


def find_nodes(graph: nx.Graph, label: str) -> list[str]:
    """Nodes whose ``label`` is ``label`` (namesakes of different regions are separate nodes)."""
    return [n for n, data in graph.nodes(data=True) if data.get("label") == label]


# ---------------------------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------------------------


def betweenness(graph: nx.Graph, k: int | None = None, seed: int = 0) -> dict[str, float]:
    """Normalised betweenness centrality: exact up to :data:`EXACT_BETWEENNESS_LIMIT` nodes, else
    estimated from ``k`` (default :data:`BETWEENNESS_SAMPLES`) seeded random sources. Unweighted:
    weights count shared events, which are strengths, not distances.

    The figures are NetworkX's ``betweenness_centrality(graph, k, normalized=True, seed=seed)``:
    the same sources (drawn as NetworkX draws them for an integer seed), the same sums, the same
    rescaling. Only the counting differs: Brandes' algorithm run for a block of sources at once
    with sparse matrix products (:func:`_dependencies`) rather than one Python BFS per source;
    on the CCTV corpus network (1,517 persons, 20,515 pairs) 500 sources take 0.3 s instead of 6.5 s.
    """
    n = graph.number_of_nodes()
    if k is None and n > EXACT_BETWEENNESS_LIMIT:
        k = BETWEENNESS_SAMPLES
    if k is not None and k >= n:
        k = None
    nodes = list(graph)
    sources = nodes if k is None else random.Random(seed).sample(nodes, k)  # NetworkX's draw for an int seed
    if n < 3:  # no pair of other nodes for a path to pass between
        return dict.fromkeys(nodes, 0.0)
    raw = _dependencies(graph, nodes, sources)
    # NetworkX 3.6's rescaling: over the (k or n-1) sources times the n-2 targets that are neither the
    # node nor the source; a sampled source cannot be a source of paths through itself, hence k-1 for it
    pairs = n - 2
    if k is None:
        return {node: float(raw[i]) / ((n - 1) * pairs) for i, node in enumerate(nodes)}
    chosen = set(sources)
    scale_source = 1 / ((k - 1) * pairs) if k > 1 else math.nan
    scale_other = 1 / (k * pairs)
    return {node: float(raw[i]) * (scale_source if node in chosen else scale_other) for i, node in enumerate(nodes)}


#: Matrix cells (nodes × sources) per block of :func:`_dependencies`: a few arrays of this many floats.
_BLOCK_CELLS = 1 << 20


def _dependencies(graph: nx.Graph, nodes: list[str], sources: list[str]) -> Any:
    """For each node v, the sum over ``sources`` s of Brandes' dependency δ_s(v) (v ≠ s), unweighted.

    A block of sources is walked breadth-first together: the path counts σ of the next level are
    one sparse product with the adjacency matrix, and the dependencies are accumulated level by
    level backwards, δ_s(v) = Σ_{w: v→w, d(w) = d(v)+1} σ_s(v)/σ_s(w) · (1 + δ_s(w)), the sum
    NetworkX's ``_accumulate_basic`` makes one source at a time.
    """
    import numpy as np
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    tails, heads = [], []
    for a, b in graph.edges():
        if a != b:  # a loop is never on a shortest path
            tails.append(index[a])
            heads.append(index[b])
    if not graph.is_directed():
        tails, heads = tails + heads, heads + tails
    adjacency = sparse.csr_matrix((np.ones(len(tails)), (tails, heads)), shape=(n, n))
    adjacency.data[:] = 1.0  # a repeated edge is one edge
    forward = adjacency.T.tocsr()
    # a search is over when it has seen the whole component of its source: no product to find nothing new
    component = None if graph.is_directed() else connected_components(adjacency, directed=False)[1]
    component_size = None if component is None else np.bincount(component)
    total = np.zeros(n)
    picked = np.array([index[s] for s in sources], dtype=np.int64)
    block = max(1, _BLOCK_CELLS // n)
    for start in range(0, len(picked), block):
        chunk = picked[start : start + block]
        columns = np.arange(len(chunk))
        sigma = np.zeros((n, len(chunk)))
        distance = np.full((n, len(chunk)), -1, dtype=np.int32)
        sigma[chunk, columns] = 1.0
        distance[chunk, columns] = 0
        frontier = sigma.copy()
        seen = np.ones(len(chunk), dtype=np.int64)
        whole = None if component is None else component_size[component[chunk]]
        level = 0
        while whole is None or (seen < whole).any():
            reach = forward @ frontier  # paths into each node from the nodes of the last level
            new = (reach > 0) & (distance < 0)
            if not new.any():
                break
            level += 1
            distance[new] = level
            frontier = np.where(new, reach, 0.0)
            sigma += frontier
            seen += new.sum(axis=0)
        delta = np.zeros((n, len(chunk)))
        # down to depth 2: what depth 1 would pass on goes to the sources, whose own dependency is not counted
        for depth in range(level, 1, -1):
            at = distance == depth
            coefficient = np.where(at, (1.0 + delta) / np.where(at, sigma, 1.0), 0.0)
            delta += np.where(distance == depth - 1, sigma * (adjacency @ coefficient), 0.0)
        delta[chunk, columns] = 0.0
        total += delta.sum(axis=1)
    return total


def communities(graph: nx.Graph, seed: int = 0, resolution: float = 1.0) -> list[set[str]]:
    """Louvain communities (NetworkX), seeded so reruns agree, largest first (ties by smallest node)."""
    if graph.number_of_edges() == 0:
        return [{n} for n in sorted(graph)]
    found = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    return sorted(found, key=lambda c: (-len(c), min(c)))


#: What a forked worker of :func:`_communities_beside` reads: the graph is inherited, never pickled.
_FORK_INPUT: dict[str, tuple[nx.Graph, int, float]] = {}
#: Below this many pairs Louvain takes less time than starting a worker.
FORK_MIN_EDGES = 20_000


def _forked_communities() -> list[set[str]]:
    return communities(*_FORK_INPUT["louvain"])


@contextmanager
def _communities_beside(graph: nx.Graph, seed: int, resolution: float, jobs: int) -> Iterator[Callable[[], list]]:
    """Louvain started in a forked worker while the caller computes the other measures; yields the
    function that waits for its groups.

    Louvain is NetworkX's pure-Python loop (1.3 s on the CCTV corpus network of 160,000 pairs, as
    long as PageRank and betweenness together), so a second core halves the time of ``kg stats``.
    The worker runs the same seeded algorithm on the same graph: the groups are identical.  Where
    fork is unavailable, or for one job or a small graph, they are computed in turn.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def in_turn() -> list[set[str]]:
        return communities(graph, seed, resolution)

    if jobs < 2 or graph.number_of_edges() < FORK_MIN_EDGES or "fork" not in multiprocessing.get_all_start_methods():
        yield in_turn
        return
    _FORK_INPUT["louvain"] = (graph, seed, resolution)
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            pending = pool.submit(_forked_communities)

            def wait() -> list[set[str]]:
                try:
                    return pending.result()
                except BrokenProcessPool:  # the worker died (killed, out of memory): do the work here
                    return in_turn()

            yield wait
    finally:
        _FORK_INPUT.clear()


def centrality_table(
    graph: nx.Graph,
    k: int | None = None,
    seed: int = 0,
    resolution: float = 1.0,
    groups: Sequence[set[str]] | None = None,
    jobs: int = 1,
) -> list[dict[str, Any]]:
    """The measures researchers cite, one row per node, most central first.

    ``degree`` (distinct co-attendees), ``weighted_degree`` (sum of shared
    events), ``pagerank`` (weighted; needs scipy, as NetworkX's PageRank does),
    ``betweenness`` (see :func:`betweenness`) and ``community`` (index into
    :func:`communities`, 0 = largest). Rows are ordered by weighted degree,
    then PageRank, then label. ``groups``: the communities when the caller has
    them already (``communities(graph, seed, resolution)``; Louvain is the
    dearest measure). ``jobs`` > 1: Louvain runs in a forked process beside PageRank and
    betweenness (same groups, on Linux; see :func:`_communities_beside`).
    """
    if graph.number_of_nodes() == 0:
        return []
    with _communities_beside(graph, seed, resolution, jobs if groups is None else 1) as louvain:
        try:
            rank = nx.pagerank(graph, weight="weight")
        except ImportError as error:
            raise ImportError(f"PageRank needs scipy (pip install scipy): {error}") from None
        between = betweenness(graph, k=k, seed=seed)
        if groups is None:
            groups = louvain()
    community_of = {n: i for i, members in enumerate(groups) for n in members}
    weighted = dict(graph.degree(weight="weight"))
    rows = [
        {
            "node": n,
            "id": short_iri(n),
            "label": data.get("label"),
            "region": data.get("region"),
            "events": data.get("events"),
            "degree": graph.degree(n),
            "weighted_degree": weighted[n],
            "pagerank": round(rank[n], 6),
            "betweenness": round(between[n], 6),
            "community": community_of[n],
        }
        for n, data in graph.nodes(data=True)
    ]
    rows.sort(key=lambda r: (-r["weighted_degree"], -r["pagerank"], r["label"] or "", r["node"]))
    return rows


def top_pairs(graph: nx.Graph, n: int | None = 10) -> list[dict[str, Any]]:
    """Pairs who appear together most often: rows ``a``, ``a_label``, ``b``, ``b_label``, ``events``.

    The first ``n`` are picked with a heap (what ``sorted(...)[:n]`` gives): the corpus network has
    20,000 pairs, and a row for each costs more than the measures of ``kg stats``.
    """
    labels = dict(graph.nodes(data="label"))

    def key(edge: tuple[str, str, Any]) -> tuple[Any, ...]:
        a, b, events = edge
        return (-events, labels[a] or "", labels[b] or "", a, b)

    edges = ((a, b, weight) for a, b, weight in graph.edges(data="weight", default=1))
    chosen = sorted(edges, key=key) if n is None else heapq.nsmallest(n, edges, key=key)
    return [{"a": a, "a_label": labels[a], "b": b, "b_label": labels[b], "events": events} for a, b, events in chosen]


def co_chair_pairs(g: Any, n: int | None = None) -> list[dict[str, Any]]:
    """Pairs who chaired the same events (joint sessions, co-chaired forums), most frequent first."""
    return top_pairs(co_attendance(g, roles={"chair"}), n)


def top_chairs(g: Any, n: int | None = 10) -> list[dict[str, Any]]:
    """Who chairs most: rows ``person``, ``label``, ``region``, ``chaired``, ``events`` (all roles)."""
    rows = [{k: p[k] for k in ("person", "label", "region", "chaired", "events")} for p in persons(g) if p["chaired"]]
    rows.sort(key=lambda r: (-r["chaired"], -r["events"], r["label"] or "", r["person"]))
    return rows if n is None else rows[:n]


def body_roster(g: Any, body: str) -> list[dict[str, Any]]:
    """A body's roster over time from its post holdings: one row per holding and attestation date
    (``date``, ``person``, ``person_label``, ``title``, ``holding``), in date order.

    The dates are the publication dates of the documents that state the holding;
    for documents without one, the ``first_attested`` / ``last_attested`` span
    the build derived (from the dated events they report). A holding with no
    date at all appears once with ``date`` None, last. ``body`` is the body's
    IRI, prefixed id, canonical label or an alias.
    """
    store = load_graph(g)
    matches = {
        b["body"]
        for b in bodies(store)
        if body in (b["body"], b["id"], b["label"]) or body in (b["aliases"] or "").split(";")
    }
    if not matches:
        raise KeyError(f"no body named {body!r} in the graph")
    rows = []
    for h in post_holdings(store):
        if h["body"] not in matches:
            continue
        base = {"person": h["person"], "person_label": h["person_label"], "title": h["title"], "holding": h["holding"]}
        dates = set(h["attested"].split(";")) if h["attested"] else {h["first_attested"], h["last_attested"]} - {None}
        rows.extend({"date": day, **base} for day in sorted(dates) or [None])
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["person_label"] or "", r["title"] or ""))
    return rows


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------


def _exportable(graph: nx.Graph) -> nx.Graph:
    """A copy whose attribute values GraphML/GEXF can hold: tuples joined by ``;``, None dropped."""

    def clean(data: Mapping[str, Any]) -> dict[str, Any]:
        out = {}
        for key, value in data.items():
            if value is None:
                continue
            if isinstance(value, list | tuple | set | frozenset):
                value = ";".join(sorted(map(str, value)) if isinstance(value, set | frozenset) else map(str, value))
            out[key] = value
        return out

    copy = graph.__class__()
    copy.graph.update(clean(graph.graph))
    copy.add_nodes_from((n, clean(d)) for n, d in graph.nodes(data=True))
    copy.add_edges_from((a, b, clean(d)) for a, b, d in graph.edges(data=True))
    return copy


def write_network(graph: nx.Graph, path: str | os.PathLike[str]) -> Path:
    """Write ``graph`` as GraphML (``.graphml``) or GEXF (``.gexf``) for Gephi or Cytoscape, atomically.

    Node ids are the IRIs; ``label``, ``type`` and ``iri`` travel as attributes.
    GraphML output depends only on the graph (NetworkX writes nodes and edges in
    insertion order, which the builders here keep sorted); GEXF carries the
    writing day in its ``lastmodifieddate``, as the format asks.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    exportable = _exportable(graph)
    out = io.BytesIO()
    if suffix == ".graphml":
        nx.write_graphml(exportable, out, encoding="utf-8", prettyprint=True)
    elif suffix == ".gexf":
        nx.write_gexf(exportable, out, encoding="utf-8", prettyprint=True)
    else:
        raise ValueError(f"{path}: unsupported network file extension (use .graphml or .gexf)")
    _atomic_write(target, out.getvalue())
    return target


# ---------------------------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------------------------

#: CJK families tried, in order, among fonts installed on the system.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "Droid Sans Fallback",
    "AR PL UMing CN",
)


@dataclass(frozen=True, slots=True)
class CjkFont:
    family: str
    path: str


def use_cjk_font() -> CjkFont:
    """Make matplotlib draw Chinese text with a font that has the glyphs, and say which one.

    The font shipped by the ``mplfonts`` package (Noto Sans CJK SC, installed
    with the ``notebooks`` and ``test`` extras) is preferred, so figures look
    the same on every machine; otherwise the first installed family of
    :data:`CJK_FAMILIES`. Raises ``RuntimeError`` when none is available rather
    than drawing boxes.
    """
    import matplotlib
    from matplotlib import font_manager

    candidates: list[str] = []
    try:
        import mplfonts

        folder = Path(mplfonts.__file__).parent / "fonts"
        candidates += [str(p) for p in sorted(folder.glob("NotoSansCJK*.otf")) if "Mono" not in p.name]
    except ImportError:
        pass
    installed = {f.name: f.fname for f in font_manager.fontManager.ttflist}
    candidates += [installed[name] for name in CJK_FAMILIES if name in installed]
    for path in candidates:
        if not _covers(path, "王志主任会议"):
            continue
        font_manager.fontManager.addfont(path)
        family = font_manager.FontProperties(fname=path).get_name()
        matplotlib.rcParams["font.family"] = "sans-serif"
        sans = [f for f in matplotlib.rcParams["font.sans-serif"] if f != family]
        matplotlib.rcParams["font.sans-serif"] = [family, *sans]
        matplotlib.rcParams["axes.unicode_minus"] = False
        return CjkFont(family, path)
    raise RuntimeError("no font with Chinese glyphs found: pip install mplfonts (or install fonts-noto-cjk)")


def _covers(path: str, text: str) -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        font = FT2Font(path)
    except (OSError, RuntimeError):
        return False
    return all(font.get_char_index(ord(ch)) for ch in text)


def component_layout(graph: nx.Graph, gap: float = 1.0) -> dict[str, tuple[float, float]]:
    """Positions that keep each connected component apart and its labels readable.

    Each component gets a Kamada–Kawai layout (cliques of co-attendees come out
    as rings rather than a pile), scaled with the square root of its size;
    components are packed in rows, largest first. Deterministic: no random start.
    """
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    placed: list[tuple[dict[str, tuple[float, float]], float]] = []
    for part in parts:
        sub = graph.subgraph(sorted(part))
        size = len(part) ** 0.5
        local = {n: (0.0, 0.0) for n in sub} if len(part) == 1 else nx.kamada_kawai_layout(sub, weight=None)
        placed.append(
            ({n: (0.75 * float(x) * size, 0.75 * float(y) * size) for n, (x, y) in local.items()}, max(size, 0.5))
        )
    row_width = max(2 * max((r for _, r in placed), default=1.0), (sum((2 * r) ** 2 for _, r in placed)) ** 0.5 * 1.3)
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for local, radius in placed:
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        for node, (px, py) in local.items():
            positions[node] = (x + radius + px, y - radius + py)
        x += 2 * radius + gap
        row_height = max(row_height, 2 * radius)
    return positions


def top_subgraph(graph: nx.Graph, n: int = 40) -> nx.Graph:
    """The ``n`` most connected nodes (by weighted degree, then label) and the edges among them.

    A corpus-sized co-attendance network has thousands of persons: drawn whole it
    is a hairball, while the top of it shows who meets whom most.
    """
    strength = dict(graph.degree(weight="weight"))
    ranked = sorted(graph, key=lambda node: (-strength[node], str(graph.nodes[node].get("label", node))))
    top = graph.subgraph(ranked[:n]).copy()
    return top.subgraph(node for node in top if top.degree(node) > 0).copy()


def draw_network(
    graph: nx.Graph,
    ax: Axes | None = None,
    *,
    groups: Sequence[Iterable[str]] | None = None,
    label_top: int | None = None,
    title: str | None = None,
) -> Axes:
    """Draw a weighted person graph with Chinese labels: node size by weighted degree, edge width by
    weight, colour by community (``groups``, e.g. from :func:`communities`), components apart
    (:func:`component_layout`). ``label_top`` labels only the most connected nodes. Returns the Axes:
    its texts are the labels, its collections the nodes and edges."""
    import matplotlib.pyplot as plt

    font = use_cjk_font()
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 8))
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        return ax
    layout = component_layout(graph)
    strength = dict(graph.degree(weight="weight"))
    palette = plt.get_cmap("tab10")
    colour_of = {}
    for index, members in enumerate(groups or [list(graph)]):
        for node in members:
            colour_of[node] = palette(index % 10)
    nodes = list(graph)
    # sizes and widths relative to the largest, so a corpus-sized network draws like the sample
    strongest = max(strength.values()) or 1
    heaviest = max((d.get("weight", 1) for _, _, d in graph.edges(data=True)), default=1) or 1
    nx.draw_networkx_edges(
        graph,
        layout,
        ax=ax,
        width=[0.5 + 3.0 * d.get("weight", 1) / heaviest for _, _, d in graph.edges(data=True)],
        edge_color="#9a9a9a",
        alpha=0.55,
    )
    nx.draw_networkx_nodes(
        graph,
        layout,
        ax=ax,
        nodelist=nodes,
        node_size=[60 + 540 * strength[n] / strongest for n in nodes],
        node_color=[colour_of.get(n, "#cccccc") for n in nodes],
        edgecolors="white",
        linewidths=0.8,
    )
    ranked = sorted(nodes, key=lambda n: (-strength[n], graph.nodes[n].get("label", n)))
    shown = ranked if label_top is None else ranked[:label_top]
    nx.draw_networkx_labels(
        graph,
        layout,
        ax=ax,
        labels={n: graph.nodes[n].get("label", n) for n in shown},
        font_family=font.family,
        font_size=10,
        verticalalignment="bottom",
        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.75},
    )
    if title:
        ax.set_title(title, fontfamily=font.family)
    ax.margins(0.06)
    return ax
