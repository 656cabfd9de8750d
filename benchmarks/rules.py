"""Per-rule ablation: how often each attribution rule decides on the Wikinews 2019 corpus and on
PolNeAR, and what speaker accuracy and F1 do on both when it is switched off.

    .venv/bin/python benchmarks/rules.py                      # every rule, Wikinews gold + PolNeAR dev
    .venv/bin/python benchmarks/rules.py --rules a,b          # only these
    .venv/bin/python benchmarks/rules.py --polnear train      # tune on train (dev confirms)
    .venv/bin/python benchmarks/rules.py --baseline           # just the scores with every rule on

Articles are parsed once (kept under --parse-cache, keyed by the article's content hash and the
spaCy model) and analysed again for each switch, without the sentiment models. A rule "pays" when
switching it off costs on both corpora; the verdict column says so.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.evaluate import load_gold, score_quotes  # noqa: E402
from analysis.ingest import ingest  # noqa: E402
from analysis.nlp import DEFAULT_MODEL, parse  # noqa: E402
from analysis.pipeline import statements  # noqa: E402
from analysis.quotes.catalogue import catalogue  # noqa: E402
from analysis.quotes.rules import RuleSwitch  # noqa: E402

SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpora" / "wikinews_2019.csv"


def polnear_paths(split: str) -> tuple[Path, Path]:
    return SHARED / "corpora" / f"polnear_{split}.csv", SHARED / "eval" / f"polnear_{split}_gold.jsonl"


def load_polnear_scorer():
    """The shared scorer (tools/score_polnear.py), read in place."""
    spec = importlib.util.spec_from_file_location("score_polnear", SHARED / "tools" / "score_polnear.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def parsed(path: Path, cache_dir: Path, model: str = DEFAULT_MODEL):
    """(articles, docs) of a corpus, the docs from a DocBin cache when this exact text was parsed before."""
    from spacy.tokens import DocBin

    from analysis.nlp import load_model

    articles = ingest([path]).articles
    nlp = load_model(model)
    key = hashlib.sha256((model + ",".join(nlp.pipe_names) + "".join(a.content_hash for a in articles)).encode())
    key = key.hexdigest()[:16]
    file = cache_dir / f"{path.stem}-{key}.spacy"
    if file.exists():
        docs = list(DocBin().from_disk(file).get_docs(nlp.vocab))
    else:
        docs = list(parse(articles, model))
        cache_dir.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(file)
    return articles, docs


@dataclass
class Corpora:
    wikinews: tuple[list, list]
    polnear: tuple[list, list]
    polnear_gold: list[dict]


CORPORA: Corpora | None = None  # the parsed corpora, shared with forked workers


def predictions(articles, docs, rules: RuleSwitch) -> pd.DataFrame:
    rows = []
    for a, d in zip(articles, docs, strict=True):
        records, *_ = statements(a, d, rules)
        rows += [{"row": a.row, "start": q.start, "end": q.end, "speaker": q.speaker, "speaker_type": q.speaker_type,
                  "kind": q.kind, "confidence": q.confidence, "why": q.why} for q in records]
    return pd.DataFrame(rows, columns=["row", "start", "end", "speaker", "speaker_type", "kind", "confidence", "why"])


def evaluate(disabled: tuple[str, ...] = (), count: bool = False) -> dict:
    """Scores on both corpora with these rules off; with `count`, how often each rule decided."""
    c = CORPORA
    fired: dict[str, Counter] = {}
    out: dict = {"disabled": list(disabled)}
    for name, (articles, docs) in (("wikinews", c.wikinews), ("polnear", c.polnear)):
        switch = RuleSwitch(frozenset(disabled), Counter() if count else None)
        pred = predictions(articles, docs, switch)
        fired[name] = switch.fired
        if name == "wikinews":
            q = score_quotes(pred, load_gold(SHARED / "eval").quotes)
            out["wikinews"] = {"speaker_acc": q["speaker_accuracy"], "f1": q["all"]["f1"],
                               "direct_f1": q["direct"]["f1"], "indirect_f1": q["indirect"]["f1"],
                               "precision": q["all"]["precision"], "recall": q["all"]["recall"]}
        else:
            pn = load_polnear_scorer()(c.polnear_gold, pred.to_dict(orient="records"))
            prec, rec = pn["precision"], pn["recall_speech"]
            pn["f1_speech"] = round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0
            out["polnear"] = pn
    if count:
        out["fired"] = {k: dict(v) for k, v in fired.items()}
    return out


def _load(polnear_split: str, cache_dir: Path) -> None:
    global CORPORA
    path, gold = polnear_paths(polnear_split)
    CORPORA = Corpora(parsed(WIKINEWS, cache_dir), parsed(path, cache_dir),
                      [json.loads(line) for line in open(gold, encoding="utf-8")])


def verdict(base: dict, off: dict) -> str:
    """'pays' when switching the rule off loses speaker accuracy + F1 on both corpora (PolNeAR's F1
    over speech-act relations), 'costs' when it gains on both."""
    def delta(key_w: str, key_p: str) -> tuple[float, float]:
        return base["wikinews"][key_w] - off["wikinews"][key_w], base["polnear"][key_p] - off["polnear"][key_p]

    spk = delta("speaker_acc", "speaker_acc_person")
    f1 = delta("f1", "f1_speech")
    gains = [spk[0] + f1[0], spk[1] + f1[1]]
    if all(g > 0 for g in gains):
        return "pays on both"
    if all(g < 0 for g in gains):
        return "costs on both"
    if all(g == 0 for g in gains):
        return "no effect"
    return "pays on " + ("Wikinews" if gains[0] > 0 else "PolNeAR") if max(gains) > 0 else "costs on one"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rules", help="comma-separated rule names (default: all)")
    ap.add_argument("--polnear", default="dev", choices=("dev", "train"))
    ap.add_argument("--parse-cache", default=os.environ.get("PARSE_CACHE", str(ROOT / ".analysis_cache" / "parses")))
    ap.add_argument("--baseline", action="store_true", help="only the scores with every rule on")
    ap.add_argument("--json", help="also write the table as JSON here")
    ap.add_argument("--dump", metavar="DIR", help="write the statements found with every rule on (wikinews.jsonl, "
                    "polnear.jsonl) to compare two versions of the rules")
    ap.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    if not WIKINEWS.exists():
        print(f"needs the shared corpora: {WIKINEWS} not found", file=sys.stderr)
        return 2
    _load(args.polnear, Path(args.parse_cache))
    base = evaluate(count=True)
    w, p = base["wikinews"], base["polnear"]
    print(f"all rules on — Wikinews: speaker {w['speaker_acc']:.3f}, F1 {w['f1']:.3f} (direct {w['direct_f1']:.3f}, "
          f"indirect {w['indirect_f1']:.3f}); PolNeAR {args.polnear}: speaker_acc_person {p['speaker_acc_person']:.3f}, "
          f"recall_speech {p['recall_speech']:.3f} (direct {p['recall_speech_direct']:.3f}, indirect "
          f"{p['recall_speech_indirect']:.3f}), recall_direct {p['recall_direct']:.3f}, precision {p['precision']:.3f}, "
          f"F1 over speech {p['f1_speech']:.3f}")
    if args.dump:
        out = Path(args.dump)
        out.mkdir(parents=True, exist_ok=True)
        for name, (articles, docs) in (("wikinews", CORPORA.wikinews), ("polnear", CORPORA.polnear)):
            frame = predictions(articles, docs, RuleSwitch())
            texts = {a.row: a.text for a in articles}
            frame["quote"] = [texts[r][s:e] for r, s, e in zip(frame["row"], frame["start"], frame["end"], strict=True)]
            frame.to_json(out / f"{name}.jsonl", orient="records", lines=True, force_ascii=False)
    if args.baseline:
        return 0
    tables = {rule.__name__: table for table, rules in catalogue().items() for rule in rules}
    names = args.rules.split(",") if args.rules else list(tables)
    mp = __import__("multiprocessing").get_context("fork")
    with ProcessPoolExecutor(args.processes, mp_context=mp) as pool:
        offs = list(pool.map(evaluate, [(n,) for n in names]))
    rows = []
    for name, off in zip(names, offs, strict=True):
        rows.append({"rule": name, "table": tables.get(name, "?"),
                     "fires_wikinews": base["fired"]["wikinews"].get(name, 0),
                     "fires_polnear": base["fired"]["polnear"].get(name, 0),
                     "d_speaker_wikinews": round(w["speaker_acc"] - off["wikinews"]["speaker_acc"], 3),
                     "d_f1_wikinews": round(w["f1"] - off["wikinews"]["f1"], 3),
                     "d_speaker_polnear": round(p["speaker_acc_person"] - off["polnear"]["speaker_acc_person"], 3),
                     "d_f1_speech_polnear": round(p["f1_speech"] - off["polnear"]["f1_speech"], 3),
                     "verdict": verdict(base, off)})
    table = pd.DataFrame(rows)
    pd.set_option("display.width", 250)
    pd.set_option("display.max_rows", 500)
    print("\nWhat each rule is worth (Δ = score with every rule on − score with this one off):")
    print(table.drop(columns=["table"]).to_string(index=False))
    if args.json:
        Path(args.json).write_text(json.dumps({"base": base, "rules": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
