"""Pure helpers about function titles (no spaCy), shared by the roles
component and the conversion to records."""

from __future__ import annotations

import re
from collections.abc import Collection

_COMPLEMENT = re.compile(r"\b(?:de la|de l'|du|des|de|d')\s*([^\W\d_][\w-]*)", re.IGNORECASE)


def has_scope(title: str, heads: Collection[str], terms: Collection[str] = ()) -> bool:
    """Whether a title says whose function it is: a name or another
    function after its "de" ("conseiller spécial du président", "directeur
    de l'usine Renault"), unlike a delegation or a service ("vice-présidente
    chargée de l'éducation", "directeur général des services").

    >>> heads = {"président", "maire"}
    >>> has_scope("conseiller spécial du président", heads), has_scope("directeur général des services", heads)
    (True, False)
    >>> has_scope("vice-présidente chargée de l'éducation et des collèges", heads)
    False
    >>> has_scope("directrice de la RSE", heads, terms={"RSE"})
    False
    """
    for match in _COMPLEMENT.finditer(title.replace("\u2019", "'")):
        word = match.group(1)
        if word in terms:
            continue  # "directrice de la RSE": a field written in capitals
        if word[0].isupper() or word.lower() in heads:
            return True
    return False
