"""Chart specs: what Vega is given."""

import pandas as pd

from analysis import charts


def test_timeline_draws_no_layer_without_rows():
    """Repro 6: an empty layer (no week/month/year statement, no dates in the text) made Vega warn
    'Infinite extent for field "period_start"' in the browser console."""
    day = pd.Timestamp("2024-08-27")
    quotes = pd.DataFrame([{"speaker": "Ann Lee", "quote": "we will", "date": "2024-08-27", "date_granularity": "day",
                            "kind": "direct", "period_start": day, "period_end": day, "display_title": "A"}])
    events = pd.DataFrame(columns=["text", "value", "granularity", "period_start", "period_end", "context"])
    chart = charts.timeline(quotes, events, {"Ann Lee": "#123456"})
    assert [layer.mark.type if hasattr(layer.mark, "type") else layer.mark for layer in chart.layer] == ["circle"]
    month = quotes.assign(date="2024-08", date_granularity="month", period_end=pd.Timestamp("2024-08-31"))
    assert len(charts.timeline(pd.concat([quotes, month]), events, {}).layer) == 2
