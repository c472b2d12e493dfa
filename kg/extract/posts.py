"""Posts: the (title, body) pairs a text gives a person ("大足区人大常委会副主任肖朝华").

A title binds to the body written with it; a title with no body of its own takes the body carried
along its chain ("区委常委、常务副区长雷科") or the one its entry in ``titles.tsv`` implies (副区长 →
the district government).
"""

from __future__ import annotations

from kg.extract.canon import canonical_body, implied_body
from kg.extract.lexicon import Lexicon
from kg.extract.recognise import PersonMention
from kg.extract.sentences import sentence_index


def positions_of(
    mentions: list[PersonMention], text: str, sentences, region: str | None, paper: str | None, lex: Lexicon
) -> list[tuple[PersonMention, str, str | None]]:
    out = []
    last_body: dict[int, str] = {}
    for m in mentions:
        if not m.intro:
            continue
        sent = sentence_index(sentences, m.start)
        carried = None
        for link in m.intro.links:
            info = lex.titles[link.title]
            if link.body:
                body = canonical_body(link.body, region, lex)
                carried = body
            elif info.implied_body and not m.intro.foreign and (info.implied_body.startswith("{") or not carried):
                body = implied_body(info.implied_body, _full_place(link.place, lex) or region, paper, lex)
            else:
                body = carried or last_body.get(sent)
                carried = body
            out.append((m, link.title, body))
        if carried:
            last_body[sent] = carried
    return out




def _full_place(place: str | None, lex: Lexicon) -> str | None:
    """大足 → 大足区: the full name of a place written in its short form."""
    if not place:
        return None
    for suffix in ("区", "县", "市", "省"):
        if place + suffix in lex.places:
            return place + suffix
    return place
