"""Who each named person is across the corpus: one person, one name, in every article.

Within an article the coreference step gives the fullest name it finds; across articles "Obama",
"President Obama" and "Barack Obama" differ, "Joe Biden" and "Joseph R. Biden" differ, and a
surname alone may belong to several people. Here names are parsed (nameparser: titles, middle
names, suffixes) and:

- full names join when their surnames agree and their first names are the same, a diminutive of
  one another (the `nicknames` table) or one spelling apart, and nothing contradicts (middle
  initials, Jr./Sr.: "George H.W. Bush" is not "George W. Bush", "Donald Trump Jr" not his father);
- a surname alone, or a title and a surname, joins the one full name the evidence picks: the first
  name the same article writes, its titles ("President Obama"), Mr./Mrs./Ms. and he/she (gender),
  and which person of that surname dominates the corpus; when nothing decides it stays itself and
  is listed as a possible merge for the analyst;
- a person's name given an organisation's type in one article is a person there too.

Each decision is a named rule in an ordered table (switchable by name, like the attribution rules);
its name ends the statement's `why` ("… · corpus:surname_title").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from .quotes.lexicon import (
    FEMALE_PRONOUNS,
    FEMALE_ROLE_WORDS,
    HONORIFIC_GENDER,
    MALE_PRONOUNS,
    MALE_ROLE_WORDS,
    PARTY_MEMBER_NOUNS,
    TITLES,
)
from .quotes.names import first_name_gender, is_first_name, is_given_name, is_headline_verb, is_verb_word
from .quotes.phrases import clean_name
from .quotes.rules import ALL_ON, RuleSwitch

# abbreviations of the same title, so "Sen. Sanders" and "Senator Bernie Sanders" share one
TITLE_FORMS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
               "col": "colonel", "capt": "captain", "sgt": "sergeant", "prof": "professor", "pres": "president",
               "sec": "secretary", "atty": "attorney", "supt": "superintendent", "dr": "doctor", "adm": "admiral",
               "del": "delegate", "rev": "reverend", "gov.": "governor", "cmdr": "commander"}
# a title that says nothing of which person of a surname is meant
BLAND_TITLES = frozenset("mr mrs ms miss dr doctor sir dame lord lady officer".split())
DOMINANCE = 4.0  # a surname alone is the corpus's dominant person of that name at this many times the next
MIN_DOMINANT = 20  # statements and mentions before a first name alone may stand for its dominant person
JOINT = " and "


def fold(word: str) -> str:
    """A spelling key: accents, case, punctuation and doubled letters ignored; a final y or iy of a
    long name is a transliteration variant (Zelenskyy, Zelensky, Zelenskiy; Abedini is not Abedin)."""
    word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    word = re.sub(r"[^a-z]", "", word)
    word = re.sub(r"(.)\1+", r"\1", word)
    return (re.sub(r"i?y$", "", word) if len(word) >= 7 else word) or word  # Brady is not Brad


@dataclass(frozen=True)
class Name:
    """A person label split into its parts."""

    label: str
    core: str  # the label without titles and stray punctuation, as written
    title: str = ""
    first: str = ""
    middle: str = ""
    last: str = ""
    suffix: str = ""

    @property
    def full(self) -> bool:
        return bool(self.first and self.last)

    @property
    def last_key(self) -> str:
        return fold(self.last)


@functools.lru_cache(maxsize=65536)
def parse(label: str) -> Name:
    """'President Obama' → title President, last Obama; 'WALLACE' → last Wallace; '― Pamela Padilla'
    → Pamela Padilla; 'Democrat Dianne Feinstein', 'Breitbart’s Joel Pollak' → the name; epithets,
    headline verbs and what a spaced dash joins go as the article's own name cleaning has them go
    (phrases.clean_name); a one-word label is a surname."""
    from nameparser import HumanName

    text = re.sub(r"^[^\w]+|[^\w.]+$", "", " ".join(label.split()))
    if text.isupper() and len(text) > 3:  # a transcript's capitalised label
        text = text.title()
    text = re.sub(r"\s+(?:&|w|\W)$", "", text)  # a tweet's '@HillaryClinton &'
    if re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", text) and is_given_name(re.match(r"[A-Z][a-z]+", text)[0]):
        text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)  # a handle: 'HillaryClinton'
    words = text.split()
    titles = []  # kept: they are evidence of who is meant
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES | TITLE_FORMS.keys():
        titles.append(words.pop(0))
    while len(words) > 1 and (words[0].lower() in PARTY_MEMBER_NOUNS or re.search(r"['’]s$", words[0])):
        words.pop(0)
    core = clean_name(" ".join(words)) or " ".join(words)  # epithets, headline verbs, dashes: as the articles
    words = core.split()
    if len(words) > 1 and is_headline_verb(words[-1]):  # a headline's 'Clinton Needs …'
        words.pop()
        core = " ".join(words)
    if len(words) == 1:
        return Name(label, core, " ".join(titles), last=core)
    h = HumanName(core)
    first, middle, last = h.first, h.middle, h.last
    if not last:
        first, last = "", first
    if h.title:
        titles.append(h.title)
        core = re.sub("^" + re.escape(h.title) + r"\s*", "", core)
    return Name(label, core, " ".join(titles), first, middle, last, h.suffix)


def title_key(word: str) -> str:
    w = word.lower().rstrip(".")
    return TITLE_FORMS.get(w, w)


def word_gender(word: str) -> str | None:
    """'Mr.', 'Mrs.', 'Congresswoman', 'spokesman': the gender a title or role word says."""
    w = word.lower().rstrip(".")
    return HONORIFIC_GENDER.get(w) or ("male" if w in MALE_ROLE_WORDS else "female" if w in FEMALE_ROLE_WORDS
                                       else None)


@functools.lru_cache(maxsize=1)
def _nick_namer():
    from nicknames import NickNamer

    return NickNamer()


@functools.lru_cache(maxsize=65536)
def diminutive(a: str, b: str) -> bool:
    """'Joe' and 'Joseph', 'Ed' and 'Edward', 'Bill' and 'William': the shorter is listed as a
    diminutive of the longer both ways round ('Fred' and 'Will' are not: neither is the full form)."""
    short, long = sorted((a.lower().strip("."), b.lower().strip(".")), key=len)
    nn = _nick_namer()
    return len(short) < len(long) and long in nn.canonicals_of(short) and short in nn.nicknames_of(long)


def _initials(part: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s.]+", part) if w).lower()


def middles_agree(a: Name, b: Name) -> bool:
    """Missing on one side, or the same initials ('R.' and 'Robinette'; 'H.W.' is not 'W.')."""
    if not a.middle or not b.middle:
        return True
    ia, ib = _initials(a.middle), _initials(b.middle)
    return ia == ib


# Full names: which relation makes two full names one person. Each takes two parsed names with the
# same surname key and returns True when it joins them; the first that does names the join.

def same_first_name(a: Name, b: Name) -> bool:
    """'Donald Trump' and 'Donald J. Trump', 'Hilary Clinton' and 'Hillary Clinton': the same first name."""
    return fold(a.first) == fold(b.first)


def first_name_diminutive(a: Name, b: Name) -> bool:
    """'Joe Biden' and 'Joseph R. Biden', 'Ed Rendell' and 'Edward G. Rendell': a listed diminutive."""
    return diminutive(a.first, b.first)


def first_name_misspelt(a: Name, b: Name) -> bool:
    """'Rence Priebus' and 'Reince Priebus': first names of five or more letters one letter apart, not
    two first names of their own ('Ivana Trump' is not 'Ivanka Trump')."""
    from rapidfuzz.distance import Levenshtein

    fa, fb = a.first.lower(), b.first.lower()
    return min(len(fa), len(fb)) >= 5 and Levenshtein.distance(fa, fb) == 1 and fa[0] == fb[0] and \
        not (is_first_name(a.first) and is_first_name(b.first))


def goes_by_middle_name(a: Name, b: Name) -> bool:
    """'Rafael Edward Cruz' and 'Ted Cruz', 'Marcel Lehel Lazar' and 'Lehel Lazar': a person who goes by
    the middle name, or a diminutive of it, that the fuller form writes; a first name, not the maiden
    name of a double surname ('Rodham Clinton' is double_surname's)."""
    full, short = (a, b) if a.middle else (b, a)
    if not full.middle or short.middle or not short.first or not is_first_name(short.first):
        return False
    middle = full.middle.split()[0]
    return len(middle.strip(".")) > 1 and (fold(middle) == fold(short.first) or diminutive(middle, short.first))


FULL_NAME_RULES: tuple[Callable[[Name, Name], bool], ...] = (same_first_name, first_name_diminutive,
                                                              first_name_misspelt, goes_by_middle_name)


@dataclass
class Person:
    """One person of the corpus: the full names that are theirs and what is known of them."""

    names: Counter = field(default_factory=Counter)  # full labels → statements and mentions
    titles: Counter = field(default_factory=Counter)  # title words seen before the name
    genders: Counter = field(default_factory=Counter)  # Mr./Mrs./Ms. before the surname
    written: bool = False  # only written in some article's text, never named by a statement

    @property
    def name(self) -> str:
        """The form the corpus uses most, without titles; on a tie one with a first name, then the
        plainer one ('Paul Ryan' before 'Paul D. Ryan')."""
        return parse(max(self.names, key=lambda n: (self.names[n], is_given_name(parse(n).first), -len(n.split()),
                                                    -len(n), n))).core

    @property
    def weight(self) -> int:
        return sum(self.names.values())

    @property
    def gender(self) -> str | None:
        """What the first names say without doubt; else Mr./Mrs./Ms. in articles naming no namesake."""
        said = {first_name_gender(parse(n).first) for n in self.names} - {None}
        if len(said) == 1:
            return said.pop()
        if said or not self.genders:
            return None
        (top, n), *rest = self.genders.most_common()
        return top if not rest or n >= 3 * rest[0][1] else None

    @property
    def parsed(self) -> Name:
        return parse(self.name)


@dataclass(frozen=True)
class Evidence:
    """What one article says about a surname: first names written before it, titles, gender."""

    firsts: frozenset[str]
    titles: frozenset[str]
    gender: str | None


@dataclass
class Ask:
    """A surname-only label of one article, and what identity resolution knows to decide it."""

    name: Name
    candidates: list[Person]
    evidence: Evidence


def _gender_ok(p: Person, gender: str | None) -> bool:
    return gender is None or p.gender is None or p.gender == gender


def _title_ok(p: Person, titles: frozenset[str]) -> bool:
    """No distinctive title in the evidence, or one this person bears; a person known only from the
    texts bears none ('Pope Francis' is not the James Francis another story writes)."""
    distinctive = titles - BLAND_TITLES
    return not distinctive or bool(distinctive & p.titles.keys()) or not (p.titles or p.written)


def _plausible(ask: Ask) -> list[Person]:
    ev = ask.evidence
    return [p for p in ask.candidates if _gender_ok(p, ev.gender) and _title_ok(p, ev.titles)]


# Surnames alone: each rule takes the question and returns the person it picks, or None.

def first_name_in_article(ask: Ask) -> Person | None:
    """'Obama' in an article that writes 'Barack Obama' elsewhere: the first name the article gives."""
    firsts = ask.evidence.firsts
    found = [p for p in _plausible(ask) if any(
        any(fold(parse(n).first) == fold(f) or diminutive(parse(n).first, f) for f in firsts) for n in p.names)]
    return found[0] if len(found) == 1 else None


def surname_title(ask: Ask) -> Person | None:
    """'President Obama', 'Sen. Graham': the one person of that surname the corpus gives that title."""
    distinctive = ask.evidence.titles - BLAND_TITLES
    if not distinctive:
        return None
    found = [p for p in ask.candidates if distinctive & p.titles.keys() and _gender_ok(p, ask.evidence.gender)]
    if len(found) > 1:  # the title belongs to one of them far more than to the others
        found.sort(key=lambda p: -sum(p.titles[t] for t in distinctive))
        top, second = (sum(p.titles[t] for t in distinctive) for p in found[:2])
        found = found[:1] if top >= DOMINANCE * second else found
    return found[0] if len(found) == 1 else None


def surname_gender(ask: Ask) -> Person | None:
    """'Mrs. Clinton', 'Mr. Khan': the one person of that surname and gender (first names, Mr./Mrs. in other articles)."""
    if ask.evidence.gender is None:
        return None
    found = [p for p in ask.candidates if p.gender == ask.evidence.gender]
    return found[0] if len(found) == 1 and len(ask.candidates) > 1 else None


def surname_only_one(ask: Ask) -> Person | None:
    """'Kirby' when the corpus knows one person named Kirby (and nothing in the article contradicts)."""
    found = _plausible(ask)
    return found[0] if len(ask.candidates) == 1 and found else None


def surname_dominant(ask: Ask) -> Person | None:
    """'Obama' when the corpus quotes and names one Obama far more than any other of that surname."""
    found = sorted(_plausible(ask), key=lambda p: -p.weight)
    if not found:
        return None
    others = [p.weight for p in ask.candidates if p is not found[0]]
    return found[0] if not others or found[0].weight >= DOMINANCE * max(others) else None


SURNAME_RULES: tuple[Callable[[Ask], Person | None], ...] = (first_name_in_article, surname_title, surname_gender,
                                                              surname_only_one, surname_dominant)
# what may turn an organisation's one-word name into a person's: only what the article itself says
EVIDENCE_RULES = (first_name_in_article, surname_title, surname_gender)


def person_named_as_organisation(res: Resolution, article: str, label: str) -> str | None:
    """'Carly Fiorina', or 'Trump' in an article naming Donald Trump, typed an organisation: a person's name."""
    if label in res.people:
        return res.people[label].name
    return res.org_people.get((article, label)) or res.chosen.get((article, label), (None,))[0]


# what an organisation run for a person is: "the Clinton campaign", "Trump's transition team" (not "the Bush
# administration" or "the Clinton Foundation": names of their own, which a first name would misdate or misname)
PERSONS_ORG = re.compile(r"(?P<who>[A-Z][\w.'’ -]*?)\s+(?P<what>(?i:(?:presidential |re-?election |transition )?"
                         r"(?:campaign|camp|team)))")


def organisation_of_person(res: Resolution, article: str, label: str, text: str) -> str | None:
    """'Clinton campaign', 'Sanders campaign': an organisation named for a person carries that person's
    corpus name ('Hillary Clinton campaign'), chosen as a surname alone would be in that article."""
    m = PERSONS_ORG.fullmatch(label)
    if m is None:
        return None
    who = m["who"]
    name = parse(who)
    if who in res.people:
        person = res.people[who].name
    elif (article, who) in res.chosen:
        person = res.chosen[(article, who)][0]
    elif not name.full and res.by_last.get(name.last_key):
        found = RuleSwitch().first(SURNAME_RULES, Ask(name, res.by_last[name.last_key], _evidence(text, name)))
        person = found[1].name if found is not None else None
    else:
        return None
    return f"{person} {m['what']}" if person and person != who else None


def organisation_without_article(label: str, orgs: set[str]) -> str | None:
    """'The Associated Press', 'The New York Times': the name without its article, when the corpus
    also writes it so."""
    rest = label[4:] if label.startswith("The ") else ""
    return rest if rest in orgs else None


def organisation_spelt_otherwise(label: str, spellings: dict[str, Counter]) -> str | None:
    """'POLITICO' and 'Politico', 'F.B.I.' and 'FBI', 'emergencies ministry' and 'Emergencies Ministry':
    one name spelt in capitals, with dots or lower-case; the corpus's most frequent spelling that has a
    capital."""
    forms = spellings.get(_spelling_key(label))
    if not forms or len(forms) < 2:
        return None
    best = max(forms, key=lambda f: (f != f.lower(), forms[f], -f.count("."), f))
    return best if best != label else None


def _spelling_key(label: str) -> str:
    return re.sub(r"[.\s]", "", label.casefold())


# the words a newspaper's short name keeps ('the Times', 'the Post')
NEWSPAPER_WORDS = frozenset("Times Post Journal Herald Tribune Globe Chronicle Telegraph Guardian Examiner Inquirer "
                            "Gazette Observer Independent Mirror Sun Star".split())


def newspaper_short_name(label: str, text: str, orgs: set[str]) -> str | None:
    """'The Post reported …' in an article that names the Washington Post: the one paper of the
    corpus whose name ends so and that the article names in full."""
    if label not in NEWSPAPER_WORDS:
        return None
    fuller = {o.removeprefix("The ") for o in orgs
              if o.endswith(" " + label) and len(o.split()) <= 4 and o[:1].isupper() and o in text}
    fuller.discard(label)  # 'The Guardian' is its own name
    return fuller.pop() if len(fuller) == 1 else None


def _organisation_names(res: Resolution, quotes: pd.DataFrame, targets: pd.DataFrame, texts: dict[str, str],
                        rules: RuleSwitch) -> None:
    """Organisation labels that name one organisation another way, by article (res.orgs)."""
    rows = [(a, str(n)) for frame, who, kind in ((quotes, "speaker", "speaker_type"), (targets, "target", "target_type"))
            for a, n, org in zip(frame["article_id"], frame[who], frame[kind] == "organization", strict=True) if org]
    orgs = {label for _, label in rows}
    spellings: dict[str, Counter] = defaultdict(Counter)
    for _, label in rows:
        spellings[_spelling_key(label)][label] += 1
    for art, label in set(rows):
        text = texts.get(art, "")
        if rules.on("organisation_of_person") and (found := organisation_of_person(res, art, label, text)):
            res.orgs[(art, label)] = (found, "organisation_of_person")
            continue
        name, steps = label, []  # 'The Times' → 'Times' → 'New York Times': each step on the one before
        for rule, args in ((organisation_without_article, (orgs,)), (newspaper_short_name, (text, orgs)),
                           (organisation_spelt_otherwise, (spellings,))):
            if rules.on(rule.__name__) and (other := rule(name, *args)):
                name, steps = other, [*steps, rule.__name__]
        if steps:
            res.orgs[(art, label)] = (name, ">".join(steps))


def double_surname(label: str, people: dict[str, Person]) -> Person | None:
    """'Rodham Clinton', 'Wasserman Schultz': two surnames and no first name, the end of one person's
    full name ('Hillary Rodham Clinton')."""
    words = parse(label).core.split()
    if len(words) < 2 or is_given_name(words[0]):
        return None
    found = {id(p): p for n, p in people.items() if n != label and parse(n).core.split()[-len(words):] == words
             and len(parse(n).core.split()) > len(words)}
    return next(iter(found.values())) if len(found) == 1 else None


def first_name_alone(name: Name, text: str, by_first: dict[str, list[tuple[str, Person]]]) -> Person | None:
    """'Hillary' alone: the one person of that first name the article writes in full ('Hillary
    Clinton'), else the one the corpus names four times more than any other of that first name."""
    if name.full or name.title or not is_given_name(name.last):
        return None
    known = {id(p): p for _, p in by_first.get(fold(name.last), [])}
    written = {id(p): p for n, p in by_first.get(fold(name.last), [])
               if re.search(r"\b" + re.escape(parse(n).core) + r"\b", text)}
    if len(written) == 1:
        return next(iter(written.values()))
    ranked = sorted(known.values(), key=lambda p: -p.weight)  # else the one the corpus names far more
    if not written and ranked and (len(ranked) == 1 or ranked[0].weight >= DOMINANCE * ranked[1].weight):
        return ranked[0] if ranked[0].weight >= MIN_DOMINANT else None
    return None


def headline_word_before_name(label: str, text: str, known: set[str]) -> str | None:
    """'Rip Donald Trump', 'Will Sanders' (from the headlines 'Black Lawmakers Rip Donald Trump', 'Game
    over: Will Sanders come down …'): a verb or a modal written only in the headline before a name the
    corpus knows in full, or before a surname the article writes with another first name, is no first
    name; the rest is the name."""
    words = label.split()
    if len(words) < 2 or not is_verb_word(words[0]) or not text:
        return None
    title, _, body = text.partition("\n")
    if label not in title or re.search(r"\b" + re.escape(label) + r"\b", body):
        return None
    rest = " ".join(words[1:])
    if rest in known:
        return rest
    if len(words) == 2:
        firsts, _, _ = _article_evidence(body, rest)
        if any(f != words[0].lower() and is_given_name(f.title()) for f in firsts):
            return rest
    return None


def is_name_like(label: object) -> bool:
    """A person's name can be written so: capitalised words, no brackets or digits ('W]e' is a
    garbled quote, not someone a statement names)."""
    return isinstance(label, str) and re.fullmatch(r"[A-Z][\w'’.-]*(?: [\w'’.-]+)*", parse(label).core) is not None \
        and not re.search(r"\d", label)


def bare_name(label: str) -> str:
    """'Rev. Peter Wherry', 'Crooked Hillary Clinton', '― Pamela Padilla', 'WALLACE': the name without title, epithet or stray marks."""
    return parse(label).core


def joint_names(labels: list[str]) -> str:
    """'Ben Carson and Donald J. Trump': people named together, each under their corpus name."""
    return JOINT.join(dict.fromkeys(labels))


def tables() -> dict[str, list]:
    """The identity rule tables, for `rules list` and `--disable-rules`."""
    return {"speaker identity across the corpus: full names": [bare_name, headline_word_before_name, *FULL_NAME_RULES,
                                                                double_surname, joint_names],
            "speaker identity across the corpus: a surname alone": [*SURNAME_RULES, first_name_alone],
            "speaker identity across the corpus: types and mentions": [person_named_as_organisation,
                                                                        organisation_of_person,
                                                                        organisation_without_article,
                                                                        newspaper_short_name,
                                                                        organisation_spelt_otherwise,
                                                                        mention_contradicts_name,
                                                                        pronoun_contradicts_name]}


@dataclass
class Resolution:
    """The corpus's people and how each (article, label) was named."""

    people: dict[str, Person]  # full label → its person
    chosen: dict[tuple[str, str], tuple[str, str]]  # (article, label) → (corpus name, rule)
    ambiguous: dict[str, list[str]]  # surname-only label → the people it may be
    org_people: dict[tuple[str, str], str] = field(default_factory=dict)  # (article, org label) → person
    by_last: dict[str, list[Person]] = field(default_factory=dict)  # surname key → its people
    joined_by: dict[str, str] = field(default_factory=dict)  # full label → the rule that joined it to its person
    relabelled: dict[tuple[str, str], str] = field(default_factory=dict)  # (article, label) → the name without a headline word
    orgs: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # (article, org label) → (name, rule)

    def name(self, article: str, label: str, kind: str, rules: RuleSwitch = ALL_ON) -> tuple[str, str]:
        """(corpus name, the rule that chose it) of one label in one article; the rule is '' when
        the label is its own corpus name."""
        if not isinstance(label, str) or kind not in ("person", "organization"):
            return label, ""
        if kind == "person" and (article, label) in self.relabelled and rules.on("headline_word_before_name"):
            name, rule = self.name(article, self.relabelled[(article, label)], kind, rules)
            return name, "headline_word_before_name" + (f">{rule}" if rule else "")
        if kind == "organization":
            found = person_named_as_organisation(self, article, label) if rules.on(
                "person_named_as_organisation") else None
            if found:
                return found, "person_named_as_organisation"
            return self.orgs.get((article, label), (label, ""))
        if JOINT in label:
            joined = joint_names([self.name(article, p, kind, rules)[0] for p in label.split(JOINT)])
            return (joined, "joint_names") if joined != label and rules.on("joint_names") else (label, "")
        if label in self.people:
            best = self.people[label].name
            if best == label:
                return label, ""
            if label in self.joined_by:
                return best, self.joined_by[label]
            if bare_name(label) == best:
                return (best, "bare_name") if rules.on("bare_name") else (label, "")
            a, b = parse(label), parse(best)
            return best, next((r.__name__ for r in FULL_NAME_RULES if r(a, b)), "same_first_name")
        return self.chosen.get((article, label), (label, ""))


def mention_contradicts_name(res: Resolution, text: str, label: str, mention: str,
                             rules: RuleSwitch) -> tuple[str, str] | None:
    """'Mr. Obama' given the name 'Michelle Obama' (the article's one full name of that surname): the
    title or honorific of the mention picks another person of the surname."""
    person = res.people.get(label)
    m = parse(mention)
    if person is None or m.full or not m.title or m.last_key != parse(label).last_key:
        return None
    words = [title_key(w) for w in m.title.split()]
    gender = next((g for g in map(word_gender, words) if g), None)
    distinctive = frozenset(words) - BLAND_TITLES
    others = [p for p in res.by_last.get(m.last_key, []) if p is not person]
    wrong_gender = gender is not None and person.gender is not None and gender != person.gender
    wrong_title = bool(distinctive) and not distinctive & person.titles.keys() and any(
        distinctive & p.titles.keys() for p in others)
    if not others or not (wrong_gender or wrong_title):
        return None
    ev = _evidence(text, m)
    ask = Ask(m, [person, *others], Evidence(ev.firsts, ev.titles | distinctive, gender or ev.gender))
    found = RuleSwitch(rules.disabled).first(EVIDENCE_RULES, ask)
    if found is None or found[1] is person:
        return None
    return found[1].name, f"mention_contradicts_name>{found[0]}"


def _pronouns(quotes: pd.DataFrame, texts: dict[str, str]) -> list[str | None]:
    """The gender of each statement's speaker mention when it is a he or a she (else None)."""
    out = []
    for art, s, e in zip(quotes["article_id"], quotes["speaker_start"], quotes["speaker_end"], strict=True):
        word = texts.get(art, "")[int(s):int(e)].lower() if pd.notna(s) and pd.notna(e) else ""
        out.append("male" if word in MALE_PRONOUNS else "female" if word in FEMALE_PRONOUNS else None)
    return out


def pronoun_contradicts_name(names: list[str], types: list[str], whys: list[str], pronouns: list[str | None],
                             res: Resolution) -> None:
    """'“It never crossed my mind,” she said' given to Barack Obama, '“When we met …,” he said' to
    Hillary Clinton: a he or she whose gender the corpus contradicts — the person's first name and
    honorifics, and the he/she of their other statements, three to one — is an unknown speaker
    rather than the wrong person."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for name, kind, g in zip(names, types, pronouns, strict=True):
        if kind == "person" and g:
            votes[name][g] += 1
    for name, v in votes.items():
        person = res.people.get(name)
        if person is not None:
            said = {first_name_gender(parse(n).first) for n in person.names} - {None}
            if len(said) == 1:
                v[said.pop()] += 2
            v.update(person.genders)
    for i, (name, kind, g) in enumerate(zip(names, types, pronouns, strict=True)):
        other = "female" if g == "male" else "male"
        if kind == "person" and g and votes[name][other] >= 3 * votes[name][g]:
            names[i], types[i] = "unknown", "unknown"
            whys[i] += " · corpus:pronoun_contradicts_name"


def _article_evidence(text: str, last: str) -> tuple[set[str], Counter, Counter]:
    """First names written before the surname (lower case), title words before it, and the gender
    its honorifics give."""
    firsts: set[str] = set()
    titles: Counter = Counter()
    genders: Counter = Counter()
    for m in re.finditer(r"((?:[A-Z][\w.’'-]*\.?\s+){0,3})" + re.escape(last) + r"\b", text):
        words = m.group(1).split()
        for w in words:
            t = title_key(w)
            if word_gender(w):
                genders[word_gender(w)] += 1
            if t in TITLES or w.lower().rstrip(".") in TITLE_FORMS:
                titles[t] += 1
        names = [w for w in words if title_key(w) not in TITLES and w.lower().rstrip(".") not in TITLE_FORMS]
        if names and not names[-1].endswith(".") and len(names[-1]) > 1:
            firsts.add(names[-1].lower())
    return firsts, titles, genders


def resolve(quotes: pd.DataFrame, targets: pd.DataFrame, texts: dict[str, str],
            rules: RuleSwitch = ALL_ON) -> Resolution:
    """Every person label of the statements and their targets, named once for the corpus."""
    weights: Counter = Counter()
    labels: dict[str, set[str]] = defaultdict(set)  # label → articles
    relabelled = _headline_words(quotes, targets, texts) if rules.on("headline_word_before_name") else {}
    for frame, who, kind in ((quotes, "speaker", "speaker_type"), (targets, "target", "target_type")):
        rows = frame[frame[kind] == "person"]
        for art, label in zip(rows["article_id"], rows[who], strict=True):
            label = relabelled.get((art, label), label)
            for part in str(label).split(JOINT):
                weights[part] += 1
                labels[part].add(art)
    people, joined = _people(weights, labels, texts, rules)
    by_last: dict[str, list[Person]] = defaultdict(list)
    for p in {id(p): p for p in people.values()}.values():
        by_last[p.parsed.last_key].append(p)
    unknown = {parse(n).last for n in labels if not parse(n).full and parse(n).last_key not in by_last}
    for key, persons in _written_people(texts, unknown).items():
        by_last[key] += persons
    res = Resolution(people, {}, {}, by_last=by_last, joined_by=joined, relabelled=relabelled)
    quiet = RuleSwitch(rules.disabled)  # decided per label here, counted per statement in rename()
    by_first: dict[str, list[tuple[str, Person]]] = defaultdict(list)
    for n, p in people.items():
        by_first[fold(parse(n).first)].append((n, p))
    for label, arts in labels.items():
        name = parse(label)
        if not name.full and rules.on("first_name_alone"):  # a given name alone: before it is read as a surname
            for art in arts:
                person = first_name_alone(name, texts.get(art, ""), by_first)
                if person is not None:
                    res.chosen[(art, label)] = (person.name, "first_name_alone")
        if name.full or not by_last.get(name.last_key):
            continue
        for art in arts:
            if (art, label) in res.chosen:
                continue
            ask = Ask(name, by_last[name.last_key], _evidence(texts.get(art, ""), name))
            found = quiet.first(SURNAME_RULES, ask)
            if found is not None:
                res.chosen[(art, label)] = (found[1].name, found[0])
            else:
                res.ambiguous[label] = sorted(p.name for p in ask.candidates)
    _organisations_named_as_people(res, quotes, labels, texts, rules)
    _organisation_names(res, quotes, targets, texts, rules)
    return res


def _organisations_named_as_people(res: Resolution, quotes: pd.DataFrame, labels: dict[str, set[str]],
                                   texts: dict[str, str], rules: RuleSwitch) -> None:
    """A surname typed an organisation ("Trump said" tagged ORG) where the article names that person:
    the one person of that surname the article's statements name, else what the article says."""
    by_last, quiet = res.by_last, RuleSwitch(rules.disabled)
    speaking: dict[str, set[str]] = defaultdict(set)
    for label, arts in labels.items():
        for art in arts:
            speaking[art].add(res.name(art, label, "person")[0])
    orgs = quotes[quotes["speaker_type"] == "organization"]
    for art, label in set(zip(orgs["article_id"], orgs["speaker"], strict=True)):
        name = parse(str(label))
        if name.full or not by_last.get(name.last_key) or not rules.on("person_named_as_organisation"):
            continue
        same = {n for n in speaking[art] if parse(n).last_key == name.last_key and parse(n).full}
        if len(same) == 1:
            res.org_people[(art, label)] = same.pop()
            continue
        ask = Ask(name, by_last[name.last_key], _evidence(texts.get(art, ""), name))
        found = quiet.first(EVIDENCE_RULES, ask)
        if found is not None:
            res.org_people[(art, label)] = found[1].name


def _headline_words(quotes: pd.DataFrame, targets: pd.DataFrame, texts: dict[str, str]) -> dict[tuple[str, str], str]:
    """(article, label) → the label without the headline verb or modal it starts with."""
    pairs = set()
    for frame, who, kind in ((quotes, "speaker", "speaker_type"), (targets, "target", "target_type")):
        rows = frame[frame[kind] == "person"]
        pairs |= {(a, str(n)) for a, n in zip(rows["article_id"], rows[who], strict=True) if JOINT not in str(n)}
    known = {n for _, n in pairs if parse(n).full}
    out = {}
    for art, label in pairs:
        found = headline_word_before_name(label, texts.get(art, ""), known - {label})
        if found is not None:
            out[(art, label)] = found
    return out


def _written_people(texts: dict[str, str], surnames: set[str]) -> dict[str, list[Person]]:
    """People of these surnames whom no statement names but some article writes in full: 'WALLACE'
    in a transcript, 'Fox News' Chris Wallace' in another story. One pass over each text."""
    if not surnames:
        return {}
    pattern = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(" + "|".join(
        re.escape(n) for n in sorted(surnames, key=len, reverse=True)) + r")\b")
    found: Counter = Counter()
    for text in texts.values():
        found.update(f"{m[1]} {m[2]}" for m in pattern.finditer(text) if is_given_name(m[1]))
    out: dict[str, dict[str, Person]] = defaultdict(dict)
    for full, n in found.items():
        name = parse(full)
        if not name.full:
            continue
        person = out[name.last_key].setdefault(fold(name.first), Person(written=True))
        person.names[full] += n
    return {key: list(persons.values()) for key, persons in out.items()}


