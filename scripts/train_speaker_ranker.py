"""Train the speaker ranker (analysis/quotes/ranker.py) on PolNeAR train and write
analysis/data/speaker_ranker.json.gz.

    .venv/bin/python scripts/train_speaker_ranker.py [--C 0.5]

For every statement the rules find in PolNeAR train whose content overlaps a gold relation with a
source (overlap ≥ half the shorter span, as tools/score_polnear.py matches), each candidate phrase
head is an example: positive when it lies inside the gold source span. A logistic regression
(scikit-learn, lbfgs: the same data gives the same weights) is fitted on those; the threshold for
naming a speaker the rules left unknown and the margin for overruling them are chosen on the same
training statements, counting a wrong name as twice as bad as none. Then `benchmarks/rules.py`
(the speaker_ranker row) measures it on PolNeAR dev and the Wikinews gold, which it never saw.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) is research data: the model holds feature weights
only, no text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.nlp import analysable_text  # noqa: E402
from analysis.quotes import ranker  # noqa: E402
from analysis.quotes.attribution import extract_statements  # noqa: E402
from analysis.quotes.context import article_context  # noqa: E402
from analysis.quotes.rules import RuleSwitch  # noqa: E402
from benchmarks.rules import parsed, polnear_paths  # noqa: E402


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (min(a[1] - a[0], b[1] - b[0]) or 1)


def examples(split: str, cache: Path) -> list[tuple[list[dict], list[bool], bool]]:
    """Per statement: the candidates' features, which are inside the gold source, and whether the
    first candidate is the rules' own subject."""
    path, gold_path = polnear_paths(split)
    articles, docs = parsed(path, cache)
    gold: dict[int, list[dict]] = {}
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        if g.get("source"):
            gold.setdefault(g["row"], []).append(g)
    groups = []
    off = RuleSwitch(frozenset({"speaker_ranker"}))
    for article, doc in zip(articles, docs, strict=True):
        rels = gold.get(article.row, [])

        def observe(cand, toks, feats, rels=rels):
            piece = cand.pieces[0]
            g = next((g for g in rels if _overlap((g["content"][0][0], g["content"][-1][1]), piece) >= 0.5), None)
            if g is None:
                return
            labels = [any(s <= t.idx < e for s, e in g["source"]) for t in toks]
            if any(labels):
                groups.append((feats, labels, cand.subject is not None and toks[0] is cand.subject))

        extract_statements(article_context(doc, analysable_text(article), article.body_start, off), observe)
    return groups


def choose(groups, probs) -> tuple[float, float, dict]:
    """Threshold and margin with the best utility on these statements: +1 for a speaker put right,
    −1 for one put wrong, −2 for a wrong name where the rules had none."""
    best = None
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        for margin in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.1):
            gain = {"fixed": 0, "broken": 0, "named_right": 0, "named_wrong": 0}
            for (_, labels, has_rule), p in zip(groups, probs, strict=True):
                top = max(range(len(p)), key=p.__getitem__)
                if has_rule:
                    if top != 0 and p[top] - p[0] >= margin and labels[top] != labels[0]:
                        gain["fixed" if labels[top] else "broken"] += 1
                elif p[top] >= threshold:
                    gain["named_right" if labels[top] else "named_wrong"] += 1
            utility = gain["fixed"] - gain["broken"] + gain["named_right"] - 2 * gain["named_wrong"]
            if best is None or utility > best[0]:
                best = (utility, threshold, margin, gain)
    return best[1], best[2], best[3]


def main() -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--parse-cache", default=str(ROOT / ".analysis_cache" / "parses"))
    args = ap.parse_args()
    groups = examples("train", Path(args.parse_cache))
    rows = [f for feats, _, _ in groups for f in feats]
    labels = [y for _, ys, _ in groups for y in ys]
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    model = LogisticRegression(C=args.C, max_iter=2000).fit(x, labels)
    scores = iter(model.predict_proba(x)[:, 1])
    probs = [[next(scores) for _ in feats] for feats, _, _ in groups]
    threshold, margin, gain = choose(groups, probs)
    weights = {name: round(float(w), 6) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
               if abs(w) > 1e-6}
    ranker.save(ranker.Ranker(weights, round(float(model.intercept_[0]), 6), threshold, margin))
    print(f"{len(groups)} statements, {len(rows)} candidates, {len(weights)} features; threshold {threshold}, "
          f"margin {margin}; on train: {gain} → {ranker.MODEL_PATH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
