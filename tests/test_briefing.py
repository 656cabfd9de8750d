"""Briefing content and its PDF/PNG export, from the sample article."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime

import pandas as pd
import pytest
from PIL import Image

from analysis import briefing, export, filters
from analysis.filters import Filters

GENERATED = datetime(2026, 1, 2, 3, 4)


@pytest.fixture(scope="module")
def kirby_briefing(sample_corpus):
    f = Filters(speakers=["John Kirby"], date_from=date(2024, 8, 26), date_to=date(2024, 8, 26))
    view, hidden = filters.apply(sample_corpus.quotes, f)
    return briefing.build(sample_corpus, view, f, hidden, "seeds", GENERATED)


def test_briefing_says_what_was_selected(kirby_briefing):
    b = kirby_briefing
    assert b.title == "Briefing: John Kirby · 26 Aug 2024"
    from analysis.pipeline import ANALYSIS_VERSION

    assert b.provenance == f"Corpus seeds · 1 article · analysis version {ANALYSIS_VERSION} · generated 2026-01-02 03:04"
    # one speaker: no "Named speakers 1" and "Unnamed sources 0" (review 3: they say nothing here)
    assert b.numbers == [("Articles", "1", "of 1 analysed"), ("Statements", "3", "of 8"),
                         ("Date span", "26 Aug 2024", "1 day")]
    assert [c.speaker for c in b.citations] == ["John Kirby"] * 3
    assert {c.date for c in b.citations} == {"26 Aug 2024"}
    # direct quotes in quotation marks, reported speech as a paraphrase without them
    # in date order, then as the article has them
    assert [c.words[:40] for c in b.citations] == ["Paraphrase: there were “no changes” in U",
                                                   "“This is not a new desire by President Z",
                                                   "“We’ll keep the conversations with the U"]
    assert all(c.title == "000_c8a401f571122ff9.txt" for c in b.citations)
    assert list(b.charts) == ["Statements over time", "Tone by speaker"]
    assert b.file_stem == "briefing_john-kirby_2024-08-26"
    assert b.rule.startswith("Chosen from statements dated inside 26 Aug 2024 (the period charted) at least to "
                             "the month: up to 10 for each of the most quoted speakers")


def test_top_statements_take_at_most_two_per_speaker_named_first(sample_corpus):
    view, _ = filters.apply(sample_corpus.quotes, Filters())
    b = briefing.build(sample_corpus, view, Filters(), 0, "seeds", GENERATED)
    assert sorted(c.speaker for c in b.citations) == sorted([
        "John Kirby", "John Kirby", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Politico", "Russia",
        "unnamed: three people familiar with discussions"])
    assert "up to 2 for each of the most quoted speakers" in b.rule
    assert b.file_stem == "briefing_2026-01-02"  # no speaker or date chosen: the day it was made


def test_a_briefing_ranks_its_speakers_once(sample_corpus, monkeypatch):
    """Colours, top statements and the chart over time follow one ranking, computed once (or handed in)."""
    from analysis import labels

    view, _ = filters.apply(sample_corpus.quotes, Filters())
    calls = []
    ranking = labels.ranking
    monkeypatch.setattr(labels, "ranking", lambda *a, **k: calls.append(1) or ranking(*a, **k))
    b = briefing.build(sample_corpus, view, Filters(), 0, "seeds", GENERATED)
    assert len(calls) == 1
    given = briefing.build(sample_corpus, view, Filters(), 0, "seeds", GENERATED, ranked=ranking(view))
    assert len(calls) == 1
    assert given.citations == b.citations
    assert [c.to_dict() for c in given.charts.values()] == [c.to_dict() for c in b.charts.values()]


def test_a_link_problem_is_printed_in_the_briefing(sample_corpus, tmp_path):
    f = Filters()
    view, hidden = filters.apply(sample_corpus.quotes, f)
    problem = "Speaker: not in this corpus: Nobody"
    b = briefing.build(sample_corpus, view, f, hidden, "seeds", GENERATED, link_problems=[problem])
    assert b.notes == [problem]
    pdf = export.briefing_pdf(b)
    if shutil.which("pdftotext"):
        (tmp_path / "b.pdf").write_bytes(pdf)
        text = subprocess.run(["pdftotext", str(tmp_path / "b.pdf"), "-"], capture_output=True, text=True).stdout
        assert problem in text


def test_empty_selection_says_so(sample_corpus):
    f = Filters(speakers=["Nobody"])
    view, hidden = filters.apply(sample_corpus.quotes, f)
    b = briefing.build(sample_corpus, view, f, hidden, "seeds", GENERATED)
    assert b.citations == [] and b.charts == {}
    assert b.notes == ["No statement matches these filters."]
    assert export.briefing_pdf(b).startswith(b"%PDF")


def test_pdf_and_png_export(kirby_briefing, tmp_path):
    pdf = export.briefing_pdf(kirby_briefing)
    assert pdf.startswith(b"%PDF")
    png = export.pdf_to_png(pdf, scale=1.0)
    img = Image.open(io.BytesIO(png))
    assert img.width in (595, 596) and img.height >= 842  # A4 at 72 dpi, one page or more
    # the text is real text in the PDF, not an image of it
    if shutil.which("pdftotext"):
        (tmp_path / "b.pdf").write_bytes(pdf)
        text = subprocess.run(["pdftotext", str(tmp_path / "b.pdf"), "-"], capture_output=True, text=True).stdout
        assert "Briefing: John Kirby · 26 Aug 2024" in text
        assert "“This is not a new desire by President Zelenskyy by any stretch”" in text
        assert "Paraphrase: there were “no changes”" in text
        assert "Volodymyr Zelenskyy ·" not in text


def test_untrusted_text_prints_literally(sample_corpus, tmp_path):
    q = sample_corpus.quotes.copy()
    q.loc[q.index[0], "quote"] = "<script>alert(1)</script> **bold** $x$"
    corpus = type(sample_corpus)(q, sample_corpus.timeline, sample_corpus.articles, sample_corpus.report)
    f = Filters(q="<script>")
    view, hidden = filters.apply(corpus.quotes, f)
    pdf = export.briefing_pdf(briefing.build(corpus, view, f, hidden, "seeds", GENERATED))
    if shutil.which("pdftotext"):
        (tmp_path / "b.pdf").write_bytes(pdf)
        text = subprocess.run(["pdftotext", str(tmp_path / "b.pdf"), "-"], capture_output=True, text=True).stdout
        assert "<script>alert(1)</script> **bold** $x$" in text


def test_undated_statements_are_cited_as_undated_on_paper(tricky_folder, tmp_path):
    """Repro 1: the PDF printed 'Maria Ostrova · nan' for a statement from an article without a date."""
    from analysis.corpus import analyse_corpus
    from analysis.ingest import ingest

    corpus = analyse_corpus(ingest([tricky_folder]))
    f = Filters(speakers=["Maria Ostrova"])
    view, hidden = filters.apply(corpus.quotes, f)
    b = briefing.build(corpus, view, f, hidden, "tricky", GENERATED)
    assert [(c.speaker, c.date) for c in b.citations] == [("Maria Ostrova", "undated")] * 2
    pdf = export.briefing_pdf(b)
    if shutil.which("pdftotext"):
        (tmp_path / "b.pdf").write_bytes(pdf)
        text = subprocess.run(["pdftotext", str(tmp_path / "b.pdf"), "-"], capture_output=True, text=True).stdout
        assert text.count("Maria Ostrova · undated") == 2 and "nan" not in text


def _one_speaker(rows: list[tuple]) -> pd.DataFrame:
    """A view of Ann Lee's statements: (quote, confidence, date value, start, end, basis, kind)."""
    from analysis import labels

    return labels.add_speaker_labels(pd.DataFrame({
        "speaker": "Ann Lee", "speaker_type": "person", "role": None, "quote": [r[0] for r in rows],
        "confidence": [r[1] for r in rows], "date": [r[2] for r in rows],
        "period_start": [pd.Timestamp(r[3]) for r in rows], "period_end": [pd.Timestamp(r[4]) for r in rows],
        "date_basis": [r[5] for r in rows], "kind": [r[6] for r in rows], "article_id": "a",
        "start": range(len(rows)), "display_title": "A", "url": None}))


