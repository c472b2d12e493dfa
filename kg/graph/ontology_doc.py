"""Generate ``ontology/README.md``, the human-readable reference, from the Turtle and the code.

Nothing in the reference is written twice: terms, labels and definitions come
from ``ontology/kg.ttl``, constraints from ``ontology/shapes.ttl``, the identity
rules and graph layout from the docstrings of :mod:`kg.graph.resolve` and
:mod:`kg.graph.build`, and the named queries from the headers of ``kg/queries/*.rq``.
The same run copies the two Turtle files into ``kg/resources/ontology/`` so that
an installed package carries them.

    python -m kg.graph.ontology_doc          # rewrite README.md
    python -m kg.graph.ontology_doc --check  # exit 1 if any of them is out of date
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Node, URIRef
from rdflib.namespace import DCTERMS, SH

import kg.graph.build
import kg.graph.resolve
from kg.graph.sparql import named_queries
from kg.graph.vocab import KG, ONTOLOGY_IRI, PREFIXES

REPO = Path(__file__).resolve().parents[2]
ONTOLOGY_DIR = REPO / "ontology"
PACKAGE_LINK = Path(__file__).resolve().parents[1] / "resources" / "ontology"
TURTLE_FILES = ("kg.ttl", "shapes.ttl")

_KG = str(KG._NS)


def _curie(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
            if node.startswith(namespace) and len(node) > len(namespace):
                return f"{prefix}:{node[len(namespace) :]}"
        return f"<{node}>"
    return str(node)


def _text(graph: Graph, node: Node, prop: URIRef, language: str) -> str:
    for value in graph.objects(node, prop):
        if isinstance(value, Literal) and value.language == language:
            return " ".join(str(value).split())
    return ""


def _both(graph: Graph, node: Node, prop: URIRef) -> str:
    return f"{_text(graph, node, prop, 'en')} · {_text(graph, node, prop, 'zh')}"


def _authoring_order(turtle: str) -> list[str]:
    """kg: local names in the order they are introduced in the Turtle file."""
    seen: list[str] = []
    for name in re.findall(r"^kg:(\w+)", turtle, flags=re.MULTILINE):
        if name not in seen:
            seen.append(name)
    return seen


def _term_block(graph: Graph, term: URIRef) -> list[str]:
    lines = [
        f"#### `{_curie(term)}` — {_both(graph, term, RDFS.label)}",
        "",
    ]
    for language in ("en", "zh"):
        definition = _text(graph, term, SKOS.definition, language)
        if definition:
            lines += [definition, ""]
    facts = []
    kinds = sorted(_curie(t) for t in graph.objects(term, RDF.type))
    facts.append(f"type: {', '.join(kinds)}")
    for label, prop in (
        ("subclass of", RDFS.subClassOf),
        ("subproperty of", RDFS.subPropertyOf),
        ("domain", RDFS.domain),
        ("range", RDFS.range),
        ("see also", RDFS.seeAlso),
        ("disjoint with", OWL.disjointWith),
    ):
        values = sorted(_curie(v) for v in graph.objects(term, prop))
        if values:
            facts.append(f"{label}: {', '.join(values)}")
    lines += [f"- {fact}" for fact in facts]
    for prop in (RDFS.comment, SKOS.scopeNote):
        note = _text(graph, term, prop, "en")
        if note:
            lines.append(f"- note: {note}")
    return [*lines, ""]


def _concept_table(graph: Graph, scheme: URIRef, order: list[str]) -> list[str]:
    concepts = [c for c in graph.subjects(SKOS.inScheme, scheme) if isinstance(c, URIRef)]
    position = {name: i for i, name in enumerate(order)}
    concepts.sort(key=lambda c: position.get(str(c)[len(_KG) :], len(position)))
    rows = [
        "| concept | notation | en | zh | definition |",
        "|---|---|---|---|---|",
    ]
    for concept in concepts:
        extra = ""
        role_property = graph.value(concept, KG.roleProperty)
        if role_property is not None:
            extra = f" Edge: `{_curie(role_property)}`."
        hidden = sorted(str(h) for h in graph.objects(concept, SKOS.hiddenLabel))
        if hidden:
            extra += f" Also read from: {', '.join(hidden)}."
        labels = f"{_text(graph, concept, SKOS.prefLabel, 'en')} | {_text(graph, concept, SKOS.prefLabel, 'zh')}"
        rows.append(
            f"| `{_curie(concept)}` | `{graph.value(concept, SKOS.notation)}` | {labels} "
            f"| {_text(graph, concept, SKOS.definition, 'en')}{extra} |"
        )
    return rows


def _shape_lines(shapes: Graph) -> list[str]:
    lines = []
    for shape in sorted(shapes.subjects(RDF.type, SH.NodeShape), key=str):
        target = shapes.value(shape, SH.targetClass)
        lines += [f"**`{_curie(target)}`** (`kgsh:{str(shape).rsplit('#', 1)[-1]}`)", ""]
        for prop_shape in sorted(shapes.objects(shape, SH.property), key=lambda n: str(shapes.value(n, SH.path))):
            path = _curie(shapes.value(prop_shape, SH.path))
            message = _text(shapes, prop_shape, SH.message, "en")
            severity = shapes.value(prop_shape, SH.severity)
            level = " *(warning)*" if severity == SH.Warning else ""
            lines.append(f"- `{path}`: {message}{level}")
        for constraint in shapes.objects(shape, SH.sparql):
            lines.append(f"- SPARQL check: {_text(shapes, constraint, SH.message, 'en')}")
        lines.append("")
    return lines


def _docstring_body(module: object) -> list[str]:
    """A module docstring without its first (summary) line, as Markdown lines."""
    text = inspect.cleandoc(module.__doc__ or "")
    return text.split("\n", 1)[1].strip("\n").splitlines() if "\n" in text else []


def render(ontology: Graph, shapes: Graph, turtle: str) -> str:
    """The reference as Markdown."""
    order = _authoring_order(turtle)
    terms = [KG[name] for name in order]
    classes = [t for t in terms if (t, RDF.type, OWL.Class) in ontology]
    properties = [
        t
        for t in terms
        if (t, RDF.type, OWL.ObjectProperty) in ontology or (t, RDF.type, OWL.DatatypeProperty) in ontology
    ]
    schemes = [t for t in terms if (t, RDF.type, SKOS.ConceptScheme) in ontology]
    version = ontology.value(ONTOLOGY_IRI, OWL.versionInfo)

    lines = [
        "<!-- Generated by `python -m kg.graph.ontology_doc` from ontology/kg.ttl, ontology/shapes.ttl, kg/resolve.py,",
        "     kg/graph.py and kg/queries/*.rq. Do not edit by hand: edit those and regenerate. -->",
        "",
        f"# {_both(ontology, ONTOLOGY_IRI, DCTERMS.title)}",
        "",
        f"Version {version}. Ontology IRI `{ONTOLOGY_IRI}`, namespace `{_KG}` (prefix `kg:`); "
        f"resources are minted under `https://w3id.org/zhgov-kg/id/`.",
        "",
        _text(ontology, ONTOLOGY_IRI, DCTERMS.description, "en"),
        "",
        _text(ontology, ONTOLOGY_IRI, DCTERMS.description, "zh"),
        "",
        "Files: `kg.ttl` (OWL vocabulary, the source of truth), `shapes.ttl` (SHACL shapes, run by `kg validate`), "
        "this reference (generated).",
        "",
        "## Prefixes and identifiers",
        "",
        "| prefix | namespace |",
        "|---|---|",
        *(f"| `{p}:` | `{ns}` |" for p, ns in PREFIXES.items()),
        "",
        "Resources are named `https://w3id.org/zhgov-kg/id/<kind>/<hash>`, where the hash is the first 64 bits "
        "of BLAKE2b over the resource's identity key (see *Identity rules*): deterministic, so rebuilding gives the "
        "same IRIs and separate builds name shared things alike. No blank nodes are used.",
        "",
        "## Alignment",
        "",
        "| kg term | aligned to |",
        "|---|---|",
    ]
    for term in terms:
        supers = [o for p in (RDFS.subClassOf, RDFS.subPropertyOf) for o in ontology.objects(term, p)]
        external = sorted(_curie(o) for o in supers if not str(o).startswith(_KG))
        if external:
            lines.append(f"| `{_curie(term)}` | {', '.join(f'`{e}`' for e in external)} |")
    lines += ["", "## Classes", ""]
    for term in classes:
        lines += _term_block(ontology, term)
    lines += ["## Properties", ""]
    for term in properties:
        lines += _term_block(ontology, term)
    lines += [
        "Documents also carry `dcterms:identifier` (article id), `dcterms:title` (@zh), `dcterms:date` "
        "(publication date, xsd:date), `dcterms:source` (the paper or programme, @zh), `schema:url`; "
        "mentions carry `nif:beginIndex`, `nif:endIndex` and `nif:anchorOf`.",
        "",
        "## Controlled lists (SKOS)",
        "",
    ]
    for scheme in schemes:
        lines += [
            f"### `{_curie(scheme)}` — {_both(ontology, scheme, RDFS.label)}",
            "",
            _text(ontology, scheme, SKOS.definition, "en"),
            "",
            *_concept_table(ontology, scheme, order),
            "",
        ]
    lines += ["## Graph layout", "", *_docstring_body(kg.graph.build), "", "## Identity rules", ""]
    lines += _docstring_body(kg.graph.resolve)
    lines += [
        "",
        "## SHACL shapes",
        "",
        "`kg validate GRAPH_OR_STORE` checks these; any violation makes it exit 1.",
        "",
    ]
    lines += _shape_lines(shapes)
    lines += [
        "## Using the graph",
        "",
        "```bash",
        "kg build kg/sample/seeds -o exports/sample.ttl -o exports/sample.nq   # store in ./store + files",
        "kg attendees 第五十五次主任会议                                          # a named query",
        "kg query 'SELECT ?name WHERE { ?e kg:chair ?p . ?p rdfs:label ?name }' --format csv",
        "kg validate exports/sample.ttl",
        "```",
        "",
        "From Python, `kg.graph.store.open_graph(PATH)` opens a store directory or loads a graph file into an "
        "in-memory pyoxigraph store laid out the same way (default graph = merged graph); "
        "`kg.graph.sparql.run(store, query)` runs SPARQL on it, and `kg.graph.store.to_rdflib(store)` gives the "
        "merged graph as an rdflib `Graph`. "
        "`kg.graph.build.to_dataset(facts)` builds the rdflib `Dataset` straight from `ArticleFacts`.",
        "",
        "Who chaired what, with the evidence sentence and its source file:",
        "",
        "```sparql",
        "PREFIX kg: <https://w3id.org/zhgov-kg/ontology#>",
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
        "SELECT ?meeting ?chair ?sentence ?file WHERE {",
        "  ?p kg:role kg:ChairRole ; kg:event ?e ; kg:agent ?person ; kg:mention ?m .",
        "  ?e rdfs:label ?meeting . ?person rdfs:label ?chair .",
        "  ?m kg:evidence ?sentence ; kg:document/kg:sourceFile ?file .",
        "}",
        "```",
        "",
        "For graph analysis (NetworkX), the role edges `?event kg:participant ?person` (or a specific role "
        "property) give the bipartite person–event graph; `kg:PostHolding` nodes give person–body edges with "
        "`kg:title`.",
        "",
        "## Named queries",
        "",
        "Each is a plain SPARQL file in `kg/queries/` and a `kg` subcommand (`--store DIR`, `--graph FILE` or "
        "`--endpoint URL`; `--format table|csv|tsv|json`). A `match` argument is an IRI (`<…>`, `https://…` or a "
        "prefixed name such as `person:8af3cef8908cd22f`) or part of a name.",
        "",
    ]
    for name, query in named_queries().items():
        usage = " ".join(p.name.upper() if p.required else f"[--{p.name} {p.kind.upper()}]" for p in query.parameters)
        lines += [f"### `kg {name} {usage}`", "", query.summary, ""]
        lines += [f"- `{p.name}` ({p.kind}): {p.help}" for p in query.parameters]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def expected_files() -> dict[Path, str]:
    """Every generated file and the content it should have."""
    turtle = (ONTOLOGY_DIR / "kg.ttl").read_text(encoding="utf-8")
    ontology = Graph().parse(data=turtle, format="turtle")
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    return {ONTOLOGY_DIR / "README.md": render(ontology, shapes, turtle)}


def stale_files() -> list[Path]:
    return [
        path
        for path, content in expected_files().items()
        if not path.exists() or path.read_text(encoding="utf-8") != content
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.graph.ontology_doc", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report files that are out of date")
    args = parser.parse_args(argv)
    if not (ONTOLOGY_DIR / "kg.ttl").is_file():
        print(f"{ONTOLOGY_DIR}/kg.ttl not found: run from a source checkout", file=sys.stderr)
        return 2
    if args.check:
        stale = stale_files()
        for path in stale:
            print(f"out of date: {path.relative_to(REPO)} (run python -m kg.graph.ontology_doc)", file=sys.stderr)
        return 1 if stale else 0
    for path, content in expected_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(content, encoding="utf-8")
        temporary.replace(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
