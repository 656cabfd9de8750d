"""Direct quotes: each quoted span tied to the cue beside it, or recognised as a title or term.

For each quote, `DIRECT_RULES` is tried in order on a `QuoteContext` (the quote, its paragraph,
the text after and before it); the first rule that returns a candidate decides. `CUE_FILTERS`
reject verbs that look like cues but do not report speech here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from ..nlp import doc_ents
from .content import ADVERBIAL_MARKS, find_subject, paragraph_bounds
from .context import ArticleContext
from .cues import cue_phrase, is_direct_cue, puts_it
from .lexicon import (
    DIRECT_VERBS,
    DOCUMENT_NOUNS,
    FRAGMENT_VERBS,
    INDIRECT_VERBS,
    NAMING_VERBS,
    SUBJECTS,
    THIRD_PERSON_SUBJECTS,
    TITLES,
)
from .marks import QuoteSpan, inside
from .names import is_given_name
from .phrases import clean_name
from .statement import Candidate, Speaker

# a full stop after an initial, a short title or a month ("John G. Roberts", "Del. Marcia Price", "Dec. 2") ends no sentence
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
                          r"(?<!\bDel)(?<!\bRev)(?<!\bGen)(?<!\bLt)(?<!\bCol)(?<!\bSgt)(?<!\bCapt)(?<!\bProf)(?<!\bAtty)"
                          r"(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)(?<!\bSep)(?<!\bOct)(?<!\bNov)(?<!\bDec)"
                          r"[.!?](?=[\s”\"’']|$)")
PARTICIPLE_LINK = re.compile(r"\s*,?\s*(?:\w+ly\s+|further\s+|also\s+|then\s+|before\s+|later\s+)?"
                             r"(?P<verb>[a-z]+ing)\s*[,:]?\s*")
# a sentence opening with the cue: "Remarked Center … scientist Tierra Curry, “…”"
INVERTED_LEAD = re.compile(r"\s*(?P<verb>[A-Z][a-z]+)\s+(?P<who>[^,:“”\"]{3,150}?)\s*[,:]")
# “…” — Jane Doe   /   “…” –John Smith, mayor
SIGN_OFF = re.compile(r"[ \t\u00a0]*(?:—|–|―|--)[ \t\u00a0]*(?P<name>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,3})"
                      r"(?=[ \t\u00a0]*(?:,|\n|$))")
# "“…”\n\n- Bernie Sanders.": the sign-off on a line of its own
NEXT_LINE_SIGN_OFF = re.compile(r"[ \t\u00a0]*\n\s*(?:—|–|―|--|-)[ \t\u00a0]*(?P<name>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,3})"
                                r"[ \t\u00a0]*(?=\n|$)")
# "“WALLACE: Let's start …”": a transcript quoted whole, its first speaker's label inside the marks
QUOTED_LABEL = re.compile(r"\s*(?P<name>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,2})[ \t]*:[ \t]+\S")
# "Clinton: “…”", "Rep. Trey Gowdy (R-S.C.): “…”": a speaker's name and a colon, as in a transcript
SPEAKER_LABEL = re.compile(r"\s*(?P<name>[A-Z][\w'’.-]*(?:[ \t\u00a0]+[A-Z][\w'’.-]*){0,4})[ \t\u00a0]*(?:\([^()\n]{1,20}\))?"
                           r"[ \t\u00a0]*:")


NICKNAME = re.compile(r"[A-Z][\w.'’-]*[ \t]*$")


def nickname(text: str, q: QuoteSpan) -> bool:
    """'Marcia "Cia" Price', 'Robert C. “Bobby” Scott': one or two capitalised words in quote marks between
    the parts of a name."""
    words = text[q.start:q.end].split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) and q.close is not None and \
        NICKNAME.search(text, max(0, q.open - 30), q.open) is not None and \
        re.match(r"[ \t]+[A-Z]", text[q.outer_end:q.outer_end + 3]) is not None


def _tokens_in(doc, s: int, e: int) -> list:
    span = doc.char_span(s, e, alignment_mode="contract") if e > s else None
    return list(span) if span is not None else []


# verbs that report speech only when bare ("he continued, “…”"), not when they narrate an event
NARRATING_DEPS = frozenset("dobj npadvmod conj advcl mark xcomp".split())


def naming_participle(cue, quotes: list[QuoteSpan]) -> bool:
    """'a programme called “Learning Together”': a bare participle that names a thing reports no speech."""
    return cue.lemma_.lower() in NAMING_VERBS and cue.tag_ != "VBG" and \
        not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cue.children) \
        and (cue.dep_ in ("acl", "advcl") or cue.tag_ == "VBN")  # the parser also calls it advcl, VBD


def narrating_verb(cue, quotes: list[QuoteSpan]) -> bool:
    """'… “together save lives,” began last November': begin/continue narrating an event, not speech."""
    return cue.lemma_.lower() in ("begin", "continue") and any(
        c.dep_ in NARRATING_DEPS and inside(quotes, c.idx) is None for c in cue.children)


CUE_FILTERS = (naming_participle, narrating_verb)


def content_span(text: str, q: QuoteSpan) -> tuple[int, int]:
    """Inside the marks, without one trailing comma that belongs to the attribution."""
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and text[e - 1] == ",":
        e -= 1
    return s, e


def direct_candidates(art: ArticleContext, consumed: set[int]) -> list[Candidate]:
    """`consumed` holds quote.open offsets already part of a mixed indirect statement."""
    out: list[Candidate] = []
    for qi, q in enumerate(art.quotes):
        if q.open in consumed:
            continue
        s, e = content_span(art.text, q)
        if e <= s:
            continue
        found = art.rules.decide(DIRECT_RULES, QuoteContext(art, qi, (s, e)))
        if found is not None:
            out.append(found[1])
    return out


class QuoteContext:
    """One quote and the text around it, with what several rules read from it computed once."""

    def __init__(self, art: ArticleContext, qi: int, span: tuple[int, int]) -> None:
        self.doc, self.text, self.quotes, self.rules = art.doc, art.text, art.quotes, art.rules
        self.qi, self.span = qi, span
        text, quotes = art.text, art.quotes
        self.q = q = quotes[qi]
        self.para_start, self.para_end = paragraph_bounds(text, q.open)
        # a nickname inside a name ('state Del. Marcia "Cia" Price shouted') does not end the text after the quote
        self.nxt_open = next((o.open for o in quotes[qi + 1:] if not nickname(text, o)), len(text))
        self.prev_close = quotes[qi - 1].outer_end if qi > 0 else 0
        self.inner = text[span[0]:span[1]]
        self.words = len(self.inner.split())

    def candidate(self, cue, cue_text: str | None, subject, mode: str) -> Candidate:
        return Candidate("direct", [self.span], cue, cue_text, subject, mode, [self.q])

    def cue_in(self, s: int, e: int, nearest_to: int):
        """The cue verb in text[s:e] nearest to `nearest_to`, outside any quote."""
        quotes = self.quotes
        toks = [t for t in _tokens_in(self.doc, s, e) if is_direct_cue(t) and inside(quotes, t.idx) is None
                and not self.rules.veto(CUE_FILTERS, t, quotes)]
        return min(toks, key=lambda t: abs(t.idx - nearest_to)) if toks else None

    # what follows the quote, up to the sentence end
    @cached_property
    def after_stop(self) -> int:
        after_end = min(self.nxt_open, self.para_end)
        m = SENTENCE_END.search(self.text, self.q.outer_end, after_end)
        return m.end() if m else after_end

    @cached_property
    def ends_open(self) -> bool:
        """The quote does not end its sentence: “…,” / “…?” asked / “…” — lower case follows."""
        text, q = self.text, self.q
        tail = text[q.outer_end:self.after_stop]
        return text[q.end - 1:q.end] in (",", "?", "!", "—", "-", "…") or tail.lstrip().startswith(",") \
            or (tail.strip()[:1].islower() if tail.strip() else False)

    @cached_property
    def ends_sentence(self) -> bool:
        """The quote ends its sentence: a full stop, ? or ! inside the marks and a capital after them."""
        text, q = self.text, self.q
        tail = text[q.outer_end:self.after_stop].lstrip()
        return text[q.end - 1:q.end] in (".", "?", "!") and tail[:1].isupper()

    # the last sentence before the quote, within the paragraph and after the previous quote
    @cached_property
    def before_start(self) -> int:
        start = max(self.prev_close, self.para_start)
        head = self.text[start:self.q.open]
        ends = [mm.end() for mm in SENTENCE_END.finditer(head)]
        if ends and ends[-1] < len(head.rstrip()):
            start += ends[-1]
        return start

    @cached_property
    def head(self) -> str:
        return self.text[self.before_start:self.q.open].rstrip()

    def head_tokens(self, match: re.Match, group: str) -> list:
        """The tokens of a group of a pattern matched on `head`."""
        return _tokens_in(self.doc, self.before_start + match.start(group), self.before_start + match.end(group))

    @cached_property
    def before(self) -> list:
        return _tokens_in(self.doc, self.before_start, self.q.open)

    @cached_property
    def cue_before(self):
        return self.cue_in(self.before_start, self.q.open, self.q.open)

    @property
    def follows_quote_in_paragraph(self) -> bool:
        return self.qi > 0 and self.prev_close >= self.para_start


# ---- rules, in the order they are tried ----

def participle_between_quotes(c: QuoteContext) -> Candidate | None:
    """'“…,” further remarking, “…”': a speech participle between two quotes continues the first speaker."""
    between = c.text[c.prev_close:c.q.open] if c.follows_quote_in_paragraph else ""
    m = PARTICIPLE_LINK.fullmatch(between)
    stem = m.group("verb")[:-3] if m else ""
    if m and (stem in DIRECT_VERBS or stem + "e" in DIRECT_VERBS):  # remarking, adding, noting
        return c.candidate(None, m.group("verb"), None, "participle")
    return None


def cue_after_quote(c: QuoteContext) -> Candidate | None:
    """'“…,” X said.' / '“…?” asked X.': the cue and its subject right after the quote."""
    text, q = c.text, c.q
    cue = c.cue_in(q.outer_end, c.after_stop, q.outer_end)
    if cue is not None and _reports_own_clause(cue, c.quotes if text[q.end - 1:q.end] == "," else []):
        cue = None  # "“…”, while Klimov indicated 68 were missing": not this quote's cue
    if cue is not None and _held_before(c) and not _fragment_ok(c.doc, q, cue):
        cue = None  # 'slammed Obama for suggesting that voters “cling to guns,” and bragged …': another verb's words
    if cue is not None and _opens_clause_of_time(cue):
        cue = None  # '“That makes me smart,” when Clinton blasted him': when it was said, not who said it
    cue = cue or _bare_speech_verb(c)
    if cue is None:
        return None
    if not c.ends_open and _lead_in(c, max(c.prev_close, c.para_start)):
        return None  # 'Gownaris said, “… .” The findings suggested …': the lead-in attributes
    if c.ends_sentence and not _bare_cue_clause(c, cue) and (text[q.end - 1] == "." or _runs_into_own_quote(c, cue)):
        # 'Lee called it “unfair.” Ray wrote a letter …', '“Why?” Ray called the plan “a mess”': the cue
        # belongs to the next sentence ('“… .” Trump said.' is still Trump's)
        return None
    if not (c.ends_open or cue.idx - q.outer_end < 40):
        return None
    subject = find_subject(cue)
    if subject is not None and subject.i > cue.i and inside(c.quotes, subject.idx) is not None:
        subject = None  # '“…,” Flynn said on “Fox and Friends.”': the parse took the show's title for the speaker
    if subject is not None and subject.i < cue.i and subject.left_edge.idx <= q.open < subject.right_edge.idx:
        return None  # 'As Akhil Amar, author of “America's Unwritten Constitution,” put it': a title in the speaker's description
    if subject is not None and q.open <= subject.idx < q.outer_end:
        subject = None  # the parse hung the cue on the quote's own verb
    if subject is None and not text[q.outer_end:cue.idx].strip(" ,"):
        # '“…,” said a protester using …': the parse made the inverted subject an object
        subject = next((t for t in cue.children if t.dep_ in ("dobj", "attr") and t.i > cue.i), None)
    if subject is None and c.ends_open:
        # '“…,” Melanne Verveer, a … then working for …, wrote': the parse lost the subject; the
        # name right after the quote is the speaker
        subject = _surface_subject(_tokens_in(c.doc, q.outer_end, cue.idx))
    if subject is not None:
        return c.candidate(cue, cue_phrase(cue), subject, "after")
    return None


def sign_off(c: QuoteContext) -> Candidate | None:
    """'“…” — Jane Doe', '“…”⏎- Bernie Sanders.': a dash and a name after the quote, or on the next line."""
    sign = SIGN_OFF.match(c.text, c.q.outer_end) or NEXT_LINE_SIGN_OFF.match(c.text, c.q.outer_end)
    if sign is None:
        return None
    name = c.doc.char_span(sign.start("name"), sign.end("name"), alignment_mode="expand")
    if name is None:
        return None
    cand = c.candidate(None, c.text[c.q.outer_end:sign.start("name")].strip(), name.root, "after")
    signed = clean_name(sign.group("name")).split()
    if len(signed) >= 2 and is_given_name(signed[0]):  # "― Jacklyn Ashley": a person, whatever the NER made of it
        cand = replace(cand, speaker=Speaker(" ".join(signed), "person", None, name.start_char, name.end_char, "named"))
    return cand


def according_after_quote(c: QuoteContext) -> Candidate | None:
    """'“…,” according to X.'"""
    according = _according_in(c.doc, c.q.outer_end, c.after_stop) if c.ends_open else None
    return c.candidate(according[0], "according to", according[1], "after") if according else None


def inverted_lead(c: QuoteContext) -> Candidate | None:
    """'Remarked Center for Biological Diversity scientist Tierra Curry, “…”': a sentence opening with its cue."""
    inverted = INVERTED_LEAD.fullmatch(c.head)
    if inverted is None:
        return None
    verb = c.head_tokens(inverted, "verb")
    if not verb or not is_direct_cue(verb[0]):
        return None
    names = [t for t in c.head_tokens(inverted, "who") if t.pos_ == "PROPN"]
    return c.candidate(verb[0], inverted.group("verb").lower(), names[-1], "before") if names else None


def speaker_label(c: QuoteContext) -> Candidate | None:
    """'Clinton: “…”', 'Rep. Trey Gowdy (R-S.C.): “…”': a name and a colon before the quote, as in a transcript."""
    label = SPEAKER_LABEL.fullmatch(c.head)
    if label is None:
        return None
    names = [t for t in c.head_tokens(label, "name") if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"]
    return c.candidate(None, "label", names[-1], "before") if names else None


def label_inside_quote(c: QuoteContext) -> Candidate | None:
    """'“WALLACE: Let's start with …”': a quoted transcript turn, its speaker's label inside the marks."""
    label = QUOTED_LABEL.match(c.text, c.q.start)
    if label is None or c.words < 5:
        return None
    toks = _tokens_in(c.doc, label.start("name"), label.end("name"))
    if not toks or not all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in toks):
        return None
    return c.candidate(None, "label", toks[-1], "before")


def introduced_in_paragraph_before(c: QuoteContext) -> Candidate | None:
    """'Dr. Ward stated:⏎⏎“…”': a paragraph ending in a colon after a named speaker introduces the quote below it."""
    if c.text[c.para_start:c.q.open].strip() or c.para_start < 2:
        return None
    end = len(c.text[:c.para_start].rstrip())
    if not c.text[:end].endswith(":"):
        return None
    last = c.doc.char_span(end - 1, end, alignment_mode="expand")
    if last is None:
        return None
    sent = last[0].sent
    verbs = [t for t in sent if t.pos_ == "VERB" and t.dep_ != "amod" and inside(c.quotes, t.idx) is None]  # not "the following statement"
    verb = next((t for t in reversed(verbs) if is_direct_cue(t)), verbs[-1] if verbs else None)
    subject = find_subject(verb) if verb is not None else None
    if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in THIRD_PERSON_SUBJECTS):
        return c.candidate(verb, cue_phrase(verb), subject, "before")
    return None


def according_before_quote(c: QuoteContext) -> Candidate | None:
    """'According to X, “…”'"""
    if not c.head.endswith(","):
        return None
    according = _according_in(c.doc, c.before_start, c.q.open)
    return c.candidate(according[0], "according to", according[1], "before") if according else None




def as_speaker_put_it(c: QuoteContext) -> Candidate | None:
    """'As Rosenthal put it, “…”', 'As Ms. Simonyan put it in July, RT is “…”': an 'as X said' clause opening the quote's sentence."""
    cue = c.cue_before  # the cue nearest the quote: not 'As the crowd began to chant, Silverman joked, “…”'
    if cue is None or cue.dep_ != "advcl" or not (cue.lemma_.lower() in INDIRECT_VERBS or puts_it(cue)) or \
            not any(m.dep_ == "mark" and m.lower_ == "as" and m.i < cue.i for m in cue.children):
        return None
    subject = find_subject(cue)
    if subject is None or not subject.i < cue.i:
        return None
    return c.candidate(cue, cue_phrase(cue), subject, "before")


