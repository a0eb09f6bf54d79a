"""Batch processing of a folder: parallel, resumable, loses nothing.

How to read this file: ``run_batch`` lists the input files, opens the sink
chosen by the output's extension (``sinks.open_sink``), asks it which
documents it already holds (by sha256), and hands the files to a pool of
worker processes. Each worker loads the pipeline once (``_init_worker``),
reads its file (text, HTML or PDF), skips it when its text is already
written, and returns the record as JSON. The parent is the single writer:
it writes each record as it arrives, logs each failure to the errors report,
and shows progress. A killed run leaves only whole documents behind; the
same command run again finishes the job.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .inputs import SUPPORTED_SUFFIXES, InputError, read_document
from .records import DocumentRecord

_BATCH = 8  # files a worker takes at once: large enough for spaCy's batching, small enough to spread the work
_DASK_BATCH = 24
_worker_extractor: Any = None
_worker_done: frozenset[str] = frozenset()


@dataclass
class BatchSummary:
    """What a batch run did."""

    done: int = 0
    skipped: int = 0
    failed: int = 0
    facts: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def line(self, out: Path) -> str:
        return (f"{self.done} documents done, {self.skipped} skipped (already written), "
                f"{self.failed} failed, {self.facts} facts written to {out}")


def list_inputs(root: Path, glob: str | None = None) -> list[Path]:
    """Supported files under ``root`` (recursive), sorted; ``glob`` filters by name."""
    pattern = glob or "*"
    return sorted(p for p in root.rglob(pattern) if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.endswith(".gold.json"))


def count_facts(record: DocumentRecord) -> int:
    return (len(record.people) + sum(len(p.roles) for p in record.people) + len(record.organizations)
            + len(record.programmes) + len(record.figures) + len(record.quotes))


# -- worker side -----------------------------------------------------------------
def _init_worker(done: frozenset[str], models_dir: str | None) -> None:
    global _worker_extractor, _worker_done
    if _worker_extractor is None:  # not inherited from the parent by fork
        from .api import Extractor

        _worker_extractor = Extractor(models_dir=models_dir)
    _worker_done = done


def _use_fork() -> bool:
    return "fork" in mp.get_all_start_methods() and sys.platform != "darwin"


def preload(extractor: Any = None, models_dir: str | None = None) -> None:
    """Load the pipeline once in this process, so that forked workers share
    it (copy-on-write) instead of each loading its own."""
    global _worker_extractor
    if not _use_fork():
        return
    if extractor is None:
        from .api import Extractor

        extractor = Extractor(models_dir=models_dir)
    _worker_extractor = extractor


def _process_batch(paths: list[str]) -> list[tuple[str, str, Any]]:
    """For each path: ("ok", path, record JSON) | ("skipped", path, sha) |
    ("error", path, {code, message}). The texts of a batch go through the
    pipeline together, as spaCy is fastest on batches."""
    results: dict[str, tuple[str, str, Any]] = {}
    todo = []
    for path in paths:
        try:
            doc = read_document(path)
        except InputError as exc:
            results[path] = ("error", path, {"code": exc.code, "message": str(exc)})
            continue
        sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        if sha in _worker_done:
            results[path] = ("skipped", path, sha)
        else:
            todo.append(doc)
    try:
        records = list(_worker_extractor.pipe([(d.text, d.path) for d in todo]))
    except Exception:  # a bug on one document must not lose the others: retry one by one
        records = [None] * len(todo)
    for doc, record in zip(todo, records):
        try:
            record = record or _worker_extractor(doc.text, doc.path)
            record.source.title = doc.title
            results[doc.path] = ("ok", doc.path, record.model_dump(mode="json"))
        except Exception as exc:
            results[doc.path] = ("error", doc.path, {"code": "internal", "message": f"{doc.path}: {type(exc).__name__}: {exc}"})
    return [results[p] for p in paths]


def _pool(workers: int, done: frozenset[str], models_dir: str | None) -> Any:
    # fork shares the loaded pipeline; spawn (each worker loads it) where fork is unavailable
    method = "fork" if _use_fork() else "spawn"
    return mp.get_context(method).Pool(workers, initializer=_init_worker, initargs=(done, models_dir))


def parallel_records(items: Iterable[Any], workers: int = 2, batch_size: int = 16, extractor: Any = None) -> Iterator[DocumentRecord]:
    """Records of texts, ``(text, path)`` pairs or paths, computed in
    ``workers`` processes, yielded lazily in input order."""
    preload(extractor)
    with _pool(workers, frozenset(), None) as pool:
        for status, _path, data in pool.imap(_process_item, items, chunksize=max(1, batch_size // 4)):
            if status == "error":
                raise InputError(data["message"], data["code"])
            yield DocumentRecord.model_validate(data)


def _process_item(item: Any) -> tuple[str, str, Any]:
    if isinstance(item, Path):
        return _process_batch([str(item)])[0]
    text, path = (item, None) if isinstance(item, str) else item
    try:
        return "ok", path or "", _worker_extractor(text, path).model_dump(mode="json")
    except Exception as exc:
        return "error", path or "", {"code": "internal", "message": f"{path}: {type(exc).__name__}: {exc}"}


# -- the run ---------------------------------------------------------------------
def run_batch(
    input_dir: Path,
    out: Path,
    glob: str | None = None,
    workers: int | None = None,
    models_dir: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    force: bool = False,
    extractor: Any = None,
    html_dir: Path | None = None,
    scheduler: str | None = None,
    batch_files: int | None = None,
) -> BatchSummary:
    """Process every supported file under ``input_dir`` into ``out``.

    ``out`` ends in ``.jsonl`` (one record per line), ``.csv`` (a folder of
    CSV files, one per kind) or ``.db``/``.sqlite`` (a SQLite database).
    Errors go to ``OUT.errors.jsonl``. ``on_progress(done, total)`` is called
    after each file. Documents already in ``out`` are skipped, unless
    ``force``, which extracts them again and replaces them. ``extractor``:
    an already loaded ``Extractor`` to share with the workers. ``scheduler``:
    run on Dask instead of local processes, ``"local"`` for a LocalCluster
    of ``workers`` processes or a scheduler address (``tcp://host:8786``).
    ``batch_files``: files sent to a worker at once (default 8, 24 on Dask).
    """
    from .sinks import open_sink

    files = list_inputs(input_dir, glob)
    summary = BatchSummary()
    workers = max(1, workers or os.cpu_count() or 1)
    sink = open_sink(out)
    errors_path = out.with_name(out.name + ".errors.jsonl")
    try:
        done = frozenset() if force else frozenset(sink.existing())
        if on_progress:
            on_progress(0, len(files))
        if files:
            # Dask pays a round trip per task: it gets larger batches
            batches = make_batches(files, max_files=batch_files or (_DASK_BATCH if scheduler else _BATCH))
            if scheduler:
                from .dask import dask_results

                results = dask_results(batches, scheduler, workers, done, models_dir)
            else:
                results = _local_results(batches, workers, done, models_dir, extractor)
            seen: set[str] = set()
            for batch_results in results:
                for status, path, data in batch_results:
                    if path in seen:
                        continue  # a batch run twice (a lost worker's, retried) is written once
                    seen.add(path)
                    if status == "ok":
                        record = DocumentRecord.model_validate(data)
                        sink.write(record)
                        if html_dir is not None:
                            _write_view(html_dir, record)
                        summary.done += 1
                        summary.facts += count_facts(record)
                    elif status == "skipped":
                        summary.skipped += 1
                    else:
                        summary.failed += 1
                        summary.errors.append({"file": path, "error": data["code"], "message": data["message"]})
                    if on_progress:
                        on_progress(len(seen), len(files))
        sink.finish()
    finally:
        sink.close()
    _write_errors(errors_path, summary.errors)
    if html_dir is not None:
        _write_index(html_dir)
    return summary


def make_batches(files: list[Path], max_files: int = _BATCH, max_bytes: int = 512 * 1024) -> list[list[str]]:
    """Files grouped into batches of at most ``max_files`` files and about
    ``max_bytes`` bytes, so that one large PDF does not hold up a batch of small texts."""
    batches: list[list[str]] = []
    current: list[str] = []
    size = 0
    for f in files:
        try:
            n = f.stat().st_size
        except OSError:
            n = 0
        if current and (len(current) >= max_files or size + n > max_bytes):
            batches.append(current)
            current, size = [], 0
        current.append(str(f))
        size += n
    if current:
        batches.append(current)
    return batches


def _local_results(batches: list[list[str]], workers: int, done: frozenset[str], models_dir: str | None, extractor: Any) -> Iterator[list[tuple[str, str, Any]]]:
    """Results of each batch, from a pool of local processes, as they finish."""
    preload(extractor, models_dir)
    with _pool(min(workers, len(batches)), done, models_dir) as pool:
        yield from pool.imap_unordered(_process_batch, batches)


def view_name(record: DocumentRecord) -> str:
    stem = Path(record.source.path or "document").stem[:60]
    return f"{stem}-{record.source.sha256[:10]}.html"


def _write_view(html_dir: Path, record: DocumentRecord) -> None:
    """The HTML view of one document (its text read again: records hold facts, not texts)."""
    from .show import render

    html_dir.mkdir(parents=True, exist_ok=True)
    try:
        text = read_document(record.source.path).text if record.source.path else ""
    except InputError:
        return
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != record.source.sha256:
        return  # the file changed since it was read
    target = html_dir / view_name(record)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(render(record, text), encoding="utf-8")
    os.replace(tmp, target)
    meta = html_dir / ".index.jsonl"
    with meta.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"href": target.name, "title": record.source.title or record.source.path, "facts": count_facts(record)}, ensure_ascii=False) + "\n")


def _write_index(html_dir: Path) -> None:
    from .show import render_index

    html_dir.mkdir(parents=True, exist_ok=True)
    entries: dict[str, tuple[str, str, int]] = {}
    meta = html_dir / ".index.jsonl"
    if meta.exists():
        for line in meta.read_text(encoding="utf-8").splitlines():
            try:
                e = json.loads(line)
            except ValueError:
                continue
            if (html_dir / e["href"]).exists():
                entries[e["href"]] = (e["href"], e["title"], e["facts"])
    tmp = html_dir / "index.html.tmp"
    tmp.write_text(render_index(sorted(entries.values(), key=lambda e: e[1] or "")), encoding="utf-8")
    os.replace(tmp, html_dir / "index.html")


def _write_errors(path: Path, errors: list[dict[str, str]]) -> None:
    """The errors report of this run (removed when the run had none)."""
    if not errors:
        path.unlink(missing_ok=True)
        return
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for err in sorted(errors, key=lambda e: e["file"]):
            fh.write(json.dumps(err, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def progress_printer(quiet: bool) -> tuple[Callable[[int, int], None] | None, Callable[[], None]]:
    """A progress callback (a rich bar with documents/s and ETA on a
    terminal; nothing when quiet or not a terminal) and its closer."""
    if quiet or not sys.stderr.isatty():
        return None, lambda: None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("[bold]pressextract"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"), TimeRemainingColumn(), transient=False,
    )
    state: dict[str, Any] = {"task": None, "t0": time.perf_counter()}

    def update(done: int, total: int) -> None:
        if state["task"] is None:
            progress.start()
            state["task"] = progress.add_task("batch", total=total, rate="-")
        rate = done / max(time.perf_counter() - state["t0"], 1e-9)
        progress.update(state["task"], completed=done, rate=f"{rate:.1f}")

    return update, progress.stop
