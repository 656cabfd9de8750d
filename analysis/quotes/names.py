"""What a capitalised word in a name is: a first name and its gender, or an ordinary English word that
headlines and epithets put before or after a name ("Crooked Hillary Clinton", "Tom Nides Thanked Clinton").

Two shipped word lists decide, so no corpus name is listed here: gender-guesser's first names (with
their usual gender) and the English part-of-speech lexicon that TextBlob ships.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

# lexicon tags of words that describe or qualify (adjectives, adverbs, function words) or act (verbs)
NOT_NAME_TAGS = frozenset("JJ JJR JJS RB RBR RBS VB VBD VBG VBN VBP VBZ IN DT CC UH PRP MD WRB WDT".split())
# a verb form a headline writes after a name: "Nides Thanked Clinton", "Trump Slammed …"
HEADLINE_VERB_TAGS = frozenset("VBD VBZ".split())
MALE, FEMALE = "male", "female"


@cache
def _detector():
    import gender_guesser.detector as gender_detector  # here: its name table loads once, when first needed

    return gender_detector.Detector(case_sensitive=False)


@cache
def _lexicon() -> dict[str, str]:
    """TextBlob's English lexicon (word → Penn tag), read as TextBlob reads it (textblob._text.Lexicon)
    but without importing TextBlob, whose package imports NLTK and SciPy's statistics: over a second
    in the corpus step, which needs only this table. Read when first needed: a warm start never reads it."""
    spec = importlib.util.find_spec("textblob")
    path = Path(next(iter(spec.submodule_search_locations))) / "en" / "en-lexicon.txt"
    with open(path, encoding="utf-8") as fh:
        lines = (line.strip() for line in fh)
        return dict(line.split(" ")[:2] for line in lines if line and not line.startswith(";;;"))


def first_name_gender(word: str) -> str | None:
    """'male' or 'female' for a first name that nearly always has that gender ('Frank', 'Carly'); None
    otherwise ('Pat', 'Jeh', 'Crooked', and 'Bernie' or 'Lindsey', only mostly female)."""
    word = word.strip(".,")
    if len(word) < 2 or not word[:1].isupper():
        return None
    found = _detector().get_gender(word)
    return found if found in (MALE, FEMALE) else None


@cache
def is_first_name(word: str) -> bool:
    """A first name gender-guesser knows (of either or no usual gender: 'Pat', 'Frank', 'Mark')."""
    word = word.strip(".,")
    return len(word) >= 2 and word[:1].isupper() and _detector().get_gender(word) != "unknown"


@cache
def is_given_name(word: str) -> bool:
    """A first name that is no English function word or modifier ('Chris', 'Pat'; not 'The', 'In', 'Will')."""
    return is_first_name(word) and _tag(word.strip(".,")) not in NOT_NAME_TAGS


@cache
def _tag(word: str) -> str | None:
    return _lexicon().get(word.lower())


@cache
def is_epithet(word: str) -> bool:
    """'Crooked', 'Weak', 'Certainly', 'Maybe', 'Rival': an adjective, adverb or verb written before a name
    (an epithet, a sentence's first word run into it), never a first name or an initial."""
    bare = word.strip(".,'’")
    if len(bare) < 3 or not bare[:1].isupper() or is_first_name(bare):
        return False
    return _tag(bare) in NOT_NAME_TAGS


@cache
def is_headline_verb(word: str) -> bool:
    """'Thanked', 'Slammed', 'Says': a verb in the past or third person that a title-case headline
    writes right after a name; a surname or a first name is not one."""
    bare = word.strip(".,'’")
    if len(bare) < 4 or not bare[:1].isupper() or is_first_name(bare):
        return False
    return _tag(bare) in HEADLINE_VERB_TAGS and _lexicon().get(bare) not in ("NNP", "NNPS")


@cache
def is_verb_word(word: str) -> bool:
    """'Rip', 'Will', 'Slams': a word the lexicon knows as a verb or a modal, first names among them ('Will')."""
    return _tag(word.strip(".,'’")) in ("VB", "VBD", "VBZ", "VBP", "MD")


@cache
def is_function_word(word: str) -> bool:
    """'of', 'and', 'the', 'to': a preposition, conjunction or determiner, which ends no name."""
    return _tag(word.strip(".,'’")) in ("IN", "CC", "DT", "TO")


@cache
def is_common_noun(word: str) -> bool:
    """'Reporter', 'Video', 'Audience': a word English uses as a common noun (not only as a name)."""
    return _tag(word.strip(".,'’")) in ("NN", "NNS")
