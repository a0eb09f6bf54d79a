"""pressextract on Dask: the same batch, spread over a cluster's workers.

Install with ``pip install "pressextract[dask]"``. Each Dask worker process
loads the pipeline once (on its first task, then keeps it) and extracts
whole batches of files; the records come back to the one process that
writes the output, exactly as in a local batch (same resume, errors report
and no-loss rules). A batch whose worker dies is run again elsewhere; the
writer keeps one copy.

>>> import pressextract.dask as pxd  # doctest: +SKIP
>>> bag = pxd.extract_bag(sorted(Path("releases").rglob("*.txt")))  # doctest: +SKIP
>>> bag.map(lambda r: len(r.figures)).sum().compute()  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .records import DocumentRecord


def _run_on_worker(paths: list[str], done: frozenset[str], models_dir: str | None) -> list[tuple[str, str, Any]]:
    """A Dask task: extract one batch of files with this worker's pipeline."""
    from . import batch

    if batch._worker_extractor is None:  # the first task of this worker process loads it
        batch._init_worker(done, models_dir)
    batch._worker_done = done
    return batch._process_batch(paths)


def _client(scheduler: str, workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError('Dask is not installed: pip install "pressextract[dask]"') from exc
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    return Client(scheduler), None


def dask_results(batches: list[list[str]], scheduler: str, workers: int, done: frozenset[str], models_dir: str | None) -> Iterator[list[tuple[str, str, Any]]]:
    """Results of each batch, computed on Dask, as they finish."""
    from distributed import as_completed

    client, cluster = _client(scheduler, workers)
    try:
        [shared] = client.scatter([done], broadcast=True)  # sent once, not with every task
        futures = client.map(_run_on_worker, batches, done=shared, models_dir=models_dir, pure=False, retries=3)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _records(paths: Iterable[str], models_dir: str | None) -> list[DocumentRecord]:
    results = _run_on_worker([str(p) for p in paths], frozenset(), models_dir)
    return [DocumentRecord.model_validate(data) for status, _path, data in results if status == "ok"]


def extract_bag(paths: Iterable[str | Path], npartitions: int | None = None, models_dir: str | None = None) -> Any:
    """A ``dask.bag.Bag`` of the records of ``paths`` (files that cannot be
    read are left out; ``pressextract batch`` reports them), computed on the
    active Dask scheduler."""
    import dask.bag as db

    items = [str(p) for p in paths]
    bag = db.from_sequence(items, npartitions=npartitions or max(1, min(len(items), 64)))
    return bag.map_partitions(_records, models_dir)
