"""The embedded persistent store (pyoxigraph on RocksDB): building, opening, loading, exporting.

This is the fast path. Quads go straight from :mod:`kg.graph.build` (with
:class:`~kg.graph.build.OxigraphTerms`) into ``Store.bulk_extend`` without an
intermediate rdflib graph, and exports are written by Oxigraph's serialisers
from the store, so a corpus-sized graph never has to fit in Python objects.

Layout: each source document's named graph holds what that document states,
and the store's *default graph* holds the merged graph, the set union of all
named graphs. Queries run on the default graph, so a fact reported by ten
documents is one solution, not ten (Oxigraph's "default graph as union" option
would count it once per graph and multiply every join).

Writes are atomic and safe: a store is built in a temporary sibling directory
and exchanged with the previous one in one ``renameat2(RENAME_EXCHANGE)`` when
complete, so the previous store answers until the new one does, whenever the
build is killed; a lock file beside the store stops a second build; a folder is
replaced only if it holds our marker file (:data:`MARKER`); temporaries of dead
builds are removed by the next one. Export files are written to a temporary
sibling file, fsynced and ``os.replace``-d. Gzip output carries no timestamp, so rebuilding the same
input gives byte-identical files.
"""

from __future__ import annotations

import ctypes
import dataclasses
import errno
import fcntl
import gc
import gzip
import hashlib
import heapq
import json
import multiprocessing as mp
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from glob import escape as glob_escape
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg import __version__
from kg.graph.build import (
    NTriplesTerms,
    OxigraphTerms,
    article_quads,
    article_triples,
    build_quads,
    ontology_quads,
    quads,
    run_iri,
)
from kg.graph.resolve import Resolution, normalise_text
from kg.graph.vocab import BUILD_GRAPH, ONTOLOGY_IRI, PREFIXES, XSD, mint
from kg.io import atomic_binary, clean_stale, fsync_directory, pid_alive, umask
from kg.model import ArticleFacts

#: Where ``kg build`` writes and ``kg query`` reads when no ``--store`` is given.
DEFAULT_STORE = "store"
STORE_ENV = "KG_STORE"

_COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
_MERGE_NAMED_GRAPHS = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def default_store() -> Path:
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


# ---------------------------------------------------------------------------------------------
# File formats
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileFormat:
    rdf: ox.RdfFormat
    dataset: bool  # keeps named graphs (one per source document)
    gzip: bool


_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    ".ttl": (ox.RdfFormat.TURTLE, False),
    ".nt": (ox.RdfFormat.N_TRIPLES, False),
    ".jsonld": (ox.RdfFormat.JSON_LD, False),
    ".nq": (ox.RdfFormat.N_QUADS, True),
    ".trig": (ox.RdfFormat.TRIG, True),
}
SUPPORTED = ", ".join([*_FORMATS, *(f"{s}.gz" for s in _FORMATS)])


def file_format(path: str | Path) -> FileFormat:
    """The RDF format a file name asks for (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld``, each ``[.gz]``)."""
    name = Path(path).name.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    suffix = Path(name).suffix
    if suffix not in _FORMATS:
        raise ValueError(f"{path}: unsupported graph file extension (use {SUPPORTED})")
    rdf, dataset = _FORMATS[suffix]
    return FileFormat(rdf, dataset, compressed)


@contextmanager
def atomic_output(path: str | Path, compress: bool = False) -> Iterator[IO[bytes]]:
    """A binary file handle whose content replaces ``path`` only once fully written and fsynced."""
    with atomic_binary(path) as raw:
        if compress:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as zipped:
                yield zipped
        else:
            yield raw


def _prefixes_for(fmt: ox.RdfFormat) -> dict[str, str] | None:
    return PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD) else None


def named_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """The quads of the named graphs (one per document, plus build and ontology), in index order."""
    return (quad for graph in store.named_graphs() for quad in store.quads_for_pattern(None, None, None, graph))


def export(store: ox.Store, path: str | Path) -> None:
    """Write the store to ``path`` in the format its extension names, atomically.

    N-Quads and TriG keep one named graph per source document; Turtle, N-Triples
    and JSON-LD get the merged graph (the default graph) as plain triples. Turtle and
    N-Triples are sorted by the N-Triples text of each triple (:func:`write_triple_files`);
    the others follow the store's index order, the same for the same content.
    """
    fmt = file_format(path)
    if _text_output(path):  # sorted like a build's files, whatever the store's order
        with tempfile.TemporaryDirectory(prefix="kg-export-") as folder:
            lines = Path(folder) / "store.nt"
            default = store.quads_for_pattern(None, None, None, ox.DefaultGraph())
            _write_triples(lines, (f"{q.subject} {q.predicate} {q.object}" for q in default))
            write_triple_files([lines], [path], Path(folder))
        return
    with atomic_output(path, fmt.gzip) as out:
        if fmt.dataset:
            ox.serialize(named_quads(store), out, fmt.rdf, prefixes=_prefixes_for(fmt.rdf))
        else:
            store.dump(out, fmt.rdf, from_graph=ox.DefaultGraph(), prefixes=_prefixes_for(fmt.rdf))


