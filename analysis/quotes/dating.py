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

import os
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ..models import DateExpr
from ..timex.vocabulary import cardinal
from .context import ArticleContext
from .lexicon import SUBJECTS_OR_EXPLETIVE
from .marks import QuoteSpan, inside
from .occasions import (
    AUTHOR_NOUNS,
    DOCUMENTS,
    OCCASIONS,
    RANGE_BEFORE,
    SPEECH_OCCASION_NOUNS,
    SPEECH_VERBS,
    DatingContext,
    Occasion,
    When,
    dated_mentions,
    dates_on,
    leading_date,
    nearest,
    occasion_at,
    opening_date,
    owned_by,
    phrase,
    position,
    recent,
    speaker_key,
    speaker_phrase,
    speech_time,
)
from .statement import Statement

BASES = ("stated", "context", "article")


def gives(basis: str) -> Callable:
    """Declares what a dating rule reads its date from (`Statement.date_basis`, the `date_basis` column)."""
    assert basis in BASES

    def mark(rule: Callable) -> Callable:
        rule.basis = basis
        return rule
    return mark


def speech_date_apart(st: Statement, text: str, dates: list[DateExpr]) -> Statement:
    """'Police said on Monday they believe …': a date right after the cue is when the words were said,
    not part of them; the statement's text starts after it and the date travels beside it (`lead_date`)."""
    found = leading_date(st, text, dates)
    if found is None:
        return st
    d, rest = found
    cand = st.candidate
    return replace(st, candidate=replace(cand, pieces=[(rest, cand.pieces[0][1]), *cand.pieces[1:]]), lead_date=d)


def date_statements(statements: list[Statement], art: ArticleContext, text: str, dates: list[DateExpr],
                    article_date: date | None) -> None:
    """Sets each statement's date, the rule that chose it and that rule's basis, in text order
    (`text` as written, metadata included: a section heading may sit there)."""
    rules = art.rules
    ctx = DatingContext(text, dates, art.quotes, article_date, statements, art.doc, rules=rules)
    for st in statements:
        found = rules.first(DATE_RULES, st, ctx)
        if found is None:
            st.date, st.date_rule, st.date_basis = (None, None), "", ""
            continue
        st.date_rule, st.date = found
        st.date_basis = BASIS[st.date_rule]
        _carry(st, ctx)
    for st in statements:  # once the story is dated, its headline
        found = rules.first(HEADLINE_RULES, st, ctx)
        if found is not None:
            st.date_rule, st.date = found
            st.date_basis = BASIS[st.date_rule]


def _carry(st: Statement, ctx: DatingContext) -> None:
    """What a dated statement tells the ones after it: its speaker's last date, its occasion's speakers."""
    key = speaker_key(st)
    if key is not None and st.date_basis == "article" and _new_occasion(st, ctx):
        ctx.last.pop(key, None)  # "… said in his interview": what follows is from there, undated too
    elif key is not None and st.date_basis != "article":
        ctx.last[key] = (st.date, position(st))
        occ = occasion_at(ctx, position(st))
        if occ is not None and occ.when == st.date:
            occ.speakers.add(key)


@gives("stated")
def date_after_cue(st: Statement, ctx: DatingContext) -> When | None:
    """'Police said on Monday they believe …': a date right after the cue dates the speech (set apart from the words by `speech_date_apart`)."""
    d = st.lead_date
    return None if d is None else (d.value, d.granularity)


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
        if not (lo <= d.start < hi) or not speech_time(d):
            continue
        if any(s <= d.start < e for s, e in cand.pieces):
            continue
        if inside(ctx.quotes, d.start) is not None or RANGE_BEFORE.search(ctx.text, 0, d.start) or not ctx.possible(d):
            continue
        if cand.subject is not None and cand.subject.left_edge.idx <= d.start < cand.subject.right_edge.idx + 1:
            continue
        if _in_embedded_clause(cue, d, ctx.quotes) or _on_what_is_spoken_of(cue, d, st) or _after_that(cue, d):
            continue
        return d.value, d.granularity
    return None


