"""Regression gate on the held-out gold: twelve CCTV days annotated blind and never studied.

The dev gold's *check* part and the study gold guide the work; this set (``tests/data/heldout_gold``,
see its README) is only ever scored, never read for errors, so its figures say how the rules do on
news nobody tuned them on.  The floors are the scores when it was added, rounded down.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_floors import below, unread

from kg.evaluate import load_gold, predictions_by_doc, score
from kg.extract.pipeline import extract_facts
from kg.model import IngestError

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests/data/heldout_gold"
CCTV = ROOT.parent / "shared/corpus/cctv"
FLOORS = {
    "persons": 0.92,  # 0.895 until stop 45's names after the words that say who someone is (0.928 then)
    # 0.91 and 0.80 until stop 43's posts in office (当选) and events of bodies: places that each held one,
    # signings, legislatures passing laws, meetings that did something on a day (0.939 and 0.851 then)
    "positions": 0.93,
    "events": 0.84,
    # 0.80 and 0.82 until a speech went to the meeting whose agenda set its topic (0.854 and 0.863 then)
    "participations": 0.85,
    "participations_with_role": 0.86,
    "organizations": 0.80,  # 0.78 when added (stop 43, 0.788 then); 0.80 at stop 44 (0.807)
}


@pytest.fixture(scope="module")
def report():
    if not CCTV.exists():
        pytest.fail(f"{CCTV} is missing: the held-out gold's texts live in ../shared beside the repo")
    days = [str(CCTV / f"{p.stem}.md") for p in sorted((HELDOUT / "cctv").glob("*.json"))]
    facts = [f for f in extract_facts(days) if not isinstance(f, IngestError)]
    return score(load_gold(HELDOUT), predictions_by_doc(facts))


def test_every_held_out_day_is_read(report):
    assert len(report.docs) == 12
    assert not unread(report)


def test_scores_on_news_nobody_tuned_the_rules_on_stay_above_their_floors(report):
    fallen = below(report, FLOORS)
    assert not fallen, f"held-out gold: F1 fell below the floor: {fallen}"
