"""Throughput of the first three stages (ingest → normalise → segment) on the CCTV corpus.

Prints characters per second over about 5 MB of /work/shared/corpus/cctv (or the folder given as
the first argument).  The whole pipeline must reach ≥100k chars/s with spaCy on top, so these stages
should run at several MB/s.

    .venv/bin/python bench/bench_segment.py [CORPUS_DIR] [MEGABYTES] [REPEATS]

With ``--hostile [CHARS] [SHAPE…]`` it times normalise+segment instead on pages of one hostile shape
each (1 M characters by default): one long paragraph of transcript text, one of Chinese words split
by spaces, one of half-width punctuation, alternating headline and text lines, a digest of empty
datelines, a digest of links, a story of markdown subheadings.  Every stage must stay near-linear:
the figure at 4× the size should be about 4× the time.

    .venv/bin/python bench/bench_segment.py --hostile 1000000
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.ingest.normalise import normalise
from kg.ingest.read import read_sources
from kg.ingest.segment import segment
from kg.model import IngestError

DEFAULT_CORPUS = Path("/work/shared/corpus/cctv")


def pick_files(folder: Path, megabytes: float) -> list[str]:
    budget = int(megabytes * 1_000_000)
    chosen, size = [], 0
    for path in sorted(folder.glob("*.md")):
        if size >= budget:
            break
        chosen.append(str(path))
        size += len(path.read_text(encoding="utf-8"))
    return chosen


def best_of(repeats: int, run) -> float:
    """Fastest of several runs: the machine is shared, and the minimum is the least disturbed."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _repeat(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def hostile_pages(chars: int) -> dict[str, str]:
    """Pages of ``chars`` characters, one per shape that once made a stage quadratic or slow."""
    day = Path(__file__).resolve().parents[1] / "tests" / "data" / "cctv" / "20230307.md"
    body = "".join(line for line in day.read_text(encoding="utf-8").splitlines() if line and line[0] not in "#[*")
    return {
        "one-paragraph": _repeat(body, chars),
        "spaced-words": _repeat("大足 区政府 刘 侃 出席 ", chars),
        "ascii-punct": _repeat('近日,由大足区政府主办(会议);"好" ', chars),
        "headline/text": _repeat("大足区政府召开会议\n\n区长主持会议，部署工作。\n\n", chars),
        "digest-datelines": "### 国内联播快讯\n\n" + _repeat("央视网消息：\n\n", chars),
        "digest-links": "### 国内联播快讯\n\n" + _repeat("正文，内容。\n\n[查看原文](http://x.cn/a)\n\n", chars),
        "subheadings": "### 标题\n\n" + _repeat("大足区政府召开会议\n\n区长主持会议，部署工作。\n\n", chars),
    }


def hostile(chars: int, shapes: list[str]) -> None:
    from kg.model import Source

    for name, text in hostile_pages(chars).items():
        if shapes and name not in shapes:
            continue
        start = time.perf_counter()
        normalise(text)
        t_normalise = time.perf_counter() - start
        start = time.perf_counter()
        articles = segment(Source("hostile.txt", text))
        t_segment = time.perf_counter() - start
        print(
            f"{name:17s} {len(text):>10,} chars  normalise {t_normalise:6.2f} s  "
            f"segment (+normalise) {t_segment:6.2f} s  {len(articles):>6,} articles",
            flush=True,
        )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--hostile":
        chars = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
        hostile(chars, sys.argv[3:])
        return
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    files = pick_files(folder, megabytes)

    sources = [s for s in read_sources(files) if not isinstance(s, IngestError)]
    chars = sum(len(s.text) for s in sources)
    t_ingest = best_of(repeats, lambda: list(read_sources(files)))
    t_normalise = best_of(repeats, lambda: [normalise(s.text) for s in sources])
    # segment normalises again: it is the stage the pipeline calls
    t_segment = best_of(repeats, lambda: [segment(s) for s in sources])
    articles = sum(len(segment(s)) for s in sources)

    total = t_ingest + t_segment
    print(f"corpus: {len(sources)} files, {chars:,} chars, {articles:,} articles")
    print(f"ingest:              {chars / t_ingest:>12,.0f} chars/s  ({t_ingest:.2f} s)")
    print(f"normalise alone:     {chars / t_normalise:>12,.0f} chars/s  ({t_normalise:.2f} s)")
    print(f"segment (+normalise):{chars / t_segment:>12,.0f} chars/s  ({t_segment:.2f} s)")
    print(f"ingest+normalise+segment: {chars / total:,.0f} chars/s")


if __name__ == "__main__":
    main()
