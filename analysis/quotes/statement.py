"""The records passed between the attribution stages: a statement found, and who said it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import DateExpr
from .marks import QuoteSpan


@dataclass(frozen=True)
class Candidate:
    """A statement before its speaker is resolved. Frozen: a stage that changes it makes a new one."""

    kind: str  # direct | indirect
    pieces: list[tuple[int, int]]
    cue: object | None  # spaCy Token of the cue verb (or "according")
    cue_text: str | None
    subject: object | None  # spaCy Token heading the speaker phrase
    mode: str  # how it was found: clause, parataxis, according, after, before, fragment, ...
    quotes: list[QuoteSpan] = field(default_factory=list)
    mixed: bool = False
    speaker: object | None = None  # known without a subject token (interview labels)
    rule: str = ""  # the rule that found it (rules.py)


@dataclass(frozen=True)
class Speaker:
    name: str
    type: str  # person | organization | anonymous | unknown
    role: str | None = None
    start: int | None = None
    end: int | None = None
    how: str = "named"  # named | pronoun | role | description | inherited | none
    plural: bool = False  # an unnamed group ("officials"), which "he"/"she" cannot refer to
    rule: str = ""  # the rules that decided it, outermost first ("appositive_person", "relative_pronoun>person_entity")

    @property
    def resolved(self) -> bool:
        return self.type != "unknown"


UNKNOWN = Speaker("unknown", "unknown", None, None, None, "none")


@dataclass
class Statement:
    """A candidate with its speaker and, after dating, the speech act's date."""

    candidate: Candidate
    speaker: Speaker
    date: tuple[str | None, str | None] = (None, None)  # (value, granularity)
    date_rule: str = ""
    date_basis: str = ""  # stated | context | article: what fixed the date (the rule's declared basis)
    lead_date: DateExpr | None = None  # a date right after the cue ("said on Monday they …"): the speech's, not the words'