def _after_that(cue, d: DateExpr) -> bool:
    """'recalled that in 2009, “I called all my lenders …”', 'noted that … he wrote his first column 43
    years ago': a date after the cue's 'that' is in what is reported, however the parse hangs it."""
    return any(t.lower_ == "that" and t.dep_ == "mark" and t.idx < d.start
               for t in cue.doc[cue.i + 1:cue.right_edge.i + 1] if t.head.head == cue or t.head == cue)


# verbs whose object is who is spoken to ("told reporters on Monday"), not what is spoken of
ADDRESSING = frozenset("tell warn inform assure remind urge ask brief advise".split())
# "to" after a speech verb names a listener ("proclaimed to a cheering crowd on Tuesday")
LISTENING = frozenset("say speak talk tell explain write announce declare complain admit reply respond testify".split())
# "said of the 2016 field", "wrote about the 2010 gift": the object is what is spoken of
TOPIC_PREPS = frozenset("about regarding concerning".split())
# verbs whose "to" names what is spoken of ("referring to his 2004 surgery", "pointing to Tuesday's wins")
REFERRING = frozenset("refer point allude".split())
# who hears the words after "to": any speech verb's, save those that refer to something
LISTENED_TO = (LISTENING | SPEECH_VERBS) - REFERRING
# someone else's occasion the speaker may speak at ("at Mr. Trump's rally on Tuesday", "during Mr.
# Clinton's 1992 campaign"); anything else of someone else's is spoken of ("Wallace's 1963 refrain")
CIRCUMSTANCES = frozenset(OCCASIONS) | frozenset("campaign visit tour trip presidency administration tenure".split())
# a noun in these places is what a clause is about: "invoking the 2008 race", "the 2011 action didn't work"
ARGUMENTS = frozenset({"dobj", "attr", "oprd", "nsubj", "nsubjpass", "dative"})
# "said before becoming a justice in 2009", "since the 2008 crash": another event, not the speech's time
NOT_AT = frozenset("before since until till".split())


def _on_what_is_spoken_of(cue, d: DateExpr, st: Statement) -> bool:
    """A date on a noun dates that noun. It is the speech's when the noun is the speaker's own
    document or occasion ('in a 2014 interview', 'in her 1976 autobiography') or a circumstance of
    the telling, even someone else's occasion ('on a press call Friday', 'at Mr. Trump's rally on
    Tuesday', 'during Mr. Clinton's 1992 campaign'); it is not when the noun is anything else of
    someone else's ('Wallace's famous 1963 refrain') or what is spoken of: an object or subject of
    a clause ('invoking the 2008 race', 'recalling a 2007 bill', 'called Mr. Obama's remarks on
    Saturday …'), a topic ('said of the 2016 field', 'referring to his 2004 surgery'). Nor is an
    event counted from ('before becoming a justice in 2009'). A time phrase the parse hung on a name
    or a listener is the telling's ('told Greta Van Susteren in March 2011', 'told reporters on Monday')."""
    span = cue.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    noun = None
    child, tok = span.root, span.root.head
    while tok != cue and child != tok:
        if tok.lower_ in NOT_AT and tok.dep_ in ("prep", "mark") or tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in NOT_AT for c in tok.children):
            return True
        if tok.pos_ in ("NOUN", "PROPN") and tok not in span:
            if noun is None and not (child.dep_ in ("prep", "npadvmod") and (
                    tok.pos_ == "PROPN" or tok.ent_type_ or _listener(tok))):
                noun = tok
                if st.speaker.resolved and not owned_by(tok, [st.speaker.name]):
                    return tok.lemma_.lower() not in CIRCUMSTANCES or _spoken_of(tok, cue)
                if tok.lemma_.lower() in SPEECH_OCCASION_NOUNS:
                    return False
            if noun is not None and _spoken_of(tok, cue):
                return True
        child, tok = tok, tok.head
    return False


def _spoken_of(noun, cue) -> bool:
    """The noun is an argument of a clause under the cue or the object of a topic preposition."""
    head = noun.head
    if noun.dep_ in ARGUMENTS and head.pos_ in ("VERB", "AUX"):
        return not (head == cue and _listener(noun))
    if noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.lower_ in TOPIC_PREPS or head.lower_ == "to" and head.head.lemma_.lower() in REFERRING
    return False


