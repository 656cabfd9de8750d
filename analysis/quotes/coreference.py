"""Who is who within one article: fullest names and roles (pronouns are resolved in pronouns.py).

Built once per article from spaCy's entities, with the entity mistakes that matter for speakers
corrected by context (an outlet that "reported" is an organization even if NER says PERSON).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..nlp import doc_ents, doc_text, positions
from .lexicon import (
    FEMALE_PRONOUNS,
    FEMALE_ROLE_WORDS,
    HONORIFIC_GENDER,
    INSTITUTION_HEADS,
    KIN_NOUNS,
    MALE_PRONOUNS,
    MALE_ROLE_WORDS,
    NAME_PREFIXES,
    NOT_FIRST_NAMES,
    ROLE_NOUNS,
    SUBJECTS,
    TITLES,
)
from .marks import inside
from .names import FEMALE, MALE, first_name_gender, is_epithet, is_first_name, is_given_name
from .phrases import clean_name, headline_verb, looks_like_outlet

# a surname two people share goes to the one named in full NEAR_SPAN characters before it when the surname
# appears nowhere in the FAR_SPAN characters before that (Registry._salient)
NEAR_SPAN, FAR_SPAN = 1200, 4000


@dataclass
class PersonEntry:
    name: str
    roles: list[str] = field(default_factory=list)
    first: int = 0


@dataclass
class Registry:
    """Per-article index of person and organization mentions."""

    persons: dict[str, PersonEntry] = field(default_factory=dict)
    mention_counts: Counter = field(default_factory=Counter)
    # (offset, canonical, is the subject of its clause)
    person_mentions: list[tuple[int, str, bool]] = field(default_factory=list)
    orgs: list[tuple[int, str]] = field(default_factory=list)
    not_persons: set[str] = field(default_factory=set)
    # the article text as read: names the NER missed are still found here
    text: str = ""
    groups: list[tuple[int, str]] = field(default_factory=list)  # (offset, "A and B")
    # memos, emptied by add_person: canonical name of (name, gender), gender of a canonical name
    _canonical: dict[tuple[str, str | None], str] = field(default_factory=dict, repr=False)
    _gender: dict[str, str | None] = field(default_factory=dict, repr=False)
    # how the article takes each person up: the he/she that next stands as a subject after them
    pronoun_votes: dict[str, Counter] = field(default_factory=dict)
    # offsets of mentions inside quote marks: the quoted speaker's words, which "he said" after them
    # does not point into ("“… Secretary Clinton can be held responsible …,” she said")
    quoted: set[int] = field(default_factory=set)
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    # contents of the reported statements of people read so far ('He said that Mr. Trump wanted …'): a
    # person who is a subject there is what was said, not who is speaking, for a "he said" after it
    reported: list[tuple[int, int]] = field(default_factory=list)
    # where each name was written (as registered): which of two people of one surname was named last
    offsets: dict[str, list[int]] = field(default_factory=dict)
    author: str | None = None  # who wrote a first-person piece, from its author line ("Rick Scott is the …")
    family_names: set[str] = field(default_factory=set)  # last words of the full names the NER tagged PERSON
    # (offset, character, performer): 'Kate McKinnon, dressed as Clinton' — a parody's words are the performer's
    performers: list[tuple[int, str, str]] = field(default_factory=list)

    def add_person(self, name: str, first: int) -> PersonEntry:
        """A mention of a person: the one way names enter, so the canonical-name memo stays true."""
        self.forget()
        self.mention_counts[name] += 1
        self.offsets.setdefault(name, []).append(first)
        return self.persons.setdefault(name, PersonEntry(name, first=first))

    def forget(self) -> None:
        """Empty the memos (after names or roles were added)."""
        self._canonical.clear()
        self._gender.clear()

    def add_recast(self, name: str, ent) -> PersonEntry:
        """A full name the NER gave another label, taken as a person's: registered, and a mention
        a pronoun can point back to."""
        self.person_mentions.append((ent.start_char, name, ent.root.dep_ in SUBJECTS))
        return self.add_person(name, ent.start_char)

    def group_before(self, pos: int) -> str | None:
        earlier = [g for off, g in self.groups if off < pos]
        return earlier[-1] if earlier else None

    def canonical_person(self, name: str, gender: str | None = None, at: int | None = None) -> str:
        """Fullest name in the article that this (partial) name refers to; `gender` (from an
        honorific: "Mr. Obama") rules out the names of the other gender; `at` (where the name is
        written) lets a surname two people share go to the one in the reader's mind there."""
        best = self._canonical.get((name, gender))
        if best is None:
            best = self._canonical[(name, gender)] = self._fullest(name, gender)
        if at is not None:
            return self._salient(name, gender, at, best) or best
        return best

    def _salient(self, name: str, gender: str | None, at: int, best: str) -> str | None:
        """'Johnson tells MSNBC …' in a live blog that named Gary Johnson pages earlier and Homeland
        Security Secretary Jeh Johnson just before: another person of that surname, named in full
        within NEAR_SPAN characters before `at`, when the surname appears nowhere in the
        FAR_SPAN characters before that (so the article's own choice is not in the reader's mind).
        Relatives stay out (they never take over the family name)."""
        words = clean_name(name).split()
        if len(words) != 1 or best not in self.persons or not self.text:
            return None
        surname = words[0].lower()
        recent: dict[str, int] = {}
        for written, offs in self.offsets.items():
            parts = written.split()
            before = [off for off in offs if off < at]
            if len(parts) < 2 or parts[-1].lower() != surname or not before or at - max(before) > NEAR_SPAN:
                continue
            canon = self.canonical_person(written)
            if canon != best and not self.is_relative(canon) and \
                    self.gender(canon) in (None, gender or self.gender(canon)):
                recent[canon] = max(recent.get(canon, 0), max(before))
        if len(recent) != 1:
            return None
        (other, named), = recent.items()
        earlier = [m.start() for m in re.finditer(r"\b" + re.escape(words[0]) + r"\b", self.text[:named])]
        return other if not any(named - off <= FAR_SPAN for off in earlier) else None

    def _weight(self, full: str, fuller: list[str]) -> tuple[int, int]:
        """Among two people of one surname ('Sen. Chris Murphy' … 'a teacher's aide, Anne Marie Murphy'),
        the one the article names more often, then first; the forms of one person ('Donald Trump',
        'Donald J. Trump': one holds the other's words) count together."""
        words = set(full.lower().split())
        same = [o for o in fuller if set(o.lower().split()) <= words or words <= set(o.lower().split())]
        return sum(self.mention_counts.get(o, 0) for o in same), -min(self.persons[o].first for o in same)

    def _fullest(self, name: str, gender: str | None = None) -> str:
        name = clean_name(name)
        if not name:
            return name
        words = name.split()
        fuller = [other for other in self.persons if len(other.split()) > len(words)
                  and other.split()[-1].lower() == words[-1].lower()
                  and all(w.lower() in (o.lower() for o in other.split()) for w in words)
                  and self.gender(other) in (None, gender or self.gender(other))]
        # a relative named beside the story's subject ("her husband, Frank Fiorina") never takes over
        # the family name the story uses for its subject
        if len(words) == 1 and fuller and all(self.is_relative(o) and not self.kin_of_another_family(o) for o in fuller) and \
                self.mention_counts.get(name, 0) > sum(self.mention_counts.get(o, 0) for o in fuller):
            return name
        best = max(fuller, key=lambda o: (not self.is_relative(o), *self._weight(o, fuller), len(o.split()),
                                          self.mention_counts.get(o, 0), -self.persons[o].first), default=name)
        if len(words) == 1 and best == name:
            # a first name alone ("Joe") when exactly one full name starts with it
            firsts = [o for o in self.persons if len(o.split()) > 1 and o.split()[0].lower() == name.lower()]
            if len(firsts) == 1:
                best = firsts[0]
        if len(words) == 1 and best == name:
            best = self._misspelt_surname(name) or best
        if len(words) == 1 and best == name and self.text:
            from spacy.lang.en.stop_words import STOP_WORDS  # here, so a warm start never imports spaCy

            # "Kirby" and, somewhere in the text, "John Kirby": the one first name written before it
            firsts = Counter(m.group(1) for m in re.finditer(
                r"\b([A-Z][a-z]+(?:\s[A-Z]\.)?)\s+" + re.escape(name) + r"\b", self.text)
                if m.group(1).lower().rstrip(".") not in TITLES and m.group(1) not in NOT_FIRST_NAMES
                and m.group(1).lower() not in STOP_WORDS and not is_epithet(m.group(1)))
            if len(firsts) == 1:
                best = f"{next(iter(firsts))} {name}"
        return best

    def _misspelt_surname(self, name: str) -> str | None:
        """'McLenney said …' in an article that named 'Tyresha McClenney': a surname of six or more letters
        one letter off the surname of exactly one full name, when no full name has it as written."""
        from rapidfuzz.distance import Levenshtein  # here, so a warm start never imports it

        if len(name) < 6 or not name[:1].isupper():
            return None
        close = {o for o in self.persons if len(o.split()) > 1 and not self.is_relative(o)
                 and Levenshtein.distance(o.split()[-1].lower(), name.lower()) == 1 and o.split()[-1][:2] == name[:2]}
        return close.pop() if len(close) == 1 else None

    def canonical_org(self, name: str) -> str:
        """The fuller form of an organisation named earlier ("Search and Rescue Agency" →
        "National Search and Rescue Agency")."""
        if re.fullmatch(r"[A-Z][A-Za-z]{1,11}", name) and f"({name})" in self.text:  # spelled out: "… Service (FSB)"
            m = re.search(r"((?:[A-Z][\w-]*[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?){1,6})\(" + name + r"\)", self.text)
            words = m.group(1).split() if m else []
            # the spelled-out name starts with the acronym's letter: "Kurdish-led Syrian Democratic Forces
            # (SDF)" → "Syrian Democratic Forces (SDF)"; "… Philippines (CBCP)" is not spelled out
            first = next((i for i, w in enumerate(words) if w[0] == name[0]), None)
            if first is not None:
                return f"{' '.join(words[first:])} ({name})"
        words = name.lower().split()
        if len(words) == 1 and words[0] in INSTITUTION_HEADS and name in (words[0], words[0].title()) and self.text:
            # "the administration said" and, once, "the Trump administration": that one; the word as
            # written first, then capitalised ("the academy": "the Royal Swedish Academy of Sciences",
            # "The Department": "California Department of Corrections and Rehabilitation (CDCR)")
            for word in dict.fromkeys((re.escape(name), re.escape(name.title()))):
                named = {_without_leading_stop_words(m.group(0)) for m in re.finditer(
                    r"\b(?:[A-Z][\w-]*[ \t]+){1,4}" + word +
                    r"\b(?:[ \t]+(?:of|and|for)(?:[ \t]+[A-Z][\w-]*)+){0,3}(?:[ \t]+\([A-Z]{2,6}\))?", self.text)}
                named = {n for n in named if len(n.split()) > 1}  # "Four Navy ships": just "Navy"
                if named:
                    return named.pop() if len(named) == 1 else name
            return name
        # only names that say they are institutions ("… Agency", "Air Force"); a surname or "Senate"
        # alone is too ambiguous
        if len(words) < 2 or words[-1] not in INSTITUTION_HEADS:
            return name
        fuller = Counter()
        # capitalised words right before it on the same line, no sentence break or possessive between
        found = [m.group(0) for m in re.finditer(
            r"\b(?:[A-Z][\w-]*[ \t]+){1,4}" + re.escape(name) + r"\b", self.text)] if self.text else []
        for text in [t for _, t in self.orgs] + found:
            text = re.sub(r"^the\s+", "", text.strip(), flags=re.I).removesuffix("'s").removesuffix("’s")
            other = text.lower().split()
            if len(other) > len(words) and (other[-len(words):] == words or _variant(words, other)):
                fuller[text] += 1
        return max(fuller, key=lambda t: (fuller[t], len(t))) if fuller else name

    def is_relative(self, name: str) -> bool:
        """Named as someone's relative: 'her husband, Frank Fiorina', 'his wife Ann'."""
        entry = self.persons.get(name)
        return entry is not None and any(w.strip(",.'’").lower() in KIN_NOUNS for r in entry.roles for w in r.split())

    def kin_of_another_family(self, name: str) -> bool:
        """'Patti Davis, Ronald Reagan’s daughter': the relative of someone of another surname, so the
        story's family name is theirs alone (unlike 'her husband, Frank Fiorina')."""
        entry = self.persons.get(name)
        surname = name.split()[-1].lower()
        return entry is not None and any(
            re.search(r"\b[A-Z][\w-]+['’]s\s+(?:\w+\s+)?" + re.escape(kin) + r"\b", r) and
            not re.search(r"\b" + re.escape(surname) + r"['’]s\b", r.lower())
            for r in entry.roles for kin in KIN_NOUNS if kin in r.lower().split())

    def gender(self, name: str) -> str | None:
        """'male', 'female' or None for a person of this article, by the first of: a gendered role
        ('spokeswoman', 'her husband'); the he or she the article takes the person up with (over the
        first name's usual gender when said twice); an honorific the article gives the surname ('Ms.
        Tempel') when no one else here has that surname; the usual gender of the first name."""
        if name in self._gender:
            return self._gender[name]
        found = None
        roles = [w.strip(",.'’").lower() for r in (self.persons[name].roles if name in self.persons else ())
                 for w in r.split()]
        if any(w in MALE_ROLE_WORDS for w in roles) != any(w in FEMALE_ROLE_WORDS for w in roles):
            found = MALE if any(w in MALE_ROLE_WORDS for w in roles) else FEMALE
        votes = self.pronoun_votes.get(name, Counter())
        words = name.split()
        usual = first_name_gender(words[0]) if len(words) > 1 else None
        top = max(votes["he"], votes["she"])
        if found is None and top and top >= 2 * min(votes["he"], votes["she"]) and (top >= 2 or usual is None):
            found = MALE if votes["he"] > votes["she"] else FEMALE  # the article itself beats the name's usual gender
        surname = words[-1] if words else ""
        if found is None and surname and self.text and \
                sum(1 for p in self.persons if p.split()[-1] == surname and p != name and len(p.split()) > 1) == 0:
            said = {HONORIFIC_GENDER[m.group(1).lower()] for m in re.finditer(
                r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z]\.\s+)?" + re.escape(surname) + r"\b", self.text)}
            found = said.pop() if len(said) == 1 else None
        found = self._gender[name] = found if found is not None else usual
        return found

    def agrees(self, name: str, pronoun: str) -> bool:
        """Whether a he/she pronoun can point back to this person (an unknown gender agrees with both)."""
        low = pronoun.lower()
        want = MALE if low in MALE_PRONOUNS else FEMALE if low in FEMALE_PRONOUNS else None
        have = self.gender(name)
        return want is None or have is None or want == have

    def performer_of(self, name: str, pos: int, reach: int = 800) -> str | None:
        """Who plays `name` at `pos`: a performer shown playing them shortly before (a sketch's 'Clinton asks')."""
        found = [perf for off, char, perf in self.performers if char == name and 0 <= pos - off <= reach]
        return found[-1] if found else None

    def _quoted_with(self, mention: int, pos: int) -> bool:
        """Whether a pronoun at `pos` stands inside the same quote as the mention."""
        return any(a <= mention < b and a <= pos < b for a, b in self.quote_spans)

    def role_of(self, canonical: str) -> str | None:
        roles = [r for n, e in self.persons.items() if self.canonical_person(n) == canonical for r in e.roles]
        if not roles:
            return None
        return max(roles, key=len)

    def person_by_role(self, noun: str, before: int) -> str | None:
        """'the spokesman' → the most recent person introduced with that role word."""
        noun = noun.lower()
        best = None
        for name, entry in self.persons.items():
            if entry.first >= before:
                continue
            if any(re.search(rf"\b{re.escape(noun)}\b", r.lower()) for r in entry.roles):
                if best is None or entry.first > best[0]:
                    best = (entry.first, self.canonical_person(name))
        return best[1] if best else None

    def last_person_before(self, pos: int, window: int = 600, pronoun: str = "",
                           exclude: frozenset[str] = frozenset()) -> tuple[int, str] | None:
        """A pronoun's antecedent (offset, name): the latest person of the pronoun's gender that was a
        subject nearby, else the latest person of that gender named within three windows (one named
        pages before is a guess); never one of `exclude`."""
        found = [(off, c, subj) for off, c, subj in self.person_mentions if off < pos and c not in exclude]
        found = [m for m in found if m[0] not in self.quoted or self._quoted_with(m[0], pos)] or found
        agreeing = [m for m in found if self.agrees(m[1], pronoun)]
        found = agreeing or found  # no one of that gender: the name's usual gender was wrong, not the article
        subjects = [(off, c) for off, c, subj in found if subj and pos - off <= window]
        if any(0 <= pos - b <= 4 for _, b in self.quote_spans):
            # '“…,” he said' after a speaker's report about someone ('Manafort said that Mr. Trump wanted
            # …. “…,” he said'): the one who has been speaking, not the one spoken of
            subjects = [m for m in subjects if not any(a <= m[0] < b for a, b in self.reported)] or subjects
        if subjects:
            return subjects[-1]
        return found[-1][:2] if found and pos - found[-1][0] <= 3 * window else None


