"""NewsMTSC files (sentence_normalized + targets with from/to): read, featurise, score."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .target_sentiment import LABELS, features, tone_features

POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


@dataclass
class Sentence:
    line: int
    text: str
    targets: list[dict]


def read(path: Path) -> list[Sentence]:
    """Every sentence, in file order; a line that is not a NewsMTSC record raises with its number."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                out.append(Sentence(i, rec["sentence_normalized"], list(rec["targets"])))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{i}: not a NewsMTSC record ({exc})") from exc
    return out


def parse(sentences: list[Sentence]):
    from .nlp import load_model

    return load_model().pipe((s.text for s in sentences), batch_size=256)


def featurise(sentences: list[Sentence]) -> tuple[list[tuple], list[tuple]]:
    """(feature row, label index) per target, and per sentence for tone (majority label; a tie
    between negative and positive counts as neutral)."""
    targets, tones = [], []
    for s, doc in zip(sentences, parse(sentences), strict=True):
        labels = []
        for t in s.targets:
            label = LABELS.index(POLARITY[float(t["polarity"])]) if "polarity" in t else None
            targets.append((features(doc, int(t["from"]), int(t["to"])), label))
            labels.append(label)
        counts = Counter(labels)
        if counts and None not in counts:
            top = counts.most_common()
            label = 1 if len(top) > 1 and top[0][1] == top[1][1] else top[0][0]
            tones.append((tone_features(doc), label))
    return targets, tones


def predict(sentences: list[Sentence]) -> list[tuple[str, float, float]]:
    """The shipped model's (label, probability) for every target, in input order."""
    from .target_sentiment import classify

    targets, _ = featurise(sentences)
    return classify([row for row, _ in targets])


def lexicon_label(score: float, threshold: float = 0.05) -> str:
    return "negative" if score < -threshold else "positive" if score > threshold else "neutral"


def macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)
