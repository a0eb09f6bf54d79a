"""Pure helpers about function titles (no spaCy), shared by the roles
component and the conversion to records."""

from __future__ import annotations

import re

_DELEGATION = re.compile(r"\b(?:chargée?|déléguée?|en charge)\s+(?:de la|de l'|de|du|des|d')", re.IGNORECASE)
_SCOPE = re.compile(r"\s(?:de|du|des)\s|\sd'", re.IGNORECASE)


def has_scope(title: str) -> bool:
    """"conseiller spécial du président", "vice-président de l'agence": the
    title names its own scope ("chargé de …" is a delegation, not a scope).

    >>> has_scope("vice-présidente chargée de l'insertion"), has_scope("conseiller spécial du président")
    (False, True)
    """
    return bool(_SCOPE.search(_DELEGATION.sub(" ", title.replace("\u2019", "'"))))