def _without_leading_stop_words(name: str) -> str:
    """'The Trump administration' → 'Trump administration'; 'Four Navy' → 'Navy'."""
    from spacy.lang.en.stop_words import STOP_WORDS  # here, so a warm start never imports spaCy

    words = name.split()
    while words and words[0].lower() in STOP_WORDS:
        words.pop(0)
    return " ".join(words)


def _variant(short: list[str], long: list[str]) -> bool:
    """'Emergencies Ministry' within 'Emergency Situations Ministry': same head word, and every other
    word shares its first six letters with one of the longer name's."""
    return short[-1] == long[-1] and all(len(w) >= 6 and any(o[:6] == w[:6] for o in long[:-1]) for w in short[:-1])


def is_person_entity(ent, registry: Registry | None = None) -> bool:
    if ent.label_ != "PERSON" or ent[0].pos_ == "VERB":  # "Remarked Center" (an inverted cue) is no one
        return False
    name = clean_name(ent.text)
    if registry is not None and name in registry.not_persons:
        return False
    det = [c for c in ent.root.children if c.dep_ == "det" and c.lower_ in DETERMINERS and c.i == ent.start - 1]
    before = det[0].text + " " if det and ent[0].lower_ not in DETERMINERS else ""
    if any(rule(before + ent.text.strip(), name, registry.family_names if registry is not None else set())
           for rule in NO_PERSON_NAMES):
        return False
    if len(name.split()) > 2 and any(w in INSTITUTION_HEADS for w in name.lower().split()):
        return False  # "Center for Biological Diversity"
    if len(name.split()) == 1 and CAMEL_CASE.search(name):
        return False  # "EastMed", "WikiLeaks", "PayPal": a project or a company ("McConnell", "DeSantis" are names)
    return not looks_like_outlet(name)


