"""Interview transcripts: each answer turn after a speaker label is a direct statement of that speaker.

A transcript is recognised by at least two question turns ("((Wikinews))", "((WN))", "Q:",
"Question:"); the paragraphs after each question, up to the next one, are the answer, and their
label ("MS", "NG:", "Natasha Gownaris", "A:") names who answers.
"""

from __future__ import annotations

import re

from .coreference import Registry
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


def _speaker(m: re.Match, registry: Registry) -> Speaker | None:
    if m.group("answer"):
        if not registry.mention_counts:
            return None
        name = registry.canonical_person(registry.mention_counts.most_common(1)[0][0])
        return Speaker(name, "person", registry.role_of(name), None, None, "named")
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


def interview_answer(text: str, start: int, registry: Registry) -> list[tuple[int, int, Speaker]]:
    """An interview transcript: each labelled answer after a question is the interviewee's direct statement.

    (start, end, speaker) of each answer, the label itself left out."""
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text, start)]
    questions = [i for i, (a, _) in enumerate(paragraphs) if QUESTION.match(text, a)]
    if len(questions) < MIN_QUESTIONS:
        return []
    turns = []
    for n, q in enumerate(questions):
        stop = questions[n + 1] if n + 1 < len(questions) else len(paragraphs)
        answer = paragraphs[q + 1:stop]
        if not answer:
            continue
        a, _ = answer[0]
        m = LABEL.match(text, a)
        speaker = _speaker(m, registry) if m else None
        if speaker is None:
            continue
        # the answer runs on over unlabelled paragraphs, up to the next question
        end = answer[0][1]
        for p_start, p_end in answer[1:]:
            if LABEL.match(text, p_start) and not LABEL.match(text, p_start).group("bare"):
                break
            end = p_end
        turns.append((m.end(), end, speaker))
    return turns


INTERVIEW_RULES = (interview_answer,)
