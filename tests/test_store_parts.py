"""The fast build path: document graphs as N-Quads text, written by forked workers in parts,
bulk-loaded, and exported from the sorted triples.

The sample is small, so the tests lower the thresholds to make it several parts written by
several processes; what they check holds for the whole corpus (see bench/bench_build.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from sample_facts import director_meeting, namesake_in_yuzhong, sample_batch

from kg.graph import store as stores
from kg.graph.build import NTriplesTerms, OxigraphTerms, article_quads, article_triples
from kg.graph.resolve import resolve
from kg.model import Mention, Person

OUTPUTS = ["sample.ttl", "sample.nt", "sample.nt.gz", "sample.nq", "sample.trig"]


@pytest.fixture
def many_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """One article a part, and forked workers even for a handful of articles."""
    monkeypatch.setattr(stores, "PART_ARTICLES", 1)
    monkeypatch.setattr(stores, "PARALLEL_MIN_ARTICLES", 1)


def awkward_article():
    """An article whose evidence holds every character N-Triples must escape, and some it must not."""
    article = namesake_in_yuzhong()
    text = 'He said "王志" \\ left\nright\r\tend 𠮷 '
    article.persons.append(Person("王志", [Mention(article.doc_id, 0, 2, "王志", text, 0, len(text))]))
    return article


def test_text_terms_write_what_oxigraph_writes_for_every_quad() -> None:
    resolution = resolve([*sample_batch(), awkward_article()])
    text, objects = NTriplesTerms(), OxigraphTerms()
    for article in resolution.articles:
        graph, triples = article_triples(article, resolution, text)
        quads = article_quads(article, resolution, objects)
        assert triples == [f"{q.subject} {q.predicate} {q.object}" for q in quads]
        assert {graph} == {str(q.graph_name) for q in quads}
    parsed = list(ox.parse(f"{triples[-1]} .".encode(), ox.RdfFormat.N_TRIPLES))
    assert len(parsed) == 1


def test_parallel_parts_give_the_same_store_and_the_same_bytes(tmp_path: Path, many_parts: None) -> None:
    resolution = resolve([*sample_batch(), awkward_article()])
    for jobs in (1, 2):
        folder = tmp_path / f"jobs{jobs}"
        folder.mkdir()
        count = stores.build(resolution, folder / "store", [folder / name for name in OUTPUTS], jobs=jobs)
        assert count == stores.triple_count(stores.open_store(folder / "store"))
    for name in OUTPUTS:
        assert (tmp_path / "jobs1" / name).read_bytes() == (tmp_path / "jobs2" / name).read_bytes(), name
    one, two = stores.open_store(tmp_path / "jobs1" / "store"), stores.open_store(tmp_path / "jobs2" / "store")
    assert set(one) == set(two)


def test_a_file_build_without_a_store_writes_the_same_bytes(tmp_path: Path, many_parts: None) -> None:
    resolution = resolve(sample_batch())
    stores.build(resolution, tmp_path / "store", [tmp_path / "a.ttl", tmp_path / "a.nt"], jobs=2)
    assert stores.build(resolution, None, [tmp_path / "b.ttl", tmp_path / "b.nt"], jobs=2) > 0
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()
    assert (tmp_path / "a.nt").read_bytes() == (tmp_path / "b.nt").read_bytes()


def test_n_triples_are_sorted_and_distinct_and_the_default_graph_is_their_set(tmp_path: Path, many_parts: None) -> None:
    overlapping = [director_meeting(), director_meeting(), *sample_batch()]  # one fact told by several documents
    count = stores.build(resolve(overlapping), tmp_path / "store", [tmp_path / "g.nt"], jobs=2)
    lines = (tmp_path / "g.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines)) and len(lines) == count
    store = stores.open_store(tmp_path / "store")
    default = {
        f"{q.subject} {q.predicate} {q.object} ." for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }
    assert default == set(lines)


def test_part_lines_are_sorted_as_whole_lines_though_sorted_bare(tmp_path: Path) -> None:
    """The part writer sorts the bare ``s p o`` texts as UTF-8 and appends `` .\n`` after: the order
    must be that of the whole lines, as bytes, which the merge of the parts compares, also where one
    triple's text starts another's (a literal and the same with a language tag or a datatype)."""
    s, p = "<http://e/s>", "<http://e/p>"
    triples = {
        f'{s} {p} "a"',
        f'{s} {p} "a"@zh',
        f'{s} {p} "a"@zh-Latn-pinyin',
        f'{s} {p} "a"^^<http://www.w3.org/2001/XMLSchema#integer>',
        f'{s} {p} "a\tb"',
        f'{s} {p} "a b"',
        f'{s} {p} "王"',
        f'{s} {p} "𠮷"',
        f'{s} {p} "ｚ"',
        f"{s} {p} <http://e/o>",
        f"{s} {p} <http://e/o2>",
    }
    expected = sorted(f"{t} .\n".encode() for t in triples)
    stores._write_lines(tmp_path / "part.nt", set(triples))
    assert (tmp_path / "part.nt").read_bytes() == b"".join(expected)


def test_an_export_from_a_store_is_sorted_like_a_build(tmp_path: Path) -> None:
    stores.build(resolve(sample_batch()), tmp_path / "store", [tmp_path / "built.ttl"])
    stores.export(stores.open_store(tmp_path / "store"), tmp_path / "exported.ttl")
    assert (tmp_path / "built.ttl").read_bytes() == (tmp_path / "exported.ttl").read_bytes()


def test_no_part_files_are_left_and_those_of_a_dead_build_are_removed(tmp_path: Path, many_parts: None) -> None:
    stale = tmp_path / f".store.{2**22 + 12345}.parts"  # a pid above pid_max: no process has it
    stale.mkdir()
    (stale / "part-00000.nq").write_text("", encoding="utf-8")
    stores.build(resolve(sample_batch()), tmp_path / "store", jobs=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
    assert not any(name.endswith(".parts") for name in os.listdir(tmp_path))


def test_a_build_says_when_each_phase_of_the_graph_ended(tmp_path: Path, many_parts: None) -> None:
    timings: dict[str, float] = {}
    stores.build(resolve(sample_batch()), tmp_path / "store", [tmp_path / "g.ttl"], jobs=2, timings=timings)
    assert 0 <= timings["parts"] <= timings["loaded"] <= timings["files"]
    assert 0 <= timings["compaction"] <= timings["files"] and timings["finish"] >= 0
    alone: dict[str, float] = {}
    stores.build(resolve(sample_batch()), None, [tmp_path / "h.ttl"], jobs=2, timings=alone)
    assert "compaction" not in alone and alone["files"] >= alone["parts"]  # no store: nothing to compact


def test_the_summary_line_of_kg_build_gives_the_phases_of_the_graph(tmp_path: Path) -> None:
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in sample_batch()), "utf-8")
    kg = str(Path(sys.executable).with_name("kg"))
    result = subprocess.run(
        [kg, "build", "--facts", str(facts), "--store", str(tmp_path / "store"), "-o", str(tmp_path / "g.ttl")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    for phase in ("resolution", "signatures", "graphs written at", "store loaded at", "files written at", "compaction"):
        assert phase in summary, summary
