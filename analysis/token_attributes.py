"""spaCy's attribute ruler and lemmatizer, memoised: same annotations, a fraction of the time.

Both components run Python per token (the ruler matches ~180 patterns at every position), and
together cost about a fifth of the small model's pipeline. Nearly all of the ruler's patterns
look at one token only (its tag, lower-case form, dependency label), so their result, and the
lemma that follows from it, is a function of (text, tag, dependency): computed once with the real
components, then copied in bulk. The ruler's few multi-token patterns run as usual after that.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

NAME = "token_attributes"
MEMO_LIMIT = 200_000  # distinct (text, tag, dependency) triples kept, ~30 MB


class TokenAttributes:
    def __init__(self, nlp: Language, ruler_name: str = "attribute_ruler",
                 lemmatizer_name: str = "lemmatizer") -> None:
        self.vocab = nlp.vocab
        ruler = nlp.get_pipe(ruler_name)
        self.lemmatizer = nlp.get_pipe(lemmatizer_name)
        _index_as_sets(self.lemmatizer)
        single = [p for p in ruler.patterns if all(len(seq) == 1 for seq in p["patterns"])]
        multi = [p for p in ruler.patterns if p not in single]
        self.single = ruler.__class__(nlp.vocab, name=ruler_name + "_single")
        self.single.add_patterns(single)
        self.multi = ruler.__class__(nlp.vocab, name=ruler_name + "_multi")
        self.multi.add_patterns(multi)
        # (orth, tag, dep) → (tag, pos, morph, lemma, dep), each a string-store hash
        self._memo: dict[tuple[int, int, int], tuple[int, int, int, int, int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys = [tuple(row) for row in doc.to_array([ORTH, TAG, DEP]).tolist()]
        memo = self._memo
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        new = {key: i for i, key in enumerate(keys) if key not in memo}
        if new:
            memo.update(zip(new, self._annotate_apart([doc[i] for i in new.values()]), strict=True))
        values = [memo[k] for k in keys]
        doc.from_array([TAG, POS, MORPH, LEMMA], numpy.array([v[:4] for v in values], dtype=numpy.uint64))
        for i, (key, value) in enumerate(zip(keys, values, strict=True)):
            if value[4] != key[2]:  # a rule relabelled the dependency (white space → punct)
                doc[i].dep = value[4]
        return self.multi(doc)

    def _annotate_apart(self, tokens: list) -> list[tuple[int, int, int, int, int]]:
        """Tokens through the real single-token rules and lemmatizer, each its own sentence in
        one Doc: every rule and lemma looks at one token, so none sees its neighbours."""
        apart = Doc(self.vocab, words=[t.text for t in tokens], spaces=[True] * len(tokens),
                    tags=[t.tag_ for t in tokens], deps=[t.dep_ for t in tokens],
                    heads=list(range(len(tokens))))
        apart = self.lemmatizer(self.single(apart))
        out = []
        for t in apart:
            morph = str(t.morph)
            self.vocab.morphology.add(morph)
            out.append((t.tag, t.pos, self.vocab.strings.add(morph), t.lemma, t.dep))
        return out


class IndexedWords(list):
    """A list of words that tests membership in a set (same words, same order)."""

    def __init__(self, words) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._set


def _index_as_sets(lemmatizer) -> None:
    """spaCy's rule lemmatizer keeps its word index per part of speech as a list of up to 60,000
    words and tests each form it derives against it, about 60 µs a new word; as sets the lemmas are
    the same, and a fresh worker's first articles (every word new) lose a tenth of their parse."""
    index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer.lookups.has_table("lemma_index") else {}
    for key, words in list(index.items()):
        if isinstance(words, list) and not isinstance(words, IndexedWords):
            index[key] = IndexedWords(words)


@Language.factory(NAME)
def make_token_attributes(nlp: Language, name: str) -> TokenAttributes:
    return TokenAttributes(nlp)


def install(nlp: Language) -> Language:
    """Swap the two slow components for the memoised one, in the same place in the pipeline."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return nlp
    nlp.add_pipe(NAME, before="attribute_ruler")
    for name in ("attribute_ruler", "lemmatizer"):
        nlp.disable_pipe(name)
    return nlp