def triple_count(store: ox.Store) -> int:
    """Triples of the merged graph."""
    return int(next(iter(store.query(_COUNT_TRIPLES)))["n"].value)


# ---------------------------------------------------------------------------------------------
# Stores
# ---------------------------------------------------------------------------------------------


def with_merged_graph(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad, and its triple in the default graph (the store keeps that as a set)."""
    for quad in quads:
        yield quad
        yield ox.Quad(quad.subject, quad.predicate, quad.object)


#: Quads per call of Oxigraph's bulk loader. Measured on the CCTV corpus (4.1M quads): one call
#: peaks at 2.2 GB resident, 500k-quad calls at 1.25 GB in the same time, 100k-quad calls at
#: 0.5 GB but 60% slower.
BULK_CHUNK = 250_000


def load(store: ox.Store, resolution: Resolution) -> None:
    """Stream the dataset of a resolved batch into ``store`` with the bulk loader, in bounded chunks."""
    stream = with_merged_graph(quads(resolution, OxigraphTerms()))
    while chunk := list(islice(stream, BULK_CHUNK)):
        store.bulk_extend(chunk)


# ---------------------------------------------------------------------------------------------
# The fast path: N-Quads text written in parallel, bulk-loaded, exported without reading the store
# ---------------------------------------------------------------------------------------------

#: Articles per part: a part's N-Quads (~100 quads an article) is one call of the bulk loader. Measured on
#: CCTV: about 250k quads a call keeps the loader under ~0.5 GB resident; fewer, larger calls are no faster.
PART_ARTICLES = 2_500
#: Below this many articles the work runs in this process: forking costs more than it saves.
PARALLEL_MIN_ARTICLES = 2_000

#: The resolution the forked workers write from: set before the pool starts, inherited by ``fork``,
#: never pickled.
_SHARED: Resolution | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """One slice of the dataset as files: its named-graph quads, and its distinct triples, sorted."""

    quads: Path  # N-Quads: every quad of the slice's document graphs (or the build and ontology graphs)
    triples: Path  # N-Triples: the distinct triples of the slice, one a line, sorted by code point


def _write_part(index: int, start: int, stop: int, folder: Path) -> Part:
    """Write articles ``start:stop`` of the shared resolution as a :class:`Part` (runs in a worker).

    An article's N-Quads are its triples joined with the graph and the end of a line (one join, not
    one f-string a quad), and the distinct triples are kept bare (:func:`_write_lines`): measured on
    6,000 CCTV articles, the text work went from ~1.35 s to ~0.9 s (the triples take ~0.6 s more).
    """
    resolution = _SHARED
    assert resolution is not None
    terms = NTriplesTerms()
    distinct: set[str] = set()
    part = Part(folder / f"part-{index:05d}.nq", folder / f"part-{index:05d}.nt")
    with open(part.quads, "w", encoding="utf-8") as out:
        for article in resolution.articles[start:stop]:
            graph, triples = article_triples(article, resolution, terms)
            _write_quads(out, graph, triples)
            distinct.update(triples)
    _write_lines(part.triples, distinct)
    return part


def _write_quads(out: IO[str], graph: str, triples: list[str]) -> None:
    """Write the ``s p o`` texts of ``triples`` as N-Quads lines of ``graph``."""
    if triples:
        end = f" {graph} .\n"
        out.write(end.join(triples) + end)


def _write_lines(path: Path, triples: set[str]) -> None:
    """Write ``s p o`` texts as N-Triples lines sorted by code point, and empty ``triples``.

    The texts are sorted as UTF-8 bytes, whose order is that of code points: Python compares
    bytes with one ``memcmp`` but text mixing Latin and Han characters one character at a time
    (a part's ~200k lines: 0.6 s against 0.8-1.1 s, writing included). They are sorted bare and
    then each gets its `` .\n``, in the order of the whole lines (:func:`merged_lines` compares
    whole lines): a triple's text is the start of another's only if the other goes on with ``@``,
    ``^`` or a language tag's ``-`` or letters, all after the space that ends a line's triple.
    """
    ordered = sorted([triple.encode("utf-8") for triple in triples])
    triples.clear()
    with open(path, "wb") as out:
        if ordered:
            out.write(b" .\n".join(ordered))
            out.write(b" .\n")


def _write_triples(path: Path, triples: Iterable[str]) -> None:
    _write_lines(path, set(triples))


def _graph_part(resolution: Resolution, index: int, folder: Path) -> Part:
    """The build and ontology graphs as the last :class:`Part` (small: written in this process)."""
    terms = NTriplesTerms()
    part = Part(folder / f"part-{index:05d}.nq", folder / f"part-{index:05d}.nt")
    distinct: set[str] = set()
    with open(part.quads, "w", encoding="utf-8") as out:
        for graph, triples in (
            (terms.iri(BUILD_GRAPH), build_quads(resolution, terms)),
            (terms.iri(ONTOLOGY_IRI), ontology_quads(terms)),
        ):
            _write_quads(out, graph, triples)
            distinct.update(triples)
    _write_lines(part.triples, distinct)
    return part


def _slices(total: int, jobs: int) -> list[tuple[int, int]]:
    """Consecutive article ranges: about :data:`PART_ARTICLES` each, at least ``2 × jobs`` when parallel."""
    count = max(1, -(-total // PART_ARTICLES), 2 * jobs if jobs > 1 else 1)
    size = max(1, -(-total // count))
    return [(start, min(total, start + size)) for start in range(0, total, size)] or [(0, 0)]


def _start_worker() -> None:
    """A part writer leaves Ctrl-C and SIGTERM to the build, which stops the pool, and dies with it (kill -9)."""
    import signal

    from kg.extract.batch import _die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()


class _Done:
    """A result already at hand, with the part of the :class:`~concurrent.futures.Future` API used here."""

    def __init__(self, work: Callable[[], Part]) -> None:
        self._work = work
        self._value: Part | None = None

    def done(self) -> bool:
        return self._value is not None

    def result(self) -> Part:
        if self._value is None:
            self._value = self._work()
        return self._value


@contextmanager
def writing_parts(resolution: Resolution, folder: Path, jobs: int = 1) -> Iterator[tuple[list, Any]]:
    """Start writing the dataset of ``resolution`` as :class:`Part` files in ``folder``.

    Yields the parts as futures, in order (the last holds the build and ontology graphs), and the
    pool that writes them (None when the work runs here, lazily, as each result is asked for).
    With ``jobs`` > 1 the parts are written by ``jobs - 1`` forked processes, which inherit the
    resolution rather than receive it, so the caller can load one part while the next are written.
    """
    global _SHARED
    ranges = _slices(len(resolution.articles), jobs)
    _SHARED = resolution
    pool = None
    try:
        if jobs > 1 and len(resolution.articles) >= PARALLEL_MIN_ARTICLES and "fork" in mp.get_all_start_methods():
            # the objects alive now move to the collector's permanent generation, so the workers'
            # collections never touch (and so copy) the pages they share with this process
            gc.freeze()
            # one core fewer than ``jobs``: this process bulk-loads the parts as they come, and one writer
            # less holds the pages of the resolution it reads (measured on CCTV, 2 jobs: peak RSS summed
            # over the processes 1,556 -> 1,114 MB, and the graph phase 57 -> 54 s)
            writers = max(1, jobs - 1)
            pool = ProcessPoolExecutor(
                max_workers=writers, mp_context=mp.get_context("fork"), initializer=_start_worker
            )
            futures: list[Any] = [
                pool.submit(_write_part, i, start, stop, folder) for i, (start, stop) in enumerate(ranges)
            ]
        else:
            futures = [
                _Done(lambda i=i, start=start, stop=stop: _write_part(i, start, stop, folder))
                for i, (start, stop) in enumerate(ranges)
            ]
        graphs = _Done(lambda: _graph_part(resolution, len(ranges), folder))
        graphs.result()  # small: written here and now
        futures.append(graphs)
        yield futures, pool
    finally:
        _SHARED = None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
            gc.unfreeze()


def merged_lines(parts: Iterable[Path]) -> Iterator[bytes]:
    """The distinct N-Triples lines of sorted part files, in code-point order (a k-way merge).

    Lines stay UTF-8 bytes: byte order of UTF-8 is code-point order, and comparing bytes costs half
    of decoding and comparing text (1.0 s against 2.0 s for the 1.8M lines of the CCTV corpus).
    """
    files = [open(path, "rb") for path in parts]  # noqa: SIM115 - closed below
    try:
        previous = None
        for line in heapq.merge(*files):
            if line != previous:
                yield line
                previous = line
    finally:
        for handle in files:
            handle.close()


def write_triple_files(parts: list[Path], outputs: list[str | Path], folder: Path) -> int:
    """Write the merged graph of sorted part files to the Turtle and N-Triples ``outputs``; return how many
    distinct triples it has.

    The triples go out sorted by their N-Triples text (so by subject, then predicate), whatever the
    parts and whatever the store: a build with any ``jobs``, an ``--update`` and a build from scratch
    write the same bytes. Turtle is Oxigraph's serialiser over that order; it reads the merged lines
    leniently, as they are our own N-Triples, every IRI checked when it was made
    (:class:`~kg.graph.build.NTriplesTerms`).
    """
    merged = folder / "merged.nt"
    count = 0
    with open(merged, "wb") as out:
        for line in merged_lines(parts):
            out.write(line)
            count += 1
    for output in outputs:
        fmt = file_format(output)
        with atomic_output(output, fmt.gzip) as out:
            if fmt.rdf == ox.RdfFormat.N_TRIPLES:
                with open(merged, "rb") as source:
                    shutil.copyfileobj(source, out, 1 << 20)
            else:
                ox.serialize(
                    ox.parse(path=str(merged), format=ox.RdfFormat.N_TRIPLES, lenient=True),
                    out,
                    fmt.rdf,
                    prefixes=_prefixes_for(fmt.rdf),
                )
    merged.unlink()
    return count


def _text_output(path: str | Path) -> bool:
    """Whether an output is written from the sorted triples (Turtle, N-Triples) rather than from a store."""
    return file_format(path).rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES)


def _load_part(store: ox.Store, part: Part) -> None:
    """Bulk-load one part: its named-graph quads, and its distinct triples into the default graph.

    ``Store.bulk_load`` releases the GIL and each call builds and ingests its own sorted files, so
    several parts load at once from several threads (RocksDB ingests external files from any
    thread); a part of ~250k quads is one batch of Oxigraph's loader, parsed then written by one
    thread, so one call at a time leaves a core idle.
    """
    if part.quads.stat().st_size:
        store.bulk_load(path=str(part.quads), format=ox.RdfFormat.N_QUADS, lenient=True)
    if part.triples.stat().st_size:
        store.bulk_load(path=str(part.triples), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph(), lenient=True)
    part.quads.unlink()


def _build_from_parts(
    resolution: Resolution,
    open_store: Callable[[], ox.Store | None],
    folder: Path,
    outputs: list[str | Path],
    jobs: int,
    timings: dict[str, float] | None = None,
    compact: bool = False,
) -> tuple[int, ox.Store | None]:
    """Load the parts of ``resolution`` into the store ``open_store`` gives (one made in memory if None and
    an output needs one), write ``outputs``; return the number of distinct triples, and the store.

    Parts are bulk-loaded as they are written, by ``jobs`` threads at once. With ``compact`` the
    store is then compacted (:meth:`pyoxigraph.Store.optimize`, one thread) while a worker writes
    the Turtle and N-Triples files from the sorted parts, so the two share the cores rather than
    the files competing with the load. The store is opened once the workers are forked, so that no
    RocksDB thread exists when they are. ``timings`` gets the seconds from the start until the
    document graphs were written (``parts``), loaded (``loaded``) and the files written
    (``files``), and how long the compaction took (``compaction``).
    """
    timings = timings if timings is not None else {}
    started = time.monotonic()
    text, others = [o for o in outputs if _text_output(o)], [o for o in outputs if not _text_output(o)]
    with writing_parts(resolution, folder, jobs) as (futures, pool):
        store = open_store()
        if store is None and others:
            store = ox.Store()
        triples = [folder / f"part-{index:05d}.nt" for index in range(len(futures))]
        with ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="kg-load") as loader:
            loads = []
            for future in futures:
                part = future.result()
                if store is not None:
                    loads.append(loader.submit(_load_part, store, part))
                    if jobs <= 1:
                        loads[-1].result()  # one core: one load at a time, in order
                else:
                    part.quads.unlink()
            timings["parts"] = time.monotonic() - started
            for load in loads:
                load.result()  # the first failure, if any, after every load has stopped
            timings["loaded"] = time.monotonic() - started
        exporter = pool.submit(write_triple_files, triples, text, folder) if pool is not None and text else None
        if compact and store is not None:
            begun = time.monotonic()
            store.optimize()
            timings["compaction"] = time.monotonic() - begun
        if exporter is not None:
            count = exporter.result()
        elif text or store is None:
            count = write_triple_files(triples, text, folder)
        else:  # nothing to write: the store counts faster than a merge
            count = triple_count(store)
    for output in others:
        export(store, output)
    timings["files"] = time.monotonic() - started
    return count, store


#: A file of our own in every store folder: only a folder holding it is ever replaced or deleted.
MARKER = "zhgov-kg-store.json"
MARKER_FORMAT = 1


class StoreBusy(RuntimeError):
    """Another ``kg build`` holds the lock of this store."""


def _write_marker(directory: Path, triples: int) -> None:
    record = {"format": MARKER_FORMAT, "tool": "zhgov-kg", "version": __version__, "triples": triples}
    (directory / MARKER).write_text(json.dumps(record) + "\n", encoding="utf-8")


def marker(directory: str | Path) -> dict:
    """What the marker file of a store says (empty if unreadable)."""
    try:
        found = json.loads((Path(directory) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def owned_store(path: str | Path) -> bool:
    """Whether ``path`` is a store folder this tool made (and so may replace)."""
    directory = Path(path)
    return directory.is_dir() and (directory / MARKER).is_file() and (directory / "CURRENT").is_file()


@contextmanager
def store_lock(store_dir: str | Path) -> Iterator[None]:
    """Hold the write lock of a store (``.NAME.lock`` beside it) or raise :class:`StoreBusy` at once.

    ``flock`` is released by the kernel when the holder dies, so a kill -9 never leaves a store
    locked. The lock file is removed on release; a contender that locked a file already unlinked
    notices the inode change and tries again.
    """
    target = Path(store_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    path = target.with_name(f".{target.name}.lock")
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666 & ~umask())
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise StoreBusy(
                f"{target} is being written by another kg build (process {holder}); "
                "wait for it or choose another --store"
            ) from None
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        with suppress(FileNotFoundError):
            os.unlink(path)
        os.close(fd)


def recover(store_dir: str | Path) -> Path | None:
    """Put back a store left aside by a build killed between the two renames of a non-atomic swap.

    Returns the store restored, if any. Call it under :func:`store_lock`.
    """
    target = Path(store_dir)
    if target.exists():
        return None
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(\d+)\.old$")
    with suppress(OSError):
        for entry in sorted(target.parent.iterdir()):
            match = pattern.match(entry.name)
            if match and not pid_alive(int(match.group(1))) and owned_store(entry):
                os.replace(entry, target)
                fsync_directory(target.parent)
                return target
    return None


def clean_temporaries(store_dir: str | Path) -> list[Path]:
    """Remove the half-built and set-aside stores of dead builds (call under :func:`store_lock`)."""
    recover(store_dir)
    return [*clean_stale(store_dir, ".building"), *clean_stale(store_dir, ".old"), *clean_stale(store_dir, ".parts")]


def check_store_target(store_dir: str | Path, outputs: Iterable[str | Path] = ()) -> Path:
    """The absolute store folder to write, or ``FileExistsError`` (a folder that is not ours) or
    ``ValueError`` (a place a store may not go) saying why it may not be written.

    A folder is replaced only when it holds our marker or is empty; the current folder (or one
    above it) never; and no output file may sit inside the store, which each build replaces.
    """
    target = Path(os.path.abspath(store_dir))
    here = Path.cwd().resolve()
    if target.exists() and (target.resolve() == here or target.resolve() in here.parents):
        raise ValueError(f"--store {store_dir} is the current folder or holds it; give the store a folder of its own")
    if target.exists() and (target.is_symlink() or not target.is_dir()):
        raise FileExistsError(f"{store_dir} exists and is not a graph store; choose another --store")
    if target.is_dir() and not owned_store(target) and any(target.iterdir()):
        raise FileExistsError(
            f"{store_dir} exists and is not a graph store built by kg (no {MARKER}); it is never replaced, "
            "choose another --store"
        )
    for output in outputs:
        absolute = Path(os.path.abspath(output))
        if target == absolute or target in absolute.parents:
            raise ValueError(
                f"{output} is inside the store folder {store_dir}, which each build replaces; write it elsewhere"
            )
    return target


def build(
    resolution: Resolution,
    store_dir: str | Path | None,
    outputs: Iterable[str | Path] = (),
    extra: Callable[[Path], None] | None = None,
    jobs: int = 1,
    timings: dict[str, float] | None = None,
) -> int:
    """Write a batch's graph into a fresh store at ``store_dir`` (or in memory) and to ``outputs``.

    The new store replaces any previous one at ``store_dir`` only once it is complete, in one
    atomic exchange of directories, so the previous store answers until then. ``extra`` may add
    files of its own to the new store folder before the swap. Returns the number of distinct
    triples. Call it under :func:`store_lock`.

    With ``jobs`` > 1 the document graphs are written as N-Quads text by ``jobs - 1`` forked worker
    processes (:func:`writing_parts`), while ``jobs`` threads of this process bulk-load the parts
    already written; then the store is compacted while a worker writes the Turtle and N-Triples files. The
    result is the same whatever ``jobs``. ``timings``, if given, gets where the time went (see
    :func:`_build_from_parts`; ``finish``: the facts sidecar, marker and syncs).
    """
    outputs = list(outputs)
    for output in outputs:
        file_format(output)  # fail before the work, not after
    if store_dir is None:
        with tempfile.TemporaryDirectory(prefix="kg-parts-") as parts:
            return _build_from_parts(resolution, lambda: None, Path(parts), outputs, jobs, timings)[0]
    target = check_store_target(store_dir, outputs)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_temporaries(target)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.building")
    parts = target.with_name(f".{target.name}.{os.getpid()}.parts")
    shutil.rmtree(temporary, ignore_errors=True)
    shutil.rmtree(parts, ignore_errors=True)
    try:
        parts.mkdir()
        # Each bulk load leaves sorted files whose key ranges overlap those of every other load, so a
        # read-only store (never compacted) seeks in all of them at every index lookup. Compacting once
        # costs 4-8 s on the CCTV corpus (one thread, while the Turtle is written) and makes the store
        # ~13% larger (897 MB against 794), and every query after it faster: whole `kg` commands at
        # load ~4, meetings-of 习近平 0.91-1.19 -> 0.53-0.55 s, evidence 王毅 0.65-0.70 -> 0.40 s.
        count, store = _build_from_parts(
            resolution, lambda: ox.Store(str(temporary)), parts, outputs, jobs, timings, compact=True
        )
        assert store is not None
        started = time.monotonic()
        count = _finish(store, temporary, [], extra, count)
        if timings is not None:
            timings["finish"] = time.monotonic() - started
        del store  # closes RocksDB before the directory moves
        swap_directory(temporary, target)
        return count
    finally:
        shutil.rmtree(parts, ignore_errors=True)
        shutil.rmtree(temporary, ignore_errors=True)


def _finish(
    store: ox.Store,
    directory: Path,
    outputs: list[str | Path],
    extra: Callable[[Path], None] | None,
    count: int | None = None,
) -> int:
    """Exports, then our own files beside the database, everything made durable before the swap.

    RocksDB syncs the files it writes when it flushes; the marker and the facts sidecar are
    fsynced here, then the directory.
    """
    for output in outputs:
        export(store, output)
    if count is None:
        count = triple_count(store)
    store.flush()
    if extra is not None:
        extra(directory)
    _write_marker(directory, count)
    for name in (MARKER, FACTS_FILE):
        if (directory / name).is_file():
            with open(directory / name, "rb") as handle:
                os.fsync(handle.fileno())
    fsync_directory(directory)
    return count


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directory entries in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def swap_directory(new: Path, target: Path) -> None:
    """Put the complete store ``new`` at ``target``; the previous store answers at ``target`` until then.

    Where the kernel can exchange two names atomically the old store ends up at ``new`` and is
    deleted; elsewhere it is renamed aside to ``.NAME.PID.old`` first, which :func:`recover` puts
    back if the process dies between the two renames.
    """
    if target.exists() and not owned_store(target) and (not target.is_dir() or any(target.iterdir())):
        raise FileExistsError(f"{target} exists and is not a graph store; not replacing it")
    if target.exists() and _exchange(new, target):
        fsync_directory(target.parent)
        shutil.rmtree(new, ignore_errors=True)
        return
    old = target.with_name(f".{target.name}.{os.getpid()}.old")
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    fsync_directory(target.parent)
    shutil.rmtree(old, ignore_errors=True)


def is_store(path: str | Path) -> bool:
    """Whether ``path`` looks like an Oxigraph store directory (readable; see :func:`owned_store` to replace)."""
    directory = Path(path)
    return directory.is_dir() and (directory / "CURRENT").is_file()


# ---------------------------------------------------------------------------------------------
# What a store was built from, for `kg build --update`
# ---------------------------------------------------------------------------------------------

#: The facts of every document of a store, beside its database (one SQLite file).
FACTS_FILE = "facts.sqlite"


class StoreFacts:
    """The documents a store holds: content hash, order, packed facts, and each article's graph signature.

    ``kg build --update`` compares new inputs with these hashes, re-resolves the stored facts
    together with the new ones, and rewrites only the document graphs whose signature changed.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS documents (doc_id TEXT PRIMARY KEY, content TEXT, ord TEXT, facts BLOB);"
            "CREATE TABLE IF NOT EXISTS signatures (article_id TEXT PRIMARY KEY, signature TEXT);"
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);"
        )

    def contents(self) -> dict[str, str]:
        """Document id -> content hash."""
        return dict(self._db.execute("SELECT doc_id, content FROM documents"))

    def facts(self, skip: set[str] = frozenset()) -> list[tuple[str, list[ArticleFacts], str]]:
        """(order, facts, hash of the packed facts) of every stored document not in ``skip``."""
        from kg.cache import unpack

        return [
            (order, [ArticleFacts.from_dict(record) for record in unpack(packed)], packed_hash(packed))
            for doc_id, order, packed in self._db.execute("SELECT doc_id, ord, facts FROM documents")
            if doc_id not in skip
        ]

    def signatures(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT article_id, signature FROM signatures"))

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def write(
        self,
        documents: Iterable[tuple[str, str, str, bytes]],
        signatures: dict[str, str],
        meta: dict[str, str],
        remove: Iterable[str] = (),
    ) -> None:
        """Add or replace documents (id, content hash, order, packed facts); make the signatures ``signatures``.

        Only the signatures that differ are written: an ``--update`` of one day changes a few dozen
        of tens of thousands.
        """
        before = self.signatures()
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("DELETE FROM documents WHERE doc_id = ?", [(d,) for d in remove])
            self._db.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?)", list(documents))
            self._db.executemany(
                "DELETE FROM signatures WHERE article_id = ?", [(a,) for a in sorted(before) if a not in signatures]
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO signatures VALUES (?, ?)",
                sorted((a, sig) for a, sig in signatures.items() if before.get(a) != sig),
            )
            self._db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(meta.items()))

    def close(self) -> None:
        self._db.close()


