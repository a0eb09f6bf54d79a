"""Time expressions tied to figures, normalized to ISO forms (pure functions).

>>> normalize_period("between", "entre 2021 et 2024")
{'start': '2021', 'end': '2024', 'duration': None}
>>> normalize_period("duration_words", "sur trois ans")
{'start': None, 'end': None, 'duration': 'P3Y'}
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .numbers import parse_number

MONTHS = {m: i for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)}
_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_DURATION_UNITS = {"an": "Y", "ans": "Y", "année": "Y", "années": "Y", "mois": "M", "semaine": "W", "semaines": "W", "jour": "D", "jours": "D"}


def iso_stamp(year: str, month: str | None = None, day: str | None = None) -> str:
    """"2021", "2021-12" or "2021-12-03" from a year and optional French month and day.

    >>> iso_stamp("2021", "décembre"), iso_stamp("2024", "mars", "1er"), iso_stamp("2013")
    ('2021-12', '2024-03-01', '2013')
    """
    number = MONTHS.get((month or "").lower())
    if not number:
        return year
    stamp = f"{year}-{number:02d}"
    return f"{stamp}-{int(day.replace('er', '')):02d}" if day else stamp


@lru_cache(maxsize=256)
def _parse_date(text: str) -> str | None:
    """ISO date of "12 mars 2024" / "1er janvier 2025"; dateparser for anything else."""
    words = text.split()
    if len(words) == 3 and words[1] in MONTHS and words[0].isdigit() and words[2].isdigit():
        day, month, year = int(words[0]), MONTHS[words[1]], int(words[2])
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    import dateparser

    found = dateparser.parse(text, languages=["fr"], settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]})
    return found.date().isoformat() if found else None


def normalize_period(kind: str, text: str) -> dict[str, str | None]:
    """``{start, end, duration}`` for a time expression of the given rule id.

    >>> normalize_period("since", "depuis 2023")
    {'start': '2023', 'end': None, 'duration': None}
    >>> normalize_period("month_year", "en décembre 2021")
    {'start': '2021-12', 'end': '2021-12', 'duration': None}
    """
    words = text.lower().replace("\u2019", "'").split()
    years = _YEAR.findall(text)
    out: dict[str, str | None] = {"start": None, "end": None, "duration": None}
    if kind in {"duration_digits", "duration_words"}:
        value = parse_number(words[-2].replace(",", "."))
        unit = _DURATION_UNITS.get(words[-1])
        if value is not None and unit:
            out["duration"] = f"P{value:g}{unit}"
        return out
    if kind == "date":
        day = _parse_date(" ".join(w for w in words if w not in {"le"}).replace("1er", "1"))
        out["start"] = out["end"] = day
        return out
    if kind == "month_year":
        month = next((MONTHS[w] for w in words if w in MONTHS), None)
        stamp = f"{years[-1]}-{month:02d}" if month and years else (years[-1] if years else None)
        if words[0] in {"depuis", "dès"}:
            out["start"] = stamp
        elif words[0] == "d'ici":
            out["end"] = stamp
        else:
            out["start"] = out["end"] = stamp
        return out
    if kind in {"between", "year_span", "year_span_split"} and len(years) >= 2:
        out["start"], out["end"] = years[0], years[1]
    elif kind == "since" and years:
        out["start"] = years[0]
    elif kind in {"until", "horizon", "until_in"} and years:
        out["end"] = years[-1]
    elif years:
        out["start"] = out["end"] = years[-1]
    return out
