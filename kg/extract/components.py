"""spaCy components of the zhgov-kg pipeline, registered the spaCy way (``@Language.factory``).

``zhgov_recogniser`` tags PERSON, TITLE, BODY, DATE (``doc.ents``) and EVENT phrases
(``doc.spans["events"]``) with the lexicon grammar of :mod:`kg.extract.recognise`, and leaves the plain
recognition result in ``doc.user_data["zhgov"]`` for the rule layer.  Names already read on the
same page can be handed in through ``doc.user_data["known_names"]``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.extract.lexicon import Lexicon
from kg.extract.recognise import recognise_article


class Recogniser:
    def __init__(self, nlp: Language, name: str, use_name_model: bool = True) -> None:
        self.name = name
        self.lex = Lexicon.load()
        self.name_model = _load_name_model() if use_name_model else None

    def __call__(self, doc: Doc) -> Doc:
        rec = recognise_article(doc.text, self.lex, doc.user_data.get("known_names"), self.name_model)
        doc.user_data["zhgov"] = rec
        spans = []
        for p in rec["persons"]:
            spans.append(doc.char_span(p.start, p.end, label="PERSON"))
        for intro in rec["intros"]:
            for link in intro.links:
                spans.append(doc.char_span(link.start, link.end, label="TITLE"))
        for s, e in rec["bodies"]:
            spans.append(doc.char_span(s, e, label="BODY"))
        for d in rec["dates"]:
            spans.append(doc.char_span(d.start, d.end, label="DATE"))
        doc.ents = filter_spans([s for s in spans if s is not None])
        events = [doc.char_span(e.start, e.end, label="EVENT") for e in rec["events"]]
        doc.spans["events"] = [e for e in events if e is not None]
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
