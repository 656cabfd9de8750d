"""Every figure an analyst's view rests on, in one run: statement and speaker accuracy on the Wikinews
gold, PolNeAR dev and train; who each PolNeAR dev source is across the corpus (identity); when each
statement was said (both statement-date golds); and the audit of PolNeAR train's speaker list.

    .venv/bin/python scripts/measure.py                       # all corpora, one JSON line per measure
    .venv/bin/python scripts/measure.py --only wikinews,dev    # a subset (wikinews, dev, train)
    .venv/bin/python scripts/measure.py --out /tmp/m          # also keep predictions and speaker lists
    .venv/bin/python scripts/measure.py --errors              # the scorers' error lists on stderr

Articles are parsed once (a DocBin per corpus under --parse-cache, keyed by the texts and the model)
and then analysed exactly as `python -m analysis quotes --count-copies` does, corpus-level steps
included.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import corpus as corpus_mod  # noqa: E402
from analysis import frames  # noqa: E402
from analysis.evaluate import load_gold, score_quotes  # noqa: E402
from analysis.ingest import ingest  # noqa: E402
from analysis.nlp import DEFAULT_MODEL, load_model, parse  # noqa: E402
from analysis.pipeline import analyse_doc  # noqa: E402
from analysis.quotes.rules import ALL_ON, RuleSwitch  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPORA = {"wikinews": SHARED / "corpora" / "wikinews_2019.csv",
           "dev": SHARED / "corpora" / "polnear_dev.csv",
           "train": SHARED / "corpora" / "polnear_train.csv"}


def tool(name: str):
    """A scorer from ../shared/tools, read in place."""
    spec = importlib.util.spec_from_file_location(name, SHARED / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parsed(path: Path, cache_dir: Path, model: str = DEFAULT_MODEL):
    """(articles, docs) of a corpus, the docs from a DocBin cache when this exact text was parsed before."""
    from spacy.tokens import DocBin

    articles = ingest([path]).articles
    nlp = load_model(model)
    key = hashlib.sha256((model + ",".join(nlp.pipe_names) + "".join(a.content_hash for a in articles)).encode())
    file = cache_dir / f"{path.stem}-{key.hexdigest()[:16]}.spacy"
    if file.exists():
        return articles, list(DocBin().from_disk(file).get_docs(nlp.vocab))
    docs = list(parse(articles, model))
    cache_dir.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(file)
    return articles, docs


def analysed(articles, docs, rules: RuleSwitch = ALL_ON) -> corpus_mod.Corpus:
    """The corpus as build_corpus makes it (targets, speaker identity, copies, labels)."""
    analyses = [analyse_doc(a, d, rules=rules) for a, d in zip(articles, docs, strict=True)]
    return corpus_mod.from_frames(frames.quotes_frame(analyses), frames.timeline_frame(analyses),
                                  frames.targets_frame(analyses), frames.articles_frame(analyses),
                                  frames.ingest_frame([]), rules)


def _records(df: pd.DataFrame) -> list[dict]:
    return json.loads(df.to_json(orient="records", force_ascii=False))


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def measure(name: str, corpus: corpus_mod.Corpus, errors: bool, out: Path | None) -> dict:
    pred_df = corpus.statements(count_copies=True)[frames.QUOTE_COLUMNS]
    pred = _records(pred_df)
    result: dict = {"corpus": name, "statements": len(pred)}
    ev = SHARED / "eval"
    if name == "wikinews":
        q = score_quotes(pred_df, load_gold(ev).quotes)
        result.update(speaker_acc=round(q["speaker_accuracy"], 3), direct_f1=round(q["direct"]["f1"], 3),
                      indirect_f1=round(q["indirect"]["f1"], 3), all_f1=round(q["all"]["f1"], 3))
        result["dates"] = _dates(ev / "statement_dates_dev_2019.jsonl", pred, errors)
    else:
        gold = _load(ev / f"polnear_{name}_gold.jsonl")
        pn = tool("score_polnear").score(gold, pred)
        result.update({k: pn[k] for k in ("speaker_acc_person", "precision", "recall_speech", "recall_direct")
                       if k in pn})
        if name == "dev":
            result["identity"] = tool("score_identity").score(gold, _load(ev / "polnear_dev_identity.jsonl"), pred,
                                                              errors)
            result["dates"] = _dates(ev / "statement_dates_polnear_dev.jsonl", pred, errors)
    speakers = corpus.speakers(count_copies=True)
    audit = tool("audit_speakers")
    rows = [{k: str(v) for k, v in r.items()} for r in _records(speakers)]
    result["audit"] = audit.audit(rows)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        pred_df.to_json(out / f"{name}_quotes.jsonl", orient="records", lines=True, force_ascii=False)
        speakers.to_csv(out / f"{name}_speakers.csv", index=False)
    return result


def _dates(gold: Path, pred: list[dict], errors: bool) -> dict:
    return tool("score_statement_dates").score(_load(gold), pred, errors)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="wikinews,dev,train")
    ap.add_argument("--parse-cache", default=str(ROOT / ".parse-cache"))
    ap.add_argument("--disable-rules", default="")
    ap.add_argument("--out")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    rules = RuleSwitch(frozenset(n for n in args.disable_rules.split(",") if n))
    for name in args.only.split(","):
        articles, docs = parsed(CORPORA[name], Path(args.parse_cache))
        result = measure(name, analysed(articles, docs, rules), args.errors, Path(args.out) if args.out else None)
        print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
