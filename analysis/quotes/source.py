"""Who speaks: from the subject of a cue to a named person, an organization or an unnamed source."""

from __future__ import annotations

from dataclasses import dataclass

from ..nlp import doc_ents, doc_text
from .coreference import (
    INSTITUTION_HEADS,
    ORG_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    TITLES,
    Registry,
    clean_name,
    is_person_entity,
    looks_like_outlet,
)

# Unnamed sources: the head noun of the subject phrase.
ANONYMOUS_NOUNS = frozenset("""
official officials source sources people person resident residents witness witnesses investigator
investigators authority authorities firefighter firefighters rescuer rescuers report reports media
press observer observers analyst analysts expert experts diplomat diplomats aide aides employee
employees staff member members insider insiders worker workers neighbour neighbor neighbours
neighbors relative relatives family friend friends colleague colleagues activist activists
protester protesters critic critics supporter supporters student students doctor doctors officer
officers driver passenger passengers survivor survivors victim victims someone anyone man woman
men women individual individuals representative representatives researcher researchers
scientist scientists organiser organizer organisers organizers leader leaders lawmaker lawmakers
legislator legislators politician politicians publicist spokesperson spokesman spokeswoman
prosecutor prosecutors lawyer lawyers attorney attorneys manager owner head chief director mayor
governor minister president commander journalist journalists reporter reporters correspondent
""".split())

# Institutions named by a common noun ("the army said").
ORG_NOUNS = frozenset("""
academy institute foundation police army navy military government ministry department agency company court council committee
commission party parliament administration embassy university hospital club team union
organisation organization firm office service bureau board senate congress cabinet regime
kremlin pentagon white house coast guard guard force forces airline operator authority
prosecutor's newspaper paper broadcaster channel station website site outlet magazine
""".split())

# Things that speak for their owner: "its website", "the Internal Revenue Service website".
DOC_NOUNS = frozenset("""
website site statement account release post tweet page feed blog channel newsletter
""".split())

# Descriptions that point back to a named organisation ("the industry publication", "the website").
BACK_ORG_NOUNS = frozenset("""
publication newspaper paper website site outlet magazine broadcaster database tabloid daily network
agency company firm airline
""".split())

# Records that speak for an institution: "according to agreed facts heard in court".
RECORD_NOUNS = frozenset("""
fact document record filing indictment affidavit testimony transcript complaint lawsuit ruling judgment
judgement verdict minute
""".split())

# Plural nouns for people named together earlier ("the defendants", "both officers").
GROUP_NOUNS = frozenset("""
defendant officer man woman brother sister suspect accused couple pair player lawyer twin parent
""".split())

ROLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson governor president minister mayor chief head director leader
prosecutor lawyer attorney judge senator secretary ambassador commissioner chairman chairwoman
ceo founder coach captain commander general officer manager owner premier chancellor king queen
publicist author researcher professor sheriff
""".split())


@dataclass
class Speaker:
    name: str
    type: str  # person | organization | anonymous | unknown
    role: str | None = None
    start: int | None = None
    end: int | None = None
    how: str = "named"  # named | pronoun | role | description | inherited | none
    plural: bool = False  # an unnamed group ("officials"), which "he"/"she" cannot refer to

    @property
    def resolved(self) -> bool:
        return self.type != "unknown"


UNKNOWN = Speaker("unknown", "unknown", None, None, None, "none")


def _span_text(doc, toks) -> str:
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


def _entity_of(token, labels: tuple[str, ...]):
    doc = token.doc
    for ent in doc_ents(doc):
        if ent.start <= token.i < ent.end and ent.label_ in labels:
            return ent
    return None


def _of_objects(head) -> list:
    """What 'of' attaches to the head: 'one of the children', 'Minister of Scotland …'."""
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _appositions(head) -> list:
    """Appositives and theirs: 'news source X's director, Rachel Giese,' reaches Giese."""
    out, todo = [], [head]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "appos":
                out.append(child)
                todo.append(child)
    return out


def _strip_article(text: str) -> str:
    words = clean_possessive(text).split()  # "the family's (statement)" → "family"
    if words and words[0].lower() in ("the", "a", "an") and not (words[0] == "The" and len(words) > 1 and looks_like_outlet(text)):
        words = words[1:]
    return " ".join(words)


