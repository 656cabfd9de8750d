"""Direct quotes: each quoted span tied to the cue beside it, or recognised as a title or term."""

from __future__ import annotations

import re

from .content import Candidate, find_subject, paragraph_bounds
from .cues import DIRECT_VERBS, FRAGMENT_VERBS, cue_phrase, is_direct_cue
from .marks import QuoteSpan, inside
from .source import DOC_NOUNS, RECORD_NOUNS

# a full stop after an initial or a short title ("John G. Roberts", "Dr. Smith") ends no sentence
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
                          r"[.!?](?=[\s”\"’']|$)")
PARTICIPLE_LINK = re.compile(r"\s*,?\s*(?:\w+ly\s+|further\s+|also\s+|then\s+|before\s+|later\s+)?"
                             r"(?P<verb>[a-z]+ing)\s*[,:]?\s*")
# a sentence opening with the cue: "Remarked Center … scientist Tierra Curry, “…”"
INVERTED_LEAD = re.compile(r"\s*(?P<verb>[A-Z][a-z]+)\s+(?P<who>[^,:“”\"]{3,150}?)\s*[,:]")
# “…” — Jane Doe   /   “…” –John Smith, mayor
SIGN_OFF = re.compile(r"[ \t]*(?:—|–|--)[ \t]*(?P<name>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,3})(?=[ \t]*(?:,|\n|$))")


def _tokens_in(doc, s: int, e: int) -> list:
    span = doc.char_span(s, e, alignment_mode="contract") if e > s else None
    return list(span) if span is not None else []


DOCUMENT_NOUNS = DOC_NOUNS | RECORD_NOUNS | frozenset("letter note message".split())
# "a programme called “Learning Together”": a bare participle that names a thing is no speech
NAMING_VERBS = frozenset("call name dub term title label brand know".split())
# verbs that report speech only when bare ("he continued, “…”"), not when they narrate an event
# ("the trial, … “together save lives,” began last November and collected data")
NARRATING_DEPS = frozenset("dobj npadvmod conj advcl mark xcomp".split())


def _speaking(cue, quotes: list[QuoteSpan]) -> bool:
    lemma = cue.lemma_.lower()
    if lemma in NAMING_VERBS and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cue.children) \
            and (cue.dep_ in ("acl", "advcl") or cue.tag_ == "VBN"):  # the parser also calls it advcl, VBD
        return False
    return lemma not in ("begin", "continue") or not any(
        c.dep_ in NARRATING_DEPS and inside(quotes, c.idx) is None for c in cue.children)


def _cue_in(doc, s: int, e: int, nearest_to: int, quotes: list[QuoteSpan]) -> object | None:
    toks = [t for t in _tokens_in(doc, s, e) if is_direct_cue(t) and _speaking(t, quotes)
            and inside(quotes, t.idx) is None]
    if not toks:
        return None
    return min(toks, key=lambda t: abs(t.idx - nearest_to))


def content_span(text: str, q: QuoteSpan) -> tuple[int, int]:
    """Inside the marks, without one trailing comma that belongs to the attribution."""
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and text[e - 1] == ",":
        e -= 1
    return s, e


def direct_candidates(doc, text: str, quotes: list[QuoteSpan], consumed: set[int]) -> list[Candidate]:
    """`consumed` holds quote.open offsets already part of a mixed indirect statement."""
    out: list[Candidate] = []
    for qi, q in enumerate(quotes):
        if q.open in consumed:
            continue
        s, e = content_span(text, q)
        if e <= s:
            continue
        cand = _attribute(doc, text, quotes, qi, (s, e))
        if cand is not None:
            out.append(cand)
    return out


