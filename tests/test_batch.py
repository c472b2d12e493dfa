"""Extraction on every core, on a Dask cluster, from the cache: the same facts, in the same order.

A researcher runs ``kg extract``/``kg build`` with one job or all of them, on one machine or a
cluster, once or again after a crash; the output must not depend on any of it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cache import FactsCache, pack, pipeline_version, source_key, unpack
from kg.extract import batch
from kg.ingest.read import read_sources
from kg.model import IngestError, Source

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "kg" / "sample" / "seeds"
KG = str(Path(sys.executable).with_name("kg"))


def lines(facts: list) -> list[str]:
    return [json.dumps(f.to_dict(), ensure_ascii=False) for f in facts]


@pytest.fixture(scope="module")
def one_job() -> list[str]:
    """The seeds extracted in this process, one document after another, no cache."""
    return lines(list(batch.extract([str(SEEDS)], jobs=1)))


def test_two_worker_processes_give_exactly_the_facts_of_one(
    one_job: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "POOL_MIN_CHARS", 0)  # the seeds are small: use the pool all the same
    stats = batch.Stats()
    two = lines(list(batch.extract([str(SEEDS)], jobs=2, stats=stats)))
    assert stats.documents == stats.extracted == 5
    assert stats.workers == 2
    assert len(batch.batches([(str(n), s) for n, s in enumerate(read_sources([str(SEEDS)]))], 2)) > 1
    assert two == one_job


def test_an_update_decodes_its_stored_facts_while_a_worker_extracts_the_new_day(one_job: list[str]) -> None:
    """`kg build --update` has one new day and three stored years: the day is too small for a pool of
    its own, yet with two cores one worker extracts it while this process does the caller's work."""
    import multiprocessing

    workers_alive: list[int] = []
    stats = batch.Stats()
    facts = lines(
        list(
            batch.extract(
                [str(SEEDS)],
                jobs=2,
                stats=stats,
                meanwhile=lambda: workers_alive.append(len(multiprocessing.active_children())),
            )
        )
    )
    assert facts == one_job
    assert workers_alive and workers_alive[0] >= 1  # run once, while the worker was at work
    assert len(workers_alive) == 1 and stats.workers == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_callers_work_runs_once_when_nothing_is_extracted_in_a_worker(tmp_path: Path, jobs: int) -> None:
    cache = FactsCache(tmp_path / "cache.sqlite")
    list(batch.extract([str(SEEDS)], jobs=1, cache=cache))
    calls: list[int] = []
    stats = batch.Stats()
    list(batch.extract([str(SEEDS)], jobs=jobs, cache=cache, stats=stats, meanwhile=lambda: calls.append(1)))
    assert calls == [1] and stats.cached == 5 and stats.workers == 0
    one = batch.Stats()
    list(batch.extract([str(SEEDS)], jobs=1, stats=one, meanwhile=lambda: calls.append(2)))
    assert calls == [1, 2] and one.extracted == 5 and one.workers == 0  # one job: before extracting here


def test_inputs_in_another_order_give_the_same_order_of_facts(
    one_job: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "POOL_MIN_CHARS", 0)
    files = [str(p) for p in sorted(SEEDS.iterdir())]
    assert lines(list(batch.extract(files[::-1], jobs=2))) == one_job


def test_a_second_run_takes_every_document_from_the_cache(tmp_path: Path, one_job: list[str]) -> None:
    cache = FactsCache(tmp_path / "cache.sqlite")
    first, second = batch.Stats(), batch.Stats()
    assert lines(list(batch.extract([str(SEEDS)], jobs=1, cache=cache, stats=first))) == one_job
    assert (first.cached, first.extracted) == (0, 5)
    assert lines(list(batch.extract([str(SEEDS)], jobs=1, cache=cache, stats=second))) == one_job
    assert (second.cached, second.extracted) == (5, 0)
    assert len(cache) == 5


def test_a_run_stopped_half_way_re_extracts_only_what_is_missing(tmp_path: Path, one_job: list[str]) -> None:
    cache = FactsCache(tmp_path / "cache.sqlite")
    sources = [s for s in read_sources([str(SEEDS)]) if isinstance(s, Source)]
    cache.put_many(batch.extract_batch([(source_key(s), s) for s in sources[:3]]))  # what a killed run kept
    stats = batch.Stats()
    assert lines(list(batch.extract([str(SEEDS)], jobs=1, cache=cache, stats=stats))) == one_job
    assert (stats.cached, stats.extracted) == (3, 2)


