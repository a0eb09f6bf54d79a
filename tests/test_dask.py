"""pressextract on Dask: a LocalCluster of 2 worker processes."""

import os
import signal

import pytest

distributed = pytest.importorskip("distributed")

from conftest import CORPUS  # noqa: E402

from pressextract.batch import run_batch  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_dask_gives_the_same_records_as_the_local_batch(tmp_path, cluster, extractor):
    local = tmp_path / "local.jsonl"
    on_dask = tmp_path / "dask.jsonl"
    run_batch(CORPUS / "test", local, workers=2, extractor=extractor)
    summary = run_batch(CORPUS / "test", on_dask, scheduler=cluster.scheduler_address, batch_files=3)
    assert summary.done == len(list((CORPUS / "test").glob("*.txt"))) and summary.failed == 0
    assert on_dask.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")


def test_a_killed_worker_loses_and_duplicates_nothing(tmp_path, cluster, extractor):
    reference = tmp_path / "reference.jsonl"
    run_batch(CORPUS / "dev", reference, workers=2, extractor=extractor)
    with distributed.Client(cluster) as client:
        pids = client.run(os.getpid)
    killed = []

    def kill_one(done, total):
        if done >= 1 and not killed:
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    out = tmp_path / "dask.jsonl"
    summary = run_batch(CORPUS / "dev", out, scheduler=cluster.scheduler_address, batch_files=2, on_progress=kill_one)
    assert killed, "no worker was killed"
    assert summary.done == len(list((CORPUS / "dev").glob("*.txt"))) and summary.failed == 0
    assert out.read_text(encoding="utf-8") == reference.read_text(encoding="utf-8")


def test_extract_bag(cluster):
    from pressextract.dask import extract_bag

    paths = sorted((CORPUS / "test").glob("*.txt"))[:4]
    with distributed.Client(cluster):
        records = extract_bag(paths, npartitions=2).compute()
    assert sorted(r.source.path for r in records) == [str(p) for p in paths]
    assert all(r.figures for r in records)
