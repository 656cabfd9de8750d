"""Scoring against the hand-annotated gold in ../shared/eval, as its README prescribes.

Quotes: a prediction matches a gold record in the same row when their spans overlap by at least
half of the shorter span; each gold record matches at most one prediction; optional gold records
neither reward nor punish. Dates: overlapping spans, exact ISO value; predictions inside direct
quotes (not annotated there) and vague ones are left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd


@dataclass
class Gold:
    articles: pd.DataFrame
    quotes: pd.DataFrame
    timex: pd.DataFrame


def load_gold(eval_dir: str | Path) -> Gold:
    d = Path(eval_dir)

    def read(name: str) -> pd.DataFrame:
        return pd.DataFrame([json.loads(line) for line in open(d / name, encoding="utf-8") if line.strip()])

    quotes = read("quotes_dev_2019.jsonl")
    if "optional" not in quotes:
        quotes["optional"] = False
    quotes["optional"] = quotes["optional"].fillna(False).astype(bool)
    quotes["end"] = quotes["start"] + quotes["quote"].str.len()
    timex = read("timex_dev_2019.jsonl")
    timex["end"] = timex["start"] + timex["text"].str.len()
    return Gold(read("articles_dev_2019.jsonl"), quotes, timex)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match_quotes(pred: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """(pred index, gold index) pairs, greedy by overlap within each row."""
    pairs: list[tuple[int, int]] = []
    for row, g in gold.groupby("row"):
        p = pred[pred["row"] == row]
        options = []
        for pi, pr in p.iterrows():
            for gi, gr in g.iterrows():
                ov = _overlap(pr["start"], pr["end"], gr["start"], gr["end"])
                shorter = min(pr["end"] - pr["start"], gr["end"] - gr["start"])
                if shorter > 0 and ov >= shorter / 2:
                    options.append((ov, pi, gi))
        used_p, used_g = set(), set()
        for _, pi, gi in sorted(options, key=lambda o: -o[0]):
            if pi not in used_p and gi not in used_g:
                used_p.add(pi)
                used_g.add(gi)
                pairs.append((pi, gi))
    return pairs


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def same_speaker(pred: str, gold: str, gold_type: str) -> bool:
    if pred is None or not isinstance(pred, str):
        return False
    p, g = pred.strip().lower(), gold.strip().lower()
    if p == g:
        return True
    if p.startswith("the "):
        p = p[4:]
    if g.startswith("the "):
        g = g[4:]
    if p == g:
        return True
    if gold_type == "person":
        gs = {_surname(x) for x in g.split(" and ")}
        ps = {_surname(x) for x in p.split(" and ")}
        return gs == ps
    return False


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def score_quotes(pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    rows = set(gold["row"])
    pred = pred[pred["row"].isin(rows)].reset_index(drop=True)
    pairs = match_quotes(pred, gold)
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    table = {}
    for kind in ("direct", "indirect", "all"):
        def is_kind(k: str, kind: str = kind) -> bool:
            return kind == "all" or k == kind

        tp = sum(1 for p, g in pairs if not gold.at[g, "optional"] and is_kind(gold.at[g, "kind"]))
        fp = sum(1 for i in range(len(pred)) if i not in matched_p and is_kind(pred.at[i, "kind"]))
        fn = sum(1 for g in gold.index if g not in matched_g and not gold.at[g, "optional"]
                 and is_kind(gold.at[g, "kind"]))
        table[kind] = _prf(tp, fp, fn)
    right = [same_speaker(pred.at[p, "speaker"], gold.at[g, "speaker"], gold.at[g, "speaker_type"])
             for p, g in pairs]
    table["speaker_accuracy"] = round(sum(right) / len(right), 3) if right else 0.0
    table["optional_found"] = sum(1 for _, g in pairs if gold.at[g, "optional"])
    table["optional_total"] = int(gold["optional"].sum())
    # calibration: among predictions with confidence in a bin, the share right (matched, right speaker)
    correct = {p: ok for (p, _), ok in zip(pairs, right, strict=True)}
    bins = []
    for lo, hi in ((0.0, 0.5), (0.5, 0.8), (0.8, 1.01)):
        idx = [i for i in range(len(pred)) if lo <= float(pred.at[i, "confidence"]) < hi]
        ok = sum(1 for i in idx if correct.get(i, False))
        bins.append({"confidence": f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", "n": len(idx),
                     "right": round(ok / len(idx), 3) if idx else None})
    table["calibration"] = bins
    table["errors"] = _errors(pred, gold, pairs, right)
    return table


def _errors(pred, gold, pairs, right) -> dict:
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    fps = pred[[i not in matched_p for i in range(len(pred))]]
    fns = gold[[(g not in matched_g) and not gold.at[g, "optional"] for g in gold.index]]
    wrong = [(pred.loc[p].to_dict(), gold.loc[g].to_dict()) for (p, g), ok in zip(pairs, right, strict=True) if not ok]
    return {"false_positives": fps, "false_negatives": fns, "wrong_speaker": wrong}


def score_dates(pred: pd.DataFrame, gold: pd.DataFrame, direct_spans: pd.DataFrame) -> dict:
    rows = set(gold["row"])
    pred = pred[pred["row"].isin(rows)].reset_index(drop=True)
    if "vague" in pred:
        pred = pred[~pred["vague"].fillna(False).astype(bool)].reset_index(drop=True)
    keep = []
    for _i, p in pred.iterrows():
        d = direct_spans[direct_spans["row"] == p["row"]]
        inside = ((d["start"] <= p["start"]) & (p["end"] <= d["end"])).any()
        keep.append(not inside)
    pred = pred[keep].reset_index(drop=True)
    used_g: set[int] = set()
    tp_span = tp_value = 0
    wrong = []
    for _i, p in pred.iterrows():
        g = gold[(gold["row"] == p["row"]) & (gold["start"] < p["end"]) & (p["start"] < gold["end"])]
        g = g[[gi not in used_g for gi in g.index]]
        if g.empty:
            continue
        gi = g.index[0]
        used_g.add(gi)
        tp_span += 1
        if str(p["value"]) == str(gold.at[gi, "value"]):
            tp_value += 1
        else:
            wrong.append((p["row"], p["text"], p["value"], gold.at[gi, "text"], gold.at[gi, "value"]))
    n_pred, n_gold = len(pred), len(gold)
    span = _prf(tp_span, n_pred - tp_span, n_gold - tp_span)
    value = _prf(tp_value, n_pred - tp_value, n_gold - tp_value)
    missed = gold[[gi not in used_g for gi in gold.index]]
    unmatched = [not ((gold["row"] == p["row"]) & (gold["start"] < p["end"]) & (p["start"] < gold["end"])).any()
                 for _, p in pred.iterrows()]
    return {"span": span, "value": value, "wrong_values": wrong, "missed": missed,
            "false_positives": pred[unmatched]}


def format_table(q: dict, d: dict | None) -> str:
    lines = ["quotes       precision  recall     F1     tp   fp   fn"]
    for kind in ("direct", "indirect", "all"):
        r = q[kind]
        lines.append(f"{kind:<12} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
                     f"{r['tp']:>6} {r['fp']:>4} {r['fn']:>4}")
    lines.append(f"speaker accuracy on matched statements: {q['speaker_accuracy']:.3f}")
    lines.append(f"optional gold records found: {q['optional_found']} of {q['optional_total']}")
    lines.append("calibration (share right by confidence): " + ", ".join(
        f"{b['confidence']} n={b['n']} right={b['right']}" for b in q["calibration"]))
    if d is not None:
        lines.append("dates        precision  recall     F1     tp   fp   fn")
        for key in ("span", "value"):
            r = d[key]
            lines.append(f"{key:<12} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
                         f"{r['tp']:>6} {r['fp']:>4} {r['fn']:>4}")
    return "\n".join(lines)
