"""Epithets, headline words and joined-on words are never part of a speaker's name (issue 26)."""

import pytest

from analysis.quotes.coreference import Registry
from analysis.quotes.names import first_name_gender, is_epithet, is_headline_verb
from analysis.quotes.phrases import clean_name
from tests.helpers import run_text


@pytest.mark.parametrize(("written", "name"), [
    ("Crooked Hillary Clinton", "Hillary Clinton"),
    ("Rival Hillary Clinton", "Hillary Clinton"),
    ("Certainly Donald Trump", "Donald Trump"),
    ("Maybe Trump", "Trump"),
    ("Weak - Rubio", "Rubio"),
    ("Deborah Jordan Reynolds - Santilli", "Deborah Jordan Reynolds"),
    ("Trump v. Trump", "Trump"),
    ("Tom Nides Thanked Clinton", "Tom Nides"),
    ("\u2015 Pamela Padilla", "Pamela Padilla"),
    ("Del. Stacey Plaskett", "Stacey Plaskett"),
    ("Rev. Peter Wherry", "Peter Wherry"),
    # names that look like words stay whole
    ("Mitt Romney", "Mitt Romney"), ("Will Smith", "Will Smith"), ("Frank Fiorina", "Frank Fiorina"),
    ("Amber Heard", "Amber Heard"), ("Jean-Luc Picard", "Jean-Luc Picard"), ("Rose Byrne", "Rose Byrne"),
])
def test_clean_name(written, name):
    assert clean_name(written) == name


def test_word_classes():
    assert [is_epithet(w) for w in ("Crooked", "Maybe", "Frank", "Mitt", "Rose")] == [True, True, False, False, False]
    assert [is_headline_verb(w) for w in ("Thanked", "Slams", "Heard", "Said")] == [True, True, False, False]
    assert [first_name_gender(w) for w in ("Frank", "Carly", "Pat", "Crooked")] == ["male", "female", None, None]


def test_epithet_before_a_name_is_dropped_from_the_speaker():
    text = "Crooked Hillary Clinton said the plan would fail. Clinton also said it cost too much."
    assert [(q.speaker, q.speaker_type) for q in run_text(text).quotes] == [("Hillary Clinton", "person")] * 2


def test_an_adverb_opening_a_sentence_is_no_first_name():
    registry = Registry(text="Maybe Trump is the candidate of change. Trump said the wall would be built.")
    registry.add_person("Trump", 40)
    assert registry.canonical_person("Trump") == "Trump"
    registry = Registry(text="Senator Ann Lee spoke. Lee said the wall would be built.")
    registry.add_person("Lee", 23)
    assert registry.canonical_person("Lee") == "Ann Lee"


def test_a_first_name_that_starts_like_a_title_abbreviation_stays():
    """'Gene' is not the plural of 'gen' (General); 'Officers Antoine Quirin' loses its plural title."""
    assert clean_name("Gene Sperling") == "Gene Sperling"
    assert clean_name("Officers Antoine Quirin") == "Antoine Quirin"
