"""Names and noun phrases read off the parse: the pieces every speaker rule is built from."""

from __future__ import annotations

import re

from ..nlp import doc_ents, doc_text
from .lexicon import ANONYMOUS_NOUNS, DIRECT_VERBS, MAKING_VERBS, NAME_PREFIXES, OUTLET_SUFFIXES, OUTLET_WORDS
from .names import is_epithet, is_headline_verb

POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


QUOTED_NICKNAME = re.compile(r"\s+[\"“‘'][A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?[\"”’']\s+")
NAME_EDGES = " ,.;:-—–―‒•*\"“”‘’'()"
DASHES = frozenset("- – — ― -- ‒".split())
# written only before a name with its full stop: "Del. Stacey Plaskett", "the Rev. Peter Wherry"
DOTTED_TITLES = frozenset("del. rev. msgr. fr. hon. amb. supt. insp. atty.".split())


def clean_name(text: str) -> str:
    """'President Zelenskyy's' → 'Zelenskyy'; keeps inner punctuation (O'Brien, Jean-Luc). Words around a
    name that are no part of it go: an epithet or adverb before it ('Crooked Hillary Clinton', 'Maybe
    Trump'), a headline's verb after it ('Obama Says …', 'Tom Nides Thanked Clinton' → 'Tom Nides'), what
    a spaced dash or a case's 'v.' joins to it ('Weak - Rubio' → 'Rubio', 'Trump v. Trump' → 'Trump'), a
    nickname in quote marks ('Robert C. "Bobby" Scott' → 'Robert C. Scott')."""
    text = POSSESSIVE.sub("", text.strip()).strip(NAME_EDGES)
    text = QUOTED_NICKNAME.sub(" ", text)  # 'Marcia "Cia" Price' → 'Marcia Price'
    words = text.split()
    while len(words) > 1 and (_prefix(words[0]) or words[0] in DASHES):
        words.pop(0)  # "Officers Antoine Quirin and …": titles in the plural too
    cut = next((i for i, w in enumerate(words) if i > 0 and (
        headline_verb(w) or w in DASHES or w in ("v.", "vs.", "v", "vs")
        or is_headline_verb(w) and i < len(words) - 1)), None)
    if cut is not None:
        words = words[:cut]
    return " ".join(words).strip(NAME_EDGES)


def _prefix(word: str) -> bool:
    """A title, an occupation or an epithet written before a name."""
    low = word.lower()
    return low.rstrip(".") in NAME_PREFIXES or (low.endswith("s") and low[:-1] in NAME_PREFIXES) or \
        low in DOTTED_TITLES or is_epithet(word)  # 'Officers', not 'Gene' for 'gen


def headline_verb(word: str) -> bool:
    """'Says', 'Slams', 'Denies': a capitalised speech verb in the third person, as title-case
    headlines write it ('Obama Says Museum Will Tell …'); no surname has that form."""
    low = word.lower()
    if not (word[:1].isupper() and low.endswith("s") and len(low) > 3):
        return False
    return low[:-1] in DIRECT_VERBS or low.endswith("es") and low[:-2] in DIRECT_VERBS or \
        low.endswith("ies") and low[:-3] + "y" in DIRECT_VERBS


def looks_like_outlet(name: str) -> bool:
    low = name.lower().strip()
    words = low.replace("the ", "").split()
    if not words:
        return False
    return low in OUTLET_WORDS or words[0] in OUTLET_WORDS or low.endswith(OUTLET_SUFFIXES)


def clean_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def span_text(doc, toks) -> str:
    return doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1])]


def noun_phrase(head) -> list:
    """The subject phrase without relative clauses and edge punctuation."""
    skip: set[int] = set()
    for desc in head.subtree:
        if desc.i != head.i and desc.dep_ in ("relcl", "acl", "advcl") and desc.pos_ in ("VERB", "AUX"):
            skip.update(t.i for t in desc.subtree)
    toks = [t for t in head.subtree if t.i not in skip]
    # keep the contiguous run around the head
    lo = hi = toks.index(head)
    while lo > 0 and toks[lo - 1].i == toks[lo].i - 1:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].i == toks[hi].i + 1:
        hi += 1
    toks = toks[lo:hi + 1]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct and toks[-1].text != ")" or toks[-1].is_space):
        toks.pop()
    return toks


