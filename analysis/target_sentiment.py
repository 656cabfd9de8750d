"""Sentiment toward a target (a person or organisation named in a sentence), and a statement's tone.

TextBlob scores words; news tone depends on who does what to whom ("X was accused of …" is
negative for X, not for the accuser). The model is a logistic regression over the sentence with the
target masked, its local window, the clause that governs it, its syntactic role and lexicon scores
near it (VADER, TextBlob). It is trained by scripts/train_target_sentiment.py on NewsMTSC and
shipped in analysis/data/ so a fresh clone needs neither training nor download.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .nlp import doc_ents
from .quotes.lexicon import SUBJECTS
from .sentiment import textblob_scores

LABELS = ("negative", "neutral", "positive")
MODEL_PATH = Path(__file__).resolve().parent / "data" / "target_sentiment.pickle.gz"
TONE_PATH = MODEL_PATH.with_name("tone.pickle.gz")
SAY = frozenset({"said", "says", "say", "told", "tells", "added", "stated", "wrote", "argued", "claimed",
                 "insisted", "according"})
WINDOW = 5


@functools.lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@functools.lru_cache(maxsize=4096)  # a sentence's score serves each of its targets
def _compound(text: str) -> float:
    return _vader().polarity_scores(text)["compound"]


def features(span, start: int, end: int) -> tuple[str, str, str, dict[str, float]]:
    """Text channels and named features for the target at character offsets [start, end) of
    `span` (a spaCy Doc or Span: one sentence or statement)."""
    toks = list(span)
    base = span.start_char if hasattr(span, "start_char") else 0
    text = span.text
    a, b = start - base, end - base
    inside = [t for t in toks if t.idx - base < b and t.idx - base + len(t) > a] or toks[:1]
    lo, hi = inside[0].i, inside[-1].i
    first = toks[0].i

    def words(seq) -> str:
        return " ".join("TGT" if lo <= t.i <= hi else t.lower_ for t in seq)

    root = span.doc[lo:hi + 1].root
    head = root.head
    clause = list(head.subtree)
    window = toks[max(0, lo - first - WINDOW):hi - first + WINDOW + 1]
    role = root.dep_
    f: dict[str, float] = {f"role_{role}": 1, f"rh_{role}_{head.lower_}": 1}
    x, path = root, []
    while x.head != x and len(path) < 4:
        path.append(x.dep_)
        x = x.head
        f[f"anc_{x.lower_}"] = 1
    f["path_" + "/".join(path)] = 1
    for c in head.children:
        if c != root:
            f[f"hc_{c.dep_}_{c.lower_}"] = 1
    lexicon = _vader().lexicon
    wide = toks[max(0, lo - first - WINDOW - 1):hi - first + WINDOW + 2]
    for name, value in (("vs", _compound(text)), ("vw", _compound(" ".join(t.text for t in wide))),
                        ("vc", _compound(" ".join(t.text for t in clause))),
                        ("vt", _compound(" ".join(t.text for t in root.subtree)))):
        f[name] = value
        f[f"{name}_{role}"] = value
        f[f"{name}_bin_" + ("neg" if value < -0.05 else "pos" if value > 0.05 else "neu")] = 1
    head_lex = lexicon.get(head.lower_, 0.0) / 4
    negated = any(c.dep_ == "neg" for c in head.children)
    f.update({"hlex": head_lex, f"hlex_{role}": head_lex, "neg": int(negated),
              "neg_hlex": -head_lex if negated else head_lex})
    polarity, subjectivity = textblob_scores(text)
    f.update({"ts": polarity, "tsub": subjectivity,
              "tw": textblob_scores(" ".join(t.text for t in wide))[0],
              "first": int(lo == first), "quote_in": int("“" in text or '"' in text),
              "tgt_in_quote": int(text[:a].count("“") > text[:a].count("”")),
              "speaker_role": int(role in SUBJECTS and head.lower_ in SAY)})
    for w in text[a:b].lower().split():
        f[f"m_{w}"] = 1
    return words(toks), words(window), words(clause), f


class TargetSentimentModel:
    """TF-IDF text channels and a feature dictionary (the row's last item) feeding one logistic
    regression; three channels for a target, one for a statement's tone."""

    def __init__(self, C: float = 1.0, n_text: int = 3) -> None:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        def tfidf():
            return TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"\S+")

        self.text = [tfidf() for _ in range(n_text)]
        self.dict = DictVectorizer()
        self.clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")

    def _matrix(self, rows, fit: bool):
        from scipy.sparse import hstack

        cols = list(zip(*rows, strict=True))
        parts = [(v.fit_transform if fit else v.transform)(list(c)) for v, c in zip(self.text, cols, strict=False)]
        parts.append((self.dict.fit_transform if fit else self.dict.transform)(list(cols[-1])))
        return hstack(parts).tocsr()

    def fit(self, rows, labels: list[int]) -> TargetSentimentModel:
        self.clf.fit(self._matrix(rows, fit=True), labels)
        return self

    def predict_proba(self, rows):
        return self.clf.predict_proba(self._matrix(rows, fit=False))


