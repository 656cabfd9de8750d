"""Who speaks: from the subject of a cue to a named person, an organization or an unnamed source.

`SOURCE_RULES` is tried in order on the token heading the speaker phrase; the first rule that
answers decides, and its name goes with the speaker (`Speaker.rule`). A rule that hands the
question to another token ("X, who said" → X) adds the name of the rule that decided there.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from ..nlp import doc_ents
from .coreference import Registry, honorific_gender, is_person_entity
from .lexicon import (
    ANAPHORIC_PERSON_NOUNS,
    ANONYMOUS_NOUNS,
    BACK_ORG_NOUNS,
    BARE_INSTITUTION_NOUNS,
    DESCRIBED_PERSON_NOUNS,
    DOC_NOUNS,
    ENTOURAGE_NOUNS,
    FEMALE_ROLE_WORDS,
    GROUP_NOUNS,
    HONORIFIC_GENDER,
    KIND_NOUNS,
    MALE_ROLE_WORDS,
    NAME_PREFIXES,
    ORG_NOUNS,
    ORG_PRONOUNS,
    PARTY_MEMBER_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    RECORD_NOUNS,
    REPORT_NOUNS,
    ROLE_NOUNS,
    SPOKEN_NOUNS,
    SUBJECTS,
    TITLES,
)
from .phrases import (
    appositions,
    clean_name,
    entity_of,
    is_definite,
    maker,
    noun_phrase,
    of_objects,
    org_name,
    span_text,
    strip_article,
)
from .pronouns import PRONOUN_RULES, previous_org_subject
from .rules import ALL_ON, RuleSwitch
from .statement import UNKNOWN, Speaker


@dataclass
class SourceContext:
    """What a speaker rule may look at besides the phrase: the article's names, the speakers
    resolved so far (in text order) and which rules are on."""

    registry: Registry
    speakers: list[Speaker] = field(default_factory=list)
    rules: RuleSwitch = ALL_ON

    def describe(self, head) -> Speaker:
        return describe(head, self)


class Phrase:
    """The speaker phrase headed by `head`, with what several rules read from it."""

    def __init__(self, head, ctx: SourceContext) -> None:
        self.head, self.ctx, self.doc = head, ctx, head.doc
        self.lemma = head.lemma_.lower()

    @cached_property
    def toks(self) -> list:
        return noun_phrase(self.head) or [self.head]

    @property
    def start(self) -> int:
        return self.toks[0].idx

    @property
    def end(self) -> int:
        return self.toks[-1].idx + len(self.toks[-1])

    @cached_property
    def conj(self) -> list:
        return [c for c in self.head.children if c.dep_ == "conj"]

    @cached_property
    def joint(self) -> list[str]:
        """The people speaking together with the head: 'Obama and Biden said', and 'Obama and Clinton's gut
        reaction is …', where the parse made the possessed noun the conjunct."""
        names = []
        for c in self.conj:
            who = self.ctx.describe(c)
            owner = next((g for g in c.children if g.dep_ == "poss"), None)
            if who.type != "person" and c.pos_ == "NOUN" and owner is not None:
                who = self.ctx.describe(owner)
            if who.type == "person":
                names.append(who.name)
        return names

    @property
    def text(self) -> str:
        return strip_article(span_text(self.doc, self.toks))

    def speaker(self, name: str, type_: str, role: str | None = None, how: str = "named", plural: bool = False) -> Speaker:
        return Speaker(name, type_, role, self.start, self.end, how, plural)

    def person(self, name: str, how: str = "named") -> Speaker:
        return self.speaker(name, "person", self.ctx.registry.role_of(name), how)

    @cached_property
    def named(self):
        """The entity (or bare proper noun) heading the phrase and the name it gives, or None."""
        ent = entity_of(self.head, ("ORG", "GPE", "NORP", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT"))
        if ent is None and (self.head.pos_ != "PROPN" or self.head.text.islower() and "." not in self.head.text):
            return None  # "a rampant xenophobe" the tagger called a proper noun names no one ("ouest-france.fr" does)
        return ent, org_name(self.toks, self.head, ent)


def describe(head, ctx: SourceContext) -> Speaker:
    """Speaker for the subject token `head` of a cue; pronouns and roles resolved backwards."""
    found = ctx.rules.decide(SOURCE_RULES, Phrase(head, ctx))
    if found is None:
        return UNKNOWN
    played = ctx.rules.decide(PLAYED_RULES, found[1], head, ctx)
    return found[1] if played is None else played[1]


def performer_of_character(speaker: Speaker, head, ctx: SourceContext) -> Speaker | None:
    """'McKinnon says, dressed as Clinton … “…?” Clinton asks': in a sketch the one playing the person speaks."""
    if speaker.type != "person":
        return None
    performer = ctx.registry.performer_of(speaker.name, head.idx)
    if performer is None:
        return None
    return replace(speaker, name=performer, role=ctx.registry.role_of(performer), rule=speaker.rule)


PLAYED_RULES = (performer_of_character,)


# ---- rules, in the order they are tried ----

def relative_pronoun(p: Phrase) -> Speaker | None:
    """'X, who said …' is X; when the parse lost the relative clause, the noun just before 'who'."""
    head = p.head
    if not (head.lower_ in ("who", "which", "that") and head.tag_ in ("WP", "WDT") and head.head.head != head.head):
        return None
    if head.head.dep_ == "relcl":
        described = _predicated_of(head.head.head) if head.lower_ == "who" else None
        return p.ctx.describe(described if described is not None else head.head.head)
    before = next((t for t in reversed(p.doc[max(0, head.i - 3):head.i]) if not t.is_punct), None)
    if before is not None and before.pos_ in ("NOUN", "PROPN"):
        return p.ctx.describe(before)
    return None


def _predicated_of(noun):
    """'Donald Trump … is a serial liar, rampant xenophobe and birther who has pledged …': a noun that says
    what the subject of 'is' is (or one listed with it) stands for that subject, when it is a name."""
    tok = noun
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ != "attr" or not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()) or \
            tok.head.lemma_ != "be":
        return None  # "members of the World Trade Organization, which …": a name is itself
    subject = next((c for c in tok.head.children if c.dep_ in SUBJECTS), None)
    if subject is None and tok.head.dep_ == "conj":  # "Trump incites violence and is a serial liar"
        subject = next((c for c in tok.head.head.children if c.dep_ in SUBJECTS), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def one_of_group(p: Phrase) -> Speaker | None:
    """'one of the children', 'part of the judge's statement', 'one of these groups, the SDF,': the group or the name set beside it."""
    head = p.head
    if head.lower_ not in ("one", "some", "many", "several", "two", "three", "most", "none", "part"):
        return None
    named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named:
        return p.ctx.describe(named[0])
    of = of_objects(head)
    if of and of[0].pos_ == "NOUN":
        return p.ctx.describe(of[0])
    return None


def pronoun(p: Phrase) -> Speaker | None:
    """He, she, they, it: resolved backwards by the pronoun rules (pronouns.py)."""
    head = p.head
    if not (head.pos_ == "PRON" or head.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS | ORG_PRONOUNS):
        return None
    found = p.ctx.rules.first(PRONOUN_RULES, head, p.ctx)
    if found is None:
        return UNKNOWN
    name, speaker = found
    return replace(speaker, rule=f"{name}>{speaker.rule}" if speaker.rule else name)


def empty_phrase(p: Phrase) -> Speaker | None:
    """A subject that is nothing but punctuation names no one."""
    return UNKNOWN if not noun_phrase(p.head) else None


def surname_as_common_noun(p: Phrase) -> Speaker | None:
    """'Mijares further claimed …': a capitalised word the tagger called a noun, the surname of someone named."""
    head = p.head
    if not (head.pos_ == "NOUN" and head.text[:1].isupper() and head.is_alpha and len(p.toks) == 1):
        return None
    earlier = next((sp for sp in reversed(p.ctx.speakers) if sp.type == "person"
                    and sp.name.split()[-1] == head.text), None)
    if earlier is not None:
        return p.speaker(earlier.name, "person", earlier.role)
    registry = p.ctx.registry
    known = registry.canonical_person(head.text, at=head.idx)  # or a person named earlier ("Trump characterized …")
    if known in registry.persons and known.split()[-1] == head.text and known != head.text:
        return p.person(known)
    return None


def document_owner(p: Phrase) -> Speaker | None:
    """'Ford's filing', 'its website', 'Ivana Trump's brief', 'a speech Mrs. Clinton delivered': a document, report or speech speaks for its maker."""
    if p.lemma not in RECORD_NOUNS | DOC_NOUNS | REPORT_NOUNS | SPOKEN_NOUNS and \
            p.lemma.removesuffix("s") not in REPORT_NOUNS | SPOKEN_NOUNS:
        return None
    who = maker(p.head)
    speaker = p.ctx.describe(who) if who is not None else None
    return speaker if speaker is not None and speaker.resolved else None


def court_record(p: Phrase) -> Speaker | None:
    """'according to agreed facts heard in court': a record speaks as written ('the filing' alone: unnamed)."""
    if p.lemma not in RECORD_NOUNS or any(t.pos_ == "PROPN" for t in p.toks):
        return None
    whole = [t for t in p.head.subtree if not t.is_punct or t.i < p.head.right_edge.i]
    phrase = strip_article(span_text(p.doc, whole))
    if len(phrase.split()) == 1:
        return p.speaker("anonymous", "anonymous", phrase, "description")
    return p.speaker(phrase, "organization", None, "description")


def named_document(p: Phrase) -> Speaker | None:
    """'the Ford website': a document with its owner's name before it (not 'The Jakarta Post')."""
    if p.lemma not in DOC_NOUNS or p.head.pos_ == "PROPN":
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in p.head.children):
        org = span_text(p.doc, [t for t in p.toks if t.i < p.head.i and t.dep_ != "det"])
        return p.speaker(strip_article(org), "organization")
    return None


def name_beside_description(p: Phrase) -> Speaker | None:
    """'one news site, Znak.com,' and 'Airfleets, a database …,': the name set beside a description."""
    head = p.head
    if not (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and p.lemma in ROLE_NOUNS | TITLES and is_definite(head))):
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return p.ctx.describe(child)
        if child.dep_ == "appos" and head.text[:1].isupper() and head.lower_ not in ANONYMOUS_NOUNS | ORG_NOUNS \
                and child.lemma_.lower() in BACK_ORG_NOUNS | ORG_NOUNS:
            return p.speaker(head.text, "organization", strip_article(span_text(p.doc, noun_phrase(child))))
    return None


