"""Date values scored on TBAQ (TimeBank 1.2 + AQUAINT, TimeML gold) and on the Wikinews gold.

    .venv/bin/python scripts/score_dates.py                      # runs the CLI on both corpora
    .venv/bin/python scripts/score_dates.py --tbaq t.jsonl       # TBAQ from a saved timeline run
    .venv/bin/python scripts/score_dates.py --no-wikinews
    .venv/bin/python scripts/score_dates.py --errors             # and the TBAQ errors by kind

TBAQ is scored with ../shared/tools/score_timex.py on all 1,505 gold expressions, on the 1,357
calendar values (gold without PRESENT_REF/PAST_REF/FUTURE_REF against predictions not marked
vague), on the even and odd rows apart (rules were developed on the even rows and kept only
when they also paid on the odd ones), on thirds (a third round of rules was decided on rows
3k and 3k+1 and kept only when it did not lose on rows 3k+2, the confirmation fold) and on
halves (a fourth round was decided on rows 0-127, AP, Xinhua and broadcast news, and kept only
when it also paid on rows 128-255, Wall Street Journal). Wikinews is scored as
scripts/score_eval.py does. Without ../shared the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
from analysis.periods import period  # noqa: E402  (after the project root is on the path)

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
    folds = (("even rows", lambda r: r % 2 == 0), ("odd rows", lambda r: r % 2 == 1),
             ("rows 3k, 3k+1", lambda r: r % 3 != 2), ("rows 3k+2", lambda r: r % 3 == 2),
             ("rows 0-127", lambda r: r < 128), ("rows 128-255", lambda r: r >= 128))
    for name, keep in folds:
        rows.append((name, scorer.score([g for g in gold if keep(g["row"])], [p for p in pred if keep(p["row"])])))
    return rows


# What the breakdown of --errors tells apart: a gold value the command line's contract cannot
# express, the gold's own habits (week words, comparisons, vague words, times of day), and the rest.
COMPARISON = re.compile(r"\b(ago|earlier|later|before|after|year-earlier|year-ago|quarter|period|half|year-end"
                        r"|last year|latest)\b")
WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")
TIME_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|tonight)\b")
CLOCK = re.compile(r"(?i)(\b\d{1,2}(:\d\d)?\s*[ap]\.m\.|\bnoon\b|\bmidnight\b)(\s+[A-Z]{2,4})?,?\s*$")


def _expressible(value: str) -> bool:
    """A value the command line's contract allows: one naming a period, or a vague reference."""
    return value in REFS or period(value) is not None


def _overlaps(g: dict, p: dict) -> bool:
    """score_timex.py's match: overlapping spans, one text inside the other."""
    gt, pt = " ".join(g["text"].lower().split()), " ".join(p["text"].lower().split())
    return min(g["end"], p["end"]) > max(g["start"], p["start"]) and (gt in pt or pt in gt)


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """(gold, prediction) pairs as score_timex.py makes them: each gold takes the first unused
    overlapping prediction of its row; (gold, None) is missed, (None, prediction) spurious."""
    by_row: dict[int, list[dict]] = {}
    for p in pred:
        by_row.setdefault(int(p["row"]), []).append(p)
    used: set[int] = set()
    pairs: list[tuple[dict | None, dict | None]] = []
    for g in gold:
        hit = next((p for p in by_row.get(int(g["row"]), []) if id(p) not in used and _overlaps(g, p)), None)
        if hit is not None:
            used.add(id(hit))
        pairs.append((g, hit))
    return pairs + [(None, p) for p in pred if id(p) not in used]


def error_kind(g: dict | None, p: dict | None, text: str = "") -> str | None:
    """The kind of one error (None for a correct value); `text` is the article's, for a clock time
    just before the prediction."""
    if g is not None and p is not None:
        if str(p["value"]) == g["value"]:
            return None
        words = " ".join(g["text"].lower().split())
        if not _expressible(g["value"]):
            return "wrong value: gold value outside the contract (1989-WXX, 199X, TNI, P1D)"
        if "week" in words:
            return "wrong value: week words ('last week' as a month, a day, P1W)"
        if COMPARISON.search(words):
            return "wrong value: reporting period or comparison ('a year ago', 'the quarter', 'year-end')"
        if WEEKDAY.search(words) and len(g["value"]) == len(str(p["value"])) == 10:
            return "wrong value: weekday in another week"
        if len(g["value"]) == len(str(p["value"])) and g["value"][4:] == str(p["value"])[4:]:
            return "wrong value: month or day in another year"
        return "wrong value: other"
    if p is None:
        if not _expressible(g["value"]):
            return "missed: gold value outside the contract"
        if g["value"] in REFS:
            return "missed: vague word ('soon', 'future', 'recent', 'previously')"
        if re.fullmatch(r"(the |a )?(days?|weeks?|months?|years?)", " ".join(g["text"].lower().split())):
            return "missed: a bare unit noun ('in the weeks before', 'a great day')"
        return "missed: other"
    if p.get("vague"):
        return "spurious: vague reference the gold leaves out ('now', 'current', 'recently')"
    if TIME_OF_DAY.search(p["text"].lower()) or CLOCK.search(text[max(0, int(p["start"]) - 30):int(p["start"])]):
        return "spurious: time of day (a TimeML TIME, not a DATE)"
    return "spurious: a date or name the gold leaves out"


def error_breakdown(gold: list[dict], pred: list[dict], texts: dict[int, str]) -> Counter:
    return Counter(kind for g, p in match(gold, pred)
                   if (kind := error_kind(g, p, texts.get(int((g or p)["row"]), ""))) is not None)


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
    ap.add_argument("--errors", action="store_true", help="also count the TBAQ errors by kind")
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
        if args.errors:
            import pandas as pd

            texts = pd.read_csv(TBAQ)["text"].to_dict()
            print("\nTBAQ errors by kind (all rows)")
            for kind, n in sorted(error_breakdown(read_jsonl(TBAQ_GOLD), pred, texts).items()):
                print(f"{n:6}  {kind}")
        if not args.no_wikinews and WIKINEWS.exists():
            v = wikinews_dates(Path(tmp))
            print(f"\nWikinews date values: precision {v['precision']:.3f}  recall {v['recall']:.3f}  "
                  f"F1 {v['f1']:.3f}  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
