"""Each date pattern with its exact value, resolved with the parse (tense) as in the pipeline."""

from datetime import date

import pytest

from analysis.nlp import load_model
from analysis.timeline import extract_dates

ANCHOR = date(2024, 8, 27)  # a Tuesday


def values(text, anchor=ANCHOR):
    doc = load_model()(text)
    return [(d.text, d.value, d.granularity) for d in extract_dates(text, anchor, doc)]


@pytest.mark.parametrize("text, expected", [
    ("He spoke on Monday.", [("Monday", "2024-08-26", "day")]),
    ("The talks will resume on Friday.", [("Friday", "2024-08-30", "day")]),
    ("Restrictions were lifted in May.", [("May", "2024-05", "month")]),
    ("It took a turn this month.", [("this month", "2024-08", "month")]),
    ("The vote is planned for next week.", [("next week", "2024-W36", "week")]),
    ("Sales fell last year.", [("last year", "2023", "year")]),
    ("It happened on 27 August 2024.", [("27 August 2024", "2024-08-27", "day")]),
    ("It happened on Aug. 20.", [("Aug. 20", "2024-08-20", "day")]),
    ("Filed 2024-08-02 in court.", [("2024-08-02", "2024-08-02", "day")]),
    ("The law passed in 2019.", [("2019", "2019", "year")]),
    ("Officials met yesterday afternoon.", [("yesterday afternoon", "2024-08-26", "day")]),
    ("Police arrived last night.", [("last night", "2024-08-26", "day")]),
    ("Fighting resumed Monday night.", [("Monday night", "2024-08-26", "day")]),
    ("It rained last Friday.", [("last Friday", "2024-08-23", "day")]),
    ("The drought of summer 2023 was long.", [("summer 2023", "2023-SU", "season")]),
    ("Prices rose in early December.", [("early December", "2023-12", "month")]),
    ("Friday, January 4, 2019 The fire", [("Friday, January 4, 2019", "2019-01-04", "day")]),
    ("He was arrested on December 22, last year.", [("December 22, last year", "2023-12-22", "day")]),
])
def test_patterns(text, expected):
    assert values(text) == expected


def test_anaphora_that_day():
    assert values("The blast hit on Monday. Rescuers arrived that day.")[-1] == ("that day", "2024-08-26", "day")


@pytest.mark.parametrize("text", [
    "We may see changes.", "May I ask a question?", "Protesters march on the capital.",
    "The score was 3-1.", "He is 45 years old.", "There were 2000 people there.",
    "April Ryan asked a question.", "Turnout was 1500 voters.",
])
def test_no_false_positives(text):
    assert values(text) == []


def test_vague_is_flagged():
    doc_text = "The war had stalled in recent months."
    doc = load_model()(doc_text)
    (d,) = extract_dates(doc_text, ANCHOR, doc)
    assert d.vague and d.text == "recent months"


def test_no_non_dates_over_the_shared_corpus(wikinews_analyses):
    """Every expression found in 171 real articles has a date word or a year-like number."""
    import re

    date_word = re.compile(
        r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|"
        r"night|morning|afternoon|evening|week|weekend|month|quarter|half|year|decade|century|day|ago|recent|past|"
        r"spring|summer|autumn|fall|winter|now|currently|future|term|nowadays|present|"
        r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|easter|thanksgiving|halloween|valentine|"
        r"new year|eve|pentecost|boxing|patrick|labor|memorial|veterans|armistice|presidents|king|\w+ties)")
    _, analyses = wikinews_analyses
    found = [d for an in analyses for d in an.dates]
    assert len(found) > 500
    for d in found:
        assert d.text.strip() == d.text and d.text not in ("may", "We", "we", "march")
        assert d.vague or d.text.lower() != "now"
        second_of_range = re.fullmatch(r"\d{1,2}", d.text) and d.granularity in ("day", "year")  # "March 16-17"
        assert date_word.search(d.text) or second_of_range or \
            re.search(r"(?<!\d)(1[5-9]|20)\d\d(?!\d)|\d0['’]?s\b", d.text), d.text
        if d.value and not d.vague:
            assert re.fullmatch(r"\d{2,4}|\d{4}-(\d{2}(-\d{2})?|W\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])", d.value), d.value
        if d.vague:
            assert d.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF", None) and d.granularity is None


