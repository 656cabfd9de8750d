"""Files to take away: charts as PNG/SVG (vl-convert), tables as CSV, briefings as PDF/PNG (fpdf2, pdfium).

None of these needs a browser on the user's machine.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import altair as alt
import pandas as pd

from .briefing import Briefing, Citation
from .compare import Comparison
from .labels import plural

FONTS = Path(__file__).resolve().parent / "fonts"
CHART_WIDTH = 760  # px; charts are drawn at this width, then scaled to the page


@dataclass(frozen=True)
class ChartContext:
    """What a chart shows, in words, so an exported image stands alone: the filters, the corpus and
    how many statements it draws on."""

    filters: str
    corpus: str
    statements: int

    def lines(self, generated: datetime) -> list[str]:
        return [*textwrap.wrap(f"Filters: {self.filters}", CONTEXT_CHARS),
                *textwrap.wrap(f"Corpus: {self.corpus} · n = {plural(self.statements, 'statement')} · generated "
                               f"{generated:%Y-%m-%d %H:%M}", CONTEXT_CHARS)]


CONTEXT_CHARS = 110  # a subtitle line of a chart exported CHART_WIDTH wide


def framed(chart: alt.TopLevelMixin, context: ChartContext, name: str = "",
           generated: datetime | None = None) -> alt.TopLevelMixin:
    """The chart with its title (or `name`), the filters, the corpus, n and the time it was made as
    its heading, CHART_WIDTH wide."""
    generated = generated or datetime.now()
    title = chart.title
    if isinstance(title, alt.TitleParams):
        text = title.text
        before = title.subtitle if isinstance(title.subtitle, (str, list)) else []
    else:
        text, before = (title if isinstance(title, str) else name), []
    before = [before] if isinstance(before, str) else list(before)
    heading = alt.TitleParams(text, subtitle=[*before, *context.lines(generated)], subtitleColor="#555",
                              anchor="start", subtitlePadding=4, offset=8)
    return chart.properties(title=heading, width=CHART_WIDTH)


def _png_text(png: bytes, fields: dict[str, str]) -> bytes:
    """PNG text chunks (Title, Description, Source, Creation Time) beside the pixels."""
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    for key, value in fields.items():
        info.add_itxt(key, value)
    buf = io.BytesIO()
    Image.open(io.BytesIO(png)).save(buf, format="PNG", pnginfo=info)
    return buf.getvalue()


def chart_png(chart: alt.TopLevelMixin, scale: float = 2.0, context: ChartContext | None = None,
              name: str = "") -> bytes:
    import vl_convert as vlc

    if context is None:
        return vlc.vegalite_to_png(chart.to_json(), scale=scale)
    generated = datetime.now()
    png = vlc.vegalite_to_png(framed(chart, context, name, generated).to_json(), scale=scale)
    title = chart.title.text if isinstance(chart.title, alt.TitleParams) else chart.title
    return _png_text(png, {"Title": title if isinstance(title, str) else name, "Description": context.filters,
                           "Source": f"{context.corpus} ({plural(context.statements, 'statement')})",
                           "Creation Time": f"{generated:%Y-%m-%d %H:%M}", "Software": "news-analysis dashboard"})


def chart_svg(chart: alt.TopLevelMixin, context: ChartContext | None = None, name: str = "") -> str:
    import vl_convert as vlc

    return vlc.vegalite_to_svg((framed(chart, context, name) if context else chart).to_json())


def statements_csv(quotes: pd.DataFrame) -> bytes:
    """The command line's columns (`why`: the rules' names), then what the statement is about and
    `why` in plain words."""
    from .frames import QUOTE_COLUMNS, readable

    out = readable(quotes)[QUOTE_COLUMNS + ["about_names", "why_words"]].rename(
        columns={"about_names": "about", "why_words": "why_in_words"})
    return out.to_csv(index=False, lineterminator="\n").encode("utf-8")


GREY, INK = (95, 107, 122), (31, 42, 55)
TALLEST = 5000.0  # mm: a one-page image of a briefing is cut here (PDF pages end at 5,080 mm)
PX_PER_MM = CHART_WIDTH / 180  # charts are drawn as wide (in px) as A4 text is (in mm) times this


def _document(title: str, size: str | tuple[float, float] = "A4", orientation: str = "P", pages: bool = True):
    """An empty PDF in DejaVu Sans (shipped, so curly quotes and accents print), 15 mm margins;
    without `pages`, one page that grows with its content (for an image of the whole document)."""
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation, format=size, unit="mm")
    pdf.set_auto_page_break(pages, margin=15)
    pdf.set_margins(15, 15, 15)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_title(title)
    pdf.set_creator("news-analysis dashboard")
    pdf.add_page()
    return pdf


def _one_page(title: str, width: float, draw) -> bytes:
    """The document as one page as tall as its content: drawn once to measure, then again."""
    probe = _document(title, (width, TALLEST), pages=False)
    draw(probe)
    pdf = _document(title, (width, min(TALLEST, probe.get_y() + 12)), pages=False)
    draw(pdf)
    return bytes(pdf.output())


def _para(pdf, text: str, size: float, style: str = "", color: tuple[int, int, int] = INK,
          height: float | None = None, width: float | None = None, link: str = "") -> None:
    pdf.set_font("DejaVu", style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(width or pdf.epw, height or size * 0.5, text, align="L", new_x="LEFT", new_y="NEXT", link=link)


def _chart_images(named: dict[str, alt.TopLevelMixin], width: int = CHART_WIDTH) -> dict[str, bytes]:
    return {name: chart_png(chart.properties(width=width), scale=2.0) for name, chart in named.items()}


def briefing_pdf(b: Briefing) -> bytes:
    """An A4 briefing, paged."""
    pdf = _document(b.title)
    _briefing(pdf, b, _chart_images(b.charts))
    return bytes(pdf.output())


def _briefing(pdf, b: Briefing, images: dict[str, bytes]) -> None:
    width = pdf.epw

    def para(text: str, size: float, style: str = "", color: tuple[int, int, int] = INK,
             height: float | None = None) -> None:
        _para(pdf, text, size, style, color, height)

    para(b.title, 16, "B", height=8)
    pdf.ln(1)
    para(b.provenance, 8, color=GREY)
    pdf.ln(3)
    _number_cards(pdf, b.numbers)
    for note in b.notes:
        para(note, 9, color=GREY)
    for name, png in images.items():
        pdf.ln(3)
        pdf.image(io.BytesIO(png), w=width)
        if name in b.chart_notes:
            para(b.chart_notes[name], 8, color=GREY)
    if b.citations:
        pdf.ln(4)
        if pdf.will_page_break(40):  # the heading goes with its first statements, not alone at a page's foot
            pdf.add_page()
        para("Top statements", 12, "B", height=7)
        pdf.ln(1)
    for c in b.citations:
        if pdf.will_page_break(18):
            pdf.add_page()
        para(f"{c.speaker} · {c.date}", 9.5, "B")
        para(c.words, 9.5, "" if c.direct else "I", height=4.8)
        _source(pdf, c, width)
        pdf.ln(2.5)
    if b.citations:  # under the list: how these were chosen
        para(b.rule, 8, color=GREY)


def _source(pdf, c: Citation, width: float) -> None:
    if c.url:
        _para(pdf, f"Source: {c.source} — {c.url}", 8, color=(29, 78, 216), height=4, width=width, link=c.url)
    else:
        _para(pdf, f"Source: {c.source}", 8, color=GREY, height=4, width=width)


def _number_cards(pdf, numbers: list[tuple[str, str, str]]) -> None:
    """Cards as tall as their longest value and note (a fixed height let a long date span's note run
    out of its box)."""
    gap = 3.0
    w = (pdf.epw - gap * (len(numbers) - 1)) / max(len(numbers), 1)

    def lines(text: str, style: str, size: float) -> int:
        pdf.set_font("DejaVu", style, size)
        return len(pdf.multi_cell(w - 4, 1, text, dry_run=True, output="LINES")) if text else 0

    value_size = [10 if len(value) <= 14 else 8 for _, value, _ in numbers]
    value_h = max(lines(v, "B", size) * 4.2 for (_, v, _), size in zip(numbers, value_size, strict=True))
    note_h = max(lines(note, "", 6) * 2.6 for _, _, note in numbers)
    height = 6 + value_h + 1 + note_h + 2
    x0, y0 = pdf.l_margin, pdf.get_y()
    for i, ((label, value, note), size) in enumerate(zip(numbers, value_size, strict=True)):
        x = x0 + i * (w + gap)
        pdf.set_draw_color(227, 230, 234)
        pdf.set_fill_color(250, 251, 252)
        pdf.rect(x, y0, w, height, style="DF")
        pdf.set_xy(x + 2, y0 + 2)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_text_color(95, 107, 122)
        pdf.cell(w - 4, 3, label.upper())
        pdf.set_xy(x + 2, y0 + 6)
        pdf.set_font("DejaVu", "B", size)
        pdf.set_text_color(31, 42, 55)
        pdf.multi_cell(w - 4, 4.2, value, align="L")
        pdf.set_xy(x + 2, y0 + 6 + value_h + 1)
        pdf.set_font("DejaVu", "", 6)
        pdf.set_text_color(122, 133, 148)
        pdf.multi_cell(w - 4, 2.6, note, align="L")
    pdf.set_xy(x0, y0 + height + 3)


def pdf_to_png(pdf: bytes, scale: float = 2.0) -> bytes:
    """All pages rendered by PDFium and stacked into one image."""
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(pdf)
    try:
        pages = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    finally:
        doc.close()
    sheet = Image.new("RGB", (max(p.width for p in pages), sum(p.height for p in pages)), "white")
    y = 0
    for p in pages:
        sheet.paste(p, (0, y))
        y += p.height
    buf = io.BytesIO()
    sheet.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def briefing_png(b: Briefing, scale: float = 2.0) -> bytes:
    """The briefing as one image: one page as tall as its content, not A4 pages stacked with the
    blank foot of each."""
    images = _chart_images(b.charts)
    return pdf_to_png(_one_page(b.title, 210, lambda pdf: _briefing(pdf, b, images)), scale)


# ------------------------------------------------------------------------ comparison


def comparison_pdf(c: Comparison) -> bytes:
    """A landscape A4 comparison: one column per speaker, each row (numbers, charts, i-th top
    statement) starting level across the columns."""
    pdf = _document(c.title, orientation="L")
    _comparison(pdf, c, _comparison_images(c, pdf.epw))
    return bytes(pdf.output())


def comparison_png(c: Comparison, scale: float = 2.0) -> bytes:
    probe = _document(c.title, orientation="L")
    images = _comparison_images(c, probe.epw)
    return pdf_to_png(_one_page(c.title, probe.w, lambda pdf: _comparison(pdf, c, images)), scale)


GAP = 6.0  # mm between columns


def _column_width(epw: float, n: int) -> float:
    return (epw - GAP * (n - 1)) / max(n, 1)


def _comparison_images(c: Comparison, epw: float) -> list[dict[str, bytes]]:
    px = int(_column_width(epw, len(c.columns)) * PX_PER_MM)
    return [_chart_images(col.charts, px) for col in c.columns]


def _comparison(pdf, c: Comparison, images: list[dict[str, bytes]]) -> None:
    _para(pdf, c.title, 16, "B", height=8)
    pdf.ln(1)
    _para(pdf, f"Filters: {c.filters}", 9, color=INK)
    _para(pdf, c.provenance, 8, color=GREY)
    for note in c.notes:
        _para(pdf, note, 9, color=GREY)
    pdf.ln(3)
    if not c.columns:
        return
    w = _column_width(pdf.epw, len(c.columns))
    xs = [pdf.l_margin + i * (w + GAP) for i in range(len(c.columns))]
    _row(pdf, xs, w, [[("text", col.speaker, 12, "B", _rgb(col.color), 6)] for col in c.columns])
    _row(pdf, xs, w, [[block for label, value, note in col.numbers
                       for block in (("text", f"{label}: {value}", 9, "B", INK, 4.4), ("text", note, 7, "", GREY, 3.4),
                                     ("space", 1.2))]
                      for col in c.columns])
    for section in c.sections:
        pdf.ln(2)
        _row(pdf, xs, w, [[*([("image", imgs[section])] if section in imgs else []),
                           *([("text", col.chart_notes[section], 7, "", GREY, 3.4)] if section in col.chart_notes
                             else [])]
                          for col, imgs in zip(c.columns, images, strict=True)])
    if any(col.citations for col in c.columns):
        pdf.ln(3)
        _para(pdf, "Top statements", 12, "B", height=7)
        pdf.ln(1)
    for i in range(max(len(col.citations) for col in c.columns)):
        cells = []
        for col in c.columns:
            if i >= len(col.citations):
                cells.append([])
                continue
            cite = col.citations[i]
            cells.append([("text", cite.date, 8, "B", INK, 4), ("text", cite.words, 8.5, "" if cite.direct else "I",
                                                                 INK, 4.2),
                          ("link", cite), ("space", 2.5)])
        _row(pdf, xs, w, cells)
    if any(col.citations for col in c.columns):  # under the list: how these were chosen
        _para(pdf, c.rule, 8, color=GREY)


def _rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return tuple(int(color[i:i + 2], 16) for i in (0, 2, 4)) if len(color) == 6 else INK  # type: ignore[return-value]


def _block_height(pdf, block: tuple, w: float) -> float:
    kind = block[0]
    if kind == "space":
        return block[1]
    if kind == "image":
        from PIL import Image

        img = Image.open(io.BytesIO(block[1]))
        return w * img.height / img.width
    if kind == "link":
        cite = block[1]
        pdf.set_font("DejaVu", "", 7)
        text = f"Source: {cite.source}" + (f" — {cite.url}" if cite.url else "")
        return pdf.multi_cell(w, 3.4, text, dry_run=True, output="HEIGHT")
    _, text, size, style, _, line = block
    pdf.set_font("DejaVu", style, size)
    return pdf.multi_cell(w, line, text, dry_run=True, output="HEIGHT") if text else 0.0


def _row(pdf, xs: list[float], w: float, cells: list[list[tuple]]) -> None:
    """One row of the columns: a new page first if it does not fit, then each cell at its column's
    left, and the next row below the tallest."""
    height = max((sum(_block_height(pdf, b, w) for b in cell) for cell in cells), default=0.0)
    if pdf.will_page_break(height):
        pdf.add_page()
    top = pdf.get_y()
    for x, cell in zip(xs, cells, strict=True):
        pdf.set_xy(x, top)
        for block in cell:
            kind = block[0]
            if kind == "space":
                pdf.set_y(pdf.get_y() + block[1])
                pdf.set_x(x)
            elif kind == "image":
                h = _block_height(pdf, block, w)
                y = pdf.get_y()
                pdf.image(io.BytesIO(block[1]), x=x, y=y, w=w)
                pdf.set_xy(x, y + h)
            elif kind == "link":
                cite = block[1]
                if cite.url:
                    _para(pdf, f"Source: {cite.source} — {cite.url}", 7, color=(29, 78, 216), height=3.4, width=w,
                          link=cite.url)
                else:
                    _para(pdf, f"Source: {cite.source}", 7, color=GREY, height=3.4, width=w)
            else:
                _, text, size, style, color, line = block
                if text:
                    _para(pdf, text, size, style, color, line, width=w)
    pdf.set_xy(pdf.l_margin, top + height)
