"""``kg export-tables`` and ``kg export-popolo``: the graph for spreadsheets, data frames and Popolo tools.

Five tables whose ids join (``person_id`` in participations and posts is the
``person_id`` of persons, and so on; ids are the short IRIs ``person:8af3…``):

- persons, bodies, events: one row per resource, with the provenance of its
  first mention (source file, document IRI, character offsets, evidence sentence)
  and the number of documents that state it;
- participations and posts (post holdings): one row per fact *and* source
  sentence, so every row carries the evidence it rests on.

Offsets are Unicode code points into the original file, end exclusive, as
everywhere in the graph. CSV is UTF-8 (spreadsheets: use the import dialog or
XLSX); XLSX needs openpyxl, Parquet pyarrow (``pip install 'zhgov-kg[tables]'``).

The Popolo export (https://www.popoloproject.com) writes persons, organizations,
posts, memberships and events as one JSON document; each item validates against
the Popolo JSON schemas and lists its source documents under ``sources``.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox

from kg.commands.options import UsageProblem, graph_source_options
from kg.graph.prefixes import PINYIN, PREFIXES

TABLE_FORMATS = ("csv", "xlsx", "parquet")
TABLES = ("persons", "bodies", "events", "participations", "posts")
PROVENANCE = ("file", "document", "begin", "end", "anchor", "evidence")

_MENTION = """
  OPTIONAL { ?node kg:mention ?m . ?m kg:document ?doc ; nif:beginIndex ?begin ; nif:endIndex ?end ;
             nif:anchorOf ?anchor . ?doc kg:sourceFile ?file . OPTIONAL { ?m kg:evidence ?evidence } }
"""

QUERIES: dict[str, str] = {
    "persons": f"""SELECT ?node ?name ?pinyin ?region ?doc ?file ?begin ?end ?anchor ?evidence WHERE {{
  ?node a kg:Person ; rdfs:label ?name .
  OPTIONAL {{ ?node skos:altLabel ?pinyin FILTER(LANG(?pinyin) = "{PINYIN}") }}
  OPTIONAL {{ ?node kg:region ?region }} {_MENTION} }}""",
    "bodies": f"""SELECT ?node ?name ?pinyin ?kind ?region ?alias ?doc ?file ?begin ?end ?anchor ?evidence WHERE {{
  ?node a kg:Body ; rdfs:label ?name .
  OPTIONAL {{ ?node skos:altLabel ?pinyin FILTER(LANG(?pinyin) = "{PINYIN}") }}
  OPTIONAL {{ ?node skos:altLabel ?alias FILTER(LANG(?alias) = "zh") }}
  OPTIONAL {{ ?node kg:bodyKind/skos:notation ?kind }}
  OPTIONAL {{ ?node kg:region ?region }} {_MENTION} }}""",
    "events": f"""SELECT ?node ?name ?type ?date ?endDate ?organizer ?location ?doc ?file ?begin ?end ?anchor ?evidence
