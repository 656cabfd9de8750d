"""Wire copies and updated versions: near-duplicate articles grouped, their statements counted once.

MinHash over word 5-shingles with LSH (datasketch) finds candidate pairs without comparing every
pair; a pair joins a group when its estimated Jaccard similarity reaches the threshold.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.7
WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> set[bytes]:
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def groups(articles: pd.DataFrame, threshold: float = THRESHOLD) -> dict[str, str]:
    """article_id → the id of its group's first article (itself when it has no near-duplicate)."""
    from datasketch import MinHash, MinHashLSH

    ids = list(articles["article_id"])
    texts = [t[b:] for t, b in zip(articles["text"], articles["body_start"], strict=True)]
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = {}
    drawn = MinHash(num_perm=NUM_PERM, seed=1)  # its permutations are every article's: drawn once
    for aid, text in zip(ids, texts, strict=True):
        m = MinHash(num_perm=NUM_PERM, seed=1, permutations=drawn.permutations, scheme=drawn.scheme)
        shingles = _shingles(text)
        if not shingles:
            continue
        m.update_batch(list(shingles))
        hashes[aid] = m
        lsh.insert(aid, m)
    parent = {a: a for a in ids}
    order = {a: i for i, a in enumerate(ids)}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for aid, m in hashes.items():
        for other in lsh.query(m):
            if other != aid and hashes[other].jaccard(m) >= threshold:
                ra, rb = root(aid), root(other)
                if ra != rb:  # the earlier article in input order represents the group
                    first, second = sorted((ra, rb), key=order.get)
                    parent[second] = first
    return {a: root(a) for a in ids}


SAME_STATEMENT = 0.6  # word-set Jaccard at which two statements of one speaker in a group are one


def _words(quote: str) -> frozenset[str]:
    return frozenset(WORD.findall(quote.lower()))


def with_groups(articles: pd.DataFrame) -> pd.DataFrame:
    """Adds `dup_group` (the id of the group's first article) and `group_size` to the articles."""
    g = groups(articles) if len(articles) else {}
    articles = articles.assign(dup_group=articles["article_id"].map(g))
    sizes = articles["dup_group"].value_counts()
    return articles.assign(group_size=articles["dup_group"].map(sizes).fillna(1).astype(int))


def mark_copies(quotes: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Adds `dup_group` to both tables; to statements, `is_copy` (the same speaker saying nearly the
    same words was already counted in an earlier article of the group) and `also_in` (how many other
    articles of the group carry it)."""
    articles = with_groups(articles)
    g = dict(zip(articles["article_id"], articles["dup_group"], strict=True))
    q = quotes.assign(dup_group=quotes["article_id"].map(g).fillna(quotes["article_id"]),
                      is_copy=False, also_in=0)
    shared = set(articles.loc[articles["group_size"] > 1, "dup_group"])
    copies: list = []
    also_in: Counter = Counter()
    for _, part in q[q["dup_group"].isin(shared)].groupby(["dup_group", "speaker"], sort=False):
        kept: list[tuple[object, frozenset[str]]] = []
        for idx, quote in zip(part.index, part["quote"], strict=True):
            words = _words(quote)
            original = next((k for k, w in kept if len(words | w) and len(words & w) / len(words | w) >= SAME_STATEMENT),
                            None)
            if original is None:
                kept.append((idx, words))
            else:
                copies.append(idx)
                also_in[original] += 1
    if copies:  # set together: a cell at a time costs ~50 µs in pandas (a second per 10,000 copies)
        q.loc[copies, "is_copy"] = True
        originals = list(also_in)
        q.loc[originals, "also_in"] = q.loc[originals, "also_in"] + [also_in[k] for k in originals]
    return q, articles


GROUP_NOTE = "near-duplicate group of"  # how each group's line in the ingest report begins


def report(articles: pd.DataFrame) -> list[tuple[str, str]]:
    """(source of the group's first article, message) for each group of two or more."""
    out = []
    for gid, part in articles[articles["group_size"] > 1].groupby("dup_group", sort=False):
        first = part[part["article_id"] == gid]
        others = part[part["article_id"] != gid]
        names = ", ".join(others["display_title"].astype(str).head(5))
        out.append((str(first["source"].iloc[0]) if len(first) else str(gid),
                    f"{GROUP_NOTE} {len(part)} articles: statements counted once; copies: {names}"))
    return out
