"""What many test modules share: one text analysed as an article, its statements and speakers."""

from __future__ import annotations

import re
from datetime import date

from analysis.models import Article
from analysis.nlp import parse
from analysis.pipeline import analyse, statements
from analysis.quotes.rules import RuleSwitch


def run_text(text: str, day: str | None = "2024-08-27"):
    """The whole analysis of one text, with its offsets checked against the text."""
    article = Article("t.txt", 0, "t.txt", text, date.fromisoformat(day) if day else None)
    (an,) = analyse([article])
    assert an.error is None, an.error
    for q in an.quotes:
        assert text[q.start:q.end] == q.quote
        for t in q.targets:
            assert text[t.start:t.end]
    for d in an.dates:
        assert text[d.start:d.end] == d.text
    return an


def run_rules(text: str, switch: RuleSwitch):
    """The statement records of one text with some rules switched off (no tone, no corpus step)."""
    article = Article("t.txt", 0, "t.txt", text, date(2024, 8, 27))
    (doc,) = parse([article])
    records, *_ = statements(article, doc, switch)
    return records


def speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.speaker_type) for q in run_text(text).quotes]


def with_roles(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.speaker, q.speaker_type, q.role) for q in run_text(text).quotes]


def metric(at, label):
    """Value of a KPI card (rendered as escaped HTML) in a Streamlit AppTest."""
    for md in at.markdown:
        m = re.search(rf"kpi-label'>{re.escape(label)}</div><div class='kpi-value'>([^<]*)<", md.value)
        if m:
            return m.group(1)
    raise AssertionError(f"no KPI card {label!r}")