def _evidence(text: str, name: Name) -> Evidence:
    """What the article says of the surname (a pronoun is no evidence: it was resolved to this
    label by the rules whose choice is being checked)."""
    firsts, titles, genders = _article_evidence(text, name.last)
    for w in name.title.split():
        titles[title_key(w)] += 1
        if word_gender(w):
            genders[word_gender(w)] += 1
    gender = None
    if genders:
        (top, n), *rest = genders.most_common()
        gender = top if not rest or n >= 3 * rest[0][1] else None
    return Evidence(frozenset(firsts), frozenset(titles), gender)


def _people(weights: Counter, labels: dict[str, set[str]], texts: dict[str, str],
            rules: RuleSwitch) -> tuple[dict[str, Person], dict[str, str]]:
    """Full names grouped into people, most mentioned first: a name joins the one person every
    name of whom it agrees with (no chains: 'J. Smith' never ties John to Jane); and the labels a
    rule other than the full-name rules joined to their person."""
    by_last: dict[str, list[Person]] = defaultdict(list)
    people: dict[str, Person] = {}
    for label in sorted(weights, key=lambda n: (-weights[n], n)):
        name = parse(label)
        if not name.full:
            continue
        options = [p for p in by_last[name.last_key] if all(_joins(name, parse(n), labels, texts, rules)
                                                            for n in p.names)]
        person = options[0] if len(options) == 1 else Person()
        if person not in options:
            by_last[name.last_key].append(person)
        person.names[label] = weights[label]
        people[label] = person
        for art in labels[label]:
            _, titles, _ = _article_evidence(texts.get(art, ""), f"{name.first} {name.last}")
            person.titles.update(t for t in titles if t not in BLAND_TITLES)
    joined = {}
    for label in list(people) if rules.on("double_surname") else ():
        person = double_surname(label, people)
        if person is not None and person is not people[label] and len(people[label].names) == 1:
            by_last[parse(label).last_key].remove(people[label])
            person.names[label] = weights[label]
            people[label] = person
            joined[label] = "double_surname"
    for group in by_last.values():
        for person in group:
            _honorifics(person, group, labels, texts)
    return people, joined


