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

import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from itertools import product

import pyoxigraph as ox

from kg.graph.prefixes import PREFIXES, RDFS_LABEL, SKOS_ALT_LABEL, XSD_DATE

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
        options: dict[str, list[ox.NamedNode | ox.Literal | None]] = {}
        for parameter in self.parameters:
            value = values.get(parameter.name)
            if value is None or value == "":
                if parameter.required:
                    raise QueryError(f"{self.name}: missing {parameter.name}")
                continue
            terms = parameter_terms(parameter, value)
            if run is not None and f"{parameter.name}Text" in terms:
                found = find(run, value, self.class_of(parameter))
                options[parameter.name] = list(found)
                continue
            for variable, term in terms.items():
                options[variable] = [term]
        return bind_values(self.text, [v for p in self.parameters for v in p.variables], options)

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
    needle = ox.Literal(" ".join(text.split()).lower())
    contains = (
        f"SELECT DISTINCT ?x WHERE {{ {typed} ?x <{RDFS_LABEL}>|<{SKOS_ALT_LABEL}> ?label . "
        f"FILTER(isIRI(?x) && CONTAINS(LCASE(STR(?label)), {needle})) }} LIMIT {limit}"
    )
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


def uses_service(query: str) -> bool:
    """Whether the query has a ``SERVICE`` clause (a request to another host) outside literals and comments."""
    return re.search(r"(?<![?$:\w])SERVICE(?![\w:-])", _code(query), re.IGNORECASE) is not None


def _one_line(error: object) -> str:
    return " ".join(str(error).split())


def rows(results: ox.QuerySolutions) -> tuple[list[str], list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]]]:
    """Variable names and rows of terms (``None`` where unbound) of SELECT results."""
    names = [v.value for v in results.variables]
    return names, [[solution[name] for name in names] for solution in results]
