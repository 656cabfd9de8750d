"""A briefing: the current selection summarised for sharing (dashboard page, PDF and PNG)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

import altair as alt
import pandas as pd

from . import charts, labels, sentiment_stats, timeaxis
from .corpus import Corpus
from .filters import Filters
from .labels import plural
from .pipeline import ANALYSIS_VERSION


@dataclass
class Citation:
    speaker: str
    date: str
    quote: str
    title: str
    outlet: str
    url: str
    also_in: int = 0  # other near-duplicate articles carrying the same statement
    direct: bool = True  # a direct quote is printed in quotation marks; reported speech as a paraphrase
    published: str = ""  # the article's date in words ('11 Nov 2015'), when it has one

    @property
    def source(self) -> str:
        """Title · outlet · publication day: enough to find the article and check the words."""
        parts = [x for x in (self.title, self.outlet, f"published {self.published}" if self.published else "") if x]
        if self.also_in:
            parts.append(f"also published in {plural(self.also_in, 'other article')}")
        return " · ".join(parts)

    @property
    def words(self) -> str:
        """The statement as it may be read out: quoted only when it is the speaker's own words."""
        return f"“{self.quote}”" if self.direct else f"Paraphrase: {self.quote}"


@dataclass
class Briefing:
    title: str
    filters: str
    numbers: list[tuple[str, str, str]]
    citations: list[Citation]
    provenance: str
    notes: list[str] = field(default_factory=list)
    charts: dict[str, alt.TopLevelMixin] = field(default_factory=dict)
    chart_notes: dict[str, str] = field(default_factory=dict)  # what a chart leaves out, under it
    rule: str = ""  # how the top statements were chosen
    file_stem: str = "briefing"  # download names: briefing_john-kirby_2024-08-26


def span_words(a: date, b: date) -> str:
    if a == b:
        return f"{a.day} {a:%b %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%b %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"
    return f"{a:%b %Y} – {b:%b %Y}"


def date_span(view: pd.DataFrame, date_from: date | None = None, date_to: date | None = None) -> tuple[str, str]:
    """The span of these statements' dates, a selection's or one speaker's, alike in the key numbers
    and in each Compare column: the window a time chart of these statements alone draws
    (timeaxis.window: the filter's range when it has both ends, else the bulk of their dates), with
    those dated far outside it counted as left out and said why. One statement dated decades back does
    not make a 2019 corpus span 44 years, and a speaker's span does not change with whom they are
    compared (Trump's was 'Jul 2015 – Sep 2016, 14 left out' in his briefing, 'Aug 2015 – …, 18' in
    Compare: the columns' shared axis; what that axis leaves out is said under its chart)."""
    dated = view.dropna(subset=["period_start"])
    if dated.empty:
        return "—", "no dated statement"
    w = timeaxis.window(view, date_from, date_to)
    drawn = w.place(dated["period_start"]).notna()
    if not drawn.any():
        return "—", f"{plural(len(dated), 'dated statement')}, none in the period shown"
    a = max(dated.loc[drawn, "period_start"].min(), w.start).date()
    b = min(dated.loc[drawn, "period_end"].fillna(dated["period_start"]).max(), w.end - timeaxis.DAY).date()
    days = plural((b - a).days + 1, "day")
    exact = days if a.year == b.year else f"{a.day} {a:%b %Y} – {b.day} {b:%b %Y} ({days})"
    if drawn.all():
        return span_words(a, b), exact
    out = dated.loc[~drawn, "period_start"]
    early, late = out[out < w.start], out[out >= w.start]
    far = [f"{len(early):,} dated earlier (from {early.min():%Y})" if len(early) else "",
           f"{len(late):,} dated later (to {late.max():%Y})" if len(late) else ""]
    return span_words(a, b), f"{exact}; left out, far from the bulk of the dates: {' and '.join(x for x in far if x)}"


def inside(view: pd.DataFrame, w: timeaxis.Window) -> pd.Series:
    """Statements dated inside the window a time chart of them draws (not those drawn at its edge)."""
    if w.start is None:
        return pd.Series(False, index=view.index)
    starts = view["period_start"]
    return w.place(starts).notna() & (starts >= w.start) & (starts < w.end)


def of_total(corpus: Corpus, copies: bool = False) -> str:
    """'of N' beside a count of statements, N counted as the count is: a statement repeated in a
    near-duplicate article once unless `copies` (PolNeAR's 'All statements — 12,384 of 12,475' read as
    if 91 were filtered out)."""
    counted = len(corpus.statements(copies))
    left = len(corpus.quotes) - counted
    return f"of {counted:,}" + (f" ({plural(left, 'wire copy', 'wire copies')} counted once)" if left else "")


