"""What is said: reported clauses from the dependency parse, and how they meet quote marks.

For each reporting verb, `INDIRECT_RULES` is tried in order; a rule returns the statement, None to
let the next rule try, or False when it has decided there is none. `INDIRECT_FILTERS` reject
what is not a statement by our conventions (agentless passives, research findings).
"""

from __future__ import annotations

from dataclasses import replace

from ..nlp import doc_ents, doc_text, positions
from .context import ArticleContext
from .cues import cue_phrase, indirect_cue_word
from .lexicon import (
    DEPICTING_VERBS,
    DEPICTION_NOUNS,
    NONFINITE_VERBS,
    RESEARCH_NOUNS,
    RESEARCH_VERBS,
    SEQUENCE_VERBS,
    SUBJECTS_OR_CLAUSE,
    SUBJECTS_OR_EXPLETIVE,
)
from .marks import QuoteSpan, inside
from .phrases import maker
from .statement import Candidate


def find_subject(verb, depth: int = 4):
    """The speaker phrase head of a cue verb, climbing through 'adding', 'went on to add'."""
    owner = participle_owner(verb)
    if owner is not None:
        return owner
    tok = verb
    for _ in range(depth):
        subs = [c for c in tok.children if c.dep_ in SUBJECTS_OR_CLAUSE and _same_paragraph(c, tok)]
        if subs:
            # "said study co-author Professor Carl Lipo": a mis-split phrase gives several subjects
            sub = next((c for c in subs if c.pos_ == "PROPN"), subs[0]) if len(subs) > 1 else subs[0]
            if sub.dep_ == "nsubjpass":
                agent = [c for c in tok.children if c.dep_ == "agent"]
                pobj = [g for a in agent for g in a.children if g.dep_ == "pobj"]
                return pobj[0] if pobj else None
            return sub
        if tok is verb and tok.dep_ == "conj" and _said_and(tok):
            tok = tok.head.head  # "May said that the country would leave … and suggested that …": May suggested
            continue
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp") and tok.head != tok or \
                tok.dep_ == "prep" and tok.head.lemma_ in SEQUENCE_VERBS:  # "he continued by noting …"
            tok = tok.head
            continue
        if tok.dep_ == "relcl":  # "Kirby, who said …"
            return tok.head
        if tok.dep_ == "ccomp":  # "Znak.com reported its source said …": the parse made "source" an object
            objs = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
            if objs and objs[0].right_edge.i == tok.i - 1:
                return objs[0]
            return None
        if tok.dep_ == "acl" and tok.tag_ == "VBG":  # "a statement saying …" → unknown here
            return None
        break
    return None


def _said_and(verb) -> bool:
    """A speech verb in the past the parse made a conjunct of a bare verb inside what another speech verb
    reports ('said that the country would declare … and suggested that …'): a past tense cannot join 'would
    declare', so the two speech verbs belong together."""
    head = verb.head
    return indirect_cue_word(verb.lemma_, verb.pos_) and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and \
        head.dep_ == "ccomp" and indirect_cue_word(head.head.lemma_, head.head.pos_) and \
        any(c.dep_ == "ccomp" for c in verb.children)


def participle_owner(verb):
    """'footage of Hillary Clinton asking, “…”', 'a video shows Trump saying …': a speech participle with no
    subject of its own, right after (no comma between) the person a film, recording or witness presents."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in SUBJECTS_OR_CLAUSE for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("PROPN", "NOUN", "PRON") or before.head == verb:
        return None
    if before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.lemma_.lower() in DEPICTION_NOUNS or \
            before.dep_ == "dobj" and before.head.lemma_.lower() in DEPICTING_VERBS:
        return before
    return None


NAMES = ("PERSON", "ORG", "NORP", "GPE")


def name_before(verb):
    """'Barack Obama and Joe Biden said …' when the tagger lost the subject (it made 'Barack' a
    preposition): the names written right before the cue, from the first of them."""
    doc = verb.doc
    i = verb.i - 1
    first = None
    while i >= 0 and doc[i].ent_type_ in NAMES or i >= 0 and first is not None and doc[i].lower_ == "and":
        if doc[i].ent_type_:
            first = doc[i]
        i -= 1
    if first is None or (i >= 0 and doc[i].ent_type_) or not _same_paragraph(first, verb):
        return None
    ent = next((e for e in doc_ents(doc) if e.start <= first.i < e.end), None)
    return ent.root if ent is not None else first


def _same_paragraph(a, b) -> bool:
    """The parser sometimes hangs a subject across a paragraph break (a sign-off line)."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n\n" not in doc_text(a.doc)[lo:hi]


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n\n", 0, pos)
    b = text.find("\n\n", pos)
    return (0 if a == -1 else a + 2), (len(text) if b == -1 else b)


