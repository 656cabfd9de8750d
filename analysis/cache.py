"""Persistent results cache: an article analysed once is never parsed again.

Keyed by the article's content hash under a directory named for everything that changes results
(analysis version, spaCy model, shipped sentiment models). Each analysis batch adds one Parquet
shard (written to a temporary name, then renamed, so readers never see half a file). Every row
carries a checksum of its payload: a truncated or corrupted shard is reported, moved aside and its
articles analysed again. Reading needs pyarrow only; spaCy is not imported on a warm start.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .models import ArticleAnalysis, DateExpr, Quote, TargetTone

DEFAULT_DIR = ".analysis_cache"


def cache_dir() -> Path:
    return Path(os.environ.get("ANALYSIS_CACHE_DIR") or DEFAULT_DIR)


@functools.lru_cache(maxsize=4)
def results_key(version: str, model: str) -> str:
    """Directory name for results of this analysis version, spaCy model, sentiment models and the
    library's source (a code change without a version bump never serves stale results)."""
    from .target_sentiment import MODEL_PATH, TONE_PATH

    h = hashlib.sha256(f"{version}\0{model}".encode())
    package = Path(__file__).resolve().parent
    for p in [MODEL_PATH, TONE_PATH, *sorted(package.rglob("*.py"))]:
        h.update(p.read_bytes() if p.exists() else b"missing")
    slug = "".join(c if c.isalnum() or c in "._-" else "_" for c in Path(model).name)
    return f"v{version}-{slug}-{h.hexdigest()[:12]}"


@dataclass
class Payload:
    quotes: list[Quote]
    dates: list[DateExpr]
    error: str | None


def encode(an: ArticleAnalysis) -> str:
    return json.dumps({"quotes": [asdict(q) for q in an.quotes], "dates": [asdict(d) for d in an.dates],
                       "error": an.error}, ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> Payload:
    data = json.loads(text)
    quotes = [Quote(**{**q, "targets": [TargetTone(**t) for t in q.get("targets", [])]}) for q in data["quotes"]]
    return Payload(quotes, [DateExpr(**d) for d in data["dates"]], data["error"])


def _checksum(content_hash: str, payload: str) -> str:
    return hashlib.sha256(f"{content_hash}\0{payload}".encode()).hexdigest()[:16]


@dataclass
class ResultCache:
    root: Path
    key: str
    problems: list[str] = field(default_factory=list)
    _shard_of: dict[str, Path] | None = field(default=None, repr=False)

    @property
    def dir(self) -> Path:
        return self.root / self.key

    def _index(self) -> dict[str, Path]:
        """content hash → shard holding it, from the hash columns alone (built once)."""
        import pyarrow.parquet as pq

        if self._shard_of is None:
            self._shard_of = {}
            for shard in sorted(self.dir.glob("*.parquet")) if self.dir.is_dir() else []:
                try:
                    hashes = pq.read_table(shard, columns=["content_hash"]).column(0).to_pylist()
                except Exception as exc:  # truncated or not Parquet at all
                    self._damaged(shard, exc)
                    continue
                self._shard_of.update(dict.fromkeys(hashes, shard))
        return self._shard_of

    def get_many(self, hashes: set[str]) -> dict[str, Payload]:
        """Cached results for these content hashes; damaged shards are reported and set aside."""
        import pyarrow.parquet as pq

        index = self._index()
        wanted: dict[Path, set[str]] = {}
        for h in hashes:
            if h in index:
                wanted.setdefault(index[h], set()).add(h)
        found: dict[str, Payload] = {}
        for shard, keys in wanted.items():
            try:
                table = pq.read_table(shard, columns=["content_hash", "payload", "checksum"])
                batch = {}
                for h, payload, check in zip(*(table.column(c).to_pylist() for c in ("content_hash", "payload",
                                                                                      "checksum")), strict=True):
                    if _checksum(h, payload) != check:
                        raise ValueError(f"checksum mismatch for {h}")
                    if h in keys:
                        batch[h] = decode(payload)
            except Exception as exc:  # any damage: recompute those articles rather than trust them
                self._damaged(shard, exc)
                continue
            found.update(batch)
        return found

    def _damaged(self, shard: Path, exc: Exception) -> None:
        if shard.exists():
            self.problems.append(f"cache shard {shard.name} unreadable ({type(exc).__name__}); "
                                 "its articles are analysed again")
            self._set_aside(shard)
        if self._shard_of is not None:
            self._shard_of = {h: p for h, p in self._shard_of.items() if p != shard}

    def put_many(self, analyses: list[ArticleAnalysis]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not analyses:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        hashes = [an.article.content_hash for an in analyses]
        payloads = [encode(an) for an in analyses]
        table = pa.table({"content_hash": hashes, "payload": payloads,
                          "checksum": [_checksum(h, p) for h, p in zip(hashes, payloads, strict=True)]})
        name = uuid.uuid4().hex
        tmp = self.dir / f".{name}.tmp"
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, self.dir / f"{name}.parquet")
        if self._shard_of is not None:
            self._shard_of.update(dict.fromkeys(hashes, self.dir / f"{name}.parquet"))

    def _set_aside(self, shard: Path) -> None:
        bad = self.root / "damaged"
        bad.mkdir(parents=True, exist_ok=True)
        try:
            shutil.move(str(shard), bad / f"{self.key}-{shard.name}")
        except OSError:
            pass


def _bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def info(root: Path | None = None) -> list[dict]:
    """One row per results directory: shards, articles and bytes on disk."""
    import pyarrow.parquet as pq

    root = root or cache_dir()
    out = []
    for d in sorted(p for p in root.glob("*") if p.is_dir()) if root.is_dir() else []:
        shards = list(d.glob("*.parquet"))
        articles = 0
        for s in shards:
            try:
                articles += pq.ParquetFile(s).metadata.num_rows
            except Exception:  # reported by get_many when used; here only counted
                continue
        out.append({"dir": str(d), "shards": len(shards), "articles": articles, "bytes": _bytes(d)})
    return out


def clear(root: Path | None = None) -> int:
    """Removes the cache directory; returns the bytes freed."""
    root = root or cache_dir()
    if not root.is_dir():
        return 0
    size = _bytes(root)
    shutil.rmtree(root)
    return size