def _listener(noun) -> bool:
    """Who is spoken to: 'told reporters', 'spoke to supporters', 'proclaimed to a cheering crowd'."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "dative") and noun.head.lemma_.lower() in ADDRESSING or (
        noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lemma_.lower() in LISTENED_TO)


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
            tok.dep_ == "advcl" and any(c.dep_ in SUBJECTS_OR_EXPLETIVE for c in tok.children)) or (
            tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.lemma_.lower() not in ELICITING) or (
            tok.dep_ == "relcl" and not (tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in SPEECH_OCCASION_NOUNS))
        if embedded and inside(quotes, tok.idx) is None:
            return True
        tok = tok.head
    return False


# "Asked on Monday about …, he said": a participle of these is the telling's own circumstance; any
# other ("Adopted by an American family in 1981 …, he says") is the speaker's history
ELICITING = frozenset("ask press question interview reach contact quiz challenge confront approach".split())


# Going up from these, the clause above is a noun's, not the speech's ("X, who claimed …, was arrested on Monday")
NOUN_MODIFIERS = frozenset({"relcl", "acl", "appos", "amod", "compound", "nmod", "poss"})


@gives("stated")
def date_of_governing_clause(st: Statement, ctx: DatingContext) -> When | None:
    """'Reuters reported on Monday a source said …', 'suspended on Tuesday, with Zinichev describing …': a date on a clause the cue hangs from."""
    cand = st.candidate
    if cand.cue is None or cand.mode == "according" or ctx.doc is None:
        return None
    tok = cand.cue
    if _free_relative(tok):
        return None
    while tok.head != tok:
        child, tok = tok, tok.head
        if child.dep_ in NOUN_MODIFIERS or tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        found = dates_on(ctx, tok, skip=child)
        if found and _own_clause(child) and ctx.long_before(ctx.when(found[0])):
            return None
        if found:
            return ctx.when(found[0])
    return None


@gives("stated")
def date_of_when_clause(st: Statement, ctx: DatingContext) -> When | None:
    """'It came up in a debate in December, when Clinton called Trump “ISIS' best recruiter.”': a
    'when' clause on a date tells what was said then."""
    cand = st.candidate
    cue = cand.cue
    if cue is None or cand.mode == "according" or ctx.doc is None or cue.dep_ not in ("relcl", "advcl"):
        return None
    if not any(c.lower_ == "when" and c.dep_ == "advmod" for c in cue.children):
        return None
    head = cue.head
    for d in ctx.usable:
        if d.start <= head.idx < d.end:
            return ctx.when(d)
    return None


def _free_relative(cue) -> bool:
    """'in what Bay Buchanan called “hand-to-hand combat”': the cue's clause names a thing, it tells no event's time."""
    return any(c.tag_ == "WP" and c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in cue.children)


def _own_clause(conj) -> bool:
    """'She left in 2000 …, but she said …': a conjunct with a subject of its own is another event
    when that is long past ('he supported Obama and said …' shares the supporting's time, and 'told
    supporters Tuesday night …, and he vowed …' the telling's)."""
    return conj.dep_ == "conj" and any(c.dep_ in SUBJECTS_OR_EXPLETIVE for c in conj.children)


@gives("stated")
def date_opening_sentence(st: Statement, ctx: DatingContext) -> When | None:
    """'Yesterday the agency told …; the paper also spoke to the Navy, who told it …': a date opening the sentence frames all of it."""
    cand = st.candidate
    if cand.cue is None or cand.mode == "according" or ctx.doc is None:
        return None
    d = opening_date(ctx, cand.cue.sent)
    return ctx.when(d) if d is not None else None


@gives("stated")
def date_of_speech_sentence(st: Statement, ctx: DatingContext) -> When | None:
    """'“We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday.' where no cue was tied to the words: the speech act dated in their own sentence is theirs."""
    if st.candidate.cue is not None or ctx.doc is None:
        return None
    occ = occasion_at(ctx, position(st))
    return occ.when if occ is not None and occ.speech else None


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
    here = ctx.sentence_index(position(st))
    floor = ctx.paragraph_starts[max(0, ctx.paragraph_index(position(st)) - 1)]
    before = [o for o in ctx.occasions if o.sentence < here and o.start >= floor]
    return before[-1].when if before and not _past_event(before[-1], ctx) else None


# "told the BBC after the verdict" (that day), "the morning after the debate" (the next), "in a column
# the day before the debate" (the one before), "hours after the vote" (that day)
AROUND = frozenset({"after", "following", "before"})
DAYS_AROUND = {"day": 1, "morning": 1}
SAME_DAY = frozenset({"hour", "minute", "moment"})


@gives("stated")
def day_around_occasion(st: Statement, ctx: DatingContext) -> When | None:
    """'told the BBC after the verdict', 'complained the morning after the debate, even suggesting …': a day counted from an occasion the article dates."""
    cand = st.candidate
    if cand.cue is None or cand.mode == "according" or ctx.doc is None:
        return None
    for prep, noun in _around_occasions(cand):
        unit = prep.doc[prep.i - 1] if prep.i else prep  # "the morning after", however the parse hangs it
        if unit.lemma_.lower() in DAYS_AROUND and any(c.lower_ == "the" for c in unit.children):
            shift = DAYS_AROUND[unit.lemma_.lower()] * (-1 if prep.lower_ == "before" else 1)
        elif unit.lemma_.lower() in SAME_DAY:
            shift = 0
        else:
            shift = 0 if prep.head.pos_ in ("VERB", "AUX") and prep.lower_ != "before" else None
        fam = OCCASIONS[noun.lemma_.lower()]
        dated = [(n.idx, d) for n, d in dated_mentions(ctx, lambda t, f=fam: OCCASIONS.get(t.lemma_.lower()) == f)]
        when = nearest(dated, noun.idx + 1, ctx.article_date)
        if shift is None or when is None or (shift and when[1] != "day"):
            continue
        day = date.fromisoformat(when[0]) + timedelta(days=shift)
        if ctx.article_date is None or day <= ctx.article_date:
            return day.isoformat(), when[1]
    return None


def _around(noun) -> bool:
    """'before the debate', 'after the verdict', 'ahead of the meeting': a time counted from the occasion, not at it."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and (
        prep.lower_ in AROUND or prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "ahead")


