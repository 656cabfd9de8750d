"""Statements of one article: cues, contents and speakers put together, in text order.

The stages: quote marks (marks.py) → statements found (content.py, direct.py, interview.py) →
speakers (source.py, pronouns.py, coreference.py; a quote that goes on from the one before keeps its speaker,
INHERIT_RULES) → dates (dating.py, reading the text around each statement with occasions.py) → records.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..models import DateExpr, Quote
from ..nlp import doc_text
from . import ranker
from .content import apply_quote_marks, indirect_candidates, tail_candidates
from .context import ArticleContext
from .dating import date_statements, speech_date_apart
from .direct import direct_candidates
from .interview import INTERVIEW_RULES
from .lexicon import FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, SUBJECTS, THIRD_PERSON_SUBJECTS
from .rules import RuleSwitch
from .source import SourceContext, describe
from .statement import UNKNOWN, Candidate, Speaker, Statement

MODE_CONFIDENCE = {"interview": 0.9, "participle": 0.85, "follows": 0.85, "after": 0.95, "before": 0.9,
                   "clause": 0.85, "according": 0.9, "parataxis": 0.8, "fragment": 0.75, "continuation": 0.75, "governing": 0.7,
                   "opening": 0.7,
                   "unattributed": 0.2}
HOW_CONFIDENCE = {"named": 1.0, "description": 0.95, "role": 0.9, "pronoun": 0.85, "inherited": 0.95,
                  "none": 0.35}
# An unnamed source is often a named speaker the rules missed, and organisations seldom speak in
# direct quotes (a person does, for them): both are less often right than their cue suggests.
TYPE_CONFIDENCE = {("anonymous", "direct"): 0.6, ("anonymous", "indirect"): 0.85, ("organization", "direct"): 0.85}


def extract_statements(art: ArticleContext, observe=None) -> list[Statement]:
    """Statements with resolved speakers in text order. `observe(candidate, source_tokens,
    features)` sees what the speaker ranker sees (to train it)."""
    found = indirect_candidates(art)
    found += tail_candidates(art, found)
    indirect = apply_quote_marks(found, art)
    indirect = _innermost(indirect)
    consumed = {q.open for c in indirect for q in c.quotes}
    direct = direct_candidates(art, consumed)
    direct_spans = [c.pieces[0] for c in direct]
    indirect = [c for c in indirect
                if not all(any(ds <= s and e <= de for ds, de in direct_spans) for s, e in c.pieces)]
    found_by = art.rules.first(INTERVIEW_RULES, art)
    if found_by is not None:  # words inside an answer are the interviewee's, whatever cue they contain
        rule, turns = found_by
        if rule == "transcript_turns":  # quote marks open each turn and seldom close: any overlap goes
            inside = [c for c in indirect + direct if any(s < b and a < e for s, e in c.pieces for a, b, _ in turns)]
        else:
            inside = [c for c in indirect + direct if any(any(a <= s and e <= b for a, b, _ in turns) for s, e in c.pieces)]
        indirect = [c for c in indirect if c not in inside]
        direct = [c for c in direct if c not in inside]
        direct += [Candidate("direct", [(a, b)], None, "interview answer", None, "interview", speaker=sp,
                             rule=rule) for a, b, sp in turns]
    cands = sorted(indirect + direct, key=lambda c: (c.cue.idx if c.cue is not None else c.pieces[0][0], c.pieces[0][0]))
    return _resolve(cands, art, observe)


def _innermost(cands: list[Candidate]) -> list[Candidate]:
    """'Znak.com reported its source said X': the inner source speaks X.

    An outer statement loses the clause that holds the inner cue; it stays only when enough of
    its own words remain ("it has found no trace [despite Znak.com claiming …]").
    """
    out = []
    for c in cands:
        for other in cands:
            if other is c or other.cue is None or c.cue is None:
                continue
            if not any(s <= other.cue.idx < e for s, e in c.pieces):
                continue
            cut = _clause_holding(other.cue, c.cue)
            lo, hi = cut[0].idx, cut[-1].idx + len(cut[-1])
            pieces = []
            for s, e in c.pieces:
                for a, b in ((s, min(e, lo)), (max(s, hi), e)):
                    if b - a > 0 and len(doc_text(c.cue.doc)[a:b].split()) >= 3:
                        pieces.append(_strip_edges(doc_text(c.cue.doc), a, b))
            c = replace(c, pieces=[p for p in pieces if p[1] > p[0]])
        if c.pieces:
            out.append(c)
    return out


def _clause_holding(inner, outer) -> list:
    """Tokens of the subtree under `outer`'s complement that contains the inner cue."""
    tok = inner
    while tok.head != tok and tok.head != outer and tok.head.head != outer:
        tok = tok.head
    return list(tok.subtree)