def describe(head, registry: Registry, last_speakers: list[Speaker]) -> Speaker:
    """Speaker for the subject token `head` of a cue; pronouns and roles resolved backwards."""
    doc = head.doc
    if head.lower_ in ("who", "which", "that") and head.tag_ in ("WP", "WDT") and head.head.head != head.head:
        if head.head.dep_ == "relcl":
            return describe(head.head.head, registry, last_speakers)  # "X, who said …" → X
        # the parse lost the relative clause ("according to police, who said …"): the noun before it
        before = next((t for t in reversed(doc[max(0, head.i - 3):head.i]) if not t.is_punct), None)
        if before is not None and before.pos_ in ("NOUN", "PROPN"):
            return describe(before, registry, last_speakers)
    low = head.lower_
    if low in ("one", "some", "many", "several", "two", "three", "most", "none"):  # "one of the children"
        named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:  # "one of these groups, the Syrian Democratic Forces,"
            return describe(named[0], registry, last_speakers)
        of = _of_objects(head)
        if of and of[0].pos_ == "NOUN":
            return describe(of[0], registry, last_speakers)
    if head.pos_ == "PRON" or low in PERSON_PRONOUNS | PLURAL_PRONOUNS | ORG_PRONOUNS:
        return _pronoun(head, registry, last_speakers)
    toks = noun_phrase(head)
    if not toks:
        return UNKNOWN
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    conj = [c for c in head.children if c.dep_ == "conj"]
    lemma = head.lemma_.lower()

    # a bare surname the tagger took for a common noun ("Mijares further claimed …"): an earlier speaker
    if head.pos_ == "NOUN" and head.text[:1].isupper() and head.is_alpha and len(toks) == 1:
        earlier = next((sp for sp in reversed(last_speakers) if sp.type == "person"
                        and sp.name.split()[-1] == head.text), None)
        if earlier is not None:
            return Speaker(earlier.name, "person", earlier.role, start, end, "named")
        known = registry.canonical_person(head.text)  # or a person named earlier ("Trump characterized …")
        if known in registry.persons and known.split()[-1] == head.text and known != head.text:
            return Speaker(known, "person", registry.role_of(known), start, end, "named")

    owner = [c for c in head.children if c.dep_ == "poss"]
    if lemma in RECORD_NOUNS | DOC_NOUNS and owner:  # "Ford's filing", "its website" → the owner
        return describe(owner[0], registry, last_speakers)
    if lemma in RECORD_NOUNS and not any(t.pos_ == "PROPN" for t in toks):
        whole = [t for t in head.subtree if not t.is_punct or t.i < head.right_edge.i]
        phrase = _strip_article(_span_text(doc, whole))
        if len(phrase.split()) == 1:  # "the filing": no one named
            return Speaker("anonymous", "anonymous", phrase, start, end, "description")
        return Speaker(phrase, "organization", None, start, end, "description")  # "agreed facts heard in court"
    if lemma in DOC_NOUNS and head.pos_ != "PROPN":  # "the Ford website", not "The Jakarta Post"
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names:
            org = _span_text(doc, [t for t in toks if t.i < head.i and t.dep_ != "det"])
            return Speaker(_strip_article(org), "organization", None, start, end, "named")
    if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and lemma in ROLE_NOUNS | TITLES and _is_definite(head)):
        for child in head.children:  # "one news site, Znak.com," → Znak.com
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return describe(child, registry, last_speakers)
            # "Airfleets, a database detailing …," → Airfleets (tagged as a common noun)
            if child.dep_ == "appos" and head.text[:1].isupper() and head.lower_ not in ANONYMOUS_NOUNS | ORG_NOUNS \
                    and child.lemma_.lower() in BACK_ORG_NOUNS | ORG_NOUNS:
                return Speaker(head.text, "organization", _strip_article(_span_text(doc, noun_phrase(child))),
                               start, end, "named")
    if head.pos_ == "PROPN" and lemma in ROLE_NOUNS | TITLES and _is_definite(head) and \
            not any(c.pos_ == "PROPN" for c in head.children):
        person_name = registry.person_by_role(lemma, head.idx)
        if person_name:
            return Speaker(person_name, "person", registry.role_of(person_name), start, end, "role")
        return Speaker("anonymous", "anonymous", _strip_article(_span_text(doc, toks)), start, end, "description")
    person_name = _person_from_chain(head, registry)
    if person_name:
        return Speaker(person_name, "person", registry.role_of(person_name), start, end, "named")

    person = _entity_of(head, ("PERSON",))
    if person is not None and is_person_entity(person, registry):
        name = registry.canonical_person(person.text)
        names = [name] + [s.name for c in conj if (s := describe(c, registry, last_speakers)).type == "person"]
        role = registry.role_of(name)
        return Speaker(" and ".join(dict.fromkeys(names)), "person", role, start, end, "named")
    for child in _appositions(head):  # "the spokesman, John Kirby," → Kirby
        ent = _entity_of(child, ("PERSON",))
        if ent is not None and is_person_entity(ent, registry):
            name = registry.canonical_person(ent.text)
            return Speaker(name, "person", registry.role_of(name) or _strip_article(_span_text(doc, [head])), start, end, "named")

    org = _entity_of(head, ("ORG", "GPE", "NORP", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT"))
    if org is not None or head.pos_ == "PROPN":
        name = _org_name(toks, head, org)
        # "Trump" tagged ORG here and a person elsewhere; "Gáspár Maróth", an ORG set beside a role
        if (len(name.split()) == 1 or name in registry.persons) and name not in registry.not_persons:
            known = registry.canonical_person(name)
            if known in registry.persons or name in registry.persons:
                return Speaker(known, "person", registry.role_of(known), start, end, "named")
        if head.pos_ == "PROPN" and org is None and _looks_like_person_name(toks):
            name = registry.canonical_person(name)
            return Speaker(name, "person", registry.role_of(name), start, end, "named")
        name = registry.canonical_org(name)
        names = [name] + [s.name for c in conj if (s := describe(c, registry, last_speakers)).type == "organization"]
        return Speaker(" and ".join(dict.fromkeys(names)), "organization", None, start, end, "named")

    phrase = _strip_article(_span_text(doc, toks))
    if _capitalised_name(toks, head):
        return Speaker(registry.canonical_org(_org_name(toks, head, None)), "organization", None, start, end, "named")
    if lemma in ROLE_NOUNS and _is_definite(head):
        person_name = registry.person_by_role(lemma, head.idx)
        if person_name:
            return Speaker(person_name, "person", registry.role_of(person_name), start, end, "role")
    if lemma in GROUP_NOUNS and head.tag_ == "NNS" and not any(t.pos_ in ("PROPN", "ADJ") for t in toks) and \
            any(c.lower_ in ("the", "both", "two") for c in head.children):
        group = registry.group_before(head.idx)  # "the defendants" → the two people named together
        if group:
            return Speaker(group, "person", _strip_article(_span_text(doc, toks)), start, end, "description")
    if lemma in BACK_ORG_NOUNS and _is_definite(head) and not any(t.pos_ == "PROPN" for t in toks):
        named = _previous_org_subject(head)
        if named:
            return Speaker(named, "organization", _strip_article(_span_text(doc, toks)), start, end, "role")
    if lemma in ORG_NOUNS or head.lower_ in ORG_NOUNS:
        if any(t.pos_ == "PROPN" for t in toks) or _is_definite(head):
            return Speaker(registry.canonical_org(phrase), "organization", None, start, end, "description")
    if lemma in ANONYMOUS_NOUNS or head.lower_ in ANONYMOUS_NOUNS or head.pos_ in ("NOUN",):
        return Speaker("anonymous", "anonymous", phrase, start, end, "description", plural=head.tag_ == "NNS")
    return UNKNOWN


def _previous_org_subject(head, sentences: int = 2) -> str | None:
    """The nearest named, non-person subject or owner in this or the previous sentences."""
    doc = head.doc
    first = head.sent.start
    for _ in range(sentences):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first:head.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss") or tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "GPE", "NORP"):
            continue
        toks = noun_phrase(tok)
        if _capitalised_name(toks, tok) or tok.ent_type_ == "ORG":
            return _org_name(toks, tok, _entity_of(tok, ("ORG",)))
    return None


def _person_from_chain(head, registry: Registry) -> str | None:
    """'Chief Superintendent Graciano Mijares' even when NER calls it something else."""
    if head.pos_ != "PROPN":
        return None
    doc = head.doc
    chain = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head]
    for k in range(len(chain) - 1, -1, -1):  # "Jean-Jacques Muyembe": "Jean" hangs off "Jacques"
        i = chain[k].i
        if i > 1 and doc[i - 1].tag_ == "HYPH" and doc[i - 2].pos_ == "PROPN" and \
                not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
            chain[k:k] = ([] if doc[i - 2] in chain else [doc[i - 2]]) + [doc[i - 1]]
    if head.lower_.rstrip(".") in TITLES:  # "First Minister …": a title, not a name …
        # … unless a name follows its place: "First Minister of Scotland Nicola Sturgeon"
        of = [g for g in _of_objects(head) if g.pos_ == "PROPN"]
        named = [c for c in of[0].lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + of[:1] if of else []
        if len(named) >= 3 and all(t.text[:1].isupper() and t.is_alpha for t in named):
            return registry.canonical_person(f"{named[-2].text} {named[-1].text}")
        return None
    lead = 0
    while lead < len(chain) and chain[lead].lower_.rstrip(".") in TITLES:
        lead += 1  # titles lead a name; "John Major", "Howard Dean" end in a name
    words = [t.text for t in chain[lead:]]
    if not words or any(t.ent_type_ in ("ORG", "GPE", "NORP", "FAC") for t in chain[lead:]):
        return None
    name = " ".join(words).replace(" - ", "-")
    if name in registry.persons or any(p.split()[-1] == words[-1] for p in registry.persons):
        return registry.canonical_person(name)
    has_title = len(words) < len(chain)
    if has_title and all(w[:1].isupper() for w in words):
        return name
    return None


def _capitalised_name(toks, head) -> bool:
    """'The Aviation Herald' tagged as common nouns is still a name."""
    words = [t for t in toks if t.is_alpha and t.dep_ not in ("det", "poss", "case")]
    if not words or head.pos_ not in ("NOUN", "PROPN") or not head.text[:1].isupper():
        return False
    if len(words) == 1 and head.is_sent_start:
        return False
    return all(t.text[:1].isupper() for t in words) and head.lower_ not in ANONYMOUS_NOUNS


def _is_definite(head) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "many", "several") for c in head.children)


