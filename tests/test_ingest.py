import json
from datetime import date

from analysis.ingest import ingest, ingest_bytes
from tests.conftest import SAMPLE


def by_status(report):
    return {(e.source.split("/")[-1], e.row): (e.status, e.message) for e in report}


def test_sample_header_and_offsets():
    result = ingest([SAMPLE])
    (a,) = result.articles
    assert a.date == date(2024, 8, 27)
    assert a.text.startswith(" date 2024-08-27 Ukrainian") and a.body_start == 17
    assert result.report[0].status == "ok"


def test_title_line_only_when_followed_by_blank_line(tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-01-02\nBig Headline Here\n\nBody text follows.")
    (tmp_path / "b.txt").write_text("First line is a sentence.\n\nBody.")
    result = ingest([tmp_path])
    a, b = result.articles
    assert a.title == "Big Headline Here" and a.text[a.body_start:] == "Body text follows."
    assert b.title is None and b.body_start == 0


def test_folder_with_good_and_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2024-08-27 He said it was fine.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("   \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0rest")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    result = ingest([tmp_path])
    assert [a.source.split("/")[-1] for a in result.articles] == ["good.txt"]
    status = {e.source.split("/")[-1]: (e.status, e.message) for e in result.report}
    assert status["empty.txt"] == ("error", "empty file")
    assert status["blank.txt"] == ("error", "file holds only white space")
    assert status["image.txt"] == ("error", "binary file, not text")
    assert status["notes.docx"][0] == "error" and "unsupported file type" in status["notes.docx"][1]
    assert status["good.txt"][0] == "ok"


def test_csv_columns_bom_and_embedded_newlines(tmp_path):
    p = tmp_path / "a.csv"
    p.write_bytes('\ufeffHeadline,Body,Published,Link,extra\n"T1","He said ""yes"".\nNew line.",2024-01-05,http://x,1\n'
                  '"T2","",2024-01-06,,2\n'.encode())
    result = ingest([p])
    (a,) = result.articles
    assert (a.title, a.url, a.date, a.article_id) == ("T1", "http://x", date(2024, 1, 5), f"{p}#0")
    assert a.text == 'He said "yes".\nNew line.'
    assert by_status(result.report)[("a.csv", 1)] == ("error", "empty text")


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("title,date\nx,2024-01-01\n")
    (entry,) = ingest([p]).report
    assert entry.status == "error" and entry.message.startswith("no text column")


def test_jsonl_corrupt_line_reported_rest_read(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"text": "One article.", "date": "2024-02-01"}) + "\n{broken\n"
                 + json.dumps({"content": "Two.", "published": "bad date"}) + "\n")
    result = ingest([p])
    assert [a.row for a in result.articles] == [0, 2]
    report = by_status(result.report)
    assert report[("a.jsonl", 1)][0] == "error" and report[("a.jsonl", 1)][1].startswith("line 2: invalid JSON")
    assert report[("a.jsonl", 2)] == ("warning", "no date: analysed undated; unparseable date 'bad date'")


def test_cp1252_decoded_with_note(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(" date 2024-01-01 The minister said it was “fine” – café.".encode("cp1252"))
    result = ingest([p])
    assert result.articles[0].text.endswith("“fine” – café.")
    assert "decoded as Windows-1252" in result.report[0].message


def test_non_english_flagged_not_analysed(tmp_path):
    p = tmp_path / "de.txt"
    p.write_text("Die Regierung hat am Montag erklärt, dass die Gespräche mit den Nachbarländern "
                 "fortgesetzt werden sollen, obwohl die Lage an der Grenze weiterhin sehr angespannt bleibt "
                 "und viele Menschen ihre Häuser verlassen haben.")
    result = ingest([p])
    assert not result.articles
    assert result.report[0].message.startswith("not English (detected 'de')")


def test_missing_path_and_size_cap(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    result = ingest([tmp_path / "nope.txt", big], max_bytes=100)
    messages = [e.message for e in result.report]
    assert messages[0] == "no such file or folder"
    assert messages[1] == "500 bytes is over the size cap of 100 bytes"


def test_symlink_loop(tmp_path):
    (tmp_path / "a.txt").write_text("He said it.")
    (tmp_path / "loop").symlink_to(tmp_path)
    result = ingest([tmp_path])
    assert len(result.articles) == 1
    assert any("symbolic link loop" in e.message for e in result.report)


def test_upload_bytes_html():
    html = b"<html><head><title>Fire in town</title></head><body><article><p>" + \
        b"The mayor said the fire was under control and that nobody had been hurt in the blaze. " * 3 + \
        b"</p></article></body></html>"
    result = ingest_bytes("page.html", html)
    (a,) = result.articles
    assert a.title == "Fire in town" and "mayor said" in a.text