def definite_title(p: Phrase) -> Speaker | None:
    """'the President said' (a title the tagger capitalised): the person introduced with it, else unnamed."""
    head = p.head
    if not (head.pos_ == "PROPN" and p.lemma in ROLE_NOUNS | TITLES and is_definite(head)
            and not any(c.pos_ == "PROPN" for c in head.children)):
        return None
    person_name = p.ctx.registry.person_by_role(p.lemma, head.idx)
    if person_name:
        return p.person(person_name, "role")
    return p.speaker("anonymous", "anonymous", p.text, "description")


def place_in_institution_name(p: Phrase) -> Speaker | None:
    """'Jo Anne Van Tilburg of the University of California, Los Angeles disagreed': the place closes an institution's name; the speaker is whoever is 'of' it."""
    head, doc = p.head, p.doc
    start = head.left_edge.i
    if head.ent_type_ not in ("GPE", "LOC") or start < 2 or doc[start - 1].text != "," or \
            doc[start - 2].ent_type_ != "ORG":
        return None
    tok = doc[start - 2]
    while tok.dep_ in ("pobj", "prep", "compound") and tok.head != tok:
        tok = tok.head
    if tok.pos_ in ("PROPN", "NOUN") and tok.i < start - 2 and tok.ent_type_ != "ORG":
        return p.ctx.describe(tok)
    return None


