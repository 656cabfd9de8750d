"""The Data panel (corpus paths, saved uploads, a paste box) and the corpus it names, analysed once
per distinct input and shared by every session (st.cache_resource)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import streamlit as st

from analysis import corrections
from analysis.cache import ResultCache, cache_dir, results_key
from analysis.corpus import Corpus, build_corpus, from_dataset
from analysis.dataset import is_dataset
from analysis.labels import plural
from analysis.nlp import DEFAULT_MODEL
from analysis.pipeline import ANALYSIS_VERSION
from analysis.reader import escape
from ui.fetch import fetch_panel
from ui.state import split_paths
from ui.uploads import UploadRefused, UploadStore, default_store

ROOT = Path(__file__).resolve().parent.parent
MAX_UPLOAD_FILES = 50
MAX_ARTICLES = int(os.environ.get("DASHBOARD_MAX_ARTICLES", "20000"))
FETCHED = "fetched"  # the folder, in the uploads folder, that fetched articles go to
UPLOAD_TYPES = ["txt", "md", "csv", "tsv", "jsonl", "json", "html", "htm"]


def default_paths() -> list[str]:
    """Corpus paths given after `--` on the streamlit command line, else DASHBOARD_CORPUS, else seeds/."""
    args = sys.argv[1:] if Path(sys.argv[0]).name == "dashboard.py" else []
    env = os.environ.get("DASHBOARD_CORPUS")
    if args:
        return args
    if env:
        return env.split(os.pathsep)
    return [str(ROOT / "seeds")]


@dataclass
class Selection:
    """The corpus a session asks for: what can be read here, and what cannot."""

    paths: list[str] = field(default_factory=list)  # typed paths that exist, and saved uploads' files
    missing: list[str] = field(default_factory=list)  # each thing asked for that is not here, in words
    names: list[str] = field(default_factory=list)  # for the briefing's provenance line
    pasted: str | None = None  # the upload id of an article just pasted


def selection(store: UploadStore) -> Selection:
    sel = Selection()
    for p in split_paths(st.session_state["paths"]):
        if Path(p).exists():
            sel.paths.append(p)
            sel.names.append(Path(p).name or p)
        else:
            sel.missing.append(f"{p} (no such file or folder)")
    for uid in st.session_state["c_uploads"]:
        up = store.get(uid)
        if up is None:
            sel.missing.append(f"uploaded file {uid} (not in this dashboard's uploads folder: deleted, or the "
                               "link was made on another machine)")
        else:
            sel.paths.append(str(up.path))
            sel.names.append(up.name)
    return sel


# ------------------------------------------------------------------------------------ panel


def panel() -> Selection:
    """The sidebar's Data panel; every change here is part of the URL (corpus=, upload=)."""
    store = default_store()
    if (folder := st.session_state.pop("_add_path", None)) and folder not in split_paths(st.session_state["paths"]):
        st.session_state["paths"] = ";".join([*split_paths(st.session_state["paths"]), folder])
    sel = selection(store)
    with st.sidebar.expander("Data", expanded=bool(sel.missing)):
        files, paste, web = st.tabs(["Files", "Paste", "Fetch"])
        with files:
            st.text_input("Corpus paths (separate with ;)", key="paths")
            saved = {u.id: u for u in store.list()}
            options = list(saved) + [u for u in st.session_state["c_uploads"] if u not in saved]
            st.multiselect("Saved uploads in the corpus", options, key="c_uploads",
                           format_func=lambda u: f"{saved[u].name} ({saved[u].size / 1e3:,.0f} kB)" if u in saved
                           else f"not available: {u}")
            n = st.session_state.setdefault("_uploader_n", 0)
            st.file_uploader("Add articles", type=UPLOAD_TYPES, accept_multiple_files=True, key=f"uploader_{n}",
                             on_change=_save_uploaded, args=(store, f"uploader_{n}"),
                             help=f"Saved in {store.root} (up to {store.max_bytes / 1e6:,.0f} MB in all), so a "
                             "reload or a link brings them back.")
            for problem in st.session_state.pop("_upload_problems", []):
                st.warning(escape(problem))
            saved_uploads(store, list(saved.values()))
        with paste:
            paste_box(store)
        with web:
            fetch_box(store.root / FETCHED)
    sel.pasted = st.session_state.pop("_pasted", None)
    return sel


def fetch_box(folder: Path) -> None:
    """Articles fetched from links, feeds and sitemaps go to one folder, which joins the corpus paths."""
    st.caption(f"Stored in {escape(str(folder))}, which joins the corpus paths.")
    result = fetch_panel(folder)
    if result is not None and result.stored and str(folder) not in split_paths(st.session_state["paths"]):
        st.session_state["_add_path"] = str(folder)  # the paths box is drawn already: set it on the next run
        st.rerun()


def _save_uploaded(store: UploadStore, key: str) -> None:
    """Saves what was just uploaded and adds it to the corpus; the uploader is then emptied."""
    files = st.session_state.get(key) or []
    problems = []
    if len(files) > MAX_UPLOAD_FILES:
        problems.append(f"Only the first {MAX_UPLOAD_FILES} of {len(files)} files were added.")
    for f in files[:MAX_UPLOAD_FILES]:
        try:
            _add(store.save(f.name, f.getvalue()).id)
        except (UploadRefused, OSError) as exc:
            problems.append(str(exc))
    st.session_state["_upload_problems"] = problems
    st.session_state["_uploader_n"] = st.session_state.get("_uploader_n", 0) + 1


