"""Writers for batch output: JSONL, a folder of CSV files, or a SQLite database.

Every sink knows which documents it already holds (by the sha256 of their
text), so a run can resume, and never leaves a half-written file: JSONL and
CSV build up a journal that is turned into the final files by a rename at
the end, and SQLite writes each document in one transaction.

>>> open_sink(Path("facts.parquet"))
Traceback (most recent call last):
...
ValueError: unsupported output facts.parquet: use .jsonl, .csv or .db/.sqlite
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from .records import DocumentRecord


class Sink(Protocol):
    def existing(self) -> set[str]: ...
    def write(self, record: DocumentRecord) -> None: ...
    def finish(self) -> None: ...
    def close(self) -> None: ...


def open_sink(out: Path) -> Sink:
    """The sink for ``out``, chosen by its extension."""
    suffix = out.suffix.lower()
    if suffix == ".jsonl":
        return JsonlSink(out)
    if suffix == ".csv":
        return CsvSink(out)
    if suffix in {".db", ".sqlite", ".sqlite3"}:
        return SqliteSink(out)
    raise ValueError(f"unsupported output {out}: use .jsonl, .csv or .db/.sqlite")


# -- journal-based sinks ------------------------------------------------------------
class _Journal:
    """Records appended one JSON line each, fsync'd, a torn last line dropped on reopen."""

    def __init__(self, path: Path, seed: Path | None = None) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() and seed is not None and seed.exists():
            path.write_bytes(seed.read_bytes())
        self.records: dict[str, dict[str, Any]] = {}
        if path.exists():
            good = 0
            with path.open("rb") as fh:
                for line in fh:
                    try:
                        data = json.loads(line)
                    except ValueError:
                        break  # the line a kill cut short, and nothing after it
                    if not line.endswith(b"\n"):
                        break
                    self.records[data["source"]["sha256"]] = data
                    good += len(line)
            with path.open("r+b") as fh:
                fh.truncate(good)
        self.fh = path.open("a", encoding="utf-8")

    def append(self, record: DocumentRecord) -> None:
        data = record.model_dump(mode="json")
        self.fh.write(json.dumps(data, ensure_ascii=False) + "\n")
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.records[data["source"]["sha256"]] = data

    def ordered(self) -> list[dict[str, Any]]:
        """Records sorted by source path: the same output however the run was cut."""
        return sorted(self.records.values(), key=lambda d: (d["source"]["path"] or "", d["source"]["sha256"]))

    def close(self) -> None:
        self.fh.close()


class JsonlSink:
    """One document record per line, sorted by source path."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.journal = _Journal(out.with_name(out.name + ".partial"), seed=out)

    def existing(self) -> set[str]:
        return set(self.journal.records)

    def write(self, record: DocumentRecord) -> None:
        self.journal.append(record)

    def finish(self) -> None:
        tmp = self.out.with_name(self.out.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for data in self.journal.ordered():
                fh.write(json.dumps(data, ensure_ascii=False) + "\n")
        os.replace(tmp, self.out)
        self.journal.close()
        self.journal.path.unlink(missing_ok=True)

    def close(self) -> None:
        self.journal.close()


def rows(record: dict[str, Any], doc_id: str) -> dict[str, list[dict[str, Any]]]:
    """The flat rows of one record, by table (shared by the CSV and SQLite sinks)."""
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in TABLES}
    src = record["source"]
    out["documents"].append({"document_id": doc_id, "path": src["path"], "title": src.get("title"), "chars": src["chars"]})
    for i, p in enumerate(record["people"]):
        pid = f"{doc_id}:p{i}"
        out["people"].append({"document_id": doc_id, "person_id": pid, "name": p["name"]})
        for r in p["roles"]:
            ev = r["evidence"]
            out["roles"].append({"document_id": doc_id, "person_id": pid, "person": p["name"], "title": r["title"],
                                 "organization": r["organization"], "status": r["status"], "start": ev["start"], "end": ev["end"]})
        out["mentions"] += [{"document_id": doc_id, "kind": "person", "entity_id": pid, "start": m["start"], "end": m["end"], "text": m["text"]} for m in p["mentions"]]
    for kind, key, table in (("organization", "organizations", "organizations"), ("programme", "programmes", "programmes")):
        for i, o in enumerate(record[key]):
            oid = f"{doc_id}:{kind[0]}{i}"
            out[table].append({"document_id": doc_id, f"{kind}_id": oid, "name": o["name"], "kind": o["kind"],
                               "aliases": json.dumps(o.get("aliases", []), ensure_ascii=False)})
            out["mentions"] += [{"document_id": doc_id, "kind": kind, "entity_id": oid, "start": m["start"], "end": m["end"], "text": m["text"]} for m in o["mentions"]]
    for i, f in enumerate(record["figures"]):
        period, place = f.get("period") or {}, f.get("place") or {}
        out["figures"].append({
            "document_id": doc_id, "figure_id": f"{doc_id}:f{i}", "value": f["value"], "value_max": f["value_max"], "unit": f["unit"],
            "subject": f["subject"], "qualifier": f["qualifier"], "text": f["text"], "period_start": period.get("start"),
            "period_end": period.get("end"), "period_duration": period.get("duration"), "place": place.get("text"),
            "start": f["evidence"]["start"], "end": f["evidence"]["end"],
        })
    for i, q in enumerate(record["quotes"]):
        out["quotes"].append({"document_id": doc_id, "quote_id": f"{doc_id}:q{i}", "speaker": q["speaker"], "text": q["text"],
                              "start": q["evidence"]["start"], "end": q["evidence"]["end"]})
    return out


TABLES = {
    "documents": ["document_id", "path", "title", "chars"],
    "people": ["document_id", "person_id", "name"],
    "roles": ["document_id", "person_id", "person", "title", "organization", "status", "start", "end"],
    "organizations": ["document_id", "organization_id", "name", "kind", "aliases"],
    "programmes": ["document_id", "programme_id", "name", "kind", "aliases"],
    "figures": ["document_id", "figure_id", "value", "value_max", "unit", "subject", "qualifier", "text",
                "period_start", "period_end", "period_duration", "place", "start", "end"],
    "quotes": ["document_id", "quote_id", "speaker", "text", "start", "end"],
    "mentions": ["document_id", "kind", "entity_id", "start", "end", "text"],
}


class CsvSink:
    """A folder ``OUT.csv/`` of one CSV file per table; ``document_id`` is the text's sha256."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.out.mkdir(parents=True, exist_ok=True)
        self.journal = _Journal(out / ".journal.jsonl")

    def existing(self) -> set[str]:
        return set(self.journal.records)

    def write(self, record: DocumentRecord) -> None:
        self.journal.append(record)

    def finish(self) -> None:
        tables: dict[str, list[dict[str, Any]]] = {k: [] for k in TABLES}
        for data in self.journal.ordered():
            for table, table_rows in rows(data, data["source"]["sha256"]).items():
                tables[table] += table_rows
        for table, columns in TABLES.items():
            tmp = self.out / f".{table}.csv.tmp"
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=columns)
                writer.writeheader()
                writer.writerows(tables[table])
            os.replace(tmp, self.out / f"{table}.csv")

    def close(self) -> None:
        self.journal.close()


