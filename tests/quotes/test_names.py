"""The word lists names.py reads: TextBlob's lexicon, read without importing TextBlob."""

import subprocess
import sys

from analysis.quotes import names


def test_the_lexicon_is_textblobs_own():
    from textblob.en import lexicon

    lexicon.get("said")  # TextBlob reads its table on first use
    assert names._lexicon() == dict(lexicon)
    assert (names._tag("said"), names.is_headline_verb("Thanked"), names.is_epithet("Crooked")) == ("VBD", True, True)


def test_reading_it_imports_neither_textblob_nor_nltk():
    code = ("import sys; from analysis.quotes import names; names._lexicon(); "
            "print(sorted(m for m in ('textblob', 'nltk') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
