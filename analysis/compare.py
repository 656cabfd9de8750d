"""Two to four speakers side by side: one column each, every column on the same time window and
the same scales, laid out alike on screen and on paper (export.comparison_pdf)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime

import altair as alt
import pandas as pd

from . import charts, sentiment_stats, timeaxis
from .briefing import Citation, _slug, date_span, file_stem, top_statements
from .briefing import outlets as briefing_outlets
from .corpus import Corpus
from .filters import Filters
from .labels import plural
from .pipeline import ANALYSIS_VERSION

MIN_SPEAKERS, MAX_SPEAKERS = 2, 4
CITED = 3  # top statements per speaker
TARGETS = 8  # whom each talks about most
TONE_AXIS = "mean tone (−1 … +1), 95% interval"


@dataclass
class Column:
    speaker: str
    color: str
    numbers: list[tuple[str, str, str]]  # label, value, note
    charts: dict[str, alt.TopLevelMixin] = field(default_factory=dict)
    chart_notes: dict[str, str] = field(default_factory=dict)  # under a chart: what it leaves out
    citations: list[Citation] = field(default_factory=list)


@dataclass
class Comparison:
    title: str
    filters: str
    provenance: str
    columns: list[Column]
    notes: list[str] = field(default_factory=list)
    rule: str = ""  # how the top statements were chosen
    file_stem: str = "comparison"

    @property
    def sections(self) -> list[str]:
        """The chart rows, in the order every column shows them."""
        return list(dict.fromkeys(name for c in self.columns for name in c.charts))


def compared(f: Filters) -> list[str]:
    """The speakers a comparison shows: the speaker filter's first MAX_SPEAKERS."""
    return list(dict.fromkeys(f.speakers))[:MAX_SPEAKERS]


def statements_of(view: pd.DataFrame, speaker: str) -> pd.DataFrame:
    """A speaker's statements as the filter chose them: by name, or an unnamed source's description."""
    mask = view["speaker"] == speaker
    if "speaker_label" in view:
        mask |= view["speaker_label"] == speaker
    return view[mask]


def tone_words(tone: pd.DataFrame) -> tuple[str, str]:
    """A speaker's mean tone with its 95% interval and n, as a number card."""
    if tone.empty or pd.isna(tone["mean_tone"].iloc[0]):
        return "—", "no statement with a tone"
    r = tone.iloc[0]
    return f"{r.mean_tone:+.2f}", f"95% interval {r.tone_low:+.2f} … {r.tone_high:+.2f}, n = {int(r.n):,}"


def not_drawn(q: pd.DataFrame, w: timeaxis.Window) -> str:
    """What of one speaker's statements the shared window leaves out, in words ('' when nothing)."""
    dated = q["period_start"].notna()
    far = int((dated & w.place(q["period_start"]).isna()).sum())
    undated = int((~dated).sum())
    parts = [f"{plural(far, 'statement')} dated far from the bulk of the compared speakers' dates" if far else "",
             f"{plural(undated, 'statement')} without a date" if undated else ""]
    parts = [p for p in parts if p]
    return ("Not drawn on the axis the columns share: " + " and ".join(parts) + ".") if parts else ""


def build(corpus: Corpus, view: pd.DataFrame, f: Filters, hidden: int, corpus_label: str,
          generated: datetime | None = None, link_problems: list[str] | None = None,
          colors: dict[str, str] | None = None) -> Comparison:
    """The comparison of the speakers chosen in `f`; `colors` (charts.speaker_colors(view)) when the page has them."""
    generated = generated or datetime.now()
    speakers = compared(f)
    others = [s for s in f.speakers if s not in speakers]
    # the filters in words with the speakers as one "A vs B": "A vs B on C · 1 Jan 2016 – …"
    words = dataclasses.replace(f, speakers=[" vs ".join(speakers)] if speakers else []).describe()
    out = Comparison(
        title=f"Comparison: {words.split(' · ')[0] if speakers else 'choose two to four speakers'}",
        filters=words,
        provenance=(f"Corpus {corpus_label} · {plural(len(corpus.articles), 'article')} · analysis version "
                    f"{ANALYSIS_VERSION} · generated {generated:%Y-%m-%d %H:%M}"),
        columns=[], notes=list(link_problems or []),
        file_stem="_".join(["comparison", *(_slug(s) for s in speakers),
                            *file_stem(Filters(date_from=f.date_from, date_to=f.date_to), generated).split("_")[1:]]))
    if others:
        out.notes.append(f"At most {MAX_SPEAKERS} speakers are compared; left out: {', '.join(others)}.")
    if hidden:
        out.notes.append(f"{plural(hidden, 'undated statement')} {'is' if hidden == 1 else 'are'} left out because a "
                         "date range is set.")
    if len(speakers) < MIN_SPEAKERS:
        out.notes.append(f"Choose {MIN_SPEAKERS} to {MAX_SPEAKERS} speakers in the Speaker filter to compare them.")
        return out
    colors = charts.speaker_colors(view) if colors is None else colors
    outlets = briefing_outlets(corpus.articles)
    w = timeaxis.window(view, f.date_from, f.date_to)  # one window for every column
    parts = {s: statements_of(view, s) for s in speakers}
    targets = {s: sentiment_stats.speaker_target(corpus.statement_targets(q, labelled=True)) for s, q in parts.items()}
    targets = {s: t[t["speaker"] == s] if "speaker" in t else t for s, t in targets.items()}
    y_max = max((int(timeaxis.binned(q.assign(_all=1), w, "_all")["statements"].max() or 0)
                 for q in parts.values() if w.shown and len(q)), default=1)
    x_max = max((int(t["n"].max()) for t in targets.values() if len(t)), default=1)
    for s in speakers:
        q, color = parts[s], colors.get(s, charts.OTHER_COLOR)
        tone = sentiment_stats.speaker_tone(q)
        span, span_note = date_span(q, f.date_from, f.date_to)  # the speaker's own, as in a briefing of them
        mean, interval = tone_words(tone)
        col = Column(s, color, [("Statements", f"{len(q):,}", f"in {plural(q['article_id'].nunique(), 'article')}"),
                                ("Date span", span, span_note), ("Mean tone", mean, interval)])
        out.columns.append(col)
        if q.empty:
            continue
        if w.shown:
            col.charts["Statements over time"] = charts.volume(q, color, w, y_max)
            if note := not_drawn(q, w):
                col.chart_notes["Statements over time"] = note
        if len(tone) and pd.notna(tone["mean_tone"].iloc[0]):
            col.charts["Tone"] = charts.tone_interval(tone, color, TONE_AXIS)
        if len(targets[s]):
            col.charts["Talks about most"] = charts.top_targets(targets[s], TARGETS, x_max)
        else:
            col.chart_notes["Talks about most"] = "These statements name no other person, organisation or place."
        # from the period compared: an aside quoted from decades back is not what a speaker said then
        col.citations, out.rule = top_statements(q, outlets, CITED, w)
    return out
