"""Corpus regression: scores on dev and test never drop below the recorded floors."""

import json

import pytest
from conftest import CORPUS

from pressextract.evaluate import CATEGORIES, evaluate

FLOORS = json.loads((CORPUS / "scores.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=["dev", "test"])
def report(request, nlp):
    return request.param, evaluate(CORPUS / request.param, nlp=nlp)


def test_corpus_split_sizes():
    assert len(list((CORPUS / "dev").glob("*.gold.json"))) >= 25
    assert len(list((CORPUS / "test").glob("*.gold.json"))) >= 15


def test_scores_do_not_drop_below_the_ratchet(report):
    split, rep = report
    floors = FLOORS[split]
    assert set(floors) == set(CATEGORIES)
    low = {c: round(rep.counts[c].f1, 3) for c in CATEGORIES if rep.counts[c].f1 < floors[c]}
    assert not low, f"{split}: F1 below the recorded floor: {low} (floors {floors})"


def test_every_gold_text_exists_and_names_its_document():
    for gold_path in CORPUS.rglob("*.gold.json"):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        assert data["document"] == gold_path.name.replace(".gold.json", ".txt")
        assert gold_path.with_name(data["document"]).is_file()
