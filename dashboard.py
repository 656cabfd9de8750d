"""Who said what, when, in what tone: the Streamlit layer over analysis/.

Run: streamlit run dashboard.py -- PATH...   (default: seeds/)
Everything shown is computed by analysis/; this file arranges widgets, views and URL state.
"""

from __future__ import annotations

import hashlib
import html
import os
import sys
import threading
from collections import OrderedDict
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis import briefing, charts, corrections, export, filters, sentiment_stats
from analysis.cache import ResultCache, cache_dir, results_key
from analysis.corpus import Corpus, analyse_corpus, from_dataset
from analysis.corrections import Correction
from analysis.dataset import is_dataset
from analysis.filters import VIEWS, Filters
from analysis.ingest import IngestResult, cap_articles, ingest, ingest_bytes
from analysis.nlp import DEFAULT_MODEL
from analysis.pipeline import ANALYSIS_VERSION
from analysis.reader import escape, highlight, paragraph_bounds

ROOT = Path(__file__).resolve().parent
VIEW_LABELS = {"overview": "Overview", "timeline": "Timeline", "speakers": "Speakers", "quotes": "Quotes",
               "reader": "Article reader", "briefing": "Briefing"}
MAX_UPLOAD_FILES = 50
MAX_ARTICLES = int(os.environ.get("DASHBOARD_MAX_ARTICLES", "20000"))


def default_paths() -> list[str]:
    """Corpus paths given after `--` on the streamlit command line, else seeds/."""
    args = sys.argv[1:] if Path(sys.argv[0]).name == "dashboard.py" else []
    env = os.environ.get("DASHBOARD_CORPUS")
    if args:
        return args
    if env:
        return env.split(os.pathsep)
    return [str(ROOT / "seeds")]


def _fingerprint(paths: list[str]) -> str:
    """Cache key for files on disk: names, sizes and modification times."""
    h = hashlib.sha256()
    for raw in paths:
        p = Path(raw)
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.name == corrections.FILE_NAME:  # applied on every run, never a reason to re-read the corpus
                continue
            try:
                st_ = f.stat()
                h.update(f"{f}|{st_.st_size}|{st_.st_mtime_ns}\n".encode())
            except OSError:
                h.update(f"{f}|missing\n".encode())
    return h.hexdigest()


class CorpusStore:
    """Analysed corpora shared by all sessions, keyed by file fingerprint and upload hashes."""

    def __init__(self, max_entries: int = 8) -> None:
        self.max_entries = max_entries
        self.entries: OrderedDict[str, Corpus] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> Corpus | None:
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
            return self.entries.get(key)

    def put(self, key: str, corpus: Corpus) -> None:
        with self.lock:
            self.entries[key] = corpus
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)


@st.cache_resource
def corpus_store() -> CorpusStore:
    return CorpusStore()


def load_corpus(paths: list[str], uploads: list[tuple[str, bytes]]) -> Corpus:
    """Analyse once per distinct input; a filter change or a second session reuses the result."""
    h = hashlib.sha256(_fingerprint(paths).encode())
    for name, data in uploads:
        h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    key = h.hexdigest()
    store = corpus_store()
    corpus = store.get(key)
    if corpus is not None:
        return corpus
    datasets = [Path(p) for p in paths if is_dataset(Path(p))]
    if datasets and len(datasets) == len(paths) and not uploads:
        corpus = from_dataset(datasets)
        store.put(key, corpus)
        return corpus
    result = ingest(paths) if paths else IngestResult([], [])
    for name, data in uploads:
        extra = ingest_bytes(name, data)
        result.articles.extend(extra.articles)
        result.report.extend(extra.report)
    cap_articles(result, MAX_ARTICLES)
    bar = st.progress(0.0, text=f"Analysing {len(result.articles)} articles…")

    def progress(i: int, n: int) -> None:
        bar.progress(i / max(n, 1), text=f"Analysing articles… {i}/{n}")

    cache = ResultCache(cache_dir(), results_key(ANALYSIS_VERSION, DEFAULT_MODEL))
    corpus = analyse_corpus(result, progress=progress, cache=cache)
    bar.empty()
    store.put(key, corpus)
    return corpus