def key_numbers(corpus: Corpus, view: pd.DataFrame, f: Filters | None = None) -> list[tuple[str, str, str]]:
    """Label, value and note for each headline figure of a selection made by the filters `f` (their
    date range bounds the span; wire copies counted as they say)."""
    f = f or Filters()
    span, span_note = date_span(view, f.date_from, f.date_to)
    anon = int((view["speaker_type"] == "anonymous").sum())
    who = labels.count_speakers(view)
    numbers = [
        ("Articles", f"{view['article_id'].nunique():,}", f"of {len(corpus.articles):,} analysed"),
        ("Statements", f"{len(view):,}", of_total(corpus, f.copies)),
        # who counts as a speaker, and in what words: labels.count_speakers, as every view
        ("Named speakers", f"{who.named:,}", who.unknown_words() or "people and organisations"),
        ("Date span", span, span_note),
        ("Unnamed sources", f"{who.unnamed:,}", "counted by description; " + plural(anon, "statement")
         + (f" ({anon / len(view):.0%})" if len(view) else "")),
    ]
    if who.ranked == 1 and not who.unknown:  # one speaker's statements: "1 named speaker, 0 unnamed" says nothing
        numbers = [n for n in numbers if n[0] not in ("Named speakers", "Unnamed sources")]
    return numbers


PER_SPEAKER = 2
WHOLE, FRAGMENT = 6, 3  # words: a statement to cite whole; less than a fragment worth citing
LONG = 40  # words: longer is no more substance (a 150-word block does not beat every 40-word one)
TOO_LONG = 80  # words: more than a briefing can quote (PolNeAR's 200-word Benghazi answer filled a column)
MONTH_DAYS = 31  # a statement dated to a longer period (a year, a decade) is not cited: its "when" is vague


def word_count(texts: pd.Series) -> pd.Series:
    """Words in each text; by map, as `.str.split().str.len()` raised on no rows (a view whose
    statements were none of them citable: only years and seasons)."""
    return texts.map(lambda t: len(t.split()) if isinstance(t, str) else 0).astype(int)


def citable(view: pd.DataFrame, w: timeaxis.Window) -> pd.Series:
    """Statements a briefing may cite: dated inside the period the view charts, at least to the month
    (a year-dated aside is not what was said then), or undated (an article without a date: cited as
    "undated"), and more than a fragment."""
    whole = word_count(view["quote"]) >= FRAGMENT
    if w.start is None:  # none is dated: the date cannot choose
        return whole
    end = view["period_end"] if "period_end" in view else view["period_start"]
    undated = view["period_start"].isna()
    return (undated | inside(view, w) & ((end - view["period_start"]).dt.days < MONTH_DAYS)) & whole


def citation_order(pool: pd.DataFrame) -> pd.DataFrame:
    """Within a speaker, best first: statements of WHOLE words or more (a shorter one is rarely a
    point made), a date read from the text before one taken from the article's publication, then the
    more confident (in steps of 0.1, so a hair's difference does not outrank substance), then those
    short enough to quote (TOO_LONG), whole sentences (from a capital, not a clause like "he would drop
    his bid"), direct quotes before reported speech, those repeated in more articles, longer ones."""
    words = word_count(pool["quote"])
    basis = pool["date_basis"] if "date_basis" in pool else pd.Series("stated", index=pool.index)
    return pool.assign(
        _whole=words >= WHOLE,
        _from_text=basis.ne("article"),
        _confident=(pool["confidence"].fillna(0) * 10 + 1e-9).floordiv(1),
        _fits=words <= TOO_LONG,
        _sentence=pool["quote"].str.match(r"^\W*[A-Z]"),
        _direct=pool["kind"].eq("direct"),
        repeats=pool["also_in"].fillna(0) if "also_in" in pool else 0,
        _words=words.clip(upper=LONG)).sort_values(
        ["_rank", "_whole", "_from_text", "_confident", "_fits", "_sentence", "_direct", "repeats", "_words",
         "period_start", "article_id", "start"],
        ascending=[True, False, False, False, False, False, False, False, False, True, True, True], kind="stable")


