"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressextract import Extractor
from pressextract.convert import iter_evidence
from pressextract.pipeline import build_pipeline
from pressextract.records import DocumentRecord

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp):
    return Extractor(nlp=nlp)


def assert_offsets(record: DocumentRecord, text: str) -> None:
    """Every evidence and mention slices ``text`` to exactly its ``text``."""
    for span in iter_evidence(record):
        assert text[span.start : span.end] == span.text, span
    for fig in record.figures:
        assert fig.text == text[fig.evidence.start : fig.evidence.end]
    for quote in record.quotes:
        assert quote.text == text[quote.evidence.start : quote.evidence.end]
