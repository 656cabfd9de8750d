"""What the text around a statement says about when it was said: dates on the clauses a cue
hangs from or opening its sentence, the sentences that date an occasion and who takes part in them,
documents and occasions named in one place and dated in another, and the dated headings of a
round-up. The dating rules (dating.py) read the article through `DatingContext`.

Only dates outside every statement's reported words and every quote count here: a date in what is
reported is not when it was said.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from ..models import DateExpr
from ..periods import period
from .lexicon import DIRECT_VERBS, INDIRECT_VERBS, SUBJECTS
from .marks import QuoteSpan
from .rules import ALL_ON, RuleSwitch
from .statement import Statement

When = tuple[str | None, str | None]


@dataclass
class DatingContext:
    """The article's dates, its statements and what each speaker was last dated by."""

    text: str
    dates: list[DateExpr]
    quotes: list[QuoteSpan]
    article_date: date | None
    statements: list[Statement] = field(default_factory=list)
    doc: object | None = None
    # speaker key → (value, granularity), offset of the statement that gave it
    last: dict[str, tuple[When, int]] = field(default_factory=dict)
    rules: RuleSwitch = ALL_ON

    @cached_property
    def contents(self) -> list[tuple[int, int]]:
        """Every statement's reported words (a date right after the cue is set apart from them:
        dating.speech_date_apart) and every quote: dates there are what is reported."""
        spans = [p for st in self.statements for p in st.candidate.pieces]
        spans += [(q.open, q.outer_end) for q in self.quotes]
        return sorted(spans)

    def in_content(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.contents)

    @cached_property
    def usable(self) -> list[DateExpr]:
        """Dates that can date a speech act: resolved, a calendar period, outside what is reported."""
        return [d for d in self.dates if speech_time(d) and d.start >= self.body and not self.in_content(d.start)]

    def possible(self, d: DateExpr) -> bool:
        """Whether a speech act can have this date: not one after the article was published ('the
        third debate on Oct. 19' in a September story; 'said on Monday she may …' read as next Monday)."""
        return not starts_after(d.value, self.article_date)

    def long_before(self, when: When | None) -> bool:
        """Whether a date ends more than a year before publication: words said then need the text
        to say so on their own occasion (a dated interview, book or speech, 'said in 2012'), not a
        past event the story recalls beside them."""
        return long_before(when, self.article_date)

    def when(self, d: DateExpr) -> When | None:
        """The date a speech act can take from `d`; None when it cannot be that (after publication)."""
        return (d.value, d.granularity) if self.possible(d) else None

    @cached_property
    def body(self) -> int:
        """Where the story starts: a short first line above it (a dateline, a title) dates nothing,
        nor do the title, subtitle and abstract an archive export puts above its 'FULL TEXT' line."""
        marked = FULL_TEXT.search(self.text, 0, 4000)
        if marked:
            return marked.end()
        lines = list(re.finditer(r"(?m)^[ \t]*(\S[^\n]*)$", self.text))
        if len(lines) > 1 and len(lines[0].group(1).split()) <= 10:
            return lines[1].start(1)
        return 0

    def root(self, d: DateExpr):
        """The token heading the date phrase in the parse (None without a parse)."""
        if self.doc is None:
            return None
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    @cached_property
    def sentences(self) -> list:
        return list(self.doc.sents) if self.doc is not None else []

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start_char for s in self.sentences]

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    @cached_property
    def paragraph_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer(r"\n\s*\n|\n", self.text)]

    def paragraph_index(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    @cached_property
    def occasions(self) -> list[Occasion]:
        """The sentences that date an occasion: a date on the main clause, or opening the sentence."""
        return [o for i, sent in enumerate(self.sentences) if (o := occasion_of(self, i, sent)) is not None]

    @cached_property
    def headings(self) -> list[tuple[int, When]]:
        """(offset, date) of each dated heading over a round-up's section."""
        return find_headings(self)


@dataclass
class Occasion:
    """A sentence whose main clause is dated, and who takes part in it (subjects, speakers dated by it)."""

    sentence: int
    start: int
    when: When | None  # None: dated, but not to a day a speech act can have (after publication)
    participants: list = field(default_factory=list)  # subject tokens
    speakers: set[str] = field(default_factory=set)  # speaker keys of statements dated by its date
    speech: bool = False  # its main verb is a speech act ("both yesterday questioned …")
    said: bool = True  # its date is a speech act's: words said then, not an event beside them


def speaker_key(st: Statement) -> str | None:
    """Who speaks, for carrying a date: the resolved name; an unnamed source by its role ('the head of
    the police's internal investigators', which 'She also said' after it takes up), else its noun."""
    sp = st.speaker
    if not sp.resolved:
        return None
    if sp.type == "anonymous":
        subj = st.candidate.subject
        if sp.role:
            return f"anonymous:{sp.role.lower()}"
        return f"anonymous:{subj.lemma_.lower()}" if subj is not None and subj.pos_ == "NOUN" else None
    return sp.name


def position(st: Statement) -> int:
    cand = st.candidate
    return cand.cue.idx if cand.cue is not None else cand.pieces[0][0]


# "reported third-quarter profit grew": a reporting period is what is reported on, not when
REPORTING_PERIODS = frozenset({"quarter", "half"})
# "the 19th-century contest", "in the early 1990s": no one speaks for a decade or a century
EPOCHS = frozenset({"decade", "century"})


def speech_time(d: DateExpr) -> bool:
    """Whether a date phrase can be when words were said: resolved, not vague, a calendar period
    short enough to hold a speech act (not a reporting quarter, a decade or a century)."""
    return d.value is not None and not d.vague and d.granularity not in REPORTING_PERIODS | EPOCHS

LEADING_DATE = re.compile(r"(?:on|at|in)?\s*")
AFTER_LEADING_DATE = re.compile(r"[\s,]*(?:that\s+)?")
THAT_BEFORE = re.compile(r"(?i)\bthat\s*$")
# "reported 2,521 shootings between January 1 and September 18": a range is what is reported on
RANGE_BEFORE = re.compile(r"(?i)\b(?:between|since|from|until|till|through|to)\s+(?:the\s+)?$")


def leading_date(st: Statement, text: str, dates: list[DateExpr]) -> tuple[DateExpr, int] | None:
    """The date right after the cue and where the statement then starts."""
    cand = st.candidate
    if cand.kind != "indirect" or cand.mode != "clause" or cand.cue is None or not cand.pieces:
        return None
    s, e = cand.pieces[0]
    between = text[cand.cue.idx + len(cand.cue):s]
    if len(between.split()) > 6 or any(c in between for c in ".;:\"“”") or THAT_BEFORE.search(between):
        return None  # "noted that last year Pagliano invoked …": after "that", the date is in what is reported
    for d in dates:
        if s <= d.start < e and speech_time(d) and LEADING_DATE.fullmatch(text[s:d.start]):
            span = cand.cue.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "poss") or \
                    re.match(r"\s*,|['’]s\b", text[d.end:]):  # "said Monday was …", "in December, X …"
                continue
            rest = AFTER_LEADING_DATE.match(text, d.end).end()
            if len(text[rest:e].split()) >= 3:
                return d, rest
    return None


