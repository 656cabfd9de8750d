"""URL state: one table of every field a link carries, with its query key(s), session key and widget.

A field's value lives in st.session_state under its session key, which is also its widget's key.
Widgets are created with the key only, never with a default as well (that made Streamlit warn on
every link with `from=`), so every key must be in session state before its widget: restore() puts
it there from the URL on a session's first run, and again whenever Streamlit has dropped it (it
drops a widget's state after a run that did not draw it, e.g. one that stopped at a mistyped path;
a range slider then came back as a single number). sync() writes the URL back after each run.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import streamlit as st

from analysis import labels
from analysis.corpus import Corpus
from analysis.filters import VIEWS, Filters
from analysis.frames import TONE_VALUE
from analysis.reader import escape

TONES = tuple(TONE_VALUE)
Params = dict[str, list[str]]  # query key → its values, in order


class Codec:
    """One field's values ↔ its query values (one list per query key); defaults are left out."""

    def __init__(self, default: Any) -> None:
        self.default = default

    def parse(self, values: list[list[str]]) -> Any:
        """The value, or ValueError naming what is wrong with the link's text."""
        raise NotImplementedError

    def encode(self, value: Any) -> list[list[str]]:
        raise NotImplementedError


class Strings(Codec):
    def __init__(self) -> None:
        super().__init__([])

    def parse(self, values):
        return [v for v in values[0] if v]

    def encode(self, value):
        return [list(value)]


class Paths(Codec):
    """Corpus paths, typed separated by ';'. Always in the URL, an empty list as one empty value, so a
    link never falls back on whatever the receiving dashboard opens by default."""

    def parse(self, values):
        return ";".join(v.strip() for v in values[0] if v.strip())

    def encode(self, value):
        return [split_paths(value) or [""]]


class Day(Codec):
    def __init__(self) -> None:
        super().__init__(None)

    def parse(self, values):
        try:
            return date.fromisoformat(values[0][-1])
        except ValueError:
            raise ValueError("not a YYYY-MM-DD date") from None

    def encode(self, value):
        return [[value.isoformat()] if value else []]


def _number(text: str, lo: float, hi: float) -> float:
    try:
        return min(hi, max(lo, float(text)))
    except ValueError:
        raise ValueError("not a number") from None


class Number(Codec):
    def __init__(self, default: float, lo: float, hi: float) -> None:
        super().__init__(default)
        self.lo, self.hi = lo, hi

    def parse(self, values):
        return _number(values[0][-1], self.lo, self.hi)

    def encode(self, value):
        return [[f"{value:g}"] if value != self.default else []]


class Text(Codec):
    def __init__(self) -> None:
        super().__init__("")

    def parse(self, values):
        return values[0][-1]

    def encode(self, value):
        return [[value] if value else []]


class Flag(Codec):
    def __init__(self) -> None:
        super().__init__(False)

    def parse(self, values):
        return values[0][-1] in ("1", "true", "yes")

    def encode(self, value):
        return [["1"] if value else []]


class Choice(Codec):
    def __init__(self, options: tuple[str, ...]) -> None:
        super().__init__(options[0])
        self.options = options

    def parse(self, values):
        if values[0][-1] not in self.options:
            raise ValueError("not one of " + ", ".join(self.options))
        return values[0][-1]

    def encode(self, value):
        return [[value] if value != self.default else []]


Widget = Callable[[Any, "Field", Corpus], "str | None"]  # draws the field's widget; says what of the link it dropped


@dataclass(frozen=True)
class Field:
    session: str  # session-state key, and the key of the field's widget
    url: tuple[str, ...]  # query key(s)
    codec: Codec
    attr: tuple[str, ...] = ()  # the Filters attribute(s) it sets; () for the corpus and the view
    widget: Widget | None = None  # a filter's sidebar widget; the corpus and view are drawn where they sit
    label: str = ""

    @property
    def default(self) -> Any:
        return self.codec.default

    def read(self, params: Params) -> tuple[Any, str | None]:
        """The value a link gives, else the default; and what was wrong with the link's text."""
        values = [params.get(k, []) for k in self.url]
        if not any(values):
            return self.default, None
        try:
            return self.codec.parse(values), None
        except ValueError as exc:
            shown = "&".join(f"{k}={v[-1]}" for k, v in zip(self.url, values, strict=True) if v)
            return self.default, f"ignored {shown!r}: {exc}"


