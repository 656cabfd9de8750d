"""Article reader: one article with its statements highlighted by speaker."""

from __future__ import annotations

import streamlit as st

from analysis.reader import escape, highlight
from ui.corrections import add_statement
from ui.widgets import Shown

READ = "read"  # session key (and URL key) of the article to open, set by a link or by open_article


def open_article(article_id: str, switch: bool = False) -> None:
    """The reader opens this article next (a statement selected elsewhere); `switch` goes there now
    (for a button's on_click, which runs before the view switch is drawn)."""
    st.session_state[READ] = article_id
    if switch:
        st.session_state["view"] = "reader"


def _follow_choice() -> None:
    st.session_state[READ] = st.session_state["reader_article"]


def render(s: Shown) -> None:
    arts = s.corpus.articles
    if arts.empty:
        st.info("No article was read. See the ingest report below.")
        return
    ids = list(dict.fromkeys(s.view["article_id"])) or list(arts["article_id"])
    titles = dict(zip(arts["article_id"], arts["display_title"], strict=True))
    asked = st.session_state.get(READ, "")
    if asked and asked not in ids:
        if asked in titles:  # asked for, though none of its statements passes the filters: shown all the same
            ids = [asked, *ids]
        else:
            st.warning(escape(f"The article asked for ({asked}) is not in this corpus; the first one is shown."))
            asked = ""
    if asked:  # before the widget is drawn, so the widget shows it
        st.session_state["reader_article"] = asked
    chosen = st.selectbox("Article", ids, format_func=lambda a: titles.get(a, a), key="reader_article",
                          on_change=_follow_choice)
    art = arts.set_index("article_id").loc[chosen]
    meta = [x for x in (art["article_date"], art["outlet"]) if isinstance(x, str) and x]
    st.markdown(f"#### {escape(str(titles.get(chosen, chosen)))}", unsafe_allow_html=True)
    if meta:
        st.caption(escape(" · ".join(meta)))
    if isinstance(art["url"], str) and art["url"].startswith(("http://", "https://")):
        st.link_button("Open the source", art["url"])
    add_statement(art)
    statements = s.view[s.view["article_id"] == chosen]
    if statements.empty and len(s.view):
        st.caption("None of this article's statements passes the filters; the text is shown without highlights.")
    st.markdown(highlight(art["text"], statements, s.colors, int(art["body_start"])), unsafe_allow_html=True)
