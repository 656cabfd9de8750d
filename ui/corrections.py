"""Analyst corrections in the views: reassign, reject or verify a statement, merge or split speakers,
add a missed statement, and the log with Undo. Each action is one line of the corpus's
corrections file (analysis/corrections.py), applied on every run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from analysis import corrections, speaker_audit
from analysis.corrections import Correction
from analysis.labels import plural
from analysis.reader import escape

SPEAKER_TYPES = ["person", "organization", "anonymous", "unknown"]


def where_kept() -> str:
    """Where this corpus's corrections are written, in words ('' when nowhere)."""
    path = st.session_state.get("_corrections_path")
    if path is None:
        return ""
    path = Path(path)
    if path.parent == corrections.own_dir():
        return (f"Corrections are kept in {path}: the corpus's folder cannot be written, so they are in the "
                "app's own folder under the corpus's name and path.")
    return f"Corrections are kept in {path}, beside the corpus."


def record(correction: Correction) -> None:
    """Appends one action to the corpus's corrections file and reruns so every view shows it."""
    path = st.session_state.get("_corrections_path")
    if path is None:
        st.error("Corrections need a corpus folder or file on disk to be kept beside.")
        return
    corrections.append(Path(path), correction)
    st.toast(f"Saved: {correction.describe()} (in {Path(path).name})")
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
        st.caption(escape(where_kept()))
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


SUGGESTIONS_SHOWN = 10


def identity_suggestions(suggested: pd.DataFrame) -> None:
    """'Possibly the same person': each pair with its evidence, merged or dismissed with one click;
    the answer is a correction, so it survives re-analysis."""
    if suggested.empty:
        return
    with st.expander(f"Possibly the same person: {len(suggested)} pair{'s' * (len(suggested) != 1)} to decide",
                     expanded=True):
        st.caption("Names the analysis could not decide are one person or two. *Merge* puts every statement "
                   "of the first under the second; *Not the same* keeps both and stops asking.")
        shown = suggested.head(st.session_state.get("sugg_more", SUGGESTIONS_SHOWN))
        for r in shown.itertuples():
            keep, other = speaker_audit.kept(r.speaker, r.other, r.statements, r.other_statements)
            n_keep, n_other = (r.statements, r.other_statements) if keep == r.speaker else (r.other_statements,
                                                                                             r.statements)
            left, mid, right = st.columns([7, 1.4, 1.6], vertical_alignment="center")
            left.markdown(f"**{escape(other)}** ({n_other:,}) → **{escape(keep)}** ({n_keep:,})  \n"
                          f"<small>{escape(r.evidence)}</small>", unsafe_allow_html=True)
            pair = f"{r.speaker}|{r.other}"
            if mid.button("Merge", key=f"sugg_merge_{pair}", help=f"Every statement of {other} goes under {keep}"):
                record(Correction("merge", speaker=keep, names=[other], note="suggested: " + r.evidence))
            if right.button("Not the same", key=f"sugg_distinct_{pair}"):
                record(Correction("distinct", names=[r.speaker, r.other], note="suggested: " + r.evidence))
        if len(suggested) > len(shown) and st.button("Show more pairs", key="sugg_show_more"):
            st.session_state["sugg_more"] = len(shown) + SUGGESTIONS_SHOWN
            st.rerun()


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
        st.warning(f"{plural(len(problems), 'correction')} could not be applied; see Corrections below.", icon="✏️")
    if not live and not problems:
        return
    with st.expander(f"Corrections: {len(live)} in effect", expanded=bool(problems)):
        st.caption(escape(where_kept()))
        for p in problems:
            st.caption(f"⚠️ {escape(p)}")
        for c in reversed(live):
            left, right = st.columns([5, 1])
            left.markdown(f"`{c.time}` **{c.action}** {escape(c.describe())}"
                          + (f" — {escape(c.note)}" if c.note else ""), unsafe_allow_html=True)
            if right.button("Undo", key=f"undo_{c.id}"):
                record(Correction("undo", target=c.id))