# How a date phrase modifies a verb: "said Monday", "Yesterday … told", "on Tuesday", "in June"
TIME_DEPS = frozenset({"npadvmod", "advmod", "tmod", "obl"})
TIME_PREPS = frozenset({"on", "in", "at", "during", "over", "throughout", "earlier", "later"})
# A date dating the noun it modifies: "a March 2016 meeting", "the debate Monday night", "Tuesday's hearing"
OCCASION_MODIFIERS = frozenset({"compound", "nmod", "npadvmod", "nummod", "amod", "poss"})


def attached(root, verb) -> bool:
    """Whether the date phrase headed by `root` modifies `verb`: directly ('said Monday', 'on
    Tuesday') or through the occasion it dates ('In a March 2016 meeting … said', 'during the debate
    Monday night')."""
    if root.head == verb and root.dep_ in TIME_DEPS and root != verb:
        return True
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in TIME_PREPS and prep.head == verb:
        return True
    noun = root.head
    if root.dep_ in OCCASION_MODIFIERS and noun.pos_ == "NOUN" and noun.dep_ == "pobj":
        prep = noun.head
        return prep.dep_ == "prep" and prep.lower_ in TIME_PREPS and prep.head == verb
    return False


def dates_on(ctx: DatingContext, verb, skip=None) -> list[DateExpr]:
    """Usable dates modifying `verb` directly, outside the subtree of `skip`."""
    lo, hi = verb.sent.start_char, verb.sent.end_char
    out = []
    for d in ctx.usable:
        if not lo <= d.start < hi:
            continue
        root = ctx.root(d)
        if root is None or (skip is not None and skip.left_edge.i <= root.i <= skip.right_edge.i):
            continue
        if attached(root, verb) and not RANGE_BEFORE.search(ctx.text, 0, d.start):
            out.append(d)
    return out