def packed_hash(packed: bytes) -> str:
    """What a document's facts are, in a few bytes: the hash of their packed form."""
    return hashlib.blake2b(packed, digest_size=16).hexdigest()


def _fingerprint(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def signatures(resolution: Resolution, contents: dict[str, str] | None = None) -> dict[str, str]:
    """A hash per article of everything its named graph is written from.

    The graph of a document is a function of its facts and of the identity decisions it looks
    up (its persons' nodes, its bodies' nodes, its events' nodes and list positions), so two
    builds give an article the same signature exactly when they give it the same named graph.
    ``contents`` may give, by document id, a hash of the facts already at hand (that of the
    document's packed facts), which saves converting every article back to a dict.
    """
    contents = contents or {}
    persons: dict[str, list[tuple[str, str, str, str]]] = {}
    for (article_id, name), node in resolution.persons.items():
        persons.setdefault(article_id, []).append((name, node.key, node.name, node.region))
    out: dict[str, str] = {}
    for article in resolution.articles:
        bodies = set()
        for name in (
            *(b.name for b in article.bodies),
            *(p.body for p in article.positions),
            *(o for e in article.events for o in e.organizers),
        ):
            if normalise_text(name):
                node = resolution.body(article, name)
                bodies.add((name, node.key, node.region, node.kind))

        def person_key(name: str, article: ArticleFacts = article) -> str:
            return resolution.person(article, name).key

        events = []
        for index, event in enumerate(article.events):
            node = resolution.event(article, index)
            ranks = sorted(
                (
                    p.person,
                    p.role,
                    resolution.list_positions.get((node.key, resolution.person(article, p.person).key, p.role)),
                )
                for p in event.participants
                if normalise_text(p.person)
            )
            events.append((dataclasses.astuple(node), ranks))
        content = contents.get(article.doc_id) or _fingerprint(article.to_dict())
        out[article.article_id] = _fingerprint(
            article.article_id, content, sorted(persons.get(article.article_id, ())), sorted(bodies, key=repr), events
        )
    return out


@dataclass
class UpdatePlan:
    """What ``--update`` rewrites: article graphs to drop and to (re)write."""

    removed: set[str]
    written: set[str]
    rebuilt: bool = False  # too much changed: the whole store was bulk-loaded instead


#: Above this share of article graphs to rewrite (and this many), ``--update`` bulk-loads the
#: whole graph instead. Measured on CCTV: rewriting 6,621 of 23,452 graphs one by one took 7 GB.
UPDATE_REBUILD_SHARE = 0.1
UPDATE_REBUILD_MIN = 1000


def update(
    resolution: Resolution,
    store_dir: str | Path,
    new_signatures: dict[str, str],
    outputs: Iterable[str | Path] = (),
    extra: Callable[[Path], None] | None = None,
    jobs: int = 1,
) -> tuple[int, UpdatePlan]:
    """Bring the store at ``store_dir`` to the graph of ``resolution`` by rewriting only the document
    graphs whose signature changed, then the build and ontology graphs; atomically, like :func:`build`.

    The new store starts as a checkpoint of the old one (hard links, so it costs no copy), is
    changed, and is swapped in; the old store answers until then. A triple leaves the default
    (merged) graph only when no named graph states it any more.
    """
    outputs = list(outputs)
    target = check_store_target(store_dir, outputs)
    clean_temporaries(target)
    old = StoreFacts(target / FACTS_FILE)
    try:
        before = old.signatures()
    finally:
        old.close()
    plan = UpdatePlan(
        removed={aid for aid in before if aid not in new_signatures},
        written={aid for aid, sig in new_signatures.items() if before.get(aid) != sig},
    )
    changed = len(plan.written) + len(plan.removed)
    if changed > max(UPDATE_REBUILD_MIN, UPDATE_REBUILD_SHARE * len(new_signatures)):
        # New documents changed identity decisions across much of the store (a namesake merge
        # renames a person in every article naming them): a bulk load of the whole graph is then
        # faster and bounded in memory, where thousands of graph rewrites are neither.
        plan.rebuilt = True

        def carry_facts(directory: Path) -> None:
            shutil.copy2(target / FACTS_FILE, directory / FACTS_FILE)  # the documents kept, then the new
            if extra is not None:
                extra(directory)

        return build(resolution, target, outputs, carry_facts, jobs), plan
    temporary = target.with_name(f".{target.name}.{os.getpid()}.building")
    shutil.rmtree(temporary, ignore_errors=True)
    try:
        with closing_store(ox.Store.read_only(str(target))) as source:
            source.backup(str(temporary))
        shutil.copy2(target / FACTS_FILE, temporary / FACTS_FILE)
        store = ox.Store(str(temporary))
        terms = OxigraphTerms()
        dropped: set[ox.Triple] = set()
        graphs = [ox.NamedNode(str(mint("doc", aid))) for aid in sorted(plan.removed | plan.written)]  # document_iri
        graphs += [ox.NamedNode(str(BUILD_GRAPH)), ox.NamedNode(str(ONTOLOGY_IRI))]
        for graph in graphs:
            dropped.update(q.triple for q in store.quads_for_pattern(None, None, None, graph))
            store.remove_graph(graph)
        fresh: list[ox.Quad] = []
        for article in resolution.articles:
            if article.article_id in plan.written:
                fresh.extend(article_quads(article, resolution, terms))
        fresh.extend(build_quads(resolution, terms))
        fresh.extend(ontology_quads(terms))  # small, and the vocabulary may have changed since
        still = {q.triple for q in fresh}
        known = marker(target).get("triples")
        run = ox.NamedNode(str(run_iri(resolution)))  # the extraction runs are described in graph:build only
        # a run that names the documents of this build is new when they are (one more day): none of its
        # ~25,000 prov:used statements can be in the store, so they are counted without a lookup each
        new_run = next(iter(store.quads_for_pattern(run, None, None, ox.DefaultGraph())), None) is None
        unseen = still - dropped  # a triple of a graph dropped and written again is in the merged graph still
        added = sum(
            1
            for t in unseen
            if (new_run and t.subject == run)
            or ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) not in store
        )
        # the named graphs whole, and the merged graph only the triples it may not have: most of a
        # rewritten article graph is what it said before (one name resolved anew changes a few triples)
        stream = chain(fresh, (ox.Quad(t.subject, t.predicate, t.object) for t in unseen))
        while chunk := list(islice(stream, BULK_CHUNK)):
            store.bulk_extend(chunk)  # a private copy until the swap: no transaction needed
        gone = []
        run_prefix = str(mint("run"))[:-16]
        runs = {t.subject for t in dropped if t.subject != run and t.subject.value.startswith(run_prefix)}
        for triple in dropped - still:
            if triple.subject in runs:
                gone.append(ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph()))
                continue
            if not any(
                not isinstance(q.graph_name, ox.DefaultGraph)
                for q in store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)
            ):
                gone.append(ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph()))
        for quad in gone:
            store.remove(quad)
        count = known + added - len(gone) if isinstance(known, int) else None
        count = _finish(store, temporary, outputs, extra, count)
        del store
        swap_directory(temporary, target)
        return count, plan
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


