"""Regression gate on the study gold: 73 local articles and 398 CCTV days annotated blind.

The dev gold is small (33 documents); this second set (``tests/data/study_gold``, see its README)
measures the rules on text they were not written from.  The floors are today's scores rounded down.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gold_floors import below, unread

from kg.evaluate import load_gold, predictions_by_doc, score
from kg.extract.pipeline import extract_facts
from kg.model import IngestError

ROOT = Path(__file__).resolve().parents[1]
STUDY = ROOT / "tests/data/study_gold"
SHARED = ROOT.parent / "shared"
# Lowered on 1 December as the seventh, eighth and ninth rounds' twelve days each came in (persons 0.985,
# positions 0.97, events 0.84, participations 0.93, with role 0.91 on the 135 before them): blind days
# score lower, as the README says. Positions to 0.95 when the thirteenth round came in (0.95999 on the 219).
FLOORS = {
    "persons": 0.98,
    "positions": 0.96,  # 0.95 until stop 43 (0.966 then)
    "events": 0.86,  # 0.84 until stop 43 (0.865 then)
    "participations": 0.92,  # 0.91 until stop 46 (0.931 then)
    "participations_with_role": 0.91,  # 0.89 until stop 46 (0.918 then)
    "organizations": 0.825,  # 0.82 when added (stop 43, 0.824 then); 0.825 at stop 44 (0.832)
}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    if not (SHARED / "corpus").exists():
        pytest.fail(f"{SHARED / 'corpus'} is missing: the study gold's texts live in ../shared beside the repo")
    local = tmp_path_factory.mktemp("study") / "local.jsonl"
    with local.open("w", encoding="utf-8") as out:
        for line in (STUDY / "local.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = (SHARED / row["file"]).read_text(encoding="utf-8")
            record = {"id": row["id"], "text": text, "region": row["region"], "date": row["date"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    days = [str(SHARED / "corpus/cctv" / f"{p.stem}.md") for p in sorted((STUDY / "cctv").glob("*.json"))]
    facts = [f for f in extract_facts([str(local), *days]) if not isinstance(f, IngestError)]
    return score(load_gold(STUDY), predictions_by_doc(facts))


def test_every_study_document_is_read(report):
    assert len(report.docs) == 471
    assert not unread(report)


def test_scores_on_text_the_rules_were_not_written_from_stay_above_their_floors(report):
    fallen = below(report, FLOORS)
    assert not fallen, f"study gold: F1 fell below the floor: {fallen}"