@functools.lru_cache(maxsize=4)  # keyed by path: the target and the tone model stay loaded together
def load_model(path: Path = MODEL_PATH) -> TargetSentimentModel:
    """A gzipped pickle: the C unpickler reads it ten times faster than joblib's Python one."""
    import gzip
    import pickle

    with gzip.open(path, "rb") as fh:
        return pickle.load(fh)


def save_model(model: TargetSentimentModel, path: Path) -> None:
    import gzip
    import pickle

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as fh:
        pickle.dump(model, fh, protocol=5)  # no time stamp: the same model gives the same bytes


def classify(rows, path: Path = MODEL_PATH) -> list[tuple[str, float, float]]:
    """(label, probability of that label, P(positive) − P(negative)) for each feature row."""
    if not rows:
        return []
    probs = load_model(path).predict_proba(rows)
    return [(LABELS[int(p.argmax())], round(float(p.max()), 4), round(float(p[2] - p[0]), 4)) for p in probs]


TARGET_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place"}


@dataclass
class Pending:
    """Feature rows of some statements, waiting to be classified with many others at once."""

    tones: list = field(default_factory=list)  # (record, row)
    targets: list = field(default_factory=list)  # (record, name, kind, start, end, row)


def collect(doc, records, registry, pending: Pending) -> None:
    """Adds the tone row of each statement and a row per person or organisation it names."""
    from .quotes.coreference import is_person_entity

    for rec in records:
        span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        pending.tones.append((rec, tone_features(span)))
        for ent in doc_ents(doc):
            if ent.label_ not in TARGET_TYPES or ent.start_char < rec.start or ent.end_char > rec.end:
                continue
            if ent.root.dep_ in ("compound", "amod"):  # "U.S. weapons", "Ukrainian officials": not a target
                continue
            if ent.label_ == "PERSON" and is_person_entity(ent, registry):
                name, kind = registry.canonical_person(ent.text), "person"
            else:
                name = re.sub(r"^the\s+", "", ent.text.removesuffix("’s").removesuffix("'s").strip(), flags=re.I)
                kind = "organization" if ent.label_ == "PERSON" else TARGET_TYPES[ent.label_]
            if name:
                pending.targets.append((rec, name, kind, ent.start_char, ent.end_char,
                                        features(span, ent.start_char, ent.end_char)))


def resolve(pending: Pending) -> None:
    """Sets tone, tone_p and targets on the collected statements: two model calls in all."""
    from .models import TargetTone

    for (rec, _), (label, p, _) in zip(pending.tones, classify([r for _, r in pending.tones], TONE_PATH),
                                       strict=True):
        rec.tone, rec.tone_p = label, p
    for (rec, name, kind, a, b, _), (label, p, score) in zip(
            pending.targets, classify([t[-1] for t in pending.targets]), strict=True):
        rec.targets.append(TargetTone(name, kind, a, b, label, p, score))


def tone_features(span) -> tuple[str, dict[str, float]]:
    """A statement's own tone: the same channels with no target marked."""
    text = span.text
    polarity, subjectivity = textblob_scores(text)
    value = _compound(text)
    return (" ".join(t.lower_ for t in span),
            {"vs": value, "vs_bin_" + ("neg" if value < -0.05 else "pos" if value > 0.05 else "neu"): 1,
             "ts": polarity, "tsub": subjectivity})

