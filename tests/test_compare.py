"""Speakers side by side (analysis/compare.py), their comparison briefing, and exports that stand
alone: a chart's PNG/SVG headed by its filters, corpus, n and time; the briefing as one image."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pypdfium2 as pdfium
import pytest
from PIL import Image

from analysis import briefing, charts, compare, export, filters
from analysis.filters import Filters

GENERATED = datetime(2026, 1, 2, 3, 4)
PAIR = ["John Kirby", "Volodymyr Zelenskyy"]


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


@pytest.fixture(scope="module")
def pair(sample_corpus):
    f = Filters(speakers=PAIR)
    view, hidden = filters.apply(sample_corpus.quotes, f)
    return compare.build(sample_corpus, view, f, hidden, "seeds", GENERATED)


def test_a_column_per_speaker_on_shared_scales(pair):
    assert pair.title == "Comparison: John Kirby vs Volodymyr Zelenskyy"
    assert [c.speaker for c in pair.columns] == PAIR
    kirby, zelenskyy = pair.columns
    assert kirby.numbers[0] == ("Statements", "3", "in 1 article") and zelenskyy.numbers[0][1] == "2"
    assert kirby.numbers[2][0] == "Mean tone" and kirby.numbers[2][2].endswith(", n = 3")
    assert pair.sections == ["Statements over time", "Tone", "Talks about most"]
    assert list(kirby.charts) == list(zelenskyy.charts) == ["Statements over time", "Tone", "Talks about most"]
    named = [c.charts["Talks about most"].to_dict()["encoding"]["x"]["scale"]["domain"] for c in pair.columns]
    assert named[0] == named[1] == [0, 2]  # one mention scale: he names her once, she each place once (a tick above)
    spec = [c.charts["Statements over time"].to_dict() for c in pair.columns]
    assert spec[0]["encoding"]["x"]["scale"] == spec[1]["encoding"]["x"]["scale"]  # one window
    assert spec[0]["encoding"]["y"]["scale"]["domain"] == spec[1]["encoding"]["y"]["scale"]["domain"] == [0, 4]
    assert [c.speaker for c in kirby.citations] == ["John Kirby"] * 3
    assert pair.file_stem == "comparison_john-kirby_volodymyr-zelenskyy_2026-01-02"


def test_fewer_than_two_speakers_asks_for_them_and_more_than_four_names_the_rest(sample_corpus):
    one = compare.build(sample_corpus, sample_corpus.quotes, Filters(speakers=["John Kirby"]), 0, "seeds")
    assert one.columns == [] and one.notes == ["Choose 2 to 4 speakers in the Speaker filter to compare them."]
    five = Filters(speakers=["John Kirby", "Volodymyr Zelenskyy", "Politico", "Russia", "unnamed source"])
    view, _ = filters.apply(sample_corpus.quotes, five)
    out = compare.build(sample_corpus, view, five, 0, "seeds")
    assert len(out.columns) == 4 and out.notes == ["At most 4 speakers are compared; left out: unnamed source."]


def test_comparison_pdf_and_one_image(pair):
    pdf = export.comparison_pdf(pair)
    text = pdf_text(pdf)
    assert "Comparison: John Kirby vs Volodymyr Zelenskyy" in text and "Top statements" in text
    assert "This is not a new desire" in text and "Statements: 3" in text
    doc = pdfium.PdfDocument(pdf)
    width, height = doc[0].get_size()
    doc.close()
    assert width > height  # landscape: the columns side by side
    png = Image.open(io.BytesIO(export.comparison_png(pair, scale=1.0)))
    assert png.width == round(width)


def _last_ink(img: Image.Image) -> int:
    """The lowest row with anything but white on it."""
    grey = img.convert("L").point(lambda v: 255 if v < 245 else 0)
    return grey.getbbox()[3]


def test_briefing_png_is_one_image_without_a_blank_foot(sample_corpus):
    """Issue 28: the PNG was the PDF's pages stacked, with the blank half of the first page."""
    f = Filters(speakers=PAIR)
    view, hidden = filters.apply(sample_corpus.quotes, f)
    b = briefing.build(sample_corpus, view, f, hidden, "seeds", GENERATED)
    paged = Image.open(io.BytesIO(export.pdf_to_png(export.briefing_pdf(b), scale=1.0)))
    one = Image.open(io.BytesIO(export.briefing_png(b, scale=1.0)))
    assert paged.height >= 2 * 842 and one.height < paged.height  # two A4 pages, or one image
    assert one.height - _last_ink(one) < 15 * 72 / 25.4  # ends a bottom margin below its last line


def test_exported_chart_carries_its_title_filters_corpus_n_and_time(sample_corpus):
    """Issue 28: an exported chart carried no title, filter, corpus or n."""
    f = Filters(speakers=["John Kirby"], about=["Volodymyr Zelenskyy"])
    view, _ = filters.apply(sample_corpus.quotes, f)
    context = export.ChartContext(f.describe(), "seeds", len(view))
    chart = charts.top_speakers(view, charts.speaker_colors(view))
    svg = export.chart_svg(chart, context)
    words = " ".join(re.findall(r">([^<>]+)</(?:text|tspan)>", svg))  # a line per tspan
    assert "Top speakers" in words and "Filters: John Kirby on Volodymyr Zelenskyy" in words
    assert re.search(r"Corpus: seeds · n = 1 statement · generated \d{4}-\d\d-\d\d \d\d:\d\d", words)
    png = Image.open(io.BytesIO(export.chart_png(chart, scale=1.0, context=context)))
    assert png.text["Title"] == "Top speakers" and png.text["Description"] == "John Kirby on Volodymyr Zelenskyy"
    assert png.text["Source"] == "seeds (1 statement)" and re.fullmatch(r"[\d-]{10} [\d:]{5}", png.text["Creation Time"])
    bare = Image.open(io.BytesIO(export.chart_png(chart, scale=1.0)))
    assert png.height > bare.height  # the heading is drawn, not only stored
    # the image is drawn from the same spec as this PDF, whose text can be read back
    import vl_convert as vlc

    drawn = pdf_text(vlc.vegalite_to_pdf(export.framed(chart, context, generated=GENERATED).to_json()))
    assert "Filters: John Kirby on Volodymyr Zelenskyy" in drawn and "generated 2026-01-02 03:04" in drawn


def test_the_title_asks_the_question_the_filters_ask(sample_corpus):
    f = Filters(speakers=PAIR, about=["Ukraine", "Russia"], kinds=["indirect"])
    view, hidden = filters.apply(sample_corpus.quotes, f)
    out = compare.build(sample_corpus, view, f, hidden, "seeds", GENERATED)
    assert out.title == "Comparison: John Kirby vs Volodymyr Zelenskyy on Ukraine or Russia"
    assert out.filters == "John Kirby vs Volodymyr Zelenskyy on Ukraine or Russia · indirect statements"
