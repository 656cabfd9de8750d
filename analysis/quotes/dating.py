"""When a statement was made: the date of its speech act, after the speakers are known.

`DATE_RULES` is tried in order for each statement; the first that answers gives its date
(value, granularity), and each rule declares the basis of what it gives (`gives`): `stated` (a
time on the statement's own cue or sentence: "said on Monday", "in her 1976 autobiography",
"Reuters reported on Monday a source said …"), `context` (the surrounding text: a dated document
the words come from, an occasion the cue names or the sentence before dates, a round-up section's
heading, the speaker's dated statement on the same occasion) or `article` (nothing in the text
says: the publication day).

A date in what is reported never dates the statement ("noting it was the worst since 2009", "the
minister said the 1998 treaty was broken"): every rule reads only dates outside all statements'
contents and quotes. A statement gets the coarsest value the text supports ("earlier this month" is
the month), and a speaker's date carries only within the same occasion: a later date given to
another occasion, or a section heading, stops it.
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
from .lexicon import DIRECT_VERBS, INDIRECT_VERBS
from .marks import QuoteSpan, inside
from .rules import ALL_ON, RuleSwitch
from .statement import Statement

When = tuple[str | None, str | None]
BASES = ("stated", "context", "article")


def gives(basis: str) -> Callable:
    """Declares what a dating rule reads its date from (`Statement.date_basis`, the `date_basis` column)."""
    assert basis in BASES

    def mark(rule: Callable) -> Callable:
        rule.basis = basis
        return rule
    return mark


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
        """Every statement's reported words (less a date right after the cue, which dates the
        speech: date_after_cue) and every quote: dates there are what is reported."""
        spans = []
        for st in self.statements:
            pieces = list(st.candidate.pieces)
            lead = _date_after_cue(st, self.text, self.dates) if self.rules.on("date_after_cue") else None
            if lead is not None:
                pieces[0] = (lead[1], pieces[0][1])
            spans += pieces
        spans += [(q.open, q.outer_end) for q in self.quotes]
        return sorted(spans)

    def in_content(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.contents)

    @cached_property
    def usable(self) -> list[DateExpr]:
        """Dates that can date a speech act: resolved, a calendar period, outside what is reported."""
        return [d for d in self.dates if d.value is not None and not d.vague and d.granularity not in REPORTING_PERIODS
                and d.start >= self.body and not self.in_content(d.start)]

    @cached_property
    def body(self) -> int:
        """Where the story starts: a short first line above it (a dateline, a title) dates nothing."""
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
        return [o for i, sent in enumerate(self.sentences) if (o := _occasion(self, i, sent)) is not None]

    @cached_property
    def headings(self) -> list[tuple[int, When]]:
        """(offset, date) of each dated heading over a round-up's section."""
        return _headings(self)


@dataclass
class Occasion:
    """A sentence whose main clause is dated, and who takes part in it (subjects, speakers dated by it)."""

    sentence: int
    start: int
    when: When
    participants: list = field(default_factory=list)  # subject tokens
    speakers: set[str] = field(default_factory=set)  # speaker keys of statements dated by its date
    speech: bool = False  # its main verb is a speech act ("both yesterday questioned …")


def date_statements(statements: list[Statement], text: str, dates: list[DateExpr], quotes: list[QuoteSpan],
                    article_date: date | None, rules: RuleSwitch = ALL_ON, doc=None) -> None:
    """Sets each statement's date, the rule that chose it and that rule's basis, in text order."""
    if doc is None:
        doc = next((st.candidate.cue.doc for st in statements if st.candidate.cue is not None), None)
    ctx = DatingContext(text, dates, quotes, article_date, statements, doc, rules=rules)
    for st in statements:
        found = rules.first(DATE_RULES, st, ctx)
        if found is None:
            st.date, st.date_rule, st.date_basis = (None, None), "", ""
            continue
        st.date_rule, st.date = found
        st.date_basis = BASIS[st.date_rule]
        key = speaker_key(st)
        if key is not None and st.date_basis == "article" and _new_occasion(st, ctx):
            ctx.last.pop(key, None)  # "… said in his interview": what follows is from there, undated too
        elif key is not None and st.date_basis != "article":
            ctx.last[key] = (st.date, _position(st))
            occ = _occasion_at(ctx, _position(st))
            if occ is not None and occ.when == st.date:
                occ.speakers.add(key)