# The line archive exports (ProQuest, LexisNexis) put between a story's title and abstract and its text.
FULL_TEXT = re.compile(r"(?im)^[ \t]*(?:full[ \t]+text|body|text)[ \t]*[.:]?[ \t]*\n\s*")

OPENING = re.compile(r"(?i)[\W_]*(?:(?:on|in|at|during|early|late|earlier|later)\s+)?(?:the\s+)?")


def opening_date(ctx: DatingContext, sent) -> DateExpr | None:
    for d in ctx.usable:
        if sent.start_char <= d.start < sent.end_char and OPENING.fullmatch(ctx.text, sent.start_char, d.start):
            root = ctx.root(d)
            if root is not None and root.dep_ not in ("nsubj", "nsubjpass", "poss", "compound"):
                return d
    return None


# Documents whose words speak on the day they were published or sent; families share a date (a
# press release speaks with the findings it announces: "In a press release, Gownaris said …")
DOCUMENTS = {w: fam for fam, words in {
    "study": "study paper research finding findings release",
    "report": "report",
    "survey": "survey poll",
    "analysis": "analysis",
    "letter": "letter",
    "statement": "statement",
    "book": "book autobiography memoir",
    "column": "column op-ed essay editorial",
    "tweet": "tweet post",
    "filing": "filing complaint lawsuit",
}.items() for w in words.split()}


# Who speaks for a study: "the team wrote", "the researchers say"
AUTHOR_NOUNS = frozenset("""team researcher researchers author authors scientist scientists archaeologist archaeologists
investigator investigators""".split())


