"""Statements of one article: cues, contents and speakers put together, in text order."""

from __future__ import annotations

import re
from datetime import date

from ..models import DateExpr, Quote
from ..nlp import doc_text
from .content import Candidate, apply_quote_marks, indirect_candidates, tail_candidates
from .coreference import Registry, build_registry
from .direct import direct_candidates
from .interview import answer_turns
from .marks import QuoteSpan, find_quotes, inside
from .source import UNKNOWN, Speaker, describe

MODE_CONFIDENCE = {"interview": 0.9, "participle": 0.85, "follows": 0.85, "after": 0.95, "before": 0.9,
                   "clause": 0.85, "according": 0.9, "parataxis": 0.8, "fragment": 0.75, "continuation": 0.75,
                   "unattributed": 0.2}
HOW_CONFIDENCE = {"named": 1.0, "description": 0.95, "role": 0.9, "pronoun": 0.85, "inherited": 0.95,
                  "none": 0.35}
# An unnamed source is often a named speaker the rules missed, and organisations seldom speak in
# direct quotes (a person does, for them): both are less often right than their cue suggests.
TYPE_CONFIDENCE = {("anonymous", "direct"): 0.6, ("anonymous", "indirect"): 0.85, ("organization", "direct"): 0.85}


def extract_statements(doc, text: str, body_start: int = 0):
    """Candidates with resolved speakers in text order, the quote spans found, and the article's
    registry of names (for naming the people a statement mentions)."""
    quotes = find_quotes(text, body_start)
    registry = build_registry(doc, body_start, text, quotes)
    found = indirect_candidates(doc, body_start)
    found += tail_candidates(doc, body_start, found)
    indirect = apply_quote_marks(found, quotes, text)
    indirect = _innermost(indirect)
    consumed = {q.open for c in indirect for q in c.quotes}
    direct = direct_candidates(doc, text, quotes, consumed)
    direct_spans = [c.pieces[0] for c in direct]
    indirect = [c for c in indirect
                if not all(any(ds <= s and e <= de for ds, de in direct_spans) for s, e in c.pieces)]
    turns = answer_turns(text, body_start, registry)
    if turns:  # words inside an answer are the interviewee's, whatever cue they contain
        inside = [c for c in indirect + direct if any(any(a <= s and e <= b for a, b, _ in turns) for s, e in c.pieces)]
        indirect = [c for c in indirect if c not in inside]
        direct = [c for c in direct if c not in inside]
        direct += [Candidate("direct", [(a, b)], None, "interview answer", None, "interview", speaker=sp)
                   for a, b, sp in turns]
    cands = sorted(indirect + direct, key=lambda c: (c.cue.idx if c.cue is not None else c.pieces[0][0], c.pieces[0][0]))
    return _resolve(cands, registry), quotes, registry


def _innermost(cands: list[Candidate]) -> list[Candidate]:
    """'Znak.com reported its source said X': the inner source speaks X.

    An outer statement loses the clause that holds the inner cue; it stays only when enough of
    its own words remain ("it has found no trace [despite Znak.com claiming …]").
    """
    out = []
    for c in cands:
        for other in cands:
            if other is c or other.cue is None or c.cue is None:
                continue
            if not any(s <= other.cue.idx < e for s, e in c.pieces):
                continue
            cut = _clause_holding(other.cue, c.cue)
            lo, hi = cut[0].idx, cut[-1].idx + len(cut[-1])
            pieces = []
            for s, e in c.pieces:
                for a, b in ((s, min(e, lo)), (max(s, hi), e)):
                    if b - a > 0 and len(doc_text(c.cue.doc)[a:b].split()) >= 3:
                        pieces.append(_strip_edges(doc_text(c.cue.doc), a, b))
            c.pieces = [p for p in pieces if p[1] > p[0]]
        if c.pieces:
            out.append(c)
    return out


def _clause_holding(inner, outer) -> list:
    """Tokens of the subtree under `outer`'s complement that contains the inner cue."""
    tok = inner
    while tok.head != tok and tok.head != outer and tok.head.head != outer:
        tok = tok.head
    return list(tok.subtree)


