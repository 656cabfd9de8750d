"""When each statement was said: minimal texts for the dating rules (analysis/quotes/dating.py).

The article is dated Tuesday 27 August 2024; each case gives the exact date, granularity, basis and
the rule that decided, in text order.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.models import Article
from analysis.nlp import parse
from analysis.pipeline import statements
from analysis.quotes import dating
from analysis.quotes.rules import ALL_ON, RuleSwitch

PUBLISHED = date(2024, 8, 27)  # a Tuesday


def dated(text: str, rules: RuleSwitch = ALL_ON) -> list[tuple[str, str, str, str]]:
    """(date, granularity, basis, rule) of each statement record, in text order."""
    article = Article("t.txt", 0, "t.txt", text, PUBLISHED)
    (doc,) = parse([article])
    records, *_ = statements(article, doc, rules)
    return [(q.date, q.date_granularity, q.date_basis, q.why.split(" · ")[-1]) for q in records]


def test_occasion_in_the_previous_sentence_dates_what_its_speaker_says_there():
    text = "On Monday, Prime Minister Jan Novak met the mayor of Kyiv. He said the talks went well."
    assert dated(text) == [("2024-08-26", "day", "context", "speakers_occasion")]


def test_an_occasion_of_someone_else_does_not_date_the_speaker():
    text = "On Monday, Prime Minister Jan Novak met the mayor of Kyiv. Opposition leader Eva Horak said the talks failed."
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_round_up_section_headings_date_the_statements_under_them():
    text = ("Campaign news from the summer, as collected by our reporters over several weeks.\n\n"
            "July 2024\n\nSenator Ann Lee said the bill would pass.\n\n"
            "August 2024\n\nSenator Ann Lee said the bill had failed.")
    assert dated(text) == [("2024-07", "month", "context", "section_heading_date"),
                           ("2024-08", "month", "context", "section_heading_date")]


def test_a_speakers_day_does_not_carry_past_a_section_heading():
    text = ("Campaign news from the summer, as collected by our reporters over several weeks.\n\n"
            "July 2024\n\nSenator Ann Lee said on July 3 the bill would pass.\n\n"
            "August 2024\n\nSenator Ann Lee said the bill had failed.")
    assert dated(text) == [("2024-07-03", "day", "stated", "date_in_cue_clause"),
                           ("2024-08", "month", "context", "section_heading_date")]


@pytest.mark.parametrize("text", [
    "The minister said the 1998 treaty was broken.",
    "A spokesman said the treaty, signed in 1998, was broken.",
    "The minister denied that the army had shelled the town in 2016.",
])
def test_a_year_inside_the_content_never_dates_the_statement(text):
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


@pytest.mark.parametrize("text", [
    "Willie Minor, an actor in Dallas, recalled that in 2009, \"I called all my lenders and creditors.\"",
    "Adopted by an American family in 1981 when he was around 10, Monte Haines says his family assumed he was a citizen.",
])
def test_what_is_reported_and_the_speaker_s_history_do_not_date_the_telling(text):
    assert dated(text)[0] == ("2024-08-27", "day", "article", "article_date")


def test_being_asked_is_the_telling_s_own_circumstance():
    assert dated("Asked on Monday about the plan, the minister said it would fail.") == [
        ("2024-08-26", "day", "stated", "date_in_cue_clause")]


def test_a_year_inside_the_content_leaves_the_stated_day():
    assert dated("The minister said on Monday the 1998 treaty was broken.") == [
        ("2024-08-26", "day", "stated", "date_after_cue")]


def test_a_dated_interview_dates_its_words_and_the_next_ones_from_it():
    text = "In a 2016 interview, Ann Lee said she would never run for office. She added that her family came first."
    assert dated(text) == [("2016", "year", "stated", "date_in_cue_clause"),
                           ("2016", "year", "context", "speakers_occasion")]


def test_another_interview_is_a_new_occasion_not_the_dated_one():
    text = ('In a 2006 interview with magazine The Bark, Doris Day said, "I have been through everything."\n\n'
            'When interviewed by the BBC, Day said, "Nothing was ever talked about."')
    assert dated(text) == [("2006", "year", "stated", "date_in_cue_clause"),
                           ("2024-08-27", "day", "article", "article_date")]


def test_a_carried_date_stops_at_a_new_occasion():
    text = ("John Kirby said on Monday that the talks went well.\n\n"
            "In an interview with CNN, Kirby said the aid would arrive.")
    assert dated(text) == [("2024-08-26", "day", "stated", "date_in_cue_clause"),
                           ("2024-08-27", "day", "article", "article_date")]


def test_a_carried_date_stops_at_a_later_dated_occasion():
    text = ("John Kirby said on Sunday that the talks went well.\n\nOn Monday, Kirby flew to Kyiv with the aid.\n\n"
            "Kirby said the aid would arrive.")
    assert dated(text) == [("2024-08-25", "day", "stated", "date_in_cue_clause"),
                           ("2024-08-26", "day", "context", "speakers_occasion")]
    # further on, the Monday trip still stands between Sunday's words and these: neither is carried
    text = text.replace("Kirby said the aid", "The convoy left Lviv at dawn.\n\nKirby said the aid")
    assert dated(text) == [("2024-08-25", "day", "stated", "date_in_cue_clause"),
                           ("2024-08-27", "day", "article", "article_date")]


def test_someone_elses_occasion_of_the_same_kind_dates_nothing():
    text = ("The museum shows a slave block, the site of a speech by Andrew Jackson in 1830. "
            "During his speech, President Barack Obama said the museum told an American story.")
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_a_carried_day_resumes_when_the_story_returns_to_its_occasion():
    text = ("President Ann Lee said on Monday the museum told an American story.\n\n"
            "The museum was founded in 1830 by a group of merchants.\n\n"
            "On Monday, Lee toured the galleries with her family.\n\n"
            "Visitors queued for hours outside the building.\n\n"
            "Lee said the museum would help the country heal.")
    assert dated(text)[-1] == ("2024-08-26", "day", "context", "speakers_last_day")


def test_no_statement_is_dated_after_publication():
    text = "Next week, Senator Ann Lee will address the parliament in Kyiv. She said the talks would go well."
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_an_occasion_in_an_aside_on_the_speaker_is_not_theirs():
    text = ("The first debate was held on Monday night in New York. Analyst Aaron Kall, co-editor of a book on the "
            "debates, said the candidates often made announcements.")
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_a_speakers_day_carries_within_the_same_occasion():
    text = ("John Kirby said on Monday that the talks went well.\n\nThe convoy left Lviv at dawn.\n\n"
            "The roads were icy.\n\nKirby also said the aid would arrive.")
    assert dated(text) == [("2024-08-26", "day", "stated", "date_in_cue_clause"),
                           ("2024-08-26", "day", "context", "speakers_last_day")]


def test_a_standing_position_is_not_carried():
    text = "President Ann Lee said on Monday that she had declared an emergency. The President insists that the wall is needed."
    assert dated(text) == [("2024-08-26", "day", "stated", "date_in_cue_clause"),
                           ("2024-08-27", "day", "article", "article_date")]


def test_a_dated_document_speaks_on_its_date():
    text = "The city sent a letter to the campaign on Monday. It says the campaign used the images without permission."
    assert dated(text) == [("2024-08-26", "day", "context", "dated_document")]


def test_a_dated_study_speaks_for_its_authors():
    text = ("The study, published on Monday in a medical journal, looked at 50 states. "
            "The researchers say this is the first such study.")
    assert dated(text) == [("2024-08-26", "day", "context", "dated_document")]


def test_an_occasion_the_cue_names_takes_its_date_from_elsewhere():
    text = "The first debate was held on Monday night in New York. During the debate, Maria Lopez said taxes would rise."
    assert dated(text) == [("2024-08-26", "day", "context", "dated_occasion")]


def test_a_date_on_the_clause_the_cue_hangs_from():
    text = "Rescue work was suspended on Monday, with Minister Ivan Petrov saying the building could collapse."
    assert dated(text) == [("2024-08-26", "day", "stated", "date_of_governing_clause")]


def test_a_date_opening_the_sentence_frames_all_of_it():
    text = ("Yesterday the agency told reporters it would end the search; the paper also spoke to the navy, "
            "who told it the ship was still missing.")
    assert [d[:3] for d in dated(text)] == [("2024-08-26", "day", "stated")] * 2
    assert dated(text)[1][3] == "date_opening_sentence"


def test_then_after_the_cue_takes_the_occasion_before():
    text = "In June, the senator urged his colleagues to vote against the bill. \"It is a bad bill,\" Ann Lee told reporters then."
    assert dated(text) == [("2024-06", "month", "stated", "then_in_cue_clause")]
    # 'then' before the verb is what came next, not a time
    text = "In June, the senator urged his colleagues to vote against the bill. Ann Lee then said the bill was bad."
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_a_single_dated_line_is_no_round_up_heading():
    text = ("PolitiFact looked at what the senator had said about jobs over the years.\n\n"
            "On July 6, 2015, Sanders made the following comment:\n\n"
            "Senator Ann Lee said the figures were wrong.")
    assert dated(text)[-1] == ("2024-08-27", "day", "article", "article_date")


def test_a_past_event_the_speaker_took_part_in_does_not_date_their_words_now():
    text = ("On Nov. 11, 2014, President Xi and President Barack Obama sealed their agreement in Beijing. "
            "\"It allowed me to go to India,\" Obama said.")
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_only_the_month_when_only_the_month_is_known():
    assert dated("Senator Ann Lee said earlier this month the bill would pass.") == [
        ("2024-08", "month", "stated", "date_in_cue_clause")]


def test_a_day_counted_from_a_dated_occasion():
    base = "The first debate was held on Monday night in New York. "
    assert dated(base + "Ann Lee told the BBC after the debate \"We won the argument.\"") == [
        ("2024-08-26", "day", "stated", "day_around_occasion")]
    assert dated(base + "Ann Lee complained the morning after the debate, saying the sound had failed.") == [
        ("2024-08-27", "day", "stated", "day_around_occasion")]
    assert dated(base + "In a column the morning before the debate, two writers urged her to attack, arguing that it "
                 "worked.") == [("2024-08-25", "day", "stated", "day_around_occasion")]
    # 'before' alone says no day: the words were said at some time before it
    assert dated(base + "Ann Lee told the BBC before the debate \"We will win the argument.\"") == [
        ("2024-08-27", "day", "article", "article_date")]


def test_words_said_during_a_trial_of_known_length_take_the_period_it_spans():
    text = ("After a jury trial, two officers were found guilty on Friday. Their names, protected during the "
            "three-week trial, are now public. The investigator told the court the scene was not secured.")
    assert dated(text) == [("2024-08", "month", "context", "dated_occasion")]
    # without its length, the trial is known by its dated day only
    text = text.replace("three-week ", "")
    assert dated(text) == [("2024-08-23", "day", "context", "dated_occasion")]


def test_unnamed_officials_speak_at_their_countrys_act():
    text = "Germany on Monday banned the airline from flying in the country. German officials said the permit was suspended."
    assert dated(text) == [("2024-08-26", "day", "context", "speakers_occasion")]
    # another country's officials do not
    assert dated(text.replace("German officials", "Iranian officials")) == [("2024-08-27", "day", "article", "article_date")]


def test_unnamed_investigators_speak_at_their_organisations_announcement():
    text = ("The National Transportation Safety Committee on Monday announced the flight recorder had been recovered.\n\n"
            "The device was found broken into two pieces, according to investigators.")
    assert dated(text) == [("2024-08-26", "day", "stated", "date_in_cue_clause"),
                           ("2024-08-26", "day", "context", "speakers_occasion")]


def test_unnamed_sources_do_not_take_part_by_acting():
    text = "Firefighters put the fire out on Monday. A second fire killed another person, according to firefighters."
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


LEAD = ("Senator Ann Lee yesterday won the vote on the budget in the state senate.\n\n"
        "The budget now passes to the governor.\n\nAnalysts expect a veto within days.\n\n")


def test_the_leads_news_dates_its_actors_words_further_on():
    assert dated(LEAD + '"We did it," Ann Lee told reporters.') == [("2024-08-26", "day", "context", "lead_occasion")]
    # not a relative of the same name, nor words given an occasion of their own, nor past another dated occasion
    assert dated(LEAD + 'Her husband, Tom Lee, said, "We are proud."')[-1][2:] == ("article", "article_date")
    assert dated(LEAD + 'Ann Lee, in remarks to ABC, said, "We did it."')[-1][2:] == ("article", "article_date")
    text = LEAD.replace("Analysts expect", "In 2019, Ann Lee lost a vote. Analysts expect") + '"We did it," Ann Lee told reporters.'
    assert dated(text)[-1][2:] == ("article", "article_date")


def test_a_countrys_spokesperson_speaks_at_its_act_in_the_lead():
    text = ("Germany on Monday banned the airline from flying in the country.\n\nThe airline is privately owned.\n\n"
            "It flies to Spain and Italy.\n\nGerman Chancellor Olaf Scholz's spokesperson, Anna Weber, said the ban "
            "followed talks with the allies.")
    assert dated(text)[-1] == ("2024-08-26", "day", "context", "lead_occasion")


def test_a_press_release_speaks_with_the_findings_it_announces():
    text = ("In findings published earlier this month in a journal, scientists examine the decline of penguins. "
            "In a press release, co-author Natasha Gownaris said the ratio had doubled.")
    assert dated(text) == [("2024-08", "month", "context", "dated_document")]


def test_a_month_carries_to_the_next_sentence_only_even_through_a_pronoun():
    text = ("After a jury trial, two officers were found guilty on Friday. Their names, protected during the "
            "three-week trial, are now public. The head of the internal investigators told the court the scene was "
            "not secured. She also said the officers were never questioned.")
    assert dated(text) == [("2024-08", "month", "context", "dated_occasion"),
                           ("2024-08", "month", "context", "speakers_last_day")]
    text = text.replace(" She also", " The officers deny this. The jury agreed. She also")
    assert dated(text)[-1] == ("2024-08-27", "day", "article", "article_date")


def test_after_that_the_date_is_in_what_is_reported():
    assert dated("Officials noted that last year the minister resigned over the scandal.") == [
        ("2024-08-27", "day", "article", "article_date")]


@pytest.mark.parametrize("text", [
    'Party chairman Ann Lee called Friday\'s decision "a huge win for voters."',
    'Ann Lee, a senior adviser, called Mr. Novak\'s remarks on Saturday "a true wake-up call" to his supporters.',
])
def test_a_date_on_what_is_spoken_of_is_not_the_speech(text):
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_a_date_on_the_speakers_own_statement_is_the_speech():
    assert dated("The ministry issued a statement on Monday saying the border would reopen.") == [
        ("2024-08-26", "day", "stated", "date_of_governing_clause")]
    assert dated("Ann Lee told reporters on Monday that the talks failed.") == [
        ("2024-08-26", "day", "stated", "date_in_cue_clause")]


def test_words_without_a_cue_take_the_speech_dated_in_their_sentence():
    text = ('On Monday, the health ministry made the following announcement: "Latest update: 300 new cases have been '
            'reported since the outbreak began."')
    assert dated(text) == [("2024-08-26", "day", "stated", "date_of_speech_sentence")]
    assert dated(text, RuleSwitch(frozenset({"date_of_speech_sentence"}))) == [
        ("2024-08-27", "day", "article", "article_date")]


def test_every_rule_declares_its_basis():
    assert {r.__name__: r.basis for r in (*dating.DATE_RULES, *dating.HEADLINE_RULES)} == dating.BASIS
    assert set(dating.BASIS.values()) == {"stated", "context", "article"}
    assert dating.BASIS["article_date"] == "article"


def test_switching_a_date_rule_off_falls_through_to_the_next():
    text = "On Monday, Prime Minister Jan Novak met the mayor of Kyiv. He said the talks went well."
    assert dated(text, RuleSwitch(frozenset({"speakers_occasion"}))) == [
        ("2024-08-26", "day", "context", "lead_occasion")]
    assert dated(text, RuleSwitch(frozenset({"speakers_occasion", "lead_occasion"}))) == [
        ("2024-08-27", "day", "article", "article_date")]


def test_an_undated_article_leaves_statements_undated():
    article = Article("t.txt", 0, "t.txt", "Ann Lee said the bill would pass.", None)
    (doc,) = parse([article])
    records, *_ = statements(article, doc)
    assert [(q.date, q.date_granularity, q.date_basis) for q in records] == [(None, None, None)]


def quoted(text: str) -> list[tuple[str, str, str, str]]:
    """(words, date, granularity, rule) of each statement record, in text order."""
    article = Article("t.txt", 0, "t.txt", text, PUBLISHED)
    (doc,) = parse([article])
    records, *_ = statements(article, doc)
    return [(q.quote, q.date, q.date_granularity, q.why.split(" · ")[-1]) for q in records]


@pytest.mark.parametrize("text", [
    '"One of us ran against the president," Ann Lee said, invoking the 2008 race.',
    '"It is true we got close to reform," Ann Lee said, recalling a 2007 bill that failed.',
    '"I was against the war," Ann Lee said, repeating a claim that she opposed the 2003 invasion.',
    '"A wise judge would reach a better conclusion," Ann Lee said in speeches before becoming a judge in 2009.',
])
def test_a_past_year_on_what_is_spoken_of_never_dates_the_statement(text):
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_someone_elses_words_long_ago_are_spoken_of():
    text = 'Echoing George Wallace\'s famous 1963 refrain, Ann Lee pledged to oppose the bill "today, tomorrow, forever."'
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]  # one statement, the quote in it


@pytest.mark.parametrize("text, day", [
    ("Tom Moody said at Mr. Novak's rally on Monday that the border must close.", "2024-08-26"),
    ('Guns are "a crisis," Ann Lee proclaimed to a cheering crowd at the convention on Monday.', "2024-08-26"),
])
def test_someone_elses_occasion_or_a_listener_is_the_tellings_circumstance(text, day):
    assert dated(text) == [(day, "day", "stated", "date_in_cue_clause")]


def test_a_past_event_recalled_beside_a_statement_does_not_date_it():
    text = ('Paul Manafort invoked Ronald Reagan\'s polling deficit in 1980. "Fixing personality negatives is easy," '
            "Manafort said.")
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]
    # an event of the speaker's own, long past, told in a clause of its own
    text = "Ann Lee left the bank in 2000 to raise her family, but she said she felt frustrated by the barriers."
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]
    # a past occasion whose purpose is a speech act still dates the words said there
    text = ("In September 2013, Ann Lee chose Astana to announce that the nations would build a trade belt. "
            "She said the two nations now have a golden opportunity.")
    assert dated(text) == [("2013-09", "month", "stated", "date_of_governing_clause"),
                           ("2013-09", "month", "context", "speakers_occasion")]


def test_an_untied_speech_is_the_news_not_a_speech_the_story_recalls():
    text = ("Barack Obama gave a keynote speech at the convention in 2004. "
            "In his speech, Mr. Obama argued that the Republican nominee had played on fears.")
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_a_name_for_a_past_event_is_no_time_of_speech():
    text = ('Paul Manafort protected the delegates at the 1976 convention, in what Bay Buchanan called '
            '"hand-to-hand combat."')
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_an_opening_date_clause_is_when_not_what_was_claimed():
    text = ("On June 12, minutes before the committee voted to hold them in contempt, Donald Trump claimed the "
            "documents were subject to executive privilege.")
    assert quoted(text) == [("the documents were subject to executive privilege", "2024-06-12", "day",
                             "date_opening_sentence")]


@pytest.mark.parametrize("text", [
    'In the early 1990s, Ms. Lee said, when she was earning $24,000 a year, a boss invited her to lunch.',
    'Harking back to the "Great Game," the 19th-century contest between the empires, Tom Miller says there is only '
    'one winner this time around.',
])
def test_a_decade_or_a_century_is_never_a_statement_date(text):
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_a_dated_interview_or_email_long_ago_still_dates_its_words():
    assert dated("In a 2014 interview, Ann Lee said she would never run for office.") == [
        ("2014", "year", "stated", "date_in_cue_clause")]
    assert dated("In a June 10, 2009 email, Ann Lee wrote that the deal was done.") == [
        ("2009-06-10", "day", "stated", "date_in_cue_clause")]


def test_a_date_right_after_the_cue_is_set_apart_from_the_words_whichever_date_rules_are_on():
    """Switching a date rule off changes a date, never the words quoted (the date after the cue is the speech's)."""
    text = "Police said on Monday they believe the fire was set on purpose."
    article = Article("t.txt", 0, "t.txt", text, PUBLISHED)
    (doc,) = parse([article])
    on = statements(article, doc, ALL_ON)[0]
    off = statements(article, doc, RuleSwitch(frozenset({"date_after_cue"})))[0]
    assert [q.quote for q in on] == [q.quote for q in off] == ["they believe the fire was set on purpose"]
    assert [(q.date, q.why.split(" · ")[-1]) for q in on] == [("2024-08-26", "date_after_cue")]
    assert [q.why.split(" · ")[-1] for q in off] != ["date_after_cue"]


def test_a_tweet_verb_takes_the_day_of_the_speakers_dated_tweet():
    text = ("His father Donald Trump unveiled a new nickname for Clinton in a Sunday tweet. "
            "“Crooked Hillary Clinton is spending a fortune on ads against me. Will be such fun!” Donald Trump tweeted.")
    assert dated(text) == [("2024-08-25", "day", "context", "dated_document")]


def test_a_tweet_verb_does_not_take_someone_elses_dated_tweet():
    text = ("Ann Lee's Sunday tweet mocked the senator. "
            "“The bridge must close,” Senator Tom Berg tweeted.")
    assert dated(text) == [("2024-08-27", "day", "article", "article_date")]


def test_a_when_clause_on_a_month_dates_what_is_said_in_it():
    text = ("The idea came up in a Democratic debate in December, when Hillary Clinton called the frontrunner "
            "“ISIS’ best recruiter.” She also said, without evidence, that “they are showing videos of him.”")
    assert dated(text) == [("2023-12", "month", "stated", "date_of_when_clause"),
                           ("2023-12", "month", "context", "speakers_occasion")]


def test_a_documentary_is_a_new_occasion_the_interview_day_does_not_reach():
    text = ("Donald Trump said in an interview on Saturday that the plane was his favourite. "
            "“It is like a new plane,” Donald Trump said in a documentary that showed off the renovations.")
    assert dated(text) == [("2024-08-24", "day", "stated", "date_in_cue_clause"),
                           ("2024-08-27", "day", "article", "article_date")]


EXPORT = ("Ryan calls the remarks racist;\nCriticism drives the candidate to say his words were misread.\n\nABSTRACT.\n\n"
          "The remarks were the textbook definition of racism, Mr. Ryan said.\n\nFULL TEXT.\n\n"
          "Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Monday called Donald J. Trump's remarks "
          "about a judge ''racist,'' an extraordinary indictment that generated a fresh wave of criticism.\n\n"
          "Mr. Ryan said the comments were unacceptable.")


def test_a_lead_the_parser_read_as_a_name_with_a_relative_clause_still_dates_its_occasion():
    """The lead's 'Paul D. Ryan, …, on Monday called …' has no main verb in the parse; its speaker speaks on Monday."""
    assert dated(EXPORT)[-1][:3] == ("2024-08-26", "day", "context")


def test_an_archive_exports_title_and_abstract_are_not_the_story():
    from analysis.quotes.occasions import DatingContext

    assert DatingContext(EXPORT, [], [], PUBLISHED).body == EXPORT.index("Speaker Paul")
    plain = "WASHINGTON\nSpeaker Paul D. Ryan said on Monday the remarks were racist."
    assert DatingContext(plain, [], [], PUBLISHED).body == plain.index("Speaker Paul")


def test_a_headline_is_dated_by_its_speakers_first_statement_in_the_story_unless_that_is_old():
    text = "Kirby says the talks went well\n\nJohn Kirby said on Monday that the talks in Kyiv went well."
    assert [d[:3] for d in dated(text)] == [("2024-08-26", "day", "context"), ("2024-08-26", "day", "stated")]
    old = "Kirby says the talks went well\n\nIn 2019, John Kirby said the talks in Kyiv had gone well."
    assert dated(old)[0][:3] == ("2024-08-27", "day", "article")
