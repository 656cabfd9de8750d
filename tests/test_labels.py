"""Speakers and counts as people read them."""

import pandas as pd

from analysis import labels


def test_unnamed_sources_are_shown_by_their_description():
    assert labels.speaker_label("anonymous", "anonymous", "Officials") == "unnamed: officials"
    assert labels.speaker_label("anonymous", "anonymous", "Philippine officials") == "unnamed: Philippine officials"
    assert labels.speaker_label("anonymous", "anonymous", None) == "unnamed source"
    assert labels.speaker_label("anonymous", "anonymous", "head of the police's internal investigators in the "
                                "northern district of the city") == "unnamed: head of the police's internal investigators in…"
    assert labels.speaker_label("John Kirby", "person", "spokesman") == "John Kirby"
    assert labels.speaker_label("unknown", "unknown", None) == "unknown"


def test_ranking_puts_named_speakers_first_and_leaves_out_unknown():
    q = labels.add_speaker_labels(pd.DataFrame({
        "speaker": ["anonymous"] * 3 + ["unknown"] * 4 + ["Ann Lee", "Police"],
        "speaker_type": ["anonymous"] * 3 + ["unknown"] * 4 + ["person", "organization"],
        "role": ["police"] * 3 + [None] * 6}))
    r = labels.ranking(q)
    assert list(zip(r["speaker_label"], r["statements"], r["named"], strict=True)) == [
        ("Ann Lee", 1, True), ("Police", 1, True), ("unnamed: police", 3, False)]
    last = labels.ranking(q, unknown_last=True)  # where unknown can still be chosen: the filter, the lanes
    assert list(zip(last["speaker_label"], last["statements"], strict=True))[-2:] == [("unnamed: police", 3),
                                                                                     ("unknown", 4)]


def test_counts_have_separators_and_plurals():
    assert [labels.plural(n, "article") for n in (0, 1, 2, 16071)] == [
        "0 articles", "1 article", "2 articles", "16,071 articles"]
    assert labels.plural(3, "day") == "3 days" and labels.plural(2, "copy") == "2 copies"


def test_dates_in_briefings_read_as_people_write_them():
    """Issue 18 review: '2016-W02' and '2015-W52' in a briefing were jargon to its readers."""
    assert [labels.readable_date(v) for v in ("2016-06-10", "2016-W02", "2015-W53", "2016-06", "2016", "", None,
                                              "2016-SU", "2016-W60")] == [
        "10 Jun 2016", "week of 11 Jan 2016", "week of 28 Dec 2015", "Jun 2016", "2016", "undated", "undated",
        "2016 summer", "2016-W60"]


def test_seasons_quarters_halves_and_decades_in_words_that_sort_by_year():
    """Fresh-eyes review: the Quotes and Timeline tables showed '2015-SP' and '2015-SU'."""
    assert [labels.coarse_date(v) for v in ("2015-SP", "2015-FA", "1988-Q2", "1988-H1", "199", "2016-06-10", "2016")] == [
        "2015 spring", "2015 autumn", "1988 Q2", "1988 first half", "1990s", "2016-06-10", "2016"]
    assert labels.readable_date("2015-WI") == "2015 winter"


def test_statements_dated_only_by_publication_say_so():
    assert [labels.dated_by(b) for b in ("stated", "context", "article", None, float("nan"))] == [
        "stated in the text", "from the text around it", "dated by publication", "", ""]
    assert labels.statement_date("2016-06-10", "article") == "10 Jun 2016 (dated by publication)"
    assert labels.statement_date("2016-06", "context") == "Jun 2016"
    assert labels.statement_date(None, "article") == "undated"
    assert labels.dated_by("article", short=True) == "by publication"  # under the Quotes table's "Dated"
