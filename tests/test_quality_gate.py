"""Regression gate: extraction quality on the dev gold must not fall below the floors reached.

The floors are what the rules achieve today, rounded down; raising them is part of improving the
rules.  They are a guard against regressions, not an answer key: the scorer compares to the hand
annotations in tests/data/gold, which the rules never read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import load_gold, predictions_by_doc, score
from kg.extract.pipeline import extract_facts
from kg.model import IngestError

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "seeds": (ROOT / "tests/data/gold/seeds", ROOT / "kg/sample/seeds"),
    "cctv": (ROOT / "tests/data/gold/cctv", ROOT / "tests/data/cctv"),
}
FLOORS = {
    "seeds": {
        "persons": 0.98,
        "positions": 0.97,
        "events": 0.88,
        "participations": 0.95,
        "participations_with_role": 0.96,
    },
    "cctv": {
        "persons": 0.98,
        "positions": 0.94,
        "events": 0.93,
        "participations": 0.96,
        "participations_with_role": 0.97,
    },
}


@pytest.fixture(scope="module", params=sorted(SETS))
def report(request):
    gold_dir, texts = SETS[request.param]
    facts = [f for f in extract_facts([str(texts)]) if not isinstance(f, IngestError)]
    return request.param, score(load_gold(gold_dir), predictions_by_doc(facts))


def test_scores_on_the_dev_gold_stay_above_their_floors(report):
    name, rep = report
    below = {
        metric: round(rep.totals[metric].f1, 3)
        for metric, floor in FLOORS[name].items()
        if rep.totals[metric].f1 < floor
    }
    assert not below, f"{name}: F1 fell below the floor: {below}"


def test_event_dates_stay_right_on_the_dev_gold(report):
    name, rep = report
    accuracy = rep.accuracy["event_month_day"].value
    assert accuracy is not None and accuracy >= 0.95, f"{name}: event month-day accuracy {accuracy}"
