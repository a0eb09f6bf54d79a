"""The library API: ``extract(text)`` and the reusable, batched ``Extractor``.

>>> from pressextract import extract  # doctest: +SKIP
>>> record = extract("Carole Delga, présidente de la Région Occitanie, annonce 3 M€.")  # doctest: +SKIP
>>> record.figures[0].value, record.figures[0].unit  # doctest: +SKIP
(3000000.0, 'EUR')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Union

from spacy.language import Language

from .convert import doc_to_record
from .normalize import normalize
from .pipeline import DEFAULT_MODEL, build_pipeline
from .records import DocumentRecord

TextInput = Union[str, tuple[str, Union[str, None]]]


class Extractor:
    """A loaded pipeline, reused across documents.

    >>> ex = Extractor()  # doctest: +SKIP
    >>> [r.source.chars for r in ex.pipe(["Un texte.", "Un autre."])]  # doctest: +SKIP
    [9, 9]
    """

    def __init__(self, model: str | Path = DEFAULT_MODEL, models_dir: str | None = None, nlp: Language | None = None) -> None:
        self.nlp = nlp if nlp is not None else build_pipeline(model, models_dir=models_dir)

    def __call__(self, text: str, path: str | None = None) -> DocumentRecord:
        """Extract the facts of one text; ``path`` is recorded as its source."""
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, not {type(text).__name__}")
        return doc_to_record(self.nlp(normalize(text)), text, path)

    def pipe(self, texts: Iterable[TextInput], batch_size: int = 16, n_process: int = 1) -> Iterator[DocumentRecord]:
        """Extract from many texts (or ``(text, path)`` pairs), in order.

        Records are built in the parent process from the Docs spaCy returns,
        so ``n_process > 1`` works as in ``nlp.pipe``.
        """
        items = ((t, None) if isinstance(t, str) else t for t in texts)
        pairs = ((normalize(text), (text, path)) for text, path in items)
        for doc, (raw, path) in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield doc_to_record(doc, raw, path)


_default: Extractor | None = None


def extract(text: str, path: str | None = None) -> DocumentRecord:
    """Extract the facts of one French press release (the pipeline loads once)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default(text, path)
