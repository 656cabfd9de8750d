"""A news site on 127.0.0.1 for the fetch tests, built at test time: article pages from the sample
(seeds/) and, where ../shared is present, a few Wikinews articles (read in place, never copied);
an RSS feed, an Atom feed, a sitemap index, a 404, a slow page, a 429-then-200, a binary file, a
paywall, a German page and a robots.txt that disallows /private/. Plus a guard that fails a test
whose code tries to reach any address but loopback.
"""

from __future__ import annotations

import csv
import gzip
import html
import ipaddress
import itertools
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from analysis.ingest import ingest
from tests.conftest import SAMPLE, WIKINEWS

SITE_NAME = "Loopback News"
DNS_FAIL = "http://no-such-host.invalid/a.html"
# Texts written for these tests (not taken from any corpus).
BUSY = ("City council approves new cycle lanes",
        "2024-09-02",
        ["The city council voted on Monday to build twelve kilometres of protected cycle lanes "
         "across the old town, after a year of consultation with residents and shop owners.",
         "“We listened to every neighbourhood and this plan reflects what they asked for,” the "
         "council's transport chair Maria Lopez said after the vote. Opponents said the lanes would "
         "remove too many parking spaces from the main shopping street."])
SITEMAP_ONLY = ("Library extends opening hours for exam season",
                "2024-09-05",
                ["The central library will stay open until midnight for the next six weeks so that "
                 "students preparing for their exams have a quiet place to work, the library's "
                 "director announced on Thursday.",
                 "The director said the late hours would be paid for by a grant from the university "
                 "and that the reading rooms on the second floor would be kept free of group work."])
GERMAN = ("Stadtrat beschließt neue Radwege",
          "2024-09-02",
          ["Der Stadtrat hat am Montag beschlossen, in der Altstadt zwölf Kilometer geschützte "
           "Radwege zu bauen. Die Entscheidung fiel nach einem Jahr der Beratung mit den Anwohnern "
           "und den Geschäftsleuten, die sich zuvor gegen die Pläne ausgesprochen hatten.",
           "Die Gegner sagten, dass durch die Radwege zu viele Parkplätze in der Einkaufsstraße "
           "wegfallen würden und dass die Lieferungen an die Geschäfte schwieriger werden."])
PAYWALL = ("Exclusive: what the minister did not say", "2024-09-03",
           ["Subscribe to keep reading this article."])
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@dataclass
class Page:
    title: str
    date: str
    paragraphs: list[str]

    def html(self) -> bytes:
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in self.paragraphs)
        return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                f"<title>{html.escape(self.title)} | {SITE_NAME}</title>"
                f"<meta property=\"og:title\" content=\"{html.escape(self.title)}\">"
                f"<meta property=\"og:site_name\" content=\"{SITE_NAME}\">"
                + (f"<meta property=\"article:published_time\" content=\"{self.date}T09:00:00Z\">" if self.date else "")
                + "</head>"
                f"<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                f"<article><h1>{html.escape(self.title)}</h1>\n{body}</article>"
                f"<footer>© {SITE_NAME}</footer></body></html>").encode()

    @property
    def text(self) -> str:
        """What the fetched record's text must be: the paragraphs, a blank line between, with
        white space collapsed as HTML renders it."""
        return "\n\n".join(" ".join(p.split()) for p in self.paragraphs)


def sample_page() -> Page:
    """The sample article as a page: its header date, its paragraphs (it has no title line)."""
    raw = SAMPLE.read_text(encoding="utf-8")
    header = re.match(r"\s*date\s+(\S+)[ \t]*", raw)
    paragraphs = [p.strip() for p in raw[header.end():].split("\n\n") if p.strip()]
    return Page("Ukraine to ask about deeper strikes inside Russia", header.group(1), paragraphs)


def wikinews_pages(n: int = 3) -> list[Page]:
    """The first n Wikinews articles as pages; none where ../shared is absent."""
    if not WIKINEWS.exists():
        return []
    with open(WIKINEWS, encoding="utf-8", newline="") as fh:
        rows = list(itertools.islice(csv.DictReader(fh), n))
    return [Page(r["title"], r["date"], [p.strip() for p in r["text"].split("\n\n") if p.strip()])
            for r in rows]


