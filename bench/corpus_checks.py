"""Counts a researcher checks on a whole corpus, from a `kg extract` run saved as JSON Lines.

Held events and participations; events dated after the document that reports them (there should be
none: announced ones carry status "announced"); the 国务院常务会议 of 2023 that 李强 chaired and the
Politburo meetings with 习近平 as chair (to hold against a grep of the corpus); person labels that
are another label plus one character, and countries among persons.

    kg extract ../shared/corpus/cctv -o cctv.jsonl
    python bench/corpus_checks.py cctv.jsonl
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from collections.abc import Iterator
from pathlib import Path

from kg.extract.lexicon import Lexicon

POLITBURO_RE = re.compile(r"^(?:中共)?中央政治局(?:召开)?会议$|^中共中央政治局会议")


def articles(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def held_events(article: dict) -> Iterator[tuple[dict, set[tuple[str, str]]]]:
    for event in article["events"]:
        if event.get("status") == "held":
            yield event, {(p["person"], p["role"]) for p in event.get("participants", [])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", type=Path, help="JSON Lines written by `kg extract -o`")
    path = parser.parse_args().facts
    counts = collections.Counter()
    future, chairs, politburo = [], {}, {}
    labels: set[str] = set()
    for article in articles(path):
        labels.update(p["name"] for p in article["persons"])
        pub = article.get("pub_date")
        for event, roles in held_events(article):
            counts["events"] += 1
            counts["participations"] += len({person for person, _ in roles})
            counts["undated"] += event.get("date") is None
            counts["without participants"] += not roles
            date = event.get("date") or ""
            if date and pub and date[:10] > pub:
                future.append((article["article_id"], event["name"], date))
            is_executive = "国务院" in event["name"] and "常务会议" in event["name"]
            if date.startswith("2023") and is_executive and ("李强", "chair") in roles:
                chairs.setdefault(date, []).append(article["doc_id"])
            if POLITBURO_RE.search(event["name"]) and date:
                politburo.setdefault(date, []).append(("习近平", "chair") in roles)
    countries = {name for name, (level, _) in Lexicon.load().places.items() if level == "country"}
    glued = sorted(n for n in labels if len(n) >= 3 and n[:-1] in labels and "·" not in n)
    print("held events, participations, undated, without participants:", dict(counts))
    print("held events dated after their document:", len(future), future[:5])
    print("国务院常务会议 of 2023 with 李强 as chair, on distinct dates:", len(chairs))
    chaired = sum(any(flags) for flags in politburo.values())
    print("Politburo meetings with a date:", len(politburo), "with 习近平 as chair:", chaired)
    print("persons:", len(labels), "| labels that are another label plus one character:", len(glued), glued[:30])
    print("countries among persons:", sorted(labels & countries))


if __name__ == "__main__":
    main()
