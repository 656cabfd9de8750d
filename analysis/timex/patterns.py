"""The date expressions English news uses, each with the TimeML value it takes.

A pattern's resolver gets the match and a Context (document date, the direction the clause's
tense points, the expressions before it) and returns the value of the whole match, or of each
piece when one match holds two expressions ("2009-2010", "April 24 and 25"). Kinds: "absolute"
(needs no document date), "relative" (counted from the document date), "anaphoric" (from an
earlier expression: "that day", "the quarter"), "comparison" (anaphoric, and never itself a
reference: "a year earlier", "the year-ago quarter").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..periods import period
from . import calendar as cal
from .vocabulary import (
    DAYNUM,
    DAYWORD,
    DECADE_WORDS,
    MODIFIER,
    MONTH,
    MONTH_BEFORE_DAY,
    MONTHS,
    NUMBER,
    PART_LAST,
    PART_OF_DAY,
    PART_OF_YEAR,
    PART_ORDINALS,
    SEASON,
    SEASONS,
    SPELLED_YEAR,
    TEENS_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    cardinal,
    ordinal,
)

PRESENT_REF, PAST_REF, FUTURE_REF = "PRESENT_REF", "PAST_REF", "FUTURE_REF"
VAGUE = frozenset({PRESENT_REF, PAST_REF, FUTURE_REF})
GRAN_ORDER = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4, "year": 5,
              "decade": 6, "century": 7}


@dataclass
class Context:
    anchor: date | None
    direction: str | None  # "past" | "future" | "present" | None
    refs: Refs


@dataclass
class Refs:
    """The expressions read so far that later ones may point back to ("that day", "the quarter")."""

    anchor: date | None = None
    last: str | None = None
    # the latest quarter or half under report, which "the quarter" and "a year ago" compare: one
    # ended by the document date, said to have ended ("the fourth quarter ended Aug. 26", a fiscal
    # one) or begun and told in the past tense ("reported fourth-quarter earnings"); not a
    # forecast ("through the third quarter of 1990")
    period: str | None = None

    def note(self, value: str | None, ended: bool = False, past: bool = False) -> None:
        gran = cal.granularity(value) if value else None
        if gran is None:
            return
        self.last = value
        if gran not in ("quarter", "half"):
            return
        start, end = period(value)
        if ended or self.anchor is None or end < self.anchor or (past and start <= self.anchor):
            self.period = value


Resolved = str | None | list[tuple[str, str | None]]
Resolver = Callable[[re.Match, Context], Resolved]


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    resolve: Resolver
    kind: str  # absolute | relative | anaphoric | comparison


# ------------------------------------------------------------------------------- helpers


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int | None:
    return ordinal(word) if not word[0].isdigit() else int(re.match(r"\d+", word).group())


def _spelled_year(words: str) -> int | None:
    w = words.lower().replace("-", " ").split()
    if w[:2] == ["two", "thousand"]:
        rest = [x for x in w[2:] if x != "and"]
        return 2000 + (cardinal("-".join(rest)) or 0) if rest else 2000
    if w and w[0] in TEENS_WORDS and len(w) >= 2 and w[1] in TENS_WORDS:
        return TEENS_WORDS[w[0]] * 100 + TENS_WORDS[w[1]] + (UNITS_WORDS.get(w[2], 0) if len(w) > 2 else 0)
    return None


def _year(g: dict) -> int | None:
    if g.get("y"):
        return int(g["y"])
    if g.get("sy"):
        return _spelled_year(g["sy"])
    return None


UNDATED_PIVOT = 2000  # a two-digit year without a document date is read within 1950–2049


def _two_digit_year(yy: str, anchor: date | None, after: int | None = None) -> int:
    """'98 → 1998 near 1998 or 2019 (the nearest); the second year of '1957-58' follows the first."""
    n = int(yy)
    if after is not None:
        y = after // 100 * 100 + n
        return y if y >= after else y + 100
    ref = anchor.year if anchor else UNDATED_PIVOT
    base = ref // 100 * 100
    return min((base - 100 + n, base + n, base + 100 + n), key=lambda y: abs(y - ref))


