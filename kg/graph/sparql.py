"""SPARQL over the graph: the named queries shipped in ``kg/queries/*.rq``, safe parameter binding,
and running a query on the embedded store, a graph file or a remote SPARQL endpoint.

A named query is a plain, runnable ``.rq`` file whose header says what it answers
and which parameters it takes::

    # summary: Who took part in an event, in which roles ...
    # argument: event match  The event: its IRI, or part of its name.
    # option: from date  Only events on or after this day, YYYY-MM-DD.

and whose ``WHERE`` block starts with a ``VALUES`` row of ``UNDEF`` for those
parameters (a ``match`` parameter ``x`` is the pair ``?x ?xText``). Binding a
parameter replaces ``UNDEF`` with an RDF term *serialised by Oxigraph*
(``pyoxigraph.NamedNode`` validates IRIs, ``pyoxigraph.Literal`` escapes
strings), never with the user's raw text, so no input can change the query's
structure. The same bound text runs on the embedded store and on any SPARQL 1.1
endpoint, with the same answers.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from itertools import product

import pyoxigraph as ox

from kg.graph.prefixes import PREFIXES, RDFS_LABEL, SKOS_ALT_LABEL, XSD_DATE

_XSD_STRING = PREFIXES["xsd"] + "string"
_HEADER = re.compile(r"^#\s*(summary|argument|option):\s*(.*)$")
_PARAMETER = re.compile(r"^(\S+)\s+(match|date|text)\s+(.*)$")


Results = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
#: Answers a SPARQL query on some graph (the embedded store, a file, an endpoint).
Runner = Callable[[str], Results]


class QueryError(ValueError):
    """A query that cannot be parsed, bound or answered; the message is one line."""


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    kind: str  # match (IRI or name part) | date (YYYY-MM-DD) | text
    help: str
    required: bool

    @property
    def variables(self) -> tuple[str, ...]:
        return (self.name, f"{self.name}Text") if self.kind == "match" else (self.name,)


Term = ox.NamedNode | ox.BlankNode | ox.Literal
BoundTerm = ox.NamedNode | ox.Literal | None

#: ``kg evidence`` reads a part per resource (see :func:`evidence_part`) for a name matching at most this many.
SEPARATE_LIMIT = 16


def _solutions(results: Results, name: str) -> ox.QuerySolutions:
    if not isinstance(results, ox.QuerySolutions):
        raise QueryError(f"{name}: the query did not return solutions")
    return results


@dataclass(frozen=True, slots=True)
class Answer:
    """Rows of a named query: variable names, rows of terms (``None`` where unbound), and how many rows exist."""

    names: list[str]
    rows: list[list[Term | None]]
    total: int

    def to_json(self) -> bytes:
        """The rows as a SPARQL 1.1 Query Results JSON document (Oxigraph serialises it into any results format)."""
        bindings = [
            {name: _json_term(term) for name, term in zip(self.names, row, strict=True) if term is not None}
            for row in self.rows
        ]
        return json.dumps({"head": {"vars": self.names}, "results": {"bindings": bindings}}).encode("utf-8")

    def serialize(self, fmt: ox.QueryResultsFormat) -> bytes:
        """The rows in a SPARQL results format, byte for byte what Oxigraph writes for the same solutions."""
        parsed = ox.parse_query_results(self.to_json(), format=ox.QueryResultsFormat.JSON)
        return parsed.serialize(format=fmt)


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if term.language:
        return {"type": "literal", "value": term.value, "xml:lang": term.language}
    if term.datatype.value != _XSD_STRING:
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    return {"type": "literal", "value": term.value}


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    summary: str
    text: str
    parameters: tuple[Parameter, ...]

    def bind(self, values: Mapping[str, str | None], run: Runner | None = None) -> str:
        """The query text with ``values`` (parameter name -> user text) bound.

        With ``run`` (a function answering SPARQL on the same graph), a name given
        for a ``match`` parameter is first looked up by exact label through the
        store's indexes (see :func:`find`) and the query is bound to the IRIs found,
        so a named query never scans every label when the name is known. Without
        ``run`` the name is bound as text and the query's own substring filter applies.
        """
        return bind_values(self.text, self.variables, self.options(values, run))

    @property
    def variables(self) -> list[str]:
        """Every parameter variable, in the order of the header."""
        return [v for p in self.parameters for v in p.variables]

    def options(self, values: Mapping[str, str | None], run: Runner | None = None) -> dict[str, list[BoundTerm]]:
        """The terms each parameter variable may take (see :meth:`bind`); a variable left out stays unbound."""
        options: dict[str, list[BoundTerm]] = {}
        for parameter in self.parameters:
            value = values.get(parameter.name)
            if value is None or value == "":
                if parameter.required:
                    raise QueryError(f"{self.name}: missing {parameter.name}")
                continue
            terms = parameter_terms(parameter, value)
            if run is not None and f"{parameter.name}Text" in terms:
                options[parameter.name] = list(find(run, value, self.class_of(parameter)))
                continue
            for variable, term in terms.items():
                options[variable] = [term]
        return options

    def answer(self, values: Mapping[str, str | None], run: Runner, limit: int | None = None) -> Answer:
        """The query's rows for ``values``, ordered as its ``ORDER BY`` says, at most ``limit`` of them.

        Names are looked up first (:meth:`options`: one index lookup for an exact
        name) and bound as ``VALUES`` rows. The final ``ORDER BY`` is applied here
        rather than by the store (see :func:`split_order`): the rows and their
        order are those of the ``.rq`` file run as it is, whatever the runner
        (store, file, endpoint).

        ``limit`` (``kg evidence --limit``; None or 0: every row) keeps the first
        rows in that order; ``total`` still says how many there are. For
        ``evidence`` only a part is read when there are more (see :func:`evidence_part`).
        """
        options = self.options(values, run)
        text, keys, hidden = split_order(bind_values(self.text, self.variables, options))
        total: int | None = None
        names: list[str] = []
        table: list[list[Term | None]] = []
        subjects = options.get("subject", [])
        if self.name == "evidence" and limit and 0 < len(subjects) <= SEPARATE_LIMIT:
            parts = [(subject, *evidence_part(run, subject, limit)) for subject in subjects]
            total = sum(count for _, count, _, _ in parts)
            if total > limit:
                few = [subject for subject, count, _, _ in parts if count <= limit]
                for _, count, part_names, found in parts:
                    if count > limit:
                        names, table = part_names, table + found
                if few:
                    rest = split_order(bind_values(self.text, self.variables, {**options, "subject": few}))[0]
                    table += rows(_solutions(run(rest), self.name))[1]
        if not names:
            names, table = rows(_solutions(run(text), self.name))
            total = None  # every row was read: count them
        table = sort_rows(names, table, keys)
        if hidden:
            kept = [i for i, n in enumerate(names) if n not in hidden]
            names, table = [names[i] for i in kept], [[row[i] for i in kept] for row in table]
        if total is None:
            total = len(table)
        if limit is not None and limit > 0:
            table = table[:limit]
        return Answer(names, table, total)

    def parameter_kind(self, variable: str) -> str | None:
        """``match``, ``date`` or ``text`` for a parameter variable, None for the ``…Text`` half of a match."""
        return next((p.kind for p in self.parameters if p.name == variable), None)

    @property
    def projected(self) -> set[str]:
        """The variables the query's SELECT clause projects."""
        code = _blank(self.text)
        select = _SELECT.search(code)
        where = re.compile(r"\bWHERE\b|\{", re.IGNORECASE).search(code, select.end()) if select else None
        if select is None or where is None:
            return set()
        found = _projected(code[select.end() : where.start()])
        return set(self.variables) if found is None else found

    def class_of(self, parameter: Parameter) -> str | None:
        """The class a ``match`` parameter's resource has in the query (``?person a kg:Person``)."""
        typed = re.search(rf"\?{re.escape(parameter.name)}\s+a\s+kg:(\w+)", self.text)
        return PREFIXES["kg"] + typed.group(1) if typed else None


