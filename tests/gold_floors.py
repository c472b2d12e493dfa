"""What the floor tests on a blind gold ask of a scored report (``kg.evaluate.score``)."""

from __future__ import annotations


def unread(report) -> list[str]:
    """Gold documents the extraction gave nothing for: a page lost, not a score."""
    return [doc for doc, scores in report.docs.items() if scores.predicted_doc is None]


def below(report, floors: dict[str, float]) -> dict[str, float]:
    """The metrics whose F1 over all the gold fell below their floor, with the F1 they reached."""
    totals = report.totals
    assert totals["persons"].tp, "the report scored nothing: no floor can be checked on it"
    return {metric: round(totals[metric].f1, 3) for metric, floor in floors.items() if totals[metric].f1 < floor}
