"""Pronouns in the speaker stage: what "I", "he", "they", "it" before a cue point back to.

Each rule gets the pronoun token and the speaker context (the article's register of names, the
speakers resolved so far); the first that answers decides, and a pronoun none answers is unknown.
The context is a protocol, so this module needs nothing from the stage that calls it.
"""

from __future__ import annotations

import re
from typing import Protocol

from .coreference import Registry
from .lexicon import GROUP_PRONOUNS, KIND_NOUNS, ORG_PRONOUNS, SPEAKER_PRONOUNS, SUBJECTS
from .phrases import capitalised_name, entity_of, noun_phrase, org_name
from .rules import RuleSwitch
from .statement import Speaker


class SpeakerContext(Protocol):
    """What a pronoun rule reads (source.SourceContext is one)."""

    registry: Registry
    speakers: list[Speaker]
    rules: RuleSwitch

    def describe(self, head) -> Speaker: ...


def _latest_speaker(ctx: SpeakerContext, pos: int) -> Speaker | None:
    return next((s for s in reversed(ctx.speakers) if s.start is not None and s.start < pos), None)


def first_person_narrator(head, ctx: SpeakerContext) -> Speaker | None:
    """'“Okay,” I said.', 'I told Megyn Kelly that …' outside quote marks: the one who wrote the piece (its author line names them), else an unnamed author."""
    if head.lower_ not in ("i", "me") or any(a <= head.idx < b for a, b in ctx.registry.quote_spans):
        return None
    text = ctx.registry.text
    line = text[text.rfind("\n", 0, head.idx) + 1:head.idx]
    if re.match(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:", line):
        return None  # "Sidney Blumenthal: ‘No Idea’ If I Would …": a label gives the speaker of the line
    author = ctx.registry.author
    if author:
        return Speaker(author, "person", None, head.idx, head.idx + len(head), "pronoun")
    return Speaker("anonymous", "anonymous", "the author", head.idx, head.idx + len(head), "pronoun")


def anonymous_antecedent(head, ctx: SpeakerContext) -> Speaker | None:
    """'The head of the investigators told the court … She also said …': he/she right after an unnamed speaker."""
    if head.lower_ not in SPEAKER_PRONOUNS:
        return None
    pos = head.idx
    found = ctx.registry.last_person_before(pos)
    latest = _latest_speaker(ctx, pos)
    if latest is not None and latest.how == "description" and latest.type == "anonymous" and \
            not latest.plural and pos - latest.start < 400 and (found is None or found[0] < latest.start) and \
            not any(t.pos_ == "PROPN" and t.dep_ in SUBJECTS
                    for t in head.doc.char_span(latest.start, pos, alignment_mode="expand") or ()):
        return Speaker("anonymous", "anonymous", latest.role, pos, pos + len(head), "pronoun")
    return None


def person_antecedent(head, ctx: SpeakerContext) -> Speaker | None:
    """He/she: the latest person who was a subject nearby, else the latest person named."""
    if head.lower_ not in SPEAKER_PRONOUNS:
        return None
    found = ctx.registry.last_person_before(head.idx, pronoun=head.lower_)
    if found:
        name = found[1]
        return Speaker(name, "person", ctx.registry.role_of(name), head.idx, head.idx + len(head), "pronoun")
    return None




def plural_subject_before(head, ctx: SpeakerContext) -> Speaker | None:
    """'The officers … are back to work. They indicated …': they = the plural subject of the sentence before."""
    if head.lower_ not in GROUP_PRONOUNS:
        return None
    group = previous_plural_subject(head)
    return ctx.describe(group) if group is not None else None


def group_speaker_before(head, ctx: SpeakerContext) -> Speaker | None:
    """They/we: the last unnamed group, institution or people named together who spoke."""
    if head.lower_ not in GROUP_PRONOUNS:
        return None
    for s in reversed(ctx.speakers):
        if s.type in ("anonymous", "organization") or " and " in s.name:
            return Speaker(s.name, s.type, s.role, head.idx, head.idx + len(head), "pronoun")
    return None


def institution_subject_before(head, ctx: SpeakerContext) -> Speaker | None:
    """'the Board … was absent. … its website notes': it/its = the institution just named as a subject."""
    if head.lower_ not in ORG_PRONOUNS:
        return None
    named = previous_org_subject(head, registry=ctx.registry)
    if named:
        return Speaker(ctx.registry.canonical_org(named), "organization", None, head.idx, head.idx + len(head), "pronoun")
    return None


def institution_speaker_before(head, ctx: SpeakerContext) -> Speaker | None:
    """It/its with no institution named just before: the last organisation that spoke, or the
    unnamed one ('the company said … It added')."""
    if head.lower_ not in ORG_PRONOUNS:
        return None
    for s in reversed(ctx.speakers):
        if s.type == "organization" or (s.type == "anonymous" and not s.plural and s.role
                                        and KIND_NOUNS & set(s.role.lower().split())):
            return Speaker(s.name, s.type, s.role, head.idx, head.idx + len(head), "pronoun")
    return None


PRONOUN_RULES = (first_person_narrator, anonymous_antecedent, person_antecedent, plural_subject_before,
                 group_speaker_before, institution_subject_before, institution_speaker_before)


def previous_org_subject(head, sentences: int = 2, registry: Registry | None = None) -> str | None:
    """The nearest named, non-person subject or owner in this or the previous sentences (a name the
    `registry` knows as a person's is not one, whatever the NER called it)."""
    doc = head.doc
    first = head.sent.start
    for _ in range(sentences):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first:head.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss") or tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "GPE", "NORP"):
            continue
        toks = noun_phrase(tok)
        if capitalised_name(toks, tok) or tok.ent_type_ == "ORG":
            name = org_name(toks, tok, entity_of(tok, ("ORG",)))
            if registry is not None and registry.canonical_person(name) in registry.persons:
                continue
            return name
    return None


def previous_plural_subject(head):
    """The plural noun subject of the sentence before the pronoun's, if it has one."""
    sent = head.sent
    if sent.start == 0:
        return None
    before = head.doc[sent.start - 1].sent
    subjects = [t for t in before if t.dep_ in SUBJECTS and t.tag_ in ("NNS", "NNPS")
                and t.head.dep_ == "ROOT"]
    return subjects[0] if subjects else None
