"""An article as escaped HTML with its statements highlighted and labelled by speaker."""

from __future__ import annotations

import pandas as pd

from .quotes.content import paragraph_bounds as _paragraph

# HTML's own characters, and those Streamlit's markdown would still read inside HTML: links, emphasis,
# LaTeX ($5 and $3). One table, applied once: escaping HTML first and markdown second turned the
# apostrophe's entity &#x27; into &&#35;x27;, which the page showed as "&#x27;".
_LITERAL = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'[]()*_`#~|$\\{}!+-:"})


def escape(text: str) -> str:
    """Article text as literal text in Streamlit markdown: HTML and markdown syntax both escaped."""
    return text.translate(_LITERAL)


_esc = escape


def highlight(text: str, quotes: pd.DataFrame, colors: dict[str, str], start: int = 0,
              end: int | None = None, focus: tuple[int, int] | None = None) -> str:
    """HTML for text[start:end]; every character from the article is escaped."""
    end = len(text) if end is None else end
    spans = []
    last = start
    for q in quotes.sort_values(["start", "end"]).itertuples():
        if q.start < last or q.end > end or q.start < start:
            continue  # overlapping or outside the window
        spans.append(q)
        last = q.end
    out: list[str] = []
    pos = start
    for q in spans:
        out.append(_esc(text[pos:q.start]))
        who = getattr(q, "speaker_label", q.speaker)
        color = colors.get(who, "#b0b0b0")
        ring = " outline: 2px solid #222;" if focus and (q.start, q.end) == focus else ""
        label = f"{who} · {q.kind}" + (f" · {q.cue}" if isinstance(q.cue, str) and q.cue else "")
        out.append(f'<mark style="background:{color}22; border-bottom:3px solid {color};{ring} '
                   f'padding:0 2px;" title="{_esc(label)}">{_esc(text[q.start:q.end])}</mark>'
                   f'<sup style="color:{color}; font-weight:600; font-size:0.72em;"> {_esc(who)}</sup>')
        pos = q.end
    out.append(_esc(text[pos:end]))
    body = "".join(out)
    paragraphs = [p.strip().replace("\n", "<br>") for p in body.split("\n\n") if p.strip()]
    return "".join(f"<p style='line-height:1.6'>{p}</p>" for p in paragraphs)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph(s) holding text[start:end]."""
    return _paragraph(text, start)[0], _paragraph(text, end)[1]