def _strip_edges(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
        b -= 1
    words = text[a:b].split()
    # a dangling connective left where the inner clause was cut off
    while words and words[-1].lower() in ("despite", "while", "as", "and", "but", "that", "with", "after", "because"):
        b = text.rfind(words[-1], a, b)
        while b > a and text[b - 1].isspace():
            b -= 1
        words.pop()
    return a, b


Inherited = tuple[Candidate, Speaker]  # the candidate with the cue it shares, and the speaker it keeps


def _inherited(cand: Candidate, prev: Statement, mode: str | None = None) -> Inherited:
    sp = prev.speaker
    return (replace(cand, cue=prev.candidate.cue, cue_text=prev.candidate.cue_text, mode=mode or cand.mode),
            Speaker(sp.name, sp.type, sp.role, None, None, "inherited"))


def continues_previous_quote(cand: Candidate, resolved: list[Statement], doc=None) -> Inherited | None:
    """A paragraph that is only a quote, shortly after an attributed quote, keeps that quote's speaker."""
    if cand.mode != "continuation":
        return None
    prev = next((st for st in reversed(resolved) if (st.candidate.kind == "direct" or st.candidate.mixed)
                 and st.speaker.resolved), None)  # the last quoted words, alone or in a clause
    if prev is None or cand.pieces[0][0] - prev.candidate.pieces[-1][1] >= 1200:
        return None
    return _inherited(cand, prev)


def continues_previous_statement(cand: Candidate, resolved: list[Statement], doc=None) -> Inherited | None:
    """A quote right after the statement before it ('“…,” further remarking, “…”', '… as “a guiding force” who was “…”') keeps its speaker."""
    if cand.mode not in ("participle", "follows", "follows_term"):
        return None
    prev = resolved[-1] if resolved and resolved[-1].speaker.resolved else None
    if prev is None or not 0 <= cand.pieces[0][0] - prev.candidate.pieces[-1][1] < 300:
        return None
    if cand.mode == "participle":  # its own participle is its cue
        return cand, _inherited(cand, prev)[1]
    return _inherited(cand, prev, "follows")


def speaks_on_in_paragraph(cand: Candidate, resolved: list[Statement], doc=None) -> Inherited | None:
    """'… she said, referencing the “cross-sell” drive. “You went on television to blame …”': a quote with no cue of its own, in the paragraph of a person's statement just before it, no one else named between, is more of theirs."""
    if cand.mode != "unattributed" or not resolved or doc is None:
        return None
    prev = resolved[-1]
    if prev.speaker.type != "person":
        return None
    end, start = prev.candidate.pieces[-1][1], cand.pieces[0][0]
    gap = doc_text(doc)[end:start] if 0 <= start - end <= 300 else "\n"
    if "\n" in gap:
        return None
    between = doc.char_span(end, start, alignment_mode="expand")
    if between is None or any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" or t.dep_ in SUBJECTS and (
            t.text[:1].isupper() or t.lower_ in THIRD_PERSON_SUBJECTS | FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL) for t in between):
        return None  # 'Sanders shot back, “…”': someone else takes the floor
    after = doc.char_span(cand.pieces[-1][1], cand.pieces[-1][1] + 1, alignment_mode="expand")
    if after is not None and any(t.pos_ in ("VERB", "PROPN") for t in doc[after[0].i:after[0].sent.end]
                                 if t.idx >= cand.pieces[-1][1]):
        return None  # '“…,” exhorted Clinton's introducer, Jamie Lee Curtis': words after it name its own speaker
    return _inherited(cand, prev, "follows")