def person_and_others(p: Phrase) -> Speaker | None:
    """'Craig Bryan, head of the National Center for Veterans Studies, and other scientists', 'Ms. Toretti, Mrs. Rao and other bundlers': people and others of their kind, an unnamed group."""
    if p.head.pos_ != "PROPN":
        return None
    todo, seen = [p.head], []
    while todo:  # the head, its appositions and everything conjoined to them
        tok = todo.pop()
        seen.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("appos", "conj")]
    if not any(t.dep_ == "conj" and t.tag_ == "NNS" and any(a.lower_ in ("other", "fellow") for a in t.children)
               for t in seen):
        return None
    if (title_and_name(p) or person_entity(p)) is None:
        return None
    return p.speaker("anonymous", "anonymous", p.text, "description", plural=True)


def title_and_name(p: Phrase) -> Speaker | None:
    """'Chief Superintendent Graciano Mijares': titles and a name, whatever the NER called them."""
    name = _person_from_chain(p.head, p.ctx.registry)
    if not name:
        return None
    if p.joint:  # "Obama and Biden said"
        return p.speaker(" and ".join(dict.fromkeys([name, *p.joint])), "person", p.ctx.registry.role_of(name))
    return p.person(name)


def person_entity(p: Phrase) -> Speaker | None:
    """A person the NER named ('Kirby' → 'John Kirby'); 'X and Y' for people speaking together."""
    person = entity_of(p.head, ("PERSON",))
    registry = p.ctx.registry
    if person is None or not is_person_entity(person, registry):
        return None
    name = registry.canonical_person(person.text, honorific_gender(person), person.start_char)
    names = [name, *p.joint]
    return p.speaker(" and ".join(dict.fromkeys(names)), "person", registry.role_of(name))