def speaker_key(st: Statement) -> str | None:
    """Who speaks, for carrying a date: the resolved name; an unnamed source by its noun ('officials')."""
    sp = st.speaker
    if not sp.resolved:
        return None
    if sp.type == "anonymous":
        subj = st.candidate.subject
        return f"anonymous:{subj.lemma_.lower()}" if subj is not None and subj.pos_ == "NOUN" else None
    return sp.name


def _position(st: Statement) -> int:
    cand = st.candidate
    return cand.cue.idx if cand.cue is not None else cand.pieces[0][0]


# "reported third-quarter profit grew": a reporting period is what is reported on, not when
REPORTING_PERIODS = frozenset({"quarter", "half"})
LEADING_DATE = re.compile(r"(?:on|at|in)?\s*")
AFTER_LEADING_DATE = re.compile(r"[\s,]*(?:that\s+)?")
# "reported 2,521 shootings between January 1 and September 18": a range is what is reported on
RANGE_BEFORE = re.compile(r"(?i)\b(?:between|since|from|until|till|through|to)\s+(?:the\s+)?$")


@gives("stated")
def date_after_cue(st: Statement, ctx: DatingContext) -> When | None:
    """'Police said on Monday they believe …': a date right after the cue dates the speech, not the statement."""
    found = _date_after_cue(st, ctx.text, ctx.dates)
    if found is None:
        return None
    d, rest = found
    st.candidate.pieces[0] = (rest, st.candidate.pieces[0][1])  # the date belongs to the speech, not the statement
    return d.value, d.granularity


def _date_after_cue(st: Statement, text: str, dates: list[DateExpr]) -> tuple[DateExpr, int] | None:
    """The date right after the cue and where the statement then starts."""
    cand = st.candidate
    if cand.kind != "indirect" or cand.mode != "clause" or cand.cue is None or not cand.pieces:
        return None
    s, e = cand.pieces[0]
    between = text[cand.cue.idx + len(cand.cue):s]
    if len(between.split()) > 6 or any(c in between for c in ".;:\"“”"):
        return None
    for d in dates:
        if s <= d.start < e and d.value is not None and not d.vague and d.granularity not in REPORTING_PERIODS \
                and LEADING_DATE.fullmatch(text[s:d.start]):
            span = cand.cue.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "poss") or \
                    re.match(r"\s*,|['’]s\b", text[d.end:]):  # "said Monday was …", "in December, X …"
                continue
            rest = AFTER_LEADING_DATE.match(text, d.end).end()
            if len(text[rest:e].split()) >= 3:
                return d, rest
    return None


# A date reached from the cue only through one of these is another event's ("she said, noting it
# was the worst since 2009"); "in a statement released on Monday" (acl) still dates the speech.
EMBEDDED_CLAUSES = frozenset({"ccomp", "xcomp", "conj", "parataxis", "csubj"})


@gives("stated")
def date_in_cue_clause(st: Statement, ctx: DatingContext) -> When | None:
    """'said on Monday', 'while addressing the press yesterday', 'in her 1976 autobiography': a date in the cue's own clause."""
    cand = st.candidate
    cue = cand.cue
    if cue is None or cand.mode == "according":
        return None
    lo = cue.left_edge.idx
    hi = cue.right_edge.idx + len(cue.right_edge)
    for d in ctx.dates:
        if not (lo <= d.start < hi) or d.value is None or d.vague or d.granularity in REPORTING_PERIODS:
            continue
        if any(s <= d.start < e for s, e in cand.pieces):
            continue
        if inside(ctx.quotes, d.start) is not None or RANGE_BEFORE.search(ctx.text, 0, d.start):
            continue
        if cand.subject is not None and cand.subject.left_edge.idx <= d.start < cand.subject.right_edge.idx + 1:
            continue
        if _in_embedded_clause(cue, d, ctx.quotes):
            continue
        return d.value, d.granularity
    return None