# ------------------------------------------------------------------------------------ state


def init_state_from_url() -> list[str]:
    """First run of a session: widget values come from the query string."""
    if st.session_state.get("_url_loaded"):
        return []
    params = {k: st.query_params.get_all(k) for k in st.query_params.keys()}
    f, view, problems = filters.from_query(params)
    st.session_state.update({
        "f_speakers": f.speakers, "f_types": f.types, "f_from": f.date_from, "f_to": f.date_to,
        "f_articles": f.articles, "f_kinds": f.kinds, "f_pol": (f.pmin, f.pmax), "f_q": f.q,
        "f_conf": f.min_confidence, "f_copies": f.copies, "view": view, "_url_loaded": True,
    })
    return problems


def sync_url(f: Filters, view: str) -> None:
    wanted = filters.to_query(f, view)
    current = {k: st.query_params.get_all(k) for k in st.query_params.keys()}
    normal = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if normal != current:
        st.query_params.from_dict(wanted)


# ------------------------------------------------------------------------------------ sidebar


def sidebar_data() -> tuple[list[str], list[tuple[str, bytes]]]:
    with st.sidebar.expander("Data", expanded=False):
        typed = st.text_input("Corpus paths (separate with ;)", value=";".join(default_paths()), key="paths")
        files = st.file_uploader("Add articles", type=["txt", "md", "csv", "tsv", "jsonl", "json", "html", "htm"],
                                 accept_multiple_files=True, key="uploads")
    paths = [p.strip() for p in typed.split(";") if p.strip()]
    uploads = [(f.name, f.getvalue()) for f in (files or [])]
    if len(uploads) > MAX_UPLOAD_FILES:
        st.sidebar.warning(f"Only the first {MAX_UPLOAD_FILES} uploaded files are analysed.")
        uploads = uploads[:MAX_UPLOAD_FILES]
    return paths, uploads


