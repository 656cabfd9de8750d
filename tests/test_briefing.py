"""Briefing content and its PDF/PNG export, from the sample article."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime

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
    assert b.numbers == [("Articles", "1", "of 1 analysed"), ("Statements", "3", "of 8"),
                         ("Named speakers", "1", "people and organisations"), ("Date span", "26 Aug 2024", "1 day"),
                         ("Anonymous sources", "0%", "0 statements")]
    assert [c.speaker for c in b.citations] == ["John Kirby"] * 3
    assert {c.date for c in b.citations} == {"26 Aug 2024"}
    # direct quotes in quotation marks, reported speech as a paraphrase without them
    assert [c.words[:40] for c in b.citations] == ["“This is not a new desire by President Z",
                                                   "“We’ll keep the conversations with the U",
                                                   "Paraphrase: there were “no changes” in U"]
    assert all(c.title == "000_c8a401f571122ff9.txt" for c in b.citations)
    assert list(b.charts) == ["Statements over time", "Tone by speaker"]
    assert b.file_stem == "briefing_john-kirby_2024-08-26"
    assert b.rule.startswith("Top statements: the most quoted speakers in this selection")


def test_top_statements_take_at_most_two_per_speaker_named_first(sample_corpus):
    view, _ = filters.apply(sample_corpus.quotes, Filters())
    b = briefing.build(sample_corpus, view, Filters(), 0, "seeds", GENERATED)
    assert [c.speaker for c in b.citations] == [
        "John Kirby", "John Kirby", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Politico", "Russia",
        "unnamed: three people familiar with discussions"]
    assert "up to 2 statements each" in b.rule
    assert b.file_stem == "briefing_2026-01-02"  # no speaker or date chosen: the day it was made


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
    cites, rule = briefing.top_statements(view, {})
    assert [c.words for c in cites] == ["“we will rebuild the bridge by the spring”",
                                        "“the vote was fair and the count was right”", "“was a great man”"]
    assert [c.date for c in cites] == ["10 Jun 2019"] * 3 and "under 3 words are left out" in rule
    # a date the text did not give is said to be the article's
    cites, _ = briefing.top_statements(view.assign(date_basis=["article", "article", "article", "stated"]), {})
    assert [c.date for c in cites] == ["10 Jun 2019 (dated by publication)", "10 Jun 2019",
                                       "10 Jun 2019 (dated by publication)"]