# ------------------------------------------------------------------------------- widgets


def _keep_known(f: Field, options: dict[str, str]) -> str | None:
    """Values from a link that this corpus does not have are named, not silently dropped."""
    unknown = [v for v in st.session_state[f.session] if v not in options]
    if not unknown:
        return None
    st.session_state[f.session] = [v for v in st.session_state[f.session] if v in options]
    return f"{f.label}: not in this corpus: " + ", ".join(unknown)


def _choices(options: Callable[[Corpus], dict[str, str]], names: bool = False, help: str | None = None) -> Widget:
    """A multiselect over what the corpus holds; options maps each value to its label. Over `names`
    (thousands of speakers, ranked), Enter on a typed name takes the first label containing it, the
    most quoted: Streamlit's "Select N matches" would otherwise come first and take every label
    containing the words ("Hillary Clinton" also took "unnamed: supporters of Democrat Hillary
    Clinton"), and its fuzzy order put "Donald Trump Jr (9)" before "Donald Trump (1,013)" (a shorter
    label scores higher)."""
    def draw(box, f: Field, corpus: Corpus) -> str | None:
        labels = options(corpus)
        problem = _keep_known(f, labels)
        box.multiselect(f.label, list(labels), key=f.session, format_func=labels.get, help=help,
                        **({"select_all": False, "filter_mode": "contains"} if names else {}))
        return problem
    return draw


def _speakers(corpus: Corpus) -> dict[str, str]:
    """Named speakers first, then unnamed sources by description, unknown last; with their counts."""
    ranked = labels.ranking(corpus.statements(bool(st.session_state["f_copies"])), unknown_last=True)
    return {s: f"{s} ({n:,})" for s, n in zip(ranked["speaker_label"], ranked["statements"], strict=True)}


def _about(corpus: Corpus) -> dict[str, str]:
    """The people, organisations and places statements name, most named first, with their counts."""
    found = corpus.statements(bool(st.session_state["f_copies"]))["about"].explode().dropna().value_counts()
    ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    return {name: f"{name} ({n:,})" for name, n in ranked}


def _types(corpus: Corpus) -> dict[str, str]:
    return {t: t for t in sorted(corpus.quotes["speaker_type"].unique())}


def _articles(corpus: Corpus) -> dict[str, str]:
    return {a: str(t)[:80] for a, t in zip(corpus.articles["article_id"], corpus.articles["display_title"],
                                           strict=True)}


def _kinds(corpus: Corpus) -> dict[str, str]:
    return {"direct": "direct", "indirect": "indirect"}


def _tones(corpus: Corpus) -> dict[str, str]:
    return {t: t for t in TONES if t in set(corpus.quotes["tone"])}


def _day(box, f: Field, corpus: Corpus) -> None:
    """The calendar opens on the corpus's dates, not on today (a link's date outside them stays valid)."""
    starts, ends = corpus.quotes["period_start"].dropna(), corpus.quotes["period_end"].dropna()
    lo = starts.min().date() if len(starts) else date(1900, 1, 1)
    hi = ends.max().date() if len(ends) else date(2100, 12, 31)
    chosen = st.session_state[f.session]
    if chosen is not None:
        lo, hi = min(lo, chosen), max(hi, chosen)
    box.date_input(f.label, key=f.session, format="YYYY-MM-DD", min_value=lo, max_value=hi)


def _slider(box, f: Field, corpus: Corpus) -> None:
    box.slider(f.label, f.codec.lo, f.codec.hi, key=f.session, step=0.05)


def _text(box, f: Field, corpus: Corpus) -> None:
    box.text_input(f.label, key=f.session)


def _copies(box, f: Field, corpus: Corpus) -> None:
    n = int(corpus.quotes["is_copy"].sum()) if "is_copy" in corpus.quotes else 0
    box.toggle(f.label, key=f.session,
               help=f"{labels.plural(n, 'statement')} repeat one already counted in a near-duplicate article")