def _around_occasions(cand) -> list:
    """(preposition, occasion noun) of 'after/before/following the <occasion>' in the cue's clause
    or a clause it hangs from, outside the reported words and clauses of their own."""
    out = []
    child, tok = None, cand.cue
    while True:
        stack = [c for c in tok.children if c is not child]
        while stack:
            t = stack.pop()
            if any(s <= t.idx < e for s, e in cand.pieces) or t.dep_ in EMBEDDED_CLAUSES or t.dep_ in ("relcl", "advcl"):
                continue
            if t.dep_ == "prep" and t.lower_ in AROUND:
                out += [(t, o) for o in t.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() in OCCASIONS]
            stack.extend(t.children)
        if tok.head == tok or tok.dep_ in NOUN_MODIFIERS or tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return out
        child, tok = tok, tok.head


@gives("context")
def dated_document(st: Statement, ctx: DatingContext) -> When | None:
    """'The study, published on January 17, …  the study says …', 'sent a letter Thursday. It says …', 'said in the letter': a document dated in the article speaks on its date."""
    family = _document_of(st, ctx)
    pos = position(st)
    if family is None:
        return _document_verb_day(st, ctx, pos)
    dated = [(n.idx, d) for n, d in dated_mentions(ctx, lambda t: DOCUMENTS.get(t.lemma_.lower()) == family)]
    return nearest(dated, pos, ctx.article_date)


# verbs that say the words were published as a document: "Trump tweeted" (a tweet)
DOCUMENT_VERBS = {"tweet": "tweet"}