# What a PERSON entity's words say it is no person's name. Each takes the text as written, the
# cleaned name and the family names of the article's full names, and says True when it names no one.

def leading_determiner(written: str, name: str, family: set[str]) -> bool:
    """'the Purple Heart', 'Los Hijos de Trump', 'the Clintons': a person's name is written without an
    article right before it ('the Rev. Peter Wherry' and 'a Donald Trump presidency' have a first name,
    'the Trump' of an article naming Donald Trump is him)."""
    words = written.split()
    return len(words) > 1 and words[0].lower() in DETERMINERS and (words[0].islower() or words[0] in ("Los", "Las")) \
        and bool(name) and not is_given_name(name.split()[0]) and name.split()[-1] not in family


def named_for_person(written: str, name: str, family: set[str]) -> bool:
    """'Trump Tower', 'Obama White House', 'Trump Plaza' beside 'Donald Trump': another person's
    family name before a common noun is a thing named for them ('Donald Trump Jr.' is a name)."""
    from .names import is_common_noun

    words = name.split()
    return len(words) >= 2 and words[0] in family and words[-1] not in family and not is_given_name(words[0]) \
        and is_common_noun(words[-1]) and words[-1].rstrip(".").lower() not in NAME_SUFFIXES


def initials_after_name(written: str, name: str, family: set[str]) -> bool:
    """'Junge SVP', 'Keystone XL': capital initials after a word are an organisation's or a product's
    name; a person's initials come first ('J.R. Smith') and a numeral ('Robert P. Casey III') is a suffix."""
    words = name.split()
    return not name.isupper() and any(w.isalpha() and w.isupper() and len(w) >= 2 and w.rstrip(".").lower() not in NAME_SUFFIXES
               for w in words[1:])