# subordinators that open an adverbial clause, never reported words ("that", "whether", "if" may)
ADVERBIAL_MARKS = frozenset("before after when while because although though since until once unless whereas as".split())


def _adverbial(comp) -> bool:
    """The clause opens with a subordinator of time or cause, before its subject ('minutes before
    the committee voted'; not the name in 'Reem As Saba’ee had been traveling')."""
    subjects = [c.left_edge.i for c in comp.children if c.dep_ in SUBJECTS_OR_EXPLETIVE]
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS and c.i < min(subjects, default=comp.i)
               for c in comp.children)


def _comp_ok(comp, verb) -> bool:
    """A clause before its cue must be fenced off by a comma, dash or closing quote mark, and not
    open with a conjunction of time or cause ('On June 12, minutes before the committee voted …,
    Trump claimed …' is when, not what, he claimed)."""
    if comp.i > verb.i:
        return True
    if _adverbial(comp):
        return False
    if comp.right_edge.text in (",", "—", "–"):  # the parse hung the fence on the clause
        return True
    nxt = comp.right_edge.i + 1
    return nxt < len(comp.doc) and comp.doc[nxt].text in (",", "”", '"', "—", "–", "’", "'")




def _trim(tokens: list) -> list:
    while tokens and (tokens[0].is_punct or tokens[0].is_space or
                      (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that") or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].dep_ == "cc" or
                      (tokens[-1].is_punct and tokens[-1].text not in "”\"’')")):
        tokens = tokens[:-1]
    return tokens


def _runs(tokens: list) -> list[list]:
    """Contiguous runs of tokens; a gap of punctuation only does not split."""
    runs: list[list] = []
    for t in sorted(tokens, key=lambda t: t.i):
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _pieces(tokens: list, min_words: int = 2) -> list[tuple[int, int]]:
    out = []
    for run in _runs(tokens):
        run = _trim(run)
        if sum(1 for t in run if t.is_alpha or t.like_num) >= min_words:
            out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


def _research(tok) -> bool:
    """A study or its findings (not statements, by the evaluation's convention); "Findings" at the
    start of a sentence is tagged a proper noun and keeps its plural as lemma; "data" has "datum"."""
    lemma = tok.lemma_.lower()
    return lemma in RESEARCH_NOUNS or lemma.removesuffix("s") in RESEARCH_NOUNS or tok.lower_ in RESEARCH_NOUNS


def _indirect_or_according(lemma: str, pos: str, lower: str) -> bool:
    return lower == "according" or indirect_cue_word(lemma, pos)


def indirect_candidates(art: ArticleContext) -> list[Candidate]:
    out: list[Candidate] = []
    for i in positions(art.doc, "indirect_or_according", _indirect_or_according):
        tok = art.doc[i]
        if tok.idx < art.start:
            continue
        found = art.rules.decide(INDIRECT_RULES, tok, art)
        if found is not None and found[1]:
            out.append(found[1])
    return out


def _reported(tok, content: list, mode: str, art: ArticleContext) -> Candidate | bool:
    """The statement a cue verb reports with `content`, or False when there is none."""
    subject = find_subject(tok) or name_before(tok)
    if subject is None or art.rules.veto(INDIRECT_FILTERS, tok, subject):
        return False
    subject_ids = {t.i for t in subject.subtree} if subject.i not in {t.i for t in content} else set()
    lo, hi = paragraph_bounds(doc_text(tok.doc), tok.idx)
    content = [t for t in content if t.i != tok.i and t.i not in subject_ids and lo <= t.idx < hi]
    pieces = _pieces(content)
    return Candidate("indirect", pieces, tok, cue_phrase(tok), subject, mode) if pieces else False


def _subtrees(comps: list) -> list:
    return [t for c in comps for t in c.subtree]


def according_to(tok, art: ArticleContext) -> Candidate | bool | None:
    """'according to X, …': X is the source of the clause 'according to' hangs on."""
    if tok.lower_ != "according":
        return None
    return _according(tok) or False


def reported_clause(tok, art: ArticleContext) -> Candidate | bool | None:
    """'X said (that) …': the verb's clausal complement, fenced off by a comma when it comes first."""
    comps = [c for c in tok.children if c.dep_ == "ccomp" and _comp_ok(c, tok) and not _beyond_own_complement(c, tok)]
    return _reported(tok, _subtrees(comps), "clause", art) if comps else None


DASHES = frozenset("―—–")


def _beyond_own_complement(comp, verb) -> bool:
    """'promising to lift regulations ― probably not what Graham had in mind': the cue has its
    complement already, and a clause after a dash beyond it is the writer's comment, not more of it."""
    own = [c for c in verb.children if c.dep_ in ("xcomp", "dobj") and verb.i < c.i < comp.i]
    return bool(own) and comp.i > verb.i and any(t.text in DASHES for t in verb.doc[own[0].i:comp.left_edge.i])


def conjoined_clause(tok, art: ArticleContext) -> Candidate | bool | None:
    """'indicated on Twitter the baby girl was …': a clause the parse made a conjunct of the verb."""
    comps = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i
             and any(g.dep_ == "nsubj" for g in c.children)
             and not any(t.dep_ == "cc" or t.text in ",;" for t in tok.doc[tok.i + 1:c.left_edge.i])]
    return _reported(tok, _subtrees(comps), "clause", art) if comps else None


