"""The offset invariant on every corpus document and shared example."""

from pathlib import Path

import pytest
from conftest import CORPUS, SHARED_EXAMPLES, assert_offsets

DOCS = sorted(CORPUS.rglob("*.txt")) + sorted(SHARED_EXAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_every_offset_slices_the_document(extractor, path: Path):
    text = path.read_bytes().decode("utf-8-sig")
    record = extractor(text, str(path))
    assert_offsets(record, text)
