"""Records → pandas frames: the tables the CLI prints and the dashboard lays out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

import pandas as pd

from .models import ArticleAnalysis, IngestEntry

QUOTE_COLUMNS = ["source", "row", "article_id", "url", "title", "outlet", "article_date", "speaker",
                 "speaker_type", "role", "quote", "kind", "mixed", "cue", "start", "end", "date",
                 "date_granularity", "date_basis", "polarity", "subjectivity", "confidence", "why", "tone", "tone_p"]
# the quotes table as the dashboard uses it: the CLI's columns plus offsets for the reader and tone
QUOTE_FRAME_COLUMNS = QUOTE_COLUMNS + ["cue_start", "speaker_start", "speaker_end", "tone_value"]
TARGET_COLUMNS = ["source", "row", "article_id", "speaker", "speaker_type", "statement_start", "statement_end",
                  "date", "target", "target_type", "start", "end", "label", "probability", "score"]
TONE_VALUE = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}
TIMELINE_COLUMNS = ["source", "row", "article_id", "text", "start", "end", "value", "granularity", "vague"]
SPEAKER_COLUMNS = ["speaker", "speaker_type", "quotes", "articles", "first_date", "last_date",
                   "mean_polarity", "mean_subjectivity"]
INGEST_COLUMNS = ["source", "row", "article_id", "status", "message"]
ARTICLE_COLUMNS = ["source", "row", "article_id", "url", "title", "outlet", "article_date", "text",
                   "body_start", "content_hash"]


def _article_fields(a) -> dict:
    return {"source": a.source, "row": a.row, "article_id": a.article_id, "url": a.url,
            "title": a.title, "outlet": a.outlet, "article_date": a.date.isoformat() if a.date else None}


def quotes_frame(analyses: Iterable[ArticleAnalysis]) -> pd.DataFrame:
    rows = []
    for an in analyses:
        meta = _article_fields(an.article)
        for q in an.quotes:
            rows.append({**meta, **{k: getattr(q, k) for k in QUOTE_COLUMNS if k not in meta},
                         "cue_start": q.cue_start, "speaker_start": q.speaker_start,
                         "speaker_end": q.speaker_end, "tone_value": TONE_VALUE.get(q.tone)})
    df = pd.DataFrame(rows, columns=QUOTE_FRAME_COLUMNS)
    return df.astype({"row": "int64", "start": "int64", "end": "int64", "mixed": "bool"})


def targets_frame(analyses: Iterable[ArticleAnalysis]) -> pd.DataFrame:
    """One row per person or organisation named in a statement, with the sentiment toward it."""
    rows = []
    for an in analyses:
        a = an.article
        for q in an.quotes:
            for t in q.targets:
                rows.append({"source": a.source, "row": a.row, "article_id": a.article_id, "speaker": q.speaker,
                             "speaker_type": q.speaker_type, "statement_start": q.start, "statement_end": q.end,
                             "date": q.date, "target": t.target, "target_type": t.target_type, "start": t.start,
                             "end": t.end, "label": t.label, "probability": t.probability, "score": t.score})
    return pd.DataFrame(rows, columns=TARGET_COLUMNS)


def timeline_frame(analyses: Iterable[ArticleAnalysis]) -> pd.DataFrame:
    rows = []
    for an in analyses:
        a = an.article
        for d in an.dates:
            rows.append({"source": a.source, "row": a.row, "article_id": a.article_id, "text": d.text,
                         "start": d.start, "end": d.end, "value": d.value,
                         "granularity": d.granularity, "vague": d.vague})
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


def articles_frame(analyses: Iterable[ArticleAnalysis]) -> pd.DataFrame:
    rows = []
    for an in analyses:
        a = an.article
        rows.append({**_article_fields(a), "outlet": a.outlet, "text": a.text,
                     "body_start": a.body_start, "content_hash": a.content_hash})
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def speakers_frame(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical speaker, most quoted first."""
    if quotes.empty:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    g = quotes.groupby(["speaker", "speaker_type"], sort=False, dropna=False)
    first, last = date_ends(quotes, ["speaker", "speaker_type"])
    df = pd.DataFrame({
        "quotes": g.size(),
        "articles": g["article_id"].nunique(),
        "first_date": first,
        "last_date": last,
        "mean_polarity": g["polarity"].mean().round(4),
        "mean_subjectivity": g["subjectivity"].mean().round(4),
    }).reset_index()
    df = df.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return df[SPEAKER_COLUMNS].reset_index(drop=True)


