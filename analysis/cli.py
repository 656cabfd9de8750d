"""Command line: python -m analysis quotes|timeline|speakers|targets|ingest PATH... [--format] [--out],
python -m analysis target-sentiment FILE.jsonl (NewsMTSC format), python -m analysis cache info|clear."""

from __future__ import annotations

import argparse
import json
import math
import sys
from itertools import chain, islice
from pathlib import Path

import pandas as pd

from . import corrections, frames
from .cache import ResultCache, cache_dir, results_key
from .cache import clear as cache_clear
from .cache import info as cache_info
from .corpus import build_corpus, ingest_report
from .dataset import write_part
from .ingest import DEFAULT_MAX_BYTES, IngestEntry, iter_ingest
from .nlp import DEFAULT_MODEL
from .pipeline import ANALYSIS_VERSION, analyse
from .scale import runner_for

COMMANDS = ("quotes", "timeline", "speakers", "targets", "ingest", "target-sentiment", "cache")
# a Parquet dataset keeps every column the dashboard needs
DATASET_TABLES = {"quotes": frames.quotes_frame, "timeline": frames.timeline_frame, "targets": frames.targets_frame,
                  "articles": frames.articles_frame}
BATCH = 256


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis",
                                description="Who said what, when, in what tone: batch analysis of news articles.")
    p.add_argument("command", choices=COMMANDS)
    p.add_argument("paths", nargs="+", help="files or folders (.txt .md .csv .tsv .jsonl .json .html); "
                   "for `cache`: info or clear")
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                   help="parquet writes a dataset folder (--out) with every table, which the dashboard opens")
    p.add_argument("--out", help="write here instead of standard output")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the results cache")
    p.add_argument("--corrections", metavar="FILE",
                   help=f"analyst corrections to apply (default: {corrections.FILE_NAME} beside the corpus, if any)")
    p.add_argument("--count-copies", action="store_true",
                   help="count a statement repeated in near-duplicate articles (wire copies) once per article, "
                   "as the dashboard's 'Count wire copies separately' does")
    p.add_argument("--dask", metavar="ADDRESS", help="analyse on a Dask cluster: tcp://HOST:8786, or 'local'")
    p.add_argument("--processes", type=int, default=0,
                   help="worker processes on this machine (default 0: one per core for 100+ articles)")
    p.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model name or path")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES:,})")
    return p


