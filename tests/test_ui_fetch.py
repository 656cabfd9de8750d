"""ui.fetch.fetch_panel in Streamlit's AppTest, against the loopback site (tests/fetch_site.py)."""

import math

from streamlit.testing.v1 import AppTest

from analysis.models import IngestEntry
from tests.fetch_site import check_first_run, inputs, stored_pages


def panel_script(corpus_dir: str) -> None:
    from pathlib import Path

    import streamlit as st

    from ui.fetch import fetch_panel

    result = fetch_panel(Path(corpus_dir))
    if result is not None:
        st.session_state["stored_by_last_click"] = [str(p) for p in result.stored]


def report_of(at: AppTest) -> list[IngestEntry]:
    rows = at.dataframe[0].value.to_dict(orient="records")
    clean = [{k: None if isinstance(v, float) and math.isnan(v) else v for k, v in r.items()} for r in rows]
    return [IngestEntry(**{**r, "row": None if r["row"] is None else int(r["row"])}) for r in clean]


def test_panel_fetches_the_site_into_the_corpus_then_nothing_new(site, tmp_path):
    out = tmp_path / "corpus"
    at = AppTest.from_function(panel_script, args=(str(out),), default_timeout=60).run()
    assert not at.exception
    at.button(key="fetch_go").click().run()  # nothing typed yet
    assert [i.value for i in at.info] == ["Type or paste at least one link, feed or sitemap, one a line."]
    assert not at.dataframe and not list(out.glob("*"))
    at.text_area(key="fetch_urls").input("\n".join(inputs(site, tmp_path)))
    at.number_input(key="fetch_interval").set_value(0.0)
    at.number_input(key="fetch_timeout").set_value(0.5)
    at.run()
    at.button(key="fetch_go").click().run()
    assert not at.exception
    check_first_run(site, tmp_path, out, report_of(at))
    n = len(stored_pages(site))
    assert len(at.session_state["stored_by_last_click"]) == n
    report = report_of(at)
    failed = sum(e.status == "error" for e in report)
    assert [w.value for w in at.warning] == [f"{n} new articles stored, 1 skipped, {failed} failed"]
    # one step per page requested: the 8 URLs given (sample, DNS, ftp, credentials, to-ftp, RSS, Atom,
    # sitemap index) and the feeds' and sitemap's new items (busy, missing, chart, copy, private, slow,
    # paywall, german, library and the Wikinews pages)
    steps = 8 + 9 + len(site.wiki_paths())
    (bar,) = at.get("progress")
    assert bar.proto.value == 100 and bar.proto.text == f"Fetched {steps} of {steps}"
    assert {ua for _, ua, _ in site.requests} == {at.text_input(key="fetch_agent").value}

    # a rerun without a click shows the last report again and fetches nothing
    site.requests.clear()
    at.run()
    assert site.requests == [] and len(at.dataframe[0].value) == len(report)

    # clicking again: the feeds are read, nothing new is stored
    files = sorted(p.name for p in out.iterdir())
    at.button(key="fetch_go").click().run()
    assert not at.exception
    assert sorted(p.name for p in out.iterdir()) == files
    assert at.session_state["stored_by_last_click"] == []
    assert at.warning[0].value.startswith("0 new articles stored, ")
    assert not set(site.paths()) & set(stored_pages(site))