def _attribute(doc, text: str, quotes: list[QuoteSpan], qi: int, span: tuple[int, int]) -> Candidate | None:
    q = quotes[qi]
    para_start, para_end = paragraph_bounds(text, q.open)
    nxt_open = quotes[qi + 1].open if qi + 1 < len(quotes) else len(text)
    prev_close = quotes[qi - 1].outer_end if qi > 0 else 0
    inner = text[span[0]:span[1]]
    words = len(inner.split())

    # “…,” further remarking, “…”: a participle between two quotes continues the first speaker
    between = text[prev_close:q.open] if qi > 0 and prev_close >= para_start else ""
    m = PARTICIPLE_LINK.fullmatch(between)
    stem = m.group("verb")[:-3] if m else ""
    if m and (stem in DIRECT_VERBS or stem + "e" in DIRECT_VERBS):  # remarking, adding, noting
        return Candidate("direct", [span], None, m.group("verb"), None, "participle", [q])

    # after: “…,” X said.  /  “…?” asked X.
    after_end = min(nxt_open, para_end)
    m = SENTENCE_END.search(text, q.outer_end, after_end)
    after_stop = m.end() if m else after_end
    tail = text[q.outer_end:after_stop]
    ends_open = text[q.end - 1:q.end] in (",", "?", "!", "—", "-", "…") or tail.lstrip().startswith(",") \
        or (tail.strip()[:1].islower() if tail.strip() else False)
    cue_after = _cue_in(doc, q.outer_end, after_stop, q.outer_end, quotes)
    if cue_after is not None and _reports_own_clause(cue_after, quotes if text[q.end - 1:q.end] == "," else []):
        cue_after = None  # "“…”, while Klimov indicated 68 were missing": not this quote's cue
    if cue_after is not None and not ends_open and _lead_in(doc, text, quotes, q, max(prev_close, para_start)):
        cue_after = None  # 'Gownaris said, “… .” The findings suggested …': the lead-in attributes
    if cue_after is not None and (ends_open or cue_after.idx - q.outer_end < 40):
        subject = find_subject(cue_after)
        if subject is None and not text[q.outer_end:cue_after.idx].strip(" ,"):
            # '“…,” said a protester using …': the parse made the inverted subject an object
            subject = next((c for c in cue_after.children if c.dep_ in ("dobj", "attr") and c.i > cue_after.i), None)
        if subject is not None and not (q.open <= subject.idx < q.outer_end):
            return Candidate("direct", [span], cue_after, cue_phrase(cue_after), subject, "after", [q])
    sign = SIGN_OFF.match(text, q.outer_end)
    if sign is not None:
        name = doc.char_span(sign.start("name"), sign.end("name"), alignment_mode="expand")
        if name is not None:
            return Candidate("direct", [span], None, text[q.outer_end:sign.start("name")].strip(), name.root, "after", [q])
    according = _according_in(doc, q.outer_end, after_stop) if ends_open else None
    if according is not None:
        return Candidate("direct", [span], according[0], "according to", according[1], "after", [q])

    # before: X said: “…”  /  X said in an address on Monday. “…”
    before_start = max(prev_close, para_start)
    head = text[before_start:q.open]
    ends = [mm.end() for mm in SENTENCE_END.finditer(head)]
    if ends and ends[-1] < len(head.rstrip()):
        before_start += ends[-1]  # only the last sentence before the mark
    head = text[before_start:q.open].rstrip()
    cue_before = _cue_in(doc, before_start, q.open, q.open, quotes)
    inverted = INVERTED_LEAD.fullmatch(head)
    verb = _tokens_in(doc, before_start + inverted.start("verb"), before_start + inverted.end("verb")) \
        if inverted is not None else []
    if verb and is_direct_cue(verb[0]):
        # "Remarked Center for Biological Diversity scientist Tierra Curry, “…”": the parse is lost
        who = _tokens_in(doc, before_start + inverted.start("who"), before_start + inverted.end("who"))
        names = [t for t in who if t.pos_ == "PROPN"]
        if names:
            return Candidate("direct", [span], verb[0], inverted.group("verb").lower(), names[-1], "before", [q])
    if head.endswith(","):
        according = _according_in(doc, before_start, q.open)
        if according is not None:
            return Candidate("direct", [span], according[0], "according to", according[1], "before", [q])
    if cue_before is not None:
        subject = find_subject(cue_before)
        # "X wrote “…”": the cue is the last word before the mark
        last_word = head.rstrip(":,— ").split()[-1:] if head else []
        fragment = not head.endswith((":", ",", ".", "—")) and q.open > before_start and \
            last_word != [cue_before.text]
        if subject is None and qi > 0 and quotes[qi - 1].outer_end >= para_start and \
                head.endswith((":", ",")):
            # '“…,” further remarking, “…”': the earlier quote's speaker goes on
            return Candidate("direct", [span], cue_before, cue_phrase(cue_before), None, "continuation", [q])
        if subject is not None and (not fragment or _fragment_ok(doc, q, cue_before)):
            mode = "fragment" if fragment else "before"
            return Candidate("direct", [span], cue_before, cue_phrase(cue_before), subject, mode, [q])

    before = _tokens_in(doc, before_start, q.open)
    # "Governor John Bel Edwards addressed the public: “…”": a named speaker's clause ending in a colon
    if cue_before is None and head.endswith(":") and words >= 4:
        # the clause's own verb: the root, or one the parse hung on the quote's verb
        verbs = [t for t in before if t.pos_ == "VERB"
                 and (t.dep_ == "ROOT" or q.open <= t.head.idx < q.outer_end)]
        subject = find_subject(verbs[-1]) if verbs else None
        if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they")):
            return Candidate("direct", [span], verbs[-1], cue_phrase(verbs[-1]), subject, "before", [q])

    # "Trump's statement read: “…”": a document's words ("read" is often tagged a noun here)
    words_before = [t for t in before if not (t.is_punct or t.is_space)]
    if words_before and words_before[-1].lower_ == "read" and head.endswith((":", ",", "read")):
        document = next((t for t in reversed(words_before[:-1]) if t.lemma_.lower() in DOCUMENT_NOUNS), None)
        if document is not None:
            return Candidate("direct", [span], words_before[-1], "read", document, "before", [q])

    # a fragment governed by a describing verb further away in the sentence
    frag = _governing_verb(doc, q)
    if frag is not None:
        subject = find_subject(frag)
        if subject is not None:
            return Candidate("direct", [span], frag, cue_phrase(frag), subject, "fragment", [q])

    # a paragraph that is only a quote continues the previous speaker
    if text[para_start:q.open].strip() == "" and words >= 4:
        return Candidate("direct", [span], None, None, None, "continuation", [q])
    # '… as “a guiding force” who was “one of the most …”' (the same sentence) and
    # '“…,” said a protester. “The situation has escalated …”' (right after its attribution)
    if qi > 0 and prev_close >= para_start and words >= 4:
        ends = [m.end() for m in SENTENCE_END.finditer(text, prev_close, q.open)]
        if not ends or len(ends) == 1 and not text[ends[0]:q.open].strip() \
                and _cue_in(doc, prev_close, q.open, q.open, quotes) is not None:
            speech = words >= 6 and _looks_like_speech(inner)  # else dropped when no speaker precedes it
            return Candidate("direct", [span], None, None, None, "follows" if speech else "follows_term", [q])
    if q.open > para_start and words >= 6 and _looks_like_speech(inner):
        return Candidate("direct", [span], None, None, None, "unattributed", [q])
    return None