NO_PERSON_NAMES = (leading_determiner, named_for_person, initials_after_name)
DETERMINERS = frozenset("the a an los las".split())
NAME_SUFFIXES = frozenset("jr sr ii iii iv v".split())


CAMEL_CASE = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O'|O’)[A-Z][a-z]+[A-Z]")


def build_registry(doc, start: int = 0, text: str = "", quotes: Sequence = ()) -> Registry:
    """Names in the article; `quotes` (marks.QuoteSpan) fence off the quoted speakers' words.

    In steps, each needing the one before: what no person is; one walk over the entities for the
    names and roles, noting where people are mentioned and who is named beside whom; those mentions
    by the names now known; people named together; surnames the NER missed; then what depends on
    all of them."""
    reg = Registry(text=text)
    ents = [e for e in doc_ents(doc) if e.start_char >= start]
    _not_persons(reg, ents, text)
    people = {e.start: is_person_entity(e, reg) for e in ents}  # fixed once the step above is done
    mentioned, name_like = _names_and_roles(reg, ents, people, text, quotes)
    _mentions(reg, mentioned)
    _named_together(reg, name_like)
    _surnames_missed(reg, doc, start, quotes)
    reg.forget()  # roles came in after the names: relatives and genders are known only now
    # a recast name ("Trump", tagged ORG) was registered as written: every mention by its fullest name
    reg.person_mentions = sorted((off, reg.canonical_person(name), subj) for off, name, subj in reg.person_mentions)
    reg.quote_spans = [(q.open, q.outer_end) for q in quotes]
    reg.author = author_line(text)
    reg.quoted = {off for off, _, _ in reg.person_mentions if inside(quotes, off) is not None}
    _count_pronouns(reg, doc, quotes)
    reg.forget()
    _performers(reg, ents, people, text)
    return reg


