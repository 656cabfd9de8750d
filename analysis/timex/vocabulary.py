"""English date words and the regular-expression fragments built from them.

Month and weekday names must be capitalised ("may", "march" are verbs); the words around them
are matched in either case at a sentence start ("Last week", "Earlier this year").
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
UNITS_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}
TEENS_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}
NUMBER_WORDS = {"a": 1, "an": 1, **UNITS_WORDS, **TEENS_WORDS, **TENS_WORDS}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
# parts of a year: "third quarter", "first half", "final quarter", "3rd quarter"
PART_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                 "4th": 4, "forth": 4}
PART_LAST = ("last", "final")


def ordinal(word: str) -> int | None:
    """'eighth' → 8, 'twenty-first' → 21, '3rd' → 3."""
    w = word.lower()
    if w[:-2].isdigit():
        return int(w[:-2])
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w]
    tens, _, unit = w.partition("-")
    if tens in TENS_WORDS and unit in ORDINAL_WORDS and ORDINAL_WORDS[unit] < 10:
        return TENS_WORDS[tens] + ORDINAL_WORDS[unit]
    return None


def cardinal(words: str) -> int | None:
    """'seventy-nine' → 79, 'ten' → 10, '11' → 11."""
    w = words.lower()
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    tens, _, unit = w.replace(" ", "-").partition("-")
    if tens in TENS_WORDS and unit in UNITS_WORDS:
        return TENS_WORDS[tens] + UNITS_WORDS[unit]
    return None


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _ci(words) -> str:
    """Alternatives matched in either case."""
    return f"(?i:{_alt(words)})"


MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}\.)"
MONTH_BEFORE_DAY = rf"(?:{MONTH_FULL}|{MONTH_ABBR}\.?)"  # "Jan 14" needs no dot
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAYNUM = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_ORD_UNIT = _alt(w for w, n in ORDINAL_WORDS.items() if n < 10)
DAYWORD = (rf"(?i:(?:twenty|thirty)-(?:{_ORD_UNIT})|{_alt(ORDINAL_WORDS)})")
YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})"
_UNIT = _alt(UNITS_WORDS)
_TENS = _alt(TENS_WORDS)
_TEEN = _alt(w for w in TEENS_WORDS if w != "ten")
# "nineteen ninety-four", "two thousand", "two thousand and three"
SPELLED_YEAR = (rf"(?i:(?:{_TEEN})[- ](?:{_TENS})(?:-(?:{_UNIT}))?"
                rf"|two thousand(?:(?: and)? (?:{_alt(TEENS_WORDS)}|{_UNIT}))?)")
PART_OF_DAY = r"(?i:morning|afternoon|evening|night)"
SEASON = rf"(?i:{_alt(SEASONS)})"
NUMBER = rf"(?:\d+|{_ci(NUMBER_WORDS)}|(?i:(?:{_TENS})-(?:{_UNIT})))"
# "early", "late", "mid-", "earlier", "the end of", "the middle of"...: TimeML keeps these as a
# modifier, so the value is the period's own
MODIFIER = (r"(?i:(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close|turn)\s+of\s+(?:the\s+)?"
            r"|(?:early|late|earlier|later|mid|middle)(?:\s+in)?(?:[- ]|\s+)|mid-?)")
# "the first two quarters" is a half
PART_OF_YEAR = (rf"(?i:(?:fiscal[- ])?(?:{_alt(PART_ORDINALS)}|{_alt(PART_LAST)})[- ](?:quarter|half)"
                rf"|(?:first|{_alt(PART_LAST)}) two quarters)")