def _reports_own_clause(cue, split: list[QuoteSpan]) -> bool:
    """The cue reports a clause or quote of its own after it ('… Miller said “It is hard”'),
    except the second half of a split quote ('“…,” wrote Roberts, “…”'), passed as `split`."""
    return any(c.dep_ == "ccomp" and c.i > cue.i and inside(split, c.left_edge.idx) is None for c in cue.children)


def _lead_in(doc, text: str, quotes: list[QuoteSpan], q: QuoteSpan, start: int) -> bool:
    """'X said, “…”' / 'X said: “…”' / 'X said “…”': a cue with its subject between `start` (the
    paragraph or the previous quote) and the mark."""
    head = text[start:q.open].rstrip()
    cue = _cue_in(doc, max(start, q.open - 80), q.open, q.open, quotes)
    if cue is None or not (head.endswith((",", ":")) or cue.idx + len(cue) == start + len(head)):
        return False
    return find_subject(cue) is not None and not SENTENCE_END.search(text, cue.idx, q.open)


def _according_in(doc, s: int, e: int):
    """'according to X' in a window: (the 'according' token, X); a tweet or statement 'by X' gives X."""
    for tok in _tokens_in(doc, s, e):
        if tok.lower_ != "according":
            continue
        pobj = [g for t in tok.children if t.lower_ == "to" for g in t.children if g.dep_ == "pobj"]
        if not pobj:
            nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
            pobj = [g for g in (nxt.children if nxt is not None else []) if g.dep_ == "pobj"]
        if pobj:
            source = pobj[0]
            by = [g for p in source.children if p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
            return tok, by[0] if by else source
    return None


def _fragment_ok(doc, q: QuoteSpan, verb) -> bool:
    toks = _tokens_in(doc, q.start, q.end)
    return any(_ancestor(t, verb) for t in toks)


def _ancestor(tok, verb, depth: int = 6) -> bool:
    for _ in range(depth):
        if tok == verb:
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return tok == verb


def _governing_verb(doc, q: QuoteSpan):
    toks = _tokens_in(doc, q.start, q.end)
    if not toks:
        return None
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside]
    for r in roots:
        tok = r.head
        for _ in range(4):
            if tok.i >= toks[0].i or tok.sent != r.sent:
                break
            if tok.lemma_.lower() in FRAGMENT_VERBS and tok.pos_ == "VERB":
                return tok if _speaking(tok, [q]) else None
            if tok.head == tok:
                break
            tok = tok.head
    return None


def _looks_like_speech(inner: str) -> bool:
    """Long quoted text with sentence shape, not a title in Title Case."""
    words = re.findall(r"[A-Za-z][\w'’-]*", inner)
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) < 0.6
