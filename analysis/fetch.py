"""Articles from links, RSS/Atom feeds and sitemaps into a corpus folder.

Each article is downloaded once (http_client.py: polite and bounded), its main text and metadata
extracted by trafilatura exactly as ingest.py reads a saved .html, checked by the ordinary ingest
(English, not empty), and stored as one JSONL record (url, title, date, outlet, text) named by its
content hash, so ingest, cache, duplicate grouping and corrections apply unchanged. A fetch log
beside the articles (`.fetch_log.jsonl`, which ingest skips as a hidden file) keys what was stored
by URL and content hash: a second run on the same feed fetches only its new items. Every input and
item gets a report entry in the ingest report's format.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urljoin

from .http_client import Client, FetchError, HttpOptions, Response, host_of, redact
from .ingest import InputError, decode, html_metadata, ingest_bytes, parse_date
from .models import IngestEntry

LOG_NAME = ".fetch_log.jsonl"
MIN_WORDS = 30  # less main text than this is a paywall, consent or index page, not an article
MAX_SITEMAP_DEPTH = 3
DONE = ("ok", "duplicate")  # log statuses of a URL that need not be fetched again
HTML_TYPES = ("text/html", "application/xhtml+xml")
BINARY_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                "application/octet-stream", "application/msword", "application/vnd.")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class FetchOptions:
    http: HttpOptions = HttpOptions()
    workers: int = 4  # threads in all; each host is also capped by http.per_host
    since: date | None = None  # items published before this are not fetched (or not stored)
    limit: int | None = None  # new articles per run, the rest reported
    min_words: int = MIN_WORDS


@dataclass
class FetchResult:
    report: list[IngestEntry]
    stored: list[Path] = field(default_factory=list)  # articles written by this run, in input order


@dataclass(frozen=True)
class Item:
    """A URL to fetch as an article; `date` is what its feed or sitemap said, if anything."""

    url: str
    date: date | None = None


def fetch(inputs: Iterable[str], out: Path, options: FetchOptions = FetchOptions(),
          progress: Progress | None = None, client: Client | None = None) -> FetchResult:
    """Fetch every URL in `inputs` (URLs, or text files of URLs one per line) into `out`.
    Never raises for a bad input: each one's failure is its report entry and the rest go on."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    log = FetchLog(out / LOG_NAME)
    own_client = client is None
    client = client or Client(options.http)
    run = _Run(out, options, log, client)
    urls, report = read_inputs(inputs)
    report += [IngestEntry(str(log.path), None, None, "warning", p) for p in log.problems]
    seen: set[str] = set()

    def first_time(url: str) -> bool:
        key = redact(url)
        new = key not in seen
        seen.add(key)
        return new

    try:
        with ThreadPoolExecutor(max(1, options.workers)) as pool:
            # the inputs themselves (feeds are read again each run; a stored article is not)
            plan: list = [_already(redact(u), log.done(redact(u))) if log.done(redact(u)) else u
                          for u in urls if first_time(u)]
            tops = [p for p in plan if isinstance(p, str)]
            opened = _map(pool, run.open_input, tops, progress, 0, len(tops), lambda u, exc: ([_crash(u, exc)], []))
            items: list[Item] = []
            for step in plan:
                entries, found = next(opened) if isinstance(step, str) else ([step], [])
                report += entries
                items += found
            # the feeds' and sitemaps' items, in their order
            plan, planned = [], 0
            for item in items:
                if first_time(item.url) and not log.done(redact(item.url)):  # those done: counted in their feed
                    reason = _not_now(item, options, planned)
                    plan.append(reason or item)
                    planned += reason is None
            todo = [p for p in plan if isinstance(p, Item)]
            fetched = _map(pool, run.article, todo, progress, len(tops), len(tops) + len(todo),
                           lambda item, exc: _crash(item.url, exc))
            report += [next(fetched) if isinstance(p, Item) else p for p in plan]
    finally:
        if own_client:
            client.close()
    stored = [Path(e.article_id) for e in report if e.status in ("ok", "warning") and e.article_id]
    return FetchResult(report, stored)


