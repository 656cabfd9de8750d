"""Scale-out on Dask: article partitions analysed on workers, results gathered in input order.

Workers need this project importable (same requirements, the project on PYTHONPATH); the client
keeps the cache, so only articles it has not seen travel to the cluster.
"""

from __future__ import annotations

from .models import Article, ArticleAnalysis


def analyse_partition(articles: list[Article], model: str) -> list[ArticleAnalysis]:
    from .pipeline import _analyse_fresh

    return list(_analyse_fresh(articles, model))


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

    def analyse(self, articles: list[Article], model: str):
        size = self.partition_size
        parts = [articles[i:i + size] for i in range(0, len(articles), size)]
        futures = self.client.map(analyse_partition, parts, model=model, pure=False)
        for fut in futures:
            yield from fut.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
