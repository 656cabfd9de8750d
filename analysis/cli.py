"""Command line: python -m analysis quotes|timeline|speakers|targets|ingest PATH... [--format] [--out],
python -m analysis fetch URL_OR_FILE... --out FOLDER, python -m analysis target-sentiment FILE.jsonl
(NewsMTSC format), python -m analysis cache info|clear."""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from itertools import chain, islice
from pathlib import Path

import pandas as pd

from . import corrections, filters, frames
from .cache import ResultCache, cache_dir, results_key
from .cache import clear as cache_clear
from .cache import info as cache_info
from .corpus import build_corpus, ingest_report
from .dataset import write_part
from .fetch import FetchOptions, fetch
from .http_client import HttpOptions
from .ingest import DEFAULT_MAX_BYTES, IngestEntry, iter_ingest
from .nlp import DEFAULT_MODEL
from .pipeline import ANALYSIS_VERSION, analyse
from .quotes.catalogue import always_on, catalogue, summary
from .quotes.catalogue import names as rule_names
from .quotes.rules import RuleSwitch
from .scale import runner_for
from .target_names import normal_name

COMMANDS = ("quotes", "timeline", "speakers", "targets", "ingest", "fetch", "target-sentiment", "cache", "rules")
# a Parquet dataset keeps every column the dashboard needs
DATASET_TABLES = {"quotes": frames.quotes_frame, "timeline": frames.timeline_frame, "targets": frames.targets_frame,
                  "articles": frames.articles_frame}
BATCH = 256
ABOUT_COMMANDS = ("quotes", "speakers", "targets")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis",
                                description="Who said what, when, in what tone: batch analysis of news articles.")
    p.add_argument("command", choices=COMMANDS)
    p.add_argument("paths", nargs="+", help="files or folders (.txt .md .csv .tsv .jsonl .json .html); "
                   "for `fetch`: article, RSS/Atom feed or sitemap URLs, or text files of them; "
                   "for `cache`: info or clear; for `rules`: list")
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                   help="parquet writes a dataset folder (--out) with every table, which the dashboard opens")
    p.add_argument("--out", help="write here instead of standard output (fetch: the corpus folder)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the results cache")
    p.add_argument("--corrections", metavar="FILE",
                   help="analyst corrections to apply (default: the corpus's own, as the dashboard keeps them: "
                        f"<name>{corrections.SUFFIX} beside a corpus file, {corrections.FILE_NAME} in a folder, "
                        "else in the app's .corrections/ when the corpus's folder is read-only)")
    p.add_argument("--audit", action="store_true",
                   help="speakers: instead of the list, the pairs that may be one person (with the evidence) and "
                   "the labels that look wrong; merge or dismiss them in the dashboard's Speakers view")
    p.add_argument("--count-copies", action="store_true",
                   help="count a statement repeated in near-duplicate articles (wire copies) once per article, "
                   "as the dashboard's 'Count wire copies separately' does")
    p.add_argument("--about", action="append", default=[], metavar="NAME",
                   help="only statements that name this person, organisation or place (as `targets` prints it); "
                   "repeatable: any of them. For quotes, speakers and targets, as the dashboard's About filter")
    p.add_argument("--dask", metavar="ADDRESS", help="analyse on a Dask cluster: tcp://HOST:8786, or 'local'")
    p.add_argument("--processes", type=int, default=0,
                   help="worker processes on this machine (default 0: one per core for 100+ articles)")
    p.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model name or path")
    p.add_argument("--disable-rules", metavar="NAME,...", default="",
                   help="switch attribution rules off by name (see `rules list`); the cache is not used")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"refuse inputs and fetched responses larger than this (default {DEFAULT_MAX_BYTES:,})")
    f = p.add_argument_group("fetch", "polite downloading (python -m analysis fetch URL_OR_FILE... --out FOLDER)")
    http, opts = HttpOptions(), FetchOptions()
    f.add_argument("--user-agent", default=http.user_agent, help="sent with every request and matched "
                   "against robots.txt (default %(default)r)")
    f.add_argument("--interval", type=float, default=http.interval, metavar="SECONDS",
                   help="between two requests to one host (default %(default)g; a longer robots.txt Crawl-delay wins)")
    f.add_argument("--per-host", type=int, default=http.per_host, metavar="N",
                   help="requests in flight to one host (default %(default)d)")
    f.add_argument("--workers", type=int, default=opts.workers, metavar="N",
                   help="requests in flight in all (default %(default)d)")
    f.add_argument("--timeout", type=float, default=http.timeout, metavar="SECONDS",
                   help="to connect, between bytes, and for a whole response (default %(default)g)")
    f.add_argument("--retries", type=int, default=http.retries, metavar="N",
                   help="further tries after a 429 or 5xx, waiting as Retry-After says or 1, 2, 4 … s "
                   "(default %(default)d)")
    f.add_argument("--since", metavar="YYYY-MM-DD", help="skip items published before this day")
    f.add_argument("--limit", type=int, metavar="N", help="fetch at most N new articles this run")
    f.add_argument("--ignore-robots", action="append", default=[], metavar="HOST",
                   help="do not read robots.txt of this host (your own site); repeatable")
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
    if args.command == "fetch":
        return fetch_command(args)
    if args.command == "rules":
        return rules_command(args.paths)
    rules = RuleSwitch(frozenset(n for n in args.disable_rules.split(",") if n))
    usage = _usage_error(args, rules)
    if usage:
        print(f"error: {usage}", file=sys.stderr)
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
    return analysis_command(args, rules)