@dataclass
class Site:
    """Routes → responses; `requests` records (path, User-Agent, monotonic time) in arrival order.
    robots=None makes robots.txt answer 503."""

    pages: dict[str, Page]
    robots: str | None = "User-agent: *\nDisallow: /private/\n"
    slow_seconds: float = 2.0
    hold_seconds: float = 0.3
    requests: list[tuple[str, str, float]] = field(default_factory=list)
    busy_hits: int = 0
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [p for p, _, _ in self.requests]

    def respond(self, path: str) -> tuple[int, dict[str, str], bytes]:
        bare = path.split("?")[0]
        if bare == "/robots.txt":
            if self.robots is None:
                return 503, {"Content-Type": "text/plain"}, b"unavailable"
            return 200, {"Content-Type": "text/plain"}, self.robots.encode()
        if bare in self.pages:
            return 200, {"Content-Type": "text/html; charset=utf-8"}, self.pages[bare].html()
        if bare == "/news/busy.html":
            with self.lock:
                self.busy_hits += 1
                first = self.busy_hits == 1
            if first:
                return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"slow down"
            return 200, {"Content-Type": "text/html; charset=utf-8"}, Page(*BUSY).html()
        if bare == "/news/slow.html":
            time.sleep(self.slow_seconds)
            return 200, {"Content-Type": "text/html"}, Page(*SITEMAP_ONLY).html()
        if bare == "/news/chart.png":
            return 200, {"Content-Type": "image/png"}, PNG
        if bare == "/news/paywall.html":
            return 200, {"Content-Type": "text/html"}, Page(*PAYWALL).html()
        if bare == "/news/german.html":
            return 200, {"Content-Type": "text/html"}, Page(*GERMAN).html().replace(b'lang="en"', b'lang="de"')
        if bare == "/news/hold.html":
            with self.lock:
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
            time.sleep(self.hold_seconds)
            with self.lock:
                self.in_flight -= 1
            return 200, {"Content-Type": "text/html"}, Page(*SITEMAP_ONLY).html()
        if bare == "/status/503":
            return 503, {"Content-Type": "text/plain"}, b"down"
        if bare == "/status/429-long":
            return 429, {"Retry-After": "3600", "Content-Type": "text/plain"}, b"come back in an hour"
        if bare == "/loop.html":
            return 302, {"Location": "/loop.html"}, b""
        if bare == "/sitemap.xml.gz":
            return 200, {"Content-Type": "application/gzip"}, gzip.compress(self.sitemap().encode())
        if bare == "/news/to-ftp.html":
            return 302, {"Location": "ftp://127.0.0.1/file.txt"}, b""
        if bare == "/feed.rss":
            return 200, {"Content-Type": "application/rss+xml"}, self.rss().encode()
        if bare == "/feed.atom":
            return 200, {"Content-Type": "application/atom+xml"}, self.atom().encode()
        if bare == "/sitemap_index.xml":
            return 200, {"Content-Type": "application/xml"}, self.sitemap_index().encode()
        if bare == "/sitemap.xml":
            return 200, {"Content-Type": "application/xml"}, self.sitemap().encode()
        return 404, {"Content-Type": "text/html"}, b"<html><body><h1>Not found</h1></body></html>"

    # What each feed lists; tests read these to know what to expect.
    RSS_ITEMS = [("/news/sample.html", "2024-08-27"), ("/news/busy.html", "2024-09-02"),
                 ("/news/missing.html", "2024-09-02"), ("/news/chart.png", "2024-09-02"),
                 ("/news/copy.html", "2024-09-03"), ("/private/memo.html", "2024-09-03")]
    ATOM_ITEMS = [("/news/slow.html", "2024-09-04"), ("/news/paywall.html", "2024-09-03"),
                  ("/news/german.html", "2024-09-02")]

    def wiki_paths(self) -> list[str]:
        return sorted(p for p in self.pages if p.startswith("/news/wiki-"))

    def rss(self) -> str:
        items = "".join(f"<item><title>Item {i}</title><link>{escape(self.url(p))}</link>"
                        f"<pubDate>{_rfc822(d)}</pubDate></item>" for i, (p, d) in enumerate(self.RSS_ITEMS))
        return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{SITE_NAME}</title>"
                f"<link>{self.url('/')}</link><description>All news</description>{items}</channel></rss>")

    def atom(self) -> str:
        listed = self.ATOM_ITEMS + [(p, self.pages[p].date) for p in self.wiki_paths()]
        entries = "".join(f"<entry><title>Entry {i}</title><id>tag:loopback,2024:{i}</id>"
                          f"<link href=\"{escape(self.url(p))}\"/><updated>{d}T09:00:00Z</updated></entry>"
                          for i, (p, d) in enumerate(listed))
        return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                f"<title>{SITE_NAME}</title><id>tag:loopback,2024:feed</id>"
                f"<updated>2024-09-05T09:00:00Z</updated>{entries}</feed>")

    def sitemap_index(self) -> str:
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                f"<sitemap><loc>{self.url('/sitemap.xml')}</loc><lastmod>2024-09-05</lastmod></sitemap>"
                "</sitemapindex>")

    def sitemap(self) -> str:
        listed = [("/news/sample.html", "2024-08-27"), ("/news/library.html", "2024-09-05")]
        listed += [(p, self.pages[p].date) for p in self.wiki_paths()]
        urls = "".join(f"<url><loc>{escape(self.url(p))}</loc><lastmod>{d}</lastmod></url>" for p, d in listed)
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                f"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}</urlset>")