INHERIT_RULES = (continues_previous_quote, continues_previous_statement, speaks_on_in_paragraph)
INHERITING_MODES = frozenset({"continuation", "participle", "follows", "follows_term", "unattributed"})


def _resolve(cands: list[Candidate], art: ArticleContext, observe=None) -> list[Statement]:
    resolved: list[Statement] = []
    ctx, rules, doc = SourceContext(art.registry, [], art.rules), art.rules, art.doc
    for cand in cands:
        if cand.mode in INHERITING_MODES:
            found = rules.first(INHERIT_RULES, cand, resolved, doc)
            if found is not None:
                cand, speaker = found[1][0], replace(found[1][1], rule=found[0])
            elif cand.mode == "follows_term":
                continue  # a quoted term beside an unattributed one ('the title of “Custodian …”')
            else:
                speaker = UNKNOWN
                cand = replace(cand, mode="unattributed")
        elif cand.speaker is not None:  # an interview label: the finder named the speaker
            speaker = replace(cand.speaker, rule=cand.rule)
        elif cand.subject is None:
            speaker = UNKNOWN
        else:
            speaker = describe(cand.subject, ctx)
        if cand.speaker is None and not (cand.mode in INHERITING_MODES and speaker.resolved):
            if observe is not None:
                _observe_ranking(cand, speaker, ctx, art, observe)
            found = rules.decide(SECOND_OPINION_RULES, cand, speaker, ctx, art)
            speaker = speaker if found is None else found[1]
        resolved.append(Statement(cand, speaker))
        if speaker.resolved:
            ctx.speakers.append(speaker)
            if cand.kind == "indirect" and speaker.type == "person":
                art.registry.reported.extend(cand.pieces)
    return resolved


Ranked = tuple[list, list[Speaker], list[dict[str, float]]]  # candidate tokens, whom each names, their features


def _ranked(cand: Candidate, speaker: Speaker, ctx: SourceContext, art: ArticleContext) -> Ranked | None:
    """What the speaker ranker sees: the phrases that could be the source (ranker.candidates), each
    described as the rules would (`speaker` for the rules' own subject), and their features."""
    toks = ranker.candidates(cand, art.doc, art.quotes)
    if not toks:
        return None
    previous = ctx.speakers[-1] if ctx.speakers else None
    probe = _what_if(ctx)
    described = [speaker if t is cand.subject else probe.describe(t) for t in toks]
    return toks, described, [ranker.features(t, cand, sp, previous) for t, sp in zip(toks, described, strict=True)]


def _what_if(ctx: SourceContext) -> SourceContext:
    """The rules asked about another candidate: the same register and speakers, fire counts not kept."""
    return SourceContext(ctx.registry, ctx.speakers, RuleSwitch(ctx.rules.disabled))


def _observe_ranking(cand: Candidate, speaker: Speaker, ctx: SourceContext, art: ArticleContext, observe) -> None:
    """Hands `observe` what the ranker sees, whether or not it is switched on (training watches the
    rules alone: scripts/train_speaker_ranker.py)."""
    ranked = _ranked(cand, speaker, ctx, art)
    if ranked is not None:
        observe(cand, ranked[0], ranked[2])


def speaker_ranker(cand: Candidate, speaker: Speaker, ctx: SourceContext, art: ArticleContext) -> Speaker | None:
    """A learned second opinion (ranker.py): names the speaker the rules did not find, or overrules them when much surer."""
    model = ranker.load()
    toks = ranker.candidates(cand, art.doc, art.quotes) if model is not None else []
    if not toks:
        return None
    return ranker.second_opinion(model, toks, cand, speaker, _what_if(ctx).describe,
                                 ctx.speakers[-1] if ctx.speakers else None)


