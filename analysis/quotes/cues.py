"""Reporting cues: which words introduce speech, and how strongly."""

from __future__ import annotations

# Verbs whose clausal complement is reported speech (indirect quotes).
INDIRECT_VERBS = frozenset("""
say tell report warn add claim announce argue insist deny confirm state allege indicate promise
estimate note testify explain stress acknowledge admit suggest write tweet post predict reveal
disclose declare assert maintain contend comment remark mention caution emphasise
emphasize recall complain concede observe vow pledge threaten advise agree disagree conclude
assure inform reiterate underline highlight point hint signal speculate theorize theorise
guarantee forecast boast brag lament clarify specify recount
describe characterise characterize
""".split())

# Verbs that attribute a direct quote next to them ("…,” she said / he asked: “…”).
DIRECT_VERBS = INDIRECT_VERBS | frozenset("""
ask continue begin conclude joke quip shout scream yell exclaim plead beg urge demand reply
answer wonder muse laugh sigh recount tell call describe label dub term characterise
characterize refer praise criticise criticize slam blast write tweet post
""".split())

# Verbs that take a quoted fragment as a description: describe X as “…”, call it “…”.
FRAGMENT_VERBS = frozenset("""
describe call label dub term characterise characterize brand deem refer praise criticise
criticize slam blast denounce condemn hail say warn urge promise vow declare add tell
""".split())

# Verbs taking a non-finite complement that is still reported speech: promised to pay.
NONFINITE_VERBS = frozenset("promise vow pledge threaten urge ask call advise warn".split())

# Findings of studies and data are not statements (evaluation convention).
RESEARCH_NOUNS = frozenset("""
study research data survey analysis model poll finding evidence figure statistic result
experiment trial paper test
""".split())
RESEARCH_VERBS = frozenset("find show suggest indicate reveal demonstrate".split())


def indirect_cue_word(lemma: str, pos: str, lower: str = "") -> bool:
    """A verb introducing reported speech (the signature of nlp.positions tests)."""
    return lemma.lower() in INDIRECT_VERBS and pos in ("VERB", "AUX")


def is_direct_cue(token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in DIRECT_VERBS and token.pos_ in ("VERB", "AUX"):
        return True
    # the tagger sometimes calls a sentence-final "said" an adjective or noun
    return token.lower_ in ("said", "says", "told", "added", "wrote", "asked") and token.pos_ in ("ADJ", "NOUN", "PROPN")


def cue_phrase(token) -> str:
    """The cue as written: the verb, with a particle or 'to' where it belongs to it."""
    parts = [token]
    for child in token.children:
        if child.dep_ == "prt" and child.i == token.i + 1:
            parts.append(child)
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