def top_statements(view: pd.DataFrame, outlets: dict[str, str], n: int = 10,
                   w: timeaxis.Window | None = None, ranked: pd.DataFrame | None = None) -> tuple[list[Citation], str]:
    """Statements worth reading out, in date order, and the rule that chose them (in words, under the
    list): the leading speakers in turn (named first, most statements), each with their best
    citable statements (citable, citation_order) from the period the view charts (`w`). `ranked`:
    labels.ranking(view), when the caller has it."""
    w = w or timeaxis.window(view)
    ranked = labels.ranking(view) if ranked is None else ranked
    speakers = list(ranked["speaker_label"])
    per = PER_SPEAKER if len(speakers) * PER_SPEAKER >= n else -(-n // max(len(speakers), 1))
    among = (f"Chosen from statements dated inside {span_words(w.start.date(), (w.end - timeaxis.DAY).date())} "
             "(the period charted) at least to the month" if w.start is not None
             else "None of these statements is dated; chosen from all of them")
    rule = (f"{among}: up to "
            f"{per} for each of the most quoted speakers (named before unnamed sources; unknown speakers left "
            f"out); for each, statements of {WHOLE} words or more first, then those whose date is read from the "
            f"text before those dated by publication, then the most confident, then those of {TOO_LONG} words or "
            f"fewer, whole sentences, direct quotes and longer statements; fragments under {FRAGMENT} words are "
            f"left out. Listed in date order.")
    pool = view[view["speaker_label"].isin(speakers)]
    pool = pool[citable(pool, w)].assign(_rank=pool["speaker_label"].map({s: i for i, s in enumerate(speakers)}))
    chosen = citation_order(pool).groupby("speaker_label", sort=False).head(per).head(n)
    chosen = chosen.sort_values(["period_start", "_rank", "article_id", "start"], kind="stable")
    # a missing date is NaN in pandas' string columns: readable_date says "undated" for it (it once printed "nan")
    cites = [Citation(r.speaker_label, labels.statement_date(r.date, getattr(r, "date_basis", None)), r.quote,
                      str(r.display_title), outlets.get(r.article_id) or "", r.url if _is_link(r.url) else "",
                      int(r.repeats or 0), r.kind == "direct", _published(getattr(r, "article_date", None)))
             for r in chosen.itertuples()]
    return cites, rule


def _is_link(url: object) -> bool:
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def _published(day: object) -> str:
    """An article's date as a citation gives it ('11 Nov 2015'); '' when it has none."""
    return labels.readable_date(day) if isinstance(day, str) and day else ""


def outlets(articles: pd.DataFrame) -> dict[str, str]:
    """Each article's outlet as a citation names it: its outlet column, else the host of its link
    ('politico.com'); articles with neither are left out (their citations name none)."""
    from urllib.parse import urlsplit

    out = {}
    for a, outlet, url in zip(articles["article_id"], articles["outlet"], articles["url"], strict=True):
        if isinstance(outlet, str) and outlet.strip():
            out[a] = outlet.strip()
        elif _is_link(url) and (host := urlsplit(url).hostname):
            out[a] = host.removeprefix("www.")
    return out


def file_stem(f: Filters, generated: datetime, name: str = "briefing") -> str:
    """briefing_john-kirby_2024-08-26: the speakers and dates chosen, else the day it was made."""
    parts = [name]
    if f.speakers:
        parts.append(_slug(f.speakers[0]) if len(f.speakers) == 1 else f"{len(f.speakers)}-speakers")
    if f.about:
        parts.append("on-" + (_slug(f.about[0]) if len(f.about) == 1 else f"{len(f.about)}-names"))
    if f.dated:
        days = [d.isoformat() if d else "open" for d in (f.date_from, f.date_to)]
        parts.append(days[0] if days[0] == days[1] else "_to_".join(days))
    else:
        parts.append(f"{generated:%Y-%m-%d}")
    return "_".join(p for p in parts if p)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40] or "speaker"


def build(corpus: Corpus, view: pd.DataFrame, f: Filters, hidden: int, corpus_label: str,
          generated: datetime | None = None, n_statements: int = 10,
          link_problems: list[str] | None = None, ranked: pd.DataFrame | None = None) -> Briefing:
    """The briefing of `view`; `ranked` (labels.ranking(view)) when the page has it already: the
    colours, the top statements and the chart over time all follow that one ranking."""
    generated = generated or datetime.now()
    ranked = labels.ranking(view) if ranked is None else ranked
    colors = charts.speaker_colors(view, ranked)
    notes = list(link_problems or [])
    if hidden:
        notes.append(f"{plural(hidden, 'undated statement')} {'is' if hidden == 1 else 'are'} left out because a "
                     "date range is set.")
    w = timeaxis.window(view, f.date_from, f.date_to)
    citations, rule = top_statements(view, outlets(corpus.articles), n_statements, w, ranked)
    out = Briefing(
        title=f"Briefing: {f.describe()}",
        filters=f.describe(),
        numbers=key_numbers(corpus, view, f),
        citations=citations,
        provenance=(f"Corpus {corpus_label} · {plural(len(corpus.articles), 'article')} · analysis version "
                    f"{ANALYSIS_VERSION} · generated {generated:%Y-%m-%d %H:%M}"),
        notes=notes,
        rule=rule if citations else "",
        file_stem=file_stem(f, generated),
    )
    if view.empty:
        out.notes.append("No statement matches these filters.")
        return out
    if w.shown:
        out.charts["Statements over time"] = charts.statements_over_time(view, colors, w, ranked=ranked)
    if w.note():
        out.chart_notes["Statements over time"] = w.note()
    tone = sentiment_stats.speaker_tone(view)
    out.charts["Tone by speaker"] = charts.speaker_tone(tone, colors, n=10)
    out.chart_notes["Tone by speaker"] = TONE_NOTE
    return out


TONE_NOTE = ("Tone is a news-trained model's label per statement (−1 negative, 0 neutral, +1 positive), right on "
             "60% of NewsMTSC's test sentences (macro-F1 0.55; TextBlob's polarity scores 0.40); the interval is "
             "wide when a speaker has few statements.")