def parameter_terms(parameter: Parameter, value: str) -> dict[str, ox.NamedNode | ox.Literal]:
    """The RDF term(s) a user's value stands for."""
    if parameter.kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"--{parameter.name}: {value!r} is not a date (YYYY-MM-DD)") from None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise QueryError(f"--{parameter.name}: {value!r} is not a date (YYYY-MM-DD)")
        return {parameter.name: ox.Literal(value, datatype=ox.NamedNode(XSD_DATE))}
    if parameter.kind == "match":
        iri = expand_iri(value)
        if iri is not None:
            try:
                return {parameter.name: ox.NamedNode(iri)}
            except ValueError as error:
                raise QueryError(f"{parameter.name}: {value!r} is not a valid IRI ({error})") from None
        return {f"{parameter.name}Text": ox.Literal(value)}
    return {parameter.name: ox.Literal(value)}


def expand_iri(value: str) -> str | None:
    """``<...>``, ``http(s)://...`` or a known prefixed name (``person:8af3…``) as an IRI, else None."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    if re.match(r"^https?://", value):
        return value
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and local and re.fullmatch(r"[\w.-]+", local):
        return PREFIXES[prefix] + local
    return None


# ---------------------------------------------------------------------------------------------
# Finding resources by name: exact label first (an index lookup), substring only as a fallback
# ---------------------------------------------------------------------------------------------

#: At most this many resources answer one name (a one-character name can match thousands).
MATCH_LIMIT = 2000

_PINYIN_LANGUAGE = "zh-latn-pinyin"


def name_forms(text: str) -> list[ox.Literal]:
    """The literals an exact label lookup tries for a user's name.

    Labels are ``@zh`` (so a plain ``"王志"`` never equals ``"王志"@zh`` in SPARQL);
    pinyin labels are ``@zh-latn-pinyin`` with each word capitalised (``Li Qiang``),
    so ``li  qiang`` is tried as ``Li Qiang`` too.
    """
    text = " ".join(text.split())
    forms = [ox.Literal(text, language="zh"), ox.Literal(text)]
    if text.isascii():
        capitalised = " ".join(word[:1].upper() + word[1:].lower() for word in text.split(" "))
        forms.append(ox.Literal(capitalised, language=_PINYIN_LANGUAGE))
    return forms


def find(run: Runner, text: str, class_iri: str | None = None, limit: int = MATCH_LIMIT) -> list[ox.NamedNode]:
    """The resources (of ``class_iri``) labelled ``text``; if there are none, those whose label contains it.

    The exact lookup is answered from the object index in a few milliseconds on
    any store size; the substring scan reads every label and is used only when
    nothing has exactly this name (part of a name, another wording of an event).
    Labels and aliases (``skos:altLabel``, where pinyin and other wordings live)
    both count. Case is ignored for the substring scan (``li qiang``).
    """
    typed = f"?x a <{class_iri}> ." if class_iri else ""
    values = " ".join(str(form) for form in name_forms(text))
    exact = (
        "SELECT DISTINCT ?x WHERE { "
        f"VALUES ?label {{ {values} }} ?x <{RDFS_LABEL}>|<{SKOS_ALT_LABEL}> ?label . {typed} FILTER(isIRI(?x)) }} "
        f"LIMIT {limit}"
    )
    found = _iris(run(exact))
    if found:
        return found
    needle = " ".join(text.split()).lower()
    # Han characters have no case: LCASE, which copies every label, is needed only for a needle with letters
    label = "LCASE(STR(?label))" if needle.upper() != needle or not needle.isprintable() else "STR(?label)"
    test = f"isIRI(?x) && CONTAINS({label}, {ox.Literal(needle)})"
    contains = (
        f"SELECT DISTINCT ?x WHERE {{ {typed} {{ ?x <{RDFS_LABEL}> ?label }} UNION {{ ?x <{SKOS_ALT_LABEL}> ?label }} "
        f"FILTER({test}) }} LIMIT {limit}"
    )
    if class_iri is None:
        return _iris(run(contains))
    # Why: looked up resource by resource, the labels of a class cost an index seek each (~10 µs; 6,800
    # events: ~200 ms); the resources of the class and all labels read in two passes and joined in memory
    # (sub-SELECTs are hash-joined) cost a quarter of that. The test names ?class, bound on the class side
    # only, so that it is applied after the join, to the labels of the class alone.
    joined = (
        f"SELECT DISTINCT ?x WHERE {{ {{ SELECT ?x ?class WHERE {{ VALUES ?class {{ <{class_iri}> }} ?x a ?class }} }} "
        f"{{ SELECT ?x ?label WHERE {{ {{ ?x <{RDFS_LABEL}> ?label }} UNION {{ ?x <{SKOS_ALT_LABEL}> ?label }} }} }} "
        f"FILTER(IF(sameTerm(?class, <{class_iri}>), {test}, false)) }} LIMIT {limit + 1}"
    )
    found = _iris(run(joined))
    if len(found) <= limit:
        return found
    # more than ``limit`` match: the ``limit`` kept are the first in the store's order of the class, as before
    return _iris(run(contains))


def _iris(results: Results) -> list[ox.NamedNode]:
    if not isinstance(results, ox.QuerySolutions):
        raise QueryError("a name lookup did not return solutions")
    return sorted({s["x"] for s in results if isinstance(s["x"], ox.NamedNode)}, key=lambda n: n.value)


_VALUES_BLOCK = re.compile(r"VALUES\s*\(([^)]*)\)\s*\{\s*\(([^)]*)\)\s*\}")


def bind_values(query: str, variables: list[str], options: Mapping[str, list[ox.NamedNode | ox.Literal | None]]) -> str:
    """Fill the query's parameter rows ``VALUES (?a ?b) { (UNDEF UNDEF) }`` from ``options``.

    ``options`` maps a variable to the terms it may take (``None``: unbound); a
    block gets one row per combination, and no row at all when a variable may
    take no term (a name nothing matches), so the query answers nothing. Every
    parameter variable must appear in a block; a block may be repeated (the same
    variables, e.g. inside each branch of a UNION, so that each branch starts
    from the bound resource) and every copy is filled alike.
    """
    wanted = {f"?{v}" for v in variables}
    seen: set[str] = set()
    blocks: set[tuple[str, ...]] = set()
    pieces: list[str] = []
    last = 0
    for match in _VALUES_BLOCK.finditer(query):
        declared = match.group(1).split()
        if not declared or not set(declared) <= wanted:
            continue
        if seen & set(declared) and tuple(declared) not in blocks:
            raise QueryError(f"parameter rows overlap: VALUES ({' '.join(declared)})")
        seen |= set(declared)
        blocks.add(tuple(declared))
        choices = [options.get(v[1:], [None]) for v in declared]
        rows = " ".join(
            "(" + " ".join("UNDEF" if term is None else str(term) for term in combination) + ")"
            for combination in product(*choices)
        )
        pieces += [query[last : match.start()], f"VALUES ({' '.join(declared)}) {{ {rows} }}"]
        last = match.end()
    if seen != wanted:
        missing = " ".join(sorted(wanted - seen))
        raise QueryError(f"query has no parameter row VALUES (...) {{ (UNDEF ...) }} for {missing}")
    return "".join([*pieces, query[last:]])


def inline_terms(query: str, terms: Mapping[str, BoundTerm]) -> str | None:
    """``query`` with each variable of ``terms`` replaced by its term (an IRI), or None if that cannot be done safely.

    The ``VALUES`` parameter rows of those variables must be all ``UNDEF`` apart
    from them (they are removed); in the SELECT clause ``?v`` becomes
    ``(<iri> AS ?v)``, so the answer still names the resource; ``GROUP BY`` drops
    it (a constant splits no group) but must keep another key; a variable that
    is assigned (``AS ?v``) or tested with ``BOUND`` stays a variable (None).
    Terms are serialised by Oxigraph (``NamedNode`` validates IRIs), never
    pasted from user text.
    """
    fixed = {v: t for v, t in terms.items() if t is not None}
    if not fixed:
        return query
    if any(not isinstance(t, ox.NamedNode) for t in fixed.values()):
        return None
    code = _blank(query)
    names = "|".join(re.escape(v) for v in fixed)
    if re.search(rf"\bAS\s+[?$]({names})\b|\bBOUND\s*\(\s*[?$]({names})\b", code, re.IGNORECASE):
        return None
    select = _SELECT.search(code)
    where = re.compile(r"\bWHERE\b|\{", re.IGNORECASE).search(code, select.end()) if select else None
    if select is None or where is None:
        return None
    pieces: list[str] = []
    last = 0
    for block in _VALUES_BLOCK.finditer(code):
        declared = [v[1:] for v in block.group(1).split()]
        if not set(declared) & set(fixed):
            continue
        row = query[block.start(2) : block.end(2)].split()
        if any(v not in fixed and cell != "UNDEF" for v, cell in zip(declared, row, strict=False)):
            return None
        pieces += [query[last : block.start()]]
        last = block.end()
    pieces.append(query[last:])
    query = "".join(pieces)
    code = _blank(query)
    select = _SELECT.search(code)
    where = re.compile(r"\bWHERE\b|\{", re.IGNORECASE).search(code, select.end()) if select else None
    group = re.search(r"\bGROUP\s+BY\b(.*?)(?=\bHAVING\b|\bORDER\b|\bLIMIT\b|\bOFFSET\b|$)", code, re.I | re.S)
    assert select is not None and where is not None
    variable = re.compile(rf"[?$]({names})\b")

    def projection(text: str) -> str:
        depth, out, last = 0, [], 0
        for match in re.finditer(rf"\(|\)|[?$]({names})\b", _blank(text)):
            token = match.group(0)
            if token == "(":
                depth += 1
                continue
            if token == ")":
                depth -= 1
                continue
            term = str(fixed[match.group(1)])
            out += [text[last : match.start()], f"({term} AS ?{match.group(1)})" if depth == 0 else term]
            last = match.end()
        return "".join([*out, text[last:]])

    body_end = group.start() if group else len(query)
    body = _drop_from_subqueries(query[where.start() : body_end], variable)
    if body is None:
        return None
    body = _replace_in_code(body, variable, lambda m: str(fixed[m.group(1)]))
    tail = query[body_end:]
    if group:
        keys = variable.sub("", group.group(1))
        if not keys.strip():
            return None  # without a key left, GROUP BY would go and an empty answer would become one row
        tail = "GROUP BY" + keys + query[group.end() :]
    return query[: select.end()] + projection(query[select.end() : where.start()]) + body + tail


def _replace_in_code(text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> str:
    """``pattern`` replaced where it matches code, never inside a literal, an IRI or a comment."""
    pieces, last = [], 0
    for match in pattern.finditer(_blank(text)):
        pieces += [text[last : match.start()], replace(match)]
        last = match.end()
    return "".join([*pieces, text[last:]])


def _drop_from_subqueries(body: str, variable: re.Pattern[str]) -> str | None:
    """``body`` with the inlined variables taken out of the projections and GROUP BY of its sub-SELECTs.

    A sub-SELECT then reads the constant where it reads the variable, and the
    outer query still joins nothing on it (it is a constant there too).
    """
    code = _blank(body)
    edits: list[tuple[int, int, str]] = []
    for select in _SELECT.finditer(code):
        where = re.compile(r"\bWHERE\b|\{", re.IGNORECASE).search(code, select.end())
        if where is None:
            return None
        projection = body[select.end() : where.start()]
        kept = _at_depth_zero(projection, variable)
        if kept is None:
            return None
        edits.append((select.end(), where.start(), kept))
    for group in re.finditer(r"\bGROUP\s+BY\b([^}\n]*)", code, re.IGNORECASE):
        keys = _replace_in_code(body[group.start(1) : group.end(1)], variable, lambda m: "")
        if not keys.strip():
            return None
        edits.append((group.start(1), group.end(1), keys))
    for start, end, text in sorted(edits, reverse=True):
        body = body[:start] + text + body[end:]
    return body


def _at_depth_zero(projection: str, variable: re.Pattern[str]) -> str | None:
    """A projection without the variables ``variable`` matches outside parentheses (None if nothing is left)."""
    depth, out, last = 0, [], 0
    for match in re.finditer(rf"\(|\)|{variable.pattern}", _blank(projection)):
        token = match.group(0)
        if token in "()":
            depth += 1 if token == "(" else -1
        elif depth == 0:
            out.append(projection[last : match.start()])
            last = match.end()
    out.append(projection[last:])
    kept = "".join(out)
    return kept if kept.strip() else None


# ---------------------------------------------------------------------------------------------
# A part of a long answer: kg evidence --limit
# ---------------------------------------------------------------------------------------------

_EVIDENCE_BRANCHES = (
    (
        "participation",
        "?fact kg:agent ?subject ; kg:event ?other ; kg:role ?roleConcept ; kg:mention ?mention .\n"
        "      ?other rdfs:label ?otherName .",
    ),
    (
        "participant",
        "?fact kg:event ?subject ; kg:agent ?other ; kg:role ?roleConcept ; kg:mention ?mention .\n"
        "      ?other rdfs:label ?otherName .",
    ),
    (
        "post",
        "?fact kg:holder ?subject ; kg:title ?title ; kg:mention ?mention .\n"
        "      OPTIONAL { ?fact kg:organization ?other }\n"
        "      OPTIONAL { ?fact kg:organization/rdfs:label ?otherName }",
    ),
    ("mention", "?subject kg:mention ?mention ."),
)
_EVIDENCE_PREFIXES = """PREFIX kg: <https://w3id.org/zhgov-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

