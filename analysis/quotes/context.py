"""What every stage of one article reads, built once: the parse, the text, its quote marks, the
register of names and which rules are on. Stages and rules take it instead of a parameter each."""

from __future__ import annotations

from dataclasses import dataclass

from .coreference import Registry, build_registry
from .marks import QuoteSpan, find_quotes
from .rules import ALL_ON, RuleSwitch


@dataclass(frozen=True)
class ArticleContext:
    doc: object  # the spaCy Doc
    text: str  # the article's text, its metadata prefix blanked (offsets as in the Doc)
    start: int  # where the body starts: nothing before it is a statement
    quotes: list[QuoteSpan]
    registry: Registry
    rules: RuleSwitch = ALL_ON


def article_context(doc, text: str, start: int = 0, rules: RuleSwitch = ALL_ON) -> ArticleContext:
    """The quote marks found at character level, then the register of names they fence off."""
    quotes = find_quotes(text, start)
    return ArticleContext(doc, text, start, quotes, build_registry(doc, start, text, quotes), rules)
