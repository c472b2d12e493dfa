"""Extraction over many documents: every core, a Dask cluster, a cache, progress, one fixed order.

:func:`extract` is what ``kg build`` and ``kg extract`` call. It reads the inputs in this process
(ingest is cheap), looks every document up in the extraction cache, and sends the rest in
batches to workers that load the pipeline once and return plain facts (lists of
:meth:`ArticleFacts.to_dict` records, never spaCy objects). The workers are either a local pool of
processes (``jobs``) or a ``dask.distributed`` cluster (``dask_address``); both run the same
function, :func:`extract_batch`. Results come back in any order and are handed on in one fixed
order (by document id, then path, then content), so the output is the same whatever the number of
workers and whatever the order of the inputs.

One bad document costs that document: an exception in the pipeline becomes an
:class:`IngestError` naming it, and the batch goes on.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TextIO

from kg.model import ArticleFacts, IngestError, Source

#: A batch aims at this many characters of text (a CCTV day is ~27k): big enough that sending it
#: costs little next to extracting it, small enough that the workers stay evenly loaded.
BATCH_CHARS = 120_000
#: A batch never holds more documents than this (short JSON Lines records).
BATCH_DOCUMENTS = 64
#: Below this much text to extract, worker processes cost more (each loads the pipeline, ~2 s of
#: CPU) than they save, so the work runs in this process.
POOL_MIN_CHARS = 250_000
#: Seconds between two progress lines when stderr is not a terminal (``$KG_PROGRESS_SECONDS``).
PROGRESS_SECONDS = 10.0

Outcome = tuple[str, bytes | str]  # (source key, packed facts | error message)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------------------
# The worker side
# ---------------------------------------------------------------------------------------------


def _die_with_parent() -> None:
    """Linux: a worker gets SIGKILL when the process that started it dies (even by kill -9)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def init_worker() -> None:
    """Load the pipeline once per worker process; leave Ctrl-C to the parent, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    from kg.extract.pipeline import load_nlp

    load_nlp()


def extract_batch(batch: Sequence[tuple[str, Source]]) -> list[Outcome]:
    """Facts of each document of a batch as packed plain dicts (:func:`kg.cache.pack`), or the
    one-line reason it failed.

    The function a pool worker or a Dask worker runs; :func:`kg.extract.pipeline.load_nlp` is
    cached per process, so the pipeline loads once per worker. Packing happens here, on the
    workers, so the parent only stores and decodes.
    """
    from kg.cache import pack
    from kg.extract.pipeline import extract_source

    out: list[Outcome] = []
    for key, source in batch:
        try:
            out.append((key, pack([facts.to_dict() for facts in extract_source(source)])))
        except Exception as exc:  # one bad page must never lose the batch
            out.append((key, f"extraction failed: {type(exc).__name__}: {exc}"))
    return out


# ---------------------------------------------------------------------------------------------
# Progress
# ---------------------------------------------------------------------------------------------


class Progress:
    """Documents done: a tqdm bar on a terminal, a plain line every few seconds otherwise, or nothing."""

    def __init__(self, total: int, label: str, *, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.total, self.label, self.done = total, label, 0
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet or total == 0 or self.stream is None
        self.bar = None
        self.started = self.last = time.monotonic()
        self.every = float(os.environ.get("KG_PROGRESS_SECONDS", PROGRESS_SECONDS))
        if not self.quiet and _isatty(self.stream):
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=label, unit="doc", file=self.stream, dynamic_ncols=True, leave=False)

    def update(self, count: int = 1) -> None:
        self.done += count
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(count)
            return
        now = time.monotonic()
        if now - self.last >= self.every or (self.done == self.total and now - self.started >= self.every):
            self.last = now
            self._line(now)

    def _line(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        percent = 100 * self.done // max(self.total, 1)
        print(
            f"kg {self.label}: {self.done}/{self.total} documents ({percent}%), {rate:.1f} documents/s, "
            f"{_clock(elapsed)} elapsed, {_clock(left)} left",
            file=self.stream,
            flush=True,
        )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


# ---------------------------------------------------------------------------------------------
# The parent side
# ---------------------------------------------------------------------------------------------


def order_key(source: Source) -> tuple[str, str, str]:
    """Where a document goes in the output: by id, then path, then content (ties of equal ids)."""
    digest = hashlib.sha1(source.text.encode("utf-8", "surrogatepass")).hexdigest()
    return (source.doc_id, source.path or "", digest)


@dataclass(slots=True)
class Document:
    """One document extracted: what ``kg build`` keeps beside the store for ``--update``."""

    doc_id: str
    content: str  # :func:`kg.cache.content_hash`
    order: str  # :func:`order_key`, joined
    packed: bytes  # :func:`kg.cache.pack` of its facts


@dataclass
class Stats:
    """What a run did: documents read, taken from the cache, extracted, failed (and, when asked, the
    packed facts of each document)."""

    documents: int = 0
    cached: int = 0
    extracted: int = 0
    failed: int = 0
    workers: int = 0  # worker processes used (0: extraction ran in this process)
    keep: bool = False
    kept: list[Document] = field(default_factory=list)


def batches(items: Sequence[tuple[str, Source]], jobs: int) -> list[list[tuple[str, Source]]]:
    """Consecutive batches of about :data:`BATCH_CHARS` characters, at least ``4 × jobs`` of them when possible."""
    total = sum(len(source.text) for _, source in items)
    target = max(1, min(BATCH_CHARS, total // max(1, 4 * jobs)))
    out: list[list[tuple[str, Source]]] = []
    current: list[tuple[str, Source]] = []
    size = 0
    for item in items:
        current.append(item)
        size += len(item[1].text)
        if size >= target or len(current) >= BATCH_DOCUMENTS:
            out.append(current)
            current, size = [], 0
    if current:
        out.append(current)
    return out


class _Once:
    """The caller's own work, run once: while the workers extract, or before extracting here."""

    def __init__(self, work: Callable[[], Any] | None) -> None:
        self._work = work

    def __call__(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()


def _run_local(work: list[list[tuple[str, Source]]], workers: int, meanwhile: _Once) -> Iterator[list[Outcome]]:
    """Extract ``work`` in this process (``workers`` 0) or in a pool of ``workers`` processes."""
    if workers <= 0:
        meanwhile()
        for batch in work:
            yield extract_batch(batch)
        return
    executor = ProcessPoolExecutor(max_workers=workers, initializer=init_worker)
    pending: set[Future] = set()
    queue = iter(work)
    finished = False
    try:
        for batch in queue:
            pending.add(executor.submit(extract_batch, batch))
            if len(pending) >= 2 * workers:
                break
        meanwhile()  # the workers are started (forked at the first submit): this process is free
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
                following = next(queue, None)
                if following is not None:
                    pending.add(executor.submit(extract_batch, following))
        finished = True
    finally:
        if not finished:  # interrupted: stop the workers now rather than after their batch
            for process in list(getattr(executor, "_processes", {}).values()):
                with contextlib.suppress(Exception):
                    process.terminate()
        executor.shutdown(wait=finished, cancel_futures=True)


def _run_dask(work: list[list[tuple[str, Source]]], address: str, meanwhile: _Once) -> Iterator[list[Outcome]]:
    try:
        from dask.distributed import Client, as_completed
    except ImportError as error:
        raise RuntimeError(f"--dask needs dask.distributed (pip install 'dask[distributed]'): {error}") from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as error:
        raise RuntimeError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    try:
        futures = client.map(extract_batch, work, pure=False)
        meanwhile()
        for future in as_completed(futures):
            yield future.result()
            future.release()
    finally:
        client.close()


def extract(
    inputs: Sequence[str],
    *,
    date: str | None = None,
    region: str | None = None,
    jobs: int | None = None,
    dask_address: str | None = None,
    cache: Any = None,
    progress: Callable[[int], Progress] | None = None,
    stats: Stats | None = None,
    sources: Iterable[Source | IngestError] | None = None,
    meanwhile: Callable[[], Any] | None = None,
    records: bool = False,
) -> Iterator[ArticleFacts | dict[str, Any] | IngestError]:
    """Facts of every article named by ``inputs``, in a fixed order; unreadable inputs as errors first.

    ``cache`` is a :class:`kg.cache.FactsCache` (or None); ``progress`` makes a :class:`Progress`
    for a number of documents; ``stats`` is filled in as the run goes. ``sources`` replaces
    reading ``inputs`` (``kg build --update`` reads them itself to compare hashes).

    ``meanwhile`` is work of the caller's own, run once in this process before the first facts are
    handed on; with ``jobs`` > 1 it runs while worker processes extract, even when there is too little
    to extract to be worth a pool otherwise (``kg build --update`` decodes the stored facts of three
    years while a worker loads the pipeline and extracts the new day).

    With ``records`` each article comes as the plain dict :meth:`ArticleFacts.to_dict` gives, as the
    worker made it: ``kg extract`` prints those, and rebuilding the dataclasses only to turn them back
    into dicts cost this process ~3.6 s of CPU on the CCTV corpus, taken from the workers' cores.
    """
    from kg.cache import content_hash, source_key
    from kg.ingest.read import read_sources

    stats = stats if stats is not None else Stats()
    jobs = jobs or default_jobs()
    documents: list[tuple[tuple[str, str, str], str, Source]] = []
    stream = sources if sources is not None else read_sources(list(inputs), date=date, region=region)
    for item in stream:
        if isinstance(item, IngestError):
            stats.failed += item.lost  # a notice about a repaired record is no failure
            yield item
            continue
        documents.append((order_key(item), source_key(item), item))
    documents.sort(key=lambda entry: entry[0])
    stats.documents = len(documents)

    results: dict[str, bytes | str] = {}
    missing: list[tuple[str, Source]] = []
    for _, key, _source in documents:
        if key in results:
            continue
        found = cache.get(key) if cache is not None else None
        if found is not None:
            results[key] = found
            stats.cached += 1
        else:
            results[key] = ""  # placeholder: to extract
            missing.append((key, _source))

    def emit(index: int) -> Iterator[ArticleFacts | IngestError]:
        order, key, source = documents[index]
        value = results[key]
        if isinstance(value, str):
            stats.failed += 1
            yield IngestError(source.path or source.doc_id, value.lstrip("\x00") or "not extracted")
            return
        if stats.keep:
            stats.kept.append(Document(source.doc_id, content_hash(source), "\x1f".join(order), value))
        for record in unpack(value):
            yield record if records else ArticleFacts.from_dict(record)

    from kg.cache import unpack

    bar = progress(len(documents)) if progress is not None else None
    if bar is not None and stats.cached:
        bar.update(stats.cached)
    try:
        emitted = 0
        work = batches(missing, jobs)
        chars = sum(len(source.text) for _, source in missing)
        once = _Once(meanwhile)
        if not dask_address:
            stats.workers = min(jobs, len(work)) if jobs > 1 and len(work) > 1 and chars >= POOL_MIN_CHARS else 0
            if meanwhile is not None and jobs > 1 and work and not stats.workers:
                stats.workers = 1  # one worker extracts while this process does the caller's work
        runs = _run_dask(work, dask_address, once) if dask_address else _run_local(work, stats.workers, once)
        for outcome in runs:
            if cache is not None:
                cache.put_many((key, value) for key, value in outcome if isinstance(value, bytes))
            for key, value in outcome:
                results[key] = value if isinstance(value, bytes) else f"\x00{value}"
                stats.extracted += 1
            if bar is not None:
                bar.update(len(outcome))
            # hand on every document whose turn has come (a fixed order, whatever finishes first)
            while emitted < len(documents) and results[documents[emitted][1]] != "":
                yield from emit(emitted)
                emitted += 1
        once()  # nothing was left to extract
        while emitted < len(documents):
            yield from emit(emitted)
            emitted += 1
    finally:
        if bar is not None:
            bar.close()