def _document_verb_day(st: Statement, ctx: DatingContext, pos: int) -> When | None:
    """'… unveiled a nickname in a Sunday tweet. “…” Trump tweeted.': a cue that names its document
    takes the date of that document dated in its own sentence or the one before, when no one else
    owns it (a blog post on Friday paragraphs away, or 'A tweet last February', is another one)."""
    cue = st.candidate.cue
    if cue is None or st.candidate.mode == "according" or cue.pos_ != "VERB" or ctx.doc is None:
        return None
    noun = DOCUMENT_VERBS.get(cue.lemma_.lower())
    if noun is None:
        return None
    here = ctx.sentence_index(min(pos, st.candidate.pieces[0][0]))  # where the words start: a tweet may be several sentences
    whose = [st.speaker.name] if st.speaker.resolved else []
    dated = [(n.idx, d) for n, d in dated_mentions(ctx, lambda t: t.lemma_.lower() == noun)
             if 0 <= here - ctx.sentence_index(n.idx) <= 1 and owned_by(n, whose)]
    return nearest(dated, pos, ctx.article_date)


def _document_of(st: Statement, ctx: DatingContext) -> str | None:
    """The document family the words come from: its subject ('the study'), its authors ('the
    team'), 'it' after a document, or 'in the letter' in the cue's clause."""
    cand = st.candidate
    subj, cue = cand.subject, cand.cue
    if subj is not None:
        lemma = subj.lemma_.lower()
        if lemma in DOCUMENTS and subj.pos_ == "NOUN":
            return DOCUMENTS[lemma]
        if (lemma in AUTHOR_NOUNS and subj.pos_ == "NOUN" and subj.tag_ == "NNS" or subj.lower_ == "team") \
                and _names_a_study(ctx):
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


def _names_a_study(ctx: DatingContext) -> bool:
    """Whether the article names a study, a paper or findings: 'the researchers say' are its authors
    only then ('according to investigators' of a crash speak for the inquiry)."""
    return any(t.pos_ == "NOUN" and DOCUMENTS.get(t.lemma_.lower()) == "study" for t in ctx.doc) if ctx.doc is not None \
        else True


@gives("context")
def dated_occasion(st: Statement, ctx: DatingContext) -> When | None:
    """'told the court', 'said during the debate': an occasion the cue's clause names, dated elsewhere in the article ('the first presidential debate Monday night')."""
    found = _named_occasion(st, ctx, token=True)
    if found is None:
        return None
    named, tok = found
    whose = [st.speaker.name] if st.speaker.resolved else []
    dated = [(n.idx, d) for n, d in dated_mentions(ctx, lambda t: OCCASIONS.get(t.lemma_.lower()) == named)
             if owned_by(n, whose) and _same_names(n, tok)
             and (not ctx.long_before((d.value, d.granularity)) or _tied(n, tok, st))]
    found = nearest(dated, position(st), ctx.article_date)
    days = _lasting(ctx, named)
    if found is None or days is None or found[1] != "day":
        return found
    return covering(date.fromisoformat(found[0]) - timedelta(days=days - 1), date.fromisoformat(found[0]))


# "the three-week trial", "a two-day hearing", "the week-long summit": how long an occasion lasted
DURATION_BEFORE = re.compile(r"(?i)\b(?:(\w+)-)?(day|week|month)(?:-long)?\s+$")
UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def _lasting(ctx: DatingContext, family: str) -> int | None:
    """Days an occasion of this family lasted, when the article says ('protected during the
    three-week trial'): words said at it fall anywhere in that span, which ends on its dated day
    (the verdict), so they take the coarsest period holding it (the month, not the verdict's day)."""
    for t in ctx.doc:
        if t.pos_ == "NOUN" and OCCASIONS.get(t.lemma_.lower()) == family and (
                m := DURATION_BEFORE.search(ctx.text, max(0, t.idx - 30), t.idx)):
            n = cardinal(m.group(1)) if m.group(1) else 1
            if n:
                return n * UNIT_DAYS[m.group(2).lower()]
    return None


def covering(first: date, last: date) -> When:
    """The finest week, month or year holding both days."""
    if first.isocalendar()[:2] == last.isocalendar()[:2]:
        y, w, _ = last.isocalendar()
        return f"{y:04d}-W{w:02d}", "week"
    if (first.year, first.month) == (last.year, last.month):
        return f"{last.year:04d}-{last.month:02d}", "month"
    return (f"{last.year:04d}", "year") if first.year == last.year else (None, None)