REL_STEP = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0, "current": 0,
            "next": 1, "coming": 1, "this coming": 1}


def _rel(word: str | None) -> str:
    """'The  Current' → 'current'."""
    words = (word or "").lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _strict(rel: str) -> tuple[str | None, bool]:
    """'last May' is the latest May before this one, 'next Friday' the first after today."""
    if rel in ("last", "this past", "past"):
        return "past", True
    if rel in ("next", "this coming", "coming"):
        return "future", True
    return None, False


def _pick(cands: list[str | None], ctx: Context, rel: str) -> str | None:
    way, strict = _strict(rel)
    return cal.choose(cands, ctx.anchor, way or ctx.direction, strict)


def _in_year(g: dict, ctx: Context, make: Callable[[int], str | None]) -> Resolved:
    """A yearly name ("May", "summer", "Christmas", "March 12") in the year the text gives
    ("1998", "'94", "last year"), "this" one in the document's year, otherwise the occurrence
    the tense or "last"/"next" points to."""
    year = _year(g)
    if year is None and g.get("yy"):
        year = _two_digit_year(g["yy"], ctx.anchor)
    if year is None and g.get("ry"):
        if ctx.anchor is None:
            return None
        year = ctx.anchor.year + REL_STEP[_rel(g["ry"])]
    if year is not None:
        return make(year)
    if ctx.anchor is None:
        return None
    rel = _rel(g.get("rel"))
    if rel == "this":
        return make(ctx.anchor.year)
    return _pick(cal.yearly(ctx.anchor, make), ctx, rel)


# ------------------------------------------------------------------------------- resolvers


def day_date(m: re.Match, ctx: Context) -> Resolved:
    """'March 12', 'Monday, Oct. 26', '12 March 1999', 'last Oct. 23', 'March 12 last year'."""
    g = m.groupdict()
    month, day = _month(g["m"]), _day(g["d"])
    if day is None:
        return None

    def make(y: int) -> str | None:
        return cal.iso_or_none(cal.safe_date(y, month, day))

    if g.get("wd") and ctx.anchor and _year(g) is None and not g.get("ry"):
        # a weekday given with the date picks the year it falls in
        wd = WEEKDAYS[g["wd"].lower()]
        same = [c for c in cal.yearly(ctx.anchor, make) if c and date.fromisoformat(c).weekday() == wd]
        if same:
            return cal.choose(same, ctx.anchor, None)
    return _in_year(g, ctx, make)


def week_of(m: re.Match, ctx: Context) -> Resolved:
    """'the week of March 6': the ISO week that holds the day."""
    day = day_date(m, ctx)
    return cal.unit_value(date.fromisoformat(day), "week") if day else None


def day_range(m: re.Match, ctx: Context) -> Resolved:
    """'April 24 and 25', 'Nov. 19-20, 1998': two days of one month."""
    g = m.groupdict()
    month = _month(g["m"])
    d1, d2 = _day(g["d"]), _day(g["d2"])
    year = _year(g)
    if year is None and ctx.anchor is not None and d1:
        first = _pick(cal.yearly(ctx.anchor, lambda y: cal.iso_or_none(cal.safe_date(y, month, d1))), ctx, "")
        year = int(first[:4]) if first else None
    if year is None or not d1 or not d2:
        return [("first", None), ("d2", None)]
    return [("first", cal.iso_or_none(cal.safe_date(year, month, d1))),
            ("d2", cal.iso_or_none(cal.safe_date(year, month, d2)))]


def numeric_date(m: re.Match, ctx: Context) -> Resolved:
    """'2024-08-02', '10/29/1999', '10/29/99' (month first unless the first number is over 12)."""
    g = m.groupdict()
    a, b = int(g["a"]), int(g["b"])
    y = int(g["y"]) if len(g["y"]) == 4 else _two_digit_year(g["y"], ctx.anchor)
    month, day = (a, b) if g.get("iso") or a <= 12 else (b, a)
    return cal.iso_or_none(cal.safe_date(y, month, day))


def month(m: re.Match, ctx: Context) -> Resolved:
    """'May', 'early December', 'last April', 'this September', 'June 1998', 'July last year'."""
    g = m.groupdict()
    mo = _month(g["m"])
    return _in_year(g, ctx, lambda y: f"{y:04d}-{mo:02d}")


