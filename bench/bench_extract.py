"""Throughput and peak memory of the extraction pipeline on CCTV transcripts.

Prints chars/s end to end (ingest → facts) for about 5 MB of ``/work/shared/corpus/cctv`` (days
taken at even steps across the corpus, :func:`spread_sample`) next to
spaCy's bare character tokenizer on the same text in the same run, and the peak resident memory.
Rates are given by wall clock and by the process's CPU time (the machine is shared: CPU time is the
figure that does not move with the neighbours' load).  ``--model off`` runs the pipeline with the
trained person recogniser switched off in the config (``[components.zhgov_person_model] enabled``),
which is the rule-only pipeline.

    python bench/bench_extract.py [CORPUS_DIR] [--mb 5] [--model on|off]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import spacy

import kg.extract.pipeline as pipeline
from kg.extract.pipeline import extract_facts, load_nlp
from kg.model import IngestError


def _use_model(on: bool) -> None:
    """Point the pipeline at kg/config.cfg with the trained recogniser switched on or off."""
    config = spacy.util.load_config(pipeline.CONFIG)
    config["components"]["zhgov_person_model"]["enabled"] = on
    path = Path(tempfile.mkdtemp()) / "config.cfg"
    config.to_disk(path)
    pipeline.CONFIG = path
    load_nlp.cache_clear()


def spread_sample(paths: list[Path], chars: float) -> list[Path]:
    """Every k-th file, so that about ``chars`` characters span the whole corpus.

    News is not the same from one year to the next: the first 5 MB of the CCTV corpus (early 2022)
    extract ~40% faster than days taken across 2022-2024, so a prefix would flatter the pipeline.
    """
    corpus = sum(path.stat().st_size for path in paths) / 3  # UTF-8 bytes of Chinese text → characters
    stride = max(1, int(corpus // chars))
    return paths[::stride]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="../shared/corpus/cctv")
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--model", choices=["on", "off"], default="on")
    args = parser.parse_args()
    _use_model(args.model == "on")
    files, total = [], 0
    for path in spread_sample(sorted(Path(args.corpus).glob("*.md")), args.mb * 1_000_000):
        files.append(str(path))
        total += len(path.read_text(encoding="utf-8"))
        if total >= args.mb * 1_000_000:
            break
    if not files:
        sys.exit(f"bench_extract: no .md files in {args.corpus} (run from the repository, beside ../shared)")
    texts = [Path(f).read_text(encoding="utf-8") for f in files]

    bare = spacy.blank("zh")  # default segmenter: characters
    t0 = time.perf_counter()
    for text in texts:
        bare.make_doc(text)
    bare_rate = total / (time.perf_counter() - t0)

    load_nlp()
    t0 = time.perf_counter()
    c0 = time.process_time()
    articles = events = participations = errors = 0
    for item in extract_facts(files):
        if isinstance(item, IngestError):
            errors += 1
            continue
        articles += 1
        events += len(item.events)
        participations += sum(len(e.participants) for e in item.events)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rate = total / seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files {len(files)}  chars {total:,}  articles {articles}  events {events}  participations {participations}")
    print(f"errors {errors}")
    print(f"spaCy bare char tokenizer: {bare_rate:,.0f} chars/s")
    share = rate / bare_rate
    print(f"zhgov-kg end to end:       {rate:,.0f} chars/s  ({share:.1%} of bare tokenizer)  model {args.model}")
    print(f"by CPU time:               {total / cpu:,.0f} chars/s  ({cpu:.1f} s CPU, {seconds:.1f} s wall)")
    print(f"peak RSS: {peak_mb:,.0f} MB")
    sys.exit(0)


if __name__ == "__main__":
    main()
