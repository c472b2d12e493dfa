"""A careful user's and a careless user's builds: nothing of theirs is destroyed, every failure is one line.

Each test is the reproducer of a defect found in a reliability review (issue 12): the folder that
held a file named CURRENT, the -o inside the store, the typo that emptied a good file, the kill
between two renames, two builds into one store, and the messages that were tracebacks.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sample_facts import director_meeting, namesake_in_yuzhong, sample_batch

from kg.graph import store as stores
from kg.graph.vocab import KG as VOCAB
from kg.graph.vocab import RDFS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "kg" / "sample" / "seeds"
KG = [str(Path(sys.executable).with_name("kg"))]
LABEL_QUERY = f"SELECT ?l WHERE {{ ?e a <{VOCAB.Meeting}> ; <{RDFS.label}> ?l }}"


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run of these tests shares one extraction cache of its own (never the user's)."""
    monkeypatch.setenv("KG_CACHE", str(tmp_path_factory.getbasetemp() / "reliability-cache.sqlite"))


def kg(*args: object, cwd: Path | None = None, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KG, *(str(a) for a in args)], capture_output=True, text=True, cwd=cwd, timeout=300, **options
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def write_facts(path: Path, articles: list) -> Path:
    path.write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def meeting_labels(store_dir: Path) -> set[str]:
    store = stores.open_store(store_dir)
    return {row["l"].value for row in store.query(LABEL_QUERY)}