def _in_embedded_clause(cue, d: DateExpr, quotes: list[QuoteSpan]) -> bool:
    """An adverbial clause with its own subject is another event too ("while there was no
    suggestion on Sunday"); without one it is the speaker's ("while addressing the press yesterday").
    So is a relative clause on a noun other than the speech's own document or occasion ("told The
    Jakarta Post, which also today reported …"; not "in a statement that was issued on Monday").
    A quoted clause on the way up is the parser hanging narrative on the quote, not an event."""
    span = cue.doc.char_span(d.start, d.end, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    while tok is not None and tok != cue and tok.head != tok:
        embedded = tok.dep_ in EMBEDDED_CLAUSES or (
            tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)) or (
            tok.dep_ == "relcl" and not (tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in SPEECH_OCCASION_NOUNS))
        if embedded and inside(quotes, tok.idx) is None:
            return True
        tok = tok.head
    return False


# How a date phrase modifies a verb: "said Monday", "Yesterday … told", "on Tuesday", "in June"
TIME_DEPS = frozenset({"npadvmod", "advmod", "tmod", "obl"})
TIME_PREPS = frozenset({"on", "in", "at", "during", "over", "throughout", "earlier", "later"})
# A date dating the noun it modifies: "a March 2016 meeting", "the debate Monday night", "Tuesday's hearing"
OCCASION_MODIFIERS = frozenset({"compound", "nmod", "npadvmod", "nummod", "amod", "poss"})
# Going up from these, the clause above is a noun's, not the speech's ("X, who claimed …, was arrested on Monday")
NOUN_MODIFIERS = frozenset({"relcl", "acl", "appos", "amod", "compound", "nmod", "poss"})


def _attached(root, verb) -> bool:
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


def _dates_on(ctx: DatingContext, verb, skip=None) -> list[DateExpr]:
    """Usable dates modifying `verb` directly, outside the subtree of `skip`."""
    lo, hi = verb.sent.start_char, verb.sent.end_char
    out = []
    for d in ctx.usable:
        if not lo <= d.start < hi:
            continue
        root = ctx.root(d)
        if root is None or (skip is not None and skip.left_edge.i <= root.i <= skip.right_edge.i):
            continue
        if _attached(root, verb) and not RANGE_BEFORE.search(ctx.text, 0, d.start):
            out.append(d)
    return out


@gives("stated")
def date_of_governing_clause(st: Statement, ctx: DatingContext) -> When | None:
    """'Reuters reported on Monday a source said …', 'suspended on Tuesday, with Zinichev describing …': a date on a clause the cue hangs from."""
    cand = st.candidate
    if cand.cue is None or cand.mode == "according" or ctx.doc is None:
        return None
    tok = cand.cue
    while tok.head != tok:
        child, tok = tok, tok.head
        if child.dep_ in NOUN_MODIFIERS or tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        found = _dates_on(ctx, tok, skip=child)
        if found:
            return found[0].value, found[0].granularity
    return None


OPENING = re.compile(r"(?i)[\W_]*(?:(?:on|in|at|during|early|late|earlier|later)\s+)?(?:the\s+)?")


@gives("stated")
def date_opening_sentence(st: Statement, ctx: DatingContext) -> When | None:
    """'Yesterday the agency told …; the paper also spoke to the Navy, who told it …': a date opening the sentence frames all of it."""
    cand = st.candidate
    if cand.cue is None or cand.mode == "according" or ctx.doc is None:
        return None
    d = _opening_date(ctx, cand.cue.sent)
    return (d.value, d.granularity) if d is not None else None


