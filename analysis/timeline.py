"""Date expressions in news text, normalised to TimeML-style ISO values against an anchor date.

Rules follow English date syntax; spaCy's tags decide the cases text alone cannot ("May" the
modal, "March" the verb, "April" the name, "2000 people" the count) and the tense that points a
bare weekday or month backwards or forwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from .models import DateExpr

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYNUM = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})"
_PART = r"(?:morning|afternoon|evening|night)"
_MOD = r"(?:(?:early|mid|late)[- ])"
_REL = r"(?:last|this|next|past|coming)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}

# Ordered: at each position the longest match wins.
PATTERNS: list[tuple[str, str]] = [
    ("wd_mdy", rf"(?P<wd>{_WEEKDAY}),? (?P<m>{_MONTH}) (?P<d>{_DAYNUM}),? (?P<y>{_YEAR})\b"),
    ("wd_dmy", rf"(?P<wd>{_WEEKDAY}),? (?P<d>{_DAYNUM}) (?:of )?(?P<m>{_MONTH}),? (?P<y>{_YEAR})\b"),
    ("mdy", rf"(?P<m>{_MONTH}) (?P<d>{_DAYNUM}),? (?P<y>{_YEAR})\b"),
    ("md_rel", rf"(?P<m>{_MONTH}) (?P<d>{_DAYNUM}),? (?P<rel>last|this|next) year\b"),
    ("dmy", rf"\b(?P<d>{_DAYNUM}) (?:of )?(?P<m>{_MONTH}),? (?P<y>{_YEAR})\b"),
    ("iso", r"\b(?P<y>\d{4})-(?P<mn>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    ("wd_md", rf"(?P<wd>{_WEEKDAY}),? (?P<m>{_MONTH}) (?P<d>{_DAYNUM})\b"),
    ("md", rf"(?P<m>{_MONTH}) (?P<d>{_DAYNUM})\b(?!,? ?\d)"),
    ("dm", rf"\b(?P<d>{_DAYNUM}) (?:of )?(?P<m>{_MONTH})"),
    ("my", rf"(?P<mod>{_MOD})?(?P<m>{_MONTH}),? (?:of )?(?P<y>{_YEAR})\b"),
    ("season_y", rf"(?P<mod>{_MOD})?(?P<s>{_SEASON}|Spring|Summer|Autumn|Fall|Winter) (?:of )?(?P<y>{_YEAR})\b"),
    ("rel_unit", rf"\b(?P<mod>{_MOD})?(?P<rel>{_REL}) (?P<unit>week|month|year|weekend)\b"),
    ("rel_wd", rf"\b(?P<rel>last|this|next|coming) (?P<wd>{_WEEKDAY})(?: (?P<part>{_PART}))?"),
    ("rel_m", rf"\b(?P<rel>last|this|next) (?P<m>{_MONTH})"),
    ("rel_season", rf"\b(?P<rel>last|this|next) (?P<s>{_SEASON})\b"),
    ("deictic", rf"\b(?P<mod>early |late )?(?P<word>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)"
                rf"(?: (?P<part>{_PART}))?\b"),
    ("last_night", r"\b(?P<word>[Ll]ast night|[Tt]his (?:morning|afternoon|evening))\b"),
    ("wd", rf"(?P<wd>{_WEEKDAY})(?: (?P<part>{_PART}))?\b"),
    ("m", rf"(?P<mod>{_MOD})?(?P<m>{_MONTH})(?![\w-])"),
    ("ago", r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) "
            r"(?P<unit>day|week|month|year)s? ago\b"),
    ("anaphor", r"\b(?P<word>[Tt]hat (?:day|week|month|year|night|morning|evening)"
                r"|the (?:same|following|next|previous) (?:day|week|month|year)"
                r"|the day (?:before|after))\b"),
    ("vague", r"\b(?P<word>recent (?:days|weeks|months|years)|the past (?:few )?(?:days|weeks|months|years)"
              r"|in the past)\b"),
    ("year", rf"(?<![\d$£€#.,:/-])(?P<mod>{_MOD})?(?P<y>{_YEAR})(?![\d%]|[.,]\d|-\d|\w)"),
]
_COMPILED = [(name, re.compile(rx)) for name, rx in PATTERNS]


def extract_dates(text: str, anchor: date | None, doc=None, start: int = 0,
                  skip: Iterable[tuple[int, int]] = ()) -> list[DateExpr]:
    """All date expressions in text[start:], resolved against `anchor` (None → values left out).

    `skip` holds spans (direct quotes) whose dates are left to the caller to anchor differently.
    """
    candidates: list[tuple[int, int, str, re.Match]] = []
    for name, rx in _COMPILED:
        for m in rx.finditer(text, start):
            candidates.append((m.start(), m.end(), name, m))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, str, re.Match]] = []
    last_end = -1
    for c in candidates:
        if c[0] >= last_end:
            chosen.append(c)
            last_end = c[1]
    skips = sorted(skip)
    out: list[DateExpr] = []
    previous: DateExpr | None = None
    for s, e, name, m in chosen:
        if any(a <= s < b for a, b in skips):
            continue
        if not _plausible(name, m, text, doc):
            continue
        direction = _tense(doc, s, e) if doc is not None else "past"
        value, gran, vague = _resolve(name, m, anchor, direction, previous)
        if name == "anaphor" and value is None:
            continue
        expr = DateExpr(text[s:e], s, e, value, gran, vague)
        out.append(expr)
        if value and not vague:
            previous = expr
    return out


# ---------------------------------------------------------------------------- plausibility


def _tokens(doc, s: int, e: int):
    if doc is None:
        return None
    span = doc.char_span(s, e, alignment_mode="expand")
    return span


def _plausible(name: str, m: re.Match, text: str, doc) -> bool:
    span = _tokens(doc, m.start(), m.end())
    if name in ("m", "rel_m") and not m.groupdict().get("mod"):
        word = m.group("m")
        if word in ("May", "March", "April", "June", "August") and span is not None:
            tok = [t for t in span if t.text == word]
            tok = tok[0] if tok else None
            if tok is not None:
                if tok.ent_type_ == "PERSON" or tok.pos_ in ("AUX", "VERB") or tok.tag_ == "MD":
                    return False
                nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
                if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ in ("PERSON", "ORG"):
                    return False  # "April Ryan", "May Day Committee"
        if word == "May" and m.start() > 0 and text[m.start() - 1] not in " \n\t(\"“'":
            return False
        if word in ("May", "March") and re.match(r"\s+(?:I|we|you|he|she|they|it|God|the)\b",
                                                  text[m.end():m.end() + 6]):
            return False
    if name == "year":
        if span is not None:
            tok = [t for t in span if t.like_num]
            if tok:
                t = tok[0]
                if t.dep_ == "nummod" and t.head.tag_ in ("NNS", "NNPS"):
                    return False  # "2000 people"
                if t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") and t.ent_type_ != "DATE":
                    prev = text[max(0, m.start() - 12):m.start()].lower()
                    if not re.search(r"\b(in|since|by|until|of|from|to|during|before|after|early|late|mid)\s*$", prev):
                        return False
        after = text[m.end():m.end() + 12].lower()
        if re.match(r"\s*(people|persons|votes|troops|soldiers|dollars|euros|pounds|km|miles|metres|meters|feet|kg|tonnes|tons)\b", after):
            return False
    if name == "wd" and span is not None:
        tok = [t for t in span if t.text in m.group("wd")]
        if tok and tok[0].ent_type_ in ("ORG", "WORK_OF_ART"):
            return False  # "Monday Night Football", "Tuesday Morning Corp"
    return True


def _tense(doc, s: int, e: int) -> str:
    """'future' when the governing clause looks ahead, 'present' for present tense, else 'past'."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return "past"
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return "past"
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    # a bare participle ("When announcing the shutdown on Monday, he called …") has no tense of
    # its own: the finite verb it hangs on has
    while tok.tag_ == "VBG" and not auxes and tok.dep_ in ("advcl", "pcomp") and tok.head != tok:
        tok = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head
        if tok.pos_ not in ("VERB", "AUX"):
            return "past"
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall", "wo"} or tok.lower_ in ("will",):
        return "future"
    if any(a.lower_ == "going" for a in auxes) or (tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in tok.children)):
        return "future"
    if tok.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if tok.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        # "is scheduled for Friday", "begins Monday": present tense in news usually looks ahead,
        # except for the perfect ("has said on Monday").
        if words & {"has", "have"}:
            return "past"
        head_words = {c.lower_ for c in tok.subtree}
        if head_words & {"scheduled", "expected", "planned", "due", "set"}:
            return "future"
        return "present"
    return "past"