def dead_pid() -> int:
    """The id of a process that has just ended (what a kill -9'd build leaves in its temporaries' names)."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


# --- a folder the tool did not create is never deleted -----------------------------------------


def test_a_folder_with_a_file_named_current_and_a_thesis_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "CURRENT").write_text("x\n")
    (folder / "thesis.txt").write_text("precious\n")
    result = kg("build", SEEDS, "--store", folder)
    assert result.returncode == 2
    assert "not a graph store built by kg" in one_line(result)
    assert sorted(p.name for p in folder.iterdir()) == ["CURRENT", "thesis.txt"]
    assert (folder / "thesis.txt").read_text() == "precious\n"


def test_a_store_carries_the_marker_that_lets_the_next_build_replace_it(tmp_path: Path) -> None:
    facts = write_facts(tmp_path / "f.jsonl", [director_meeting()])
    assert kg("build", "--facts", facts, "--store", tmp_path / "S").returncode == 0
    assert json.loads((tmp_path / "S" / stores.MARKER).read_text())["tool"] == "zhgov-kg"
    assert kg("build", "--facts", facts, "--store", tmp_path / "S").returncode == 0


def test_an_output_inside_the_store_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    facts = write_facts(tmp_path / "f.jsonl", [director_meeting()])
    assert kg("build", "--facts", facts, "--store", tmp_path / "st").returncode == 0
    result = kg("build", "--facts", facts, "--store", tmp_path / "st", "-o", tmp_path / "st" / "graph.ttl")
    assert result.returncode == 2
    assert "inside the store folder" in one_line(result)
    assert meeting_labels(tmp_path / "st")  # the store is still there and answers


def test_the_current_folder_is_never_a_store(tmp_path: Path) -> None:
    facts = write_facts(tmp_path / "f.jsonl", [director_meeting()])
    result = kg("build", "--facts", facts, "--store", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert "current folder" in one_line(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.jsonl"]


# --- outputs: never replaced by nothing, durable, normal permissions, one order ---------------------


def test_a_typo_never_replaces_a_good_facts_file_with_an_empty_one(tmp_path: Path) -> None:
    good = tmp_path / "facts.jsonl"
    good.write_text('{"doc_id": "x"}\n' * 100)
    before = good.read_bytes()
    result = kg("extract", tmp_path / "typo", "-o", good)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "no such file or directory" in lines[0] and "left unchanged" in lines[-1]
    assert "Traceback" not in result.stderr
    assert good.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl"]  # no temporary left


def test_nothing_extracted_writes_no_empty_file(tmp_path: Path) -> None:
    result = kg("extract", tmp_path / "typo", "-o", tmp_path / "new.jsonl")
    assert result.returncode == 1
    assert not (tmp_path / "new.jsonl").exists()


def test_extract_files_get_the_permissions_of_the_umask(tmp_path: Path) -> None:
    for mask, mode in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
        out = tmp_path / f"facts-{mask:o}.jsonl"
        result = kg("extract", SEEDS / "004_405a22e14fca248f.txt", "-o", out, "-q", umask=mask)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_mode & 0o777 == mode


def test_the_same_inputs_in_another_order_give_byte_identical_outputs(tmp_path: Path) -> None:
    files = sorted(SEEDS.iterdir())
    forward = kg("extract", *files, "-o", tmp_path / "a.jsonl", "-q")
    backward = kg("extract", *reversed(files), "-o", tmp_path / "b.jsonl", "-q")
    assert forward.returncode == backward.returncode == 0, forward.stderr + backward.stderr
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    facts = write_facts(tmp_path / "f.jsonl", sample_batch())
    reverse = write_facts(tmp_path / "r.jsonl", sample_batch()[::-1])
    assert kg("build", "--facts", facts, "--no-store", "-o", tmp_path / "a.ttl").returncode == 0
    assert kg("build", "--facts", reverse, "--no-store", "-o", tmp_path / "b.ttl").returncode == 0
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_a_full_disk_on_extract_is_one_line(tmp_path: Path) -> None:
    result = kg("extract", SEEDS / "004_405a22e14fca248f.txt", "-o", "/dev/full", "-q")
    assert result.returncode == 1
    assert one_line(result) == "Error: cannot write /dev/full: no space left on the device"


def test_a_closed_standard_output_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [*KG, "extract", str(SEEDS / "004_405a22e14fca248f.txt"), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),
        timeout=120,
    )
    assert result.returncode == 2
    assert "standard output is closed" in one_line(result)


def test_a_missing_graph_file_is_named(tmp_path: Path) -> None:
    result = kg("validate", tmp_path / "missing.ttl")
    assert result.returncode == 1
    assert one_line(result) == f"Error: cannot read {tmp_path / 'missing.ttl'}: no such graph file"
    result = kg("query", "--graph", tmp_path / "missing.ttl", "ASK { ?s ?p ?o }")
    assert result.returncode == 1
    assert "no such graph file" in one_line(result)


# --- one build at a time, and signals -------------------------------------------------------


def test_a_second_build_into_a_store_being_built_fails_with_a_clear_message(tmp_path: Path) -> None:
    facts = write_facts(tmp_path / "f.jsonl", [director_meeting()])
    with stores.store_lock(tmp_path / "S"):
        result = kg("build", "--facts", facts, "--store", tmp_path / "S")
    assert result.returncode == 1
    assert f"is being written by another kg build (process {os.getpid()})" in one_line(result)
    assert not (tmp_path / "S").exists()
    assert kg("build", "--facts", facts, "--store", tmp_path / "S").returncode == 0  # the lock went with its holder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["S", "f.jsonl"]


def _waiting_on_stdin(tmp_path: Path, store: Path) -> subprocess.Popen[str]:
    """A build reading an endless standard input, once it holds its store's lock (its id in the file)."""
    child = subprocess.Popen(
        [*KG, "build", "-", "--store", str(store)], stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lock = store.with_name(f".{store.name}.lock")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (lock.exists() and lock.read_text().strip() == str(child.pid)):
        time.sleep(0.05)
    assert lock.read_text().strip() == str(child.pid), "the build never started"
    time.sleep(0.2)  # and is past taking it
    return child


@pytest.mark.parametrize(
    ("signum", "status", "word"), [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")]
)
def test_ctrl_c_and_sigterm_stop_a_build_with_one_line_and_keep_the_store(
    tmp_path: Path, signum: int, status: int, word: str
) -> None:
    facts = write_facts(tmp_path / "f.jsonl", [director_meeting()])
    store = tmp_path / "S"
    assert kg("build", "--facts", facts, "--store", store).returncode == 0
    before = meeting_labels(store)
    child = _waiting_on_stdin(tmp_path, store)
    child.send_signal(signum)
    _, err = child.communicate(timeout=60)
    assert child.returncode == status
    assert err.strip() == f"kg build: {word}; the previous store and files are unchanged"
    assert meeting_labels(store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["S", "f.jsonl"]


# --- the store swap, killed at any point ---------------------------------------------------------


def test_a_build_killed_between_two_renames_leaves_the_previous_store_answering(tmp_path: Path) -> None:
    """Where the kernel cannot exchange two names, the old store is set aside first; a kill then
    leaves it at ``.S.PID.old``: queries still find it, and the next build puts it back."""
    facts = write_facts(tmp_path / "f.jsonl", [director_meeting()])
    store = tmp_path / "S"
    assert kg("build", "--facts", facts, "--store", store).returncode == 0
    before = meeting_labels(store)
    aside = tmp_path / f".S.{dead_pid()}.old"
    os.replace(store, aside)  # the state a kill between the renames leaves
    assert {row["l"].value for row in stores.open_store(store).query(LABEL_QUERY)} == before
    assert stores.recover(store) == store
    assert meeting_labels(store) == before
    assert not aside.exists()


def test_stale_temporaries_of_dead_processes_are_removed_by_the_next_run(tmp_path: Path) -> None:
    facts = write_facts(tmp_path / "f.jsonl", [director_meeting()])
    pid = dead_pid()
    (tmp_path / f".S.{pid}.building").mkdir()
    (tmp_path / f".S.{pid}.building" / "000001.sst").write_bytes(b"\0" * 1000)
    (tmp_path / f".g.ttl.{pid}.0badcafe.tmp").write_text("half a graph")
    alive = tmp_path / f".g.ttl.{os.getpid()}.0badcafe.tmp"  # a live writer's: kept
    alive.write_text("being written")
    result = kg("build", "--facts", facts, "--store", tmp_path / "S", "-o", tmp_path / "g.ttl")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["S", "f.jsonl", "g.ttl", alive.name])
    assert "left by a build that did not finish" in result.stderr


def test_builds_killed_at_random_points_always_leave_a_store_that_answers(tmp_path: Path) -> None:
    """SIGKILL at random moments of a rebuild: the store answers with the old or the new graph, never
    nothing, and the next build leaves no temporaries."""
    old = write_facts(tmp_path / "old.jsonl", [director_meeting()])
    new = write_facts(tmp_path / "new.jsonl", [namesake_in_yuzhong()])
    store = tmp_path / "S"
    assert kg("build", "--facts", old, "--store", store, "-o", tmp_path / "g.nt").returncode == 0
    old_labels = meeting_labels(store)
    started = time.monotonic()
    assert kg("build", "--facts", new, "--store", store, "-o", tmp_path / "g.nt").returncode == 0
    duration = time.monotonic() - started
    new_labels = meeting_labels(store)
    assert old_labels != new_labels
    chooser = random.Random(12)
    seen = set()
    for round_ in range(6):
        facts = old if round_ % 2 else new
        child = subprocess.Popen(
            [*KG, "build", "--facts", str(facts), "--store", str(store), "-o", str(tmp_path / "g.nt")],
            stderr=subprocess.DEVNULL,
        )
        time.sleep(chooser.uniform(0.3, 1.1) * duration)
        child.send_signal(signal.SIGKILL)
        child.wait()
        labels = meeting_labels(store)
        assert labels in (old_labels, new_labels)
        seen.add(frozenset(labels))
        assert (tmp_path / "g.nt").stat().st_size > 0
    result = kg("build", "--facts", old, "--store", store, "-o", tmp_path / "g.nt")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["S", "g.nt", "new.jsonl", "old.jsonl"]
    assert meeting_labels(store) == old_labels


def test_hostile_lines_of_a_facts_file_cost_only_themselves(tmp_path: Path) -> None:
    facts = write_facts(tmp_path / "facts.jsonl", [director_meeting()])
    good = facts.read_bytes()
    hostile = [
        b"[" * 100_000 + b"\n",  # nested too deeply for json
        b'{"doc_id": ' + b"9" * 5000 + b"}\n",  # a number too long to read
        b'{"doc_id": "a\x00b"}\n',  # a NUL byte
        b'{"doc_id": "\\ud800", "article_id": "x"}\n',  # a lone surrogate
        b"\xff\xfe not utf-8\n",
    ]
    facts.write_bytes(b"".join(hostile) + good)
    result = kg("build", "--facts", facts, "--no-store", "-o", tmp_path / "out.ttl")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if ":" in line and "facts.jsonl:" in line]) == len(hostile)
    assert (tmp_path / "out.ttl").exists()  # the good record was built