#: How many rows ``kg/queries/evidence.rq`` gives: one per fact (or bare mention of the name) and mention, as
#: it joins them, each fact having the one event, agent, role or title the shapes require (tests check the count).
EVIDENCE_COUNT = (
    _EVIDENCE_PREFIXES
    + """SELECT (COUNT(DISTINCT *) AS ?rows) WHERE {
  VALUES (?subject ?subjectText) { (UNDEF UNDEF) }
  ?subject rdfs:label ?name .
  { ?fact kg:agent ?subject ; kg:mention ?mention }
  UNION { ?fact kg:event ?subject ; kg:mention ?mention }
  UNION { ?fact kg:holder ?subject ; kg:mention ?mention }
  UNION { ?subject kg:mention ?mention }
}
"""
)

#: ``kg/queries/evidence.rq`` reading at most LIMIT facts of each kind (sub-SELECTs stop early), for a part of it.
EVIDENCE_PART = (
    _EVIDENCE_PREFIXES
    + """SELECT DISTINCT ?subject ?name ?kind ?fact ?role ?title ?other ?otherName
       ?file ?begin ?end ?anchor ?sentence ?sentenceBegin ?sentenceEnd ?published ?document
WHERE {
  VALUES (?subject ?subjectText) { (UNDEF UNDEF) }
  ?subject rdfs:label ?name .
  """
    + "\n  UNION ".join(
        "{\n    SELECT ?kind ?fact ?roleConcept ?title ?other ?otherName ?mention ?document ?begin ?end ?anchor ?file"
        f"\n    WHERE {{\n      {pattern}\n"
        "      ?mention kg:document ?document ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?anchor .\n"
        f'      ?document kg:sourceFile ?file .\n      BIND("{kind}" AS ?kind)\n    }}\n    LIMIT %(limit)d\n  }}'
        for kind, pattern in _EVIDENCE_BRANCHES
    )
    + """
  OPTIONAL { ?document dcterms:date ?published }
  OPTIONAL { ?mention kg:evidence ?sentence }
  OPTIONAL { ?mention kg:sentenceBeginIndex ?sentenceBegin }
  OPTIONAL { ?mention kg:sentenceEndIndex ?sentenceEnd }
  BIND(IF(?roleConcept = kg:ChairRole, "chair", IF(?roleConcept = kg:LeaderRole, "leader",
       IF(?roleConcept = kg:SpeakerRole, "speaker", IF(?roleConcept = kg:AttendeeRole, "attendee",
       IF(?roleConcept = kg:NonVotingAttendeeRole, "nonvoting", IF(?roleConcept = kg:ElectedRole, "elected", ?none))))))
       AS ?role)
}
"""
)