TOP_ROWS = [
    ("we will rebuild the bridge by the spring", 0.7, "2019-06-12", "2019-06-12", "2019-06-12", "stated", "direct"),
    ("The vote was fair and the count was right", 0.9, "2019-06-10", "2019-06-10", "2019-06-10", "article", "direct"),
    ("was a great man", 0.95, "2019-06-11", "2019-06-11", "2019-06-11", "stated", "direct"),
    ("years.", 0.99, "2019-06-12", "2019-06-12", "2019-06-12", "stated", "direct"),
    ("When I was young we marched for civil rights in the south", 0.95, "1972", "1972-01-01", "1972-12-31",
     "stated", "direct"),
    ("In the year ahead we will balance the budget again", 0.95, "2019", "2019-01-01", "2019-12-31", "stated",
     "direct"),
    ("the bridge would be rebuilt before the summer came", 0.75, "2019-06-09", "2019-06-09", "2019-06-09", "context",
     "indirect"),
]


def test_top_statements_come_from_the_period_charted_dated_to_the_month_best_first_in_date_order():
    """Issue 28 review: the oldest came first, so a briefing opened with 'Trump · 2003', 'Clinton · 1972'."""
    view = _one_speaker(TOP_ROWS)
    # everything citable, in date order: not the 1972 aside (outside the period charted), not the year-dated
    # one (not dated to the month), not the fragment
    cites, rule = briefing.top_statements(view, {}, n=10)
    assert [c.quote for c in cites] == ["the bridge would be rebuilt before the summer came",
                                        "The vote was fair and the count was right", "was a great man",
                                        "we will rebuild the bridge by the spring"]
    assert [c.date for c in cites] == ["9 Jun 2019", "10 Jun 2019 (dated by publication)", "11 Jun 2019",
                                       "12 Jun 2019"]
    assert rule.startswith("Chosen from statements dated inside Dec 2018 – Jun 2019 (the period charted) at "
                           "least to the month: up to 10 for each") and rule.endswith("Listed in date order.")
    # the best two: whole (6+ words) and dated from the text, the direct sentence before the clause
    # (same confidence step); a confident statement dated only by publication comes after them
    assert [c.quote for c in briefing.top_statements(view, {}, n=2)[0]] == [
        "the bridge would be rebuilt before the summer came", "we will rebuild the bridge by the spring"]
    assert [c.quote for c in briefing.top_statements(view, {}, n=3)[0]] == [
        "the bridge would be rebuilt before the summer came", "The vote was fair and the count was right",
        "we will rebuild the bridge by the spring"]
    # the more confident step wins among whole, text-dated statements; then sentences over clauses
    surer = view.assign(confidence=[0.7, 0.9, 0.95, 0.99, 0.95, 0.95, 0.85])
    assert [c.quote for c in briefing.top_statements(surer, {}, n=1)[0]] == [
        "the bridge would be rebuilt before the summer came"]