def appositive_person(p: Phrase) -> Speaker | None:
    """'the spokesman, John Kirby,': the person named in apposition."""
    registry = p.ctx.registry
    for child in appositions(p.head):
        ent = entity_of(child, ("PERSON",))
        if ent is not None and is_person_entity(ent, registry):
            name = registry.canonical_person(ent.text)
            return p.speaker(name, "person", registry.role_of(name) or strip_article(span_text(p.doc, [p.head])))
    return None


PERSON_WORDS = ROLE_NOUNS | TITLES | ANONYMOUS_NOUNS | GROUP_NOUNS


def person_set_in_description(p: Phrase) -> Speaker | None:
    """'His partner at Acme, Walter Brenning,', 'lobbyist and party strategist Ann Lee': a person named inside the description (set off by a comma after a word that is no person, or right after a title word) is that person."""
    head = p.head
    if head.pos_ != "NOUN" or head.tag_ == "NNS":
        return None
    registry, doc, phrase = p.ctx.registry, p.doc, {t.i for t in p.toks}
    for ent in doc_ents(doc):
        if not (head.i < ent.start and ent.end - 1 in phrase and ent.start in phrase and ent.label_ == "PERSON"
                and is_person_entity(ent, registry)):
            continue
        if ent.end in phrase and not doc[ent.end].is_punct:
            continue  # the name goes on into something else ("strategist Ann Lee Foundation")
        if _name_belongs_to_head(doc, head, ent.start):
            name = registry.canonical_person(ent.text)
            return p.speaker(name, "person", registry.role_of(name) or strip_article(span_text(doc, [head])))
    return None


def _name_belongs_to_head(doc, head, start: int) -> bool:
    """Whether a name starting at token `start`, after the description headed by `head`, names the
    one the description describes and not someone else it mentions."""
    before = doc[start - 1]
    if before.text == ",":  # "the director of Amnesty International, Mariela Belski"
        owner = doc[before.i - 1]
        between = {t.lower_ for t in doc[head.i + 1:before.i]}
        return owner.i != head.i and owner.ent_type_ != "PERSON" and owner.lemma_.lower() not in PERSON_WORDS \
            and not between & {"like", "including", "such"}  # "a spokeswoman for the mayor, Jane Doe": the mayor
    j = start - 1  # title words right before the name: "party strategist Ann Lee"
    if not _title_word(doc[j]):
        return False
    while j > head.i and (_title_word(doc[j]) or doc[j].pos_ == "PROPN" and doc[j].ent_type_ != "PERSON"
                          or doc[j].pos_ == "ADJ"):  # "his wife and current Democratic presidential nominee Hillary Clinton"
        j -= 1
    # "lobbyist and strategist Ann Lee" (one person described twice), not "aide to party leader Ann Lee"
    return j == head.i or doc[j].lower_ == "and" and head.lemma_.lower() not in PERSON_WORDS


def _title_word(tok) -> bool:
    """A singular common noun (or one the tagger took for a verb inside a compound: 'strategist')."""
    return tok.tag_ in ("NN",) or tok.pos_ == "VERB" and tok.dep_ == "compound"


