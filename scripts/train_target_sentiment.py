"""Reproduce the shipped sentiment models from NewsMTSC's training file.

    .venv/bin/python scripts/train_target_sentiment.py [--train ../shared/corpora/newsmtsc/train.jsonl]

Writes analysis/data/target_sentiment.pickle.gz (sentiment toward a target) and analysis/data/tone.pickle.gz
(a statement's tone: the sentence-level majority of its targets' labels). Deterministic: lbfgs on
fixed data gives the same coefficients and vocabularies on every run (checked against the shipped files).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import newsmtsc  # noqa: E402
from analysis.target_sentiment import MODEL_PATH, TONE_PATH, TargetSentimentModel, save_model  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default=str(ROOT.parent / "shared" / "corpora" / "newsmtsc" / "train.jsonl"))
    args = ap.parse_args()
    data = newsmtsc.read(Path(args.train))
    targets, tones = newsmtsc.featurise(data)
    model = TargetSentimentModel().fit([r for r, _ in targets], [y for _, y in targets])
    tone = TargetSentimentModel(n_text=1).fit([r for r, _ in tones], [y for _, y in tones])
    save_model(model, MODEL_PATH)
    save_model(tone, TONE_PATH)
    print(f"{len(targets)} targets, {len(tones)} sentences → {MODEL_PATH.name} "
          f"({MODEL_PATH.stat().st_size / 1e6:.1f} MB), {TONE_PATH.name} ({TONE_PATH.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