def test_top_statements_inside_a_filtered_range():
    from analysis import timeaxis

    view = _one_speaker(TOP_ROWS)
    w = timeaxis.window(view, date(2019, 6, 10), date(2019, 6, 11))
    cites, rule = briefing.top_statements(view, {}, n=10, w=w)
    assert [c.quote for c in cites] == ["The vote was fair and the count was right", "was a great man"]
    assert rule.startswith("Chosen from statements dated inside 10–11 Jun 2019")


def test_top_statements_leave_out_fragments_and_put_whole_statements_first():
    """Issue 18 review: 'years.' and 'was a great man' were cited as a speaker's top statements."""
    import pandas as pd

    from analysis import labels

    rows = [("years.", 0.99), ("was a great man", 0.95), ("we will rebuild the bridge by the spring", 0.7),
            ("the vote was fair and the count was right", 0.6)]
    view = labels.add_speaker_labels(pd.DataFrame({
        "speaker": "Ann Lee", "speaker_type": "person", "role": None, "quote": [q for q, _ in rows],
        "confidence": [c for _, c in rows], "kind": "direct", "date": "2019-06-10",
        "period_start": pd.Timestamp("2019-06-10"), "article_id": "a", "start": range(4), "display_title": "A",
        "url": None}))
    cites, rule = briefing.top_statements(view, {}, n=2)
    assert [c.words for c in cites] == ["“we will rebuild the bridge by the spring”",
                                        "“the vote was fair and the count was right”"]
    assert [c.date for c in cites] == ["10 Jun 2019"] * 2 and "under 3 words are left out" in rule
    # a date the text did not give is said to be the article's
    cites, _ = briefing.top_statements(view.assign(date_basis=["article", "article", "article", "stated"]), {})
    assert [c.date for c in cites] == ["10 Jun 2019 (dated by publication)", "10 Jun 2019 (dated by publication)",
                                       "10 Jun 2019"]


