"""Command line: python -m analysis quotes|timeline|speakers|targets|ingest PATH... [--format] [--out],
and python -m analysis target-sentiment FILE.jsonl (NewsMTSC format)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import pandas as pd

from . import frames
from .ingest import DEFAULT_MAX_BYTES, ingest
from .nlp import DEFAULT_MODEL
from .pipeline import analyse

COMMANDS = ("quotes", "timeline", "speakers", "targets", "ingest", "target-sentiment")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis",
                                description="Who said what, when, in what tone: batch analysis of news articles.")
    p.add_argument("command", choices=COMMANDS)
    p.add_argument("paths", nargs="+", help="files or folders (.txt .md .csv .tsv .jsonl .json .html)")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--out", help="write here instead of standard output")
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


def write(df: pd.DataFrame, fmt: str, out) -> None:
    if fmt == "csv":
        df.to_csv(out, index=False, lineterminator="\n")
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
    if args.command == "target-sentiment":
        try:
            df = target_sentiment(args.paths)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return _emit(df, args)
    result = ingest(args.paths, max_bytes=args.max_bytes)
    for entry in result.report:
        if entry.status != "ok":
            tabular = entry.row is not None and entry.article_id not in (None, entry.source)
            where = entry.source + (f" (record {entry.row})" if tabular else "")
            print(f"{entry.status}: {where}: {entry.message}", file=sys.stderr)
    if args.command == "ingest":
        df = frames.ingest_frame(result.report)
    else:
        analyses = list(analyse(result.articles, model=args.model))
        for an in analyses:
            if an.error:
                print(f"error: {an.article.article_id}: {an.error}", file=sys.stderr)
        if args.command == "timeline":
            df = frames.timeline_frame(analyses)
        elif args.command == "targets":
            df = frames.targets_frame(analyses)
        else:
            df = frames.quotes_frame(analyses)[frames.QUOTE_COLUMNS]
            if args.command == "speakers":
                df = frames.speakers_frame(df)
    _emit(df, args)
    if not result.articles and args.command != "ingest":
        print("error: no article could be read", file=sys.stderr)
        return 1
    return 0


def _emit(df: pd.DataFrame, args) -> int:
    if args.out:
        with open(Path(args.out), "w", encoding="utf-8", newline="") as fh:
            write(df, args.format, fh)
    else:
        write(df, args.format, sys.stdout)
    return 0