WHERE {{
  VALUES (?class ?type) {{ (kg:Meeting "meeting") (kg:Inspection "inspection") (kg:Ceremony "ceremony")
                          (kg:Activity "activity") }}
  ?node a ?class ; rdfs:label ?name .
  OPTIONAL {{ ?node kg:date ?date }} OPTIONAL {{ ?node kg:endDate ?endDate }}
  OPTIONAL {{ ?node kg:organizer ?organizer }} OPTIONAL {{ ?node kg:location ?location }} {_MENTION} }}""",
    "participations": f"""SELECT ?node ?event ?person ?role ?titleAsMentioned ?listPosition
       ?doc ?file ?begin ?end ?anchor ?evidence WHERE {{
  ?node a kg:Participation ; kg:event ?event ; kg:agent ?person ; kg:role/skos:notation ?role .
  OPTIONAL {{ ?node kg:titleAsMentioned ?titleAsMentioned }} OPTIONAL {{ ?node kg:listPosition ?listPosition }}
  {_MENTION} }}""",
    "posts": f"""SELECT ?node ?person ?title ?body ?post ?firstAttested ?lastAttested
       ?doc ?file ?begin ?end ?anchor ?evidence WHERE {{
  ?node a kg:PostHolding ; kg:holder ?person ; kg:title ?title .
  OPTIONAL {{ ?node kg:organization ?body }} OPTIONAL {{ ?node kg:post ?post }}
  OPTIONAL {{ ?node kg:firstAttested ?firstAttested }} OPTIONAL {{ ?node kg:lastAttested ?lastAttested }}
  {_MENTION} }}""",
}

#: Columns of each table; ``*_id`` columns hold short IRIs that join across tables.
COLUMNS: dict[str, tuple[str, ...]] = {
    "persons": ("person_id", "name", "pinyin", "region", "documents", *PROVENANCE, "iri"),
    "bodies": ("body_id", "name", "pinyin", "kind", "region", "aliases", "documents", *PROVENANCE, "iri"),
    "events": (
        "event_id", "name", "type", "date", "end_date", "organizer_ids", "location", "documents", *PROVENANCE, "iri",
    ),
    "participations": (
        "participation_id", "event_id", "person_id", "role", "title_as_mentioned", "list_position", *PROVENANCE,
    ),
    "posts": (
        "holding_id", "person_id", "title", "body_id", "post_id", "first_attested", "last_attested", *PROVENANCE,
    ),
}  # fmt: skip

_RENAME = {"titleAsMentioned": "title_as_mentioned", "listPosition": "list_position", "endDate": "end_date"}
_RENAME |= {"firstAttested": "first_attested", "lastAttested": "last_attested", "doc": "document"}
_RENAME |= {"event": "event_id", "person": "person_id", "body": "body_id", "post": "post_id"}
_ID_COLUMN = {"persons": "person_id", "bodies": "body_id", "events": "event_id"}
_FACT_ID = {"participations": "participation_id", "posts": "holding_id"}


def short(iri: str) -> str:
    """``person:8af3…`` for an IRI of the graph; other IRIs as they are."""
    for prefix, namespace in PREFIXES.items():
        if prefix != "kg" and iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _value(term: Any) -> str | int | None:
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype.value.endswith("#integer"):
        return int(term.value)
    if isinstance(term, ox.NamedNode) and term.value.startswith(PREFIXES["person"][:-7]):
        return short(term.value)
    return term.value


def _order(row: dict[str, Any]) -> tuple:
    return (row.get("file") or "\uffff", row.get("begin") if row.get("begin") is not None else -1)


_CLASSES = {"persons": "Person", "bodies": "Body", "events": "Event"}


def _derived_from(store: ox.Store, cls: str) -> dict[str, set[tuple[str, str]]]:
    """Each resource of ``kg:cls`` -> the (document id, source file) pairs it is derived from."""
    from kg.graph.sparql import run

    query = (
        f"SELECT ?node ?doc ?file WHERE {{ ?node a kg:{cls} ; prov:wasDerivedFrom ?doc . ?doc kg:sourceFile ?file }}"
    )
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for s in run(store, query, PREFIXES):
        found[short(s["node"].value)].add((short(s["doc"].value), s["file"].value))
    return found


def tables(store: ox.Store) -> dict[str, list[dict[str, Any]]]:
    """The five tables as lists of rows (column -> value), sorted by id then source position."""
    from kg.graph.sparql import run

    result: dict[str, list[dict[str, Any]]] = {}
    for name, query in QUERIES.items():
        solutions = run(store, query, PREFIXES)
        names = [v.value for v in solutions.variables]
        raw = [{_RENAME.get(n, n): _value(s[n]) for n in names} for s in solutions]
        if name in _FACT_ID:
            rows = {}
            for r in raw:
                r[_FACT_ID[name]] = r.pop("node")
                key = (r[_FACT_ID[name]], r.get("document"), r.get("begin"))
                rows[key] = r
            result[name] = sorted(rows.values(), key=lambda r: (r[_FACT_ID[name]], *_order(r)))
        else:
            grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for r in raw:
                grouped[r["node"]].append(r)
            sources = _derived_from(store, _CLASSES[name])
            rows_out = []
            for node, group in sorted(grouped.items()):
                first = min(group, key=_order)
                row = {k: v for k, v in first.items() if k not in ("node", "alias", "organizer")}
                if not row.get("document") and sources.get(node):  # never mentioned by name: its first document
                    row["document"], row["file"] = min(sources[node], key=lambda d: (d[1], d[0]))
                row[_ID_COLUMN[name]] = node
                row["iri"] = PREFIXES[node.split(":", 1)[0]] + node.split(":", 1)[1]
                row["documents"] = len(
                    {d for d, _ in sources.get(node, ())} | {r["document"] for r in group if r.get("document")}
                )
                if name == "bodies":
                    row["aliases"] = ";".join(sorted({r["alias"] for r in group if r.get("alias")}))
                if name == "events":
                    row["organizer_ids"] = ";".join(sorted({r["organizer"] for r in group if r.get("organizer")}))
                rows_out.append(row)
            result[name] = rows_out
    return {name: [{c: row.get(c) for c in COLUMNS[name]} for row in rows] for name, rows in result.items()}


def write_tables(store: ox.Store, directory: Path, fmt: str) -> list[Path]:
    """Write the tables into ``directory`` as ``<table>.<fmt>`` (each file replaced atomically)."""
    import pandas

    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(store).items():
        frame = pandas.DataFrame(rows, columns=list(COLUMNS[name]))
        for column in ("begin", "end", "documents", "list_position"):
            if column in frame:
                frame[column] = frame[column].astype("Int64")
        target = directory / f"{name}.{fmt}"
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            if fmt == "csv":
                frame.to_csv(temporary, index=False, encoding="utf-8")
            elif fmt == "xlsx":
                frame.to_excel(temporary, index=False, sheet_name=name, engine="openpyxl")
            else:
                frame.to_parquet(temporary, index=False)
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        written.append(target)
    return written


# ---------------------------------------------------------------------------------------------
# Popolo
# ---------------------------------------------------------------------------------------------


def _sources(rows: Iterable[dict[str, Any]]) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for r in rows:
        if r.get("document") and r["document"] not in seen:
            span = f" [{r['begin']}:{r['end']}]" if r.get("begin") is not None else ""
            seen[r["document"]] = {"url": r["iri_document"], "note": f"{r['file']}{span}"}
    return list(seen.values())


def _full(node: str | None) -> str | None:
    if not node:
        return None
    prefix, _, local = node.partition(":")
    return PREFIXES[prefix] + local if prefix in PREFIXES else node


def popolo(store: ox.Store) -> dict[str, list[dict[str, Any]]]:
    """Persons, organizations, posts, memberships and events in the Popolo data model (ids are the graph's IRIs)."""
    data = tables(store)
    for rows in data.values():
        for r in rows:
            r["iri_document"] = _full(r.get("document"))

    def dated(value: str | None) -> str | None:
        return value if value and value[:1].isdigit() else None  # --09-12 (no year) is not a Popolo date

    persons = []
    for r in data["persons"]:
        person: dict[str, Any] = {"id": r["iri"], "name": r["name"], "sources": _sources([r])}
        if r["pinyin"]:
            person["other_names"] = [{"name": r["pinyin"], "note": "pinyin (zh-Latn-pinyin)"}]
        persons.append(person)
    organizations = []
    for r in data["bodies"]:
        organization: dict[str, Any] = {"id": r["iri"], "name": r["name"], "sources": _sources([r])}
        names = [{"name": a, "note": "alias"} for a in (r["aliases"] or "").split(";") if a]
        if r["pinyin"]:
            names.append({"name": r["pinyin"], "note": "pinyin (zh-Latn-pinyin)"})
        if names:
            organization["other_names"] = names
        if r["kind"]:
            organization["classification"] = r["kind"]
        organizations.append(organization)
    posts: dict[str, dict[str, Any]] = {}
    memberships: dict[str, dict[str, Any]] = {}
    holdings: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in data["posts"]:
        holdings[r["holding_id"]].append(r)
    for holding, rows in holdings.items():
        r = rows[0]
        membership: dict[str, Any] = {"id": _full(holding), "person_id": _full(r["person_id"]), "role": r["title"]}
        membership["label"] = r["title"]
        if r["body_id"]:
            membership["organization_id"] = _full(r["body_id"])
        if r["post_id"]:
            membership["post_id"] = _full(r["post_id"])
            posts.setdefault(
                r["post_id"],
                {"id": _full(r["post_id"]), "label": r["title"], "role": r["title"],
                 "organization_id": _full(r["body_id"])},
            )  # fmt: skip
        membership["sources"] = _sources(rows)
        memberships[holding] = membership
    attendees: dict[str, set[str]] = defaultdict(set)
    for r in data["participations"]:
        attendees[r["event_id"]].add(r["person_id"])
    events = []
    for r in data["events"]:
        event: dict[str, Any] = {"id": r["iri"], "name": r["name"], "classification": r["type"]}
        if dated(r["date"]):
            event["start_date"] = r["date"]
        if dated(r["end_date"]):
            event["end_date"] = r["end_date"]
        if r["location"]:
            event["location"] = r["location"]
        if r["organizer_ids"]:
            event["organization_id"] = _full(r["organizer_ids"].split(";")[0])
        event["attendees"] = [{"id": _full(p)} for p in sorted(attendees[r["event_id"]])]
        event["sources"] = _sources([r])
        events.append(event)
    return {
        "persons": persons,
        "organizations": organizations,
        "posts": [posts[k] for k in sorted(posts)],
        "memberships": [memberships[k] for k in sorted(memberships)],
        "events": events,
    }


def _replace_with(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary sibling, fsync it, then rename it over ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------


@click.command("export-tables")
@graph_source_options
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="csv", show_default=True)
@click.option("--output", "-o", "directory", required=True, type=click.Path(file_okay=False, path_type=Path))
def export_tables(store_dir: str | None, graph_file: str | None, fmt: str, directory: Path) -> None:
    """Write persons, bodies, events, participations and posts as tables with provenance.

    Every row names its source file, document, character offsets and evidence
    sentence; the *_id columns join the tables. XLSX needs openpyxl and Parquet
    pyarrow: pip install 'zhgov-kg[tables]'.
    """
    from kg.commands.query import open_graph

    if store_dir and graph_file:
        raise UsageProblem("give at most one of --store, --graph")
    needed = {"csv": "pandas", "xlsx": "openpyxl", "parquet": "pyarrow"}[fmt]
    for module in {"pandas", needed}:
        try:
            __import__(module)
        except ImportError:
            raise click.ClickException(f"--format {fmt} needs {module}: pip install 'zhgov-kg[tables]'") from None
    store = open_graph(store_dir, graph_file)
    try:
        written = write_tables(store, directory, fmt)
    except OSError as error:
        raise click.ClickException(f"cannot write {directory}: {error.strerror or error}") from None
    click.echo(f"wrote {', '.join(p.name for p in written)} to {directory}", err=True)


@click.command("export-popolo")
@graph_source_options
@click.option("--output", "-o", "output", required=True, type=click.Path(dir_okay=False, path_type=Path))
def export_popolo(store_dir: str | None, graph_file: str | None, output: Path) -> None:
    """Write persons, organizations, posts, memberships and events as one Popolo JSON file."""
    from kg.commands.query import open_graph

    if store_dir and graph_file:
        raise UsageProblem("give at most one of --store, --graph")
    data = popolo(open_graph(store_dir, graph_file))
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    try:
        _replace_with(output, text.encode("utf-8"))
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
    counts = ", ".join(f"{len(v)} {k}" for k, v in data.items())
    click.echo(f"wrote {counts} to {output}", err=True)