# 'McKinnon impersonates Clinton', 'McKinnon says, dressed as Clinton', 'Baldwin, playing Trump': the first plays the second
PLAYS = re.compile(r"(?:\s+(?:says|said)\s*,)?\s*,?\s*(?:who\s+)?(?:impersonat\w+|portray\w*|parod(?:y|ies|ied|ying)|"
                   r"mimic\w*|spoof\w*|play(?:s|ed|ing)|(?:dressed|made up|costumed)(?:\s+up)?\s+as)\s+")
# 'Clinton's doppelgänger, Kate McKinnon': the second plays the first
PLAYED_BY = re.compile(r"['’]s\s+(?:doppelg\w+|impersonator|impressionist|look-?alike|alter ego)\s*,?\s*")


def _performers(reg: Registry, ents: list, people: dict, text: str) -> None:
    """Who plays whom in a parody or sketch, from two people named a few words apart in one sentence."""
    persons = [e for e in ents if people[e.start]]
    for a, b in zip(persons, persons[1:], strict=False):
        if a.sent != b.sent:
            continue
        between = text[a.end_char:b.start_char]
        first, second = reg.canonical_person(clean_name(a.text)), reg.canonical_person(clean_name(b.text))
        if first == second:
            continue
        if PLAYS.fullmatch(between):
            reg.performers.append((b.start_char, second, first))
        elif PLAYED_BY.fullmatch(between):
            reg.performers.append((b.start_char, first, second))