def _tied(mention, named, st: Statement) -> bool:
    """A past occasion ('a 2007 address Lindsey Graham gave to La Raza') is the one the cue names
    ('In his address to La Raza, Graham …') only when the text ties them: a party both name, or
    the speaker named as its owner. An untied 'in his speech' is the news the article reports, not
    the 2004 speech it recalls."""
    if mention == named or _names(mention) & _names(named):
        return True
    words = {w.lower() for w in re.findall(r"\w+", st.speaker.name) if len(w) > 2} if st.speaker.resolved else set()
    owners = [c for c in mention.children if c.dep_ == "poss"]
    owners += [s for c in mention.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"]
    return any(t.lower_ in words for o in owners for t in o.subtree)


def _names(tok) -> set[str]:
    """The parties an occasion mention names: 'with magazine The Bark', 'to La Raza', 'Obama's'."""
    found = {t.lower_ for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by", "on", "to")
             for o in c.children if o.dep_ == "pobj" for t in o.subtree if t.pos_ in ("PROPN", "NOUN")}
    return found | {t.lower_ for c in tok.children if c.dep_ in ("poss", "compound") for t in c.subtree
                    if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")}


def _same_names(a, b) -> bool:
    """Two mentions may be one occasion unless each names a party and none is shared ('a 2006
    interview with magazine The Bark' is not the one 'when interviewed by the BBC')."""
    na, nb = _names(a), _names(b)
    return not (na and nb) or bool(na & nb)


def _named_occasion(st: Statement, ctx: DatingContext, token: bool = False):
    """The occasion family the cue's own clause names ('told the court', 'in a Bloomberg interview',
    'when interviewed by the BBC'), if any (with the word that names it, when `token`)."""
    cand = st.candidate
    cue = cand.cue
    if cue is None or ctx.doc is None:
        return None
    aside = {t for a in (cand.subject.subtree if cand.subject is not None else ()) if a.dep_ == "appos" for t in a.subtree}
    for t in cue.subtree:
        fam = OCCASIONS.get(t.lemma_.lower()) if t.pos_ == "NOUN" else OCCASION_VERBS.get(t.lemma_.lower())
        if fam is None or t.pos_ not in ("NOUN", "VERB") or t in aside or any(s <= t.idx < e for s, e in cand.pieces):
            continue  # "Kall, co-editor of a book on Trump's primary debates, said …" names no occasion of Kall's
        if _around(t):
            continue  # "told the BBC before the debate" was not said at it (day_around_occasion)
        if t.pos_ == "NOUN" and not owned_by(t, [st.speaker.name]):
            continue  # "Moore called Mr. Obama's remarks on Saturday …" was not said at Obama's remarks
        if not _in_embedded_clause(cue, DateExpr(t.text, t.idx, t.idx + len(t), None, None), ctx.quotes):
            return (fam, t) if token else fam
    return None


# the occasion a verb in the cue's clause names: "when interviewed by the BBC", "while addressing reporters"
OCCASION_VERBS = {"interview": "interview", "address": "speech"}


def _new_occasion(st: Statement, ctx: DatingContext) -> bool:
    """The statement names its own occasion or document ('In a Bloomberg interview Trump declared'),
    undated, since the rules before found no date for it: no earlier occasion's date carries to it."""
    return _named_occasion(st, ctx) is not None or _document_of(st, ctx) is not None


@gives("context")
def lead_occasion(st: Statement, ctx: DatingContext) -> When | None:
    """'Nancy Pelosi yesterday resumed the office of Speaker …' and, paragraphs on, '“I pledge …,” Pelosi told the public': the news the lead dates is where its named actor, or its country's people, speak, until another dated occasion comes between."""
    cue = st.candidate.cue
    if ctx.doc is None or cue is None or not ctx.occasions or _standing(st) or _new_occasion(st, ctx):
        return None
    lead = ctx.occasions[0]
    here = ctx.sentence_index(position(st))
    if ctx.paragraph_index(lead.start) != ctx.paragraph_index(ctx.body) or lead.sentence > here \
            or not recent(lead.when, ctx.article_date):
        return None
    if any(o.when != lead.when for o in ctx.occasions if lead.sentence < o.sentence <= here):
        return None
    if cue.tag_ != "VBD" or any(c.lower_ in ("once", "previously", "earlier") for c in cue.children):
        return None
    return lead.when if _acts_in(st, lead) else None


def _acts_in(st: Statement, occ: Occasion) -> bool:
    """The speaker is named in full among the occasion's actors ('Nancy Pelosi', not her relative
    'Jonna Mendez' beside 'Tony Mendez'), or speaks for a country that acts there ('German
    Chancellor Angela Merkel's spokesperson' after 'Germany on Monday banned …')."""
    sp, subj = st.speaker, st.candidate.subject
    actors = [p for p in occ.participants if p.pos_ in ("NOUN", "PROPN")]
    if sp.type == "person" and len(sp.name.split()) > 1 and any(
            re.search(rf"\b{re.escape(sp.name)}\b", phrase(p)) for p in actors):
        return True
    if subj is None:
        return False
    return _speaks_for_country(subj, occ)


def _speaks_for_country(subj, occ: Occasion) -> bool:
    """'German officials', 'German Chancellor Angela Merkel's spokesperson, Steffen Seibert' after
    'Germany on Monday banned …': a nationality in the speaker's phrase names a country acting there."""
    countries = [p for p in occ.participants if p.ent_type_ in ("GPE", "NORP")]
    doc, i = subj.doc, subj.left_edge.i
    while i > 0 and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].tag_ in ("NN", "NNS", "POS", "JJ")):
        i -= 1  # the names written before it, which the parse may hang elsewhere (speaker_phrase)
    own = [t for t in doc[i:subj.right_edge.i + 1] if t.ent_type_ == "NORP"]
    return any(_same_nation(a.text, b.text) for a in countries for b in own)


