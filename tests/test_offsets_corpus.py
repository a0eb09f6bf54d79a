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


def test_dev_and_test_share_no_document_name():
    """A document copied into one part must not overwrite or shadow one of the other."""
    dev = {p.name for p in (CORPUS / "dev").glob("*.txt")}
    test = {p.name for p in (CORPUS / "test").glob("*.txt")}
    assert not dev & test


@pytest.mark.parametrize("part", ["dev", "test"])
def test_every_gold_file_names_its_own_document(part):
    import json

    for gold in (CORPUS / part).glob("*.gold.json"):
        assert json.loads(gold.read_text(encoding="utf-8"))["document"] == gold.name.replace(".gold.json", ".txt")
