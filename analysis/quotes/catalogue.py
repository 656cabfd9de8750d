"""Every rule table of the stages, in the order they run, and rule names in plain words.

The registry lives apart from the mechanism (`rules.RuleSwitch`): it imports every stage, and no stage
imports it, so the stages form no import circle.
"""

from __future__ import annotations

from .. import identity
from ..timex.negatives import NEGATIVE_RULES
from . import attribution, content, coreference, dating, direct, interview, phrases, pronouns, source
from .rules import CORPUS, Rule


def summary(rule: Rule) -> str:
    return (rule.__doc__ or rule.__name__).strip().splitlines()[0]


def catalogue() -> dict[str, list[Rule]]:
    """Every rule table, in the order the stages run."""
    return {
        "reported speech (cue → clause)": list(content.INDIRECT_RULES) + list(content.TAIL_RULES),
        "reported speech filters": list(content.INDIRECT_FILTERS),
        "direct quotes (quote → cue)": list(direct.DIRECT_RULES),
        "interview transcripts": list(interview.INTERVIEW_RULES),
        "direct quote cue filters": list(direct.CUE_FILTERS),
        "speaker carried over": list(attribution.INHERIT_RULES),
        "speaker (cue subject → name)": list(source.SOURCE_RULES),
        "speaker played by a performer": list(source.PLAYED_RULES),
        "speaker (second opinions: a check, then the learned ranker)": list(attribution.SECOND_OPINION_RULES),
        "pronouns and roles": list(pronouns.PRONOUN_RULES),
        "what ends a person's name (cuts; always on)": list(phrases.NAME_CUTS),
        "names that are no person's (entity vetoes; always on)": list(coreference.NO_PERSON_NAMES),
        "statement date": list(dating.DATE_RULES),
        "statement date of a headline (once the story is dated)": list(dating.HEADLINE_RULES),
        "date expressions that are no date (vetoes)": list(NEGATIVE_RULES),
        **identity.tables(),
    }


def always_on() -> set[str]:
    """Rules applied wherever a name is read (the corpus step too), with no switch to pass them: they
    cannot be switched off, and `--disable-rules` says so rather than ignore them."""
    return {rule.__name__ for table, rules in catalogue().items() if table.endswith("always on)") for rule in rules}


def names() -> dict[str, str]:
    """Every rule name → its one-line description."""
    return {rule.__name__: summary(rule) for table in catalogue().values() for rule in table}


def explain(why: str) -> str:
    """A `why` value ("after_quote_cue · person_entity") in plain words."""
    known = names()
    parts = []
    for step in why.split(" · "):
        step = step.removeprefix(CORPUS)
        parts.append(" → ".join(known.get(n, n) for n in step.split(">")))
    return "; ".join(p for p in parts if p)
