"""Sentences of an article: the unit in which the rules look for a group of persons and its trigger."""

from __future__ import annotations

import re

SENTENCE_END_RE = re.compile(r"[。！？；!?;]+[”’」』]?|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in SENTENCE_END_RE.finditer(text):
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentence_index(sentences: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo
