"""analysis.fetch against a news site on 127.0.0.1 (tests/fetch_site.py): the corpus it stores,
its report, incremental runs, --since and --limit, and the command line. Nothing leaves loopback."""

import json
import socket
from pathlib import Path

import pytest

from analysis import cli
from analysis.fetch import LOG_NAME, FetchOptions, fetch
from analysis.http_client import Client, HttpOptions
from tests.conftest import ROOT, WIKINEWS
from tests.fetch_site import DNS_FAIL, Waits, check_first_run, inputs, stored_pages

FAST = HttpOptions(interval=0.0, timeout=0.5, backoff=0.01)


def test_fetch_stores_the_articles_and_reports_every_failure(site, tmp_path):
    out = tmp_path / "corpus"
    waits = Waits()
    client = Client(FAST, sleep=waits)
    result = fetch(inputs(site, tmp_path), out, FetchOptions(FAST), client=client)
    check_first_run(site, tmp_path, out, result.report)
    assert sorted(p.name for p in result.stored) == sorted(p.name for p in out.iterdir() if p.suffix == ".jsonl"
                                                           and not p.name.startswith("."))
    # the 429 was waited out as its Retry-After said, then answered
    assert site.paths().count("/news/busy.html") == 2
    assert any(abs(w - 1.0) < 0.2 for w in waits.waits), waits.waits
    # robots.txt: read once per host, the disallowed page never requested
    assert site.paths().count("/robots.txt") == 1 and "/private/memo.html" not in site.paths()
    # one User-Agent on every request
    assert {ua for _, ua, _ in site.requests} == {FAST.user_agent}
    # each article downloaded once, though the feeds and the sitemap list some twice
    assert {p: site.paths().count(p) for p in stored_pages(site) if p != "/news/busy.html"} == {
        p: 1 for p in stored_pages(site) if p != "/news/busy.html"}