def known_person_by_other_label(p: Phrase) -> Speaker | None:
    """'Trump' tagged ORG here and a person elsewhere; a full name set beside a person's role."""
    named = p.named
    if named is None:
        return None
    name = named[1]
    registry = p.ctx.registry
    if (len(name.split()) == 1 or name in registry.persons) and name not in registry.not_persons:
        known = registry.canonical_person(name, at=p.head.idx)
        if known in registry.persons or name in registry.persons:
            return p.person(known)
    return None




def people_by_affiliation(p: Phrase) -> Speaker | None:
    """'Republicans said', 'a New Hampshire Democrat added', 'Russians': party members or a nationality are
    people, not an organisation; 'the Wisconsin Republican' is the person just named."""
    head = p.head
    party = head.lower_ in PARTY_MEMBER_NOUNS
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_.endswith("s")
    if not (party or head.ent_type_ == "NORP" and plural and not head.lower_.endswith("ss")):
        return None  # a singular nationality word may be a surname the NER misread ("Pambakian")
    if head.ent_type_ not in ("NORP", "") or not head.text[:1].isupper():
        return None  # "the Republican Party" (an organisation), "conservatives" uncapitalised: the other rules
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
    placed = any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") for c in head.children)
    if definite and placed and not plural:  # "the Wisconsin Republican": the person who just spoke, or was named
        spoke = next((sp for sp in reversed(p.ctx.speakers) if sp.type == "person" and sp.start is not None
                      and 0 < head.idx - sp.start < 600 and " and " not in sp.name), None)
        found = (0, spoke.name) if spoke is not None else p.ctx.registry.last_person_before(head.idx)
        if found is not None:
            return p.person(found[1], "role")
    return p.speaker("anonymous", "anonymous", p.text, "description", plural=plural)


def named_organisation(p: Phrase) -> Speaker | None:
    """An organisation, outlet or place by name, in its fullest form in the article ('the FSB' → 'Federal Security Service (FSB)')."""
    named = p.named
    if named is None:
        return None
    name = p.ctx.registry.canonical_org(named[1])
    names = [name] + [s.name for c in p.conj if (s := p.ctx.describe(c)).type == "organization"]
    return p.speaker(" and ".join(dict.fromkeys(names)), "organization")




def role_noun(p: Phrase) -> Speaker | None:
    """'the spokesman said': the person introduced earlier with that role."""
    if p.lemma in ROLE_NOUNS and is_definite(p.head):
        person_name = p.ctx.registry.person_by_role(p.lemma, p.head.idx)
        if person_name:
            return p.person(person_name, "role")
    return None


def person_just_named(p: Phrase) -> Speaker | None:
    """'the Florida senator said', 'the billionaire businessman says', 'the Democratic presidential candidate blasted …': a definite description of one person, with no owner or complement of its own, is the last person named with its head word as a title or role, else the one person who was the subject of its sentence or the one before (not one whose role or party says otherwise)."""
    head = p.head
    if not (head.tag_ == "NN" or head.tag_ == "NNP" and head.text.islower()) or p.lemma not in DESCRIBED_PERSON_NOUNS \
            or not is_definite(head):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos", "conj", "poss") or c.dep_ == "compound" and c.pos_ == "PROPN"
           and c.ent_type_ == "PERSON" for c in head.children):
        return None  # "the spokesman for the ministry", "his publicist", "Sanders' campaign manager": someone else
    words = {t.text for t in p.toks if t.i != head.i and t.is_alpha and t.dep_ in ("amod", "compound")}
    if not words and p.lemma not in ANAPHORIC_PERSON_NOUNS:
        return None  # "the judge said": a judge the story never named
    registry = p.ctx.registry
    doc, last = p.doc, p.toks[-1].i
    for t in doc[last + 1:min(last + 7, len(doc) - 1)]:  # "the American ambassador at the time, John E. Herbst"
        ent = entity_of(doc[t.i + 1], ("PERSON",)) if t.text == "," else None
        if ent is not None and ent.start == t.i + 1 and is_person_entity(ent, registry):
            return p.person(registry.canonical_person(ent.text, at=ent.start_char))
        if t.is_sent_start or t.pos_ == "VERB":
            break
    gendered = "he" if p.lemma in MALE_ROLE_WORDS else "she" if p.lemma in FEMALE_ROLE_WORDS else ""
    sent = head.sent
    window = head.doc[head.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start].idx
    titled, titled_near, near = [], [], []
    for off, name, subject in registry.person_mentions:
        if off >= head.idx or off in registry.quoted or " and " in name or not registry.agrees(name, gendered) or \
                _role_contradicts(registry, name, p.lemma, words):
            continue
        if p.lemma in _roles(registry, name):
            (titled_near if off >= window else titled).append(name)
        elif subject and off >= window:
            near.append(name)
    # named with that title in this sentence or the one before; else the one subject there; else the last so titled
    chosen = titled_near[-1] if titled_near else near[-1] if len(set(near)) == 1 else titled[-1] if titled and \
        not near else None
    return p.person(chosen, "role") if chosen else None


