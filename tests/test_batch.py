"""Batch processing: mixed inputs, outputs, resume, errors report."""

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS

from pressextract.batch import run_batch
from pressextract.records import DocumentRecord

GOOD = "Carole Delga, présidente de la Région Occitanie, annonce 3 M€ pour 12 lycées.\n"
HTML = """<html><head><title>La Région Bretagne commande 40 bus</title></head>
<body><nav>Accueil | Presse | Contact</nav><article><h1>La Région Bretagne commande 40 bus</h1>
<p>La Région Bretagne a commandé 40 bus électriques pour un montant de 18 M€. Loïg Chesnais-Girard,
président de la Région Bretagne, a présenté le calendrier de livraison aux élus réunis à Rennes.</p>
</article><footer>Mentions légales</footer></body></html>"""


def make_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in Helvetica (WinAnsi), built by hand."""
    body = "".join(f"\\{ord(c):03o}" if ord(c) > 126 or c in "()\\" else c for c in text.encode("cp1252").decode("latin-1"))
    stream = f"BT /F1 11 Tf 40 800 Td ({body}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


@pytest.fixture
def mixed(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "sub" / "crlf.txt").write_bytes(GOOD.replace("\n", "\r\n").replace("Occitanie", "Normandie").encode("utf-8"))
    (src / "ancien.txt").write_bytes("La Région Île-de-France investit 7 M€ dans les lycées.".encode("cp1252"))
    (src / "page.html").write_text(HTML, encoding="utf-8")
    (src / "note.pdf").write_bytes(make_pdf("Le Département du Finistère finance 250 logements sociaux à Brest."))
    (src / "empty.txt").write_bytes(b"")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (src / "notes.docx").write_bytes(b"ignored: not a supported extension")
    return src


def test_batch_to_sqlite_with_mixed_inputs(mixed, tmp_path, extractor):
    out = tmp_path / "facts.db"
    summary = run_batch(mixed, out, workers=2, extractor=extractor)
    assert (summary.done, summary.skipped, summary.failed) == (5, 0, 2)
    errors = [json.loads(line) for line in out.with_name("facts.db.errors.jsonl").read_text().splitlines()]
    assert {(Path(e["file"]).name, e["error"]) for e in errors} == {("empty.txt", "empty"), ("image.txt", "binary")}
    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*) FROM documents").fetchone() == (5,)
    orgs = {r[0] for r in db.execute("SELECT name FROM organizations")}
    assert {"Région Occitanie", "Région Normandie", "Région Île-de-France", "Région Bretagne"} <= orgs
    assert db.execute("SELECT title FROM documents WHERE path LIKE '%page.html'").fetchone() == ("La Région Bretagne commande 40 bus",)
    money = dict(db.execute("SELECT d.path, f.value FROM figures f JOIN documents d USING (document_id) WHERE f.unit = 'EUR'").fetchall())
    assert money[str(mixed / "ancien.txt")] == 7_000_000
    pdf_figures = "SELECT value, unit, subject FROM figures f JOIN documents d USING (document_id) WHERE d.path LIKE '%note.pdf'"
    assert db.execute(pdf_figures).fetchall() == [(250.0, "logements", "logements sociaux")]
    role = db.execute("SELECT p.name, r.title, r.organization FROM roles r JOIN people p USING (person_id) WHERE p.name = 'Carole Delga'").fetchall()
    assert set(role) == {("Carole Delga", "présidente", "Région Occitanie"), ("Carole Delga", "présidente", "Région Normandie")}
    # every mention's offsets slice the extracted text (kept in the record's sha256)
    assert db.execute("SELECT count(*) FROM mentions WHERE \"end\" <= start").fetchone() == (0,)
    # a second run writes nothing new and duplicates nothing
    again = run_batch(mixed, out, workers=1, extractor=extractor)
    assert (again.done, again.skipped) == (0, 5)
    assert db.execute("SELECT count(*) FROM documents").fetchone() == (5,)
    assert db.execute("SELECT count(*) FROM people WHERE name = 'Carole Delga'").fetchone() == (2,)  # one per document


def test_batch_to_jsonl_and_csv_parse_back(mixed, tmp_path, extractor):
    jsonl = tmp_path / "facts.jsonl"
    run_batch(mixed, jsonl, workers=1, extractor=extractor)
    records = [DocumentRecord.model_validate_json(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    assert [r.source.path for r in records] == sorted(r.source.path for r in records)
    csv_dir = tmp_path / "facts.csv"
    run_batch(mixed, csv_dir, workers=1, extractor=extractor)
    with (csv_dir / "figures.csv").open(encoding="utf-8") as fh:
        figures = list(csv.DictReader(fh))
    assert len(figures) == sum(len(r.figures) for r in records)
    with (csv_dir / "documents.csv").open(encoding="utf-8") as fh:
        docs = {row["document_id"] for row in csv.DictReader(fh)}
    assert {f["document_id"] for f in figures} <= docs and len(docs) == 5


def test_jsonl_resume_after_a_torn_write(mixed, tmp_path, extractor):
    out = tmp_path / "facts.jsonl"
    full = tmp_path / "full.jsonl"
    run_batch(mixed, full, workers=1, extractor=extractor)
    # an interrupted run: two whole records and half of a third in the journal
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    out.with_name("facts.jsonl.partial").write_text("".join(lines[:2]) + lines[2][:40], encoding="utf-8")
    summary = run_batch(mixed, out, workers=1, extractor=extractor)
    assert (summary.done, summary.skipped) == (3, 2)
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    assert not out.with_name("facts.jsonl.partial").exists()


def _dump(db_path):
    db = sqlite3.connect(db_path)
    out = {}
    for table in ("documents", "people", "roles", "organizations", "programmes", "figures", "quotes", "mentions"):
        cols = [c[1] for c in db.execute(f"PRAGMA table_info({table})") if c[1] not in {"id", "processed_at"}]
        quoted = ", ".join(f'"{c}"' for c in cols)
        out[table] = sorted(db.execute(f"SELECT {quoted} FROM {table}").fetchall(), key=repr)
    return out


@pytest.mark.slow
def test_sqlite_resume_after_kill_9(tmp_path):
    """A real process killed mid-run, then the same command again: the same database."""
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted((CORPUS / "dev").glob("*.txt")):
        (src / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "facts.db"
    cmd = [sys.executable, "-m", "pressextract.cli", "batch", str(src), "--out", str(out), "--workers", "1", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    written = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            written = sqlite3.connect(out).execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if written >= 3:
            break
    if proc.poll() is not None:
        pytest.skip("the run finished before it could be interrupted")
    children = _children_of(proc.pid)
    proc.kill()
    proc.wait()
    for child in children:
        try:
            os.kill(child, signal.SIGKILL)
        except ProcessLookupError:
            pass
    partial = sqlite3.connect(out).execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 3 <= partial < len(list(src.glob("*.txt")))
    assert subprocess.run(cmd, capture_output=True, text=True).returncode == 0
    reference = tmp_path / "reference.db"
    assert subprocess.run(cmd[:-5] + ["--out", str(reference), "--workers", "1", "--quiet"], capture_output=True).returncode == 0
    assert _dump(out) == _dump(reference)


def _children_of(pid):
    try:
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    except FileNotFoundError:
        return []
    return [int(x) for x in out.split()]


def test_extractor_pipe_accepts_paths_and_workers(mixed, extractor):
    paths = [mixed / "good.txt", mixed / "ancien.txt"]
    serial = [r.model_dump() for r in extractor.pipe(paths)]
    parallel = [r.model_dump() for r in extractor.pipe(paths, workers=2)]
    assert serial == parallel
    assert serial[1]["source"]["path"] == str(mixed / "ancien.txt")


def test_long_text_is_processed_in_chunks_with_true_offsets(nlp):
    from conftest import assert_offsets

    from pressextract import Extractor

    text = (CORPUS / "dev" / "hauts-de-france-batteries-dossier.txt").read_text(encoding="utf-8")
    whole = Extractor(nlp=nlp)(text)
    chunked = Extractor(nlp=nlp, chunk_chars=600)(text)
    assert_offsets(chunked, text)
    assert {(f.value, f.unit) for f in chunked.figures} == {(f.value, f.unit) for f in whole.figures}
    assert {p.name for p in chunked.people} == {p.name for p in whole.people}
