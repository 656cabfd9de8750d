"""AppTest over the dashboard on seeds/ (and the shared corpus)."""

import json
import re
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from analysis import charts
from tests.conftest import ROOT, WIKINEWS
from tests.helpers import metric

APP = str(ROOT / "dashboard.py")


def app(**params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


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
    assert list(table["speaker_label"]) == ["John Kirby"] * 3
    assert at.query_params["speaker"] == ["John Kirby"] or at.query_params["speaker"] == "John Kirby"


def test_one_day_range_keeps_that_days_five_statements():
    at = app(view="quotes", **{"from": "2024-08-26", "to": "2024-08-26"})
    assert not at.exception
    table = at.dataframe[0].value
    assert sorted(table["speaker_label"]) == ["John Kirby"] * 3 + ["Volodymyr Zelenskyy"] * 2


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


@pytest.mark.parametrize("view", ["overview", "timeline", "speakers", "compare", "quotes", "reader", "briefing"])
def test_every_view_on_seeds(view):
    at = app(view=view)
    assert not at.exception, at.exception


@pytest.mark.slow
def test_every_view_on_the_shared_corpus(monkeypatch, wikinews_analyses):
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


# ------------------------------------------------------------------ issue 19: what a new user met


def showing(at) -> str:
    return next(c.value for c in at.caption if c.value.startswith("Showing: "))


def errors(at) -> list[str]:
    import html

    return [html.unescape(e.value) for e in at.error]


def shown_text(at) -> str:
    """What a browser shows of the markdown: entities decoded once, as the page decodes them."""
    import html

    return html.unescape(" ".join(m.value for m in at.markdown))


def test_briefing_with_undated_statements_cites_them_as_undated(tricky_folder, monkeypatch):
    """Repro 1: the briefing crashed (AttributeError from escape(nan)) on any undated statement."""
    monkeypatch.setenv("DASHBOARD_CORPUS", str(tricky_folder))
    at = app(view="briefing", speaker="Maria Ostrova")
    assert not at.exception, at.exception
    text = shown_text(at)
    assert text.count("Maria Ostrova</b> · undated") == 2
    assert "nan" not in text.split()


def test_apostrophes_ampersands_and_markup_are_shown_once_escaped(tricky_folder, monkeypatch):
    """Repro 2: apostrophes appeared as &#x27; in the reader and the on-screen briefing."""
    monkeypatch.setenv("DASHBOARD_CORPUS", str(tricky_folder))
    at = app(view="reader")
    undated = next(o for o in at.selectbox(key="reader_article").options if "Pelosi" in o)
    at.selectbox(key="reader_article").select(undated).run()
    assert not at.exception
    text = shown_text(at)
    assert "Pelosi's grandchildren &amp;" not in text and "&#x27;" not in text and "&amp;" not in text
    assert "Pelosi's grandchildren & the <b>council</b>" in text  # the title, as the characters it is
    assert "the council's budget isn't ready & it won't be < 2025" in text
    assert "Pelosi’s grandchildren" in text
    brief = app(view="briefing")
    text = shown_text(brief)
    assert "O’Brien’s ‘last word’ & <i>more</i>" in text and "we won't stop" in text
    assert "&#x27;" not in text and "&amp;" not in text


def test_mistyped_path_then_the_right_one_keeps_the_filters(tricky_folder, monkeypatch):
    """Repro 3: a wrong path in the Data panel, then the right one, raised TypeError at the (then) polarity slider."""
    at = app(kind="direct", conf="0.1")
    at.text_input(key="paths").input(str(tricky_folder) + "-typo").run()
    assert not at.exception, at.exception
    assert any("-typo" in e and "not available" in e for e in errors(at))
    at.text_input(key="paths").input(str(tricky_folder)).run()
    assert not at.exception, at.exception
    assert at.slider(key="f_conf").value == 0.1
    assert at.multiselect(key="f_kinds").value == ["direct"]
    assert metric(at, "Statements") == "2"  # the tricky corpus's two direct statements ("…were “not part of
    # the deal”" is one mixed statement of reported speech)


def test_link_carries_its_corpus(tricky_folder):
    """Repro 4: a link made on a custom folder opened on seeds/ with no word that the corpus differed."""
    at = app(corpus=str(tricky_folder), view="quotes")
    assert not at.exception
    assert showing(at).endswith("— 4 of 4 statements")
    assert sorted(set(at.dataframe[0].value["speaker_label"])) == ["Ann Lee", "Maria Ostrova", "Sean O’Brien"]
    at.multiselect(key="f_kinds").set_value(["indirect"]).run()
    assert at.query_params["corpus"] in (str(tricky_folder), [str(tricky_folder)])


def test_link_whose_corpus_is_gone_says_so_instead_of_showing_another(tmp_path):
    gone = tmp_path / "moved-away"
    at = app(corpus=str(gone), speaker="John Kirby")
    assert not at.exception
    assert any(str(gone) in e and "not available" in e for e in errors(at))
    assert not any("<div class='kpi'>" in m.value for m in at.markdown)  # no numbers of some other corpus
    assert not [d for d in at.dataframe if "speaker" in d.value]


def test_link_to_a_saved_upload_and_to_one_deleted(tmp_path, monkeypatch):
    from tests.conftest import TRICKY_ROW
    from ui.uploads import UploadStore

    monkeypatch.setenv("DASHBOARD_UPLOADS", str(tmp_path / "uploads"))
    store = UploadStore(tmp_path / "uploads")
    up = store.save("pasted.jsonl", (json.dumps(TRICKY_ROW) + "\n").encode())
    at = app(corpus="", upload=up.id, view="quotes")
    assert not at.exception, at.exception
    assert sorted(at.dataframe[0].value["speaker_label"]) == ["Ann Lee", "Sean O’Brien"]
    assert at.multiselect(key="c_uploads").value == [up.id]
    store.delete(up.id)
    gone = app(corpus="", upload=up.id)
    assert any(up.id in e and "not available" in e for e in errors(gone))


def test_pasted_article_is_analysed_beside_the_corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_UPLOADS", str(tmp_path / "uploads"))
    at = app(view="quotes")
    at.text_area(key="paste_text").input("Mayor Ann Lee said “the bridge will reopen on Friday” after repairs.").run()
    at.text_input(key="paste_title").input("Bridge & river").run()
    at.date_input(key="paste_date").set_value(date(2024, 8, 28)).run()
    at.button(key="paste_go").click().run()
    assert not at.exception, at.exception
    assert showing(at).endswith("— 9 of 9 statements")  # the sample's eight and the pasted one
    table = at.dataframe[0].value
    pasted = table[table["speaker_label"] == "Ann Lee"]
    assert list(pasted["date"]) == ["2024-08-28"] and list(pasted["display_title"]) == ["Bridge & river"]
    (saved,) = at.multiselect(key="c_uploads").value
    assert at.query_params["upload"] in (saved, [saved])


def test_fetched_articles_join_the_corpus(site, tmp_path, monkeypatch):
    """The fetch panel (ui/fetch.py) in the Data panel: what it stores is in the corpus and its URL."""
    monkeypatch.setenv("DASHBOARD_UPLOADS", str(tmp_path / "uploads"))
    at = app(corpus="", view="quotes")
    at.text_area(key="fetch_urls").input(site.url("/news/sample.html"))
    at.number_input(key="fetch_interval").set_value(0.0)
    at.run()
    at.button(key="fetch_go").click().run()
    assert not at.exception, at.exception
    folder = str(tmp_path / "uploads" / "fetched")
    assert at.text_input(key="paths").value == folder and at.query_params["corpus"] in (folder, [folder])
    assert showing(at).endswith("— 8 of 8 statements")  # the sample article, fetched as a page


def chart_specs(at) -> dict[str, dict]:
    """The Vega-Lite spec of every chart on the page, by title."""
    specs = [json.loads(e.proto.spec) for e in at.get("vega_lite_chart")]
    return {(s["title"]["text"] if isinstance(s["title"], dict) else s["title"]): s for s in specs}


def x_domain(spec: dict) -> str:
    layer = spec["layer"][0] if "layer" in spec else spec
    return layer["encoding"]["x"]["scale"]["domain"]["expr"]


@pytest.mark.slow
def test_time_axes_keep_to_the_filtered_range_and_legends_stay_short_on_wikinews(monkeypatch):
    """Issue 18: with Trump and Jan–Mar 2019 chosen, every time axis spans that range (it once ran
    from 1976, then from the 4th, leaving statements of the 4th half drawn); over the whole corpus no legend lists more than the top speakers and "other"."""
    if not WIKINEWS.exists():
        pytest.skip("needs ../shared (the Wikinews corpus)")
    monkeypatch.setenv("DASHBOARD_CORPUS", str(WIKINEWS))
    quarter = {"speaker": "Donald Trump", "from": "2019-01-01", "to": "2019-03-31"}
    for view, title in (("overview", "Statements per"), ("timeline", "Who spoke when"),
                        ("speakers", "Tone over time")):
        at = app(view=view, **quarter)
        assert not at.exception
        (domain,) = [x_domain(spec) for t, spec in chart_specs(at).items() if t.startswith(title)]
        first, last = (tuple(map(int, d.split(", "))) for d in re.findall(r"datetime\(([^)]*)\)", domain))
        assert (first, last) == ((2019, 0, 1), (2019, 3, 1)), (view, domain)  # the range asked for; JS months from 0
    for view in ("overview", "speakers", "briefing"):
        at = app(view=view)
        for title, spec in chart_specs(at).items():
            layers = spec.get("layer", [spec])
            for color in (layer["encoding"]["color"] for layer in layers if "color" in layer.get("encoding", {})):
                if color.get("legend") is not None:
                    assert len(color["scale"]["domain"]) <= charts.TOP_N + 1, title


# ------------------------------------------------------------------ issue 28: the analyst's questions, one view each


@pytest.fixture
def deferred(monkeypatch):
    """The files download buttons make when clicked, by their file id (AppTest never clicks them)."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    made: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def add(self, data_callable, *args, **kwargs):
        file_id = original(self, data_callable, *args, **kwargs)
        made[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", add)
    return made


def download(at, key: str, deferred: dict) -> tuple[str, bytes]:
    """A download button's label and the bytes it gives when clicked."""
    (button,) = [b for b in at.get("download_button") if b.proto.id.endswith(key)]
    return button.proto.label, deferred[button.proto.deferred_file_id]()


def test_about_keeps_exactly_the_statements_naming_it(sample_corpus):
    """?about=NAME: the statements whose targets include NAME, and nothing else."""
    import html

    for name in ("United States", "Volodymyr Zelenskyy"):
        at = app(view="quotes", about=name)
        assert not at.exception, at.exception
        assert at.multiselect(key="f_about").value == [name]
        wanted = sample_corpus.targets.loc[sample_corpus.targets["target"] == name, ["statement_start"]]
        table = at.dataframe[0].value
        quotes = sample_corpus.quotes.set_index("start").loc[sorted(wanted["statement_start"]), "quote"]
        assert sorted(table["quote"]) == sorted(quotes) and len(table) == len(wanted) == 1
        assert all(name in about for about in table["about_names"])
    brief = app(view="briefing", speaker="John Kirby", about="Volodymyr Zelenskyy")
    assert "# Briefing: John Kirby on Volodymyr Zelenskyy" in shown_text(brief)
    gone = app(about="Atlantis")
    assert any("About: not in this corpus: Atlantis" in html.unescape(w.value) for w in gone.warning)


def test_compare_shows_a_column_per_speaker_and_its_briefing_downloads(deferred):
    at = app(view="compare", speaker=["John Kirby", "Volodymyr Zelenskyy"])
    assert not at.exception, at.exception
    names = [m.value for m in at.markdown if m.value.startswith("<h3 class='cmp-name'")]
    assert len(names) == 2 and "John Kirby</h3>" in names[0] and "Volodymyr Zelenskyy</h3>" in names[1]
    assert "STATEMENTS" not in names[0] and "Statements</span> <b>3</b>" in names[0]  # his three, hers two
    assert "Statements</span> <b>2</b>" in names[1]
    specs = [json.loads(e.proto.spec) for e in at.get("vega_lite_chart")]
    titles = [s["title"]["text"] if isinstance(s["title"], dict) else s["title"] for s in specs]
    assert titles.count("Tone") == 2 and titles.count("Statements per day") == 2
    label, pdf = download(at, "cmp_pdf", deferred)
    assert label == "Download comparison PDF" and pdf.startswith(b"%PDF")
    label, png = download(at, "cmp_png", deferred)
    assert png.startswith(b"\x89PNG")
    one = app(view="compare", speaker="John Kirby")
    assert not one.exception and any("Choose 2 to 4 speakers" in i.value for i in one.info)


def test_timeline_lists_the_filtered_statements_newest_first(sample_corpus):
    """Review 3: the list opened on the oldest statements (PolNeAR: asides dated 1963 and 1972)."""
    q = sample_corpus.quotes
    for params, kept in (({}, q), ({"kind": "indirect"}, q[q["kind"] == "indirect"])):
        at = app(view="timeline", **params)
        assert not at.exception, at.exception
        (listed,) = [d.value for d in at.dataframe if "statement" in d.value]
        newest = kept.assign(_day=-kept["period_start"].astype("int64")).sort_values(["_day", "start"])
        assert list(listed["statement"]) == list(newest["quote"])
        assert any(m.value == f"#### Statements, newest first ({len(kept)})" for m in at.markdown)
    assert list(dict.fromkeys(listed["day"])) == ["27 Aug 2024", "26 Aug 2024"]


def test_quotes_open_newest_first(sample_corpus):
    """Review 3: the Quotes table opened oldest first, its first screen the oddest rows of PolNeAR
    (statements dated 1963, 1972); the column headers still sort it otherwise."""
    at = app(view="quotes")
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert list(table["date"]) == ["2024-08-27"] * 3 + ["2024-08-26"] * 5
    q = sample_corpus.quotes
    in_text = list(q[q["date"] == "2024-08-27"].sort_values("start")["quote"])
    assert list(table["quote"][:3]) == in_text  # one article's statements of one day in text order


def test_compare_of_speakers_without_statements_in_the_range_explains_itself():
    at = app(view="compare", speaker=["John Kirby", "Volodymyr Zelenskyy"], to="2024-08-01")
    assert not at.exception, at.exception
    assert any("No statement matches these filters" in i.value for i in at.info)


def test_the_reader_opens_the_article_of_a_statement_selected_elsewhere_or_linked(tricky_folder, monkeypatch):
    """Issue 28 review: a statement selected in the Quotes table, then the Article reader, showed the
    first article of the view, not the statement's."""
    import html

    monkeypatch.setenv("DASHBOARD_CORPUS", str(tricky_folder))
    undated, dated = f"{tricky_folder / 'undated.txt'}", f"{tricky_folder / 'dated.csv'}#0"
    first = app(view="reader")
    assert first.selectbox(key="reader_article").value == dated  # nothing asked: the view's first article
    at = app(view="quotes")
    table = at.dataframe[0].value
    row = list(table["speaker_label"]).index("Maria Ostrova")  # her statements are in the undated article
    at.session_state["quotes_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, at.exception
    at.radio(key="view").set_value("reader").run()
    assert not at.exception, at.exception
    assert at.selectbox(key="reader_article").value == undated
    assert "the council's budget isn't ready & it won't be < 2025" in shown_text(at)
    assert at.query_params["read"] in (undated, [undated])  # the link carries it
    # the button under the selected statement goes there at once
    at = app(view="quotes")
    at.session_state["quotes_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    at.button(key="quotes_read").click().run()
    assert at.radio(key="view").value == "reader" and at.selectbox(key="reader_article").value == undated
    # choosing another article in the reader is followed, not overridden by the one asked for
    at.selectbox(key="reader_article").select(dated).run()
    assert at.selectbox(key="reader_article").value == dated and at.session_state["read"] == dated
    # a link: ?read= opens that article, even one whose statements the filters leave out
    linked = app(view="reader", read=undated, speaker="Sean O’Brien")
    assert not linked.exception, linked.exception
    assert linked.selectbox(key="reader_article").value == undated
    assert any("None of this article's statements passes the filters" in c.value for c in linked.caption)
    gone = app(view="reader", read="nowhere.txt")
    assert gone.selectbox(key="reader_article").value == dated
    assert any("The article asked for (nowhere.txt) is not in this corpus" in html.unescape(w.value) for w in gone.warning)


# ------------------------------------------------------------------ fresh-eyes review 3

COARSE_TEXT = ("In the spring of 2015, Ann Lee said “the bridge will reopen soon” to reporters.\n\n"
               "In 2015, Bo Chen said “the toll will stay as it is” at a meeting.\n\n"
               "Ann Lee told reporters that the river was high.\n")


@pytest.mark.parametrize("view", ["overview", "timeline", "speakers", "compare", "quotes", "reader", "briefing"])
def test_every_view_on_coarse_dates_only_and_on_no_statement(view, tmp_path, monkeypatch):
    """Review 3, repro 1: Overview on PolNeAR train from 2015-01-01 to 2015-06-30 raised ValueError at
    charts.statements_over_time: the range held statements dated only to a year or a season."""
    (tmp_path / "bridge.txt").write_text(" date 2016-03-01\n" + COARSE_TEXT, encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_CORPUS", str(tmp_path))
    speakers = {"speaker": ["Ann Lee", "Bo Chen"]} if view == "compare" else {}
    at = app(view=view, **{"from": "2015-01-01", "to": "2015-06-30"}, **speakers)
    assert not at.exception, at.exception
    if view != "briefing":  # the year and the season, not the undated-by-text day of 2016
        assert showing(at).endswith("— 2 of 3 statements")
    empty = app(view=view, **{"from": "1980-01-01", "to": "1980-12-31"}, **speakers)
    assert not empty.exception, empty.exception


def test_a_one_speaker_briefing_shows_no_constant_cards_and_cites_its_sources_with_their_day():
    """Review 3: "Named speakers 1" and "Anonymous sources 0%" in a one-person briefing; "Source:" the title only."""
    at = app(view="briefing", speaker="John Kirby")
    assert not at.exception, at.exception
    text = shown_text(at)
    assert "kpi-label'>Statements<" in text and "Named speakers" not in text and "Unnamed sources" not in text
    assert text.count("Source: 000_c8a401f571122ff9.txt · published 27 Aug 2024</div>") == 3
    both = shown_text(app(view="briefing"))
    assert "kpi-label'>Named speakers<" in both and "kpi-label'>Unnamed sources<" in both
