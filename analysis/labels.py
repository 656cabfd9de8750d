"""How speakers and counts are written for people: unnamed sources by their description, counts
with separators and the right plural. Charts, key numbers and briefings use these; the command
line keeps the contract's `speaker` ("anonymous", "unknown")."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .quotes.lexicon import ANONYMOUS_NOUNS, GROUP_NOUNS, REPORT_NOUNS, ROLE_NOUNS

UNNAMED = "unnamed: "
UNNAMED_SOURCE = "unnamed source"
UNKNOWN = "unknown"
LABEL_CHARS = 48
# common words a description may start with; capitalised at a sentence start, they are lowered
_COMMON = ANONYMOUS_NOUNS | REPORT_NOUNS | GROUP_NOUNS | ROLE_NOUNS | frozenset(
    "a an the his her their its some several two three many local senior state one other".split())


def speaker_label(speaker: str, speaker_type: str, role: object) -> str:
    """The name, or for an unnamed source its description ("unnamed: officials")."""
    if speaker_type != "anonymous":
        return speaker
    if not isinstance(role, str) or not role.strip():
        return UNNAMED_SOURCE
    words = " ".join(role.split())
    first = words.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and first.lower() in _COMMON:
        words = words[0].lower() + words[1:]
    if len(words) > LABEL_CHARS:
        words = words[:LABEL_CHARS - 1].rstrip() + "…"
    return UNNAMED + words


def add_speaker_labels(quotes: pd.DataFrame) -> pd.DataFrame:
    """`speaker_label` beside `speaker`: what every chart, ranking and filter shows."""
    if quotes.empty:
        return quotes.assign(speaker_label=pd.Series(dtype=object))
    labels = [speaker_label(s, t, r) for s, t, r in zip(quotes["speaker"], quotes["speaker_type"], quotes["role"],
                                                          strict=True)]
    return quotes.assign(speaker_label=labels)


def is_named(labels: pd.Series) -> pd.Series:
    """Labels of people and organisations, not of unnamed or unknown sources."""
    return ~(labels.str.startswith(UNNAMED) | labels.isin([UNNAMED_SOURCE, UNKNOWN]))


@dataclass(frozen=True)
class SpeakerCount:
    """Who counts as a speaker, for every view alike: each named person or organisation once, each
    description of an unnamed source once ("unnamed: officials" and "unnamed: aides to Clinton" are two
    unnamed sources, plain "unnamed source" one), and a statement whose speaker is unknown as no
    speaker at all (it is counted as a statement)."""

    named: int
    unnamed: int
    unknown: int  # statements with no known speaker

    @property
    def ranked(self) -> int:
        """Speakers a ranking lists: the named and the unnamed sources."""
        return self.named + self.unnamed

    def words(self) -> str:
        """'1,999 named speakers and 1,229 unnamed sources', as every view writes it."""
        parts = [plural(self.named, "named speaker") if self.named else "",
                 plural(self.unnamed, "unnamed source") if self.unnamed else ""]
        return " and ".join(p for p in parts if p) or "no named speaker or unnamed source"

    def unknown_words(self) -> str:
        """'458 statements with no known speaker' ('' when none)."""
        return f"{plural(self.unknown, 'statement')} with no known speaker" if self.unknown else ""

    def not_shown(self, statements: int) -> list[str]:
        """A chart's note on the speakers it leaves out, a line each (a chart's subtitle is cut, not
        wrapped, and half a page holds about 60 characters): 'not shown: 8,810 statements', 'by 1,987 named
        speakers and 1,226 unnamed sources', 'and 458 statements with no known speaker' (`statements`: those
        of the named and unnamed)."""
        lines = [f"not shown: {plural(statements, 'statement')}", f"by {self.words()}"] if self.ranked else []
        if self.unknown:
            lines.append(f"and {self.unknown_words()}" if lines else f"not shown: {self.unknown_words()}")
        return lines


def charted_words(drawn: SpeakerCount, whole: SpeakerCount) -> str:
    """The speakers a chart draws, beside those of the whole selection when some have nothing on it:
    'On this chart: 1,955 named speakers and 1,229 unnamed sources, of the selection's 1,999 named
    speakers and 1,229 unnamed sources (the others have no statement dated on it)'."""
    words = f"On this chart: {drawn.words()}"
    if drawn.ranked < whole.ranked:
        words += f", of the selection's {whole.words()} (the others have no statement dated on it)"
    if drawn.unknown:
        words += f"; {drawn.unknown_words()}, in the last lane"
    return words + "."


