import json
import subprocess
import sys
from collections import Counter

import pytest

from tests.conftest import ROOT, SAMPLE, SHARED, SHARED_MISSING, WIKINEWS, three_edited_copies


def run(*args, check=True):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          cwd=ROOT, check=check)


def test_contract_checker_on_seeds():
    """Repro 7: this failed on a fresh clone without ../shared instead of skipping."""
    checker = SHARED / "tools" / "check_cli_contract.py"
    if not checker.exists():
        pytest.skip(SHARED_MISSING)
    r = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout
    assert "CLI output follows the contract" in r.stdout


def test_quotes_jsonl_fields_and_determinism():
    a = run("quotes", "seeds").stdout
    b = run("quotes", "seeds").stdout
    assert a == b
    recs = [json.loads(line) for line in a.splitlines()]
    assert len(recs) == 8
    kirby = [r for r in recs if r["speaker"] == "John Kirby"]
    assert [r["kind"] for r in kirby] == ["indirect", "direct", "direct"]
    assert kirby[0]["mixed"] is True and kirby[0]["url"] is None
    assert recs[0]["article_id"] == recs[0]["source"] == "seeds/000_c8a401f571122ff9.txt"


def test_speakers_and_csv_output(tmp_path):
    out = tmp_path / "s.csv"
    run("speakers", "seeds", "--format", "csv", "--out", str(out))
    lines = out.read_text().splitlines()
    assert lines[0] == "speaker,speaker_type,quotes,articles,first_date,last_date,mean_polarity,mean_subjectivity"
    assert lines[1].startswith("John Kirby,person,3,1,2024-08-26,2024-08-26,")


def test_bad_inputs_go_to_stderr_and_report(tmp_path):
    (tmp_path / "bad.jsonl").write_text("{nope\n")
    r = run("ingest", "seeds", str(tmp_path / "bad.jsonl"), str(tmp_path / "missing.txt"))
    assert "bad.jsonl" in r.stderr and "missing.txt" in r.stderr
    statuses = [json.loads(line)["status"] for line in r.stdout.splitlines()]
    assert statuses == ["ok", "error", "error"]


