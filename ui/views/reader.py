"""Article reader: one article with its statements highlighted by speaker."""

from __future__ import annotations

import streamlit as st

from analysis.reader import escape, highlight
from ui.corrections import add_statement
from ui.widgets import Shown


def render(s: Shown) -> None:
    arts = s.corpus.articles
    if arts.empty:
        st.info("No article was read. See the ingest report below.")
        return
    ids = list(dict.fromkeys(s.view["article_id"])) or list(arts["article_id"])
    titles = dict(zip(arts["article_id"], arts["display_title"], strict=True))
    chosen = st.selectbox("Article", ids, format_func=lambda a: titles.get(a, a), key="reader_article")
    art = arts.set_index("article_id").loc[chosen]
    meta = [x for x in (art["article_date"], art["outlet"]) if isinstance(x, str) and x]
    st.markdown(f"#### {escape(str(titles.get(chosen, chosen)))}", unsafe_allow_html=True)
    if meta:
        st.caption(escape(" · ".join(meta)))
    if isinstance(art["url"], str) and art["url"].startswith(("http://", "https://")):
        st.link_button("Open the source", art["url"])
    add_statement(art)
    statements = s.view[s.view["article_id"] == chosen]
    st.markdown(highlight(art["text"], statements, s.colors, int(art["body_start"])), unsafe_allow_html=True)