@contextmanager
def closing_store(store: ox.Store) -> Iterator[ox.Store]:
    """Drop the last reference to a store (closing RocksDB) when the block ends."""
    try:
        yield store
    finally:
        del store


def open_store(path: str | Path) -> ox.Store:
    """Open a built store read-only (several readers may share it).

    If a build died between the two renames of a non-atomic swap, the previous store set aside
    beside ``path`` still answers.
    """
    if not is_store(path) and not Path(path).exists():
        target = Path(path)
        aside = sorted(target.parent.glob(f".{glob_escape(target.name)}.*.old")) if target.name else []
        for candidate in aside:
            if owned_store(candidate):
                return ox.Store.read_only(str(candidate))
    if not is_store(path):
        raise FileNotFoundError(f"no graph store at {path} (run `kg build PATHS --store {path}` first)")
    return ox.Store.read_only(str(path))


def load_file(path: str | Path) -> ox.Store:
    """An in-memory store holding a graph file, laid out like a built store.

    Triples go to the default graph; the named graphs of ``.nq``/``.trig`` are
    kept and their union is added to the default graph.
    """
    fmt = file_format(path)
    if not Path(path).is_file():
        raise FileNotFoundError(f"cannot read {path}: no such graph file")
    store = ox.Store()
    opener = gzip.open if fmt.gzip else open
    with opener(path, "rb") as data:
        store.load(data, fmt.rdf)
    if fmt.dataset:
        store.update(_MERGE_NAMED_GRAPHS)
    return store


def open_graph(path: str | Path) -> ox.Store:
    """A store directory opened read-only, or a graph file loaded into memory."""
    return open_store(path) if Path(path).is_dir() else load_file(path)


# ---------------------------------------------------------------------------------------------
# rdflib bridge
# ---------------------------------------------------------------------------------------------


def to_rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> URIRef | BNode | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def to_rdflib(store: ox.Store) -> Graph:
    """The merged graph (the store's default graph) as an rdflib :class:`~rdflib.Graph` (pyshacl, notebooks)."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        graph.add((to_rdflib_term(quad.subject), to_rdflib_term(quad.predicate), to_rdflib_term(quad.object)))
    return graph
