"""The trained person recogniser as a spaCy component: ``zhgov_person_model``.

A spaCy ``ner`` over characters (trained by :mod:`kg.extract.training`, shipped in
``kg/resources/person_ner``) proposes PERSON spans; it runs before ``zhgov_recogniser`` and leaves
its proposals in ``doc.spans["model_persons"]``.  The recogniser judges them against the rule
context (:func:`kg.extract.recognise.judge_model_spans`): agreement fixes boundaries, a model-only
span needs a title before it, a trigger after it, list punctuation or foreign-name characters, and
a country, document, vote or common word is never a name.

Speed is the constraint that shapes this module: the statistical model reads ~50k characters/s
while the whole pipeline must keep 100k/s, so the model sees only *cue clauses* — clauses with a
title, a list comma, a "·", a speech or role verb, or a run of transliteration characters — and
within them only the window around each cue (:func:`cue_windows`).

``enabled = false`` in ``kg/config.cfg`` (or a missing model directory) leaves the Doc untouched,
which gives exactly the rule-only result.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from kg.extract.lexicon import RESOURCES, Lexicon
from kg.extract.tokenizer import CharTokenizer, doc_text

SPAN_KEY = "model_persons"
CLAUSE_STOP_RE = re.compile(r"[，,。；;！？!?\n]")
VERB_CUE_RE = re.compile(
    r"表示|指出|强调|说|介绍|当选|主持|出席|参加|列席|讲话|致辞|带队|一行|会见|会谈|通电话|致电|陪同|认为|宣布|"
    r"同志|总统|总理|主席|首相|国王|部长|外长|议长|秘书长|院士|教授|记者|岁|"
    # "习近平等党和国家领导人在人民大会堂会见…": the list's closing descriptor stands right after a name
    r"等(?:党和国家领导人|中央领导同志|领导同志|人)"
)
# how far a window reaches around a cue: a name is at most ~8 characters from it (a foreign one,
# after a title); the encoder needs 3 more characters of context on each side
REACH = 9
MARGIN = 3
SEPARATOR = "\n"
MAX_WINDOW = 200
MODEL_BUDGET = 20_000  # window characters per article
# The greedy parser takes one step per character of the longest text of a batch, for all its texts at
# once: many short texts in one batch take fewer steps than a few long ones (ner ~25% faster on CCTV
# days at 300 than at 4000 characters), and a text still holds several windows, so no call is per window.
BATCH_CHARS = 300
MODEL_BATCH = 256  # texts per model call: a news page's windows, whole
CUES = ("title", "verb", "translit", "list", "descriptor")  # the kinds of cue that open a window


def cue_windows(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Character windows of ``text`` where a person may be named, merged, inside clause bounds.

    Each cue pattern runs once over the whole text; a window is clipped to the clause its cue is in
    (clause ends are found by bisection), so a name never straddles a comma.
    """
    stops = [m.start() for m in CLAUSE_STOP_RE.finditer(text)]
    n = len(text)

    def clip(s: int, e: int, at: int) -> tuple[int, int] | None:
        k = bisect_right(stops, at)
        c_start = stops[k - 1] + 1 if k else 0
        c_end = stops[k] if k < len(stops) else n
        s, e = max(c_start, s - MARGIN), min(c_end, e + MARGIN)
        return (s, e) if e - s >= 2 else None

    windows: list[tuple[int, int] | None] = []
    if "title" in CUES:
        for m in lex.title_re.finditer(text):
            windows.append(clip(m.end() - 2, m.end() + REACH, m.end() - 1))
    if "verb" in CUES:
        for m in VERB_CUE_RE.finditer(text):
            windows.append(clip(m.start() - REACH, m.end(), m.start()))
    if "translit" in CUES:
        for m in _translit_re(lex).finditer(text):
            windows.append(clip(m.start() - 2, m.end() + 2, m.start()))
    if "descriptor" in CUES:  # "航天员费俊龙、邓清明、张陆", "种粮大户叶堂军": who a person is, not a post
        for m in _descriptor_re(lex).finditer(text):
            windows.append(clip(m.end() - 2, m.end() + REACH, m.end() - 1))
    pos = text.find("、") if "list" in CUES else -1
    while pos >= 0:
        k = bisect_right(stops, pos - 1)
        c_start = stops[k - 1] + 1 if k else 0
        c_end = stops[k] if k < len(stops) else n
        if _name_like_item(text, pos, c_start, c_end, lex):
            windows.append(clip(pos - 5, pos + 6, pos - 1))
        pos = text.find("、", pos + 1)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(w for w in windows if w):
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return [piece for s, e in merged for piece in _split_long(text, s, e)]