def evidence_part(run: Runner, subject: ox.NamedNode, limit: int) -> tuple[int, list[str], list[list[Term | None]]]:
    """How many rows ``kg evidence`` has for ``subject``, and some of them when there are more than ``limit``.

    Why: a national leader has ~21,000 (14,600 mentions of the name, 4,400 of
    his posts, 2,200 of his events); each needs ~10 index lookups, seconds in
    all. The count reads only the facts (~50 ms). With more rows than
    ``limit``, each kind of fact is read up to ``limit`` times, in the order the
    store keeps them, and the caller keeps the first ``limit`` of those in the
    query's order: rows of the full answer, never all of it. An empty list of
    rows means: there are no more than ``limit``, ask the whole query.
    """
    count = inline_terms(EVIDENCE_COUNT, {"subject": subject})
    part = inline_terms(EVIDENCE_PART % {"limit": limit}, {"subject": subject})
    assert count is not None and part is not None
    solutions = _solutions(run(count), "evidence")
    total = int(next(iter(solutions))["rows"].value)
    if total <= limit:
        return total, [], []
    names, table = rows(_solutions(run(part), "evidence"))
    return total, names, table


# ---------------------------------------------------------------------------------------------
# ORDER BY, evaluated here: the order of SPARQL 1.1 (15.1) as Oxigraph implements it
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrderKey:
    variable: str
    descending: bool = False


