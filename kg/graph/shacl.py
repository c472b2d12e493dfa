"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl), as readable findings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as pyshacl_validate
from rdflib import RDF, Graph, Node, URIRef
from rdflib.namespace import SH

from kg.graph.vocab import PREFIXES, ontology_file


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One SHACL result: ``severity`` is ``Violation``, ``Warning`` or ``Info``."""

    severity: str
    focus: str
    path: str
    message: str
    value: str = ""

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@cache
def shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def _short(graph: Graph, node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        for prefix, namespace in PREFIXES.items():
            if node.startswith(namespace) and len(node) > len(namespace):
                return f"{prefix}:{node[len(namespace) :]}"
        return f"<{node}>"
    return node.n3(graph.namespace_manager)


def validate(data: Graph) -> list[Finding]:
    """All SHACL findings for ``data`` (materialised graph: no inference is run), sorted."""
    _, results, _ = pyshacl_validate(
        data, shacl_graph=shapes(), inference="none", advanced=True, allow_warnings=True, abort_on_first=False
    )
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        findings.append(
            Finding(
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                focus=_short(data, results.value(result, SH.focusNode)),
                path=_short(data, results.value(result, SH.resultPath)),
                message=messages[0] if messages else "constraint not met",
                value=_short(data, results.value(result, SH.value)),
            )
        )
    return sorted(set(findings))


def violations(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "Violation"]
