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
    # what ends a name (phrases.NAME_CUTS) and offices before it
    ("Joseph P. Kahn: http://bit.ly/1ICP930", "Joseph P. Kahn"),  # link_or_colon_ends_name
    ('George "Jay', "George"),  # stray_quote_ends_name
    ("handle Pulvermann", "Pulvermann"), ("Juan Manriquez of", "Juan Manriquez"),  # lowercase_word_at_edge
    ("Doug \u00adAndres", "Doug Andres"),  # invisible_marks
    ("Assemblywoman Claudia Tenney", "Claudia Tenney"), ("Whip Dick Durbin", "Dick Durbin"),
    ("AG Mukasey", "Mukasey"), ("RNC Committeeman John Haugland", "John Haugland"),
    ("Trump campaign", "Trump campaign"), ("Bill de Blasio", "Bill de Blasio"), ("de Blasio", "de Blasio"),
    ("C. Boyden Gray", "C. Boyden Gray"), ("JR Smith", "JR Smith"), ("Ban Ki-moon", "Ban Ki-moon"),
    ("Herman Cain", "Herman Cain"), ('Robert C. "Bobby" Scott', "Robert C. Scott"),
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


@pytest.mark.parametrize(("rule", "written", "family", "expected"), [
    ("leading_determiner", "the Purple Heart", set(), True), ("leading_determiner", "Los Hijos de Trump", set(), True),
    ("leading_determiner", "a Donald Trump", set(), False), ("leading_determiner", "the Trump", {"Trump"}, False),
    ("leading_determiner", "the Clintons", {"Clinton"}, True),
    ("named_for_person", "Trump Tower", {"Trump"}, True), ("named_for_person", "Trump Tower", set(), False),
    ("named_for_person", "Donald Trump Jr", {"Trump"}, False),
    ("initials_after_name", "Junge SVP", set(), True), ("initials_after_name", "Robert P. Casey III", set(), False),
    ("initials_after_name", "CHRIS WALLACE", set(), False), ("initials_after_name", "J.J. MacNab", set(), False)])
def test_what_names_no_person(rule, written, family, expected):
    """A PERSON entity that is no person's name (coreference.NO_PERSON_NAMES) is never a speaker or an antecedent."""
    from analysis.quotes import coreference

    fn = {r.__name__: r for r in coreference.NO_PERSON_NAMES}[rule]
    assert fn(written, clean_name(written), family) is expected


def test_a_relative_of_another_family_keeps_the_surname():
    """'Patti Davis, Ronald Reagan's daughter': 'Davis' is she; 'her husband, Frank Fiorina' still never
    takes 'Fiorina' from Carly Fiorina."""
    text = ("The drumbeat grew louder as Patti Davis, Ronald Reagan’s daughter, attacked Donald Trump.\n\n"
            "Davis, a longtime liberal, lashed out at the nominee, saying that words have the power to inspire actions."
            "\n\n\"My father would be appalled,\" Davis said.")
    assert [q.speaker for q in run_text(text).quotes] == ["Patti Davis", "Patti Davis"]
    text = ("Carly Fiorina spoke in Iowa. She vented to her husband, Frank Fiorina, about the polls.\n\n"
            "\"We will win,\" Fiorina said. Fiorina said the race was long.")
    assert [q.speaker for q in run_text(text).quotes] == ["Carly Fiorina", "Carly Fiorina"]
