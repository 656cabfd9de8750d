"""What an analyst should look at in a speaker list: pairs that may be one person, and labels that
look wrong. Identity resolution (identity.py) decides what the evidence decides; what it leaves
open is listed here, for the analyst to merge or dismiss (corrections.py keeps the answer)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from .corrections import Correction, effective
from .identity import JOINT, Resolution, diminutive, fold, middles_agree, parse
from .quotes.lexicon import PARTY_MEMBER_NOUNS
from .quotes.names import first_name_gender, is_epithet

SUGGESTION_COLUMNS = ["speaker", "other", "evidence", "statements", "other_statements"]
FLAG_COLUMNS = ["speaker", "speaker_type", "statements", "flag", "why"]
# particles that stay lower case inside a name ('Bill de Blasio', 'Ursula von der Leyen')
PARTICLES = frozenset("de da di du del dela della der den des la le van von y al bin ibn dos das e".split())
MAX_OPTIONS = 3  # a surname alone that may be any of more people is no pair to decide


def person_counts(statements: pd.DataFrame) -> Counter:
    """Statements per person speaker, as every view counts them: a statement repeated in a
    near-duplicate article (`is_copy`) once (the Speaker filter said 'Donald Trump (1,022)' beside a
    suggestion 'Donald Trump (1,023)' that counted a wire copy)."""
    if "is_copy" in statements:
        statements = statements[~statements["is_copy"].astype(bool)]
    return Counter(statements.loc[statements["speaker_type"] == "person", "speaker"])


def recount(suggested: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """The pairs with their statements counted in these statements (with the wire copies when the
    caller counts them)."""
    counts = Counter(statements.loc[statements["speaker_type"] == "person", "speaker"])
    return suggested.assign(statements=suggested["speaker"].map(lambda n: counts.get(n, 0)).astype("int64"),
                            other_statements=suggested["other"].map(lambda n: counts.get(n, 0)).astype("int64"))


def suggestions(res: Resolution, quotes: pd.DataFrame) -> pd.DataFrame:
    """Pairs of person speakers that may be one person, with the evidence: a surname or a first name
    alone beside the full names it may be; full names of one surname whose first names are short
    forms or near spellings of one another, or one's middle name is the other's first ('Rafael Edward
    Cruz', 'Ted Cruz')."""
    persons = quotes[quotes["speaker_type"] == "person"]
    counts = Counter(persons["speaker"])  # who speaks at all
    counted = person_counts(quotes)
    arts = persons.groupby("speaker")["article_id"].nunique().to_dict()
    rows = []
    for label, options in res.ambiguous.items():
        options = [o for o in options if o in counts]
        for full in options if label in counts and len(options) <= MAX_OPTIONS else ():
            rows.append((label, full, [f"the surname '{parse(label).last}' alone"]))
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for n in sorted(counts):
        if JOINT not in n and parse(n).full:
            by_last[parse(n).last_key].append(n)
            by_first[fold(parse(n).first)].append(n)
    for label in sorted(counts):  # 'Hillary' alone: a given name, no surname
        options = by_first.get(fold(label), []) if " " not in label and first_name_gender(label) else []
        for full in options if len(options) <= MAX_OPTIONS else ():
            rows.append((label, full, [f"the first name '{label}' alone"]))
    for group in by_last.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                why = _maybe_same(parse(a), parse(b))
                if why:
                    rows.append((a, b, [why]))
    rows = [(a, b, ev) for a, b, ev in rows if a != b]
    out = pd.DataFrame([{"speaker": a, "other": b,
                         "evidence": "; ".join(ev + (["each in one article"] if arts[a] == arts[b] == 1 else [])),
                         "statements": counted[a], "other_statements": counted[b]} for a, b, ev in rows],
                       columns=SUGGESTION_COLUMNS)
    return out.sort_values(["statements", "other_statements"], ascending=False, kind="stable").reset_index(drop=True)


def kept(a: str, b: str, n_a: int, n_b: int) -> tuple[str, str]:
    """(kept, merged) when two names of a suggested pair merge: the full name over a surname alone,
    a spelled-out first name over initials ('Laurence Meyer', not 'L.H. Meyer'), else the one with more
    statements (n_a, n_b), else the longer."""
    for better in (lambda n: len(n.split()) > 1, lambda n: _spelled_first(n)):
        if better(a) != better(b):
            return (a, b) if better(a) else (b, a)
    if n_a != n_b:
        return (a, b) if n_a > n_b else (b, a)
    return (a, b) if len(a) >= len(b) else (b, a)


def _spelled_first(name: str) -> bool:
    first = name.split()[0] if len(name.split()) > 1 else ""
    return len(first) > 2 and "." not in first


def _maybe_same(a, b) -> str | None:
    """Why two full names of one surname may be one person, or None. A Jr./Sr./III on one of two
    otherwise equal names is a father and son, and two first names of two genders two people."""
    from rapidfuzz.distance import Levenshtein

    fa, fb = fold(a.first), fold(b.first)
    genders = {first_name_gender(a.first), first_name_gender(b.first)} - {None}
    if not middles_agree(a, b) or a.suffix != b.suffix or len(genders) > 1:
        return None
    if fa[:1] == fb[:1] and (min(len(fa), len(fb)) <= 2 or fa.startswith(fb) or fb.startswith(fa)):
        return "same surname, one first name an initial or a short form of the other"
    distance = Levenshtein.distance(fa, fb)
    if fa[:1] == fb[:1] and (distance == 1 or distance == 2 and min(len(fa), len(fb)) >= 7):
        return "same surname, first names spelt alike"
    for x, y in ((a, b), (b, a)):
        if x.middle and (fold(x.middle) == fold(y.first) or diminutive(x.middle, y.first)):
            return "one's middle name is the other's first name"
    return None


def open_suggestions(found: pd.DataFrame, quotes: pd.DataFrame, actions: list[Correction]) -> pd.DataFrame:
    """The suggestions still open after the analyst's corrections: both names still speak, and the
    pair was not dismissed; statement counts as corrected (a wire copy once, as person_counts)."""
    counts = Counter(quotes.loc[quotes["speaker_type"] == "person", "speaker"])
    counted = person_counts(quotes)
    dismissed = {frozenset(c.names) for c in effective(actions) if c.action == "distinct"}
    keep = [a in counts and b in counts and frozenset((a, b)) not in dismissed
            for a, b in zip(found["speaker"], found["other"], strict=True)]
    out = found.loc[pd.Series(keep, index=found.index, dtype=bool)].copy()
    out["statements"] = out["speaker"].map(lambda n: counted.get(n, 0)).astype("int64")
    out["other_statements"] = out["other"].map(lambda n: counted.get(n, 0)).astype("int64")
    return out.reset_index(drop=True)


def flags(speakers: pd.DataFrame) -> pd.DataFrame:
    """Labels of a speaker list (frames.speakers_frame) that look wrong, and why."""
    rows = speakers[~speakers["speaker"].isin(["anonymous", "unknown"])]
    types = rows.groupby("speaker")["speaker_type"].nunique().to_dict()
    persons = rows.loc[rows["speaker_type"] == "person", "speaker"].tolist()
    longer = {p.split()[-1] for p in persons if len(p.split()) > 1 and JOINT not in p}
    out = []
    for r in rows.itertuples():
        why = None
        if r.speaker_type == "person":
            why = _junk(r.speaker) or ("fragment: the surname of a longer name in the list"
                                       if len(r.speaker.split()) == 1 and r.speaker in longer else None)
        elif r.speaker_type == "organization" and r.speaker.lower() in PARTY_MEMBER_NOUNS:
            why = "party_one: a member of a party, not an organisation"
        if why is None and types.get(r.speaker, 1) > 1 and r.speaker_type != "person":
            why = "two_types: also listed as a person"
        if why:
            flag, _, text = why.partition(": ")
            out.append({"speaker": r.speaker, "speaker_type": r.speaker_type, "statements": int(r.quotes),
                        "flag": flag, "why": text})
    return pd.DataFrame(out, columns=FLAG_COLUMNS)


def _junk(name: str) -> str | None:
    if re.search(r"\sv\.?\s|\s[-–—]\s|[\[\]{}|0-9]", name):
        return "junk: punctuation or digits no name has"
    words = name.split()
    if any(w.islower() and w not in PARTICLES for w in words if JOINT.strip() != w):
        return "junk: a lower-case word"
    if len(words) > 1 and is_epithet(words[0]):
        return "junk: an epithet before the name"
    return None


def audit_table(suggested: pd.DataFrame, flagged: pd.DataFrame) -> pd.DataFrame:
    """Both lists in one table, as `python -m analysis speakers --audit` prints it."""
    pairs = suggested.assign(kind="possibly the same person", speaker_type="person")
    marks = flagged.rename(columns={"why": "evidence"}).assign(kind="flag", other=None, other_statements=None)
    cols = ["kind", "speaker", "speaker_type", "statements", "other", "other_statements", "flag", "evidence"]
    pairs = pairs.assign(flag=None)
    parts = [p.reindex(columns=cols) for p in (pairs, marks) if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)