def test_sample_quote_dates_follow_speech_acts(sample_analysis):
    def when(prefix):
        (q,) = [q for q in sample_analysis.quotes if q.quote.startswith(prefix)]
        return q.date, q.date_granularity

    assert when("There should be") == ("2024-08-26", "day")  # "said in an address on Monday"
    assert when("there were") == ("2024-08-26", "day")  # "told reporters on Monday"
    assert when("We’ll keep") == ("2024-08-26", "day")  # the speaker's previous dated statement
    assert when("Ukrainian officials are") == ("2024-08-27", "day")  # no date: the article's


@pytest.mark.parametrize("text, expected", [
    # a date in a clause the speaker reports, or in another event's clause, is not the speech's
    ('"The economy slipped into recession," she said, noting it was the worst since 2009.', "2024-08-27"),
    ("Officials told state media the toll is 39, adding that rescuers ended their work yesterday.", "2024-08-27"),
    ("While there was no suggestion on Sunday of sabotage, local activists claimed fires were set.", "2024-08-27"),
    # the speaker's own circumstances still date it
    ('Erdoğan said, "They need to stand by us", while addressing the press yesterday.', "2024-08-26"),
    ("The minister said on Monday that the talks would resume.", "2024-08-26"),
])
def test_statement_dated_by_its_own_speech_act(text, expected):
    from tests.test_robustness import run_text

    quotes = run_text(text).quotes
    assert quotes and {q.date for q in quotes} == {expected}


def test_bare_participle_takes_the_tense_of_the_verb_it_hangs_on():
    from tests.test_robustness import run_text

    text = ('When announcing the shutdown on Monday, Prime Minister Tuilaepa called on "village councils" '
            "to instill confidence in vaccines.")
    an = run_text(text, "2019-12-07")  # a Saturday: the Monday before, not the one after
    assert [(d.text, d.value) for d in an.dates] == [("Monday", "2019-12-02")]
    assert [(q.speaker, q.date) for q in an.quotes] == [("Tuilaepa", "2019-12-02")]


def test_a_dated_source_is_not_inherited_but_a_dated_briefing_is():
    from tests.test_robustness import run_text

    text = ('"I have a wholesome image," Day said in her 1976 autobiography.\n\n'
            'When interviewed by the BBC, Day said, "Nothing was ever talked about."\n\n'
            'Kirby said on Monday the talks went well.\n\nKirby added that more talks were planned.')
    an = run_text(text)
    assert [(q.speaker, q.date) for q in an.quotes] == [
        ("Day", "1976"), ("Day", "2024-08-27"), ("Kirby", "2024-08-26"), ("Kirby", "2024-08-26")]


@pytest.mark.parametrize("text, quote, day", [
    # right after the cue, a date the parser hung on the reported clause dates the speech
    ("Police said on Monday they believe the theft involved several thieves.",
     "they believe the theft involved several thieves", "2024-08-26"),
    ("Ardern said at a press conference yesterday morning the gun laws should be changed.",
     "the gun laws should be changed", "2024-08-26"),
    # but not a date that is the reported clause's subject, owner or fronted adverbial
    ("He said Monday was a bad day for the team.", "Monday was a bad day for the team", "2024-08-27"),
    ("Police said Thursday's accident was the fourth crash in a month.",
     "Thursday's accident was the fourth crash in a month", "2024-08-27"),
])
def test_date_right_after_the_cue_belongs_to_the_speech(text, quote, day):
    from tests.test_robustness import run_text

    assert [(q.quote, q.date) for q in run_text(text).quotes] == [(quote, day)]