def _rfc822(day: str) -> str:
    d = date.fromisoformat(day)
    return format_datetime(datetime(d.year, d.month, d.day, 9, tzinfo=UTC))


def build_site() -> Site:
    sample = sample_page()
    pages = {"/news/sample.html": sample, "/news/copy.html": sample,
             "/news/library.html": Page(*SITEMAP_ONLY), "/private/memo.html": Page(*SITEMAP_ONLY)}
    for i, page in enumerate(wikinews_pages()):
        pages[f"/news/wiki-{i}.html"] = page
    return Site(pages)


def serve(site: Site):
    """Starts `site` on 127.0.0.1 at a free port in a thread; returns the server (shutdown() it)."""
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 (http.server's name)
            with site.lock:
                site.requests.append((self.path, self.headers.get("User-Agent", ""), time.monotonic()))
            status, headers, body = site.respond(self.path)
            try:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


def guard_loopback(monkeypatch):
    """The `loopback_only` fixture (conftest.py). Every connection and name lookup must stay on this machine: a lookup of any other name
    fails as DNS would (so the DNS failure case needs no network), and a connection to an address
    that is not loopback fails the test."""
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    attempts: list[object] = []

    def local(host) -> bool:
        try:
            return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
        except ValueError:
            return host == "localhost"

    def getaddrinfo(host, *args, **kwargs):
        if host is not None and not local(host):
            attempts.append(host)
            raise socket.gaierror(socket.EAI_NONAME, f"name lookup of {host!r} blocked: tests stay on loopback")
        return real_getaddrinfo(host, *args, **kwargs)

    def check(address):
        if isinstance(address, tuple) and not local(address[0]):
            attempts.append(address)
            raise AssertionError(f"connection to {address!r} blocked: tests stay on loopback")

    def connect(self, address):
        check(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        check(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield attempts


def serving(loopback_only: list):
    """The `site` fixture (conftest.py): the news site, served for one test; the test fails if anything looked beyond loopback
    (other than the one name the DNS-failure case looks up on purpose)."""
    site = build_site()
    server = serve(site)
    yield site
    server.shutdown()
    server.server_close()
    assert set(map(str, loopback_only)) <= {"no-such-host.invalid"}, loopback_only


class Waits:
    """Records the client's waits instead of sleeping them (the rate limit, Retry-After); as its
    clock too (`clock`), time passes only by those waits."""

    def __init__(self):
        self.waits: list[float] = []
        self.now = 0.0

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


# ------------------------------------------------------------------ what a fetch of the whole site gives


def inputs(site, tmp_path: Path) -> list[str]:
    """A text file of URLs (with a bad line, a DNS failure, ftp, credentials, a redirect to ftp),
    then an RSS feed, an Atom feed and a sitemap index."""
    listing = tmp_path / "urls.txt"
    listing.write_text("# links an analyst collected\n"
                       f"{site.url('/news/sample.html')}\n{DNS_FAIL}\nftp://127.0.0.1/x\n"
                       f"http://user:secret@{site.base[len('http://'):]}/news/missing.html?token=abc&page=2\n"
                       f"not a url\n{site.url('/news/to-ftp.html')}\n", encoding="utf-8")
    return [str(listing), site.url("/feed.rss"), site.url("/feed.atom"), site.url("/sitemap_index.xml")]


def stored_pages(site) -> dict[str, Page]:
    """URL path → page of every article the run must store."""
    pages = {"/news/sample.html": site.pages["/news/sample.html"], "/news/busy.html": Page(*BUSY),
             "/news/library.html": Page(*SITEMAP_ONLY)}
    pages.update({p: site.pages[p] for p in site.wiki_paths()})
    return pages


def expected_report(site, tmp_path: Path) -> list[tuple[str, str, str | None]]:
    """(source, status, message) in report order; None where the message names the stored file."""
    u = site.url
    wiki = [(u(p), "ok", None) for p in site.wiki_paths()]
    n_wiki = len(wiki)
    return [
        (str(tmp_path / "urls.txt"), "error", "line 6: not a URL (no http:// or https://)"),
        (u("/news/sample.html"), "ok", None),
        (DNS_FAIL, "error", "DNS lookup failed for no-such-host.invalid"),
        ("ftp://127.0.0.1/x", "error", "unsupported scheme 'ftp': only http and https are fetched"),
        (u("/news/missing.html?token=***&page=2"), "error", "HTTP 404 Not Found"),
        (u("/news/to-ftp.html"), "error",
         "redirected to ftp://127.0.0.1/file.txt: unsupported scheme 'ftp': only http and https are fetched"),
        (u("/feed.rss"), "ok", "RSS feed: 6 items, 0 fetched before"),
        (u("/feed.atom"), "ok", f"Atom feed: {3 + n_wiki} items, 0 fetched before"),
        (u("/sitemap_index.xml"), "ok", "sitemap index: 1 sitemap"),
        (u("/sitemap.xml"), "ok", f"sitemap: {2 + n_wiki} items, 0 fetched before"),
        (u("/news/busy.html"), "ok", None),
        (u("/news/missing.html"), "error", "HTTP 404 Not Found"),
        (u("/news/chart.png"), "error", "not HTML: binary content (image/png)"),
        (u("/news/copy.html"), "skipped", None),
        (u("/private/memo.html"), "error", "disallowed by the site's robots.txt"),
        (u("/news/slow.html"), "error", "timed out after 0.5 s"),
        (u("/news/paywall.html"), "error", "only 6 words of text (a paywall, consent or index page?)"),
        (u("/news/german.html"), "error", "not English (detected 'de'): not analysed"),
        *wiki,
        (u("/news/library.html"), "ok", None),
    ]


def check_first_run(site, tmp_path: Path, out: Path, report) -> None:
    assert [(e.source, e.status) for e in report] == [(s, st) for s, st, _ in expected_report(site, tmp_path)]
    for entry, (_, _, message) in zip(report, expected_report(site, tmp_path), strict=True):
        if message is not None:
            assert entry.message == message, entry
    pages = stored_pages(site)
    files = sorted(p for p in out.iterdir() if not p.name.startswith("."))
    assert len(files) == len(pages)
    records = {}
    for path in files:
        rec = json.loads(path.read_text(encoding="utf-8"))
        records[rec["url"].removeprefix(site.base)] = (path, rec)
    assert sorted(records) == sorted(pages)
    for route, page in pages.items():
        path, rec = records[route]
        assert rec == {"url": site.url(route), "title": page.title, "date": page.date, "outlet": SITE_NAME,
                       "text": page.text}
        entry = next(e for e in report if e.source == site.url(route))
        assert entry.article_id == str(path)
        assert entry.message == f"stored {path.name}: {len(page.text.split()):,} words"
    copy = next(e for e in report if e.source == site.url("/news/copy.html"))
    sample_file = records["/news/sample.html"][0]
    assert copy.message == (f"same text as {site.url('/news/sample.html')} ({sample_file.name}): "
                            "not stored again")
    # the ordinary ingest reads the corpus with every field; the fetch log is not an input
    read = ingest([out])
    assert [e.status for e in read.report] == ["ok"] * len(pages)
    by_url = {a.url: a for a in read.articles}
    for route, page in pages.items():
        art = by_url[site.url(route)]
        assert (art.title, art.date.isoformat(), art.outlet, art.text) == (page.title, page.date, SITE_NAME, page.text)
        assert Path(art.source).name == f"127.0.0.1-{site.base.rsplit(':', 1)[1]}_{art.content_hash[:16]}.jsonl"
