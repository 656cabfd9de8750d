"""This project vs textacy's direct_quotations on the same corpus and gold, both tables in one run.

    .venv/bin/pip install -r benchmarks/requirements.txt    # textacy, for this comparison only
    .venv/bin/python benchmarks/textacy_compare.py

textacy finds direct quotes only (no reported speech) and names the speaker by the tokens it
found (“he”, “Kirby”); both outputs are scored by analysis/evaluate.py exactly as scripts/score_eval.py
scores ours. An article on which an extractor raises counts as failed.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.evaluate import load_gold, score_quotes  # noqa: E402
from analysis.nlp import load_model  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "wikinews_2019.csv"


def textacy_predictions(texts: list[str]) -> tuple[pd.DataFrame, int]:
    from textacy.extract.triples import direct_quotations

    rows, failed = [], 0
    for row, doc in enumerate(load_model().pipe(texts, batch_size=32)):
        try:
            for q in direct_quotations(doc):
                content = q.content
                rows.append({"row": row, "start": content.start_char, "end": content.end_char, "kind": "direct",
                             "speaker": " ".join(t.text for t in q.speaker), "speaker_type": "unknown",
                             "cue": " ".join(t.text for t in q.cue), "quote": content.text, "confidence": 1.0})
        except Exception:  # textacy gives up on unbalanced marks and the like
            failed += 1
    return pd.DataFrame(rows, columns=["row", "start", "end", "kind", "speaker", "speaker_type", "cue", "quote",
                                       "confidence"]), failed


def our_predictions() -> tuple[pd.DataFrame, int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "q.jsonl"
        r = subprocess.run([sys.executable, "-m", "analysis", "quotes", str(CORPUS), "--no-cache", "--out", str(out)],
                           cwd=ROOT, capture_output=True, text=True, check=True)
        failed = sum(1 for line in r.stderr.splitlines() if "analysis failed" in line)
        return pd.read_json(out, lines=True, dtype={"speaker": str}), failed


def main() -> None:
    csv.field_size_limit(10**9)
    with open(CORPUS, encoding="utf-8", newline="") as fh:
        texts = [r["text"] for r in csv.DictReader(fh)]
    gold = load_gold(SHARED / "eval").quotes
    ours, ours_failed = our_predictions()
    theirs, theirs_failed = textacy_predictions(texts)
    tables = {"this project": (score_quotes(ours, gold), ours_failed), "textacy": (score_quotes(theirs, gold), theirs_failed)}
    print(f"Wikinews 2019: {len(texts)} articles; gold: {gold['row'].nunique()} annotated articles, "
          f"{int((~gold['optional']).sum())} statements\n")
    print(f"{'measure':<34}" + "".join(f"{name:>16}" for name in tables))
    lines = [("direct quotes P / R / F1", lambda t: "{p:.2f}/{r:.2f}/{f:.2f}".format(
                 p=t["direct"]["precision"], r=t["direct"]["recall"], f=t["direct"]["f1"])),
             ("indirect F1", lambda t: f"{t['indirect']['f1']:.3f}"),
             ("all statements F1", lambda t: f"{t['all']['f1']:.3f}"),
             ("speaker accuracy (found)", lambda t: f"{t['speaker_accuracy']:.3f}")]
    for label, fmt in lines:
        print(f"{label:<34}" + "".join(f"{fmt(t):>16}" for t, _ in tables.values()))
    print(f"{'articles where extraction failed':<34}" + "".join(f"{f'{n} of {len(texts)}':>16}"
                                                          for _, n in tables.values()))


if __name__ == "__main__":
    main()
