"""French numbers, scales and currencies as pure functions (no spaCy here).

>>> parse_digits("14 000")
14000.0
>>> parse_digits("1,5")
1.5
>>> parse_number_words("deux cents")
200.0
>>> parse_unit_token("M€")
(1000000.0, 'EUR')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from text_to_num import text2num

# Digits: plain, grouped by thousands (space, no-break spaces, dot, apostrophe)
# and with a decimal comma (or a decimal point when not a thousands group).
_GROUPED = re.compile(r"^[+\-\u2212]?\d{1,3}(?:[ \u00a0\u202f\u2009.']\d{3})+(?:,\d+)?$")
_PLAIN = re.compile(r"^[+\-\u2212\u2013]?\d+(?:[,.]\d+)?$")

SCALE_WORDS: dict[str, float] = {
    "mille": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,
    "billions": 1e12,
}

# Abbreviated scales as they stand before a currency sign or on their own
# after a number ("3 M€", "2,3 Md€", "250 k€", "1,2 Mds d'euros").
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "Mn": 1e6,
    "Md": 1e9,
    "Mds": 1e9,
    "Mrd": 1e9,
    "Mrds": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "G": 1e9,
}

CURRENCY_SIGNS: dict[str, str] = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "EUR": "EUR",
    "USD": "USD",
    "GBP": "GBP",
    "CHF": "CHF",
}

# Currency names as words; the plural and singular both appear.
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "livre": "GBP",
    "livres": "GBP",
    "franc": "CHF",
    "francs": "CHF",
}

# Nouns of approximate quantity: "une trentaine de projets" is about 30.
APPROX_NOUNS: dict[str, float] = {
    "dizaine": 10,
    "dizaines": 10,
    "douzaine": 12,
    "douzaines": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "centaines": 100,
    "millier": 1000,
    "milliers": 1000,
}

NUMBER_WORDS: frozenset[str] = frozenset(
    """un une deux trois quatre cinq six sept huit neuf dix onze douze treize
    quatorze quinze seize vingt vingts trente quarante cinquante soixante
    septante huitante octante nonante cent cents mille et""".split()
)


def parse_digits(text: str) -> float | None:
    """Parse a number written in digits, French style; None if it is not one.

    >>> parse_digits("1.200")
    1200.0
    >>> parse_digits("12,5")
    12.5
    >>> parse_digits("abc") is None
    True
    """
    s = text.strip()
    if _GROUPED.match(s):
        s = re.sub(r"[ \u00a0\u202f\u2009.']", "", s)
    elif not _PLAIN.match(s):
        return None
    s = s.replace("\u2212", "-").replace("\u2013", "-").replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def parse_number_words(text: str) -> float | None:
    """Parse French number words ("vingt-cinq", "deux cents"); None otherwise.

    >>> parse_number_words("quatre-vingt-dix")
    90.0
    >>> parse_number_words("projets") is None
    True
    """
    s = " ".join(text.lower().split())
    if not s:
        return None
    parts = re.split(r"[\s-]+", s)
    if not all(p in NUMBER_WORDS or p in SCALE_WORDS for p in parts):
        return None
    try:
        return float(text2num(s, "fr"))
    except (ValueError, KeyError, TypeError):
        return None


def parse_number(text: str) -> float | None:
    """Digits or words, whichever ``text`` is.

    >>> parse_number("3")
    3.0
    >>> parse_number("trois")
    3.0
    """
    value = parse_digits(text)
    if value is None:
        value = parse_number_words(text)
    return value


def parse_unit_token(text: str) -> tuple[float, str | None] | None:
    """Split a token such as "M€", "k€", "Md€", "€", "MEUR" or "M" into
    (scale, ISO currency or None); None when the token is neither.

    >>> parse_unit_token("k€")
    (1000.0, 'EUR')
    >>> parse_unit_token("Md")
    (1000000000.0, None)
    >>> parse_unit_token("emplois") is None
    True
    """
    s = unicodedata.normalize("NFC", text.strip())
    if s in CURRENCY_SIGNS:
        return 1.0, CURRENCY_SIGNS[s]
    for sign, code in CURRENCY_SIGNS.items():
        if s.endswith(sign) and len(s) > len(sign):
            prefix = s[: -len(sign)]
            if prefix in SCALE_ABBREVIATIONS:
                return SCALE_ABBREVIATIONS[prefix], code
    if s in SCALE_ABBREVIATIONS:
        return SCALE_ABBREVIATIONS[s], None
    return None


def scale_of_word(text: str) -> float | None:
    """The multiplier of a scale word ("millions" -> 1e6), else None.

    >>> scale_of_word("milliards")
    1000000000.0
    """
    value = SCALE_WORDS.get(text.lower())
    return float(value) if value is not None else None


def currency_of_word(text: str) -> str | None:
    """The ISO 4217 code of a currency word or sign ("euros" -> "EUR").

    >>> currency_of_word("euros")
    'EUR'
    """
    return CURRENCY_WORDS.get(text.lower()) or CURRENCY_SIGNS.get(text)


# -- whole quantities ----------------------------------------------------------
class Quantity(NamedTuple):
    """What a figure phrase says: value (in units), unit (ISO 4217, "%", or
    the words that follow, as written), qualifier, upper end of a range."""

    value: float
    unit: str | None
    qualifier: str | None
    value_max: float | None = None


_WORD = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f\u2009.']\d{3})+(?:,\d+)?(?!\d)"  # grouped digits
    r"|[+\-\u2212\u2013]?\d+(?:[.,]\d+)?"  # plain digits (a sign glued: "-3", "–4,3", "+0,8")
    r"|[^\W\d_]+'"  # elided word: d', l', jusqu'
    r"|[^\W\d_]+(?:-[^\W\d_]+)*"  # words, hyphenated ones whole
    r"|[€$£%²³]|\S",
)
_RANGE_OPEN = {"entre", "de", "d'"}
ISO_AND_PERCENT = frozenset(CURRENCY_SIGNS.values()) | {"%"}
_RANGE_LINK = {"et", "à", "-", "a"}
_ORDINAL_SUFFIXES = {"er", "re", "ère", "e", "è", "ème", "eme", "nd", "nde", "d", "de"}


def _words(text: str) -> list[tuple[str, int, int]]:
    s = text.replace("\u2019", "'").replace("\u02bc", "'")
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(s)]


@lru_cache(maxsize=1)
def qualifier_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, words) of every qualifier of ``models/lexicon/figures.json``, longest first."""
    from .resources import load_json

    lex = load_json("lexicon/figures.json")["qualifiers"]
    pairs = [(kind, tuple(w for w, _, _ in _words(p.lower()))) for kind, phrases in lex.items() for p in phrases]
    return tuple(sorted(pairs, key=lambda kp: -len(kp[1])))