def cue_before_quote(c: QuoteContext) -> Candidate | None:
    """'X said: “…”' / 'X said in an address on Monday. “…”' / 'X called it “…”': the cue before the quote."""
    cue = c.cue_before
    if cue is None:
        return None
    subject = find_subject(cue) or _named_with_description_before(cue)
    if subject is not None and inside(c.quotes, subject.idx) is not None:
        # the parse hung the cue on the quote's verb ('Clinton seemed ready …, telling the crowd, “…”'):
        # the subject of the clause before the cue
        subject = next((t for t in reversed(c.before) if t.dep_ in SUBJECTS and t.i < cue.i), None)
    if subject is None:
        return None
    head = c.head
    # "X wrote “…”": the cue is the last word before the mark
    last_word = head.rstrip(":,— ").split()[-1:] if head else []
    fragment = not head.endswith((":", ",", ".", "—")) and c.q.open > c.before_start and last_word != [cue.text]
    if not fragment or _fragment_ok(c.doc, c.q, cue):
        return c.candidate(cue, cue_phrase(cue), subject, "fragment" if fragment else "before")
    return None


def named_subject_before_colon(c: QuoteContext) -> Candidate | None:
    """'Governor John Bel Edwards addressed the public: “…”': a named speaker's clause ending in a colon."""
    if c.cue_before is not None or not c.head.endswith(":") or c.words < 4:
        return None
    # the clause's own verb: the root, or one the parse hung on the quote's verb
    q = c.q
    verbs = [t for t in c.before if t.pos_ == "VERB" and (t.dep_ == "ROOT" or q.open <= t.head.idx < q.outer_end)]
    subject = find_subject(verbs[-1]) if verbs else None
    if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in THIRD_PERSON_SUBJECTS):
        return c.candidate(verbs[-1], cue_phrase(verbs[-1]), subject, "before")
    return None