def read_inputs(inputs: Iterable[str]) -> tuple[list[str], list[IngestEntry]]:
    """URLs in order: each input is a URL or a text file of them (one a line, # comments)."""
    urls: list[str] = []
    report: list[IngestEntry] = []
    for raw in inputs:
        raw = raw.strip()
        if not raw:
            continue
        if "://" in raw:
            urls.append(raw)
            continue
        path = Path(raw)
        if not path.is_file():
            report.append(IngestEntry(raw, None, None, "error", "neither a URL (http:// or https://) nor a file of URLs"))
            continue
        try:
            text, _ = decode(path.read_bytes())
        except (OSError, InputError) as exc:
            report.append(IngestEntry(raw, None, None, "error", f"unreadable list of URLs: {exc}"))
            continue
        for n, line in enumerate(text.split("\n"), start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "://" in line:
                urls.append(line)
            else:
                report.append(IngestEntry(raw, n, None, "error", f"line {n}: not a URL (no http:// or https://)"))
    return urls, report


class FetchLog:
    """`.fetch_log.jsonl`: one JSON line per outcome, appended; the last line for a URL wins."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[str] = []
        self._by_url: dict[str, dict] = {}
        self._by_hash: dict[str, dict] = {}
        self._lock = threading.Lock()
        if path.exists():
            for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
                if line.strip():
                    try:
                        self._index(json.loads(line))
                    except (json.JSONDecodeError, TypeError, KeyError, AttributeError):
                        self.problems.append(f"fetch log line {n} is not a log record: ignored")
        self._before = {url for url in self._by_url if self.done(url)}  # as this run found it

    def _index(self, rec: dict) -> None:
        self._by_url[rec["url"]] = rec
        if rec.get("status") == "ok" and rec.get("hash"):
            self._by_hash[rec["hash"]] = rec

    def _kept(self, rec: dict | None) -> bool:
        """Its article file is still in the folder (one the analyst deleted is fetched again)."""
        return bool(rec and rec.get("file") and (self.path.parent / rec["file"]).is_file())

    def done(self, url: str) -> dict | None:
        rec = self._by_url.get(url)
        ok = rec and rec.get("kind") == "article" and rec.get("status") in DONE and self._kept(rec)
        return rec if ok else None

    def fetched_before(self, url: str) -> bool:
        """Stored by an earlier run (a feed's count must not depend on this run's thread timing)."""
        return url in self._before

    def add(self, rec: dict) -> None:
        rec = {"fetched": datetime.now(UTC).isoformat(timespec="seconds"), **rec}
        with self._lock:
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            self._index(rec)

    def claim(self, url: str, content_hash: str, write: Callable[[], Path]) -> tuple[Path | None, dict | None]:
        """Stores an article unless its text is already stored: (path written, None) or (None, the
        earlier record). Under the lock, so two URLs with one text are never both stored."""
        with self._lock:
            earlier = self._by_hash.get(content_hash)
            if self._kept(earlier):
                return None, earlier
            path = write()
            self._by_hash[content_hash] = {"url": url, "status": "ok", "hash": content_hash, "file": path.name}
            return path, None


class _Run:
    """One fetch run's shared state: the folder, options, log and HTTP client."""

    def __init__(self, out: Path, options: FetchOptions, log: FetchLog, client: Client):
        self.out, self.options, self.log, self.client = out, options, log, client

    def open_input(self, url: str) -> tuple[list[IngestEntry], list[Item]]:
        """A URL the user gave: a feed or sitemap (its items come back) or an article (stored)."""
        key = redact(url)
        try:
            resp = self.client.get(url)
            kind, body = sniff(resp, self.options.http.max_bytes)
        except FetchError as exc:
            return [self._fail(key, "input", str(exc))], []
        if kind == "feed":
            return self._feed(key, resp, body)
        if kind == "sitemap":
            return self._sitemap(key, resp.url, body, 0)
        return [self._store(key, resp, kind, None)], []

    def article(self, item: Item) -> IngestEntry:
        key = redact(item.url)
        try:
            resp = self.client.get(item.url)
            kind, _ = sniff(resp, self.options.http.max_bytes)
        except FetchError as exc:
            return self._fail(key, "article", str(exc))
        return self._store(key, resp, kind, item.date)

    # ------------------------------------------------------------------ feeds and sitemaps

    def _feed(self, key: str, resp: Response, body: bytes) -> tuple[list[IngestEntry], list[Item]]:
        import feedparser

        parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": resp.url,
                                                                      "content-type": resp.content_type or "application/xml"})
        items, entries = [], []
        for n, entry in enumerate(parsed.entries, start=1):
            link = entry.get("link")
            if not link:
                entries.append(IngestEntry(key, n, None, "error", f"feed item {n} has no link"))
                continue
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            items.append(Item(urljoin(resp.url, link), date(*when[:3]) if when else None))
        if not parsed.entries and parsed.get("bozo"):
            return [self._fail(key, "feed", f"not a readable feed: {parsed.get('bozo_exception')}")], []
        name = "Atom feed" if parsed.get("version", "").startswith("atom") else "RSS feed"
        head = IngestEntry(key, None, None, "ok", f"{name}: {_new_of(items, self.log)}")
        self.log.add({"url": key, "kind": "feed", "status": "ok", "items": len(items)})
        return [head, *entries], items

    def _sitemap(self, key: str, url: str, body: bytes, depth: int) -> tuple[list[IngestEntry], list[Item]]:
        try:
            pages, nested = parse_sitemap(body, url)
        except ET.ParseError as exc:
            return [self._fail(key, "sitemap", f"not a readable sitemap: {exc}")], []
        entries: list[IngestEntry] = []
        items = list(pages)
        since = self.options.since
        for sub in nested:
            sub_key = redact(sub.url)
            if since and sub.date and sub.date < since:
                entries.append(IngestEntry(sub_key, None, None, "skipped",
                                           f"sitemap last modified {sub.date}, before --since {since}: not fetched"))
                continue
            if depth + 1 >= MAX_SITEMAP_DEPTH:
                entries.append(IngestEntry(sub_key, None, None, "error",
                                           f"sitemaps nested deeper than {MAX_SITEMAP_DEPTH}: not fetched"))
                continue
            try:
                resp = self.client.get(sub.url)
                kind, sub_body = sniff(resp, self.options.http.max_bytes)
            except FetchError as exc:
                entries.append(self._fail(sub_key, "sitemap", str(exc)))
                continue
            if kind != "sitemap":
                entries.append(self._fail(sub_key, "sitemap", "listed in a sitemap index but not a sitemap"))
                continue
            more_entries, more_items = self._sitemap(sub_key, resp.url, sub_body, depth + 1)
            entries += more_entries
            items += more_items
        self.log.add({"url": key, "kind": "sitemap", "status": "ok", "items": len(pages), "sitemaps": len(nested)})
        what = (f"sitemap index: {len(nested)} sitemap{'s' * (len(nested) != 1)}" if nested and not pages
                else f"sitemap: {_new_of(pages, self.log)}")
        return [IngestEntry(key, None, None, "ok", what), *entries], items

    def _fail(self, key: str, kind: str, message: str) -> IngestEntry:
        """A failure, logged (for the record: failures are tried again next run) and reported."""
        self.log.add({"url": key, "kind": kind, "status": "error", "message": message})
        return IngestEntry(key, None, None, "error", message)

    # ------------------------------------------------------------------ one article

    def _store(self, key: str, resp: Response, kind: str, listed: date | None) -> IngestEntry:
        """Extract, check and store one page; the report entry says what became of it."""
        def fail(message: str) -> IngestEntry:
            return self._fail(key, "article", message)

        if kind == "binary":
            return fail(f"not HTML: binary content ({resp.content_type or 'no content type'})")
        if kind != "html":
            return fail(f"not HTML ({resp.content_type or 'no content type'}): not an article")
        try:
            page, _ = decode(resp.body)
        except InputError as exc:
            return fail(f"not HTML: {exc}")
        meta = html_metadata(page, resp.url)
        text = article_text(meta.get("text") or "", meta.get("title"))
        words = len(text.split())
        if not words:
            return fail("no article text found (a paywall, consent or index page?)")
        if words < self.options.min_words:
            return fail(f"only {words} words of text (a paywall, consent or index page?)")
        record = {"url": redact(resp.url), "title": meta.get("title"),
                  "date": meta.get("date") or (listed.isoformat() if listed else None),  # else the feed's
                  "outlet": meta.get("sitename") or meta.get("hostname") or host_of(resp.url), "text": text}
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        checked = ingest_bytes("fetched.jsonl", data, max_bytes=self.options.http.max_bytes)
        entry = checked.report[-1]
        if not checked.articles:
            return fail(entry.message)
        article = checked.articles[0]
        since = self.options.since
        if since and article.date and article.date < since:
            return IngestEntry(key, None, None, "skipped", f"published {article.date}, before --since {since}: not stored")
        content_hash = article.content_hash
        path, earlier = self.log.claim(key, content_hash, lambda: _write(self.out, resp.url, content_hash, data))
        if earlier:
            self.log.add({"url": key, "kind": "article", "status": "duplicate", "hash": content_hash,
                          "file": earlier.get("file")})
            return IngestEntry(key, None, str(self.out / earlier.get("file", "")), "skipped",
                               f"same text as {earlier['url']} ({earlier.get('file')}): not stored again")
        self.log.add({"url": key, "kind": "article", "status": "ok", "hash": content_hash, "file": path.name,
                      "date": article.date.isoformat() if article.date else None})
        return IngestEntry(key, None, str(path), entry.status, f"stored {path.name}: {entry.message}")


