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


# Weekdays, months and days of a month: the nearest occurrence in the direction the tense points
# (past: on or before the document date, future: on or after, otherwise the nearest), the
# document's own day included.
@pytest.mark.parametrize("text, expected", [
    ("Officials said Tuesday the talks had failed.", [("Tuesday", "2024-08-27", "day")]),
    ("The minister will travel Tuesday to Kyiv.", [("Tuesday", "2024-08-27", "day")]),
    ("The court will rule on Monday.", [("Monday", "2024-09-02", "day")]),
    ("The report is published Thursday.", [("Thursday", "2024-08-29", "day")]),
    ("The team arrives Saturday.", [("Saturday", "2024-08-24", "day")]),
    # a past-tense weekday naming the next day: a report written the evening before
    ("Police said Wednesday that two men were held.", [("Wednesday", "2024-08-28", "day")]),
    ("The vote was held in December.", [("December", "2023-12", "month")]),
    ("The vote will be held in January.", [("January", "2025-01", "month")]),
    ("The report is due to be published in May.", [("May", "2025-05", "month")]),
    ("The law takes effect in September.", [("September", "2024-09", "month")]),
    ("The offer was extended to Sept. 16.", [("Sept. 16", "2024-09-16", "day")]),
    # deadline_noun: a day set as a limit is the nearest one, whatever the verb's tense
    ("The union rejected the Feb. 20 deadline.", [("Feb. 20", "2025-02-20", "day")]),
    ("Regulators have set Sept. 3 as the cutoff date for bids.", [("Sept. 3", "2024-09-03", "day")]),
    ("The Oct. 23 killing shocked the town.", [("Oct. 23", "2023-10-23", "day")]),
    ("The hearing was held on Aug. 27.", [("Aug. 27", "2024-08-27", "day")]),
    ("Talks resume on Jan. 14.", [("Jan. 14", "2025-01-14", "day")]),
    ("It happened last April.", [("last April", "2024-04", "month")]),
    ("It will happen next April.", [("next April", "2025-04", "month")]),
    ("He plans to leave this September.", [("this September", "2024-09", "month")]),
    ("Monday, Aug. 26, was a holiday.", [("Monday, Aug. 26", "2024-08-26", "day")]),
    # the evening-before reading is a bare weekday's only: a day the story names is the one gone by
    ("On Wednesday, the strong tremor left five dead.", [("Wednesday", "2024-08-21", "day")]),
    ("The tremor struck on Wednesday.", [("Wednesday", "2024-08-21", "day")]),
    # "planned … on Friday" after the verb may lie either side: the nearest; opening the sentence, past
    ("Protesters planned a demonstration on Friday.", [("Friday", "2024-08-30", "day")]),
    ("On Friday, the government planned to pay the claims.", [("Friday", "2024-08-23", "day")]),
    # after_past_verb: a day right after a past verb is that verb's, not the clause the parse hangs it on
    ("She said on Thursday she may resign.", [("Thursday", "2024-08-22", "day")]),
    # names_a_past_day: "Thursday's debate" in a clause whose tense does not point it
    ("The impact of Thursday's debate is still small.", [("Thursday", "2024-08-22", "day")]),
])
def test_direction_of_the_tense(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # quarters, halves, fiscal years
    ("Profit rose in the third quarter.", [("the third quarter", "2024-Q3", "quarter")]),
    ("Profit will rise in the fourth quarter.", [("the fourth quarter", "2024-Q4", "quarter")]),
    ("The company reported a third-quarter loss.", [("a third-quarter", "2024-Q3", "quarter")]),
    ("Sales fell in the 1988 second quarter.", [("the 1988 second quarter", "1988-Q2", "quarter")]),
    ("Sales fell in the second quarter of 1988.", [("the second quarter of 1988", "1988-Q2", "quarter")]),
    ("It expects a gain in next year's first quarter.", [("next year's first quarter", "2025-Q1", "quarter")]),
    ("Revenue in Q2 2024 grew.", [("Q2 2024", "2024-Q2", "quarter")]),
    ("Sales rose in the latest quarter.", [("the latest quarter", "2024-Q2", "quarter")]),
    ("Net income rose in the first half.", [("the first half", "2024-H1", "half")]),
    ("Results for the second half of 2023 were weak.", [("the second half of 2023", "2023-H2", "half")]),
    ("Profit rose in the third quarter from $2 million a year earlier.",
     [("the third quarter", "2024-Q3", "quarter"), ("a year earlier", "2023-Q3", "quarter")]),
    ("Profit rose in the third quarter, compared with the year-earlier quarter.",
     [("the third quarter", "2024-Q3", "quarter"), ("the year-earlier quarter", "2023-Q3", "quarter")]),
    ("Sales fell this fiscal year.", [("this fiscal year", "2024", "year")]),
    ("In fiscal 1990, sales rose.", [("fiscal 1990", "1990", "year")]),
    # seasons
    ("Prices fell last fall.", [("last fall", "2023-FA", "season")]),
    ("The vote is planned for this summer.", [("this summer", "2024-SU", "season")]),
    ("It snowed in the winter of 1994.", [("the winter of 1994", "1994-WI", "season")]),
    ("Sales rose this past spring.", [("this past spring", "2024-SP", "season")]),
    # decades, centuries, spelled and ranged years
    ("It grew in the 1990s.", [("the 1990s", "199", "decade")]),
    ("It peaked in the late 1970s.", [("the late 1970s", "197", "decade")]),
    ("He was born in the '80s.", [("the '80s", "198", "decade")]),
    ("It was built in the 20th century.", [("the 20th century", "19", "century")]),
    ("It dates to the nineteenth century.", [("the nineteenth century", "18", "century")]),
    ("The 2009-2010 season was long.", [("2009", "2009", "year"), ("2010", "2010", "year")]),
    ("He served in 1957-58.", [("1957", "1957", "year"), ("58", "1958", "year")]),
    ("It happened in nineteen seventy-nine.", [("nineteen seventy-nine", "1979", "year")]),
    # weeks
    ("The talks collapsed over the weekend.", [("the weekend", "2024-W34", "week")]),
    ("It was the week of March 6, 2000.", [("the week of March 6, 2000", "2000-W10", "week")]),
    ("It happened six weeks ago.", [("six weeks ago", "2024-W29", "week")]),
    # relative to the document date or to the expression before
    ("This year's vaccine works.", [("This year", "2024", "year")]),
    ("Sales fell last month.", [("last month", "2024-07", "month")]),
    # past_unit: "the past year" is the year before the document's, as TimeML news gold reads it
    ("Rents climbed sharply over the past year.", [("the past year", "2023", "year")]),
    ("Three mayors served in the past decade.", [("the past decade", "201", "decade")]),
    ("The plant will close by the end of the year.", [("the end of the year", "2024", "year")]),
    ("The deal closes at year-end.", [("year-end", "2024", "year")]),
    ("It happened two years ago.", [("two years ago", "2022", "year")]),
    ("He was made general in 1995, and the following year he retired.",
     [("1995", "1995", "year"), ("the following year", "1996", "year")]),
    ("They met on Monday. Two days later they signed.",
     [("Monday", "2024-08-26", "day"), ("Two days later", "2024-08-28", "day")]),
    # holidays
    ("The boy was found on Thanksgiving Day.", [("Thanksgiving Day", "2023-11-23", "day")]),
    ("He arrived on Christmas Eve.", [("Christmas Eve", "2023-12-24", "day")]),
    ("Easter week began.", [("Easter week", "2024-W13", "week")]),
])
def test_timeml_forms(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Prices are now higher.", [("now", "PRESENT_REF")]),
    ("He currently lives in Rome.", [("currently", "PRESENT_REF")]),
    ("The current system works.", [("current", "PRESENT_REF")]),
    ("He recently moved.", [("recently", "PAST_REF")]),
    ("In recent weeks the talks stalled.", [("recent weeks", "PAST_REF")]),
    ("It was different in the past.", [("the past", "PAST_REF")]),
    ("In the future, it will change.", [("the future", "FUTURE_REF")]),
])
def test_vague_references(text, expected):
    doc = load_model()(text)
    found = extract_dates(text, ANCHOR, doc)
    assert [(d.text, d.value) for d in found] == expected
    assert all(d.vague and d.granularity is None for d in found)