def _opening_date(ctx: DatingContext, sent) -> DateExpr | None:
    for d in ctx.usable:
        if sent.start_char <= d.start < sent.end_char and OPENING.fullmatch(ctx.text, sent.start_char, d.start):
            root = ctx.root(d)
            if root is not None and root.dep_ not in ("nsubj", "nsubjpass", "poss", "compound"):
                return d
    return None


@gives("stated")
def then_in_cue_clause(st: Statement, ctx: DatingContext) -> When | None:
    """'In June, the senator called … “…,” Graham told The New York Times then': 'then' or 'at the time' after the cue takes the nearest dated occasion before it."""
    cue = st.candidate.cue
    if cue is None or ctx.doc is None or st.candidate.mode == "according":
        return None
    then = any(c.i > cue.i and (c.lower_ == "then" and c.dep_ == "advmod" or c.lower_ == "at" and any(
        p.lower_ == "time" and any(d.lower_ == "the" for d in p.children) for p in c.children)) for c in cue.children)
    if not then:
        return None
    here = ctx.sentence_index(_position(st))
    floor = ctx.paragraph_starts[max(0, ctx.paragraph_index(_position(st)) - 1)]
    before = [o for o in ctx.occasions if o.sentence < here and o.start >= floor]
    return before[-1].when if before else None


# Documents whose words speak on the day they were published or sent; families share a date
DOCUMENTS = {w: fam for fam, words in {
    "study": "study paper research finding findings",
    "report": "report",
    "survey": "survey poll",
    "analysis": "analysis",
    "letter": "letter",
    "statement": "statement",
    "release": "release",
    "book": "book autobiography memoir",
    "column": "column op-ed essay editorial",
    "tweet": "tweet post",
    "filing": "filing complaint lawsuit",
}.items() for w in words.split()}
# Who speaks for a study: "the team wrote", "the researchers say"
AUTHOR_NOUNS = frozenset("""team researcher researchers author authors scientist scientists archaeologist archaeologists
investigator investigators""".split())


@gives("context")
def dated_document(st: Statement, ctx: DatingContext) -> When | None:
    """'The study, published on January 17, …  the study says …', 'sent a letter Thursday. It says …', 'said in the letter': a document dated in the article speaks on its date."""
    family = _document_of(st, ctx)
    if family is None:
        return None
    pos = _position(st)
    dated = [(n.idx, d) for n, d in _dated_mentions(ctx, lambda t: DOCUMENTS.get(t.lemma_.lower()) == family)]
    return _nearest(dated, pos)


def _document_of(st: Statement, ctx: DatingContext) -> str | None:
    """The document family the words come from: its subject ('the study'), its authors ('the
    team'), 'it' after a document, or 'in the letter' in the cue's clause."""
    cand = st.candidate
    subj, cue = cand.subject, cand.cue
    if subj is not None:
        lemma = subj.lemma_.lower()
        if lemma in DOCUMENTS and subj.pos_ == "NOUN":
            return DOCUMENTS[lemma]
        if lemma in AUTHOR_NOUNS and subj.pos_ == "NOUN" and subj.tag_ == "NNS" or subj.lower_ == "team":
            return "study"
        if subj.lower_ == "it" and ctx.doc is not None:
            i = ctx.sentence_index(subj.idx)
            for sent in reversed(ctx.sentences[max(0, i - 1):i + 1]):
                docs = [t for t in sent if t.i < subj.i and t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENTS
                        and not ctx.in_content(t.idx)]
                if docs:
                    return DOCUMENTS[docs[-1].lemma_.lower()]
    if cue is not None and cand.mode != "according":
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "through", "from"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() in DOCUMENTS:
                    return DOCUMENTS[obj.lemma_.lower()]
    return None


def _dated_mentions(ctx: DatingContext, wanted: Callable) -> list[tuple[object, DateExpr]]:
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
            if not _attached(root, head):
                continue
        for n in cands:
            if n.pos_ == "NOUN" and wanted(n) and not ctx.in_content(n.idx):
                out.append((n, d))
    return out


