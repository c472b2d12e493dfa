"""Dates of events: from the words of the text to ISO strings, with the year a careful reader infers.

Chinese news writes "9月12日", "2日上午", "9月9日至11日", "今天（2月2日）"; the year comes from the date
itself, else the publication date, else the year the page as a whole is about.  When no year can be
told, the date stays month-day (``--MM-DD``), which is what the text supports.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# A day as news writes it before a verb: "12日", "9月12日", "2025年9月12日".
DAY = r"(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日"
#: a day told relative to the report's ("今天在…"), and a part of the day after either kind of day
RELATIVE_DAY = r"今天|今日|当天|当日|昨天"
DAY_PART = r"(?:上午|下午|晚上|晚)"
YEAR_MENTION_RE = re.compile(r"(?<![\d到至—－\-~～])(?P<y>(?:19|20)\d\d)年(?!代)")
FUTURE_YEAR_RE = re.compile(r"(?:到|至|截至|力争|预计|计划|目标|有望于|将于)(?:(?:19|20)\d\d)年")


def year_in(sentence: str) -> int | None:
    """The year a sentence states for itself ("区人大常委会党组2025年第16次会议"), plans excluded."""
    future = {m.start() for m in FUTURE_YEAR_RE.finditer(sentence)}
    years = [
        int(m.group("y"))
        for m in YEAR_MENTION_RE.finditer(sentence)
        if not any(f <= m.start() <= f + 4 for f in future)
    ]
    return years[0] if len(set(years)) == 1 else None


def _iso(year: int | None, month: int, day: int) -> str | None:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def resolve(parts: dict[str, str], pub_date: str | None, context_year: int | None) -> tuple[str | None, str | None]:
    """(start, end) ISO dates of a matched DATE expression; (None, None) when it names no day."""
    if "day" not in parts:
        return None, None
    pub = date.fromisoformat(pub_date) if pub_date else None
    day = int(parts["day"])
    if "month" in parts:
        month = int(parts["month"])
    elif pub is not None:
        # "2日" in a report of 2 November means 2 November; a later day means last month.
        month = pub.month if day <= pub.day else (pub.month - 1 or 12)
    else:
        return None, None
    if "year" in parts:
        year: int | None = int(parts["year"])
    elif pub is not None and "years_ago" in parts:
        year = pub.year - int(parts["years_ago"])  # "十年前的12月4日" in a report of December 2022: 2012
    elif pub is not None:
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
        if "month" not in parts and month == 12 and pub.month == 1:
            year = pub.year - 1
    else:
        year = context_year
    start = _iso(year, month, day)
    end = None
    if "day2" in parts:
        month2 = int(parts.get("month2", month))
        year2 = year + 1 if (year and month2 < month) else year
        end = _iso(year2, month2, int(parts["day2"]))
    return start, end


def day_from_relative(word: str, pub_date: str | None) -> str | None:
    """今天/当天 → the publication date; 昨天 → the day before; vague words → None."""
    if not pub_date:
        return None
    pub = date.fromisoformat(pub_date)
    if word in ("今天", "今日", "当天", "当日"):
        return pub.isoformat()
    if word in ("昨天", "昨日"):
        return date.fromordinal(pub.toordinal() - 1).isoformat()
    return None


def forward(iso: str | None, pub_date: str | None) -> str | None:
    """The date of an announced event: a month-day read as last year's is meant as the next one."""
    if not iso or not pub_date or len(iso) != 10 or iso >= pub_date:
        return iso
    year = int(iso[:4]) + 1
    try:
        return date(year, int(iso[5:7]), int(iso[8:10])).isoformat()
    except ValueError:
        return iso


CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
SPAN_RE = re.compile(r"为期(?P<n>\d{1,2}|[一两二三四五六七八九十])天")


def span_days(sentence: str) -> int | None:
    """The length a sentence gives an event ("为期三天的会期里") in days."""
    m = SPAN_RE.search(sentence)
    if not m:
        return None
    n = m.group("n")
    return int(n) if n.isdigit() else CN_DIGITS.get(n)


def back_from(end_iso: str | None, days: int) -> str | None:
    """The first day of an event of ``days`` days that ends on ``end_iso`` (full dates only)."""
    if not end_iso or len(end_iso) != 10 or days < 2:
        return None
    return (date.fromisoformat(end_iso) - timedelta(days=days - 1)).isoformat()
