"""When a statement was made: the date of its speech act, after the speakers are known.

`DATE_RULES` is tried in order for each statement; the first that answers gives its date
(value, granularity). A date in the cue's own clause dates the speech ("said on Monday", "in her
1976 autobiography"); one in what is reported does not ("noting it was the worst since 2009").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..models import DateExpr
from .marks import QuoteSpan, inside
from .rules import ALL_ON, RuleSwitch
from .statement import Statement

When = tuple[str | None, str | None]


@dataclass
class DatingContext:
    """The article's dates and what earlier statements were dated: a speaker's day carries on."""

    text: str
    dates: list[DateExpr]
    quotes: list[QuoteSpan]
    article_date: date | None
    last_date: dict[str, When] = field(default_factory=dict)


def date_statements(statements: list[Statement], text: str, dates: list[DateExpr], quotes: list[QuoteSpan],
                    article_date: date | None, rules: RuleSwitch = ALL_ON) -> None:
    """Sets each statement's date and the rule that chose it, in text order."""
    ctx = DatingContext(text, dates, quotes, article_date)
    for st in statements:
        found = rules.first(DATE_RULES, st, ctx)
        st.date, st.date_rule = (found[1], found[0]) if found is not None else ((None, None), "")
        speaker = st.speaker
        # a day carries to the speaker's next statements (the same briefing); a month or year names
        # a past source ("in her 1976 autobiography") that the next statement need not share
        own = st.date_rule in ("date_after_cue", "date_in_cue_clause")
        if speaker.resolved and st.date[1] in ("day", "week") and (own or speaker.name not in ctx.last_date):
            ctx.last_date[speaker.name] = st.date


# "reported third-quarter profit grew": a reporting period is what is reported on, not when
REPORTING_PERIODS = frozenset({"quarter", "half"})
LEADING_DATE = re.compile(r"(?:on|at|in)?\s*")
AFTER_LEADING_DATE = re.compile(r"[\s,]*(?:that\s+)?")


def date_after_cue(st: Statement, ctx: DatingContext) -> When | None:
    """'Police said on Monday they believe …': a date right after the cue dates the speech, not the statement."""
    cand, text = st.candidate, ctx.text
    if cand.kind != "indirect" or cand.mode != "clause" or cand.cue is None or not cand.pieces:
        return None
    s, e = cand.pieces[0]
    between = text[cand.cue.idx + len(cand.cue):s]
    if len(between.split()) > 6 or any(c in between for c in ".;:\"“”"):
        return None
    for d in ctx.dates:
        if s <= d.start < e and d.value is not None and not d.vague and d.granularity not in REPORTING_PERIODS \
                and LEADING_DATE.fullmatch(text[s:d.start]):
            span = cand.cue.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "poss") or \
                    re.match(r"\s*,|['’]s\b", text[d.end:]):  # "said Monday was …", "in December, X …"
                continue
            rest = AFTER_LEADING_DATE.match(text, d.end).end()
            if len(text[rest:e].split()) >= 3:
                cand.pieces[0] = (rest, e)  # the date belongs to the speech, not the statement
                return d.value, d.granularity
    return None


# A date reached from the cue only through one of these is another event's ("she said, noting it
# was the worst since 2009"); "in a statement released on Monday" (acl) still dates the speech.
EMBEDDED_CLAUSES = frozenset({"ccomp", "xcomp", "conj", "parataxis", "csubj"})


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
        if inside(ctx.quotes, d.start) is not None:
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
    A quoted clause on the way up is the parser hanging narrative on the quote, not an event."""
    span = cue.doc.char_span(d.start, d.end, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    while tok is not None and tok != cue and tok.head != tok:
        embedded = tok.dep_ in EMBEDDED_CLAUSES or (
            tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children))
        if embedded and inside(quotes, tok.idx) is None:
            return True
        tok = tok.head
    return False




def speakers_last_day(st: Statement, ctx: DatingContext) -> When | None:
    """A speaker's day carries to their next undated statements (the same briefing or interview)."""
    sp = st.speaker
    if sp.resolved and sp.name in ctx.last_date and sp.type != "anonymous":
        return ctx.last_date[sp.name]
    return None


def article_date(st: Statement, ctx: DatingContext) -> When | None:
    """Otherwise the article's date."""
    return (ctx.article_date.isoformat(), "day") if ctx.article_date is not None else None


DATE_RULES = (date_after_cue, date_in_cue_clause, speakers_last_day, article_date)
