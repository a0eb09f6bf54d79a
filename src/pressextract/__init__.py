"""pressextract: French press releases to validated fact records.

>>> from pressextract import extract  # doctest: +SKIP
>>> extract("Le Pack relocalisation a créé 14 000 emplois.").figures[0].value  # doctest: +SKIP
14000.0
"""

from .api import Extractor, extract
from .records import (
    DocumentRecord,
    Figure,
    Organization,
    Period,
    Person,
    Programme,
    Quote,
    Role,
    Source,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "DocumentRecord",
    "Extractor",
    "Figure",
    "Organization",
    "Period",
    "Person",
    "Programme",
    "Quote",
    "Role",
    "Source",
    "Span",
    "__version__",
    "extract",
]
