"""Whole-corpus build figures: wall time with 1 and N jobs, peak memory, --update of one day, a killed
build resumed, and store size against N-Triples.

    python bench/bench_build.py [CORPUS] [--jobs 1,2] [--work DIR] [--skip-kill] [--warm]

CORPUS defaults to the CCTV corpus beside the repository (../shared/corpus/cctv). Every run is a
real ``kg build`` subprocess with its own empty extraction cache (``$KG_CACHE``), so extraction is
measured, not looked up (``--warm`` builds once more with ``--facts`` from the facts the store
kept, which times the graph phases alone: resolution, store, files, whatever the extraction code
became meanwhile). A timed build writes what issue 10's target names, the store and its Turtle; the
N-Triples the store-size ratio is taken against are exported from the store afterwards, untimed.
Each run prints the build's summary line, which gives where the
graph time went. Peak RSS is sampled every 0.1 s over the whole process tree (the parent
and its workers, summed) with psutil.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent


def tree_rss(members: list[psutil.Process], proportional: bool = True) -> tuple[int, int]:
    """Resident memory of a process tree: RSS summed, and PSS summed (0 unless ``proportional``).

    Forked workers share the parent's pages until they write them; RSS counts a shared page once
    per process, PSS divides it among the processes sharing it, so the PSS sum is what the tree
    really holds. PSS makes the kernel walk every page table of the tree (~17 ms of system time a
    sample at 1 GB), RSS is a counter it keeps.
    """
    rss = pss = 0
    for member in members:
        with contextlib.suppress(psutil.Error):
            if proportional:
                info = member.memory_full_info()
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
            else:
                rss += member.memory_info().rss
    return rss, pss


#: Seconds between samples of the summed RSS, and between samples of the PSS. Sampling the PSS every
#: 0.1 s took 11 s of CPU during a 89 s build on 2 cores (6% of the machine, taken from the build it
#: measures); once a second it takes ~1 s.
RSS_EVERY = 0.1
PSS_EVERY = 1.0


def load() -> str:
    """The load average (1, 5, 15 min): the machine is shared, so every figure carries it."""
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


#: CCTV days per batch (kg.extract.batch.BATCH_CHARS over ~27k characters a day).
BATCH_DOCUMENTS_HINT = 5


def cached_documents(cache: Path) -> int:
    """Documents whose facts a build has saved in the extraction cache so far."""
    try:
        with sqlite3.connect(cache, timeout=5) as db:
            return int(db.execute("SELECT COUNT(*) FROM facts").fetchone()[0])
    except sqlite3.Error:
        return 0


def common_keys(one: Path, other: Path) -> int:
    """Cache keys two runs share: none when the extraction code (the pipeline version) changed between them."""
    try:
        with sqlite3.connect(one, timeout=5) as a, sqlite3.connect(other, timeout=5) as b:
            keys = {row[0] for row in a.execute("SELECT key FROM facts")}
            return sum(1 for row in b.execute("SELECT key FROM facts") if row[0] in keys)
    except sqlite3.Error:
        return 0


def run(args: list[str], cache: Path, kill_when: Callable[[], bool] | None = None) -> dict[str, float | str]:
    """Run ``kg ARGS``; wall time, CPU time of the tree, peak summed RSS, stderr."""
    env = {**os.environ, "KG_CACHE": str(cache)}
    started = time.monotonic()
    before = os.times()
    child = subprocess.Popen(["kg", *args], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True)
    watched = psutil.Process(child.pid)
    peak = peak_pss = 0
    loads = [os.getloadavg()[0]]
    sampler = time.process_time()
    next_pss = started
    members = [watched]
    while child.poll() is None:
        proportional = time.monotonic() >= next_pss
        if proportional:  # finding the children scans every process of the machine: once a second
            with contextlib.suppress(psutil.Error):
                members = [watched, *watched.children(recursive=True)]
        with contextlib.suppress(psutil.Error):
            rss, pss = tree_rss(members, proportional)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        if proportional:
            next_pss = time.monotonic() + PSS_EVERY
        loads.append(os.getloadavg()[0])
        if kill_when is not None and kill_when():
            os.kill(child.pid, signal.SIGKILL)
            break
        time.sleep(RSS_EVERY)
    sampler = time.process_time() - sampler
    _, err = child.communicate()
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {
        "wall": time.monotonic() - started,
        "cpu": cpu,
        "rss": peak / 2**20,
        "pss": peak_pss / 2**20,
        "load": f"load during the run {min(loads):.2f}-{max(loads):.2f}, after: {load()}; "
        f"the memory sampling took {sampler:.1f} CPU-s",
        "status": child.returncode,
        "stderr": err,
    }


def facts_of(store: Path, out: Path) -> Path:
    """The facts a store was built from (its sidecar), as ``kg extract`` JSON Lines, in build order."""
    from kg.cache import unpack

    with sqlite3.connect(store / "facts.sqlite") as db, open(out, "w", encoding="utf-8") as lines:
        for (packed,) in db.execute("SELECT facts FROM documents ORDER BY ord"):
            for record in unpack(packed):
                lines.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def n_triples(store: Path, out: Path) -> None:
    """The store's merged graph as N-Triples, for the store-size ratio, after the timed build: the target
    is a store and its Turtle (``kg build -o graph.nt`` writes the same file, from the same parts)."""
    from kg.graph import store as stores

    with stores.closing_store(stores.open_store(store)) as opened:
        stores.export(opened, out)


def size(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "cctv"))
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts to compare")
    parser.add_argument("--work", default="/tmp/kg-bench-build")
    parser.add_argument("--skip-kill", action="store_true", help="skip the kill -9 and resume run")
    parser.add_argument(
        "--warm", action="store_true", help="build again from the facts each store kept (times the graph phases alone)"
    )
    parser.add_argument("--limit", type=int, default=None, help="use only the first LIMIT documents")
    parser.add_argument("--kill-only", action="store_true", help="only the kill -9 and resume run")
    parser.add_argument(
        "--kill-at", type=float, default=0.5, help="kill -9 once this fraction of the documents is in the cache"
    )
    options = parser.parse_args()

    work = Path(options.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    days = sorted(p for p in Path(options.corpus).iterdir() if p.suffix in (".md", ".txt"))[: options.limit]
    corpus = work / "corpus"
    corpus.mkdir()
    for day in days[:-1]:
        shutil.copy(day, corpus / day.name)
    print(f"before: {load()}")
    print(
        f"corpus: {len(days)} documents, {sum(d.stat().st_size for d in days) / 2**20:.1f} MB; building {len(days) - 1}"
    )

    results = {}
    for jobs in [] if options.kill_only else [int(j) for j in options.jobs.split(",")]:
        store, nt = work / f"store{jobs}", work / f"graph{jobs}.nt"
        ttl = work / f"graph{jobs}.ttl"
        figures = run(
            ["build", str(corpus), "--store", str(store), "-o", str(ttl), "--jobs", str(jobs)],
            work / f"cache{jobs}.sqlite",
        )
        n_triples(store, nt)
        results[jobs] = figures
        print(
            f"kg build --jobs {jobs}: {figures['wall']:.1f} s wall, {figures['cpu']:.1f} s CPU, "
            f"peak RSS {figures['rss']:.0f} MB (tree, summed), peak PSS {figures['pss']:.0f} MB (tree), "
            f"exit {figures['status']} ({figures['load']})"
        )
        for line in str(figures["stderr"]).splitlines():
            if not line.startswith("kg build:"):  # the summary with the phases of the graph, and any warning
                print("  " + line)
        print(
            f"  store {size(store):.0f} MB, N-Triples {size(nt):.0f} MB ({size(store) / size(nt):.2f}x), "
            f"Turtle {size(ttl):.0f} MB"
        )
        if options.warm:  # the graph phases alone, from the facts this build kept (whatever the pipeline now)
            facts = facts_of(store, work / f"facts{jobs}.jsonl")
            again = run(
                ["build", "--facts", str(facts), "--store", str(work / f"store{jobs}-facts"), "-o", str(ttl)]
                + ["--jobs", str(jobs)],
                work / f"cache{jobs}.sqlite",
            )
            print(
                f"  kg build --facts (graph only) --jobs {jobs}: {again['wall']:.1f} s wall, {again['cpu']:.1f} s CPU, "
                f"peak RSS {again['rss']:.0f} MB, peak PSS {again['pss']:.0f} MB, exit {again['status']} "
                f"({again['load']})"
            )
            for line in str(again["stderr"]).splitlines():
                print("  " + line)
    counts = sorted(results)
    if len(counts) > 1:
        one, most = results[counts[0]], results[counts[-1]]
        print(f"speed-up {counts[-1]} jobs vs {counts[0]}: {one['wall'] / most['wall']:.2f}x")
        same = (work / f"graph{counts[0]}.ttl").read_bytes() == (work / f"graph{counts[-1]}.ttl").read_bytes()
        shared = common_keys(work / f"cache{counts[0]}.sqlite", work / f"cache{counts[-1]}.sqlite")
        print(
            f"Turtle byte-identical across job counts: {same} (the two runs share {shared} cache keys: "
            + ("the same pipeline)" if shared else "the extraction code changed between them, so their facts differ)")
        )

    jobs = max(int(j) for j in options.jobs.split(","))
    shutil.copy(days[-1], corpus / days[-1].name)
    figures = {"wall": 0.0, "cpu": 0.0, "rss": 0.0, "pss": 0.0, "status": "skipped", "stderr": "", "load": load()}
    if not options.kill_only:
        figures = run(
            ["build", str(corpus), "--store", str(work / f"store{jobs}"), "--update", "--jobs", str(jobs)],
            work / f"cache{jobs}.sqlite",
        )
    print(
        f"kg build --update (one new day): {figures['wall']:.1f} s wall, {figures['cpu']:.1f} s CPU, "
        f"peak RSS {figures['rss']:.0f} MB, peak PSS {figures['pss']:.0f} MB, exit {figures['status']} "
        f"({figures['load']})"
    )
    for line in figures["stderr"].splitlines():
        print("  " + line)

    if not options.skip_kill:
        cache = work / "cache-kill.sqlite"
        target = int(options.kill_at * len(days))
        killed = run(
            ["build", str(corpus), "--store", str(work / "store-kill"), "--jobs", str(jobs), "-q"],
            cache,
            kill_when=lambda: cached_documents(cache) >= target,
        )
        kept = cached_documents(cache)
        print(f"killed with -9 after {killed['wall']:.0f} s, when {kept} of {len(days)} documents were in the cache")
        resumed = run(["build", str(corpus), "--store", str(work / "store-kill"), "--jobs", str(jobs)], cache)
        found = re.search(r"(\d+) documents from the cache", str(resumed["stderr"]))
        cached = int(found.group(1)) if found else 0
        redone = len(days) - cached
        print(
            f"the re-run took {resumed['wall']:.1f} s and extracted {redone} of {len(days)} documents: the "
            f"{len(days) - kept} never saved, of which at most the batches in flight at the kill had been begun "
            f"({2 * jobs} batches of about {BATCH_DOCUMENTS_HINT} documents, "
            f"{100 * 2 * jobs * BATCH_DOCUMENTS_HINT / len(days):.1f}% of the corpus); exit {resumed['status']}"
        )
        leftovers = [p.name for p in work.iterdir() if p.name.startswith(".store-kill")]
        print(f"temporaries left after the re-run: {leftovers or 'none'}")
    sys.exit(0)


if __name__ == "__main__":
    main()
