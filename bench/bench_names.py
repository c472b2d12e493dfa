"""Speed and accuracy of the person-name scorer (kg.extract.names) on public data and the dev gold.

Prints
* throughput of ``NameModel.find`` over about 5 MB of /work/shared/corpus/cctv (chars/s);
* exact-span precision/recall/F1 on the held-out test split of PD1998 (never trained on, never used
  to choose the threshold), on CLUENER2020 dev (label "name") and on Resume NER test (NAME);
* recall of the dev-gold person names in their source texts (a measurement only: nothing in the
  model is tuned on them);
* with ``--sample N``, N random hits from 200 KB of CCTV text, to estimate precision by eye.

    .venv/bin/python bench/bench_names.py [--model PATH] [--megabytes 5] [--sample 100]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.extract.names import DEFAULT_MODEL_PATH, NameModel, pd1998_path, read_pd1998, split_of

REPO = Path(__file__).resolve().parent.parent
CCTV = Path("/work/shared/corpus/cctv")
DATA = Path("/work/shared/data")
Span = tuple[int, int]


def prf(tp: int, n_found: int, n_gold: int) -> str:
    p = tp / n_found if n_found else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n_gold}, found {n_found}, correct {tp})"


def score_sets(model: NameModel, items: Iterable[tuple[str, set[Span]]]) -> str:
    tp = n_found = n_gold = 0
    for text, gold in items:
        found = {(s, e) for s, e, _ in model.find(text)}
        tp += len(found & gold)
        n_found += len(found)
        n_gold += len(gold)
    return prf(tp, n_found, n_gold)


def pd1998_test() -> Iterator[tuple[str, set[Span]]]:
    for i, sent in enumerate(read_pd1998(pd1998_path())):
        if split_of(i) == "test":
            yield sent.text, set(sent.names)


def cluener_dev(path: Path) -> Iterator[tuple[str, set[Span]]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            spans = row.get("label", {}).get("name", {})
            yield row["text"], {(s, e + 1) for places in spans.values() for s, e in places}


def bmes(path: Path, label: str) -> Iterator[tuple[str, set[Span]]]:
    chars: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            ch, tag = line.split()
            chars.append(ch)
            tags.append(tag)
            continue
        if chars:
            spans, start = set(), None
            for i, tag in enumerate(tags):
                if tag in (f"B-{label}", f"S-{label}"):
                    start = i
                if tag in (f"E-{label}", f"S-{label}") and start is not None:
                    spans.add((start, i + 1))
                    start = None
            yield "".join(chars), spans
            chars, tags = [], []


def gold_recall(model: NameModel) -> None:
    pairs = [("seeds", REPO / "kg/sample/seeds", ".txt"), ("cctv", REPO / "tests/data/cctv", ".md")]
    for name, src_dir, ext in pairs:
        names_found = names_total = mentions_found = mentions_total = 0
        missed: list[str] = []
        for gold_file in sorted((REPO / "tests/data/gold" / name).glob("*.json")):
            source = src_dir / (gold_file.stem + ext)
            text = source.read_text(encoding="utf-8").replace("\r", "").replace("\n", "")
            spans = {(s, e) for s, e, _ in model.find(text)}
            found_strings = {text[s:e] for s, e in spans}
            for person in json.loads(gold_file.read_text(encoding="utf-8"))["persons"]:
                pname = person["name"]
                names_total += 1
                if pname in found_strings:
                    names_found += 1
                else:
                    missed.append(pname)
                pos = text.find(pname)
                while pos >= 0:
                    mentions_total += 1
                    mentions_found += (pos, pos + len(pname)) in spans
                    pos = text.find(pname, pos + 1)
        print(
            f"gold {name:5s}: persons found {names_found}/{names_total} ({names_found / names_total:.3f}); "
            f"mentions found {mentions_found}/{mentions_total} ({mentions_found / max(mentions_total, 1):.3f})"
        )
        print(f"    missed: {' '.join(missed)}")


def cctv_lines(megabytes: float) -> list[str]:
    budget = int(megabytes * 1_000_000)
    lines: list[str] = []
    size = 0
    for path in sorted(CCTV.glob("*.md")):
        if size >= budget:
            break
        text = path.read_text(encoding="utf-8")
        size += len(text)
        lines.extend(line for line in text.splitlines() if line.strip())
    return lines


def speed(model: NameModel, megabytes: float, repeats: int = 3) -> None:
    lines = cctv_lines(megabytes)
    chars = sum(len(line) + 1 for line in lines)
    wall, cpu = [], []
    found = 0
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(len(model.find(line)) for line in lines)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    print(
        f"speed: find() over {chars:,} chars of CCTV: {chars / min(wall):,.0f} chars/s wall, "
        f"{chars / min(cpu):,.0f} chars/s CPU ({found:,} names)"
    )
    sentence = "会议听取了袁家军同志的讲话"
    n = 20_000
    c0 = time.process_time()
    for i in range(n):
        model.score(sentence, 5, 8 if i % 2 else 7)
    print(f"score(): {(time.process_time() - c0) / n * 1e6:.1f} µs CPU per call on a {len(sentence)}-char sentence")


def sample_hits(model: NameModel, n: int, seed: int = 1) -> None:
    lines = cctv_lines(0.2)
    hits = [(line, s, e, sc) for line in lines for s, e, sc in model.find(line)]
    print(f"precision sample: {len(hits)} hits in {sum(map(len, lines)):,} chars of CCTV; {n} at random:")
    for line, s, e, sc in random.Random(seed).sample(hits, min(n, len(hits))):
        print(f"    {sc:6.2f}  {line[max(0, s - 6) : s]}[{line[s:e]}]{line[e : e + 6]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model file (default: kg/resources/person_names.json)")
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--sample", type=int, default=0, help="print this many random CCTV hits")
    args = parser.parse_args()

    t0 = time.perf_counter()
    model = NameModel.load(args.model)
    size = Path(args.model).stat().st_size if args.model else None
    size = size or DEFAULT_MODEL_PATH.stat().st_size
    print(f"model: {size:,} bytes, loaded in {time.perf_counter() - t0:.2f} s; threshold {model.threshold}")
    print(f"model meta: {model.meta}")
    speed(model, args.megabytes)
    try:
        print("PD1998 test split:   ", score_sets(model, pd1998_test()))
    except FileNotFoundError as exc:
        print(f"PD1998 test split:    skipped ({exc})")
    print("CLUENER dev (name):  ", score_sets(model, cluener_dev(DATA / "cluener2020/dev.json")))
    print("Resume test (NAME):  ", score_sets(model, bmes(DATA / "resume_ner/test.char.bmes", "NAME")))
    gold_recall(model)
    if args.sample:
        sample_hits(model, args.sample)


if __name__ == "__main__":
    main()