def test_second_run_fetches_nothing_new(site, tmp_path):
    out = tmp_path / "corpus"
    first = fetch(inputs(site, tmp_path), out, FetchOptions(FAST), client=Client(FAST, sleep=Waits()))
    files = sorted(p.read_bytes() for p in out.iterdir() if not p.name.startswith("."))
    n_stored = len(first.stored)
    site.requests.clear()
    second = fetch(inputs(site, tmp_path), out, FetchOptions(FAST), client=Client(FAST, sleep=Waits()))
    assert second.stored == []
    assert sorted(p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")) == files
    # no stored article is requested again; failures are tried again
    assert not set(site.paths()) & set(stored_pages(site))
    assert "/news/missing.html" in site.paths()
    by_source = {e.source: e for e in second.report}
    sample = by_source[site.url("/news/sample.html")]
    assert sample.status == "skipped" and sample.message.startswith("already fetched on ")
    n_wiki = len(site.wiki_paths())
    assert by_source[site.url("/feed.rss")].message == "RSS feed: 6 items, 3 fetched before"  # sample, busy, copy
    assert by_source[site.url("/feed.atom")].message == f"Atom feed: {3 + n_wiki} items, {n_wiki} fetched before"
    assert by_source[site.url("/sitemap.xml")].message == f"sitemap: {2 + n_wiki} items, {2 + n_wiki} fetched before"
    assert not [e for e in second.report if e.status == "ok" and e.article_id]
    assert n_stored == len(stored_pages(site))
    log = [json.loads(line) for line in (out / LOG_NAME).read_text(encoding="utf-8").splitlines()]
    assert {r["url"] for r in log if r["kind"] == "article" and r["status"] == "ok"} == {
        site.url(p) for p in stored_pages(site)}


def test_an_article_file_deleted_by_the_analyst_is_fetched_again(site, tmp_path):
    (first,) = fetch([site.url("/news/library.html")], tmp_path, FetchOptions(FAST)).stored
    first.unlink()
    again = fetch([site.url("/news/library.html")], tmp_path, FetchOptions(FAST))
    assert again.stored == [first] and first.is_file()
    assert site.paths().count("/news/library.html") == 2


def test_an_undated_page_takes_its_feed_date(site, tmp_path):
    page = site.pages["/news/library.html"]
    site.pages["/news/library.html"] = type(page)(page.title, "", page.paragraphs)  # no published_time
    site.RSS_ITEMS = [("/news/library.html", "2024-09-05")]
    (path,) = fetch([site.url("/feed.rss")], tmp_path, FetchOptions(FAST)).stored
    assert json.loads(path.read_text(encoding="utf-8"))["date"] == "2024-09-05"


def test_credentials_never_reach_the_report_the_log_or_the_corpus(site, tmp_path):
    out = tmp_path / "corpus"
    url = f"http://user:secret@{site.base[len('http://'):]}/news/sample.html?api_key=abc123&page=2"
    result = fetch([url], out, FetchOptions(FAST))
    (entry,) = result.report
    assert entry.source == site.url("/news/sample.html?api_key=***&page=2") and entry.status == "ok"
    assert "/news/sample.html?api_key=abc123&page=2" in site.paths()  # the request itself used the real URL
    for path in out.iterdir():
        text = path.read_text(encoding="utf-8")
        assert "secret" not in text and "abc123" not in text and "user:" not in text


def test_since_skips_older_items_without_fetching_them(site, tmp_path):
    from datetime import date

    result = fetch([site.url("/feed.rss")], tmp_path, FetchOptions(FAST, since=date(2024, 9, 1)),
                   client=Client(FAST, sleep=Waits()))
    entry = next(e for e in result.report if e.source == site.url("/news/sample.html"))
    assert (entry.status, entry.message) == ("skipped", "published 2024-08-27, before --since 2024-09-01: not fetched")
    assert "/news/sample.html" not in site.paths()
    assert [p.name for p in result.stored] == [Path(next(e.article_id for e in result.report
                                                         if e.source == site.url("/news/busy.html"))).name]


def test_limit_reports_the_items_it_leaves_for_later(site, tmp_path):
    listed = ["/news/sample.html", "/news/library.html", *site.wiki_paths()]  # the sitemap's order
    result = fetch([site.url("/sitemap.xml")], tmp_path, FetchOptions(FAST, limit=1))
    assert [(e.source, e.status) for e in result.report] == [
        (site.url("/sitemap.xml"), "ok"), (site.url(listed[0]), "ok"),
        *[(site.url(p), "skipped") for p in listed[1:]]]
    assert {e.message for e in result.report[2:]} == {"over the limit of 1 new articles this run: not fetched"}
    # the next run fetches the next one
    again = fetch([site.url("/sitemap.xml")], tmp_path, FetchOptions(FAST, limit=1))
    assert [(e.source, e.status) for e in again.report[:2]] == [(site.url("/sitemap.xml"), "ok"),
                                                                (site.url(listed[1]), "ok")]
    assert again.report[0].message == f"sitemap: {len(listed)} items, 1 fetched before"


def test_ignore_robots_for_the_users_own_site(site, tmp_path):
    options = FetchOptions(HttpOptions(interval=0.0, timeout=0.5, ignore_robots=frozenset({"127.0.0.1"})))
    result = fetch([site.url("/private/memo.html")], tmp_path, options)
    assert [e.status for e in result.report] == ["ok"] and "/robots.txt" not in site.paths()


def test_gzipped_sitemap(site, tmp_path):
    result = fetch([site.url("/sitemap.xml.gz")], tmp_path, FetchOptions(FAST, limit=0))
    assert result.report[0].message == f"sitemap: {2 + len(site.wiki_paths())} items, 0 fetched before"


def test_a_damaged_fetch_log_is_reported_and_the_run_goes_on(site, tmp_path):
    (tmp_path / LOG_NAME).write_text('{"url": "x", "kind": "article"}\nnot json\n', encoding="utf-8")
    result = fetch([site.url("/news/library.html")], tmp_path, FetchOptions(FAST))
    assert [(e.status, e.message) for e in result.report][0] == (
        "warning", "fetch log line 2 is not a log record: ignored")
    assert result.report[1].status == "ok"


def test_quotes_over_the_fetched_sample_are_the_samples_eight(site, tmp_path, capsys):
    out = tmp_path / "corpus"
    fetch([site.url("/news/sample.html")], out, FetchOptions(FAST))
    fields = ("speaker", "speaker_type", "role", "kind", "mixed", "cue", "quote", "date", "date_granularity", "tone")

    def quotes(path) -> list[tuple]:
        assert cli.main(["quotes", str(path), "--no-cache"]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        return [tuple(r[f] for f in fields) for r in rows]

    fetched, seeds = quotes(out), quotes(ROOT / "seeds")
    assert len(seeds) == 8
    assert fetched == seeds


def test_cli_fetch_writes_the_corpus_and_the_report(site, tmp_path, capsys):
    out = tmp_path / "corpus"
    argv = ["fetch", *inputs(site, tmp_path), "--out", str(out), "--interval", "0", "--timeout", "0.5"]
    assert cli.main(argv) == 0
    captured = capsys.readouterr()
    report = [json.loads(line) for line in captured.out.splitlines()]
    from analysis.models import IngestEntry

    check_first_run(site, tmp_path, out, [IngestEntry(**r) for r in report])
    assert f"error: {DNS_FAIL}: DNS lookup failed for no-such-host.invalid" in captured.err
    assert f"fetched {len(stored_pages(site))} new articles into {out}" in captured.err
    assert "secret" not in captured.err + captured.out
    # again: nothing new, still exit 0
    assert cli.main(argv) == 0
    assert f"fetched 0 new articles into {out}" in capsys.readouterr().err


def test_cli_fetch_exit_status_and_usage_errors(site, tmp_path, capsys):
    assert cli.main(["fetch", site.url("/news/missing.html"), "--out", str(tmp_path), "--interval", "0"]) == 1
    assert cli.main(["fetch", site.url("/news/missing.html")]) == 2
    assert cli.main(["fetch", site.url("/feed.rss"), "--out", str(tmp_path), "--since", "last week"]) == 2
    err = capsys.readouterr().err
    assert "fetch needs --out FOLDER" in err and "--since 'last week' is not a date" in err


def test_the_loopback_guard_blocks_other_addresses(loopback_only):
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("example.com", 80)
    s = socket.socket()
    try:
        with pytest.raises(AssertionError, match="blocked"):
            s.connect(("192.0.2.1", 80))  # TEST-NET-1: never reached, the guard stops it first
    finally:
        s.close()
    assert loopback_only == ["example.com", ("192.0.2.1", 80)]


@pytest.mark.skipif(not WIKINEWS.exists(), reason=f"shared corpus missing: {WIKINEWS}")
def test_the_site_serves_wikinews_pages(site):
    assert len(site.wiki_paths()) == 3