PARTIES = ({"democratic", "democrat"}, {"republican", "gop"})
PARTY_WORDS = {"Democratic", "Democrat", "Republican", "GOP", "democratic", "democrat", "republican", "gop"}
TITLE_WORDS = {"sen": "senator", "gov": "governor", "rep": "congressman", "pres": "president", "gen": "general"}


def _roles(registry: Registry, name: str) -> set[str]:
    """The words of the roles and titles the article gives a person ('Sen.' as 'senator')."""
    return {TITLE_WORDS.get(w.strip(",.").lower().rstrip("."), w.strip(",.").lower().rstrip("."))
            for n, e in registry.persons.items() if registry.canonical_person(n) == name for r in e.roles
            for w in r.split()}


def _role_contradicts(registry: Registry, name: str, noun: str, words: set[str]) -> bool:
    """Whether what the article calls `name` rules out the description: another person noun as its role
    ('Mayor Bill de Blasio' is not 'the Republican presidential candidate') or the other party."""
    said = _roles(registry, name)
    nouns = said & DESCRIBED_PERSON_NOUNS
    if nouns and noun not in said:
        return True
    places = {w for w in words if w[:1].isupper()} - PARTY_WORDS  # "the Florida senator"
    if places:
        theirs = {w.strip(",.").lower() for n, e in registry.persons.items() if registry.canonical_person(n) == name
                  for r in e.roles for w in r.split() if w[:1].isupper()
                  and w.strip(",.").lower().rstrip(".") not in TITLES | NAME_PREFIXES} - PARTY_WORDS
        if theirs and not {w.lower() for w in places} & theirs:
            return True  # "Texas Sen. Ted Cruz" is not "the Florida senator"
    low = {w.lower() for w in words}
    return any(low & one and said & other for one, other in (PARTIES, PARTIES[::-1]))


def group_of_people(p: Phrase) -> Speaker | None:
    """'the defendants', 'both officers': the people named together earlier."""
    head = p.head
    if p.lemma in GROUP_NOUNS and head.tag_ == "NNS" and not any(t.pos_ in ("PROPN", "ADJ") for t in p.toks) and \
            any(c.lower_ in ("the", "both", "two") for c in head.children):
        group = p.ctx.registry.group_before(head.idx)
        if group:
            return p.speaker(group, "person", p.text, "description")
    return None


def description_of_named_org(p: Phrase) -> Speaker | None:
    """'the industry publication', 'the website', 'the report': the organisation just named as a subject."""
    if p.lemma in BACK_ORG_NOUNS | REPORT_NOUNS and is_definite(p.head) and not any(t.pos_ == "PROPN" for t in p.toks):
        named = previous_org_subject(p.head, registry=p.ctx.registry)
        if named:
            return p.speaker(named, "organization", p.text, "role")
    return None


