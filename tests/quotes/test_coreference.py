"""The article's register of names (analysis/quotes/coreference.py): surnames, acronyms, pronouns and variants resolved to one name, each on a minimal text."""

from tests.helpers import speakers


def test_bare_surname_tagged_as_common_noun_is_the_earlier_speaker():
    text = ("According to Chief Superintendent Graciano Mijares of the regional police, fourteen civilians died. "
            "This revised an earlier toll. Mijares further claimed 90 civilians were wounded.")
    assert speakers(text) == [("Graciano Mijares", "person")] * 2


def test_full_name_from_a_paragraph_without_statements():
    text = ("Pentagon spokesman John Kirby arrived in Kyiv on Monday.\n\n"
            "Kirby said the talks went well.")
    assert speakers(text) == [("John Kirby", "person")]


def test_acronym_takes_the_name_spelled_out_earlier():
    text = ("The Investigative Committee and the Federal Security Service (FSB) said the blast was a gas leak.\n\n"
            "The FSB denies the two explosions are related.")
    assert speakers(text)[-1] == ("Federal Security Service (FSB)", "organization")


def test_its_points_to_the_institution_just_named():
    text = ("Meanwhile the National Transportation Safety Board was absent. It is unable to operate during the "
            "shutdown; however, its website notes that its operations center is still accepting notifications.")
    assert speakers(text) == [("National Transportation Safety Board", "organization")]


def test_the_defendants_are_the_two_people_named_together():
    text = ("Emily Spanton, 39, met officers Antoine Quirin and Nicolas Redouane, 40 and 49, at an Irish pub.\n\n"
            "The defendants claimed Spanton first complained of theft.")
    assert speakers(text) == [("Antoine Quirin and Nicolas Redouane", "person")]


def test_surname_tagged_as_an_organisation_is_the_person_named_earlier():
    text = ("Donald Trump spoke to reporters on Friday. Trump said on Friday "
            '"I can do it if I want. I may do it." Trump also said that he would prefer a deal.')
    assert speakers(text) == [("Donald Trump", "person")] * 2


def test_she_after_an_unnamed_speaker_is_that_unnamed_speaker():
    text = ('Emily Spanton told the court she was attacked.\n\nThe head of the police\'s internal investigators told '
            'the court "Basic investigations weren\'t done." She also said "I regret we weren\'t called immediately."')
    assert speakers(text)[1:] == [("anonymous", "anonymous")] * 2


def test_they_is_the_plural_subject_of_the_sentence_before():
    text = ("Officers Antoine Quirin and Nicolas Redouane were convicted on Thursday. The officers, although "
            "initially suspended, are back to work. They indicated they would seek suspension of their sentences.")
    assert speakers(text) == [("Antoine Quirin and Nicolas Redouane", "person")]


def test_he_is_the_subject_named_earlier_in_the_sentence_even_when_the_ner_missed_it():
    text = ("Officers Antoine Quirin and Nicolas Redouane were on trial. Emily Spanton told the court she was "
            "raped.\n\nQuirin denied any sexual activity, but upon learning his DNA was on Spanton's underwear "
            "he claimed sex had been consensual.")
    assert speakers(text) == [("Emily Spanton", "person"), ("Antoine Quirin", "person")]


def test_a_name_inside_a_quote_is_not_an_antecedent():
    text = ('Walter Munk died on Friday.\n\nScripps director Margaret Leinen said "Munk has been a world treasure '
            'for ocean science." She described him as "a guiding force in science for 80 years".')
    assert speakers(text)[0] == ("Margaret Leinen", "person")


def test_spelling_variant_of_an_institution_takes_the_fullest_form():
    text = ("Rescuers from the Emergency Situations Ministry arrived on Monday.\n\n"
            "The Emergencies Ministry said the roads were closed.")
    assert speakers(text) == [("Emergency Situations Ministry", "organization")]


def test_surname_tagged_as_an_organisation_here_and_a_person_elsewhere_is_that_person():
    text = ("Rosselló began his term in 2017.\n\nRosselló said he is to leave office next month.\n\n"
            'In his resignation speech, Rosselló said, "Despite having the democratic mandate of the people who '
            'elected me, today I feel that to continue in this position represents difficulty."')
    assert speakers(text) == [("Rosselló", "person")] * 2


def test_surname_taken_for_a_common_noun_is_the_person_named_earlier():
    text = ("United States President Donald Trump released a summary of the call. Joe Biden is a leading candidate "
            'for the Democratic nomination. Trump characterized the call with Zelensky as "perfectly fine and routine."')
    assert speakers(text) == [("Donald Trump", "person")]


def test_a_surname_two_people_share_is_the_one_the_article_is_about():
    text = ("How Newtown gave Chris Murphy a mission.\n\n"
            "Sen. Chris Murphy spoke on the floor for 15 hours. Murphy said he would not stop.\n\n"
            "He paid tribute to a teacher's aide, Anne Marie Murphy, who died protecting a boy.\n\n"
            "“It takes courage to look into the eye of a shooter,” Murphy said.")
    assert speakers(text) == [("Chris Murphy", "person")] * 2