def _honorifics(person: Person, namesakes: list[Person], labels: dict[str, set[str]], texts: dict[str, str]) -> None:
    """'Mr. Sanders' and 'Sen. Sanders' in an article naming Bernie Sanders and no other Sanders:
    his gender and titles."""
    others = [re.compile(re.escape(parse(n).first) + r"\s+(?:\S+\s+)?" + re.escape(parse(n).last))
              for p in namesakes if p is not person for n in p.names]
    for art in {a for n in person.names for a in labels.get(n, ())}:
        text = texts.get(art, "")
        if not text or any(o.search(text) for o in others):
            continue
        _, titles, genders = _article_evidence(text, person.parsed.last)
        person.genders.update(genders)
        person.titles.update(t for t in titles if t not in BLAND_TITLES)


def _joins(a: Name, b: Name, labels: dict[str, set[str]], texts: dict[str, str], rules: RuleSwitch) -> bool:
    if a.last_key != b.last_key or not middles_agree(a, b) or not _suffixes_agree(a, b, labels, texts):
        return False
    g1, g2 = first_name_gender(a.first), first_name_gender(b.first)
    if g1 and g2 and g1 != g2:
        return False
    rule = next((r for r in FULL_NAME_RULES if rules.on(r.__name__) and r(a, b)), None)
    # an article naming both forms is how one who goes by a middle name is introduced ('Mr. Cruz changed his
    # Spanish-sounding name, Rafael Edward Cruz'); two first names in one article are two people
    return rule is not None and (rule in (same_first_name, goes_by_middle_name) or not _named_apart(a, b, labels, texts))