def nonfinite_complement(tok, art: ArticleContext) -> Candidate | bool | None:
    """'promised to pay', 'urged them to leave': a promise, threat or request."""
    if tok.lemma_.lower() not in NONFINITE_VERBS:
        return None
    comps = [c for c in tok.children if c.dep_ == "xcomp"]
    return _reported(tok, _subtrees(comps), "clause", art) if comps else None


def parenthetical_cue(tok, art: ArticleContext) -> Candidate | bool | None:
    """'…, officials said, …': a comma-fenced cue, with a subject of its own, inside the clause it
    reports ('…, recalling …', '…, telling reporters …' report what follows them, not the clause before)."""
    if not (tok.dep_ in ("parataxis", "advcl") and tok.i > tok.head.left_edge.i and _is_aside(tok)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
        return None
    drop = {t.i for t in tok.subtree}
    content = [t for t in tok.head.subtree if t.i not in drop]
    return _reported(tok, _without_circumstance(content), "parataxis", art)


def _without_circumstance(content: list) -> list:
    """'Asked if Trump's comments had rattled them, Ryan said, …', 'Asked by Matt Lauer whether …':
    a past participle opening the sentence tells what the speaker was asked or went through, not
    what they said ('Bound together by 2,000 years of exchanges, the two nations, Xi said, now have
    …' keeps what follows it)."""
    first = next((t for t in content if not (t.is_punct or t.is_space)), None)
    if first is None or not first.is_sent_start or first.tag_ != "VBN":
        return content
    phrase = {t.i for t in first.subtree}
    return [t for t in content if t.i not in phrase]


INDIRECT_RULES = (according_to, reported_clause, conjoined_clause, nonfinite_complement, parenthetical_cue)




def research_finding(tok, subject) -> bool:
    """'the study found/showed/suggests …': a finding, not a statement (our convention)."""
    return tok.lemma_.lower() in RESEARCH_VERBS and _research(subject)


# verbs that tell how a thing is laid out when they take 'with': 'the spot concludes with footage of …'
LAYOUT_VERBS = frozenset("conclude end close open begin start".split())


def sequence_with(tok, subject) -> bool:
    """'The spot concludes with footage …', 'the ad opens with …': what a piece ends or opens with, not what
    anyone concluded; what follows is the piece's content, not a statement."""
    return tok.lemma_.lower() in LAYOUT_VERBS and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def negated_cue(tok, subject) -> bool:
    """'CNN didn't report that Carson was dropping out', 'she never said …': what someone did not say is
    not their statement ('denied that …' is: the denial is said)."""
    return any(c.dep_ == "neg" and tok.i - 3 <= c.i < tok.i for c in tok.children)


INDIRECT_FILTERS = (research_finding, sequence_with, negated_cue)


ASIDE_DEPS = frozenset(("nsubj", "punct", "advmod", "aux", "npadvmod", "dobj"))


def _is_aside(verb) -> bool:
    """'…, officials said, …': a comma-fenced cue with nothing of its own but a subject."""
    edge = verb.left_edge  # the parse often hangs the opening comma on the cue itself
    left = edge if edge.is_punct else verb.doc[edge.i - 1] if edge.i > 0 else None
    if left is None or left.text not in (",", "—", "–", "("):
        return False
    for child in verb.children:
        if child.dep_ in ASIDE_DEPS:
            continue
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.subtree):
            continue
        return False
    return True


