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

from .convert import collect, facts_to_record
from .inputs import read_document
from .normalize import normalize
from .pipeline import DEFAULT_MODEL, build_pipeline
from .records import DocumentRecord

TextInput = Union[str, Path, tuple[str, Union[str, None]]]

DEFAULT_CHUNK_CHARS = 100_000  # a longer text is parsed in paragraph-sized pieces


def split_paragraphs(text: str, limit: int) -> list[int]:
    """Start offsets of pieces of ``text`` no longer than ``limit``, cut after
    a blank line, else a line break, else a sentence end, else anywhere.

    >>> split_paragraphs("aa\\n\\nbb\\n\\ncc", 5)
    [0, 4, 8]
    """
    starts = [0]
    while len(text) - starts[-1] > limit:
        lo, hi = starts[-1], starts[-1] + limit
        cut = -1
        for sep in ("\n\n", "\n", ". "):
            cut = text.rfind(sep, lo + 1, hi)
            if cut != -1:
                cut += len(sep)
                break
        starts.append(cut if cut > lo else hi)
    return starts


class Extractor:
    """A loaded pipeline, reused across documents.

    >>> ex = Extractor()  # doctest: +SKIP
    >>> [r.source.chars for r in ex.pipe(["Un texte.", "Un autre."])]  # doctest: +SKIP
    [9, 9]
    """

    def __init__(
        self,
        model: str | Path = DEFAULT_MODEL,
        models_dir: str | None = None,
        nlp: Language | None = None,
        chunk_chars: int = DEFAULT_CHUNK_CHARS,
    ) -> None:
        self.nlp = nlp if nlp is not None else build_pipeline(model, models_dir=models_dir)
        self.chunk_chars = chunk_chars

    def __call__(self, text: str, path: str | None = None) -> DocumentRecord:
        """Extract the facts of one text; ``path`` is recorded as its source."""
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, not {type(text).__name__}")
        return next(self.pipe([(text, path)]))

    def pipe(self, items: Iterable[TextInput], batch_size: int = 16, workers: int = 1) -> Iterator[DocumentRecord]:
        """Extract from many texts, ``(text, path)`` pairs or file paths, lazily and in order.

        ``workers > 1`` runs the extraction in that many processes, each
        loading the pipeline once. A bad file raises ``InputError``.
        """
        if workers > 1:
            from .batch import parallel_records

            yield from parallel_records(items, workers=workers, batch_size=batch_size, extractor=self)
            return
        pieces = self._pieces(items)
        pending: list[tuple] = []
        for doc, (_index, base, count, raw, path) in self.nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
            pending.append((doc, base))
            if len(pending) == count:
                yield facts_to_record(collect(pending), raw, path)
                pending = []

    def _pieces(self, items: Iterable[TextInput]) -> Iterator[tuple[str, tuple]]:
        for index, item in enumerate(items):
            if isinstance(item, Path):
                doc = read_document(item)
                raw, path = doc.text, doc.path
            elif isinstance(item, str):
                raw, path = item, None
            else:
                raw, path = item
            if not isinstance(raw, str):
                raise TypeError(f"expected a str, not {type(raw).__name__}")
            text = normalize(raw)
            starts = split_paragraphs(text, self.chunk_chars)
            ends = starts[1:] + [len(text)]
            for start, end in zip(starts, ends):
                yield text[start:end], (index, start, len(starts), raw, path)


_default: Extractor | None = None


def extract(text: str, path: str | None = None) -> DocumentRecord:
    """Extract the facts of one French press release (the pipeline loads once)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default(text, path)