_ORDER_CLAUSE = re.compile(
    r"\bORDER\s+BY((?:\s*(?:(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)|[?$]\w+))+)\s*$",
    re.IGNORECASE,
)
_ORDER_TERM = re.compile(r"(ASC|DESC)?\s*\(?\s*[?$](\w+)", re.IGNORECASE)
_SELECT = re.compile(r"\bSELECT\b(\s+(?:DISTINCT|REDUCED)\b)?", re.IGNORECASE)


def split_order(query: str) -> tuple[str, tuple[OrderKey, ...], tuple[str, ...]]:
    """The query without its final ``ORDER BY`` of plain variables, that clause's keys, and the variables added
    to the projection only so that the rows can be ordered (to be dropped after ordering).

    Why: Oxigraph 0.5 reads the string of every IRI and long literal from RocksDB
    again at each comparison of an ``ORDER BY`` (its next release reads them once
    per row), which costs ~60 ms for 900 rows and seconds for 20,000; sorting the
    rows it returns, whose terms are read once anyway, costs a few milliseconds.
    A query whose order cannot be applied here (an expression, a LIMIT after it,
    an ordering variable a DISTINCT projection leaves out) is returned unchanged,
    with no keys, and the store orders it.
    """
    code = _blank(query)
    clause = _ORDER_CLAUSE.search(code)
    select = _SELECT.search(code)
    if clause is None or select is None:
        return query, (), ()
    keys = tuple(
        OrderKey(m.group(2), (m.group(1) or "").upper() == "DESC") for m in _ORDER_TERM.finditer(clause.group(1))
    )
    where = re.compile(r"\bWHERE\b|\{", re.IGNORECASE).search(code, select.end())
    if where is None:
        return query, (), ()
    projected = _projected(code[select.end() : where.start()])
    hidden = tuple(dict.fromkeys(k.variable for k in keys if projected is not None and k.variable not in projected))
    if hidden and select.group(1):
        return query, (), ()  # an extra column could split DISTINCT rows: let the store order them
    extra = "".join(f" ?{v}" for v in hidden)
    text = query[: where.start()].rstrip() + extra + "\n" + query[where.start() : clause.start()].rstrip() + "\n"
    return text, keys, hidden


