"""Pinyin labels (``@zh-Latn-pinyin``) for persons and bodies, so readers of pinyin can find them.

Persons follow the usual romanisation of Chinese names: the surname, a space,
then the given name as one word (李强 → ``Li Qiang``, 欧阳娜娜 → ``Ouyang Nana``,
王沪宁 → ``Wang Huning``), without tone marks, as names are written in the press
and typed by users. Bodies are romanised word by word with pypinyin's phrase
dictionary (大足区人大常委会 → ``Dazu Qu Renda Changweihui``; runs of single characters become one
word: 国务院 → ``Guowuyuan``). Names that are not all Han characters (foreign
names written with ·, Latin letters) get no pinyin label.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

_HAN = re.compile(r"^[\u3400-\u9fff]+$")


@cache
def _compound_surnames() -> frozenset[str]:
    text = (resources.files("kg") / "resources" / "surnames.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split() if len(w) == 2)


def _word(characters: str) -> str:
    from pypinyin import lazy_pinyin

    syllables = "".join(lazy_pinyin(characters, errors="ignore"))
    return syllables[:1].upper() + syllables[1:]


@lru_cache(maxsize=1 << 16)
def person_pinyin(name: str) -> str | None:
    """``Surname Givenname`` for a Han name of two to four characters, else None."""
    if not _HAN.match(name) or not 2 <= len(name) <= 4:
        return None
    cut = 2 if len(name) >= 3 and name[:2] in _compound_surnames() else 1
    return f"{_word(name[:cut])} {_word(name[cut:])}"


@lru_cache(maxsize=1 << 16)
def body_pinyin(name: str) -> str | None:
    """The name of a body in pinyin, one capitalised word per dictionary word; None if it is not all Han."""
    if not _HAN.match(name):
        return None
    from pypinyin.seg.mmseg import seg

    words: list[str] = []
    single = ""
    for piece in seg.cut(name):
        if len(piece) == 1:
            single += piece
            continue
        if single:
            words.append(single)
            single = ""
        words.append(piece)
    if single:
        words.append(single)
    return " ".join(_word(w) for w in words) or None
