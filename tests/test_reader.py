import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.reader import escape, highlight


def test_untrusted_text_is_literal():
    text = 'He said <script>alert(1)</script> and [x](javascript:alert(1)) cost $5 and $3 **now**.'
    out = escape(text)
    assert "<script>" not in out and "](" not in out and "$" not in out and "**" not in out


def test_highlight_marks_statement_and_escapes():
    text = '“<b>hi</b>,” <img src=x onerror=alert(1)> said.'
    quotes = pd.DataFrame([{"start": 1, "end": 11, "speaker": "A <i>", "kind": "direct", "cue": "said"}])
    out = highlight(text, quotes, {"A <i>": "#123456"})
    assert "<b>" not in out and "<img" not in out and "<i>" not in out
    assert out.count("<mark") == 1 and "&#60;b&#62;hi&#60;/b&#62;" in out


def test_escape_is_undone_by_one_decoding():
    """Repro 2: the browser decodes entities once; "Pelosi's" came out as "Pelosi&#x27;s" (escaped twice)."""
    import html

    for text in ("Pelosi's grandchildren", "O’Brien’s ‘last word’", "Smith & Sons < 5", 'a "b" #c $5 [x](y)'):
        assert html.unescape(escape(text)) == text
    text = "Maria Ostrova's & Pelosi’s <b>"
    quotes = pd.DataFrame([{"start": 0, "end": 15, "speaker": "O'Brien & co", "kind": "direct", "cue": "said"}])
    out = html.unescape(highlight(text, quotes, {}))
    assert "Maria Ostrova's</mark>" in out and "& Pelosi’s <b>" in out and "O'Brien & co" in out


@given(st.text())
def test_escape_round_trips_any_text(text):
    import html

    out = escape(text)
    assert html.unescape(out) == text
    assert not set(out) & set("<>\"'[]()*_`~|$\\{}!")
