"""One name per person across a corpus: spelling variants and titles merge, namesakes stay apart.

Within an article the coreference step already gives the fullest name; across articles "Zelenskyy",
"Volodymyr Zelensky" and "President Zelenskyy" still differ. Names are compared by a key that
ignores titles, accents, case and doubled letters; a surname alone joins the only full name with
that surname, and full names join only when their first names agree too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

import pandas as pd

from .quotes.lexicon import TITLES


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    word = re.sub(r"[^a-z]", "", word)
    # doubled letters and a final y/i are transliteration variants: Zelenskyy, Zelensky, Zelenskiy
    return re.sub(r"(.)\1+", r"\1", word).rstrip("iy") or word


def _words(name: str) -> list[str]:
    return [w for w in name.replace(".", ". ").split() if w.lower().rstrip(".") not in TITLES]


def canonical_names(names: Counter) -> dict[str, str]:
    """Each person name → the most frequent full form of the same person (itself if none)."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in names:
        words = _words(name)
        if words:
            by_surname[_fold(words[-1])].append(name)
    out: dict[str, str] = {}
    for group in by_surname.values():
        full = [n for n in group if len(_words(n)) >= 2]
        firsts: dict[str, list[str]] = defaultdict(list)
        for n in full:
            firsts[_fold(_words(n)[0])].append(n)
        for variants in firsts.values():
            best = max(variants, key=lambda n: (names[n], len(n), n))
            for n in variants:
                out[n] = best
        # a surname alone (or with a title only) joins the one person with that surname
        people = {out[n] for n in full}
        for n in group:
            if len(_words(n)) < 2:
                out[n] = next(iter(people)) if len(people) == 1 else n
    return out


def merge_speakers(quotes: pd.DataFrame, targets: pd.DataFrame | None = None):
    """Person speakers (and person targets) renamed to their canonical form; the name as found
    stays in `speaker_alias`."""
    persons = quotes["speaker_type"] == "person"
    names = Counter(quotes.loc[persons, "speaker"])
    if targets is not None:
        names.update(targets.loc[targets["target_type"] == "person", "target"])
    mapping = canonical_names(names)
    out = quotes.assign(speaker_alias=quotes["speaker"])
    out.loc[persons, "speaker"] = out.loc[persons, "speaker"].map(lambda n: mapping.get(n, n))
    if targets is None:
        return out
    t = targets.copy()
    for col, kind in (("speaker", "speaker_type"), ("target", "target_type")):
        rows = t[kind] == "person"
        t.loc[rows, col] = t.loc[rows, col].map(lambda n: mapping.get(n, n))
    return out, t
