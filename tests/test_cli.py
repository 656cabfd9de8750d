import json
import subprocess
import sys

from tests.conftest import ROOT, SHARED, WIKINEWS


def run(*args, check=True):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          cwd=ROOT, check=check)


def test_contract_checker_on_seeds():
    checker = SHARED / "tools" / "check_cli_contract.py"
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


def test_whole_wikinews_corpus_none_failing(wikinews_analyses):
    result, analyses = wikinews_analyses
    assert WIKINEWS.exists()
    assert len(result.articles) == 171
    assert [an.article.row for an in analyses if an.error] == []
    assert sum(len(an.quotes) for an in analyses) > 300
    for an in analyses:
        for q in an.quotes:
            assert an.article.text[q.start:q.end] == q.quote