def dated_mentions(ctx: DatingContext, wanted: Callable) -> list[tuple[object, DateExpr]]:
    """Mentions of a document or occasion with a date of their own: 'Monday's debate', 'the study,
    published on Thursday', 'sent a letter Thursday', 'during the debate Monday night'."""
    if ctx.doc is None:
        return []
    out = []
    for d in ctx.usable:
        root = ctx.root(d)
        if root is None:
            continue
        head = root.head if root.dep_ != "pobj" else root.head.head
        cands = [head]
        if head.pos_ in ("VERB", "AUX"):
            # the verb's subject or object ("released findings on Thursday"), or the noun it modifies
            cands += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            cands += [p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            if head.dep_ in ("acl", "relcl"):
                cands.append(head.head)
            if not attached(root, head):
                continue
        for n in cands:
            if n.pos_ == "NOUN" and wanted(n) and not ctx.in_content(n.idx):
                out.append((n, d))
    return out


def nearest(dated: list[tuple[int, DateExpr]], pos: int, day: date | None = None) -> When | None:
    """The date of the nearest mention before `pos`, else of the first one after it; never one
    after the publication `day` (words were not said at next month's debate)."""
    dated = [x for x in dated if not starts_after(x[1].value, day)]
    if not dated:
        return None
    before = [x for x in dated if x[0] < pos]
    _, d = max(before, key=lambda x: x[0]) if before else min(dated, key=lambda x: x[0])
    return d.value, d.granularity


# Occasions where words are spoken; families share a date ("told the court" ~ "Tuesday's hearing")
OCCASIONS = {w: fam for fam, words in {
    "court": "court hearing trial verdict",
    "debate": "debate",
    "rally": "rally",
    "meeting": "meeting",
    "interview": "interview",
    "conference": "conference briefing",
    "speech": "speech address remark",
    "convention": "convention",
    "forum": "forum summit",
    "broadcast": "broadcast episode documentary",
}.items() for w in words.split()}


def owned_by(noun, names: list[str]) -> bool:
    """Whether an occasion may be these people's: it names no owner ('the debate', 'his speech'), or
    one of them ('Obama's speech'); 'a speech by Andrew Jackson in 1830' is not Obama's speech."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")]
    owners += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
    if not owners:
        return True
    words = {w.lower() for n in names for w in re.findall(r"\w+", n) if len(w) > 2}
    return any(t.lower_ in words for o in owners for t in o.subtree)


HEADING = re.compile(r"[^\n.!?:;@\"“”‘’—–-][^\n.!?:;@\"“”]{0,79}")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def find_headings(ctx: DatingContext) -> list[tuple[int, When]]:
    """Dated headings over the sections of a round-up: short lines after the first line of prose,
    with no sentence end and no finite verb ('On July 6, 2015, Sanders made the following comment:'
    introduces a quote), not a signature ('— Ann Lee (@annlee) July 6, 2015'), not after the
    publication day; at least two of them, or it is no round-up."""
    out = []
    prose = False
    for m in re.finditer(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$", ctx.text):
        line = m.group(1)
        if m.start(1) < ctx.body:
            continue
        if not HEADING.fullmatch(line) or len(line.split()) > 10:
            prose = True
            continue
        if not prose or has_finite_verb(ctx, m.start(1), m.end(1)):
            continue
        ds = [d for d in ctx.dates if m.start(1) <= d.start < m.end(1) and speech_time(d)]
        if ds and not starts_after(ds[0].value, ctx.article_date):
            out.append((m.start(1), (ds[0].value, ds[0].granularity)))
    return out if len(out) >= 2 else []


def has_finite_verb(ctx: DatingContext, start: int, end: int) -> bool:
    span = ctx.doc.char_span(start, end, alignment_mode="expand") if ctx.doc is not None else None
    return span is not None and any(t.tag_ in FINITE_TAGS for t in span)


LONG_BEFORE_DAYS = 365


def long_before(when: When | None, day: date | None) -> bool:
    """Whether the period `when` names ends more than a year before `day`."""
    span = period(when[0]) if when is not None else None
    return day is not None and span is not None and (day - span[1]).days > LONG_BEFORE_DAYS


def starts_after(value: str, day: date | None) -> bool:
    """Whether the period `value` starts after `day` (a heading from the future is no section's date)."""
    first = period(value)
    return day is not None and first is not None and first[0] > day


def occasion_of(ctx: DatingContext, i: int, sent) -> Occasion | None:
    """The sentence as an occasion: its main clause dated, or naming an occasion dated elsewhere
    ('Trump made this statement during a portion of the debate' after 'Monday's debate')."""
    verbs = [sent.root] + [c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    misparsed = _verb_of_name(sent.root)
    verbs += misparsed
    found = [(ctx.when(d), _said_on(ctx, d)) for v in verbs for d in dates_on(ctx, v)]
    opening = opening_date(ctx, sent)
    if opening is not None:
        found.insert(0, (ctx.when(opening), _said_on(ctx, opening)))
    if not found:
        names = [phrase(c) for v in verbs for c in v.children if c.dep_ in SUBJECTS]
        for v in verbs:
            for noun in occasion_nouns(v):
                fam = OCCASIONS[noun.lemma_.lower()]
                when = nearest([(n.idx, d) for n, d in dated_mentions(ctx, lambda t, f=fam: OCCASIONS.get(
                    t.lemma_.lower()) == f) if n != noun and owned_by(n, names)], noun.idx, ctx.article_date)
                if when is not None:
                    found.append((when, True))
    if not found:
        return None
    # a date that cannot be right (after publication) still marks an occasion, of unknown date: it
    # stops an older occasion's date from reaching past it
    subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECTS] + ([sent.root] if misparsed else [])
    subjects += [c for s in subjects for c in s.subtree if c.dep_ == "conj" and c.head in subjects]
    speech = any(speaks(v) for v in verbs)
    when, said = found[0]
    return Occasion(i, sent.start_char, when, subjects, speech=speech, said=said)


def _verb_of_name(root) -> list:
    """'Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called …': a
    sentence the parser read as a name with a relative clause, no relative pronoun, no verb of its
    own: the clause's past-tense verb is the sentence's."""
    if root.pos_ not in ("PROPN", "NOUN"):
        return []
    return [c for c in root.children if (c.tag_ == "VBD" or (c.dep_ == "relcl" and c.tag_ == "VBN")) and c.i > root.i
            and not any(w.tag_ in ("WP", "WDT", "WRB") or w.lower_ == "that" for w in c.children)]


def speaks(verb) -> bool:
    """A speech act in a verb ('questioned', 'told') or its object ('made the following comment')."""
    return verb.lemma_.lower() in SPEECH_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in verb.children)


def _said_on(ctx: DatingContext, d: DateExpr) -> bool:
    """Whether the date is a speech act's: it dates a speech, document or occasion noun ('In a
    November 2006 press release, Braynard boasted') or hangs from a speech verb ('testified in 2012'),
    or from a verb whose purpose is one ('In September 2013, Xi chose Astana to announce …')."""
    root = ctx.root(d)
    if root is None:
        return False
    if root.dep_ in OCCASION_MODIFIERS and root.head.lemma_.lower() in SPEECH_OCCASION_NOUNS:
        return True
    head = root.head.head if root.dep_ == "pobj" else root.head
    return head.pos_ in ("VERB", "AUX") and (speaks(head) or any(
        c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and speaks(c) for c in head.children))


def occasion_nouns(verb) -> list:
    """Occasions a clause happens at: 'during the debate', 'at a rally', 'during a portion of the debate'."""
    objs = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in TIME_PREPS
            for p in prep.children if p.dep_ == "pobj"]
    objs += [o for p in objs for of in p.children if of.dep_ == "prep" and of.lower_ == "of"
             for o in of.children if o.dep_ == "pobj"]
    return [p for p in objs if p.pos_ == "NOUN" and p.lemma_.lower() in OCCASIONS]


