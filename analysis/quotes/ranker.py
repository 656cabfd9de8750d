"""A learned second opinion on who speaks: the phrases around a statement that could be its source,
ranked by a small logistic model trained on PolNeAR train (scripts/train_speaker_ranker.py; the
README gives its provenance and figures).

The rules decide first. The ranker steps in where they found no speaker, or where it is much surer
of another candidate than of the rules' choice; its decision travels as the rule `speaker_ranker`.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .lexicon import ANONYMOUS_NOUNS, ORG_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, ROLE_NOUNS, SUBJECTS, TITLES
from .marks import QuoteSpan, inside
from .statement import Candidate, Speaker

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "speaker_ranker.json.gz"
CANDIDATE_POS = frozenset(("PROPN", "NOUN", "PRON"))


@dataclass(frozen=True)
class Ranker:
    weights: dict[str, float]
    bias: float
    threshold: float  # the least probability at which the ranker names a speaker the rules did not find
    margin: float  # how much surer than of the rules' choice it must be to overrule them

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return _sigmoid(z)

    def bounds(self, features: dict[str, float]) -> tuple[float, float]:
        """Upper bounds of `probability` for a candidate of these features once it is known whom it
        resolves to (the features that depend on that are left out here): whoever it is, and when
        it is a person. 1e-9 loose, so float rounding never puts them below the probability."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items() if not _resolving(k))
        cls = next((k.removeprefix("class=") for k in features if k.startswith("class=")), "")
        most = self._most
        anyone = most["resolves="] + most["resolves_how="] + most.get(f"class&resolves={cls}&", 0.0) + most["previous"]
        as_person = (self.weights.get("resolves=person", 0.0) + most["resolves_how="] + max(
            0.0, self.weights.get(f"class&resolves={cls}&person", 0.0)) + most["previous"])
        return _sigmoid(z + anyone + 1e-9), _sigmoid(z + as_person + 1e-9)

    @functools.cached_property
    def _most(self) -> dict[str, float]:
        """The largest weight of each feature that depends on whom a candidate resolves to, 0 at
        least (a value the model has no weight for adds nothing)."""
        most = {"resolves=": 0.0, "resolves_how=": 0.0, "previous": max(0.0, self.weights.get("previous_speaker", 0.0))}
        for k, w in self.weights.items():
            if k.startswith("class&resolves="):
                key = k[:k.rindex("&") + 1]
                most[key] = max(most.get(key, 0.0), w)
            elif k.startswith(("resolves=", "resolves_how=")):
                key = k[:k.index("=") + 1]
                most[key] = max(most[key], w)
        return most


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _resolving(key: str) -> bool:
    """A feature that depends on whom the candidate resolves to (features(): `speaker`, `previous`)."""
    return key.startswith(("resolves=", "resolves_how=", "class&resolves=")) or key == "previous_speaker"


@functools.lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> Ranker | None:
    """The shipped model, or None where it is missing (the rules then decide alone)."""
    if not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return Ranker(data["weights"], data["bias"], data["threshold"], data["margin"])


def save(ranker: Ranker, path: Path = MODEL_PATH) -> None:
    data = {"weights": dict(sorted(ranker.weights.items())), "bias": ranker.bias, "threshold": ranker.threshold,
            "margin": ranker.margin}
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(json.dumps(data, indent=0, sort_keys=True).encode("utf-8"))


