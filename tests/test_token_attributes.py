"""The memoised attribute ruler + lemmatizer must annotate exactly like spaCy's own components."""

from __future__ import annotations

import csv

import pytest
import spacy

from analysis.nlp import DEFAULT_MODEL
from analysis.token_attributes import IndexedWords, install
from tests.conftest import SAMPLE, WIKINEWS

TRICKY = ("Let's go, y'all. They're gonna win, ain't they? There is hope and there were doubts. "
          "C'mon, I gotta go. “I don't know,” she said. May said in May that 2019 was hard.\n\n  Then.")


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    texts = [SAMPLE.read_text(encoding="utf-8"), TRICKY, ""]
    if WIKINEWS.exists():
        with open(WIKINEWS, encoding="utf-8", newline="") as fh:
            texts += [row["text"] for row in csv.DictReader(fh)][:40]
    return texts


def test_same_tokens_as_the_stock_pipeline(texts):
    stock = spacy.load(DEFAULT_MODEL)
    fast = install(spacy.load(DEFAULT_MODEL))
    assert "token_attributes" in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    for _ in range(2):  # the second pass runs from the memo
        for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
            assert _annotations(a) == _annotations(b)


def test_multi_token_rules_still_apply():
    doc = install(spacy.load(DEFAULT_MODEL))("They're gonna win, ain't they? Let's see.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"], lemmas["ai"], lemmas["'s"]) == ("go", "to", "be", "us")


def test_the_lemmatizer_index_tests_membership_in_sets_with_the_same_words():
    stock = spacy.load(DEFAULT_MODEL).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    fast = install(spacy.load(DEFAULT_MODEL)).get_pipe("token_attributes").lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, IndexedWords) for words in fast.values())
    assert {k: list(v) for k, v in fast.items()} == {k: list(v) for k, v in stock.items()}
