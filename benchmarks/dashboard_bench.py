"""Dashboard filter change on 100,000 statements ÷ on 100 (AppTest rerun wall time)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT.parent / "shared" / "corpora" / "wikinews_2019.csv"


def build_dataset(source: Path, n_statements: int, out: Path) -> Path:
    """A Parquet dataset of n statements: Wikinews analysed once, articles copied with new ids."""
    from analysis.dataset import read_table, write_part

    tables = {name: read_table(source, name) for name in ("quotes", "timeline", "targets", "articles")}
    per_copy = len(tables["quotes"])
    copies = -(-n_statements // per_copy)
    for i in range(copies):
        for name, df in tables.items():
            part = df.copy()
            part["article_id"] = part["article_id"] + f"~{i}"
            if name == "quotes":
                part = part.head(n_statements - i * per_copy)
            write_part(out, name, i, part)
    return out


def time_filter_change(dataset: Path, repeats: int = 3) -> float:
    from streamlit.testing.v1 import AppTest

    os.environ["DASHBOARD_CORPUS"] = str(dataset)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    at.query_params["copies"] = "1"  # the copies are made to be duplicates: keep every statement in play
    at.run()
    assert not at.exception, at.exception
    speakers = list(at.multiselect(key="f_speakers").options)
    best = float("inf")
    for i in range(repeats):
        chosen = [s.rsplit(" (", 1)[0] for s in speakers[i + 2:i + 3]]
        t = time.perf_counter()
        at.multiselect(key="f_speakers").set_value(chosen).run()
        best = min(best, time.perf_counter() - t)
        assert not at.exception, at.exception
        at.multiselect(key="f_speakers").set_value([]).run()
    return best


def filter_ratio(tmp: Path) -> tuple[float, float, float]:
    base = tmp / "wikinews_ds"
    if not base.exists():
        subprocess.run([sys.executable, "-m", "analysis", "quotes", str(WIKINEWS), "--format", "parquet",
                        "--out", str(base)], cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    small = time_filter_change(build_dataset(base, 100, tmp / "ds100"))
    large = time_filter_change(build_dataset(base, 100_000, tmp / "ds100k"))
    return small, large, large / small


if __name__ == "__main__":
    import tempfile

    sys.path.insert(0, str(ROOT))
    s, lg, r = filter_ratio(Path(tempfile.mkdtemp(prefix="dash-bench-")))
    print(f"filter change: 100 statements {s:.2f} s, 100,000 statements {lg:.2f} s, ratio {r:.2f} (target ≤ 3)")
