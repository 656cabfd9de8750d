"""Reporting cues: which words introduce speech (the word lists live in lexicon.py)."""

from __future__ import annotations

from .lexicon import DIRECT_VERBS, INDIRECT_VERBS


def indirect_cue_word(lemma: str, pos: str, lower: str = "") -> bool:
    """A verb introducing reported speech (the signature of nlp.positions tests)."""
    return lemma.lower() in INDIRECT_VERBS and pos in ("VERB", "AUX")


def is_direct_cue(token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in DIRECT_VERBS and token.pos_ in ("VERB", "AUX"):
        return True
    if puts_it(token):
        return True
    # the tagger sometimes calls a sentence-final "said" an adjective or noun
    return token.lower_ in ("said", "says", "told", "added", "wrote", "asked") and token.pos_ in ("ADJ", "NOUN", "PROPN")


def puts_it(token) -> bool:
    """'as Rosenthal put it, “…”', 'she put it this way: “…”': 'put it' says how someone worded something."""
    return token.lemma_.lower() == "put" and token.pos_ == "VERB" and \
        any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)


def cue_phrase(token) -> str:
    """The cue as written: the verb, with a particle or 'to' where it belongs to it."""
    parts = [token]
    for child in token.children:
        if child.dep_ == "prt" and child.i == token.i + 1 or puts_it(token) and child.dep_ == "dobj":
            parts.append(child)
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