@gives("context")
def section_heading_date(st: Statement, ctx: DatingContext) -> When | None:
    """'On the campaign trail, July 2020' / 'Monday, Sept. 26' over a round-up's section: its date dates the statements under it."""
    pos = position(st)
    before = [h for h in ctx.headings if h[0] < pos]
    return before[-1][1] if before else None


PRESENT_TAGS = frozenset({"VBZ", "VBP"})


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
    if sp.type == "anonymous" and subj is not None:
        return _unnamed_source_of(subj, occ, ctx)
    if not sp.resolved or sp.type == "anonymous":  # unnamed sources take part by speaking there, not by acting
        return False
    own = speaker_phrase(subj).lower() if subj is not None else ""
    words = re.findall(r"\w[\w'’.-]*", sp.name.lower())
    surname = re.compile(rf"\b{re.escape(words[-1])}\b") if sp.type == "person" and words else None
    names = list(occ.speakers)
    # acting there counts when it is a speech ('both yesterday questioned …') or this week's news
    # ('Pelosi yesterday resumed the office …'), not a past event the article recalls ('On Nov. 11,
    # 2014, Xi and Obama sealed their agreement' and then Obama's words to the reporter)
    if occ.speech or recent(occ.when, ctx.article_date):
        names += [phrase(p) for p in occ.participants if p.pos_ in ("NOUN", "PROPN")]
    for name in (n.lower() for n in names if n):
        if re.search(rf"\b{re.escape(sp.name.lower())}\b", name) or (surname is not None and surname.search(name)):
            return True
        # the speaker's organisation: "the Navy told it …" and then "Navy Information Agency head Arba Agung told …"
        if own and len(name) > 3 and re.search(rf"\b{re.escape(name)}\b", own):
            return True
    return False


def _unnamed_source_of(subj, occ: Occasion, ctx: DatingContext) -> bool:
    """Unnamed sources take part by speaking there, not by acting ('Firefighters put the fire out on
    Saturday. … according to firefighters' is not Saturday's), unless they speak for its actor: a
    country's officials after its act ('Germany on Monday banned …. German officials said …'), or
    an organisation's people after its announcement ('The safety committee on Monday announced ….
    … according to investigators')."""
    if not (occ.speech or recent(occ.when, ctx.article_date)):
        return False
    if _speaks_for_country(subj, occ):
        return True
    return occ.speech and subj.lemma_.lower() in OFFICIAL_NOUNS and occ.when is not None \
        and occ.when[1] == "day" and any(t.ent_type_ == "ORG" for p in occ.participants for t in p.subtree)


