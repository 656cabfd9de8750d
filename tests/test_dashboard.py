"""AppTest over the dashboard on seeds/ (and the shared corpus)."""

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, WIKINEWS

APP = str(ROOT / "dashboard.py")


def app(**params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def metric(at, label):
    """Value of a KPI card (rendered as escaped HTML)."""
    import re

    for md in at.markdown:
        m = re.search(rf"kpi-label'>{re.escape(label)}</div><div class='kpi-value'>([^<]*)<", md.value)
        if m:
            return m.group(1)
    raise AssertionError(f"no KPI card {label!r}")


@pytest.fixture(scope="module")
def seeded():
    return app()


def test_opens_on_seeds_without_exception(seeded):
    assert not seeded.exception
    assert metric(seeded, "Statements") == "8" and metric(seeded, "Articles") == "1"


def test_selecting_kirby_leaves_his_three_statements():
    at = app(view="quotes")
    at.multiselect(key="f_speakers").set_value(["John Kirby"]).run()
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table["speaker"]) == ["John Kirby"] * 3
    assert at.query_params["speaker"] == ["John Kirby"] or at.query_params["speaker"] == "John Kirby"


def test_one_day_range_keeps_that_days_five_statements():
    at = app(view="quotes", **{"from": "2024-08-26", "to": "2024-08-26"})
    assert not at.exception
    table = at.dataframe[0].value
    assert sorted(table["speaker"]) == ["John Kirby"] * 3 + ["Volodymyr Zelenskyy"] * 2


def test_range_before_any_statement_explains_itself():
    at = app(view="quotes", to="2024-08-25")
    assert not at.exception
    assert not [d for d in at.dataframe if "speaker" in d.value]
    assert any("No statement matches these filters" in i.value and "date range" in i.value for i in at.info)


def test_url_speaker_applies_filter():
    at = app(speaker="Volodymyr Zelenskyy")
    assert not at.exception
    assert at.multiselect(key="f_speakers").value == ["Volodymyr Zelenskyy"]
    assert metric(at, "Statements") == "2"


def test_filter_change_updates_query_params():
    at = app()
    at.multiselect(key="f_kinds").set_value(["direct"]).run()
    assert "kind" in at.query_params
    at.radio(key="view").set_value("speakers").run()
    assert at.query_params["view"] in ("speakers", ["speakers"])


@pytest.mark.parametrize("view", ["overview", "timeline", "speakers", "quotes", "reader", "briefing"])
def test_every_view_on_seeds(view):
    at = app(view=view)
    assert not at.exception, at.exception


def test_every_view_on_the_shared_corpus(monkeypatch, wikinews_analyses):
    if not WIKINEWS.exists():
        pytest.skip("shared corpus missing")
    monkeypatch.setenv("DASHBOARD_CORPUS", str(WIKINEWS))
    at = app()
    assert not at.exception
    _, analyses = wikinews_analyses
    with_statements = sum(1 for an in analyses if an.quotes)
    assert metric(at, "Articles") == f"{with_statements:,}"
    assert metric(at, "Statements") == f"{sum(len(an.quotes) for an in analyses):,}"
    for view in ["timeline", "speakers", "quotes", "reader", "briefing"]:
        at.radio(key="view").set_value(view).run()
        assert not at.exception, (view, at.exception)
