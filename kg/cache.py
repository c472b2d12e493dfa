"""Per-document extraction cache: a killed or repeated build re-extracts only what it has not seen.

Extraction is most of the cost of a build, and its result for one document depends only on the
document (its text and the fields read with it) and on the pipeline. So the facts of each
document are kept under a key that hashes both: the document's fields, and a *pipeline version*
made of ``kg.__version__`` plus a hash of every file that decides what the pipeline returns
(``kg/resources``, ``kg/config.cfg``, the ingest and extract code, the data model). Editing a rule
or a lexicon file therefore invalidates the cache without anyone having to remember to.

The cache is one SQLite file (``$KG_CACHE``, else ``$XDG_CACHE_HOME/zhgov-kg/facts.sqlite``, else
``~/.cache/zhgov-kg/facts.sqlite``), written in WAL mode and committed after every batch of
documents, so a ``kill -9`` loses at most the batch in flight and readers never see half a row.
Values are zlib-compressed JSON lists of :meth:`ArticleFacts.to_dict` records.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg import __version__
from kg.model import Source

CACHE_ENV = "KG_CACHE"
#: Package folders and files whose content decides what extraction returns.
_PIPELINE_PARTS = ("resources", "extract", "ingest", "config.cfg", "model.py")


def default_path() -> Path:
    """Where the cache lives unless ``$KG_CACHE`` says otherwise."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zhgov-kg" / "facts.sqlite"


@cache
def pipeline_version() -> str:
    """``kg.__version__`` plus a hash of the resources, configuration and code of the pipeline."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(str(resources.files("kg")))
    files: list[Path] = []
    for part in _PIPELINE_PARTS:
        path = root / part
        if path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        elif path.is_file():
            files.append(path)
    for path in sorted(files):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"


def source_key(source: Source) -> str:
    """The cache key of one document: every field extraction reads, and the pipeline version."""
    fields = [source.doc_id, source.path, source.pub_date, source.region, source.title, source.source, source.url]
    digest = hashlib.sha256(pipeline_version().encode())
    digest.update(json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(source.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def content_hash(source: Source) -> str:
    """A hash of what a document says (its text and fields), independent of the pipeline: what
    ``kg build --update`` compares to tell a changed document from an unchanged one."""
    fields = [source.doc_id, source.path, source.pub_date, source.region, source.title, source.source, source.url]
    digest = hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(source.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def pack(facts: list[dict[str, Any]]) -> bytes:
    """A document's facts (``ArticleFacts.to_dict`` records) as compact bytes: zlib-compressed JSON."""
    return zlib.compress(json.dumps(facts, ensure_ascii=False).encode("utf-8", "surrogatepass"), 6)


def unpack(data: bytes) -> list[dict[str, Any]]:
    """The records :func:`pack` made; ``ValueError`` for damaged bytes."""
    try:
        records = json.loads(zlib.decompress(data).decode("utf-8", "surrogatepass"))
    except (zlib.error, UnicodeDecodeError) as error:
        raise ValueError(f"damaged facts record ({error})") from None
    if not isinstance(records, list):
        raise ValueError("damaged facts record (not a list)")
    return records


class FactsCache:
    """Facts of documents by :func:`source_key`, in a SQLite file several processes may share."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, data BLOB NOT NULL)")

    def get(self, key: str) -> bytes | None:
        """The packed facts of a document (see :func:`pack`), or None."""
        row = self._db.execute("SELECT data FROM facts WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            unpack(row[0])
        except ValueError:
            return None  # a damaged row is a miss, not a failure
        return bytes(row[0])

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Store packed facts by key, in one transaction."""
        rows = list(items)
        if rows:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT OR REPLACE INTO facts (key, data) VALUES (?, ?)", rows)

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM facts").fetchone()[0])

    def close(self) -> None:
        self._db.close()


def open_cache(path: str | os.PathLike | None = None) -> tuple[FactsCache | None, str | None]:
    """The cache, or None and the reason it cannot be used (the build then goes on without it)."""
    try:
        return FactsCache(path), None
    except (OSError, sqlite3.Error) as error:
        return None, f"extraction cache unavailable ({error}); extracting every document"