def tail_candidates(art: ArticleContext, taken: list[Candidate]) -> list[Candidate]:
    """A second pass over the cue verbs no rule of INDIRECT_RULES used (`taken`)."""
    used = {c.cue.i for c in taken if c.cue is not None}
    out: list[Candidate] = []
    for i in positions(art.doc, "indirect_cue", indirect_cue_word):
        tok = art.doc[i]
        if tok.idx < art.start or tok.i in used:
            continue
        found = art.rules.decide(TAIL_RULES, tok)
        if found is not None:
            out.append(found[1])
    return out


def sentence_final_cue(tok) -> Candidate | None:
    """'…, three people familiar with discussions told Politico.': a short subject and cue ending the sentence.

    The parser often hangs a sentence-final attribution off the last noun; the surface shape
    (comma, short noun phrase, cue, short object, sentence end) is reliable on its own.
    """
    doc = tok.doc
    sent = tok.sent
    after = [t for t in doc[tok.i + 1:sent.end] if not t.is_space]
    if not after or after[-1].text not in ".!?" or len(after) > 8:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in after[:-1]):
        return None
    comma = next((t for t in reversed(doc[sent.start:tok.i]) if t.text == ","), None)
    if comma is None:
        return None
    np = list(doc[comma.i + 1:tok.i])
    if not 1 <= len(np) <= 10 or any(t.pos_ in ("VERB", "AUX") for t in np):
        return None
    nouns = [t for t in np if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not nouns:
        return None
    heads = [t for t in nouns if not (np[0].i <= t.head.i <= np[-1].i)]
    # "…, newspaper The Hindu reported": of several heads, the name
    subject = next((t for t in heads if t.pos_ == "PROPN"), heads[0]) if heads else nouns[-1]
    if np[0].pos_ == "ADP" or subject.ent_type_ in ("DATE", "TIME"):  # "…, on Tuesday admitted his guilt"
        return None
    lo, _ = paragraph_bounds(doc_text(doc), tok.idx)
    content = [t for t in doc[sent.start:comma.i] if t.idx >= lo]
    opening = next((t for t in content if not (t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV"))), None)
    if opening is not None and opening.lower_ in ADVERBIAL_MARKS and opening.pos_ == "SCONJ":
        return None  # 'As Obama appears set to veto …, Clinton disagrees with her boss': when, not what
    pieces = _pieces(_without_circumstance(content), min_words=4)
    return Candidate("indirect", pieces, tok, cue_phrase(tok), subject, "clause") if pieces else None


TAIL_RULES = (sentence_final_cue,)


def _according(tok) -> Candidate | None:
    to = [c for c in tok.children if c.lower_ == "to"]
    pobj = [g for t in to for g in t.children if g.dep_ == "pobj"]
    if not pobj:
        return None
    source = pobj[0]
    if _research(source) and not maker(source):  # "according to the data": a finding; "to its polling": its maker's
        return None
    # "according to Connecticut Senator Richard Blumenthal": the parse makes the place the object
    doc = source.doc
    person = next((e for e in doc_ents(doc) if e.label_ == "PERSON" and source.i < e.start <= source.i + 3), None)
    if source.ent_type_ != "PERSON" and person is not None and all(t.pos_ == "PROPN" for t in doc[source.i:person.start]):
        source = person.root
    head = tok.head
    while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    drop = {t.i for t in tok.subtree}
    lo, hi = paragraph_bounds(doc_text(tok.doc), tok.idx)
    content = [t for t in head.subtree if t.i not in drop and lo <= t.idx < hi]
    pieces = _pieces(content)
    if not pieces:
        return None
    return Candidate("indirect", pieces, tok, "according to", source, "according")


def apply_quote_marks(cands: list[Candidate], art: ArticleContext) -> list[Candidate]:
    """Indirect pieces inside a direct quote are dropped; quotes inside a clause make it mixed."""
    quotes, text = art.quotes, art.text
    kept: list[Candidate] = []
    for cand in cands:
        pieces: list[tuple[int, int]] = []
        inner: list[QuoteSpan] = []
        for s, e in cand.pieces:
            if cand.cue is not None and inside(quotes, cand.cue.idx) is not None:
                break  # a cue inside a quote belongs to the quoted speaker's words
            s, e = _extend_into_quote(s, e, quotes, text)
            e = _to_closing_mark(s, e, quotes, text)
            covering = [q for q in quotes if q.open <= s and e <= q.outer_end + 1]
            if covering:
                continue
            overlapping = [q for q in quotes if q.open < e and s < q.outer_end]
            trimmed = False
            for q in overlapping:
                if q.open >= s and q.outer_end <= e:
                    inner.append(q)
                elif q.open < s:  # starts inside a quote: keep what follows it
                    s, trimmed = q.outer_end, True
                else:  # runs into a quote: keep what precedes it
                    e, trimmed = q.open, True
            s, e = _strip(text, s, e)
            # what is left beside a quote must be a clause of its own, not "… on Monday"
            if e - s > 0 and len(text[s:e].split()) >= (4 if trimmed else 2):
                pieces.append((s, e))
        if not pieces:
            continue
        outside = sum(e - s for s, e in pieces) - sum(q.outer_end - q.open for q in inner)
        if inner and outside < 12:
            continue  # the clause is nothing but a quote: the direct record covers it
        kept.append(replace(cand, pieces=pieces, quotes=inner, mixed=bool(inner)))
    return kept


def _extend_into_quote(s: int, e: int, quotes: list[QuoteSpan], text: str) -> tuple[int, int]:
    """A clause cut at a quote mark by the sentence splitter runs on to its real end."""
    for q in quotes:
        if 0 <= q.open - e <= 1 and text[e:q.open].strip() == "":
            stop = q.outer_end
            rest = text[stop:]
            m = next((i for i, ch in enumerate(rest) if ch in ".!?\n"), len(rest))
            return s, stop + m
    return s, e


def _to_closing_mark(s: int, e: int, quotes: list[QuoteSpan], text: str) -> int:
    """'will play the "woman card," Fiorina said': a clause whose parse stops just short of the closing
    mark of a quote it runs into holds the whole quote (a mixed statement, not a fragment and a quote)."""
    for q in quotes:
        if s < q.open < e < q.outer_end and not text[e:q.end].strip(" ,.;:!?") \
                and not any(o.open < s < o.outer_end for o in quotes):  # not a piece starting in another quote
            return q.outer_end
    return e


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.!?—–-"):
        e -= 1
    if text[s:s + 5].lower() == "that " and s + 5 < e:
        s += 5
    return s, e