def season(m: re.Match, ctx: Context) -> Resolved:
    """'summer', 'last fall', 'this past spring', 'winter 1994', 'the winter of nineteen ninety-four'."""
    g = m.groupdict()
    s = SEASONS[g["s"].lower()]
    return _in_year(g, ctx, lambda y: f"{y:04d}-{s}")


def weekday(m: re.Match, ctx: Context) -> Resolved:
    """'Friday', 'last Friday', 'this coming Sunday', 'early Tuesday', 'Sunday night'; 'the
    previous Friday' and 'the following Monday' count from the day before them."""
    if ctx.anchor is None:
        return None
    g = m.groupdict()
    wd = WEEKDAYS[g["wd"].lower()]
    if g.get("det"):
        ref = ctx.refs.last
        if ref is None or cal.granularity(ref) != "day":
            return None
        day = date.fromisoformat(ref)
        way = "past" if g["det"].lower().split()[-1] in ("previous", "preceding", "prior") else "future"
        return cal.choose(cal.weekly(day, wd), day, way, strict=True)
    rel = _rel(g.get("rel"))
    tomorrow = ctx.anchor + timedelta(days=1)
    if ctx.direction == "past" and not rel and tomorrow.weekday() == wd and _bare(m):
        # "Albright headed Tuesday to East Africa" in Monday's paper: a report written the
        # evening before, for the morning (paid on both TBAQ halves); a bare weekday only, not
        # "On Friday, Trump declared" nor "Friday's quake" (Wikinews: always the Friday gone by)
        return tomorrow.isoformat()
    return _pick(cal.weekly(ctx.anchor, wd), ctx, rel)


# "on Friday", "Friday's quake", "the Saturday of the convention": a day the story names, not the
# "headed Tuesday to East Africa" of a report written the evening before its date
NAMED_DAY_BEFORE = re.compile(r"(?i)\b(?:on|the|by|until|till|since|from|to|before|after)\s+$")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _bare(m: re.Match) -> bool:
    return not NAMED_DAY_BEFORE.search(m.string, max(0, m.start() - 10), m.start()) \
        and not POSSESSIVE_AFTER.match(m.string, m.end())


DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1,
           "this morning": 0, "this afternoon": 0, "this evening": 0,
           "the day before yesterday": -2, "the day after tomorrow": 2}


def deictic(m: re.Match, ctx: Context) -> Resolved:
    """'today', 'yesterday afternoon', 'late yesterday', 'last night'."""
    if ctx.anchor is None:
        return None
    word = " ".join(m.group("word").lower().split())
    return cal.relative(ctx.anchor, "day", DEICTIC[word])


UNIT_GRAN = {"day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day", "week": "week",
             "weekend": "week", "month": "month", "quarter": "quarter", "period": "quarter", "year": "year",
             "fiscal year": "year", "full year": "year", "full fiscal year": "year", "decade": "decade",
             "century": "century"}


def relative_unit(m: re.Match, ctx: Context) -> Resolved:
    """'last week', 'this month', 'next year', 'this fiscal year', 'earlier this year',
    'the current quarter', 'the latest fiscal year', 'next century'."""
    if ctx.anchor is None:
        return None
    g = m.groupdict()
    unit = " ".join(g["unit"].lower().split())
    rel, gran = _rel(g["rel"]), UNIT_GRAN[unit]
    if unit == "period" and rel not in ("latest", "most recent"):
        return None  # "this period of history"
    if rel in ("latest", "most recent"):  # the one under report, else the last one completed
        return ctx.refs.period if gran == "quarter" and ctx.refs.period else cal.relative(ctx.anchor, gran, -1)
    return cal.relative(ctx.anchor, gran, REL_STEP[rel])


def weekend(m: re.Match, ctx: Context) -> Resolved:
    """'the weekend', 'last weekend', 'this weekend' (the coming one on a weekday): the ISO week
    of its Saturday."""
    if ctx.anchor is None:
        return None
    rel = _rel(m.group("rel"))
    saturdays = cal.weekly(ctx.anchor, 5)
    if rel == "this":
        saturday = cal.choose(saturdays, ctx.anchor, "future" if ctx.anchor.weekday() < 5 else "past")
    else:
        saturday = _pick(saturdays, ctx, rel)
    return cal.unit_value(date.fromisoformat(saturday), "week") if saturday else None