def _number_at(words: list[str], i: int) -> tuple[float, int, bool] | None:
    """(value, next index, approximate?) of the number starting at ``i``."""
    if i >= len(words):
        return None
    w = words[i]
    value = parse_digits(w)
    if value is not None:
        return value, i + 1, False
    if w in {"une", "un", "des", "quelques", "plusieurs"} and i + 1 < len(words) and words[i + 1] in APPROX_NOUNS:
        return float(APPROX_NOUNS[words[i + 1]]), i + 2, True
    if w in APPROX_NOUNS:
        return float(APPROX_NOUNS[w]), i + 1, True
    j = i
    while j < len(words) and (words[j] in NUMBER_WORDS or "-" in words[j] and parse_number_words(words[j]) is not None):
        j += 1
    while j > i:
        value = parse_number_words(" ".join(words[i:j]))
        if value is not None:
            return value, j, False
        j -= 1
    return None


def _scale_and_currency(words: list[str], raw: list[str], i: int) -> tuple[float, str | None, int]:
    """Scale and currency after a number: "millions d'euros", "M€", "Md €", "%"."""
    scale, unit = 1.0, None
    if i < len(words) and words[i] in SCALE_WORDS:
        scale, i = SCALE_WORDS[words[i]], i + 1
    elif i < len(raw) and raw[i] in SCALE_ABBREVIATIONS and not (i + 1 < len(raw) and raw[i + 1].isalpha() and raw[i + 1] not in CURRENCY_SIGNS):
        scale, i = SCALE_ABBREVIATIONS[raw[i]], i + 1
    if i < len(raw) and raw[i] in CURRENCY_SIGNS:
        unit, i = CURRENCY_SIGNS[raw[i]], i + 1
    elif i + 1 < len(words) and words[i] in {"d'", "de"} and (words[i + 1] in CURRENCY_WORDS or raw[i + 1] in CURRENCY_SIGNS):
        unit, i = CURRENCY_WORDS.get(words[i + 1]) or CURRENCY_SIGNS[raw[i + 1]], i + 2  # "d'euros", "d'€"
    elif i < len(words) and words[i] in CURRENCY_WORDS:
        unit, i = CURRENCY_WORDS[words[i]], i + 1
    elif i < len(raw) and raw[i] == "%":
        unit, i = "%", i + 1
    elif i + 1 < len(words) and words[i] == "pour" and words[i + 1] == "cent":
        unit, i = "%", i + 2
    return scale, unit, i