def entity_of(token, labels: tuple[str, ...]):
    for ent in doc_ents(token.doc):
        if ent.start <= token.i < ent.end and ent.label_ in labels:
            return ent
    return None


def of_objects(head) -> list:
    """What 'of' attaches to the head: 'one of the children', 'Minister of Scotland …'."""
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def appositions(head) -> list:
    """Appositives and theirs: 'news source X's director, Rachel Giese,' reaches Giese; 'the director
    of Amnesty International, Mariela Belski,' too, where the parse sets her beside the institution."""
    out, todo = [], [head]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "appos":
                out.append(child)
                todo.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                todo += [g for g in child.children if g.dep_ == "pobj"]
    return out


def maker(head):
    """Who made a document or report: its possessive ('CNN's projections', 'its polling') or 'by X'
    or 'from X' ('a statement by the Department of Defense'), who gave it ('a speech Mrs. Clinton delivered',
    'prompted his wife to make a comment that …'); None if the phrase names no one."""
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    for child in head.children:  # "a speech [that] Mrs. Clinton delivered": a relative clause with no object of its own
        if child.dep_ == "relcl" and child.lemma_.lower() in MAKING_VERBS and \
                not any(g.dep_ == "dobj" and g.lower_ not in ("that", "which") for g in child.children):
            return _doer(child)
    if head.dep_ == "dobj" and head.head.lemma_.lower() in MAKING_VERBS:  # "X made a comment that …"
        return _doer(head.head)
    return None


def _doer(verb):
    """The subject of a verb; for 'prompted his wife to make …' (no subject of its own), the object that controls it."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
    if subject is not None and subject.dep_ == "agent":
        subject = next((g for g in subject.children if g.dep_ == "pobj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if subject is None or subject.lower_ in ("that", "which", "who"):
        return None
    return subject


def strip_article(text: str) -> str:
    words = clean_possessive(text).split()  # "the family's (statement)" → "family"
    if words and words[0].lower() in ("the", "a", "an") and not (words[0] == "The" and len(words) > 1 and looks_like_outlet(text)):
        words = words[1:]
    return " ".join(words)


def capitalised_name(toks, head) -> bool:
    """'The Aviation Herald' tagged as common nouns is still a name."""
    words = [t for t in toks if t.is_alpha and t.dep_ not in ("det", "poss", "case")]
    if not words or head.pos_ not in ("NOUN", "PROPN") or not head.text[:1].isupper():
        return False
    if len(words) == 1 and head.is_sent_start:
        return False
    return all(t.text[:1].isupper() for t in words) and head.lower_ not in ANONYMOUS_NOUNS


def is_definite(head) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "many", "several") for c in head.children)


def org_name(toks, head, ent) -> str:
    doc = head.doc
    if ent is not None and ent.root.i == head.i or ent is not None and len(ent) >= 2:
        text = ent.text
        # "CNN Philippines": an organisation's name before a place the NER split off
        outlet = [c for c in head.children if c.dep_ == "compound" and c.ent_type_ == "ORG" and c.i < ent.start]
        if ent.label_ == "GPE" and outlet and outlet[-1].i == ent.start - 1:
            text = doc_text(doc)[outlet[0].idx:ent.end_char]
        # keep a bracketed acronym that follows the entity: "Federal Security Service (FSB)"
        after = doc_text(doc)[ent.end_char:ent.end_char + 12]
        if after.startswith(" (") and ")" in after:
            text = text + after[:after.index(")") + 1]
        elif text.count("(") > text.count(")") and after.startswith(")"):  # the entity stopped short of it
            text += ")"
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.text == "The" and not before.is_sent_start:
            text = "The " + text  # "newspaper The Hindu": a capital The mid-sentence belongs to the title
    else:
        prop = [t for t in toks if t.pos_ in ("PROPN",) or t.i == head.i]
        text = span_text(doc, prop) if prop else head.text
    text = clean_possessive(text)
    words = text.split()
    if words and words[0].lower() == "the":
        if not (words[0] == "The" and head.i > 0 and doc[head.left_edge.i].text == "The"
                and head.left_edge.idx > 0 and not doc[head.left_edge.i].is_sent_start):
            words = words[1:]
    return " ".join(words)
