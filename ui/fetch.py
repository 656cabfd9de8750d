"""The Data panel's fetch widgets: links, feeds and sitemaps into the corpus folder.

Only lays out what analysis.fetch returns; the caller decides where the panel sits and reloads
the corpus when articles were stored.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analysis import frames
from analysis.fetch import FetchOptions, FetchResult, fetch
from analysis.http_client import HttpOptions

DASHBOARD_LIMIT = 200  # new articles per click, so one pasted sitemap cannot run for hours


def fetch_panel(corpus_dir: Path, key: str = "fetch") -> FetchResult | None:
    """Text area, options and a Fetch button; the result of the run this click started (None on
    other reruns, when the last report is shown again)."""
    http = HttpOptions()
    typed = st.text_area("Links, RSS/Atom feeds or sitemaps (one per line)", key=f"{key}_urls",
                         placeholder="https://example.org/news/article.html\nhttps://example.org/feed.xml")
    with st.expander("Fetch options"):
        since = st.date_input("Only items published since", value=None, key=f"{key}_since")
        limit = st.number_input("New articles at most", min_value=1, value=DASHBOARD_LIMIT, step=10, key=f"{key}_limit")
        interval = st.number_input("Seconds between requests to one site", min_value=0.0, value=http.interval,
                                   step=0.5, key=f"{key}_interval")
        timeout = st.number_input("Timeout (seconds)", min_value=0.1, value=http.timeout, step=5.0, key=f"{key}_timeout")
        own = st.text_input("Skip robots.txt for these hosts (your own sites; separate with spaces)",
                            key=f"{key}_own")
        agent = st.text_input("User-Agent", value=http.user_agent, key=f"{key}_agent")
    lines = [line.strip() for line in typed.splitlines() if line.strip()]
    # never disabled: a click that leaves the text area commits its text in the same rerun
    clicked = st.button("Fetch", key=f"{key}_go")
    result = None
    if clicked and not lines:
        st.info("Type or paste at least one link, feed or sitemap, one a line.")
    elif clicked:
        options = FetchOptions(HttpOptions(user_agent=agent.strip() or http.user_agent, interval=interval,
                                           timeout=timeout, ignore_robots=frozenset(own.split())),
                               since=since, limit=int(limit))
        bar = st.progress(0.0, text=f"Fetching {len(lines)} links…")

        def progress(done: int, total: int) -> None:
            bar.progress(min(done / max(total, 1), 1.0), text=f"Fetched {done} of {total}")

        result = fetch(lines, Path(corpus_dir), options, progress=progress)
        st.session_state[f"{key}_result"] = result
    shown = result or st.session_state.get(f"{key}_result")
    if shown is not None:
        report = frames.ingest_frame(shown.report)
        failed = int((report["status"] == "error").sum())
        skipped = int((report["status"] == "skipped").sum())
        summary = f"{len(shown.stored)} new articles stored, {skipped} skipped, {failed} failed"
        (st.warning if failed else st.success)(summary)
        st.dataframe(report, hide_index=True, width="stretch", key=f"{key}_report")
    return result