def _usage_error(args: argparse.Namespace, rules: RuleSwitch) -> str | None:
    """What is wrong with the options given together, in words (exit 2)."""
    unknown = sorted(rules.disabled - set(rule_names()))
    if unknown:
        return f"no rule named {', '.join(unknown)} (see `python -m analysis rules list`)"
    fixed = sorted(rules.disabled & always_on())
    if fixed:
        return f"{', '.join(fixed)} cannot be switched off: applied wherever a name is read (`rules list` says 'always on')"
    if args.about and (args.command not in ABOUT_COMMANDS or args.format == "parquet"):
        return f"--about applies to {', '.join(ABOUT_COMMANDS)} in jsonl or csv"
    if args.format == "parquet" and not args.out:
        return "--format parquet needs --out FOLDER"
    return None


def analysis_command(args: argparse.Namespace, rules: RuleSwitch) -> int:
    """quotes, speakers, targets, timeline: the corpus built as the dashboard builds it, one table out."""
    # with rules switched off the results differ from the cached ones
    cache = None if args.no_cache or rules.disabled else ResultCache(cache_dir(), results_key(ANALYSIS_VERSION, args.model))
    if args.format == "parquet":
        return write_dataset(args, cache, rules)
    path = Path(args.corrections) if args.corrections else corrections.path_for(args.paths)
    corpus = build_corpus(args.paths, model=args.model, cache=cache, progress=progress_bar(),
                          processes=args.processes, dask=args.dask, max_bytes=args.max_bytes,
                          corrections_file=path, tell=_tell, rules=rules)
    problems = corpus.problems + ([f"corrections file {path} not found"] if args.corrections and not path.exists()
                                  else []) + ([] if args.corrections else
                                              [n for n in [corrections.stale_shared_file(args.paths)] if n])
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    statements = corpus.statements(args.count_copies)
    copies = len(corpus.quotes) - len(statements)
    if args.about:
        statements = about(statements, args.about)
    if copies and args.command != "timeline":
        print(f"note: {copies} statement(s) repeat one in a near-duplicate article and are counted once "
              "(--count-copies counts them; `ingest` lists the groups)", file=sys.stderr)
    if args.command == "quotes":
        _emit(statements[frames.QUOTE_COLUMNS + ["verified", "corrected"]], args)
    elif args.command == "speakers":
        _emit(corpus.audit(args.count_copies) if args.audit else frames.speakers_frame(statements), args)
    elif args.command == "targets":
        _emit(corpus.statement_targets(statements), args)
    else:
        _emit(corpus.timeline[frames.TIMELINE_COLUMNS], args)
    if corpus.articles.empty:
        print("error: no article could be read", file=sys.stderr)
        return 1
    return 0


def about(statements: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """The statements naming any of these (the dashboard's About filter), each name read as targets
    are ("U.S." as United States); a name no statement names is reported with the corpus's names
    that contain it."""
    names = [normal_name(n) for n in names]
    for name in names:
        if not filters.about_mask(statements, [name]).any():
            known = sorted({n for t in statements["about"] if isinstance(t, tuple) for n in t
                            if name.casefold() in n.casefold()})
            hint = f" (names containing it: {', '.join(known[:8])})" if known else ""
            print(f"warning: no statement names {name!r}{hint}", file=sys.stderr)
    return statements[filters.about_mask(statements, names)]


def write_dataset(args, cache: ResultCache | None, rules: RuleSwitch) -> int:
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
                           runner=runner, rules=rules)
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


def progress_bar(label: str = "analysing"):
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
            sys.stderr.write(f"\r{label} [{bar:<25}] {done}/{total}")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()
    return show


def fetch_command(args) -> int:
    """Articles from the web into --out; the report (ingest format) on standard output."""
    if not args.out or args.format == "parquet":
        print("error: fetch needs --out FOLDER (the corpus folder) and writes its report as jsonl or csv",
              file=sys.stderr)
        return 2
    try:
        since = date.fromisoformat(args.since) if args.since else None
    except ValueError:
        print(f"error: --since {args.since!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    http = HttpOptions(user_agent=args.user_agent, interval=args.interval, per_host=args.per_host,
                       timeout=args.timeout, retries=args.retries, max_bytes=args.max_bytes,
                       ignore_robots=frozenset(args.ignore_robots))
    options = FetchOptions(http, workers=args.workers, since=since, limit=args.limit)
    result = fetch(args.paths, Path(args.out), options, progress=progress_bar("fetching"))
    for entry in result.report:
        _tell(entry)
    write(frames.ingest_frame(result.report), args.format, sys.stdout)
    failed = sum(e.status == "error" for e in result.report)
    print(f"fetched {len(result.stored)} new articles into {args.out}; {failed} failed", file=sys.stderr)
    return 1 if failed and failed == len(result.report) else 0


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


def rules_command(actions: list[str]) -> int:
    """The attribution rules, table by table in the order they are tried, each with what it handles."""
    if actions != ["list"]:
        print("error: use `rules list`", file=sys.stderr)
        return 2
    for table, rules in catalogue().items():
        print(f"{table}:")
        for rule in rules:
            print(f"  {rule.__name__:32} {summary(rule)}")
    return 0
