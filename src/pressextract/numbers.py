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

from text_to_num import text2num

# Digits: plain, grouped by thousands (space, no-break spaces, dot, apostrophe)
# and with a decimal comma (or a decimal point when not a thousands group).
_GROUPED = re.compile(r"^[+\-\u2212]?\d{1,3}(?:[ \u00a0\u202f\u2009.']\d{3})+(?:,\d+)?$")
_PLAIN = re.compile(r"^[+\-\u2212]?\d+(?:[,.]\d+)?$")

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
    s = s.replace("\u2212", "-").replace(",", ".")
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
