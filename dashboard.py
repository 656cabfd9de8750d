"""Who said what, when, in what tone: the Streamlit layer over analysis/.

Run: streamlit run dashboard.py -- PATH...   (default: seeds/)
This file holds the page, the URL state and the view switch; the Data panel and loader are in
ui/data.py, the URL table in ui/state.py, each view in ui/views/. Everything shown is computed by
analysis/.
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from analysis import corrections, filters
from analysis.briefing import of_total
from analysis.corpus import with_corrections
from analysis.filters import VIEWS
from analysis.labels import plural
from analysis.reader import escape
from ui import data, state
from ui.corrections import corrections_log
from ui.views import briefing, compare, overview, quotes, reader, speakers, timeline
from ui.widgets import CSS, Shown, ingest_report

VIEW_LABELS = {"overview": "Overview", "timeline": "Timeline", "speakers": "Speakers", "compare": "Compare",
               "quotes": "Quotes", "reader": "Article reader", "briefing": "Briefing"}
RENDER = {"overview": overview.render, "timeline": timeline.render, "speakers": speakers.render,
          "compare": compare.render, "quotes": quotes.render, "reader": reader.render, "briefing": briefing.render}


def unavailable(missing: list[str], anything_left: bool) -> None:
    """A corpus asked for (by a link, or typed) that is not here is named; another is never shown instead."""
    items = "\n".join(f"- {escape(m)}" for m in missing)
    if anything_left:
        st.warning(f"Part of this corpus is not available here; the rest is shown:\n{items}", icon="⚠️")
    else:
        st.error(f"This corpus is not available here:\n{items}\n\nThe link's filters are kept. Correct the "
                 "path or add the files in the Data panel in the sidebar.", icon="🚫")


def main() -> None:
    st.set_page_config(page_title="Who said what", page_icon="🗞️", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)
    # what of the link could not be read is said for the whole session: the briefing prints it too
    link_problems = st.session_state.setdefault("_link_problems", [])
    link_problems += [f"Link parameter {p}." for p in state.restore({"paths": ";".join(data.default_paths())})]
    if st.session_state["view"] != "briefing":
        st.title("Who said what, when, in what tone")
    for p in link_problems:
        st.warning(escape(p))
    sel = data.panel()
    if sel.missing:
        unavailable(sel.missing, bool(sel.paths))
        if not sel.paths:
            return
    corpus = data.load(sel.paths)
    if corpus.quotes.empty and corpus.articles.empty:
        st.error("No article could be read. Check the paths in the Data panel or upload files.")
        ingest_report(corpus)
        return
    st.session_state["_corrections_path"] = corrections.path_for(sel.paths)
    corpus = with_corrections(corpus, st.session_state["_corrections_path"])
    if stale := corrections.stale_shared_file(sel.paths):
        corpus = dataclasses.replace(corpus, problems=[*corpus.problems, stale])
    data.pasted_note(corpus, sel)
    skipped = int((corpus.report["status"] == "error").sum())
    if skipped:
        st.warning(f"{plural(skipped, 'input')} could not be analysed; the ingest report at the bottom says why. "
                   "Everything else was analysed.", icon="⚠️")
    f, dropped = state.filter_widgets(corpus)
    link_problems += [p for p in dropped if p not in link_problems]
    with st.container(key="viewbar"):
        view_name = st.radio("View", VIEWS, key="view", horizontal=True, format_func=VIEW_LABELS.get,
                             label_visibility="collapsed")
    state.sync()
    view, hidden = filters.apply(corpus.quotes, f)
    shown = Shown(corpus, view, f, hidden, ", ".join(sel.names), list(link_problems))
    if view_name != "briefing":
        st.caption(f"Showing: {f.describe()} — {len(view):,} {of_total(corpus, f.copies)} statements")
    RENDER[view_name](shown)
    if view_name != "briefing":
        corrections_log(corpus.actions, corpus.problems)
        ingest_report(corpus)


# Streamlit runs this file as __main__; worker processes that analyse large corpora import it
# as __mp_main__ and must not start the app.
if __name__ == "__main__":
    main()