def _org_name(toks, head, ent) -> str:
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
    else:
        prop = [t for t in toks if t.pos_ in ("PROPN",) or t.i == head.i]
        text = _span_text(doc, prop) if prop else head.text
    text = clean_possessive(text)
    words = text.split()
    if words and words[0].lower() == "the":
        if not (words[0] == "The" and head.i > 0 and doc[head.left_edge.i].text == "The"
                and head.left_edge.idx > 0 and not doc[head.left_edge.i].is_sent_start):
            words = words[1:]
    return " ".join(words)


def clean_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _looks_like_person_name(toks) -> bool:
    words = [t for t in toks if t.pos_ == "PROPN"]
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower_.rstrip(".") in TITLES for w in words[:-1]) and len(words) == 2:
        return True
    return all(w.text[:1].isupper() and w.text[1:].islower() for w in words) and \
        not any(w.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or w.lower_ in INSTITUTION_HEADS for w in words)


def _pronoun(head, registry: Registry, last_speakers: list[Speaker]) -> Speaker:
    low = head.lower_
    pos = head.idx
    if low in PERSON_PRONOUNS or low in ("i", "me"):
        found = registry.last_person_before(pos)
        latest = next((s for s in reversed(last_speakers) if s.start is not None and s.start < pos), None)
        if latest is not None and latest.how == "description" and latest.type == "anonymous" and \
                not latest.plural and pos - latest.start < 400 and (found is None or found[0] < latest.start) and \
                not any(t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")
                        for t in head.doc.char_span(latest.start, pos, alignment_mode="expand") or ()):
            # "The head of the internal investigators told the court … She also said …"
            return Speaker("anonymous", "anonymous", latest.role, pos, pos + len(head), "pronoun")
        if found:
            name = found[1]
            return Speaker(name, "person", registry.role_of(name), pos, pos + len(head), "pronoun")
        for s in reversed(last_speakers):
            if s.type == "person" and " and " not in s.name:
                return Speaker(s.name, "person", s.role, pos, pos + len(head), "pronoun")
        return UNKNOWN
    if low in PLURAL_PRONOUNS or low == "we":
        group = _previous_plural_subject(head)
        if group is not None:  # "The officers … are back to work. They indicated …"
            return describe(group, registry, last_speakers)
        for s in reversed(last_speakers):
            if s.type in ("anonymous", "organization") or " and " in s.name:
                return Speaker(s.name, s.type, s.role, pos, pos + len(head), "pronoun")
        return UNKNOWN
    if low in ORG_PRONOUNS:
        named = _previous_org_subject(head)  # "the Board … was absent. … its website notes"
        if named:
            return Speaker(registry.canonical_org(named), "organization", None, pos, pos + len(head), "pronoun")
        for s in reversed(last_speakers):
            if s.type == "organization":
                return Speaker(s.name, s.type, s.role, pos, pos + len(head), "pronoun")
    return UNKNOWN


def _previous_plural_subject(head):
    """The plural noun subject of the sentence before the pronoun's, if it has one."""
    sent = head.sent
    if sent.start == 0:
        return None
    before = head.doc[sent.start - 1].sent
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")
                and t.head.dep_ == "ROOT"]
    return subjects[0] if subjects else None


def resolve_name_text(name: str, registry: Registry) -> Speaker:
    """A speaker given only as text (em-dash sign-offs, interview labels)."""
    cleaned = clean_name(name)
    if cleaned in registry.persons or any(cleaned.split()[-1:] == p.split()[-1:] for p in registry.persons):
        canon = registry.canonical_person(cleaned)
        return Speaker(canon, "person", registry.role_of(canon), None, None, "named")
    return Speaker(cleaned, "person" if len(cleaned.split()) >= 2 else "unknown", None, None, None, "named")
