"""Parallel analysis: article partitions analysed in worker processes (this machine) or on a Dask
cluster, results gathered in input order. Workers parse and analyse, so only small results travel.

Workers need this project importable (same requirements, the project on PYTHONPATH); the client
keeps the cache, so only articles it has not seen travel to the cluster.
"""

from __future__ import annotations

from collections.abc import Iterator

from .models import Article, ArticleAnalysis
from .quotes.rules import ALL_ON, RuleSwitch


def _partitions(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def analyse_partition(articles: list[Article], model: str, rules: RuleSwitch = ALL_ON) -> list[ArticleAnalysis]:
    from .pipeline import _analyse_fresh

    return list(_analyse_fresh(articles, model, rules))


AUTO_MIN_ARTICLES = 100  # below this, starting workers costs more than it saves


def auto_runner(n_articles: int, processes: int = 0):
    """Worker processes for a large corpus (processes=0: one per core, up to 4), else None."""
    import os

    if processes == 0:
        processes = min(os.cpu_count() or 1, 4) if n_articles >= AUTO_MIN_ARTICLES else 1
    return ProcessRunner(processes) if processes > 1 else None


def runner_for(n_articles: int, processes: int = 0, dask: str | None = None):
    """A Dask cluster when an address is given ('local' starts one here), else auto_runner."""
    return DaskRunner(dask) if dask else auto_runner(n_articles, processes)


class ProcessRunner:
    """Worker processes on this machine; each loads the models once and keeps them."""

    def __init__(self, processes: int, partition_size: int = 16) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("forkserver"))
        self.partition_size = partition_size
        self.batch_size = partition_size * processes * 4

    def analyse(self, articles: list[Article], model: str, rules: RuleSwitch = ALL_ON) -> Iterator[ArticleAnalysis]:
        """Submitted at once (the workers start while earlier results are still being read);
        results come back in order as they are consumed."""
        parts = _partitions(articles, self.partition_size)
        results = self.pool.map(analyse_partition, parts, [model] * len(parts), [rules] * len(parts))
        return (an for part in results for an in part)

    def close(self) -> None:
        self.pool.shutdown()


class DaskRunner:
    def __init__(self, address: str, partition_size: int = 64, workers: int = 2) -> None:
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, host="127.0.0.1")
            self.client = Client(self.cluster)
        else:
            self.client = Client(address)
        self.partition_size = partition_size
        n = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        # a batch keeps every worker busy with a few partitions
        self.batch_size = partition_size * n * 2

    def analyse(self, articles: list[Article], model: str, rules: RuleSwitch = ALL_ON) -> Iterator[ArticleAnalysis]:
        """Submitted at once, like ProcessRunner.analyse."""
        parts = _partitions(articles, self.partition_size)
        futures = self.client.map(analyse_partition, parts, model=model, rules=rules, pure=False)
        return (an for fut in futures for an in fut.result())

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
