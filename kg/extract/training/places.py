"""Foreign places mined from news text: the transliterations that stand where places stand and never
where persons do (``kg/resources/foreign_places.txt``).

    python -m kg.extract.training places [CORPUS ...]   # default: ../shared/corpus/cctv

The trained recogniser reads a run of transliteration characters as a name wherever a list or a
boundary frames it, and war reports name towns as often as people: 哈尔科夫, 巴赫穆特, 库拉霍沃. A
place is told by the words around it in the news itself: "哈尔科夫州", "在巴赫穆特等方向", "抵达敖德萨".
A run counts as a place when at least :data:`MIN_PLACE_CONTEXTS` of its occurrences have such a
context and none has a person's: a title before it ("总统拜登"), a speech or meeting verb after it
("普京表示", "会见"), or a dot joining it to another part of a name. Deterministic: the corpus files
are read in sorted order and the list is written sorted.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from kg.extract.lexicon import RESOURCES, Lexicon

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "cctv"
OUTPUT = RESOURCES / "foreign_places.txt"
MIN_PLACE_CONTEXTS = 3

PLACE_AFTER_RE = re.compile(
    r"州|市|省|地区|方向|附近|一带|郊区|前线|境内|港|机场|市中心|以东|以西|以南|以北|周边|城区|郊外|的公路"
)
PLACE_BEFORE_RE = re.compile(r"(?:在|抵达|到达|前往|飞抵|空袭|炮击|袭击了|攻占|控制了|位于|撤离|途经|经停)$")
# the right side of "在X": a place is followed by what follows a place, not by a possessive or a verb
AFTER_PLACE_END_RE = re.compile(r"[，、。；：]|等|和|举行|召开|开幕|闭幕|发生|遭")
PERSON_AFTER_RE = re.compile(
    r"表示|说|指出|称|强调|认为|宣布|会见|会谈|通电话|致电|致函|访问|出席|夫人|先生|女士|一行|总统|总理|主席|国王|首相"
)


def place_candidates(text: str, lex: Lexicon) -> tuple[Counter[str], Counter[str]]:
    """Per run of transliteration characters (2–6): how often it stands as a place, how often as a person."""
    chars = "".join(sorted(lex.translit_chars))
    run_re = re.compile(f"[{re.escape(chars)}]{{2,6}}")
    places: Counter[str] = Counter()
    persons: Counter[str] = Counter()
    for m in run_re.finditer(text):
        s, e = m.span()
        if (s > 0 and text[s - 1] in chars) or (e < len(text) and text[e] in chars):
            continue  # not a whole run
        run = m.group()
        before = text[max(0, s - 4) : s]
        if (
            text[s - 1 : s] == "·"
            or text[e : e + 1] in ("·", "-")
            or PERSON_AFTER_RE.match(text, e)
            or lex.title_ending_at(text, s) is not None
        ):
            persons[run] += 1
        elif PLACE_AFTER_RE.match(text, e) or (PLACE_BEFORE_RE.search(before) and AFTER_PLACE_END_RE.match(text, e)):
            places[run] += 1
    return places, persons


def mine(paths: list[Path], lex: Lexicon) -> list[str]:
    places: Counter[str] = Counter()
    persons: Counter[str] = Counter()
    for path in paths:
        p, q = place_candidates(path.read_text(encoding="utf-8"), lex)
        places.update(p)
        persons.update(q)
    return sorted(
        run
        for run, n in places.items()
        if n >= MIN_PLACE_CONTEXTS and persons[run] == 0 and lex.places.get(run, ("",))[0] != "country"
    )


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [DEFAULT_CORPUS]
    paths = sorted(p for root in roots for p in (root.rglob("*.md") if root.is_dir() else [root]))
    if not paths:
        print(f"kg: no corpus files under {', '.join(map(str, roots))}", file=sys.stderr)
        return 1
    found = mine(paths, Lexicon.load())
    header = (
        "# Foreign places mined from news text by `python -m kg.extract.training places` (see\n"
        "# kg/extract/training/places.py): transliterations that stood as a place at least "
        f"{MIN_PLACE_CONTEXTS} times and never as a person.\n"
    )
    OUTPUT.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} places from {len(paths)} files -> {OUTPUT}")
    return 0