def occasion_at(ctx: DatingContext, pos: int) -> Occasion | None:
    i = ctx.sentence_index(pos) if ctx.sentences else -1
    return next((o for o in ctx.occasions if o.sentence == i), None)


SPEECH_VERBS = INDIRECT_VERBS | DIRECT_VERBS | frozenset("speak talk question address testify interview".split())
# "made the following comment", "issued a statement": a speech act in a noun
SPEECH_NOUNS = frozenset("comment remark statement speech announcement pledge promise claim reference".split())
# what carries words besides documents and occasions: "in a June 10, 2009 email", "in the 2013 video"
MEDIA_NOUNS = frozenset("email e-mail cable memo message video podcast testimony deposition article appearance".split())
SPEECH_OCCASION_NOUNS = SPEECH_NOUNS | frozenset(DOCUMENTS) | frozenset(OCCASIONS) | MEDIA_NOUNS
RECENT_DAYS = 14  # an occasion this close before publication is the news the article reports


def recent(when: When | None, day: date | None) -> bool:
    span = period(when[0]) if when is not None else None
    return day is not None and span is not None and span[1] <= day and (day - span[1]).days <= RECENT_DAYS


def speaker_phrase(subj) -> str:
    """The speaker's phrase with the names written before it, which the parse may hang elsewhere
    ('Remarked Center for Biological Diversity scientist Tierra Curry')."""
    doc, i = subj.doc, subj.left_edge.i
    while i > 0 and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].tag_ in ("NN", "NNS", "POS")
                     or doc[i - 1].lower_ in ("of", "for", "and") and i > 1 and doc[i - 2].pos_ == "PROPN"):
        i -= 1
    return " ".join(t.text for t in doc[i:subj.right_edge.i + 1])


def phrase(tok) -> str:
    """A participant's noun phrase without the clauses inside it ('the gap between what Trump says …' names no Trump)."""
    skip: set[int] = set()
    for t in tok.subtree:
        if t != tok and t.pos_ in ("VERB", "AUX") and t.i not in skip:
            skip.update(x.i for x in t.subtree)
    return " ".join(t.text for t in tok.subtree if t.i not in skip and not t.is_punct and t.dep_ != "det")
