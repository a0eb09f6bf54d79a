"""Same-length text normalisation.

The genre is full of typographic apostrophes, guillemets with no-break spaces
and narrow no-break spaces inside numbers. The pipeline sees a normalised copy
in which each such character is replaced by exactly one ASCII character, so
every character offset computed on the copy is valid in the original text.

>>> normalize("l’État a 14\u202f000 emplois")
"l'État a 14 000 emplois"
"""

from __future__ import annotations

import re
import unicodedata

# One character in, one character out: offsets never move.
CHAR_MAP: dict[str, str] = {
    "\u2019": "'",  # right single quotation mark (typographic apostrophe)
    "\u2018": "'",  # left single quotation mark
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",  # prime, sometimes typed for an apostrophe
    "\u201c": '"',  # left double quotation mark
    "\u201d": '"',  # right double quotation mark
    "\u201e": '"',  # double low-9 quotation mark
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u2007": " ",  # figure space
    "\u200a": " ",  # hair space
    "\u2002": " ",  # en space
    "\u2003": " ",  # em space
    "\u2212": "-",  # minus sign
    "\u2011": "-",  # non-breaking hyphen
    "\u2010": "-",  # hyphen
    "\t": " ",
    "\ufeff": " ",  # byte-order mark left in the text
}

_TABLE = str.maketrans(CHAR_MAP)


def normalize(text: str) -> str:
    """Return ``text`` with typographic variants folded, keeping its length.

    >>> len(normalize("« Bonjour »\\r\\n")) == len("« Bonjour »\\r\\n")
    True
    """
    # A CR before LF becomes a space (the LF still ends the line); a lone CR
    # (old Mac files) is itself the line end.
    out = text.replace("\r\n", " \n").replace("\r", "\n").translate(_TABLE)
    # str.translate with one-char values can never change the length; the
    # assertion documents the invariant the whole project relies on.
    assert len(out) == len(text)
    return out


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})


def fold(text: str) -> str:
    """Comparison form of a name (the scoring rules of gold-format.md):
    NFKC, typographic apostrophes and quotation marks to ASCII, accents
    removed, lower case, white space collapsed, leading article dropped.

    >>> fold("La  Région Île-de-France")
    'region ile-de-france'
    >>> fold("l’Agence")
    'agence'
    """
    s = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = " ".join(s.lower().split())
    return re.sub(r"^(?:(?:le|la|les) |l')", "", s)