def date_ends(quotes: pd.DataFrame, keys: list[str]) -> tuple[pd.Series, pd.Series]:
    """Per group, the date value whose period starts first and the one whose period ends last, as
    written ('1977', '2016-W28', '2016-09-30'): ordered by the days each denotes, not as strings
    ('2016-W28' > '2016-09-30' as text, though its week ends in July). Of values starting (ending) on
    the same day the narrowest is given; values naming no period (PRESENT_REF) are left out."""
    from .filters import add_periods

    rows = add_periods(quotes[[*keys, "date", *(["article_date"] if "article_date" in quotes else [])]])
    rows = rows.dropna(subset=["period_start"])  # the periods reaching past publication end that day
    rows = rows.assign(_days=rows["period_end"] - rows["period_start"])
    first = rows.sort_values(["period_start", "_days"], kind="stable").groupby(keys, sort=False, dropna=False)["date"].first()
    last = rows.sort_values(["period_end", "_days"], ascending=[False, True], kind="stable").groupby(
        keys, sort=False, dropna=False)["date"].first()
    return first, last


def ingest_frame(report: Iterable[IngestEntry]) -> pd.DataFrame:
    """The report as a table; `row` an integer, empty where an entry is of no record (a file, a
    near-duplicate group): a float column wrote "row": 0.0 to JSON lines."""
    return pd.DataFrame([asdict(e) for e in report], columns=INGEST_COLUMNS).astype({"row": "Int64"})


def ingest_summary(report: pd.DataFrame, articles: int) -> str:
    """The ingest report in one line: 'Ingest report: 840 articles read, 0 skipped; 4 near-duplicate
    groups'. Articles are counted as analysed (`articles`), not as report lines: a near-duplicate
    group's note is no article (PolNeAR train's 840 read as '844 read')."""
    from .duplicates import GROUP_NOTE
    from .labels import plural

    status = report["status"]
    groups = int((status.eq("ok") & report["message"].astype(str).str.startswith(GROUP_NOTE)).sum())
    words = f"Ingest report: {plural(articles, 'article')} read, {int(status.eq('error').sum()):,} skipped"
    if status.eq("warning").any():
        words += f", {int(status.eq('warning').sum()):,} with warnings"
    return words + (f"; {plural(groups, 'near-duplicate group')}" if groups else "")


CHRONOLOGICAL_COLUMNS = ["day", "dated", "speaker", "statement", "article", "source"]


def newest_first(quotes: pd.DataFrame) -> pd.DataFrame:
    """Statements newest first by the day their period starts, undated last, one article's in text
    order: a table's first screen is what was said last, not the oddest asides (PolNeAR train opened
    on statements dated 1963 and 1972)."""
    order = quotes.sort_values(["article_id", "start"], kind="stable")
    return order.sort_values("period_start", ascending=False, na_position="last", kind="stable")


def chronological(quotes: pd.DataFrame) -> pd.DataFrame:
    """Statements newest first (newest_first): the day as a reader writes it, how it was found (by
    publication, in its sentence, from context), the speaker as charts label them, the statement
    whole, its article and a link to the source."""
    from .labels import dated_by, readable_date

    order = newest_first(quotes)
    who = order["speaker_label"] if "speaker_label" in order else order["speaker"]
    title = order["display_title"] if "display_title" in order else order["title"]
    url = order["url"].where(order["url"].astype(str).str.match(r"https?://"), None)
    basis = order["date_basis"] if "date_basis" in order else pd.Series(None, index=order.index)
    return pd.DataFrame({"day": order["date"].map(readable_date), "dated": basis.map(lambda b: dated_by(b, short=True)),
                         "speaker": who, "statement": order["quote"],
                         "article": title, "source": url}, columns=CHRONOLOGICAL_COLUMNS).reset_index(drop=True)


def readable(quotes: pd.DataFrame) -> pd.DataFrame:
    """Columns for people beside the machine's: `why_words` (the rules in `why` in plain words, from
    `rules list`) and `about_names` (what the statement names, joined)."""
    from .quotes.catalogue import explain

    words = {w: explain(w) for w in quotes["why"].dropna().unique()} if "why" in quotes else {}
    about = quotes["about"] if "about" in quotes else pd.Series([()] * len(quotes), index=quotes.index)
    return quotes.assign(why_words=quotes["why"].map(words) if "why" in quotes else None,
                         about_names=about.map(lambda t: "; ".join(t) if isinstance(t, tuple) else ""))