def parse_quantity(text: str) -> Quantity | None:
    """Read a French figure phrase; None when it holds no number.

    >>> parse_quantity("plus de 1,5 milliard d'euros")
    Quantity(value=1500000000.0, unit='EUR', qualifier='min', value_max=None)
    >>> parse_quantity("une trentaine de communes")
    Quantity(value=30.0, unit='communes', qualifier='approx', value_max=None)
    >>> parse_quantity("entre 10 et 15 M€")
    Quantity(value=10000000.0, unit='EUR', qualifier=None, value_max=15000000.0)
    """
    toks = _words(text)
    raw = [w for w, _, _ in toks]
    words = [w.lower() for w in raw]
    i, qualifier = 0, None
    for kind, phrase in qualifier_phrases():
        if tuple(words[: len(phrase)]) == phrase:
            qualifier, i = kind, len(phrase)
            break
    ranged = i < len(words) and words[i] in _RANGE_OPEN
    first = _number_at(words, i + 1) if ranged else None
    if first is None:
        ranged = False
        first = _number_at(words, i)
    if first is None:
        return None
    value, i, approx = first
    if i < len(toks) and toks[i][1] == toks[i - 1][2] and words[i] in _ORDINAL_SUFFIXES:
        return None  # "1er", "2e": an ordinal
    if approx and i + 1 < len(words) and words[i] in {"de", "d'"} and (words[i + 1] in SCALE_WORDS or words[i + 1] in {"millier", "milliers"}):
        value *= SCALE_WORDS.get(words[i + 1], 1000.0)  # "une trentaine de millions", "des dizaines de milliers"
        i += 2
    if approx:
        qualifier = qualifier or "approx"
    scale, unit, i = _scale_and_currency(words, raw, i)
    value_max = None
    if ranged and i < len(words) and words[i] in _RANGE_LINK:
        second = _number_at(words, i + 1)
        if second is not None:
            upper, j, _ = second
            scale2, unit2, j = _scale_and_currency(words, raw, j)
            # (not "recule de 8 % à 118 millions d'euros": a rate, then the amount it falls to, two units)
            if unit is None or unit2 is None or unit2 == unit:
                value_max = upper * scale2
                # "entre 10 et 15 millions": the scale is shared; "entre 100 000 et 2 millions": it is not
                if scale == 1.0 and unit is None and value * scale2 <= value_max:
                    scale = scale2
                unit = unit or unit2
                i = j
    if unit is None and i < len(toks):
        rest = i + 1 if words[i] in {"de", "d'"} else i
        if rest < len(toks):
            unit = text[toks[rest][1] :].strip() or None
    return Quantity(value * scale, unit, qualifier, value_max)
