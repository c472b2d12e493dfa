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

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import pyoxigraph as ox

from kg.graph.vocab import PREFIXES, XSD

_HEADER = re.compile(r"^#\s*(summary|argument|option):\s*(.*)$")
_PARAMETER = re.compile(r"^(\S+)\s+(match|date|text)\s+(.*)$")


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


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    summary: str
    text: str
    parameters: tuple[Parameter, ...]

    def bind(self, values: Mapping[str, str | None]) -> str:
        """The query text with ``values`` (parameter name -> user text) bound."""
        terms: dict[str, ox.NamedNode | ox.Literal] = {}
        for parameter in self.parameters:
            value = values.get(parameter.name)
            if value is None or value == "":
                if parameter.required:
                    raise QueryError(f"{self.name}: missing {parameter.name}")
                continue
            terms.update(parameter_terms(parameter, value))
        return bind_values(self.text, [v for p in self.parameters for v in p.variables], terms)


def parameter_terms(parameter: Parameter, value: str) -> dict[str, ox.NamedNode | ox.Literal]:
    """The RDF term(s) a user's value stands for."""
    if parameter.kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"--{parameter.name}: {value!r} is not a date (YYYY-MM-DD)") from None
        return {parameter.name: ox.Literal(value, datatype=ox.NamedNode(XSD.date))}
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


_VALUES_ROW = re.compile(r"VALUES\s*\(([^)]*)\)\s*\{\s*\(([^)]*)\)\s*\}")


def bind_values(query: str, variables: list[str], terms: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """Fill the query's parameter row ``VALUES (?a ?b) { (UNDEF UNDEF) }`` with ``terms``."""
    wanted = [f"?{v}" for v in variables]
    for match in _VALUES_ROW.finditer(query):
        declared = match.group(1).split()
        if declared == wanted:
            row = " ".join(str(terms[v]) if v in terms else "UNDEF" for v in variables)
            return f"{query[: match.start(2)]}{row}{query[match.end(2) :]}"
    raise QueryError(f"query has no parameter row VALUES ({' '.join(wanted)}) {{ (...) }}")


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

Results = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def run(store: ox.Store, query: str) -> Results:
    """Run ``query`` on a store whose default graph is the merged graph (see :mod:`kg.graph.store`)."""
    try:
        return store.query(query)
    except SyntaxError as error:
        raise QueryError(f"invalid SPARQL: {_one_line(error)}") from None
    except OSError as error:
        raise QueryError(f"query failed: {_one_line(error)}") from None


def run_remote(endpoint: str, query: str, timeout: float = 60.0) -> ox.QuerySolutions | ox.QueryBoolean:
    """Run a SELECT or ASK ``query`` on a SPARQL 1.1 protocol endpoint (e.g. Oxigraph's ``/query``)."""
    request = urllib.request.Request(
        endpoint,
        data=query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (user-chosen endpoint)
            body = response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace")
        raise QueryError(f"{endpoint} answered {error.code}: {_one_line(detail)}") from None
    except (urllib.error.URLError, OSError) as error:
        raise QueryError(f"cannot reach {endpoint}: {_one_line(error)}") from None
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)


def _one_line(error: object) -> str:
    return " ".join(str(error).split())


def rows(results: ox.QuerySolutions) -> tuple[list[str], list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]]]:
    """Variable names and rows of terms (``None`` where unbound) of SELECT results."""
    names = [v.value for v in results.variables]
    return names, [[solution[name] for name in names] for solution in results]