def sidebar_filters(corpus: Corpus) -> Filters:
    q = corpus.quotes
    sb = st.sidebar
    sb.header("Filters")
    counts = q["speaker"].value_counts()
    speakers = sorted(counts.index, key=lambda s: (-counts[s], s))
    # values from a URL that this corpus does not know are kept visible, not silently dropped
    for key, options in (("f_speakers", speakers),):
        unknown = [v for v in st.session_state.get(key, []) if v not in options]
        if unknown:
            sb.warning("Not in this corpus: " + ", ".join(unknown))
            st.session_state[key] = [v for v in st.session_state[key] if v in options]
    sb.multiselect("Speaker", speakers, key="f_speakers", format_func=lambda s: f"{s} ({counts[s]})")
    types = sorted(q["speaker_type"].unique())
    st.session_state["f_types"] = [t for t in st.session_state.get("f_types", []) if t in types]
    sb.multiselect("Speaker type", types, key="f_types")
    c1, c2 = sb.columns(2)
    c1.date_input("From", key="f_from", value=st.session_state.get("f_from"), format="YYYY-MM-DD",
                  min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
    c2.date_input("To", key="f_to", value=st.session_state.get("f_to"), format="YYYY-MM-DD",
                  min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
    arts = corpus.articles
    titles = dict(zip(arts["article_id"], arts["display_title"], strict=True))
    st.session_state["f_articles"] = [a for a in st.session_state.get("f_articles", []) if a in titles]
    sb.multiselect("Article", list(titles), key="f_articles", format_func=lambda a: titles.get(a, a)[:80])
    st.session_state["f_kinds"] = [k for k in st.session_state.get("f_kinds", []) if k in ("direct", "indirect")]
    sb.multiselect("Quote kind", ["direct", "indirect"], key="f_kinds")
    sb.slider("Polarity", -1.0, 1.0, key="f_pol", step=0.05)
    sb.text_input("Search statements and speakers", key="f_q")
    sb.slider("Hide statements below confidence", 0.0, 1.0, key="f_conf", step=0.05)
    n_copies = int(q["is_copy"].sum()) if "is_copy" in q else 0
    sb.toggle("Count wire copies separately", key="f_copies",
              help=f"{n_copies} statement(s) repeat one already counted in a near-duplicate article")
    pmin, pmax = st.session_state["f_pol"]
    return Filters(speakers=list(st.session_state["f_speakers"]), types=list(st.session_state["f_types"]),
                   date_from=st.session_state.get("f_from"), date_to=st.session_state.get("f_to"),
                   articles=list(st.session_state["f_articles"]), kinds=list(st.session_state["f_kinds"]),
                   pmin=float(pmin), pmax=float(pmax), q=st.session_state["f_q"].strip(),
                   min_confidence=float(st.session_state["f_conf"]), copies=bool(st.session_state["f_copies"]))


# ------------------------------------------------------------------------------------ corrections

SPEAKER_TYPES = ["person", "organization", "anonymous", "unknown"]


def record(correction: Correction) -> None:
    """Appends one action to the corpus's corrections file and reruns so every view shows it."""
    path = st.session_state.get("_corrections_path")
    if path is None:
        st.error("Corrections need a corpus folder or file on disk (uploads alone have nowhere to keep them).")
        return
    corrections.append(Path(path), correction)
    st.toast(f"Saved: {correction.describe()}")
    st.rerun()


def correct_statement(table: pd.DataFrame, selected: int | None) -> None:
    """Reassign, reject or verify one statement of the table."""
    with st.expander("Correct a statement", expanded=selected is not None):
        labels = {f"{r.speaker} — {r.quote[:100]} · {str(r.display_title)[:40]} [{r.start}]": i
                  for i, r in zip(table.index, table.itertuples(), strict=True)}
        options = list(labels)
        chosen = next((k for k, v in labels.items() if v == selected), None)
        if chosen is not None and st.session_state.get("_fix_selected") != selected:
            st.session_state["fix_stmt"] = chosen  # a row picked in the table is the one to correct
        st.session_state["_fix_selected"] = selected
        if st.session_state.get("fix_stmt") not in options:  # e.g. its speaker was just corrected
            st.session_state["fix_stmt"] = chosen or options[0]
        pick = labels[st.selectbox("Statement", options, key="fix_stmt")]
        row = table.loc[pick]
        c1, c2 = st.columns(2)
        who = c1.text_input("Right speaker", key="fix_speaker", placeholder=str(row["speaker"]))
        kind = c2.selectbox("Speaker type", SPEAKER_TYPES, key="fix_type")
        note = st.text_input("Note (optional)", key="fix_note")
        base = {"article": row["content_hash"], "start": int(row["start"]), "end": int(row["end"]), "note": note}
        b1, b2, b3 = st.columns(3)
        if b1.button("Reassign speaker", key="fix_reassign", disabled=not who.strip()):
            record(Correction("reassign", speaker=who.strip(), speaker_type=kind, **base))
        if b2.button("Reject statement", key="fix_reject"):
            record(Correction("reject", **base))
        if b3.button("Mark verified", key="fix_verify", disabled=bool(row.get("verified"))):
            record(Correction("verify", **base))


def merge_split_speakers(view: pd.DataFrame) -> None:
    with st.expander("Merge or split speakers"):
        names = sorted(view["speaker"].unique())
        st.markdown("**Merge**: one person under several names (“Zelensky”, “Volodymyr Zelenskyy”).")
        chosen = st.multiselect("Names to merge", names, key="merge_names")
        keep = st.text_input("Name to keep", key="merge_keep", placeholder=chosen[0] if chosen else "")
        if st.button("Merge", key="merge_go", disabled=len(chosen) < 1 or not (keep.strip() or len(chosen) > 1)):
            name = keep.strip() or chosen[0]
            record(Correction("merge", speaker=name, names=[n for n in chosen if n != name] or chosen))
        st.markdown("**Split**: one name that mixes two people; the statements in the chosen articles "
                    "belong to someone else.")
        who = st.selectbox("Speaker", names, key="split_speaker")
        arts = view[view["speaker"] == who].drop_duplicates("article_id")
        titles = dict(zip(arts["content_hash"], arts["display_title"], strict=True))
        where = st.multiselect("Articles where it is someone else", list(titles), format_func=titles.get,
                               key="split_articles")
        new = st.text_input("That person's name", key="split_new")
        if st.button("Split", key="split_go", disabled=not (where and new.strip())):
            record(Correction("split", speaker=who, articles=where, new_speaker=new.strip()))


def add_statement(art: pd.Series) -> None:
    """A statement the analysis missed, given by character offsets in the article text."""
    with st.expander("Add a missed statement"):
        text = art["text"]
        st.caption("Give the statement's offsets in the article text (the numbers shown in the quotes table "
                   "for neighbouring statements help); the words appear below before you save.")
        c1, c2 = st.columns(2)
        start = c1.number_input("Start", 0, len(text), int(art["body_start"]), key="add_start")
        end = c2.number_input("End", 0, len(text), min(len(text), int(art["body_start"]) + 80), key="add_end")
        if end > start:
            st.markdown(f"> {escape(text[int(start):int(end)])}", unsafe_allow_html=True)
        c3, c4, c5 = st.columns(3)
        who = c3.text_input("Speaker", key="add_speaker")
        kind = c4.selectbox("Speaker type", SPEAKER_TYPES, key="add_type")
        quote_kind = c5.selectbox("Kind", ["direct", "indirect"], key="add_kind")
        if st.button("Add statement", key="add_go", disabled=not (who.strip() and end > start)):
            record(Correction("add", article=art["content_hash"], start=int(start), end=int(end),
                              speaker=who.strip(), speaker_type=kind, kind=quote_kind))


def corrections_log(actions: list[Correction], problems: list[str]) -> None:
    live = corrections.effective(actions)
    if problems:
        st.warning(f"{len(problems)} correction(s) could not be applied; see Corrections below.", icon="✏️")
    if not live and not problems:
        return
    with st.expander(f"Corrections: {len(live)} in effect", expanded=bool(problems)):
        for p in problems:
            st.caption(f"⚠️ {escape(p)}")
        for c in reversed(live):
            left, right = st.columns([5, 1])
            left.markdown(f"`{c.time}` **{c.action}** {escape(c.describe())}"
                          + (f" — {escape(c.note)}" if c.note else ""), unsafe_allow_html=True)
            if right.button("Undo", key=f"undo_{c.id}"):
                record(Correction("undo", target=c.id))


# ------------------------------------------------------------------------------------ views


def empty_state(f: Filters, hidden: int) -> None:
    widen = []
    if f.dated:
        widen.append("the date range")
    if f.speakers:
        widen.append("the speaker selection")
    if f.types or f.kinds or f.articles:
        widen.append("the type, kind or article filters")
    if f.q:
        widen.append("the search text")
    if (f.pmin, f.pmax) != (-1.0, 1.0) or f.min_confidence:
        widen.append("the polarity or confidence sliders")
    advice = ("Widen " + ", ".join(widen) + ".") if widen else "The corpus has no attributed statements."
    extra = f" {hidden} undated statement(s) are hidden while a date range is set." if hidden else ""
    st.info(f"No statement matches these filters. {advice}{extra}", icon="🔎")


def chart_block(chart, name: str, key: str, export_buttons: bool = True) -> None:
    st.altair_chart(chart, width="stretch", key=f"{key}_chart")
    if not export_buttons:
        return
    with st.popover("Export chart", icon=":material/download:"):
        fixed = chart.properties(width=760)
        # drawn only when clicked: rendering every chart on every rerun would slow each filter change
        st.download_button("PNG image", lambda: export.chart_png(fixed), f"{name}.png", "image/png",
                           key=f"{key}_png", on_click="ignore")
        st.download_button("SVG image", lambda: export.chart_svg(fixed), f"{name}.svg", "image/svg+xml",
                           key=f"{key}_svg", on_click="ignore")


def kpi_cards(cards: list[tuple[str, str, str]]) -> None:
    """Label, value and a small note per card; all text escaped."""
    cells = "".join(
        f"<div class='kpi'><div class='kpi-label'>{escape(label)}</div>"
        f"<div class='kpi-value'>{escape(value)}</div><div class='kpi-note'>{escape(note)}</div></div>"
        for label, value, note in cards)
    st.markdown(f"<div class='kpis'>{cells}</div>", unsafe_allow_html=True)


def view_overview(corpus: Corpus, view: pd.DataFrame, f: Filters, colors: dict, hidden: int) -> None:
    kpi_cards(briefing.key_numbers(corpus, view))
    dated = view.dropna(subset=["period_start"])
    if hidden:
        st.caption(f"{hidden} undated statement(s) hidden by the date range.")
    if view.empty:
        empty_state(f, hidden)
        return
    left, right = st.columns(2)
    with left:
        chart_block(charts.top_speakers(view, colors), "top_speakers", "ov_top")
    with right:
        if len(dated):
            chart_block(charts.statements_over_time(view, colors), "statements_over_time", "ov_time")
        else:
            st.info("None of these statements has a date, so there is nothing to draw over time.")


def view_timeline(corpus: Corpus, view: pd.DataFrame, f: Filters, colors: dict, hidden: int) -> None:
    dated = view.dropna(subset=["period_start"])
    if view.empty:
        empty_state(f, hidden)
        return
    if dated.empty:
        st.info("These statements carry no date to place on a time axis.")
        return
    events = corpus.timeline[corpus.timeline["article_id"].isin(view["article_id"])]
    events = events[~events["vague"].astype(bool)]
    st.caption("Points are statements dated to the day; bars are statements dated only to a week, month or "
               "year. Grey ticks are the dates mentioned in these articles. Hover for the words.")
    chart_block(charts.timeline(dated, events, colors), "timeline", "tl")
    if hidden:
        st.caption(f"{hidden} undated statement(s) hidden by the date range.")


def view_speakers(corpus: Corpus, view: pd.DataFrame, f: Filters, colors: dict, hidden: int) -> None:
    if view.empty:
        empty_state(f, hidden)
        return
    tone = sentiment_stats.speaker_tone(view)
    st.dataframe(
        tone.rename(columns={"n": "statements"}), hide_index=True, width="stretch",
        column_config={
            **{c: st.column_config.NumberColumn(c.replace("_", " "), format="%+.2f")
               for c in ("mean_tone", "tone_low", "tone_high", "mean_polarity")},
            "low": st.column_config.NumberColumn("polarity low", format="%+.2f"),
            "high": st.column_config.NumberColumn("polarity high", format="%+.2f"),
            "mean_subjectivity": st.column_config.NumberColumn("mean subjectivity", format="%.2f"),
        })
    merge_split_speakers(view)
    chart_block(charts.speaker_tone(tone, colors, measure="tone"), "tone_by_speaker", "sp_tone")
    chart_block(charts.speaker_tone(tone, colors, measure="polarity"), "polarity_by_speaker", "sp_pol")
    chosen = f.speakers or list(tone["speaker"].head(5))
    series = sentiment_stats.tone_over_time(view[view["speaker"].isin(chosen)])
    if len(series):
        chart_block(charts.tone_over_time(series, colors), "tone_over_time", "sp_time")
    st.caption("Tone is the shipped news-sentiment model's label per statement (−1 negative, 0 neutral, +1 "
               "positive; macro-F1 0.66 on NewsMTSC's test sentences). Polarity is TextBlob's lexicon score. "
               "With few statements the interval is wide.")
    shown = corpus.targets.merge(view[["article_id", "start"]].rename(columns={"start": "statement_start"}),
                                 on=["article_id", "statement_start"])
    table = sentiment_stats.speaker_target(shown)
    if table.empty:
        st.info("These statements name no person or organisation other than their speaker.")
        return
    chart_block(charts.speaker_target_heatmap(table), "speaker_target", "sp_target")
    st.dataframe(table, hide_index=True, width="stretch",
                 column_config={"mean_score": st.column_config.NumberColumn("mean sentiment", format="%+.2f"),
                                "n": st.column_config.NumberColumn("mentions")})


def view_quotes(corpus: Corpus, view: pd.DataFrame, f: Filters, colors: dict, hidden: int) -> None:
    if view.empty:
        empty_state(f, hidden)
        return
    table = view.sort_values(["period_start", "article_id", "start"], na_position="last")
    shown = table[["date", "speaker", "speaker_type", "kind", "quote", "cue", "polarity", "tone", "confidence",
                   "verified", "display_title", "outlet", "also_in", "url"]].rename(
        columns={"speaker_type": "type", "display_title": "article", "also_in": "also in"})
    event = st.dataframe(
        shown, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
        key="quotes_table",
        column_config={
            "quote": st.column_config.TextColumn("statement", width="large"),
            "polarity": st.column_config.NumberColumn(format="%+.2f"),
            "confidence": st.column_config.ProgressColumn(min_value=0.0, max_value=1.0, format="%.2f"),
            "url": st.column_config.LinkColumn("link", display_text="open"),
            "also in": st.column_config.NumberColumn(help="other near-duplicate articles with this statement"),
        })
    st.download_button("Download these statements (CSV)", export.statements_csv(table), "statements.csv",
                       "text/csv", key="dl_csv")
    rows = event.selection.rows if event and hasattr(event, "selection") else []
    correct_statement(table, table.index[rows[0]] if rows else None)
    if rows:
        sel = table.iloc[rows[0]]
        text = corpus.articles.set_index("article_id").at[sel["article_id"], "text"]
        a, b = paragraph_bounds(text, int(sel["start"]), int(sel["end"]))
        same = view[view["article_id"] == sel["article_id"]]
        st.markdown("**In its paragraph**")
        st.markdown(highlight(text, same, colors, a, b, focus=(int(sel["start"]), int(sel["end"]))),
                    unsafe_allow_html=True)
    else:
        st.caption("Select a row to read the statement in its paragraph.")


def view_reader(corpus: Corpus, view: pd.DataFrame, f: Filters, colors: dict, hidden: int) -> None:
    arts = corpus.articles
    if arts.empty:
        st.info("No article was read. See the ingest report below.")
        return
    ids = list(dict.fromkeys(view["article_id"])) or list(arts["article_id"])
    titles = dict(zip(arts["article_id"], arts["display_title"], strict=True))
    chosen = st.selectbox("Article", ids, format_func=lambda a: titles.get(a, a), key="reader_article")
    art = arts.set_index("article_id").loc[chosen]
    meta = [str(x) for x in (art["article_date"], art["outlet"]) if isinstance(x, str) and x]
    st.markdown(f"#### {escape(str(titles.get(chosen, chosen)))}", unsafe_allow_html=True)
    if meta:
        st.caption(" · ".join(meta))
    if isinstance(art["url"], str) and art["url"].startswith(("http://", "https://")):
        st.link_button("Open the source", art["url"])
    statements = view[view["article_id"] == chosen]
    add_statement(art)
    st.markdown(highlight(art["text"], statements, colors, int(art["body_start"])), unsafe_allow_html=True)


def view_briefing(corpus: Corpus, view: pd.DataFrame, f: Filters, colors: dict, hidden: int) -> None:
    """Print-friendly: the sidebar, view bar and toolbars are hidden by CSS; only the back and
    download buttons remain on screen, and they are hidden when printing."""
    b = briefing.build(corpus, view, f, hidden, corpus_label())
    st.markdown(BRIEFING_CSS, unsafe_allow_html=True)
    with st.container(key="briefing-controls", horizontal=True):
        st.button("← Back to the dashboard", key="brief_back", on_click=st.session_state.update,
                  kwargs={"view": "overview"})
        st.download_button("Download PDF", lambda: export.briefing_pdf(b), "briefing.pdf", "application/pdf",
                           key="brief_pdf", on_click="ignore", icon=":material/picture_as_pdf:")
        st.download_button("Download PNG", lambda: export.briefing_png(b), "briefing.png", "image/png",
                           key="brief_png", on_click="ignore", icon=":material/image:")
    st.markdown(f"# {escape(b.title)}", unsafe_allow_html=True)
    st.caption(escape(b.provenance))
    kpi_cards(b.numbers)
    for note in b.notes:
        st.caption(escape(note))
    for name, chart in b.charts.items():
        chart_block(chart, name.lower().replace(" ", "_"), f"br_{name}", export_buttons=False)
    if b.citations:
        st.markdown("#### Top statements")
    for c in b.citations:
        source = escape(c.source)
        if c.url:
            source = f'<a href="{html.escape(c.url, quote=True)}">{source}</a>'
        st.markdown(f"<div class='cite'><b>{escape(c.speaker)}</b> · {escape(c.date)}<br>“{escape(c.quote)}”"
                    f"<div class='cite-src'>Source: {source}</div></div>", unsafe_allow_html=True)


def corpus_label() -> str:
    names = [Path(p).name or p for p in st.session_state.get("paths", ";".join(default_paths())).split(";") if p.strip()]
    n_up = len(st.session_state.get("uploads") or [])
    return ", ".join(names) + (f" + {n_up} uploaded file(s)" if n_up else "")


VIEW_FUNCS = {"overview": view_overview, "timeline": view_timeline, "speakers": view_speakers,
              "quotes": view_quotes, "reader": view_reader, "briefing": view_briefing}


def ingest_report(corpus: Corpus) -> None:
    rep = corpus.report
    bad = rep[rep["status"] != "ok"]
    label = f"Ingest report: {int((rep['status'] != 'error').sum())} read, {int((rep['status'] == 'error').sum())} skipped"
    if len(bad):
        label += f", {int((rep['status'] == 'warning').sum())} with warnings"
    with st.expander(label, expanded=bool((rep["status"] == "error").any())):
        st.dataframe(rep, hide_index=True, width="stretch")


CSS = """
<style>
.kpis {display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 4px 0 16px;}
.kpi {border: 1px solid #e3e6ea; border-radius: 8px; padding: 10px 14px; background: #fafbfc;}
.kpi-label {font-size: 0.8rem; color: #5f6b7a; text-transform: uppercase; letter-spacing: .03em;}
.kpi-value {font-size: 1.3rem; font-weight: 650; color: #1f2a37; line-height: 1.3;}
.kpi-note {font-size: 0.78rem; color: #7a8594;}
.cite {margin: 0 0 12px; line-height: 1.45;}
.cite-src {font-size: 0.82rem; color: #5f6b7a;}
</style>
"""
BRIEFING_CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stElementToolbar"], .st-key-viewbar, .st-key-ingest {display: none !important;}
.block-container {padding-top: 1.5rem; max-width: 1100px;}
@media print {.st-key-briefing-controls {display: none !important;}}
</style>
"""


def main() -> None:
    st.set_page_config(page_title="Who said what", page_icon="🗞️", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)
    url_problems = init_state_from_url()
    if st.session_state.get("view") != "briefing":
        st.title("Who said what, when, in what tone")
    paths, uploads = sidebar_data()
    corpus = load_corpus(paths, uploads)
    for p in url_problems:
        st.warning(f"Link parameter {p}.")
    if corpus.quotes.empty and corpus.articles.empty:
        st.error("No article could be read. Check the paths in the Data panel or upload files.")
        ingest_report(corpus)
        return
    st.session_state["_corrections_path"] = corrections.path_beside(paths)
    actions, problems = corrections.load(st.session_state["_corrections_path"])
    corpus, stale = corrections.apply_to_corpus(corpus, actions)
    problems += stale
    skipped = int((corpus.report["status"] == "error").sum())
    if skipped:
        st.warning(f"{skipped} input(s) could not be analysed; the ingest report at the bottom says why. "
                   "Everything else was analysed.", icon="⚠️")
    f = sidebar_filters(corpus)
    with st.container(key="viewbar"):
        view_name = st.radio("View", VIEWS, key="view", horizontal=True, format_func=VIEW_LABELS.get,
                             label_visibility="collapsed")
    sync_url(f, view_name)
    colors = charts.speaker_colors(corpus.quotes)
    view, hidden = filters.apply(corpus.quotes, f)
    if view_name != "briefing":
        st.caption(f"Showing: {f.describe()} — {len(view):,} of {len(corpus.quotes):,} statements")
    VIEW_FUNCS[view_name](corpus, view, f, colors, hidden)
    if view_name != "briefing":
        corrections_log(actions, problems)
        ingest_report(corpus)


# Streamlit runs this file as __main__; worker processes that analyse large corpora import it
# as __mp_main__ and must not start the app.
if __name__ == "__main__":
    main()