def _within_budget(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first windows of an article up to MODEL_BUDGET characters.

    A news article's windows are a few thousand characters; a hostile or bulk text (10,000 titled
    names in a row) is read by the rules alone past the budget, so its cost stays linear and small.
    """
    out, total = [], 0
    for s, e in windows:
        total += e - s
        if total > MODEL_BUDGET:
            break
        out.append((s, e))
    return out


def _split_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A window of at most MAX_WINDOW characters, cut after a list comma (no name crosses one)."""
    out = []
    while e - s > MAX_WINDOW:
        cut = text.rfind("、", s + MAX_WINDOW // 2, s + MAX_WINDOW)
        cut = cut + 1 if cut >= 0 else s + MAX_WINDOW
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


def _name_like_item(text: str, comma: int, c_start: int, c_end: int, lex: Lexicon) -> bool:
    """Is an item on either side of this "、" short and name-like (a list of people, not of policies)?

    Enumerations of measures ("稳增长、促改革、调结构") are most of the "、" in news text; a list of
    people has items of 2–5 characters, at least one starting with a surname or a
    transliteration character.
    """
    left = max(text.rfind("、", c_start, comma) + 1, c_start)
    right = text.find("、", comma + 1, c_end)
    right = c_end if right < 0 else right
    for s, e in ((left, comma), (comma + 1, right)):
        item = text[s:e]
        if 2 <= len(item) <= 5 and (item[0] in lex.surnames or item[0] in lex.translit_chars or "·" in item):
            return True
        if len(item) > 5 and (item[-4:].find("·") >= 0):
            return True
    return False


_TRANSLIT: dict[int, re.Pattern[str]] = {}
_DESCRIPTORS: dict[int, re.Pattern[str]] = {}


def _descriptor_re(lex: Lexicon) -> re.Pattern[str]:
    """The words that say who a person is without a post (``person_descriptors.txt``,
    ``circumstance_descriptors.txt``), per lexicon."""
    key = id(lex)
    if key not in _DESCRIPTORS:
        _DESCRIPTORS[key] = re.compile("|".join(map(re.escape, lex.describing_words)))
    return _DESCRIPTORS[key]


def _translit_re(lex: Lexicon) -> re.Pattern[str]:
    """Runs of three or more transliteration characters (a foreign name's body), per lexicon."""
    key = id(lex)
    if key not in _TRANSLIT:
        _TRANSLIT[key] = re.compile("[" + re.escape("".join(sorted(lex.translit_chars))) + "·]{3,}")
    return _TRANSLIT[key]


@cache
def load_person_model(path: str) -> Language | None:
    """The shipped spaCy pipeline (tok2vec + ner), loaded once per process; None when absent."""
    if not (Path(path) / "config.cfg").exists():
        return None
    nlp = spacy.load(path)
    nlp.tokenizer = CharTokenizer(nlp.vocab)  # the same tokens as spaCy's char segmenter, in linear time
    return nlp


class PersonModel:
    """Runs the trained recogniser on cue windows and stores its PERSON proposals in the Doc."""

    def __init__(self, nlp: Language, name: str, model: str, enabled: bool) -> None:
        self.name = name
        self.lex = Lexicon.load()
        path = Path(model) if Path(model).is_absolute() else RESOURCES / model
        self.model = load_person_model(str(path)) if enabled else None

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """The windows of many Docs (a page's articles) in few model calls.

        A model call costs a fixed overhead besides its characters; articles of a news day have a
        few hundred window characters each, so reading them one call per article spent more time in
        the calls than in the network.  Windows are joined by a line break into texts of about
        BATCH_CHARS, and the texts of up to ``batch_size`` Docs go to the model together, MODEL_BATCH at a time.
        """
        if self.model is None:
            yield from docs
            return
        for chunk in minibatch(docs, size=batch_size):
            self._tag(chunk)
            yield from chunk

    def _tag(self, docs: list[Doc]) -> None:
        # (doc index, window) per text; a hostile article (10,000 titled names in one clause) is
        # bounded by MODEL_BUDGET and cut into texts of BATCH_CHARS like any other
        texts: list[list[tuple[int, int, int]]] = [[]]
        size = 0
        plain = [doc_text(doc) for doc in docs]
        for i, doc in enumerate(docs):
            doc.spans[SPAN_KEY] = []
            for s, e in _within_budget(cue_windows(plain[i], self.lex)):
                if size > BATCH_CHARS:
                    texts.append([])
                    size = 0
                texts[-1].append((i, s, e))
                size += e - s + len(SEPARATOR)
        joined = (SEPARATOR.join(plain[i][s:e] for i, s, e in batch) for batch in texts if batch)
        found: dict[int, list[Span]] = {}
        for batch, sub in zip((b for b in texts if b), self.model.pipe(joined, batch_size=MODEL_BATCH), strict=True):
            starts, offset = [], 0
            for _, s, e in batch:
                starts.append(offset)
                offset += e - s + len(SEPARATOR)
            for ent in sub.ents:
                k = bisect_right(starts, ent.start_char) - 1
                i, w_start, w_end = batch[k]
                s = w_start + ent.start_char - starts[k]
                e = w_start + ent.end_char - starts[k]
                if e <= w_end and (span := docs[i].char_span(s, e, label="PERSON")) is not None:
                    found.setdefault(i, []).append(span)
        for i, spans in found.items():
            docs[i].spans[SPAN_KEY] = spans


@Language.factory("zhgov_person_model", default_config={"model": "person_ner", "enabled": True})
def make_person_model(nlp: Language, name: str, model: str, enabled: bool) -> PersonModel:
    return PersonModel(nlp, name, model, enabled)
