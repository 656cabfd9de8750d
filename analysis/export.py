"""Charts to PNG/SVG without a browser (vl-convert), tables to CSV."""

from __future__ import annotations

import altair as alt
import pandas as pd


def chart_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    import vl_convert as vlc

    return vlc.vegalite_to_png(chart.to_json(), scale=scale)


def chart_svg(chart: alt.TopLevelMixin) -> str:
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_json())


def statements_csv(quotes: pd.DataFrame) -> bytes:
    from .frames import QUOTE_COLUMNS

    return quotes[QUOTE_COLUMNS].to_csv(index=False, lineterminator="\n").encode("utf-8")