def _not_persons(reg: Registry, ents: list, text: str) -> None:
    """Single-token PERSONs that act as outlets (subject of "report", object of "told", an
    institution's short name in brackets), not the surname of a person named in full ("Donald
    Trump" … "told Trump"); and the family names of the full names."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    reg.family_names = {clean_name(e.text).split()[-1] for e in ents if e.label_ == "PERSON"
                        and len(clean_name(e.text).split()) > 1 and is_given_name(clean_name(e.text).split()[0])}
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text not in surnames:
            tok = ent[0]
            head = tok.head
            # "… Institute of Volcanology and Seismology (Phivolcs)": an institution's short name
            short_name = re.search(r"[A-Z][\w-]*[ \t]*\(" + re.escape(tok.text) + r"\)", text) is not None
            if (tok.dep_ in ("nsubj",) and head.lemma_ in ("report", "publish", "broadcast")) or \
                    (tok.dep_ == "dobj" and head.lemma_ == "tell") or looks_like_outlet(tok.text) or short_name:
                reg.not_persons.add(clean_name(ent.text))


def _names_and_roles(reg: Registry, ents: list, people: dict, text: str, quotes: Sequence) -> tuple[list, dict]:
    """Each person's name with the roles written beside it; names the NER typed ORG that are people's; the organisations.

    Also, from the same walk: the person entities (each a mention, once every name is known: _mentions)
    and the entities that read as a person's name, by their root token (_named_together)."""
    taken_up = _taken_up(ents, quotes)
    mentioned, name_like = [], {}
    for ent in ents:
        if people[ent.start] or (ent.label_ == "ORG" and 2 <= len(ent) <= 3 and
                                 all(t.pos_ == "PROPN" and t.text.istitle() for t in ent)):
            name_like[ent.root.i] = ent  # the NER sometimes calls a person's full name an ORG
        if people[ent.start]:
            mentioned.append(ent)
            name = clean_name(ent.text)
            if not name or not any(c.isalpha() for c in name):
                continue
            entry = reg.add_person(name, ent.start_char)
            role = role_before(ent)
            if role:
                entry.roles.append(role)
            for role in (appositive_role(ent), apposed_to(ent)):
                if role:
                    entry.roles.append(role)
        elif (role := _role_beside(ent)) is not None:
            reg.add_recast(clean_name(ent.text), ent).roles.append(role)
        elif _person_named_as_org(ent, text, taken_up):
            entry = reg.add_recast(clean_name(ent.text), ent)
            entry.roles += [r for r in (role_before(ent), appositive_role(ent), apposed_to(ent)) if r]
        elif ent.label_ in ("ORG", "GPE", "NORP") or (ent.label_ == "PERSON"):
            reg.orgs.append((ent.start_char, ent.text))
    return mentioned, name_like


def _mentions(reg: Registry, mentioned: list) -> None:
    """Where each person is named, by the fullest name, and whether as a subject (or 'according to')."""
    for ent in mentioned:
        name = clean_name(ent.text)
        if name in reg.persons:
            root = ent.root
            subject = root.dep_ in SUBJECTS or (
                root.dep_ == "pobj" and root.head.head.lower_ == "according") or (
                root.dep_ == "appos" and root.head.dep_ in SUBJECTS)  # "his pollster, Doug Schoen, says"
            reg.person_mentions.append((ent.start_char, reg.canonical_person(name, honorific_gender(ent), ent.start_char),
                                        subject))


def _named_together(reg: Registry, by_root: dict) -> None:
    """People named together ("officers Antoine Quirin and Nicolas Redouane"): "the defendants" later;
    `by_root`: the entities that read as a person's name, by their root token."""
    for ent in by_root.values():
        partners = [by_root[c.i] for c in ent.root.children if c.dep_ == "conj" and c.i in by_root]
        if partners and ent.root.dep_ != "conj" and any(e.label_ == "PERSON" for e in [ent, *partners]):
            for e in [ent, *partners]:  # a full name the NER called an ORG, beside a person's
                name = clean_name(e.text)
                if e.label_ == "ORG" and name not in reg.persons:
                    reg.add_recast(name, e)
            names = [reg.canonical_person(clean_name(e.text)) for e in [ent, *partners]]
            reg.groups.append((ent.start_char, " and ".join(dict.fromkeys(names))))