def statement_read(c: QuoteContext) -> Candidate | None:
    """'Trump's statement read: “…”': a document's words ('read' is often tagged a noun here)."""
    words_before = [t for t in c.before if not (t.is_punct or t.is_space)]
    if not (words_before and words_before[-1].lower_ == "read" and c.head.endswith((":", ",", "read"))):
        return None
    document = next((t for t in reversed(words_before[:-1]) if t.lemma_.lower() in DOCUMENT_NOUNS), None)
    return c.candidate(words_before[-1], "read", document, "before") if document is not None else None


def fragment_of_describing_verb(c: QuoteContext) -> Candidate | None:
    """'… described the plan as “a disaster”': a fragment governed by a describing verb further back in the sentence."""
    frag = _governing_verb(c)
    if frag is None:
        return None
    subject = _blamed_for(frag) or find_subject(frag)
    return c.candidate(frag, cue_phrase(frag), subject, "fragment") if subject is not None else None


def quote_paragraph(c: QuoteContext) -> Candidate | None:
    """A paragraph that is only a quote continues the previous speaker (one with words after the
    quote names its own speaker, even where the rules could not read it)."""
    if c.text[c.para_start:c.q.open].strip() == "" and c.words >= 4 and \
            c.text[c.q.outer_end:c.para_end].strip(" .\u00a0") == "":
        return c.candidate(None, None, None, "continuation")
    return None


