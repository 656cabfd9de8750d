"""Analyst corrections: a plain JSONL file of actions, applied on top of every analysis.

Each line is one action with its time and an optional note. Statements are named by their
article's content hash and character offsets, so a correction survives re-analysis, a new library
version and a restart; an action that no longer finds its statement, article or speaker is
reported, never silently dropped. `undo` cancels one earlier action by id.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from .labels import plural
from .quotes_table import finish, with_columns

FILE_NAME = "corrections.jsonl"
ACTIONS = ("reassign", "reject", "verify", "add", "merge", "split", "distinct", "undo")


@dataclass
class Correction:
    action: str
    article: str | None = None  # content hash of the article
    start: int | None = None
    end: int | None = None
    speaker: str | None = None  # reassign/add: the right speaker; merge: the name kept; split: the mixed name
    speaker_type: str | None = None
    names: list[str] = field(default_factory=list)  # merge: the names folded into `speaker`; distinct: the pair
    articles: list[str] = field(default_factory=list)  # split: articles whose `speaker` is someone else
    new_speaker: str | None = None  # split: that someone else
    kind: str | None = None  # add: direct or indirect
    target: str | None = None  # undo: the id of the action undone
    note: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    time: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def describe(self) -> str:
        where = f"[{self.start}:{self.end}]" if self.start is not None else ""
        return {
            "reassign": f"statement {where} → {self.speaker}",
            "reject": f"statement {where} rejected",
            "verify": f"statement {where} verified",
            "add": f"added {where} for {self.speaker}",
            "merge": f"{', '.join(self.names)} → {self.speaker}",
            "split": f"{self.speaker} in {plural(len(self.articles), 'article')} → {self.new_speaker}",
            "distinct": f"{' and '.join(self.names)} are different people",
            "undo": f"undo {self.target}",
        }.get(self.action, self.action)


SUFFIX = ".corrections.jsonl"  # a corpus file's own: <stem>.corrections.jsonl beside it
# where corrections go when the corpus's folder cannot be written (a shared, read-only corpus)
OWN_DIR = Path(__file__).resolve().parent.parent / ".corrections"


def is_corrections_file(name: str) -> bool:
    """A corrections file, not news: never read as an article, never a reason to re-read a corpus."""
    name = name.lower()
    return name == FILE_NAME or name.endswith(SUFFIX)


def path_beside(paths: list[str]) -> Path | None:
    """The corpus's own corrections file: corrections.jsonl inside a corpus folder, <stem>.corrections.jsonl
    beside a corpus file (one file per corpus: a corrections.jsonl beside a shared CSV was applied to
    every corpus file of that folder)."""
    if not paths:
        return None
    first = Path(paths[0])
    return first / FILE_NAME if first.is_dir() else first.with_name(first.stem + SUFFIX)


def own_dir() -> Path:
    return Path(os.environ.get("ANALYSIS_CORRECTIONS_DIR") or OWN_DIR)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) if path.exists() else os.access(path.parent, os.W_OK)


def path_for(paths: list[str]) -> Path | None:
    """Where a corpus's corrections are kept: beside it (path_beside) when that can be written, else
    in the app's own folder (own_dir()), under the corpus's name and a hash of its full path, so two
    read-only corpora of one name keep theirs apart."""
    beside = path_beside(paths)
    if beside is None or _writable(beside):
        return beside
    first = Path(paths[0]).resolve()
    key = hashlib.sha256(str(first).encode()).hexdigest()[:12]
    return own_dir() / f"{re.sub(r'[^A-Za-z0-9._-]+', '_', first.stem)}-{key}{SUFFIX}"


def stale_shared_file(paths: list[str]) -> str | None:
    """A corrections.jsonl beside a corpus file, from before each corpus file had its own: no longer
    applied, and said so rather than dropped silently."""
    if not paths or Path(paths[0]).is_dir():
        return None
    old, own = Path(paths[0]).parent / FILE_NAME, path_for(paths)
    if not old.exists() or own is None or own.exists():
        return None
    return (f"{old} is not applied to {Path(paths[0]).name}: each corpus file keeps its corrections in its own "
            f"{own.name}; rename the file to that name if its corrections are this corpus's")


def load(path: Path | None) -> tuple[list[Correction], list[str]]:
    """Actions in file order, and a message for each line that is not one."""
    if path is None or not path.exists():
        return [], []
    actions, problems = [], []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            c = Correction(**data)
            if c.action not in ACTIONS:
                raise ValueError(f"unknown action {c.action!r}")
            actions.append(c)
        except (ValueError, TypeError) as exc:
            problems.append(f"{path.name} line {i}: not a correction ({exc})")
    return actions, problems


def append(path: Path, correction: Correction) -> Correction:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(asdict(correction), ensure_ascii=False, sort_keys=True) + "\n")
    return correction


def effective(actions: list[Correction]) -> list[Correction]:
    undone = {c.target for c in actions if c.action == "undo"}
    return [c for c in actions if c.action != "undo" and c.id not in undone]


def apply(quotes: pd.DataFrame, articles: pd.DataFrame, actions: list[Correction]) -> tuple[pd.DataFrame, set[str]]:
    """Quotes with the actions applied, and the ids of the actions that found their target.

    Adds `verified`, `corrected` and `original_speaker` (the machine's name where an analyst
    changed it). Works on any subset of articles, so the CLI can apply it batch by batch.
    """
    q = with_columns(quotes, articles)
    live = effective(actions)
    if not live:
        return q, set()  # nothing to do: no copy of a large table on every dashboard rerun
    q = q.copy()
    matched: set[str] = set()
    by_hash = articles.set_index("content_hash")

    def rows(c: Correction) -> pd.Series:
        return (q["content_hash"] == c.article) & (q["start"] == c.start) & (q["end"] == c.end)

    def rename(mask: pd.Series, name: str, kind: str | None) -> None:
        q.loc[mask & q["original_speaker"].isna(), "original_speaker"] = q.loc[mask, "speaker"]
        q.loc[mask, "speaker"] = name
        if kind:
            q.loc[mask, "speaker_type"] = kind
        q.loc[mask, "corrected"] = True

    for c in live:
        if c.action in ("reassign", "reject", "verify"):
            mask = rows(c)
            if not mask.any():
                continue
            matched.add(c.id)
            if c.action == "reassign":
                rename(mask, c.speaker or "unknown", c.speaker_type)
            elif c.action == "reject":
                q = q[~mask]
            else:
                q.loc[mask, "verified"] = True
        elif c.action in ("merge", "split"):
            mask = q["speaker"].isin(c.names) if c.action == "merge" else (
                (q["speaker"] == c.speaker) & q["content_hash"].isin(c.articles))
            if mask.any():
                matched.add(c.id)
                name = c.speaker if c.action == "merge" else c.new_speaker
                # one name, one type: the kept name's type, else the most common among the merged rows
                types = q.loc[q["speaker"] == name, "speaker_type"]
                types = types if len(types) else q.loc[mask, "speaker_type"]
                rename(mask, name, c.speaker_type or types.mode().iloc[0])
        elif c.action == "distinct":  # a suggestion dismissed: nothing changes, while both names speak
            if set(c.names) <= set(q["speaker"]):
                matched.add(c.id)
        elif c.action == "add" and c.article in by_hash.index:
            art = by_hash.loc[c.article]
            art = art.iloc[0] if isinstance(art, pd.DataFrame) else art
            if c.start is None or c.end is None or not 0 <= c.start < c.end <= len(art["text"]):
                continue
            matched.add(c.id)
            row = {col: None for col in q.columns} | _added(c, art)
            q = pd.concat([q, pd.DataFrame([row], columns=q.columns).astype(q.dtypes.to_dict(), errors="ignore")],
                          ignore_index=True)
    return q.reset_index(drop=True), matched  # statements added by hand come last


def _added(c: Correction, art: pd.Series) -> dict:
    """A statement the analyst added by hand, as a row of the quotes table: dated by publication, verified."""
    from .sentiment import polarity_subjectivity

    quote = art["text"][c.start:c.end]
    pol, subj = polarity_subjectivity(quote)
    return {"source": art["source"], "row": art["row"], "article_id": art["article_id"],
            "url": art["url"], "title": art["title"], "outlet": art["outlet"],
            "article_date": art["article_date"],
            "speaker": c.speaker or "unknown", "speaker_type": c.speaker_type or "person",
            "quote": quote, "kind": c.kind or "direct", "mixed": False, "start": c.start, "end": c.end,
            "date": art["article_date"], "date_granularity": "day" if art["article_date"] else None,
            "date_basis": "article" if art["article_date"] else None,
            "polarity": pol, "subjectivity": subj, "confidence": 1.0, "content_hash": c.article,
            "verified": True, "corrected": True, "is_copy": False, "also_in": 0}


def stale(actions: list[Correction], matched: set[str]) -> list[str]:
    """A message for every action that found nothing to apply to."""
    return [f"correction {c.id} ({c.describe()}) no longer applies: its statement, article or speaker "
            "is not in this analysis" for c in effective(actions) if c.id not in matched]


def apply_to_corpus(corpus, actions: list[Correction]):
    """The corpus as the analyst corrected it (its quotes table finished again: quotes_table.finish),
    and the actions that no longer apply."""
    import dataclasses

    q, matched = apply(corpus.quotes, corpus.articles, actions)
    if q is corpus.quotes:
        return corpus, stale(actions, matched)
    return dataclasses.replace(corpus, quotes=finish(q, corpus.articles)), stale(actions, matched)
