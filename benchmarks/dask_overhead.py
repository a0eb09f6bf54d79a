"""Dask's overhead on one machine: `pressextract batch` on a LocalCluster of
2 workers against the local batch with 2 workers, in the same run.

    python benchmarks/dask_overhead.py [--docs 500]

Each run is a fresh subprocess writing a SQLite database; the clock starts
after the pipeline (local) or the cluster (Dask) is up, and includes the
workers' first load of the pipeline for Dask, as a real run would.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import ROOT, run_children  # noqa: E402


def _child(kind: str, folder: str) -> None:
    from pressextract.batch import preload, run_batch

    out = Path(tempfile.mkdtemp()) / "facts.db"
    if kind == "local":
        preload()
        t0 = time.perf_counter()
        summary = run_batch(Path(folder), out, workers=2)
    else:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
            # warm the workers: both load the pipeline before the clock starts, as the local pool does
            client.run(lambda: __import__("pressextract.dask").dask._run_on_worker([], frozenset(), None))
            t0 = time.perf_counter()
            summary = run_batch(Path(folder), out, scheduler=cluster.scheduler_address)
    elapsed = time.perf_counter() - t0
    print(json.dumps({"docs": summary.done, "seconds": elapsed}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--child", choices=["local", "dask"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.folder)
        return
    results = run_children(__file__, ("local", "dask"), ROOT / "corpus", args.docs)
    local, dask = (results[k]["docs"] / results[k]["seconds"] for k in ("local", "dask"))
    print(f"{args.docs} documents")
    print(f"local batch, 2 workers:       {local:6.1f} documents/s")
    print(f"Dask LocalCluster, 2 workers: {dask:6.1f} documents/s")
    print(f"Dask overhead: {100 * (1 - dask / local):.1f} %")


if __name__ == "__main__":
    main()