def part_of_year(m: re.Match, ctx: Context) -> Resolved:
    """'the third quarter', 'third-quarter', 'the 1988 second quarter', 'the third quarter of 1984',
    'next year's first quarter', 'the last half of 1989', 'Q3 2019'."""
    value = _part_code(m.group("p"))
    # a quarter is reported on after it ends: "expects to report third-quarter results" in
    # October is this year's, so only the past tense points back
    reported = Context(ctx.anchor, "past" if ctx.direction == "past" else None, ctx.refs)
    return _in_year(m.groupdict(), reported, lambda y: f"{y:04d}-{value}")


def period_year(m: re.Match, ctx: Context) -> Resolved:
    """'the 1989 period', 'the 1988 quarter': the period under report, in that year."""
    y = int(m.group("y"))
    return f"{y:04d}{ctx.refs.period[4:]}" if ctx.refs.period else f"{y:04d}"


def _part_code(words: str) -> str:
    w = words.lower().replace("-", " ").split()
    w = [x for x in w if x != "fiscal"]
    if w[0].startswith("q") and len(w[0]) == 2:
        return w[0].upper()
    if w[-2:] == ["two", "quarters"]:
        return "H2" if w[0] in PART_LAST else "H1"
    kind = "Q" if w[-1] == "quarter" else "H"
    n = (4 if kind == "Q" else 2) if w[0] in PART_LAST else PART_ORDINALS[w[0]]
    return f"{kind}{n}"


def year(m: re.Match, ctx: Context) -> Resolved:
    """'1998', 'mid-1996', 'fiscal 1988', 'the end of 1990', 'nineteen seventy-nine'."""
    y = _year(m.groupdict())
    return f"{y:04d}" if y is not None else None


def year_range(m: re.Match, ctx: Context) -> Resolved:
    """'2009-2010', '1957-58': two expressions."""
    g = m.groupdict()
    first = int(g["y"])
    second = int(g["y2"]) if len(g["y2"]) == 4 else _two_digit_year(g["y2"], ctx.anchor, after=first)
    return [("y", f"{first:04d}"), ("y2", f"{second:04d}")]


def apostrophe_year(m: re.Match, ctx: Context) -> Resolved:
    return f"{_two_digit_year(m.group('yy'), ctx.anchor):04d}"


def decade(m: re.Match, ctx: Context) -> Resolved:
    """'the 1990s' → 199, 'the late '70s' → 197, 'the nineties' → 199, 'the 1800s' → 18 (a century)."""
    g = m.groupdict()
    if g.get("dec"):
        if g["dec"].endswith("00") and not g["dec"].startswith("20"):
            return g["dec"][:2]
        return g["dec"][:3]
    if g.get("dd"):
        n = int(g["dd"])
        ref = ctx.anchor.year if ctx.anchor else 1999
        start = ref // 100 * 100 + n
        return f"{(start if start <= ref else start - 100) // 10:03d}"
    return f"19{DECADE_WORDS[g['dw'].lower()]}"


def century(m: re.Match, ctx: Context) -> Resolved:
    """'the 20th century' → 19, 'the nineteenth century' → 18."""
    n = ordinal(m.group("c"))
    return f"{n - 1:02d}" if n and 0 < n <= 30 else None


def holiday(m: re.Match, ctx: Context) -> Resolved:
    """'Christmas', 'Thanksgiving Day', 'Easter 2000', 'Easter week'."""
    g = m.groupdict()
    name = " ".join(g["hol"].lower().replace("’", "'").split())
    week = name in cal.HOLIDAY_WEEKS
    day_of = cal.HOLIDAY_WEEKS[name] if week else cal.HOLIDAYS[name]

    def make(y: int) -> str:
        d = day_of(y)
        return cal.unit_value(d, "week") if week else d.isoformat()

    return _in_year(g, ctx, make)


