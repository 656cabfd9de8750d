"""Which way a clause points from the document date, read from spaCy's parse: 'past' (said, had
met), 'future' (will, would, is due to, plans to, is scheduled for), 'present' (the simple present:
is, has) or None (no verb, a progressive, a deadline after a past verb). Present and None mean the
nearest occurrence."""

from __future__ import annotations

# "could" and "can" are as often past or present ability ("could not be located Wednesday")
FUTURE_MODALS = frozenset({"will", "'ll", "shall", "wo", "would", "might", "may", "should", "must", "'d"})
# "is due to be published in May", "plans to redeem on Nov. 16", "set to expire Nov. 6"
FUTURE_HEADS = frozenset({"go", "due", "set", "expect", "schedule", "plan", "intend", "hope", "aim",
                          "prepare", "want", "seek", "try", "promise", "vow", "threaten", "likely",
                          "about", "ready", "poise", "slate"})
FUTURE_WORDS = frozenset({"scheduled", "expected", "planned", "due", "slated", "likely"})
# "the Feb. 20 deadline", "a May 2 return date", "set Sept. 3 as the cutoff date"
LIMIT_NOUNS = frozenset({"deadline", "date", "target", "expiration", "expiry", "cutoff"})
# a deadline keeps its own direction: "was extended to Nov. 16", "returned by Jan. 14"
DEADLINE = frozenset({"until", "till", "through", "by", "to", "before", "effective", "starting", "beginning"})


def deadline_noun(tok) -> str | None:
    """'rejected the Feb. 20 deadline', 'a May 2 return date', 'have set Sept. 3 as the cutoff date': a
    day set as a limit may lie either side of the report, so the verb's tense does not point it: the
    nearest one. ('The Oct. 23 killing' keeps the tense: only limits.)"""
    if tok.dep_ in ("nmod", "compound", "npadvmod", "amod") and tok.head.lemma_ in LIMIT_NOUNS:
        return "present"
    if tok.dep_ in ("npadvmod", "dobj") and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(o.lemma_ in LIMIT_NOUNS for o in c.children)
            for c in tok.head.children):
        return "present"
    return None


# tried in order before the clause's tense; the first that answers gives the direction
DIRECTION_RULES = (deadline_noun,)


def direction(doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if after_past_verb(span):
        return "past"
    way = _clause_direction(span)
    if way in (None, "present") and names_a_past_day(span):
        return "past"
    return way


def after_past_verb(span) -> bool:
    """'said on Monday she may resign', 'felt Tuesday's pleas might …': a date right after a verb in
    the past tense is that verb's, whatever later clause the parse hangs it on (which read the
    weekday as the coming one: no loss on TBAQ, fixes Wikinews and PolNeAR)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    return i >= 0 and doc[i].tag_ == "VBD"


def names_a_past_day(span) -> bool:
    """'Monday's debate is still the talk', 'during Monday's debate': a day named for what happened on
    it, in a clause whose tense does not point it, is one gone by (TBAQ +1 on its second half, none lost)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].tag_ == "POS" and span.root.pos_ == "PROPN"


def _clause_direction(span) -> str | None:
    tok = span.root
    for rule in DIRECTION_RULES:
        if (way := rule(tok)) is not None:
            return way
    prep = tok.head.lower_ if tok.dep_ in ("pobj", "npadvmod") else None
    if prep == "since":
        return "past"
    through_adjective = False  # "payable Dec. 7", "effective Feb. 1": a date the adjective sets
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            break
        tok = tok.head
        through_adjective |= tok.pos_ == "ADJ"
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.tag_ == "VBD" and tok.lower_ in FUTURE_WORDS and not _auxes(tok) and span.start > tok.i:
        return None  # "planned a demonstration on Saturday": either side ("On Friday, X planned to pay": past)
    way = _walk(tok)
    if way == "past" and (prep in DEADLINE or through_adjective):
        return None
    return way


def _auxes(tok):
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]


def _walk(tok) -> str | None:
    """A bare participle ('When announcing the shutdown on Monday, he called …') and an
    infinitive ('refused to comment Friday') take the direction of the verb they hang on, unless
    that verb looks ahead ('plans to redeem', 'is due to be published', 'is to resume')."""
    for _ in range(6):
        auxes = _auxes(tok)
        if tok.tag_ in ("VBG", "VBN") and not auxes and tok.head != tok and (
                tok.dep_ == "xcomp" or (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "pcomp"))):
            tok = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head
            if tok.pos_ not in ("VERB", "AUX"):
                return None
            continue
        if any(a.lower_ == "to" for a in auxes):
            head = tok.head
            if head == tok:
                return None
            if head.pos_ not in ("VERB", "AUX", "ADJ"):
                return None
            # "subpoenaed him to testify on Feb. 10", "planned to pay on Friday": the future of a
            # past verb may be past or ahead of the document date
            way = _walk(head)
            if way == "past":
                return None
            if head.lemma_.lower() in FUTURE_HEADS or head.lower_ in FUTURE_WORDS or head.lemma_ == "be":
                return "future"
            return way
        return _verb_direction(tok)
    return None


def _verb_direction(tok) -> str | None:
    auxes = _auxes(tok)
    words = {a.lower_ for a in auxes}
    tags = {a.tag_ for a in auxes}
    if words & FUTURE_MODALS or (tok.tag_ == "MD" and tok.lower_ in FUTURE_MODALS):
        return "past" if "have" in words else "future"
    if "going" in words or (tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in tok.children)):
        return "future"
    looks_ahead = tok.lower_ in FUTURE_WORDS or (tok.lemma_ == "be" and {c.lower_ for c in tok.children} & FUTURE_WORDS) \
        or (tok.lower_ == "set" and any(c.lower_ in ("for", "to") for c in tok.children))  # "a summit set for April"
    if "VBD" in tags or tok.tag_ == "VBD":
        return "future" if looks_ahead and auxes else "past"  # "was planned for early March"
    if words & {"has", "have"}:
        return "future" if looks_ahead else "past"  # the perfect: "has said on Monday", "has scheduled"
    if tok.tag_ == "VBN" and not tags & {"VBZ", "VBP"}:
        # a bare participle: "arrested Monday" is past, "a service planned for Saturday" either way
        return None if looks_ahead else "past"
    if tok.tag_ in ("VBZ", "VBP", "VBN", "VBG") or tags & {"VBZ", "VBP"}:
        if looks_ahead or {c.lower_ for c in tok.subtree} & FUTURE_WORDS:
            return "future"  # "is scheduled for Friday", "is expected in May"
        return "present" if tok.tag_ in ("VBZ", "VBP") else None  # "is meeting Friday": either way
    return None