# -- SQLite ---------------------------------------------------------------------------
SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
    document_id TEXT PRIMARY KEY,          -- sha256 of the text
    path TEXT, title TEXT, chars INTEGER, schema_version TEXT, processed_at TEXT
);
CREATE TABLE IF NOT EXISTS people (
    person_id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE, name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS roles (
    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people ON DELETE CASCADE, person TEXT, title TEXT NOT NULL,
    organization TEXT, status TEXT CHECK (status IN ('current', 'former')), start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS organizations (
    organization_id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
    name TEXT NOT NULL, kind TEXT, aliases TEXT
);
CREATE TABLE IF NOT EXISTS programmes (
    programme_id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
    name TEXT NOT NULL, kind TEXT, aliases TEXT
);
CREATE TABLE IF NOT EXISTS figures (
    figure_id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
    value REAL NOT NULL, value_max REAL, unit TEXT NOT NULL, subject TEXT, qualifier TEXT, text TEXT,
    period_start TEXT, period_end TEXT, period_duration TEXT, place TEXT, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
    speaker TEXT, text TEXT NOT NULL, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
    kind TEXT NOT NULL, entity_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS people_name ON people(name);
CREATE INDEX IF NOT EXISTS people_document ON people(document_id);
CREATE INDEX IF NOT EXISTS roles_person ON roles(person_id);
CREATE INDEX IF NOT EXISTS roles_organization ON roles(organization);
CREATE INDEX IF NOT EXISTS organizations_name ON organizations(name);
CREATE INDEX IF NOT EXISTS organizations_document ON organizations(document_id);
CREATE INDEX IF NOT EXISTS programmes_name ON programmes(name);
CREATE INDEX IF NOT EXISTS figures_unit ON figures(unit);
CREATE INDEX IF NOT EXISTS figures_document ON figures(document_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
"""


class SqliteSink:
    """A SQLite fact database; each document is written in one transaction,
    replacing any earlier version of the same text (upsert by sha256)."""

    def __init__(self, out: Path) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(out)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.executescript(SCHEMA)

    def existing(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT document_id FROM documents")}

    def write(self, record: DocumentRecord) -> None:
        data = record.model_dump(mode="json")
        doc_id = data["source"]["sha256"]
        tables = rows(data, doc_id)
        with self.db:  # one transaction: the whole document or nothing
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("DELETE FROM documents WHERE document_id = ?", (doc_id,))
            doc = tables.pop("documents")[0]
            doc.update(schema_version=data["schema_version"], processed_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
            self._insert("documents", [doc])
            for table in ("people", "roles", "organizations", "programmes", "figures", "quotes", "mentions"):
                self._insert(table, tables[table])

    def _insert(self, table: str, table_rows: list[dict[str, Any]]) -> None:
        if not table_rows:
            return
        columns = list(table_rows[0])
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self.db.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", [tuple(r[c] for c in columns) for r in table_rows])

    def finish(self) -> None:
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.db.close()
