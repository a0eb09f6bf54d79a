"""The corpus overlap check (scripts/corpus_overlap.py) on texts written for these tests."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "corpus_overlap.py"
spec = importlib.util.spec_from_file_location("corpus_overlap", SCRIPT)
overlap = importlib.util.module_from_spec(spec)
spec.loader.exec_module(overlap)


def test_an_echoed_draft_is_closest_to_its_source(tmp_path):
    source = tmp_path / "a" / "source.txt"
    other = tmp_path / "a" / "other.txt"
    draft = tmp_path / "draft.txt"
    source.parent.mkdir()
    source.write_text("La préfète du Morbihan active le plan grand froid et ouvre 80 places d'hébergement à Vannes et à Lorient.", encoding="utf-8")
    other.write_text("Le club de handball de Cesson recrute un entraîneur adjoint pour la saison prochaine.", encoding="utf-8")
    draft.write_text("La préfète du Morbihan active le plan grand froid et ouvre 95 places d'hébergement à Vannes.", encoding="utf-8")
    best = overlap.closest(draft, {p: p.read_text(encoding="utf-8") for p in (source, other)})
    assert best[0][2] == source and best[0][0] > 0.5
    assert best[1][0] == 0


def test_a_missing_file_is_one_error_line(capsys):
    assert overlap.main(["/nonexistent/draft.txt"]) == 1
    assert capsys.readouterr().err.strip().startswith("corpus_overlap: error:")