def count_speakers(quotes: pd.DataFrame) -> SpeakerCount:
    """The speakers of these statements (by `speaker_label`), counted as SpeakerCount says."""
    lab = quotes["speaker_label"] if "speaker_label" in quotes else add_speaker_labels(quotes)["speaker_label"]
    unknown = lab.eq(UNKNOWN)
    found = lab[~unknown].drop_duplicates()
    named = int(is_named(found).sum()) if len(found) else 0
    return SpeakerCount(named, len(found) - named, int(unknown.sum()))


_IRREGULAR = {"person": "people", "day": "days", "speaker": "speakers", "copy": "copies", "child": "children"}


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 article', '2,345 articles', '3 days'."""
    if n == 1:
        return f"1 {word}"
    if many is None:
        many = _IRREGULAR.get(word) or (word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s")
    return f"{n:,} {many}"


# how a statement's date was found (its date_basis), in the words of tooltips and tables
DATED_BY = {"stated": "stated in the text", "context": "from the text around it", "article": "dated by publication"}


# the same in a table column headed "Dated"
DATED_SHORT = {"stated": "in its sentence", "context": "from context", "article": "by publication"}


def dated_by(basis: object, short: bool = False) -> str:
    """'dated by publication' for a statement dated only by its article's day ('by publication'
    under a "Dated" heading when `short`); '' when unknown."""
    return (DATED_SHORT if short else DATED_BY).get(basis, "") if isinstance(basis, str) else ""


def statement_date(value: object, basis: object) -> str:
    """A statement's date as read out: '27 Aug 2024 (dated by publication)' when the text gave none."""
    date = readable_date(value)
    return f"{date} (dated by publication)" if basis == "article" and date != "undated" else date


def readable_date(value: object) -> str:
    """A TimeML value as a reader writes it: '10 Jun 2016', 'week of 11 Jan 2016', 'Jun 2016',
    '2016'; 'undated' when there is none, anything else as it is."""
    if not isinstance(value, str) or not value:
        return "undated"
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return f"{pd.Timestamp(value):%-d %b %Y}"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = pd.Timestamp.fromisocalendar(int(m[1]), int(m[2]), 1)
            return f"week of {monday:%-d %b %Y}"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return f"{pd.Timestamp(value + '-01'):%b %Y}"
    except ValueError:
        pass
    return coarse_date(value)


SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
HALVES = {"H1": "first half", "H2": "second half"}


def coarse_date(value: str) -> str:
    """A season, quarter, half or decade in words that still sort by year ('2015 spring', '1988 Q2',
    '1988 first half', '1990s'); a day, week, month or year stays as it is ('2016-06-10')."""
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return f"{m[1]} {SEASONS[m[2]]}"
    if m := re.fullmatch(r"(\d{4})-(Q[1-4])", value):
        return f"{m[1]} {m[2]}"
    if m := re.fullmatch(r"(\d{4})-(H[12])", value):
        return f"{m[1]} {HALVES[m[2]]}"
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0s"
    return value


def ranking(quotes: pd.DataFrame, unknown_last: bool = False) -> pd.DataFrame:
    """Speakers by statements, named ones first, then unnamed sources by description; statements
    whose speaker is unknown are not ranked, or, with `unknown_last`, come last as one row (where
    they can still be chosen). Columns: speaker_label, statements, named."""
    counts = quotes.loc[quotes["speaker_label"] != UNKNOWN, "speaker_label"].value_counts()
    df = pd.DataFrame({"speaker_label": counts.index, "statements": counts.to_numpy()})
    df["named"] = is_named(df["speaker_label"]).to_numpy(dtype=bool)
    df = df.sort_values(["named", "statements", "speaker_label"], ascending=[False, False, True], kind="stable")
    unknown = int((quotes["speaker_label"] == UNKNOWN).sum())
    if unknown_last and unknown:
        df = pd.concat([df, pd.DataFrame({"speaker_label": [UNKNOWN], "statements": [unknown], "named": [False]})])
    return df.reset_index(drop=True)
