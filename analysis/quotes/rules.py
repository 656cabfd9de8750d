"""Rules are small named functions in ordered tables; the one that decided travels with the result.

Each rule's docstring opens with one line saying, in plain words, what text it handles. A table is
tried in order and the first rule that returns something decides; a rule is switched off by its
name (`RuleSwitch(disabled=...)`, `python -m analysis quotes --disable-rules NAME,...`), and
`python -m analysis rules` lists them all (from `catalogue`, which no stage imports: this module is the
mechanism only, so every stage can import it without an import circle).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, is_dataclass, replace
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

    def decide(self, table: Sequence[Rule], *args) -> tuple[str, Any] | None:
        """As `first`, with the rule's name stamped on the record it returns (a frozen Candidate or
        Speaker: `rule` becomes "name", or "name>inner" when the record names an inner rule)."""
        found = self.first(table, *args)
        if found is None or not is_dataclass(found[1]):
            return found
        name, out = found
        return name, replace(out, rule=f"{name}>{out.rule}" if out.rule else name)

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
