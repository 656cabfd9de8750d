"""One name per place or organisation named in statements: "U.S.", "US", "America" and "United
States" are one country, "Britain" and "U.K." another, and "Trump" typed as an organisation is a
person's name. Rules are small named functions tried in order (NAME_RULES); people's names across
the corpus are identity.py's business, and this runs before it.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

# common short forms of countries and organisations in English news, and their full names
ALIASES = {
    "US": "United States", "USA": "United States", "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "EU": "European Union", "UN": "United Nations", "UAE": "United Arab Emirates",
    "GOP": "Republican Party", "Democrat Party": "Democratic Party", "USSR": "Soviet Union",
}
_POSSESSIVE = re.compile(r"(?:['’‘`]s?)$")
# function words the entity recogniser sometimes takes in front of a name; "de", "van", "bin" are
# parts of names and stay
_LEADING = frozenset("a an the this that these those where when while if as and or but of to by for with "
                     "from at in on about".split())
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def trimmed(name: str) -> str:
    """Without a possessive ending or function words the entity recogniser took in front
    ("a Donald Trump", "United States'", "Donald Trump‘s"), spaces collapsed."""
    words = _POSSESSIVE.sub("", " ".join(name.split())).split(" ")
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return " ".join(words).strip()


def undotted(name: str) -> str | None:
    """Initials written with full stops: "U.S." → "US", "U.S.A." → "USA" (only a name that is
    nothing but initials)."""
    return name.replace(".", "") if _INITIALS.fullmatch(name) else None


def alias(name: str) -> str | None:
    """A short form in ALIASES → its full name."""
    return ALIASES.get(name)


NAME_RULES = (undotted, alias)


def normal_name(name: str) -> str:
    """The name a target is counted under: trimmed, then each rule in NAME_RULES that applies."""
    out = trimmed(name) or name
    for rule in NAME_RULES:
        out = rule(out) or out
    return out


def _spelling(names: pd.Series) -> pd.Series:
    """Names that differ only in case ("Republican party") take their commonest spelling."""
    counts = Counter(names)
    best: dict[str, str] = {}
    for n in sorted(counts, key=lambda n: (-counts[n], n)):
        best.setdefault(n.casefold(), n)
    return names.map(lambda n: best[n.casefold()])


def person_surnames(quotes: pd.DataFrame) -> Counter:
    """How many statements each surname (and each full name) of a person speaker has."""
    persons = quotes.loc[quotes["speaker_type"] == "person", "speaker"].dropna()
    out: Counter = Counter()
    for name, n in persons.value_counts().items():
        out[name] += n
        words = name.split()
        if len(words) > 1:
            out[words[-1]] += n
    return out


def retyped(targets: pd.DataFrame, quotes: pd.DataFrame) -> pd.Series:
    """Each target's type, with a name typed organisation or place taken as a person's when people
    of that name speak in the corpus more often than the name is typed otherwise ("Trump"
    recognised as an organisation 355 times, Donald Trump quoted 1,500 times)."""
    speaking = person_surnames(quotes)
    other = targets.loc[targets["target_type"] != "person", "target"].value_counts()
    person = {n for n, k in other.items() if speaking.get(n, 0) > k}
    return targets["target_type"].where(~targets["target"].isin(person), "person")


def normalise(targets: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Targets under one name per place or organisation, before identity.py names people once for the corpus."""
    if targets.empty:
        return targets
    out = targets.assign(target=targets["target"].map(normal_name))
    out = out.assign(target=_spelling(out["target"]))
    return out.assign(target_type=retyped(out, quotes))


def about(quotes: pd.DataFrame, targets: pd.DataFrame) -> pd.Series:
    """For each statement, the names of what it is about (its targets, in text order, once each)."""
    keys = ["article_id", "statement_start", "statement_end"]
    if targets.empty or quotes.empty:
        return pd.Series([()] * len(quotes), index=quotes.index, dtype=object)
    names = targets.sort_values([*keys, "start"]).groupby(keys, sort=False)["target"].agg(
        lambda s: tuple(dict.fromkeys(s)))
    index = pd.MultiIndex.from_arrays([quotes["article_id"], quotes["start"], quotes["end"]])
    found = names.reindex(index)
    return pd.Series([t if isinstance(t, tuple) else () for t in found], index=quotes.index, dtype=object)