# who speaks for an organisation without a name: "officials said", "a spokesperson told", "according to investigators"
OFFICIAL_NOUNS = frozenset("""official spokesperson spokesman spokeswoman investigator representative""".split())


def _same_nation(a: str, b: str) -> bool:
    """'Germany' and 'German', 'China' and 'Chinese', 'Iran' and 'Iranian' (not 'France' and 'French')."""
    common = len(os.path.commonprefix([a.lower(), b.lower()]))
    return common >= 4 and common >= min(len(a), len(b)) - 1


@gives("context")
def speakers_occasion(st: Statement, ctx: DatingContext) -> When | None:
    """'On Tuesday the minister visited Kyiv. … He said …': the nearest dated occasion in the paragraph or the one before dates what a speaker taking part in it says."""
    if ctx.doc is None or _standing(st) or _new_occasion(st, ctx):
        return None
    pos = position(st)
    here = ctx.sentence_index(pos)
    floor = ctx.paragraph_starts[max(0, ctx.paragraph_index(pos) - 1)]
    heading = max((h for h, _ in ctx.headings if h < pos), default=-1)
    for occ in reversed(ctx.occasions):
        if occ.sentence > here:
            continue
        if occ.start < max(floor, heading):
            return None
        return occ.when if _takes_part(st, occ, ctx) and not _past_event(occ, ctx) else None
    return None


def _past_event(occ: Occasion, ctx: DatingContext) -> bool:
    """An occasion long before the article ('nominated Mr. Kim four years ago', 'invoked Reagan's
    deficit in 1980') dates the words said after it only when its date is a speech act's ('In a
    November 2006 press release, Braynard boasted …'): the story recalls the past beside what is
    said now."""
    return ctx.long_before(occ.when) and not occ.said


@gives("context")
def speakers_last_day(st: Statement, ctx: DatingContext) -> When | None:
    """A speaker's day carries to their next statements on the same occasion (a month or year only to the next sentence): not when the latest dated occasion since is another one, nor past a section heading, nor to 'insists' (a standing position)."""
    key = speaker_key(st)
    if key is None or key not in ctx.last or _standing(st) or _new_occasion(st, ctx):
        return None
    when, since = ctx.last[key]
    pos = position(st)
    # a month or a year carries only to the next sentence ('… told the court …. She also said …'):
    # further on, it is a time the story recalls, not the occasion's
    adjacent = ctx.sentence_index(pos) - ctx.sentence_index(since) <= 1 and ctx.paragraph_index(pos) == ctx.paragraph_index(since)
    if when[1] not in ("day", "week") and not adjacent:
        return None
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


DATE_RULES = (date_after_cue, date_in_cue_clause, date_of_governing_clause, date_of_when_clause, date_opening_sentence, date_of_speech_sentence,
              then_in_cue_clause,
              day_around_occasion, dated_document, dated_occasion, speakers_occasion, lead_occasion, section_heading_date, speakers_last_day, article_date)


@gives("context")
def headline_from_story(st: Statement, ctx: DatingContext) -> When | None:
    """'Bill Clinton calls Obamacare a “crazy system”' over 'During the rally Monday, the former
    president said …': a headline's words were said when its speaker's first statement in the story was."""
    if st.date_basis != "article" or position(st) >= ctx.body or (key := speaker_key(st)) is None:
        return None
    first = next((o for o in ctx.statements if position(o) >= ctx.body and speaker_key(o) == key), None)
    if first is None or first.date_basis not in ("stated", "context") or ctx.long_before(first.date):
        return None  # the story may open on an old statement ('in 2008 she said …'); the headline's is news
    return first.date


HEADLINE_RULES = (headline_from_story,)  # after every statement of the story is dated

BASIS = {rule.__name__: rule.basis for rule in (*DATE_RULES, *HEADLINE_RULES)}