def vague(m: re.Match, ctx: Context) -> Resolved:
    word = " ".join(m.group(0).lower().split())
    if re.search(r"futur|coming|ahead|next|near term|short term|long term", word):
        return FUTURE_REF
    if re.search(r"recent|past|last|ago|earlier", word):
        return PAST_REF
    return PRESENT_REF


def ago(m: re.Match, ctx: Context) -> Resolved:
    """'two years ago', 'six weeks ago', '11 days ago'; 'a year ago' beside a reporting period
    ('the quarter … a year ago') is that period a year before."""
    if ctx.anchor is None:
        return None
    g = m.groupdict()
    n, gran = cardinal(g["n"]), UNIT_GRAN[g["unit"].lower()]
    if n is None:
        return None
    if n == 1 and gran == "year" and ctx.refs.period:
        return cal.shift_value(ctx.refs.period, "year", -1)
    return cal.relative(ctx.anchor, gran, -n)


def offset(m: re.Match, ctx: Context) -> Resolved:
    """'two days later', 'three weeks after', 'a year earlier': counted from the expression
    before; 'a year earlier' beside a reporting period is that period a year before."""
    g = m.groupdict()
    n, gran = cardinal(g["n"]), UNIT_GRAN[g["unit"].lower()]
    if n is None:
        return None
    sign = -1 if g["dir"].lower() in ("earlier", "before") else 1
    if n == 1 and gran == "year" and ctx.refs.period:
        return cal.shift_value(ctx.refs.period, "year", sign)
    ref = ctx.refs.last
    if ref is None:
        return cal.relative(ctx.anchor, gran, sign * n) if ctx.anchor else None
    if GRAN_ORDER[cal.granularity(ref)] > GRAN_ORDER[gran]:
        return None  # "two days after 1998": no day to count from
    return cal.shift_value(ref, gran, sign * n, gran)