def test_anaphora_that_day():
    assert values("The blast hit on Monday. Rescuers arrived that day.")[-1] == ("that day", "2024-08-26", "day")


@pytest.mark.parametrize("text", [
    "We may see changes.", "May I ask a question?", "Protesters march on the capital.",
    "The score was 3-1.", "He is 45 years old.", "There were 2000 people there.",
    "April Ryan asked a question.", "Turnout was 1500 voters.",
    # durations, sets, ages and names are no dates
    "Sales fell in the past two months.", "He has been ill for the last month.",
    "Rescuers worked every Thursday.", "She is in her twenties.", "The fall of Rome came late.",
    "The Easter Island statues stand.", "He bought 2000 shares.",
    "Thousands joined the annual March for Life.",
    "Figueroa told USA Today the plan failed.", "A USA TODAY analysis of filings found it.",
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
        r"spring|summer|autumn|fall|winter|now|current|future|term|nowadays|present|soon|lately|"
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
    from tests.helpers import run_text

    quotes = run_text(text).quotes
    assert quotes and {q.date for q in quotes} == {expected}


def test_bare_participle_takes_the_tense_of_the_verb_it_hangs_on():
    from tests.helpers import run_text

    text = ('When announcing the shutdown on Monday, Prime Minister Tuilaepa called on "village councils" '
            "to instill confidence in vaccines.")
    an = run_text(text, "2019-12-07")  # a Saturday: the Monday before, not the one after
    assert [(d.text, d.value) for d in an.dates] == [("Monday", "2019-12-02")]
    assert [(q.speaker, q.date) for q in an.quotes] == [("Tuilaepa", "2019-12-02")]


def test_a_dated_source_is_not_inherited_but_a_dated_briefing_is():
    from tests.helpers import run_text

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
    from tests.helpers import run_text

    assert [(q.quote, q.date) for q in run_text(text).quotes] == [(quote, day)]


def test_a_reporting_quarter_does_not_date_the_statement():
    from datetime import date

    from analysis.models import Article
    from analysis.pipeline import analyse

    text = "The company reported third-quarter profit grew 10 percent on strong sales in Europe."
    (an,) = analyse([Article("t.txt", 0, "t.txt", text, date(1989, 10, 20))])
    assert [(q.quote, q.date) for q in an.quotes] == [
        ("third-quarter profit grew 10 percent on strong sales in Europe", "1989-10-20")]


REPORTING_DAY = date(1989, 10, 26)  # a Thursday in the fourth quarter


@pytest.mark.parametrize("text, expected", [
    # the period under report is one ended, said to have ended (a fiscal quarter) or reported in
    # the past tense; a forecast quarter is not what "the year-ago period" compares
    ("Profit fell in the third quarter. Analysts expect losses through the third quarter of 1990. "
     "In the year-ago period, it earned $5 million.",
     [("the third quarter", "1989-Q3"), ("the third quarter of 1990", "1990-Q3"), ("the year-ago period", "1988-Q3")]),
    ("Net rose for the fourth quarter ended Aug. 26. A year earlier it earned $2.4 million.",
     [("the fourth quarter", "1989-Q4"), ("Aug. 26", "1989-08-26"), ("A year earlier", "1988-Q4")]),
    ("Sales fell in the fiscal second quarter. The latest period includes gains.",
     [("the fiscal second quarter", "1989-Q2"), ("The latest period", "1989-Q2")]),
    ("The company reported third-quarter profit. It earned $1.8 million for the corresponding period last "
     "year. Sales for last year's quarter were $3 million.",
     [("third-quarter", "1989-Q3"), ("the corresponding period last year", "1988-Q3"),
      ("last year's quarter", "1988-Q3")]),
    ("The company reported third-quarter profit. Sales for the same quarter a year earlier were $2 million.",
     [("third-quarter", "1989-Q3"), ("the same quarter a year earlier", "1988-Q3")]),
    # last year's figure beside a period under report is that period's, a year before
    ("The company reported third-quarter sales of $2.5 billion, up from last year's $2.3 billion.",
     [("third-quarter", "1989-Q3"), ("last year", "1988-Q3")]),
    ("Sales were $2.5 billion, up from last year's $2.3 billion.", [("last year", "1988")]),
    ("Losses will continue through the first two quarters of 1990.", [("the first two quarters of 1990", "1990-H1")]),
    ("He will campaign until Election Day.", [("Election Day", "1989-11-07")]),
    # "set for" looks ahead, "set on" is past
    ("The issue will dominate a NATO summit set for Washington in April.", [("April", "1990-04")]),
    ("Stocks closed near the record high set on Aug. 6.", [("Aug. 6", "1989-08-06")]),
])
def test_reporting_periods_and_comparisons(text, expected):
    assert [(t, v) for t, v, _ in values(text, REPORTING_DAY)] == expected