def _first_token(doc, cand: Candidate):
    span = doc.char_span(cand.pieces[0][0], cand.pieces[0][1], alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def candidates(cand: Candidate, doc, quotes: list[QuoteSpan]) -> list:
    """Phrase heads in the statement's sentence and the sentences either side, outside every quote
    and outside the statement itself; the rules' subject is always among them."""
    ref = cand.cue if cand.cue is not None else _first_token(doc, cand)
    if ref is None:
        return [cand.subject] if cand.subject is not None else []
    sent = ref.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    hi = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    out = [cand.subject] if cand.subject is not None else []
    for tok in doc[lo:hi]:
        if tok.pos_ not in CANDIDATE_POS or tok.dep_ == "compound" or inside(quotes, tok.idx) is not None:
            continue
        if any(s <= tok.idx < e for s, e in cand.pieces) or tok in out:
            continue
        out.append(tok)
    return out


def _bucket(n: int) -> str:
    for edge in (0, 2, 5, 10, 20, 40):
        if abs(n) <= edge:
            return f"{'-' if n < 0 else '+'}{edge}"
    return "-far" if n < 0 else "+far"


def _word_class(tok) -> str:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in PERSON_PRONOUNS or low in ("i", "me"):
        return "person_pronoun"
    if low in PLURAL_PRONOUNS or low == "we":
        return "plural_pronoun"
    if lemma in ROLE_NOUNS or lemma in TITLES:
        return "role"
    if lemma in ORG_NOUNS:
        return "institution"
    if lemma in ANONYMOUS_NOUNS:
        return "unnamed"
    return tok.pos_


UNDESCRIBED = Speaker("", "", None, None, None, "")  # whom a candidate resolves to, not yet asked


def second_opinion(model: Ranker, toks: list, cand: Candidate, speaker: Speaker, describe: Callable[..., Speaker],
                   previous: Speaker | None) -> Speaker | None:
    """The person the model names instead of the rules' `speaker` (the speaker of `cand.subject`,
    toks[0] when there is one), or None: the candidate of highest probability (the first of equals)
    when it is not the rules' own, names a person, and is sure enough (`threshold` where the rules
    found no one, else `margin` above the rules' choice).

    Exactly that, but a candidate is described (`describe`: the rules run on it, the costly part)
    only when the upper bound of its probability (Ranker.bounds) says it could still decide."""
    subject = 0 if cand.subject is not None else None
    scored: dict[int, tuple[float, Speaker]] = {}

    def score(i: int) -> float:
        sp = speaker if i == subject else describe(toks[i])
        scored[i] = (model.probability(features(toks[i], cand, sp, previous)), sp)
        return scored[i][0]

    rule_p = score(subject) if subject is not None else 0.0

    def decides(p: float) -> bool:
        return (not speaker.resolved and p >= model.threshold) or p - rule_p >= model.margin

    bounds = {i: model.bounds(features(toks[i], cand, UNDESCRIBED, None)) for i in range(len(toks)) if i != subject}
    if not any(decides(as_person) for _, as_person in bounds.values()):
        return None  # no other candidate could name a person sure enough
    for i in sorted(bounds, key=lambda i: -bounds[i][0]):
        if scored and bounds[i][0] < max(p for p, _ in scored.values()):
            break  # neither this nor any after it can be the most probable
        score(i)
    best = max(sorted(scored), key=lambda i: scored[i][0])
    p, chosen = scored[best]
    if best == subject or chosen.type != "person" or not decides(p):
        return None  # it names people; institutions and unnamed sources stay the rules'
    return chosen


def features(tok, cand: Candidate, speaker: Speaker, previous: Speaker | None) -> dict[str, float]:
    """What the model sees of one candidate: its syntax toward the cue, where it stands, what it is,
    and who it resolves to (`speaker`, by the rules' own describe())."""
    ref = cand.cue if cand.cue is not None else _first_token(tok.doc, cand)
    f: dict[str, float] = {
        "bias_kind=" + cand.kind: 1.0,
        "mode=" + cand.mode: 1.0,
        "dep=" + tok.dep_: 1.0,
        "class=" + _word_class(tok): 1.0,
        "ent=" + (tok.ent_type_ or "none"): 1.0,
        "dist=" + _bucket(tok.i - ref.i): 1.0,
        "resolves=" + speaker.type: 1.0,
        "resolves_how=" + speaker.how: 1.0,
        "sent=" + ("same" if tok.sent == ref.sent else "before" if tok.i < ref.i else "after"): 1.0,
    }
    if tok is cand.subject:
        f["rule_subject"] = 1.0
        f["rule_subject&mode=" + cand.mode] = 1.0
    if cand.cue is not None:
        if tok.head == cand.cue:
            f["child_of_cue=" + tok.dep_] = 1.0
        elif any(a == cand.cue for a in tok.ancestors):
            f["below_cue"] = 1.0
        if any(a == tok for a in cand.cue.ancestors):
            f["above_cue"] = 1.0
    if tok.dep_ in SUBJECTS:
        f["subject_of=" + tok.head.pos_] = 1.0
    if previous is not None and speaker.resolved and speaker.name == previous.name:
        f["previous_speaker"] = 1.0
    f["class&resolves=" + _word_class(tok) + "&" + speaker.type] = 1.0
    return f