def persons_team(p: Phrase) -> Speaker | None:
    """'Clinton's team', 'the Trump team': the people around a person, an unnamed group (the campaign itself is an organisation)."""
    if p.lemma not in ENTOURAGE_NOUNS:
        return None
    owner = next((c for c in p.head.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if owner is None or p.ctx.describe(owner).type != "person":
        return None
    return p.speaker("anonymous", "anonymous", p.text, "description", plural=True)


def institution_noun(p: Phrase) -> Speaker | None:
    """'the army said', 'the Clinton campaign', 'his campaign': an institution by its common noun, named by its owner or in the one named form the article gives it."""
    if not (p.lemma in ORG_NOUNS or p.head.lower_ in ORG_NOUNS):
        return None
    if not (any(t.pos_ == "PROPN" for t in p.toks) or is_definite(p.head) or p.lemma in BARE_INSTITUTION_NOUNS):
        return None
    head = p.head
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None:  # "Hillary Clinton's campaign", "his campaign" → the owner's
        who = p.ctx.describe(owner)
        if who.type in ("person", "organization"):
            between = _words_between(owner, head)
            if between and who.name.split()[-len(between):] == between:
                between = []  # the owner's name already holds them ("People's Daily newspaper")
            name = " ".join([who.name, *between, head.text])
            return p.speaker(name, "organization", None, "description")
    name = p.text
    if any(t.pos_ == "PROPN" for t in p.toks):
        return p.speaker(p.ctx.registry.canonical_org(name), "organization", None, "description")
    name = name.removeprefix("The ").removeprefix("the ")  # "Police said", "The agency said": no name, no title
    if p.toks[0].is_sent_start:
        name = name[:1].lower() + name[1:]
    named = p.ctx.registry.canonical_org(name)
    if named == name and (p.lemma in KIND_NOUNS or (head.tag_ == "NNS" and p.lemma not in BARE_INSTITUTION_NOUNS)):
        # "the company", "the campaigns": a kind of institution the article never names here is no
        # organisation of the corpus (one row "company" would join nine companies)
        return p.speaker("anonymous", "anonymous", p.text, "description", plural=head.tag_ == "NNS")
    return p.speaker(named, "organization", None, "description")


def _words_between(owner, head) -> list[str]:
    """'Clinton's presidential campaign': the words between the owner and the head."""
    return [t.text for t in head.doc[owner.right_edge.i + 1:head.i] if not t.is_punct and t.dep_ != "case"]


def unnamed_source(p: Phrase) -> Speaker | None:
    """'officials', 'a source familiar with …', 'the bus driver': an unnamed source, its description as the role."""
    head = p.head
    if p.lemma in ANONYMOUS_NOUNS or head.lower_ in ANONYMOUS_NOUNS or head.pos_ == "NOUN" or \
            head.pos_ == "PROPN" and head.text.islower() and "." not in head.text:  # "the mogul" tagged a name
        return p.speaker("anonymous", "anonymous", p.text, "description", plural=head.tag_ == "NNS")
    return None


SOURCE_RULES = (relative_pronoun, one_of_group, pronoun, empty_phrase, surname_as_common_noun, document_owner,
                court_record, named_document, name_beside_description, definite_title, place_in_institution_name,
                person_and_others, title_and_name, person_entity, appositive_person, person_set_in_description,
                known_person_by_other_label, people_by_affiliation,
                named_organisation, role_noun, person_just_named, group_of_people, description_of_named_org,
                persons_team, institution_noun, unnamed_source)


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
        of = [g for g in of_objects(head) if g.pos_ == "PROPN"]
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
    # "Mr. Obama" is not Michelle Obama
    gender = next((HONORIFIC_GENDER[t.lower_.rstrip(".")] for t in chain[:lead] if t.lower_.rstrip(".") in HONORIFIC_GENDER), None)
    if name in registry.persons or any(p.split()[-1] == words[-1] for p in registry.persons):
        return registry.canonical_person(name, gender, head.idx)
    has_title = len(words) < len(chain)
    if has_title and all(w[:1].isupper() for w in words):
        return name
    return None


def resolve_name_text(name: str, registry: Registry) -> Speaker:
    """A speaker given only as text (em-dash sign-offs, interview labels)."""
    cleaned = clean_name(name)
    if cleaned in registry.persons or any(cleaned.split()[-1:] == p.split()[-1:] for p in registry.persons):
        canon = registry.canonical_person(cleaned)
        return Speaker(canon, "person", registry.role_of(canon), None, None, "named")
    return Speaker(cleaned, "person" if len(cleaned.split()) >= 2 else "unknown", None, None, None, "named")