def _nearest(dated: list[tuple[int, DateExpr]], pos: int) -> When | None:
    """The date of the nearest mention before `pos`, else of the first one after it."""
    if not dated:
        return None
    before = [x for x in dated if x[0] < pos]
    _, d = max(before, key=lambda x: x[0]) if before else min(dated, key=lambda x: x[0])
    return d.value, d.granularity


# Occasions where words are spoken; families share a date ("told the court" ~ "Tuesday's hearing")
OCCASIONS = {w: fam for fam, words in {
    "court": "court hearing trial",
    "debate": "debate",
    "rally": "rally",
    "meeting": "meeting",
    "interview": "interview",
    "conference": "conference briefing",
    "speech": "speech address",
    "convention": "convention",
    "forum": "forum summit",
    "broadcast": "broadcast episode",
}.items() for w in words.split()}


@gives("context")
def dated_occasion(st: Statement, ctx: DatingContext) -> When | None:
    """'told the court', 'said during the debate': an occasion the cue's clause names, dated elsewhere in the article ('the first presidential debate Monday night')."""
    named = _named_occasion(st, ctx)
    if named is None:
        return None
    whose = [st.speaker.name] if st.speaker.resolved else []
    dated = [(n.idx, d) for n, d in _dated_mentions(ctx, lambda t: OCCASIONS.get(t.lemma_.lower()) == named)
             if _owned_by(n, whose)]
    return _nearest(dated, _position(st))


def _owned_by(noun, names: list[str]) -> bool:
    """Whether an occasion may be these people's: it names no owner ('the debate', 'his speech'), or
    one of them ('Obama's speech'); 'a speech by Andrew Jackson in 1830' is not Obama's speech."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")]
    owners += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
    if not owners:
        return True
    words = {w.lower() for n in names for w in re.findall(r"\w+", n) if len(w) > 2}
    return any(t.lower_ in words for o in owners for t in o.subtree)


def _named_occasion(st: Statement, ctx: DatingContext) -> str | None:
    """The occasion family the cue's own clause names ('told the court', 'in a Bloomberg interview'), if any."""
    cand = st.candidate
    cue = cand.cue
    if cue is None or ctx.doc is None:
        return None
    for t in cue.subtree:
        fam = OCCASIONS.get(t.lemma_.lower())
        if fam is None or t.pos_ != "NOUN" or any(s <= t.idx < e for s, e in cand.pieces):
            continue
        if not _in_embedded_clause(cue, DateExpr(t.text, t.idx, t.idx + len(t), None, None), ctx.quotes):
            return fam
    return None


def _new_occasion(st: Statement, ctx: DatingContext) -> bool:
    """The statement names its own occasion or document ('In a Bloomberg interview Trump declared'),
    undated, since the rules before found no date for it: no earlier occasion's date carries to it."""
    return _named_occasion(st, ctx) is not None or _document_of(st, ctx) is not None


HEADING = re.compile(r"[^\n.!?:;@\"“”‘’—–-][^\n.!?:;@\"“”]{0,79}")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _headings(ctx: DatingContext) -> list[tuple[int, When]]:
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
        if not prose or _has_finite_verb(ctx, m.start(1), m.end(1)):
            continue
        ds = [d for d in ctx.dates if m.start(1) <= d.start < m.end(1) and d.value is not None and not d.vague
              and d.granularity not in REPORTING_PERIODS]
        if ds and not _after(ds[0].value, ctx.article_date):
            out.append((m.start(1), (ds[0].value, ds[0].granularity)))
    return out if len(out) >= 2 else []


def _has_finite_verb(ctx: DatingContext, start: int, end: int) -> bool:
    span = ctx.doc.char_span(start, end, alignment_mode="expand") if ctx.doc is not None else None
    return span is not None and any(t.tag_ in FINITE_TAGS for t in span)


def _after(value: str, day: date | None) -> bool:
    """Whether the period `value` starts after `day` (a heading from the future is no section's date)."""
    first = period(value)
    return day is not None and first is not None and first[0] > day


