"""Date expressions in news text, normalised to TimeML values against the document date.

Patterns (analysis.timex.patterns) find the expressions; spaCy's tags decide what text alone cannot
("May" the modal, "March" the verb, "April" the name, "2000 people" the count, "every Monday" a
set) and the tense that points a bare weekday, month or quarter back or ahead
(analysis.timex.tense). Anaphoric expressions ("that day", "the quarter", "a year earlier") take
their value from the expressions before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .models import DateExpr
from .timex import calendar as cal
from .timex.patterns import PATTERNS, VAGUE, Context, Pattern, Refs
from .timex.tense import direction


def extract_dates(text: str, anchor: date | None, doc=None, start: int = 0,
                  skip: Iterable[tuple[int, int]] = ()) -> list[DateExpr]:
    """All date expressions in text[start:], resolved against `anchor` (None → values left out).

    `skip` holds spans (direct quotes) whose dates are left to the caller to anchor differently.
    """
    candidates: list[tuple[int, int, int, Pattern, re.Match]] = []
    for order, pat in enumerate(PATTERNS):
        for m in pat.regex.finditer(text, start):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), order, pat, m))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    chosen = []
    last_end = -1
    for c in candidates:
        if c[0] >= last_end:
            chosen.append(c)
            last_end = c[1]
    skips = sorted(skip)
    refs = Refs(anchor)
    out: list[DateExpr] = []
    for s, e, _, pat, m in chosen:
        if any(a <= s < b for a, b in skips) or not _plausible(pat.name, m, text, doc):
            continue
        ctx = Context(anchor, direction(doc, s, e) if doc is not None else None, refs)
        resolved = pat.resolve(m, ctx)
        pieces = resolved if isinstance(resolved, list) else [(None, resolved)]
        for group, value in pieces:
            if value is None and (anchor is not None or pat.kind in ("anaphoric", "comparison")):
                continue  # nothing it could name; without a document date, relative values are left out
            ps, pe = m.span(group) if group else (s, e)
            vague = value in VAGUE
            out.append(DateExpr(text[ps:pe], ps, pe, value, cal.granularity(value) if value and not vague else None,
                                vague))
            if pat.kind != "comparison" and not vague:
                refs.note(value, ended=_ENDED.match(text, pe) is not None, past=ctx.direction == "past")
    return out


# ---------------------------------------------------------------------------- plausibility

_ENDED = re.compile(r"\s+(?:ended|ending)\b")  # "the fourth quarter ended Aug. 26"
_AMBIGUOUS_MONTHS = ("May", "March", "April", "June", "August")
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:his|her|their|my|your|our|its)\s+(?:early\s+|late\s+|mid-?)?$")
_SET_BEFORE = re.compile(r"(?i)\b(?:each|every)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"’”]*|[\n\"“(]|``)\s*$")
_NOT_A_YEAR_AFTER = re.compile(r"\s*(people|persons|votes|troops|soldiers|dollars|euros|pounds|km|miles|metres|meters"
                               r"|feet|kg|tonnes|tons)\b")


def _token(doc, s: int, e: int, word: str):
    span = doc.char_span(s, e, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    return next((t for t in span if t.text == word), None)


def _plausible(name: str, m: re.Match, text: str, doc) -> bool:
    g = m.groupdict()
    before = text[max(0, m.start() - 30):m.start()]
    words = m.group(0).split()
    if name in ("relative_unit", "anaphor") and len(words) > 1 and all(w[0].isupper() for w in words) \
            and not _SENTENCE_START.search(before):
        return False  # "ABC's This Week", "Person of The Year": a title
    if name == "anaphor" and words[-1].lower() == "year" and re.match(r"\s+(?:ended|ending)\b", text[m.end():]):
        return False  # "for the year ended March 31": a fiscal year's length, not a date
    if name == "deictic" and re.search(r"(?i)(?<!\bas )\bof\s+$", before):
        return False  # "the people of tomorrow"
    if name == "deictic" and words[0][0].isupper() and re.search(r"\b[A-Z][A-Za-z]*\s+$", before) \
            and not _SENTENCE_START.search(before):
        return False  # "USA TODAY's video series", "NBC's Today": a name
    if name == "month" and not g.get("mod") and m.group(0).split()[-1] == g["m"]:
        if not _month_is_date(g["m"], m, text, doc):
            return False
    if name == "year":
        return _year_is_date(m, text, doc)
    if name in ("weekday", "holiday", "month") and _SET_BEFORE.search(before):
        return False  # "each Thursday", "every July": a set of days, not a date
    if name == "season" and g["s"][0].isupper() and not _SENTENCE_START.search(before):
        return False  # "the Spring of Life demonstrations": a name
    if name in ("weekday", "holiday"):
        word = (g.get("wd") or g["hol"]).split()[-1]
        tok = _token(doc, m.start(), m.end(), word)
        if tok is not None and (tok.ent_type_ in ("ORG", "WORK_OF_ART") or (
                name == "holiday" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"))):
            return False  # "Monday Night Football", "Christmas tree"
    if name == "season" and not (g.get("y") or g.get("sy") or g.get("yy")):
        if g["s"].lower() == "fall" and not g.get("rel"):
            return False  # "the fall of Rome", "a fall in prices"
        tok = _token(doc, m.start("s"), m.end("s"), g["s"])
        if tok is not None and (tok.dep_ == "compound" or tok.pos_ not in ("NOUN", "PROPN")):
            return False  # "summer camp", "spring up"
    if name == "decade" and g.get("dw") and _POSSESSIVE_BEFORE.search(before):
        return False  # "in her twenties": an age
    if name == "spelled_year" and m.group("sy").lower().startswith("two thousand") and "year" not in m.group(0).lower():
        return bool(re.search(r"(?i)\b(?:in|by|until|since|of|from)\s+$", before))
    if name == "vague" and m.group(0).lower().endswith("future") and re.match(r"\s+of\b", text[m.end():]):
        return False  # "the future of our peoples"
    if name == "vague" and words[0].lower() == "current":
        tok = _token(doc, m.start(), m.end(), words[0])
        return tok is None or tok.pos_ == "ADJ"  # "the current weakness", not "an electric current"
    return True


def _month_is_date(word: str, m: re.Match, text: str, doc) -> bool:
    if word in _AMBIGUOUS_MONTHS:
        tok = _token(doc, m.start("m"), m.end("m"), word)
        if tok is not None:
            if tok.ent_type_ == "PERSON" or tok.pos_ in ("AUX", "VERB") or tok.tag_ == "MD":
                return False
            nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ in ("PERSON", "ORG"):
                return False  # "April Ryan", "May Day Committee"
    if word == "May" and m.start("m") > 0 and text[m.start("m") - 1] not in " \n\t(\"“'":
        return False
    if word in ("May", "March") and re.match(r"\s+(?:I|we|you|he|she|they|it|God|the)\b", text[m.end():m.end() + 6]):
        return False
    if word == "March" and re.match(r"\s+(?:for|on|against|of)\s+[A-Z][a-z]", text[m.end():m.end() + 16]):
        return False  # "the March for Life", "the March on Washington": a name
    return True


def _year_of_plural(tok) -> bool:
    """A year before a plural noun is one the recogniser calls DATE, and, if round (a count
    looks like one), only after a determiner or possessive."""
    if tok.ent_type_ != "DATE":
        return False
    return int(tok.text) % 100 != 0 or (tok.i > 0 and tok.nbor(-1).tag_ in ("DT", "PRP$", "POS"))


def _year_is_date(m: re.Match, text: str, doc) -> bool:
    tok = _token(doc, m.start("y"), m.end("y"), m.group("y"))
    if tok is not None:
        if tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS") and not _year_of_plural(tok):
            return False  # "2000 people", "2000 shares", but not "1990 earnings", "the 2000 elections"
        if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
            prev = text[max(0, m.start() - 12):m.start()].lower()
            if not re.search(r"\b(in|since|by|until|of|from|to|during|before|after|early|late|mid)\s*$", prev) \
                    and m.group(0) == m.group("y"):
                return False
    return not _NOT_A_YEAR_AFTER.match(text[m.end():m.end() + 12].lower())
