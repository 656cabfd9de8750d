"""A Parquet dataset folder: one sub-folder per table (quotes, timeline, targets, articles), one
part file per batch. The CLI writes it (--format parquet, locally or from Dask); the dashboard
opens it without analysing anything."""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def write_part(root: Path, table: str, index: int, df: pd.DataFrame) -> Path:
    folder = root / table
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"part-{index:05d}.parquet"
    df.to_parquet(path, index=False)
    return path


def is_dataset(path: Path) -> bool:
    return path.is_dir() and (path / "quotes").is_dir() and (path / "articles").is_dir()


def read_table(root: Path, table: str) -> pd.DataFrame:
    parts = sorted((root / table).glob("part-*.parquet"))
    return pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True) if parts else pd.DataFrame()