FIELDS: tuple[Field, ...] = (
    Field("paths", ("corpus",), Paths(""), label="Corpus paths (separate with ;)"),
    Field("c_uploads", ("upload",), Strings(), label="Saved uploads in the corpus"),
    Field("view", ("view",), Choice(VIEWS), label="View"),
    # the article the reader opens: a link's, or the one of a statement selected in another view
    Field("read", ("read",), Text(), label="Article read"),
    Field("f_speakers", ("speaker",), Strings(), ("speakers",), _choices(_speakers, names=True), "Speaker"),
    Field("f_about", ("about",), Strings(), ("about",), _choices(
        _about, names=True, help="Statements that name this person, organisation or place (counts: statements)"),
          "About"),
    Field("f_types", ("type",), Strings(), ("types",), _choices(_types), "Speaker type"),
    Field("f_from", ("from",), Day(), ("date_from",), _day, "From"),
    Field("f_to", ("to",), Day(), ("date_to",), _day, "To"),
    Field("f_articles", ("article",), Strings(), ("articles",), _choices(_articles), "Article"),
    Field("f_kinds", ("kind",), Strings(), ("kinds",), _choices(_kinds), "Quote kind"),
    Field("f_tone", ("tone",), Strings(), ("tones",), _choices(_tones), "Tone"),
    Field("f_q", ("q",), Text(), ("q",), _text, "Search statements and speakers"),
    Field("f_conf", ("conf",), Number(0.0, 0.0, 1.0), ("min_confidence",), _slider,
          "Hide statements below confidence"),
    Field("f_copies", ("copies",), Flag(), ("copies",), _copies, "Count wire copies separately"),
)
FILTER_FIELDS = tuple(f for f in FIELDS if f.attr)


# ------------------------------------------------------------------------------- state ↔ URL


def split_paths(text: str) -> list[str]:
    return [p.strip() for p in text.split(";") if p.strip()]


def query_params() -> Params:
    return {k: st.query_params.get_all(k) for k in st.query_params.keys()}


# query keys of older links, and why they no longer apply
RETIRED = {k: "polarity is no longer a filter (choose a tone instead)" for k in ("pmin", "pmax")}


def retired(params: Params) -> list[str]:
    return [f"ignored '{k}={params[k][-1]}': {why}" for k, why in RETIRED.items() if params.get(k)]


def restore(defaults: dict[str, Any] | None = None) -> list[str]:
    """Puts every field missing from session state there: from the URL, else `defaults` (the corpus
    the dashboard was started on), else the field's default. Returns what was wrong with the URL."""
    params, problems = query_params(), []
    for f in FIELDS:
        if f.session in st.session_state:
            continue
        value, problem = f.read(params)
        if problem is None and not any(params.get(k) for k in f.url):
            value = (defaults or {}).get(f.session, value)
        st.session_state[f.session] = value
        problems += [problem] if problem else []
    if "_retired_checked" not in st.session_state:  # once a session, as the fields are read once
        st.session_state["_retired_checked"] = True
        problems += retired(params)
    return problems


def to_query(state: MutableMapping[str, Any]) -> Params:
    """The query string of a state: every field's values, defaults left out."""
    out: Params = {}
    for f in FIELDS:
        for key, values in zip(f.url, f.codec.encode(state[f.session]), strict=True):
            if values:
                out[key] = values
    return out


def sync() -> None:
    """The URL follows the session's state (only written when it differs, so no needless rerun)."""
    wanted = to_query(st.session_state)
    if wanted != query_params():
        st.query_params.from_dict(wanted)


def filters(state: MutableMapping[str, Any]) -> Filters:
    """The Filters that a state's fields describe."""
    out = Filters()
    for f in FILTER_FIELDS:
        value = state[f.session]
        values = value if len(f.attr) > 1 else (list(value) if isinstance(value, list) else value,)
        for attr, v in zip(f.attr, values, strict=True):
            setattr(out, attr, v)
    out.q = out.q.strip()
    return out


def filter_widgets(corpus: Corpus) -> tuple[Filters, list[str]]:
    """The sidebar's filters, in the table's order (From and To each the sidebar's width: side by
    side they cut the date, "2020 - 09 - 0"), and what of the link's filters this corpus does not
    have (also shown in the sidebar)."""
    sb = st.sidebar
    sb.header("Filters")
    problems = []
    for f in FILTER_FIELDS:
        problem = f.widget(sb, f, corpus)
        if problem:
            sb.warning(escape(problem))
            problems.append(problem)
    return filters(st.session_state), problems
