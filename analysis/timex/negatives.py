"""What a date pattern matches that is no date: named rules, tried in order, any one vetoes the match.

A pattern finds "May", "Today", "the fall" or "2000"; spaCy's tags and the words around decide
whether the text means a date ("May" the modal, "NBC's Today", "the fall of Rome", "2000 people").
Each rule is switched off by its name like the quote rules (`--disable-rules NAME`) and is listed by
`python -m analysis rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Match:
    """One pattern's match in its article: the pattern's name, the regex match, the text and its parse."""

    pattern: str
    m: re.Match
    text: str
    doc: object = None

    @cached_property
    def before(self) -> str:
        return self.text[max(0, self.m.start() - 30):self.m.start()]

    @cached_property
    def words(self) -> list[str]:
        return self.m.group(0).split()

    @property
    def groups(self) -> dict:
        return self.m.groupdict()

    def after(self) -> str:
        return self.text[self.m.end():]

    def token(self, s: int, e: int, word: str):
        """The token `word` inside text[s:e], when the article was parsed."""
        span = self.doc.char_span(s, e, alignment_mode="expand") if self.doc is not None else None
        return None if span is None else next((t for t in span if t.text == word), None)

    def sentence_start(self) -> bool:
        return SENTENCE_START.search(self.before) is not None


AMBIGUOUS_MONTHS = ("May", "March", "April", "June", "August")
POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:his|her|their|my|your|our|its)\s+(?:early\s+|late\s+|mid-?)?$")
SET_BEFORE = re.compile(r"(?i)\b(?:each|every)\s+$")
SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"’”]*|[\n\"“(]|``)\s*$")
NOT_A_YEAR_AFTER = re.compile(r"\s*(people|persons|votes|troops|soldiers|dollars|euros|pounds|km|miles|metres|meters"
                              r"|feet|kg|tonnes|tons)\b")
YEAR_PREPOSITION = re.compile(r"\b(in|since|by|until|of|from|to|during|before|after|early|late|mid)\s*$")


def capitalised_title(x: Match) -> bool:
    """'ABC's This Week', 'Person of The Year': capitalised words mid-sentence are a title, not a date."""
    return x.pattern in ("relative_unit", "anaphor") and len(x.words) > 1 and all(w[0].isupper() for w in x.words) \
        and not x.sentence_start()


def fiscal_year_ended(x: Match) -> bool:
    """'for the year ended March 31': a fiscal year's length, not a date."""
    return x.pattern == "anaphor" and x.words[-1].lower() == "year" and re.match(r"\s+(?:ended|ending)\b", x.after()) is not None


def of_tomorrow(x: Match) -> bool:
    """'the people of tomorrow': a deictic word after 'of' is no day."""
    return x.pattern == "deictic" and re.search(r"(?i)(?<!\bas )\bof\s+$", x.before) is not None


def deictic_in_a_name(x: Match) -> bool:
    """'USA TODAY's video series', 'Russia Today': a capitalised deictic word after a name is part of it."""
    return x.pattern == "deictic" and x.words[0][0].isupper() and re.search(r"\b[A-Z][A-Za-z]*\s+$", x.before) \
        is not None and not x.sentence_start()


def month_word_no_month(x: Match) -> bool:
    """'May' the modal, 'March' the verb or 'the March for Life', 'April Ryan': a month name alone that is another word."""
    g = x.groups
    return x.pattern == "month" and not g.get("mod") and x.words[-1] == g["m"] and not _month_is_date(x, g["m"])


def year_no_year(x: Match) -> bool:
    """'2000 people', '$2000', '2000 votes': a four-digit number that counts something is no year."""
    return x.pattern == "year" and not _year_is_date(x)


def set_of_days(x: Match) -> bool:
    """'each Thursday', 'every July': a set of days, not a date."""
    return x.pattern in ("weekday", "holiday", "month") and SET_BEFORE.search(x.before) is not None


def season_in_a_name(x: Match) -> bool:
    """'the Spring of Life demonstrations': a capitalised season mid-sentence is a name."""
    return x.pattern == "season" and x.groups["s"][0].isupper() and not x.sentence_start()


def day_in_a_name(x: Match) -> bool:
    """'Monday Night Football', 'Christmas tree': a weekday or holiday inside a name or before the noun it modifies."""
    if x.pattern not in ("weekday", "holiday"):
        return False
    word = (x.groups.get("wd") or x.groups["hol"]).split()[-1]
    tok = x.token(x.m.start(), x.m.end(), word)
    return tok is not None and (tok.ent_type_ in ("ORG", "WORK_OF_ART") or (
        x.pattern == "holiday" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")))


def season_no_season(x: Match) -> bool:
    """'the fall of Rome', 'a fall in prices', 'summer camp', 'spring up': a season word without a year that is no time."""
    g = x.groups
    if x.pattern != "season" or g.get("y") or g.get("sy") or g.get("yy"):
        return False
    if g["s"].lower() == "fall" and not g.get("rel"):
        return True
    tok = x.token(x.m.start("s"), x.m.end("s"), g["s"])
    return tok is not None and (tok.dep_ == "compound" or tok.pos_ not in ("NOUN", "PROPN"))


def decade_of_age(x: Match) -> bool:
    """'in her twenties': an age, not a decade."""
    return x.pattern == "decade" and bool(x.groups.get("dw")) and POSSESSIVE_BEFORE.search(x.before) is not None


def spelled_year_count(x: Match) -> bool:
    """'two thousand ten votes': a spelled 'two thousand …' is a year only after 'in', 'by', 'since' … or with 'year'."""
    return x.pattern == "spelled_year" and x.m.group("sy").lower().startswith("two thousand") and \
        "year" not in x.m.group(0).lower() and not re.search(r"(?i)\b(?:in|by|until|since|of|from)\s+$", x.before)


def future_of(x: Match) -> bool:
    """'the future of our peoples': a thing, not a time."""
    return x.pattern == "vague" and x.m.group(0).lower().endswith("future") and re.match(r"\s+of\b", x.after()) is not None


def current_noun(x: Match) -> bool:
    """'an electric current': 'current' as a noun is no time ('the current weakness' is)."""
    if x.pattern != "vague" or x.words[0].lower() != "current":
        return False
    tok = x.token(x.m.start(), x.m.end(), x.words[0])
    return tok is not None and tok.pos_ != "ADJ"


NEGATIVE_RULES = (capitalised_title, fiscal_year_ended, of_tomorrow, deictic_in_a_name, month_word_no_month,
                  year_no_year, set_of_days, season_in_a_name, day_in_a_name, season_no_season, decade_of_age,
                  spelled_year_count, future_of, current_noun)


def _month_is_date(x: Match, word: str) -> bool:
    m, text = x.m, x.text
    if word in AMBIGUOUS_MONTHS:
        tok = x.token(m.start("m"), m.end("m"), word)
        if tok is not None:
            if tok.ent_type_ == "PERSON" or tok.pos_ in ("AUX", "VERB") or tok.tag_ == "MD":
                return False
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
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


def _year_is_date(x: Match) -> bool:
    m, text = x.m, x.text
    tok = x.token(m.start("y"), m.end("y"), m.group("y"))
    if tok is not None:
        if tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS") and not _year_of_plural(tok):
            return False  # "2000 people", "2000 shares", but not "1990 earnings", "the 2000 elections"
        if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
            if not YEAR_PREPOSITION.search(text[max(0, m.start() - 12):m.start()].lower()) and m.group(0) == m.group("y"):
                return False
    return not NOT_A_YEAR_AFTER.match(text[m.end():m.end() + 12].lower())