def sniff(resp: Response, max_bytes: int) -> tuple[str, bytes]:
    """What a response is: feed, sitemap, html, binary or other; and its body (un-gzipped)."""
    body = resp.body
    if body[:2] == b"\x1f\x8b":  # a .xml.gz sitemap served as is
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
                body = fh.read(max_bytes + 1)
        except (OSError, EOFError):
            return "binary", body
        if len(body) > max_bytes:
            raise FetchError(f"gzip content is over the size cap of {max_bytes:,} bytes")
    head = body[:4096]
    if b"\0" in head or resp.content_type.startswith(BINARY_TYPES):
        return "binary", body
    head = re.sub(rb"<!--.*?-->", b"", head.lstrip(b"\xef\xbb\xbf \t\r\n"), flags=re.S)
    root = re.search(rb"<([A-Za-z][\w:.-]*)", head)
    name = root.group(1).lower() if root else b""
    if name in (b"urlset", b"sitemapindex"):
        return "sitemap", body
    if name in (b"rss", b"feed", b"rdf:rdf"):
        return "feed", body
    if name == b"html" or resp.content_type in HTML_TYPES:
        return "html", body
    return "other", body


def parse_sitemap(body: bytes, base: str) -> tuple[list[Item], list[Item]]:
    """(pages, nested sitemaps) of a sitemap or sitemap index, with lastmod or news publication dates."""
    root = ET.fromstring(body)
    pages, nested = [], []
    for node in root:
        tag = _local(node.tag)
        if tag not in ("url", "sitemap"):
            continue
        loc, when = None, None
        for child in node.iter():
            name = _local(child.tag)
            if name == "loc" and child.text and loc is None:
                loc = child.text.strip()
            elif name in ("lastmod", "publication_date") and child.text and when is None:
                when, _ = parse_date(child.text.strip())
        if loc:
            (pages if tag == "url" else nested).append(Item(urljoin(base, loc), when))
    return pages, nested