def _surnames_missed(reg: Registry, doc, start: int, quotes: Sequence) -> None:
    """A surname the NER missed this time ("Quirin denied …") is still a mention of that person."""
    by_surname: dict[str, list[str]] = {}
    for name in {reg.canonical_person(n) for n in reg.persons}:
        if not reg.is_relative(name):  # "Fiorina" is not her husband, named once as such
            by_surname.setdefault(name.split()[-1], []).append(name)
    tagged = {off for off, _, _ in reg.person_mentions}
    for i in positions(doc, "proper_noun", lambda lemma, pos, lower: pos == "PROPN"):
        tok = doc[i]
        if tok.idx >= start and tok.idx not in tagged and tok.ent_type_ != "PERSON" and \
                tok.dep_ in SUBJECTS and len(by_surname.get(tok.text, ())) == 1 and \
                inside(quotes, tok.idx) is None:  # the story's words, not a quote's
            reg.person_mentions.append((tok.idx, by_surname[tok.text][0], True))


NAME_PATTERN = r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}?)"
AUTHOR_NOTES = (
    re.compile(r"[—–-]*\s*" + NAME_PATTERN + r"(?:,[^.;]*?,)?\s+(?:(?:is|was|has been)\s+(?!\w+ing\b)|teaches\b|writes\b|lives\b)"),  # "X is …"
    re.compile(r"[—–-]*\s*" + NAME_PATTERN + r"\s*\.?\s*$"),  # "Daniel Hamilton."
    re.compile(r"From\b[^.]*?\bby\s+" + NAME_PATTERN + r"\s*[.,]"),  # "From STEALING AMERICA by Dinesh D’Souza."
)
BYLINE = re.compile(r"By\s+" + NAME_PATTERN + r"\s*$")
NOT_AUTHOR_NOTE = re.compile(r"[“”\"]|\b(?:said|says|told|tells|notes|noted|shares|added|adds)\b")


def author_line(text: str) -> str | None:
    """Who wrote the piece, as an opinion page says it in a short last paragraph ('Rick Scott is the Republican
    governor of Florida.', 'Daniel Hamilton.', 'From STEALING AMERICA by Dinesh D’Souza.') or a byline opens
    it ('By Jane Doe'): a name starting with a first name, else None."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if not paragraphs:
        return None
    tail = paragraphs[-1]
    found = []
    if len(tail.split()) <= 45 and not NOT_AUTHOR_NOTE.search(tail):
        found += [m for m in (pattern.match(tail) for pattern in AUTHOR_NOTES) if m is not None]
    found += [m for m in (BYLINE.match(p) for p in paragraphs[:3]) if m is not None]
    for m in found:
        name = m.group("name")
        if len(name.split()) >= 2 and is_given_name(name.split()[0]):  # "Gov. John Kasich is polling …": news
            return clean_name(name)
    return None


def _count_pronouns(reg: Registry, doc, quotes: Sequence = ()) -> None:
    """For each person named as a subject, the he or she that is the next subject in that sentence or
    the next, before anyone else is: how the article itself takes the person up."""
    if not reg.person_mentions:
        return
    starts = {off for off, _, _ in reg.person_mentions}
    for off, name, subject in reg.person_mentions:
        if not subject:
            continue
        span = doc.char_span(off, off + 1, alignment_mode="expand")
        if span is None:
            continue
        tok = span[0]
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head  # "Jan Brewer": the name's head word
        sent = tok.sent
        stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        for t in doc[tok.right_edge.i + 1:stop]:
            if t.idx in starts:
                break  # someone else is named first
            if inside(quotes, t.idx) is not None:
                continue  # the quote's own words take up someone else
            if t.dep_ in SUBJECTS:
                if t.lower_ in ("he", "she"):
                    reg.pronoun_votes.setdefault(name, Counter())[t.lower_] += 1
                if t.pos_ in ("PRON", "PROPN", "NOUN"):
                    break


def honorific_gender(ent) -> str | None:
    """'Mr. Obama': the gender the honorific before a name gives it."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return HONORIFIC_GENDER.get(before.lower_.rstrip(".")) if before is not None else None


def apposed_to(ent) -> str | None:
    """'her husband, Frank Fiorina': the description a name is set beside (without a leading article)."""
    root = ent.root
    head = root.head
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.i > ent.start:
        return None
    toks = [t for t in ent.doc[head.left_edge.i:head.i + 1] if not t.is_punct]
    while toks and toks[0].lower_ in ("the", "a", "an"):
        toks.pop(0)
    if not toks or len(toks) > 8:
        return None
    return doc_text(ent.doc)[toks[0].idx:toks[-1].idx + len(toks[-1])]


PERSON_NOUNS = NAME_PREFIXES | ROLE_NOUNS | KIN_NOUNS | MALE_ROLE_WORDS | FEMALE_ROLE_WORDS | frozenset(
    "host ceo executive nominee candidate moderator anchor strategist adviser advisor aide consultant".split())


