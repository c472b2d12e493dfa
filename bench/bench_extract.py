"""Throughput and peak memory of the extraction pipeline on CCTV transcripts.

Prints chars/s end to end (ingest → facts) for about 5 MB of ``/work/shared/corpus/cctv`` next to
spaCy's bare character tokenizer on the same text in the same run, and the peak resident memory.

    python bench/bench_extract.py [CORPUS_DIR] [--mb 5]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import spacy

from kg.extract.pipeline import extract_facts, load_nlp
from kg.model import IngestError


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="../shared/corpus/cctv")
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args()
    files, total = [], 0
    for path in sorted(Path(args.corpus).glob("*.md")):
        files.append(str(path))
        total += len(path.read_text(encoding="utf-8"))
        if total >= args.mb * 1_000_000:
            break
    texts = [Path(f).read_text(encoding="utf-8") for f in files]

    bare = spacy.blank("zh")  # default segmenter: characters
    t0 = time.perf_counter()
    for text in texts:
        bare.make_doc(text)
    bare_rate = total / (time.perf_counter() - t0)

    load_nlp()
    t0 = time.perf_counter()
    articles = events = participations = errors = 0
    for item in extract_facts(files):
        if isinstance(item, IngestError):
            errors += 1
            continue
        articles += 1
        events += len(item.events)
        participations += sum(len(e.participants) for e in item.events)
    seconds = time.perf_counter() - t0
    rate = total / seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files {len(files)}  chars {total:,}  articles {articles}  events {events}  participations {participations}")
    print(f"errors {errors}")
    print(f"spaCy bare char tokenizer: {bare_rate:,.0f} chars/s")
    print(f"zhgov-kg end to end:       {rate:,.0f} chars/s  ({rate / bare_rate:.1%} of bare tokenizer)")
    print(f"peak RSS: {peak_mb:,.0f} MB")
    sys.exit(0)


if __name__ == "__main__":
    main()