def test_the_date_span_is_the_period_the_chart_draws():
    """Issue 28 review: 'Date span: Dec 2015 – Aug 2016' (the 5th–95th percentile) beside a chart and an
    'earliest 12 Nov 2015' that began in November; a date far outside is counted, not spanned."""
    from analysis import timeaxis

    days = list(pd.date_range("2015-11-12", "2016-08-11", periods=24))
    view = pd.DataFrame({"period_start": [pd.Timestamp("1800-01-01"), *days],
                         "period_end": [pd.Timestamp("1800-12-31"), *days]})
    w = timeaxis.window(view)
    assert (w.start, w.end) == (pd.Timestamp("2015-11-01"), pd.Timestamp("2016-09-01"))
    assert briefing.date_span(view) == ("Nov 2015 – Aug 2016", "12 Nov 2015 – 11 Aug 2016 (274 days); left out, far "
                                                               "from the bulk of the dates: 1 dated earlier (from 1800)")
    assert briefing.date_span(view.iloc[1:]) == ("Nov 2015 – Aug 2016", "12 Nov 2015 – 11 Aug 2016 (274 days)")
    # a filtered range: a month begun before it is drawn from its first day, and spanned from there
    month = view.iloc[1:].assign(period_start=lambda d: d["period_start"].where(d.index != 1, pd.Timestamp("2015-11-01")),
                                 period_end=lambda d: d["period_end"].where(d.index != 1, pd.Timestamp("2015-11-30")))
    kept = month[month["period_start"] < "2016-07-01"]
    assert briefing.date_span(kept, date(2015, 11, 5), date(2016, 6, 30))[0] == "Nov 2015 – Jun 2016"


def test_a_speakers_date_span_is_the_same_in_their_briefing_and_beside_another_in_compare():
    """Fresh-eyes review 3: Donald Trump's span read "Jul 2015 – Sep 2016, 14 left out" in his briefing and
    "Aug 2015 – Sep 2016, 18 left out" in Compare beside Hillary Clinton: Compare measured it on the axis
    the columns share. briefing.date_span is a speaker's own span in both."""
    from analysis import compare
    from analysis.corpus import Corpus
    from analysis.filters import Filters

    # alone, Ann Lee's July is within a year of her January (fewer than 20 dates: timeaxis.FEW); beside Bo
    # Chen's busy February it is far from the bulk of the pair's dates
    ann = ["2015-07-10", "2015-07-20"] + [f"2016-01-{d:02d}" for d in range(5, 21)] + ["1977-05-01"]
    bo = [f"2016-02-{d:02d}" for d in range(1, 29)] * 2
    days = pd.to_datetime(ann + bo)
    quotes = pd.DataFrame({"speaker": ["Ann Lee"] * len(ann) + ["Bo Chen"] * len(bo), "speaker_type": "person",
                           "role": None, "article_id": "a", "start": range(len(days)), "end": range(1, len(days) + 1),
                           "quote": "we will see to it",
                           "kind": "direct", "date": [d.strftime("%Y-%m-%d") for d in days], "date_basis": "stated",
                           "period_start": days, "period_end": days, "polarity": 0.0, "subjectivity": 0.0,
                           "tone_value": 0.0, "confidence": 0.9, "url": None, "display_title": "A"})
    from analysis import labels

    quotes = labels.add_speaker_labels(quotes)
    corpus = Corpus(quotes=quotes, articles=pd.DataFrame({"article_id": ["a"], "outlet": [None], "url": [None]}),
                    timeline=pd.DataFrame(), report=pd.DataFrame())
    alone = quotes[quotes["speaker"] == "Ann Lee"]
    own = dict((label, (value, note)) for label, value, note in briefing.key_numbers(corpus, alone))["Date span"]
    assert own == ("Jul 2015 – Jan 2016", "10 Jul 2015 – 20 Jan 2016 (195 days); left out, far from the bulk of "
                                          "the dates: 1 dated earlier (from 1977)")
    pair = compare.build(corpus, quotes, Filters(speakers=["Ann Lee", "Bo Chen"]), 0, "test")
    beside = dict((label, (value, note)) for label, value, note in pair.columns[0].numbers)["Date span"]
    assert beside == own
    # the shared axis leaves out her July too, and says it is the axis's doing
    assert pair.columns[0].chart_notes["Statements over time"] == (
        "Not drawn on the axis the columns share: 3 statements dated far from the bulk of the compared speakers' "
        "dates.")


