"""Date expressions in news text, normalised to TimeML values against the document date.

Patterns (analysis.timex.patterns) find the expressions; spaCy's tags decide what text alone cannot
("May" the modal, "March" the verb, "April" the name, "2000 people" the count, "every Monday" a
set) and the tense that points a bare weekday, month or quarter back or ahead
(analysis.timex.tense). Anaphoric expressions ("that day", "the quarter", "a year earlier") take
their value from the expressions before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .models import DateExpr
from .quotes.rules import ALL_ON, RuleSwitch
from .timex import calendar as cal
from .timex.negatives import NEGATIVE_RULES, Match
from .timex.patterns import PATTERNS, VAGUE, Context, Pattern, Refs
from .timex.tense import direction


def extract_dates(text: str, anchor: date | None, doc=None, start: int = 0,
                  skip: Iterable[tuple[int, int]] = (), rules: RuleSwitch = ALL_ON) -> list[DateExpr]:
    """All date expressions in text[start:], resolved against `anchor` (None → values left out).

    `skip` holds spans (direct quotes) whose dates are left to the caller to anchor differently; a
    match any rule of NEGATIVE_RULES vetoes is no date.
    """
    candidates: list[tuple[int, int, int, Pattern, re.Match]] = []
    for order, pat in enumerate(PATTERNS):
        for m in pat.regex.finditer(text, start):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), order, pat, m))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    chosen = []
    last_end = -1
    for c in candidates:
        if c[0] >= last_end:
            chosen.append(c)
            last_end = c[1]
    skips = sorted(skip)
    refs = Refs(anchor)
    out: list[DateExpr] = []
    for s, e, _, pat, m in chosen:
        if any(a <= s < b for a, b in skips) or rules.veto(NEGATIVE_RULES, Match(pat.name, m, text, doc)):
            continue
        ctx = Context(anchor, direction(doc, s, e) if doc is not None else None, refs)
        resolved = pat.resolve(m, ctx)
        pieces = resolved if isinstance(resolved, list) else [(None, resolved)]
        for group, value in pieces:
            if value is None and (anchor is not None or pat.kind in ("anaphoric", "comparison")):
                continue  # nothing it could name; without a document date, relative values are left out
            ps, pe = m.span(group) if group else (s, e)
            vague = value in VAGUE
            out.append(DateExpr(text[ps:pe], ps, pe, value, cal.granularity(value) if value and not vague else None,
                                vague))
            if pat.kind != "comparison" and not vague:
                refs.note(value, ended=_ENDED.match(text, pe) is not None, past=ctx.direction == "past")
    return out


_ENDED = re.compile(r"\s+(?:ended|ending)\b")  # "the fourth quarter ended Aug. 26"