# ---------------------------------------------------------------------------- resolution


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _iso_day(d: date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


def _weekday(anchor: date, wd: int, direction: str) -> date:
    diff = (anchor.weekday() - wd) % 7
    if direction == "future":
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    if direction == "present":
        ahead = (wd - anchor.weekday()) % 7
        return anchor + timedelta(days=ahead) if ahead <= 3 else anchor - timedelta(days=diff)
    return anchor - timedelta(days=diff or 7)


def _month_year(anchor: date, month: int, direction: str) -> int:
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    if direction == "present":  # the nearest such month
        return min((anchor.year - 1, anchor.year, anchor.year + 1),
                   key=lambda y: abs((y * 12 + month) - (anchor.year * 12 + anchor.month)))
    return anchor.year if month <= anchor.month else anchor.year - 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve(name: str, m: re.Match, anchor: date | None, direction: str,
             previous: DateExpr | None) -> tuple[str | None, str | None, bool]:
    g = m.groupdict()
    if name in ("wd_mdy", "wd_dmy", "mdy", "dmy", "iso"):
        month = int(g["mn"]) if name == "iso" else _month(g["m"])
        d = _safe_date(int(g["y"]), month, _day(g["d"]))
        return (d.isoformat(), "day", False) if d else (None, None, False)
    if name in ("my",):
        return f"{int(g['y']):04d}-{_month(g['m']):02d}", "month", False
    if name == "season_y":
        return f"{g['y']}-{SEASONS[g['s'].lower()]}", "season", False
    if name == "year":
        return g["y"], "year", False
    if anchor is None:
        return None, None, name == "vague"
    if name == "md_rel":
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[g["rel"]]
        d = _safe_date(year, _month(g["m"]), _day(g["d"]))
        return (d.isoformat(), "day", False) if d else (None, None, False)
    if name in ("wd_md", "md", "dm"):
        month = _month(g["m"])
        year = _month_year(anchor, month, direction)
        d = _safe_date(year, month, _day(g["d"]))
        if d and direction == "past" and d > anchor and month == anchor.month:
            d = _safe_date(year - 1, month, _day(g["d"]))
        return (d.isoformat(), "day", False) if d else (None, None, False)
    if name == "m":
        month = _month(g["m"])
        return f"{_month_year(anchor, month, direction):04d}-{month:02d}", "month", False
    if name == "rel_m":
        month = _month(g["m"])
        rel = g["rel"]
        year = anchor.year
        if rel == "last":
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif rel == "next":
            year = anchor.year if month > anchor.month else anchor.year + 1
        return f"{year:04d}-{month:02d}", "month", False
    if name == "rel_unit":
        rel, unit = g["rel"], g["unit"]
        delta = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
        if unit in ("week", "weekend"):
            return _week(anchor + timedelta(weeks=delta)), "week", False
        if unit == "month":
            y, mo = _shift_month(anchor.year, anchor.month, delta)
            return f"{y:04d}-{mo:02d}", "month", False
        return f"{anchor.year + delta:04d}", "year", False
    if name == "rel_wd":
        rel = g["rel"]
        wd = WEEKDAYS[g["wd"].lower()]
        if rel == "last":
            return _iso_day(_weekday(anchor, wd, "past")) + (False,)
        if rel in ("next", "coming"):
            return _iso_day(_weekday(anchor, wd, "future")) + (False,)
        return _iso_day(_weekday(anchor, wd, direction)) + (False,)
    if name == "rel_season":
        delta = {"last": -1, "this": 0, "next": 1}[g["rel"]]
        return f"{anchor.year + delta}-{SEASONS[g['s'].lower()]}", "season", False
    if name in ("deictic", "last_night"):
        word = g["word"].lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        return _iso_day(anchor + timedelta(days=offset)) + (False,)
    if name == "wd":
        return _iso_day(_weekday(anchor, WEEKDAYS[g["wd"].lower()], direction)) + (False,)
    if name == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        unit = g["unit"]
        if unit == "day":
            return _iso_day(anchor - timedelta(days=n)) + (False,)
        if unit == "week":
            return _week(anchor - timedelta(weeks=n)), "week", False
        if unit == "month":
            y, mo = _shift_month(anchor.year, anchor.month, -n)
            return f"{y:04d}-{mo:02d}", "month", False
        return f"{anchor.year - n}", "year", False
    if name == "anaphor":
        return _anaphor(g["word"].lower(), previous)
    if name == "vague":
        return f"{anchor.year}", "year", True
    return None, None, False


def _anaphor(word: str, previous: DateExpr | None) -> tuple[str | None, str | None, bool]:
    if previous is None or previous.value is None:
        return None, None, False
    unit = word.split()[-1] if not word.startswith("the day ") else "day"
    if unit in ("night", "morning", "evening"):
        unit = "day"
    gran = previous.granularity
    if unit == "day" and gran == "day":
        d = date.fromisoformat(previous.value)
        if any(w in word for w in ("following", "next", "after")):
            d += timedelta(days=1)
        elif any(w in word for w in ("previous", "before")):
            d -= timedelta(days=1)
        return d.isoformat(), "day", False
    if unit == "month" and gran in ("day", "month"):
        return previous.value[:7], "month", False
    if unit == "year" and gran in ("day", "month", "year", "season"):
        return previous.value[:4], "year", False
    if unit == "week" and gran in ("day", "week"):
        return (previous.value if gran == "week" else _week(date.fromisoformat(previous.value))), "week", False
    return None, None, False
