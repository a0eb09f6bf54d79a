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


def test_a_draft_under_a_name_the_corpus_uses_is_compared_and_flagged(tmp_path, capsys):
    # a draft named like a corpus document (another text) is compared with it, not skipped, and the name clash is said
    corpus_doc = next((overlap.CORPUS / "dev").glob("*.txt"))
    draft = tmp_path / corpus_doc.name
    draft.write_text(corpus_doc.read_text(encoding="utf-8") + " Une phrase ajoutée au brouillon.", encoding="utf-8")
    best = overlap.closest(draft, {corpus_doc: corpus_doc.read_text(encoding="utf-8")})
    assert best[0][2] == corpus_doc and best[0][0] > 0.9
    assert overlap.main([str(draft)]) == 0
    assert "already used by dev/" + corpus_doc.name in capsys.readouterr().err
