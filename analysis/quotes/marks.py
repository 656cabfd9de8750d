"""Quoted spans found at character level, before any parsing.

spaCy's sentence splitter breaks at opening quote marks, so quotes are paired here from the marks
themselves: curly and straight, double and single, guillemets, the ASCII doubles `` and '' (two
characters each, as newswire and NYT text write them), apostrophes told apart from marks, quotes
running over several paragraphs, and unbalanced marks closed locally instead of giving up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
LEFT_CONTEXT = " \t\n([{—–-/\u00a0" + DOUBLE_OPEN + SINGLE_OPEN + '"\''
RIGHT_PUNCT = ".,;:!?)]}—–-…\u00a0" + DOUBLE_CLOSE + SINGLE_CLOSE + '"\''


@dataclass(frozen=True)
class QuoteSpan:
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when recovered without one
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    double: bool  # double marks (or guillemets) rather than single
    balanced: bool = True
    close_len: int = 1  # 2 for a closing '' mark

    @property
    def outer_end(self) -> int:
        return self.close + self.close_len if self.close is not None else self.end


def _role(text: str, i: int, n: int = 1) -> str:
    """'open', 'close' or 'either' for the mark of n characters at i, from its neighbours first,
    glyph second."""
    c = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + n] if i + n < len(text) else "\n"
    left = prev in LEFT_CONTEXT or prev.isspace()
    right = nxt.isspace() or nxt in RIGHT_PUNCT
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    if c in DOUBLE_OPEN or c in SINGLE_OPEN or c == "`":
        return "open"
    if c in DOUBLE_CLOSE or c in SINGLE_CLOSE:
        return "close"
    return "either"


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' inside or after a word (we’ll, Russia’s, officials’, ’90s) rather than a mark."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if (prev.isspace() or i == 0) and re.match(r"\d\ds\b|em\b|til\b|cause\b|n\b", text[i + 1:i + 6]):
        return True
    return False


def find_quotes(text: str, start: int = 0) -> list[QuoteSpan]:
    """Top-level quoted spans in text[start:], in order. Nested quotes stay inside their parent."""
    doubles = _pair(text, start, double=True)
    singles = [q for q in _pair(text, start, double=False)
               if not any(d.open < q.open < d.outer_end for d in doubles)]
    # a double quote nested inside a single one is part of it
    spans = [d for d in doubles if not any(s.open < d.open < s.outer_end for s in singles)] + singles
    return sorted(spans, key=lambda q: q.open)


def _marks(text: str, start: int, double: bool) -> list[tuple[int, int]]:
    """(offset, length) of each candidate mark; `` and '' count as one double mark."""
    pairs = [(m.start(), 2) for m in re.finditer(r"``|''", text[start:])]
    pairs = [(i + start, n) for i, n in pairs]
    covered = {i + k for i, n in pairs for k in range(n)}
    if double:
        singles = [(i, 1) for i in range(start, len(text)) if text[i] in DOUBLE_OPEN + DOUBLE_CLOSE + '"']
        return sorted(singles + pairs)
    return [(i, 1) for i in range(start, len(text)) if text[i] in SINGLE_OPEN + SINGLE_CLOSE + "'"
            and i not in covered and not _is_apostrophe(text, i)]


def _pair(text: str, start: int, double: bool) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened: int | None = None
    width = 1  # of the opening mark
    last = 0  # the last mark of the open quote (its re-opening mark in a later paragraph)
    for i, n in _marks(text, start, double):
        role = _role(text, i, n)
        if opened is None:
            if role == "close":
                continue  # a stray closing mark (or a plural possessive) with nothing open
            opened = last = i
            width = n
            continue
        # something is open: a paragraph break in between may end it or continue it
        brk = _break_between(text, last, i)
        if brk is not None:
            same = _straight(text, i) == _straight(text, opened)
            if role in ("open", "either") and _starts_paragraph(text, i) and same:
                last = i
                continue  # the conventional re-opening mark of a multi-paragraph quote
            if role == "close" and double and same and not _break_between(text, brk + 1, i):
                spans.append(QuoteSpan(opened, i, opened + width, i, double, close_len=n))
                opened = None
                continue  # continuation paragraph whose opening mark is missing
            spans.append(_unclosed(text, opened, brk, double, width))
            opened = last = i if role != "close" else None
            width = n
            continue
        if role == "open" and text[i] in (DOUBLE_OPEN + SINGLE_OPEN + "`") and text[opened] not in "\"'":
            # two opening marks in one paragraph: the first lost its closing mark
            spans.append(_unclosed(text, opened, _sentence_end(text, opened, i), double, width))
            opened = last = i
            width = n
            continue
        if not double and role == "open":
            # single marks: an opening-looking ' after an open one is more likely an apostrophe
            continue
        spans.append(QuoteSpan(opened, i, opened + width, i, double, close_len=n))
        opened = None
    if opened is not None:
        brk = _break_after(text, last)
        spans.append(_unclosed(text, opened, brk, double, width))
    if not double:
        spans = [s for s in spans if s.balanced and _plausible_single(text, s)]
    return [s for s in spans if s.end > s.start and text[s.start:s.end].strip()]


def _straight(text: str, i: int) -> bool:
    """A multi-paragraph quote re-opens each paragraph with the mark it opened with: a paragraph
    opened with a curly mark after a straight-marked one is another quote."""
    return text[i] in "\"'"


def _break_between(text: str, a: int, b: int) -> int | None:
    m = re.search(r"\n\s*\n", text[a:b])
    return a + m.start() if m else None


def _break_after(text: str, a: int) -> int:
    m = re.search(r"\n\s*\n", text[a:])
    return a + m.start() if m else len(text.rstrip())


def _starts_paragraph(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _sentence_end(text: str, opened: int, limit: int) -> int:
    """Where an unclosed quote most likely ends: the last sentence end before `limit`."""
    chunk = text[opened:limit]
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", chunk)]
    return opened + ends[-1] if ends else limit


def _unclosed(text: str, opened: int, end: int, double: bool, width: int = 1) -> QuoteSpan:
    while end > opened + width and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(opened, None, opened + width, end, double, balanced=False)


def _plausible_single(text: str, s: QuoteSpan) -> bool:
    """Single marks pair falsely across apostrophes: keep short, same-paragraph spans."""
    inner = text[s.start:s.end]
    return "\n\n" not in inner and len(inner) < 600 and not inner[:1].isspace()


def inside(spans: list[QuoteSpan], pos: int) -> QuoteSpan | None:
    for q in spans:
        if q.open <= pos < q.outer_end:
            return q
    return None
