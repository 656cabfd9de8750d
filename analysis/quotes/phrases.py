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
    nickname in quote marks ('Robert C. "Bobby" Scott' → 'Robert C. Scott'); and what NAME_CUTS cut
    (a link, a colon, a stray quote mark, a lower-case word at either end)."""
    text = QUOTED_NICKNAME.sub(" ", text.strip())  # 'Marcia "Cia" Price' → 'Marcia Price'
    for cut in NAME_CUTS:
        text = cut(text)
    text = POSSESSIVE.sub("", text.strip()).strip(NAME_EDGES)
    words = text.split()
    while len(words) > 1 and (_prefix(words[0]) or words[0] in DASHES or _office_before_name(words)):
        words.pop(0)  # "Officers Antoine Quirin and …": titles in the plural too
    cut = next((i for i, w in enumerate(words) if i > 0 and (
        headline_verb(w) or w in DASHES or w in ("v.", "vs.", "v", "vs")
        or is_headline_verb(w) and i < len(words) - 1)), None)
    if cut is not None:
        words = words[:cut]
    return " ".join(words).strip(NAME_EDGES)


# Name cuts: each takes the written name and returns it without what is no part of any name.

def invisible_marks(text: str) -> str:
    """'Doug\u00adAndres': a soft hyphen or a zero-width character inside a name is no letter of it."""
    return INVISIBLE.sub("", text)


def link_or_colon_ends_name(text: str) -> str:
    """'Joseph P. Kahn: http://bit.ly/1ICP930', 'Sara Bondioli @sbondioli': a colon, a link or a handle
    ends the name (a name is never written with one)."""
    return re.split(r":|\bhttps?://|\bwww\.|\s@\w|\s#\w", text, maxsplit=1)[0]


def stray_quote_ends_name(text: str) -> str:
    """'George "Jay': a quote mark with no partner inside the name opens a nickname or a quotation that
    the name stops before (a paired nickname, 'Robert C. "Bobby" Scott', was taken out already)."""
    inner = text.strip().strip(NAME_EDGES.replace("'", "").replace("’", ""))
    m = re.search(r"\s[\"“”‘]|\s''|\s'(?=[A-Z])", " " + inner)
    return inner[:m.start()] if m and m.start() > 0 else text


def lowercase_word_at_edge(text: str) -> str:
    """'handle Pulvermann', 'Juan Manriquez of': a lower-case word before a name written in capitals,
    or a function word after one, is none of it (particles stay: 'Bill de Blasio', 'de Blasio'; an
    organisation's 'Trump campaign' or 'authorities in the United States' is no name and stays)."""
    from .names import is_function_word

    words = text.split()
    while len(words) > 1 and _lower_word(words[0]) and words[0] not in PARTICLES and \
            all(w[:1].isupper() or w in PARTICLES for w in words[1:]):
        words.pop(0)
    while len(words) > 1 and _lower_word(words[-1]) and is_function_word(words[-1]) and words[-1] not in PARTICLES:
        words.pop()
    return " ".join(words)


def _lower_word(word: str) -> bool:
    return word[:1].islower() and word.isalpha()


NAME_CUTS = (invisible_marks, link_or_colon_ends_name, stray_quote_ends_name, lowercase_word_at_edge)
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# particles that stay lower case inside a name ('Bill de Blasio', 'Ursula von der Leyen')
PARTICLES = frozenset("de da di du del dela della der den des la le van von y al bin ibn dos das e el".split())
# two capitals that stand for an office before a name ('AG Mukasey', 'DA Vance'); not initials ('JR Smith')
OFFICE_INITIALS = frozenset("AG DA PM".split())


def _office_before_name(words: list[str]) -> bool:
    """'RNC Committeeman Curly Haugland', 'Assemblywoman Claudia Tenney', 'Whip Dick Durbin', 'AG
    Mukasey': an organisation's initials, a role compound ('…man', '…woman') or a common noun before
    a first name stand before a name and are no part of it."""
    from .names import is_common_noun, is_first_name

    word, rest = words[0], words[1:]
    if word in OFFICE_INITIALS or word.isupper() and word.isalpha() and len(word) >= 3 and len(rest) >= 2:
        return True
    if is_first_name(word) or not rest[0][:1].isupper():
        return False
    if re.fullmatch(r"[A-Z][a-z]{2,}(?:wo)?m[ae]n", word) and len(rest) >= 1:
        return True
    return len(rest) >= 2 and word.isalpha() and len(word) > 2 and is_common_noun(word) and is_first_name(rest[0])


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