def spoken_of_by_name(cand: Candidate, speaker: Speaker, ctx: SourceContext, art: ArticleContext) -> Speaker | None:
    """'“If the Americans choose Trump, that will have consequences,” he said', 'he said Trump had no
    chance': a he/she is not the person the words it introduces name; the one before them, else
    unknown. Reported words before their cue may name their own speaker ('Mr. Trump's favourite toy,
    he said'), and so may the words of the one the story follows ('Trump returned to the judge:
    “… loving Donald Trump”')."""
    if speaker.how != "pronoun" or speaker.type != "person" or speaker.start is None:
        return None
    introduced = cand.kind == "direct" or (cand.cue is not None and cand.cue.idx < cand.pieces[0][0])
    reg = ctx.registry
    if not introduced or not any(name == speaker.name and any(s <= off < e for s, e in cand.pieces)
                                 for off, name, _ in reg.person_mentions):
        return None
    if _named_subject_before(art, cand.pieces[0][0]) == speaker.name:
        return None
    pronoun = art.text[speaker.start:speaker.end]
    found = reg.last_person_before(speaker.start, pronoun=pronoun, exclude=frozenset({speaker.name}))
    if found is None or not reg.agrees(found[1], pronoun):
        return UNKNOWN
    return Speaker(found[1], "person", reg.role_of(found[1]), speaker.start, speaker.end, "pronoun")


def _named_subject_before(art: ArticleContext, pos: int, reach: int = 3) -> str | None:
    """The person a sentence before `pos` is about: the named subject of its main clause (sentences
    whose subject is a pronoun are passed over, one with another subject ends the search)."""
    doc = art.doc
    pos = len(art.text[:pos].rstrip(" \t\n\"“”'‘’"))  # before the quote's opening mark
    last = doc.char_span(pos - 1, pos, alignment_mode="expand") if pos else None
    if not last:
        return None
    sent = last[0].sent
    for _ in range(reach):
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON"):
            name = next((e.text for e in sent.ents if e.start <= subject.i < e.end), subject.text)
            return art.registry.canonical_person(name)
        if (subject is not None and subject.pos_ != "PRON") or sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


SECOND_OPINION_RULES = (spoken_of_by_name, speaker_ranker)  # after the rules have named (or not) a speaker


def why(st: Statement) -> str:
    """The rules that found the statement, chose its speaker and dated it, by name."""
    return " · ".join((st.candidate.rule or "none", st.speaker.rule or "none", st.date_rule or "none"))


def to_records(statements: list[Statement], art: ArticleContext, text: str, dates: list[DateExpr],
               article_date: date | None) -> list[Quote]:
    """The statements dated and as records; `text` is the article as written (its metadata too)."""
    statements = [speech_date_apart(st, text, dates) for st in statements]
    date_statements(statements, art, text, dates, article_date)
    records: list[Quote] = []
    for st in statements:
        cand, speaker = st.candidate, st.speaker
        confidence = (MODE_CONFIDENCE.get(cand.mode, 0.5) * HOW_CONFIDENCE.get(speaker.how, 0.5)
                      * TYPE_CONFIDENCE.get((speaker.type, cand.kind), 1.0))
        for s, e in cand.pieces:
            piece_mixed = cand.mixed and any(s <= q.open and q.outer_end <= e for q in cand.quotes)
            records.append(Quote(
                speaker=speaker.name, speaker_type=speaker.type, role=speaker.role,
                quote=text[s:e], kind=cand.kind, mixed=piece_mixed, cue=cand.cue_text,
                start=s, end=e, date=st.date[0], date_granularity=st.date[1], date_basis=st.date_basis or None,
                confidence=round(confidence, 3),
                cue_start=cand.cue.idx if cand.cue is not None else None,
                speaker_start=speaker.start, speaker_end=speaker.end, why=why(st),
            ))
    records.sort(key=lambda q: (q.start, q.end))
    return records