def _named_apart(a: Name, b: Name, labels: dict[str, set[str]], texts: dict[str, str]) -> bool:
    """One article names both ('Gary Johnson' and 'Garrett Johnson'): two people, whatever the
    diminutives table says."""
    arts = labels.get(a.label, set()) | labels.get(b.label, set())
    return any(a.core in texts.get(art, "") and b.core in texts.get(art, "") for art in arts)


def _suffixes_agree(a: Name, b: Name, labels: dict[str, set[str]], texts: dict[str, str]) -> bool:
    """The same suffix; or 'Joseph R. Biden Jr.' beside 'Joe Biden' (a middle name given, and no
    article of the Jr. naming a father apart): 'Donald Trump Jr' stays apart from his father."""
    sa, sb = a.suffix.lower().strip(".,"), b.suffix.lower().strip(".,")
    if sa == sb:
        return True
    if sa and sb:
        return False
    junior, plain = (a, b) if sa else (b, a)
    if not junior.middle:
        return False
    father = re.compile(re.escape(f"{plain.first} {plain.last}") + r"(?!,?\s+(?:Jr|Sr|II|III))\b")
    return not any(father.search(texts.get(art, "")) for art in labels.get(junior.label, ()))


def rename(quotes: pd.DataFrame, targets: pd.DataFrame, texts: dict[str, str],
           rules: RuleSwitch = ALL_ON) -> tuple[pd.DataFrame, pd.DataFrame, Resolution]:
    """Statements and targets under their corpus names; the name as the article gave it stays in
    `speaker_alias`, and `why` ends with the identity rule that chose another name. A person target
    that is no name ('W]e') is left out."""
    res = resolve(quotes, targets, texts, rules)
    q = quotes.assign(speaker_alias=quotes["speaker"])
    names, types, whys = [], [], []
    for art, label, kind, why, s, e in zip(q["article_id"], q["speaker"], q["speaker_type"], q["why"],
                                           q["speaker_start"], q["speaker_end"], strict=True):
        text = texts.get(art, "")
        checked = mention_contradicts_name(res, text, label, text[int(s):int(e)], rules) \
            if kind == "person" and pd.notna(s) and pd.notna(e) and rules.on("mention_contradicts_name") else None
        name, rule = checked or res.name(art, label, kind, rules)
        for step in rule.split(">") if rule else ():  # fire counts: per statement, as the article's rules
            rules.count(step)
        names.append(name)
        types.append("person" if rule == "person_named_as_organisation" else kind)
        whys.append(f"{why} · corpus:{rule}" if rule else why)
    if rules.on("pronoun_contradicts_name"):
        pronoun_contradicts_name(names, types, whys, _pronouns(q, texts), res)
    q["speaker"], q["speaker_type"], q["why"] = names, types, whys
    t = targets[~((targets["target_type"] == "person") & ~targets["target"].map(is_name_like))].copy()
    for col, kind in (("speaker", "speaker_type"), ("target", "target_type")):
        found = [res.name(a, n, k, rules) for a, n, k in zip(t["article_id"], t[col], t[kind], strict=True)]
        t[col] = [n for n, _ in found]
        t.loc[[r == "person_named_as_organisation" for _, r in found], kind] = "person"
    return q, t, res