ANAPHOR_STEP = {"following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1}


def anaphor(m: re.Match, ctx: Context) -> Resolved:
    """'that day', 'the following year', 'the day before', 'later that year', 'that quarter';
    'the year' and 'the quarter' fall back on the document's year and latest quarter."""
    g = m.groupdict()
    unit = " ".join(g["unit"].lower().split())
    gran = UNIT_GRAN[unit]
    det = _rel(g.get("det"))
    if det == "" and gran == "day" and unit != "day":
        return None  # "in the morning": any morning
    step = ANAPHOR_STEP.get(det, 0)
    if g.get("after"):
        step = -1 if g["after"].lower() == "before" else 1
    if det == "" and gran in ("year", "quarter") and not g.get("after"):
        # "the year", "year-end", "the fiscal year": the document's; "the quarter": the one
        # under report, else the last one completed
        if gran == "quarter" and ctx.refs.period:
            return ctx.refs.period
        if ctx.anchor is None:
            return None
        if g.get("end"):
            way = ctx.direction if ctx.direction in ("past", "future") else None
            return cal.choose(cal.yearly(ctx.anchor, lambda y: f"{y:04d}-12-31"), ctx.anchor, way)[:4]
        return cal.relative(ctx.anchor, gran, 0 if gran == "year" else -1)
    ref = ctx.refs.period if gran == "quarter" else ctx.refs.last
    if ref is not None and GRAN_ORDER.get(cal.granularity(ref), 9) <= GRAN_ORDER[gran]:
        return cal.shift_value(ref, gran, step, gran)
    return None


def year_earlier(m: re.Match, ctx: Context) -> Resolved:
    """'the year-earlier quarter', 'the year-ago period', 'year-earlier' (results), 'the
    year-earlier third quarter': the period compared, a year before."""
    g = m.groupdict()
    if g.get("p"):
        base = ctx.refs.last or (cal.relative(ctx.anchor, "year", 0) if ctx.anchor else None)
        if base is None:
            return None
        return f"{period(base)[0].year - 1:04d}-{_part_code(g['p'])}"
    ref = ctx.refs.period or ctx.refs.last
    if ref is None:
        return cal.relative(ctx.anchor, "year", -1) if ctx.anchor else None
    return cal.shift_value(ref, "year", -1)


def last_years_figure(m: re.Match, ctx: Context) -> Resolved:
    """'from last year's $1.55 billion' beside a period under report is that period a year before;
    otherwise last year."""
    if ctx.refs.period:
        return cal.shift_value(ctx.refs.period, "year", -1)
    return cal.relative(ctx.anchor, "year", -1) if ctx.anchor else None


# ------------------------------------------------------------------------------- the patterns


def _name_regex(name: str) -> str:
    """'new year's day' → its capitalised form, the rest in any case, either apostrophe."""
    rest = re.escape(name[1:]).replace("'", "['’]").replace(r"\ ", r"\s+")
    return f"{name[0].upper()}(?i:{rest})"


_HOLIDAY = "|".join(_name_regex(n) for n in sorted((*cal.HOLIDAYS, *cal.HOLIDAY_WEEKS), key=len, reverse=True))

_D = rf"(?P<d>{DAYNUM}|{DAYWORD})"
_Y = rf"(?:(?P<y>{YEAR})(?![\d])|(?P<sy>{SPELLED_YEAR}))"
_REL_Y = r"(?P<ry>(?i:this|last|next)) year"
_MOD = rf"(?:{MODIFIER})?"
_REL = r"(?:(?P<rel>(?i:this past|this coming|last|this|next|coming|past))\s+)?"
_B = r"(?<![\w'’-])"  # a word starts here
_E = r"(?![\w-])"
_UNITS = r"(?:day|week|month|quarter|year|decade)"
_COUNT = "(?:" + "|".join((*UNITS_WORDS, *TEENS_WORDS, *TENS_WORDS, "hundred")) + ")"

_SPECS: list[tuple[str, str, Resolver, str]] = [  # at each position the longest match wins, then the first
    # days of a month
    ("day_range", rf"{_B}(?P<first>(?P<m>{MONTH_BEFORE_DAY}) (?P<d>{DAYNUM}))(?:-|–| and | or | to | through | until )"
                  rf"(?P<d2>{DAYNUM})(?:,? (?P<y>{YEAR}))?{_E}", day_range, "relative"),
    ("week_of", rf"{_B}(?i:the )?(?i:week) of (?P<m>{MONTH_BEFORE_DAY}) {_D}(?:,? {_Y})?{_E}", week_of, "relative"),
    ("month_day", rf"{_B}{_REL}(?:(?P<wd>{WEEKDAY}),? )?(?P<m>{MONTH_BEFORE_DAY}) {_D}"
                  rf"(?:,? (?:{_Y}|{_REL_Y}))?{_E}", day_date, "relative"),
    ("day_month", rf"{_B}(?:(?P<wd>{WEEKDAY}),? )?(?P<d>{DAYNUM}) (?:of )?(?P<m>{MONTH})(?:,? {_Y})?{_E}",
     day_date, "relative"),
    ("dayword_month", rf"{_B}(?:(?P<wd>{WEEKDAY}),? )?(?i:the )?(?P<d>{DAYWORD}) of (?P<m>{MONTH})(?:,? {_Y})?{_E}",
     day_date, "relative"),
    ("iso_date", r"(?<![\d-])(?P<y>\d{4})-(?P<a>0[1-9]|1[0-2])-(?P<b>0[1-9]|[12]\d|3[01])(?![\d-])(?P<iso>)",
     numeric_date, "absolute"),
    ("slash_date", r"(?<![\d/])(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])", numeric_date,
     "absolute"),
    # months and seasons
    ("month", rf"{_B}{_MOD}{_REL}(?P<m>{MONTH})(?:,? (?:of )?{_Y}|(?: of)? {_REL_Y})?(?![\w-])", month, "relative"),
    ("season", rf"{_B}{_MOD}(?:(?i:the) )?{_REL}(?P<s>{SEASON})(?:,? (?:of )?(?:{_Y}|['’](?P<yy>\d\d)))?{_E}",
     season, "relative"),
    # weekdays, today, tonight
    ("weekday", rf"{_B}{_MOD}{_REL}(?P<wd>{WEEKDAY})(?: {PART_OF_DAY})?{_E}", weekday, "relative"),
    ("weekday_anaphor", rf"{_B}(?P<det>(?i:the (?:previous|preceding|prior|following|next))) (?P<wd>{WEEKDAY}){_E}",
     weekday, "anaphoric"),
    ("deictic", rf"{_B}{_MOD}(?P<word>(?i:the day before yesterday|the day after tomorrow|today|tonight|yesterday"
                rf"|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)))(?: {PART_OF_DAY})?{_E}",
     deictic, "relative"),
    ("holiday", rf"{_B}{_REL}(?P<hol>{_HOLIDAY})(?: {_Y})?{_E}", holiday, "relative"),
    # parts of a year
    ("part_of_year_y", rf"{_B}(?:(?i:the|its|a) )?(?P<p>{PART_OF_YEAR}) (?:(?i:of) )?(?:(?i:fiscal) )?(?:{_Y}|{_REL_Y}){_E}",
     part_of_year, "relative"),
    ("year_part_of_year", rf"{_B}(?:(?i:the|its) )?(?:(?i:fiscal) )?{_Y} (?P<p>{PART_OF_YEAR}){_E}", part_of_year,
     "absolute"),
    ("rel_year_part", rf"{_B}(?P<ry>(?i:this|last|next)) year['’]s (?P<p>{PART_OF_YEAR}){_E}", part_of_year,
     "relative"),
    ("period_year", rf"{_B}(?i:the) (?P<y>{YEAR}) (?i:period|quarter){_E}", period_year, "comparison"),
    ("q_code", rf"{_B}(?P<p>Q[1-4])(?:,? {_Y})?{_E}", part_of_year, "relative"),
    ("year_q_code", rf"{_B}{_Y} (?P<p>Q[1-4]){_E}", part_of_year, "absolute"),
    ("part_of_year", rf"{_B}(?:(?i:the|its|a) )?(?P<p>{PART_OF_YEAR}){_E}", part_of_year, "relative"),
    ("year_earlier_part", rf"{_B}(?i:the )?(?i:year-earlier|year-ago|year earlier|year ago) (?P<p>{PART_OF_YEAR}){_E}",
     year_earlier, "comparison"),
    ("year_earlier", rf"{_B}(?i:(?:the|that) (?:comparable )?)?(?i:year-earlier|year-ago)(?: (?i:quarter|period|half))?{_E}",
     year_earlier, "comparison"),
    # "the corresponding period last year", "the same quarter a year ago", "last year's quarter"
    ("period_a_year_before", rf"{_B}(?i:(?:the|that) (?:corresponding|comparable|same) (?:quarter|period|half)"
                             rf" (?:last year|of last year|a year (?:ago|earlier)|the year before|the previous year)"
                             rf"|last year['’]s (?:quarter|period|half)){_E}", year_earlier, "comparison"),
    # "up from last year's $2.3 billion", "Last year's results": the figure of the period compared
    ("last_years_figure", rf"{_B}(?i:last year)(?=['’]s (?:[$#€£]|(?i:results|figures?)\b))", last_years_figure,
     "comparison"),
    # relative to the document date
    # "the last week", "the next year": a duration ("for the last week"), not a date
    ("relative_unit", rf"{_B}(?<![Tt]he ){_MOD}(?P<rel>(?i:this|last|next|the\s+current|the\s+latest|the\s+most\s+recent|this\s+past"
                      rf"|this\s+coming))\s+(?P<unit>(?i:week|month|quarter|period|fiscal\s+year|year|decade|century)){_E}",
     relative_unit, "relative"),
    ("weekend", rf"{_B}{_MOD}(?P<rel>(?i:the|this|last|next|this past|this coming)) (?i:week-?end){_E}", weekend,
     "relative"),
    # past_unit: "over the past year", "in the past decade": the unit before the document's, as the
    # TimeML news gold reads it (singular only: "the past two months" is a duration)
    ("past_unit", rf"{_B}(?i:the) (?P<rel>(?i:past|last)) (?P<unit>(?i:year|decade)){_E}", relative_unit, "relative"),
    ("the_next_century", rf"{_B}(?i:the) (?P<rel>(?i:next|coming|last|previous)) (?P<unit>(?i:century|decade)){_E}",
     relative_unit, "relative"),
    ("ago", rf"{_B}(?i:(?:about|nearly|almost|some|roughly|more than|less than|at least|over|only|just) )?"
            rf"(?P<n>{NUMBER}) (?P<unit>(?i:{_UNITS}))s?(?: or so)? (?i:ago){_E}", ago, "comparison"),
    # "a day before" ends a clause; "a day before the vote" counts from an event
    ("offset", rf"{_B}(?P<n>{NUMBER}) (?P<unit>(?i:{_UNITS}))s? (?P<dir>(?i:earlier|later|(?:before|after)(?=\s*[,.;:)]|\s*$))){_E}",
     offset, "comparison"),
    ("anaphor", rf"{_B}{_MOD}(?P<det>(?i:that same|that|the same|the following|the next|the previous|the prior"
                rf"|the preceding|later that|earlier that|the)) (?P<unit>(?i:day|morning|afternoon|evening|night|week"
                rf"|month|quarter|fiscal year|full fiscal year|full year|year))"
                rf"(?: (?P<after>(?i:before|after)))?{_E}(?![- ]?(?:earlier|ago|old|long)\b)", anaphor, "anaphoric"),
    ("year_end", rf"{_B}(?P<unit>(?i:year))(?:[- ]|['’]s )(?P<end>(?i:end)){_E}(?P<det>)", anaphor, "anaphoric"),
    # years, decades, centuries
    ("year_range", rf"(?<![\d$£€#.,:/-])(?P<y>{YEAR})(?:-|–|/)(?P<y2>{YEAR}|\d\d)(?![\d%-]|[.,]\d)", year_range,
     "absolute"),
    ("year", rf"(?<![\d$£€#.,:/-])(?:{_MOD}(?:(?i:the year|fiscal(?: year)?|FY|pre-|post-) ?)?)(?P<y>{YEAR})(?![\d%]|[.,]\d|-\d|\w)",
     year, "absolute"),
    ("spelled_year", rf"{_B}{_MOD}(?:(?i:the year) )?(?P<sy>{SPELLED_YEAR}){_E}(?!-| (?:people|percent|dollars))", year,
     "absolute"),
    ("apostrophe_year", "(?:" + "|".join(rf"(?<=\b{w} )" for w in ("in", "of", "since", "from", "until", "by", "to",
                                                                        "and", "fiscal", "class"))
     + r")['’](?P<yy>\d\d)(?![\d'’]|s\b)",
     apostrophe_year, "absolute"),
    ("decade", rf"{_B}(?:(?i:the) )?(?:{_MOD}|(?i:(?:the )?(?:first|second|last|latter) half of (?:the )?))"
               rf"(?:(?P<dec>1[5-9]\d0|20\d0)['’]?s|['’](?P<dd>\d0)['’]?s|(?P<dw>(?i:{'|'.join(DECADE_WORDS)}))){_E}",
     decade, "absolute"),
    ("century", rf"{_B}(?:(?i:the) )?{_MOD}(?P<c>\d{{1,2}}(?:st|nd|rd|th)|(?i:{DAYWORD}))[- ](?i:century){_E}",
     century, "absolute"),
    # vague references
    ("vague", rf"{_B}(?i:right now|now|currently|current|at present|nowadays|these days|recently|lately"
              rf"|the (?:near |distant )?future|the (?:near|short|long) term|as soon as possible"
              rf"|recent (?:days|weeks|months|years|quarters|times)(?: and (?:days|weeks|months|years))?"
              rf"|(?:the )?coming (?:days|weeks|months|years|quarters)|future (?:years|quarters|months)"
              rf"|the (?:past|last) (?:few|several|couple of) (?:days|weeks|months|years|quarters)"
              rf"|the past(?!\s+(?:few|several|couple|many|\d|{_COUNT}\b|[a-z-]+\s+{_UNITS}s\b|{_UNITS}s?\b"
              rf"|century|weekend|night|hour|session))"
              rf"|(?:a few|several|some|many) (?:days|weeks|months|years|decades) ago|years ago){_E}",
     vague, "relative"),
]
PATTERNS = [Pattern(name, re.compile(rx), fn, kind) for name, rx, fn, kind in _SPECS]