def _add(uid: str) -> None:
    if uid not in st.session_state["c_uploads"]:
        st.session_state["c_uploads"] = [*st.session_state["c_uploads"], uid]


def paste_box(store: UploadStore) -> None:
    """An article pasted as text is saved as an upload of one record, so it is in the corpus, the URL
    and every view like any other article."""
    st.markdown("**Paste an article**")
    st.text_area("Article text", key="paste_text", height=120, placeholder="Paste the article's text here")
    c1, c2 = st.columns(2)
    c1.date_input("Date (optional)", value=None, key="paste_date", format="YYYY-MM-DD",
                  min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
    c2.text_input("Title (optional)", key="paste_title")
    st.text_input("URL (optional)", key="paste_url")
    st.button("Analyse pasted text", key="paste_go", on_click=_save_pasted, args=(store,),
              disabled=not st.session_state.get("paste_text", "").strip())


def _save_pasted(store: UploadStore) -> None:
    s = st.session_state
    record = {"text": s["paste_text"].strip(), "date": s["paste_date"].isoformat() if s["paste_date"] else None,
              "title": s["paste_title"].strip() or None, "url": s["paste_url"].strip() or None}
    words = re.sub(r"\W+", "-", (record["title"] or record["text"])[:40].lower()).strip("-")
    data = (json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False) + "\n").encode()
    try:
        uid = store.save(f"pasted-{words or 'article'}.jsonl", data).id
    except (UploadRefused, OSError) as exc:
        s["_upload_problems"] = [str(exc)]
        return
    _add(uid)
    s["_pasted"] = uid
    for key in ("paste_text", "paste_title", "paste_url"):
        s[key] = ""
    s["paste_date"] = None


def saved_uploads(store: UploadStore, saved: list) -> None:
    if not saved:
        return
    used = sum(u.size for u in saved)
    st.markdown(f"**Saved uploads**: {len(saved)}, {used / 1e6:,.1f} of {store.max_bytes / 1e6:,.0f} MB")
    for u in saved:
        left, right = st.columns([4, 1])
        left.caption(f"{escape(u.name)} · {u.size / 1e3:,.0f} kB · {u.saved:%Y-%m-%d %H:%M} · `{u.id}`")
        right.button("Delete", key=f"del_{u.id}", on_click=_delete, args=(store, u.id))


def _delete(store: UploadStore, uid: str) -> None:
    store.delete(uid)
    st.session_state["c_uploads"] = [u for u in st.session_state["c_uploads"] if u != uid]


def pasted_note(corpus: Corpus, sel: Selection) -> None:
    """What the analysis found in the article just pasted."""
    up = default_store().get(sel.pasted) if sel.pasted else None
    if up is None:
        return
    counted = corpus.statements()
    mine = counted[counted["source"] == str(up.path)]
    who = mine["speaker"].value_counts()
    found = ", ".join(f"{s} {n}" for s, n in who.items()) if len(who) else "no attributed statement"
    st.sidebar.success(escape(f"Pasted article analysed beside the corpus: {plural(len(mine), 'statement')}: {found}."))


# ------------------------------------------------------------------------------------ loading


def fingerprint(paths: list[str]) -> str:
    """Cache key for files on disk: names, sizes and modification times (not the corrections file,
    which is applied on every run and is never a reason to read the corpus again)."""
    h = hashlib.sha256()
    for raw in paths:
        p = Path(raw)
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if corrections.is_corrections_file(f.name):
                continue
            try:
                st_ = f.stat()
                h.update(f"{f}|{st_.st_size}|{st_.st_mtime_ns}\n".encode())
            except OSError:
                h.update(f"{f}|missing\n".encode())
    return h.hexdigest()


class _Slot:
    """One corpus, filled by the first session that needs it while others wait."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.corpus: Corpus | None = None


@st.cache_resource(max_entries=8, show_spinner=False)
def _slot(key: str) -> _Slot:
    return _Slot()


def load(paths: list[str]) -> Corpus:
    """Analysed once per distinct input; a filter change or another session reuses it. The analysis
    runs outside the cached function so its progress bar is drawn live, not replayed."""
    slot = _slot(fingerprint(paths))
    with slot.lock:
        if slot.corpus is None:
            slot.corpus = _build(paths)
    return slot.corpus


def _build(paths: list[str]) -> Corpus:
    datasets = [Path(p) for p in paths if is_dataset(Path(p))]
    if datasets and len(datasets) == len(paths):
        return from_dataset(datasets)
    bar = st.progress(0.0, text="Reading the corpus…")

    def progress(i: int, n: int | None) -> None:
        bar.progress(i / max(n or i, 1), text=f"Analysing articles… {i}/{n}")

    cache = ResultCache(cache_dir(), results_key(ANALYSIS_VERSION, DEFAULT_MODEL))
    corpus = build_corpus(paths, cache=cache, progress=progress, max_articles=MAX_ARTICLES)
    bar.empty()
    return corpus