def _projected(projection: str) -> set[str] | None:
    """The variables a SELECT clause projects (``None`` for ``SELECT *``)."""
    if projection.strip() == "*":
        return None
    found: set[str] = set()
    depth = 0
    for match in re.finditer(r"\(|\)|\bAS\s+[?$](\w+)|[?$](\w+)", projection, re.IGNORECASE):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif match.group(1):
            found.add(match.group(1))
        elif depth == 0:
            found.add(match.group(2))
    return found


_NUMERIC_TYPES = {
    PREFIXES["xsd"] + name
    for name in (
        "integer",
        "decimal",
        "float",
        "double",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "positiveInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}


def order_key(term: Term | None) -> tuple:
    """A sort key giving SPARQL's order of terms as Oxigraph's ``ORDER BY`` applies it.

    Unbound first, then blank nodes, IRIs (by their text), literals. Numbers
    compare by value; dates (``YYYY-MM-DD``, no time zone, as the graph writes
    them), strings and language-tagged strings by their text, then datatype and
    tag (Oxigraph's rule for literals SPARQL cannot compare, which puts a
    month-day ``--09-12`` before every full date). Code point order is the byte
    order of UTF-8 that Oxigraph compares.
    """
    if term is None:
        return (0,)
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    if not isinstance(term, ox.Literal):
        return (4, str(term))
    datatype = term.datatype.value
    if datatype in _NUMERIC_TYPES:
        number = _number(term.value, datatype)
        if number is not None:
            return (3, 0, number)
    return (3, 1, term.value, datatype, term.language or "")


def _number(text: str, datatype: str) -> int | float | Decimal | None:
    try:
        if datatype.endswith(("#double", "#float")):
            return float(text)
        if datatype.endswith("#decimal"):
            return Decimal(text)
        return int(text)
    except (ValueError, ArithmeticError):
        return None


def sort_rows(names: list[str], table: list[list[Term | None]], keys: tuple[OrderKey, ...]) -> list[list[Term | None]]:
    """``table`` ordered by ``keys``; rows equal on every key keep one fixed order (by all their columns).

    Without keys the rows stay in the order the store gave them.
    """
    if not keys:
        return table
    cache: dict[Term, tuple] = {}

    def key(term: Term | None) -> tuple:
        if term is None:
            return (0,)
        found = cache.get(term)
        if found is None:
            found = cache[term] = order_key(term)
        return found

    columns = [(names.index(order.variable), order.descending) for order in keys]
    decorated = [([key(row[column]) for column, _ in columns], row) for row in table]
    for position in reversed(range(len(columns))):  # stable passes, last key first (DESC is a reversed pass)
        decorated.sort(key=lambda item: item[0][position], reverse=columns[position][1])
    ordered: list[list[Term | None]] = []
    start = 0
    while start < len(decorated):
        end = start + 1
        while end < len(decorated) and decorated[end][0] == decorated[start][0]:
            end += 1
        tied = [row for _, row in decorated[start:end]]
        if len(tied) > 1:
            tied.sort(key=lambda row: tuple(key(term) for term in row))
        ordered += tied
        start = end
    return ordered


def _parse_header(name: str, text: str) -> NamedQuery:
    summary = ""
    parameters = []
    for line in text.splitlines():
        header = _HEADER.match(line.strip())
        if not header:
            continue
        key, rest = header.groups()
        if key == "summary":
            summary = rest.strip()
            continue
        parameter = _PARAMETER.match(rest.strip())
        if not parameter:
            raise QueryError(f"{name}.rq: bad {key} line: {line.strip()}")
        pname, kind, help_text = parameter.groups()
        parameters.append(Parameter(pname, kind, help_text.strip(), required=(key == "argument")))
    return NamedQuery(name, summary, text, tuple(parameters))


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every shipped query, by name (file stem)."""
    folder = resources.files("kg") / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = _parse_header(name, entry.read_text(encoding="utf-8"))
    return found


# ---------------------------------------------------------------------------------------------
# Running queries
# ---------------------------------------------------------------------------------------------


def run(store: ox.Store, query: str, prefixes: Mapping[str, str] | None = None) -> Results:
    """Run ``query`` on a store whose default graph is the merged graph (see :mod:`kg.graph.store`).

    ``prefixes`` are declared without editing the text, so error positions match the user's lines.
    """
    try:
        return store.query(query, prefixes=dict(prefixes) if prefixes else None)
    except SyntaxError as error:
        raise QueryError(f"invalid SPARQL: {_one_line(error)}") from None
    except OSError as error:
        raise QueryError(f"query failed: {_one_line(error)}") from None


# ---------------------------------------------------------------------------------------------
# Remote stores: the SPARQL 1.1 Protocol (queries) and Graph Store Protocol (pushes)
# ---------------------------------------------------------------------------------------------

#: Environment variables holding the user name and password for an endpoint (never the command line).
USER_ENV = "KG_ENDPOINT_USER"
PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"

#: Queries whose form-encoded text is at most this long go by GET (cacheable); longer ones by POST.
GET_LIMIT = 2000

_SELECT_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/csv;q=0.5"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8, application/ld+json;q=0.5"
_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def check_endpoint(url: str) -> str:
    """``url`` if it is an absolute http(s) URL; a ``file:``, ``ftp:`` or relative URL is refused."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise QueryError(f"{url!r} is not an http:// or https:// URL")
    return url.strip()


def _opener(endpoint: str) -> urllib.request.OpenerDirector:
    """An opener that answers Basic and Digest challenges with the credentials in the environment."""
    return _opener_for(endpoint, os.environ.get(USER_ENV) or None, os.environ.get(PASSWORD_ENV, ""))


@cache
def _opener_for(endpoint: str, user: str | None, password: str) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if user:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, endpoint, user, password)
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def http(
    url: str,
    method: str = "GET",
    data: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 60.0,
) -> tuple[int, str, bytes]:
    """One HTTP exchange: (status, media type, body); an HTTP error or a network failure is a one-line QueryError."""
    check_endpoint(url)
    base = urllib.parse.urlsplit(url)._replace(query="", fragment="").geturl()
    request = urllib.request.Request(url, data=data, headers=dict(headers or {}), method=method)
    try:
        with _opener(base).open(request, timeout=timeout) as response:
            media = response.headers.get_content_type()
            return response.status, media, response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace")[:300]
        raise QueryError(f"{base} answered {error.code} {error.reason}: {_one_line(detail)}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise QueryError(f"cannot reach {base}: {_one_line(getattr(error, 'reason', error))}") from None


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a query (its first such keyword outside literals)."""
    match = re.search(r"(?<![?$:\w])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])", _code(query), re.IGNORECASE)
    if not match:
        raise QueryError("not a SPARQL query (no SELECT, ASK, CONSTRUCT or DESCRIBE)")
    return match.group(1).upper()


def run_remote(endpoint: str, query: str, timeout: float = 60.0) -> Results | list[ox.Triple]:
    """Run ``query`` on a SPARQL 1.1 Protocol endpoint (Oxigraph ``/query``, Virtuoso and Fuseki ``/sparql`` …).

    The protocol's portable forms only: GET with ``?query=`` for short queries,
    a form-encoded POST (``application/x-www-form-urlencoded``) for long ones
    (Virtuoso 7 does not answer the raw ``application/sparql-query`` body), and
    an ``Accept`` header naming the result formats this client reads.
    """
    check_endpoint(endpoint)
    form = query_form(query)
    accept = _GRAPH_ACCEPT if form in ("CONSTRUCT", "DESCRIBE") else _SELECT_ACCEPT
    encoded = urllib.parse.urlencode({"query": query})
    if len(encoded) <= GET_LIMIT:
        separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
        _, media, body = http(f"{endpoint}{separator}{encoded}", "GET", None, {"Accept": accept}, timeout)
    else:
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
        _, media, body = http(endpoint, "POST", encoded.encode("ascii"), headers, timeout)
    try:
        if form in ("CONSTRUCT", "DESCRIBE"):
            if media not in _GRAPH_FORMATS:
                raise QueryError(f"{endpoint} answered in {media}, not an RDF format")
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=_GRAPH_FORMATS[media])]
        if media not in _RESULT_FORMATS:
            raise QueryError(f"{endpoint} answered in {media}, not SPARQL results")
        return ox.parse_query_results(body, format=_RESULT_FORMATS[media])
    except SyntaxError as error:
        raise QueryError(f"{endpoint} answered something unreadable: {_one_line(error)}") from None


# ---------------------------------------------------------------------------------------------
# Federation: off unless asked for
# ---------------------------------------------------------------------------------------------

_IRIREF = r"<[^<>\"{}|^`\\\x00-\x20]*>"
_STRINGS = (
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|'
    r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
    r'"(?:[^"\\\n]|\\.)*"|'
    r"'(?:[^'\\\n]|\\.)*'"
)
_NOT_CODE = re.compile(rf"{_STRINGS}|{_IRIREF}|#[^\n]*")


def _code(query: str) -> str:
    """The query with literals, IRIs and comments blanked: what is left are keywords, names and variables."""
    return _NOT_CODE.sub(" ", query)


def _blank(query: str) -> str:
    """:func:`_code` keeping every character's position (each blanked character becomes a space)."""
    return _NOT_CODE.sub(lambda m: " " * len(m.group(0)), query)


def uses_service(query: str) -> bool:
    """Whether the query has a ``SERVICE`` clause (a request to another host) outside literals and comments."""
    return re.search(r"(?<![?$:\w])SERVICE(?![\w:-])", _code(query), re.IGNORECASE) is not None


def _one_line(error: object) -> str:
    return " ".join(str(error).split())


def rows(results: ox.QuerySolutions) -> tuple[list[str], list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]]]:
    """Variable names and rows of terms (``None`` where unbound) of SELECT results."""
    names = [v.value for v in results.variables]
    return names, [list(solution) for solution in results]  # a solution iterates over its values in variable order