def _person_named_as_org(ent, text: str, taken_up: dict[str, Counter]) -> bool:
    """'Carly Fiorina', 'Trump' tagged as an organisation, and the article treats the name as a person's:
    a person's role before or beside it, 'Ms. Fiorina', or he/she taking it up as the next subject (a
    single word: at least twice, and more than 'it')."""
    if ent.label_ != "ORG" or not 1 <= len(ent) <= 3 or \
            not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in ent):
        return False
    first, last = ent[0].text, ent[-1].text
    if first.lower() in NAME_PREFIXES or last.lower() in INSTITUTION_HEADS or looks_like_outlet(ent.text) or \
            ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return False
    votes = taken_up.get(last, Counter())
    person, thing = votes["he"] + votes["she"], votes["it"]
    if len(ent) == 1:
        return person >= 2 and person > 2 * thing
    if not is_first_name(first):
        return False
    roles = [r for r in (role_before(ent), appositive_role(ent), apposed_to(ent)) if r]
    if any(r.split()[-1].strip(",.").lower() in PERSON_NOUNS for r in roles):
        return True
    gender = first_name_gender(first)
    said = {HONORIFIC_GENDER[m.group(1).lower()] for m in re.finditer(
        r"\b(Mr|Mrs|Ms|Miss)\.?\s+" + re.escape(last) + r"\b", text)}
    if said and (gender is None or gender in said):
        return True
    return person >= 1 and person > thing


def _taken_up(ents, quotes: Sequence = ()) -> dict[str, Counter]:
    """For each last word of a name tagged as an organisation and standing as a subject, the he, she
    or it that is the next subject after it (in its sentence or the next, outside quotes)."""
    votes: dict[str, Counter] = {}
    for ent in ents:
        if ent.label_ != "ORG" or ent.root.dep_ not in SUBJECTS or len(ent) > 3:
            continue
        doc = ent.doc
        sent = ent.root.sent
        stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        for tok in doc[ent.end:stop]:
            if tok.dep_ in SUBJECTS and inside(quotes, tok.idx) is None:
                if tok.lower_ in ("he", "she", "it"):
                    votes.setdefault(ent[-1].text, Counter())[tok.lower_] += 1
                break
    return votes


def _role_beside(ent) -> str | None:
    """A full name the NER called an organisation or place, set beside a person's role, is a
    person's: 'Gáspár Maróth, the Hungarian Government commissioner,' and 'the president of
    Namibia, Hage Geingob,'. The role, or None."""
    if ent.label_ not in ("ORG", "GPE", "LOC", "FAC") or not 2 <= len(ent) <= 3 or \
            not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return None
    role = appositive_role(ent)
    if role and role.split()[-1].lower() in NAME_PREFIXES:
        return role
    root = ent.root
    place = root.head  # "president of Namibia, Hage Geingob": the parse hangs the name on the place
    if root.dep_ == "appos" and place.ent_type_ in ("GPE", "NORP", "LOC") and place.dep_ == "pobj" and \
            place.head.head.pos_ == "NOUN" and place.head.head.lower_ in NAME_PREFIXES:
        return doc_text(ent.doc)[place.head.head.idx:place.idx + len(place)]
    return None


def role_before(ent) -> str | None:
    """Words before a name inside its noun phrase: 'White House … spokesman' John Kirby."""
    root = ent.root
    left = root.left_edge
    if left.i >= ent.start:
        words = list(ent)
        cut = next((k for k, t in enumerate(words) if k > 0 and headline_verb(t.text)), len(words))
        titles = [t for t in words[:cut] if t.lower_.rstrip(".") in NAME_PREFIXES]  # not 'Lee Slams Mayor'
        return " ".join(t.text for t in titles) or None
    toks = [t for t in ent.doc[left.i:ent.start]]
    while toks and (toks[0].dep_ in ("det", "poss", "punct", "cc") or toks[0].lower_ in ("the", "a", "an")):
        toks.pop(0)
    while toks and toks[-1].dep_ == "punct" and toks[-1].text not in ")":
        toks.pop()
    if not toks or any(t.pos_ == "VERB" for t in toks) or len(toks) > 12:
        return None
    text = doc_text(ent.doc)[toks[0].idx:toks[-1].idx + len(toks[-1])]
    return text if any(c.isalpha() for c in text) else None


def appositive_role(ent) -> str | None:
    """'John Kirby, the NSC spokesman,' → 'the NSC spokesman' (without the article)."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            toks = [t for t in child.subtree if t.dep_ != "relcl"]
            toks = [t for t in toks if t.i >= child.left_edge.i]
            while toks and toks[0].lower_ in ("the", "a", "an"):
                toks.pop(0)
            while toks and toks[-1].is_punct:
                toks.pop()
            if toks and len(toks) <= 12:
                return doc_text(ent.doc)[toks[0].idx:toks[-1].idx + len(toks[-1])]
    return None
