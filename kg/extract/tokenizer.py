"""The pipeline's tokenizer: one token per character, in linear time (``zhgov.CharTokenizer.v1``)."""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

TOKEN_RE = re.compile(r"\S ?|\s+")
# what makes a token other than one character: a space after a character, or a run of white space
SPACED_RE = re.compile(r" |\s\s")

TEXT_KEY = "text"


class CharTokenizer:
    """One token per character, as spaCy's ``zh`` character segmenter makes them, in linear time.

    spaCy's segmenter aligns characters to the text with ``text[pos:].index(char)``, which copies the
    rest of the text for every character: quadratic, minutes for a 300 KB article.  This builds the
    same tokens directly (a space after a character is that token's trailing space; any other run of
    white space is one token) and keeps the text in ``doc.user_data["text"]`` because ``Doc.text``
    re-joins every token on each access.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        if SPACED_RE.search(text) is None:  # most news text: every character, a line break too, is a token
            words, spaces = list(text), [False] * len(text)
        else:
            tokens = TOKEN_RE.findall(text)  # a character and the one space after it, or a run of white space
            words = [t if len(t) == 1 or t[0].isspace() else t[0] for t in tokens]
            spaces = [len(t) == 2 and not t[0].isspace() for t in tokens]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TEXT_KEY] = text
        return doc

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> CharTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> CharTokenizer:
        return self


@spacy.registry.tokenizers("zhgov.CharTokenizer.v1")
def make_char_tokenizer():
    def create(nlp: Language) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return create






def doc_text(doc: Doc) -> str:
    """The Doc's text, from the tokenizer's copy when there is one (``Doc.text`` costs a pass)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None or not len(doc):
        return doc.text
    last = doc[-1]
    return text if last.idx + len(last.text_with_ws) == len(text) else doc.text  # a copy of this Doc's text