def test_a_statement_too_long_to_quote_comes_after_one_that_fits():
    """Issue 28 review: PolNeAR's 200-word Benghazi answer filled the briefing's column."""
    long = "We " + " ".join(["went"] * briefing.TOO_LONG) + "."
    just = "We " + " ".join(["went"] * (briefing.TOO_LONG - 1)) + "."
    rows = [(long, 0.95, "2019-06-10", "2019-06-10", "2019-06-10", "stated", "direct"),
            ("The vote was fair and the count was right", 0.95, "2019-06-11", "2019-06-11", "2019-06-11", "stated",
             "direct"),
            (just, 0.95, "2019-06-12", "2019-06-12", "2019-06-12", "stated", "direct")]
    view = _one_speaker(rows)
    assert len(long.split()) == briefing.TOO_LONG + 1 and len(just.split()) == briefing.TOO_LONG
    # at TOO_LONG words a statement still fits (and is longer, so first); one word more goes last
    assert [c.quote for c in briefing.top_statements(view, {}, n=2)[0]] == [
        "The vote was fair and the count was right", just]
    cites, rule = briefing.top_statements(view, {}, n=3)
    assert [c.quote for c in cites] == [long, "The vote was fair and the count was right", just]  # date order
    assert f"those of {briefing.TOO_LONG} words or fewer" in rule


def test_an_undated_statement_beside_dated_ones_is_still_cited_as_undated():
    """Browser suite on the tricky corpus: an article without a date beside a dated one left the
    briefing with no statement ('No statement matches these filters')."""
    rows = TOP_ROWS[:1] + [("the council's budget isn't ready and it won't be", 0.9, None, None, None, None, "direct")]
    cites, _ = briefing.top_statements(_one_speaker(rows), {}, n=10)
    assert [(c.quote, c.date) for c in cites] == [("we will rebuild the bridge by the spring", "12 Jun 2019"),
                                                  ("the council's budget isn't ready and it won't be", "undated")]


def test_a_citation_names_its_articles_title_outlet_and_day(kirby_briefing):
    """Review 3: each statement's 'Source:' gave only the article's title, too little to check it by."""
    assert {c.source for c in kirby_briefing.citations} == {"000_c8a401f571122ff9.txt · published 27 Aug 2024"}
    articles = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "outlet": ["Reuters", None, None, " "],
                             "url": ["https://www.reuters.com/x", "https://www.politico.com/news/y", "story-7", None]})
    assert briefing.outlets(articles) == {"a": "Reuters", "b": "politico.com"}  # the outlet, else the link's host
    cite = briefing.Citation("Ann Lee", "10 Jun 2019", "we will", "Vote counted", "politico.com", "", 2, True,
                             "11 Jun 2019")
    assert cite.source == "Vote counted · politico.com · published 11 Jun 2019 · also published in 2 other articles"
