"""Reported speech (analysis/quotes/content.py): what is a statement and what is not, each on a minimal text."""

from tests.helpers import run_text, speakers


def test_continued_by_noting_keeps_the_subject():
    text = ('Senator Mark Amodei spoke to reporters. He continued by noting that "using government agencies to put '
            'your finger on the scale of elections is not acceptable."')
    assert speakers(text)[-1] == ("Mark Amodei", "person")


def test_naming_and_narrating_verbs_beside_quote_marks_are_no_statements():
    texts = [
        "The University of Cambridge had been hosting a program at Fishmongers' Hall called \"Learning Together\".",
        'The PALM trial, for the Swahili phrase pamoja tulinde maisha or "together save lives," began last '
        "November and collected data from 499 patients.",
        'Police identified him only as "Mr. A" as the international investigation continued.',
    ]
    assert [speakers(t) for t in texts] == [[], [], []]
    # bare, the same verbs still report speech
    assert speakers('Carrie Lam spoke. "We will not stop," Lam continued in the statement.') == [("Carrie Lam", "person")]


def test_findings_at_the_start_of_a_sentence_are_no_speaker():
    text = ("The work involved building population models out of over thirty years of data collected by tagging "
            "individual penguins.  Findings also suggested the pronounced sex disparity might make population models "
            "used to predict survival among other birds with a more even gender balance inappropriate for use on "
            "Magellanic penguins.")
    assert speakers(text) == []


def test_calling_someone_something_is_speech_not_a_name():
    text = "On Friday, Ben Carson endorsed Donald Trump, calling him \u201cactually a very intelligent man who cares.\u201d"
    assert speakers(text) == [("Ben Carson", "person")]


def test_findings_without_a_maker_are_no_statement():
    assert speakers("According to the data, infections rose by 40 percent in a week.") == []


def test_short_fragment_on_a_persons_verb_is_theirs_an_institutions_term_is_not():
    assert speakers("Hillary Clinton spoke in Iowa. Clinton dismissed the plan as \u201cdeeply unfair\u201d on Monday.") == [
        ("Hillary Clinton", "person")]
    assert speakers("Parliament voted on Tuesday. Parliament rejected a \u201cno deal\u201d exit on Monday.") == []


def test_a_clause_running_into_a_quote_holds_the_whole_quote():
    text = ('The former secretary of state will play the "woman card," Fiorina said, adding that the way to go '
            'after it "is to attack her track record."')
    got = [(q.kind, q.mixed, q.quote) for q in run_text(text).quotes]
    assert got == [("indirect", True, 'The former secretary of state will play the "woman card,"'),
                   ("indirect", True, 'the way to go after it "is to attack her track record."')]


def test_what_someone_did_not_say_is_not_their_statement():
    text = ("CNN didn't report that Carson was dropping out. Trump did not say the U.S. should track Muslims. "
            "The minister denied that the army shelled the town.")
    assert [(q.speaker, q.quote) for q in run_text(text).quotes] == [("anonymous", "the army shelled the town")]


def test_a_participle_after_a_comma_does_not_report_the_clause_before_it():
    text = ("Even as he won in South Carolina, Mr. Trump seemed to overstay his welcome, revealing a tendency to "
            "test voters' patience.")
    assert [(q.speaker, q.quote) for q in run_text(text).quotes] == []
    text = "Aides said Obama will make a familiar case for his record, highlighting the recovery."
    assert [(q.speaker, q.quote) for q in run_text(text).quotes] == [
        ("anonymous", "Obama will make a familiar case for his record, highlighting the recovery")]


def test_what_the_speaker_was_asked_is_not_what_they_said():
    text = "Asked if the comments had rattled them as well, Ryan said, \u201cSure. I get that, too.\u201d"
    assert [(q.speaker, q.quote) for q in run_text(text).quotes] == [("Ryan", "Sure. I get that, too.")]
    text = "Asked on Fox News who leads the party in his view, Trump said."
    assert [(q.speaker, q.quote) for q in run_text(text).quotes] == []
