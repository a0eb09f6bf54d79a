"""Packaging: factories load by entry point, data files resolve and validate."""

import json
import subprocess
import sys
import zipfile
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.matcher import Matcher

from pressextract.pipeline import COMPONENTS
from pressextract.resources import load_patterns, load_tsv, models_dir

ROOT = Path(__file__).resolve().parents[1]


def test_every_component_is_a_spacy_entry_point():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= names
    for ep in entry_points(group="spacy_factories"):
        if ep.name in COMPONENTS:
            assert callable(ep.load())


def test_plain_spacy_user_can_add_a_component_by_name():
    nlp = spacy.blank("fr")
    nlp.add_pipe("pressextract_programmes")
    doc = nlp("La Région ouvre l'appel à projets « Industrie du futur » lundi.")
    assert [s.text for s in doc.spans["programmes"]] == ["Industrie du futur"]


def test_models_dir_resolves():
    base = models_dir()
    assert (base / "lexicon" / "titles.json").is_file()
    assert (base / "README.md").is_file()


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT / "models").as_posix() for p in (ROOT / "models").rglob("*.jsonl")))
def test_every_pattern_file_validates(path):
    nlp = spacy.blank("fr")
    matcher = Matcher(nlp.vocab, validate=True)
    rules = load_patterns(path)
    assert rules
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    for rule in rules:
        matcher.add(rule["id"], [rule["pattern"]])


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT / "models").as_posix() for p in (ROOT / "models").rglob("*.json")))
def test_every_lexicon_is_json(path):
    json.loads((ROOT / "models" / path).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT / "models").as_posix() for p in (ROOT / "models").rglob("*.tsv")))
def test_every_gazetteer_row_has_a_known_kind(path):
    from typing import get_args

    from pressextract.records import OrganizationKind, ProgrammeKind

    kinds = set(get_args(OrganizationKind)) | set(get_args(ProgrammeKind))
    for row in load_tsv(path):
        assert len(row) >= 2 and row[1] in kinds, row


@pytest.mark.slow
def test_built_wheel_carries_the_models(tmp_path):
    """A wheel (not only the checkout) holds models/ where models_dir() looks."""
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    if proc.returncode != 0 and "hatchling" in proc.stderr and "No matching distribution" in proc.stderr:
        pytest.skip("hatchling is not reachable to build the wheel")
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("pressextract-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"pressextract/models/{p.relative_to(ROOT / 'models').as_posix()}" for p in (ROOT / "models").rglob("*") if p.is_file()}
    assert expected <= names
    assert "pressextract/resources.py" in names and "pressextract/py.typed" in names