@gives("context")
def section_heading_date(st: Statement, ctx: DatingContext) -> When | None:
    """'On the campaign trail, July 2020' / 'Monday, Sept. 26' over a round-up's section: its date dates the statements under it."""
    pos = _position(st)
    before = [h for h in ctx.headings if h[0] < pos]
    return before[-1][1] if before else None


def _occasion(ctx: DatingContext, i: int, sent) -> Occasion | None:
    """The sentence as an occasion: its main clause dated, or naming an occasion dated elsewhere
    ('Trump made this statement during a portion of the debate' after 'Monday's debate')."""
    verbs = [sent.root] + [c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    found = [(d.value, d.granularity) for v in verbs for d in _dates_on(ctx, v)]
    opening = _opening_date(ctx, sent)
    if opening is not None:
        found.insert(0, (opening.value, opening.granularity))
    if not found:
        names = [_phrase(c) for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        for v in verbs:
            for noun in _occasion_nouns(v):
                fam = OCCASIONS[noun.lemma_.lower()]
                when = _nearest([(n.idx, d) for n, d in _dated_mentions(ctx, lambda t, f=fam: OCCASIONS.get(
                    t.lemma_.lower()) == f) if n != noun and _owned_by(n, names)], noun.idx)
                if when is not None:
                    found.append(when)
    if not found:
        return None
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for s in subjects for c in s.subtree if c.dep_ == "conj" and c.head in subjects]
    speech = any(v.lemma_.lower() in SPEECH_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in v.children) for v in verbs)
    return Occasion(i, sent.start_char, found[0], subjects, speech=speech)


def _occasion_nouns(verb) -> list:
    """Occasions a clause happens at: 'during the debate', 'at a rally', 'during a portion of the debate'."""
    objs = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in TIME_PREPS
            for p in prep.children if p.dep_ == "pobj"]
    objs += [o for p in objs for of in p.children if of.dep_ == "prep" and of.lower_ == "of"
             for o in of.children if o.dep_ == "pobj"]
    return [p for p in objs if p.pos_ == "NOUN" and p.lemma_.lower() in OCCASIONS]


def _occasion_at(ctx: DatingContext, pos: int) -> Occasion | None:
    i = ctx.sentence_index(pos) if ctx.sentences else -1
    return next((o for o in ctx.occasions if o.sentence == i), None)


PRESENT_TAGS = frozenset({"VBZ", "VBP"})
SPEECH_VERBS = INDIRECT_VERBS | DIRECT_VERBS | frozenset("speak talk question address testify interview".split())
# "made the following comment", "issued a statement": a speech act in a noun
SPEECH_NOUNS = frozenset("comment remark statement speech announcement pledge promise claim reference".split())
SPEECH_OCCASION_NOUNS = SPEECH_NOUNS | frozenset(DOCUMENTS) | frozenset(OCCASIONS)
RECENT_DAYS = 14  # an occasion this close before publication is the news the article reports


def _standing(st: Statement) -> bool:
    """'The President insists …', 'Pelosi has said …': a position held, not words said on an occasion."""
    cue = st.candidate.cue
    if cue is None or st.candidate.mode == "according":
        return False
    return cue.tag_ in PRESENT_TAGS or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in cue.children)


def _takes_part(st: Statement, occ: Occasion, ctx: DatingContext) -> bool:
    """The speaker (or the speaker's organisation) is a subject of the occasion's sentence or spoke in it."""
    key = speaker_key(st)
    if key is not None and key in occ.speakers:
        return True
    sp, subj = st.speaker, st.candidate.subject
    if not sp.resolved or sp.type == "anonymous":  # unnamed sources take part by speaking there, not by acting
        return False
    own = _speaker_phrase(subj).lower() if subj is not None else ""
    words = re.findall(r"\w[\w'’.-]*", sp.name.lower())
    surname = re.compile(rf"\b{re.escape(words[-1])}\b") if sp.type == "person" and words else None
    names = list(occ.speakers)
    # acting there counts when it is a speech ('both yesterday questioned …') or this week's news
    # ('Pelosi yesterday resumed the office …'), not a past event the article recalls ('On Nov. 11,
    # 2014, Xi and Obama sealed their agreement' and then Obama's words to the reporter)
    if occ.speech or _recent(occ.when, ctx.article_date):
        names += [_phrase(p) for p in occ.participants if p.pos_ in ("NOUN", "PROPN")]
    for name in (n.lower() for n in names if n):
        if re.search(rf"\b{re.escape(sp.name.lower())}\b", name) or (surname is not None and surname.search(name)):
            return True
        # the speaker's organisation: "the Navy told it …" and then "Navy Information Agency head Arba Agung told …"
        if own and len(name) > 3 and re.search(rf"\b{re.escape(name)}\b", own):
            return True
    return False


