"""Plain records passed between the pipeline stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One article as read. `text` is exactly what offsets index into."""

    source: str
    row: int
    article_id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    # Characters before this offset are metadata (a date header, a title line) and not analysed.
    body_start: int = 0
    # Reading notes (encoding guessed, date unparseable...) for the ingest report.
    notes: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        h = hashlib.sha256()
        for part in (self.text, str(self.date), self.title or "", str(self.body_start)):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()[:32]


@dataclass(frozen=True)
class IngestEntry:
    """One line of the ingest report: every input gets one, good or bad."""

    source: str
    row: int | None
    article_id: str | None
    status: str  # "ok" | "warning" (analysed, with a note) | "error" (not analysed)
    message: str = ""


@dataclass(frozen=True)
class DateExpr:
    text: str
    start: int
    end: int
    value: str | None
    # day | week | month | quarter | half | season | year | decade | century; None when vague
    granularity: str | None
    # PRESENT_REF / PAST_REF / FUTURE_REF: no period to place on a time axis or to date a statement
    vague: bool = False


@dataclass(frozen=True)
class TargetTone:
    target: str  # canonical name, as speakers are named
    target_type: str  # person | organization | place
    start: int  # the mention's offsets in the article text
    end: int
    label: str  # negative | neutral | positive
    probability: float  # of that label
    score: float  # P(positive) − P(negative), for averaging


@dataclass
class Quote:
    speaker: str
    speaker_type: str  # person | organization | anonymous | unknown
    role: str | None
    quote: str
    kind: str  # direct | indirect
    mixed: bool
    cue: str | None
    start: int
    end: int
    date: str | None = None
    date_granularity: str | None = None
    # what fixed the date: "stated" (a time on the statement's own cue or sentence), "context" (the
    # surrounding text: an occasion dated before, a dated document, a round-up section's heading) or
    # "article" (nothing in the text: the publication day); None when undated
    date_basis: str | None = None
    polarity: float | None = None
    subjectivity: float | None = None
    confidence: float = 0.5
    cue_start: int | None = None
    # Offsets of the speaker mention in the text (for the reader view); None when inferred.
    speaker_start: int | None = None
    speaker_end: int | None = None
    # The statement's tone and the sentiment toward each person or organisation it names (model in
    # target_sentiment.py); None/empty when the model could not run.
    tone: str | None = None
    tone_p: float | None = None
    targets: list[TargetTone] = field(default_factory=list)
    # the rules that found the statement, chose its speaker and dated it ("cue_after_quote ·
    # person_entity · article_date"); quotes.catalogue.explain() gives them in plain words
    why: str = ""


@dataclass
class ArticleAnalysis:
    article: Article
    quotes: list[Quote]
    dates: list[DateExpr]
    error: str | None = None  # set when the analysis of this article failed; the others go on
