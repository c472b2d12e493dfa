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
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.lexicon import RESOURCES, Lexicon

SPAN_KEY = "model_persons"
CLAUSE_RE = re.compile(r"[^，,。；;！？!?\n]+")
VERB_CUE_RE = re.compile(
    r"表示|指出|强调|说|介绍|当选|主持|出席|参加|列席|讲话|致辞|带队|一行|会见|会谈|通电话|致电|陪同|认为|宣布|"
    r"同志|总统|总理|主席|首相|国王|部长|外长|议长|秘书长|院士|教授|记者|岁"
)
# how far a window reaches around a cue: a name is at most ~8 characters from it (a foreign one,
# after a title); the encoder needs 3 more characters of context on each side
REACH = 9
MARGIN = 3


def cue_windows(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Character windows of ``text`` where a person may be named, merged, inside clause bounds."""
    translit = _translit_re(lex)
    windows: list[tuple[int, int]] = []
    for clause in CLAUSE_RE.finditer(text):
        c_start, c_end = clause.span()
        if c_end - c_start < 2:
            continue
        points: list[tuple[int, int]] = []  # (from, to) of the region a cue makes plausible
        for m in lex.title_re.finditer(text, c_start, c_end):
            points.append((m.end() - 2, m.end() + REACH))
        for m in VERB_CUE_RE.finditer(text, c_start, c_end):
            points.append((m.start() - REACH, m.end()))
        for m in translit.finditer(text, c_start, c_end):
            points.append((m.start() - 2, m.end() + 2))
        pos = text.find("、", c_start, c_end)
        while pos >= 0:
            points.append((pos - 5, pos + 6))
            pos = text.find("、", pos + 1, c_end)
        for s, e in points:
            s, e = max(c_start, s - MARGIN), min(c_end, e + MARGIN)
            windows.append((s, e))
    windows.sort()
    merged: list[tuple[int, int]] = []
    for s, e in windows:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


_TRANSLIT: dict[int, re.Pattern[str]] = {}


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
    return spacy.load(path)


class PersonModel:
    """Runs the trained recogniser on cue windows and stores its PERSON proposals in the Doc."""

    def __init__(self, nlp: Language, name: str, model: str, enabled: bool) -> None:
        self.name = name
        self.lex = Lexicon.load()
        path = Path(model) if Path(model).is_absolute() else RESOURCES / model
        self.model = load_person_model(str(path)) if enabled else None

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None:
            return doc
        text = doc.user_data.get("text") or doc.text  # the tokenizer's copy (kg.extract.components)
        windows = cue_windows(text, self.lex)
        spans = []
        for (w_start, _), sub in zip(windows, self.model.pipe(text[s:e] for s, e in windows), strict=True):
            for ent in sub.ents:
                span = doc.char_span(w_start + ent.start_char, w_start + ent.end_char, label="PERSON")
                if span is not None:
                    spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("zhgov_person_model", default_config={"model": "person_ner", "enabled": True})
def make_person_model(nlp: Language, name: str, model: str, enabled: bool) -> PersonModel:
    return PersonModel(nlp, name, model, enabled)
