import pandas as pd

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
    assert out.count("<mark") == 1 and "&lt;b&gt;hi&lt;&#47;b&gt;" in out or "&lt;b&gt;hi&lt;/b&gt;" in out
