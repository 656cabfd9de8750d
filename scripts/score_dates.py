"""Date values scored on TBAQ (TimeBank 1.2 + AQUAINT, TimeML gold) and on the Wikinews gold.

    .venv/bin/python scripts/score_dates.py                      # runs the CLI on both corpora
    .venv/bin/python scripts/score_dates.py --tbaq t.jsonl       # TBAQ from a saved timeline run
    .venv/bin/python scripts/score_dates.py --no-wikinews

TBAQ is scored with ../shared/tools/score_timex.py on all 1,505 gold expressions, on the 1,357
calendar values (gold without PRESENT_REF/PAST_REF/FUTURE_REF against predictions not marked
vague), and on the even and odd rows apart (rules were developed on the even rows and kept only
when they also paid on the odd ones). Wikinews is scored as scripts/score_eval.py does. Without
../shared the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
TBAQ = SHARED / "corpora" / "tbaq.csv"
TBAQ_GOLD = SHARED / "eval" / "timex_tbaq.jsonl"
SCORER = SHARED / "tools" / "score_timex.py"
WIKINEWS = SHARED / "corpora" / "wikinews_2019.csv"
REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def run_cli(command: str, corpus: Path, out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "analysis", command, str(corpus), "--format", "jsonl",
                    "--out", str(out), "--no-cache"], check=True, cwd=ROOT)
    return out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tbaq_table(pred: list[dict]) -> list[tuple[str, dict]]:
    spec = importlib.util.spec_from_file_location("score_timex", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = read_jsonl(TBAQ_GOLD)
    calendar_gold = [g for g in gold if g["value"] not in REFS]
    calendar_pred = [p for p in pred if not p.get("vague")]
    rows = [("all", scorer.score(gold, pred)),
            ("calendar values", scorer.score(calendar_gold, calendar_pred))]
    for name, parity in (("even rows", 0), ("odd rows", 1)):
        rows.append((name, scorer.score([g for g in gold if g["row"] % 2 == parity],
                                        [p for p in pred if p["row"] % 2 == parity])))
    return rows


def wikinews_dates(tmp: Path) -> dict:
    import pandas as pd

    from analysis.evaluate import load_gold, score_dates

    gold = load_gold(str(SHARED / "eval"))
    pred_q = pd.read_json(run_cli("quotes", WIKINEWS, tmp / "q.jsonl"), lines=True, dtype={"speaker": str})
    pred_t = pd.read_json(run_cli("timeline", WIKINEWS, tmp / "t.jsonl"), lines=True, dtype={"value": str})
    rows = set(gold.articles.loc[gold.articles["timex_annotated"], "row"])
    direct = pred_q[pred_q["kind"] == "direct"][["row", "start", "end"]]
    return score_dates(pred_t[pred_t["row"].isin(rows)], gold.timex, direct)["value"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tbaq", help="CLI timeline output on tbaq.csv (jsonl); default: run the CLI")
    ap.add_argument("--no-wikinews", action="store_true", help="leave out the Wikinews gold")
    args = ap.parse_args()
    missing = [p for p in (TBAQ, TBAQ_GOLD, SCORER) if not p.exists()]
    if missing:
        print(f"skipped: shared data not found ({', '.join(str(p) for p in missing)})")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pred = read_jsonl(Path(args.tbaq) if args.tbaq else run_cli("timeline", TBAQ, Path(tmp) / "tbaq.jsonl"))
        print("TBAQ dates           n_gold  n_pred  value F1  recall  precision  value acc (matched)")
        for name, r in tbaq_table(pred):
            print(f"{name:<20} {r['n_gold']:>6} {r['n_pred']:>7} {r['value_f1']:>9.3f} {r['recall']:>7.3f} "
                  f"{r['precision']:>10.3f} {r['value_acc_matched']:>10.3f}")
        if not args.no_wikinews and WIKINEWS.exists():
            v = wikinews_dates(Path(tmp))
            print(f"\nWikinews date values: precision {v['precision']:.3f}  recall {v['recall']:.3f}  "
                  f"F1 {v['f1']:.3f}  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