def follows_attributed_quote(c: QuoteContext) -> Candidate | None:
    """'as “a guiding force” who was “one of the most …”' and '“…,” said a protester. “The situation …”': more of the same speaker."""
    if not (c.follows_quote_in_paragraph and c.words >= 4):
        return None
    ends = [m.end() for m in SENTENCE_END.finditer(c.text, c.prev_close, c.q.open)]
    if not ends or len(ends) == 1 and not c.text[ends[0]:c.q.open].strip() \
            and c.cue_in(c.prev_close, c.q.open, c.q.open) is not None:
        speech = c.words >= 6 and _looks_like_speech(c.inner)  # else dropped when no speaker precedes it
        return c.candidate(None, None, None, "follows" if speech else "follows_term")
    return None


def quote_in_speakers_clause(c: QuoteContext) -> Candidate | None:
    """'Mr. Obama decried the “spin masters …”', 'he implied a judge was “hostile”': a quote hanging on the verb of a clause whose subject is a name or a pronoun."""
    if c.words < 2 or not _looks_like_speech(c.inner):
        return None
    verb = _verb_holding(c)
    if verb is None:
        return None
    subject = _blamed_for(verb) or find_subject(verb)
    if subject is None or inside(c.quotes, subject.idx) is not None or not (
            subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they", "we", "i")):
        return None
    if c.words < 4 and not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")):
        return None  # a short fragment is a person's words; an institution's is more often a term ("no deal")
    return c.candidate(verb, cue_phrase(verb), subject, "governing")


def name_opening_clause_before_quote(c: QuoteContext) -> Candidate | None:
    """'Smith, at a rally on Monday: “…”', 'Smith touted the bill. “…”': a named person opening the clause right before the quote, its subject (or the parse lost it), speaks."""
    if c.words < 4 or not _looks_like_speech(c.inner):
        return None
    toks = [t for t in c.before if not (t.is_space or t.is_punct and t.text in "\"“”'‘’")]
    while toks and (toks[0].pos_ in ("CCONJ", "ADV") or toks[0].is_punct):
        toks.pop(0)  # "But Smith …", "And …"
    if toks and toks[0].dep_ == "prep" and toks[0].head.pos_ in ("VERB", "AUX"):
        # "On Sunday's show, Smith …", "In a statement, Smith …": an opening phrase and its comma
        end = next((i for i, t in enumerate(toks) if t.text == "," and t.i > toks[0].right_edge.i - 1), None)
        toks = toks[end + 1:] if end is not None else []
    while toks and toks[0].lower_.rstrip(".") in TITLES:
        toks.pop(0)  # "Sen. Bernie Sanders", "Governor Mark Ellison" are named people too
    ent = next((e for e in doc_ents(c.doc) if toks and e.start == toks[0].i), None)
    if ent is None or ent.label_ != "PERSON" or ent[0].pos_ != "PROPN" or ent.end > toks[-1].i:
        return None
    name = ent.root
    if name.dep_ in ("pobj", "dobj", "poss", "attr", "dative", "compound", "nsubjpass"):
        return None  # the name belongs to another phrase ("Smith's plan …") or is asked ("Smith was asked, “…?”")
    verb = name.head if name.dep_ == "nsubj" else None
    # no one else speaks in between: no other noun or name is a subject before the quote
    inside_name = {t.i for t in name.subtree}
    if any(t.dep_ in SUBJECTS and t.i not in inside_name and t.pos_ in ("NOUN", "PROPN")
           for t in toks if t.i >= ent.end):
        return None
    return c.candidate(verb, cue_phrase(verb) if verb is not None else None, name, "opening")


def unattributed_speech(c: QuoteContext) -> Candidate | None:
    """A long quote with the shape of speech and no cue: a statement by an unknown speaker."""
    if c.words >= 6 and _looks_like_speech(c.inner):
        return c.candidate(None, None, None, "unattributed")
    return None


DIRECT_RULES = (participle_between_quotes, cue_after_quote, sign_off, according_after_quote, inverted_lead,
                speaker_label, label_inside_quote, according_before_quote, as_speaker_put_it, cue_before_quote, named_subject_before_colon,
                statement_read, fragment_of_describing_verb, introduced_in_paragraph_before, quote_paragraph,
                follows_attributed_quote, quote_in_speakers_clause, name_opening_clause_before_quote,
                unattributed_speech)


def _opens_clause_of_time(cue) -> bool:
    """The cue heads a clause of time or cause ('when Clinton blasted him', 'after she asked'): it tells
    when the words before it were said ('as Trump put it' still names the speaker)."""
    return any(ch.dep_ in ("mark", "advmod") and ch.lower_ in ADVERBIAL_MARKS - {"as"} and ch.i < cue.i
               for ch in cue.children)


def _reports_own_clause(cue, split: list[QuoteSpan]) -> bool:
    """The cue reports a clause or quote of its own after it ('… Miller said “It is hard”'),
    except the second half of a split quote ('“…,” wrote Roberts, “…”'), passed as `split`."""
    return any(c.dep_ == "ccomp" and c.i > cue.i and inside(split, c.left_edge.idx) is None for c in cue.children)


def _bare_cue_clause(c: QuoteContext, cue) -> bool:
    """'“…” Trump said.': nothing between the quote and the cue but the cue's subject, and nothing
    reported by the cue after it (no object or clause of its own)."""
    subject = find_subject(cue)
    own = {t.i for t in subject.subtree} if subject is not None else set()
    between = [t for t in _tokens_in(c.doc, c.q.outer_end, cue.idx) if not (t.is_punct or t.is_space)]
    return all(t.i in own for t in between) and \
        not any(ch.dep_ in ("dobj", "ccomp", "xcomp", "dative", "oprd") and ch.i > cue.i for ch in cue.children)


def _runs_into_own_quote(c: QuoteContext, cue) -> bool:
    """The cue's sentence goes on into a quote of its own ('Ray called the plan “a mess”')."""
    return c.nxt_open < c.para_end and not SENTENCE_END.search(c.text, cue.idx, c.nxt_open)


def _lead_in(c: QuoteContext, start: int) -> bool:
    """'X said, “…”' / 'X said: “…”' / 'X said “…”': a cue with its subject between `start` (the
    paragraph or the previous quote) and the mark."""
    head = c.text[start:c.q.open].rstrip()
    cue = c.cue_in(max(start, c.q.open - 80), c.q.open, c.q.open)
    if cue is None or not (head.endswith((",", ":")) or cue.idx + len(cue) == start + len(head)):
        return False
    return find_subject(cue) is not None and not SENTENCE_END.search(c.text, cue.idx, c.q.open)


def _according_in(doc, s: int, e: int):
    """'according to X' in a window: (the 'according' token, X); a tweet or statement 'by X' gives X."""
    for tok in _tokens_in(doc, s, e):
        if tok.lower_ != "according":
            continue
        pobj = [g for t in tok.children if t.lower_ == "to" for g in t.children if g.dep_ == "pobj"]
        if not pobj:
            nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
            pobj = [g for g in (nxt.children if nxt is not None else []) if g.dep_ == "pobj"]
        if pobj:
            source = pobj[0]
            by = [g for p in source.children if p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
            return tok, by[0] if by else source
    return None


def _fragment_ok(doc, q: QuoteSpan, verb) -> bool:
    toks = _tokens_in(doc, q.start, q.end)
    return any(_ancestor(t, verb) for t in toks)


def _ancestor(tok, verb, depth: int = 6) -> bool:
    for _ in range(depth):
        if tok == verb:
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return tok == verb


def _governing_verb(c: QuoteContext):
    toks = _tokens_in(c.doc, c.q.start, c.q.end)
    if not toks:
        return None
    within = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in within]
    for r in roots:
        tok = r.head
        for _ in range(4):
            if tok.i >= toks[0].i or tok.sent != r.sent:
                break
            if tok.lemma_.lower() in FRAGMENT_VERBS and tok.pos_ == "VERB":
                return tok if not c.rules.veto(CUE_FILTERS, tok, [c.q]) else None
            if tok.pos_ == "VERB" and tok.lemma_.lower() in INDIRECT_VERBS and tok.dep_ == "pcomp":
                return tok  # 'slammed Obama for suggesting that voters “cling …”': the nearer verb of speech reports them
            if tok.head == tok:
                break
            tok = tok.head
    return None


def _named_with_description_before(cue):
    """'…, Col. Steven H. Warren, a military spokesman in Baghdad, said, “…”' where the parse hung the name
    on something else: a person's name whose phrase (with its description) ends right before the cue."""
    doc = cue.doc
    for ent in reversed(doc_ents(doc)):
        if ent.label_ != "PERSON" or ent.root.i >= cue.i or ent.sent != cue.sent:
            continue
        edge = ent.root.right_edge.i
        described = ent.root.dep_ == "appos" or any(c.dep_ == "appos" for c in ent.root.children)
        return ent.root if described and edge + 1 < cue.i and all(t.is_punct for t in doc[edge + 1:cue.i]) else None
    return None


def _surface_subject(toks: list):
    """The head of the noun phrase that opens `toks` ('the presumptive nominee, Donald Trump,' →
    nominee), climbing from its first word through nouns inside `toks`; None if it is no noun phrase."""
    tok = next((t for t in toks if not (t.is_punct or t.is_space or t.dep_ == "det")), None)
    ids = {t.i for t in toks}
    while tok is not None and tok.head.i in ids and tok.head != tok and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok if tok is not None and tok.pos_ in ("NOUN", "PROPN", "PRON") else None


def _bare_speech_verb(c: QuoteContext):
    """'“…,” Toomey fumed.' / '“…?” she shot back': a quote ending in a comma, ? or ! and then a short
    subject and a verb: that verb reports the quote, whatever it is."""
    if c.text[c.q.end - 1:c.q.end] not in (",", "?", "!"):
        return None
    toks = [t for t in _tokens_in(c.doc, c.q.outer_end, c.after_stop) if not t.is_space]
    verb = next((t for t in toks[:20] if t.pos_ == "VERB"), None)
    if verb is None or c.rules.veto(CUE_FILTERS, verb, c.quotes) or any(ch.dep_ in ("ccomp", "dobj", "xcomp") and ch.i > verb.i for ch in verb.children):
        return None
    before = [t for t in toks if t.i < verb.i]
    if before and _surface_subject(before) is None or _held_before(c):
        return None
    return verb


def _blamed_for(verb):
    """'Clinton slammed Obama for suggesting that voters “cling to guns”': who is taken to task for
    saying the words (the object of the verb 'for' hangs on), not who does the taking."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.lemma_.lower() not in INDIRECT_VERBS | DIRECT_VERBS:
        return None  # 'ripped Comey for acting as “the judge”': acting is no saying; the words are the critic's
    return next((ch for ch in verb.head.head.children if ch.dep_ == "dobj" and ch.i < verb.i), None)


def _held_before(c: QuoteContext) -> bool:
    """'though the group America's Renewable Future is “confident that …,” she may split': the quote's
    words complete a clause opened before it (a verb of its sentence, before the marks, holds them),
    so the comma after it closes that clause and the next verb is no cue of the quote."""
    toks = _tokens_in(c.doc, c.q.start, c.q.end)
    within = {t.i for t in toks}
    return any(t.head.i not in within and t.head.i < toks[0].i and t.head.sent == t.sent and not t.is_punct
               and t.head.pos_ in ("VERB", "AUX") and inside(c.quotes, t.head.idx) is None
               and not (t.head.dep_ == "ccomp" and t.head.head.i > toks[-1].i)  # 'Guns are “a crisis,” Lee said'
               for t in toks)


def _verb_holding(c: QuoteContext):
    """The verb outside the quote, in its sentence, that the quote's words hang on."""
    toks = _tokens_in(c.doc, c.q.start, c.q.end)
    within = {t.i for t in toks}
    for r in (t for t in toks if t.head.i not in within and not t.is_punct):  # the parse hangs a full stop on the root
        tok = r.head
        for _ in range(3):
            if tok.sent != r.sent or inside(c.quotes, tok.idx) is not None:
                break
            if tok.pos_ == "VERB":
                return tok
            if tok.pos_ == "AUX" and tok.i < toks[0].i and tok.head.i > toks[-1].i and \
                    any(ch.dep_ in SUBJECTS for ch in tok.children):
                return None  # 'though the group is “confident that …,” she may split': their clause, not hers
            if tok.head == tok:
                break
            tok = tok.head
    return None


def _looks_like_speech(inner: str) -> bool:
    """Long quoted text with sentence shape, not a title in Title Case."""
    words = re.findall(r"[A-Za-z][\w'’-]*", inner)
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) < 0.6
