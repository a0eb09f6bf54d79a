"""Pure helpers about function titles (no spaCy), shared by the roles
component and the conversion to records."""

from __future__ import annotations

import re
from collections.abc import Collection

# a board's committees, named by their function (regex alternatives, for the roles pass and the conversion)
BOARD_COMMITTEES = r"comité d['’]audit|comité des rémunérations|comité des nominations|comité stratégique|comité d['’]investissement"
_UNIT_KINDS = {"service", "pôle"}
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
    >>> has_scope("cheffe de service", {"service"}), has_scope("chef du service de cardiologie", {"service"})
    (False, True)
    >>> has_scope("adjoint au chef de service", {"service"})
    True
    """
    for match in _COMPLEMENT.finditer(title.replace("\u2019", "'")):
        word = match.group(1)
        if word in terms:
            continue  # "directrice de la RSE": a field written in capitals
        if match.group(0).lower().startswith("de ") and word in _UNIT_KINDS and title.lower().startswith(("chef ", "cheffe ")):
            continue  # "cheffe de service", "chef de pôle": a kind of unit, no body's name (not "adjoint au chef de service": whose)
        if word[0].isupper() or word.lower() in heads:
            return True
    return False
