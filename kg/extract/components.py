"""spaCy components of the zhgov-kg pipeline, registered the spaCy way (``@Language.factory``).

``zhgov_recogniser`` tags PERSON, TITLE, BODY, DATE (``doc.ents``) with the lexicon grammar of
:mod:`kg.extract.recognise`, and fills the span groups the rule layer reads:

* ``doc.spans["persons"]`` — every person mention; ``span._.person`` holds its
  :class:`~kg.extract.recognise.PersonMention` (with the titles that introduce it);
* ``doc.spans["bodies"]`` — bodies;
* ``doc.spans["dates"]`` — dates; ``span._.date`` holds the parsed parts;
* ``doc.spans["events"]`` — event phrases; ``span._.event`` holds what the recogniser read of them.

The Doc is the interface between recognition and rules: the trained recogniser
(``zhgov_person_model``, :mod:`kg.extract.ner`) runs first and leaves its PERSON proposals in
``doc.spans["model_persons"]``; this component judges them by the rule context
(:func:`kg.extract.recognise.judge_model_spans`) and merges them into the groups the rules read.
Names already read on the same page can be handed in through ``doc.user_data["known_names"]``, and
those the article's headline introduces (:func:`kg.extract.recognise.headline_names`) through
``doc.user_data["headline_names"]``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import kg.extract.ner  # noqa: F401  (registers zhgov_person_model)
from kg.extract.lexicon import Lexicon
from kg.extract.recognise import recognise_article
from kg.extract.tokenizer import doc_text

MODEL_KEY = "model_persons"  # where zhgov_person_model (kg.extract.ner) leaves its proposals

for _extension in ("person", "date", "event"):
    if not Span.has_extension(_extension):
        Span.set_extension(_extension, default=None)


def _spans(doc: Doc, items, label: str, extension: str | None = None) -> list[Span]:
    """Spans for recognised items (objects with ``start``/``end``), each carrying its item."""
    out = []
    for item in items:
        span = doc.char_span(item.start, item.end, label=label)
        if span is None:
            continue
        if extension:
            span._.set(extension, item)
        out.append(span)
    return out


class Recogniser:
    def __init__(self, nlp: Language, name: str, use_name_model: bool = True) -> None:
        self.name = name
        self.lex = Lexicon.load()
        self.name_model = _load_name_model() if use_name_model else None

    def __call__(self, doc: Doc) -> Doc:
        model_spans = [(span.start_char, span.end_char) for span in doc.spans.get(MODEL_KEY, [])]
        known = set(doc.user_data.get("known_names") or ()) | set(doc.user_data.get("headline_names") or ())
        rec = recognise_article(doc_text(doc), self.lex, known, self.name_model, model_spans=model_spans)
        persons = _spans(doc, rec["persons"], "PERSON", "person")
        titles = _spans(doc, [link for intro in rec["intros"] for link in intro.links], "TITLE")
        bodies = [span for s, e in rec["bodies"] if (span := doc.char_span(s, e, label="BODY")) is not None]
        dates = _spans(doc, rec["dates"], "DATE", "date")
        doc.spans["persons"] = persons
        doc.spans["titles"] = titles
        doc.spans["bodies"] = bodies
        doc.spans["dates"] = dates
        doc.spans["events"] = _spans(doc, rec["events"], "EVENT", "event")
        doc.ents = filter_spans(persons + titles + bodies + dates)
        return doc


def _load_name_model():
    """The trained person-name scorer shipped in kg/resources; the rules work without it."""
    try:
        from kg.extract.names import NameModel

        return NameModel.load()
    except (ImportError, OSError, ValueError):
        return None


@Language.factory("zhgov_recogniser", default_config={"use_name_model": True})
def make_recogniser(nlp: Language, name: str, use_name_model: bool) -> Recogniser:
    return Recogniser(nlp, name, use_name_model)