def test_exit_status_when_nothing_readable(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    r = run("quotes", str(tmp_path), check=False)
    assert r.returncode == 1 and "no article could be read" in r.stderr


@pytest.mark.slow
def test_whole_wikinews_corpus_none_failing(wikinews_analyses):
    result, analyses = wikinews_analyses
    assert WIKINEWS.exists()
    assert len(result.articles) == 171
    assert [an.article.row for an in analyses if an.error] == []
    assert sum(len(an.quotes) for an in analyses) > 300
    for an in analyses:
        for q in an.quotes:
            assert an.article.text[q.start:q.end] == q.quote


def speaker_counts(*args) -> dict[str, int]:
    return {r["speaker"]: r["quotes"] for r in map(json.loads, run("speakers", *args).stdout.splitlines())}


def test_wire_copies_count_once_and_the_ingest_report_names_the_group(tmp_path):
    """Repro 5: `speakers` counted a wire copy three times (John Kirby 9) where the dashboard counts it once."""
    folder = three_edited_copies(tmp_path / "wire")
    assert speaker_counts(str(folder))["John Kirby"] == 3
    assert speaker_counts(str(folder), "--count-copies")["John Kirby"] == 9
    quotes = run("quotes", str(folder))
    assert sum(1 for line in quotes.stdout.splitlines() if '"John Kirby"' in line) == 3
    assert "16 statement(s) repeat one in a near-duplicate article" in quotes.stderr
    lines = run("ingest", str(folder)).stdout.splitlines()
    report = [json.loads(line) for line in lines]
    # review 3: each record's row was written 0.0 (a float column, as a group's line has none)
    assert [r["row"] for r in report if r["article_id"]] == [0] * 4 and not any('"row": 0.0' in x for x in lines)
    assert all(isinstance(r["row"], int) for r in report if r["article_id"])
    groups = [r for r in report if r["message"].startswith("near-duplicate group")]
    assert groups == [{"source": str(folder / "a.txt"), "row": None, "article_id": None, "status": "ok",
                       "message": "near-duplicate group of 3 articles: statements counted once; copies: b.txt, c.txt"}]


def test_one_person_has_one_name_in_every_command(tmp_path):
    """Repro 5: `quotes` printed 'Trump' for an article that names him only so, where `speakers` said
    'Donald Trump'."""
    (tmp_path / "a.txt").write_text(" date 2019-05-01\nDonald Trump said “we will build it” on Wednesday.",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(" date 2019-06-02\nThe senators met again. Trump told reporters that "
                                    "the talks had failed.", encoding="utf-8")
    names = [json.loads(line)["speaker"] for line in run("quotes", str(tmp_path)).stdout.splitlines()]
    assert names == ["Donald Trump", "Donald Trump"]
    targets = run("targets", str(tmp_path)).stdout
    assert '"speaker": "Trump"' not in targets
    assert speaker_counts(str(tmp_path)) == {"Donald Trump": 2}


@pytest.mark.slow
def test_quotes_speakers_and_dashboard_agree_on_wikinews(monkeypatch):
    """Every command and every view counts the same statements under the same names."""
    if not WIKINEWS.exists():
        pytest.skip(SHARED_MISSING)
    from streamlit.testing.v1 import AppTest

    quotes = Counter(json.loads(line)["speaker"] for line in run("quotes", str(WIKINEWS)).stdout.splitlines())
    speakers = {}
    for r in map(json.loads, run("speakers", str(WIKINEWS)).stdout.splitlines()):
        speakers[r["speaker"]] = speakers.get(r["speaker"], 0) + r["quotes"]
    monkeypatch.setenv("DASHBOARD_CORPUS", str(WIKINEWS))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    at.query_params["view"] = "speakers"
    at.run()
    assert not at.exception
    table = at.dataframe[0].value
    shown = table.groupby("speaker")["n"].sum().to_dict()
    assert dict(quotes) == speakers
    # the view names unnamed sources by their description; named speakers and the total agree
    named = {s: n for s, n in quotes.items() if s not in ("anonymous", "unknown")}
    assert {s: n for s, n in shown.items() if s in named} == named
    assert sum(shown.values()) == sum(quotes.values())
    assert not any(s == "anonymous" for s in shown)
    # one name each (32: the clause "On June 12, minutes before the committee voted …" is when Trump
    # spoke, no statement of his, since analysis 0.4.16; "was a great man" is Chuck Schumer's since 0.4.19;
    # 'he would be okay if the impasse … went on for "years."' is one mixed statement since 0.4.26, was two)
    assert quotes["Donald Trump"] >= 32 and "Trump" not in quotes and "Erdogan" not in quotes


def test_about_keeps_the_statements_naming_it_in_every_command():
    """Issue 28: --about NAME, as the dashboard's About filter; "U.S." read as targets are (United States)."""
    quotes = [json.loads(line) for line in run("quotes", "seeds", "--about", "U.S.").stdout.splitlines()]
    assert [(q["speaker"], q["start"]) for q in quotes] == [("Volodymyr Zelenskyy", 892)]
    targets = [json.loads(line) for line in run("targets", "seeds", "--about", "United States").stdout.splitlines()]
    assert [t["target"] for t in targets] == ["United States", "United Kingdom", "France"]  # all it names
    either = run("speakers", "seeds", "--about", "Volodymyr Zelenskyy", "--about", "Russia", "--format", "csv")
    assert [line.split(",")[:3] for line in either.stdout.splitlines()[1:]] == [
        ["John Kirby", "person", "1"], ["anonymous", "anonymous", "1"]]
    none = run("quotes", "seeds", "--about", "Ukrain")
    assert none.stdout == "" and "no statement names 'Ukrain' (names containing it: Ukraine)" in none.stderr
    assert run("timeline", "seeds", "--about", "Russia", check=False).returncode == 2


def test_disabling_rules_unknown_or_always_on_is_a_usage_error(capsys):
    from analysis import cli

    assert cli.main(["quotes", str(SAMPLE), "--disable-rules", "no_such_rule"]) == 2
    assert "no rule named no_such_rule" in capsys.readouterr().err
    assert cli.main(["quotes", str(SAMPLE), "--disable-rules", "leading_determiner,stray_quote_ends_name"]) == 2
    assert "leading_determiner, stray_quote_ends_name cannot be switched off" in capsys.readouterr().err


def test_speakers_first_and_last_dates_are_ordered_by_the_days_they_denote():
    """Fresh-eyes review 3: `speakers` gave Donald Trump last_date "2016-W28" (min/max of strings) though
    23 of his statements are of 2016-09; "1977" < "2016-01-05" < "2016-W28" as text, whatever the days."""
    import pandas as pd

    from analysis.frames import speakers_frame

    dates = ["2016-W28", "2016-09", "2016-09-12", "2015-SU", "1977", "PRESENT_REF", None, "2016-01-05"]
    quotes = pd.DataFrame({"speaker": ["Ann Lee"] * len(dates), "speaker_type": "person", "article_id": "a",
                           "date": dates, "polarity": 0.0, "subjectivity": 0.0})
    quotes = pd.concat([quotes, pd.DataFrame({"speaker": ["Bo Chen"] * 4, "speaker_type": "person", "article_id": "b",
                                              "date": ["2016", "2016-01-01", "2016-12-31", None],
                                              "polarity": 0.0, "subjectivity": 0.0}),
                        pd.DataFrame({"speaker": ["Cy Dale"], "speaker_type": "person", "article_id": "c",
                                      "date": [None], "polarity": 0.0, "subjectivity": 0.0})])
    table = speakers_frame(quotes).set_index("speaker")
    # the month 2016-09 ends on the 30th, after the 12th; 1977 starts before the summer of 2015
    assert (table.at["Ann Lee", "first_date"], table.at["Ann Lee", "last_date"]) == ("1977", "2016-09")
    # of values starting (ending) on one day, the narrowest
    assert (table.at["Bo Chen", "first_date"], table.at["Bo Chen", "last_date"]) == ("2016-01-01", "2016-12-31")
    assert pd.isna(table.at["Cy Dale", "first_date"]) and pd.isna(table.at["Cy Dale", "last_date"])


def test_a_year_ends_for_a_speaker_the_day_its_article_came_out():
    """Review 3 follow-up: three of Trump's statements dated '2016' (one in an article of 12 April 2016)
    made his last_date '2016', past his 2016-09 statements: words are said by publication day."""
    import pandas as pd

    from analysis.filters import add_periods
    from analysis.frames import speakers_frame

    quotes = pd.DataFrame({"speaker": "Ann Lee", "speaker_type": "person", "article_id": ["a", "b"],
                           "article_date": ["2016-04-12", "2016-09-30"], "date": ["2016", "2016-09-12"],
                           "polarity": 0.0, "subjectivity": 0.0})
    assert speakers_frame(quotes).iloc[0]["last_date"] == "2016-09-12"
    periods = add_periods(quotes)
    assert list(periods["period_end"]) == [pd.Timestamp("2016-04-12"), pd.Timestamp("2016-09-12")]