def _clean(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def write(df: pd.DataFrame, fmt: str, out, header: bool = True) -> None:
    if fmt == "csv":
        df.to_csv(out, index=False, lineterminator="\n", header=header)
        return
    for rec in df.to_dict(orient="records"):
        out.write(json.dumps({k: _clean(v) for k, v in rec.items()}, ensure_ascii=False) + "\n")


def target_sentiment(paths: list[str]) -> pd.DataFrame:
    """One row per target of NewsMTSC-format sentences, in input order."""
    from . import newsmtsc

    rows = []
    for path in paths:
        sentences = newsmtsc.read(Path(path))
        labels = iter(newsmtsc.predict(sentences))
        for s in sentences:
            for t in s.targets:
                label, p, _ = next(labels)
                rows.append({"line": s.line, "from": t["from"], "to": t["to"], "mention": t.get("mention"),
                             "polarity": label, "probability": p})
    return pd.DataFrame(rows, columns=["line", "from", "to", "mention", "polarity", "probability"])


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "cache":
        return cache_command(args.paths)
    if args.format == "parquet" and not args.out:
        print("error: --format parquet needs --out FOLDER", file=sys.stderr)
        return 2
    if args.command == "target-sentiment":
        try:
            df = target_sentiment(args.paths)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return _emit(df, args)
    if args.command == "ingest":
        report = ingest_report(args.paths, max_bytes=args.max_bytes)
        for entry in report:
            _tell(entry)
        _emit(frames.ingest_frame(report), args)
        return 0
    cache = None if args.no_cache else ResultCache(cache_dir(), results_key(ANALYSIS_VERSION, args.model))
    if args.format == "parquet":
        return write_dataset(args, cache)
    path = Path(args.corrections) if args.corrections else corrections.path_beside(args.paths)
    corpus = build_corpus(args.paths, model=args.model, cache=cache, progress=progress_bar(),
                          processes=args.processes, dask=args.dask, max_bytes=args.max_bytes,
                          corrections_file=path, tell=_tell)
    problems = corpus.problems + ([f"corrections file {path} not found"] if args.corrections and not path.exists()
                                  else [])
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    statements = corpus.statements(args.count_copies)
    copies = len(corpus.quotes) - len(statements)
    if copies and args.command != "timeline":
        print(f"note: {copies} statement(s) repeat one in a near-duplicate article and are counted once "
              "(--count-copies counts them; `ingest` lists the groups)", file=sys.stderr)
    if args.command == "quotes":
        _emit(statements[frames.QUOTE_COLUMNS + ["verified", "corrected"]], args)
    elif args.command == "speakers":
        _emit(corpus.speakers(args.count_copies), args)
    elif args.command == "targets":
        _emit(corpus.statement_targets(statements), args)
    else:
        _emit(corpus.timeline[frames.TIMELINE_COLUMNS], args)
    if corpus.articles.empty:
        print("error: no article could be read", file=sys.stderr)
        return 1
    return 0


def write_dataset(args, cache: ResultCache | None) -> int:
    """A Parquet dataset of the analysis tables, written batch by batch as the articles are read, so
    memory stays bounded and Dask workers stream; the dashboard builds its corpus from it."""
    read = [0]

    def articles():
        """Read lazily: a file is parsed when its articles are about to be analysed."""
        for item in iter_ingest(args.paths, max_bytes=args.max_bytes):
            if isinstance(item, IngestEntry):
                _tell(item)
            else:
                read[0] += 1
                yield item

    stream = articles()
    first = list(islice(stream, BATCH))  # enough to decide whether worker processes pay off
    runner = runner_for(len(first), args.processes, args.dask)
    try:
        analysed = analyse(chain(first, stream), model=args.model, cache=cache, progress=progress_bar(),
                           runner=runner)
        for i, batch in enumerate(_batches(analysed)):
            for name, table in DATASET_TABLES.items():
                write_part(Path(args.out), name, i, table(batch))
    finally:
        if runner is not None:
            runner.close()
    for problem in cache.problems if cache else []:
        print(f"warning: {problem}", file=sys.stderr)
    if not read[0]:
        print("error: no article could be read", file=sys.stderr)
        return 1
    return 0


def _tell(entry: IngestEntry) -> None:
    """Problems with an input, on standard error as they are met."""
    if entry.status != "ok":
        tabular = entry.row is not None and entry.article_id not in (None, entry.source)
        where = entry.source + (f" (record {entry.row})" if tabular else "")
        print(f"{entry.status}: {where}: {entry.message}", file=sys.stderr)


def _batches(stream, size: int = BATCH):
    batch = []
    for an in stream:
        if an.error:
            print(f"error: {an.article.article_id}: {an.error}", file=sys.stderr)
        batch.append(an)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _emit(df: pd.DataFrame, args) -> int:
    if args.format == "parquet":
        write_part(Path(args.out), args.command, 0, df)
        return 0
    if args.out:
        with open(Path(args.out), "w", encoding="utf-8", newline="") as fh:
            write(df, args.format, fh)
    else:
        write(df, args.format, sys.stdout)
    return 0


def progress_bar():
    """A one-line counter on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    state = {"shown": -1}

    def show(done: int, total: int | None) -> None:
        if total is None:  # read as it goes: a count, not a bar
            if done % 10 == 0:
                sys.stderr.write(f"\ranalysed {done} articles")
                sys.stderr.flush()
            return
        pct = int(100 * done / max(total, 1))
        if pct != state["shown"] or done == total:
            state["shown"] = pct
            bar = "#" * (pct // 4)
            sys.stderr.write(f"\ranalysing [{bar:<25}] {done}/{total}")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()
    return show


def cache_command(actions: list[str]) -> int:
    root = cache_dir()
    if actions == ["info"]:
        rows = cache_info(root)
        print(f"cache: {root.resolve()} (set ANALYSIS_CACHE_DIR to move it)")
        for r in rows:
            print(f"{Path(r['dir']).name}: {r['articles']} articles in {r['shards']} shards, {r['bytes'] / 1e6:.1f} MB")
        if not rows:
            print("empty")
        return 0
    if actions == ["clear"]:
        freed = cache_clear(root)
        print(f"cleared {root.resolve()}: {freed / 1e6:.1f} MB freed")
        return 0
    print("error: use `cache info` or `cache clear`", file=sys.stderr)
    return 2
