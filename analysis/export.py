"""Files to take away: charts as PNG/SVG (vl-convert), tables as CSV, briefings as PDF/PNG (fpdf2, pdfium).

None of these needs a browser on the user's machine.
"""

from __future__ import annotations

import io
from pathlib import Path

import altair as alt
import pandas as pd

from .briefing import Briefing

FONTS = Path(__file__).resolve().parent / "fonts"
CHART_WIDTH = 760  # px; charts are drawn at this width, then scaled to the page


def chart_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    import vl_convert as vlc

    return vlc.vegalite_to_png(chart.to_json(), scale=scale)


def chart_svg(chart: alt.TopLevelMixin) -> str:
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_json())


def statements_csv(quotes: pd.DataFrame) -> bytes:
    from .frames import QUOTE_COLUMNS

    return quotes[QUOTE_COLUMNS].to_csv(index=False, lineterminator="\n").encode("utf-8")


def briefing_pdf(b: Briefing) -> bytes:
    """An A4 briefing; text in DejaVu Sans (shipped) so curly quotes and accents print."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(15, 15, 15)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_title(b.title)
    pdf.set_creator("news-analysis dashboard")
    pdf.add_page()
    width = pdf.epw

    def para(text: str, size: float, style: str = "", color: tuple[int, int, int] = (31, 42, 55),
             height: float | None = None) -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.set_text_color(*color)
        pdf.multi_cell(width, height or size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")

    para(b.title, 16, "B", height=8)
    pdf.ln(1)
    para(b.provenance, 8, color=(95, 107, 122))
    pdf.ln(3)
    _number_cards(pdf, b.numbers)
    for note in b.notes:
        para(note, 9, color=(95, 107, 122))
    for name, chart in b.charts.items():
        png = chart_png(chart.properties(width=CHART_WIDTH), scale=2.0)
        pdf.ln(3)
        pdf.image(io.BytesIO(png), w=width)
        if name in b.chart_notes:
            para(b.chart_notes[name], 8, color=(95, 107, 122))
    if b.citations:
        pdf.ln(4)
        if pdf.will_page_break(40):  # the heading goes with its first statements, not alone at a page's foot
            pdf.add_page()
        para("Top statements", 12, "B", height=7)
        para(b.rule, 8, color=(95, 107, 122))
        pdf.ln(1)
    for c in b.citations:
        if pdf.will_page_break(18):
            pdf.add_page()
        para(f"{c.speaker} · {c.date}", 9.5, "B")
        para(c.words, 9.5, "" if c.direct else "I", height=4.8)
        source = c.source
        pdf.set_font("DejaVu", "", 8)
        if c.url:
            pdf.set_text_color(29, 78, 216)
            pdf.multi_cell(width, 4, f"Source: {source} — {c.url}", link=c.url, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_text_color(95, 107, 122)
            pdf.multi_cell(width, 4, f"Source: {source}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    return bytes(pdf.output())


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
    return pdf_to_png(briefing_pdf(b), scale)
