"""Where the time of ``kg build --update`` goes when one day is added to a corpus-sized store.

    python bench/bench_update.py --store STORE --corpus FOLDER --day NEW_DAY.md [--repeat 2]

STORE must have been built by ``kg build FOLDER --store STORE`` (the same folder: a document's
content hash includes its path, so a moved corpus reads as changed throughout). NEW_DAY is copied
into FOLDER for the run and removed afterwards; STORE is never changed (each run updates a copy).
Each run starts from a copy of the extraction cache (``$KG_CACHE``) with the new day left out,
so the day is really extracted, as it is for a researcher adding tomorrow's paper.

Prints, for each run, the wall and CPU time of ``kg build FOLDER --store COPY --update`` as typed,
then the same work done phase by phase in this process (reading and hashing the inputs and
unpacking the stored facts, extracting the new day, resolving identities, the article graph
signatures, writing the store), with the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def load() -> str:
    """The load average (1, 5, 15 min): the machine is shared, so every figure carries it."""
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def fresh_cache(cache: Path | None, folder: Path) -> Path:
    """A copy of the extraction cache (with its write-ahead log folded in) for one run."""
    target = folder / "cache.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if cache is not None and cache.is_file():
        import sqlite3

        with sqlite3.connect(cache) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
    return target


def forget(cache: Path, day: Path) -> None:
    """Drop the new day's facts from a cache copy, so that the run extracts it."""
    import sqlite3

    from kg.cache import source_key
    from kg.ingest.read import read_sources

    keys = [(source_key(s),) for s in read_sources([str(day)]) if hasattr(s, "text")]
    with sqlite3.connect(cache) as db:
        db.executemany("DELETE FROM facts WHERE key = ?", keys)


def command_run(store: Path, corpus: Path, cache: Path, work: Path) -> str:
    copy = work / "cli-store"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(store, copy)
    env = {**os.environ, "KG_CACHE": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [str(Path(sys.executable).with_name("kg")), "build", str(corpus), "--store", str(copy), "--update"],
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    return f"kg build --update: {wall:.1f} s wall, {cpu:.1f} s CPU, exit {done.returncode}\n    {last}"


def phases(store: Path, corpus: Path, cache: Path, work: Path) -> list[tuple[str, float]]:
    """The update's work, phase by phase, in this process (the same calls ``kg build --update`` makes)."""
    os.environ["KG_CACHE"] = str(cache)
    from kg.commands.build import _contents, _grouped, _Run
    from kg.extract.batch import Stats
    from kg.graph import store as stores
    from kg.graph.resolve import resolve

    copy = work / "phase-store"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(store, copy)
    run = _Run((str(corpus),), copy, (), None, None, False, True, None, None, True, False)
    times: list[tuple[str, float]] = []

    def timed(label: str, started: float) -> None:
        times.append((label, time.perf_counter() - started))

    started = time.perf_counter()
    sources, stored, _ = run._plan_update()
    timed("read and hash the inputs, unpack the stored facts", started)
    stats = Stats(keep=True)
    started = time.perf_counter()
    facts = run._collect(run._extract(stats, sources))
    timed(f"extract {len(sources)} new document(s) (pipeline load included)", started)
    new = {d.order for d in stats.kept}
    every = [(o, g) for o, g, _ in stored if o not in new] + _grouped(facts, stats)
    articles = [a for _, g in sorted(every, key=lambda e: e[0]) for a in g]
    started = time.perf_counter()
    resolution = resolve(articles)
    timed(f"resolve identities ({len(articles)} articles)", started)
    started = time.perf_counter()
    signatures = stores.signatures(resolution, _contents(stored, stats))
    timed("article graph signatures", started)
    started = time.perf_counter()
    _, plan = stores.update(resolution, copy, signatures, (), None, 1)
    timed(f"write the store ({len(plan.written)} article graphs, graph:build, ontology)", started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True, help="the folder STORE was built from")
    parser.add_argument("--day", type=Path, required=True, help="the document to add")
    parser.add_argument("--repeat", type=int, default=2)
    options = parser.parse_args()
    added = options.corpus / options.day.name
    if added.exists():
        parser.error(f"{added} exists already: give a day the store does not hold")
    cache = Path(os.environ["KG_CACHE"]) if os.environ.get("KG_CACHE") else None
    shutil.copy(options.day, added)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-update-") as scratch:
            work = Path(scratch)
            for attempt in range(options.repeat):
                print(f"run {attempt + 1}: {load()}")
                copy = fresh_cache(cache, work)
                forget(copy, added)
                print("  " + command_run(options.store, options.corpus, copy, work))
                copy = fresh_cache(cache, work)
                forget(copy, added)
                if attempt == options.repeat - 1:  # the pipeline stays loaded in this process after one
                    total = 0.0
                    for label, seconds in phases(options.store, options.corpus, copy, work):
                        total += seconds
                        print(f"  {seconds:6.2f} s  {label}")
                    print(f"  {total:6.2f} s  in all (start-up and the facts sidecar not included); {load()}")
    finally:
        added.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
