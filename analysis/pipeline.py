"""ingest → nlp → quotes · timeline · sentiment, one article at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from .models import Article, ArticleAnalysis, DateExpr
from .nlp import DEFAULT_MODEL, parse
from .quotes.attribution import extract_statements, to_records
from .sentiment import polarity_subjectivity
from .target_sentiment import annotate
from .timeline import extract_dates

ANALYSIS_VERSION = "0.1.0"


def analyse_doc(article: Article, doc) -> ArticleAnalysis:
    text = doc.text  # the article text with its metadata prefix blanked
    resolved, quotes, registry = extract_statements(doc, text, article.body_start)
    direct = [(q.open, q.outer_end) for q in quotes]
    dates = extract_dates(text, article.date, doc, article.body_start, skip=direct)
    records = to_records(resolved, article.text, dates, quotes, article.date)
    for rec in records:
        rec.polarity, rec.subjectivity = polarity_subjectivity(rec.quote)
    annotate(doc, records, registry)
    dates = dates + _dates_in_quotes(text, doc, records, quotes)
    dates.sort(key=lambda d: d.start)
    return ArticleAnalysis(article, records, dates)


def _dates_in_quotes(text: str, doc, records, quotes) -> list[DateExpr]:
    """Dates inside a direct quote resolve against that statement's speech-act date."""
    out: list[DateExpr] = []
    for q in quotes:
        rec = next((r for r in records if r.kind == "direct" and r.start >= q.open and r.end <= q.outer_end
                    and r.date_granularity == "day"), None)
        if rec is None:
            continue
        for d in extract_dates(text[:q.outer_end], date.fromisoformat(rec.date), doc, q.start):
            out.append(d)
    return out


def analyse(articles: Iterable[Article], model: str = DEFAULT_MODEL) -> Iterator[ArticleAnalysis]:
    articles = list(articles)
    for article, doc in zip(articles, parse(articles, model), strict=True):
        try:
            yield analyse_doc(article, doc)
        except Exception as exc:  # one article's failure must not stop the corpus
            yield ArticleAnalysis(article, [], [], f"analysis failed: {type(exc).__name__}: {exc}")
