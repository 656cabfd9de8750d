"""Macro-F1 of TextBlob, VADER and the shipped model on a NewsMTSC file, side by side.

    .venv/bin/python scripts/score_sentiment.py [FILE.jsonl]   (default: ../shared/corpora/newsmtsc/devtest_mt.jsonl)

TextBlob and VADER score the whole sentence (they cannot tell targets apart); their scores map to
three classes at ±0.05. Each target of a sentence gets the sentence's label.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textblob import TextBlob  # noqa: E402
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from analysis import newsmtsc  # noqa: E402


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/corpora/newsmtsc/devtest_mt.jsonl"
    sentences = newsmtsc.read(path)
    gold = [newsmtsc.POLARITY[float(t["polarity"])] for s in sentences for t in s.targets]
    vader = SentimentIntensityAnalyzer()
    tb = [newsmtsc.lexicon_label(TextBlob(s.text).sentiment.polarity) for s in sentences for _ in s.targets]
    vd = [newsmtsc.lexicon_label(vader.polarity_scores(s.text)["compound"]) for s in sentences for _ in s.targets]
    ours = [label for label, _, _ in newsmtsc.predict(sentences)]
    print(f"{path.name}: {len(sentences)} sentences, {len(gold)} targets")
    print(f"{'model':<34}{'macro-F1':>9}{'accuracy':>10}")
    for name, pred in (("TextBlob (sentence polarity)", tb), ("VADER (sentence compound)", vd),
                       ("shipped target model", ours)):
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
        print(f"{name:<34}{newsmtsc.macro_f1(gold, pred):>9.3f}{acc:>10.3f}")
    # statement tone: the sentence's majority label (a negative/positive tie counts as neutral)
    _, tones = newsmtsc.featurise(sentences)
    from analysis.target_sentiment import LABELS, TONE_PATH, classify

    sent_gold = [LABELS[y] for _, y in tones]
    sent_pred = [label for label, _, _ in classify([row for row, _ in tones], TONE_PATH)]
    acc = sum(g == p for g, p in zip(sent_gold, sent_pred, strict=True)) / len(sent_gold)
    print(f"\nstatement tone (majority of its targets, {len(sent_gold)} sentences)")
    print(f"{'shipped tone model':<34}{newsmtsc.macro_f1(sent_gold, sent_pred):>9.3f}{acc:>10.3f}")


if __name__ == "__main__":
    main()