def _recent(when: When, day: date | None) -> bool:
    span = period(when[0])
    return day is not None and span is not None and span[1] <= day and (day - span[1]).days <= RECENT_DAYS


def _speaker_phrase(subj) -> str:
    """The speaker's phrase with the names written before it, which the parse may hang elsewhere
    ('Remarked Center for Biological Diversity scientist Tierra Curry')."""
    doc, i = subj.doc, subj.left_edge.i
    while i > 0 and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].tag_ in ("NN", "NNS", "POS")
                     or doc[i - 1].lower_ in ("of", "for", "and") and i > 1 and doc[i - 2].pos_ == "PROPN"):
        i -= 1
    return " ".join(t.text for t in doc[i:subj.right_edge.i + 1])


def _phrase(tok) -> str:
    """A participant's noun phrase without the clauses inside it ('the gap between what Trump says …' names no Trump)."""
    skip: set[int] = set()
    for t in tok.subtree:
        if t != tok and t.pos_ in ("VERB", "AUX") and t.i not in skip:
            skip.update(x.i for x in t.subtree)
    return " ".join(t.text for t in tok.subtree if t.i not in skip and not t.is_punct and t.dep_ != "det")


@gives("context")
def speakers_occasion(st: Statement, ctx: DatingContext) -> When | None:
    """'On Tuesday the minister visited Kyiv. … He said …': the nearest dated occasion in the paragraph or the one before dates what a speaker taking part in it says."""
    if ctx.doc is None or _standing(st) or _new_occasion(st, ctx):
        return None
    pos = _position(st)
    here = ctx.sentence_index(pos)
    floor = ctx.paragraph_starts[max(0, ctx.paragraph_index(pos) - 1)]
    heading = max((h for h, _ in ctx.headings if h < pos), default=-1)
    for occ in reversed(ctx.occasions):
        if occ.sentence > here:
            continue
        if occ.start < max(floor, heading):
            return None
        return occ.when if _takes_part(st, occ, ctx) else None
    return None


@gives("context")
def speakers_last_day(st: Statement, ctx: DatingContext) -> When | None:
    """A speaker's day carries to their next statements on the same occasion: not when the latest dated occasion since is another one, nor past a section heading, nor to 'insists' (a standing position)."""
    key = speaker_key(st)
    if key is None or key not in ctx.last or _standing(st) or _new_occasion(st, ctx):
        return None
    when, since = ctx.last[key]
    if when[1] not in ("day", "week"):
        return None
    pos = _position(st)
    if any(since < h <= pos for h, _ in ctx.headings):
        return None
    between = [o for o in ctx.occasions if since < o.start <= pos and ctx.sentence_index(since) != o.sentence]
    if between and between[-1].when != when:  # the story has moved on to another occasion
        return None
    return when


@gives("article")
def article_date(st: Statement, ctx: DatingContext) -> When | None:
    """Otherwise the article's date."""
    return (ctx.article_date.isoformat(), "day") if ctx.article_date is not None else None


DATE_RULES = (date_after_cue, date_in_cue_clause, date_of_governing_clause, date_opening_sentence, then_in_cue_clause,
              dated_document, dated_occasion, speakers_occasion, section_heading_date, speakers_last_day, article_date)
BASIS = {rule.__name__: rule.basis for rule in DATE_RULES}
