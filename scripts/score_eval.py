"""Score the command line's output against ../shared/eval (quotes, speakers, dates).

    .venv/bin/python scripts/score_eval.py                # runs the CLI on the Wikinews CSV
    .venv/bin/python scripts/score_eval.py --errors       # also lists the failure cases
    .venv/bin/python scripts/score_eval.py --quotes q.jsonl --timeline t.jsonl
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.evaluate import format_table, load_gold, score_dates, score_quotes  # noqa: E402

SHARED = ROOT.parent / "shared"


def run_cli(command: str, corpus: Path, out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "analysis", command, str(corpus), "--format", "jsonl",
                    "--out", str(out), "--no-cache", "--count-copies"], check=True, cwd=ROOT)  # gold is per article
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", default=str(SHARED / "eval"))
    ap.add_argument("--corpus", default=str(SHARED / "corpora" / "wikinews_2019.csv"))
    ap.add_argument("--quotes", help="CLI quotes output (jsonl); default: run the CLI")
    ap.add_argument("--timeline", help="CLI timeline output (jsonl); default: run the CLI")
    ap.add_argument("--errors", action="store_true", help="print false positives, misses, wrong speakers")
    args = ap.parse_args()
    gold = load_gold(args.eval_dir)
    with tempfile.TemporaryDirectory() as tmp:
        qpath = Path(args.quotes) if args.quotes else run_cli("quotes", Path(args.corpus), Path(tmp) / "q.jsonl")
        tpath = Path(args.timeline) if args.timeline else run_cli("timeline", Path(args.corpus), Path(tmp) / "t.jsonl")
        pred_q = pd.read_json(qpath, lines=True, dtype={"speaker": str})
        pred_t = pd.read_json(tpath, lines=True, dtype={"value": str})
    q = score_quotes(pred_q, gold.quotes)
    timex_rows = set(gold.articles.loc[gold.articles["timex_annotated"], "row"])
    direct = pred_q[pred_q["kind"] == "direct"][["row", "start", "end"]]
    d = score_dates(pred_t[pred_t["row"].isin(timex_rows)], gold.timex, direct)
    print(format_table(q, d))
    if args.errors:
        pd.set_option("display.width", 250)
        pd.set_option("display.max_colwidth", 90)
        pd.set_option("display.max_rows", 500)
        e = q["errors"]
        print("\nfalse positives:\n", e["false_positives"][["row", "start", "kind", "speaker", "cue", "quote"]])
        print("\nmissed:\n", e["false_negatives"][["row", "start", "kind", "speaker", "cue", "quote"]])
        print("\nwrong speaker:")
        for p, g in e["wrong_speaker"]:
            print(f"  row {g['row']} {g['start']}: {p['speaker']!r} ({p['speaker_type']}) vs gold "
                  f"{g['speaker']!r} ({g['speaker_type']}) cue {g['cue']!r}: {g['quote'][:70]!r}")
        print("\ndate values wrong:", *d["wrong_values"], sep="\n  ")
        print("\ndates missed:\n", d["missed"][["row", "start", "text", "value"]])
        print("\ndate false positives:\n", d["false_positives"][["row", "start", "text", "value"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
