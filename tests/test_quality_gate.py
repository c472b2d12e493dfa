"""Regression gate: extraction quality on the dev gold must not fall below the floors reached.

The dev gold (tests/data/gold: seeds, cctv, local) is split once by a hash of each gold file name
into *tune* and *check* (``kg.evaluate.split_of``); the floors hold for each part.  They are what
the rules achieve today, rounded down; raising them is part of improving the rules.  They are a
guard against regressions, not an answer key: the scorer compares to the hand annotations, which
the rules never read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import SPLITS, load_gold, predictions_by_doc, score
from kg.extract.pipeline import extract_facts
from kg.model import IngestError

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests/data/gold"
# The local-government texts may not be redistributed, so they are read where the project keeps them.
LOCAL_TEXTS = ROOT.parent / "shared/corpus/local/dev.jsonl"
TEXTS = [ROOT / "kg/sample/seeds", ROOT / "tests/data/cctv", LOCAL_TEXTS]
FLOORS = {
    "tune": {
        "persons": 0.99,
        "positions": 0.98,
        "events": 0.895,
        # participations 0.93: a guest "到访的X" met is on a visit (guidelines v2, as the study gold counts
        # it); two tune days leave such visits out, so tune does not reach the check part's precision
        "participations": 0.93,
        "participations_with_role": 0.90,
        "organizations": 0.91,
    },
    "check": {
        "persons": 0.96,
        "positions": 0.93,  # 0.89 until stop 44 (0.944 then)
        "events": 0.91,
        # 0.94 and 0.92 until stop 45's events told apart from their neighbours (0.959 and 0.943 then)
        "participations": 0.95,
        "participations_with_role": 0.93,
        "organizations": 0.82,  # 0.80 until stop 44 (0.834 then)
    },
}
MONTH_DAY_FLOOR = 0.95


@pytest.fixture(scope="module")
def report():
    if not LOCAL_TEXTS.exists():
        pytest.fail(f"{LOCAL_TEXTS} is missing: the dev gold's local texts live in ../shared beside the repo")
    facts = [f for f in extract_facts([str(t) for t in TEXTS]) if not isinstance(f, IngestError)]
    return score(load_gold(GOLD), predictions_by_doc(facts))


def test_every_gold_document_has_predictions(report):
    missing = [doc for doc, s in report.docs.items() if s.predicted_doc is None]
    assert not missing


@pytest.mark.parametrize("split", SPLITS)
def test_scores_on_each_part_of_the_dev_gold_stay_above_their_floors(report, split):
    totals = report.part(split).totals
    below = {m: round(totals[m].f1, 3) for m, floor in FLOORS[split].items() if totals[m].f1 < floor}
    assert not below, f"{split}: F1 fell below the floor: {below}"


@pytest.mark.parametrize("split", SPLITS)
def test_event_dates_stay_right_on_each_part(report, split):
    accuracy = report.part(split).accuracy["event_month_day"].value
    assert accuracy is not None and accuracy >= MONTH_DAY_FLOOR, f"{split}: event month-day accuracy {accuracy}"