def test_the_cache_key_follows_every_field_and_the_pipeline(tmp_path: Path) -> None:
    page = Source("a.txt", "大足区人大常委会召开会议。", path="a.txt", pub_date="2025-09-12")
    same = Source("a.txt", "大足区人大常委会召开会议。", path="a.txt", pub_date="2025-09-12")
    assert source_key(page) == source_key(same)
    assert source_key(page) != source_key(Source("a.txt", page.text, path="a.txt", pub_date="2025-09-13"))
    assert source_key(page) != source_key(Source("a.txt", page.text + "。", path="a.txt", pub_date="2025-09-12"))
    assert pipeline_version().startswith(__import__("kg").__version__ + "+")
    records = [{"doc_id": "a.txt", "article_id": "a.txt", "persons": []}]
    assert unpack(pack(records)) == records
    with pytest.raises(ValueError):
        unpack(b"not zlib")


def test_a_document_that_breaks_the_pipeline_costs_only_that_document() -> None:
    good = next(s for s in read_sources([str(SEEDS / "004_405a22e14fca248f.txt")]) if isinstance(s, Source))
    broken = Source("broken.txt", None, path="broken.txt")  # type: ignore[arg-type]
    outcome = batch.extract_batch([("k1", broken), ("k2", good)])
    assert outcome[0][0] == "k1" and isinstance(outcome[0][1], str) and "extraction failed" in outcome[0][1]
    assert outcome[1][0] == "k2" and unpack(outcome[1][1])


def test_unreadable_inputs_are_reported_and_the_rest_extracted(tmp_path: Path) -> None:
    items = list(batch.extract([str(tmp_path / "missing.txt"), str(SEEDS / "004_405a22e14fca248f.txt")], jobs=1))
    assert isinstance(items[0], IngestError) and "no such file" in str(items[0])
    assert items[1:] and not any(isinstance(i, IngestError) for i in items[1:])


def test_progress_is_plain_lines_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    env = {**os.environ, "KG_PROGRESS_SECONDS": "0", "KG_CACHE": str(tmp_path / "c.sqlite")}
    shown = subprocess.run(
        [KG, "extract", str(SEEDS), "-o", str(tmp_path / "f.jsonl"), "--jobs", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert shown.returncode == 0, shown.stderr
    progress = shown.stderr.splitlines()
    assert len(progress) >= 2  # one line per batch of documents done when the interval is 0
    for line in progress:
        assert re.fullmatch(
            r"kg extract: [1-5]/5 documents \(\d+%\), [0-9.]+ documents/s, \d+s elapsed, \S+ left", line
        )
    assert progress[-1].startswith("kg extract: 5/5 documents (100%)")
    assert "\r" not in shown.stderr  # no bar drawing on a pipe
    quiet = subprocess.run(
        [KG, "extract", str(SEEDS), "-o", str(tmp_path / "g.jsonl"), "--quiet"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_a_terminal_gets_a_progress_bar() -> None:
    """On a terminal the bar is tqdm's: rate, count and ETA on one redrawn line."""
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    bar = batch.Progress(4, "build", stream=screen)
    for _ in range(4):
        bar.update()
    bar.close()
    assert "\r" in screen.getvalue() and "0/4" in screen.getvalue() and "doc/s" in screen.getvalue()
    silent = Terminal()
    quiet = batch.Progress(4, "build", quiet=True, stream=silent)
    quiet.update(4)
    quiet.close()
    assert silent.getvalue() == ""


def test_a_dask_cluster_of_two_worker_processes_builds_the_graph_of_the_local_run(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    env = {**os.environ, "KG_CACHE": str(tmp_path / "unused.sqlite")}
    local = subprocess.run(
        [KG, "build", str(SEEDS), "--no-store", "-o", str(tmp_path / "local.nt"), "--no-cache", "-q", "--jobs", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert local.returncode == 0, local.stderr
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = subprocess.run(
            [KG, "build", str(SEEDS), "--no-store", "-o", str(tmp_path / "dask.nt"), "--no-cache", "-q"]
            + ["--dask", cluster.scheduler_address],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert remote.returncode == 0, remote.stderr
        ran = client.run(lambda: sys.modules.get("kg.extract.pipeline") is not None)
    assert len(ran) == 2 and any(ran.values())  # two worker processes; the pipeline ran on the cluster
    assert (tmp_path / "dask.nt").read_bytes() == (tmp_path / "local.nt").read_bytes()


def test_an_unreachable_dask_scheduler_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    result = subprocess.run(
        [KG, "extract", str(SEEDS), "--dask", "tcp://127.0.0.1:9", "--no-cache", "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in errors[0], result.stderr
