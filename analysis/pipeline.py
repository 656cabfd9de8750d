"""ingest → nlp → quotes · timeline · sentiment, one article at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized
from datetime import date
from itertools import islice

from .cache import ResultCache
from .models import Article, ArticleAnalysis, DateExpr, Quote
from .nlp import DEFAULT_MODEL, analysable_text, parse
from .quotes.attribution import extract_statements, to_records
from .quotes.context import ArticleContext, article_context
from .quotes.rules import ALL_ON, RuleSwitch
from .sentiment import polarity_subjectivity
from .target_sentiment import Pending, collect, resolve
from .timeline import extract_dates

ANALYSIS_VERSION = "0.4.35"


def statements(article: Article, doc, rules: RuleSwitch = ALL_ON) -> tuple[list[Quote], list[DateExpr], ArticleContext]:
    """One article's statement records (no tone yet), the dates outside direct quotes, and what
    the stages read (quote marks, register of names, rules)."""
    art = article_context(doc, analysable_text(article), article.body_start, rules)  # metadata prefix blanked
    resolved = extract_statements(art)
    direct = [(q.open, q.outer_end) for q in art.quotes]
    dates = extract_dates(art.text, article.date, doc, article.body_start, skip=direct, rules=rules)
    records = to_records(resolved, art, article.text, dates, article.date)
    return records, dates, art


def analyse_doc(article: Article, doc, pending: Pending | None = None, rules: RuleSwitch = ALL_ON) -> ArticleAnalysis:
    """One article's statements, dates and tone. With `pending`, the sentiment model's rows are
    left there to be classified with other articles' (resolve()); without, they are done here."""
    records, dates, art = statements(article, doc, rules)
    for rec in records:
        rec.polarity, rec.subjectivity = polarity_subjectivity(rec.quote)
    own = pending is None
    pending = Pending() if own else pending
    collect(doc, records, art.registry, pending)
    if own:
        resolve(pending)
    dates = dates + _dates_in_quotes(art, records)
    dates.sort(key=lambda d: d.start)
    return ArticleAnalysis(article, records, dates)


def _dates_in_quotes(art: ArticleContext, records: list[Quote]) -> list[DateExpr]:
    """Dates inside a direct quote resolve against that statement's speech-act date."""
    out: list[DateExpr] = []
    for q in art.quotes:
        rec = next((r for r in records if r.kind == "direct" and r.start >= q.open and r.end <= q.outer_end
                    and r.date_granularity == "day"), None)
        if rec is None:
            continue
        for d in extract_dates(art.text[:q.outer_end], date.fromisoformat(rec.date), art.doc, q.start, rules=art.rules):
            out.append(d)
    return out


SENTIMENT_BATCH = 32  # articles whose statements go through the sentiment model together


def _analyse_fresh(articles: list[Article], model: str, rules: RuleSwitch = ALL_ON) -> Iterator[ArticleAnalysis]:
    done: list[ArticleAnalysis] = []
    pending = Pending()
    for article, doc in zip(articles, parse(articles, model), strict=True):
        try:
            own = Pending()
            an = analyse_doc(article, doc, own, rules)
            pending.tones += own.tones
            pending.targets += own.targets
            done.append(an)
        except Exception as exc:  # one article's failure must not stop the corpus
            done.append(ArticleAnalysis(article, [], [], f"analysis failed: {type(exc).__name__}: {exc}"))
        if len(done) >= SENTIMENT_BATCH:
            resolve(pending)
            yield from done
            done, pending = [], Pending()
    resolve(pending)
    yield from done


def analyse(articles: Iterable[Article], model: str = DEFAULT_MODEL, cache: ResultCache | None = None,
            progress: Callable[[int, int | None], None] | None = None, batch_size: int = 256,
            runner=None, rules: RuleSwitch = ALL_ON) -> Iterator[ArticleAnalysis]:
    """Analyses in input order, batch by batch, reading the input lazily: cached articles are not
    parsed again, and each batch's new results are added to the cache once it is done.
    `runner` (scale.ProcessRunner, scale.DaskRunner) analyses batches elsewhere; the next batch
    is handed to it before this one's results are read, so its workers never wait for us.
    `rules` switches attribution rules off by name (the cache then must not be shared)."""
    if runner is not None:
        batch_size = runner.batch_size
    total = len(articles) if isinstance(articles, Sized) else None
    source = iter(articles)

    def start() -> tuple[list[Article], dict, Iterator[ArticleAnalysis]] | None:
        batch = list(islice(source, batch_size))
        if not batch:
            return None
        cached = cache.get_many({a.content_hash for a in batch}) if cache is not None else {}
        todo = list({a.content_hash: a for a in batch if a.content_hash not in cached}.values())
        if not todo:
            return batch, cached, iter(())
        return batch, cached, runner.analyse(todo, model, rules) if runner is not None else _analyse_fresh(todo, model, rules)

    done = 0
    current = start()
    while current is not None:
        batch, cached, run = current
        upcoming = start() if runner is not None else None
        fresh = {an.article.content_hash: an for an in run}
        if cache is not None:
            cache.put_many([an for an in fresh.values() if not an.error])
        for a in batch:
            an = fresh.get(a.content_hash)
            if an is None or an.article is not a:  # from the cache, or a copy of another article
                an = an or cached[a.content_hash]
                an = ArticleAnalysis(a, an.quotes, an.dates, an.error)
            yield an
            done += 1
            if progress is not None:
                progress(done, total)
        current = upcoming if runner is not None else start()
