"""Rules are small named functions in ordered tables; the one that decided travels with the result.

Each rule's docstring opens with one line saying, in plain words, what text it handles. A table is
tried in order and the first rule that returns something decides; a rule is switched off by its
name (`RuleSwitch(disabled=...)`, `python -m analysis quotes --disable-rules NAME,...`), and
`python -m analysis rules` lists them all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Rule = Callable[..., Any]


@dataclass(frozen=True)
class RuleSwitch:
    """Which rules are off, and (when `fired` is given) how often each one decided."""

    disabled: frozenset[str] = frozenset()
    fired: Counter | None = field(default=None, compare=False)

    def on(self, name: str) -> bool:
        return name not in self.disabled

    def first(self, table: Sequence[Rule], *args) -> tuple[str, Any] | None:
        """(name, result) of the first rule in `table` that is on and returns something."""
        for rule in table:
            if rule.__name__ in self.disabled:
                continue
            out = rule(*args)
            if out is not None:
                self.count(rule.__name__)
                return rule.__name__, out
        return None

    def veto(self, table: Sequence[Rule], *args) -> str | None:
        """The name of the first filter in `table` that is on and rejects (returns True)."""
        for rule in table:
            if rule.__name__ not in self.disabled and rule(*args):
                self.count(rule.__name__)
                return rule.__name__
        return None

    def count(self, name: str) -> None:
        if self.fired is not None:
            self.fired[name] += 1


ALL_ON = RuleSwitch()
CORPUS = "corpus:"  # a `why` step decided across the corpus (speaker identity), after the article's


def summary(rule: Rule) -> str:
    return (rule.__doc__ or rule.__name__).strip().splitlines()[0]


def catalogue() -> dict[str, list[Rule]]:
    """Every rule table, in the order the stages run."""
    from .. import identity
    from . import attribution, content, coreference, dating, direct, interview, source

    return {
        "reported speech (cue → clause)": list(content.INDIRECT_RULES) + list(content.TAIL_RULES),
        "reported speech filters": list(content.INDIRECT_FILTERS),
        "direct quotes (quote → cue)": list(direct.DIRECT_RULES),
        "interview transcripts": list(interview.INTERVIEW_RULES),
        "direct quote cue filters": list(direct.CUE_FILTERS),
        "speaker carried over": list(attribution.INHERIT_RULES),
        "speaker (cue subject → name)": list(source.SOURCE_RULES),
        "speaker (learned second opinion)": [attribution.speaker_ranker],
        "pronouns and roles": list(coreference.PRONOUN_RULES),
        "statement date": list(dating.DATE_RULES),
        **identity.tables(),
    }


def names() -> dict[str, str]:
    """Every rule name → its one-line description."""
    return {rule.__name__: summary(rule) for table in catalogue().values() for rule in table}


def explain(why: str) -> str:
    """A `why` value ("after_quote_cue · person_entity") in plain words."""
    known = names()
    parts = []
    for step in why.split(" · "):
        step = step.removeprefix(CORPUS)
        parts.append(" → ".join(known.get(n, n) for n in step.split(">")))
    return "; ".join(p for p in parts if p)