def _strip_edges(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
        b -= 1
    words = text[a:b].split()
    # a dangling connective left where the inner clause was cut off
    while words and words[-1].lower() in ("despite", "while", "as", "and", "but", "that", "with", "after", "because"):
        b = text.rfind(words[-1], a, b)
        while b > a and text[b - 1].isspace():
            b -= 1
        words.pop()
    return a, b


def _resolve(cands: list[Candidate], registry: Registry) -> list[tuple[Candidate, Speaker]]:
    resolved: list[tuple[Candidate, Speaker]] = []
    speakers: list[Speaker] = []
    for cand in cands:
        if cand.mode == "continuation":
            prev = next((r for r in reversed(resolved) if r[0].kind == "direct" and r[1].resolved), None)
            if prev is not None and cand.pieces[0][0] - prev[0].pieces[-1][1] < 1200:
                sp = prev[1]
                speaker = Speaker(sp.name, sp.type, sp.role, None, None, "inherited")
                cand.cue, cand.cue_text = prev[0].cue, prev[0].cue_text
            else:
                speaker = UNKNOWN
                cand.mode = "unattributed"
        elif cand.mode in ("participle", "follows", "follows_term"):  # the statement just before goes on
            prev = resolved[-1] if resolved and resolved[-1][1].resolved else None
            if prev is not None and 0 <= cand.pieces[0][0] - prev[0].pieces[-1][1] < 300:
                sp = prev[1]
                speaker = Speaker(sp.name, sp.type, sp.role, None, None, "inherited")
                if cand.mode != "participle":
                    cand.cue, cand.cue_text, cand.mode = prev[0].cue, prev[0].cue_text, "follows"
            elif cand.mode == "follows_term":
                continue  # a quoted term beside an unattributed one ('the title of “Custodian …”')
            else:
                speaker = UNKNOWN
                cand.mode = "unattributed"
        elif cand.speaker is not None:
            speaker = cand.speaker
        elif cand.subject is None:
            speaker = UNKNOWN
        else:
            speaker = describe(cand.subject, registry, speakers)
        resolved.append((cand, speaker))
        if speaker.resolved:
            speakers.append(speaker)
    return resolved


LEADING_DATE = re.compile(r"(?:on|at|in)?\s*")
AFTER_LEADING_DATE = re.compile(r"[\s,]*(?:that\s+)?")


def _leading_speech_date(cand: Candidate, dates: list[DateExpr], text: str) -> tuple[DateExpr, int] | None:
    """'Police said on Monday they believe …': the parser hangs the date on the reported clause, but
    right after the cue it dates the speech. The date, and where the statement starts after it."""
    if cand.kind != "indirect" or cand.mode != "clause" or cand.cue is None or not cand.pieces:
        return None
    s, e = cand.pieces[0]
    between = text[cand.cue.idx + len(cand.cue):s]
    if len(between.split()) > 6 or any(c in between for c in ".;:\"“”"):
        return None
    for d in dates:
        if s <= d.start < e and d.value is not None and not d.vague and LEADING_DATE.fullmatch(text[s:d.start]):
            span = cand.cue.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "poss") or \
                    re.match(r"\s*,|['’]s\b", text[d.end:]):  # "said Monday was …", "in December, X …"
                continue
            rest = AFTER_LEADING_DATE.match(text, d.end).end()
            if len(text[rest:e].split()) >= 3:
                return d, rest
    return None


def _clause_date(cand: Candidate, dates: list[DateExpr], quotes: list[QuoteSpan]) -> DateExpr | None:
    cue = cand.cue
    if cue is None or cand.mode == "according":
        return None
    lo = cue.left_edge.idx
    hi = cue.right_edge.idx + len(cue.right_edge)
    for d in dates:
        if not (lo <= d.start < hi) or d.value is None or d.vague:
            continue
        if any(s <= d.start < e for s, e in cand.pieces):
            continue
        if inside(quotes, d.start) is not None:
            continue
        if cand.subject is not None and cand.subject.left_edge.idx <= d.start < cand.subject.right_edge.idx + 1:
            continue
        if _in_embedded_clause(cue, d, quotes):
            continue
        return d
    return None


# A date reached from the cue only through one of these is another event's ("she said, noting it
# was the worst since 2009"); "in a statement released on Monday" (acl) still dates the speech.
EMBEDDED_CLAUSES = frozenset({"ccomp", "xcomp", "conj", "parataxis", "csubj"})


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


def to_records(resolved: list[tuple[Candidate, Speaker]], text: str, dates: list[DateExpr],
               quotes: list[QuoteSpan], article_date: date | None) -> list[Quote]:
    records: list[Quote] = []
    last_date: dict[str, tuple[str, str]] = {}
    by_candidate: dict[int, tuple[str, str]] = {}
    for idx, (cand, speaker) in enumerate(resolved):
        lead = _leading_speech_date(cand, dates, text)
        if lead is not None:
            d, start = lead
            cand.pieces[0] = (start, cand.pieces[0][1])  # the date belongs to the speech, not the statement
        else:
            d = _clause_date(cand, dates, quotes)
        if d is not None:
            when = (d.value, d.granularity)
        elif cand.mode == "continuation" and idx > 0 and (idx - 1) in by_candidate:
            when = by_candidate[idx - 1]
        elif speaker.resolved and speaker.name in last_date and speaker.type != "anonymous":
            when = last_date[speaker.name]
        elif article_date is not None:
            when = (article_date.isoformat(), "day")
        else:
            when = (None, None)
        by_candidate[idx] = when
        # a day carries to the speaker's next statements (the same briefing); a month or year names
        # a past source ("in her 1976 autobiography") that the next statement need not share
        if speaker.resolved and when[1] in ("day", "week") and (d is not None or speaker.name not in last_date):
            last_date[speaker.name] = when
        confidence = (MODE_CONFIDENCE.get(cand.mode, 0.5) * HOW_CONFIDENCE.get(speaker.how, 0.5)
                      * TYPE_CONFIDENCE.get((speaker.type, cand.kind), 1.0))
        for s, e in cand.pieces:
            piece_mixed = cand.mixed and any(s <= q.open and q.outer_end <= e for q in cand.quotes)
            records.append(Quote(
                speaker=speaker.name, speaker_type=speaker.type, role=speaker.role,
                quote=text[s:e], kind=cand.kind, mixed=piece_mixed, cue=cand.cue_text,
                start=s, end=e, date=when[0], date_granularity=when[1],
                confidence=round(confidence, 3),
                cue_start=cand.cue.idx if cand.cue is not None else None,
                speaker_start=speaker.start, speaker_end=speaker.end,
            ))
    records.sort(key=lambda q: (q.start, q.end))
    return records
