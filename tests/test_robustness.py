"""Bad input: a clear message for each, and the good data beside it still analysed (CLI, dashboard
and upload paths); odd text never breaks the analysis or its offsets."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import ingest as ingest_mod
from analysis.ingest import ingest, ingest_bytes
from analysis.models import Article
from analysis.nlp import parse
from analysis.pipeline import analyse_doc
from tests.conftest import ROOT, SAMPLE
from tests.helpers import metric, run_text

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
# name, content, status, message fragment
BAD = [
    ("empty.txt", b"", "error", "empty file"),
    ("blank.txt", b"   \n\t\n  ", "error", "only white space"),
    ("image.txt", PNG, "error", "binary file, not text"),
    ("titles.csv", b"title,author\nA,B\n", "error", "no text column"),
    ("baddate.txt", b"date 2024-13-45\nThe minister said \"we will act\" on Monday.\n", "warning",
     "unparseable date '2024-13-45'"),
    ("future.txt", b"date 2031-01-01\nThe minister said \"we will act\" on Monday.\n", "warning", "in the future"),
    ("nodate.txt", b"The minister said \"we will act\" on Monday.\n", "warning", "no date"),
    ("latin.txt", "date 2024-08-27\nThe caf\xe9 owner said \u201cwe are open\u201d.\n".encode("cp1252"),
     "warning", "not UTF-8: decoded as Windows-1252"),
    ("lines.jsonl", b'{"text": "Ann Lee said \\"yes\\" today.", "date": "2024-08-27"}\n{broken\n'
     b'{"text": "Bob Ray said \\"no\\" today.", "date": "2024-08-27"}\n', "error", "line 2: invalid JSON"),
    ("page.html", b"<html><head><title>T</title></head><body><p>The minister said \"we <b>will</b> act\"."
     b"</p><script>alert(1)</script></body></html>", "warning", ""),
    ("notes.docx", b"PK\x03\x04", "error", ""),  # on disk: unsupported type; uploaded: binary
]


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mixed")
    for name, data, _, _ in BAD:
        (folder / name).write_bytes(data)
    (folder / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    return folder


def entries_for(report, name):
    return [e for e in report if Path(e.source).name == name]


@pytest.mark.parametrize("name,data,status,message", BAD, ids=[b[0] for b in BAD])
def test_each_bad_input_named_with_reason_on_disk_and_upload(bad_folder, name, data, status, message):
    on_disk = entries_for(ingest([bad_folder]).report, name)
    uploaded = ingest_bytes(name, data).report
    for report in (on_disk, uploaded):
        assert report, f"{name} vanished from the report"
        assert any(e.status == status and message in e.message for e in report), report


def test_good_data_beside_bad_is_analysed_by_the_cli(bad_folder):
    r = subprocess.run([sys.executable, "-m", "analysis", "quotes", str(bad_folder), "--no-cache"], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0
    for name, _, status, message in BAD:
        if status == "error":
            assert any(name in line and message in line for line in r.stderr.splitlines()), (name, r.stderr)
    speakers = [line for line in r.stdout.splitlines() if SAMPLE.name in line]
    assert len(speakers) == 8  # the sample's eight statements, as when it is alone
    assert '"speaker": "Ann Lee"' in r.stdout and '"speaker": "Bob Ray"' in r.stdout  # the JSONL's good lines


def test_dashboard_lists_every_bad_input_and_analyses_the_rest(bad_folder, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("DASHBOARD_CORPUS", str(bad_folder))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300).run()
    assert not at.exception
    assert any(re.search(r"\b\d+ inputs? could not be analysed", w.value) for w in at.warning)
    report = at.dataframe[-1].value
    for name, _, status, message in BAD:
        rows = report[report["source"].str.endswith(name)]
        assert len(rows) and ((rows["status"] == status) & rows["message"].str.contains(message, regex=False)).any(), name

    assert int(metric(at, "Statements")) >= 8 + 2  # the sample's eight and the JSONL's two good lines


def test_file_that_disappears_mid_read(tmp_path, monkeypatch):
    (tmp_path / "gone.txt").write_text("He said \"hi\".", encoding="utf-8")
    (tmp_path / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    real = ingest_mod._read_bytes

    def vanish(path, max_bytes):
        if path.name == "gone.txt":
            path.unlink()
        return real(path, max_bytes)

    monkeypatch.setattr(ingest_mod, "_read_bytes", vanish)
    result = ingest([tmp_path])
    (entry,) = entries_for(result.report, "gone.txt")
    assert entry.status == "error" and entry.message == "file disappeared before it could be read"
    assert [a.source for a in result.articles] == [str(tmp_path / SAMPLE.name)]


def test_article_cap_names_what_was_left_out(tmp_path):
    from analysis.ingest import cap_articles

    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(f"date 2024-08-27\nPerson {i} said \"hello\".", encoding="utf-8")
    result = cap_articles(ingest([tmp_path]), 3)
    assert len(result.articles) == 3
    assert result.report[-1].message == "article cap of 3 reached: this and 1 further articles were not analysed"


def test_long_article_parsed_in_chunks_keeps_offsets():
    (sample,) = ingest([SAMPLE]).articles
    body = sample.text[sample.body_start:]
    long_text = sample.text + ("\n\n" + body) * 4
    article = Article("long.txt", 0, "long.txt", long_text, sample.date, body_start=sample.body_start)
    (doc,) = parse([article], chunk_chars=2_000)
    an = analyse_doc(article, doc)
    assert len(an.quotes) == 5 * 8
    for q in an.quotes:
        assert long_text[q.start:q.end] == q.quote
    kirby = [q for q in an.quotes if q.speaker == "John Kirby"]
    assert len(kirby) == 15


def test_no_marks_only_opening_marks_and_many_unbalanced():
    assert run_text("Officials met on Monday. Nothing was decided.").quotes == []
    an = run_text("“We will win, said Jane Doe on Monday.\n\n“And again,” she added.")
    assert all(q.speaker in ("Jane Doe", "unknown") for q in an.quotes)
    run_text(("He said “ and ” then ' and \" " * 125) + " the end.")


def test_twenty_thousand_word_quote_is_one_statement():
    words = " ".join(["word"] * 20_000)
    an = run_text(f"Mayor Ann Lee said: “{words}.”")
    direct = [q for q in an.quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker == "Ann Lee" and len(direct[0].quote.split()) == 20_000


def test_emoji_right_to_left_and_markup_in_text():
    an = run_text("Ann Lee said “we are happy 🎉🙂 today” on Monday. "
                  "Ahmed Ali said “مرحبا بالعالم שלום” in Arabic and Hebrew. "
                  "Bob Ray said “<b>bold</b> <script>alert(1)</script>” to reporters.")
    got = {q.speaker: q.quote for q in an.quotes}
    assert len(an.quotes) == 3
    assert got["Ann Lee"] == "we are happy 🎉🙂 today"
    assert got["Ahmed Ali"] == "مرحبا بالعالم שלום"
    assert got["Bob Ray"] == "<b>bold</b> <script>alert(1)</script>"


MARKS = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", " said ", " told reporters that ", ", he said. ",
                         " on Monday", " in May", " last week", " 2019", "\n\n", ", according to officials, "])
WORDS = st.sampled_from(["Ann Lee", "the minister", "It", "we", "will", "not", "go", "Politico", "they", "."])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKS, WORDS), min_size=1, max_size=60), st.sampled_from(["2024-08-27", None]))
def test_random_marks_and_dates_never_raise_and_offsets_hold(parts, day):
    run_text(" ".join(parts), day)


def test_server_is_local_with_xsrf_and_upload_cap():
    import tomllib

    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["server"]["address"] == "localhost"
    assert cfg["server"]["enableXsrfProtection"] is True
    assert cfg["server"]["maxUploadSize"] == 50
    assert cfg["browser"]["gatherUsageStats"] is False


def test_cli_output_is_byte_identical_across_runs(tmp_path):
    outs = []
    for i in range(2):
        env = {**os.environ, "ANALYSIS_CACHE_DIR": str(tmp_path / f"c{i}")}
        outs.append(subprocess.run([sys.executable, "-m", "analysis", "timeline", str(SAMPLE)], cwd=ROOT, env=env,
                                   capture_output=True, check=True).stdout)
    assert outs[0] == outs[1] and outs[0]


@pytest.mark.parametrize("view", ["overview", "timeline", "speakers", "quotes", "reader", "briefing"])
def test_untrusted_markup_is_escaped_in_every_view(tmp_path, monkeypatch, view):
    import csv

    from streamlit.testing.v1 import AppTest

    hostile = "<img src=x onerror=alert(1)> <script>alert(2)</script> [x](javascript:alert(3))"
    with open(tmp_path / "h.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "date", "text"])
        w.writerow([hostile, "2024-08-27", f"Mayor Ann Lee said “{hostile} we will rebuild” on Monday."])
    monkeypatch.setenv("DASHBOARD_CORPUS", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    at.query_params["view"] = view
    at.run()
    assert not at.exception
    html_out = " ".join(m.value for m in at.markdown) + " ".join(c.value for c in at.caption)
    assert "<img" not in html_out and "<script>alert" not in html_out and "](javascript:" not in html_out
    if view in ("reader", "briefing"):
        import html

        assert "<img src=x onerror=alert(1)>" in html.unescape(html_out)  # shown as the characters it is
