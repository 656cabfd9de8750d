"""Interview transcripts: each answer turn after a speaker label is a direct statement of that speaker.

A transcript is recognised by at least two question turns ("((Wikinews))", "((WN))", "Q:",
"Question:"); the paragraphs after each question, up to the next one, are the answer, and their
label ("MS", "NG:", "Natasha Gownaris", "A:") names who answers.
"""

from __future__ import annotations

import re
from collections import Counter

from .context import ArticleContext
from .coreference import Registry
from .names import is_common_noun
from .source import resolve_name_text
from .statement import Speaker

QUESTION = re.compile(r"[ \t]*(?:\(\((?:Wikinews|WN)\)\)|(?:Q|Question|Wikinews|WN|Interviewer)[ \t]*[:.])", re.I)
LABEL = re.compile(
    r"[ \t]*(?:(?P<answer>A|Answer)[ \t]*[:.]"
    r"|(?P<initials>[A-Z]{2,3})(?::|[ \t](?=[A-Z\"“]))"
    r"|(?P<name>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,3})[ \t]*:"
    r"|(?P<bare>[A-Z][a-z][\w'’-]+(?:[ \t][A-Z][\w'’.-]+){1,3})(?=[ \t][A-Z\"“]))[ \t]*")
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
MIN_QUESTIONS = 2


def interviewee(registry: Registry, text: str, first_question: int) -> str | None:
    """Who answers 'A:': the person the title names ('Q&A with Vice President Joe Biden'), else the one
    the introduction before the first question names most, not whoever the answers talk about most."""
    title_end = text.find("\n")
    before = {n: e for n, e in registry.persons.items() if e.first < first_question}
    titled = sorted((e.first, n) for n, e in before.items() if 0 <= e.first < title_end)
    if titled:
        return registry.canonical_person(titled[0][1])
    counts = Counter()
    for n in before:
        counts[registry.canonical_person(n)] += sum(1 for off, c, _ in registry.person_mentions
                                                    if c == registry.canonical_person(n) and off < first_question) or 1
    return counts.most_common(1)[0][0] if counts else None


def _speaker(m: re.Match, registry: Registry, answerer: str | None = None) -> Speaker | None:
    if m.group("answer"):
        if answerer is None:
            return None
        return Speaker(answerer, "person", registry.role_of(answerer), None, None, "named")
    if m.group("initials"):
        letters = m.group("initials")
        hits = {registry.canonical_person(p) for p in registry.persons
                if "".join(w[0] for w in p.split()) == letters}
        if len(hits) != 1:
            return None
        name = hits.pop()
        return Speaker(name, "person", registry.role_of(name), None, None, "named")
    label = m.group("name") or m.group("bare")
    speaker = resolve_name_text(label, registry)
    # a label without a colon is trusted only when it names someone the article knows
    if m.group("bare") and speaker.name not in {registry.canonical_person(p) for p in registry.persons}:
        return None
    return speaker


def interview_answer(art: ArticleContext) -> list[tuple[int, int, Speaker]] | None:
    """An interview transcript: each labelled answer after a question is the interviewee's direct statement.

    (start, end, speaker) of each answer, the label itself left out; None for no transcript."""
    text, start, registry = art.text, art.start, art.registry
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text, start)]
    questions = [i for i, (a, _) in enumerate(paragraphs) if QUESTION.match(text, a)]
    if len(questions) < MIN_QUESTIONS:
        return None
    turns = []
    answerer = interviewee(registry, text, paragraphs[questions[0]][0])
    for n, q in enumerate(questions):
        stop = questions[n + 1] if n + 1 < len(questions) else len(paragraphs)
        answer = paragraphs[q + 1:stop]
        if not answer:
            continue
        a, _ = answer[0]
        m = LABEL.match(text, a)
        speaker = _speaker(m, registry, answerer) if m else None
        if speaker is None:
            continue
        # the answer runs on over unlabelled paragraphs, up to the next question
        end = answer[0][1]
        for p_start, p_end in answer[1:]:
            if LABEL.match(text, p_start) and not LABEL.match(text, p_start).group("bare"):
                break
            end = p_end
        turns.append((m.end(), end, speaker))
    return turns or None


# "OYELARAN: We are ready.", "“WALLACE: Let's start …": a speaker's surname in capitals and a colon
CAPS_LABEL = re.compile(r"[ \t]*[\"“]?[ \t]*(?P<label>[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2})[ \t]*:[ \t]+(?=\S)")
STAGE = re.compile(r"[ \t]*[\"“]?[ \t]*[(\[][^\n]*[)\]][.\s\"”]*$", re.M)  # "(CROSSTALK.)", "[Applause]"
MIN_TURNS = 3


def transcript_turns(art: ArticleContext) -> list[tuple[int, int, Speaker]] | None:
    """A transcript labelled in capitals ('OYELARAN:', 'LINDQVIST:'): every turn is a direct statement of
    the person the label names, by the full name the article gives ('Health Minister Daniel Oyelaran').

    (start, end, speaker) of each turn, the label left out; a turn runs on over unlabelled paragraphs up
    to the next label or a stage direction ('(CROSSTALK.)'). At least three turns by two speakers."""
    text, start, registry = art.text, art.start, art.registry
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text, start)]
    labels = {i: m for i, (a, _) in enumerate(paragraphs) if (m := CAPS_LABEL.match(text, a))
              and any(len(w.strip("'’.-")) >= 2 for w in m.group("label").split())}
    if len(labels) < MIN_TURNS or len({m.group("label") for m in labels.values()}) < 2:
        return None
    turns = []
    for i, m in labels.items():
        end = paragraphs[i][1]
        for j in range(i + 1, len(paragraphs)):
            if j in labels or STAGE.match(text, paragraphs[j][0]):
                break
            end = paragraphs[j][1]
        while end > m.end() and text[end - 1] in " \t\"”":
            end -= 1
        if end > m.end():
            turns.append((m.end(), end, _label_speaker(m.group("label"), registry)))
    return turns or None


def _label_speaker(label: str, registry: Registry) -> Speaker:
    """'OYELARAN' → 'Daniel Oyelaran', the fullest name the article gives that surname; 'REPORTER',
    'VIDEO' (a common noun no one here is named) → an unnamed source so described."""
    name = " ".join(w[:1] + w[1:].lower() for w in label.split())
    canon = registry.canonical_person(name)
    known = canon != name or any(registry.canonical_person(p) == canon for p in registry.persons)
    if not known and all(is_common_noun(w) for w in name.split()):
        return Speaker("anonymous", "anonymous", name.lower(), None, None, "description")
    return Speaker(canon, "person", registry.role_of(canon), None, None, "named")


INTERVIEW_RULES = (interview_answer, transcript_turns)
