"""A researcher adds tomorrow's paper to a three-year store: ``kg build --update``.

New documents are added, changed ones replaced, the rest kept, and the store ends up holding
exactly the graph a build from scratch of the same documents gives: same named graphs, same merged
graph, same identities.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph import store as stores

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "kg" / "sample" / "seeds"
KG = str(Path(sys.executable).with_name("kg"))
NEW_DAY = "004_405a22e14fca248f.txt"


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE", str(tmp_path_factory.getbasetemp() / "update-cache.sqlite"))


def kg(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KG, *(str(a) for a in args)], capture_output=True, text=True, timeout=300)


def everything(store_dir: Path) -> set[ox.Quad]:
    """Every quad of a store: the named graph of each document, the build graph, the merged graph."""
    return set(stores.open_store(store_dir))


def corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SEEDS / name, folder / name)
    return folder


def from_scratch(folder: Path, store: Path) -> set[ox.Quad]:
    result = kg("build", folder, "--store", store, "-q")
    assert result.returncode == 0, result.stderr
    return everything(store)


def test_adding_a_day_gives_the_store_a_build_from_scratch_gives(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "paper", sorted(p.name for p in SEEDS.iterdir() if p.name != NEW_DAY))
    assert kg("build", folder, "--store", tmp_path / "S", "-q").returncode == 0
    shutil.copy(SEEDS / NEW_DAY, folder / NEW_DAY)

    result = kg("build", folder / NEW_DAY, "--store", tmp_path / "S", "--update", "-o", tmp_path / "updated.ttl")
    assert result.returncode == 0, result.stderr
    assert "--update: 1 new or changed documents, 4 kept" in result.stderr

    result = kg("build", folder, "--store", tmp_path / "F", "-q", "-o", tmp_path / "scratch.ttl")
    assert result.returncode == 0, result.stderr
    assert everything(tmp_path / "S") == everything(tmp_path / "F")  # no blank nodes: isomorphic means equal
    assert (tmp_path / "updated.ttl").read_bytes() == (tmp_path / "scratch.ttl").read_bytes()


def test_a_changed_document_is_replaced_and_the_others_left(tmp_path: Path) -> None:
    names = sorted(p.name for p in SEEDS.iterdir())
    folder = corpus(tmp_path / "paper", names)
    assert kg("build", folder, "--store", tmp_path / "S", "-q").returncode == 0
    page = folder / names[0]
    text = page.read_text(encoding="utf-8")
    cut = text.index("\n", len(text) // 2)
    page.write_text(text[:cut] + "\n", encoding="utf-8")  # the second half of the page is gone

    result = kg("build", folder, "--store", tmp_path / "S", "--update")
    assert result.returncode == 0, result.stderr
    assert "--update: 1 new or changed documents, 4 kept" in result.stderr
    assert everything(tmp_path / "S") == from_scratch(folder, tmp_path / "F")
    reported = int(re.search(r"(\d+) triples from", result.stderr).group(1))
    assert reported == stores.triple_count(stores.open_store(tmp_path / "F"))


def test_an_update_with_nothing_new_rewrites_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "paper", sorted(p.name for p in SEEDS.iterdir()))
    assert kg("build", folder, "--store", tmp_path / "S", "-q").returncode == 0
    before = everything(tmp_path / "S")
    result = kg("build", folder, "--store", tmp_path / "S", "--update")
    assert result.returncode == 0, result.stderr
    assert "--update: 0 new or changed documents, 5 kept" in result.stderr
    assert "--update: 0 article graphs written, 0 removed" in result.stderr
    assert everything(tmp_path / "S") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["S", "paper"]


def test_update_needs_a_store_built_by_kg(tmp_path: Path) -> None:
    result = kg("build", SEEDS, "--store", tmp_path / "nothing", "--update")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("build it first without --update")
    assert kg("build", SEEDS, "--no-store", "-o", tmp_path / "g.ttl", "--update").returncode == 2


@pytest.mark.parametrize("rebuild_above", [0, 10**9])
def test_both_ways_of_updating_give_the_graph_of_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rebuild_above: int
) -> None:
    """Graph by graph when little changed, a bulk load of everything when identities moved a lot."""
    from sample_facts import director_meeting, namesake_in_yuzhong, sample_batch

    from kg.graph.resolve import resolve

    def keep(signatures: dict[str, str], documents: list[tuple[str, str, str, bytes]]):
        def write(directory: Path) -> None:
            sidecar = stores.StoreFacts(directory / stores.FACTS_FILE)
            sidecar.write(documents, signatures, {})
            sidecar.close()

        return write

    first = resolve([director_meeting(), namesake_in_yuzhong()])
    kept = [("old.txt", "c1", "old.txt", b"x")]
    stores.build(first, tmp_path / "S", extra=keep(stores.signatures(first), kept))
    monkeypatch.setattr(stores, "UPDATE_REBUILD_MIN", rebuild_above)
    monkeypatch.setattr(stores, "UPDATE_REBUILD_SHARE", 0.0 if rebuild_above == 0 else 1.0)
    every = resolve(sample_batch())
    signatures = stores.signatures(every)
    count, plan = stores.update(
        every, tmp_path / "S", signatures, extra=keep(signatures, [("new.txt", "c2", "new.txt", b"y")])
    )
    assert plan.rebuilt is (rebuild_above == 0)
    sidecar = stores.StoreFacts(tmp_path / "S" / stores.FACTS_FILE)
    assert sidecar.contents() == {"old.txt": "c1", "new.txt": "c2"}  # the documents kept are still known
    sidecar.close()
    assert plan.written and not plan.removed
    stores.build(resolve(sample_batch()), tmp_path / "F")
    assert everything(tmp_path / "S") == everything(tmp_path / "F")
    assert count == stores.triple_count(stores.open_store(tmp_path / "F"))