def article_text(text: str, title: str | None) -> str:
    """trafilatura's lines as paragraphs separated by a blank line (as in the project's text files,
    which the reader view splits on), without the headline it often repeats as the first line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    return "\n\n".join(lines)


def _new_of(items: list[Item], log: FetchLog) -> str:
    done = sum(1 for i in items if log.fetched_before(redact(i.url)))
    return f"{len(items)} items, {done} fetched before"


def _not_now(item: Item, options: FetchOptions, planned: int) -> IngestEntry | None:
    """Why a new item is not fetched this run, if it is not."""
    key = redact(item.url)
    if options.since and item.date and item.date < options.since:
        return IngestEntry(key, None, None, "skipped", f"published {item.date}, before --since {options.since}: not fetched")
    if options.limit is not None and planned >= options.limit:
        return IngestEntry(key, None, None, "skipped",
                           f"over the limit of {options.limit} new articles this run: not fetched")
    return None


def _already(key: str, prior: dict) -> IngestEntry:
    return IngestEntry(key, None, prior.get("file"), "skipped",
                       f"already fetched on {str(prior.get('fetched', '?'))[:10]} ({prior.get('file')}): not fetched again")


def _write(out: Path, url: str, content_hash: str, data: bytes) -> Path:
    """The article's file, written whole or not at all; named by host and content hash."""
    host = re.sub(r"[^A-Za-z0-9.-]+", "-", host_of(url)).strip("-.") or "article"
    path = out / f"{host}_{content_hash[:16]}.jsonl"
    tmp = out / f".{path.name}.part"
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _crash(url: str, exc: Exception) -> IngestEntry:
    """A bug or an input no rule foresaw: reported like any failure, the run goes on."""
    return IngestEntry(redact(url), None, None, "error", f"unexpected error: {type(exc).__name__}: {exc}")


def _map(pool: ThreadPoolExecutor, fn, args: list, progress: Progress | None, done: int, total: int,
         crashed: Callable) -> Iterator:
    """fn over args on the pool, results in input order; progress is called on this thread (a
    Streamlit progress bar can only be updated from the script's thread)."""
    futures = [pool.submit(fn, a) for a in args]
    index = {f: i for i, f in enumerate(futures)}
    results: list = [None] * len(futures)
    for n, fut in enumerate(as_completed(futures), start=1):
        i = index[fut]
        try:
            results[i] = fut.result()
        except Exception as exc:  # noqa: BLE001 (one bad page never stops the others)
            results[i] = crashed(args[i], exc)
        if progress is not None:
            progress(done + n, total)
    return iter(results)
